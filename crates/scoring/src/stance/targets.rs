//! Stance targets as an analyst configures them, and the matcher that finds their mentions.
//!
//! A target is a name, the aliases that mention it and optional cue phrases that on their own
//! signal favor or against (`"Slava Ukraini"`). Aliases match case-insensitively on word
//! boundaries, with plural and possessive endings (`NATO's`, `Ukrainians'`), and a word alias
//! also matches its hashtag and @handle (`#Ukraine`, `@NATO`).

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

/// One configured target.
#[derive(Debug, Clone)]
pub struct Target {
    /// The name the dataset and tables give it.
    pub name: String,
    /// The words and phrases that mention it in a text (its name among them, when configured).
    pub aliases: Vec<String>,
    /// Its own phrases that speak for it wherever they appear ("slava ukraini").
    pub favor_cues: Vec<String>,
    /// Its own phrases that speak against it wherever they appear.
    pub against_cues: Vec<String>,
    alias_pattern: Regex,
    favor_pattern: Option<Regex>,
    against_pattern: Option<Regex>,
}

/// Where a target is mentioned: the byte range in the text and the alias that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The byte where the mention starts.
    pub start: usize,
    /// The byte after its end.
    pub end: usize,
    /// The alias that matched, as configured.
    pub alias: String,
}

/// A target's own cue phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// The byte where the phrase starts.
    pub start: usize,
    /// The byte after its end.
    pub end: usize,
    /// Whether it is one of the target's favor cues (else an against cue).
    pub favor: bool,
}

/// The targets of a run, in the order they were configured.
#[derive(Debug, Clone, Default)]
pub struct TargetSet {
    targets: Vec<Target>,
}

/// A target, or a targets file, that could not be used. Errors in a file name it, and the
/// key and line where TOML parsing tells them.
#[derive(Debug, thiserror::Error)]
pub enum TargetsError {
    /// The file is not TOML of the targets file's shape.
    #[error("{origin}: {source}")]
    Syntax {
        /// The file.
        origin: String,
        /// What the TOML parser said, with the key and line.
        source: toml::de::Error,
    },
    /// Two targets of a file have the same name (compared without regard to case).
    #[error("{origin}: target {name:?} is defined twice")]
    Duplicate {
        /// The file.
        origin: String,
        /// The second target's name.
        name: String,
    },
    /// A target of the file named by `origin` is not valid.
    #[error("{origin}: {source}")]
    InFile {
        /// The file.
        origin: String,
        /// What is wrong with the target.
        source: Box<TargetsError>,
    },
    /// A target whose name is empty.
    #[error("a target has an empty name")]
    EmptyName,
    /// A target with an empty alias, which would match everywhere.
    #[error("target {name:?}: alias {number} is empty")]
    EmptyAlias {
        /// The target's name.
        name: String,
        /// The alias's place in its list, from 1.
        number: usize,
    },
    /// The target's aliases or cues make no regular expression (too large, above all).
    #[error("target {name:?}: {source}")]
    Pattern {
        /// The target's name.
        name: String,
        /// What the regex crate said.
        source: regex::Error,
    },
    /// A name, alias or cue longer than [`MAX_PHRASE_BYTES`]; `name` is the target's name,
    /// cut short.
    #[error("target {name:?}: {what} is {bytes} bytes, over the {MAX_PHRASE_BYTES}-byte limit")]
    PhraseTooLong {
        /// The target's name, cut short.
        name: String,
        /// Which it is, in words ("its name", "an alias", "a favor cue", …).
        what: &'static str,
        /// Its length.
        bytes: usize,
    },
    /// A target with more aliases and cues than [`MAX_PHRASES`].
    #[error("target {name:?}: {count} aliases and cues, over the {MAX_PHRASES} limit")]
    TooManyPhrases {
        /// The target's name.
        name: String,
        /// How many it has.
        count: usize,
    },
    /// The file's bytes are not UTF-8.
    #[error("{origin}: not UTF-8 text: {source}")]
    NotUtf8 {
        /// The file.
        origin: String,
        /// Where the bytes stop being UTF-8.
        source: std::str::Utf8Error,
    },
}

/// The longest target name, alias or cue, in bytes. Each becomes part of a regular expression
/// whose compiled size grows far faster than its text (a 10 MB name took 3.8 GB); real ones
/// are a few words.
pub const MAX_PHRASE_BYTES: usize = 200;
/// The most aliases and cues one target may have, for the same reason.
pub const MAX_PHRASES: usize = 1_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetsFile {
    #[serde(default, rename = "target")]
    targets: Vec<TargetEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    favor_cues: Vec<String>,
    #[serde(default)]
    against_cues: Vec<String>,
}

impl Target {
    /// A target whose name is also an alias, plus the given aliases and cues.
    pub fn new(
        name: &str,
        aliases: &[&str],
        favor_cues: &[&str],
        against_cues: &[&str],
    ) -> Result<Target, TargetsError> {
        let owned = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        Target::build(
            name.to_string(),
            owned(aliases),
            owned(favor_cues),
            owned(against_cues),
        )
    }

    fn build(
        name: String,
        mut aliases: Vec<String>,
        favor_cues: Vec<String>,
        against_cues: Vec<String>,
    ) -> Result<Target, TargetsError> {
        if name.trim().is_empty() {
            return Err(TargetsError::EmptyName);
        }
        let short_name = || name.chars().take(40).collect::<String>();
        let count = aliases.len() + favor_cues.len() + against_cues.len();
        if count > MAX_PHRASES {
            return Err(TargetsError::TooManyPhrases {
                name: short_name(),
                count,
            });
        }
        let phrases = std::iter::once(("its name", &name))
            .chain(aliases.iter().map(|a| ("an alias", a)))
            .chain(favor_cues.iter().map(|c| ("a favor cue", c)))
            .chain(against_cues.iter().map(|c| ("an against cue", c)));
        for (what, phrase) in phrases {
            if phrase.len() > MAX_PHRASE_BYTES {
                return Err(TargetsError::PhraseTooLong {
                    name: short_name(),
                    what,
                    bytes: phrase.len(),
                });
            }
        }
        if !aliases.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
            aliases.insert(0, name.clone());
        }
        if let Some(empty) = aliases.iter().position(|a| a.trim().is_empty()) {
            return Err(TargetsError::EmptyAlias {
                name,
                number: empty + 1,
            });
        }
        // Longest first, so that "North Korea" wins over "Korea" at the same position.
        let mut by_length: Vec<&String> = aliases.iter().collect();
        by_length.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let pattern_error = |source| TargetsError::Pattern {
            name: name.clone(),
            source,
        };
        let alias_pattern =
            compile(&by_length, r"(?:['’]s|s['’]|['’]|es|s)?").map_err(pattern_error)?;
        let cue_pattern = |cues: &[String]| -> Result<Option<Regex>, TargetsError> {
            if cues.is_empty() {
                return Ok(None);
            }
            let refs: Vec<&String> = cues.iter().collect();
            compile(&refs, "").map(Some).map_err(pattern_error)
        };
        Ok(Target {
            favor_pattern: cue_pattern(&favor_cues)?,
            against_pattern: cue_pattern(&against_cues)?,
            name,
            aliases,
            favor_cues,
            against_cues,
            alias_pattern,
        })
    }

    /// Every mention of the target in `text`, left to right, not overlapping.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        bounded_matches(&self.alias_pattern, text)
            .map(|(start, end)| Mention {
                start,
                end,
                alias: text[start..end].to_string(),
            })
            .collect()
    }

    /// The target's own favor and against cue phrases found in `text`.
    pub fn cues(&self, text: &str) -> Vec<CueMatch> {
        let mut found = Vec::new();
        for (pattern, favor) in [(&self.favor_pattern, true), (&self.against_pattern, false)] {
            if let Some(pattern) = pattern {
                found.extend(bounded_matches(pattern, text).map(|(start, end)| CueMatch {
                    start,
                    end,
                    favor,
                }));
            }
        }
        found.sort_by_key(|cue| cue.start);
        found
    }
}

/// One case-insensitive alternation of literal phrases (inner whitespace matching any run of
/// whitespace), followed by `suffix`.
fn compile(phrases: &[&String], suffix: &str) -> Result<Regex, regex::Error> {
    let alternatives: Vec<String> = phrases
        .iter()
        .map(|phrase| {
            phrase
                .split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    RegexBuilder::new(&format!("(?:{}){suffix}", alternatives.join("|")))
        .case_insensitive(true)
        .build()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Matches of `pattern` that start and end on word boundaries. A match starting with a word
/// character may follow `#` or `@`, which is how a hashtag or handle of the word reads.
fn bounded_matches<'t>(
    pattern: &'t Regex,
    text: &'t str,
) -> impl Iterator<Item = (usize, usize)> + 't {
    let mut from = 0;
    std::iter::from_fn(move || {
        while from <= text.len() {
            let found = pattern.find_at(text, from)?;
            let (start, end) = (found.start(), found.end());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let first = text[start..].chars().next();
            let starts_word = first.is_some_and(is_word_char);
            let left_ok = match before {
                None => true,
                Some(c) if starts_word => !is_word_char(c),
                Some(c) => !is_word_char(c) && c != '#' && c != '@',
            };
            let right_ok = after.is_none_or(|c| !is_word_char(c));
            if left_ok && right_ok && end > start {
                from = end;
                // A hashtag or handle is reported whole: "#Ukraine", not "Ukraine".
                let sigil = before
                    .filter(|c| *c == '#' || *c == '@')
                    .map_or(0, char::len_utf8);
                return Some((start - sigil, end));
            }
            // Retry one character later: a shorter alias may still match here.
            from = start + first.map_or(1, char::len_utf8);
        }
        None
    })
}

impl TargetSet {
    /// The targets, in this order.
    pub fn new(targets: Vec<Target>) -> Self {
        TargetSet { targets }
    }

    /// Parses a targets file's bytes, which must be UTF-8; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<TargetSet, TargetsError> {
        let text = std::str::from_utf8(bytes).map_err(|source| TargetsError::NotUtf8 {
            origin: origin.to_string(),
            source,
        })?;
        TargetSet::from_toml(text, origin)
    }

    /// Parses a targets file's text; `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<TargetSet, TargetsError> {
        let file: TargetsFile = toml::from_str(text).map_err(|source| TargetsError::Syntax {
            origin: origin.to_string(),
            source,
        })?;
        let mut targets: Vec<Target> = Vec::with_capacity(file.targets.len());
        for entry in file.targets {
            if targets
                .iter()
                .any(|t| t.name.eq_ignore_ascii_case(&entry.name))
            {
                return Err(TargetsError::Duplicate {
                    origin: origin.to_string(),
                    name: entry.name,
                });
            }
            let target = Target::build(
                entry.name,
                entry.aliases,
                entry.favor_cues,
                entry.against_cues,
            )
            .map_err(|source| TargetsError::InFile {
                origin: origin.to_string(),
                source: Box::new(source),
            })?;
            targets.push(target);
        }
        Ok(TargetSet { targets })
    }

    /// The targets, in the order configured: the order of each reaction's stance rows.
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// Whether there are no targets, and so no stance rows.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases_found(target: &Target, text: &str) -> Vec<String> {
        target.mentions(text).into_iter().map(|m| m.alias).collect()
    }

    #[test]
    fn a_huge_name_alias_or_cue_is_refused_before_any_pattern_is_built() {
        let long = "x".repeat(10 * 1024 * 1024);
        let file = format!("[[target]]\nname = \"{long}\"\n");
        let error = TargetSet::from_toml(&file, "t.toml").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("its name is 10485760 bytes, over the 200-byte limit"),
            "{error}"
        );
        assert!(
            error.to_string().len() < 200,
            "the message does not repeat the name"
        );
        let alias = "y".repeat(MAX_PHRASE_BYTES + 1);
        let error = Target::new("NATO", &[alias.as_str()], &[], &[]).unwrap_err();
        assert!(matches!(
            error,
            TargetsError::PhraseTooLong {
                what: "an alias",
                ..
            }
        ));
        let cues: Vec<String> = (0..=MAX_PHRASES).map(|i| format!("cue {i}")).collect();
        let cues: Vec<&str> = cues.iter().map(String::as_str).collect();
        let error = Target::new("NATO", &[], &cues, &[]).unwrap_err();
        assert!(matches!(error, TargetsError::TooManyPhrases { .. }));
        assert!(Target::new(&"z".repeat(MAX_PHRASE_BYTES), &[], &[], &[]).is_ok());
    }

    #[test]
    fn aliases_match_on_word_boundaries_only() {
        let nato = Target::new("NATO", &[], &[], &[]).unwrap();
        assert_eq!(aliases_found(&nato, "Join NATO now"), ["NATO"]);
        assert_eq!(aliases_found(&nato, "nato, again"), ["nato"]);
        assert!(aliases_found(&nato, "Donatos pizza").is_empty());
        assert!(aliases_found(&nato, "NATOism").is_empty());
        assert!(aliases_found(&nato, "#NATOsummit").is_empty());
    }

    #[test]
    fn plurals_possessives_hashtags_and_handles_match() {
        let ukraine = Target::new("Ukraine", &["Ukrainian", "Kyiv"], &[], &[]).unwrap();
        assert_eq!(
            aliases_found(
                &ukraine,
                "Ukraine's army, Ukrainians’ homes, #Ukraine and @Kyiv."
            ),
            ["Ukraine's", "Ukrainians’", "#Ukraine", "@Kyiv"]
        );
        let handle = Target::new("Elon", &["@elonmusk"], &[], &[]).unwrap();
        assert_eq!(aliases_found(&handle, "cc @elonmusk!"), ["@elonmusk"]);
        assert!(aliases_found(&handle, "cc x@elonmusk").is_empty());
    }

    #[test]
    fn multi_word_aliases_prefer_the_longest_and_span_any_whitespace() {
        let korea = Target::new("North Korea", &["Korea", "Pyongyang"], &[], &[]).unwrap();
        let found = korea.mentions("North\n Korea's troops; Korea");
        assert_eq!(found[0].alias, "North\n Korea's");
        assert_eq!(found[1].alias, "Korea");
        assert_eq!((found[0].start, found[0].end), (0, 14));
    }

    #[test]
    fn non_ascii_aliases_fold_case() {
        let target = Target::new("Zelensky", &["Зеленський"], &[], &[]).unwrap();
        assert_eq!(aliases_found(&target, "ЗЕЛЕНСЬКИЙ сказав"), ["ЗЕЛЕНСЬКИЙ"]);
    }

    #[test]
    fn targets_file_parses_and_errors_name_the_place() {
        let set = TargetSet::from_toml(
            "[[target]]\nname = \"NATO\"\naliases = [\"North Atlantic Alliance\"]\nfavor_cues = [\"#NATOstrong\"]\n",
            "targets.toml",
        )
        .unwrap();
        let nato = &set.targets()[0];
        assert_eq!(nato.aliases, ["NATO", "North Atlantic Alliance"]);
        assert!(nato.cues("so #NATOstrong today")[0].favor);

        let error = TargetSet::from_toml("[[target]]\nname = \"A\"\nalias = []\n", "t.toml")
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("t.toml"), "{error}");
        assert!(error.contains("line 3"), "{error}");
        assert!(error.contains("alias"), "{error}");

        let twice =
            TargetSet::from_toml("[[target]]\nname = \"A\"\n[[target]]\nname = \"a\"\n", "t")
                .unwrap_err();
        assert!(twice.to_string().contains("defined twice"));
    }
}
