//! `reactions extraction train | cross-validate | eval`: the extractor's decision, learned from
//! articles labelled by hand and measured on them.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use collector::input::{read_file, FileKind, InputSource};
use collector::labelled::{self, LabelledArticle};
use extract::Decision;

use crate::{ExitStatus, UsageError};

#[derive(clap::Args)]
/// Train and measure the decision that keeps a candidate as a reaction.
pub struct Args {
    #[command(subcommand)]
    command: ExtractionCommand,
}

#[derive(clap::Subcommand)]
enum ExtractionCommand {
    Train(TrainArgs),
    CrossValidate(CrossValidateArgs),
    Eval(EvalArgs),
    Explain(ExplainArgs),
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions extraction train --data ../shared/extraction/dev --out crates/extract/data/decision.json"
)]
/// Fit the decision (a logistic regression over each candidate's features) to labelled
/// articles: NAME.txt or NAME.html, each with NAME.expected.json beside it.
struct TrainArgs {
    /// The directory of labelled articles.
    #[arg(long)]
    data: PathBuf,
    /// Where to write the decision (JSON).
    #[arg(long)]
    out: PathBuf,
    /// What the file should say it was trained on; the data directory's name when absent.
    #[arg(long)]
    trained_on: Option<String>,
    /// The L2 penalty on the weights: larger fits the labels less closely.
    #[arg(long, default_value_t = labelled::DEFAULT_L2)]
    l2: f64,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions extraction cross-validate --data ../shared/extraction/dev --folds 5"
)]
/// Cross-validation by article: train on all folds but one, score the one left out, as the
/// project's scorer counts (recall and precision over labelled reactions).
struct CrossValidateArgs {
    #[arg(long)]
    data: PathBuf,
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// The L2 penalty on the weights.
    #[arg(long, default_value_t = labelled::DEFAULT_L2)]
    l2: f64,
    /// Keep candidates from this probability: the figures a `confidence` filter would give.
    #[arg(long, default_value_t = labelled::THRESHOLD)]
    threshold: f64,
    /// Also print each article that lost a reaction or kept a spurious one, with its tally.
    #[arg(long)]
    verbose: bool,
}

#[derive(clap::Args)]
#[command(after_help = "Example:\n  reactions extraction eval --data ../shared/extraction/dev")]
/// Recall and precision of a decision (the bundled one unless --decision) on labelled articles.
struct EvalArgs {
    #[arg(long)]
    data: PathBuf,
    /// A decision file written by `reactions extraction train`.
    #[arg(long)]
    decision: Option<PathBuf>,
}

#[derive(clap::Args)]
#[command(after_help = "Example:\n  reactions extraction explain article.txt")]
/// Every candidate of an article with the decision's probability and the features that
/// weighed most: why a quote was or was not taken.
struct ExplainArgs {
    /// An article (text or HTML).
    article: PathBuf,
    /// A decision file written by `reactions extraction train`; the bundled one when absent.
    #[arg(long)]
    decision: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    match args.command {
        ExtractionCommand::Train(args) => train(args),
        ExtractionCommand::CrossValidate(args) => cross_validate(args),
        ExtractionCommand::Eval(args) => eval(args),
        ExtractionCommand::Explain(args) => explain(args),
    }
}

fn read(data: &std::path::Path) -> anyhow::Result<Vec<LabelledArticle>> {
    Ok(labelled::read_labelled(data)?)
}

fn train(args: TrainArgs) -> anyhow::Result<ExitStatus> {
    let articles = read(&args.data)?;
    let name = args
        .trained_on
        .unwrap_or_else(|| args.data.display().to_string());
    let examples: usize = articles.iter().map(|a| labelled::examples(a).len()).sum();
    let reactions: usize = articles.iter().map(|a| a.expected.len()).sum();
    let decision = labelled::train(
        &articles,
        args.l2,
        format!(
            "{name}: {} articles, {reactions} labelled reactions, {examples} candidates",
            articles.len()
        ),
    );
    let inputs = [args.data.display().to_string()];
    super::collect::write_output(&args.out, &inputs, |out| {
        out.write_all(decision.to_json().as_bytes())
    })?;
    println!("{}", decision.trained_on);
    println!("on the training articles: {}", total(&articles, &decision));
    Ok(ExitStatus::Success)
}

fn cross_validate(args: CrossValidateArgs) -> anyhow::Result<ExitStatus> {
    if args.folds < 2 {
        return Err(UsageError("--folds must be at least 2".into()).into());
    }
    let articles = read(&args.data)?;
    if articles.len() < args.folds {
        return Err(UsageError(format!(
            "{} labelled articles cannot make {} folds",
            articles.len(),
            args.folds
        ))
        .into());
    }
    let by_article =
        labelled::cross_validate_by_article(&articles, args.folds, args.l2, args.threshold);
    if args.verbose {
        for (article, tally) in &by_article {
            if tally.hits < tally.expected || tally.predicted > tally.hits {
                println!(
                    "{}: {}/{} found, {} spurious",
                    article.path.display(),
                    tally.hits,
                    tally.expected,
                    tally.predicted - tally.hits
                );
            }
        }
    }
    let tally: labelled::Tally = by_article.into_iter().map(|(_, tally)| tally).sum();
    println!("{}-fold cross-validation by article: {tally}", args.folds);
    Ok(ExitStatus::Success)
}

fn decision(path: Option<&std::path::Path>) -> anyhow::Result<Decision> {
    let Some(path) = path else {
        return Ok(Decision::bundled().clone());
    };
    let bytes = read_file(path, FileKind::Extraction)?;
    let json = String::from_utf8_lossy(&bytes);
    Ok(Decision::from_json(&json)
        .map_err(|error| UsageError(format!("{}: {error}", path.display())))?)
}

fn eval(args: EvalArgs) -> anyhow::Result<ExitStatus> {
    let articles = read(&args.data)?;
    let decision = decision(args.decision.as_deref())?;
    println!("{}", total(&articles, &decision));
    Ok(ExitStatus::Success)
}

fn explain(args: ExplainArgs) -> anyhow::Result<ExitStatus> {
    let decision = decision(args.decision.as_deref())?;
    let bytes = collector::input::read(
        &InputSource::Path(args.article.clone()),
        collector::DEFAULT_MAX_INPUT_BYTES,
    )?;
    let content = collector::input::decode(&bytes).0;
    let extension = args.article.extension().and_then(|e| e.to_str());
    let document = extract::formats::for_input(extension, &content).parse(&content);
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written =
        write_explanation(&mut stdout, &document, &decision).and_then(|()| stdout.flush());
    match written {
        // The reader has all it wants (`reactions extraction explain page.html | head`): done.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitStatus::Success),
        Err(error) => Err(error).context("writing standard output"),
        Ok(()) => Ok(ExitStatus::Success),
    }
}

/// Each candidate on two lines: kept or dropped, its probability, author and text; then the
/// features that weighed most.
fn write_explanation(
    out: &mut impl Write,
    document: &extract::Document,
    decision: &Decision,
) -> std::io::Result<()> {
    let candidates = extract::find::find_candidates(document);
    let confidences = decision.confidences(&candidates);
    for (candidate, confidence) in candidates.iter().zip(confidences) {
        let found = &candidate.found;
        let probability = decision.probability(&candidate.features);
        let verdict = match confidence {
            None => "drop",
            // Below the threshold, kept with the most of its run.
            Some(_) if probability < decision.threshold && !found.is_certain() => "KEEP (run)",
            Some(_) => "KEEP",
        };
        let author = found
            .handle
            .as_deref()
            .map(|h| format!("@{h}"))
            .or(found.display_name.clone())
            .unwrap_or_else(|| "(anonymous)".into());
        let text: String = found.raw_text.chars().take(70).collect();
        writeln!(
            out,
            "{verdict} {probability:.2} {author}: {}",
            text.replace('\n', " ")
        )?;
        let mut weighed: Vec<(&str, f64)> = decision
            .weights
            .iter()
            .zip(&candidate.features)
            .filter(|(_, value)| **value != 0.0)
            .map(|((name, weight), value)| (name.as_str(), weight * value))
            .collect();
        weighed.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        let line: Vec<String> = weighed
            .iter()
            .map(|(name, weight)| format!("{name} {weight:+.2}"))
            .collect();
        writeln!(out, "     {}", line.join(", "))?;
    }
    Ok(())
}

fn total(articles: &[LabelledArticle], decision: &Decision) -> labelled::Tally {
    articles
        .iter()
        .map(|article| labelled::tally(article, decision))
        .sum()
}
