//! Stance toward targets, as SemEval-2016 Task 6 defines it: is the author in FAVOR of a
//! target, AGAINST it, or NONE of the two.
//!
//! [`TargetSet`] holds the configured [`Target`]s (from TOML). [`RuleStance`] judges any text
//! toward any target with explainable rules; [`StanceModel`] is a trained linear classifier per
//! target (word and character n-grams) for targets with labelled data. [`StanceJudge`] puts the
//! two together: the model decides for the targets it knows, the rules for the rest. Every
//! decision is a [`StanceJudgement`] with its evidence. [`semeval`] reads and writes the
//! SemEval tab-separated format and computes its official metric.

mod features;
mod lexicon;
mod model;
mod rules;
pub mod semeval;
mod targets;

use std::fmt;

pub use model::{
    CrossValidation, ModelError, StanceModel, StanceTrainingOptions, StanceTrainingReport,
    TargetSummary,
};
pub use rules::{RuleStance, PASSAGE_BYTES};
pub use targets::{
    CueMatch, Mention, Target, TargetSet, TargetsError, MAX_PHRASES, MAX_PHRASE_BYTES,
};

use crate::{SentimentAnalyzer, SentimentStatus};

/// SemEval's three stance labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// The text speaks for the target.
    Favor,
    /// The text speaks against the target.
    Against,
    /// The text takes no side, or does not mention the target.
    None,
}

impl Stance {
    /// Every stance, in the order SemEval lists them.
    pub const ALL: [Stance; 3] = [Stance::Favor, Stance::Against, Stance::None];

    /// The stance as SemEval and the dataset write it: `FAVOR`, `AGAINST`, `NONE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Favor => "FAVOR",
            Stance::Against => "AGAINST",
            Stance::None => "NONE",
        }
    }

    /// Reads a SemEval label; anything else is `None` (the caller reports it).
    pub fn parse(label: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.as_str() == label)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which judge decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The rules of [`RuleStance`].
    Rules,
    /// A trained [`StanceModel`].
    Model,
}

impl Method {
    /// Every method, in the order the tables list them.
    pub const ALL: [Method; 2] = [Method::Rules, Method::Model];

    /// The method as the dataset's `method` column writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Rules => "rules",
            Method::Model => "model",
        }
    }

    /// The method [`Method::as_str`] wrote as `name`, if it is one.
    pub fn parse(name: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == name)
    }
}

/// The rule (or the model) behind a judgement; see [`RuleStance`] for what each rule means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StanceRule {
    /// The target is not mentioned: NONE.
    NoMention,
    /// Every mention is inside a conditional clause ("If North Korea joins…"): a hypothetical, not
    /// a judgement.
    Conditional,
    /// The target is mentioned, but nothing around it leans either way.
    Undecided,
    /// Evidence on both sides cancels out.
    Conflicting,
    /// One of the target's own cue phrases from the targets file.
    TargetCue,
    /// A cue verb or phrase takes the target as its object ("support Ukraine", "shame on Russia").
    ObjectCue,
    /// The target does a harm ("Russia invaded"): AGAINST.
    HarmDoer,
    /// The target suffers a harm ("the war on Ukraine"): FAVOR.
    HarmedParty,
    /// VADER's compound of the mention's clause, or of its sentence when the clause is neutral.
    Sentiment,
    /// A trained [`StanceModel`] decided.
    Classifier,
    /// The text is not one VADER can read: no stance is claimed.
    Unreadable,
}

impl StanceRule {
    /// Every rule, in the order the tables list them.
    pub const ALL: [StanceRule; 11] = [
        StanceRule::NoMention,
        StanceRule::Conditional,
        StanceRule::Undecided,
        StanceRule::Conflicting,
        StanceRule::TargetCue,
        StanceRule::ObjectCue,
        StanceRule::HarmDoer,
        StanceRule::HarmedParty,
        StanceRule::Sentiment,
        StanceRule::Classifier,
        StanceRule::Unreadable,
    ];

    /// The rule [`StanceRule::as_str`] wrote as `name`, if it is one.
    pub fn parse(name: &str) -> Option<StanceRule> {
        StanceRule::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// The rule as the dataset's `rule` column writes it (`no-mention`, `object-cue`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            StanceRule::NoMention => "no-mention",
            StanceRule::Conditional => "conditional",
            StanceRule::Undecided => "undecided",
            StanceRule::Conflicting => "conflicting",
            StanceRule::TargetCue => "target-cue",
            StanceRule::ObjectCue => "object-cue",
            StanceRule::HarmDoer => "harm-doer",
            StanceRule::HarmedParty => "harmed-party",
            StanceRule::Sentiment => "sentiment",
            StanceRule::Classifier => "classifier",
            StanceRule::Unreadable => "unreadable",
        }
    }
}

/// Why a judgement came out as it did: the rule, the alias that matched and the span of text
/// that decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The rule that decided.
    pub rule: StanceRule,
    /// The alias of the target that matched, if one did.
    pub alias: Option<String>,
    /// The words that decided, as they stand in the text; empty when none did.
    pub span: String,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.rule.as_str())?;
        if let Some(alias) = &self.alias {
            write!(f, " [{alias}]")?;
        }
        if !self.span.is_empty() {
            write!(f, ": {}", self.span)?;
        }
        Ok(())
    }
}

/// One text's stance toward one target.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceJudgement {
    /// The target's name, as configured.
    pub target: String,
    /// What the judge decided.
    pub stance: Stance,
    /// In [0, 1]: how sure the judge is, comparable within a method.
    pub confidence: f64,
    /// Who decided: the rules or the model.
    pub method: Method,
    /// Why: the rule, the alias and the words.
    pub evidence: Evidence,
}

/// Rules for every target, a trained model for the targets it was trained on.
pub struct StanceJudge<'a> {
    rules: RuleStance<'a>,
    model: Option<&'a StanceModel>,
    targets: &'a TargetSet,
}

impl<'a> StanceJudge<'a> {
    /// A judge of `targets` that scores sentiment with `analyzer` and lets `model` decide the
    /// targets it was trained on.
    pub fn new(
        analyzer: &'a SentimentAnalyzer,
        targets: &'a TargetSet,
        model: Option<&'a StanceModel>,
    ) -> Self {
        StanceJudge {
            rules: RuleStance::new(analyzer),
            model,
            targets,
        }
    }

    /// Configured targets that the model does not know, which the rules will decide.
    pub fn targets_without_model(&self) -> Vec<&str> {
        match self.model {
            None => Vec::new(),
            Some(model) => self
                .targets
                .targets()
                .iter()
                .filter(|t| !model.knows(&t.name))
                .map(|t| t.name.as_str())
                .collect(),
        }
    }

    /// One judgement per configured target, in configuration order.
    pub fn judge(&self, text: &str) -> Vec<StanceJudgement> {
        self.judge_with_status(text, self.rules.readability(text))
    }

    /// [`StanceJudge::judge`], given the text's [`SentimentStatus`] when the caller has it.
    /// In a text VADER cannot read, no stance is claimed toward any target: the rules read
    /// framing with VADER's lexicon and match English aliases, and the model learned English.
    pub fn judge_with_status(&self, text: &str, status: SentimentStatus) -> Vec<StanceJudgement> {
        if status != SentimentStatus::Scored {
            return self
                .targets
                .targets()
                .iter()
                .map(|target| StanceJudgement {
                    target: target.name.clone(),
                    stance: Stance::None,
                    confidence: 0.0,
                    method: Method::Rules,
                    evidence: Evidence {
                        rule: StanceRule::Unreadable,
                        alias: None,
                        span: String::new(),
                    },
                })
                .collect();
        }
        let targets = self.targets.targets();
        let from_model: Vec<Option<StanceJudgement>> = targets
            .iter()
            .map(|target| self.model.and_then(|model| model.judge(&target.name, text)))
            .collect();
        // The rules judge only the targets the model left undecided.
        let undecided = targets
            .iter()
            .zip(&from_model)
            .filter(|(_, decided)| decided.is_none())
            .map(|(target, _)| target);
        let mut from_rules = self.rules.judge_all(text, undecided).into_iter();
        from_model
            .into_iter()
            .map(|decided| {
                decided.unwrap_or_else(|| {
                    from_rules
                        .next()
                        .expect("a rule judgement per undecided target")
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
