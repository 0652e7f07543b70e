//! `reactions evaluate`: people's labels against the model's, per field, method and language.

use std::path::PathBuf;

use report::evaluate::{self, LabelEvaluation};
use report::labels::Labels;

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
reactions evaluate --labels checked.csv --dataset notebooks-out/\n  \
reactions evaluate --labels checked.csv --dataset notebooks-out/ --format json\n\n\
LABELS is a CSV with the columns reaction_id, field, value, author, note: field is sentiment\n\
(positive, neutral, negative), stance:TARGET (FAVOR, AGAINST, NONE) or is_reaction (true,\n\
false). A row that cannot be used is reported with its line and skipped (exit status 3); of\n\
two rows for one reaction and field, the later wins and the earlier is reported.\n\
Per field, method and language (over all languages first): the confusion matrix (people's\n\
labels in rows, the model's in columns), accuracy, macro-F1 and Cohen's kappa, with n.")]
/// Compare analysts' labels with the model's: confusion matrix, accuracy, macro-F1, kappa.
pub struct Args {
    /// The labels (CSV).
    #[arg(long)]
    labels: PathBuf,
    /// The directory holding the dataset the labels are of.
    #[arg(long)]
    dataset: PathBuf,
    /// `text` for people, `json` for a pipeline.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// When a run is writing the dataset, wait up to this many seconds for it to end instead
    /// of exiting with status 1.
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    wait_lock: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let bytes = collector::input::read_file(&args.labels, collector::input::FileKind::Labels)?;
    let _reading = match super::lock_dataset(&args.dataset, args.wait_lock) {
        Ok(lock) => lock,
        Err(status) => return Ok(status),
    };
    let data = report::dataset::read_dataset(&args.dataset)?;
    let labels = Labels::parse(&bytes, &args.labels.display().to_string(), &data)?;
    for problem in &labels.problems {
        tracing::warn!("{problem}");
    }
    let evaluations = evaluate::evaluate(&labels, &data);
    if args.format == "json" {
        let document = serde_json::json!({
            "labels": args.labels.display().to_string(),
            "dataset": args.dataset.display().to_string(),
            "applied": labels.labels.len(),
            "problems": labels.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "evaluations": evaluations,
        });
        println!("{}", serde_json::to_string_pretty(&document)?);
    } else {
        print!("{}", text(&evaluations));
    }
    Ok(match labels.problems.is_empty() {
        true => ExitStatus::Success,
        false => ExitStatus::PartialFailure,
    })
}

/// The evaluations for people: a heading, the three figures, the matrix.
fn text(evaluations: &[LabelEvaluation]) -> String {
    if evaluations.is_empty() {
        return "No label could be compared with the model's.\n".into();
    }
    let mut out = String::new();
    for e in evaluations {
        let language = match e.language.as_str() {
            evaluate::ALL_LANGUAGES => "all languages".to_string(),
            code => format!("language {code}"),
        };
        out.push_str(&format!(
            "{} · {} · {language}: n {}{}\n",
            e.field,
            e.method,
            e.n,
            match e.unscored {
                0 => String::new(),
                k => format!(" ({k} more the model claimed nothing of)"),
            }
        ));
        let kappa = e.kappa.map_or("—".to_string(), |k| format!("{k:.3}"));
        out.push_str(&format!(
            "  accuracy {:.3}   macro-F1 {:.3}   Cohen's kappa {kappa}\n",
            e.accuracy, e.macro_f1
        ));
        let width = e.classes.iter().map(|c| c.len()).max().unwrap_or(0).max(14);
        out.push_str(&format!("  {:<width$}", "people \\ model"));
        for class in &e.classes {
            out.push_str(&format!(" {class:>width$}"));
        }
        out.push('\n');
        for (class, row) in e.classes.iter().zip(&e.confusion) {
            out.push_str(&format!("  {class:<width$}"));
            for count in row {
                out.push_str(&format!(" {count:>width$}"));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
