//! Inline SVG charts, hand-written: two chart shapes are all the report needs, and plain SVG
//! with a `viewBox` scales to any screen without JavaScript or a plotting dependency.
//!
//! Every label is HTML-escaped, since titles and target names come from untrusted input.

use std::fmt::Write;

use crate::html::escape;

/// One segment of a stacked bar.
pub struct Segment {
    /// What it counts, for the legend and the tooltip.
    pub name: &'static str,
    /// How many; its length is proportional.
    pub count: usize,
    /// Its fill, a CSS colour.
    pub color: &'static str,
}

/// One bar: its label, the figure printed at its end, and its segments.
pub struct Bar {
    /// The text left of the bar (an article's title, a target's name), shortened to fit.
    pub label: String,
    /// The text right of it (the total, a share).
    pub figure: String,
    /// Its segments, left to right.
    pub segments: Vec<Segment>,
}

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 220.0;
const FIGURE_WIDTH: f64 = 90.0;
const ROW: f64 = 26.0;

/// `label` cut to at most `max` characters, an ellipsis standing for the rest.
pub fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let cut: String = label.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// The opening tag and accessible title of a chart of the given height.
fn open_svg(title: &str, height: f64) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{title}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12"><title>{title}</title>"#,
        title = escape(title)
    )
}

/// Horizontal bars, each split into segments by share of its total, with a legend.
pub fn stacked_bars(title: &str, bars: &[Bar]) -> String {
    let legend_height = 28.0;
    let height = legend_height + ROW * bars.len().max(1) as f64 + 8.0;
    let mut svg = open_svg(title, height);
    if let Some(first) = bars.first() {
        let mut x = LABEL_WIDTH;
        for segment in &first.segments {
            let _ = write!(
                svg,
                r#"<rect x="{x}" y="6" width="12" height="12" fill="{}"/><text x="{}" y="16">{}</text>"#,
                segment.color,
                x + 16.0,
                segment.name
            );
            x += 24.0 + 8.0 * segment.name.len() as f64;
        }
    } else {
        let _ = write!(svg, r#"<text x="{LABEL_WIDTH}" y="44">No data</text>"#);
    }
    let bar_width = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
    for (i, bar) in bars.iter().enumerate() {
        let y = legend_height + ROW * i as f64;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            LABEL_WIDTH - 8.0,
            y + 16.0,
            escape(&shorten(&bar.label, 30))
        );
        let total: usize = bar.segments.iter().map(|s| s.count).sum();
        let mut x = LABEL_WIDTH;
        for segment in &bar.segments {
            if total == 0 || segment.count == 0 {
                continue;
            }
            let width = bar_width * segment.count as f64 / total as f64;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{}" width="{width:.1}" height="18" fill="{}"><title>{}: {} of {}</title></rect>"#,
                y + 3.0,
                segment.color,
                segment.name,
                segment.count,
                total
            );
            x += width;
        }
        if total == 0 {
            let _ = write!(
                svg,
                r##"<rect x="{LABEL_WIDTH}" y="{}" width="{bar_width}" height="18" fill="none" stroke="#ccc"/>"##,
                y + 3.0
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}">{}</text>"#,
            WIDTH - FIGURE_WIDTH + 6.0,
            y + 16.0,
            escape(&bar.figure)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A point of the daily trend: its label, value in [−1, 1] and the n behind it.
pub struct Point {
    /// The day.
    pub label: String,
    /// The mean compound score.
    pub value: f64,
    /// How many scored reactions the mean is of.
    pub n: usize,
}

/// Mean compound per day on a fixed −1..1 scale, dots sized by n so thin days look thin.
pub fn trend(title: &str, points: &[Point]) -> String {
    let height = 240.0;
    let (left, right, top, bottom) = (44.0, 16.0, 16.0, 40.0);
    let plot_width = WIDTH - left - right;
    let plot_height = height - top - bottom;
    let y_of = |v: f64| top + (1.0 - (v.clamp(-1.0, 1.0) + 1.0) / 2.0) * plot_height;
    let x_of = |i: usize| {
        if points.len() <= 1 {
            left + plot_width / 2.0
        } else {
            left + plot_width * i as f64 / (points.len() - 1) as f64
        }
    };
    let mut svg = open_svg(title, height);
    for (value, label) in [(1.0, "+1"), (0.0, "0"), (-1.0, "−1")] {
        let y = y_of(value);
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y}" y2="{y}" stroke="{}"/><text x="{}" y="{}" text-anchor="end">{label}</text>"##,
            WIDTH - right,
            if value == 0.0 { "#888" } else { "#ddd" },
            left - 6.0,
            y + 4.0
        );
    }
    if points.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}">No data</text>"#,
            left + 8.0,
            top + 20.0
        );
    }
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", x_of(i), y_of(p.value)))
        .collect();
    if points.len() > 1 {
        let _ = write!(
            svg,
            r##"<polyline points="{}" fill="none" stroke="#3366aa" stroke-width="2"/>"##,
            path.join(" ")
        );
    }
    let max_n = points.iter().map(|p| p.n).max().unwrap_or(1).max(1) as f64;
    // At most six or seven date labels (each is about 80 px wide): every k-th point, and the
    // last one when it is not crowded against the label before it.
    let every = points.len().div_ceil(6).max(1);
    let mut labelled: Vec<bool> = (0..points.len()).map(|i| i % every == 0).collect();
    if let Some(last) = points.len().checked_sub(1) {
        if last % every > every / 2 {
            labelled[last] = true;
        }
    }
    for (i, p) in points.iter().enumerate() {
        let radius = 3.0 + 7.0 * (p.n as f64 / max_n).sqrt();
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{:.1}" r="{radius:.1}" fill="#3366aa" fill-opacity="0.6"><title>{}: mean compound {:.3}, n = {}</title></circle>"##,
            x_of(i),
            y_of(p.value),
            escape(&p.label),
            p.value,
            p.n
        );
        if labelled[i] {
            // The last label is anchored at its end so that it stays inside the chart.
            let anchor = if i > 0 && i + 1 == points.len() {
                "end"
            } else {
                "middle"
            };
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{}" text-anchor="{anchor}">{}</text>"#,
                x_of(i),
                height - bottom + 18.0,
                escape(&p.label)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_segments_sized_by_share() {
        let svg = stacked_bars(
            "t",
            &[Bar {
                label: "<script>x</script>".into(),
                figure: "n = 4".into(),
                segments: vec![
                    Segment {
                        name: "negative",
                        count: 1,
                        color: "red",
                    },
                    Segment {
                        name: "positive",
                        count: 3,
                        color: "green",
                    },
                ],
            }],
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        // 330 px of bar: a quarter and three quarters.
        assert!(
            svg.contains(r#"width="82.5""#) && svg.contains(r#"width="247.5""#),
            "{svg}"
        );
    }

    #[test]
    fn trend_places_zero_in_the_middle() {
        let svg = trend(
            "t",
            &[Point {
                label: "2024-10-02".into(),
                value: 0.0,
                n: 3,
            }],
        );
        assert!(svg.contains(r#"cy="108.0""#), "{svg}");
    }
}
