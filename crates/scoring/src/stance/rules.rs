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
//!
//! A text is read in passages of at most [`PASSAGE_BYTES`], cut after a sentence: every rule
//! looks no further than a sentence and the next, so a text shorter than that is judged as a
//! whole, and a longer one as the sum of its passages, in time linear in its length and memory
//! bounded by a passage's words, not the text's.

use super::lexicon::{
    AGAINST_CUES, ANAPHORS, CONDITIONALS, DETERMINERS, FAVOR_CUES, HARMED_PARTY_PREPOSITIONS,
    HARM_WORDS, LIST_CONNECTORS, NEGATORS, PASSIVE_AUXILIARIES,
};
use super::targets::Target;
use super::{Evidence, Method, Stance, StanceJudgement, StanceRule};
use crate::{SentimentAnalyzer, SentimentLabel, SentimentStatus};
use std::cell::OnceCell;

/// The most of a text parsed at once: a sentence at most, a few thousand words, and far past
/// any comment (Reddit's longest is 10,000 characters).
pub const PASSAGE_BYTES: usize = 64 * 1024;

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

/// A text cut into words, clauses and sentences, shared by every target's judgement, with
/// what the rules ask of each mention found ahead (or once, when first asked), so that judging
/// a mention costs the same however long its clause is.
struct Parsed<'t> {
    text: &'t str,
    words: Vec<Word>,
    clauses: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    /// Found for all words the first time a mention asks (a text without one never does).
    ahead: OnceCell<Ahead>,
    /// Per word: the last harm or negative word before it in its clause.
    previous_negative: OnceCell<Vec<Option<usize>>>,
    /// VADER's compound per clause and per sentence, scored when first asked.
    clause_compounds: Vec<OnceCell<f64>>,
    sentence_compounds: Vec<OnceCell<f64>>,
}

/// What the rules ask about the words around a mention, for every word at once.
struct Ahead {
    /// Per sentence: whether it only lists names ([`Parsed::is_name_list`]).
    name_lists: Vec<bool>,
    /// Per word: the first harm word after it in its clause.
    next_harm: Vec<Option<usize>>,
    /// Per word index `i`: how many passive auxiliaries there are before word `i`.
    passives_before: Vec<usize>,
}

/// One target's evidence so far, over a text's passages: the sums and the strongest pieces,
/// not every piece (a long text may mention a target a million times).
#[derive(Default)]
struct Tally {
    pieces: usize,
    total: f64,
    magnitude: f64,
    strongest_favor: Option<(f64, Evidence)>,
    strongest_against: Option<(f64, Evidence)>,
    quiet: Option<Evidence>,
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

    /// One judgement per target, in the given order; each passage of the text is parsed once
    /// for all of them, and the text not at all when there are none.
    pub fn judge_all<'t>(
        &self,
        text: &str,
        targets: impl IntoIterator<Item = &'t Target>,
    ) -> Vec<StanceJudgement> {
        let targets: Vec<&Target> = targets.into_iter().collect();
        if targets.is_empty() {
            return Vec::new();
        }
        let mut tallies: Vec<Tally> = targets.iter().map(|_| Tally::default()).collect();
        for passage in passages(text, PASSAGE_BYTES) {
            let parsed = Parsed::new(passage);
            for (target, tally) in targets.iter().zip(&mut tallies) {
                self.gather(&parsed, target, tally);
            }
        }
        targets
            .iter()
            .zip(tallies)
            .map(|(target, tally)| tally.judgement(target))
            .collect()
    }

    /// The judgement toward one target.
    pub fn judge(&self, text: &str, target: &Target) -> StanceJudgement {
        self.judge_all(text, [target])
            .pop()
            .expect("a judgement per target")
    }

    /// Adds the evidence of one passage about `target` to its tally.
    fn gather(&self, parsed: &Parsed, target: &Target, tally: &mut Tally) {
        for cue in target.cues(parsed.text) {
            let first = parsed.word_at(cue.start);
            let negated = first.is_some_and(|w| parsed.negated_before(w));
            let favor = cue.favor != negated;
            let strength = if negated {
                NEGATED_CUE_STRENGTH
            } else {
                CUE_STRENGTH
            };
            tally.add(
                if favor { strength } else { -strength },
                Evidence {
                    rule: StanceRule::TargetCue,
                    alias: None,
                    span: parsed.text[cue.start..cue.end].to_string(),
                },
            );
        }

        for occurrence in &parsed.occurrences(target) {
            match self.judge_occurrence(parsed, occurrence) {
                (Some(signed), found) => tally.add(signed, found),
                (None, found) => tally.keep_quiet(found),
            }
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
                let harm_before = parsed.previous_negative(preposition, |word| {
                    is_harm_word(word) || self.analyzer.word_valence(word).is_some_and(|v| v < 0.0)
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

        let score = |text: &str| self.analyzer.polarity_scores(text).compound;
        let mut compound = *parsed.clause_compounds[clause]
            .get_or_init(|| score(&parsed.text[clause_start..clause_end]));
        let (mut from, mut to) = (clause_start, clause_end);
        let is_neutral =
            |compound| SentimentLabel::from_compound(compound) == SentimentLabel::Neutral;
        if is_neutral(compound) {
            let sentence = words[occurrence.first_word].sentence;
            let (sentence_start, sentence_end) = parsed.sentences[sentence];
            compound = *parsed.sentence_compounds[sentence]
                .get_or_init(|| score(&parsed.text[sentence_start..sentence_end]));
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

impl Tally {
    fn add(&mut self, signed: f64, evidence: Evidence) {
        self.pieces += 1;
        self.total += signed;
        self.magnitude += signed.abs();
        let side = if signed.signum() > 0.0 {
            &mut self.strongest_favor
        } else {
            &mut self.strongest_against
        };
        // The later of equally strong pieces, as a maximum over all of them would pick.
        if side
            .as_ref()
            .is_none_or(|(kept, _)| signed.abs() >= kept.abs())
        {
            *side = Some((signed, evidence));
        }
    }

    /// Keeps the most telling reason for silence: a conditional beats "nothing".
    fn keep_quiet(&mut self, found: Evidence) {
        if self
            .quiet
            .as_ref()
            .is_none_or(|q| q.rule == StanceRule::Undecided && found.rule != StanceRule::Undecided)
        {
            self.quiet = Some(found);
        }
    }

    fn judgement(self, target: &Target) -> StanceJudgement {
        if self.pieces == 0 || self.total.abs() < 0.1 {
            let evidence = if self.pieces > 0 {
                Evidence {
                    rule: StanceRule::Conflicting,
                    alias: None,
                    span: String::new(),
                }
            } else if let Some(quiet) = self.quiet {
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
        let favor = self.total > 0.0;
        let (strongest, decisive) = if favor {
            self.strongest_favor
        } else {
            self.strongest_against
        }
        .expect("the winning side has evidence");
        let agreement = self.total.abs() / self.magnitude;
        StanceJudgement {
            target: target.name.clone(),
            stance: if favor {
                Stance::Favor
            } else {
                Stance::Against
            },
            confidence: round3(strongest.abs() * agreement),
            method: Method::Rules,
            evidence: decisive,
        }
    }
}

/// `text` in passages of at most `limit` bytes, each cut after the last sentence end that
/// fits (a line break, or `.`, `!`, `?`, `…` before a space), else before the last space,
/// else at the limit.
pub(super) fn passages(text: &str, limit: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = if rest.len() <= limit {
            rest.len()
        } else {
            passage_end(rest, limit)
        };
        let (passage, after) = rest.split_at(cut);
        rest = after;
        Some(passage)
    })
}

/// Where the first passage of `text` (longer than `limit`) ends.
fn passage_end(text: &str, limit: usize) -> usize {
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[..end];
    let mut last_space = None;
    for (at, c) in window.char_indices().rev() {
        if at == 0 {
            break;
        }
        if c == '\n' {
            return at + 1;
        }
        if c.is_whitespace() {
            if window[..at].ends_with(['.', '!', '?', '…']) {
                return at;
            }
            last_space.get_or_insert(at);
        }
    }
    last_space.unwrap_or(if end > 0 {
        end
    } else {
        text.chars().next().map_or(0, char::len_utf8)
    })
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
        let mut chars = text.char_indices().peekable();
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
        while let Some((at, c)) = chars.next() {
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
            let next = chars.peek().map(|&(_, n)| n);
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
            ahead: OnceCell::new(),
            previous_negative: OnceCell::new(),
            clause_compounds: clauses.iter().map(|_| OnceCell::new()).collect(),
            sentence_compounds: sentences.iter().map(|_| OnceCell::new()).collect(),
            words,
            clauses,
            sentences,
        }
    }

    fn ahead(&self) -> &Ahead {
        self.ahead.get_or_init(|| {
            let mut name_lists = vec![true; self.sentences.len()];
            let mut has_words = vec![false; self.sentences.len()];
            for word in &self.words {
                has_words[word.sentence] = true;
                if !(word.capitalized || LIST_CONNECTORS.contains(&word.lower.as_str())) {
                    name_lists[word.sentence] = false;
                }
            }
            for (is_list, has_words) in name_lists.iter_mut().zip(has_words) {
                *is_list &= has_words;
            }

            let mut next_harm = vec![None; self.words.len()];
            let mut harm_ahead: Option<usize> = None;
            for (index, word) in self.words.iter().enumerate().rev() {
                next_harm[index] = harm_ahead.filter(|&h| self.words[h].clause == word.clause);
                if is_harm_word(&word.lower) {
                    harm_ahead = Some(index);
                }
            }
            let mut passives_before = Vec::with_capacity(self.words.len() + 1);
            passives_before.push(0);
            for word in &self.words {
                let passive = PASSIVE_AUXILIARIES.contains(&word.lower.as_str());
                passives_before
                    .push(passives_before.last().copied().unwrap_or(0) + usize::from(passive));
            }
            Ahead {
                name_lists,
                next_harm,
                passives_before,
            }
        })
    }

    /// The last word before `word` in its clause that `is_negative` holds for; the answers for
    /// every word are found in one pass, the first time one is asked.
    fn previous_negative(&self, word: usize, is_negative: impl Fn(&str) -> bool) -> Option<usize> {
        self.previous_negative.get_or_init(|| {
            let mut found = Vec::with_capacity(self.words.len());
            let mut last: Option<usize> = None;
            for (index, word) in self.words.iter().enumerate() {
                found.push(last.filter(|&l| self.words[l].clause == word.clause));
                if is_negative(&word.lower) {
                    last = Some(index);
                }
            }
            found
        })[word]
    }

    fn span(&self, from: usize, to: usize) -> &str {
        self.text[from..to].trim()
    }

    /// The first word ending after `byte` (words are in order: found by bisection).
    fn word_at(&self, byte: usize) -> Option<usize> {
        let found = self.words.partition_point(|w| w.end <= byte);
        (found < self.words.len()).then_some(found)
    }

    fn first_word_of_clause(&self, clause: usize) -> Option<usize> {
        let found = self.words.partition_point(|w| w.clause < clause);
        (self.words.get(found)?.clause == clause).then_some(found)
    }

    fn first_word_of_sentence(&self, sentence: usize) -> Option<usize> {
        let found = self.words.partition_point(|w| w.sentence < sentence);
        (self.words.get(found)?.sentence == sentence).then_some(found)
    }

    /// Direct mentions, plus the anaphor that takes over a list of names ("Russia, China, and
    /// North Korea. These countries …").
    fn occurrences(&self, target: &Target) -> Vec<Occurrence> {
        let mut found = Vec::new();
        for mention in target.mentions(self.text) {
            let Some(first_word) = self.word_at(mention.start) else {
                continue;
            };
            let last_word =
                match self.words[first_word..].partition_point(|w| w.start < mention.end) {
                    0 => first_word,
                    n => first_word + n - 1,
                };
            let sentence = self.words[first_word].sentence;
            found.push(Occurrence {
                first_word,
                last_word,
                alias: mention.alias.clone(),
            });
            if self.is_name_list(sentence) {
                let next = self.first_word_of_sentence(sentence + 1);
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
        self.ahead().name_lists[sentence]
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
        if self.words[occurrence.last_word].clause != clause {
            return None;
        }
        let ahead = self.ahead();
        let harm = ahead.next_harm[occurrence.last_word]?;
        let passive = ahead.passives_before[harm] > ahead.passives_before[occurrence.last_word + 1]
            && self.words[harm].lower.ends_with("ed");
        (!passive).then_some(harm)
    }
}
