//! The rows every output is built from: articles, scored reactions and stance judgements.
//!
//! [`ReportData`] is what `reactions run` produces in memory and what `reactions report` reads
//! back from the Parquet dataset, so the human-facing files are always rebuilt from the same
//! rows, whichever command made them.

use std::borrow::Cow;

use chrono::NaiveDate;
pub use collector::record::{filing_date, timestamp_micros, timestamp_text};
use collector::{ArticleSummary, Reaction};
use std::sync::Arc;

use scoring::stance::{Method, StanceRule};
use scoring::{Polarity, Sentiment, SentimentLabel, SentimentStatus, Stance, StanceJudgement};

/// An article, with the day its rows are filed under.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleRow {
    /// The article's identity, shared by its reactions.
    pub article_id: String,
    /// The file or URL it was read from.
    pub source: String,
    /// Its headline, when the page or export gave one.
    pub title: Option<String>,
    /// Its URL, when known.
    pub url: Option<String>,
    /// When it was published (RFC 3339), when the page said.
    pub published_at: Option<String>,
    /// Its language (ISO 639-1), when collection decided it.
    pub lang: Option<String>,
    /// The day its rows are filed under: the day it was published, else the day it was first
    /// collected.
    pub date: NaiveDate,
}

/// A reaction with its sentiment (VADER's scores when VADER can read it, a trained pack's
/// label when its language has one), the method that gave it, and the day it is filed under.
#[derive(Debug, Clone, PartialEq)]
pub struct ReactionRow {
    /// The reaction record as collected.
    pub reaction: Reaction,
    /// Its sentiment: VADER's scores, a pack's label, or why there is none.
    pub sentiment: Sentiment,
    /// `sentiment_method`: `vader`, `afrisenti-ha`, …; `None` when nothing was scored.
    pub method: Option<Cow<'static, str>>,
    /// The `date=` partition it is filed under.
    pub date: NaiveDate,
    /// The sentiment an analyst's label gave it ([`crate::labels`]), which every figure
    /// counts instead of the model's.
    pub human_sentiment: Option<SentimentLabel>,
    /// Whether an analyst's label says it is a reader's reaction; `None` where no one said.
    pub human_is_reaction: Option<bool>,
}

impl ReactionRow {
    /// VADER's scores, when VADER scored it.
    pub fn polarity(&self) -> Option<&Polarity> {
        self.sentiment.polarity()
    }

    /// The label of a scored reaction: from VADER's compound, or a pack's class.
    pub fn label(&self) -> Option<SentimentLabel> {
        self.sentiment.label()
    }

    /// The label every figure counts: an analyst's where one was given, else the model's.
    pub fn applied_label(&self) -> Option<SentimentLabel> {
        self.human_sentiment.or_else(|| self.label())
    }

    /// Whether the record counts in the figures: an analyst can say it is no reaction, and
    /// it stays in the dataset, flagged, but out of every figure.
    pub fn is_reaction(&self) -> bool {
        self.human_is_reaction.unwrap_or(true)
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
    /// The reaction judged.
    pub reaction_id: String,
    /// That reaction's article.
    pub article_id: String,
    /// The `date=` partition it is filed under: its reaction's.
    pub date: NaiveDate,
    /// The target judged toward.
    pub target: Arc<str>,
    /// The judge's decision.
    pub stance: Stance,
    /// How sure the judge was, in [0, 1].
    pub confidence: f64,
    /// Who decided: the rules or the model.
    pub method: Method,
    /// The rule that decided (or the model).
    pub rule: StanceRule,
    /// The alias of the target that matched, if one did.
    pub alias: Option<String>,
    /// The span of text that decided; empty when nothing did.
    pub evidence: String,
    /// The stance an analyst's label gave the reaction toward the target.
    pub human_stance: Option<Stance>,
    /// Its reaction's [`ReactionRow::is_reaction`]: a row of a record people took out is
    /// kept but counted nowhere.
    pub is_reaction: bool,
}

impl StanceRow {
    /// The stance every figure counts: an analyst's where one was given, else the model's;
    /// `None` where neither claims one (a reaction VADER cannot read, unlabelled).
    pub fn counted_stance(&self) -> Option<Stance> {
        match (self.human_stance, self.rule) {
            (Some(stance), _) => Some(stance),
            (None, StanceRule::Unreadable) => None,
            (None, _) => Some(self.stance),
        }
    }

    /// Whether the reaction addresses the target: it mentions it (or one of its cue
    /// phrases), or a trained model judged it. Every rule but no-mention and unreadable.
    pub fn addresses_target(&self) -> bool {
        !matches!(self.rule, StanceRule::NoMention | StanceRule::Unreadable)
    }

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
            human_stance: None,
            is_reaction: true,
        }
    }
}

/// Everything a report is made of. Rows are in collection order (read back from a dataset:
/// articles as `articles/` lists them); targets in configured order. The summary does not
/// depend on row order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportData {
    /// The articles, each filed under its day.
    pub articles: Vec<ArticleRow>,
    /// The scored reactions.
    pub reactions: Vec<ReactionRow>,
    /// The stance rows, a row per reaction and target.
    pub stance: Vec<StanceRow>,
    /// The targets' names, in configured order.
    pub targets: Vec<String>,
}

impl ReportData {
    /// Puts rows read back from a dataset (whose partitions group them by day, in whatever
    /// order the writer left them) in article order (as `articles/` lists them), then
    /// position; stance rows by reaction, then target in the order first seen, which is also
    /// how `targets` is filled.
    pub fn restore_collection_order(&mut self) {
        let data = self;
        let order: std::collections::HashMap<&str, usize> = data
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.article_id.as_str(), i))
            .collect();
        let rank = |article: &str| order.get(article).copied().unwrap_or(usize::MAX);
        data.reactions
            .sort_by_key(|r| (rank(&r.reaction.article_id), r.reaction.position));
        let reaction_order: std::collections::HashMap<&str, usize> = data
            .reactions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.reaction.reaction_id.as_str(), i))
            .collect();
        for row in &data.stance {
            if !data.targets.iter().any(|t| **t == *row.target) {
                data.targets.push(row.target.to_string());
            }
        }
        let target_rank = |t: &str| {
            data.targets
                .iter()
                .position(|x| x == t)
                .unwrap_or(usize::MAX)
        };
        let mut stance = std::mem::take(&mut data.stance);
        stance.sort_by_key(|s| {
            (
                reaction_order
                    .get(s.reaction_id.as_str())
                    .copied()
                    .unwrap_or(usize::MAX),
                target_rank(&s.target),
            )
        });
        data.stance = stance;
    }
}

/// A reaction's sentiment as the dataset stores it: the status, the four scores that only a
/// reaction VADER scored has, and the label (read only where there are no scores: a pack's).
pub fn stored_sentiment(
    status: Option<&str>,
    scores: [Option<f64>; 4],
    label: Option<&str>,
) -> Result<Sentiment, String> {
    let polarity = match scores {
        [Some(neg), Some(neu), Some(pos), Some(compound)] => Some(Polarity {
            neg,
            neu,
            pos,
            compound,
        }),
        _ => None,
    };
    status
        .and_then(SentimentStatus::parse)
        .and_then(|status| {
            Sentiment::from_parts(status, polarity, label.and_then(scoring::packs::label_of))
        })
        .ok_or_else(|| format!("sentiment_status {status:?} does not fit its scores"))
}

impl StanceRow {
    /// The stance, method and rule columns as the dataset stores them, by name.
    pub fn stored_labels(
        [stance, method, rule]: [Option<&str>; 3],
    ) -> Result<(Stance, Method, StanceRule), String> {
        let unknown = |column: &str, value: Option<&str>| format!("unknown {column} {value:?}");
        Ok((
            stance
                .and_then(Stance::parse)
                .ok_or_else(|| unknown("stance", stance))?,
            method
                .and_then(Method::parse)
                .ok_or_else(|| unknown("method", method))?,
            rule.and_then(StanceRule::parse)
                .ok_or_else(|| unknown("rule", rule))?,
        ))
    }
}

impl ArticleRow {
    /// The row of a collected article, filed under the day it was published, else `collected_on`.
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

    /// What a table or chart calls the article: its title, else its URL, else the file it was
    /// read from. Every thread of a comment export shares the file, so the file comes last.
    pub fn name(&self) -> &str {
        self.title
            .as_deref()
            .or(self.url.as_deref())
            .unwrap_or(&self.source)
    }

    /// The order articles are listed in everywhere (tables, report, `articles/`): by day, then
    /// file, then `article_id`, which is unique, so that two engines that meet the threads of
    /// one export in different orders still list them alike.
    pub fn listing_key(&self) -> (NaiveDate, &str, &str) {
        (self.date, &self.source, &self.article_id)
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
    fn an_article_is_named_by_its_title_else_its_url_else_its_file() {
        let mut article = ArticleRow {
            source: "dumps/RC_2008-01.json".into(),
            title: Some("Fuel price hits record".into()),
            url: Some("https://www.reddit.com/comments/abc/".into()),
            ..ArticleRow::default()
        };
        assert_eq!(article.name(), "Fuel price hits record");
        article.title = None;
        assert_eq!(article.name(), "https://www.reddit.com/comments/abc/");
        article.url = None;
        assert_eq!(article.name(), "dumps/RC_2008-01.json");
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
