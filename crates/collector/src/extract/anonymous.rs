//! Readers quoted without a name, as tabloids and viral-news desks print them:
//!
//! - at the start of a line, the quote inline or in the next paragraph: `One fan wrote: '…'`,
//!   `Another added:` ⏎ `‘…’`, `A third X user said: “…”` ([`at_line_start`]);
//! - anywhere in a line and several to a paragraph, double-quoted, the subject first or the quote
//!   first: `An individual wrote, “…” Another added, “…”`, `“So wholesome,” wrote an Instagram
//!   user.` ([`within_line`]).
//!
//! A subject that is online on its face (a user, fan, follower, viewer, one on a platform, or
//! one who wrote, commented or posted) is a reader wherever it stands. "One person", "Another", "A third" are readers only where the
//! article has announced or already quoted reactions: elsewhere they are people interviewed.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{
    build, is_lead_in, platform_named_in, platform_posted_on, rest_of, verb_posted_on, Attribution,
    Context, Found, COMMENTING_VERBS, OPEN_QUOTE, PLACES, VERBS,
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
/// A double-quoted quote on one line; single quotes are left to line-start attributions, since
/// inside a line a closing ’ cannot be told from an apostrophe.
const QUOTE: &str = r#"(?P<quote>“[^“”]{1,600}”|"[^"]{1,600}")"#;

/// `One fan wrote: '…'`, `Another added:`, `A third X user said: “…”`, `While a fourth wrote
/// on X: “…”`.
static AT_LINE_START: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"^(?:(?i:and|while|whilst|but|meanwhile|then|yet)\s+)?(?P<who>{})\s+{}\s*[:;]\s*(?P<rest>)(?:{OPEN_QUOTE}|$)",
        subject(),
        verb_posted_on()
    ))
});

/// `An individual wrote, “…”` anywhere in a line.
static SUBJECT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"(?P<who>\b{})\s+{}\s*[,:]\s*{QUOTE}",
        subject(),
        verb_posted_on()
    ))
});

/// `“So wholesome,” wrote an Instagram user`.
static QUOTE_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"{QUOTE}\s*(?P<verb>(?i:{VERBS}))\s+(?P<who>{})\b",
        subject()
    ))
});

/// `“So wholesome,” an Instagram user wrote`.
static QUOTE_THEN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    build(format!(
        r"{QUOTE}\s*(?P<who>{})\s+(?P<verb>(?i:{VERBS}))\b",
        subject()
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
    })
}

/// Every anonymous reader quoted inside `line`, in order, or `None` when there is none.
pub(super) fn within_line(line: &str, context: &Context) -> Option<Vec<Found>> {
    if !line.contains(['“', '"']) {
        return None;
    }
    let mut matches: Vec<Captures> = [&*SUBJECT_FIRST, &*QUOTE_THEN_VERB, &*QUOTE_THEN_SUBJECT]
        .into_iter()
        .flat_map(|regex| regex.captures_iter(line))
        .filter(|caps| starts_a_sentence(line, caps.get(0).map_or(0, |m| m.start())))
        .collect();
    matches.sort_by_key(|caps| caps.get(0).map(|m| (m.start(), m.end())));
    let mut found = Vec::new();
    let mut end_of_last = 0;
    for caps in matches {
        let whole = caps.get(0).expect("group 0 always matches");
        if whole.start() < end_of_last {
            continue;
        }
        let announced = context.in_reactions
            || context.reactions_seen
            || !found.is_empty()
            || is_lead_in(&line[..whole.start()]);
        if !is_reader(&caps, announced) {
            continue;
        }
        end_of_last = whole.end();
        let platform = platform_named_in(&caps["who"])
            .or(platform_posted_on(&caps))
            .or(context.platform)
            .unwrap_or("unknown");
        found.push(Found {
            platform: platform.to_string(),
            verb: Some(caps["verb"].to_lowercase()),
            raw_text: caps["quote"].to_string(),
            ..Found::default()
        });
    }
    (!found.is_empty()).then_some(found)
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

/// A match counts where a sentence or clause starts: at the line's start or after a sentence's
/// end, a closing quote, a colon or a comma ("Reacting to the clip, a user wrote, “…”"), but not
/// inside reported speech ("He said that one person said, “…”").
fn starts_a_sentence(line: &str, at: usize) -> bool {
    line[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '”' | '"' | ':' | ',' | ';' | '…'))
}
