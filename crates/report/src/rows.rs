//! The rows every output is built from: articles, scored reactions and stance judgements.
//!
//! [`ReportData`] is what `reactions run` produces in memory and what `reactions report` reads
//! back from the Parquet dataset, so the human-facing files are always rebuilt from the same
//! rows, whichever command made them.

use chrono::NaiveDate;
pub use collector::record::{filing_date, timestamp_micros, timestamp_text};
use collector::{ArticleSummary, Reaction};
use std::sync::Arc;

use scoring::stance::{Method, Rule};
use scoring::{Polarity, Sentiment, SentimentLabel, Stance, StanceJudgement};

/// An article, with the day its rows are filed under.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub article_id: String,
    pub source: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published_at: Option<String>,
    pub lang: Option<String>,
    pub date: NaiveDate,
}

/// A reaction with its sentiment (VADER's scores when VADER can read it) and the day it is
/// filed under.
#[derive(Debug, Clone, PartialEq)]
pub struct ReactionRow {
    pub reaction: Reaction,
    pub sentiment: Sentiment,
    pub date: NaiveDate,
}

impl ReactionRow {
    pub fn polarity(&self) -> Option<&Polarity> {
        self.sentiment.polarity()
    }

    /// VADER's label, for a scored reaction.
    pub fn label(&self) -> Option<SentimentLabel> {
        self.polarity().map(Polarity::label)
    }

    /// The compound score, for a scored reaction.
    pub fn compound(&self) -> Option<f64> {
        self.polarity().map(|p| p.compound)
    }

    /// `@handle` when there is one, else the display name, else "anonymous".
    pub fn who(&self) -> String {
        match (&self.reaction.handle, &self.reaction.display_name) {
            (Some(handle), _) => format!("@{handle}"),
            (None, Some(name)) => name.clone(),
            (None, None) => "anonymous".to_string(),
        }
    }
}

/// One reaction's stance toward one target. There is a row per reaction and target, so the
/// repeated parts are shared (`target`) or small enums, not strings.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceRow {
    pub reaction_id: String,
    pub article_id: String,
    pub date: NaiveDate,
    pub target: Arc<str>,
    pub stance: Stance,
    pub confidence: f64,
    pub method: Method,
    pub rule: Rule,
    pub alias: Option<String>,
    pub evidence: String,
}

impl StanceRow {
    /// `target` is the judgement's target name, passed in shared.
    pub fn new(row: &ReactionRow, target: Arc<str>, judgement: &StanceJudgement) -> StanceRow {
        StanceRow {
            reaction_id: row.reaction.reaction_id.clone(),
            article_id: row.reaction.article_id.clone(),
            date: row.date,
            target,
            stance: judgement.stance,
            confidence: judgement.confidence,
            method: judgement.method,
            rule: judgement.evidence.rule,
            alias: judgement.evidence.alias.clone(),
            evidence: judgement.evidence.span.clone(),
        }
    }
}

/// Everything a report is made of. Rows are in collection order; targets in configured order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportData {
    pub articles: Vec<ArticleRow>,
    pub reactions: Vec<ReactionRow>,
    pub stance: Vec<StanceRow>,
    pub targets: Vec<String>,
}

impl ArticleRow {
    pub fn new(summary: &ArticleSummary, collected_on: NaiveDate) -> ArticleRow {
        ArticleRow {
            article_id: summary.article_id.clone(),
            source: summary.source.clone(),
            title: summary.title.clone(),
            url: summary.url.clone(),
            published_at: summary.published_at.clone(),
            lang: summary.lang.clone(),
            date: filing_date(summary.published_at.as_deref(), collected_on),
        }
    }

    pub fn display_title(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filing_date_prefers_the_publish_date() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(
            filing_date(Some("2024-10-05T05:40:00Z"), today).to_string(),
            "2024-10-05"
        );
        assert_eq!(
            filing_date(Some("2024-10-09"), today).to_string(),
            "2024-10-09"
        );
        assert_eq!(filing_date(Some("garbage"), today), today);
        assert_eq!(filing_date(None, today), today);
    }

    #[test]
    fn timestamps_round_trip_in_utc() {
        let micros = timestamp_micros("2024-10-05T07:40:00+02:00").unwrap();
        assert_eq!(timestamp_text(micros).unwrap(), "2024-10-05T05:40:00Z");
        let midnight = timestamp_micros("2024-10-09").unwrap();
        assert_eq!(timestamp_text(midnight).unwrap(), "2024-10-09T00:00:00Z");
        assert_eq!(timestamp_micros("yesterday"), None);
    }
}
