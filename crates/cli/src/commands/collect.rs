//! `reactions collect`: read articles, write one normalized reaction per record.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use collector::{CollectOptions, DEFAULT_MAX_INPUT_BYTES};

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions collect article.txt                      # JSON Lines on stdout\n  \
reactions collect data/ --format csv --output reactions.csv\n  \
reactions collect 'archive/**/*.html' -o reactions.jsonl\n  \
cat page.html | reactions collect -\n\n\
Exit status: 0 when every input was read, 3 when some failed, 2 on a usage error.")]
/// Find the reader reactions quoted in articles (.txt/.md text, .html pages).
pub struct Args {
    /// Files, directories (searched recursively), glob patterns, or `-` for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv"])]
    format: String,
    /// Read every input as this format instead of deciding by extension and content.
    #[arg(long, value_parser = ["text", "html"])]
    input_format: Option<String>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let options = CollectOptions {
        max_input_bytes: args.max_input_bytes,
        format: args.input_format,
    };
    let collection = collector::collect(&args.inputs, &options);
    super::print_problems(&collection);

    let writer = report::writers::by_name(&args.format).expect("clap restricts the format");
    match &args.output {
        Some(path) => {
            report::atomic::write_file(path, |out| writer.write(&collection.reactions, out))
                .with_context(|| format!("writing {}", path.display()))?
        }
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            writer
                .write(&collection.reactions, &mut stdout)
                .context("writing standard output")?;
            stdout.flush().context("writing standard output")?;
        }
    }

    eprintln!(
        "collected: {} inputs read, {} articles, {} reactions, {} errors",
        collection.inputs_read,
        collection.articles.len(),
        collection.reactions.len(),
        collection.errors.len()
    );
    Ok(if collection.errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::PartialFailure
    })
}
