//! The dataset's tables, column by column: each column is declared once, with its name, its
//! type, whether it may be null, how a row gives its value when the table is written and, for
//! the columns read back to rebuild a report, where the value read goes. `docs/dataset.md`
//! documents them, and `tests/dataset_docs.rs` fails when the two disagree.
//!
//! Every output takes its columns from here: the Parquet dataset ([`crate::dataset`], with
//! polars), the CSV of `reactions collect` ([`crate::writers`]), and in the Python package the
//! Arrow tables of `collect` and the schema the Spark job writes (`reactions.schema`). A new
//! column of the `reactions` table is therefore one declaration, in [`record`] for a field of
//! the reaction record or in [`reactions`] for one of its scores, and a new
//! [`SCHEMA_VERSION`].
//!
//! The declarations know no file format: each output stores a [`Type`] its own way. A column
//! missing from a table read back (a dataset of an older schema version) leaves its field at
//! its default.

use std::borrow::Cow;

use chrono::NaiveDate;
use collector::record::{Cue, Platform};
use collector::Reaction;
use scoring::SentimentStatus;
use std::sync::Arc;

use crate::labels::Source;
use crate::rows::{stored_sentiment, ArticleRow, ReactionRow, StanceRow};
use crate::summary::{ArticleAggregate, DayAggregate, SentimentTally, StanceTally};
use scoring::Stance;

/// Bumped whenever a column is added, removed, renamed or retyped: it is declared beside the
/// columns so that a new column changes this file alone.
/// Version 2 added `comment_id`, `parent_id`, `reply_depth` and `like_count` to `reactions`,
/// version 3 `cues`; an older dataset still reads, with those columns empty. Version 4 added
/// `sentiment_status` (null scores where VADER cannot read the text) and the `scored`,
/// `unscored` and `unscored_languages` counts of `articles` and `daily`; a reaction of an
/// older dataset reads as scored. Version 5 added `confidence`; a reaction of an older dataset
/// reads as certain (1). Version 6 added `sentiment_method` (`vader`, `afrisenti-ha`, …), and
/// a `scored` reaction may have a `sentiment` label and null scores (a trained pack's); a
/// scored reaction of an older dataset reads as VADER's. Version 7 added analysts' labels
/// beside the model's values: `sentiment_label`, `sentiment_label_source`, `is_reaction` and
/// `is_reaction_source` to `reactions`, `stance_label`, `stance_label_source` and
/// `is_reaction` to `stance`; an older dataset reads as the model's alone.
pub const SCHEMA_VERSION: &str = "7";

/// The type of a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// UTF-8 text.
    Text,
    /// An instant, stored as microseconds in UTC.
    Timestamp,
    /// A calendar day, without time or zone.
    Date,
    /// A count: an unsigned 32-bit integer.
    Count,
    /// A signed 64-bit integer.
    Integer,
    /// A 64-bit float.
    Float,
    /// A list of texts (the cues a reaction was found by).
    TextList,
    /// True or false.
    Bool,
}

impl Type {
    /// The type's name in `docs/dataset.md`.
    pub fn name(self) -> &'static str {
        match self {
            Type::Text => "string",
            Type::Timestamp => "timestamp[us, UTC]",
            Type::Date => "date",
            Type::Count => "uint32",
            Type::Integer => "int64",
            Type::Float => "double",
            Type::TextList => "list<string>",
            Type::Bool => "bool",
        }
    }
}

/// How a row gives a column's value, by the column's type.
pub enum Write<W> {
    /// A text, borrowed from the row where it can be.
    Text(for<'a> fn(&'a W) -> Option<Cow<'a, str>>),
    /// RFC 3339 text, stored as microseconds in UTC.
    Timestamp(for<'a> fn(&'a W) -> Option<&'a str>),
    /// A day.
    Date(fn(&W) -> NaiveDate),
    /// A count.
    Count(fn(&W) -> Option<u32>),
    /// A signed integer.
    Integer(fn(&W) -> Option<i64>),
    /// A float.
    Float(fn(&W) -> Option<f64>),
    /// A list of texts.
    TextList(for<'a> fn(&'a W) -> Vec<&'a str>),
    /// A flag.
    Bool(fn(&W) -> Option<bool>),
}

impl<W> Write<W> {
    /// The type of the values it gives.
    pub fn column_type(&self) -> Type {
        match self {
            Write::Text(_) => Type::Text,
            Write::Timestamp(_) => Type::Timestamp,
            Write::Date(_) => Type::Date,
            Write::Count(_) => Type::Count,
            Write::Integer(_) => Type::Integer,
            Write::Float(_) => Type::Float,
            Write::TextList(_) => Type::TextList,
            Write::Bool(_) => Type::Bool,
        }
    }
}

/// Where a value read goes, by the column's type.
pub enum Read<R> {
    /// A text.
    Text(fn(&mut R, Option<String>)),
    /// An instant, given back as RFC 3339 text.
    Timestamp(fn(&mut R, Option<String>)),
    /// A day.
    Date(fn(&mut R, NaiveDate)),
    /// A count.
    Count(fn(&mut R, Option<u32>)),
    /// A signed integer.
    Integer(fn(&mut R, Option<i64>)),
    /// A float.
    Float(fn(&mut R, Option<f64>)),
    /// A list of texts.
    TextList(fn(&mut R, Vec<String>)),
    /// A flag.
    Bool(fn(&mut R, Option<bool>)),
}

/// One column of a table written from rows `W` and read back into records `R`.
pub struct Column<W, R> {
    /// Its name in the table, in `docs/dataset.md` and in every schema made from it.
    pub name: &'static str,
    /// Whether a row may have no value. The Parquet files declare every column nullable, as
    /// polars writes them; the Arrow schemas of the Python package say this.
    pub nullable: bool,
    /// How a row gives its value.
    pub write: Write<W>,
    /// Where a value read back goes; `None` for a column derived from others, which reading leaves
    /// out.
    pub read: Option<Read<R>>,
}

/// A column as the readers of a table see it: what `docs/dataset.md` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Its name.
    pub name: &'static str,
    /// The type of its values.
    pub column_type: Type,
    /// Whether a row may have no value.
    pub nullable: bool,
}

impl<W, R> Column<W, R> {
    /// The column as its readers see it.
    pub fn field(&self) -> Field {
        Field {
            name: self.name,
            column_type: self.write.column_type(),
            nullable: self.nullable,
        }
    }
}

/// The dataset's tables, each with its columns in the order they are written.
pub fn schema() -> [(&'static str, Vec<Field>); 4] {
    fn fields<W, R>(columns: &[Column<W, R>]) -> Vec<Field> {
        columns.iter().map(Column::field).collect()
    }
    [
        ("reactions", fields(&reactions())),
        ("stance", fields(STANCE)),
        ("articles", fields(&articles())),
        ("daily", fields(&daily())),
    ]
}

fn borrowed(text: &str) -> Option<Cow<'_, str>> {
    Some(Cow::Borrowed(text))
}

fn maybe(text: &Option<String>) -> Option<Cow<'_, str>> {
    text.as_deref().map(Cow::Borrowed)
}

/// A row that holds one reaction record, which the record's columns ([`record`]) are written
/// from and read into: the record itself (`reactions collect`, the Python package's
/// `collect`), a row of the `reactions` table, or one read back.
pub trait HoldsReaction {
    /// The reaction record the row holds.
    fn reaction(&self) -> &Reaction;
    /// The same, to fill when the row is read back.
    fn reaction_mut(&mut self) -> &mut Reaction;
}

impl HoldsReaction for Reaction {
    fn reaction(&self) -> &Reaction {
        self
    }

    fn reaction_mut(&mut self) -> &mut Reaction {
        self
    }
}

impl HoldsReaction for ReactionRow {
    fn reaction(&self) -> &Reaction {
        &self.reaction
    }

    fn reaction_mut(&mut self) -> &mut Reaction {
        &mut self.reaction
    }
}

impl HoldsReaction for DatasetReaction {
    fn reaction(&self) -> &Reaction {
        &self.reaction
    }

    fn reaction_mut(&mut self) -> &mut Reaction {
        &mut self.reaction
    }
}

/// A `reactions` row as read back, before its sentiment is put together from its status and
/// scores.
#[derive(Default)]
pub struct DatasetReaction {
    /// The reaction record's columns.
    pub reaction: Reaction,
    /// neg, neu, pos, compound.
    pub scores: [Option<f64>; 4],
    /// `sentiment_status`; missing in datasets before version 4.
    pub status: Option<String>,
    /// The `sentiment` label, which a pack's reaction has without scores.
    pub label: Option<String>,
    /// `sentiment_method`; missing in datasets before version 6.
    pub method: Option<String>,
    /// `sentiment_label` and `sentiment_label_source`.
    pub applied: (Option<String>, Option<String>),
    /// `is_reaction` and `is_reaction_source`.
    pub is_reaction: (Option<bool>, Option<String>),
}

impl DatasetReaction {
    /// The row it was written from, filed under `date`.
    pub fn into_row(self, date: NaiveDate) -> Result<ReactionRow, String> {
        // Datasets before version 4 have no status: every reaction in them was scored.
        let status = self
            .status
            .as_deref()
            .unwrap_or(SentimentStatus::Scored.as_str());
        let sentiment = stored_sentiment(Some(status), self.scores, self.label.as_deref())?;
        // Datasets before version 6 have no method: what they scored, VADER scored.
        let method = match self.method {
            Some(method) => Some(Cow::Owned(method)),
            None => (sentiment.status() == SentimentStatus::Scored)
                .then_some(Cow::Borrowed(scoring::LanguagePack::English.method())),
        };
        let human_sentiment = match self.applied {
            (label, Some(source)) if source == Source::Human.as_str() => Some(
                label
                    .as_deref()
                    .and_then(scoring::packs::label_of)
                    .ok_or_else(|| format!("a person's sentiment_label {label:?} is no label"))?,
            ),
            _ => None,
        };
        let human_is_reaction = match self.is_reaction {
            (flag, Some(source)) if source == Source::Human.as_str() => flag,
            _ => None,
        };
        Ok(ReactionRow {
            sentiment,
            method,
            reaction: self.reaction,
            date,
            human_sentiment,
            human_is_reaction,
        })
    }
}

/// The reaction record's columns, the fields of [`Reaction`] in the order every output has
/// them: the CSV of `reactions collect`, the Python package's `collect`, and the first
/// columns of the `reactions` table. A record's JSON Lines (its serde fields) have the same
/// names.
pub fn record<W: HoldsReaction, R: HoldsReaction>() -> Vec<Column<W, R>> {
    vec![
        Column {
            name: "reaction_id",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().reaction_id)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().reaction_id = v.unwrap_or_default()
            })),
        },
        Column {
            name: "content_id",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().content_id)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().content_id = v.unwrap_or_default()
            })),
        },
        Column {
            name: "article_id",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().article_id)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().article_id = v.unwrap_or_default()
            })),
        },
        Column {
            name: "source",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().source)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().source = v.unwrap_or_default()
            })),
        },
        Column {
            name: "article_title",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().article_title)),
            read: Some(Read::Text(|s, v| s.reaction_mut().article_title = v)),
        },
        Column {
            name: "article_url",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().article_url)),
            read: Some(Read::Text(|s, v| s.reaction_mut().article_url = v)),
        },
        Column {
            name: "published_at",
            nullable: true,
            write: Write::Timestamp(|r| r.reaction().published_at.as_deref()),
            read: Some(Read::Timestamp(|s, v| s.reaction_mut().published_at = v)),
        },
        Column {
            name: "position",
            nullable: false,
            write: Write::Count(|r| Some(r.reaction().position)),
            read: Some(Read::Count(|s, v| {
                s.reaction_mut().position = v.unwrap_or(0)
            })),
        },
        Column {
            name: "platform",
            nullable: false,
            write: Write::Text(|r| borrowed(r.reaction().platform.as_str())),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().platform = v
                    .as_deref()
                    .and_then(Platform::from_name)
                    .unwrap_or_default()
            })),
        },
        Column {
            name: "handle",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().handle)),
            read: Some(Read::Text(|s, v| s.reaction_mut().handle = v)),
        },
        Column {
            name: "display_name",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().display_name)),
            read: Some(Read::Text(|s, v| s.reaction_mut().display_name = v)),
        },
        Column {
            name: "verb",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().verb)),
            read: Some(Read::Text(|s, v| s.reaction_mut().verb = v)),
        },
        Column {
            name: "text",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().text)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().text = v.unwrap_or_default()
            })),
        },
        Column {
            name: "raw_text",
            nullable: false,
            write: Write::Text(|r| borrowed(&r.reaction().raw_text)),
            read: Some(Read::Text(|s, v| {
                s.reaction_mut().raw_text = v.unwrap_or_default()
            })),
        },
        Column {
            name: "links",
            nullable: false,
            write: Write::TextList(|r| r.reaction().links.iter().map(String::as_str).collect()),
            read: Some(Read::TextList(|s, v| s.reaction_mut().links = v)),
        },
        Column {
            name: "posted_at",
            nullable: true,
            write: Write::Timestamp(|r| r.reaction().posted_at.as_deref()),
            read: Some(Read::Timestamp(|s, v| s.reaction_mut().posted_at = v)),
        },
        Column {
            name: "lang",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().lang)),
            read: Some(Read::Text(|s, v| s.reaction_mut().lang = v)),
        },
        Column {
            name: "comment_id",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().comment_id)),
            read: Some(Read::Text(|s, v| s.reaction_mut().comment_id = v)),
        },
        Column {
            name: "parent_id",
            nullable: true,
            write: Write::Text(|r| maybe(&r.reaction().parent_id)),
            read: Some(Read::Text(|s, v| s.reaction_mut().parent_id = v)),
        },
        Column {
            name: "reply_depth",
            nullable: true,
            write: Write::Count(|r| r.reaction().reply_depth),
            read: Some(Read::Count(|s, v| s.reaction_mut().reply_depth = v)),
        },
        Column {
            name: "like_count",
            nullable: true,
            write: Write::Integer(|r| r.reaction().like_count),
            read: Some(Read::Integer(|s, v| s.reaction_mut().like_count = v)),
        },
        Column {
            name: "cues",
            nullable: false,
            write: Write::TextList(|r| r.reaction().cues.iter().map(|cue| cue.as_str()).collect()),
            read: Some(Read::TextList(|s, v| {
                s.reaction_mut().cues = v.iter().filter_map(|name| Cue::from_name(name)).collect()
            })),
        },
        Column {
            name: "confidence",
            nullable: false,
            write: Write::Float(|r| Some(r.reaction().confidence)),
            read: Some(Read::Float(|s, v| {
                s.reaction_mut().confidence = v.unwrap_or(1.0)
            })),
        },
    ]
}

/// The dataset's `reactions` table: the reaction record's columns, then its sentiment.
pub fn reactions() -> Vec<Column<ReactionRow, DatasetReaction>> {
    let sentiment: [Column<ReactionRow, DatasetReaction>; 7] = [
        Column {
            name: "neg",
            nullable: true,
            write: Write::Float(|r| r.polarity().map(|p| p.neg)),
            read: Some(Read::Float(|s, v| s.scores[0] = v)),
        },
        Column {
            name: "neu",
            nullable: true,
            write: Write::Float(|r| r.polarity().map(|p| p.neu)),
            read: Some(Read::Float(|s, v| s.scores[1] = v)),
        },
        Column {
            name: "pos",
            nullable: true,
            write: Write::Float(|r| r.polarity().map(|p| p.pos)),
            read: Some(Read::Float(|s, v| s.scores[2] = v)),
        },
        Column {
            name: "compound",
            nullable: true,
            write: Write::Float(|r| r.polarity().map(|p| p.compound)),
            read: Some(Read::Float(|s, v| s.scores[3] = v)),
        },
        // The label: VADER's read from the compound (read back, it follows from the compound),
        // or a trained pack's class, which has no compound to follow from.
        Column {
            name: "sentiment",
            nullable: true,
            write: Write::Text(|r| r.label().map(|label| Cow::Borrowed(label.as_str()))),
            read: Some(Read::Text(|s, v| s.label = v)),
        },
        Column {
            name: "sentiment_status",
            nullable: false,
            write: Write::Text(|r| borrowed(r.sentiment.status().as_str())),
            read: Some(Read::Text(|s, v| s.status = v)),
        },
        Column {
            name: "sentiment_method",
            nullable: true,
            write: Write::Text(|r| r.method.as_deref().map(Cow::Borrowed)),
            read: Some(Read::Text(|s, v| s.method = v)),
        },
    ];
    // What the figures count: an analyst's label where one was given, the model's (above,
    // kept as it said) elsewhere.
    let labelled: [Column<ReactionRow, DatasetReaction>; 4] = [
        Column {
            name: "sentiment_label",
            nullable: true,
            write: Write::Text(|r| r.applied_label().map(|label| Cow::Borrowed(label.as_str()))),
            read: Some(Read::Text(|s, v| s.applied.0 = v)),
        },
        Column {
            name: "sentiment_label_source",
            nullable: true,
            write: Write::Text(|r| {
                r.applied_label()
                    .map(|_| Cow::Borrowed(Source::of(r.human_sentiment.is_some()).as_str()))
            }),
            read: Some(Read::Text(|s, v| s.applied.1 = v)),
        },
        Column {
            name: "is_reaction",
            nullable: false,
            write: Write::Bool(|r| Some(r.is_reaction())),
            read: Some(Read::Bool(|s, v| s.is_reaction.0 = v)),
        },
        Column {
            name: "is_reaction_source",
            nullable: false,
            write: Write::Text(|r| borrowed(Source::of(r.human_is_reaction.is_some()).as_str())),
            read: Some(Read::Text(|s, v| s.is_reaction.1 = v)),
        },
    ];
    let mut columns = record();
    columns.extend(sentiment);
    columns.extend(labelled);
    columns
}

/// A `stance` row as read back, before its labels are parsed.
#[derive(Default)]
pub struct DatasetStance {
    /// The reaction the row judges.
    pub reaction_id: String,
    /// The article of that reaction.
    pub article_id: String,
    /// The target judged toward.
    pub target: String,
    /// stance, method, rule.
    pub labels: [Option<String>; 3],
    /// How sure the judge was, in [0, 1].
    pub confidence: Option<f64>,
    /// The alias of the target that matched, if one did.
    pub alias: Option<String>,
    /// The span of text that decided; empty when nothing did.
    pub evidence: String,
    /// `stance_label` and `stance_label_source`.
    pub applied: (Option<String>, Option<String>),
    /// The reaction's `is_reaction`: `false` when people took the record out.
    pub is_reaction: Option<bool>,
}

impl DatasetStance {
    /// The row it was written from, filed under `date`; `targets` shares one name among the
    /// rows of a target (there is a row per reaction and target).
    pub fn into_row(
        self,
        date: NaiveDate,
        targets: &mut Vec<Arc<str>>,
    ) -> Result<StanceRow, String> {
        let (stance, method, rule) =
            StanceRow::stored_labels(self.labels.each_ref().map(|v| v.as_deref()))?;
        let target = match targets.iter().find(|t| ***t == *self.target) {
            Some(shared) => shared.clone(),
            None => {
                let shared: Arc<str> = self.target.into();
                targets.push(shared.clone());
                shared
            }
        };
        let human_stance = match self.applied {
            (stance, Some(source)) if source == Source::Human.as_str() => Some(
                stance
                    .as_deref()
                    .and_then(Stance::parse)
                    .ok_or_else(|| format!("a person's stance_label {stance:?} is no stance"))?,
            ),
            _ => None,
        };
        Ok(StanceRow {
            human_stance,
            is_reaction: self.is_reaction.unwrap_or(true),
            reaction_id: self.reaction_id,
            article_id: self.article_id,
            date,
            target,
            stance,
            confidence: self.confidence.unwrap_or(f64::NAN),
            method,
            rule,
            alias: self.alias,
            evidence: self.evidence,
        })
    }
}

/// The `stance` table's columns, in the order written: a row per reaction and target.
pub const STANCE: &[Column<StanceRow, DatasetStance>] = &[
    Column {
        name: "reaction_id",
        nullable: false,
        write: Write::Text(|r| borrowed(&r.reaction_id)),
        read: Some(Read::Text(|s, v| s.reaction_id = v.unwrap_or_default())),
    },
    Column {
        name: "article_id",
        nullable: false,
        write: Write::Text(|r| borrowed(&r.article_id)),
        read: Some(Read::Text(|s, v| s.article_id = v.unwrap_or_default())),
    },
    Column {
        name: "target",
        nullable: false,
        write: Write::Text(|r| borrowed(&r.target)),
        read: Some(Read::Text(|s, v| s.target = v.unwrap_or_default())),
    },
    Column {
        name: "stance",
        nullable: false,
        write: Write::Text(|r| borrowed(r.stance.as_str())),
        read: Some(Read::Text(|s, v| s.labels[0] = v)),
    },
    Column {
        name: "confidence",
        nullable: false,
        write: Write::Float(|r| Some(r.confidence)),
        read: Some(Read::Float(|s, v| s.confidence = v)),
    },
    Column {
        name: "method",
        nullable: false,
        write: Write::Text(|r| borrowed(r.method.as_str())),
        read: Some(Read::Text(|s, v| s.labels[1] = v)),
    },
    Column {
        name: "rule",
        nullable: false,
        write: Write::Text(|r| borrowed(r.rule.as_str())),
        read: Some(Read::Text(|s, v| s.labels[2] = v)),
    },
    Column {
        name: "alias",
        nullable: true,
        write: Write::Text(|r| maybe(&r.alias)),
        read: Some(Read::Text(|s, v| s.alias = v)),
    },
    Column {
        name: "evidence",
        nullable: false,
        write: Write::Text(|r| borrowed(&r.evidence)),
        read: Some(Read::Text(|s, v| s.evidence = v.unwrap_or_default())),
    },
    // `stance` above is the model's, kept as it said; these are what the figures count.
    Column {
        name: "stance_label",
        nullable: false,
        write: Write::Text(|r| borrowed(r.human_stance.unwrap_or(r.stance).as_str())),
        read: Some(Read::Text(|s, v| s.applied.0 = v)),
    },
    Column {
        name: "stance_label_source",
        nullable: false,
        write: Write::Text(|r| borrowed(Source::of(r.human_stance.is_some()).as_str())),
        read: Some(Read::Text(|s, v| s.applied.1 = v)),
    },
    Column {
        name: "is_reaction",
        nullable: false,
        write: Write::Bool(|r| Some(r.is_reaction)),
        read: Some(Read::Bool(|s, v| s.is_reaction = v)),
    },
];

/// `zh 280, sw 32`; null where every reaction was scored.
fn languages(tally: &SentimentTally) -> Option<Cow<'static, str>> {
    Some(tally.languages_text())
        .filter(|text| !text.is_empty())
        .map(Cow::Owned)
}

fn count(n: usize) -> Option<u32> {
    Some(n as u32)
}

/// The articles table: an article's identity and dates, read back into rows, and its
/// figures, written for dashboards only.
pub fn articles<'a>() -> [Column<ArticleAggregate<'a>, ArticleRow>; 19] {
    [
        Column {
            name: "article_id",
            nullable: false,
            write: Write::Text(|a| borrowed(&a.article.article_id)),
            read: Some(Read::Text(|r, v| r.article_id = v.unwrap_or_default())),
        },
        Column {
            name: "source",
            nullable: false,
            write: Write::Text(|a| borrowed(&a.article.source)),
            read: Some(Read::Text(|r, v| r.source = v.unwrap_or_default())),
        },
        Column {
            name: "title",
            nullable: true,
            write: Write::Text(|a| maybe(&a.article.title)),
            read: Some(Read::Text(|r, v| r.title = v)),
        },
        Column {
            name: "url",
            nullable: true,
            write: Write::Text(|a| maybe(&a.article.url)),
            read: Some(Read::Text(|r, v| r.url = v)),
        },
        Column {
            name: "published_at",
            nullable: true,
            write: Write::Timestamp(|a| a.article.published_at.as_deref()),
            read: Some(Read::Timestamp(|r, v| r.published_at = v)),
        },
        Column {
            name: "lang",
            nullable: true,
            write: Write::Text(|a| maybe(&a.article.lang)),
            read: Some(Read::Text(|r, v| r.lang = v)),
        },
        Column {
            name: "date",
            nullable: false,
            write: Write::Date(|a| a.article.date),
            read: Some(Read::Date(|r, v| r.date = v)),
        },
        Column {
            name: "reactions",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.reactions)),
            read: None,
        },
        Column {
            name: "scored",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.scored)),
            read: None,
        },
        Column {
            name: "unscored",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.unscored())),
            read: None,
        },
        Column {
            name: "unscored_languages",
            nullable: true,
            write: Write::Text(|a| languages(&a.sentiment)),
            read: None,
        },
        Column {
            name: "mean_compound",
            nullable: true,
            write: Write::Float(|a| a.sentiment.mean_compound()),
            read: None,
        },
        Column {
            name: "positive",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.positive)),
            read: None,
        },
        Column {
            name: "neutral",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.neutral)),
            read: None,
        },
        Column {
            name: "negative",
            nullable: false,
            write: Write::Count(|a| count(a.sentiment.negative)),
            read: None,
        },
        Column {
            name: "positive_share",
            nullable: true,
            write: Write::Float(|a| a.sentiment.share(a.sentiment.positive).value()),
            read: None,
        },
        Column {
            name: "negative_share",
            nullable: true,
            write: Write::Float(|a| a.sentiment.share(a.sentiment.negative).value()),
            read: None,
        },
        Column {
            name: "favor",
            nullable: false,
            write: Write::Count(|a| count(a.stance.favor)),
            read: None,
        },
        Column {
            name: "against",
            nullable: false,
            write: Write::Count(|a| count(a.stance.against)),
            read: None,
        },
    ]
}

/// A row of the daily table: a day overall (no target), or a day and one target.
pub struct DayRow<'a> {
    /// The day's aggregates.
    pub day: &'a DayAggregate,
    /// The target of this row; `None` for the day over all targets.
    pub target: Option<&'a str>,
    /// The day's stance tally toward that target; `None` on the day's overall row.
    pub stance: Option<StanceTally>,
}

/// The daily table's rows of `summary`: per day, one with a null target for the day overall,
/// then one per target in the targets' order.
pub fn day_rows<'a>(summary: &'a crate::summary::Summary) -> Vec<DayRow<'a>> {
    let mut rows = Vec::new();
    for day in &summary.days {
        rows.push(DayRow {
            day,
            target: None,
            stance: None,
        });
        for (target, tally) in &day.stance {
            rows.push(DayRow {
                day,
                target: Some(target.as_str()),
                stance: Some(*tally),
            });
        }
    }
    rows
}

/// Written for dashboards only; `reactions report` recomputes it from the reactions.
pub fn daily<'a>() -> [Column<DayRow<'a>, ()>; 13] {
    [
        Column {
            name: "date",
            nullable: false,
            write: Write::Date(|r| r.day.date),
            read: None,
        },
        Column {
            name: "target",
            nullable: true,
            write: Write::Text(|r| r.target.map(Cow::Borrowed)),
            read: None,
        },
        Column {
            name: "reactions",
            nullable: false,
            write: Write::Count(|r| count(r.day.sentiment.reactions)),
            read: None,
        },
        Column {
            name: "scored",
            nullable: false,
            write: Write::Count(|r| count(r.day.sentiment.scored)),
            read: None,
        },
        Column {
            name: "unscored",
            nullable: false,
            write: Write::Count(|r| count(r.day.sentiment.unscored())),
            read: None,
        },
        Column {
            name: "unscored_languages",
            nullable: true,
            write: Write::Text(|r| languages(&r.day.sentiment)),
            read: None,
        },
        Column {
            name: "mean_compound",
            nullable: true,
            write: Write::Float(|r| r.day.sentiment.mean_compound()),
            read: None,
        },
        Column {
            name: "positive",
            nullable: false,
            write: Write::Count(|r| count(r.day.sentiment.positive)),
            read: None,
        },
        Column {
            name: "negative",
            nullable: false,
            write: Write::Count(|r| count(r.day.sentiment.negative)),
            read: None,
        },
        Column {
            name: "favor",
            nullable: true,
            write: Write::Count(|r| r.stance.map(|t| t.favor as u32)),
            read: None,
        },
        Column {
            name: "against",
            nullable: true,
            write: Write::Count(|r| r.stance.map(|t| t.against as u32)),
            read: None,
        },
        Column {
            name: "none",
            nullable: true,
            write: Write::Count(|r| r.stance.map(|t| t.none as u32)),
            read: None,
        },
        Column {
            name: "net_stance",
            nullable: true,
            write: Write::Float(|r| r.stance.and_then(|t| t.net())),
            read: None,
        },
    ]
}
