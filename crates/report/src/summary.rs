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

/// The fields of `row`'s [`MethodKey`], borrowed from it.
fn method_parts(row: &ReactionRow) -> (&str, &str, &str) {
    (
        reaction_language(row),
        row.method.as_deref().unwrap_or(NO_METHOD),
        row.sentiment.status().as_str(),
    )
}

/// A [`MethodKey`]'s fields as text, owned or borrowed, so that the tally is looked up by a
/// row's own text: [`MethodKey`] orders as its fields do, one after the other.
trait MethodKeyParts {
    fn parts(&self) -> (&str, &str, &str);
}

impl MethodKeyParts for MethodKey {
    fn parts(&self) -> (&str, &str, &str) {
        (&self.language, &self.method, &self.status)
    }
}

impl MethodKeyParts for (&str, &str, &str) {
    fn parts(&self) -> (&str, &str, &str) {
        *self
    }
}

impl<'a> std::borrow::Borrow<dyn MethodKeyParts + 'a> for MethodKey {
    fn borrow(&self) -> &(dyn MethodKeyParts + 'a) {
        self
    }
}

impl PartialEq for dyn MethodKeyParts + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

impl Eq for dyn MethodKeyParts + '_ {}

impl PartialOrd for dyn MethodKeyParts + '_ {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for dyn MethodKeyParts + '_ {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.parts().cmp(&other.parts())
    }
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
    /// One reaction's: its label as the model gave it.
    fn of(row: &ReactionRow) -> LabelCounts {
        let mut counts = LabelCounts {
            reactions: 1,
            ..LabelCounts::default()
        };
        match row.sentiment.label() {
            Some(SentimentLabel::Positive) => counts.positive += 1,
            Some(SentimentLabel::Neutral) => counts.neutral += 1,
            Some(SentimentLabel::Negative) => counts.negative += 1,
            None => {}
        }
        counts
    }

    fn add(&mut self, more: &LabelCounts) {
        self.reactions += more.reactions;
        self.positive += more.positive;
        self.neutral += more.neutral;
        self.negative += more.negative;
    }

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
        self.add_parts(method_parts(row), &LabelCounts::of(row));
    }

    /// Adds `more` to the group of the key `parts`, which is made only the first time it is
    /// met: it is looked up borrowed (a million reactions were three million strings made
    /// and dropped).
    fn add_parts(&mut self, parts: (&str, &str, &str), more: &LabelCounts) {
        let borrowed: &dyn MethodKeyParts = &parts;
        match self.0.get_mut(borrowed) {
            Some(counts) => counts.add(more),
            None => {
                let (language, method, status) = parts;
                let key = MethodKey {
                    language: language.to_string(),
                    method: method.to_string(),
                    status: status.to_string(),
                };
                self.0.insert(key, *more);
            }
        }
    }

    fn add_counts(&mut self, key: MethodKey, more: &LabelCounts) {
        self.0.entry(key).or_default().add(more);
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
        // an order of the rows' own values instead: counts are exact integers, which any
        // order adds alike, and what is chosen (the quotes, the order of the checks) is
        // chosen by the rows' places (`Candidate::place`), the order they would sort in.
        // The rows themselves are not sorted: a million of them were, then read in that
        // order, all over memory.
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
        let mut article_quotes = vec![(Pick::default(), Pick::default()); articles.len()];

        let mut labelled: Vec<Candidate> = Vec::new();
        let mut overall = SentimentTally::default();
        let mut methods = MethodTally::default();
        // Rows of one method key in a row are counted together, then added under the key.
        let mut method_run: Option<((&str, &str, &str), LabelCounts)> = None;
        let mut days: BTreeMap<NaiveDate, (SentimentTally, Vec<StanceTally>)> = BTreeMap::new();
        let mut reactors = Reactors::default();
        // (reactor, article) of every reaction, both numbered, to count each reactor's
        // distinct articles; articles not listed are numbered after the listed ones.
        let mut reacted_to: Vec<u64> = Vec::with_capacity(data.reactions.len());
        let mut unlisted: HashMap<&str, u64> = HashMap::new();
        let mut most_positive = Extremes::new(SentimentLabel::Positive);
        let mut most_negative = Extremes::new(SentimentLabel::Negative);
        let mut last_article: Option<(&str, Option<usize>)> = None;
        for (index, row) in data.reactions.iter().enumerate() {
            let article_id = row.reaction.article_id.as_str();
            let article = match last_article {
                Some((id, article)) if id == article_id => article,
                _ => {
                    let article = article_index.get(article_id).copied();
                    last_article = Some((article_id, article));
                    article
                }
            };
            let candidate = || Candidate {
                row,
                article,
                index,
            };
            if row.human_sentiment.is_some() || row.human_is_reaction.is_some() {
                labelled.push(candidate());
            }
            if !row.is_reaction() {
                continue;
            }
            overall.add(row);
            let (parts, counts) = (method_parts(row), LabelCounts::of(row));
            match &mut method_run {
                Some((key, run)) if *key == parts => run.add(&counts),
                _ => {
                    if let Some((key, run)) = method_run.replace((parts, counts)) {
                        methods.add_parts(key, &run);
                    }
                }
            }
            days.entry(row.date)
                .or_insert_with(|| {
                    (
                        SentimentTally::default(),
                        vec![StanceTally::default(); data.targets.len()],
                    )
                })
                .0
                .add(row);
            let reactor = reactors.number(row);
            reactors.tallies[reactor].add(row);
            let article_number = match article {
                Some(i) => i as u64,
                None => {
                    let next = (articles.len() + unlisted.len()) as u64;
                    *unlisted.entry(article_id).or_insert(next)
                }
            };
            reacted_to.push((reactor as u64) << 32 | article_number);
            if let Some(i) = article {
                articles[i].sentiment.add(row);
            }
            if let Some(compound) = row.compound() {
                let label = row.applied_label();
                let (picks, extremes) = match label {
                    Some(SentimentLabel::Positive) => (
                        article.map(|i| &mut article_quotes[i].0),
                        &mut most_positive,
                    ),
                    Some(SentimentLabel::Negative) => (
                        article.map(|i| &mut article_quotes[i].1),
                        &mut most_negative,
                    ),
                    _ => continue,
                };
                if let Some(pick) = picks {
                    pick.offer(
                        candidate(),
                        compound,
                        label == Some(SentimentLabel::Positive),
                    );
                }
                extremes.offer(candidate(), compound);
            }
        }
        if let Some((key, run)) = method_run {
            methods.add_parts(key, &run);
        }
        for (aggregate, (positive, negative)) in articles.iter_mut().zip(article_quotes) {
            aggregate.most_positive = positive
                .chosen()
                .map(|(row, compound)| Quoted::of(row, compound));
            aggregate.most_negative = negative
                .chosen()
                .map(|(row, compound)| Quoted::of(row, compound));
        }
        // The labels in the rows' order.
        labelled.sort_by(|a, b| a.place(b));
        let mut checked = Checked::default();
        for labelled in &labelled {
            checked.add_reaction(labelled.row);
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
        // A reaction's stance rows come together (one per target), its targets shared: the
        // last target, article and day looked up are asked first.
        let mut last_target: Option<(*const u8, Option<usize>)> = None;
        let mut last_article: Option<(&str, Option<usize>)> = None;
        for row in &data.stance {
            let shared = row.target.as_ptr();
            let target = match last_target {
                Some((pointer, target)) if pointer == shared => target,
                _ => {
                    let target = target_index.get(&*row.target).copied();
                    last_target = Some((shared, target));
                    target
                }
            };
            let Some(t) = target else {
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
            let article = match last_article {
                Some((id, article)) if id == row.article_id => article,
                _ => {
                    let article = article_index.get(row.article_id.as_str()).copied();
                    last_article = Some((&row.article_id, article));
                    article
                }
            };
            if let Some(i) = article {
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
        let mut handles = reactors.handles(reacted_to);
        let people = handles.len();
        // The listed few in order; the rest only counted.
        if handles.len() > HANDLES_LISTED {
            handles.select_nth_unstable_by(HANDLES_LISTED, handle_order);
            handles.truncate(HANDLES_LISTED);
        }
        handles.sort_by(handle_order);

        Summary {
            articles,
            targets,
            days,
            handles,
            people,
            overall,
            methods,
            most_positive: most_positive.rows(),
            most_negative: most_negative.rows(),
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

/// Who a reaction is by, borrowed from it: [`ReactionRow::who`] without making the name.
#[derive(Debug, Clone, Copy)]
enum Who<'a> {
    Handle(&'a str),
    Name(&'a str),
    Anonymous,
}

impl<'a> Who<'a> {
    fn of(row: &'a ReactionRow) -> Who<'a> {
        match (&row.reaction.handle, &row.reaction.display_name) {
            (Some(handle), _) => Who::Handle(handle),
            (None, Some(name)) => Who::Name(name),
            (None, None) => Who::Anonymous,
        }
    }

    /// The name [`ReactionRow::who`] gives.
    fn name(self) -> String {
        match self {
            Who::Handle(handle) => format!("@{handle}"),
            Who::Name(name) => name.to_string(),
            Who::Anonymous => "anonymous".to_string(),
        }
    }
}

/// The reactors met, numbered in the order met, each with the sentiment of their reactions.
#[derive(Default)]
struct Reactors<'a> {
    handles: HashMap<Box<str>, usize>,
    names: HashMap<Box<str>, usize>,
    anonymous: Option<usize>,
    who: Vec<Who<'a>>,
    tallies: Vec<SentimentTally>,
}

impl<'a> Reactors<'a> {
    /// The number of `row`'s reactor. Names are looked up in copies made once a reactor, kept
    /// together, rather than in the rows (a random read of memory a reaction).
    fn number(&mut self, row: &'a ReactionRow) -> usize {
        let who = Who::of(row);
        let next = self.who.len();
        let number = match who {
            Who::Handle(name) | Who::Name(name) => {
                let names = match who {
                    Who::Handle(_) => &mut self.handles,
                    _ => &mut self.names,
                };
                match names.get(name) {
                    Some(&number) => number,
                    None => *names.entry(name.into()).or_insert(next),
                }
            }
            Who::Anonymous => *self.anonymous.get_or_insert(next),
        };
        if number == next {
            self.who.push(who);
            self.tallies.push(SentimentTally::default());
        }
        number
    }

    /// Every reactor's figures, unordered, from the (reactor, article) pairs of the
    /// reactions. Reactors whose names read alike (a display name `@ana` and the handle
    /// `ana`) are one, as the tables name them.
    fn handles(self, mut reacted_to: Vec<u64>) -> Vec<HandleAggregate> {
        let mut named: HashMap<String, usize> = HashMap::with_capacity(self.who.len());
        let mut handles: Vec<HandleAggregate> = Vec::with_capacity(self.who.len());
        let mut merged_into = Vec::with_capacity(self.who.len());
        for (who, sentiment) in self.who.into_iter().zip(self.tallies) {
            match named.entry(who.name()) {
                std::collections::hash_map::Entry::Occupied(entry) => {
                    handles[*entry.get()].sentiment.merge(&sentiment);
                    merged_into.push(*entry.get());
                }
                std::collections::hash_map::Entry::Vacant(entry) => {
                    merged_into.push(handles.len());
                    handles.push(HandleAggregate {
                        who: entry.key().clone(),
                        sentiment,
                        articles: 0,
                    });
                    entry.insert(handles.len() - 1);
                }
            }
        }
        if handles.len() < merged_into.len() {
            for pair in &mut reacted_to {
                let reactor = merged_into[(*pair >> 32) as usize] as u64;
                *pair = reactor << 32 | (*pair & u64::from(u32::MAX));
            }
        }
        reacted_to.sort_unstable();
        reacted_to.dedup();
        for pair in reacted_to {
            handles[(pair >> 32) as usize].articles += 1;
        }
        handles
    }
}

/// A reaction, with what places it among the others.
#[derive(Clone, Copy)]
struct Candidate<'a> {
    row: &'a ReactionRow,
    /// Its article's place in the listing; `None` for an article not listed.
    article: Option<usize>,
    /// Its place in the data, which settles rows that are otherwise alike.
    index: usize,
}

impl Candidate<'_> {
    /// The order the rows are taken in: their article's (articles not listed last), then
    /// their position in it, then `reaction_id`, then the data's order.
    fn place(&self, other: &Candidate) -> std::cmp::Ordering {
        fn key<'r>(c: &Candidate<'r>) -> (usize, u32, &'r str, usize) {
            (
                c.article.unwrap_or(usize::MAX),
                c.row.reaction.position,
                &c.row.reaction.reaction_id,
                c.index,
            )
        }
        key(self).cmp(&key(other))
    }
}

/// An article's reaction at one end of the scale: the first of the rows in their place order
/// to have the strongest compound (`>` for positive, `<` for negative; a compound that
/// compares with nothing, NaN, is chosen only when it comes first, as a pass over the rows in
/// that order would leave it).
#[derive(Clone, Copy, Default)]
struct Pick<'a> {
    first: Option<(Candidate<'a>, f64)>,
    strongest: Option<(Candidate<'a>, f64)>,
}

impl<'a> Pick<'a> {
    fn offer(&mut self, candidate: Candidate<'a>, compound: f64, positive: bool) {
        let before = |a: &Candidate, b: &Candidate| a.place(b).is_lt();
        if self
            .first
            .is_none_or(|(first, _)| before(&candidate, &first))
        {
            self.first = Some((candidate, compound));
        }
        if compound.is_nan() {
            return;
        }
        let stronger = |a: f64, b: f64| if positive { a > b } else { a < b };
        if self.strongest.is_none_or(|(kept, kept_compound)| {
            stronger(compound, kept_compound)
                || (compound == kept_compound && before(&candidate, &kept))
        }) {
            self.strongest = Some((candidate, compound));
        }
    }

    fn chosen(&self) -> Option<(&'a ReactionRow, f64)> {
        let (first, compound) = self.first?;
        let (chosen, compound) = if compound.is_nan() {
            (first, compound)
        } else {
            self.strongest?
        };
        Some((chosen.row, compound))
    }
}

/// The [`QUOTED`] reactions labelled `label` with the strongest compounds, strongest first
/// (by [`f64::total_cmp`]), reactions alike in it in their place order.
struct Extremes<'a> {
    label: SentimentLabel,
    kept: Vec<(Candidate<'a>, f64)>,
}

impl<'a> Extremes<'a> {
    fn new(label: SentimentLabel) -> Extremes<'a> {
        Extremes {
            label,
            kept: Vec::with_capacity(QUOTED + 1),
        }
    }

    fn before(&self, a: &(Candidate, f64), b: &(Candidate, f64)) -> bool {
        let by_score = match self.label {
            SentimentLabel::Negative => a.1.total_cmp(&b.1),
            _ => b.1.total_cmp(&a.1),
        };
        by_score.then_with(|| a.0.place(&b.0)).is_lt()
    }

    fn offer(&mut self, candidate: Candidate<'a>, compound: f64) {
        let offered = (candidate, compound);
        if self.kept.len() == QUOTED && !self.before(&offered, &self.kept[QUOTED - 1]) {
            return;
        }
        let at = self
            .kept
            .iter()
            .position(|kept| self.before(&offered, kept))
            .unwrap_or(self.kept.len());
        self.kept.insert(at, offered);
        self.kept.truncate(QUOTED);
    }

    fn rows(self) -> Vec<&'a ReactionRow> {
        self.kept.into_iter().map(|(c, _)| c.row).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use collector::Reaction;
    use scoring::stance::{Method, StanceRule};
    use scoring::Polarity;
    use std::sync::Arc;

    /// Rows with ties in every choice the summary makes: equal compounds within and across
    /// articles, a reactor named alike two ways, an article not listed, analysts' labels.
    fn tied_rows() -> ReportData {
        let day = |d: u32| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
        let articles = (0..3)
            .map(|a| ArticleRow {
                article_id: format!("a{a}"),
                source: format!("s{}", 2 - a),
                date: day(1 + a % 2),
                ..ArticleRow::default()
            })
            .collect();
        let compounds = [0.5, 0.5, -0.5, 0.9, -0.5, 0.9, 0.0, -0.9];
        let reactions: Vec<ReactionRow> = (0..48u32)
            .map(|i| ReactionRow {
                reaction: Reaction {
                    reaction_id: format!("r{}", 47 - i),
                    article_id: format!("a{}", i % 4),
                    position: i / 8,
                    handle: (i % 5 != 0).then(|| format!("h{}", i % 3)),
                    display_name: Some(["@h1", "Ann"][i as usize % 2].to_string()),
                    text: format!("text {i}"),
                    lang: Some("en".into()),
                    ..Reaction::default()
                },
                sentiment: Sentiment::Scored(Polarity {
                    neg: 0.0,
                    neu: 1.0,
                    pos: 0.0,
                    compound: compounds[i as usize % compounds.len()],
                }),
                method: Some("vader".into()),
                date: day(1 + i % 2),
                human_sentiment: (i % 11 == 3).then_some(SentimentLabel::Positive),
                human_is_reaction: (i % 13 == 5).then_some(false),
            })
            .collect();
        let target: Arc<str> = "x".into();
        let stance = reactions
            .iter()
            .enumerate()
            .map(|(i, r)| StanceRow {
                reaction_id: r.reaction.reaction_id.clone(),
                article_id: r.reaction.article_id.clone(),
                date: r.date,
                target: target.clone(),
                stance: [Stance::Favor, Stance::Against, Stance::None][i % 3],
                confidence: 1.0,
                method: Method::Rules,
                rule: StanceRule::TargetCue,
                alias: None,
                evidence: String::new(),
                human_stance: (i % 7 == 1).then_some(Stance::Favor),
                is_reaction: r.is_reaction(),
            })
            .collect();
        ReportData {
            articles,
            reactions,
            stance,
            targets: vec!["x".into()],
        }
    }

    /// Everything a summary says, as text.
    fn said(summary: &Summary) -> String {
        let quoted =
            |q: &Option<Quoted>| q.as_ref().map(|q| (q.who.to_string(), q.text.to_string()));
        let ids = |rows: &[&ReactionRow]| {
            rows.iter()
                .map(|r| r.reaction.reaction_id.clone())
                .collect::<Vec<_>>()
        };
        let articles: Vec<_> = summary
            .articles
            .iter()
            .map(|a| {
                (
                    &a.article.article_id,
                    &a.sentiment,
                    a.stance,
                    quoted(&a.most_positive),
                    quoted(&a.most_negative),
                )
            })
            .collect();
        let handles: Vec<_> = summary
            .handles
            .iter()
            .map(|h| (&h.who, &h.sentiment, h.articles))
            .collect();
        let days: Vec<_> = summary
            .days
            .iter()
            .map(|d| (d.date, &d.sentiment, &d.stance))
            .collect();
        format!(
            "{articles:?}\n{handles:?} {}\n{days:?}\n{:?} {:?}\n{:?}\n{:?} {:?}\n{:?}",
            summary.people,
            summary.overall,
            summary.methods,
            summary
                .targets
                .iter()
                .map(|t| (t.stance, t.addressed))
                .collect::<Vec<_>>(),
            ids(&summary.most_positive),
            ids(&summary.most_negative),
            // The checks as the tables give them: stance rows' in the stance rows' order.
            (
                crate::evaluate::agreement(&summary.checked.checks),
                summary.checked.removed
            ),
        )
    }

    #[test]
    fn the_summary_does_not_depend_on_the_rows_order() {
        let data = tied_rows();
        let expected = said(&Summary::new(&data));
        let mut shuffled = data.clone();
        for round in 0..4 {
            // A different order each round: reversed, then rotated.
            shuffled.reactions.reverse();
            shuffled.reactions.rotate_left(7 * round + 1);
            shuffled.stance.reverse();
            shuffled.stance.rotate_left(5 * round + 3);
            shuffled.articles.reverse();
            assert_eq!(said(&Summary::new(&shuffled)), expected, "round {round}");
        }
    }

    #[test]
    fn a_reactor_named_alike_two_ways_is_one() {
        let data = tied_rows();
        let summary = Summary::new(&data);
        // `@h1` is the handle h1 and a display name; `Ann` a display name alone.
        let names: Vec<&str> = summary.handles.iter().map(|h| h.who.as_str()).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(names.len(), unique.len(), "{names:?}");
        let by_rows = |who: &str| {
            let rows: Vec<&ReactionRow> = data
                .reactions
                .iter()
                .filter(|r| r.is_reaction() && r.who() == who)
                .collect();
            let mut articles: Vec<&str> = rows
                .iter()
                .map(|r| r.reaction.article_id.as_str())
                .collect();
            articles.sort_unstable();
            articles.dedup();
            (rows.len(), articles.len())
        };
        for handle in &summary.handles {
            assert_eq!(
                (handle.sentiment.reactions, handle.articles),
                by_rows(&handle.who),
                "{}",
                handle.who
            );
        }
        assert!(
            names.contains(&"@h1") && names.contains(&"Ann"),
            "{names:?}"
        );
        assert_eq!(summary.people, names.len());
    }

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
