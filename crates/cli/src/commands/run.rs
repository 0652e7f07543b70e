//! `reactions run`: collect, score (sentiment and stance) and report in one go.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use chrono::NaiveDate;
use report::rows::{filing_date, ArticleRow, ReactionRow, ReportData, StanceRow};
use report::Outputs;
use scoring::stance::TargetSet;
use scoring::{SentimentAnalyzer, StanceJudge, StanceModel};

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions run                                      # data/ with data/targets.toml into notebooks-out/\n  \
reactions run articles/ --targets targets.toml --out out/\n  \
reactions run articles/ --stance-model stance.model --out out/\n\n\
Writes DIR/reactions/, stance/, articles/, daily/ (Parquet), DIR/tables/ (CSV, Markdown),\n\
DIR/report.html and DIR/report.ipynb.\n\
Exit status: 0 when every input was read, 3 when some failed, 2 on a usage or configuration error.")]
/// Collect reactions, score sentiment and stance, and write the dataset and report.
pub struct Args {
    /// Files, directories, glob patterns or `-`; the bundled `data/` when absent.
    inputs: Vec<String>,
    /// Stance targets (TOML); `data/targets.toml` when absent and present.
    #[arg(long)]
    targets: Option<PathBuf>,
    /// A model from `reactions stance train`: it decides for its targets, the rules for the rest.
    #[arg(long)]
    stance_model: Option<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "notebooks-out")]
    out: PathBuf,
    /// The day rows without a publish date are filed under (default: today, UTC).
    #[arg(long)]
    collected_on: Option<NaiveDate>,
    #[command(flatten)]
    input: super::InputArgs,
}

const DEFAULT_INPUT: &str = "data/";
const DEFAULT_TARGETS: &str = "data/targets.toml";

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let targets = match &args.targets {
        Some(path) => TargetSet::load(path),
        None if std::path::Path::new(DEFAULT_TARGETS).exists() => {
            TargetSet::load(std::path::Path::new(DEFAULT_TARGETS))
        }
        None => Ok(TargetSet::default()),
    };
    let targets = match targets {
        Ok(targets) => targets,
        Err(error) => {
            eprintln!("error: {error}");
            return Ok(ExitStatus::UsageError);
        }
    };
    let model = match &args.stance_model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            match StanceModel::from_bytes(&bytes, &path.display().to_string()) {
                Ok(model) => Some(model),
                Err(error) => {
                    eprintln!("error: {error}");
                    return Ok(ExitStatus::UsageError);
                }
            }
        }
        None => None,
    };

    let inputs = if args.inputs.is_empty() {
        vec![DEFAULT_INPUT.to_string()]
    } else {
        args.inputs.clone()
    };
    let collection = collector::collect(&inputs, &args.input.options());
    super::print_problems(&collection);

    let collected_on = args
        .collected_on
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let analyzer = SentimentAnalyzer::shared();
    let judge = StanceJudge::new(analyzer, &targets, model.as_ref());
    if model.is_some() {
        for target in judge.targets_without_model() {
            eprintln!("note: the stance model does not know target {target:?}; the rules judge it");
        }
    }

    let texts: Vec<&str> = collection
        .reactions
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    let polarities = analyzer.polarity_scores_batch(&texts);
    let articles: Vec<ArticleRow> = collection
        .articles
        .iter()
        .map(|a| ArticleRow::new(a, collected_on))
        .collect();
    let article_dates: std::collections::HashMap<&str, NaiveDate> = articles
        .iter()
        .map(|a| (a.article_id.as_str(), a.date))
        .collect();
    let summary = super::summary_line(&collection);
    let reactions: Vec<ReactionRow> = collection
        .reactions
        .into_iter()
        .zip(polarities)
        .map(|(reaction, polarity)| {
            // A thread runs over days and dumps seldom date the post, so a comment is filed
            // under the day it was posted; a quoted reaction under its article's day.
            let date = match (&reaction.comment_id, &reaction.posted_at) {
                (Some(_), Some(posted)) => filing_date(Some(posted), collected_on),
                _ => article_dates
                    .get(reaction.article_id.as_str())
                    .copied()
                    .unwrap_or(collected_on),
            };
            ReactionRow {
                reaction,
                polarity,
                date,
            }
        })
        .collect();
    let target_names: Vec<Arc<str>> = targets
        .targets()
        .iter()
        .map(|t| Arc::from(t.name.as_str()))
        .collect();
    let stance: Vec<StanceRow> = reactions
        .iter()
        .flat_map(|row| {
            judge
                .judge(&row.reaction.text)
                .into_iter()
                .zip(&target_names)
                .map(move |(judgement, target)| StanceRow::new(row, target.clone(), &judgement))
        })
        .collect();
    let data = ReportData {
        articles,
        reactions,
        stance,
        targets: targets.targets().iter().map(|t| t.name.clone()).collect(),
    };
    report::write_report(&args.out, &data, Outputs::Everything)?;

    eprintln!(
        "run: {}; {} stance rows ({} targets); wrote {}",
        summary,
        data.stance.len(),
        data.targets.len(),
        args.out.join("report.html").display()
    );
    Ok(if collection.errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::PartialFailure
    })
}
