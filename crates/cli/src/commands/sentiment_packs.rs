//! `reactions sentiment train | packs | eval`: the trained sentiment packs (AfriSenti).

use std::path::{Path, PathBuf};
use std::time::Instant;

use collector::input::{read_file, FileKind};
use scoring::packs::{self, Labelled, PACKS};
use scoring::{accuracy, LanguagePack, SentimentAnalyzer};

use crate::ExitStatus;

/// The pack subcommands of `reactions sentiment`.
#[derive(clap::Subcommand)]
pub enum PackCommand {
    Train(TrainArgs),
    /// List the shipped packs with the figures measured when they were trained.
    Packs,
    Eval(EvalArgs),
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions sentiment train --lang ha --train ha_train.tsv --dev ha_dev.tsv --out ha.model\n\n\
A TSV has `text<TAB>label` or AfriSenti's `ID<TAB>tweet<TAB>label`, a header line optional."
)]
/// Train a sentiment pack: a linear classifier over word and character n-grams, its L2
/// penalty chosen on the dev file, then fitted on train and dev together. Deterministic: the
/// same files give a byte-identical model. Prints what it measured as one JSON line.
pub struct TrainArgs {
    /// The language code the pack is for; its method is `afrisenti-LANG`.
    #[arg(long)]
    lang: String,
    /// Labelled training texts.
    #[arg(long)]
    train: PathBuf,
    /// Labelled texts to choose the penalty on.
    #[arg(long)]
    dev: PathBuf,
    /// Labelled texts to measure the final model on (never used to choose anything).
    #[arg(long)]
    test: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  reactions sentiment eval --data crates/scoring/data/afrisenti/tsv --english ../shared/vader/tweets.tsv"
)]
/// Measure every shipped pack on its official test file (weighted F1, accuracy, speed), and
/// the language router on the same held-out tweets and on English tweets.
pub struct EvalArgs {
    /// The directory with AfriSenti's `LANG_test.tsv` for every pack.
    #[arg(long)]
    data: PathBuf,
    /// English tweets, the text in the third column of a TSV with a header (the VADER
    /// paper's `tweets.tsv`): how many the router sends to a pack.
    #[arg(long)]
    english: Option<PathBuf>,
    /// Write the VADER-format packs' measured figures here, one JSON line each (what
    /// `crates/scoring/data/vader-accuracy.jsonl` holds): LeIA on `pt_test.tsv` in `--data`,
    /// and English VADER on the `--english` tweets when given.
    #[arg(long)]
    write_vader_accuracy: Option<PathBuf>,
}

pub fn run(command: PackCommand) -> anyhow::Result<ExitStatus> {
    match command {
        PackCommand::Train(args) => train(args),
        PackCommand::Packs => {
            list();
            Ok(ExitStatus::Success)
        }
        PackCommand::Eval(args) => eval(args),
    }
}

fn load(path: &Path) -> anyhow::Result<Vec<Labelled>> {
    let bytes = read_file(path, FileKind::SentimentInput)?;
    Ok(packs::parse_tsv(&bytes, &path.display().to_string())?)
}

fn train(args: TrainArgs) -> anyhow::Result<ExitStatus> {
    let train = load(&args.train)?;
    let dev = load(&args.dev)?;
    let test = args.test.as_deref().map(load).transpose()?;
    let (model, report) = packs::train(&args.lang, &train, &dev, test.as_deref())?;
    std::fs::write(&args.out, model.to_bytes())
        .map_err(|e| anyhow::anyhow!("writing {}: {e}", args.out.display()))?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(ExitStatus::Success)
}

/// The shipped packs and the figures measured when they were trained.
fn list() {
    println!("method\tlanguage\tmodel bytes\ttest weighted F1\ttest accuracy\tmajority-class weighted F1\ttest texts");
    for pack in &PACKS {
        let test = pack.metrics().and_then(|m| m.test);
        let figure = |f: fn(&packs::TestFigures) -> f64| {
            test.as_ref()
                .map_or("-".to_string(), |t| format!("{:.1}", f(t)))
        };
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            pack.method,
            pack.language,
            pack.model_bytes(),
            figure(|t| t.weighted_f1),
            figure(|t| t.accuracy),
            figure(|t| t.majority_weighted_f1),
            test.as_ref().map_or(0, |t| t.texts),
        );
    }
    println!("data: {}", packs::PROVENANCE);
}

/// Each pack on its test file, and its speed on one thread; then the router.
fn eval(args: EvalArgs) -> anyhow::Result<ExitStatus> {
    println!("pack\ttest texts\tweighted F1\taccuracy\tmajority weighted F1\tVADER weighted F1\ttexts/s (one thread)");
    let mut held_out: Vec<(&'static str, Vec<Labelled>)> = Vec::new();
    for pack in &PACKS {
        let test = load(&args.data.join(format!("{}_test.tsv", pack.afrisenti)))?;
        let evaluation = packs::evaluate(pack.classifier(), &test, "test")?;
        let texts: Vec<&str> = test.iter().map(|r| r.text.as_str()).collect();
        println!(
            "{}\t{}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:.0}",
            pack.method,
            test.len(),
            100.0 * evaluation.weighted_f1(),
            100.0 * evaluation.accuracy(),
            100.0 * evaluation.majority_weighted_f1(),
            100.0 * vader_weighted_f1(pack, &test),
            texts_per_second(pack, &texts),
        );
        if collector::language::ROUTER_LANGUAGES
            .iter()
            .any(|(_, lang)| *lang == pack.lang)
        {
            held_out.push((pack.lang, test));
        }
    }
    let english = match &args.english {
        Some(path) => {
            let bytes = read_file(path, FileKind::SentimentInput)?;
            String::from_utf8_lossy(&bytes)
                .lines()
                .skip(1)
                .filter_map(|line| line.split('\t').nth(2).map(str::to_string))
                .collect()
        }
        None => Vec::new(),
    };
    let vader_accuracy = vader_packs_accuracy(&args)?;
    router_confusion(&held_out, &english);
    if let Some(path) = &args.write_vader_accuracy {
        let mut lines = String::new();
        for measured in &vader_accuracy {
            lines.push_str(&serde_json::to_string(measured)?);
            lines.push('\n');
        }
        std::fs::write(path, lines)
            .map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
    }
    Ok(ExitStatus::Success)
}

/// The VADER-format packs on labelled sets: LeIA on AfriSenti's Mozambican Portuguese test
/// tweets, English VADER on the VADER paper's tweets when given; French has none.
fn vader_packs_accuracy(args: &EvalArgs) -> anyhow::Result<Vec<accuracy::Measured>> {
    let mut measured = Vec::new();
    let portuguese = args.data.join("pt_test.tsv");
    let rows = load(&portuguese)?;
    measured.push(accuracy::measure_labelled(
        SentimentAnalyzer::shared_pack(LanguagePack::Portuguese),
        &rows,
        accuracy::PORTUGUESE_TEST_SET,
        &portuguese.display().to_string(),
    )?);
    if let Some(path) = &args.english {
        let bytes = read_file(path, FileKind::SentimentInput)?;
        let tsv = std::str::from_utf8(&bytes)
            .map_err(|e| anyhow::anyhow!("{} is not UTF-8: {e}", path.display()))?;
        measured.push(accuracy::measure_vader_tweets(
            SentimentAnalyzer::shared(),
            tsv,
            &path.display().to_string(),
        )?);
    }
    println!();
    println!("VADER-format pack\ttest texts\tweighted F1\taccuracy\ttest set");
    for m in &measured {
        println!(
            "{}\t{}\t{:.2}\t{:.2}\t{}",
            m.method, m.texts, m.weighted_f1, m.accuracy, m.test_set
        );
    }
    for method in accuracy::methods().filter(|method| !measured.iter().any(|m| m.method == *method))
    {
        if let Some(accuracy::Accuracy::NotMeasured { reason }) = accuracy::of_method(method) {
            println!("{method}\t-\t-\t-\t{reason}");
        }
    }
    Ok(measured)
}

/// The router on held-out tweets: what each language's test tweets (and the English tweets)
/// become as reactions in an English article, the only place the router changes a decision
/// on its confidence alone; and its best guess among the packs' languages.
fn router_confusion(held_out: &[(&'static str, Vec<Labelled>)], english: &[String]) {
    use collector::language::{route, router_closed_set};
    let langs: Vec<&str> = held_out.iter().map(|(lang, _)| *lang).collect();
    println!();
    println!("language router on held-out tweets, as reactions in an English article (rows: truth; columns: decided)");
    println!("truth\ttweets\t{}\ten\tother", langs.join("\t"));
    // Per group (the five languages of the issue; all the router's), tweets decided right as
    // reactions in an English article, told apart among the group's languages, and in all.
    const FIVE: [&str; 5] = ["ha", "ig", "yo", "pcm", "sw"];
    let mut figures = [[0usize; 3]; 2];
    let rows = held_out
        .iter()
        .map(|(lang, rows)| {
            (
                *lang,
                rows.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
            )
        })
        .chain((!english.is_empty()).then(|| ("en", english.iter().map(String::as_str).collect())));
    for (truth, texts) in rows {
        let mut counts = vec![0usize; langs.len() + 2];
        for text in &texts {
            let decided = route(text, Some("en".to_string()));
            let column = match decided.as_deref() {
                Some("en") => langs.len(),
                Some(lang) => langs
                    .iter()
                    .position(|l| *l == lang)
                    .unwrap_or(langs.len() + 1),
                None => langs.len() + 1,
            };
            counts[column] += 1;
            if truth != "en" {
                for (group, members) in [&FIVE[..], &langs[..]].into_iter().enumerate() {
                    if members.contains(&truth) {
                        figures[group][0] += usize::from(decided.as_deref() == Some(truth));
                        figures[group][1] +=
                            usize::from(router_closed_set(text, members) == Some(truth));
                        figures[group][2] += 1;
                    }
                }
            }
        }
        let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
        println!("{truth}\t{}\t{}", texts.len(), cells.join("\t"));
    }
    for (name, [right, closed_right, total]) in [
        ("ha ig yo pcm sw", figures[0]),
        ("all the router's", figures[1]),
    ] {
        println!(
            "accuracy over {name} test tweets ({total}): {:.2}% as reactions in an English article, {:.2}% told apart from each other (the router's most probable of them)",
            100.0 * right as f64 / total.max(1) as f64,
            100.0 * closed_right as f64 / total.max(1) as f64,
        );
    }
}

/// VADER's label (from its compound, as vaderSentiment 3.3.2 gives it, every text read) on
/// the pack's test file: what the pack replaces.
fn vader_weighted_f1(pack: &packs::Pack, test: &[Labelled]) -> f64 {
    let analyzer = SentimentAnalyzer::shared();
    let labels = pack.classifier().labels();
    let pairs = test.iter().filter_map(|row| {
        let gold = labels.iter().position(|l| *l == row.label)?;
        let label = analyzer.polarity_scores(&row.text).label();
        Some((gold, labels.iter().position(|l| l == label.as_str())?))
    });
    textcat::metrics::Evaluation::new(labels.len(), pairs).weighted_f1()
}

/// Predictions per second over `texts`, repeated for at least half a second.
fn texts_per_second(pack: &packs::Pack, texts: &[&str]) -> f64 {
    let classifier = pack.classifier();
    let start = Instant::now();
    let mut done = 0usize;
    let mut checksum = 0usize;
    while start.elapsed().as_secs_f64() < 0.5 {
        for text in texts {
            checksum += classifier.predict(text).class;
        }
        done += texts.len();
    }
    std::hint::black_box(checksum);
    done as f64 / start.elapsed().as_secs_f64()
}
