//! `reactions config check`: validate a configuration and print the one a run would use.

use std::path::PathBuf;

use crate::config;
use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions config check reactions.toml\n  \
REACTIONS_HTTP_CONCURRENCY=4 reactions config check reactions.toml\n  \
reactions config check                 # the embedded default\n\n\
Exit status: 0 when valid, 2 when not (the error names the key and line, or the variable).")]
/// Work with the job's configuration.
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Validate FILE (the embedded default when absent), apply environment overrides, and print
    /// the effective configuration as TOML.
    Check { file: Option<PathBuf> },
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let Action::Check { file } = args.action;
    let loaded = match config::load(file.as_deref(), std::env::vars()) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("error: {error}");
            return Ok(ExitStatus::UsageError);
        }
    };
    if let Some(targets) = &loaded.config.targets {
        if loaded.file.is_some() || targets.exists() {
            if let Err(error) = super::load_targets(targets) {
                eprintln!("error: targets: {}", crate::describe(&error));
                return Ok(ExitStatus::UsageError);
            }
        }
    }
    if let Some(model) = &loaded.config.stance_model {
        if !model.exists() {
            eprintln!("error: stance_model: {} does not exist", model.display());
            return Ok(ExitStatus::UsageError);
        }
    }
    print!("{}", config::render(&loaded.config));
    Ok(ExitStatus::Success)
}
