//! `reactions stance train | predict | eval | cross-validate`: the trainable stance model on
//! SemEval-2016 Task 6 files.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use scoring::stance::{semeval, RuleStance, StanceModel, StanceTrainingOptions, Target};
use scoring::{SentimentAnalyzer, Stance};

use crate::{ExitStatus, UsageError};

#[derive(clap::Args)]
/// Train, apply and evaluate stance models on SemEval-2016 Task 6 files.
pub struct Args {
    #[command(subcommand)]
    command: StanceCommand,
}

#[derive(clap::Subcommand)]
enum StanceCommand {
    Train(TrainArgs),
    Predict(PredictArgs),
    Eval(EvalArgs),
    CrossValidate(CrossValidateArgs),
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions stance train --data semeval2016-task6-trainingdata.txt --out stance.model"
)]
/// Train one linear SVM per target on word 1-3-grams and character 2-5-grams.
struct TrainArgs {
    /// SemEval-format file: header `ID Target Tweet Stance`, UTF-8 or Windows-1252.
    #[arg(long)]
    data: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// The SVM's cost parameter.
    #[arg(long, default_value_t = StanceTrainingOptions::default().c)]
    c: f64,
    /// Feature hashing table size, as a power of two.
    #[arg(long, default_value_t = StanceTrainingOptions::default().features.hash_bits)]
    hash_bits: u32,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions stance predict --model stance.model --data test.txt --output predicted.txt"
)]
/// Fill in the Stance column of a SemEval-format file (input labels are ignored).
struct PredictArgs {
    #[arg(long)]
    model: PathBuf,
    #[arg(long)]
    data: PathBuf,
    /// Output file; standard output when absent.
    #[arg(long)]
    output: Option<PathBuf>,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions stance eval --gold test-gold.txt --pred predicted.txt"
)]
/// Per-class precision, recall and F1, and the official F_avg.
struct EvalArgs {
    #[arg(long)]
    gold: PathBuf,
    #[arg(long)]
    pred: PathBuf,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions stance cross-validate --data semeval2016-task6-trainingdata.txt --folds 5"
)]
/// Stratified k-fold cross-validation: F_avg per target and overall.
struct CrossValidateArgs {
    #[arg(long)]
    data: PathBuf,
    #[arg(long, default_value_t = 5)]
    folds: usize,
    #[arg(long, default_value_t = StanceTrainingOptions::default().c)]
    c: f64,
    /// Feature hashing table size, as a power of two.
    #[arg(long, default_value_t = StanceTrainingOptions::default().features.hash_bits)]
    hash_bits: u32,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    match args.command {
        StanceCommand::Train(args) => train(args),
        StanceCommand::Predict(args) => predict(args),
        StanceCommand::Eval(args) => eval(args),
        StanceCommand::CrossValidate(args) => cross_validate(args),
    }
}

/// The training options, or the usage error that a bad value is.
fn training_options(c: f64, hash_bits: u32) -> Result<StanceTrainingOptions, UsageError> {
    if !(10..=24).contains(&hash_bits) {
        return Err(UsageError(format!(
            "--hash-bits must be between 10 and 24, not {hash_bits}"
        )));
    }
    let mut options = StanceTrainingOptions {
        c,
        ..StanceTrainingOptions::default()
    };
    options.features.hash_bits = hash_bits;
    Ok(options)
}

fn train(args: TrainArgs) -> anyhow::Result<ExitStatus> {
    let options = training_options(args.c, args.hash_bits)?;
    let data = super::load_semeval(&args.data, true)?;
    let started = Instant::now();
    let model = StanceModel::train(&data.examples, &options)?;
    let elapsed = started.elapsed();
    let inputs = [args.data.display().to_string()];
    super::collect::write_output(&args.out, &inputs, |out| out.write_all(&model.to_bytes()))?;
    for target in model.training_report() {
        eprintln!(
            "{}: {} examples (FAVOR {}, AGAINST {}, NONE {}), training-set F_avg {:.4}",
            target.name,
            target.examples,
            target.favor,
            target.against,
            target.none,
            target.training_f_avg
        );
    }
    eprintln!(
        "trained on {} examples ({}) in {:.2} s; wrote {}",
        data.examples.len(),
        data.encoding,
        elapsed.as_secs_f64(),
        args.out.display()
    );
    Ok(ExitStatus::Success)
}

fn predict(args: PredictArgs) -> anyhow::Result<ExitStatus> {
    let model = super::load_stance_model(&args.model)?;
    let data = super::load_semeval(&args.data, false)?;
    let analyzer = SentimentAnalyzer::shared();
    let rules = RuleStance::new(analyzer);
    let mut fallback_targets: Vec<String> = Vec::new();
    let mut rows: Vec<(&semeval::SemevalExample, Stance)> = Vec::with_capacity(data.examples.len());
    for example in &data.examples {
        let stance = match model.predict(&example.target, &example.text) {
            Some((stance, _)) => stance,
            None => {
                if !fallback_targets.contains(&example.target) {
                    eprintln!(
                        "warning: the model was not trained on target {:?}; its rows are judged by the rules",
                        example.target
                    );
                    fallback_targets.push(example.target.clone());
                }
                let target = Target::new(&example.target, &[], &[], &[])?;
                rules.judge(&example.text, &target).stance
            }
        };
        rows.push((example, stance));
    }
    match &args.output {
        Some(path) => {
            let inputs = [&args.model, &args.data].map(|p| p.display().to_string());
            super::collect::write_output(path, &inputs, |out| {
                semeval::write(out, &rows, data.crlf)
            })?
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            semeval::write(&mut out, &rows, data.crlf)?;
            out.flush()?;
        }
    }
    Ok(ExitStatus::Success)
}

fn eval(args: EvalArgs) -> anyhow::Result<ExitStatus> {
    let gold = super::load_semeval(&args.gold, true)?;
    let predicted = super::load_semeval(&args.pred, false)?;
    let evaluation = semeval::evaluate(&gold, &predicted)?;
    println!("{evaluation}");
    Ok(ExitStatus::Success)
}

fn cross_validate(args: CrossValidateArgs) -> anyhow::Result<ExitStatus> {
    if args.folds < 2 {
        return Err(UsageError(format!("--folds must be at least 2, not {}", args.folds)).into());
    }
    let options = training_options(args.c, args.hash_bits)?;
    let data = super::load_semeval(&args.data, true)?;
    let started = Instant::now();
    let result = StanceModel::cross_validate(&data.examples, &options, args.folds)?;
    println!(
        "{}-fold cross-validation on {} ({} examples, {}), C = {}",
        args.folds,
        args.data.display(),
        data.examples.len(),
        data.encoding,
        options.c
    );
    println!("{:<40} {:>5} {:>8}", "target", "n", "F_avg");
    for (target, evaluation) in &result.per_target {
        println!(
            "{:<40} {:>5} {:>8.4}",
            target, evaluation.examples, evaluation.f_avg
        );
    }
    println!(
        "{:<40} {:>5} {:>8.4}",
        "overall", result.overall.examples, result.overall.f_avg
    );
    println!("{}", result.overall);
    eprintln!("took {:.2} s", started.elapsed().as_secs_f64());
    Ok(ExitStatus::Success)
}
