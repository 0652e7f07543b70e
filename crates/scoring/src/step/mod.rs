//! The scoring step: one ordered list of [`Scorer`]s that every front end runs the same way.
//!
//! A scorer names the columns it fills ([`Scorer::columns`]) and fills them for a batch of
//! reactions ([`Scorer::score`]): their texts and languages in, one value per reaction out,
//! into the shared [`Scores`]. Scorers run in the order [`ScoringStep::new`] registers them and
//! each reads what the ones before it filled: readability decides which texts VADER can read,
//! VADER scores those, a trained pack ([`PackScorer`]) scores the texts whose language has
//! one, and stance claims nothing for the others. The command line
//! (`run::score`), the Python `score()` and the Spark job all call [`ScoringStep::score`],
//! so their columns cannot drift apart.
//!
//! ```
//! use scoring::step::{ReactionText, ScoringStep};
//! use scoring::SentimentAnalyzer;
//!
//! let step = ScoringStep::new(SentimentAnalyzer::shared(), None);
//! let scores = step.score(&[ReactionText { text: "Shame on them.", lang: Some("en") }]);
//! assert_eq!(scores.polarity[0].unwrap().compound, -0.4767);
//! assert_eq!(scores.sentiment(0).status().as_str(), "scored");
//! assert_eq!(scores.method[0], Some("vader"));
//!
//! // Hausa has a trained pack: a label, and no compound.
//! let scores = step.score(&[ReactionText { text: "allah ya kara daukaka", lang: Some("ha") }]);
//! assert_eq!(scores.method[0], Some("afrisenti-ha"));
//! assert_eq!(scores.polarity[0], None);
//! assert_eq!(scores.label[0].unwrap().as_str(), "positive");
//! ```

mod packs;
mod readability;
mod stance;
mod vader;
mod vader_packs;

pub use packs::PackScorer;
pub use readability::ReadabilityScorer;
pub use stance::StanceScorer;
pub use vader::VaderScorer;
pub use vader_packs::VaderPackScorer;

use crate::{
    Polarity, Sentiment, SentimentAnalyzer, SentimentLabel, SentimentStatus, StanceJudge,
    StanceJudgement,
};

/// One reaction as scorers see it: what it says and, when collection decided it, its language
/// (ISO 639-1), by which a scorer for one language picks its texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReactionText<'a> {
    /// The reaction's words.
    pub text: &'a str,
    /// The language collection decided, if it did.
    pub lang: Option<&'a str>,
}

/// The dataset table a column belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatasetTable {
    /// `reactions`: one row per reaction.
    Reactions,
    /// `stance`: one row per reaction and target.
    Stance,
}

/// A column a scorer fills, named as the dataset's declarations name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FilledColumn {
    /// The table it is a column of.
    pub table: DatasetTable,
    /// Its name in that table.
    pub name: &'static str,
}

impl FilledColumn {
    /// A column of the `reactions` table.
    pub const fn reactions(name: &'static str) -> FilledColumn {
        FilledColumn {
            table: DatasetTable::Reactions,
            name,
        }
    }

    /// A column of the `stance` table.
    pub const fn stance(name: &'static str) -> FilledColumn {
        FilledColumn {
            table: DatasetTable::Stance,
            name,
        }
    }
}

/// What the step filled for a batch, one value per reaction in batch order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// `sentiment_status`: whether a sentiment scorer may read the text. Every text starts as
    /// [`SentimentStatus::Scored`], the rule of VADER alone; readability says otherwise.
    pub status: Vec<SentimentStatus>,
    /// `neg`, `neu`, `pos`, `compound`: set where VADER read the text.
    pub polarity: Vec<Option<Polarity>>,
    /// `sentiment`: the label, read from VADER's compound or given by a trained pack; set
    /// wherever a sentiment scorer read the text.
    pub label: Vec<Option<SentimentLabel>>,
    /// `sentiment_method`: which scorer read the text (`vader`, `afrisenti-ha`, …).
    pub method: Vec<Option<&'static str>>,
    /// The `stance` table's rows: per reaction, one judgement per target in configured order.
    /// Empty when the step judges no stance.
    pub stance: Vec<Vec<StanceJudgement>>,
}

impl Scores {
    fn new(rows: usize) -> Scores {
        Scores {
            status: vec![SentimentStatus::Scored; rows],
            polarity: vec![None; rows],
            label: vec![None; rows],
            method: vec![None; rows],
            stance: Vec::new(),
        }
    }

    /// Reaction `row`'s sentiment: its scores when it was read, else why not.
    ///
    /// # Panics
    ///
    /// When `row` is outside the batch, or its status says scored and no scorer read it (a
    /// step without a sentiment scorer).
    pub fn sentiment(&self, row: usize) -> Sentiment {
        Sentiment::from_parts(self.status[row], self.polarity[row], self.label[row])
            .expect("a sentiment scorer reads every text whose status is scored")
    }
}

/// A scorer: fills the columns it names for a batch of reactions.
///
/// One file per scorer in `crates/scoring/src/step/`, registered in [`ScoringStep::new`].
pub trait Scorer: Send + Sync {
    /// The columns it fills.
    fn columns(&self) -> &[FilledColumn];

    /// Fills its columns of `scores` for `batch` (`scores` has a value per text of `batch`),
    /// reading what the scorers before it filled.
    fn score(&self, batch: &[ReactionText<'_>], scores: &mut Scores);
}

/// The scorers of a run, in the order they run.
pub struct ScoringStep<'a> {
    scorers: Vec<Box<dyn Scorer + 'a>>,
}

impl<'a> ScoringStep<'a> {
    /// The step every front end runs: readability, VADER, the trained packs, then stance when
    /// `stance` judges it. This is the one place scorers are registered.
    pub fn new(analyzer: &'a SentimentAnalyzer, stance: Option<StanceJudge<'a>>) -> Self {
        let mut scorers: Vec<Box<dyn Scorer + 'a>> = vec![
            Box::new(ReadabilityScorer::new(analyzer)),
            Box::new(VaderScorer::new(analyzer)),
            Box::new(VaderPackScorer::new()),
            // After VADER, to read the texts in its languages, and before stance, which
            // claims nothing of a text no scorer read.
            Box::new(PackScorer),
        ];
        if let Some(judge) = stance {
            scorers.push(Box::new(StanceScorer::new(judge)));
        }
        ScoringStep { scorers }
    }

    /// Every column the step fills, in the order its scorers run.
    pub fn columns(&self) -> impl Iterator<Item = FilledColumn> + '_ {
        self.scorers
            .iter()
            .flat_map(|scorer| scorer.columns().iter().copied())
    }

    /// Runs every scorer over `batch`, in order.
    pub fn score(&self, batch: &[ReactionText<'_>]) -> Scores {
        let mut scores = Scores::new(batch.len());
        for scorer in &self.scorers {
            scorer.score(batch, &mut scores);
        }
        scores
    }
}

#[cfg(test)]
mod tests;
