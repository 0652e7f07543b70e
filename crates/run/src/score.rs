//! The scoring stage of a run: it turns the [`CommittedArticle`]s and [`CommittedReaction`]s the
//! state holds into the rows every output is written from ([`ArticleRow`], [`ReactionRow`],
//! [`StanceRow`]), running the [`ScoringStep`] every front end runs.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use scoring::stance::TargetSet;
use scoring::step::ReactionText;
use scoring::{Scores, ScoringStep, Sentiment, SentimentAnalyzer, StanceJudge, StanceModel};

use collector::record::{filing_date, reaction_filing_date};
use collector::ArticleSummary;

use crate::store::{CommittedArticle, CommittedReaction};
use report::rows::{ArticleRow, ReactionRow, StanceRow};

/// The stored articles as rows, each filed under its day.
pub fn article_rows(stored_articles: &[CommittedArticle]) -> Vec<ArticleRow> {
    stored_articles
        .iter()
        .map(|stored| ArticleRow::new(&stored.article, stored.collected_on))
        .collect()
}

/// The day an article is filed under, first collected on `collected_on`: the day its row
/// gives it ([`ArticleRow::new`]), under which its reactions without a day of their own go.
pub fn article_day(article: &ArticleSummary, collected_on: NaiveDate) -> NaiveDate {
    filing_date(article.published_at.as_deref(), collected_on)
}

/// The day a stored reaction is filed under, among the articles whose days `article_dates`
/// gives (see [`reaction_filing_date`]).
pub fn filing_day(
    article_dates: &HashMap<&str, NaiveDate>,
    stored: &CommittedReaction,
) -> NaiveDate {
    reaction_filing_date(
        &stored.reaction,
        article_dates
            .get(stored.reaction.article_id.as_str())
            .copied(),
        stored.collected_on,
    )
}

/// Scores stored reactions, a day's at a time: a pure function of each reaction's text and
/// language and of the targets and model, so that rows scored in different runs agree with
/// rows scored together. Made once for a run's days: the scoring step and the targets' names
/// are set up once, not for each day.
pub struct ReactionScorer<'a> {
    article_dates: &'a HashMap<&'a str, NaiveDate>,
    step: ScoringStep<'a>,
    target_names: Vec<Arc<str>>,
}

impl<'a> ReactionScorer<'a> {
    /// A scorer toward `targets` (with `model` for the targets it knows), filing each row
    /// among the articles whose days `article_dates` gives.
    pub fn new(
        article_dates: &'a HashMap<&'a str, NaiveDate>,
        targets: &'a TargetSet,
        model: Option<&'a StanceModel>,
    ) -> Self {
        let analyzer = SentimentAnalyzer::shared();
        ReactionScorer {
            article_dates,
            step: ScoringStep::new(analyzer, Some(StanceJudge::new(analyzer, targets, model))),
            target_names: targets
                .targets()
                .iter()
                .map(|t| Arc::from(t.name.as_str()))
                .collect(),
        }
    }

    /// The rows of `stored_reactions`, with their stance rows after them, a row per reaction
    /// and target.
    pub fn score(
        &self,
        stored_reactions: Vec<CommittedReaction>,
    ) -> (Vec<ReactionRow>, Vec<StanceRow>) {
        let batch: Vec<ReactionText> = stored_reactions
            .iter()
            .map(|stored| ReactionText {
                text: &stored.reaction.text,
                lang: stored.reaction.lang.as_deref(),
            })
            .collect();
        let Scores {
            status,
            polarity,
            label,
            method,
            stance: judged,
        } = self.step.score(&batch);
        let reactions: Vec<ReactionRow> = stored_reactions
            .into_iter()
            .zip(status.into_iter().zip(polarity))
            .zip(label.into_iter().zip(method))
            .map(|((stored, (status, polarity)), (label, method))| {
                let date = filing_day(self.article_dates, &stored);
                ReactionRow {
                    reaction: stored.reaction,
                    sentiment: Sentiment::from_parts(status, polarity, label)
                        .expect("a sentiment scorer reads every text readability leaves scored"),
                    method: method.map(Cow::Borrowed),
                    date,
                    human_sentiment: None,
                    human_is_reaction: None,
                }
            })
            .collect();
        let stance: Vec<StanceRow> = reactions
            .iter()
            .zip(&judged)
            .flat_map(|(row, judgements)| {
                judgements
                    .iter()
                    .zip(&self.target_names)
                    .map(move |(judgement, target)| StanceRow::new(row, target.clone(), judgement))
            })
            .collect();
        (reactions, stance)
    }
}
