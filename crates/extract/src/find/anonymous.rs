//! Readers quoted without a name at the start of a line, as tabloids print them, the quote
//! inline or in the next paragraph: `One fan wrote: '…'`, `Another added:` ⏎ `‘…’`, `A third X
//! user said: “…”` ([`at_line_start`]). Anonymous readers anywhere inside a line are found by
//! the general quote model in `quoted`.
//!
//! Every such subject is a candidate; whether it is a reader is the decision's to say, from
//! the evidence: a subject online on its face (a user, fan, follower, viewer, one on a
//! platform) marks one, while "One person", "Another" or "A third" are readers mostly where the
//! article has announced or already quoted reactions, and elsewhere people interviewed.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{
    build, display_name, name_words, places, platform_posted_on, rest_of, verb_posted_on,
    Attribution,
};
use crate::vocabulary::{
    is_online_noun, platform_named_in, DEMONYMS, ONLINE_POSTS, ONLINE_READERS, ORDINALS,
    OTHER_NOUNS,
};

/// Who an anonymous reader is: a determiner, then optionally where they post and what they are.
/// "A third" comes before "a", which would otherwise end the subject after its first word.
fn subject() -> String {
    format!(
        r"(?i:(?P<determiner>one|another|a\s+{}|an?|someone(?:\s+else)?|others?)(?:\s+(?P<place>{}))?(?:\s+(?P<noun>{}|{}))?)",
        alternation(ORDINALS),
        places(),
        alternation(&[ONLINE_READERS, ONLINE_POSTS].concat()),
        alternation(&[OTHER_NOUNS, DEMONYMS].concat())
    )
}

/// A regex group matching any of `words`, longest first so that `users` is not cut to `user`.
fn alternation(words: &[&str]) -> String {
    let mut words = words.to_vec();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    let escaped: Vec<String> = words.iter().map(|word| regex::escape(word)).collect();
    format!("(?:{})", escaped.join("|"))
}

/// `One fan wrote: '…'`, `Another added:`, `A third X user said: “…”`, `While a fourth wrote
/// on X: “…”`, `Another user, Ife, commented:` (named in an aside, of at most five words: see
/// [`name_words`] for why that is checked after the match; between its commas, the name
/// matches the same).
static AT_LINE_START: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?:(?i:and|while|whilst|but|meanwhile|then|yet)\s+)?(?P<who>{})(?:\s*,\s*(?P<name>{})\s*,)?\s+{}\s*[:;]\s*(?P<rest>)",
        subject(),
        display_name("*"),
        verb_posted_on()
    ))
});

/// An anonymous attribution opening `line`, its quote inline or in the next paragraph.
pub(super) fn at_line_start(line: &str) -> Option<Attribution<'_>> {
    let caps = AT_LINE_START.captures(line)?;
    if !names_someone(&caps)
        || caps
            .name("name")
            .is_some_and(|name| name_words(name.as_str()) > 5)
    {
        return None;
    }
    let online_reader = caps
        .name("noun")
        .is_some_and(|noun| is_online_noun(&noun.as_str().to_lowercase()));
    let rest = rest_of(line, &caps);
    // `Another said: @funtimefrankieg @BBCOne You almost have to…`: words opening with the
    // accounts they answer are a reply copied from its platform, whoever the subject is.
    let a_reply = rest
        .split_whitespace()
        .next()
        .and_then(|first| first.strip_prefix('@'))
        .is_some_and(|handle| {
            !handle.is_empty()
                && handle
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
    Some(Attribution {
        handle: None,
        display_name: caps.name("name").map(|name| name.as_str().to_string()),
        verb: Some(caps["verb"].to_lowercase()),
        rest,
        platform_hint: platform_named_in(&caps["who"]).or(platform_posted_on(&caps)),
        // `One user commented: Where is this place?`: a reader online on its face may be
        // quoted without marks; `Another said: the …` is reported speech.
        needs_quote_marks: !online_reader && !a_reply,
        online_reader: online_reader || a_reply,
    })
}

/// Whether a subject names someone: "a" and "an" need a noun, since "a" alone names nobody.
fn names_someone(caps: &Captures) -> bool {
    let determiner = caps["determiner"].to_ascii_lowercase();
    !(matches!(determiner.as_str(), "a" | "an") && caps.name("noun").is_none())
}
