//! `report.ipynb`: an nbformat 4 notebook whose code loads the Parquet dataset with polars and
//! rebuilds the tables and charts, saved with its outputs already filled in so it reads well
//! on a code host without being run.
//!
//! Outputs are the same tables and SVG charts as `report.html`, escaped the same way; reaction
//! text appears only inside outputs, never in Markdown cells, where a notebook viewer would
//! render markup.

use std::io::Write;

use serde_json::{json, Value};

use crate::html::{self, unscored_sentence, Charts, MAX_HTML_ROWS};
use crate::summary::Summary;
use crate::tables::{self, format_cell, Cell, Table};
use scoring::accuracy;

fn source(text: &str) -> Value {
    let lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    json!(lines)
}

/// [`source`] of texts the caller gives up, joined: a text that is one line is moved into the
/// notebook, not copied (a table's output may hold a record at the size limit). Every text
/// but the last ends with a line break, so that no line spans two of them.
fn source_of(texts: Vec<String>) -> Value {
    let mut lines = Vec::new();
    for text in texts {
        let one_line = text.find('\n').is_none_or(|end| end + 1 == text.len());
        if one_line && !text.is_empty() {
            lines.push(Value::String(text));
        } else {
            lines.extend(
                text.split_inclusive('\n')
                    .map(|l| Value::String(l.to_string())),
            );
        }
    }
    Value::Array(lines)
}

fn markdown(id: usize, text: &str) -> Value {
    json!({"cell_type": "markdown", "id": format!("cell-{id}"), "metadata": {}, "source": source(text)})
}

fn code(id: usize, text: &str, outputs: Vec<Value>) -> Value {
    let mut cell = json!({
        "cell_type": "code",
        "id": format!("cell-{id}"),
        "execution_count": id,
        "metadata": {},
        "outputs": [],
        "source": source(text),
    });
    // Moved in, not through `json!`, which would copy them (and a table's text with them).
    cell["outputs"] = Value::Array(outputs);
    cell
}

fn stream(text: String) -> Value {
    json!({"output_type": "stream", "name": "stdout", "text": source(&text)})
}

fn result(id: usize, html: String, plain: Vec<String>) -> Value {
    let mut output = json!({
        "output_type": "execute_result",
        "execution_count": id,
        "metadata": {},
        "data": {"text/html": [], "text/plain": []},
    });
    output["data"]["text/html"] = source_of(vec![html]);
    output["data"]["text/plain"] = source_of(plain);
    output
}

fn svg(svg: String) -> Value {
    json!({"output_type": "display_data", "metadata": {}, "data": {"image/svg+xml": source(&svg), "text/plain": ["<Figure>"]}})
}

fn table_outputs(id: usize, table: &Table) -> Vec<Value> {
    let mut html = String::new();
    html::table_html(&mut html, table, MAX_HTML_ROWS);
    // A line per row, each kept apart until it is in the notebook.
    let mut plain = vec![table.columns.join(" | ")];
    for row in table.rows.iter().take(MAX_HTML_ROWS) {
        plain.last_mut().expect("the header").push('\n');
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                line.push_str(" | ");
            }
            match cell {
                Cell::Text(text) => line.push_str(text),
                other => line.push_str(&format_cell(other)),
            }
        }
        plain.push(line);
    }
    vec![result(id, html, plain)]
}

const LOAD: &str = r#"import polars as pl

# The dataset sits beside this notebook: reactions/ and stance/ are partitioned by day.
# Analysts' labels count instead of the model's (sentiment_label, stance_label), and records
# they took out (is_reaction false) stay in the files but count in no figure.
reactions = pl.read_parquet("reactions/**/*.parquet", hive_partitioning=True).filter(pl.col("is_reaction"))
stance = pl.read_parquet("stance/**/*.parquet", hive_partitioning=True).filter(pl.col("is_reaction"))
articles = pl.read_parquet("articles/part-0.parquet")
daily = pl.read_parquet("daily/part-0.parquet")
print(f"{articles.height} articles, {reactions.height} reactions, {stance.height} stance rows")

# Reactions no sentiment method reads (and no one labelled) are in no share; say how many there are.
unlabelled = reactions.filter(pl.col("sentiment_label").is_null())
other = unlabelled.filter(pl.col("sentiment_status") == "other_language")
no_text = unlabelled.filter(pl.col("sentiment_status") == "no_text").height
parts = []
if other.height:
    languages = other.group_by(pl.col("lang").fill_null("und")).len().sort(["len", "lang"], descending=[True, False])
    listed = ", ".join(f"{lang} {n}" for lang, n in languages.iter_rows())
    parts.append(f"{other.height} {'reaction' if other.height == 1 else 'reactions'} in other languages {'was' if other.height == 1 else 'were'} not scored ({listed})")
if no_text:
    parts.append(f"{no_text} {'reaction' if no_text == 1 else 'reactions'} had no text to score")
if parts:
    print("; ".join(parts) + ".")
"#;

const WILSON: &str = r#"Z = 1.959963984540054

def wilson(k: pl.Expr, n: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """95% Wilson score interval of k out of n."""
    p = k / n
    centre = (p + Z**2 / (2 * n)) / (1 + Z**2 / n)
    half = Z * ((p * (1 - p) / n + Z**2 / (4 * n**2)) ** 0.5) / (1 + Z**2 / n)
    return (centre - half).clip(0, 1), (centre + half).clip(0, 1)

def share(name: str, k: pl.Expr, n: pl.Expr) -> list[pl.Expr]:
    low, high = wilson(k, n)
    return [(k / n).alias(f"{name}_share"), low.alias(f"{name}_ci95_low"), high.alias(f"{name}_ci95_high")]
"#;

const ARTICLES: &str = r#"n = pl.col("scored")  # the reactions a sentiment method read
(
    articles.sort("date", "source", "article_id").select(
        "date", pl.coalesce("title", "url", "source").alias("article"), "source", n.alias("n"), "unscored", "unscored_languages",
        pl.col("mean_compound").round(3),
        *share("positive", pl.col("positive"), n),
        *share("negative", pl.col("negative"), n),
    )
)
"#;

const TARGETS: &str = r#"# No stance is claimed where no sentiment method reads, unless a person gave one.
judged = (pl.col("rule") != "unreadable") | (pl.col("stance_label_source") == "human")
targets = (
    stance.group_by("target", maintain_order=True)
    .agg(
        n=judged.sum(),
        unscored=(~judged).sum(),
        addressed=(~pl.col("rule").is_in(["no-mention", "unreadable"])).sum(),
        favor=((pl.col("stance_label") == "FAVOR") & judged).sum(),
        against=((pl.col("stance_label") == "AGAINST") & judged).sum(),
        none=((pl.col("stance_label") == "NONE") & judged).sum(),
    )
    .with_columns(
        *share("favor", pl.col("favor"), pl.col("n")),
        *share("against", pl.col("against"), pl.col("n")),
        net_stance=((pl.col("favor") - pl.col("against")) / pl.col("n")).round(3),
    )
)
addressed = stance.filter(~pl.col("rule").is_in(["no-mention", "unreadable"]))
targets = targets.join(
    addressed.group_by("target").agg(
        net_stance_among_addressed=(((pl.col("stance_label") == "FAVOR").sum() - (pl.col("stance_label") == "AGAINST").sum()) / pl.len()).round(3)
    ),
    on="target", how="left", maintain_order="left",
)
targets
"#;

const DAYS: &str = r#"daily.filter(pl.col("target").is_null()).select(
    "date", pl.col("scored").alias("n"), "unscored", "unscored_languages", pl.col("mean_compound").round(3),
    *share("positive", pl.col("positive"), pl.col("scored")),
    *share("negative", pl.col("negative"), pl.col("scored")),
).sort("date")
"#;

const HANDLES: &str = r#"who = pl.when(pl.col("handle").is_not_null()).then("@" + pl.col("handle")).otherwise(pl.coalesce("display_name", pl.lit("anonymous")))
(
    reactions.group_by(who.alias("who"))
    .agg(reactions=pl.len(), n=pl.col("sentiment_label").is_not_null().sum(),
         unscored=pl.col("sentiment_label").is_null().sum(),
         articles=pl.col("article_id").n_unique(), mean_compound=pl.col("compound").mean().round(3),
         negative=(pl.col("sentiment_label") == "negative").sum())
    .with_columns(*share("negative", pl.col("negative"), pl.col("n")))
    .sort(["reactions", "who"], descending=[True, False])
    .drop("reactions")
)
"#;

const ARTICLE_CHART: &str = r##"import matplotlib.pyplot as plt

top = articles.filter(pl.col("scored") > 0).sort(["reactions", "date", "source", "article_id"], descending=[True, False, False, False]).head(25)
fig, ax = plt.subplots(figsize=(8, 0.4 * top.height + 1))
left = [0.0] * top.height
for column, colour in [("negative", "#c0392b"), ("neutral", "#b0b0b0"), ("positive", "#2e8b57")]:
    widths = (top[column] / top["scored"]).to_list()
    ax.barh(top.select(pl.coalesce("title", "url", "source")).to_series().to_list(), widths, left=left, color=colour, label=column)
    left = [a + b for a, b in zip(left, widths)]
ax.invert_yaxis(); ax.legend(); ax.set_xlabel("share of the reactions a sentiment method read")
"##;

const TREND_CHART: &str = r##"days = daily.filter(pl.col("target").is_null() & pl.col("mean_compound").is_not_null()).sort("date")
fig, ax = plt.subplots(figsize=(8, 3))
ax.plot(days["date"], days["mean_compound"], marker="o")
ax.scatter(days["date"], days["mean_compound"], s=(days["scored"] * 20).to_list(), alpha=0.5)
ax.axhline(0, color="#888"); ax.set_ylim(-1, 1); ax.set_ylabel("mean compound")
"##;

const METHODS: &str = r#"status = pl.col("sentiment_status")
# An unscored reaction whose lang is English inherited it from its article: its words are not.
language = (
    pl.when((status == "other_language") & (pl.col("lang").is_null() | (pl.col("lang") == "en")))
    .then(pl.lit("und")).otherwise(pl.col("lang").fill_null("und"))
)
labelled = pl.col("positive") + pl.col("neutral") + pl.col("negative")
methods = (
    reactions.group_by(language.alias("language"), pl.col("sentiment_method").fill_null("none").alias("method"), status.alias("status"))
    .agg(reactions=pl.len(), **{label: (pl.col("sentiment") == label).sum() for label in ["positive", "neutral", "negative"]})
    .with_columns(language_reactions=pl.col("reactions").sum().over("language"))
    .with_columns(
        *share("of_all_reactions", pl.col("reactions"), pl.lit(reactions.height)),
        *share("positive", pl.col("positive"), labelled),
        *share("neutral", pl.col("neutral"), labelled),
        *share("negative", pl.col("negative"), labelled),
    )
    .join(accuracy, on="method", how="left")
    .sort(["language_reactions", "language", "reactions", "method", "status"], descending=[True, False, True, False, False])
    .drop("language_reactions", "positive", "neutral", "negative")
)
methods
"#;

/// The code that names each method's measured accuracy, as [`tables::accuracy_of`] gives it.
fn accuracy_code() -> String {
    let python = |value: Option<String>| value.unwrap_or_else(|| "None".to_string());
    let mut rows = String::new();
    for method in accuracy::methods() {
        let (weighted_f1, accuracy, test_set, texts) = tables::accuracy_of(method);
        rows.push_str(&format!(
            "    ({}, {}, {}, {}, {}),\n",
            json!(method),
            python(weighted_f1.map(|v| format!("{v:?}"))),
            python(accuracy.map(|v| format!("{v:?}"))),
            json!(test_set),
            python(texts.map(|n| n.to_string())),
        ));
    }
    format!(
        "# Each method's accuracy (%) on a labelled test set, as reactions records it beside its packs.\n\
         accuracy = pl.DataFrame([\n{rows}], schema={{\"method\": pl.String, \"weighted_f1\": pl.Float64, \"accuracy\": pl.Float64, \"test_set\": pl.String, \"test_texts\": pl.Int64}}, orient=\"row\")\n"
    )
}

/// Writes the notebook as pretty-printed JSON to `out`, serialized as it is written: a
/// quote at the record limit is not held a second time as the file's text.
pub fn write(
    out: &mut dyn Write,
    summary: &Summary,
    tables: &[Table],
    charts: &Charts,
) -> std::io::Result<()> {
    let mut cells = vec![markdown(
        0,
        "# Reader reactions\n\nThis notebook loads the Parquet dataset that `reactions run` wrote beside it and rebuilds the tables and charts of `report.html`. The outputs below were saved by `reactions`; run the notebook (polars, matplotlib) to refresh them. Shares come with 95% Wilson intervals: with a handful of reactions they are wide, and that is the point.\n",
    )];
    cells.push(code(
        1,
        LOAD,
        vec![stream(format!(
            "{} articles, {} reactions, {} stance rows\n{}",
            summary.articles.len(),
            summary.overall.reactions,
            summary.stance_rows(),
            if summary.overall.unscored() > 0 {
                format!("{}\n", unscored_sentence(&summary.overall))
            } else {
                String::new()
            }
        ))],
    ));
    cells.push(code(2, WILSON, vec![]));
    let by_name = |name: &str| {
        tables
            .iter()
            .find(|t| t.name == name)
            .expect("every table is built")
    };
    cells.push(markdown(3, "## Sentiment per article\n"));
    cells.push(code(4, ARTICLES, table_outputs(4, by_name("articles"))));
    cells.push(code(5, ARTICLE_CHART, vec![svg(charts.articles.clone())]));
    cells.push(markdown(6, "## Stance per target\n\nA reaction that does not mention a target counts as NONE toward it.\n"));
    cells.push(code(7, TARGETS, table_outputs(7, by_name("targets"))));
    cells.push(markdown(8, "## Per day\n"));
    cells.push(code(9, DAYS, table_outputs(9, by_name("days"))));
    cells.push(code(10, TREND_CHART, vec![svg(charts.trend.clone())]));
    cells.push(markdown(11, "## Top reactors\n"));
    cells.push(code(12, HANDLES, table_outputs(12, by_name("handles"))));
    cells.push(markdown(13, "## How each language was scored\n\nOne row per language, sentiment method and status, with the method's accuracy measured on a labelled test set: how far to trust its labels.\n"));
    cells.push(code(
        14,
        &format!("{}\n{METHODS}", accuracy_code()),
        table_outputs(14, by_name(tables::METHODS_TABLE)),
    ));
    // Made from the labels, which the dataset alone does not hold: as saved, not recomputed.
    for (id, table) in (15..).zip(tables.iter().filter(|t| tables::CHECKED.contains(&t.name))) {
        let mut text = Vec::new();
        table
            .write_markdown(&mut text)
            .expect("writing to memory cannot fail");
        cells.push(markdown(
            id,
            &format!(
                "## {}\n\n{}\n\n{}",
                table.title,
                tables::escape_markdown(&table.note),
                String::from_utf8_lossy(&text)
            ),
        ));
    }
    let mut notebook = json!({
        "cells": [],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    });
    // Moved in: `json!` would copy every cell, a table's text with them.
    notebook["cells"] = Value::Array(cells);
    serde_json::to_writer_pretty(&mut *out, &notebook)?;
    out.write_all(b"\n")
}
