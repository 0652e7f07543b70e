pub mod collect;
pub mod report;
pub mod run;
pub mod sentiment;
pub mod stance;

use collector::comments::ColumnMap;
use collector::{CollectOptions, DEFAULT_MAX_INPUT_BYTES};

/// How inputs are read; shared by `collect` and `run`.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Read every input as this format instead of deciding by extension and content.
    #[arg(long, value_parser = ["text", "html", "reddit", "youtube", "x", "disqus", "jsonl", "csv"])]
    input_format: Option<String>,
    /// For generic CSV and JSON Lines exports: which column holds what, as KEY=COLUMN pairs
    /// (keys: text, author, handle, created_at, url, id, parent_id, title, likes, thread,
    /// platform). Common column names are found without it.
    #[arg(long, value_name = "KEY=COLUMN,…", value_parser = ColumnMap::parse)]
    columns: Option<ColumnMap>,
    /// Refuse articles and JSON documents larger than this many bytes, and stream records
    /// (lines, rows) larger than it.
    #[arg(long, default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: u64,
}

impl InputArgs {
    pub fn options(&self) -> CollectOptions {
        CollectOptions {
            max_input_bytes: self.max_input_bytes,
            format: self.input_format.clone(),
            columns: self.columns.clone().unwrap_or_default(),
        }
    }
}

/// The run's one-line count of what was read, kept and left out.
pub fn summary_line(collection: &collector::Collection) -> String {
    let mut line = format!(
        "{} inputs read, {} articles, {} reactions, {} errors",
        collection.inputs_read,
        collection.articles.len(),
        collection.reaction_count,
        collection.errors.len()
    );
    if !collection.skipped.is_empty() {
        let skipped: Vec<String> = collection
            .skipped
            .iter()
            .map(|(reason, count)| format!("{count} {reason}"))
            .collect();
        line.push_str(&format!("; comments skipped: {}", skipped.join(", ")));
    }
    line
}

/// Prints the collector's warnings and errors, one line each, naming the input.
pub fn print_problems(collection: &collector::Collection) {
    for warning in &collection.warnings {
        eprintln!("warning: {warning}");
    }
    for error in &collection.errors {
        eprintln!("error: {error}");
    }
}
