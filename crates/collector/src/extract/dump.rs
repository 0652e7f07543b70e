//! Comments pasted without quote marks after the article announces them, as comment-section
//! round-ups print them: a username alone on a line over the comment (`kamau_254` ⏎ `This one
//! is too much`), or the username opening the comment's line (`kamau_254 😂😂 this one is too
//! much`). Nothing marks these as quotes but the announcement and the username's shape, so both
//! are required: a username has a digit, `_` or `.` in it, or (alone on its line) is one
//! lower-case word, which article prose never is.

use super::quoted::InLine;
use super::{Context, Found, Unit};
use crate::record::Cue;

/// The comment at `index` in a dump, with the units it spans beyond `index`.
pub(super) fn unquoted_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    if !context.in_reactions {
        return None;
    }
    let Unit::Line {
        text,
        starts_paragraph: true,
        ..
    } = units[index]
    else {
        return None;
    };
    let (username, comment, taken) = match text.split_once(' ') {
        None if is_username(text, true) => {
            let next = index + 1;
            let Some(Unit::Line {
                text: comment,
                starts_paragraph: true,
                ..
            }) = units.get(next)
            else {
                return None;
            };
            if claimed[next] || !is_comment(comment) || is_username(comment, true) {
                return None;
            }
            (text, *comment, vec![next])
        }
        Some((first, rest)) if is_username(first, false) && is_comment(rest) => {
            (first, rest, Vec::new())
        }
        _ => return None,
    };
    let found = Found {
        platform: context.platform.unwrap_or_default(),
        handle: Some(username.to_string()),
        raw_text: comment.trim().to_string(),
        cues: context.cues_with([(true, Cue::Handle), (true, Cue::RoundUp)]),
        ..Found::default()
    };
    Some(InLine {
        found: vec![found],
        units: taken,
    })
}

/// A username as comment sections print them. `alone`: the word is its line, where one
/// lower-case word is enough; opening a line of prose it needs a digit, `_` or `.` inside.
fn is_username(word: &str, alone: bool) -> bool {
    let word = word.trim();
    let length = word.chars().count();
    let shaped = (3..=30).contains(&length)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && word.chars().any(char::is_alphabetic)
        && !word.ends_with(['.', '-']);
    if !shaped {
        return false;
    }
    let marked = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .contains(|c: char| c.is_ascii_digit() || matches!(c, '_' | '.'));
    marked || (alone && word.chars().all(|c| c.is_lowercase()))
}

/// A comment's text: some words, and not a lead-in, a heading or a quote (those are other
/// shapes' to read).
fn is_comment(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && !text.ends_with(':')
        && !text.starts_with(['“', '"', '‘', '\'', '@'])
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::is_username;

    #[test]
    fn usernames_have_the_shape_comment_sections_print() {
        for username in ["kamau_254", "wanjiku.m", "user6372819", "Brian_O"] {
            assert!(is_username(username, false), "{username}");
        }
        assert!(is_username("wanjikumary", true));
        for not_one in ["Meanwhile", "However,", "3.5", "a", "kamau_254.", "word"] {
            assert!(!is_username(not_one, false), "{not_one}");
        }
        assert!(!is_username("Meanwhile", true));
    }
}
