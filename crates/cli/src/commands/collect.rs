//! `reactions collect`: read articles, write one normalized reaction per record.

use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use collector::input::FileId;

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
3 when some failed, 2 on a usage error (an output that is also an input, or a directory),
1 when the output could not be written.")]
/// Find the reader reactions quoted in articles (.txt/.md text, .html pages) and the
/// comments in exports (Reddit, YouTube, X, Disqus, CSV, JSON Lines).
pub struct Args {
    /// Files, directories (searched recursively), glob patterns, or `-` for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Write here instead of standard output; `-` is standard output. A file is replaced
    /// atomically (through a symbolic link, the file it names); a device or FIFO is written
    /// to as a stream. An output that is also an input is refused.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Output format [default: from the output's extension (.csv, .jsonl), else jsonl].
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(report::writers::names()))]
    format: Option<String>,
    #[command(flatten)]
    input: InputArgs,
}

/// Why `-o` was not written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output is one of the inputs: writing it would replace what is being read.
    #[error("{}: is also an input; write the output elsewhere", path.display())]
    IsAnInput { path: PathBuf },
    #[error("{}: is a directory; -o names a file", path.display())]
    Directory { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl OutputError {
    /// Whether the output was refused as given, rather than failed while written.
    pub fn is_refusal(&self) -> bool {
        !matches!(self, OutputError::Write { .. })
    }
}

/// Where `-o` writes, once symbolic links are followed.
enum Output {
    /// A regular file, or none yet: written whole through a temporary file and a rename.
    File(PathBuf),
    /// A device, FIFO or socket: written to as a stream, never replaced.
    Stream(PathBuf),
}

impl Output {
    /// Follows `path`'s links to what they name, and refuses an output that is one of the
    /// `inputs` (by identity, however it is spelt) or a directory.
    fn resolve(path: &Path, inputs: &[String]) -> Result<Output, OutputError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| OutputError::Write { path, source }
        };
        let target = follow_links(path).map_err(io(path))?;
        let metadata = match std::fs::metadata(&target) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Output::File(target))
            }
            Err(error) => return Err(io(&target)(error)),
        };
        if metadata.is_dir() {
            return Err(OutputError::Directory { path: target });
        }
        let id = FileId::of(&target).map_err(io(&target))?;
        if inputs
            .iter()
            .any(|input| FileId::of(Path::new(input)).is_ok_and(|input| input == id))
        {
            return Err(OutputError::IsAnInput {
                path: path.to_path_buf(),
            });
        }
        Ok(match metadata.is_file() {
            true => Output::File(target),
            false => Output::Stream(target),
        })
    }

    fn path(&self) -> &Path {
        match self {
            Output::File(path) | Output::Stream(path) => path,
        }
    }

    /// Writes what `fill` writes: a file whole, through a temporary file and a rename; a
    /// device or pipe as a stream.
    fn write(
        &self,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        match self {
            Output::File(target) => report::atomic::write_file(target, fill),
            Output::Stream(target) => {
                let file = std::fs::OpenOptions::new().write(true).open(target)?;
                let mut out = std::io::BufWriter::new(file);
                fill(&mut out)?;
                out.flush()
            }
        }
    }
}

/// Writes an output file named on the command line as `-o` is written: through symbolic
/// links, to a device or pipe as a stream, a regular file (or none yet) replaced whole; a
/// directory or one of the `inputs` is refused. Every command's output file goes through it.
pub fn write_output(
    path: &Path,
    inputs: &[String],
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    let target = Output::resolve(path, inputs)?;
    target.write(fill).map_err(|source| OutputError::Write {
        path: target.path().to_path_buf(),
        source,
    })
}

/// What `path` names after its symbolic links (a link to a file not yet there included).
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    // As the kernel does, a chain longer than this is taken for a loop.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let mut options = args.input.options();
    let bar = super::progress_bar(&mut options);
    // `-o -` is standard output, as `-` is standard input.
    let output = args.output.as_ref().filter(|path| path.as_os_str() != "-");
    let target = output
        .map(|path| Output::resolve(path, &args.inputs))
        .transpose()?;
    // A walk or glob that finds the output passes over it rather than reading it back in.
    options.output = target.as_ref().map(|target| target.path().to_path_buf());
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
    let collection = match target {
        Some(target) => {
            let mut collection = None;
            let written = target.write(|out| {
                collection = Some(stream(out)?);
                Ok(())
            });
            match written {
                Ok(()) => collection.expect("written"),
                // A pipe's reader has all it wants: done.
                Err(error)
                    if error.kind() == std::io::ErrorKind::BrokenPipe
                        && matches!(target, Output::Stream(_)) =>
                {
                    return Ok(ExitStatus::Success)
                }
                Err(source) => {
                    return Err(OutputError::Write {
                        path: target.path().to_path_buf(),
                        source,
                    }
                    .into())
                }
            }
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
