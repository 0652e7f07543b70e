//! Aggregates that merge: what every table, chart and the `articles/` and `daily/` datasets
//! are made of, kept so that a run adds its new rows to them instead of reading every row
//! again.
//!
//! A [`Fold`] takes rows (a run's new ones, or one `date=` partition at a time) into tallies
//! per day, per article, per handle and the quoted extremes; two folds of disjoint rows merge
//! into the fold of all of them, exactly and whatever the order:
//!
//! - counts, and compound scores summed in ten-thousandths (see [`SentimentTally`]), are
//!   integers;
//! - the quoted reactions (per article, and [`QUOTED`] at each end overall) are chosen by a
//!   total order: the compound, then the place [`Summary::new`] lists rows in (the article's
//!   [`ArticleRow::listing_key`], then the position, then `reaction_id`), so keeping the best
//!   few of each part keeps the best few of the whole (a bounded heap);
//! - a handle's distinct articles are a set of articles (numbered within the fold, so that a
//!   handle's set costs four bytes an article).
//!
//! [`Totals`] is what a report is written from: every article row, their tallies, every day,
//! the [`HANDLES_LISTED`] most frequent handles and the count of all of them, and the quotes.
//! [`Totals::summary`] gives the same [`Summary`] that [`Summary::new`] makes from every row.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use collector::Reaction;
use scoring::{Polarity, Sentiment, SentimentLabel};
use serde::{Deserialize, Serialize};

use crate::rows::{ArticleRow, ReactionRow, StanceRow};
use crate::summary::{
    ArticleAggregate, Checked, DayAggregate, HandleAggregate, MethodTally, Quoted, SentimentTally,
    StanceTally, Summary, TargetAggregate, HANDLES_LISTED, QUOTED,
};

/// Where [`Summary::new`] lists a reaction: its article's listing key (articles not listed
/// come last, all alike), then its position, then `reaction_id`. Dates are days from the
/// common era, which order as the dates do.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Place {
    unlisted: bool,
    listing: Option<(i32, String, String)>,
    position: u32,
    reaction_id: String,
}

/// A reaction quoted as one of the most positive or negative, with its place.
#[derive(Debug, Clone)]
pub struct Quote {
    /// The reaction as the report quotes it.
    pub row: ReactionRow,
    place: Place,
}

/// A quote as the state stores it: the scores as their bits, so that they come back exact.
#[derive(Serialize, Deserialize)]
struct StoredQuote {
    reaction: Reaction,
    day: i32,
    /// VADER's scores (or a VADER-format pack's): only reactions with a compound are quoted.
    polarity: [u64; 4],
    /// Its `sentiment_method`.
    method: Option<String>,
    /// A person's label, which put it at this end of the scale.
    #[serde(default)]
    human_sentiment: Option<SentimentLabel>,
    place: Place,
}

impl Serialize for Quote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let p = self
            .row
            .polarity()
            .ok_or_else(|| serde::ser::Error::custom("a quote is a scored reaction"))?;
        StoredQuote {
            reaction: self.row.reaction.clone(),
            day: self.row.date.num_days_from_ce(),
            polarity: [p.neg, p.neu, p.pos, p.compound].map(f64::to_bits),
            method: self.row.method.as_deref().map(str::to_string),
            human_sentiment: self.row.human_sentiment,
            place: self.place.clone(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Quote {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = StoredQuote::deserialize(deserializer)?;
        let [neg, neu, pos, compound] = stored.polarity.map(f64::from_bits);
        let sentiment = Sentiment::Scored(Polarity {
            neg,
            neu,
            pos,
            compound,
        });
        let date = NaiveDate::from_num_days_from_ce_opt(stored.day)
            .ok_or_else(|| serde::de::Error::custom("a quote's day is out of range"))?;
        Ok(Quote {
            row: ReactionRow {
                reaction: stored.reaction,
                sentiment,
                method: stored.method.map(Cow::Owned),
                date,
                human_sentiment: stored.human_sentiment,
                // Records people took out are never quoted.
                human_is_reaction: None,
            },
            place: stored.place,
        })
    }
}

impl Quote {
    fn compound(&self) -> f64 {
        self.row.compound().unwrap_or_default()
    }

    /// Whether `self` is quoted before `other` at the `label` end of the scale.
    fn before(&self, other: &Quote, label: SentimentLabel) -> bool {
        let by_score = match label {
            SentimentLabel::Negative => self.compound().total_cmp(&other.compound()),
            _ => other.compound().total_cmp(&self.compound()),
        };
        by_score.then_with(|| self.place.cmp(&other.place)) == std::cmp::Ordering::Less
    }
}

/// Merges `more` into the best [`QUOTED`] of `kept`, best first.
fn keep_top(kept: &mut Vec<Quote>, more: impl IntoIterator<Item = Quote>, label: SentimentLabel) {
    kept.extend(more);
    kept.sort_by(|a, b| match (a.before(b, label), b.before(a, label)) {
        (true, _) => std::cmp::Ordering::Less,
        (_, true) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    kept.dedup_by(|a, b| a.place == b.place);
    kept.truncate(QUOTED);
}

/// One day's tallies: sentiment, per language and method, and stance per target in the
/// targets' order (all of a target's rows, and those addressing it).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DayTally {
    /// The day's reactions.
    pub sentiment: SentimentTally,
    /// The day's reactions per language, method and status.
    pub methods: MethodTally,
    /// Per target.
    pub stance: Vec<StanceTally>,
    /// Per target: the rows of reactions that address it (every rule but no-mention).
    pub addressed: Vec<StanceTally>,
    /// The day's labels and the records people took out.
    #[serde(default)]
    pub checked: Checked,
}

impl DayTally {
    /// Adds another tally of the same day.
    pub fn merge(&mut self, other: &DayTally) {
        self.sentiment.merge(&other.sentiment);
        self.methods.merge(&other.methods);
        merge_per_target(&mut self.stance, &other.stance);
        merge_per_target(&mut self.addressed, &other.addressed);
        self.checked.merge(&other.checked);
    }
}

fn merge_per_target(kept: &mut Vec<StanceTally>, more: &[StanceTally]) {
    if kept.len() < more.len() {
        kept.resize(more.len(), StanceTally::default());
    }
    for (k, m) in kept.iter_mut().zip(more) {
        k.merge(m);
    }
}

/// One article's tallies and its most positive and most negative reactions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ArticleTally {
    /// Its reactions.
    pub sentiment: SentimentTally,
    /// Its stance rows, every target.
    pub stance: StanceTally,
    /// The first of its most positive reactions, in its order.
    pub most_positive: Option<ArticleQuote>,
    /// The first of its most negative reactions.
    pub most_negative: Option<ArticleQuote>,
}

/// An article's quoted reaction, as little as its row shows (who, the words), with what
/// places it among the article's reactions: there is one per article and end of the scale,
/// kept in the state and read every run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleQuote {
    who: String,
    text: String,
    /// The compound score's bits: exact through the state.
    compound: u64,
    position: u32,
    reaction_id: String,
}

impl ArticleQuote {
    fn of(row: &ReactionRow, compound: f64) -> ArticleQuote {
        ArticleQuote {
            who: row.who(),
            text: row.reaction.text.clone(),
            compound: compound.to_bits(),
            position: row.reaction.position,
            reaction_id: row.reaction.reaction_id.clone(),
        }
    }

    fn quoted(&self) -> Quoted<'_> {
        Quoted {
            who: self.who.as_str().into(),
            text: &self.text,
            compound: f64::from_bits(self.compound),
        }
    }

    /// What ranks it among the article's reactions.
    fn rank(&self) -> ArticleRank<'_> {
        ArticleRank {
            compound: f64::from_bits(self.compound),
            position: self.position,
            reaction_id: &self.reaction_id,
        }
    }
}

/// What places a reaction among its article's for [`ArticleQuote`].
struct ArticleRank<'a> {
    compound: f64,
    position: u32,
    reaction_id: &'a str,
}

impl ArticleRank<'_> {
    /// Whether `self` is quoted before `other` at the `label` end: the stronger score, then
    /// the first in the article.
    fn before(&self, other: &ArticleRank<'_>, label: SentimentLabel) -> bool {
        let by_score = match label {
            SentimentLabel::Negative => self.compound.total_cmp(&other.compound),
            _ => other.compound.total_cmp(&self.compound),
        };
        by_score
            .then_with(|| {
                (self.position, self.reaction_id).cmp(&(other.position, other.reaction_id))
            })
            .is_lt()
    }
}

/// Keeps the better of two candidates for an article's quote.
fn keep_first(slot: &mut Option<ArticleQuote>, candidate: &ArticleQuote, label: SentimentLabel) {
    if slot
        .as_ref()
        .is_none_or(|q| candidate.rank().before(&q.rank(), label))
    {
        *slot = Some(candidate.clone());
    }
}

/// [`keep_first`] of a row's quote, made only if it is kept: its text is a copy of the
/// reaction's, which may be as long as the record limit.
fn keep_first_row(
    slot: &mut Option<ArticleQuote>,
    row: &ReactionRow,
    compound: f64,
    label: SentimentLabel,
) {
    let rank = ArticleRank {
        compound,
        position: row.reaction.position,
        reaction_id: &row.reaction.reaction_id,
    };
    if slot.as_ref().is_none_or(|q| rank.before(&q.rank(), label)) {
        *slot = Some(ArticleQuote::of(row, compound));
    }
}

impl ArticleTally {
    /// Adds another tally of the same article.
    pub fn merge(&mut self, other: &ArticleTally) {
        self.sentiment.merge(&other.sentiment);
        self.stance.merge(&other.stance);
        if let Some(q) = &other.most_positive {
            keep_first(&mut self.most_positive, q, SentimentLabel::Positive);
        }
        if let Some(q) = &other.most_negative {
            keep_first(&mut self.most_negative, q, SentimentLabel::Negative);
        }
    }
}

/// One handle's reactions and the articles it reacted to.
#[derive(Debug, Clone, Default)]
pub struct HandleTally {
    /// Its reactions.
    pub sentiment: SentimentTally,
    /// The articles of its reactions, by their number in the fold ([`Fold::article_id`]).
    articles: BTreeSet<u32>,
}

impl HandleTally {
    /// How many distinct articles.
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// The numbers of its articles in the fold ([`Fold::article_id`] names them).
    pub fn article_numbers(&self) -> impl Iterator<Item = u32> + '_ {
        self.articles.iter().copied()
    }
}

/// Rows folded into tallies; see the module's documentation.
pub struct Fold<'a> {
    listing: HashMap<&'a str, &'a ArticleRow>,
    /// Targets in the order configured, or first seen in a dataset.
    pub targets: Vec<String>,
    /// Per day.
    pub days: BTreeMap<NaiveDate, DayTally>,
    /// Per `article_id`, listed or not.
    pub articles: HashMap<String, ArticleTally>,
    /// Per handle (see [`ReactionRow::who`]).
    pub handles: HashMap<String, HandleTally>,
    /// Every `article_id` met, by number.
    article_ids: Vec<String>,
    article_numbers: HashMap<String, u32>,
    /// The best [`QUOTED`] positive reactions, best first.
    pub positive: Vec<Quote>,
    /// The best [`QUOTED`] negative reactions, most negative first.
    pub negative: Vec<Quote>,
}

impl<'a> Fold<'a> {
    /// An empty fold over these articles (which place the quotes) and targets.
    pub fn new(articles: &'a [ArticleRow], targets: &[String]) -> Fold<'a> {
        Fold {
            listing: articles
                .iter()
                .map(|a| (a.article_id.as_str(), a))
                .collect(),
            targets: targets.to_vec(),
            days: BTreeMap::new(),
            articles: HashMap::new(),
            handles: HashMap::new(),
            article_ids: Vec::new(),
            article_numbers: HashMap::new(),
            positive: Vec::new(),
            negative: Vec::new(),
        }
    }

    /// The bytes of reaction text the fold holds: its quotes' (overall and per article), each
    /// a copy of a reaction's text, which may be as long as the record limit.
    pub fn quoted_text_bytes(&self) -> usize {
        let overall: usize = self
            .positive
            .iter()
            .chain(&self.negative)
            .map(|quote| quote.row.reaction.text.len())
            .sum();
        let articles: usize = self
            .articles
            .values()
            .flat_map(|tally| [&tally.most_positive, &tally.most_negative])
            .flatten()
            .map(|quote| quote.text.len())
            .sum();
        overall + articles
    }

    /// The `article_id` numbered `number` in this fold (see [`HandleTally`]).
    pub fn article_id(&self, number: u32) -> &str {
        &self.article_ids[number as usize]
    }

    fn article_number(&mut self, article_id: &str) -> u32 {
        if let Some(&number) = self.article_numbers.get(article_id) {
            return number;
        }
        let number = u32::try_from(self.article_ids.len()).expect("fewer than 4 billion articles");
        self.article_ids.push(article_id.to_string());
        self.article_numbers.insert(article_id.to_string(), number);
        number
    }

    /// The day an article's reactions without a date of their own are filed under: the
    /// article's; `None` when it is not listed.
    pub fn article_day(&self, article_id: &str) -> Option<NaiveDate> {
        self.listing.get(article_id).map(|a| a.date)
    }

    fn place(&self, row: &ReactionRow) -> Place {
        let listing = self.listing.get(row.reaction.article_id.as_str()).map(|a| {
            (
                a.date.num_days_from_ce(),
                a.source.clone(),
                a.article_id.clone(),
            )
        });
        Place {
            unlisted: listing.is_none(),
            listing,
            position: row.reaction.position,
            reaction_id: row.reaction.reaction_id.clone(),
        }
    }

    /// Adds reactions.
    pub fn add_reactions(&mut self, rows: &[ReactionRow]) {
        let mut positive = Vec::new();
        let mut negative = Vec::new();
        for row in rows {
            let day = self.days.entry(row.date).or_default();
            if !day.checked.add_reaction(row) {
                continue;
            }
            day.sentiment.add(row);
            day.methods.add(row);
            let number = self.article_number(&row.reaction.article_id);
            let handle = self.handles.entry(row.who()).or_default();
            handle.sentiment.add(row);
            handle.articles.insert(number);
            let article = self
                .articles
                .entry(row.reaction.article_id.clone())
                .or_default();
            article.sentiment.add(row);
            let label = row.applied_label();
            // Quotes are ranked by compound, as `Summary::new` ranks them: a trained pack's
            // label comes without one, and its reactions are never quoted as the extremes.
            if row.compound().is_some()
                && matches!(
                    label,
                    Some(SentimentLabel::Positive | SentimentLabel::Negative)
                )
            {
                // The outputs quote the text; what the article printed stays in the dataset.
                let quote = Quote {
                    row: ReactionRow {
                        reaction: row.reaction.clone_without_raw_text(),
                        sentiment: row.sentiment,
                        method: row.method.clone(),
                        date: row.date,
                        human_sentiment: row.human_sentiment,
                        human_is_reaction: row.human_is_reaction,
                    },
                    place: self.place(row),
                };
                let article = self
                    .articles
                    .get_mut(&row.reaction.article_id)
                    .expect("added above");
                if label == Some(SentimentLabel::Positive) {
                    keep_first_row(
                        &mut article.most_positive,
                        row,
                        quote.compound(),
                        SentimentLabel::Positive,
                    );
                    positive.push(quote);
                } else {
                    keep_first_row(
                        &mut article.most_negative,
                        row,
                        quote.compound(),
                        SentimentLabel::Negative,
                    );
                    negative.push(quote);
                }
                // Bounded: the candidates are cut back to the best few as they come.
                if positive.len() > 4 * QUOTED {
                    keep_top(
                        &mut self.positive,
                        positive.drain(..),
                        SentimentLabel::Positive,
                    );
                }
                if negative.len() > 4 * QUOTED {
                    keep_top(
                        &mut self.negative,
                        negative.drain(..),
                        SentimentLabel::Negative,
                    );
                }
            }
        }
        keep_top(&mut self.positive, positive, SentimentLabel::Positive);
        keep_top(&mut self.negative, negative, SentimentLabel::Negative);
    }

    /// Adds stance rows; a target not seen before is added after the others.
    pub fn add_stance(&mut self, rows: &[StanceRow]) {
        for row in rows {
            let t = match self.targets.iter().position(|t| **t == *row.target) {
                Some(t) => t,
                None => {
                    self.targets.push(row.target.to_string());
                    self.targets.len() - 1
                }
            };
            let day = self.days.entry(row.date).or_default();
            if !day.checked.add_stance(row) {
                continue;
            }
            for tallies in [&mut day.stance, &mut day.addressed] {
                if tallies.len() <= t {
                    tallies.resize(t + 1, StanceTally::default());
                }
            }
            let stance = row.counted_stance();
            day.stance[t].add(stance);
            if row.addresses_target() {
                day.addressed[t].add(stance);
            }
            self.articles
                .entry(row.article_id.clone())
                .or_default()
                .stance
                .add(stance);
        }
    }

    /// Everything a report needs, every handle held: for a dataset read partition by
    /// partition (`reactions report`).
    pub fn into_totals(self, articles: Vec<ArticleRow>) -> Totals {
        self.into_partial().into_totals(articles)
    }

    /// The tallies without the articles they were placed among: what a process that folded
    /// part of the rows hands to the one that merges them (the Spark job's tasks).
    pub fn into_partial(self) -> Partial {
        Partial {
            targets: self.targets,
            days: self.days,
            articles: self.articles,
            handles: self.handles,
            article_ids: self.article_ids,
            positive: self.positive,
            negative: self.negative,
        }
    }
}

/// A [`Fold`]'s tallies on their own, serializable, merged exactly with others of disjoint
/// rows ([`Partial::merge`]) whatever the order; see the module's documentation.
#[derive(Default, Serialize, Deserialize)]
pub struct Partial {
    targets: Vec<String>,
    #[serde(with = "days_as_numbers")]
    days: BTreeMap<NaiveDate, DayTally>,
    articles: HashMap<String, ArticleTally>,
    #[serde(with = "handles_as_pairs")]
    handles: HashMap<String, HandleTally>,
    /// Names the numbers in the handles' article sets.
    article_ids: Vec<String>,
    positive: Vec<Quote>,
    negative: Vec<Quote>,
}

/// The days' tallies as they cross processes: each day as its number from the common era.
mod days_as_numbers {
    use super::*;

    pub fn serialize<S: serde::Serializer>(
        days: &BTreeMap<NaiveDate, DayTally>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let pairs: Vec<(i32, &DayTally)> = days
            .iter()
            .map(|(day, tally)| (day.num_days_from_ce(), tally))
            .collect();
        pairs.serialize(serializer)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<NaiveDate, DayTally>, D::Error> {
        Vec::<(i32, DayTally)>::deserialize(deserializer)?
            .into_iter()
            .map(|(number, tally)| {
                NaiveDate::from_num_days_from_ce_opt(number)
                    .map(|day| (day, tally))
                    .ok_or_else(|| serde::de::Error::custom("a tally's day is out of range"))
            })
            .collect()
    }
}

/// A handle's tally as it crosses processes: its sentiment, and its articles by their
/// number in the [`Partial`].
mod handles_as_pairs {
    use super::*;

    type Pairs = Vec<(String, SentimentTally, Vec<u32>)>;

    pub fn serialize<S: serde::Serializer>(
        handles: &HashMap<String, HandleTally>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let pairs: Pairs = handles
            .iter()
            .map(|(who, tally)| {
                let numbers = tally.article_numbers().collect();
                (who.clone(), tally.sentiment.clone(), numbers)
            })
            .collect();
        pairs.serialize(serializer)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<HashMap<String, HandleTally>, D::Error> {
        let pairs = Pairs::deserialize(deserializer)?;
        Ok(pairs
            .into_iter()
            .map(|(who, sentiment, numbers)| {
                let articles = numbers.into_iter().collect();
                (
                    who,
                    HandleTally {
                        sentiment,
                        articles,
                    },
                )
            })
            .collect())
    }
}

impl Partial {
    /// Adds the tallies of other rows; a target `other` has that `self` has not is added
    /// after the others.
    pub fn merge(&mut self, other: Partial) {
        let target_index: Vec<usize> = other
            .targets
            .iter()
            .map(
                |target| match self.targets.iter().position(|t| t == target) {
                    Some(t) => t,
                    None => {
                        self.targets.push(target.clone());
                        self.targets.len() - 1
                    }
                },
            )
            .collect();
        let in_our_targets = |tallies: Vec<StanceTally>| {
            let mut ours = vec![StanceTally::default(); self.targets.len()];
            for (t, tally) in tallies.into_iter().enumerate() {
                ours[target_index[t]] = tally;
            }
            ours
        };
        for (date, mut tally) in other.days {
            tally.stance = in_our_targets(std::mem::take(&mut tally.stance));
            tally.addressed = in_our_targets(std::mem::take(&mut tally.addressed));
            self.days.entry(date).or_default().merge(&tally);
        }
        for (id, tally) in other.articles {
            match self.articles.get_mut(&id) {
                Some(kept) => kept.merge(&tally),
                None => {
                    self.articles.insert(id, tally);
                }
            }
        }
        let mut numbers: HashMap<&str, u32> = self
            .article_ids
            .iter()
            .enumerate()
            .map(|(n, id)| (id.as_str(), n as u32))
            .collect();
        let mut new_ids = Vec::new();
        let renumbered: Vec<u32> = other
            .article_ids
            .iter()
            .map(|id| {
                *numbers.entry(id.as_str()).or_insert_with(|| {
                    new_ids.push(id.clone());
                    (self.article_ids.len() + new_ids.len() - 1) as u32
                })
            })
            .collect();
        drop(numbers);
        self.article_ids.extend(new_ids);
        for (who, tally) in other.handles {
            let kept = self.handles.entry(who).or_default();
            kept.sentiment.merge(&tally.sentiment);
            kept.articles
                .extend(tally.articles.iter().map(|&n| renumbered[n as usize]));
        }
        keep_top(&mut self.positive, other.positive, SentimentLabel::Positive);
        keep_top(&mut self.negative, other.negative, SentimentLabel::Negative);
    }

    /// Everything a report needs (see [`Fold::into_totals`]).
    pub fn into_totals(self, articles: Vec<ArticleRow>) -> Totals {
        let people = self.handles.len();
        let mut handles: Vec<HandleAggregate> = self
            .handles
            .into_iter()
            .map(|(who, tally)| HandleAggregate {
                who,
                articles: tally.article_count(),
                sentiment: tally.sentiment,
            })
            .collect();
        handles.sort_by(crate::summary::handle_order);
        handles.truncate(HANDLES_LISTED);
        Totals {
            articles,
            article_tallies: self.articles,
            days: self.days,
            targets: self.targets,
            handles,
            people,
            positive: self.positive,
            negative: self.negative,
        }
    }
}

/// Merges the best quotes of two parts (see [`Fold`]).
pub fn merge_quotes(kept: &mut Vec<Quote>, more: Vec<Quote>, positive: bool) {
    let label = if positive {
        SentimentLabel::Positive
    } else {
        SentimentLabel::Negative
    };
    keep_top(kept, more, label);
}

/// What a report is written from, without the rows; see the module's documentation.
pub struct Totals {
    /// Every article.
    pub articles: Vec<ArticleRow>,
    /// Per `article_id`.
    pub article_tallies: HashMap<String, ArticleTally>,
    /// Per day.
    pub days: BTreeMap<NaiveDate, DayTally>,
    /// In configured order.
    pub targets: Vec<String>,
    /// The handles the table lists, in its order.
    pub handles: Vec<HandleAggregate>,
    /// Every distinct handle.
    pub people: usize,
    /// The most positive reactions, best first.
    pub positive: Vec<Quote>,
    /// The most negative reactions, most negative first.
    pub negative: Vec<Quote>,
}

impl Totals {
    /// The summary every output is written from, equal to [`Summary::new`] of all the rows.
    pub fn summary(&self) -> Summary<'_> {
        let mut listed: Vec<&ArticleRow> = self.articles.iter().collect();
        listed.sort_by(|a, b| a.listing_key().cmp(&b.listing_key()));
        let articles = listed
            .into_iter()
            .map(|article| {
                let tally = self.article_tallies.get(&article.article_id);
                ArticleAggregate {
                    article,
                    sentiment: tally.map(|t| t.sentiment.clone()).unwrap_or_default(),
                    stance: tally.map(|t| t.stance).unwrap_or_default(),
                    most_positive: tally
                        .and_then(|t| t.most_positive.as_ref())
                        .map(ArticleQuote::quoted),
                    most_negative: tally
                        .and_then(|t| t.most_negative.as_ref())
                        .map(ArticleQuote::quoted),
                }
            })
            .collect();
        let per_target = |tallies: &[StanceTally], t: usize| tallies.get(t).copied();
        let targets = self
            .targets
            .iter()
            .enumerate()
            .map(|(t, target)| {
                let mut aggregate = TargetAggregate {
                    target: target.clone(),
                    stance: StanceTally::default(),
                    addressed: StanceTally::default(),
                };
                for day in self.days.values() {
                    aggregate
                        .stance
                        .merge(&per_target(&day.stance, t).unwrap_or_default());
                    aggregate
                        .addressed
                        .merge(&per_target(&day.addressed, t).unwrap_or_default());
                }
                aggregate
            })
            .collect();
        let mut overall = SentimentTally::default();
        let mut checked = Checked::default();
        for day in self.days.values() {
            checked.merge(&day.checked);
        }
        let mut methods = MethodTally::default();
        let days = self
            .days
            .iter()
            // A day of records people took out only: no row of it is counted.
            .filter(|(_, day)| day.sentiment.reactions > 0)
            .map(|(date, day)| {
                overall.merge(&day.sentiment);
                methods.merge(&day.methods);
                DayAggregate {
                    date: *date,
                    sentiment: day.sentiment.clone(),
                    stance: self
                        .targets
                        .iter()
                        .enumerate()
                        .map(|(t, target)| {
                            (
                                target.clone(),
                                per_target(&day.stance, t).unwrap_or_default(),
                            )
                        })
                        .collect(),
                }
            })
            .collect();
        Summary {
            articles,
            targets,
            days,
            handles: self
                .handles
                .iter()
                .map(|h| HandleAggregate {
                    who: h.who.clone(),
                    sentiment: h.sentiment.clone(),
                    articles: h.articles,
                })
                .collect(),
            people: self.people,
            overall,
            methods,
            most_positive: self.positive.iter().map(|q| &q.row).collect(),
            most_negative: self.negative.iter().map(|q| &q.row).collect(),
            checked,
            labels: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::ReportData;
    use crate::tables;
    use scoring::stance::{Method, StanceRule};
    use scoring::Stance;
    use std::sync::Arc;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    /// Rows with many ties: compounds repeat, handles repeat across articles, one article is
    /// not listed. Analysts labelled some: sentiment flipped, stance given, records taken out
    /// (one of them the only reaction of its handle), one unreadable stance row judged.
    fn data() -> ReportData {
        let articles: Vec<ArticleRow> = (0..4)
            .map(|a| ArticleRow {
                article_id: format!("a{a}"),
                source: format!("s{}", a % 2),
                title: Some(format!("Article {a}")),
                date: day(1 + a % 3),
                ..ArticleRow::default()
            })
            .collect();
        let compounds = [0.5, -0.5, 0.0, 0.9, 0.5, -0.7, -0.5, 0.9];
        let reactions: Vec<ReactionRow> = (0..40u32)
            .map(|i| {
                let compound = compounds[i as usize % compounds.len()];
                ReactionRow {
                    reaction: Reaction {
                        reaction_id: format!("r{:02}", (i * 7) % 40),
                        article_id: format!("a{}", i % 5),
                        position: i / 5,
                        handle: Some(match i {
                            26 => "lone".to_string(),
                            _ => format!("h{}", i % 6),
                        }),
                        text: format!("text {i}"),
                        lang: [Some("en"), Some("ha"), Some("zh"), None][i as usize % 4]
                            .map(str::to_string),
                        ..Reaction::default()
                    },
                    // Every fifth read by a trained pack: a label and no compound; every
                    // seventh in a language no method reads.
                    sentiment: if i % 7 == 6 {
                        Sentiment::OtherLanguage
                    } else if i % 5 == 4 {
                        Sentiment::Classified(
                            [SentimentLabel::Negative, SentimentLabel::Positive][i as usize % 2],
                        )
                    } else {
                        Sentiment::Scored(Polarity {
                            neg: 0.0,
                            neu: 1.0,
                            pos: 0.0,
                            compound,
                        })
                    },
                    method: match (i % 7, i % 5) {
                        (6, _) => None,
                        (_, 4) => Some("afrisenti-ha".into()),
                        _ => Some("vader".into()),
                    },
                    date: day(1 + i % 3),
                    human_sentiment: (i % 7 == 3).then_some(SentimentLabel::Negative),
                    human_is_reaction: match i {
                        11 | 26 => Some(false),
                        13 => Some(true),
                        _ => None,
                    },
                }
            })
            .collect();
        let targets: Vec<Arc<str>> = vec!["x".into(), "y".into()];
        let stance = reactions
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                targets.iter().map(move |t| StanceRow {
                    reaction_id: r.reaction.reaction_id.clone(),
                    article_id: r.reaction.article_id.clone(),
                    date: r.date,
                    target: t.clone(),
                    stance: [Stance::Favor, Stance::Against, Stance::None][i % 3],
                    confidence: 1.0,
                    method: Method::Rules,
                    rule: match i {
                        _ if i % 9 == 0 => StanceRule::Unreadable,
                        _ if i % 4 == 0 => StanceRule::NoMention,
                        _ => StanceRule::TargetCue,
                    },
                    alias: None,
                    evidence: String::new(),
                    human_stance: (i % 5 == 2).then_some(Stance::Against),
                    is_reaction: r.is_reaction(),
                })
            })
            .collect();
        ReportData {
            articles,
            reactions,
            stance,
            targets: vec!["x".into(), "y".into()],
        }
    }

    fn rendered(summary: &Summary) -> Vec<String> {
        tables::tables(summary)
            .iter()
            .map(|t| {
                let mut out = Vec::new();
                t.write_csv(&mut out).unwrap();
                String::from_utf8(out).unwrap()
            })
            .chain([format!(
                "{:?} {:?} {}",
                summary
                    .most_positive
                    .iter()
                    .map(|r| &r.reaction.reaction_id)
                    .collect::<Vec<_>>(),
                summary
                    .most_negative
                    .iter()
                    .map(|r| &r.reaction.reaction_id)
                    .collect::<Vec<_>>(),
                summary.people
            )])
            .collect()
    }

    #[test]
    fn folds_of_parts_merged_equal_the_summary_of_all_rows() {
        let data = data();
        let expected = rendered(&Summary::new(&data));
        // In two parts, the second given first, each part's tallies merged as the state
        // merges them.
        let (first, second) = data.reactions.split_at(17);
        let mut whole = Fold::new(&data.articles, &data.targets);
        for part in [second, first] {
            let mut fold = fold_of(&data, part, &data.targets);
            for (date, tally) in &fold.days {
                whole.days.entry(*date).or_default().merge(tally);
            }
            for (id, tally) in &fold.articles {
                whole.articles.entry(id.clone()).or_default().merge(tally);
            }
            for (who, tally) in &fold.handles {
                let numbers: Vec<u32> = tally
                    .article_numbers()
                    .map(|n| whole.article_number(fold.article_id(n)))
                    .collect();
                let kept = whole.handles.entry(who.clone()).or_default();
                kept.sentiment.merge(&tally.sentiment);
                kept.articles.extend(numbers);
            }
            merge_quotes(
                &mut whole.positive,
                std::mem::take(&mut fold.positive),
                true,
            );
            merge_quotes(
                &mut whole.negative,
                std::mem::take(&mut fold.negative),
                false,
            );
        }
        let totals = whole.into_totals(data.articles.clone());
        assert_eq!(rendered(&totals.summary()), expected);
    }

    /// The fold of `part` of the rows and of their stance rows, with `targets` in that order.
    fn fold_of<'a>(data: &'a ReportData, part: &[ReactionRow], targets: &[String]) -> Fold<'a> {
        let mut fold = Fold::new(&data.articles, targets);
        fold.add_reactions(part);
        let ids: BTreeSet<&str> = part
            .iter()
            .map(|r| r.reaction.reaction_id.as_str())
            .collect();
        let stance: Vec<StanceRow> = data
            .stance
            .iter()
            .filter(|s| ids.contains(s.reaction_id.as_str()))
            .cloned()
            .collect();
        fold.add_stance(&stance);
        fold
    }

    #[test]
    fn partials_of_parts_through_json_merged_equal_the_summary_of_all_rows() {
        let data = data();
        let expected = rendered(&Summary::new(&data));
        // Three parts, folded apart, sent as JSON and merged in another order; the last part
        // is given its targets reversed, as a process that met them in another order would.
        // Merged into an empty fold of the configured targets, which keeps their order.
        let mut merged = Fold::new(&data.articles, &data.targets).into_partial();
        let (first, rest) = data.reactions.split_at(11);
        let (second, third) = rest.split_at(17);
        for (part, targets) in [
            (third, vec!["y".to_string(), "x".to_string()]),
            (first, data.targets.clone()),
            (second, data.targets.clone()),
        ] {
            let fold = fold_of(&data, part, &targets);
            let json = serde_json::to_vec(&fold.into_partial()).unwrap();
            merged.merge(serde_json::from_slice(&json).unwrap());
        }
        let totals = merged.into_totals(data.articles.clone());
        assert_ne!(totals.people, 0);
        assert_eq!(rendered(&totals.summary()), expected);
    }

    #[test]
    fn quotes_survive_the_state_exactly() {
        let data = data();
        let mut fold = Fold::new(&data.articles, &data.targets);
        fold.add_reactions(&data.reactions);
        // The fold quotes by compound, as `Summary::new` does: a trained pack's class (no
        // scores) among the rows is never quoted.
        assert!(data
            .reactions
            .iter()
            .any(|row| matches!(row.sentiment, Sentiment::Classified(_))));
        for quotes in [&fold.positive, &fold.negative] {
            assert!(!quotes.is_empty());
            assert!(quotes.iter().all(|q| q.row.polarity().is_some()));
            let json = serde_json::to_string(quotes).unwrap();
            let back: Vec<Quote> = serde_json::from_str(&json).unwrap();
            assert_eq!(
                back.iter().map(|q| &q.row).collect::<Vec<_>>(),
                quotes.iter().map(|q| &q.row).collect::<Vec<_>>()
            );
        }
    }
}
