//! Analysts' labels: a CSV in which people correct or confirm what the model said of a
//! reaction, read and checked here (and nowhere else).
//!
//! One label a row, under a header naming the columns (in any order): `reaction_id`, `field`,
//! `value`, and optionally `author` and `note`.
//!
//! | field | value |
//! | --- | --- |
//! | `sentiment` | `positive`, `neutral` or `negative` |
//! | `stance:TARGET` | `FAVOR`, `AGAINST` or `NONE` toward the configured target `TARGET` |
//! | `is_reaction` | `true` or `false`: whether the record is a reader's reaction at all |
//!
//! Values are read case-insensitively. A row that cannot be used (an unknown `reaction_id` or
//! target, a field or value not in the table) is a [`LabelProblem`] naming the file and line,
//! and is skipped; the others apply. Two usable rows for one reaction and field: the later line
//! wins, and the earlier is reported (as a duplicate when they agree, a conflict when not).
//! Only a file that cannot be read as CSV at all (no header, a broken quote) is a
//! [`LabelsError`].
//!
//! The labels that apply are put on the rows by [`LabelIndex::apply`] as they are scored:
//! the dataset then holds a person's value beside the model's, and every figure counts the
//! person's ([`crate::rows::ReactionRow::applied_label`],
//! [`crate::rows::StanceRow::counted_stance`]); a record labelled `is_reaction=false` stays in
//! the dataset, flagged, and out of every figure.

use std::collections::{HashMap, HashSet};
use std::fmt;

use scoring::{SentimentLabel, Stance};

use crate::rows::{ReactionRow, ReportData, StanceRow};

/// Who gave the value the figures count, as the dataset's `*_source` columns say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The model (the extractor, a scorer) gave it.
    Model,
    /// An analyst's label gave it.
    Human,
}

impl Source {
    /// `human` when a person gave the value, else `model`.
    pub fn of(human: bool) -> Source {
        if human {
            Source::Human
        } else {
            Source::Model
        }
    }

    /// The source as the `*_source` columns write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Model => "model",
            Source::Human => "human",
        }
    }
}

/// What a label is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelField {
    /// The reaction's sentiment label.
    Sentiment,
    /// Stance toward the target of that name.
    Stance(String),
    /// Whether the record is a reader's reaction at all.
    IsReaction,
}

impl fmt::Display for LabelField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelField::Sentiment => f.write_str("sentiment"),
            LabelField::Stance(target) => write!(f, "stance:{target}"),
            LabelField::IsReaction => f.write_str("is_reaction"),
        }
    }
}

/// What a person said the field's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A sentiment label.
    Sentiment(SentimentLabel),
    /// A stance toward the field's target.
    Stance(Stance),
    /// Whether the record is a reaction.
    IsReaction(bool),
}

impl Value {
    /// The value as the dataset writes it (`negative`, `FAVOR`, `true`).
    pub fn as_str(self) -> &'static str {
        match self {
            Value::Sentiment(label) => label.as_str(),
            Value::Stance(stance) => stance.as_str(),
            Value::IsReaction(true) => "true",
            Value::IsReaction(false) => "false",
        }
    }
}

/// One usable label.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The line of the file its row starts on, from 1 (the header).
    pub line: u64,
    /// The reaction it labels.
    pub reaction_id: String,
    /// What it labels.
    pub field: LabelField,
    /// The value the person gave.
    pub value: Value,
    /// Who gave it, as the file says.
    pub author: String,
    /// Why, as the file says.
    pub note: String,
}

/// Why a row was skipped, or overridden by a later one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The row has no `reaction_id`.
    MissingReactionId,
    /// The `reaction_id` is not one of the dataset's reactions.
    UnknownReaction(String),
    /// The field is not `sentiment`, `stance:TARGET` or `is_reaction`.
    BadField(String),
    /// The field's target is not a configured target.
    UnknownTarget(String),
    /// The value is not one the field takes.
    BadValue {
        /// The field, as written.
        field: String,
        /// The value, as written.
        value: String,
    },
    /// The same value again, on `later`: this line's label is superseded.
    Duplicate {
        /// The line of the later row.
        later: u64,
    },
    /// Another value on `later`, which wins.
    Conflict {
        /// The line of the later row.
        later: u64,
        /// This row's value.
        value: String,
        /// The later row's value, which is applied.
        later_value: String,
    },
}

/// A row of a labels file that was skipped or overridden, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct LabelProblem {
    /// The labels file, as named on the command line or in the configuration.
    pub file: String,
    /// The row's line, from 1 (the header).
    pub line: u64,
    /// Why it was skipped or overridden.
    pub problem: SkipReason,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::MissingReactionId => f.write_str("no reaction_id; skipped"),
            SkipReason::UnknownReaction(id) => {
                write!(f, "reaction_id {id:?} is not in the dataset; skipped")
            }
            SkipReason::BadField(field) => write!(
                f,
                "field {field:?} is not sentiment, stance:TARGET or is_reaction; skipped"
            ),
            SkipReason::UnknownTarget(target) => {
                write!(f, "target {target:?} is not a configured target; skipped")
            }
            SkipReason::BadValue { field, value } => {
                let expected = match field.as_str() {
                    "sentiment" => "positive, neutral or negative",
                    "is_reaction" => "true or false",
                    _ => "FAVOR, AGAINST or NONE",
                };
                write!(f, "{field} value {value:?} is not {expected}; skipped")
            }
            SkipReason::Duplicate { later } => {
                write!(f, "labelled again on line {later}, with the same value")
            }
            SkipReason::Conflict {
                later,
                value,
                later_value,
            } => write!(
                f,
                "{value} is overridden by {later_value} on line {later} (the later line wins)"
            ),
        }
    }
}

/// A labels file that cannot be read as CSV at all.
#[derive(Debug, thiserror::Error)]
pub enum LabelsError {
    /// The header lacks a column every labels file has.
    #[error("{file}: the header has no {column} column (reaction_id, field, value, author, note)")]
    MissingColumn {
        /// The labels file.
        file: String,
        /// The column it lacks.
        column: &'static str,
    },
    /// A row that is not CSV, or not valid UTF-8.
    #[error("{file}:{line}: {source}")]
    Csv {
        /// The labels file.
        file: String,
        /// The row's line.
        line: u64,
        /// What the CSV reader said.
        #[source]
        source: csv::Error,
    },
}

/// The labels of a file that apply, one per reaction and field, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels {
    /// In file order of the winning lines.
    pub labels: Vec<Label>,
    /// Every row skipped or overridden, in file order.
    pub problems: Vec<LabelProblem>,
}

impl Labels {
    /// Reads the labels in `bytes` (the file `file`, named in every problem) and keeps those
    /// that fit `data`: a `reaction_id` among its reactions, a target among its targets.
    pub fn parse(bytes: &[u8], file: &str, data: &ReportData) -> Result<Labels, LabelsError> {
        let reactions: HashSet<&str> = data
            .reactions
            .iter()
            .map(|r| r.reaction.reaction_id.as_str())
            .collect();
        Labels::parse_for(bytes, file, &|id| reactions.contains(id), &data.targets)
    }

    /// [`Labels::parse`] for a dataset that is not held: `known` says whether a
    /// `reaction_id` is in it, `targets` are its targets.
    pub fn parse_for(
        bytes: &[u8],
        file: &str,
        known: &dyn Fn(&str) -> bool,
        targets: &[String],
    ) -> Result<Labels, LabelsError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // The line a record starts on, counted here: the reader's own count, and the offset
        // it gives, do not see the blank lines before a record.
        let newlines: Vec<usize> = newline_offsets(bytes);
        let line_of = |position: Option<&csv::Position>| {
            position.map_or(1, |p| {
                let mut at = p.byte() as usize;
                while bytes.get(at).is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                    at += 1;
                }
                newlines.partition_point(|&newline| newline < at) as u64 + 1
            })
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let csv_error = |source: csv::Error| LabelsError::Csv {
            file: file.to_string(),
            line: line_of(source.position()),
            source,
        };
        let header = reader.headers().map_err(csv_error)?.clone();
        let column = |name: &'static str| header.iter().position(|h| h.trim() == name);
        let required = |name: &'static str| {
            column(name).ok_or(LabelsError::MissingColumn {
                file: file.to_string(),
                column: name,
            })
        };
        let (id_at, field_at, value_at) = (
            required("reaction_id")?,
            required("field")?,
            required("value")?,
        );
        let (author_at, note_at) = (column("author"), column("note"));

        let mut labels = Labels::default();
        let mut usable: Vec<Label> = Vec::new();
        for record in reader.records() {
            let record = record.map_err(csv_error)?;
            let line = line_of(record.position());
            let cell = |at: Option<usize>| {
                at.and_then(|i| record.get(i))
                    .unwrap_or("")
                    .trim()
                    .to_string()
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue; // a blank line a spreadsheet left
            }
            let reaction_id = cell(Some(id_at));
            let checked = check(
                &reaction_id,
                &cell(Some(field_at)),
                &cell(Some(value_at)),
                known,
                targets,
            );
            match checked {
                Ok((field, value)) => usable.push(Label {
                    line,
                    reaction_id,
                    field,
                    value,
                    author: cell(author_at),
                    note: cell(note_at),
                }),
                Err(problem) => labels.problems.push(LabelProblem {
                    file: file.to_string(),
                    line,
                    problem,
                }),
            }
        }
        // The later line wins: walk backwards, keep the first seen of each key.
        let mut winners: HashMap<(String, LabelField), (u64, Value)> = HashMap::new();
        let mut kept = Vec::new();
        for label in usable.into_iter().rev() {
            let key = (label.reaction_id.clone(), label.field.clone());
            match winners.get(&key) {
                Some(&(later, later_value)) => {
                    let problem = if later_value == label.value {
                        SkipReason::Duplicate { later }
                    } else {
                        SkipReason::Conflict {
                            later,
                            value: label.value.as_str().to_string(),
                            later_value: later_value.as_str().to_string(),
                        }
                    };
                    labels.problems.push(LabelProblem {
                        file: file.to_string(),
                        line: label.line,
                        problem,
                    });
                }
                None => {
                    winners.insert(key, (label.line, label.value));
                    kept.push(label);
                }
            }
        }
        kept.reverse();
        labels.labels = kept;
        labels.problems.sort_by_key(|p| p.line);
        Ok(labels)
    }
}

impl Labels {
    /// The labels by reaction, to put on rows as they are scored.
    pub fn index(&self) -> LabelIndex {
        let mut index = LabelIndex::default();
        for label in &self.labels {
            let labels = index
                .by_reaction
                .entry(label.reaction_id.clone())
                .or_default();
            match (&label.field, label.value) {
                (LabelField::Sentiment, Value::Sentiment(value)) => labels.sentiment = Some(value),
                (LabelField::IsReaction, Value::IsReaction(value)) => {
                    labels.is_reaction = Some(value)
                }
                (LabelField::Stance(target), Value::Stance(value)) => {
                    labels.stance.push((target.clone(), value))
                }
                _ => {} // `check` pairs every field with its kind of value
            }
        }
        index
    }
}

/// One reaction's labels.
#[derive(Debug, Clone, Default)]
struct ReactionLabels {
    sentiment: Option<SentimentLabel>,
    is_reaction: Option<bool>,
    /// Per target.
    stance: Vec<(String, Stance)>,
}

/// The labels that apply, by reaction ([`Labels::index`]).
#[derive(Debug, Clone, Default)]
pub struct LabelIndex {
    by_reaction: HashMap<String, ReactionLabels>,
}

impl LabelIndex {
    /// Puts the labels on rows, replacing any they had: a reaction's sentiment and whether it
    /// is one, a stance row's stance, and on every stance row its reaction's `is_reaction`.
    /// Rows without labels are left as the model scored them.
    pub fn apply(&self, reactions: &mut [ReactionRow], stance: &mut [StanceRow]) {
        for row in reactions {
            let labels = self.by_reaction.get(&row.reaction.reaction_id);
            row.human_sentiment = labels.and_then(|l| l.sentiment);
            row.human_is_reaction = labels.and_then(|l| l.is_reaction);
        }
        for row in stance {
            let labels = self.by_reaction.get(&row.reaction_id);
            row.is_reaction = labels.and_then(|l| l.is_reaction).unwrap_or(true);
            row.human_stance = labels.and_then(|l| {
                l.stance
                    .iter()
                    .find(|(target, _)| **target == *row.target)
                    .map(|(_, stance)| *stance)
            });
        }
    }
}

/// The offsets of the newlines in `bytes`.
fn newline_offsets(bytes: &[u8]) -> Vec<usize> {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .map(|(at, _)| at)
        .collect()
}

/// A row's field and value, or why it cannot be used.
fn check(
    reaction_id: &str,
    field: &str,
    value: &str,
    known: &dyn Fn(&str) -> bool,
    targets: &[String],
) -> Result<(LabelField, Value), SkipReason> {
    if reaction_id.is_empty() {
        return Err(SkipReason::MissingReactionId);
    }
    let field = match field {
        "sentiment" => LabelField::Sentiment,
        "is_reaction" => LabelField::IsReaction,
        _ => match field.strip_prefix("stance:") {
            Some(target) => LabelField::Stance(target.trim().to_string()),
            None => return Err(SkipReason::BadField(field.to_string())),
        },
    };
    let lower = value.to_ascii_lowercase();
    let parsed = match &field {
        LabelField::Sentiment => match lower.as_str() {
            "positive" => Some(Value::Sentiment(SentimentLabel::Positive)),
            "neutral" => Some(Value::Sentiment(SentimentLabel::Neutral)),
            "negative" => Some(Value::Sentiment(SentimentLabel::Negative)),
            _ => None,
        },
        LabelField::Stance(_) => Stance::parse(&value.to_ascii_uppercase()).map(Value::Stance),
        LabelField::IsReaction => match lower.as_str() {
            "true" => Some(Value::IsReaction(true)),
            "false" => Some(Value::IsReaction(false)),
            _ => None,
        },
    };
    let value = parsed.ok_or_else(|| SkipReason::BadValue {
        field: field.to_string(),
        value: value.to_string(),
    })?;
    if let LabelField::Stance(target) = &field {
        if !targets.iter().any(|t| t == target) {
            return Err(SkipReason::UnknownTarget(target.clone()));
        }
    }
    if !known(reaction_id) {
        return Err(SkipReason::UnknownReaction(reaction_id.to_string()));
    }
    Ok((field, value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::ReactionRow;
    use chrono::NaiveDate;
    use collector::Reaction;
    use scoring::Sentiment;

    fn data() -> ReportData {
        let row = |id: &str| ReactionRow {
            reaction: Reaction {
                reaction_id: id.into(),
                ..Reaction::default()
            },
            sentiment: Sentiment::NoText,
            method: None,
            date: NaiveDate::default(),
            human_sentiment: None,
            human_is_reaction: None,
        };
        ReportData {
            reactions: vec![row("r1"), row("r2")],
            targets: vec!["NATO".into(), "North Korea".into()],
            ..ReportData::default()
        }
    }

    #[test]
    fn every_bad_row_is_named_by_line_and_the_rest_apply() {
        let file = "\u{feff}reaction_id,field,value,author,note\n\
            r1,sentiment,Negative,ana,sarcasm\n\
            nope,sentiment,negative,ana,\n\
            r1,mood,negative,ana,\n\
            r1,sentiment,furious,ana,\n\
            r1,stance:Narnia,FAVOR,ana,\n\
            ,sentiment,negative,ana,\n\
            r2,stance:North Korea,against,bo,\"a note\non two lines\"\n\
            r2,is_reaction,false,bo,a spokesperson\n\
            r2,is_reaction,false,cy,\n\
            \n\
            r1,sentiment,positive,cy,read again\n";
        let labels = Labels::parse(file.as_bytes(), "labels.csv", &data()).unwrap();
        let problems: Vec<String> = labels.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "labels.csv:2: negative is overridden by positive on line 13 (the later line wins)",
                "labels.csv:3: reaction_id \"nope\" is not in the dataset; skipped",
                "labels.csv:4: field \"mood\" is not sentiment, stance:TARGET or is_reaction; skipped",
                "labels.csv:5: sentiment value \"furious\" is not positive, neutral or negative; skipped",
                "labels.csv:6: target \"Narnia\" is not a configured target; skipped",
                "labels.csv:7: no reaction_id; skipped",
                "labels.csv:10: labelled again on line 11, with the same value",
            ]
        );
        let applied: Vec<(u64, &str, String, &str, &str)> = labels
            .labels
            .iter()
            .map(|l| {
                (
                    l.line,
                    l.reaction_id.as_str(),
                    l.field.to_string(),
                    l.value.as_str(),
                    l.author.as_str(),
                )
            })
            .collect();
        assert_eq!(
            applied,
            [
                (8, "r2", "stance:North Korea".to_string(), "AGAINST", "bo"),
                (11, "r2", "is_reaction".to_string(), "false", "cy"),
                (13, "r1", "sentiment".to_string(), "positive", "cy"),
            ]
        );
        assert_eq!(labels.labels[0].note, "a note\non two lines");
    }

    #[test]
    fn a_file_that_is_not_a_labels_csv_is_an_error_naming_it() {
        let error = Labels::parse(b"id,label\nr1,positive\n", "mine.csv", &data()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "mine.csv: the header has no reaction_id column (reaction_id, field, value, author, note)"
        );
        let error = Labels::parse(
            b"reaction_id,field,value\nr1,sentiment,\"pos\xFF\"\n",
            "bad.csv",
            &data(),
        )
        .unwrap_err();
        assert!(error.to_string().starts_with("bad.csv:2: "), "{error}");
    }
}
