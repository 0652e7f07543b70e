//! The `reactions` command: wires the collector, scoring and report libraries together.
//!
//! Each subcommand lives in `commands/` and only parses its arguments, calls the libraries and
//! maps the outcome to an exit status: 0 when every input succeeded, 3 when some failed but
//! the run completed, 2 on a usage error, 1 on anything else.

mod commands;

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
}

#[derive(Subcommand)]
enum Command {
    Run(commands::run::Args),
    Report(commands::report::Args),
    Collect(commands::collect::Args),
    Sentiment(commands::sentiment::Args),
    Stance(commands::stance::Args),
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
    let outcome = match cli.command {
        Command::Run(args) => commands::run::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Collect(args) => commands::collect::run(args),
        Command::Sentiment(args) => commands::sentiment::run(args),
        Command::Stance(args) => commands::stance::run(args),
    };
    match outcome {
        Ok(status) => ExitCode::from(status as u8),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(ExitStatus::Failure as u8)
        }
    }
}
