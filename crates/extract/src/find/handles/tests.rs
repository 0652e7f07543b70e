//! The matchers against the regular expressions that specify them, on generated lines.

use std::sync::LazyLock;

use regex::Regex;

use super::{handle_first, name_then_handle, narrative, HandleMatch};
use crate::find::{display_name, APPOSITIVE, OPEN_QUOTE};
use crate::vocabulary::VERBS;

const HANDLE: &str = r"@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)";
const LEAD: &str = r"[^@:;“”\u0022.!?]";

static HANDLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<lead>{LEAD}{{1,60}}?)(?:,\s*|\s+))?{HANDLE}(?:{APPOSITIVE}|,)?\s+(?P<verb>(?i:{VERBS}))\s*[:;]\s*(?P<rest>)"
    ))
    .unwrap()
});

static NAME_THEN_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<lead>{LEAD}{{1,60}}?),\s*)?(?P<name>{})\s*\(\s*{HANDLE}\s*\)(?:{APPOSITIVE}|,)?\s*(?:(?P<verb>(?i:{VERBS}))\s*)?[:;]\s*(?P<rest>)",
        display_name("{0,4}")
    ))
    .unwrap()
});

static NARRATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<lead>\p{{Lu}}{LEAD}{{0,60}}?),\s*)?{HANDLE}\s+(?P<verb>\p{{Ll}}[\p{{Ll}}\-]+)(?P<narrative>{LEAD}{{0,80}}?)\s*:\s*(?P<rest>)(?:{OPEN_QUOTE}|$)"
    ))
    .unwrap()
});

fn by_regex<'t>(regex: &Regex, line: &'t str) -> Option<HandleMatch<'t>> {
    let caps = regex.captures(line)?;
    let group = |name| caps.name(name).map(|m| m.as_str());
    Some(HandleMatch {
        lead: group("lead"),
        name: group("name"),
        handle: group("handle")?,
        verb: group("verb"),
        narrative: group("narrative").unwrap_or_default(),
        rest: &line[caps.name("rest")?.start()..],
    })
}

/// Pieces of attribution lines and their near misses: names in several scripts and cases,
/// particles, handles with dots, verbs in odd cases (the long s folds to "s"), appositives
/// near their length limit, every stop character, and Unicode whitespace.
const PIECES: &[&str] = &[
    "Lerato",
    "Mokoena",
    "van",
    "de",
    "der",
    "O'Brien",
    "Jean-Luc",
    "Élodie",
    "ÉLODIE",
    "émile",
    "Ⓐbc",
    "Ⅻ",
    "lerato",
    "Ma",
    "Zulu",
    "Ngũgĩ",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{2003}",
    ",",
    ", ",
    ",  ",
    ", a nurse in Soweto,",
    ", an “expert”,",
    "(",
    ")",
    "(@",
    "( @",
    " (@",
    "@",
    "@lerato_m",
    "@a.b",
    "@x.",
    "@.x",
    "@_",
    "@9",
    "said",
    "SAID",
    "ſaid",
    "asKed",
    "chimed in",
    "chimed  in",
    "tweeted",
    "Tweeted",
    "quoted it in a retweet",
    "shared",
    "re-posted",
    "posted-",
    "a-",
    "é",
    ":",
    ";",
    ": ",
    "; ",
    "“",
    "”",
    "\"",
    "'",
    "«",
    "„",
    "‘",
    ".",
    "!",
    "?",
    "x",
    "Disapproving",
    "Replying to",
    "Image",
    "—",
    "a nurse, in Soweto and elsewhere around the country, known for her sharp replies to all",
    "Speaking from the crowd outside the hall where the budget debate ran late into the",
];

type Template = [&'static [&'static str]];

/// Lead-ins, appositives and narratives at their length limits (60, 80 and 80 characters;
/// the narrative pattern's lead-in may have 61) and one past them.
const LEAD_60: &str = "Speaking from the crowd outside the hall where the budget ra, ";
const LEAD_61: &str = "Speaking from the crowd outside the hall where the budget ran, ";
const LEAD_62: &str = "Speaking from the crowd outside the hall where the budget ran , ";
const APPOSITIVE_80: &str =
    ", a nurse in Soweto and a mother of three who has walked to work since the rises b,";
const APPOSITIVE_81: &str =
    ", a nurse in Soweto and a mother of three who has walked to work since the rises be,";
const NARRATIVE_80: &str =
    "quoted in a post that ran to exactly eighty characters of narrative text before its co";
const NARRATIVE_81: &str =
    "quoted in a post that ran to exactly eighty characters of narrative text before its col";
const LEADS: &[&str] = &[
    "",
    "",
    "Disapproving, ",
    "Speaking in Soweto,  ",
    "Replying to ",
    "A, b, ",
    "émile, ",
    ",  ",
    "\t ",
    LEAD_60,
    LEAD_61,
    LEAD_62,
];
const APPOSITIVES: &[&str] = &[
    "",
    "",
    ",",
    ", a nurse in Soweto,",
    ",  a nurse,",
    ", an “expert”,",
    APPOSITIVE_80,
    APPOSITIVE_81,
];
const QUOTES: &[&str] = &[
    "“We will not stop.”",
    "\"No\"",
    "Petrol is robbery",
    "",
    "«Non»",
    "‘Yes’",
];
const SPACES: &[&str] = &[" ", " ", "", "  ", "\u{a0}"];
const COLONS: &[&str] = &[":", ":", ";", " :", "", " "];

/// Listed verbs in odd cases (the long s folds to "s"), a two-word verb with a double space,
/// a verb with a word after it, and none.
const VERB_CHOICES: &[&str] = &[
    "said",
    "tweeted",
    "SAID",
    "ſaid",
    "chimed in",
    "chimed  in",
    "said it",
    "",
    "",
];

/// Each shape's parts in order, each part chosen at random among valid and near-miss variants.
const HANDLE_FIRST_PARTS: &Template = &[
    LEADS,
    &["@lerato_m", "@a.b", "@x.", "@kgomotso_m", "@.x", "(@x)"],
    APPOSITIVES,
    SPACES,
    VERB_CHOICES,
    COLONS,
    SPACES,
    QUOTES,
];
const NAME_THEN_HANDLE_PARTS: &Template = &[
    LEADS,
    &[
        "Lerato Mokoena ",
        "Jean-Luc van Damme",
        "Ngũgĩ wa Thiong'o ",
        "lerato ",
        "A B C D E F ",
        "Lerato de ",
    ],
    &["(@lerato_m)", "( @a.b )", "(@x.)", "(@9", "@kgomotso_m"],
    APPOSITIVES,
    SPACES,
    VERB_CHOICES,
    COLONS,
    SPACES,
    QUOTES,
];
const NARRATIVE_PARTS: &Template = &[
    LEADS,
    &["@lerato_m", "@a.b", "@x.", "(@x)"],
    SPACES,
    &[
        "quoted it in a retweet",
        "shared a thread on the strike",
        "re-posted this  ",
        "égalisé",
        "q",
        "Quoted",
        "-x",
        NARRATIVE_80,
        NARRATIVE_81,
    ],
    COLONS,
    SPACES,
    QUOTES,
];

/// Lines built from each shape's template, so that many of them match, and lines of pieces
/// in any order, so that many nearly do.
fn generated_lines(count: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let templates = [HANDLE_FIRST_PARTS, NAME_THEN_HANDLE_PARTS, NARRATIVE_PARTS];
    (0..count)
        .map(|k| match templates.get(k % 4) {
            Some(parts) => parts
                .iter()
                .map(|choices| choices[next(choices.len())])
                .collect(),
            None => (0..next(14)).map(|_| PIECES[next(PIECES.len())]).collect(),
        })
        .collect()
}

#[test]
fn matchers_agree_with_their_patterns() {
    type Matcher = fn(&str) -> Option<HandleMatch<'_>>;
    let shapes: [(&str, Matcher, &Regex); 3] = [
        ("handle first", handle_first, &HANDLE_FIRST),
        ("name then handle", name_then_handle, &NAME_THEN_HANDLE),
        ("narrative", narrative, &NARRATIVE),
    ];
    let lines = generated_lines(100_000);
    for (shape, matcher, regex) in shapes {
        let mut matched = 0;
        for line in &lines {
            let expected = by_regex(regex, line);
            matched += usize::from(expected.is_some());
            assert_eq!(matcher(line), expected, "{shape} on {line:?}");
        }
        // The generator must exercise each shape, or agreeing would prove nothing.
        eprintln!("{shape}: {matched} of {} lines matched", lines.len());
        assert!(matched > 1_000, "{shape} matched only {matched} lines");
    }
}

#[test]
fn shapes_on_reaction_lines() {
    let line = "Lerato Mokoena (@lerato_m), a nurse in Soweto, tweeted: “I will walk.”";
    let found = name_then_handle(line).unwrap();
    assert_eq!(found.name, Some("Lerato Mokoena"));
    assert_eq!(found.handle, "lerato_m");
    assert_eq!(found.verb, Some("tweeted"));
    assert_eq!(found.rest, "“I will walk.”");

    let found = handle_first("Speaking from Soweto, @a.b said: yes").unwrap();
    assert_eq!(
        (found.lead, found.handle, found.rest),
        (Some("Speaking from Soweto"), "a.b", "yes")
    );
    assert!(handle_first("@x. said: yes").is_none());

    let found = narrative("Disapproving, @critic quoted it in a retweet: “No.”").unwrap();
    assert_eq!(
        (found.lead, found.verb, found.narrative),
        (Some("Disapproving"), Some("quoted"), " it in a retweet")
    );
    assert!(narrative("@critic quoted it in a retweet: no quote marks").is_none());
}
