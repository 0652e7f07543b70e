//! The dataset's tables, column by column: each column is declared once, with its name, its
//! type, how a row gives its value when the table is written and, for the columns read back
//! to rebuild a report, where the value read goes. `docs/dataset.md` documents them.
//!
//! The declarations know no file format: [`crate::dataset`] writes and reads them with polars
//! (`reactions run`, `reactions report`), and the Python package reads them from Arrow (the
//! Spark job's report). A column missing from a table (a dataset of an older schema version)
//! leaves its field at its default when read.

use std::borrow::Cow;

use chrono::NaiveDate;
use collector::record::{Cue, Platform};
use collector::Reaction;
use scoring::SentimentStatus;
use std::sync::Arc;

use crate::rows::{stored_sentiment, ArticleRow, ReactionRow, StanceRow};
use crate::summary::{ArticleAggregate, DayAggregate, SentimentTally, StanceTally};

/// How a row gives a column's value, by the column's type.
pub enum Write<W> {
    Text(for<'a> fn(&'a W) -> Option<Cow<'a, str>>),
    /// RFC 3339 text, stored as microseconds in UTC.
    Timestamp(for<'a> fn(&'a W) -> Option<&'a str>),
    Date(fn(&W) -> NaiveDate),
    Count(fn(&W) -> Option<u32>),
    Integer(fn(&W) -> Option<i64>),
    Float(fn(&W) -> Option<f64>),
    TextList(for<'a> fn(&'a W) -> Vec<&'a str>),
}

/// Where a value read goes, by the column's type.
pub enum Read<R> {
    Text(fn(&mut R, Option<String>)),
    Timestamp(fn(&mut R, Option<String>)),
    Date(fn(&mut R, NaiveDate)),
    Count(fn(&mut R, Option<u32>)),
    Integer(fn(&mut R, Option<i64>)),
    Float(fn(&mut R, Option<f64>)),
    TextList(fn(&mut R, Vec<String>)),
}

/// One column of a table written from rows `W` and read back into records `R`.
pub struct Column<W, R> {
    pub name: &'static str,
    pub write: Write<W>,
    pub read: Option<Read<R>>,
}

fn borrowed(text: &str) -> Option<Cow<'_, str>> {
    Some(Cow::Borrowed(text))
}

fn maybe(text: &Option<String>) -> Option<Cow<'_, str>> {
    text.as_deref().map(Cow::Borrowed)
}

/// A `reactions` row as read back, before its sentiment is put together from its status and
/// scores.
#[derive(Default)]
pub struct StoredReaction {
    pub reaction: Reaction,
    /// neg, neu, pos, compound.
    pub scores: [Option<f64>; 4],
    pub status: Option<String>,
}

impl StoredReaction {
    /// The row it was written from, filed under `date`.
    pub fn into_row(self, date: NaiveDate) -> Result<ReactionRow, String> {
        // Datasets before version 4 have no status: every reaction in them was scored.
        let status = self
            .status
            .as_deref()
            .unwrap_or(SentimentStatus::Scored.as_str());
        Ok(ReactionRow {
            sentiment: stored_sentiment(Some(status), self.scores)?,
            reaction: self.reaction,
            date,
        })
    }
}

pub const REACTIONS: &[Column<ReactionRow, StoredReaction>] = &[
    Column {
        name: "reaction_id",
        write: Write::Text(|r| borrowed(&r.reaction.reaction_id)),
        read: Some(Read::Text(|s, v| {
            s.reaction.reaction_id = v.unwrap_or_default()
        })),
    },
    Column {
        name: "content_id",
        write: Write::Text(|r| borrowed(&r.reaction.content_id)),
        read: Some(Read::Text(|s, v| {
            s.reaction.content_id = v.unwrap_or_default()
        })),
    },
    Column {
        name: "article_id",
        write: Write::Text(|r| borrowed(&r.reaction.article_id)),
        read: Some(Read::Text(|s, v| {
            s.reaction.article_id = v.unwrap_or_default()
        })),
    },
    Column {
        name: "source",
        write: Write::Text(|r| borrowed(&r.reaction.source)),
        read: Some(Read::Text(|s, v| s.reaction.source = v.unwrap_or_default())),
    },
    Column {
        name: "article_title",
        write: Write::Text(|r| maybe(&r.reaction.article_title)),
        read: Some(Read::Text(|s, v| s.reaction.article_title = v)),
    },
    Column {
        name: "article_url",
        write: Write::Text(|r| maybe(&r.reaction.article_url)),
        read: Some(Read::Text(|s, v| s.reaction.article_url = v)),
    },
    Column {
        name: "published_at",
        write: Write::Timestamp(|r| r.reaction.published_at.as_deref()),
        read: Some(Read::Timestamp(|s, v| s.reaction.published_at = v)),
    },
    Column {
        name: "position",
        write: Write::Count(|r| Some(r.reaction.position)),
        read: Some(Read::Count(|s, v| s.reaction.position = v.unwrap_or(0))),
    },
    Column {
        name: "platform",
        write: Write::Text(|r| borrowed(r.reaction.platform.as_str())),
        read: Some(Read::Text(|s, v| {
            s.reaction.platform = v
                .as_deref()
                .and_then(Platform::from_name)
                .unwrap_or_default()
        })),
    },
    Column {
        name: "handle",
        write: Write::Text(|r| maybe(&r.reaction.handle)),
        read: Some(Read::Text(|s, v| s.reaction.handle = v)),
    },
    Column {
        name: "display_name",
        write: Write::Text(|r| maybe(&r.reaction.display_name)),
        read: Some(Read::Text(|s, v| s.reaction.display_name = v)),
    },
    Column {
        name: "verb",
        write: Write::Text(|r| maybe(&r.reaction.verb)),
        read: Some(Read::Text(|s, v| s.reaction.verb = v)),
    },
    Column {
        name: "text",
        write: Write::Text(|r| borrowed(&r.reaction.text)),
        read: Some(Read::Text(|s, v| s.reaction.text = v.unwrap_or_default())),
    },
    Column {
        name: "raw_text",
        write: Write::Text(|r| borrowed(&r.reaction.raw_text)),
        read: Some(Read::Text(|s, v| {
            s.reaction.raw_text = v.unwrap_or_default()
        })),
    },
    Column {
        name: "links",
        write: Write::TextList(|r| r.reaction.links.iter().map(String::as_str).collect()),
        read: Some(Read::TextList(|s, v| s.reaction.links = v)),
    },
    Column {
        name: "posted_at",
        write: Write::Timestamp(|r| r.reaction.posted_at.as_deref()),
        read: Some(Read::Timestamp(|s, v| s.reaction.posted_at = v)),
    },
    Column {
        name: "lang",
        write: Write::Text(|r| maybe(&r.reaction.lang)),
        read: Some(Read::Text(|s, v| s.reaction.lang = v)),
    },
    Column {
        name: "comment_id",
        write: Write::Text(|r| maybe(&r.reaction.comment_id)),
        read: Some(Read::Text(|s, v| s.reaction.comment_id = v)),
    },
    Column {
        name: "parent_id",
        write: Write::Text(|r| maybe(&r.reaction.parent_id)),
        read: Some(Read::Text(|s, v| s.reaction.parent_id = v)),
    },
    Column {
        name: "reply_depth",
        write: Write::Count(|r| r.reaction.reply_depth),
        read: Some(Read::Count(|s, v| s.reaction.reply_depth = v)),
    },
    Column {
        name: "like_count",
        write: Write::Integer(|r| r.reaction.like_count),
        read: Some(Read::Integer(|s, v| s.reaction.like_count = v)),
    },
    Column {
        name: "cues",
        write: Write::TextList(|r| r.reaction.cues.iter().map(|cue| cue.as_str()).collect()),
        read: Some(Read::TextList(|s, v| {
            s.reaction.cues = v.iter().filter_map(|name| Cue::from_name(name)).collect()
        })),
    },
    Column {
        name: "neg",
        write: Write::Float(|r| r.polarity().map(|p| p.neg)),
        read: Some(Read::Float(|s, v| s.scores[0] = v)),
    },
    Column {
        name: "neu",
        write: Write::Float(|r| r.polarity().map(|p| p.neu)),
        read: Some(Read::Float(|s, v| s.scores[1] = v)),
    },
    Column {
        name: "pos",
        write: Write::Float(|r| r.polarity().map(|p| p.pos)),
        read: Some(Read::Float(|s, v| s.scores[2] = v)),
    },
    Column {
        name: "compound",
        write: Write::Float(|r| r.polarity().map(|p| p.compound)),
        read: Some(Read::Float(|s, v| s.scores[3] = v)),
    },
    // VADER's label, for the readers of the dataset; read back, it follows from the compound.
    Column {
        name: "sentiment",
        write: Write::Text(|r| r.label().map(|label| Cow::Borrowed(label.as_str()))),
        read: None,
    },
    Column {
        name: "sentiment_status",
        write: Write::Text(|r| borrowed(r.sentiment.status().as_str())),
        read: Some(Read::Text(|s, v| s.status = v)),
    },
];

/// A `stance` row as read back, before its labels are parsed.
#[derive(Default)]
pub struct StoredStance {
    pub reaction_id: String,
    pub article_id: String,
    pub target: String,
    /// stance, method, rule.
    pub labels: [Option<String>; 3],
    pub confidence: Option<f64>,
    pub alias: Option<String>,
    pub evidence: String,
}

impl StoredStance {
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
        Ok(StanceRow {
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

pub const STANCE: &[Column<StanceRow, StoredStance>] = &[
    Column {
        name: "reaction_id",
        write: Write::Text(|r| borrowed(&r.reaction_id)),
        read: Some(Read::Text(|s, v| s.reaction_id = v.unwrap_or_default())),
    },
    Column {
        name: "article_id",
        write: Write::Text(|r| borrowed(&r.article_id)),
        read: Some(Read::Text(|s, v| s.article_id = v.unwrap_or_default())),
    },
    Column {
        name: "target",
        write: Write::Text(|r| borrowed(&r.target)),
        read: Some(Read::Text(|s, v| s.target = v.unwrap_or_default())),
    },
    Column {
        name: "stance",
        write: Write::Text(|r| borrowed(r.stance.as_str())),
        read: Some(Read::Text(|s, v| s.labels[0] = v)),
    },
    Column {
        name: "confidence",
        write: Write::Float(|r| Some(r.confidence)),
        read: Some(Read::Float(|s, v| s.confidence = v)),
    },
    Column {
        name: "method",
        write: Write::Text(|r| borrowed(r.method.as_str())),
        read: Some(Read::Text(|s, v| s.labels[1] = v)),
    },
    Column {
        name: "rule",
        write: Write::Text(|r| borrowed(r.rule.as_str())),
        read: Some(Read::Text(|s, v| s.labels[2] = v)),
    },
    Column {
        name: "alias",
        write: Write::Text(|r| maybe(&r.alias)),
        read: Some(Read::Text(|s, v| s.alias = v)),
    },
    Column {
        name: "evidence",
        write: Write::Text(|r| borrowed(&r.evidence)),
        read: Some(Read::Text(|s, v| s.evidence = v.unwrap_or_default())),
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
            write: Write::Text(|a| borrowed(&a.article.article_id)),
            read: Some(Read::Text(|r, v| r.article_id = v.unwrap_or_default())),
        },
        Column {
            name: "source",
            write: Write::Text(|a| borrowed(&a.article.source)),
            read: Some(Read::Text(|r, v| r.source = v.unwrap_or_default())),
        },
        Column {
            name: "title",
            write: Write::Text(|a| maybe(&a.article.title)),
            read: Some(Read::Text(|r, v| r.title = v)),
        },
        Column {
            name: "url",
            write: Write::Text(|a| maybe(&a.article.url)),
            read: Some(Read::Text(|r, v| r.url = v)),
        },
        Column {
            name: "published_at",
            write: Write::Timestamp(|a| a.article.published_at.as_deref()),
            read: Some(Read::Timestamp(|r, v| r.published_at = v)),
        },
        Column {
            name: "lang",
            write: Write::Text(|a| maybe(&a.article.lang)),
            read: Some(Read::Text(|r, v| r.lang = v)),
        },
        Column {
            name: "date",
            write: Write::Date(|a| a.article.date),
            read: Some(Read::Date(|r, v| r.date = v)),
        },
        Column {
            name: "reactions",
            write: Write::Count(|a| count(a.sentiment.reactions)),
            read: None,
        },
        Column {
            name: "scored",
            write: Write::Count(|a| count(a.sentiment.scored)),
            read: None,
        },
        Column {
            name: "unscored",
            write: Write::Count(|a| count(a.sentiment.unscored())),
            read: None,
        },
        Column {
            name: "unscored_languages",
            write: Write::Text(|a| languages(&a.sentiment)),
            read: None,
        },
        Column {
            name: "mean_compound",
            write: Write::Float(|a| a.sentiment.mean_compound()),
            read: None,
        },
        Column {
            name: "positive",
            write: Write::Count(|a| count(a.sentiment.positive)),
            read: None,
        },
        Column {
            name: "neutral",
            write: Write::Count(|a| count(a.sentiment.neutral)),
            read: None,
        },
        Column {
            name: "negative",
            write: Write::Count(|a| count(a.sentiment.negative)),
            read: None,
        },
        Column {
            name: "positive_share",
            write: Write::Float(|a| a.sentiment.share(a.sentiment.positive).value()),
            read: None,
        },
        Column {
            name: "negative_share",
            write: Write::Float(|a| a.sentiment.share(a.sentiment.negative).value()),
            read: None,
        },
        Column {
            name: "favor",
            write: Write::Count(|a| count(a.stance.favor)),
            read: None,
        },
        Column {
            name: "against",
            write: Write::Count(|a| count(a.stance.against)),
            read: None,
        },
    ]
}

/// A row of the daily table: a day overall (no target), or a day and one target.
pub struct DayRow<'a> {
    pub day: &'a DayAggregate,
    pub target: Option<&'a str>,
    pub stance: Option<StanceTally>,
}

/// Written for dashboards only; `reactions report` recomputes it from the reactions.
pub fn daily<'a>() -> [Column<DayRow<'a>, ()>; 13] {
    [
        Column {
            name: "date",
            write: Write::Date(|r| r.day.date),
            read: None,
        },
        Column {
            name: "target",
            write: Write::Text(|r| r.target.map(Cow::Borrowed)),
            read: None,
        },
        Column {
            name: "reactions",
            write: Write::Count(|r| count(r.day.sentiment.reactions)),
            read: None,
        },
        Column {
            name: "scored",
            write: Write::Count(|r| count(r.day.sentiment.scored)),
            read: None,
        },
        Column {
            name: "unscored",
            write: Write::Count(|r| count(r.day.sentiment.unscored())),
            read: None,
        },
        Column {
            name: "unscored_languages",
            write: Write::Text(|r| languages(&r.day.sentiment)),
            read: None,
        },
        Column {
            name: "mean_compound",
            write: Write::Float(|r| r.day.sentiment.mean_compound()),
            read: None,
        },
        Column {
            name: "positive",
            write: Write::Count(|r| count(r.day.sentiment.positive)),
            read: None,
        },
        Column {
            name: "negative",
            write: Write::Count(|r| count(r.day.sentiment.negative)),
            read: None,
        },
        Column {
            name: "favor",
            write: Write::Count(|r| r.stance.map(|t| t.favor as u32)),
            read: None,
        },
        Column {
            name: "against",
            write: Write::Count(|r| r.stance.map(|t| t.against as u32)),
            read: None,
        },
        Column {
            name: "none",
            write: Write::Count(|r| r.stance.map(|t| t.none as u32)),
            read: None,
        },
        Column {
            name: "net_stance",
            write: Write::Float(|r| r.stance.and_then(|t| t.net())),
            read: None,
        },
    ]
}
