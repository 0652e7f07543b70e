//! Rule-based stance: explainable, needs no training, works for any configured target.
//!
//! For each target, every mention is judged by the first rule that applies to it, strongest
//! first:
//!
//! 1. **object cue** — a cue verb or phrase takes the target as its object within three words:
//!    "support / stand with / pray for / welcome Ukraine" is FAVOR, "shame on / condemn /
//!    against / ban / sanctions on Russia" is AGAINST; a negation in the three words before the
//!    cue ("don't support", "never stand with", "stop supporting") flips it.
//! 2. **harm doer** — the target is the agent of a harm word later in its clause ("Russia
//!    invaded", "these countries will cause WWIII", "bombed by Russia"): AGAINST.
//! 3. **harmed party** — the target follows "for / to / on / against" after a harm word or a
//!    negative word ("another big problem for Ukraine", "the war on Ukraine"): the author
//!    sides with the party harmed, FAVOR.
//! 4. **sentiment** — otherwise VADER's compound of the clause (of the sentence when the clause
//!    is neutral): FAVOR where VADER's label is positive, AGAINST where it is negative
//!    ([`SentimentLabel`]'s thresholds), weaker as the compound nears zero.
//!
//! A mention inside a conditional clause ("If North Korea joins the fight…") states a
//! hypothetical, not a judgement, and decides nothing. A sentence that only lists names
//! ("Russia, China, and North Korea.") hands its mentions to a following "These / They /
//! Those …", so the next sentence's verdict applies to them. A target's own cue phrases from the
//! configuration count wherever they appear. Mentions are combined by summing their signed
//! strengths; the strongest piece of evidence on the winning side is reported.

use super::lexicon::{
    AGAINST_CUES, ANAPHORS, CONDITIONALS, DETERMINERS, FAVOR_CUES, HARMED_PARTY_PREPOSITIONS,
    HARM_WORDS, LIST_CONNECTORS, NEGATORS, PASSIVE_AUXILIARIES,
};
use super::targets::Target;
use super::{Evidence, Method, Stance, StanceJudgement, StanceRule};
use crate::{SentimentAnalyzer, SentimentLabel, SentimentStatus};

const CUE_STRENGTH: f64 = 0.9;
const NEGATED_CUE_STRENGTH: f64 = 0.8;
const HARM_DOER_STRENGTH: f64 = 0.7;
const HARMED_PARTY_STRENGTH: f64 = 0.6;
/// A target that is not mentioned, or mentioned without evidence: NONE, as a guess.
const UNDECIDED_CONFIDENCE: f64 = 0.5;

/// A word of the text with its place: sentence and clause numbers and lower-cased form.
#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    lower: String,
    sentence: usize,
    clause: usize,
    capitalized: bool,
}

/// A text cut into words, clauses and sentences, shared by every target's judgement.
struct Parsed<'t> {
    text: &'t str,
    words: Vec<Word>,
    clauses: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
}

/// The rule-based judge. Cheap to build; holds only the sentiment analyzer.
pub struct RuleStance<'a> {
    analyzer: &'a SentimentAnalyzer,
}

/// A mention as the rules see it: the words it covers and how it reads in the evidence.
struct Occurrence {
    first_word: usize,
    last_word: usize,
    alias: String,
}

impl<'a> RuleStance<'a> {
    /// A judge that reads sentiment with `analyzer`.
    pub fn new(analyzer: &'a SentimentAnalyzer) -> Self {
        RuleStance { analyzer }
    }

    /// Whether the analyzer the rules lean on can read `text`.
    pub fn readability(&self, text: &str) -> SentimentStatus {
        self.analyzer.readability(text).status()
    }

    /// One judgement per target, in the given order; the text is parsed once for all of them,
    /// and not at all when there are none.
    pub fn judge_all<'t>(
        &self,
        text: &str,
        targets: impl IntoIterator<Item = &'t Target>,
    ) -> Vec<StanceJudgement> {
        let mut targets = targets.into_iter().peekable();
        if targets.peek().is_none() {
            return Vec::new();
        }
        let parsed = Parsed::new(text);
        targets
            .map(|target| self.judge_parsed(&parsed, target))
            .collect()
    }

    /// The judgement toward one target.
    pub fn judge(&self, text: &str, target: &Target) -> StanceJudgement {
        self.judge_parsed(&Parsed::new(text), target)
    }

    fn judge_parsed(&self, parsed: &Parsed, target: &Target) -> StanceJudgement {
        let mut evidence: Vec<(f64, Evidence)> = Vec::new();
        for cue in target.cues(parsed.text) {
            let first = parsed.word_at(cue.start);
            let negated = first.is_some_and(|w| parsed.negated_before(w));
            let favor = cue.favor != negated;
            let strength = if negated {
                NEGATED_CUE_STRENGTH
            } else {
                CUE_STRENGTH
            };
            evidence.push((
                if favor { strength } else { -strength },
                Evidence {
                    rule: StanceRule::TargetCue,
                    alias: None,
                    span: parsed.text[cue.start..cue.end].to_string(),
                },
            ));
        }

        let occurrences = parsed.occurrences(target);
        let mut quiet: Option<Evidence> = None;
        for occurrence in &occurrences {
            match self.judge_occurrence(parsed, occurrence) {
                (Some(signed), found) => evidence.push((signed, found)),
                (None, found) => {
                    // Keep the most telling reason for silence: a conditional beats "nothing".
                    if quiet.as_ref().is_none_or(|q| {
                        q.rule == StanceRule::Undecided && found.rule != StanceRule::Undecided
                    }) {
                        quiet = Some(found);
                    }
                }
            }
        }

        let total: f64 = evidence.iter().map(|(s, _)| s).sum();
        let magnitude: f64 = evidence.iter().map(|(s, _)| s.abs()).sum();
        if evidence.is_empty() || total.abs() < 0.1 {
            let evidence = if !evidence.is_empty() {
                Evidence {
                    rule: StanceRule::Conflicting,
                    alias: None,
                    span: String::new(),
                }
            } else if let Some(quiet) = quiet {
                quiet
            } else {
                Evidence {
                    rule: StanceRule::NoMention,
                    alias: None,
                    span: String::new(),
                }
            };
            return StanceJudgement {
                target: target.name.clone(),
                stance: Stance::None,
                confidence: UNDECIDED_CONFIDENCE,
                method: Method::Rules,
                evidence,
            };
        }
        let winning_sign = total.signum();
        let (strongest, decisive) = evidence
            .into_iter()
            .filter(|(s, _)| s.signum() == winning_sign)
            .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))
            .expect("the winning side has evidence");
        let agreement = total.abs() / magnitude;
        StanceJudgement {
            target: target.name.clone(),
            stance: if winning_sign > 0.0 {
                Stance::Favor
            } else {
                Stance::Against
            },
            confidence: round3(strongest.abs() * agreement),
            method: Method::Rules,
            evidence: decisive,
        }
    }

    /// A signed strength (positive for FAVOR) and the evidence, or no strength and the reason.
    fn judge_occurrence(
        &self,
        parsed: &Parsed,
        occurrence: &Occurrence,
    ) -> (Option<f64>, Evidence) {
        let words = &parsed.words;
        let clause = words[occurrence.first_word].clause;
        let (clause_start, clause_end) = parsed.clauses[clause];
        let evidence = |rule: StanceRule, from: usize, to: usize| Evidence {
            rule,
            alias: Some(occurrence.alias.clone()),
            span: parsed.span(from, to).to_string(),
        };

        let clause_first = parsed.first_word_of_clause(clause);
        if clause_first.is_some_and(|w| CONDITIONALS.contains(&words[w].lower.as_str())) {
            return (
                None,
                evidence(StanceRule::Conditional, clause_start, clause_end),
            );
        }

        if let Some((cue_first, favor)) = parsed.object_cue_before(occurrence) {
            let negated = parsed.negated_before(cue_first);
            let favor = favor != negated;
            let strength = if negated {
                NEGATED_CUE_STRENGTH
            } else {
                CUE_STRENGTH
            };
            let from = words[parsed.negation_start(cue_first)].start;
            let to = words[occurrence.last_word].end;
            return (
                Some(if favor { strength } else { -strength }),
                evidence(StanceRule::ObjectCue, from, to),
            );
        }

        if let Some(harm) = parsed.harm_after(occurrence) {
            return (
                Some(-HARM_DOER_STRENGTH),
                evidence(
                    StanceRule::HarmDoer,
                    words[occurrence.first_word].start,
                    words[harm].end,
                ),
            );
        }

        if let Some(preposition) = parsed.preposition_before(occurrence.first_word) {
            let same_clause = words[preposition].clause == clause;
            let lower = words[preposition].lower.as_str();
            if same_clause {
                let harm_before = (parsed.clause_word_range(clause).start..preposition)
                    .rev()
                    .find(|&w| {
                        let word = words[w].lower.as_str();
                        is_harm_word(word)
                            || self.analyzer.word_valence(word).is_some_and(|v| v < 0.0)
                    });
                if let Some(harm) = harm_before {
                    if lower == "by" && is_harm_word(&words[harm].lower) {
                        return (
                            Some(-HARM_DOER_STRENGTH),
                            evidence(
                                StanceRule::HarmDoer,
                                words[harm].start,
                                words[occurrence.last_word].end,
                            ),
                        );
                    }
                    if HARMED_PARTY_PREPOSITIONS.contains(&lower) {
                        return (
                            Some(HARMED_PARTY_STRENGTH),
                            evidence(
                                StanceRule::HarmedParty,
                                words[harm].start,
                                words[occurrence.last_word].end,
                            ),
                        );
                    }
                }
            }
        }

        let clause_text = &parsed.text[clause_start..clause_end];
        let mut compound = self.analyzer.polarity_scores(clause_text).compound;
        let (mut from, mut to) = (clause_start, clause_end);
        let is_neutral =
            |compound| SentimentLabel::from_compound(compound) == SentimentLabel::Neutral;
        if is_neutral(compound) {
            let (sentence_start, sentence_end) =
                parsed.sentences[words[occurrence.first_word].sentence];
            compound = self
                .analyzer
                .polarity_scores(&parsed.text[sentence_start..sentence_end])
                .compound;
            (from, to) = (sentence_start, sentence_end);
        }
        if is_neutral(compound) {
            return (None, evidence(StanceRule::Undecided, from, to));
        }
        let strength = (0.2 + 0.5 * compound.abs()).min(0.65);
        (
            Some(strength * compound.signum()),
            evidence(StanceRule::Sentiment, from, to),
        )
    }
}

fn is_harm_word(word: &str) -> bool {
    HARM_WORDS.contains(&word)
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

impl<'t> Parsed<'t> {
    fn new(text: &'t str) -> Self {
        let mut words = Vec::new();
        let mut clauses = Vec::new();
        let mut sentences = Vec::new();
        let mut sentence_start = 0;
        let mut clause_start = 0;
        let mut word_start: Option<usize> = None;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let close_word = |words: &mut Vec<Word>, start: usize, end: usize, s: usize, c: usize| {
            let raw = &text[start..end];
            let trimmed = raw.trim_end_matches(['\'', '’', '-']);
            let end = start + trimmed.len();
            if trimmed.is_empty() {
                return;
            }
            let lower = trimmed
                .to_lowercase()
                .replace('’', "'")
                .trim_end_matches("'s")
                .to_string();
            let capitalized = trimmed
                .trim_start_matches(['#', '@'])
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            words.push(Word {
                start,
                end,
                lower,
                sentence: s,
                clause: c,
                capitalized,
            });
        };
        for (index, &(at, c)) in chars.iter().enumerate() {
            let is_word = c.is_alphanumeric()
                || c == '_'
                || ((c == '\'' || c == '’' || c == '-') && word_start.is_some())
                || ((c == '#' || c == '@' || c == '&') && word_start.is_none());
            if is_word {
                if word_start.is_none() {
                    word_start = Some(at);
                }
                continue;
            }
            if let Some(start) = word_start.take() {
                close_word(&mut words, start, at, sentences.len(), clauses.len());
            }
            let next = chars.get(index + 1).map(|&(_, n)| n);
            let ends_sentence = c == '\n'
                || (matches!(c, '.' | '!' | '?' | '…')
                    && next.is_none_or(|n| n.is_whitespace() || n == '"' || n == '”'));
            let ends_clause = ends_sentence || matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')');
            if ends_clause {
                clauses.push((clause_start, at));
                clause_start = at + c.len_utf8();
            }
            if ends_sentence {
                sentences.push((sentence_start, at));
                sentence_start = at + c.len_utf8();
            }
        }
        if let Some(start) = word_start {
            close_word(
                &mut words,
                start,
                text.len(),
                sentences.len(),
                clauses.len(),
            );
        }
        clauses.push((clause_start, text.len()));
        sentences.push((sentence_start, text.len()));
        Parsed {
            text,
            words,
            clauses,
            sentences,
        }
    }

    fn span(&self, from: usize, to: usize) -> &str {
        self.text[from..to].trim()
    }

    fn word_at(&self, byte: usize) -> Option<usize> {
        self.words.iter().position(|w| w.end > byte)
    }

    fn first_word_of_clause(&self, clause: usize) -> Option<usize> {
        self.words.iter().position(|w| w.clause == clause)
    }

    fn clause_word_range(&self, clause: usize) -> std::ops::Range<usize> {
        let start = self.first_word_of_clause(clause).unwrap_or(0);
        let end = self.words[start..]
            .iter()
            .position(|w| w.clause != clause)
            .map_or(self.words.len(), |n| start + n);
        start..end
    }

    /// Direct mentions, plus the anaphor that takes over a list of names ("Russia, China, and
    /// North Korea. These countries …").
    fn occurrences(&self, target: &Target) -> Vec<Occurrence> {
        let mut found = Vec::new();
        for mention in target.mentions(self.text) {
            let Some(first_word) = self.word_at(mention.start) else {
                continue;
            };
            let last_word = self.words[first_word..]
                .iter()
                .rposition(|w| w.start < mention.end)
                .map_or(first_word, |n| first_word + n);
            let sentence = self.words[first_word].sentence;
            found.push(Occurrence {
                first_word,
                last_word,
                alias: mention.alias.clone(),
            });
            if self.is_name_list(sentence) {
                let next = self.words.iter().position(|w| w.sentence == sentence + 1);
                if let Some(anaphor) =
                    next.filter(|&w| ANAPHORS.contains(&self.words[w].lower.as_str()))
                {
                    found.push(Occurrence {
                        first_word: anaphor,
                        last_word: anaphor,
                        alias: format!("{} (as “{}”)", mention.alias, self.words[anaphor].lower),
                    });
                }
            }
        }
        found.sort_by_key(|o| o.first_word);
        found.dedup_by_key(|o| o.first_word);
        found
    }

    /// A sentence of capitalized names and list connectors only, with no verb to judge by.
    fn is_name_list(&self, sentence: usize) -> bool {
        let mut words = self
            .words
            .iter()
            .filter(|w| w.sentence == sentence)
            .peekable();
        words.peek().is_some()
            && words.all(|w| w.capitalized || LIST_CONNECTORS.contains(&w.lower.as_str()))
    }

    /// The word before a mention, looking past one determiner ("by the Kremlin").
    fn preposition_before(&self, word: usize) -> Option<usize> {
        let before = word.checked_sub(1)?;
        if DETERMINERS.contains(&self.words[before].lower.as_str()) {
            before.checked_sub(1)
        } else {
            Some(before)
        }
    }

    fn negation_start(&self, cue_first: usize) -> usize {
        let clause = self.words[cue_first].clause;
        (cue_first.saturating_sub(3)..cue_first)
            .find(|&w| {
                self.words[w].clause == clause && NEGATORS.contains(&self.words[w].lower.as_str())
            })
            .unwrap_or(cue_first)
    }

    fn negated_before(&self, cue_first: usize) -> bool {
        self.negation_start(cue_first) != cue_first
    }

    /// A cue ending at most three words before the mention, in the same clause: the word index
    /// where the cue starts and whether it signals favor.
    fn object_cue_before(&self, occurrence: &Occurrence) -> Option<(usize, bool)> {
        let clause = self.words[occurrence.first_word].clause;
        let earliest = occurrence.first_word.saturating_sub(4);
        for cue_last in (earliest..occurrence.first_word).rev() {
            if self.words[cue_last].clause != clause {
                break;
            }
            for (cues, favor) in [(FAVOR_CUES, true), (AGAINST_CUES, false)] {
                for cue in cues {
                    let parts: Vec<&str> = cue.split(' ').collect();
                    let Some(cue_first) = (cue_last + 1).checked_sub(parts.len()) else {
                        continue;
                    };
                    let matches = parts
                        .iter()
                        .enumerate()
                        .all(|(i, part)| self.words[cue_first + i].lower == *part);
                    let after_harm = *cue == "against"
                        && cue_first
                            .checked_sub(1)
                            .is_some_and(|w| is_harm_word(&self.words[w].lower));
                    if matches && !after_harm && self.words[cue_first].clause == clause {
                        return Some((cue_first, favor));
                    }
                }
            }
        }
        None
    }

    /// A harm word after the mention in its clause, unless the clause is passive there
    /// ("Ukraine was invaded"), where the mention is the one harmed.
    fn harm_after(&self, occurrence: &Occurrence) -> Option<usize> {
        let clause = self.words[occurrence.first_word].clause;
        let range = self.clause_word_range(clause);
        let harm =
            (occurrence.last_word + 1..range.end).find(|&w| is_harm_word(&self.words[w].lower))?;
        let passive = (occurrence.last_word + 1..harm)
            .any(|w| PASSIVE_AUXILIARIES.contains(&self.words[w].lower.as_str()))
            && self.words[harm].lower.ends_with("ed");
        (!passive).then_some(harm)
    }
}
