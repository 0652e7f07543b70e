//! People's labels against the model's: `reactions evaluate`.
//!
//! Each label ([`crate::labels`]) is paired with what the dataset says of the same reaction and
//! field: the sentiment label of the method that read it, the stance row's stance toward the
//! target, and for
//! `is_reaction` the extractor's verdict (`true`: every record in a dataset is one it kept).
//! Pairs are grouped by field, method (the reaction's `sentiment_method`, `none` where no
//! method read it; the stance row's `rules` or `model`;
//! `extractor`) and language (the reaction's `lang`, `und` where undecided), once over every
//! language and once per language. A reaction the model made no claim about (one VADER cannot
//! read, toward which no stance is claimed either) is counted in `unscored` and left out.
//!
//! The metrics are those of scikit-learn with its defaults, which `tests/python` checks:
//! classes are the labels present in either column, sorted; the confusion matrix has the
//! people's labels as rows and the model's as columns; macro-F1 is the mean over those classes
//! of 2·TP / (2·TP + FP + FN); Cohen's kappa is (p₀ − pₑ) / (1 − pₑ), null where pₑ is 1 (both
//! columns a single class), where scikit-learn returns NaN.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::labels::{LabelField, Labels, Value};
use crate::rows::{ReactionRow, ReportData, StanceRow};
use crate::summary::UNDECIDED_LANGUAGE;
use scoring::stance::StanceRule;
use scoring::{SentimentLabel, Stance};

/// The method of a sentiment label paired with a reaction no sentiment method read.
pub const NO_SENTIMENT_METHOD: &str = "none";
/// The method name of the extractor's verdict that a record is a reaction.
pub const EXTRACTION_METHOD: &str = "extractor";
/// The `language` of the group over every language.
pub const ALL_LANGUAGES: &str = "all";

/// The agreement of people and model on one field, method and language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelEvaluation {
    /// The field compared: `sentiment`, `is_reaction` or `stance:TARGET`.
    pub field: String,
    /// The method that gave the model's values (`vader`, a pack's, `rules`, `model`).
    pub method: String,
    /// A language code, or [`ALL_LANGUAGES`].
    pub language: String,
    /// Labels compared.
    pub n: usize,
    /// Labels left out: the model claimed nothing of the reaction.
    pub unscored: usize,
    /// The classes, sorted: the rows and columns of `confusion`.
    pub classes: Vec<String>,
    /// `confusion[i][j]`: labelled `classes[i]` by people, `classes[j]` by the model.
    pub confusion: Vec<Vec<usize>>,
    /// The share of labels on which people and model agree.
    pub accuracy: f64,
    /// The mean F1 over the classes.
    pub macro_f1: f64,
    /// Null when chance agreement is certain.
    pub kappa: Option<f64>,
}

/// A group of labels: field, method, language.
type Group = (String, String, String);
/// People's value and the model's, absent when it claimed nothing.
type Values = (String, Option<String>);

/// One label beside what the model said of the same reaction and field: what
/// [`agreement`] measures in the report's "Checked by people" section, kept with the tallies
/// so that a run that does not hold every row still has them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// `sentiment`, `stance:TARGET` or `is_reaction`.
    pub field: String,
    /// The reaction's `sentiment_method` ([`NO_SENTIMENT_METHOD`] where none read it), the
    /// stance row's method, or [`EXTRACTION_METHOD`].
    pub method: String,
    /// The person's value.
    pub human: String,
    /// The model's; `None` where it claimed nothing.
    pub model: Option<String>,
}

impl Check {
    /// A person's sentiment label of `row`, beside the model's.
    pub fn sentiment(row: &ReactionRow, human: SentimentLabel) -> Check {
        Check {
            field: LabelField::Sentiment.to_string(),
            method: row
                .method
                .as_deref()
                .unwrap_or(NO_SENTIMENT_METHOD)
                .to_string(),
            human: human.as_str().to_string(),
            model: row.label().map(|l| l.as_str().to_string()),
        }
    }

    /// A person's verdict on whether a record is a reaction, beside the extractor's (`true`:
    /// every record is one it kept).
    pub fn is_reaction(human: bool) -> Check {
        Check {
            field: LabelField::IsReaction.to_string(),
            method: EXTRACTION_METHOD.to_string(),
            human: Value::IsReaction(human).as_str().to_string(),
            model: Some(Value::IsReaction(true).as_str().to_string()),
        }
    }

    /// A person's stance of `row`'s reaction toward its target, beside the model's.
    pub fn stance(row: &StanceRow, human: Stance) -> Check {
        Check {
            field: LabelField::Stance(row.target.to_string()).to_string(),
            method: row.method.as_str().to_string(),
            human: human.as_str().to_string(),
            model: (row.rule != StanceRule::Unreadable).then(|| row.stance.as_str().to_string()),
        }
    }

    /// The people's labels on scored rows, as they stand on them.
    pub fn of_rows(reactions: &[ReactionRow], stance: &[StanceRow]) -> Vec<Check> {
        let mut checks = Vec::new();
        for row in reactions {
            if let Some(human) = row.human_sentiment {
                checks.push(Check::sentiment(row, human));
            }
            if let Some(human) = row.human_is_reaction {
                checks.push(Check::is_reaction(human));
            }
        }
        for row in stance {
            if let Some(human) = row.human_stance {
                checks.push(Check::stance(row, human));
            }
        }
        checks
    }

    fn values(&self) -> Values {
        (self.human.clone(), self.model.clone())
    }
}

/// Every evaluation of `labels` against `data`, by field, method and language (over every
/// language first), in that order.
pub fn evaluate(labels: &Labels, data: &ReportData) -> Vec<LabelEvaluation> {
    let reactions: HashMap<&str, &ReactionRow> = data
        .reactions
        .iter()
        .map(|r| (r.reaction.reaction_id.as_str(), r))
        .collect();
    let stance: HashMap<(&str, &str), &StanceRow> = data
        .stance
        .iter()
        .map(|s| ((s.reaction_id.as_str(), &*s.target), s))
        .collect();
    let mut groups: BTreeMap<Group, Vec<Values>> = BTreeMap::new();
    for label in &labels.labels {
        let Some(row) = reactions.get(label.reaction_id.as_str()) else {
            continue; // Labels::parse keeps only labels of the dataset's reactions
        };
        let language = row
            .reaction
            .lang
            .clone()
            .unwrap_or_else(|| UNDECIDED_LANGUAGE.to_string());
        let check = match (&label.field, label.value) {
            (LabelField::Sentiment, Value::Sentiment(human)) => Check::sentiment(row, human),
            (LabelField::Stance(target), Value::Stance(human)) => {
                match stance.get(&(label.reaction_id.as_str(), target.as_str())) {
                    Some(judged) => Check::stance(judged, human),
                    None => continue, // no row toward a configured target: nothing to compare
                }
            }
            (LabelField::IsReaction, Value::IsReaction(human)) => Check::is_reaction(human),
            _ => continue, // Labels::parse pairs every field with its kind of value
        };
        for language in [ALL_LANGUAGES.to_string(), language] {
            groups
                .entry((check.field.clone(), check.method.clone(), language))
                .or_default()
                .push(check.values());
        }
    }
    // Over every language first, then each language in order.
    let mut keys: Vec<&Group> = groups.keys().collect();
    keys.sort_by_key(|(field, method, language)| {
        (field, method, language != ALL_LANGUAGES, language)
    });
    keys.into_iter()
        .filter_map(|key| {
            let (field, method, language) = key.clone();
            measure(field, method, language, &groups[key])
        })
        .collect()
}

/// The agreement of people and model over `checks`, per field and method, over every
/// language: the rows of [`evaluate`] whose language is [`ALL_LANGUAGES`], for labels kept as
/// checks.
pub fn agreement(checks: &[Check]) -> Vec<LabelEvaluation> {
    let mut groups: BTreeMap<(&str, &str), Vec<Values>> = BTreeMap::new();
    for check in checks {
        groups
            .entry((&check.field, &check.method))
            .or_default()
            .push(check.values());
    }
    groups
        .into_iter()
        .filter_map(|((field, method), values)| {
            measure(
                field.to_string(),
                method.to_string(),
                ALL_LANGUAGES.to_string(),
                &values,
            )
        })
        .collect()
}

/// The metrics of one group; `None` when the model claimed nothing of any of it.
fn measure(
    field: String,
    method: String,
    language: String,
    pairs: &[Values],
) -> Option<LabelEvaluation> {
    let compared: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(human, model)| Some((human.as_str(), model.as_deref()?)))
        .collect();
    let unscored = pairs.len() - compared.len();
    if compared.is_empty() {
        return None;
    }
    let mut classes: Vec<String> = compared
        .iter()
        .flat_map(|(h, m)| [h.to_string(), m.to_string()])
        .collect();
    classes.sort();
    classes.dedup();
    let index = |label: &str| classes.iter().position(|c| c == label).unwrap_or(0);
    let k = classes.len();
    let mut confusion = vec![vec![0usize; k]; k];
    for (human, model) in &compared {
        confusion[index(human)][index(model)] += 1;
    }
    let n = compared.len();
    let total = n as f64;
    let agreed: usize = (0..k).map(|i| confusion[i][i]).sum();
    let rows: Vec<usize> = (0..k).map(|i| confusion[i].iter().sum()).collect();
    let columns: Vec<usize> = (0..k)
        .map(|j| (0..k).map(|i| confusion[i][j]).sum())
        .collect();
    let f1: f64 = (0..k)
        .map(|i| {
            let tp = confusion[i][i] as f64;
            let (false_negative, false_positive) = (rows[i] as f64 - tp, columns[i] as f64 - tp);
            2.0 * tp / (2.0 * tp + false_positive + false_negative)
        })
        .sum();
    let observed = agreed as f64 / total;
    let chance: f64 = (0..k)
        .map(|i| rows[i] as f64 * columns[i] as f64)
        .sum::<f64>()
        / (total * total);
    Some(LabelEvaluation {
        field,
        method,
        language,
        n,
        unscored,
        classes,
        confusion,
        accuracy: observed,
        macro_f1: f1 / k as f64,
        kappa: (chance < 1.0).then(|| (observed - chance) / (1.0 - chance)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|(h, m)| (h.to_string(), m.map(str::to_string)))
            .collect()
    }

    #[test]
    fn metrics_match_worked_values() {
        // people: pos pos neg neu neg; model: pos neg neg neu pos; one unscored.
        let group = pairs(&[
            ("positive", Some("positive")),
            ("positive", Some("negative")),
            ("negative", Some("negative")),
            ("neutral", Some("neutral")),
            ("negative", Some("positive")),
            ("negative", None),
        ]);
        let e = measure("sentiment".into(), "vader".into(), "en".into(), &group).unwrap();
        assert_eq!(e.classes, ["negative", "neutral", "positive"]);
        assert_eq!(e.confusion, [[1, 0, 1], [0, 1, 0], [1, 0, 1]]);
        assert_eq!((e.n, e.unscored), (5, 1));
        assert!((e.accuracy - 0.6).abs() < 1e-12);
        // F1: negative 0.5, neutral 1, positive 0.5.
        assert!((e.macro_f1 - 2.0 / 3.0).abs() < 1e-12);
        // p0 = 0.6, pe = (2·2 + 1·1 + 2·2) / 25 = 0.36: kappa = 0.24 / 0.64.
        assert!((e.kappa.unwrap() - 0.375).abs() < 1e-12);
    }

    #[test]
    fn one_class_on_both_sides_has_no_kappa() {
        let group = pairs(&[("true", Some("true")), ("true", Some("true"))]);
        let e = measure(
            "is_reaction".into(),
            "extractor".into(),
            "all".into(),
            &group,
        )
        .unwrap();
        assert_eq!((e.accuracy, e.macro_f1, e.kappa), (1.0, 1.0, None));
        assert!(measure("x".into(), "y".into(), "z".into(), &pairs(&[("a", None)])).is_none());
    }
}
