//! Readers quoted without a name at the start of a line, as tabloids print them, the quote
//! inline or in the next paragraph: `One fan wrote: '…'`, `Another added:` ⏎ `‘…’`, `A third X
//! user said: “…”` ([`at_line_start`]). Anonymous readers anywhere inside a line are found by
//! the general quote model in `quoted`.
//!
//! A subject that is online on its face (a user, fan, follower, viewer, one on a platform, or
//! one who wrote, commented or posted) is a reader wherever it stands. "One person", "Another", "A third" are readers only where the
//! article has announced or already quoted reactions: elsewhere they are people interviewed.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{
    build, platform_named_in, platform_posted_on, rest_of, verb_posted_on, Attribution, Context,
    COMMENTING_VERBS, OPEN_QUOTE, PLACES,
};

/// Who an anonymous reader is: a determiner, then optionally where they post and what they are.
/// "A third" comes before "a", which would otherwise end the subject after its first word.
fn subject() -> String {
    const ORDINALS: &str =
        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|final|different)";
    format!(
        r"(?i:(?P<determiner>one|another|a\s+{ORDINALS}|an?|someone(?:\s+else)?|others?)(?:\s+(?P<place>{PLACES}))?(?:\s+(?P<noun>{ONLINE_PEOPLE}|{OTHER_PEOPLE}))?)"
    )
}

/// Subjects that are readers or posters on their own.
const ONLINE_PEOPLE: &str = r"(?:users?|fans?|followers?|commenters?|viewers?|readers?|listeners?|netizens?|tweeters?|tweeps|redditors?|posters?|accounts?)";
/// Subjects that are readers only where the article has said it is quoting reactions.
const OTHER_PEOPLE: &str = r"(?:person|people|individual|social\s+media\s+user|mum|dad|parent|shopper|customer|motorist|punter|resident|supporter)";
/// `One fan wrote: '…'`, `Another added:`, `A third X user said: “…”`, `While a fourth wrote
/// on X: “…”`.
static AT_LINE_START: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?:(?i:and|while|whilst|but|meanwhile|then|yet)\s+)?(?P<who>{})\s+{}\s*[:;]\s*(?P<rest>)(?:{OPEN_QUOTE}|$)",
        subject(),
        verb_posted_on()
    ))
});

static ONLINE_NOUN: LazyLock<Regex> = LazyLock::new(|| build(format!("(?i)^{ONLINE_PEOPLE}$")));

/// An anonymous attribution opening `line`, its quote inline or in the next paragraph.
pub(super) fn at_line_start<'t>(line: &'t str, context: &Context) -> Option<Attribution<'t>> {
    let caps = AT_LINE_START.captures(line)?;
    if !is_reader(&caps, context.in_reactions || context.reactions_seen) {
        return None;
    }
    Some(Attribution {
        handle: None,
        display_name: None,
        verb: Some(caps["verb"].to_lowercase()),
        rest: rest_of(line, &caps),
        platform_hint: platform_named_in(&caps["who"]).or(platform_posted_on(&caps)),
        needs_quote_marks: true,
        online_reader: caps
            .name("noun")
            .is_some_and(|noun| ONLINE_NOUN.is_match(noun.as_str())),
    })
}

/// Whether a subject is a reader: online on its face ("a user", "one person wrote"), or
/// announced as one. "A" and "an" need a noun, since "a" alone names nobody.
fn is_reader(caps: &Captures, announced: bool) -> bool {
    let noun = caps.name("noun").map(|m| m.as_str());
    let determiner = caps["determiner"].to_ascii_lowercase();
    if matches!(determiner.as_str(), "a" | "an") && noun.is_none() {
        return false;
    }
    let verb = caps["verb"].to_lowercase();
    let online = caps.name("place").is_some()
        || caps.name("posted_on").is_some()
        || noun.is_some_and(|n| ONLINE_NOUN.is_match(n))
        || COMMENTING_VERBS.contains(&verb.as_str());
    online || announced
}
