//! Scores reaction texts: sentiment, and stance toward configured targets.
//!
//! The principal types are [`SentimentAnalyzer`], a VADER implementation whose output is
//! identical to vaderSentiment 3.3.2's `polarity_scores`, and [`StanceJudge`], which decides
//! for or against each [`Target`] by rules built on it or by a trained [`StanceModel`]. Text goes in, a [`Polarity`]
//! (`neg`, `neu`, `pos`, `compound`) comes out; [`Polarity::label`] reads it as positive,
//! neutral or negative. [`step::ScoringStep`] runs them, and any other [`step::Scorer`], as the
//! one scoring step every front end calls. This crate knows nothing of where texts come from.
//!
//! ```
//! use scoring::SentimentAnalyzer;
//!
//! let analyzer = SentimentAnalyzer::shared();
//! let scores = analyzer.polarity_scores("Shame on them.");
//! assert_eq!(scores.compound, -0.4767);
//! assert_eq!(scores.label().as_str(), "negative");
//!
//! let batch = analyzer.polarity_scores_batch(&["good", "bad"]);
//! assert!(batch[0].compound > 0.0 && batch[1].compound < 0.0);
//! ```

#![warn(missing_docs)]

pub mod accuracy;
pub mod packs;
pub mod sentiment;
pub mod stance;
pub mod step;
pub mod threads;

pub use sentiment::{
    LanguagePack, Polarity, Sentiment, SentimentAnalyzer, SentimentLabel, SentimentStatus,
};
pub use stance::{Stance, StanceJudge, StanceJudgement, StanceModel, Target, TargetSet};
pub use step::{Scorer, Scores, ScoringStep};
