use super::*;

const TEXTS: [&str; 8] = [
    "ina son wannan waka sosai",
    "wannan abu yayi kyau sosai",
    "allah ya kara daukaka",
    "gaskiya yayi kyau",
    "wannan banza ne",
    "ban ji dadin wannan ba",
    "wallahi wannan rashin hankali ne",
    "banza kawai ba dadi",
];
const LABELS: [&str; 8] = [
    "positive", "positive", "positive", "positive", "negative", "negative", "negative", "negative",
];

fn options() -> TrainingOptions {
    TrainingOptions {
        features: FeatureSpec {
            hash_bits: 12,
            ..FeatureSpec::default()
        },
        l2: 1e-3,
        ..TrainingOptions::default()
    }
}

#[test]
fn a_trained_model_fits_its_training_texts_and_reads_new_ones() {
    let model = Classifier::train(&TEXTS, &LABELS, &options()).unwrap();
    assert_eq!(model.labels(), ["negative", "positive"]);
    for (text, label) in TEXTS.iter().zip(LABELS) {
        assert_eq!(model.label(model.predict(text).class), label, "{text}");
    }
    assert_eq!(
        model.label(model.predict("yayi kyau sosai").class),
        "positive"
    );
    assert_eq!(
        model.label(model.predict("banza ba dadi").class),
        "negative"
    );
}

#[test]
fn training_twice_gives_the_same_bytes() {
    let first = Classifier::train(&TEXTS, &LABELS, &options()).unwrap();
    let second = Classifier::train(&TEXTS, &LABELS, &options()).unwrap();
    assert_eq!(first.to_bytes(), second.to_bytes());
}

#[test]
fn probabilities_sum_to_one_and_agree_with_predict() {
    let model = Classifier::train(&TEXTS, &LABELS, &options()).unwrap();
    for text in ["sosai", "banza", "", "😂😂"] {
        let probabilities = model.probabilities(text);
        let sum: f32 = probabilities.iter().sum();
        assert!((sum - 1.0).abs() < 1e-5, "{text}: {probabilities:?}");
        let prediction = model.predict(text);
        assert!((probabilities[prediction.class] - prediction.probability).abs() < 1e-5);
    }
}

#[test]
fn a_model_file_round_trips_and_a_damaged_one_is_refused() {
    let model = Classifier::train(&TEXTS, &LABELS, &options()).unwrap();
    let bytes = model.to_bytes();
    assert_eq!(bytes.len(), 8 + 6 + 2 + 8 + 8 + 4 + 4 * 2 + 4096 * 2);
    assert_eq!(Classifier::from_bytes(&bytes, "m").unwrap(), model);
    let error = Classifier::from_bytes(&bytes[..bytes.len() - 1], "ha.model").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("ha.model: not a textcat model"),
        "{error}"
    );
    assert!(Classifier::from_bytes(b"TEXTCAT0", "m").is_err());
}

#[test]
fn training_refuses_a_single_class_and_mismatched_lengths() {
    assert!(matches!(
        Classifier::train(&TEXTS, &["positive"; 8], &options()),
        Err(Error::Classes(1))
    ));
    assert!(matches!(
        Classifier::train(&TEXTS, &LABELS[..3], &options()),
        Err(Error::NoExamples { .. })
    ));
}

#[test]
fn afrisenti_and_plain_tsv_files_are_read() {
    let afrisenti = b"ID\ttweet\tlabel\nha_1\tina son ka\tpositive\nha_2\tbanza\tnegative\n";
    let rows = data::parse_tsv(afrisenti, "ha_train.tsv").unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[1].text.as_str(), rows[1].label.as_str()),
        ("banza", "negative")
    );
    let plain = data::parse_tsv(b"great\tpositive\n\nawful\tnegative\n", "mine.tsv").unwrap();
    assert_eq!(plain[0].text, "great");
    let error = data::parse_tsv(b"a\tpositive\nb\n", "mine.tsv").unwrap_err();
    assert_eq!(
        error.to_string(),
        "mine.tsv: line 2: expected 2 tab-separated columns"
    );
}

#[test]
fn weighted_f1_weighs_each_class_by_its_gold_count() {
    // Gold: 3 of class 0, 1 of class 1; one class-0 text predicted as 1.
    let evaluation = metrics::Evaluation::new(2, [(0, 0), (0, 0), (0, 1), (1, 1)]);
    assert_eq!(evaluation.accuracy(), 0.75);
    let f1_0 = 2.0 * 2.0 / (3.0 + 2.0);
    let f1_1 = 2.0 * 1.0 / (1.0 + 2.0);
    assert!((evaluation.weighted_f1() - (0.75 * f1_0 + 0.25 * f1_1)).abs() < 1e-12);
    assert!((evaluation.majority_weighted_f1() - 0.75 * (2.0 * 3.0 / 7.0)).abs() < 1e-12);
}
