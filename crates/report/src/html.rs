//! `report.html`: one self-contained page — no JavaScript, no network — that reads well on a
//! phone: headline figures, charts, quotes and the summary tables.
//!
//! All text that came from input (titles, handles, reaction text, target names) goes through
//! [`escape`]; the page's own markup is the only markup in it.

use std::fmt::Write;

use crate::charts::{self, Bar, Point, Segment};
use crate::rows::ReactionRow;
use crate::summary::{SentimentTally, Summary};
use crate::tables::{format_cell, format_share, Cell, Table, METHODS_TABLE};

/// Rows of a table shown in the page; the CSV under `tables/` has them all.
pub const MAX_HTML_ROWS: usize = 50;
/// Articles in the sentiment chart, most reacted-to first.
const MAX_CHART_ARTICLES: usize = 25;
/// Below this many reactions the page warns that shares are anecdotes.
const FEW_REACTIONS: usize = 30;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`escape`] appended to `out`, without a copy of the text between (a cell may hold a
/// record at the size limit).
pub(crate) fn escape_into(out: &mut String, text: &str) {
    out.reserve(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

const STYLE: &str = r#"
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fafafa; }
main { max-width: 960px; margin: 0 auto; padding: 16px; background: #fff; }
h1 { font-size: 1.6rem; margin: 0.2em 0; }
h2 { font-size: 1.2rem; margin-top: 2em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta, .note { color: var(--muted); font-size: 0.9rem; }
.warning { background: #fff4e5; border-left: 4px solid #f0a020; padding: 8px 12px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 16px 0; }
.figure { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.figure b { display: block; font-size: 1.5rem; }
.figure span { color: var(--muted); font-size: 0.85rem; }
svg.chart { width: 100%; height: auto; }
.quotes { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
blockquote { margin: 0 0 12px; padding: 8px 12px; border-left: 4px solid var(--line); }
blockquote.positive { border-color: #2e8b57; } blockquote.negative { border-color: #c0392b; }
blockquote footer { color: var(--muted); font-size: 0.85rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; min-width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
"#;

const NEGATIVE: &str = "#c0392b";
const NEUTRAL: &str = "#b0b0b0";
const POSITIVE: &str = "#2e8b57";

fn figure(out: &mut String, value: &str, label: &str) {
    let _ = write!(
        out,
        r#"<div class="figure"><b>{}</b><span>{}</span></div>"#,
        escape(value),
        escape(label)
    );
}

fn quote(out: &mut String, row: &ReactionRow, class: &str) {
    let _ = write!(
        out,
        r#"<blockquote class="{class}"><p>{}</p><footer>{} on “{}”, compound {:.3}</footer></blockquote>"#,
        escape(&row.reaction.text),
        escape(&row.who()),
        escape(&charts::shorten(
            row.reaction
                .article_title
                .as_deref()
                .unwrap_or(&row.reaction.source),
            90
        )),
        row.compound().unwrap_or_default()
    );
}

/// "312 reactions in other languages were not scored (zh 280, sw 32); 3 had no text."
pub fn unscored_sentence(tally: &SentimentTally) -> String {
    let plural = |n: usize| if n == 1 { "reaction" } else { "reactions" };
    let mut parts = Vec::new();
    let other = tally.other_language();
    if other > 0 {
        let verb = if other == 1 { "was" } else { "were" };
        parts.push(format!(
            "{other} {} in other languages {verb} not scored ({})",
            plural(other),
            tally.languages_text()
        ));
    }
    if tally.no_text > 0 {
        parts.push(format!(
            "{} {} had no text to score",
            tally.no_text,
            plural(tally.no_text)
        ));
    }
    let mut sentence = parts.join("; ");
    sentence.push('.');
    sentence
}

/// Appends `table` to `out` as an HTML table, its cells escaped; at most `max_rows` rows, a line
/// saying how many were left out.
pub fn table_html(out: &mut String, table: &Table, max_rows: usize) {
    let _ = write!(
        out,
        "<h2>{}</h2><p class=\"note\">{}</p>",
        escape(table.title),
        escape(&table.note)
    );
    out.push_str("<div class=\"scroll\"><table><thead><tr>");
    for column in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(column));
    }
    out.push_str("</tr></thead><tbody>");
    for row in table.rows.iter().take(max_rows) {
        out.push_str("<tr>");
        for cell in row {
            let class = if matches!(cell, Cell::Text(_)) {
                ""
            } else {
                " class=\"num\""
            };
            let _ = write!(out, "<td{class}>");
            match cell {
                Cell::Text(text) => escape_into(out, text),
                other => escape_into(out, &format_cell(other)),
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    if table.rows.len() > max_rows {
        let _ = write!(
            out,
            "<p class=\"note\">Showing {max_rows} of {} rows; all are in <code>tables/{}.csv</code>.</p>",
            table.rows.len(),
            table.name
        );
    }
}

fn article_bars(summary: &Summary) -> Vec<Bar> {
    let mut articles: Vec<_> = summary
        .articles
        .iter()
        .filter(|a| a.sentiment.reactions > 0)
        .collect();
    articles.sort_by_key(|a| std::cmp::Reverse(a.sentiment.reactions));
    articles
        .into_iter()
        .take(MAX_CHART_ARTICLES)
        .map(|a| Bar {
            label: a.article.name().to_string(),
            figure: match a.sentiment.mean_compound() {
                Some(mean) => format!("{mean:+.2}, n={}", a.sentiment.scored),
                None => format!("—, {} unscored", a.sentiment.unscored()),
            },
            segments: vec![
                Segment {
                    name: "negative",
                    count: a.sentiment.negative,
                    color: NEGATIVE,
                },
                Segment {
                    name: "neutral",
                    count: a.sentiment.neutral,
                    color: NEUTRAL,
                },
                Segment {
                    name: "positive",
                    count: a.sentiment.positive,
                    color: POSITIVE,
                },
            ],
        })
        .collect()
}

fn target_bars(summary: &Summary) -> Vec<Bar> {
    summary
        .targets
        .iter()
        .map(|t| Bar {
            label: t.target.clone(),
            figure: match t.addressed.net() {
                Some(net) => format!("{net:+.2}, n={}", t.addressed.total()),
                None => "not mentioned".to_string(),
            },
            segments: vec![
                Segment {
                    name: "against",
                    count: t.addressed.against,
                    color: NEGATIVE,
                },
                Segment {
                    name: "none",
                    count: t.addressed.none,
                    color: NEUTRAL,
                },
                Segment {
                    name: "favor",
                    count: t.addressed.favor,
                    color: POSITIVE,
                },
            ],
        })
        .collect()
}

fn trend_points(summary: &Summary) -> Vec<Point> {
    // A day whose reactions VADER could not read has no mean: it is left out, not drawn at 0.
    summary
        .days
        .iter()
        .filter_map(|d| {
            Some(Point {
                label: d.date.to_string(),
                value: d.sentiment.mean_compound()?,
                n: d.sentiment.scored,
            })
        })
        .collect()
}

/// The report's charts, drawn once for the page and the notebook.
pub struct Charts {
    /// The stacked bars of sentiment per article (SVG).
    pub articles: String,
    /// None when no targets are configured.
    pub targets: Option<String>,
    /// The daily trend of the mean compound (SVG).
    pub trend: String,
}

impl Charts {
    /// Draws the charts of `summary`.
    pub fn new(summary: &Summary) -> Charts {
        Charts {
            articles: charts::stacked_bars("Sentiment per article", &article_bars(summary)),
            targets: (!summary.targets.is_empty())
                .then(|| charts::stacked_bars("Stance per target", &target_bars(summary))),
            trend: charts::trend("Mean compound per day", &trend_points(summary)),
        }
    }
}

/// The whole page.
pub fn render(summary: &Summary, tables: &[Table], charts: &Charts) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(crate::owned::REPORT_HTML_START);
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    let _ = write!(
        out,
        "<title>Reader reactions</title><style>{STYLE}</style></head><body><main>"
    );
    out.push_str("<h1>Reader reactions</h1>");
    let first = summary.days.first().map(|d| d.date.to_string());
    let last = summary.days.last().map(|d| d.date.to_string());
    let _ = write!(
        out,
        "<p class=\"meta\">{} articles, {} reactions, {}. Sentiment by VADER (vaderSentiment 3.3.2 scores) in English and by the pack of a reaction's language where there is one (see How each language was scored); stance by rules or a trained model, per target.</p>",
        summary.articles.len(),
        summary.overall.reactions,
        match (first, last) {
            (Some(a), Some(b)) if a == b => format!("on {a}"),
            (Some(a), Some(b)) => format!("from {a} to {b}"),
            _ => "no dates".to_string(),
        }
    );
    if summary.overall.reactions < FEW_REACTIONS {
        let _ = write!(
            out,
            "<p class=\"warning\">Only {} reactions: read the shares as anecdotes, not trends. Every share comes with its 95% interval.</p>",
            summary.overall.reactions
        );
    }

    if summary.overall.unscored() > 0 {
        let _ = write!(
            out,
            "<p class=\"warning\">{}</p>",
            escape(&unscored_sentence(&summary.overall))
        );
    }

    out.push_str("<div class=\"figures\">");
    figure(&mut out, &summary.articles.len().to_string(), "articles");
    figure(
        &mut out,
        &summary.overall.reactions.to_string(),
        "reactions",
    );
    figure(&mut out, &summary.people.to_string(), "people");
    figure(
        &mut out,
        &summary
            .overall
            .mean_compound()
            .map_or("—".into(), |m| format!("{m:+.2}")),
        "mean compound (−1 to +1)",
    );
    figure(
        &mut out,
        &format_share(&summary.overall.share(summary.overall.negative)),
        "negative (95% CI)",
    );
    out.push_str("</div>");

    // Before any figure per article or day: how each language was scored, and how far each
    // method's labels can be trusted.
    let (methods, others): (Vec<&Table>, Vec<&Table>) =
        tables.iter().partition(|t| t.name == METHODS_TABLE);
    for table in methods {
        table_html(&mut out, table, MAX_HTML_ROWS);
    }

    out.push_str("<h2>Sentiment per article</h2>");
    out.push_str(&charts.articles);
    let unscored: Vec<_> = summary
        .articles
        .iter()
        .filter(|a| a.sentiment.unscored() > 0)
        .collect();
    if !unscored.is_empty() {
        out.push_str("<ul class=\"note\">");
        for a in unscored.iter().take(MAX_CHART_ARTICLES) {
            let _ = write!(
                out,
                "<li>“{}”: {}</li>",
                escape(&charts::shorten(a.article.name(), 90)),
                escape(&unscored_sentence(&a.sentiment))
            );
        }
        if unscored.len() > MAX_CHART_ARTICLES {
            let _ = write!(
                out,
                "<li>… and {} more articles; the articles table has them all.</li>",
                unscored.len() - MAX_CHART_ARTICLES
            );
        }
        out.push_str("</ul>");
    }
    if let Some(targets) = &charts.targets {
        out.push_str("<h2>Stance per target</h2><p class=\"note\">Among the reactions that mention each target; the figure is the net stance, (FAVOR − AGAINST) / n.</p>");
        out.push_str(targets);
    }
    out.push_str("<h2>Daily trend</h2><p class=\"note\">Mean compound per day; dot area grows with the number of reactions.</p>");
    out.push_str(&charts.trend);

    out.push_str("<h2>What readers said</h2><div class=\"quotes\"><div><h3>Most positive</h3>");
    for row in &summary.most_positive {
        quote(&mut out, row, "positive");
    }
    if summary.most_positive.is_empty() {
        out.push_str("<p class=\"note\">No positive reactions.</p>");
    }
    out.push_str("</div><div><h3>Most negative</h3>");
    for row in &summary.most_negative {
        quote(&mut out, row, "negative");
    }
    if summary.most_negative.is_empty() {
        out.push_str("<p class=\"note\">No negative reactions.</p>");
    }
    out.push_str("</div></div>");

    for table in others {
        table_html(&mut out, table, MAX_HTML_ROWS);
    }
    out.push_str("<p class=\"note\">Intervals are 95% Wilson score intervals. Generated by <code>reactions</code>; the data behind every figure is in the Parquet dataset beside this file.</p>");
    out.push_str("</main></body></html>\n");
    out
}
