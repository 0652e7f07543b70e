//! The three attribution shapes that hang on an @handle, matched in one forward pass.
//!
//! Each shape is specified by a regular expression, kept as the oracle in `handles/tests.rs`
//! and compared with these matchers on generated lines:
//!
//! - [`handle_first`]: `[lead-in,] @handle[, appositive,] verb: rest`;
//! - [`name_then_handle`]: `[lead-in,] Name Surname (@handle)[, appositive,] [verb]: rest`;
//! - [`narrative`]: `[Lead-in,] @handle verb narrative: “rest` (or the quote in the next
//!   paragraph);
//!
//! and [`bare_handle`], `@handle: “rest`, simple enough to need no pattern.
//!
//! The regex engine took their capture groups with a bounded backtracker that retried every
//! length of the counted lead-in, name and appositive repetitions, a fifth of all extraction
//! time. Every group here is pinned down by the line's first '@' instead: no lead-in, name or
//! appositive can contain one, so the handle starts there, and each group is found by looking
//! outwards from it. The answers are the ones leftmost-first matching gives.

use std::sync::LazyLock;

use regex::Regex;

use super::OPENING_MARKS;
use crate::vocabulary::{NAME_PARTICLES, VERBS};

/// At most this many characters of lead-in before a name or handle.
const LONGEST_LEAD: usize = 60;
/// At most this many characters of appositive (", a nurse in Soweto,").
const LONGEST_APPOSITIVE: usize = 80;
/// At most this many characters of narrative between the verb and the colon.
const LONGEST_NARRATIVE: usize = 80;
/// Name words after the first.
const MORE_NAME_WORDS: usize = 4;

/// The groups of an attribution; `rest` is what follows its colon.
#[derive(Debug, PartialEq)]
pub(super) struct HandleMatch<'t> {
    pub lead: Option<&'t str>,
    pub name: Option<&'t str>,
    pub handle: &'t str,
    pub verb: Option<&'t str>,
    pub narrative: &'t str,
    pub rest: &'t str,
}

/// `[lead-in,] @handle[, appositive,] verb: rest`
pub(super) fn handle_first(line: &str) -> Option<HandleMatch<'_>> {
    let at = memchr::memchr(b'@', line.as_bytes())?;
    let lead = match at {
        0 => None,
        _ => Some(lead_before_separator(&line[..at])?),
    };
    let (handle, after_handle) = handle_at(line, at)?;
    let (verb, rest) = after_appositive(line, after_handle).find_map(|start| {
        let verb_start = skip_whitespace(line, start);
        match verb_start > start {
            true => verb_and_rest(line, verb_start),
            false => None,
        }
    })?;
    Some(HandleMatch {
        lead,
        name: None,
        handle,
        verb: Some(verb),
        narrative: "",
        rest: &line[rest..],
    })
}

/// `[lead-in,] Name Surname (@handle)[, appositive,] [verb]: rest`
pub(super) fn name_then_handle(line: &str) -> Option<HandleMatch<'_>> {
    let at = memchr::memchr(b'@', line.as_bytes())?;
    let before_handle = trim_whitespace_end(&line[..at]);
    let name_end = trim_whitespace_end(before_handle.strip_suffix('(')?).len();
    let (handle, after_handle) = handle_at(line, at)?;
    let close = skip_whitespace(line, after_handle);
    if line.as_bytes().get(close) != Some(&b')') {
        return None;
    }
    let (verb, rest) = after_appositive(line, close + 1).find_map(|start| {
        let verb_start = skip_whitespace(line, start);
        match line.as_bytes().get(verb_start) {
            Some(b':' | b';') => Some((None, skip_whitespace(line, verb_start + 1))),
            _ => verb_and_rest(line, verb_start).map(|(verb, rest)| (Some(verb), rest)),
        }
    })?;
    let (lead, name) = lead_and_name(&line[..name_end])?;
    Some(HandleMatch {
        lead,
        name: Some(name),
        handle,
        verb,
        narrative: "",
        rest: &line[rest..],
    })
}

/// `[Lead-in,] @handle verb narrative: “rest`
pub(super) fn narrative(line: &str) -> Option<HandleMatch<'_>> {
    let at = memchr::memchr(b'@', line.as_bytes())?;
    let lead = match at {
        0 => None,
        _ => {
            let lead = trim_whitespace_end(&line[..at]).strip_suffix(',')?;
            let mut chars = lead.chars();
            let capitalized = chars.next().is_some_and(is_uppercase_letter);
            let mut length = 0;
            let fits = chars.all(|c| {
                length += 1;
                is_lead_character(c)
            });
            if !(capitalized && fits && length <= LONGEST_LEAD) {
                return None;
            }
            Some(lead)
        }
    };
    let (handle, after_handle) = handle_at(line, at)?;
    let verb_start = skip_whitespace(line, after_handle);
    if verb_start == after_handle {
        return None;
    }
    let mut verb_end = verb_start;
    for (offset, c) in line[verb_start..].char_indices() {
        let allowed = is_lowercase_letter(c) || (offset > 0 && c == '-');
        if !allowed {
            break;
        }
        verb_end = verb_start + offset + c.len_utf8();
    }
    // At least two characters of verb.
    line[verb_start..verb_end].chars().nth(1)?;
    // The narrative runs to the colon and may not cross a lead-in's stop characters.
    let colon = verb_end + line[verb_end..].find(|c| !is_lead_character(c))?;
    if line.as_bytes()[colon] != b':' {
        return None;
    }
    let narrative_end = trim_whitespace_end(&line[..colon]).len().max(verb_end);
    let narrative = &line[verb_end..narrative_end];
    if narrative.chars().nth(LONGEST_NARRATIVE).is_some() {
        return None;
    }
    // The quote follows inline or, when the line ends at the colon, in the next paragraph.
    let rest = &line[skip_whitespace(line, colon + 1)..];
    if !(rest.is_empty() || rest.starts_with(OPENING_MARKS)) {
        return None;
    }
    Some(HandleMatch {
        lead,
        name: None,
        handle,
        verb: Some(&line[verb_start..verb_end]),
        narrative,
        rest,
    })
}

/// `@handle: “rest` — a handle and its quote with no verb, as listicles print them. Only a quote
/// in quote marks makes it one.
pub(super) fn bare_handle(line: &str) -> Option<HandleMatch<'_>> {
    if !line.starts_with('@') {
        return None;
    }
    let (handle, after_handle) = handle_at(line, 0)?;
    let colon = skip_whitespace(line, after_handle);
    if line.as_bytes().get(colon) != Some(&b':') {
        return None;
    }
    let rest = &line[skip_whitespace(line, colon + 1)..];
    rest.starts_with(OPENING_MARKS).then_some(HandleMatch {
        lead: None,
        name: None,
        handle,
        verb: None,
        narrative: "",
        rest,
    })
}

/// What a lead-in may contain: no handle, colon, quote or sentence end.
fn is_lead_character(c: char) -> bool {
    !matches!(c, '@' | ':' | ';' | '“' | '”' | '"' | '.' | '!' | '?')
}

/// The shortest lead-in such that the rest of `prefix` is `,\s*` or `\s+`.
fn lead_before_separator(prefix: &str) -> Option<&str> {
    if !prefix.chars().all(is_lead_character) {
        return None;
    }
    let text_end = trim_whitespace_end(prefix).len();
    let end = if text_end >= 2 && prefix.as_bytes()[text_end - 1] == b',' {
        text_end - 1
    } else if text_end < prefix.len() && text_end >= 1 {
        text_end
    } else if text_end == 0 {
        // All whitespace: the lead-in is its first character, the rest the separator.
        let first = prefix.chars().next()?.len_utf8();
        (first < prefix.len()).then_some(first)?
    } else {
        return None;
    };
    let lead = &prefix[..end];
    lead.chars().nth(LONGEST_LEAD).is_none().then_some(lead)
}

/// The lead-in and name before "(@": the shortest lead-in ending in a comma after which
/// the rest is a name, else no lead-in and all of it a name.
fn lead_and_name(text: &str) -> Option<(Option<&str>, &str)> {
    for (count, (at, c)) in text.char_indices().enumerate() {
        if count > LONGEST_LEAD || !is_lead_character(c) {
            break;
        }
        if c == ',' && at > 0 {
            let name = &text[skip_whitespace(text, at + 1)..];
            if is_display_name(name) {
                return Some((Some(&text[..at]), name));
            }
        }
    }
    is_display_name(text).then_some((None, text))
}

/// `Word( [particle ]Word){0,4}`, words separated by whitespace.
fn is_display_name(text: &str) -> bool {
    let mut tokens = text.split(char::is_whitespace).filter(|t| !t.is_empty());
    if !text.starts_with(|c: char| !c.is_whitespace()) || !tokens.next().is_some_and(is_name_word) {
        return false;
    }
    let mut words = 0;
    while let Some(token) = tokens.next() {
        let word = match NAME_PARTICLES.contains(&token) {
            true => tokens.next(),
            false => Some(token),
        };
        words += 1;
        if !word.is_some_and(is_name_word) || words > MORE_NAME_WORDS {
            return false;
        }
    }
    true
}

/// A capitalized name word: "Lerato", "O'Brien", "Jean-Luc", "Mokoena-Dlamini".
fn is_name_word(token: &str) -> bool {
    static NAME_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^{}$", super::NAME_WORD)).expect("name word"));
    match token.as_bytes() {
        [first, rest @ ..] if token.is_ascii() => {
            first.is_ascii_uppercase()
                && rest
                    .iter()
                    .all(|b| b.is_ascii_alphabetic() || matches!(b, b'\'' | b'.' | b'-'))
        }
        _ => NAME_WORD.is_match(token),
    }
}

fn is_uppercase_letter(c: char) -> bool {
    static UPPERCASE_LETTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{Lu}$").expect("uppercase letter"));
    match c.is_ascii() {
        true => c.is_ascii_uppercase(),
        false => UPPERCASE_LETTER.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

fn is_lowercase_letter(c: char) -> bool {
    static LOWERCASE_LETTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{Ll}$").expect("lowercase letter"));
    match c.is_ascii() {
        true => c.is_ascii_lowercase(),
        false => LOWERCASE_LETTER.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// The handle after the '@' at `at`, and where it ends. A handle may hold dots but not end
/// in one, and none of the shapes lets a dot follow it.
fn handle_at(line: &str, at: usize) -> Option<(&str, usize)> {
    let start = at + 1;
    let length = line.as_bytes()[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
        .count();
    let handle = &line[start..start + length];
    let valid = !handle.is_empty() && !handle.starts_with('.') && !handle.ends_with('.');
    valid.then_some((handle, start + length))
}

/// Where the text after a handle may continue, in the order the pattern tries them: past an
/// appositive (", a nurse in Soweto,"), past a comma, or right there.
fn after_appositive(line: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let comma = (line.as_bytes().get(at) == Some(&b',')).then_some(at + 1);
    let appositive = comma.and_then(|body| {
        let close = body + memchr::memchr(b',', &line.as_bytes()[body..])?;
        let text = &line[body..close];
        let allowed = !text.contains([':', ';', '“', '”', '"', '@']);
        let length = text.chars().count();
        let shortest = trim_whitespace_start(text).chars().count();
        (allowed && length >= 1 && shortest <= LONGEST_APPOSITIVE).then_some(close + 1)
    });
    [appositive, comma, Some(at)].into_iter().flatten()
}

/// A verb starting at `at` and followed by `\s*[:;]\s*`: the verb and where the rest begins.
fn verb_and_rest(line: &str, at: usize) -> Option<(&str, usize)> {
    let colon = at + memchr::memchr2(b':', b';', &line.as_bytes()[at..])?;
    let verb = trim_whitespace_end(&line[at..colon]);
    is_verb(verb).then(|| (verb, skip_whitespace(line, colon + 1)))
}

fn is_verb(word: &str) -> bool {
    // Case-insensitive as the patterns are, including Unicode's "ſ" for "s" and "K" for "k".
    static VERB: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^(?i:{VERBS})$")).expect("verb list"));
    match word.is_ascii() {
        true => VERBS.split('|').any(|verb| verb.eq_ignore_ascii_case(word)),
        false => VERB.is_match(word),
    }
}

fn skip_whitespace(line: &str, at: usize) -> usize {
    line.len() - trim_whitespace_start(&line[at..]).len()
}

fn trim_whitespace_start(text: &str) -> &str {
    text.trim_start_matches(char::is_whitespace)
}

fn trim_whitespace_end(text: &str) -> &str {
    text.trim_end_matches(char::is_whitespace)
}

#[cfg(test)]
mod tests;
