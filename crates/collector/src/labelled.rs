//! Articles labelled by hand, and the extractor measured and trained against them.
//!
//! A labelled set is a directory of articles (`NAME.txt`, `NAME.html`, `NAME.md`), each with
//! `NAME.expected.json` beside it: `{"expected": [[author, snippet], …], "optional": […]}`,
//! the reactions a person found, by author (a handle without `@`, a name as printed, or `""`
//! for an anonymous reader) and a snippet of their text. A record matches a label the way the
//! project's scorer (`score.py`) matches it: same normalized author, snippet contained in the
//! normalized text; an optional label matches on its snippet alone and counts neither way.
//!
//! [`examples`] turns an article's candidates into training examples by that matching, and
//! [`Tally`] counts recall and precision of a decision the way the scorer does, so that a
//! cross-validation by article ([`cross_validate`]) estimates what `score.py` would report on
//! articles the decision never saw.

use std::path::{Path, PathBuf};

use extract::decision::{Decision, Example};
use extract::find::{find_candidates, Candidate};
use extract::formats;
use unicode_normalization::UnicodeNormalization;

use crate::input::{InputError, Problem};

/// One labelled article.
#[derive(Debug, Clone)]
pub struct LabelledArticle {
    /// Where the article is.
    pub path: PathBuf,
    /// Its text or HTML.
    pub content: String,
    /// (author, snippet) pairs a record must match.
    pub expected: Vec<(String, String)>,
    /// (author, snippet) pairs that count neither way.
    pub optional: Vec<(String, String)>,
}

#[derive(serde::Deserialize)]
struct Labels {
    #[serde(default)]
    expected: Vec<(String, String)>,
    #[serde(default)]
    optional: Vec<(String, String)>,
}

/// Every labelled article in `dir`, in name order: an error names the file (a directory with
/// no label file, an article missing beside its labels, labels that are not JSON).
pub fn read_labelled(dir: &Path) -> Result<Vec<LabelledArticle>, InputError> {
    let error =
        |path: &Path, problem: Problem| InputError::new(path.display().to_string(), problem);
    let entries = std::fs::read_dir(dir).map_err(|e| error(dir, Problem::Io(e)))?;
    let mut label_paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.to_string_lossy().ends_with(".expected.json"))
        .collect();
    label_paths.sort();
    if label_paths.is_empty() {
        return Err(error(
            dir,
            Problem::Unreadable("no NAME.expected.json label files in it".into()),
        ));
    }
    label_paths
        .into_iter()
        .map(|label_path| {
            let stem = label_path.to_string_lossy();
            let stem = stem.trim_end_matches(".expected.json");
            let path = ["txt", "html", "md"]
                .iter()
                .map(|extension| PathBuf::from(format!("{stem}.{extension}")))
                .find(|path| path.exists())
                .ok_or_else(|| error(&PathBuf::from(format!("{stem}.txt")), Problem::NotFound))?;
            let json = crate::input::read_file(&label_path, crate::input::FileKind::Extraction)?;
            let json = String::from_utf8_lossy(&json);
            let labels: Labels = serde_json::from_str(&json).map_err(|e| {
                error(
                    &label_path,
                    Problem::Malformed {
                        position: format!("line {}", e.line()),
                        reason: e.to_string(),
                    },
                )
            })?;
            let bytes = crate::input::read(
                &crate::input::InputSource::Path(path.clone()),
                crate::DEFAULT_MAX_INPUT_BYTES,
            )?;
            Ok(LabelledArticle {
                content: crate::input::decode(&bytes).0,
                path,
                expected: labels.expected,
                optional: labels.optional,
            })
        })
        .collect()
}

/// An author as the scorer compares them: NFKC, lower case, letters and digits only.
fn author_key(author: &str) -> String {
    author
        .nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

/// A text as the scorer compares them: NFKC, typographic quotes and dashes made ASCII, lower
/// case, runs of whitespace made one space.
fn text_key(text: &str) -> String {
    let mapped: String = text
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let mut key = String::with_capacity(mapped.len());
    let mut space = false;
    for c in mapped.chars() {
        if c.is_whitespace() {
            if !space {
                key.push(' ');
            }
            space = true;
        } else {
            key.push(c);
            space = false;
        }
    }
    key
}

/// A candidate as a record would carry it, keyed for matching.
#[derive(Clone)]
struct Keyed {
    handle: String,
    display_name: String,
    text: String,
}

/// What a person's labels say of each candidate, in candidate order: `Some(true)` a labelled
/// reaction, `Some(false)` none, `None` an optional one (neither).
fn judge(article: &LabelledArticle, keyed: &[Keyed]) -> Vec<Option<bool>> {
    let mut verdicts: Vec<Option<bool>> = vec![Some(false); keyed.len()];
    let mut used = vec![false; keyed.len()];
    let mut take = |author: &str, snippet: &str, any_author: bool| -> Option<usize> {
        let author = author_key(author);
        let snippet = text_key(snippet);
        let at = keyed.iter().enumerate().position(|(i, k)| {
            let author_matches = any_author
                || (!author.is_empty() && (author == k.handle || author == k.display_name))
                || (author.is_empty() && k.handle.is_empty() && k.display_name.is_empty());
            !used[i]
                && k.text.contains(&snippet)
                && (!snippet.is_empty() || k.text.trim().is_empty())
                && author_matches
        })?;
        used[at] = true;
        Some(at)
    };
    for (author, snippet) in &article.expected {
        if let Some(at) = take(author, snippet, false) {
            verdicts[at] = Some(true);
        }
    }
    for (author, snippet) in &article.optional {
        if let Some(at) = take(author, snippet, true) {
            verdicts[at] = None;
        }
    }
    verdicts
}

/// The article's candidates, each keyed as its record would be.
fn candidates(article: &LabelledArticle) -> Vec<(Candidate, Option<Keyed>)> {
    let extension = article.path.extension().and_then(|e| e.to_str());
    let document = formats::for_input(extension, &article.content).parse(&article.content);
    let mut seen = std::collections::HashSet::new();
    find_candidates(&document)
        .into_iter()
        .map(|candidate| {
            let (text, _) = crate::record_text(&candidate.found);
            let keyed = Keyed {
                handle: author_key(candidate.found.handle.as_deref().unwrap_or("")),
                display_name: author_key(candidate.found.display_name.as_deref().unwrap_or("")),
                text: text_key(&text),
            };
            // As `article_reactions` does: no empty text, each (author, text) once. The
            // others stay, unkeyed, as the decision sees them beside their run.
            let identity = (
                candidate.found.handle.clone(),
                candidate.found.display_name.clone(),
                keyed.text.clone(),
            );
            let keyed = (!text.is_empty() && seen.insert(identity)).then_some(keyed);
            (candidate, keyed)
        })
        .collect()
}

/// The article's candidates as training examples: labelled ones, optional ones left out.
pub fn examples(article: &LabelledArticle) -> Vec<Example> {
    let candidates: Vec<(Candidate, Keyed)> = candidates(article)
        .into_iter()
        .filter_map(|(candidate, keyed)| Some((candidate, keyed?)))
        .collect();
    let keyed: Vec<Keyed> = candidates.iter().map(|(_, k)| k.clone()).collect();
    judge(article, &keyed)
        .into_iter()
        .zip(candidates)
        .filter_map(|(verdict, (candidate, _))| {
            verdict.map(|is_reaction| Example {
                features: candidate.features,
                is_reaction,
            })
        })
        .collect()
}

/// Recall and precision counted as the scorer counts them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Labelled reactions found.
    pub hits: usize,
    /// Labelled reactions.
    pub expected: usize,
    /// Records kept, less those that matched an optional label.
    pub predicted: usize,
}

impl Tally {
    /// Labelled reactions found, as a share of those labelled (0 when none are).
    pub fn recall(&self) -> f64 {
        self.hits as f64 / self.expected.max(1) as f64
    }

    /// Reactions found that are labelled, as a share of those found (0 when none were found).
    pub fn precision(&self) -> f64 {
        self.hits as f64 / self.predicted.max(1) as f64
    }
}

impl std::iter::Sum for Tally {
    fn sum<I: Iterator<Item = Tally>>(tallies: I) -> Tally {
        tallies.fold(Tally::default(), |sum, t| Tally {
            hits: sum.hits + t.hits,
            expected: sum.expected + t.expected,
            predicted: sum.predicted + t.predicted,
        })
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "recall {:.3} ({}/{})  precision {:.3} ({}/{})",
            self.recall(),
            self.hits,
            self.expected,
            self.precision(),
            self.hits,
            self.predicted
        )
    }
}

/// How `decision` does on `article`, counted as the scorer counts it.
pub fn tally(article: &LabelledArticle, decision: &Decision) -> Tally {
    let (candidates, keys): (Vec<Candidate>, Vec<Option<Keyed>>) =
        candidates(article).into_iter().unzip();
    let kept: Vec<Keyed> = decision
        .confidences(&candidates)
        .into_iter()
        .zip(keys)
        .filter_map(|(confidence, keyed)| confidence.and(keyed))
        .collect();
    let verdicts = judge(article, &kept);
    Tally {
        hits: verdicts.iter().filter(|v| **v == Some(true)).count(),
        expected: article.expected.len(),
        predicted: verdicts.iter().filter(|v| v.is_some()).count(),
    }
}

/// Trains a decision on `articles` with the L2 penalty `l2`.
pub fn train(articles: &[LabelledArticle], l2: f64, trained_on: String) -> Decision {
    let examples: Vec<Example> = articles.iter().flat_map(examples).collect();
    Decision::fit(&examples, l2, THRESHOLD, trained_on)
}

/// The L2 penalty `make train-extraction` uses: chosen by cross-validation on the development
/// set (docs/extraction.md).
pub const DEFAULT_L2: f64 = 1.0;
/// The probability from which a trained decision keeps a candidate.
pub const THRESHOLD: f64 = 0.5;

/// The fold of an article in a `folds`-fold cross-validation: by its position in name order,
/// so that every run splits the same way.
fn fold_of(index: usize, folds: usize) -> usize {
    index % folds
}

/// A cross-validation by article: for each fold, a decision trained on the other folds'
/// articles is scored on this fold's; the tallies are summed.
pub fn cross_validate(
    articles: &[LabelledArticle],
    folds: usize,
    l2: f64,
    threshold: f64,
) -> Tally {
    cross_validate_by_article(articles, folds, l2, threshold)
        .into_iter()
        .map(|(_, tally)| tally)
        .sum()
}

/// [`cross_validate`]'s tally for each article, in the order given: where a change helps and
/// where it hurts.
pub fn cross_validate_by_article(
    articles: &[LabelledArticle],
    folds: usize,
    l2: f64,
    threshold: f64,
) -> Vec<(&LabelledArticle, Tally)> {
    let mut tallies: Vec<(usize, &LabelledArticle, Tally)> = (0..folds)
        .flat_map(|fold| {
            let (held, trained): (Vec<_>, Vec<_>) = articles
                .iter()
                .enumerate()
                .partition(|(index, _)| fold_of(*index, folds) == fold);
            let training: Vec<LabelledArticle> =
                trained.into_iter().map(|(_, a)| a.clone()).collect();
            let decision =
                train(&training, l2, format!("fold {fold} of {folds}")).with_threshold(threshold);
            held.into_iter()
                .map(|(index, article)| (index, article, tally(article, &decision)))
                .collect::<Vec<_>>()
        })
        .collect();
    tallies.sort_by_key(|(index, _, _)| *index);
    tallies
        .into_iter()
        .map(|(_, article, tally)| (article, tally))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(content: &str, expected: &[(&str, &str)]) -> LabelledArticle {
        LabelledArticle {
            path: PathBuf::from("fixture.txt"),
            content: content.to_string(),
            expected: expected
                .iter()
                .map(|(a, s)| (a.to_string(), s.to_string()))
                .collect(),
            optional: Vec::new(),
        }
    }

    #[test]
    fn keys_normalize_as_the_scorer_does() {
        assert_eq!(author_key("@Thandi Tobias-Poloko"), "thanditobiaspoloko");
        assert_eq!(text_key("“Don’t —  go”\n"), "\"don't - go\" ");
        assert_eq!(author_key("ｆｕｌｌ"), "full");
    }

    #[test]
    fn candidates_are_labelled_by_author_and_snippet() {
        let labelled = article(
            "Fuel prices\n\nPetrol went up again.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n\nThe minister, Gwede Mantashe, said: “Prices will come down.”\n",
            &[("kgomotso_m", "daylight robbery")],
        );
        let examples = examples(&labelled);
        assert_eq!(
            examples.iter().filter(|e| e.is_reaction).count(),
            1,
            "{examples:?}"
        );
        assert!(examples.iter().any(|e| !e.is_reaction));
    }
}
