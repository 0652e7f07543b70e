//! Summary tables — per article, target, day and handle — and their CSV and Markdown forms.
//!
//! A [`Table`] is format-neutral: cells are text, counts, numbers or [`Share`]s. A share is one
//! column in Markdown and HTML ("25% (5–70%)") and three in CSV (share, 95% CI low and high),
//! so spreadsheets get numbers and readers get the interval next to the figure.

use std::io::{self, Write};

use scoring::accuracy::{self, Accuracy};
use scoring::SentimentLabel;

use crate::summary::{MethodTally, Share, Summary, NO_METHOD, UNDECIDED_LANGUAGE};
use crate::writers::neutralize_formula;

/// One cell of a table, kept typed until a format writes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, escaped by each format (and neutralized for spreadsheets in CSV).
    Text(String),
    /// A count.
    Count(usize),
    /// A number shown with the given decimals; `None` prints empty.
    Number(Option<f64>, usize),
    /// A share with its Wilson interval: three CSV columns, one cell elsewhere.
    Share(Share),
}

/// One of the report's tables, written as CSV and Markdown under `tables/` and shown in the page
/// and notebook.
#[derive(Debug, Clone)]
pub struct Table {
    /// File stem under `tables/`.
    pub name: &'static str,
    /// Its heading in the page and notebook.
    pub title: &'static str,
    /// What it shows and how to read it, printed under the heading.
    pub note: String,
    /// The column headings.
    pub columns: Vec<&'static str>,
    /// The rows, each as many cells as there are columns (a share counting as one).
    pub rows: Vec<Vec<Cell>>,
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn quote_with_handle(quote: Option<&crate::summary::Quoted>) -> Cell {
    text(quote.map_or(String::new(), |q| format!("{}: {}", q.who, q.text)))
}

const UNSCORED_NOTE: &str = "n counts the reactions a sentiment method read (VADER, or the pack of their language: see How each language was scored); unscored ones (in languages no method reads, or with no text) are counted apart, with their languages, and are in no share.";

/// The summary tables, in the order the report shows them, and when people labelled rows the
/// [`checked`] tables after them.
pub fn tables(summary: &Summary) -> Vec<Table> {
    let articles = Table {
        name: "articles",
        title: "Sentiment per article",
        note: format!("By day, then file; an article is named by its title, else its URL, its file beside. Shares of reactions labelled positive and negative (by VADER and the VADER-format packs from the compound, ≥ {threshold} and ≤ −{threshold}; by a trained pack directly), with 95% Wilson intervals; the mean compound is over the reactions that have one. {UNSCORED_NOTE}", threshold = SentimentLabel::THRESHOLD),
        columns: vec!["date", "article", "source", "n", "unscored", "unscored languages", "mean compound", "positive", "neutral", "negative", "most positive", "most negative"],
        rows: summary
            .articles
            .iter()
            .map(|a| {
                vec![
                    text(a.article.date.to_string()),
                    text(a.article.name()),
                    text(a.article.source.clone()),
                    Cell::Count(a.sentiment.scored),
                    Cell::Count(a.sentiment.unscored()),
                    text(a.sentiment.languages_text()),
                    Cell::Number(a.sentiment.mean_compound(), 3),
                    Cell::Share(a.sentiment.share(a.sentiment.positive)),
                    Cell::Share(a.sentiment.share(a.sentiment.neutral)),
                    Cell::Share(a.sentiment.share(a.sentiment.negative)),
                    quote_with_handle(a.most_positive.as_ref()),
                    quote_with_handle(a.most_negative.as_ref()),
                ]
            })
            .collect(),
    };
    let targets = Table {
        name: "targets",
        title: "Stance per target",
        note: "Every reaction is judged toward every target; a reaction that does not mention a target counts as NONE. Addressed: reactions that mention the target (or that a trained model judged). Net stance = (FAVOR − AGAINST) / n. Unscored: reactions no sentiment method reads, toward which no stance is claimed.".into(),
        columns: vec!["target", "n", "unscored", "addressed", "favor", "against", "none", "net stance", "net stance among addressed"],
        rows: summary
            .targets
            .iter()
            .map(|t| {
                vec![
                    text(t.target.clone()),
                    Cell::Count(t.stance.total()),
                    Cell::Count(t.stance.unreadable),
                    Cell::Count(t.addressed.total()),
                    Cell::Share(t.stance.share(t.stance.favor)),
                    Cell::Share(t.stance.share(t.stance.against)),
                    Cell::Share(t.stance.share(t.stance.none)),
                    Cell::Number(t.stance.net(), 3),
                    Cell::Number(t.addressed.net(), 3),
                ]
            })
            .collect(),
    };
    let days = Table {
        name: "days",
        title: "Per day",
        note: format!(
            "Days are the articles' publish dates (else the day of collection). {UNSCORED_NOTE}"
        ),
        columns: vec![
            "date",
            "n",
            "unscored",
            "unscored languages",
            "mean compound",
            "positive",
            "negative",
            "favor (any target)",
            "against (any target)",
        ],
        rows: summary
            .days
            .iter()
            .map(|d| {
                let favor: usize = d.stance.iter().map(|(_, t)| t.favor).sum();
                let against: usize = d.stance.iter().map(|(_, t)| t.against).sum();
                vec![
                    text(d.date.to_string()),
                    Cell::Count(d.sentiment.scored),
                    Cell::Count(d.sentiment.unscored()),
                    text(d.sentiment.languages_text()),
                    Cell::Number(d.sentiment.mean_compound(), 3),
                    Cell::Share(d.sentiment.share(d.sentiment.positive)),
                    Cell::Share(d.sentiment.share(d.sentiment.negative)),
                    Cell::Count(favor),
                    Cell::Count(against),
                ]
            })
            .collect(),
    };
    let handles = Table {
        name: "handles",
        title: "Top reactors",
        note: format!("People quoted most often, by handle (else by name); n counts their reactions a sentiment method read. {UNSCORED_NOTE}"),
        columns: vec!["who", "n", "unscored", "articles", "mean compound", "negative"],
        rows: summary
            .handles
            .iter()
            .map(|h| {
                vec![
                    text(h.who.clone()),
                    Cell::Count(h.sentiment.scored),
                    Cell::Count(h.sentiment.unscored()),
                    Cell::Count(h.articles),
                    Cell::Number(h.sentiment.mean_compound(), 3),
                    Cell::Share(h.sentiment.share(h.sentiment.negative)),
                ]
            })
            .collect(),
    };
    let mut tables = vec![
        articles,
        targets,
        days,
        handles,
        methods_table(&summary.methods),
    ];
    tables.extend(checked(summary));
    tables
}

/// The names of the [`checked`] tables.
pub const CHECKED: [&str; 2] = ["checked", "labels"];

/// When people labelled rows: their agreement with the model per field and method (the
/// figures of `reactions evaluate` over every language) and, when the writer has the labels
/// file, every label with its author and note.
pub fn checked(summary: &Summary) -> Vec<Table> {
    if summary.checked.is_empty() {
        return Vec::new();
    }
    let removed = summary.checked.removed;
    let agreement = Table {
        name: "checked",
        title: "Checked by people",
        note: format!(
            "Analysts' labels count instead of the model's in every figure. {removed} {} people took out as not a reader's reaction {} in the dataset, flagged, and in no figure. Per field and method: the labels, those the model claimed something of (compared), and how often people and model agree (accuracy, Cohen's kappa; `reactions evaluate` gives the confusion matrices, per language).",
            if removed == 1 { "record" } else { "records" },
            if removed == 1 { "is" } else { "are" },
        ),
        columns: vec!["field", "method", "labels", "compared", "accuracy", "kappa"],
        rows: crate::evaluate::agreement(&summary.checked.checks)
            .into_iter()
            .map(|e| {
                vec![
                    text(e.field),
                    text(e.method),
                    Cell::Count(e.n + e.unscored),
                    Cell::Count(e.n),
                    Cell::Number(Some(e.accuracy), 3),
                    Cell::Number(e.kappa, 3),
                ]
            })
            .collect(),
    };
    let mut tables = vec![agreement];
    if let Some(labels) = summary.labels {
        tables.push(Table {
            name: "labels",
            title: "Labels people gave",
            note: format!(
                "Every label applied, in the order of the labels file; {} more rows of it were skipped (the run's warnings and manifest name them).",
                labels.problems.len()
            ),
            columns: vec!["line", "reaction_id", "field", "value", "author", "note"],
            rows: labels
                .labels
                .iter()
                .map(|l| {
                    vec![
                        Cell::Count(l.line as usize),
                        text(l.reaction_id.clone()),
                        text(l.field.to_string()),
                        text(l.value.as_str()),
                        text(l.author.clone()),
                        text(l.note.clone()),
                    ]
                })
                .collect(),
        });
    }
    tables
}

/// The name of the methods table (`tables/methods.csv`).
pub const METHODS_TABLE: &str = "methods";

/// The accuracy cells of a method: weighted F1 and accuracy (0–100), what they were measured
/// on (or why they were not) and its texts; all empty for [`NO_METHOD`]. From
/// [`scoring::accuracy`], the one place they are recorded; `views.sql` embeds the same.
pub fn accuracy_of(method: &str) -> (Option<f64>, Option<f64>, String, Option<usize>) {
    if method == NO_METHOD {
        return (None, None, String::new(), None);
    }
    match accuracy::of_method(method) {
        Some(Accuracy::Measured(measured)) => (
            Some(measured.weighted_f1),
            Some(measured.accuracy),
            measured.test_set,
            Some(measured.texts),
        ),
        Some(Accuracy::NotMeasured { reason }) => (None, None, reason.to_string(), None),
        None => (None, None, UNKNOWN_METHOD.to_string(), None),
    }
}

/// The test-set cell of a `sentiment_method` this version does not know (a dataset written
/// by another).
pub const UNKNOWN_METHOD: &str = "not measured: a method this version of reactions does not know";

/// The methods table of `methods`: `tables/methods.csv`, and the Python `reactions.methods()`.
pub fn methods_table(methods: &MethodTally) -> Table {
    let total = methods.reactions();
    Table {
        name: METHODS_TABLE,
        title: "How each language was scored",
        note: format!("One row per language (the reaction's lang, {UNDECIDED_LANGUAGE} where undecided), sentiment method ({NO_METHOD} where no method read the reactions) and status (scored, other_language: no method for the language, no_text: nothing to read). Share of all reactions, and the shares labelled positive, neutral and negative among the row's reactions, with 95% Wilson intervals. Weighted F1 and accuracy (%) are the method's, measured on the test set named (tweets, not news comments): how far to trust its labels, not a measurement on these reactions."),
        columns: vec!["language", "method", "status", "reactions", "of all reactions", "positive", "neutral", "negative", "weighted F1", "accuracy", "test set", "test texts"],
        rows: methods
            .rows()
            .into_iter()
            .map(|(key, counts)| {
                let (weighted_f1, accuracy, test_set, texts) = accuracy_of(&key.method);
                vec![
                    text(key.language.clone()),
                    text(key.method.clone()),
                    text(key.status.clone()),
                    Cell::Count(counts.reactions),
                    Cell::Share(Share { k: counts.reactions, n: total }),
                    Cell::Share(counts.share(counts.positive)),
                    Cell::Share(counts.share(counts.neutral)),
                    Cell::Share(counts.share(counts.negative)),
                    Cell::Number(weighted_f1, 2),
                    Cell::Number(accuracy, 2),
                    text(test_set),
                    Cell::Number(texts.map(|n| n as f64), 0),
                ]
            })
            .collect(),
    }
}

fn column_name(column: &str) -> String {
    column
        .replace([' ', '(', ')'], "_")
        .replace("__", "_")
        .trim_matches('_')
        .to_lowercase()
}

/// Percentages with an interval: "25% (5–70%)", or "—" when n is 0.
pub fn format_share(share: &Share) -> String {
    match (share.value(), share.wilson()) {
        (Some(value), Some((low, high))) => format!(
            "{:.0}% ({:.0}–{:.0}%)",
            value * 100.0,
            low * 100.0,
            high * 100.0
        ),
        _ => "—".to_string(),
    }
}

/// A cell as text, before a format escapes it: a share as a percentage with its interval, a
/// number with its decimals.
pub fn format_cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Count(n) => n.to_string(),
        Cell::Number(Some(value), decimals) => format!("{value:.decimals$}"),
        Cell::Number(None, _) => String::new(),
        Cell::Share(share) => format_share(share),
    }
}

impl Table {
    /// The CSV's column names: a share's column becomes `{name}_share`, `{name}_ci95_low`
    /// and `{name}_ci95_high`.
    pub fn header(&self) -> Vec<String> {
        let mut header = Vec::new();
        let shape = self.rows.first();
        for (i, column) in self.columns.iter().enumerate() {
            let name = column_name(column);
            if matches!(shape.map(|r| &r[i]), Some(Cell::Share(_))) {
                header.push(format!("{name}_share"));
                header.push(format!("{name}_ci95_low"));
                header.push(format!("{name}_ci95_high"));
            } else {
                header.push(name);
            }
        }
        header
    }

    /// CSV with formula-neutralized text cells; a share becomes three numeric columns.
    pub fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        let header = self.header();
        writer.write_record(&header)?;
        for row in &self.rows {
            let mut record: Vec<String> = Vec::with_capacity(header.len());
            for cell in row {
                match cell {
                    Cell::Text(text) => record.push(neutralize_formula(text).into_owned()),
                    Cell::Share(share) => {
                        let (low, high) = share.wilson().unzip();
                        for value in [share.value(), low, high] {
                            record.push(value.map_or(String::new(), |v| format!("{v:.4}")));
                        }
                    }
                    other => record.push(format_cell(other)),
                }
            }
            writer.write_record(&record)?;
        }
        writer.flush()?;
        Ok(())
    }

    /// A GitHub-flavoured Markdown table under a heading, pipes and markup in cells escaped.
    pub fn write_markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "## {}\n\n{}\n", self.title, self.note)?;
        let header: Vec<String> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| match self.rows.first().map(|r| &r[i]) {
                Some(Cell::Share(_)) => format!("{c} (95% CI)"),
                _ => c.to_string(),
            })
            .collect();
        writeln!(out, "| {} |", header.join(" | "))?;
        writeln!(out, "|{}", " --- |".repeat(self.columns.len()))?;
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| escape_markdown(&format_cell(c)))
                .collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        Ok(())
    }
}

/// Markdown table cells: pipes would split the cell, and `<`, `>`, `&`, backslashes, brackets,
/// emphasis marks and backticks would turn untrusted text into markup or links.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_print_with_their_interval() {
        assert_eq!(format_share(&Share { k: 1, n: 4 }), "25% (5–70%)");
        assert_eq!(format_share(&Share { k: 0, n: 0 }), "—");
    }

    #[test]
    fn csv_splits_shares_and_neutralizes_formulas() {
        let table = Table {
            name: "t",
            title: "T",
            note: String::new(),
            columns: vec!["who", "positive"],
            rows: vec![vec![
                text("=HYPERLINK(\"http://x\")"),
                Cell::Share(Share { k: 1, n: 4 }),
            ]],
        };
        let mut out = Vec::new();
        table.write_csv(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "who,positive_share,positive_ci95_low,positive_ci95_high\n\"'=HYPERLINK(\"\"http://x\"\")\",0.2500,0.0456,0.6994\n"
        );
    }

    #[test]
    fn markdown_cells_cannot_break_the_table_or_inject_markup() {
        assert_eq!(
            escape_markdown("a | b <script>x</script> [link](http://x)"),
            "a \\| b &lt;script&gt;x&lt;/script&gt; \\[link\\](http://x)"
        );
    }
}
