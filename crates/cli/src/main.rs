//! The `reactions` command: wires the collector, scoring, report and run libraries together.
//!
//! Each subcommand lives in `commands/` and only parses its arguments, calls the libraries and
//! maps the outcome to an exit status: 0 when every input succeeded, 3 when some failed but
//! the run completed, 2 on a usage error, 1 on anything else.

mod commands;
mod config;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "reactions",
    version,
    about = "Turn news articles and comment exports into datasets of reader reactions"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// How log lines on stderr look: plain text for a terminal, JSON for a log collector.
    #[arg(long, global = true, default_value = "text", value_parser = ["text", "json"])]
    log_format: String,
    /// Only warnings and errors on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    Run(commands::run::Args),
    Report(commands::report::Args),
    Collect(commands::collect::Args),
    Config(commands::config::Args),
    Extraction(commands::extraction::Args),
    Language(commands::language::Args),
    Sentiment(commands::sentiment::Args),
    Stance(commands::stance::Args),
    Evaluate(commands::evaluate::Args),
}

/// A command called in a way it cannot run: a flag out of range or a setting that is not
/// valid. Exit status 2, as are the targets and stance model files a run is given and cannot
/// use, and an output the tool refuses to touch (a directory it did not write, a state whose
/// loss would lose history); any other failure (an output that cannot be written, bad
/// training data) is 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

impl ExitStatus {
    /// The status a failed command exits with, from the type of its error or of a cause.
    fn of_error(error: &anyhow::Error) -> ExitStatus {
        use scoring::stance::{ModelError, TargetsError};
        let is_usage = |cause: &(dyn std::error::Error + 'static)| {
            cause.is::<UsageError>()
                || cause.is::<TargetsError>()
                // A file named on the command line or in the configuration that cannot be
                // read: missing, not a regular file, over its size limit.
                || cause.is::<collector::InputError>()
                || cause.is::<report::labels::LabelsError>()
                || cause
                    .downcast_ref::<report::ReportError>()
                    .is_some_and(report::ReportError::is_refusal)
                || cause
                    .downcast_ref::<run::RunError>()
                    .is_some_and(run::RunError::is_refusal)
                || cause
                    .downcast_ref::<run::StateError>()
                    .is_some_and(run::StateError::is_refusal)
                || cause
                    .downcast_ref::<commands::collect::OutputError>()
                    .is_some_and(commands::collect::OutputError::is_refusal)
                || matches!(
                    cause.downcast_ref(),
                    Some(
                        ModelError::Options(_)
                            | ModelError::Unreadable { .. }
                    )
                )
        };
        match error.chain().any(is_usage) {
            true => ExitStatus::UsageError,
            false => ExitStatus::Failure,
        }
    }
}

/// An error and its causes on one line, each said once: a typed error prints its cause in its
/// own message (`targets.toml: No such file or directory`) and keeps it as its source too.
pub(crate) fn describe(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let message = cause.to_string();
        if line.ends_with(&message) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&message);
    }
    line
}

/// How a run ended, as the process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    Failure = 1,
    UsageError = 2,
    PartialFailure = 3,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    scoring::threads::clamp_global_pool();
    init_logging(&cli.log_format, cli.quiet);
    commands::allow_progress(!cli.quiet && cli.log_format == "text");
    let outcome = match cli.command {
        Command::Run(args) => commands::run::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Collect(args) => commands::collect::run(args),
        Command::Config(args) => commands::config::run(args),
        Command::Extraction(args) => commands::extraction::run(args),
        Command::Language(args) => commands::language::run(args),
        Command::Sentiment(args) => commands::sentiment::run(args),
        Command::Stance(args) => commands::stance::run(args),
        Command::Evaluate(args) => commands::evaluate::run(args),
    };
    match outcome {
        Ok(status) => ExitCode::from(status as u8),
        Err(error) => {
            tracing::error!("error: {}", describe(&error));
            ExitCode::from(ExitStatus::of_error(&error) as u8)
        }
    }
}

/// Logs go to stderr: as plain lines (`error: SOURCE: REASON`) for a person at a terminal, or
/// as JSON objects with the source and reason as fields for a log collector.
fn init_logging(format: &str, quiet: bool) {
    let level = if quiet {
        tracing::Level::WARN
    } else {
        tracing::Level::INFO
    };
    let builder = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().with_current_span(false).init();
    } else {
        // Only the message: the fields repeat what it says, for the JSON form's readers.
        // Control characters are escaped: a file named "a\nerror: …" must not forge a line.
        let message_only = tracing_subscriber::fmt::format::debug_fn(|writer, field, value| {
            if field.name() != "message" {
                return Ok(());
            }
            let message = format!("{value:?}");
            if !message.contains(|c: char| c.is_control() && c != '\t') {
                return writer.write_str(&message);
            }
            for c in message.chars() {
                match c.is_control() && c != '\t' {
                    true => write!(writer, "{}", c.escape_default())?,
                    false => writer.write_char(c)?,
                }
            }
            Ok(())
        });
        builder
            .without_time()
            .with_target(false)
            .with_level(false)
            .with_ansi(false)
            .fmt_fields(message_only)
            .init();
    }
}
