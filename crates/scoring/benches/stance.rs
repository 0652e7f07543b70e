//! Stance speed: training on the SemEval-2016 training file and predicting with the model,
//! on one core. Usage: `cargo bench -p scoring --bench stance -- /abs/path/to/shared`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use scoring::stance::{semeval, RuleStance, StanceModel, StanceTrainingOptions, Target};
use scoring::SentimentAnalyzer;

fn main() {
    let shared = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"));
    let path = shared.join("stance/semeval2016-task6-trainingdata.txt");
    let data = std::fs::read(&path).map(|bytes| semeval::parse(&bytes, "training data", true));
    let Ok(Ok(data)) = data else {
        println!("stance bench SKIPPED: {} is not available", path.display());
        return;
    };
    let options = StanceTrainingOptions::default();

    let started = Instant::now();
    let model = StanceModel::train(&data.examples, &options).unwrap();
    let training = started.elapsed().as_secs_f64();
    println!(
        "stance train: {} tweets in {:.2} s on one core (target < 10 s)",
        data.examples.len(),
        training
    );

    let texts: Vec<(&str, &str)> = data
        .examples
        .iter()
        .map(|e| (e.target.as_str(), e.text.as_str()))
        .collect();
    let rounds = 40;
    let started = Instant::now();
    for _ in 0..rounds {
        for (target, text) in &texts {
            black_box(model.predict(target, text));
        }
    }
    let rate = (rounds * texts.len()) as f64 / started.elapsed().as_secs_f64();
    println!("stance predict (model): {rate:.0} texts/s on one core (target >= 100,000)");

    let rules = RuleStance::new(SentimentAnalyzer::shared());
    let target = Target::new(
        "Hillary Clinton",
        &["Hillary", "Clinton", "@HillaryClinton"],
        &[],
        &[],
    )
    .unwrap();
    let started = Instant::now();
    for (_, text) in &texts {
        black_box(rules.judge(text, &target));
    }
    let rate = texts.len() as f64 / started.elapsed().as_secs_f64();
    println!("stance judge (rules, one target): {rate:.0} texts/s on one core");
}
