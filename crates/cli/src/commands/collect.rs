//! `reactions collect`: read articles, write one normalized reaction per record.

use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;

use super::InputArgs;
use crate::ExitStatus;
use anyhow::Context;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions collect article.txt                      # JSON Lines on stdout\n  \
reactions collect data/ --format csv --output reactions.csv\n  \
reactions collect 'archive/**/*.html' -o reactions.jsonl\n  \
cat page.html | reactions collect -\n  \
reactions collect thread.json RC_2024-10.jsonl disqus-export.xml -o comments.jsonl\n  \
reactions collect comments.csv --columns text=Comment,author=Name,url=Page\n\n\
Exit status: 0 when every input was read (or the reader of standard output closed it),
3 when some failed, 2 on a usage error, 1 when the output could not be written.")]
/// Find the reader reactions quoted in articles (.txt/.md text, .html pages) and the
/// comments in exports (Reddit, YouTube, X, Disqus, CSV, JSON Lines).
pub struct Args {
    /// Files, directories (searched recursively), glob patterns, or `-` for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Write here (atomically) instead of standard output; `-` is standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Output format [default: from the output's extension (.csv, .jsonl), else jsonl].
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(report::writers::names()))]
    format: Option<String>,
    #[command(flatten)]
    input: InputArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let mut options = args.input.options();
    let bar = super::progress_bar(&mut options);
    // `-o -` is standard output, as `-` is standard input.
    let output = args.output.as_ref().filter(|path| path.as_os_str() != "-");
    let format = args.format.clone().unwrap_or_else(|| {
        let extension = output
            .and_then(|path| path.extension())
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("csv") => "csv".to_string(),
            _ => "jsonl".to_string(),
        }
    });
    let writer = report::writers::by_name(&format).expect("clap restricts the format");
    // Records are written as they are collected, so an export larger than memory streams
    // through; the first write error stops the collection at once, rather than reading on
    // through a dump whose records have nowhere to go.
    let stream = |out: &mut dyn Write| -> std::io::Result<collector::Collection> {
        let mut sink = writer.start(out)?;
        let mut failure: Option<std::io::Error> = None;
        let collection =
            collector::collect_each(&args.inputs, &options, &mut |reaction| match sink
                .push(&reaction)
            {
                Ok(()) => ControlFlow::Continue(()),
                Err(error) => {
                    failure = Some(error);
                    ControlFlow::Break(())
                }
            });
        if let Some(error) = failure {
            return Err(error);
        }
        sink.finish()?;
        Ok(collection)
    };
    let collection = match output {
        Some(path) => {
            let mut collection = None;
            report::atomic::write_file(path, |out| {
                collection = Some(stream(out)?);
                Ok(())
            })
            .with_context(|| format!("writing {}", path.display()))?;
            collection.expect("written")
        }
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let written = stream(&mut stdout).and_then(|c| stdout.flush().map(|()| c));
            match written {
                Ok(collection) => collection,
                // The reader has all it wants (`reactions collect dump.jsonl | head`): done.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                    return Ok(ExitStatus::Success)
                }
                Err(error) => return Err(error).context("writing standard output"),
            }
        }
    };
    drop(bar);
    super::print_problems(&collection);
    tracing::info!("collected: {}", super::summary_line(&collection));
    Ok(if collection.errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::PartialFailure
    })
}
