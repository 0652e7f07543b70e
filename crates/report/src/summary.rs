//! Aggregates per article, target, day and handle, with Wilson intervals on every share.
//!
//! [`Summary::new`] makes one pass over a [`ReportData`]; the Parquet `articles/` and `daily/`
//! datasets, the tables, the HTML report and the notebook all read from it, so their numbers
//! agree.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use scoring::{Sentiment, SentimentLabel, Stance};

use crate::evaluate::Check;
use crate::labels::Labels;
use crate::rows::{ArticleRow, ReactionRow, ReportData, StanceRow};

/// `k` of `n`, with its 95% Wilson score interval: honest about small `n`, where four
/// reactions make a share anywhere between a sliver and nearly all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Share {
    /// How many of the group have the property.
    pub k: usize,
    /// How many the group has.
    pub n: usize,
}

impl Share {
    /// `k / n`; `None` when `n` is 0, where no share can be told.
    pub fn value(&self) -> Option<f64> {
        (self.n > 0).then(|| self.k as f64 / self.n as f64)
    }

    /// The 95% Wilson score interval (z = 1.959964).
    pub fn wilson(&self) -> Option<(f64, f64)> {
        if self.n == 0 {
            return None;
        }
        let z = 1.959_963_984_540_054_f64;
        let n = self.n as f64;
        let p = self.k as f64 / n;
        let denominator = 1.0 + z * z / n;
        let centre = (p + z * z / (2.0 * n)) / denominator;
        let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / denominator;
        Some(((centre - half).max(0.0), (centre + half).min(1.0)))
    }
}

/// Sentiment counts and the mean compound of a group of reactions. Shares are over the
/// reactions a sentiment scorer read (`scored`: VADER or a trained pack), the mean compound
/// over those VADER read (a pack gives a label, no compound); the others are counted apart,
/// by language, so that text no scorer can read never passes for neutral.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SentimentTally {
    /// Every reaction of the group, scored or not.
    pub reactions: usize,
    /// The reactions a sentiment scorer read: the `n` of every share.
    pub scored: usize,
    /// Of those, the ones with a compound (VADER's): the `n` of the mean.
    pub with_compound: usize,
    /// Scored reactions labelled positive.
    pub positive: usize,
    /// Scored reactions labelled neutral.
    pub neutral: usize,
    /// Scored reactions labelled negative.
    pub negative: usize,
    /// Reactions in words VADER cannot read, per language (`und` where none was decided).
    pub other_languages: BTreeMap<String, usize>,
    /// Reactions with nothing to read (a link, a handle, a number).
    pub no_text: usize,
    /// Compound scores summed in ten-thousandths, the unit they are rounded to: an exact
    /// integer, so that a mean does not depend on the order rows are added in.
    compound_sum: i64,
}

impl SentimentTally {
    /// Counts a reaction by the label the figures count ([`ReactionRow::applied_label`]):
    /// a person's label makes a reaction no scorer could read a scored one. The compound
    /// stays the model's. Records people took out are not counted: the caller leaves them.
    pub(crate) fn add(&mut self, row: &ReactionRow) {
        self.reactions += 1;
        match row.applied_label() {
            Some(label) => {
                self.scored += 1;
                if let Some(polarity) = row.sentiment.polarity() {
                    self.with_compound += 1;
                    self.compound_sum += (polarity.compound * 10_000.0).round() as i64;
                }
                match label {
                    SentimentLabel::Positive => self.positive += 1,
                    SentimentLabel::Negative => self.negative += 1,
                    SentimentLabel::Neutral => self.neutral += 1,
                }
            }
            None if row.sentiment == Sentiment::NoText => self.no_text += 1,
            None => {
                *self
                    .other_languages
                    .entry(reaction_language(row).to_string())
                    .or_default() += 1;
            }
        }
    }

    /// Adds another group's counts: every field is an exact integer, so tallies kept per day
    /// or per run and merged equal the tally of all their rows at once.
    pub fn merge(&mut self, other: &SentimentTally) {
        self.reactions += other.reactions;
        self.scored += other.scored;
        self.with_compound += other.with_compound;
        self.positive += other.positive;
        self.neutral += other.neutral;
        self.negative += other.negative;
        for (lang, count) in &other.other_languages {
            *self.other_languages.entry(lang.clone()).or_default() += count;
        }
        self.no_text += other.no_text;
        self.compound_sum += other.compound_sum;
    }

    /// The mean compound over the reactions VADER scored; `None` when it scored none.
    pub fn mean_compound(&self) -> Option<f64> {
        (self.with_compound > 0)
            .then(|| self.compound_sum as f64 / 10_000.0 / self.with_compound as f64)
    }

    /// `k` of the scored reactions, as a share.
    pub fn share(&self, k: usize) -> Share {
        Share { k, n: self.scored }
    }

    /// Reactions left unscored: other languages and no text.
    pub fn unscored(&self) -> usize {
        self.reactions - self.scored
    }

    /// Reactions in words VADER cannot read, in every language together.
    pub fn other_language(&self) -> usize {
        self.other_languages.values().sum()
    }

    /// The languages of the reactions in other languages, most frequent first:
    /// `zh 280, sw 32`. Empty when there are none.
    pub fn languages_text(&self) -> String {
        let mut languages: Vec<(&String, &usize)> = self.other_languages.iter().collect();
        languages.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        languages
            .iter()
            .map(|(lang, count)| format!("{lang} {count}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The `lang` of a reaction whose language was not decided, as ISO 639 writes it.
pub const UNDECIDED_LANGUAGE: &str = "und";

/// The language a reaction is counted under: its `lang`, [`UNDECIDED_LANGUAGE`] where none was
/// decided, and also where no scorer read it though its `lang` says English: English is then
/// contradicted by the words themselves, being the article's language inherited by a quote
/// in a language no detector here knows (Twi).
pub fn reaction_language(row: &ReactionRow) -> &str {
    match (&row.sentiment, row.reaction.lang.as_deref()) {
        (_, None) | (Sentiment::OtherLanguage, Some("en")) => UNDECIDED_LANGUAGE,
        (_, Some(lang)) => lang,
    }
}

/// The `sentiment_method` the methods table gives reactions no method read.
pub const NO_METHOD: &str = "none";

/// A row of the methods table: a language, the method that read its reactions ([`NO_METHOD`]
/// where none did) and their `sentiment_status`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct MethodKey {
    /// See [`reaction_language`].
    pub language: String,
    /// `sentiment_method`, or [`NO_METHOD`].
    pub method: String,
    /// `sentiment_status`: `scored`, `other_language` or `no_text`.
    pub status: String,
}

/// The reactions of one [`MethodKey`] and their labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LabelCounts {
    /// Every reaction of the group.
    pub reactions: usize,
    /// Labelled positive.
    pub positive: usize,
    /// Labelled neutral.
    pub neutral: usize,
    /// Labelled negative.
    pub negative: usize,
}

impl LabelCounts {
    /// The reactions that got a label: the `n` of the label shares.
    pub fn labelled(&self) -> usize {
        self.positive + self.neutral + self.negative
    }

    /// A label's share among the labelled reactions.
    pub fn share(&self, k: usize) -> Share {
        Share {
            k,
            n: self.labelled(),
        }
    }
}

/// Reactions per language, method and status: the methods table's counts. Exact integers
/// keyed in a total order, so tallies kept per day and merged equal the tally of all rows.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(
    from = "Vec<(MethodKey, LabelCounts)>",
    into = "Vec<(MethodKey, LabelCounts)>"
)]
pub struct MethodTally(BTreeMap<MethodKey, LabelCounts>);

impl From<Vec<(MethodKey, LabelCounts)>> for MethodTally {
    fn from(groups: Vec<(MethodKey, LabelCounts)>) -> Self {
        let mut tally = MethodTally::default();
        for (key, counts) in groups {
            tally.add_counts(key, &counts);
        }
        tally
    }
}

impl From<MethodTally> for Vec<(MethodKey, LabelCounts)> {
    fn from(tally: MethodTally) -> Self {
        tally.0.into_iter().collect()
    }
}

impl MethodTally {
    /// Counts `row`.
    pub fn add(&mut self, row: &ReactionRow) {
        let key = MethodKey {
            language: reaction_language(row).to_string(),
            method: row.method.as_deref().unwrap_or(NO_METHOD).to_string(),
            status: row.sentiment.status().as_str().to_string(),
        };
        let counts = self.0.entry(key).or_default();
        counts.reactions += 1;
        match row.sentiment.label() {
            Some(SentimentLabel::Positive) => counts.positive += 1,
            Some(SentimentLabel::Neutral) => counts.neutral += 1,
            Some(SentimentLabel::Negative) => counts.negative += 1,
            None => {}
        }
    }

    fn add_counts(&mut self, key: MethodKey, more: &LabelCounts) {
        let counts = self.0.entry(key).or_default();
        counts.reactions += more.reactions;
        counts.positive += more.positive;
        counts.neutral += more.neutral;
        counts.negative += more.negative;
    }

    /// Adds another group of reactions' tally.
    pub fn merge(&mut self, other: &MethodTally) {
        for (key, counts) in &other.0 {
            self.add_counts(key.clone(), counts);
        }
    }

    /// Every reaction counted.
    pub fn reactions(&self) -> usize {
        self.0.values().map(|c| c.reactions).sum()
    }

    /// The groups in the table's order: languages with the most reactions first (then by
    /// code), and within a language the groups with the most reactions first, then by method
    /// and status.
    pub fn rows(&self) -> Vec<(&MethodKey, &LabelCounts)> {
        let mut per_language: HashMap<&str, usize> = HashMap::new();
        for (key, counts) in &self.0 {
            *per_language.entry(key.language.as_str()).or_default() += counts.reactions;
        }
        let mut rows: Vec<(&MethodKey, &LabelCounts)> = self.0.iter().collect();
        rows.sort_by(|(a, a_counts), (b, b_counts)| {
            per_language[b.language.as_str()]
                .cmp(&per_language[a.language.as_str()])
                .then_with(|| a.language.cmp(&b.language))
                .then_with(|| b_counts.reactions.cmp(&a_counts.reactions))
                .then_with(|| (&a.method, &a.status).cmp(&(&b.method, &b.status)))
        });
        rows
    }
}

/// FAVOR / AGAINST / NONE counts of a group of stance rows. Rows of reactions VADER cannot
/// read claim no stance and are counted apart, outside `n`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StanceTally {
    /// Rows judged FAVOR.
    pub favor: usize,
    /// Rows judged AGAINST.
    pub against: usize,
    /// Rows judged NONE (the target not mentioned, or nothing leaning either way).
    pub none: usize,
    /// Rows of reactions VADER cannot read, which claim no stance and are outside every share.
    pub unreadable: usize,
}

impl StanceTally {
    /// Counts a row by [`StanceRow::counted_stance`]: `None`, a reaction VADER cannot read
    /// that no one labelled, is counted apart.
    pub(crate) fn add(&mut self, stance: Option<Stance>) {
        match stance {
            None => self.unreadable += 1,
            Some(Stance::Favor) => self.favor += 1,
            Some(Stance::Against) => self.against += 1,
            Some(Stance::None) => self.none += 1,
        }
    }

    /// Adds another group's counts.
    pub fn merge(&mut self, other: &StanceTally) {
        self.favor += other.favor;
        self.against += other.against;
        self.none += other.none;
        self.unreadable += other.unreadable;
    }

    /// The judged rows: the `n` of every share.
    pub fn total(&self) -> usize {
        self.favor + self.against + self.none
    }

    /// (FAVOR − AGAINST) / n, in [−1, 1].
    pub fn net(&self) -> Option<f64> {
        let n = self.total();
        (n > 0).then(|| (self.favor as f64 - self.against as f64) / n as f64)
    }

    /// `k` of the judged rows (unreadable ones aside), as a share.
    pub fn share(&self, k: usize) -> Share {
        Share { k, n: self.total() }
    }
}

/// What people checked: their labels beside the model's values, and the records they took
/// out of the figures.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Checked {
    /// Every label on the rows, with the model's value.
    pub checks: Vec<Check>,
    /// Records labelled `is_reaction=false`: in the dataset, flagged, in no figure.
    pub removed: usize,
}

impl Checked {
    /// Adds another group's.
    pub fn merge(&mut self, other: &Checked) {
        self.checks.extend(other.checks.iter().cloned());
        self.removed += other.removed;
    }

    /// Takes in scored rows' labels; returns whether the reaction counts in the figures.
    pub(crate) fn add_reaction(&mut self, row: &ReactionRow) -> bool {
        if let Some(human) = row.human_sentiment {
            self.checks.push(Check::sentiment(row, human));
        }
        if let Some(human) = row.human_is_reaction {
            self.checks.push(Check::is_reaction(human));
        }
        if !row.is_reaction() {
            self.removed += 1;
        }
        row.is_reaction()
    }

    /// Takes in a stance row's label; returns whether the row counts in the figures.
    pub(crate) fn add_stance(&mut self, row: &StanceRow) -> bool {
        if let Some(human) = row.human_stance {
            self.checks.push(Check::stance(row, human));
        }
        row.is_reaction
    }

    /// Whether people checked anything.
    pub fn is_empty(&self) -> bool {
        self.checks.is_empty() && self.removed == 0
    }
}

/// One article's figures: the `articles` table's row, the page's per-article chart.
pub struct ArticleAggregate<'a> {
    /// The article.
    pub article: &'a ArticleRow,
    /// Its reactions' sentiment.
    pub sentiment: SentimentTally,
    /// Its reactions' stance toward every target together.
    pub stance: StanceTally,
    /// Its reaction labelled positive with the highest compound, quoted.
    pub most_positive: Option<Quoted<'a>>,
    /// Its reaction labelled negative with the lowest compound, quoted.
    pub most_negative: Option<Quoted<'a>>,
}

/// A reaction as an article's row quotes it: who, the words and the compound score.
#[derive(Debug, Clone, PartialEq)]
pub struct Quoted<'a> {
    /// The reactor's handle or name.
    pub who: std::borrow::Cow<'a, str>,
    /// The words.
    pub text: &'a str,
    /// VADER's compound score of them.
    pub compound: f64,
}

impl<'a> Quoted<'a> {
    /// A scored reaction as quoted.
    fn of(row: &'a ReactionRow, compound: f64) -> Quoted<'a> {
        Quoted {
            who: row.who().into(),
            text: &row.reaction.text,
            compound,
        }
    }
}

/// One target's figures: the `targets` table's row.
pub struct TargetAggregate {
    /// The target's name.
    pub target: String,
    /// Stance toward it over every reaction.
    pub stance: StanceTally,
    /// Stance among the reactions that address the target: they mention it (or one of its
    /// cue phrases), or a trained model judged them. Every rule but no-mention.
    pub addressed: StanceTally,
}

/// One day's figures: the `daily` table's rows.
pub struct DayAggregate {
    /// The day.
    pub date: NaiveDate,
    /// Its reactions' sentiment.
    pub sentiment: SentimentTally,
    /// Per target, in configured order.
    pub stance: Vec<(String, StanceTally)>,
}

/// One reactor's figures: the `handles` table's row.
pub struct HandleAggregate {
    /// The handle or name.
    pub who: String,
    /// The sentiment of their reactions.
    pub sentiment: SentimentTally,
    /// How many distinct articles they reacted to.
    pub articles: usize,
}

/// Everything the tables, page, notebook and views say of a dataset: made from rows
/// ([`Summary::new`]) or from tallies kept without them ([`crate::aggregate::Totals::summary`]),
/// the same either way.
pub struct Summary<'a> {
    /// In [`ArticleRow::listing_key`] order.
    pub articles: Vec<ArticleAggregate<'a>>,
    /// Per target, in configured order.
    pub targets: Vec<TargetAggregate>,
    /// Per day, oldest first.
    pub days: Vec<DayAggregate>,
    /// The [`HANDLES_LISTED`] most frequent reactors, most reactions first, then by name.
    pub handles: Vec<HandleAggregate>,
    /// Every distinct reactor, listed or not.
    pub people: usize,
    /// Every reaction together.
    pub overall: SentimentTally,
    /// Reactions per language, method and status (the methods table).
    pub methods: MethodTally,
    /// The [`QUOTED`] reactions labelled positive with the highest compounds, highest first.
    pub most_positive: Vec<&'a ReactionRow>,
    /// The [`QUOTED`] reactions labelled negative with the lowest compounds, lowest first.
    pub most_negative: Vec<&'a ReactionRow>,
    /// What people checked, from the rows' labels.
    pub checked: Checked,
    /// The labels file the rows' labels came from, when the writer has it: its authors and
    /// notes are in no row.
    pub labels: Option<&'a Labels>,
}

/// How many reactions the report quotes at each end of the sentiment scale.
pub const QUOTED: usize = 5;

/// How many reactors the handles table lists: the table is for reading, and a month of a
/// large forum has millions of them (every one is counted in [`Summary::people`]).
pub const HANDLES_LISTED: usize = 1_000;

/// Orders handles as the table lists them: most reactions first, then by name.
pub fn handle_order(a: &HandleAggregate, b: &HandleAggregate) -> std::cmp::Ordering {
    b.sentiment
        .reactions
        .cmp(&a.sentiment.reactions)
        .then_with(|| a.who.cmp(&b.who))
}

impl<'a> Summary<'a> {
    /// The summary of `data`'s rows, which it borrows.
    pub fn new(data: &'a ReportData) -> Summary<'a> {
        // Rows arrive in collection order, which differs between engines (and between a run
        // and a report rebuilt from its dataset); every figure and listing below is taken in
        // an order of the rows' own values instead.
        let mut listed: Vec<&ArticleRow> = data.articles.iter().collect();
        listed.sort_by(|a, b| a.listing_key().cmp(&b.listing_key()));
        let mut articles: Vec<ArticleAggregate> = listed
            .into_iter()
            .map(|article| ArticleAggregate {
                article,
                sentiment: SentimentTally::default(),
                stance: StanceTally::default(),
                most_positive: None,
                most_negative: None,
            })
            .collect();
        let article_index: HashMap<&str, usize> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.article.article_id.as_str(), i))
            .collect();
        // A reaction's place: its article's, then its position there; `reaction_id` settles
        // reactions without a listed article.
        let mut reactions: Vec<&ReactionRow> = data.reactions.iter().collect();
        reactions.sort_by_cached_key(|row| {
            (
                article_index
                    .get(row.reaction.article_id.as_str())
                    .copied()
                    .unwrap_or(usize::MAX),
                row.reaction.position,
                row.reaction.reaction_id.as_str(),
            )
        });

        let mut checked = Checked::default();
        reactions.retain(|row| checked.add_reaction(row));
        let mut overall = SentimentTally::default();
        let mut methods = MethodTally::default();
        let mut days: BTreeMap<NaiveDate, (SentimentTally, Vec<StanceTally>)> = BTreeMap::new();
        let mut handles: HashMap<String, (SentimentTally, Vec<&str>)> = HashMap::new();
        for &row in &reactions {
            overall.add(row);
            methods.add(row);
            days.entry(row.date)
                .or_insert_with(|| {
                    (
                        SentimentTally::default(),
                        vec![StanceTally::default(); data.targets.len()],
                    )
                })
                .0
                .add(row);
            let handle = handles.entry(row.who()).or_default();
            handle.0.add(row);
            if handle.1.last() != Some(&row.reaction.article_id.as_str()) {
                handle.1.push(&row.reaction.article_id);
            }
            if let Some(&i) = article_index.get(row.reaction.article_id.as_str()) {
                let aggregate = &mut articles[i];
                aggregate.sentiment.add(row);
                if let Some(compound) = row.compound() {
                    let label = row.applied_label();
                    if label == Some(SentimentLabel::Positive)
                        && aggregate
                            .most_positive
                            .as_ref()
                            .is_none_or(|q| compound > q.compound)
                    {
                        aggregate.most_positive = Some(Quoted::of(row, compound));
                    }
                    if label == Some(SentimentLabel::Negative)
                        && aggregate
                            .most_negative
                            .as_ref()
                            .is_none_or(|q| compound < q.compound)
                    {
                        aggregate.most_negative = Some(Quoted::of(row, compound));
                    }
                }
            }
        }

        let target_index: HashMap<&str, usize> = data
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i))
            .collect();
        let mut targets: Vec<TargetAggregate> = data
            .targets
            .iter()
            .map(|target| TargetAggregate {
                target: target.clone(),
                stance: StanceTally::default(),
                addressed: StanceTally::default(),
            })
            .collect();
        for row in &data.stance {
            let Some(&t) = target_index.get(&*row.target) else {
                continue;
            };
            if !checked.add_stance(row) {
                continue;
            }
            let stance = row.counted_stance();
            targets[t].stance.add(stance);
            if row.addresses_target() {
                targets[t].addressed.add(stance);
            }
            if let Some(day) = days.get_mut(&row.date) {
                day.1[t].add(stance);
            }
            if let Some(&i) = article_index.get(row.article_id.as_str()) {
                articles[i].stance.add(stance);
            }
        }

        let days = days
            .into_iter()
            .map(|(date, (sentiment, stance))| DayAggregate {
                date,
                sentiment,
                stance: data.targets.iter().cloned().zip(stance).collect(),
            })
            .collect();
        let mut handles: Vec<HandleAggregate> = handles
            .into_iter()
            .map(|(who, (sentiment, articles))| {
                let mut distinct = articles;
                distinct.sort_unstable();
                distinct.dedup();
                HandleAggregate {
                    who,
                    sentiment,
                    articles: distinct.len(),
                }
            })
            .collect();
        handles.sort_by(handle_order);
        let people = handles.len();
        handles.truncate(HANDLES_LISTED);

        let (most_positive, most_negative) = extremes(&reactions);
        Summary {
            articles,
            targets,
            days,
            handles,
            people,
            overall,
            methods,
            most_positive,
            most_negative,
            checked,
            labels: None,
        }
    }
}

impl Summary<'_> {
    /// The stance rows summed up: one per reaction and target.
    pub fn stance_rows(&self) -> usize {
        self.targets
            .iter()
            .map(|t| t.stance.total() + t.stance.unreadable)
            .sum()
    }
}

/// The most positive and most negative reactions (positive or negative by the label the
/// figures count, ranked by VADER's compound), ties kept in the order of `rows`.
fn extremes<'a>(rows: &[&'a ReactionRow]) -> (Vec<&'a ReactionRow>, Vec<&'a ReactionRow>) {
    let labelled = |label| {
        rows.iter()
            .copied()
            .filter(move |r| r.applied_label() == Some(label))
            .filter_map(|r| Some((r, r.compound()?)))
    };
    let mut positive: Vec<(&ReactionRow, f64)> = labelled(SentimentLabel::Positive).collect();
    positive.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut negative: Vec<(&ReactionRow, f64)> = labelled(SentimentLabel::Negative).collect();
    negative.sort_by(|a, b| a.1.total_cmp(&b.1));
    positive.truncate(QUOTED);
    negative.truncate(QUOTED);
    (
        positive.into_iter().map(|(r, _)| r).collect(),
        negative.into_iter().map(|(r, _)| r).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_interval_matches_published_values() {
        // 4 of 4: the interval is [0.510, 1]; 0 of 4: [0, 0.490] (Wilson 1927; Newcombe 1998).
        let (low, high) = Share { k: 4, n: 4 }.wilson().unwrap();
        assert!((low - 0.5101).abs() < 1e-4 && high == 1.0, "{low} {high}");
        let (low, high) = Share { k: 0, n: 4 }.wilson().unwrap();
        assert!(low == 0.0 && (high - 0.4899).abs() < 1e-4);
        // 81 of 263 (Newcombe's example 1): 0.2553 to 0.3662.
        let (low, high) = Share { k: 81, n: 263 }.wilson().unwrap();
        assert!(
            (low - 0.2553).abs() < 1e-4 && (high - 0.3662).abs() < 1e-4,
            "{low} {high}"
        );
        assert_eq!(Share { k: 0, n: 0 }.wilson(), None);
    }

    #[test]
    fn net_stance_is_favor_minus_against_over_n() {
        let tally = StanceTally {
            favor: 3,
            against: 1,
            none: 4,
            unreadable: 5,
        };
        assert_eq!(tally.net(), Some(0.25));
        assert_eq!(StanceTally::default().net(), None);
    }
}
