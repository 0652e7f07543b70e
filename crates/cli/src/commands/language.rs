//! `reactions language train`: the language router's model (see `collector::language`).

use std::path::PathBuf;

use collector::input::{read_file, FileKind};
use collector::language::{router_training_options, ROUTER_ENGLISH, ROUTER_LANGUAGES};
use scoring::packs;

use crate::ExitStatus;

#[derive(clap::Args)]
/// Train and write the language router's model.
pub struct Args {
    #[command(subcommand)]
    command: LanguageCommand,
}

#[derive(clap::Subcommand)]
enum LanguageCommand {
    Train(TrainArgs),
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions language train --afrisenti crates/scoring/data/afrisenti/tsv \\\n    --english ../shared/stance/semeval2016-task6-trainingdata.txt --out crates/collector/data/langid.model"
)]
/// Train the router on every AfriSenti `LANG_train.tsv` of the router's languages and the
/// English tweets of a SemEval-2016 stance file. Deterministic: the same files give the same
/// bytes.
struct TrainArgs {
    /// The directory with AfriSenti's `LANG_train.tsv` files.
    #[arg(long)]
    afrisenti: PathBuf,
    /// A SemEval-2016 Task 6 file (English tweets).
    #[arg(long)]
    english: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let LanguageCommand::Train(args) = args.command;
    let mut texts: Vec<String> = Vec::new();
    let mut labels: Vec<&str> = Vec::new();
    let english = super::load_semeval(&args.english, false)?;
    for example in english.examples {
        texts.push(example.text);
        labels.push(ROUTER_ENGLISH);
    }
    for (name, _) in ROUTER_LANGUAGES {
        let path = args.afrisenti.join(format!("{name}_train.tsv"));
        let bytes = read_file(&path, FileKind::SentimentInput)?;
        for row in packs::parse_tsv(&bytes, &path.display().to_string())? {
            texts.push(row.text);
            labels.push(name);
        }
    }
    let model = textcat::Classifier::train(&texts, &labels, &router_training_options())?;
    std::fs::write(&args.out, model.to_bytes())
        .map_err(|e| anyhow::anyhow!("writing {}: {e}", args.out.display()))?;
    println!(
        "router: {} texts, classes {:?}, {} bytes",
        texts.len(),
        model.labels(),
        model.to_bytes().len()
    );
    Ok(ExitStatus::Success)
}
