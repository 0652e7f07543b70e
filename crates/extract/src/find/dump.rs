//! Comments printed without quote marks, as comment-section round-ups and letters pages print
//! them: a username alone on a line over the comment (`kamau_254` ⏎ `This one is too much`,
//! `kiss me 🌈🌷` ⏎ `…`), the username opening the comment's line (`kamau_254 😂😂 this one is
//! too much`), the author before a colon (`SusahKes: PM Najib has a reputation…`), or the author
//! after the comment (`… – @thabo_m`, `…` ⏎ `— Jane Doe, Durban`). Nothing marks these as quotes but the username's shape and an announcement: the shape
//! makes the candidate (a username has a digit, `_` or `.` in it, or, alone on its line, is one
//! lower-case word, which article prose never is), and the decision weighs the announcement.

use std::sync::LazyLock;

use regex::Regex;

use super::quoted::InLine;
use super::{Context, Form, Found, Unit, NOT_A_NAME, OPENING_MARKS};
use crate::vocabulary::{self, LABELS};
use crate::{Cue, Platform};

/// `…Sigh #elxn41hours ago via web`, `…#elxn41 3 hours ago via Twitter for iPhone`: a post
/// copied from an old X (Twitter) widget, which printed when and from which app it was sent
/// after its words (the number of hours often lost in the copy). The words before that
/// furniture are the post, by nobody the line names.
pub(super) fn widget_post(units: &[Unit], index: usize, claimed: &[bool]) -> Option<InLine> {
    let Some(Unit::Line { text, .. }) = units.get(index) else {
        return None;
    };
    if claimed[index] || !text.contains(" ago via ") {
        return None;
    }
    let furniture = WIDGET_FURNITURE.find(text)?;
    let words = text[..furniture.start()].trim();
    if words.split_whitespace().count() < 3 {
        return None;
    }
    Some(InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: Platform::Twitter,
            raw_text: words.to_string(),
            ..Found::default()
        }],
        units: Vec::new(),
    })
}

/// When and from which app an old X widget printed a post was sent, ending its line: `3 hours
/// ago via Twitter for Mac`, `hours ago via web`.
static WIDGET_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    super::build(
        r"(?:\b\d+ ?)?(?:seconds?|minutes?|mins?|hours?|days?) ago via [\p{L}\p{N}® .]{1,40}$"
            .to_string(),
    )
});

/// The comment at `index` in a dump, with the units it spans beyond `index`.
pub(super) fn unquoted_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    // `@KCIAirport Took 1-1/2 hours de-icing…` ⏎ `— MAB (@mabaltuska) February 20, 2018`: the
    // line over a post's signature standing alone is the post's text, which the signature
    // reads.
    if let Some(Unit::Line { text: next, .. }) = units.get(index + 1) {
        if next.starts_with(['—', '–']) && super::is_signed_post(next) {
            return None;
        }
    }
    if let Some(copied) = copied_comment(units, index, claimed, context)
        .or_else(|| live_blog_post(units, index, context))
        .or_else(|| over_instagram_credit(units, index, claimed, context))
        .or_else(|| credited_item(units, index, claimed, context))
        .or_else(|| post_over_its_time(units, index, claimed, context))
    {
        return Some(copied);
    }
    // `Kofi Boateng: …` ⏎ `Ama Kay: …` as lines of one paragraph: a line after another such
    // line in its paragraph is an item of the same list, not a hard-wrapped sentence.
    let after_item = match (index.checked_sub(1).map(|k| (k, &units[k])), &units[index]) {
        (
            Some((
                previous,
                Unit::Line {
                    text: above,
                    paragraph: p,
                    ..
                },
            )),
            Unit::Line {
                text, paragraph, ..
            },
        ) if p == paragraph
            && claimed[previous]
            && (author_before_colon(above, context).is_some() || quoted_after_author(above)) =>
        {
            Some(*text)
        }
        _ => None,
    };
    // `Why Caymanians don’t seek work in tourism` ⏎ `Anon writes: …`: or a line under its
    // comment's heading, the two copied as one paragraph.
    let under_heading = match (index.checked_sub(1).map(|k| &units[k]), &units[index]) {
        (
            Some(Unit::Line {
                text: heading,
                starts_paragraph: true,
                paragraph: p,
                ..
            }),
            Unit::Line {
                text,
                starts_paragraph: false,
                paragraph,
                ..
            },
        ) if p == paragraph && is_letter_heading(heading) && !claimed[index - 1] => Some(*text),
        _ => None,
    };
    if let Some(found) = after_item
        .or(under_heading)
        .and_then(|text| author_before_colon(text, context))
    {
        return Some(InLine {
            found: vec![found],
            units: Vec::new(),
        });
    }
    let Some(text) = units[index].opening_line() else {
        // `…` ⏎ `What a sad bunch!` ⏎⏎ `David Pritchard,` ⏎ `Malpas`: a paragraph's last line
        // over a signature of its own is a letter's.
        // (Or a name alone, or a letter's close, under a letter's last line: `…` ⏎⏎ `Neil
        // Adams`.)
        let signature_below = units
            .get(index + 1)
            .and_then(Unit::opening_line)
            .is_some_and(|line| {
                line.len() <= LONGEST_AUTHOR_LINE
                    && (line.contains([',', '–', '—'])
                        || is_valediction(line)
                        || (line.starts_with(char::is_uppercase)
                            && !super::ends_a_sentence(line)
                            && names_a_person(line.trim())))
            });
        return signature_below
            .then(|| signed_on_next_line(units, index, claimed, context))
            .flatten();
    };
    if let Some(mut found) = author_before_colon(text, context)
        .or_else(|| author_after(text, context))
        .or_else(|| author_then_dash_in_turn(units, index, context))
        .or_else(|| name_in_turn_before_colon(units, index, context))
        .or_else(|| shouted_sender_in_turn(units, index, context))
        .or_else(|| name_glued_in_turn(units, index, context))
    {
        // `Bus passengers have not been considered. - D Gill, Darlington.`: on a page of
        // letters, a letter's last paragraph signed with the name and the town.
        let letter = found.cues.contains(&Cue::Letter)
            && (context.readers_page || prints_letters(units, context));
        let mut taken = match letter {
            true => with_letter_above(&mut found, units, index, claimed, false),
            false => Vec::new(),
        };
        if !taken.is_empty() {
            // (The reading goes on after the signed line, not after the letter's first.)
            taken.push(index);
        }
        return Some(InLine {
            found: vec![found],
            units: taken,
        });
    }
    if let Some(found) = signed_on_next_line(units, index, claimed, context)
        .or_else(|| signed_over_number(units, index, claimed, context))
        .or_else(|| signed_at_its_end(units, index, claimed, context))
        .or_else(|| letter_from(units, index, claimed, context))
        .or_else(|| named_over_comment(units, index, claimed, context))
        .or_else(|| unsigned_letter(units, index, claimed, context))
    {
        return Some(found);
    }
    // (A username over a handle, `iphones_4_sale` ⏎ `@IzaicKumy`, is the card's name.)
    let (alone, display_name, card_lines) = match name_over_handle(units, index) {
        Some((name, handle)) => (Some(handle), Some(name), 1),
        None => match (author_alone(text), named_handle_alone(text)) {
            (Some(author), _) => (Some(author), None, 0),
            (None, Some((name, handle))) => (Some(handle), Some(name), 0),
            (None, None) => (None, None, 0),
        },
    };
    // `GoalLine Genius@idealist254 - The corruption…`: a post's header copied as text, the
    // display name and the handle (glued or not), then a dash and the words.
    let named_header = match alone {
        Some(_) => None,
        None => handle_then_name_in_brackets(text).or_else(|| {
            context
                .in_reactions
                .then(|| named_handle_then_dash(text))
                .flatten()
        }),
    };
    let display_name = named_header.map(|(name, ..)| name).or(display_name);
    let (username, comment, taken) = match text.split_once(' ') {
        _ if named_header.is_some() => {
            let (_, handle, comment) = named_header?;
            (handle, comment, Vec::new())
        }
        _ if alone.is_some() => {
            // (`Replying to @KenyaTreasury` under the card is the post's furniture.)
            let replying = line_at(units, index + 1 + card_lines)
                .is_some_and(|line| line.starts_with("Replying to @"));
            let next = index + 1 + card_lines + usize::from(replying);
            // A card's words may follow on the next line of its paragraph; a name alone
            // is over a paragraph of its own.
            let Some(Unit::Line {
                text: comment,
                starts_paragraph,
                ..
            }) = units.get(next)
            else {
                return None;
            };
            let handle_line = text.trim_start().starts_with('@');
            if !starts_paragraph && display_name.is_none() && !handle_line {
                return None;
            }
            let quoted = comment.starts_with(OPENING_MARKS);
            // A post signed on its line (`Jai Bharat 🇮🇳 — Name (@x) date`) is the signer's,
            // and the line above it (`Jai Hind 🇮🇳`) its text, not its author.
            if claimed[next]
                || !(is_comment(comment) || quoted)
                || author_alone(comment).is_some()
                || super::is_signed_post(comment)
            {
                return None;
            }
            (
                alone.unwrap_or(text),
                *comment,
                (index + 1..=next).collect(),
            )
        }
        // `@chi_biafra – Oga Reno, you claim…`: a handle, a dash, the comment.
        Some((first, rest)) if is_handle_then_dash(first, rest) => (
            first.trim_start_matches('@'),
            rest.trim_start_matches(['–', '—', '-']),
            Vec::new(),
        ),
        Some((first, rest))
            if (is_username(first, false)
                || is_lower_word_before_emoji(first, rest)
                || is_handle_before_sentence(first, rest))
                && is_comment(rest) =>
        {
            (first.trim_start_matches('@'), rest, Vec::new())
        }
        Some((first, rest))
            if opens_with_bare_username(text)
                && in_a_run_of_bare_usernames(units, index, context.in_reactions)
                && is_comment(rest) =>
        {
            (first, rest, Vec::new())
        }
        // `aboutrika_haro @mike.sonko Hayena detected`: a reply copied from Instagram, the
        // commenter's username before the account it answers, under an announcement.
        Some((first, rest))
            if context.in_reactions && is_username(first, true) && replies_to_an_account(rest) =>
        {
            (first, rest, Vec::new())
        }
        _ => return None,
    };
    // `@adaeze_lagos Four hours to Ikeja #lagostraffic ♬ original sound - Adaeze`: TikTok's
    // embed as text, signed by its sound's credit (not the post's words) as a tweet by its date.
    let (comment, form, platform) = match comment.split_once(" ♬ ") {
        Some((words, _sound)) => (words, Form::Signature, Some(Platform::TikTok)),
        None => (comment, Form::Unquoted, context.platform),
    };
    let found = Found {
        form,
        platform: platform.unwrap_or_default(),
        handle: Some(username.to_string()),
        display_name: display_name.map(str::to_string),
        raw_text: comment.trim().to_string(),
        cues: context.cues_with([(true, Cue::Handle), (true, Cue::RoundUp)]),
        ..Found::default()
    };
    Some(InLine {
        found: vec![found],
        units: taken,
    })
}

/// `Leung: “Locust” always need to eat…`: a list's item whose comment opens with a quote,
/// which the round-up list reading takes (and [`author_before_colon`] leaves to it).
fn quoted_after_author(line: &str) -> bool {
    line.split_once(':').is_some_and(|(author, comment)| {
        comment.trim_start().starts_with(OPENING_MARKS)
            && author.len() <= LONGEST_AUTHOR_LINE
            && colon_author(author.trim()).is_some()
    })
}

/// `GoalLine Genius@idealist254 - The corruption…`, `Josiah @josiahmwangi87- Hakuna…`: a
/// display name of a few words, a handle, a dash and the comment. Returns the three. (`Sarah
/// Waris @swaris16 Lesson - 5 IPL trophies…`: a card copied onto one line may leave the dash
/// out before words that open as a post's do, with a capital, a quote or a tag.)
fn named_handle_then_dash(line: &str) -> Option<(&str, &str, &str)> {
    const MOST_NAME_WORDS: usize = 4;
    let at = line.find('@')?;
    let name = line[..at].trim();
    let words = name.split_whitespace().count();
    if !(1..=MOST_NAME_WORDS).contains(&words)
        || !name.starts_with(char::is_uppercase)
        || name.contains([':', '"', '“', ',', '.'])
    {
        return None;
    }
    let after = &line[at + 1..];
    let end = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(after.len());
    let handle = &after[..end];
    let rest = after[end..].trim_start();
    let comment = match rest.strip_prefix(['-', '–', '—']) {
        Some(comment) => comment.trim(),
        None if after[end..].starts_with(' ')
            && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '#')) =>
        {
            rest.trim_end()
        }
        None => return None,
    };
    (is_handle_shaped(handle) && is_comment(comment)).then_some((name, handle, comment))
}

/// `@melwrightnz (Melissa Wright) Shit #eqnz everyone ok?`: a post copied as its handle, the
/// display name in brackets and the words. Returns the name, the handle and the words.
fn handle_then_name_in_brackets(line: &str) -> Option<(&str, &str, &str)> {
    const MOST_NAME_WORDS: usize = 4;
    let (handle, rest) = line.strip_prefix('@')?.split_once(" (")?;
    let (name, comment) = rest.split_once(") ")?;
    let name_words = name.split_whitespace().count();
    let plain = |c: char| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '&');
    ((1..=MOST_NAME_WORDS).contains(&name_words)
        && name.starts_with(char::is_uppercase)
        && name.chars().all(plain)
        && is_handle_shaped(handle)
        && is_comment(comment.trim()))
    .then(|| (name, handle, comment.trim()))
}

/// `@mike.sonko wueeee, our man never takes chances`: a mention, then words.
fn replies_to_an_account(text: &str) -> bool {
    text.strip_prefix('@')
        .and_then(|rest| rest.split_once(' '))
        .is_some_and(|(handle, words)| is_handle_shaped(handle) && is_comment(words))
}

/// `… March 8). Julian Wilkin: Cinemac was never about seating… Michelle Moores: They’ll be ok…
/// x Val Fearon: Great news.`: a print page's comments run together in one paragraph, each
/// opened by its writer's full name and a colon after the previous one's end. Three names at
/// least, so that prose with a colon or two is never cut up.
pub(super) fn run_on_comments(units: &[Unit], index: usize, context: &Context) -> Option<InLine> {
    const FEWEST: usize = 3;
    let line = units[index].opening_line()?;
    let bytes = line.as_bytes();
    memchr::memchr_iter(b':', bytes).nth(FEWEST - 1)?;
    // Where each label starts and where its comment starts.
    let mut labels: Vec<(usize, usize, &str)> = Vec::new();
    for colon in memchr::memchr_iter(b':', bytes) {
        if !line[colon + 1..].starts_with(' ') {
            continue;
        }
        let before = &line[..colon];
        // The name: the last two to four words before the colon.
        let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
        let found = (2..=4).rev().find_map(|n| {
            let name_words = words.get(..n)?;
            let start = name_words[n - 1].as_ptr() as usize - line.as_ptr() as usize;
            let name = &line[start..colon];
            let opener = line[..start].trim_end();
            let after_an_end = opener.is_empty()
                || opener.ends_with(['.', '!', '?', '…', '”', '"', ')'])
                || without_kiss(opener).is_some();
            (after_an_end && names_a_person(name)).then_some((start, name))
        });
        if let Some((start, name)) = found {
            labels.push((start, colon + 1, name));
        }
    }
    if labels.len() < FEWEST {
        return None;
    }
    // `… Our online readers were quick to share their views. J.C.P: …`: the paragraph may
    // announce its comments before the first.
    let opener = &line[..labels[0].0];
    let context = Context {
        in_reactions: context.in_reactions || super::is_lead_in(opener),
        ..context.clone()
    };
    let found = labels
        .iter()
        .enumerate()
        .filter_map(|(k, &(_, text_start, name))| {
            let end = labels.get(k + 1).map_or(line.len(), |next| next.0);
            let comment = line[text_start..end].trim();
            let comment = without_kiss(comment).unwrap_or(comment);
            (comment.split_whitespace().nth(1).is_some()).then(|| Found {
                form: Form::NameColon,
                platform: context.platform.unwrap_or_default(),
                display_name: Some(name.to_string()),
                raw_text: comment.to_string(),
                cues: context.cues_with([(true, Cue::RoundUp)]),
                ..Found::default()
            })
        })
        .collect::<Vec<_>>();
    (found.len() >= FEWEST).then_some(InLine {
        found,
        units: Vec::new(),
    })
}

/// `Love supporting our local cinema x`: the comment without the kiss that signs off many a
/// Facebook comment (and ends it, in a run of them).
fn without_kiss(comment: &str) -> Option<&str> {
    comment
        .strip_suffix(" x")
        .or_else(|| comment.strip_suffix(" X"))
}

/// A comment or post copied from its page with the page's furniture around it, which no
/// article prose has: the author over the text, with the time beside the author
/// (`@TundeBakare2 2 days ago`, `femi_olu 2w`) or the page's footer under the text (`Like ·
/// Reply · 3h`, `Reply`, `9:14 AM · Mar 4, 2024`). The author is a handle, a username or a
/// name (`Chidi Okeke`), with the name on the line above a handle (`Dave Kim` ⏎
/// `@dave_on_elm`). Signed by the page, it is kept without a decision.
fn copied_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let Unit::Line {
        text,
        starts_paragraph,
        ..
    } = units[index]
    else {
        return None;
    };
    // A header is an author and a time: a line of prose is far longer.
    if text.len() > LONGEST_AUTHOR_LINE + 32 {
        return None;
    }
    let (header, timed) = match without_time_ago(text)
        .or_else(|| without_post_date(text))
        .or_else(|| without_clock_time(text))
        .or_else(|| without_comment_time(text))
    {
        Some(header) => (commenter_of(header), true),
        None => (text, false),
    };
    // `• comment-avatar` ⏎ `Getrude Bwalya 2 weeks ago`: the avatar's label over the header
    // is the comment's furniture, and the header opens the comment as a paragraph would.
    let starts_paragraph = starts_paragraph
        || timed
            && index
                .checked_sub(1)
                .and_then(|k| line_at(units, k))
                .is_some_and(is_avatar);
    let (handle, display_name) = match author_alone(header) {
        // `Kay Bello @kaybello · Mar 4`: X prints the name, the handle and the date on one line.
        None if timed && starts_paragraph => {
            name_and_handle(header).or_else(|| author_of(header))?
        }
        Some(author) => {
            let above = match starts_paragraph {
                true => None,
                false => Some(name_over(units, index, claimed)?),
            };
            (Some(author.to_string()), above)
        }
        // `Jane Wanjiru · Nakuru, Kenya`: Facebook's comment box prints where the commenter
        // lives or works after the name (and its footer under the comment, required below).
        None if starts_paragraph && !header.ends_with(':') => {
            author_of(header).or_else(|| author_of(header.split_once(" · ")?.0))?
        }
        None => return None,
    };
    let mut lines = Vec::new();
    let mut taken = Vec::new();
    let mut footed = false;
    let mut k = index + 1;
    while let Some(Unit::Line {
        text: line,
        starts_paragraph: false,
        ..
    }) = units.get(k)
    {
        if claimed[k] {
            break;
        }
        taken.push(k);
        if is_footer(line) {
            footed = true;
            break;
        }
        lines.push(*line);
        k += 1;
    }
    // With its time beside the author, the comment may be the next paragraph.
    if lines.is_empty() && timed {
        if let Some(Unit::Line {
            text: line,
            starts_paragraph: true,
            ..
        }) = units.get(index + 1)
        {
            if !claimed[index + 1] {
                lines.push(*line);
                taken = vec![index + 1];
            }
        }
    }
    let first = lines.first()?;
    let reads_as_comment = is_comment(first) || first.starts_with(OPENING_MARKS);
    if !(timed || footed) || !reads_as_comment || author_alone(first).is_some() {
        return None;
    }
    Some(InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: context.platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle)]),
            handle,
            display_name,
            raw_text: lines.join("\n").trim().to_string(),
            ..Found::default()
        }],
        units: taken,
    })
}

/// `9:14 AM · Mar 4, 2024` or `10:02 PM · 4 Mar 2024 · 1.2K Views`: the time under a post
/// copied from its page.
fn is_post_time(line: &str) -> bool {
    is_timestamp(line)
        || line
            .split_once(" · ")
            .is_some_and(|(time, _place)| is_timestamp(time))
}

/// A tweet whose embed did not load, copied with each of its parts a paragraph: the author,
/// the text, the time and the embed's footer (`David Schneider` ⏎ `BREAKING: the United
/// Kingdom.` ⏎ `12:05 PM – Jul 23, 2019` ⏎ `Twitter Ads info and privacy`). The time under the
/// text makes it a post when the header is an author's shape; with the footer, any short
/// header is the author as printed (`Have I Got News For You`).
fn post_over_its_time(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let (text_at, time_at, footer_at) = (index + 1, index + 2, index + 3);
    let header = line_at(units, index)?;
    let time = line_at(units, time_at)?;
    if header.len() > 60 || !is_post_time(time) || claimed[text_at] || claimed[time_at] {
        return None;
    }
    let text = line_at(units, text_at)?;
    if !is_comment(text) || is_post_time(text) || header.ends_with(['.', '!', '?', ':', ',']) {
        return None;
    }
    let footed = line_at(units, footer_at)
        .is_some_and(|line| line.eq_ignore_ascii_case("Twitter Ads info and privacy"));
    let (handle, display_name) = match author_alone(header) {
        Some(author) => (Some(author.to_string()), None),
        None => match named_handle_alone(header) {
            Some((name, handle)) => (Some(handle.to_string()), Some(name.to_string())),
            None => match author_of(header) {
                Some(author) => author,
                None if footed && header.contains(char::is_alphabetic) => {
                    (None, Some(header.to_string()))
                }
                None => return None,
            },
        },
    };
    let mut taken = vec![text_at, time_at];
    if footed {
        taken.push(footer_at);
    }
    let platform = match footed {
        true => Some(Platform::Twitter),
        false => context.platform,
    };
    Some(InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle)]),
            handle,
            display_name,
            raw_text: text.to_string(),
            ..Found::default()
        }],
        units: taken,
    })
}

/// `…won the election. #Elections2016by MKhan47 via twitter 11/9/2016 4:52:39 AM`: a post a
/// live blog embedded, copied as text with its credit glued on: who posted it, where, and when.
fn live_blog_post(units: &[Unit], index: usize, context: &Context) -> Option<InLine> {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?P<text>.+?)\s*by (?P<name>[^\n]{1,50}?) via (?P<platform>twitter|facebook|instagram)\s+\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M$")
            .expect("valid live blog credit pattern")
    });
    static VIA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" via "));
    // Cheapest first: most lines name no platform after ` via `.
    let Unit::Line { text: line, .. } = units[index] else {
        return None;
    };
    VIA.find(line.as_bytes())?;
    let line = line.trim();
    let caps = CREDIT.captures(line)?;
    let name = caps["name"].trim();
    let (handle, display_name) = match name.contains(' ') {
        true => (None, Some(name.to_string())),
        false => (Some(name.to_string()), None),
    };
    Some(InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: vocabulary::platform_named_in(&caps["platform"])
                .or(context.platform)
                .unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle)]),
            handle,
            display_name,
            raw_text: caps["text"].trim().to_string(),
            ..Found::default()
        }],
        units: Vec::new(),
    })
}

/// `#coybig #euro2016 #fatherted` ⏎ `A photo posted by Gavin McKenna (@gmck25) on Jun 14, 2016`:
/// an Instagram embed copied as text, its caption over the credit line (the date may be lost).
fn over_instagram_credit(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let next = index + 1;
    // Cheapest first: most lines are followed by none of the credits, which open with `A `.
    let Some(Unit::Line { text: credit, .. }) = units.get(next) else {
        return None;
    };
    if !credit.starts_with("A ") {
        return None;
    }
    let credit = credit.trim();
    let credited = [
        "A photo posted by ",
        "A video posted by ",
        "A post shared by ",
    ]
    .iter()
    .find_map(|label| credit.strip_prefix(label))?;
    let caption = line_at(units, index)?;
    if claimed[next] || claimed[index] {
        return None;
    }
    let (name, rest) = credited.split_once("(@")?;
    let (handle, after) = rest.split_once(')')?;
    let after = after.trim();
    if !is_handle_shaped(handle) || !(after.is_empty() || after == "on" || after.starts_with("on "))
    {
        return None;
    }
    let name = name.trim();
    Some(InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: Platform::Instagram,
            handle: Some(handle.to_string()),
            display_name: (!name.is_empty()).then(|| name.to_string()),
            cues: context.cues_with([(true, Cue::Handle)]),
            raw_text: caption.to_string(),
            ..Found::default()
        }],
        units: vec![next],
    })
}

/// `Bognor Road`, `Elm Close`: a street's name, capitalized, ending in the word for its kind.
fn is_street(street: &str) -> bool {
    const KINDS: &[&str] = &[
        "Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Place",
        "Gardens", "Grove", "Terrace", "Court", "Rd", "St", "Ave",
    ];
    let words: Vec<&str> = street.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|kind| KINDS.contains(&kind.trim_end_matches('.')))
}

/// A letter headed by its writers, as some letters pages print them: `From: Mrs Lynne
/// Hibberd, Keighley.` over the letter's paragraphs, which run to the next letter's header, a
/// heading or the page's end. The town tells it from an e-mail's header (`From: Jane Doe` ⏎
/// `To: …`).
fn letter_from(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_LETTER: usize = 20;
    let header = units[index].opening_line()?.trim();
    let (name, town) = name_and_town(header.strip_prefix("From:")?.trim());
    // `James and Helen Irvine`: a couple signs together.
    let couple = name
        .split_once(" and ")
        .is_some_and(|(first, rest)| first.starts_with(char::is_uppercase) && names_a_person(rest));
    let (handle, display_name) = match couple {
        true => (None, Some(name.to_string())),
        false => signer(name)?,
    };
    if !town
        || matches!(
            units.get(index + 1),
            Some(Unit::Line {
                starts_paragraph: false,
                ..
            })
        )
    {
        return None;
    }
    let letter: Vec<usize> = (index + 1..units.len().min(index + 1 + LONGEST_LETTER))
        .take_while(|&k| {
            line_at(units, k).is_some_and(|line| {
                !claimed[k] && !is_letter_heading(line) && !line.starts_with("From:")
            })
        })
        .collect();
    let text: Vec<&str> = letter.iter().filter_map(|&k| line_at(units, k)).collect();
    if text.is_empty() {
        return None;
    }
    Some(InLine {
        found: vec![Found {
            // Signed above as others are below.
            form: Form::NameAfter,
            platform: context.platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle), (true, Cue::Letter)]),
            handle,
            display_name,
            raw_text: text.join("\n"),
            ..Found::default()
        }],
        units: letter,
    })
}

/// `They saw my mother within the hour. Mrs A Otieno, Nakuru` (or `…, by email`): a letter's
/// last paragraph with its signature glued on, as a page copied without its markup prints it.
/// Only on a letters page, or in a letter that addresses the paper (`WITH reference to your
/// article`), since a sentence may end on a name and a place; the letter runs back as
/// [`letter_above`] reads it.
fn signed_at_its_end(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    // A unit's text is trimmed already.
    let Unit::Line { text: line, .. } = units[index] else {
        return None;
    };
    // Cheapest first: most lines end a sentence, and a town ends none; then the town's comma,
    // looked for only as near the end as a signature reaches.
    if line.ends_with(['.', '!', '?', '"', '”', ':', ')']) {
        return None;
    }
    let tail = line.len().saturating_sub(LONGEST_SIGNATURE);
    let comma = tail + memchr::memrchr(b',', &line.as_bytes()[tail..])?;
    let place = line[comma + 1..].trim();
    if !(is_town(place) || is_how_it_came(place)) {
        return None;
    }
    // The sentence's end nearest the town whose rest reads as a name and a town: an initial's
    // full stop (`Mrs A. Otieno`) ends no sentence.
    let (last_sentence, display_name) = line
        .rmatch_indices(['.', '!', '?'])
        .take_while(|(at, _)| line.len() - at <= LONGEST_SIGNATURE)
        .filter(|(at, _)| line[at + 1..].starts_with(' '))
        .find_map(|(at, _)| {
            let (name, town) = name_and_town(line[at + 1..].trim());
            if !town || !(2..=4).contains(&name.split_whitespace().count()) {
                return None;
            }
            match signer(name)? {
                (None, Some(name)) => Some((&line[..=at], name)),
                _ => None,
            }
        })?;
    let mut above = letter_above(units, index, claimed, false).unwrap_or_default();
    let letter = letter_lines(units, &above, last_sentence);
    if !(prints_letters(units, context) || letter.iter().any(|text| addresses_the_paper(text))) {
        return None;
    }
    // (The reading goes on after the signed line, not after the line above it.)
    above.push(index);
    Some(InLine {
        found: vec![letter_by(Some(display_name), letter.join("\n"), context)],
        units: above,
    })
}

/// The lines above the signed one at `index` that are the same letter's ([`letter_above`]),
/// put before `found`'s text; none when there are none.
fn with_letter_above(
    found: &mut Found,
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    after_announcement: bool,
) -> Vec<usize> {
    let Some(above) = letter_above(units, index, claimed, after_announcement) else {
        return Vec::new();
    };
    found.raw_text = letter_lines(units, &above, &found.raw_text).join("\n");
    above
}

/// A letter's lines in reading order: those [`letter_above`] found (nearest first), then the
/// signed one.
fn letter_lines<'t>(units: &[Unit<'t>], above: &[usize], signed: &'t str) -> Vec<&'t str> {
    let mut lines: Vec<&str> = above
        .iter()
        .rev()
        .filter_map(|&k| line_at(units, k))
        .collect();
    lines.push(signed);
    lines
}

/// `“Cayman Airways seeks another new plane,” July 21`: a letters page's heading, the story a
/// letter answers quoted and the day it ran, a few words with a number after the quote.
fn names_a_story_and_its_date(line: &str) -> bool {
    const MOST_WORDS_AFTER: usize = 3;
    let Some(close) = line.rfind(['”', '"']) else {
        return false;
    };
    let after = line[close..].trim_start_matches(['”', '"']).trim();
    after.split_whitespace().count() <= MOST_WORDS_AFTER
        && after.contains(|c: char| c.is_ascii_digit())
}

/// Whether another letter near the name alone at `name` is signed so too: a full name alone on
/// its line under a line ending a sentence, as a letters page with no heading for its letters
/// prints them one after another.
fn signed_in_turn(units: &[Unit], name: usize, context: &Context) -> bool {
    // `Grace Mwende` ⏎ `“How can they…”`: a name over a quote heads it (not over the next
    // letter's heading, the story it answers and its date: `“Five athletes ready for Rio,”
    // July 20`).
    let over_a_quote = |k: usize| {
        line_at(units, k + 1).is_some_and(|below| {
            below.starts_with(OPENING_MARKS) && !names_a_story_and_its_date(below)
        })
    };
    if over_a_quote(name) {
        return false;
    }
    let name_alone = |k: usize| {
        line_at(units, k).is_some_and(|line| {
            (2..=3).contains(&line.split_whitespace().count())
                && line.starts_with(char::is_uppercase)
                && !super::ends_a_sentence(line)
                && names_a_person(line)
        })
    };
    if names_head_comments(units, name, context) {
        return false;
    }
    another_signed_near(units, name, |k| name_alone(k) && !over_a_quote(k))
}

/// Whether a line other than the signature at `signature`, within [`LETTERS_PAGE_REACH`] of
/// it, `signs` as a letter's signature does, under a line that ends a sentence: the letter
/// before or after it on a page that prints them one after another.
fn another_signed_near(units: &[Unit], signature: usize, signs: impl Fn(usize) -> bool) -> bool {
    let from = signature.saturating_sub(LETTERS_PAGE_REACH);
    let to = (signature + LETTERS_PAGE_REACH).min(units.len());
    (from..to).any(|k| {
        k != signature
            && signs(k)
            && k.checked_sub(1)
                .and_then(|above| line_at(units, above))
                .is_some_and(super::ends_a_sentence)
    })
}

/// `515 observer`, `Holding my breath`, `Fed up`: what a call-in column's reader signs with,
/// a few words that name no one.
fn is_pseudonym(name: &str) -> bool {
    const LONGEST: usize = 32;
    name.len() <= LONGEST
        && (1..=4).contains(&name.split_whitespace().count())
        && name.starts_with(char::is_alphanumeric)
        && name.contains(char::is_alphabetic)
        && !name.ends_with(['.', '!', '?', ':', ','])
}

/// `…` ⏎ `— 515 observer` ⏎ `…` ⏎ `— Holding my breath`: whether another paragraph near the
/// signature at `signature` is signed after a dash with a pseudonym too, as a column of
/// readers' messages signs them.
fn pseudonyms_signed_in_turn(units: &[Unit], signature: usize) -> bool {
    another_signed_near(units, signature, |k| {
        line_at(units, k).is_some_and(|line| {
            line.strip_prefix(['—', '–'])
                .is_some_and(|name| is_pseudonym(name.trim()))
        })
    })
}

/// Lines either side of a signature within which another letter's says the page prints
/// letters.
const LETTERS_PAGE_REACH: usize = 30;

/// `Raymond Komis Girana` ⏎ `K27 billion is too much…` ⏎ `John K Kamasua` ⏎ …: whether the
/// names alone up to `index` head the comments under them, in paragraphs of their own: the
/// first is the page's headline (a comment section copied without its article) or opens the
/// section an announcement or a headline other than a letters page's opens, over its comment,
/// and at least [`SHORTEST_RUN_OF_HEADS`] such pairs follow one another; or they run to the
/// page's end. A letters page whose copy lost its headline opens with a name too, the first
/// letter's signature, so only the headline says which it is.
fn names_head_comments(units: &[Unit], index: usize, context: &Context) -> bool {
    const REACH: usize = 30;
    let heads = |k: usize| name_over_comment_at(units, k).is_some();
    let Some(first) = (index.saturating_sub(REACH)..=index).find(|&k| heads(k)) else {
        return false;
    };
    // `Nepali tweets` ⏎ `Anushil Shrestha` ⏎ `They used to say…`: right under a headline
    // about readers' posts, the names open the page as an announcement would. (A rule the
    // page draws between them, `-` or `***`, is no line of words.)
    let above = (0..first)
        .rev()
        .find(|&k| !line_at(units, k).is_some_and(is_rule));
    let opens = match above {
        // (`Another sad dolphin death in Richards Bay shark nets` ⏎ `Ronel Volschenk` ⏎ `That
        // is very sad.…`: under any headline but a letters page's, whose first signature would
        // sign no letter; a name printed as names are, not a heading's capitals.)
        None => {
            context.name_headline
                || context.readers_headline
                || (!context.letters_headline
                    && line_at(units, first).is_some_and(|name| name.contains(char::is_lowercase)))
        }
        Some(above) => line_at(units, above).is_some_and(super::is_lead_in),
    };
    // Each pair's comment may run over a few paragraphs.
    let run = (first..units.len().min(first + 4 * SHORTEST_RUN_OF_HEADS))
        .filter(|&k| heads(k))
        .count();
    opens && run >= SHORTEST_RUN_OF_HEADS || ends_the_page_on_a_comment(units, first)
}

/// `-`, `***`, `———`: a line drawn between parts of a page, with no words.
fn is_rule(line: &str) -> bool {
    !line.is_empty()
        && line
            .chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '*' | '_' | '=' | '~'))
}

/// `…in their own words.` ⏎ `Rajendra Pyakurel` ⏎ `The day with…` ⏎ … ⏎ `Ishu Shrestha` ⏎
/// `It was really great…` (the page's end): whether names over comments, pair after pair
/// from `first`, run to the page's end. Letters signed below their text end on a signature,
/// so a run ending on a comment is of names heading theirs.
fn ends_the_page_on_a_comment(units: &[Unit], first: usize) -> bool {
    let mut next = first;
    while name_over_comment_at(units, next).is_some() {
        next += 2;
    }
    let pairs = (next - first) / 2;
    pairs >= SHORTEST_RUN_OF_HEADS
        && units[next.min(units.len())..]
            .iter()
            .all(|unit| !matches!(unit, Unit::Line { .. }))
}

/// Fewer names over comments are as often captions.
const SHORTEST_RUN_OF_HEADS: usize = 3;

/// A letter's last line without the close glued to it after a dash (`…to be heard. – Yours,
/// etc,`), when it has one.
fn without_glued_valediction(line: &str) -> Option<&str> {
    // Asked of every line over another: only a line whose last bytes hold `ours` (`Yours,
    // etc,`) is searched back for its dash.
    let tail = &line.as_bytes()[line.len().saturating_sub(16)..];
    if !tail
        .windows(4)
        .any(|window| window.eq_ignore_ascii_case(b"ours"))
    {
        return None;
    }
    let (letter, close) = line.rsplit_once(['–', '—'])?;
    let letter = letter.trim_end();
    (is_valediction(close.trim()) && super::ends_a_sentence(letter)).then_some(letter)
}

/// Whether the line at `k` is a paragraph of its own.
fn heads_a_paragraph_alone(units: &[Unit], k: usize) -> bool {
    starts_paragraph(units, k)
        && !matches!(
            units.get(k + 1),
            Some(Unit::Line {
                starts_paragraph: false,
                ..
            })
        )
}

/// `Sincerely`, `Yours faithfully,`: a letter's close, on its own line over the signature.
fn is_valediction(line: &str) -> bool {
    const CLOSES: &[&str] = &[
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "yours truly",
        "yours respectfully",
        "respectfully",
        "regards",
        "kind regards",
        "best regards",
        "yours, etc",
        "yours etc",
    ];
    line.len() <= 20 && CLOSES.contains(&line.trim_end_matches([',', '.']).to_lowercase().as_str())
}

/// Whether the paragraphs above the one at `index`, as [`letter_above`] reads a letter back,
/// are written to the paper, or open under a `Dear Editor,` (which [`letter_above`] stops at,
/// as at a heading): a letter's, signed by a name alone.
fn written_to_the_paper(units: &[Unit], index: usize, claimed: &[bool]) -> bool {
    let above = letter_above(units, index, claimed, false).unwrap_or_default();
    let first = above.iter().copied().min().unwrap_or(index);
    let written = above
        .iter()
        .copied()
        .chain([index])
        .chain(first.checked_sub(1))
        .filter_map(|k| line_at(units, k))
        .any(addresses_the_paper);
    written
}

/// `Dear Editor, Re: Climate change debate It is a complete disgrace…`: a paragraph opening
/// with the salutation to the paper is a letter, and with no signature below it (a page that
/// prints its letters unsigned, or an index of them) its writer is anonymous. A letter signed
/// below is its signature's, read at its last line.
fn unsigned_letter(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LETTER_REACH: usize = 8;
    const SALUTATIONS: [&str; 3] = ["dear editor", "dear sir", "dear madam"];
    let salutation_of = |line: &str| {
        SALUTATIONS
            .into_iter()
            .find(|salutation| super::opens_with(line, salutation))
    };
    let line = line_at(units, index)?;
    let salutation = salutation_of(line)?;
    let letter = line[salutation.len()..]
        .trim_start_matches([',', ':', ' '])
        .trim_start();
    if claimed[index] || letter.split_whitespace().nth(7).is_none() {
        return None;
    }
    // The lines the letter may run on over, to the next letter's salutation.
    let signed_below = (index + 1..units.len().min(index + 1 + LETTER_REACH))
        .map_while(|k| line_at(units, k))
        .take_while(|below| salutation_of(below).is_none())
        .any(|below| {
            below.len() <= LONGEST_AUTHOR_LINE
                && (below.starts_with(['—', '–', '-', '~'])
                    || is_valediction(below)
                    || author_of(below.trim_end_matches(['.', ','])).is_some()
                    || name_and_town(below.trim_end_matches('.')).1)
        });
    if signed_below {
        return None;
    }
    Some(InLine {
        found: vec![letter_by(None, letter.to_string(), context)],
        units: Vec::new(),
    })
}

/// `…is beyond me. Fydsy Disgust and incredulousness… Allan Watson The FA has… David Jones`:
/// a print page of readers' comments flattened into one paragraph, each comment followed by
/// its writer's name and the next glued after it. Under words for readers only, where at
/// least [`SHORTEST_GLUED_RUN`] names sign after a sentence's end, the last ending the
/// paragraph. A name is the longest run of up to three name-shaped words after which a
/// sentence opens (`Anfield Joe Good, get rid…`, `Ronald THE Left have…`).
pub(super) fn signed_in_one_paragraph(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const SHORTEST_GLUED_RUN: usize = 3;
    const SHORTEST_PARAGRAPH: usize = 300;
    let Unit::Line { text: line, .. } = units[index] else {
        return None;
    };
    let for_readers = context.in_reactions
        || context.readers_headline
        || context.readers_page
        || context.letters_headline;
    if claimed[index]
        || line.len() < SHORTEST_PARAGRAPH
        || !line.ends_with(char::is_alphabetic)
        || !for_readers
    {
        return None;
    }
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - line.as_ptr() as usize, word))
        .collect();
    let name_shaped = |word: &str| {
        word.starts_with(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && !vocabulary::NOT_NAMES.contains(&word)
            && !vocabulary::FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
    };
    let opens_a_sentence = |word: &str| {
        word.trim_start_matches(['“', '"', '‘', '\''])
            .starts_with(char::is_uppercase)
    };
    // Each signature's first and last word (exclusive).
    let mut names: Vec<(usize, usize)> = Vec::new();
    for k in 1..words.len() {
        if !words[k - 1].1.ends_with(['.', '!', '?', '”', '"', ')']) {
            continue;
        }
        let longest = (1..=3).rev().filter(|&n| k + n <= words.len()).find(|&n| {
            words[k..k + n].iter().all(|(_, word)| name_shaped(word))
                && words
                    .get(k + n)
                    .is_none_or(|(_, next)| opens_a_sentence(next))
        });
        if let Some(n) = longest {
            names.push((k, k + n));
        }
    }
    if names.len() < SHORTEST_GLUED_RUN || names.last().map(|&(_, end)| end) != Some(words.len()) {
        return None;
    }
    let mut found = Vec::with_capacity(names.len());
    let mut comment_start = 0;
    for &(first, end) in &names {
        let comment = line[comment_start..words[first].0].trim();
        let name = line[words[first].0..words[end - 1].0 + words[end - 1].1.len()].to_string();
        comment_start = words.get(end).map_or(line.len(), |(at, _)| *at);
        // (A comment of a word or two is a sentence cut where a name seemed to start.)
        comment.split_whitespace().nth(2)?;
        found.push(letter_by(Some(name), comment.to_string(), context));
    }
    Some(InLine {
        found,
        units: Vec::new(),
    })
}

/// A reader's letter to the paper, signed by `display_name` or unsigned.
fn letter_by(display_name: Option<String>, raw_text: String, context: &Context) -> Found {
    Found {
        form: Form::NameAfter,
        platform: context.platform.unwrap_or_default(),
        cues: context.cues_with([(true, Cue::Letter)]),
        display_name,
        raw_text,
        ..Found::default()
    }
}

/// Whether a letter's words are written to the paper (`your article`, `I am writing to`).
fn addresses_the_paper(text: &str) -> bool {
    const TO_THE_PAPER: &[&str] = &[
        "your article",
        "your report",
        "your coverage",
        "your story",
        "your editorial",
        "your paper",
        "your newspaper",
        "your columnist",
        "your correspondent",
        "your readers",
        "dear editor",
        "dear sir",
        "dear madam",
        "i am writing to",
        "i'm writing to",
        "i’m writing to",
        "i write to",
    ];
    let text = text.to_lowercase();
    TO_THE_PAPER.iter().any(|words| text.contains(words))
}

/// A quoted post over its signature: a dash, a description, the name and the handle (`“…”` ⏎
/// `— Former Sri Lanka star Kumar Sangakkara @KumarSanga2`), as wire copy prints the posts
/// it collects. Read before the quote's other readings, which would take the signature above
/// it, the previous post's, for its speaker.
pub(super) fn quote_signed_below(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_DESCRIPTION: usize = 8;
    let text = units[index].opening_line()?.trim();
    let next = index + 1;
    let signature = line_at(units, next)?;
    let rest = signature.strip_prefix(['—', '–'])?.trim();
    if !text.starts_with(OPENING_MARKS) || claimed[next] {
        return None;
    }
    let (described, handle) = rest.rsplit_once(' ')?;
    let handle = handle.strip_prefix('@').filter(|h| is_handle_shaped(h))?;
    if described.split_whitespace().count() > LONGEST_DESCRIPTION
        || !described.starts_with(char::is_uppercase)
        || described.ends_with(['.', ',', ':', ';'])
    {
        return None;
    }
    let display_name = match author_of(described) {
        Some((None, Some(name))) => Some(name),
        _ => described_name(described).map(str::to_string),
    };
    Some(InLine {
        found: vec![Found {
            form: Form::NameAfter,
            platform: context.platform.unwrap_or(Platform::Twitter),
            cues: context.cues_with([(true, Cue::Handle)]),
            handle: Some(handle.to_string()),
            display_name,
            raw_text: text.to_string(),
            ..Found::default()
        }],
        units: vec![next],
    })
}

/// The label a comment section's avatar leaves when copied as text: `• comment-avatar`,
/// `avatar`.
fn is_avatar(line: &str) -> bool {
    let label = without_list_marker(line).to_lowercase();
    label.split_whitespace().count() <= 2 && label.contains("avatar")
}

/// A numbered item of a list article that collects posts, credited to its author under the
/// text: `#1` ⏎ `…` ⏎ `Image credits: throwaway_5567`, `1.` ⏎ `…` ⏎ `Twitter: @daraobriain`.
/// Only a username or handle makes the credit an author's; `Image credits: Getty Images`
/// credits a photo.
fn credited_item(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_ITEM: usize = 8;
    let text = units[index].opening_line()?.trim();
    let number = text.strip_prefix('#').or_else(|| text.strip_suffix('.'))?;
    if !(1..=3).contains(&number.len()) || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut lines: Vec<&str> = Vec::new();
    let mut taken = Vec::new();
    for k in index + 1..units.len().min(index + 1 + LONGEST_ITEM) {
        let Unit::Line { text: line, .. } = &units[k] else {
            return None;
        };
        if claimed[k] || line.starts_with('#') {
            return None;
        }
        taken.push(k);
        let credit = image_credit(line)
            .map(|credit| (context.platform.unwrap_or_default(), credit))
            .or_else(|| platform_credit(line));
        if let Some((platform, credit)) = credit {
            let author = credit
                .strip_prefix('@')
                .or(credit.strip_prefix("u/"))
                .unwrap_or(credit);
            let first = lines.first()?;
            if !(is_username(author, true) || is_handle_shaped(author) && author != credit)
                || !is_comment(first)
            {
                return None;
            }
            return Some(InLine {
                found: vec![Found {
                    form: Form::NameAfter,
                    platform,
                    handle: Some(author.to_string()),
                    raw_text: lines.join("\n"),
                    cues: context.cues_with([(true, Cue::Handle), (true, Cue::RoundUp)]),
                    ..Found::default()
                }],
                units: taken,
            });
        }
        lines.push(line);
    }
    None
}

/// `Playing Ashish Nehra in the match is a Confidence-Building Measure for future foreign` ⏎
/// `secretary level talks (by @SachinKalbag)`: a post copied as a paragraph (hard-wrapped or
/// not) and credited at its end to its author's handle, or a username, in brackets after `by`.
/// Read before the line's quote marks: the post may quote what it mocks.
pub(super) fn credited_in_brackets(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_PARAGRAPH: usize = 8;
    let first = units[index].opening_line()?;
    let end = (index + 1..units.len().min(index + LONGEST_PARAGRAPH))
        .take_while(|&k| !claimed[k] && !starts_paragraph(units, k) && line_at(units, k).is_some())
        .last()
        .unwrap_or(index);
    // Cheapest first: most paragraphs end in no bracket.
    let last = line_at(units, end)?;
    let (words, credit) = last.strip_suffix(')')?.rsplit_once("(by ")?;
    let author = credit.trim();
    let handle = author.strip_prefix('@');
    let credited = match handle {
        Some(handle) => is_handle_shaped(handle),
        None => is_username(author, true),
    };
    let mut lines: Vec<&str> = (index..end).filter_map(|k| line_at(units, k)).collect();
    lines.push(words.trim_end());
    let text = lines.join(" ");
    if !credited || text.split_whitespace().nth(1).is_none() || !is_comment(first) {
        return None;
    }
    Some(InLine {
        found: vec![Found {
            form: Form::NameAfter,
            platform: context.platform.unwrap_or_default(),
            handle: Some(handle.unwrap_or(author).to_string()),
            raw_text: text,
            cues: context.cues_with([(true, Cue::Handle)]),
            ..Found::default()
        }],
        units: (index + 1..=end).collect(),
    })
}

/// What a list site's credit under a screenshot of a post names: `throwaway_5567` in `Image
/// credits: throwaway_5567` (or a photo's owner: `Getty Images`).
pub(super) fn image_credit(line: &str) -> Option<&str> {
    ["Image credits:", "Image credit:", "Image source:"]
        .iter()
        .find_map(|label| line.trim().strip_prefix(label))
        .map(str::trim)
}

/// `Twitter: @daraobriain`, `Instagram: @kemi.o`: a list item's credit to the account whose
/// post it copies, and the platform the label names.
fn platform_credit(line: &str) -> Option<(Platform, &str)> {
    let (label, account) = line.trim().split_once(':')?;
    let platform = Platform::of_word(&label.to_lowercase())?;
    let account = account.trim();
    account.starts_with('@').then_some((platform, account))
}

/// The author's part of a header that ends in the time the page printed beside it: `@x 2 days
/// ago`, `femi_olu 2w`, `Jane Doe · 3h`, `kemi 2-14`. None when no time ends the line.
fn without_time_ago(header: &str) -> Option<&str> {
    let mut end = header.trim_end().len();
    let mut timed = false;
    while let Some((before, token)) = header[..end].trim_end().rsplit_once(char::is_whitespace) {
        // A number alone is a time only before its unit (`2 days`): `Top 5` is a heading.
        let bare_number = token
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit());
        if !is_time_word(token) || (bare_number && end == header.trim_end().len()) {
            break;
        }
        timed |= token.chars().any(|c| c.is_ascii_digit()) || token == "yesterday";
        end = before.trim_end().len();
    }
    let author = header[..end].trim_end();
    (timed && !author.is_empty()).then_some(author)
}

/// The commenter in a header without its time: `Jane Wanjiru |`, `Jane Wanjiru -`, `Comment by
/// Jane Wanjiru`, as pages print the name and the time apart.
fn commenter_of(header: &str) -> &str {
    let header = header.trim_end_matches(['|', '-', '–', '—']).trim_end();
    ["Comment by ", "Posted by ", "Reply by "]
        .iter()
        .find_map(|label| header.strip_prefix(label))
        .unwrap_or(header)
}

/// The author's part of a header that ends in the time a blog prints, and perhaps its verb:
/// `Jane Wanjiru March 5, 2019 at 3:42 pm`, `Jane Wanjiru on March 5, 2019 at 3:42 pm said:`.
fn without_comment_time(header: &str) -> Option<&str> {
    // A day and a year are five digits at least: most headers have none.
    if header.bytes().filter(u8::is_ascii_digit).count() < 5 {
        return None;
    }
    let header = header
        .strip_suffix(" said:")
        .or_else(|| header.strip_suffix(':'))
        .unwrap_or(header);
    header.match_indices(' ').find_map(|(at, _)| {
        let time = &header[at + 1..];
        let time = time.strip_prefix("on ").unwrap_or(time);
        let author = header[..at].trim_end();
        (is_comment_time(time) && !author.is_empty()).then_some(author)
    })
}

/// The author's part of a header that ends in the clock time of the post, and its day:
/// `Marek Ciszak at 12:53am November 9`, as Facebook printed a wall's comments.
fn without_clock_time(header: &str) -> Option<&str> {
    let (author, time) = header.rsplit_once(" at ")?;
    let mut tokens = time.split_whitespace();
    let clock = tokens.next()?.to_lowercase();
    let clock = clock.trim_end_matches("am").trim_end_matches("pm");
    let (hours, minutes) = clock.split_once(':')?;
    let is_clock = is_hours_and_minutes(hours, minutes);
    // The day after the time: `November 9`, nothing else.
    let day: Vec<&str> = tokens.collect();
    let dated = day.is_empty() || day.len() == 2 && is_timestamp(&day.join(" "));
    (is_clock && dated && !author.trim().is_empty()).then_some(author.trim())
}

/// `4` and `15` of `4:15`: a clock's hours and minutes.
fn is_hours_and_minutes(hours: &str, minutes: &str) -> bool {
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .chars()
            .chain(minutes.chars())
            .all(|c| c.is_ascii_digit())
}

/// The author's part of a header that ends in `· Mar 4` or `· 12 Mar 2024`, the date X
/// prints after the handle.
fn without_post_date(header: &str) -> Option<&str> {
    let (author, date) = header.rsplit_once('·')?;
    let author = author.trim_end();
    (is_timestamp(date.trim()) && !author.is_empty()).then_some(author)
}

/// `Kay Bello @kaybello`: a name, then the handle.
fn name_and_handle(header: &str) -> Option<(Option<String>, Option<String>)> {
    let (name, handle) = header.rsplit_once(' ')?;
    let handle = handle.strip_prefix('@').filter(|h| is_handle_shaped(h))?;
    let (_, name) = author_of(name)?;
    Some((Some(handle.to_string()), name))
}

/// A word of a relative time as pages print it beside a comment.
fn is_time_word(token: &str) -> bool {
    const UNITS: &[&str] = &[
        "s", "m", "h", "d", "w", "y", "min", "mins", "hr", "hrs", "minute", "minutes", "hour",
        "hours", "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "year",
        "years", "yr", "yrs",
    ];
    // (`5 hr. ago`, as Reddit prints it: an abbreviation's full stop.)
    let token = token
        .trim_matches(['(', ')'])
        .trim_end_matches('.')
        .to_lowercase();
    let digits = token.chars().take_while(char::is_ascii_digit).count();
    let dated = digits > 0
        && token[digits..]
            .strip_prefix('-')
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()));
    matches!(token.as_str(), "ago" | "·" | "•" | "edited" | "yesterday")
        || (digits > 0 && (digits == token.len() || UNITS.contains(&&token[digits..])))
        || dated
        || UNITS.contains(&token.as_str()) && token.len() > 1
}

/// The line a page prints under a comment: its actions and time (`Like · Reply · 3h`,
/// `Reply`, `2-14 Reply`, `12 likes`) or a post's time (`9:14 AM · Mar 4, 2024`).
fn is_footer(line: &str) -> bool {
    const ACTIONS: &[&str] = &[
        "like",
        "likes",
        "reply",
        "replies",
        "share",
        "report",
        "love",
        "translate",
        "translation",
        "see",
        "view",
        "hide",
        "author",
        "top",
        "fan",
        "edited",
    ];
    if is_timestamp(line) {
        return true;
    }
    if line.len() > 60 {
        return false;
    }
    let tokens: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '•' | '|' | '›'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    // `Reply : 1 49`: the widget's votes up and down after its action.
    let count = |t: &str| t == ":" || t.bytes().all(|b| b.is_ascii_digit());
    tokens
        .iter()
        .any(|t| matches!(t.as_str(), "reply" | "like" | "replies" | "likes"))
        && tokens
            .iter()
            .all(|t| ACTIONS.contains(&t.as_str()) || is_time_word(t) || count(t))
}

/// The name printed on the line over a handle that does not open its paragraph: the
/// paragraph's first line, a name of a few capitalized words.
fn name_over(units: &[Unit], index: usize, claimed: &[bool]) -> Option<String> {
    let above = index.checked_sub(1)?;
    let text = units[above].opening_line()?;
    if claimed[above] || text.len() > LONGEST_AUTHOR_LINE {
        return None;
    }
    match author_of(text)? {
        (None, Some(name)) => Some(name),
        _ => None,
    }
}

/// `@dave_on_elm Come fix the one on Elm Street`, `@dkfuel #MarriageRef is proof…`: a handle
/// opening a line, then a sentence (or a hashtag) that is not a verb about it (`@dave_on_elm
/// wrote that…` is narrative).
pub(super) fn is_handle_before_sentence(first: &str, rest: &str) -> bool {
    first.strip_prefix('@').is_some_and(is_handle_shaped)
        && rest.trim_start().starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || c == '#' || is_decoration(c)
        })
}

/// `@chi_biafra – Oga Reno, you claim…`: a handle opening a line, then a dash (`–`, `—`, `-`
/// or `--`) and the comment.
fn is_handle_then_dash(first: &str, rest: &str) -> bool {
    first.strip_prefix('@').is_some_and(is_handle_shaped)
        && rest
            .strip_prefix("--")
            .or_else(|| rest.strip_prefix(['–', '—', '-']))
            .is_some_and(|comment| comment.starts_with(' ') && is_comment(comment))
}

/// A post's time as its page prints it under the text: `9:14 AM · Mar 4, 2024`, `4 Mar 2024`,
/// `10:02 PM · 12/3/24 · 1.2M Views`.
fn is_timestamp(line: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    if line.len() > 60 {
        return false;
    }
    let tokens: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '–' | '—'))
        .map(|t| t.trim_matches([',', '.']).to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let is_month = |t: &str| MONTHS.iter().any(|m| t.starts_with(m) && t.len() <= 9);
    let is_time = |t: &str| {
        t.split(':').count() == 2
            && t.split(':')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    let is_number = |t: &str| {
        t.trim_end_matches(['k', 'm'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '/')
    };
    !tokens.is_empty()
        && tokens.iter().any(|t| is_month(t) || is_time(t))
        && tokens.iter().all(|t| {
            is_month(t) || is_time(t) || is_number(t) || matches!(t.as_str(), "am" | "pm" | "views")
        })
}

/// A line that is only an author, as comment sections print one over the comment: a username
/// (`kamau_254`, `wanjikumary`), a handle (`@Mandela_O1`), or up to three lower-case words or a
/// name followed by emoji (`kiss me 🌈🌷💛`, `Xavierrrrrr💀`). The author, bare.
fn author_alone(line: &str) -> Option<&str> {
    if line.len() > LONGEST_AUTHOR_LINE {
        return None;
    }
    let bare = line
        .trim_end_matches(|c: char| c.is_whitespace() || is_decoration(c))
        .trim_end_matches(':');
    let decorated = bare.len() < line.trim_end().len() && !line.trim_end().ends_with(':');
    if let Some(handle) = bare.strip_prefix('@').or_else(|| bare.strip_prefix("u/")) {
        return is_username(handle, true)
            .then_some(handle)
            .or_else(|| is_handle_shaped(handle).then_some(handle));
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    // `3 comments:` over a blog's thread counts its comments; `defence 2`, a picture's label
    // left by its alternative text, numbers it.
    let counted = [words.first(), words.last()]
        .into_iter()
        .flatten()
        .any(|w| w.chars().all(|c| c.is_ascii_digit()));
    let lower = (1..=3).contains(&words.len())
        && !counted
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit()));
    let decorated_name = decorated
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(char::is_alphanumeric));
    (is_username(bare, true) || (lower && words.len() > 1) || decorated_name).then_some(bare)
}

/// `Obaid Chawla  @Ochawla`, `anjum kiani @AnjumKiani`, `rob delaney@robdelaney`, `Mary
/// Wanjiku (@marywanjiku)`: a post's
/// card copied as text, its display name and handle on a line over its words. The name (of up
/// to four words, in any case) and the handle; a handle glued to the name has no dot, which
/// an e-mail address's domain has.
fn named_handle_alone(line: &str) -> Option<(&str, &str)> {
    if line.len() > LONGEST_AUTHOR_LINE {
        return None;
    }
    let line = line.trim_end();
    // (`Mary Wanjiku (@marywanjiku)`: or the handle in brackets.)
    let (name, handle, glued) = match line
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once(" (@"))
    {
        Some((name, handle)) => (name, handle, false),
        None => {
            let (name, handle) = line.rsplit_once('@')?;
            (name, handle, !name.ends_with(char::is_whitespace))
        }
    };
    let handle = Some(handle).filter(|h| is_handle_shaped(h) && !(glued && h.contains('.')))?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    // (`Cape Coast Meek Mill🇬🇭@MelanatedKing21`, `Bossy 💦💨@iBossy__`: the name as its
    // owner decorated it, with a flag or emoji.)
    // (Symbols, pictographs and flags lie above the punctuation blocks; the joiner binds
    // an emoji's parts.)
    let decoration = |c: char| (u32::from(c) >= 0x2190 && !c.is_alphanumeric()) || c == '\u{200d}';
    let name_shaped = (1..=4).contains(&words)
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| {
            c.is_alphabetic()
                || c.is_whitespace()
                || matches!(c, '.' | '\'' | '’' | '-')
                || decoration(c)
        });
    (name_shaped && !NOT_A_NAME.is_match(name)).then_some((name, handle))
}

/// `Mary Wanjiku` ⏎ `@marywanjiku`: a post's card copied as text with its display name and
/// handle on lines of their own, one paragraph, over its words. The name and the handle.
fn name_over_handle<'t>(units: &[Unit<'t>], index: usize) -> Option<(&'t str, &'t str)> {
    let name = units[index].opening_line()?.trim();
    let Some(Unit::Line {
        text: handle_line,
        starts_paragraph: false,
        ..
    }) = units.get(index + 1)
    else {
        return None;
    };
    let handle = author_alone(handle_line).filter(|_| handle_line.trim_start().starts_with('@'))?;
    // With its time under its words, the post is read from its handle's line down, time and
    // all (`post_over_its_time`).
    let timed = line_at(units, index + 3).is_some_and(is_post_time);
    // The name as the account prints it (`o v a n i CALEB #DATErush`, `iphones_4_sale`): any
    // short line that ends no sentence.
    let name_shaped = name.chars().count() <= 40
        && !name.ends_with(['.', ':', '!', '?', ','])
        && !name.starts_with('@');
    (name_shaped && !timed).then_some((name, handle))
}

/// Bytes of the longest line that is only an author: a name of a few words and its emoji.
const LONGEST_AUTHOR_LINE: usize = 80;
/// The most a signature glued to a letter's last sentence takes (`Mrs J S Talbot, Nakuru`).
const LONGEST_SIGNATURE: usize = 50;

/// Emoji and the symbols comment sections put after a name.
pub(super) fn is_decoration(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x200D)
}

/// A handle (without its `@`) as a card or a credit prints it: 1 to 30 ASCII letters, digits
/// or underscores, where [`is_handle_shaped`] lets a page's `-` and `.` pass too.
pub(super) fn is_account_handle(handle: &str) -> bool {
    (1..=30).contains(&handle.len())
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn is_handle_shaped(handle: &str) -> bool {
    (1..=30).contains(&handle.chars().count())
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// `SusahKes: PM Najib has a reputation…`, `@thabo_m: …`, `Jo: …`: an author, a colon, and the
/// comment unquoted (quoted items are round-up items, read elsewhere).
fn author_before_colon(line: &str, context: &Context) -> Option<Found> {
    // `• 4:15 p.m. @nationallampoon: NFL Network reporting…`: a live list's time before the
    // author, whose own colon is no author's.
    let line = without_time_of_day(without_list_marker(line));
    let (author, comment) = line.split_once(':').or_else(|| verb_then_dash(line))?;
    let replying = without_story_replied_to(author);
    // (A message answering one of the paper's stories is a reader's to the paper, a letter.)
    let answers_a_story = replying.len() < author.len();
    let author = replying;
    if author.len() > LONGEST_AUTHOR_LINE {
        return None;
    }
    let comment = comment.trim();
    // `RAWALPINDI:  As Pakistan crushed India…`: a dateline, a town in capitals, opens the
    // article's own sentence.
    let bare = author.trim();
    let dateline = bare.chars().count() >= 4 && bare.chars().all(char::is_uppercase);
    // `Reply : 0 4`: a widget's votes are no comment.
    if dateline
        || comment.starts_with(OPENING_MARKS)
        || comment.split_whitespace().nth(1).is_none()
        || comment.starts_with("//")
        || !comment.contains(char::is_alphabetic)
    {
        return None;
    }
    // `0779218964: We were many at Bukoto Stage…`: an SMS page prints its sender's number
    // where others print a name (digits only: `2024-03-12 14:05:` is a live page's time).
    const FEWEST_DIGITS: usize = 9;
    let number = bare
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' '))
        && bare.chars().filter(char::is_ascii_digit).count() >= FEWEST_DIGITS;
    if number {
        return Some(named_comment(Some(bare.to_string()), comment, context));
    }
    let card = handle_opening(author.trim(), comment);
    // `Bendy Tonma Washington, another social media user, wrote:`: who the name is, between
    // commas before the verb, is no part of the author.
    let without_apposition = without_description_between_commas(author);
    let author = without_apposition.as_deref().unwrap_or(author);
    let ColonAuthor {
        handle,
        display_name,
        verb,
        platform,
    } = match colon_author(author) {
        Some(author) => author,
        // `Wanlov the Kubolor: @walov: Oko Vanderpuije…`: with the handle's colon the card is
        // read whatever the name before it.
        None if card.is_some_and(|(_, _, colon)| colon) => ColonAuthor {
            handle: None,
            display_name: None,
            verb: None,
            platform: None,
        },
        None => return None,
    };
    let (handle, display_name, comment) = match card {
        Some((card_handle, words, _)) => (
            Some(card_handle.to_string()),
            display_name.or(handle),
            words,
        ),
        None => (handle, display_name, comment),
    };
    Some(Found {
        form: Form::NameColon,
        verb: verb.map(str::to_lowercase),
        platform: platform.or(context.platform).unwrap_or_default(),
        cues: context.cues_with([
            (handle.is_some(), Cue::Handle),
            (answers_a_story, Cue::Letter),
        ]),
        handle,
        display_name,
        raw_text: comment.to_string(),
        ..Found::default()
    })
}

/// `Adam Britten — Amazing that @BarackObama is basically acknowledging…` ⏎ `Tyler Oakley — I’m
/// sorry, @MittRomney…`: posts listed as their authors' names, a dash and the words, in
/// paragraphs one after another. Only in turn with another such paragraph, since prose opens
/// sentences with a name and a dash too (`Kenya — the country's…`).
fn author_then_dash_in_turn(units: &[Unit], index: usize, context: &Context) -> Option<Found> {
    let line = line_at(units, index)?;
    let (author, comment) = author_then_dash(line)?;
    let in_turn = |k: usize| {
        matches!(units.get(k), Some(Unit::Line { text, starts_paragraph: true, .. })
            if author_then_dash(text).is_some())
    };
    // `On the rise of state capitalism:` ⏎ `Chu Fu-min - I am…`: a topic's line between posts
    // still leaves them in turn.
    let topic = |k: usize| line_at(units, k).is_some_and(|line| line.ends_with(':'));
    let after = in_turn(index + 1) || (topic(index + 1) && in_turn(index + 2));
    let before = index.checked_sub(1).is_some_and(|above| {
        in_turn(above) || (topic(above) && above.checked_sub(1).is_some_and(in_turn))
    });
    if !(after || before) {
        return None;
    }
    let (None, Some(display_name)) = author_of(author)? else {
        return None;
    };
    Some(named_comment(Some(display_name), comment, context))
}

/// A comment the name before it on its line signs (`Name: …`, `Name – …`).
fn named_comment(display_name: Option<String>, comment: &str, context: &Context) -> Found {
    Found {
        form: Form::NameColon,
        platform: context.platform.unwrap_or_default(),
        cues: context.cues_with([]),
        display_name,
        raw_text: comment.trim().to_string(),
        ..Found::default()
    }
}

/// `MARY WANJIKU: The levy is…` ⏎ `OTIENO JUMA: Nobody asked…`: senders' names in capitals
/// before their words, as SMS and letters pages print them; `mwalim jini: I don't see why…`,
/// a display name in lower case, as comment sections print it. Before a colon alone either
/// may be a label (`PAY ATTENTION: …`, `note to self: …`), so only in turn with another
/// paragraph of a name, a colon and words.
fn name_in_turn_before_colon(units: &[Unit], index: usize, context: &Context) -> Option<Found> {
    let name_colon = |k: usize| {
        let (author, comment) = line_at(units, k)?.split_once(':')?;
        if author.len() > LONGEST_AUTHOR_LINE {
            return None;
        }
        let comment = comment.trim();
        let worded = comment.split_whitespace().nth(2).is_some() && !comment.starts_with("//");
        let author = without_list_marker(author).trim();
        let name = match shouted_name(author) {
            Some((None, Some(name))) => name,
            _ => lower_case_name(author)?.to_string(),
        };
        worded.then_some((name, comment))
    };
    let (display_name, comment) = name_colon(index)?;
    let in_turn = |k: usize| {
        name_colon(k).is_some()
            || line_at(units, k).is_some_and(|line| author_before_colon(line, context).is_some())
    };
    if !(index.checked_sub(1).is_some_and(in_turn) || in_turn(index + 1)) {
        return None;
    }
    Some(named_comment(Some(display_name), comment, context))
}

/// Words a comment opens with, after which no name goes on: pronouns, answers, interjections,
/// determiners and questions.
const SENTENCE_OPENERS: &[&str] = &[
    "I", "I'm", "I’m", "I've", "I’ve", "We", "You", "He", "She", "They", "It", "It's", "It’s",
    "Yes", "No", "Ah", "Oh", "Wow", "Lol", "My", "Our", "The", "This", "That", "What", "Why",
    "How", "So", "Well",
];

/// `Tiffany Lyn We definitely need a trauma center…` ⏎ `Mark A. Matlock Yes, increased
/// population…`: a digest of Facebook comments copied with nothing between the commenter's
/// name and the comment. Only where a word that opens sentences follows a name of two to four
/// words, and in turn with another paragraph of the same shape.
fn name_glued_in_turn(units: &[Unit], index: usize, context: &Context) -> Option<Found> {
    const MOST_NAME_WORDS: usize = 4;
    let glued = |k: usize| {
        let line = line_at(units, k)?;
        let mut words = line.split(' ');
        let mut end = 0;
        for count in 1..=MOST_NAME_WORDS + 1 {
            // (Asked of every line: the name's words and the opening word are capitalized, and
            // most lines have a word in lower case before any list is looked at.)
            let word = words.next().filter(|w| w.starts_with(char::is_uppercase))?;
            if count > 2 && SENTENCE_OPENERS.contains(&word.trim_end_matches([',', '.', '!'])) {
                let (name, comment) = (line[..end].trim_end(), &line[end..]);
                let worded = comment.split_whitespace().nth(2).is_some();
                return (worded && names_a_person(name)).then_some((name, comment));
            }
            end += word.len() + 1;
        }
        None
    };
    let (display_name, comment) = glued(index)?;
    if !(index.checked_sub(1).is_some_and(|k| glued(k).is_some()) || glued(index + 1).is_some()) {
        return None;
    }
    Some(named_comment(
        Some(display_name.to_string()),
        comment,
        context,
    ))
}

/// `JOH, YEPPOON. What is Palaszczuk thinking…` ⏎ `ANON. What a blast.…`: texts to the paper
/// opened by the sender's name (and town) in capitals and a full stop, as regional papers print
/// their readers' SMS. Only in turn with another such paragraph; `ANON` is no name.
fn shouted_sender_in_turn(units: &[Unit], index: usize, context: &Context) -> Option<Found> {
    let sender_and_text = |k: usize| {
        let line = line_at(units, k)?;
        // Asked of every paragraph: two capitals open a sender's name, and its full stop is
        // within a signature's length of the start.
        let mut opening = line.chars();
        if !(opening.next()?.is_uppercase() && opening.next()?.is_uppercase()) {
            return None;
        }
        let head = line
            .char_indices()
            .map(|(at, _)| at)
            .find(|&at| at > LONGEST_SIGNATURE)
            .unwrap_or(line.len());
        let sender = line[..head].split_once(". ")?.0;
        let text = &line[sender.len() + 2..];
        let shouted = (1..=5).contains(&sender.split_whitespace().count())
            && sender.len() <= LONGEST_SIGNATURE
            && sender.chars().any(char::is_alphabetic)
            && sender
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '\'' | '’' | '-'));
        let worded = text.split_whitespace().nth(2).is_some();
        (shouted && worded).then_some((sender, text))
    };
    let (sender, text) = sender_and_text(index)?;
    if !(index.checked_sub(1).and_then(sender_and_text).is_some()
        || sender_and_text(index + 1).is_some())
    {
        return None;
    }
    let name = sender.split(',').next().unwrap_or(sender).trim();
    let anonymous = matches!(name, "ANON" | "ANONYMOUS" | "NAME WITHHELD");
    let mut found = named_comment((!anonymous).then(|| name.to_string()), text, context);
    found.cues.push(Cue::Letter);
    Some(found)
}

/// `mwalim jini`: two or three lower-case words of letters, none a word that opens a clause
/// or a phrase (`note to self`, `the bottom line`).
fn lower_case_name(author: &str) -> Option<&str> {
    let words: Vec<&str> = author.split_whitespace().collect();
    let lettered = (2..=3).contains(&words.len())
        && words.iter().all(|word| {
            word.chars().all(char::is_lowercase) && !vocabulary::FUNCTION_WORDS.contains(word)
        });
    lettered.then_some(author)
}

/// A paragraph opening with a name of two to five words, a spaced dash (or hyphen, as
/// `Charles Henning - How can he…` prints it) and at least three words: the name (as printed,
/// a title's full stop and all) and the words.
fn author_then_dash(line: &str) -> Option<(&str, &str)> {
    // Asked of every line: a byte scan for the dash's lead byte within an author's length.
    let bytes = line.as_bytes();
    let head = &bytes[..bytes.len().min(LONGEST_AUTHOR_LINE + 1)];
    let (at, width) = memchr::memchr2_iter(b'-', 0xE2, head).find_map(|at| {
        let width = match bytes[at..] {
            [b'-', b' ', ..] => 1,
            // `–` and `—`.
            [0xE2, 0x80, 0x93 | 0x94, b' ', ..] => 3,
            _ => return None,
        };
        (at > 0 && bytes[at - 1] == b' ').then_some((at, width))
    })?;
    let (author, comment) = (&line[..at - 1], &line[at + width + 1..]);
    let words = author.split_whitespace().count();
    ((2..=5).contains(&words)
        && author.starts_with(char::is_uppercase)
        && comment.split_whitespace().nth(2).is_some())
    .then_some((author, comment))
}

/// `Mubita Nkandu wrote – do you remember…`: an author and a verb, then a dash where the
/// colon would be. The author with the verb, and the comment.
fn verb_then_dash(line: &str) -> Option<(&str, &str)> {
    // Asked of every line with no colon: a byte scan of the author's length, not three
    // substring searches of the whole line.
    let bytes = line.as_bytes();
    let head = &bytes[..bytes.len().min(LONGEST_AUTHOR_LINE + 1)];
    let (at, width) = memchr::memchr2_iter(b'-', 0xE2, head).find_map(|at| {
        let width = match bytes[at..] {
            [b'-', ..] => 1,
            // `–` and `—`.
            [0xE2, 0x80, 0x93 | 0x94, ..] => 3,
            _ => return None,
        };
        let spaced = at > 0 && bytes[at - 1] == b' ' && bytes.get(at + width) == Some(&b' ');
        spaced.then_some((at, width))
    })?;
    let (author, comment) = (&line[..at - 1], &line[at + width + 1..]);
    without_verb(author)
        .1
        .is_some()
        .then_some((author, comment))
}

/// What every reading of [`colon_author`] needs, tested first because most lines with a colon
/// are prose (`Paragraph 3 of the report: …`): a handle, a single token (a username), a town
/// in brackets, or a last word with a capital (a name's, a town's, a described name's).
fn may_be_an_author(author: &str) -> bool {
    let author = author.trim();
    author.contains('@')
        || author.ends_with(')')
        || author
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|last| last.len() == author.len() || last.starts_with(char::is_uppercase))
}

/// `Efya: @efya_Nokturnal: Stay safe…`, `Yvonne Nelson: @yvonnenelsongh Oooo Ghana…`: a
/// post's card copied as its author's name, a colon, and the post with its handle before the
/// words. The handle and the words, where the handle has a colon of its own or spells the
/// name (a handle after a name may be a reply's mention: `Jane Doe: @KenyaPower fix this`),
/// and whether the handle has its colon.
fn handle_opening<'t>(author: &str, comment: &'t str) -> Option<(&'t str, &'t str, bool)> {
    let mentioned = comment.strip_prefix('@')?;
    let end = mentioned
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(mentioned.len());
    let (handle, after) = mentioned.split_at(end);
    if !is_handle_shaped(handle) {
        return None;
    }
    if let Some(words) = after.strip_prefix(':') {
        return Some((handle, words.trim(), true));
    }
    let handle_lower = handle.to_lowercase();
    let spells_the_name = author.split_whitespace().any(|word| {
        let letters: String = word
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        letters.chars().count() >= 3 && handle_lower.contains(&letters)
    });
    (spells_the_name && after.starts_with(' ')).then(|| (handle, after.trim(), false))
}

/// Who a round-up prints before a colon, and what it adds: `@thabo_m`, `2. Kemi Alabi`,
/// `Aisha Bello on X`, `Ama Serwaa (@ama_s) wrote`, `Tom in Leeds says`, `Sarah, Manchester`.
pub(super) struct ColonAuthor<'a> {
    pub handle: Option<String>,
    pub display_name: Option<String>,
    pub verb: Option<&'a str>,
    pub platform: Option<Platform>,
}

/// `Name, a description, verb` without the description: `Bendy Tonma Washington, another
/// social media user, wrote` as `Bendy Tonma Washington wrote`. The description opens with an
/// article and runs to a few words; the verb is one word.
fn without_description_between_commas(author: &str) -> Option<String> {
    const LONGEST_DESCRIPTION: usize = 6;
    let (name, rest) = author.split_once(", ")?;
    let (description, verb) = rest.rsplit_once(", ")?;
    let article = description
        .split_once(' ')
        .is_some_and(|(first, _)| matches!(first, "a" | "an" | "another" | "the"));
    let short = description.split_whitespace().count() <= LONGEST_DESCRIPTION;
    let one_verb = !verb.trim().contains(' ') && verb.trim().starts_with(char::is_lowercase);
    (article && short && one_verb && !description.contains(','))
        .then(|| format!("{name} {}", verb.trim()))
}

/// The author in `author` (the words before a comment's colon), quoted comment or not.
pub(super) fn colon_author(author: &str) -> Option<ColonAuthor<'_>> {
    // `And Floyd added:`, `But Ann writes:`: a conjunction opening the sentence is no name's.
    let author = without_list_marker(author);
    // `SMS from Mary Wanjiku:`, `Text from Otieno Juma, Nairobi:`: what the reader sent, then
    // who.
    let author = [
        "SMS from ",
        "Text from ",
        "Message from ",
        "Email from ",
        "E-mail from ",
    ]
    .iter()
    .find_map(|sent| author.strip_prefix(sent))
    .unwrap_or(author);
    let author = author
        .strip_prefix("And ")
        .or_else(|| author.strip_prefix("But "))
        .filter(|name| name.starts_with(char::is_uppercase))
        .unwrap_or(author);
    // `Another user, Oyetayo Precious tweeted:`: the reader described, then named after a
    // comma.
    let author = match author.split_once(", ") {
        Some((described, named))
            if named.starts_with(char::is_uppercase) && describes_a_reader(described) =>
        {
            named
        }
        _ => author,
    };
    // `Wrote Jane Wanjiru:`: the verb opens the clause, the name follows it.
    let (leading_verb, author) = match author.split_once(' ') {
        Some((verb, name))
            if name.starts_with(char::is_uppercase) && super::quoted::opens_with_its_verb(verb) =>
        {
            (Some(verb), name)
        }
        _ => (None, author),
    };
    let (author, platform) = author_and_place(author);
    // `Mary Wanjiku's comment:`, `Otieno Juma’s tweet:`: the post named as its author's (a
    // full name's: `Ruto's reply:` is a public figure's, known by the surname).
    let author = ["'s ", "’s "]
        .iter()
        .find_map(|possessive| {
            let (owner, post) = author.rsplit_once(possessive)?;
            let post_noun = matches!(post, "comment" | "post" | "tweet" | "reply" | "response");
            (post_noun && owner.contains(' ')).then_some(owner)
        })
        .unwrap_or(author);
    // `A Mr Mubita Nkandu wrote`, `A miss Beatrice Manda`: an article and a courtesy title
    // before the name.
    let author = match author.split_once(' ') {
        Some(("A" | "One", rest)) => match rest.split_once(' ') {
            Some((title, name))
                if matches!(
                    title.to_lowercase().trim_end_matches('.'),
                    "mr" | "mrs" | "ms" | "miss"
                ) =>
            {
                name
            }
            _ => author,
        },
        _ => author,
    };
    let author = without_date(author);
    // `User Andy Heuer twitterte:`, `Netizen Khairul Anwar:`, `Reddit user kenyan_dev wrote:`:
    // the reader noun (and the platform before it) says what the person is, the name or
    // username after it who.
    let (after_platform, platform_before_noun) = match author.split_once(' ') {
        Some((platform, rest))
            if platform.starts_with(char::is_uppercase)
                && rest
                    .split_once(' ')
                    .is_some_and(|(noun, _)| vocabulary::is_online_noun(&noun.to_lowercase())) =>
        {
            match vocabulary::platform_named_in(platform) {
                Some(named) => (rest, Some(named)),
                None => (author, None),
            }
        }
        _ => (author, None),
    };
    let author = match after_platform.split_once(' ') {
        Some((noun, name))
            if (name.starts_with(char::is_uppercase)
                || is_username(without_verb(name).0, false))
                && vocabulary::is_online_noun(&noun.to_lowercase()) =>
        {
            name
        }
        _ => author,
    };
    // `Activist Raymond Majongwe on Twitter:`: a trade before the name describes it.
    let author = match vocabulary::without_description(author) {
        name if name.len() < author.len() && name.starts_with(char::is_uppercase) => name,
        _ => author,
    };
    let (author, verb) = without_verb(author);
    let verb = verb.or(leading_verb);
    // `Mary Wanjiku on Facebook said:`: where the reader posted, before the verb.
    let (author, platform) = match platform {
        Some(platform) => (author, Some(platform)),
        None => author_and_place(author),
    };
    if !may_be_an_author(author) {
        return None;
    }
    let (handle, display_name) = author_with_handle(author)
        // `Sir Ted @Deus_Ugwoke: Which impasse…`: the post's card, a name and the handle (not
        // `Replying to @someone`).
        .or_else(|| {
            let (name, handle) = named_handle_alone(author)?;
            let (None, Some(name)) = author_of(name)? else {
                return None;
            };
            Some((Some(handle.to_string()), Some(name)))
        })
        .or_else(|| author_of(author))
        .or_else(|| author_of(without_town(author)?))
        .or_else(|| author_of(described_name(author)?))
        // `ALBERT SHAMU says:`: a name in capitals, as SMS and letters pages print a
        // sender's, is a name where a verb follows it; alone it is a label (`PAY ATTENTION:`).
        .or_else(|| verb.and_then(|_| shouted_name(author)))?;
    Some(ColonAuthor {
        handle,
        display_name,
        verb,
        platform: platform.or(platform_before_noun),
    })
}

/// `Another user`, `A Twitter user`, `One Facebook commenter`: an article or `one`/`another`,
/// at most a platform or a word more, and a reader's noun.
fn describes_a_reader(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    matches!(
        words.first().map(|first| first.to_lowercase()).as_deref(),
        Some("a" | "an" | "another" | "one")
    ) && (2..=4).contains(&words.len())
        && words
            .last()
            .is_some_and(|noun| vocabulary::is_online_noun(&noun.to_lowercase()))
}

/// `IN response to Welshman tears into Chamisa, HENRY KUNENE says`: the story a reader's
/// message answers, which SMS and letters pages print before the sender, left out.
fn without_story_replied_to(author: &str) -> &str {
    let replying = [
        "in response to ",
        "in reply to ",
        "responding to ",
        "reacting to ",
    ]
    .iter()
    .any(|lead| super::opens_with(author, lead));
    match author.rsplit_once(", ") {
        Some((_, sender)) if replying => sender,
        _ => author,
    }
}

/// Whether `words` are a name of two to four words printed in capitals (`NYATI NARE
/// BUFFALO`, `PETER DECLAN O’HALLORAN`, `J. S. TALBOT`).
fn in_capitals(words: &[&str]) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|word| {
            word.chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-' | '.'))
        })
}

/// `WILFRED MATEREURE`: a name printed in capitals, as printed; not a label shouted (`PAY
/// ATTENTION`) nor words that open a clause.
pub(super) fn shouted_name(author: &str) -> Option<(Option<String>, Option<String>)> {
    let words: Vec<&str> = author.split_whitespace().collect();
    let shouted = in_capitals(&words)
        && !words.iter().any(|word| {
            let lower = word.to_lowercase();
            // (`LETTERS TO THE EDITOR`: a phrase's words are no name's.)
            LABELS.contains(&lower.as_str())
                || vocabulary::FUNCTION_WORDS.contains(&lower.as_str())
                || vocabulary::NOT_NAMES
                    .iter()
                    .any(|not_a_name| not_a_name.eq_ignore_ascii_case(word))
        });
    shouted.then(|| (None, Some(author.to_string())))
}

/// `@RolfMargeit on Nov. 29`, `Jane Doe, March 3, 2021`: an author with the day the comment was
/// posted, as round-ups of posts date them. The author, without the day.
fn without_date(author: &str) -> &str {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let Some((who, date)) = author
        .rsplit_once(" on ")
        .or_else(|| author.split_once(", "))
    else {
        return author;
    };
    let mut words = date.split_whitespace();
    let month = words
        .next()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .is_some_and(|w| w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(&w)));
    let number = |w: &str, digits: std::ops::RangeInclusive<usize>| {
        let w = w.trim_end_matches(',');
        digits.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let day = words.next().is_some_and(|w| number(w, 1..=2));
    let year = words.next().is_none_or(|w| number(w, 4..=4));
    match month && day && year && words.next().is_none() {
        true => who.trim_end(),
        false => author,
    }
}

/// `Tom in Leeds says`, `Mark from Bristol emails`, `Tomás Pérez nos señala` (Spanish: tells
/// us): an author and the verb live pages and readers' mailbags print before a reader's
/// message, split.
fn without_verb(author: &str) -> (&str, Option<&str>) {
    // `Mary Wanjiku wrote in:`: a letter sent to the paper.
    let author = author.trim_end();
    let author = author
        .strip_suffix(" in")
        .filter(|clause| clause.ends_with(" wrote") || clause.ends_with(" writes"))
        .unwrap_or(author);
    // (`Viewer Karen Layn Tweeted:`: a verb capitalized as the name's words are.)
    let posting = |verb: &str| {
        vocabulary::is_posting_verb(verb)
            || (verb.starts_with(char::is_uppercase)
                && vocabulary::is_posting_verb(&verb.to_lowercase()))
    };
    match author.rsplit_once(' ') {
        Some((who, verb))
            if posting(verb)
                || vocabulary::is_verb_elsewhere(verb)
                || matches!(verb, "says" | "said" | "emails" | "texts" | "asks" | "adds") =>
        {
            // `@tochi_OKAFOR also tweeted:`: an adverb between the author and the verb.
            let who = match who.rsplit_once(' ') {
                Some((before, adverb)) if vocabulary::ADVERBS.contains(&adverb) => before,
                _ => who,
            };
            (vocabulary::without_object_pronoun(who), Some(verb))
        }
        _ => (author, None),
    }
}

/// `Sarah, Manchester`, `Tom in Leeds`, `Mark from Bristol`: a reader's name before the town
/// live pages and letters print with it. The name, without the town.
pub(super) fn without_town(author: &str) -> Option<&str> {
    // `John (Lagos)`, `Mary (Nairobi) writes`: the town in brackets.
    let bracketed = author
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once(" ("));
    let (name, town) = bracketed
        .or_else(|| author.split_once(", "))
        .or_else(|| author.split_once(" in "))
        .or_else(|| author.split_once(" from "))?;
    // `Jane Wanjiru, 34, Nairobi`, `Jane Wanjiru, 34, from Nairobi`: the reader's age before
    // the town.
    let town = match town.split_once(", ") {
        Some((age, town))
            if (1..=3).contains(&age.len()) && age.chars().all(|c| c.is_ascii_digit()) =>
        {
            town.strip_prefix("from ").unwrap_or(town)
        }
        _ => town,
    };
    // `Jan out in Arapaho`, `Matthew up in Mooreland`: where the town lies from the studio.
    let name = name
        .strip_suffix(" out")
        .or_else(|| name.strip_suffix(" up"))
        .or_else(|| name.strip_suffix(" down"))
        .or_else(|| name.strip_suffix(" over"))
        .unwrap_or(name);
    let town_words: Vec<&str> = town.split_whitespace().collect();
    let town_shaped = (1..=3).contains(&town_words.len())
        && town_words.iter().all(|w| w.starts_with(char::is_uppercase));
    town_shaped.then_some(name)
}

/// `4:15 p.m. @handle: …`, `4pm Jane: …`: a line without the time of day it opens with.
fn without_time_of_day(line: &str) -> &str {
    // Asked of every line with a colon: most open with no digit.
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return line;
    }
    let is_meridiem = |word: &str| {
        matches!(
            word.to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m."
        )
    };
    // `4 p.m.` as much as `4:15 p.m.`.
    let is_clock = |clock: &str| {
        let (hours, minutes) = clock.split_once(':').unwrap_or((clock, "00"));
        is_hours_and_minutes(hours, minutes)
    };
    let Some((first, rest)) = line.split_once(' ') else {
        return line;
    };
    let glued = first
        .char_indices()
        .find(|&(_, c)| c.is_ascii_alphabetic())
        .is_some_and(|(at, _)| is_clock(&first[..at]) && is_meridiem(&first[at..]));
    if glued {
        return rest.trim_start();
    }
    match rest.split_once(' ') {
        Some((meridiem, after)) if is_clock(first) && is_meridiem(meridiem) => after.trim_start(),
        _ => line,
    }
}

/// A list item's author without its marker: `- Emeka`, `• @ngozi_x`, `1. Kemi Alabi`.
fn without_list_marker(author: &str) -> &str {
    let author = author.trim_start();
    let after_marker = author.strip_prefix(['-', '•', '*', '–']).or_else(|| {
        let digits = author.find(|c: char| !c.is_ascii_digit())?;
        (digits > 0 && digits <= 2)
            .then(|| author[digits..].strip_prefix(['.', ')']))
            .flatten()
    });
    match after_marker {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => author,
    }
}

/// An author with where they posted: `Aisha Bello on X`, `Funke Adeyemi, via Facebook`.
fn author_and_place(author: &str) -> (&str, Option<Platform>) {
    // `Mary Wanjiku (via Facebook)`, `Mary Wanjiku (Facebook)`.
    if let Some((name, place)) = author
        .trim_end()
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once(" ("))
    {
        let place = place.strip_prefix("via ").unwrap_or(place);
        if let Some(platform) = Platform::from_name(place.trim()) {
            return (name.trim(), Some(platform));
        }
    }
    for separator in [", via ", " via ", " on "] {
        if let Some((name, place)) = author.rsplit_once(separator) {
            if let Some(platform) = Platform::from_name(place.trim()) {
                return (name.trim_end_matches(',').trim(), Some(platform));
            }
            // `Mary Wanjiku, via email`: sent to the paper, from no platform.
            if separator != " on " && matches!(place.trim(), "email" | "e-mail" | "SMS" | "text") {
                return (name.trim_end_matches(',').trim(), None);
            }
        }
    }
    // (`— Terry Lake, via`: a page copied without its icons keeps `via` without the platform.)
    match author.trim_end().strip_suffix(", via") {
        Some(name) => (name.trim(), None),
        None => (author, None),
    }
}

/// `Chinedu Okafor (@chinedu_ok)`: a name with the handle in parentheses, and the verb it
/// posted with when the line prints one (`Ama Serwaa (@ama_s) wrote on X: …`).
fn author_with_handle(author: &str) -> Option<(Option<String>, Option<String>)> {
    let (name, rest) = author.trim().split_once("(@")?;
    let rest = match rest.rsplit_once(") ") {
        Some((handle, verb)) if vocabulary::COMMENTING_VERBS.contains(&verb.trim()) => handle,
        _ => rest.strip_suffix(')')?,
    };
    let handle = rest;
    // `US ambassador to the UN Susan Rice (@AmbassadorRice)`: the handle names the author
    // whatever describes them; the name is kept where it can be told from the description.
    let display_name = match author_of(name) {
        Some((_, display_name)) => display_name,
        None => described_name(name).and_then(|name| author_of(name)?.1),
    };
    is_handle_shaped(handle).then(|| (Some(handle.to_string()), display_name))
}

/// `R&B artist Frank Ocean`, `Netizen Mary Ann Suyom Alvarez`, `Activist Zackie Achmat`: the
/// name after what describes the person, as the last run of two to four capitalized words
/// after one to three words of description: lower-case, a reader noun or a description word
/// (which a run may open with).
fn described_name(author: &str) -> Option<&str> {
    let author = author.trim();
    let describes = |word: &str| {
        vocabulary::is_online_noun(&word.to_lowercase())
            || vocabulary::PERSON_DESCRIPTIONS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(word))
    };
    let mut start = None;
    let mut previous = "";
    for word in author.split_whitespace() {
        if word.starts_with(char::is_uppercase) && !describes(word) {
            // The word's offset: `split_whitespace` yields slices of `author`.
            start.get_or_insert(word.as_ptr() as usize - author.as_ptr() as usize);
        } else {
            start = None;
            previous = word;
        }
    }
    // `ambassador to the United Nations Susan Rice`: a run after `the` or `of` opens with the
    // name of a body, not a person's.
    if matches!(previous, "the" | "of" | "to" | "at" | "for") {
        return None;
    }
    let name = &author[start?..];
    // A description is a few words (`Asked about the penalty, Engin Firat` opens a clause).
    let description = author[..author.len() - name.len()]
        .split_whitespace()
        .count();
    let described = (1..=3).contains(&description) && !author.contains(',');
    (described && (2..=4).contains(&name.split_whitespace().count())).then_some(name)
}

/// An author as printed beside a comment: a handle, a username, or a name of up to four
/// capitalized words; never a label (`Photo`, `Read also`) or a word that names nobody.
pub(super) fn author_of(author: &str) -> Option<(Option<String>, Option<String>)> {
    let author = author.trim();
    if author.is_empty() || author.chars().count() > 40 {
        return None;
    }
    if let Some(handle) = author.strip_prefix('@') {
        return is_handle_shaped(handle).then(|| (Some(handle.to_string()), None));
    }
    // `efyadwoa:` — one lower-case word is a username too, where a label (`update:`) is not.
    if is_username(author, false)
        || (is_username(author, true) && !LABELS.contains(&author.to_lowercase().as_str()))
    {
        return Some((Some(author.to_string()), None));
    }
    let words: Vec<&str> = author.split_whitespace().collect();
    // `PAY ATTENTION:` is a label shouted; `DP’s:` a possessive: neither is an author.
    let shouted = words.len() > 1 && !author.chars().any(char::is_lowercase);
    let possessive = author.ends_with("’s") || author.ends_with("'s");
    // `Jan van der Merwe`, `Maria de la Cruz`: particles inside a name are lower-case.
    let particle = |at: usize| {
        at > 0 && at + 1 < words.len() && vocabulary::NAME_PARTICLES.contains(&words[at])
    };
    let particles = (0..words.len()).filter(|&at| particle(at)).count();
    let name = (1..=4).contains(&(words.len() - particles))
        && !shouted
        && !possessive
        && words.iter().enumerate().all(|(at, w)| {
            particle(at)
                || w.starts_with(opens_a_name)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        })
        && !NOT_A_NAME.is_match(author)
        // `On Facebook`, `When Ruto`: words that open a clause are no part of a name.
        && !words.iter().any(|w| vocabulary::NOT_NAMES.contains(w))
        && !LABELS.contains(&author.to_lowercase().as_str());
    name.then(|| (None, Some(author.to_string())))
}

/// `Jane Doe, Durban` or `Jane Doe`: a signature's name, and whether a town follows it. The
/// place may name the street too and end the line with a full stop (`Mrs J S Talbot, Redcoat
/// Way, York.`), or be where the letter came from (`Robert Wilton, via Facebook`).
fn name_and_town(signature: &str) -> (&str, bool) {
    // `David Pritchard,` over `Malpas,` ⏎ `Newport`: the name's line of a signature of lines.
    let signature = signature.strip_suffix(',').unwrap_or(signature);
    match signature.split_once(',') {
        Some((name, place)) => {
            let place = place.trim();
            let via_platform = is_how_it_came(place);
            let parts: Vec<&str> = place
                .strip_suffix('.')
                .unwrap_or(place)
                .split(',')
                .map(str::trim)
                .collect();
            // `Eva, Bayelsa, 08058165511`: an SMS page signs with the reader's number too.
            let parts = match parts.split_last() {
                Some((number, town)) if !town.is_empty() && is_phone_signature(number) => town,
                _ => &parts[..],
            };
            let address = parts.iter().all(|part| is_town(part));
            (
                name,
                via_platform || address || (place.len() <= 30 && is_address_withheld(place)),
            )
        }
        None => (signature, false),
    }
}

/// `via Facebook`, `via email`, `by email`: how a letter reached the paper, where a letters page
/// would print the town.
fn is_how_it_came(place: &str) -> bool {
    let by_email = |rest: &str| matches!(rest.trim_end_matches('.'), "email" | "e-mail" | "Email");
    match place.strip_prefix("via ") {
        Some(rest) => vocabulary::platform_named_in(rest).is_some() || by_email(rest),
        None => place.strip_prefix("by ").is_some_and(by_email),
    }
}

/// `address supplied`, `name and address withheld`: where a letters page would print the
/// town, a note that it keeps it.
fn is_address_withheld(place: &str) -> bool {
    let note = place.trim_end_matches('.').to_lowercase();
    ["address", "name and address"].iter().any(|kept| {
        note.strip_prefix(kept)
            .is_some_and(|rest| matches!(rest.trim(), "supplied" | "withheld" | "provided"))
    })
}

/// A name's first letter: a capital, or a letter of a script without case (`சிவமைந்தன்`,
/// `洪兴`), whose names have no capital to show.
fn opens_a_name(first: char) -> bool {
    first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase())
}

/// `Durban`, `Dublin 4`, `St Ann`: a place as a signature prints it, not a clause.
fn is_town(place: &str) -> bool {
    place.starts_with(opens_a_name)
        && !place.ends_with(['.', '!', '?'])
        && (1..=3).contains(&place.split_whitespace().count())
}

/// Who signs a reader's letter or comment: an author as [`author_of`] reads one, or a name as
/// letters pages print it, in capitals (`JOHN SMITH`) or after a title (`Mrs E. Wright`),
/// which elsewhere mark a label or an official.
fn signer(name: &str) -> Option<(Option<String>, Option<String>)> {
    if is_anonymous_signature(name) {
        return Some((None, None));
    }
    if let Some(author) = author_of(name) {
        return Some(author);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // `Mrs A Otieno`: after a title, an initial is no article.
    let initials_and_surname = |words: &[&str]| {
        words.split_last().is_some_and(|(surname, initials)| {
            !initials.is_empty()
                // (`A.R. Trounson`: several initials may share a word, each with its stop.)
                && initials.iter().all(|w| {
                    w.trim_end_matches('.').split('.').all(|letter| {
                        letter.len() == 1 && letter.starts_with(|c: char| c.is_ascii_uppercase())
                    })
                })
                && surname.starts_with(char::is_uppercase)
                && surname.chars().skip(1).all(char::is_lowercase)
        })
    };
    // `A Bragg`, `J Smith`: initials and a surname, as letters pages sign (the article `A`
    // opens no name elsewhere).
    let initialled = initials_and_surname(&words);
    // `Anne Cain and Mum`, `Paul & Hazel Smith`: a letter signed by two.
    let person = |name: &str| author_of(name).is_some_and(|(handle, _)| handle.is_none());
    let two = name
        .split_once(" and ")
        .or_else(|| name.split_once(" & "))
        .is_some_and(|(first, second)| person(first) && person(second));
    // `Dr JOHN DOHERTY`: a title before a name in capitals.
    let titled = words.len() >= 2
        && vocabulary::is_title(words[0])
        && (initials_and_surname(&words[1..])
            || in_capitals(&words[1..])
            || author_of(&words[1..].join(" ")).is_some_and(|(handle, _)| handle.is_none()));
    (in_capitals(&words) || titled || initialled || two)
        .then(|| (None, Some(name.trim().to_string())))
}

/// `“@philbrookadede  Sep 16: @KagutaMuseveni Very empty President.”`: a post copied with its
/// header, the poster's handle and the day, before its words. Read where nothing else named
/// the poster: the handle is the author, and the header no part of the text.
pub(super) fn with_header_handle(mut reaction: Found) -> Found {
    if reaction.handle.is_some() || reaction.display_name.is_some() {
        return reaction;
    }
    let text = reaction.raw_text.trim_start_matches(OPENING_MARKS);
    let Some(header) = POST_HEADER.captures(text) else {
        return reaction;
    };
    reaction.handle = Some(header[1].to_string());
    let opening = &reaction.raw_text[..reaction.raw_text.len() - text.len()];
    reaction.raw_text = format!("{opening}{}", &text[header[0].len()..]);
    reaction
}

/// Whether a post's text opens with a copied post's header, which [`with_header_handle`]
/// reads.
pub(super) fn opens_with_post_header(text: &str) -> bool {
    POST_HEADER.is_match(text.trim_start_matches(OPENING_MARKS))
}

/// `@handle Sep 16:`, `@handle 16 Sep 2017:`: a copied post's header.
static POST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    super::build(
        r"(?i)^@(\w{1,30})\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{4})?)\s*:\s*"
            .to_string(),
    )
});

/// `…Never listen to what us public like. Jackie Oakes: Maybe you don’t think…`: a page of
/// `Name: comment` paragraphs copied with some glued together, the next commenter's name and
/// colon after a sentence's end. A comment read under its author's name, split where another
/// full name and its colon open a sentence.
pub(super) fn glued_comments(reaction: Found) -> Vec<Found> {
    let colon_read = matches!(reaction.form, Form::NameColon | Form::Attribution);
    if !colon_read || !reaction.raw_text.contains(": ") {
        return vec![reaction];
    }
    let text = reaction.raw_text.clone();
    // Where each glued comment's author starts, and the author.
    let mut cuts: Vec<(usize, String)> = Vec::new();
    for (colon, _) in text.match_indices(": ") {
        let before = &text[..colon];
        let Some(sentence_end) = before
            .rmatch_indices(['.', '!', '?'])
            .map(|(at, _)| at)
            .find(|&at| before[at + 1..].starts_with(' '))
        else {
            continue;
        };
        let author = before[sentence_end + 2..].trim();
        if (2..=3).contains(&author.split_whitespace().count()) && names_a_person(author) {
            cuts.push((sentence_end + 1, author.to_string()));
        }
    }
    if cuts.is_empty() {
        return vec![reaction];
    }
    let mut comments = Vec::with_capacity(cuts.len() + 1);
    let first_end = cuts[0].0;
    let mut first = reaction.clone();
    first.raw_text = text[..first_end].trim().to_string();
    comments.push(first);
    for (k, (start, author)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map_or(text.len(), |(next, _)| *next);
        let words = text[*start..end].trim();
        let comment = words[author.len()..].trim_start_matches(':').trim();
        comments.push(Found {
            display_name: Some(author.clone()),
            handle: None,
            raw_text: comment.to_string(),
            ..reaction.clone()
        });
    }
    comments
}

/// `This is too much – @thabo_m`: a comment with its author's handle after a dash at the end;
/// or, as letters pages print them, its signer and town: `… – JOHN SMITH, Dublin 4`.
fn author_after(line: &str, context: &Context) -> Option<Found> {
    author_after_handle(line, context)
        .or_else(|| closed_and_signed_inline(line, context))
        .or_else(|| signed_with_town(line, context))
        .or_else(|| signed_after_dash(line, context))
        .or_else(|| attributed_at_its_end(line, context))
}

/// `Sir, – If energy prices keep going… Yours, etc, SIMON BLAKE, Munich, Germany.`: a letter
/// printed as one paragraph, its close and its signature run into its last sentence; the
/// letter is the words between the salutation and the close.
fn closed_and_signed_inline(line: &str, context: &Context) -> Option<Found> {
    // Cheapest first: most lines hold no `Yours` near their end, where the close and a
    // signature stand (a searcher built once: building one is dearer than the search).
    const CLOSE_AND_SIGNATURE: usize = 160;
    static YOURS: LazyLock<memchr::memmem::FinderRev<'static>> =
        LazyLock::new(|| memchr::memmem::FinderRev::new(b" Yours"));
    let tail = line.len().saturating_sub(CLOSE_AND_SIGNATURE);
    let at = tail + YOURS.rfind(&line.as_bytes()[tail..])?;
    let (letter, closing) = (&line[..at], &line[at + 1..]);
    let signature = closing
        .match_indices(',')
        .take(3)
        .find(|&(comma, _)| is_valediction(&closing[..comma]))
        .map(|(comma, _)| closing[comma + 1..].trim_start_matches([',', ' ']))?;
    let name = signature
        .split_once(',')
        .map_or(signature, |(name, _)| name)
        .trim()
        .trim_end_matches('.');
    let letter = ["Sir, – ", "Sir, - ", "Sir – ", "Madam, – ", "Madam – "]
        .iter()
        .find_map(|salutation| letter.strip_prefix(salutation))
        .unwrap_or(letter);
    if !super::ends_a_sentence(letter.trim_end()) || letter.split_whitespace().nth(2).is_none() {
        return None;
    }
    let mut found = signed_comment(letter, name, context)?;
    found.cues.push(Cue::Letter);
    Some(found)
}

/// `Twitter is about to get buck wild #USF, Jordan Romero, a student majoring in finance,
/// tweeted.`: a post whose quote marks the page lost, its poster (and who the poster is) and a
/// verb of posting ending the paragraph, under an announcement of reactions; or after a dash,
/// a whole name and any verb of saying (`… – Ole Teya posted.`, `… – Mairura Jared said.`).
fn attributed_at_its_end(line: &str, context: &Context) -> Option<Found> {
    if !context.in_reactions {
        return None;
    }
    let clause = line.trim_end().strip_suffix('.')?;
    let (before, verb) = clause.rsplit_once(' ')?;
    let says = matches!(
        vocabulary::verb_kind(Some(verb)),
        vocabulary::VerbKind::Posting | vocabulary::VerbKind::Speech
    );
    // `We ate school fees already. Mungu Baba – Mairura Jared said.`: after a dash, a whole
    // name and any verb of saying sign the words before it.
    let after_dash = says
        .then(|| {
            [" – ", " — ", " - "]
                .iter()
                .find_map(|dash| before.rsplit_once(dash))
        })
        .flatten()
        .filter(|(comment, name)| {
            name.split_whitespace().nth(1).is_some()
                && names_a_person(name)
                && comment.split_whitespace().nth(2).is_some()
                && is_comment(comment)
        });
    if let Some((comment, name)) = after_dash {
        let mut found = signed_comment(comment, name, context)?;
        found.verb = Some(verb.to_string());
        return Some(found);
    }
    if !vocabulary::is_posting_verb(verb) {
        return None;
    }
    // `Mission accomplished, @FireSkipHoltz tweeted.`: a handle needs no comma before the verb.
    let (comment, signer) = match before.rsplit_once(", ") {
        Some((comment, handle))
            if handle.starts_with('@') && comment.split_whitespace().nth(1).is_some() =>
        {
            (comment.to_string(), handle)
        }
        _ => {
            let mut segments: Vec<&str> =
                before.trim_end().strip_suffix(',')?.split(", ").collect();
            // `…, a student majoring in finance,`: who the poster is, after the name.
            if segments
                .last()
                .is_some_and(|last| last.starts_with("a ") || last.starts_with("an "))
            {
                segments.pop();
            }
            let name = segments.pop()?;
            let named = name.split_whitespace().nth(1).is_some() && names_a_person(name);
            let comment = segments.join(", ");
            if !named || comment.split_whitespace().nth(2).is_none() || !is_comment(&comment) {
                return None;
            }
            (comment, name)
        }
    };
    let mut found = signed_comment(&comment, signer, context)?;
    found.verb = Some(verb.to_string());
    Some(found)
}

/// `• Swan: The poor will be fed… — mikestuchbery`, `• Did you say ‘nation-building’? —
/// michaelturtle`: a listed post signed at its end, read before any other reading of its line,
/// since it may quote whom it mocks before a colon or in quote marks.
pub(super) fn listed_and_signed(units: &[Unit], index: usize, context: &Context) -> Option<InLine> {
    // Cheapest first: most lines open with no bullet.
    let Unit::Line { text, .. } = units[index] else {
        return None;
    };
    let text = text.trim();
    let found = text
        .starts_with(['•', '·', '*'])
        .then(|| signed_after_dash(text, context))
        .flatten()?;
    Some(InLine {
        found: vec![found],
        units: Vec::new(),
    })
}

/// `• Barely a mask in sight! — Dave H.`: a listed comment signed after a dash, as a page's
/// selection of its readers' comments prints it; a line not listed is one only under an
/// announcement of comments, and signed with more than one word.
fn signed_after_dash(line: &str, context: &Context) -> Option<Found> {
    let line = line.trim_end();
    let listed = line.starts_with(['•', '·', '*']);
    if !listed && !context.in_reactions {
        return None;
    }
    let SignedLine {
        comment,
        name,
        platform,
        spaced,
    } = split_at_signing_dash(line)?;
    let comment = comment.trim_start_matches(['•', '·', '*']).trim();
    // `* Death shaming nation. Sad.—Joseph Kamkwasi`: a list's pull quote may glue the dash
    // to a full name.
    let glued_to_a_name =
        || listed && name.split_whitespace().nth(1).is_some() && names_a_person(name);
    if !(spaced || glued_to_a_name())
        || !is_comment_of_words(comment)
        || (!listed && name.split_whitespace().nth(1).is_none() && !is_anonymous_signature(name))
    {
        return None;
    }
    // `• Did you say ‘nation-building’? — michaelturtle`: a listed post's username.
    let signed = signed_comment(comment, name, context).map(|mut found| {
        if let Some(platform) = platform {
            found.platform = platform;
        }
        found
    });
    signed.or_else(|| {
        let username = listed && is_username(name, true) && !name.contains(' ');
        username.then(|| signed_by(comment, (Some(name.to_string()), None), context))
    })
}

/// A line's words and the signature after its last signing dash.
struct SignedLine<'l> {
    comment: &'l str,
    /// The signer as printed, without where they posted or a full stop ending the line.
    name: &'l str,
    /// Where the signer posted, named after the name (`– Mary Wanjiku via Facebook`).
    platform: Option<Platform>,
    /// A space parts the dash from the words or the name: a dash glued on both sides joins
    /// words (`Mary-Jane`).
    spaced: bool,
}

/// `… – Mary Wanjiku`, `… ~ Thierry Ottou.`, `… - Mary Wanjiku`, `… -Anonymous`: the
/// comment before a line's last signing dash, a tilde (glued to the name too: `… ~Thierry
/// Ottou`) or a hyphen with a space before it, and the signer after it.
fn split_at_signing_dash(line: &str) -> Option<SignedLine<'_>> {
    let (dash, mark) = line.rmatch_indices(['–', '—', '~']).next().or_else(|| {
        line.rmatch_indices(" -")
            .find(|(at, _)| {
                line[at + 2..].starts_with([' ']) || line[at + 2..].starts_with(char::is_uppercase)
            })
            .map(|(at, _)| (at + 1, "-"))
    })?;
    let (comment, signature) = (&line[..dash], &line[dash + mark.len()..]);
    let spaced = signature.starts_with(' ') || mark == "~" || mark == "-";
    let (signature, platform) = author_and_place(signature.trim());
    // The signature may end its line's sentence; an initial keeps its full stop (`— Dave H.`).
    let name = signature.trim();
    let name = match name.strip_suffix('.') {
        Some(bare)
            if bare
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.chars().count() > 1) =>
        {
            bare
        }
        _ => name,
    };
    Some(SignedLine {
        comment: comment.trim(),
        name,
        platform,
        spaced,
    })
}

/// `Anonymous`, as SMS and letters pages sign what a reader sent without a name.
fn is_anonymous_signature(name: &str) -> bool {
    name.eq_ignore_ascii_case("anonymous")
}

/// Words enough to be a comment, and not a quote (whose marks the quoted readings take).
fn is_comment_of_words(comment: &str) -> bool {
    comment.split_whitespace().nth(2).is_some() && !comment.starts_with(OPENING_MARKS)
}

/// `… - OJ Mangwana` ⏎ `… -Anonymous` ⏎ `… - D. Mdlalose`: a page whose lines are signed
/// after a dash, three or more, as an SMS or letters page prints its readers' messages under
/// titles of its own, announcing nothing.
pub(super) fn signs_lines_with_dashes<'u>(lines: impl Iterator<Item = &'u str>) -> bool {
    lines
        .filter(|line| {
            // Cheapest first: a spaced hyphen or a dash near the line's end (in bytes: the 40th
            // from the end may fall inside a character).
            let tail = &line.as_bytes()[line.len().saturating_sub(40)..];
            let has = |mark: &str| memchr::memmem::find(tail, mark.as_bytes()).is_some();
            (has(" -") || has("–") || has("—"))
                && split_at_signing_dash(line.trim_end()).is_some_and(|signed| {
                    // (`… - D Gill, Darlington.`: a letter's signer and town.)
                    let (name, _) = name_and_town(signed.name);
                    signed.spaced
                        && is_comment_of_words(signed.comment.trim_start_matches(['•', '·', '*']))
                        && (is_anonymous_signature(name)
                            || (name.split_whitespace().nth(1).is_some()
                                && signer_names_a_person(name)))
                })
        })
        .nth(2)
        .is_some()
}

/// A comment and its signer (`signer`'s reading of `name`), as printed after or under it.
fn signed_comment(comment: &str, name: &str, context: &Context) -> Option<Found> {
    Some(signed_by(comment, signer(name)?, context))
}

/// A comment with its signer's handle and name, as read after it.
fn signed_by(
    comment: &str,
    (handle, display_name): (Option<String>, Option<String>),
    context: &Context,
) -> Found {
    Found {
        form: Form::NameAfter,
        platform: context.platform.unwrap_or_default(),
        cues: context.cues_with([(handle.is_some(), Cue::Handle)]),
        handle,
        display_name,
        raw_text: comment.trim().to_string(),
        ..Found::default()
    }
}

fn signed_with_town(line: &str, context: &Context) -> Option<Found> {
    // The town's comma first: most lines have none near their end, and a dash search is dearer.
    let line = line.trim_end();
    let (_, town) = line.rsplit_once(',')?;
    // (`— Martin Chipoka, Mhangura.`: the signature may end its line's sentence.)
    if !is_town(town.trim().trim_end_matches('.')) {
        return None;
    }
    // The last dash with a space on each side (`Mary-Jane` has one without); or a hyphen
    // glued to both, from the comment's last word to the name over the town, as a page of
    // messages sent by WhatsApp prints them (`…by creditors-Takafirei, Zimbabwe`,
    // `…via SMS?-Avid reader, Zimbabwe`).
    let (dash, mark) = line.rmatch_indices(['–', '—', '-']).find(|(at, mark)| {
        let after = &line[at + mark.len()..];
        (line[..*at].ends_with(' ') && after.starts_with(' '))
            || (*mark == "-"
                && line[..*at]
                    .ends_with(|c: char| c.is_lowercase() || matches!(c, '.' | '?' | '!'))
                && after.starts_with(char::is_uppercase)
                && !after.contains(['-', '–', '—']))
    })?;
    let (comment, signature) = (&line[..dash], &line[dash + mark.len()..]);
    let (name, town) = name_and_town(signature.trim());
    if !town || comment.split_whitespace().nth(2).is_none() || comment.starts_with(OPENING_MARKS) {
        return None;
    }
    let mut found = signed_comment(comment, name, context)?;
    found.cues.push(Cue::Letter);
    Some(found)
}

fn author_after_handle(line: &str, context: &Context) -> Option<Found> {
    let (comment, handle) = line.trim_end().rsplit_once('@')?;
    // `… — @efmatyora.`, `… — @ LewisMatutu.`: a feedback column's signature ends its
    // sentence, and may part the handle from its `@`.
    let handle = handle.trim_start();
    let handle = handle.strip_suffix('.').unwrap_or(handle);
    let comment = comment.trim_end();
    let comment = comment
        .strip_suffix("--")
        .or_else(|| comment.strip_suffix(['–', '—', '-']))?
        .trim_end();
    if !is_handle_shaped(handle) || comment.split_whitespace().nth(1).is_none() {
        return None;
    }
    Some(Found {
        form: Form::NameAfter,
        platform: context.platform.unwrap_or_default(),
        handle: Some(handle.to_string()),
        raw_text: comment.to_string(),
        cues: context.cues_with([(true, Cue::Handle)]),
        ..Found::default()
    })
}

/// A paragraph signed on the next line as letters pages sign it: `…` ⏎ `— Jane Doe, Durban`,
/// `…` ⏎ `Sipho Dlamini, Soweto`, or under the letter's close (`…` ⏎ `Sincerely` ⏎ `Timothy
/// Joseph`).
fn signed_on_next_line(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let Unit::Line { text: comment, .. } = units[index] else {
        return None;
    };
    // Cheapest first: most lines under another are longer than a close.
    let closed_below = matches!(units.get(index + 1), Some(Unit::Line { text, .. })
        if text.len() <= 24 && !claimed[index + 1] && is_valediction(text.trim()));
    let next = index + 1 + usize::from(closed_below);
    // `…All voices deserve to be heard. – Yours, etc,`: the close glued to the letter's last
    // line, as the Irish Times prints every letter.
    let (comment, closed_inline) = match without_glued_valediction(comment) {
        Some(letter) => (letter, true),
        None => (comment, false),
    };
    let closed = closed_below || closed_inline;
    let Some(Unit::Line {
        text: signature, ..
    }) = units.get(next)
    else {
        return None;
    };
    // (`John Tory, Mayor, City of Toronto:` heads what is under it.)
    if claimed[next] || comment.split_whitespace().nth(2).is_none() || signature.ends_with(':') {
        return None;
    }
    // `JANE WANJIRU, Nakuru` ⏎ `…` in one paragraph heads the comment under it: a signature
    // that opens a paragraph ends it.
    let heads_a_paragraph = matches!(units[next], Unit::Line { starts_paragraph: true, paragraph, .. }
        if matches!(units.get(next + 1), Some(Unit::Line { paragraph: p, .. }) if *p == paragraph));
    // A card signs the lines above it in its paragraph and ends that paragraph: one that
    // opens its paragraph is over the words it introduces (`Name – @handle` ⏎ `…`).
    let card_under_comment = matches!(
        units[next],
        Unit::Line {
            starts_paragraph: false,
            ..
        }
    ) && !matches!(
        units.get(next + 1),
        Some(Unit::Line {
            starts_paragraph: false,
            ..
        })
    );
    if let Some(found) = card_under_comment
        .then(|| signed_with_handle_card(without_list_marker(comment), signature, context))
        .flatten()
    {
        return Some(InLine {
            found: vec![found],
            units: vec![next],
        });
    }
    if let Some(found) = credited_to_an_account(comment, signature, context) {
        return Some(InLine {
            found: vec![found],
            units: vec![next],
        });
    }
    if signature.len() > LONGEST_AUTHOR_LINE {
        return None;
    }
    // `From Mr Hafeed Hassan` ⏎ `Chennai, India`: `From` signs as a dash does.
    let from_named = signature.strip_prefix("From ").filter(|name| {
        name.split_whitespace().nth(1).is_some() && matches!(signer(name), Some((None, Some(_))))
    });
    let dashed = from_named.unwrap_or_else(|| signature.trim_start_matches(['–', '—', '-', '~']));
    let has_dash = dashed.len() < signature.len();
    // `-Unemployment` ⏎ `– Loadshedding` ⏎ …: a dash over another dash opens a list's item,
    // not a signature.
    if has_dash && line_at(units, next + 1).is_some_and(|below| below.starts_with(['–', '—', '-']))
    {
        return None;
    }
    let (name, place_shaped) = name_and_town(dashed.trim());
    // `Here's what they had to say:` ⏎ `Use it or lose it.` ⏎ `Ellie Darlington` ⏎ …: a full
    // name alone signs the line above in a run of such pairs that opens at the announcement.
    // The run is what tells it from the other order (`Ellie Darlington` ⏎ `Use it or lose
    // it.`), which this would shift by one, and from a heading after the article's prose.
    // Cheapest tests first: this runs on every line followed by a short one.
    let full_name_alone = !(has_dash || place_shaped)
        && context.in_reactions
        // (`Tsveruka Murambida.`: on a page of readers' messages, the signature may end in a
        // full stop.)
        && (name == dashed.trim()
            || context.readers_page
                && name.trim_end_matches('.') == dashed.trim().trim_end_matches('.'))
        && name.split_whitespace().nth(1).is_some()
        && names_a_person(name)
        && !comment.ends_with(':')
        && !super::is_lead_in(comment)
        && follows_announcement_or(units, index, claimed, |signature| {
            signature.len() <= LONGEST_AUTHOR_LINE && author_of(signature).is_some()
        });
    // `…` ⏎ `David Chandler` ⏎ `Ferndown, Dorset`: the name and the town on lines of their own,
    // as letters pages sign; or the name and a comma over an address of several lines.
    let address_lines = if has_dash || place_shaped || full_name_alone {
        0
    } else if signature.ends_with(',') {
        address_below(units, next, claimed)
    } else {
        street_and_town_below(units, next, claimed)
    };
    // (`Kenyans took to social media to react.` ⏎ `Mary Wanjiku` ⏎ `Kisumu` ⏎ `…`: an
    // announcement is signed by no one under it.)
    let town_below = address_lines > 0
        && super::ends_a_sentence(comment)
        && !super::is_lead_in(comment)
        && name.split_whitespace().nth(1).is_some()
        && signer_names_a_person(name);
    // `…` ⏎⏎ `Gayle Kinze` ⏎⏎ `…`: on a letters page, a full name alone in its paragraph under
    // a letter's last signs it.
    // `Tharcius S. Fernando,`: a copy may keep the comma and lose the town after it.
    // `…` ⏎ `Bob Hartley` ⏎ `(That's a fair point…)`: on a letters page, the name may close
    // the letter's paragraph, over the editor's answer in brackets.
    // Asked up to four times below, and it reads every heading of the page: read once.
    let letters_page = std::cell::LazyCell::new(|| prints_letters(units, context));
    let editor_answers = line_at(units, next + 1).is_some_and(|below| below.starts_with('('));
    let name_alone_on_letters_page = !(has_dash || place_shaped || town_below || full_name_alone)
        && name == dashed.trim().trim_end_matches(',')
        && super::ends_a_sentence(comment)
        && (2..=3).contains(&name.split_whitespace().count())
        && names_a_person(name)
        && (closed
            || starts_paragraph(units, next)
            || *letters_page
            || signed_in_turn(units, next, context))
        && (!matches!(
            units.get(next + 1),
            Some(Unit::Line {
                starts_paragraph: false,
                ..
            })
        ) || (editor_answers && *letters_page))
        && (closed
            || *letters_page
            || written_to_the_paper(units, index, claimed)
            || signed_in_turn(units, next, context));
    // Signed on the lines below by a name alone or over its town or address.
    let signed_below = town_below || name_alone_on_letters_page;
    if !(has_dash || place_shaped || full_name_alone || signed_below)
        || (place_shaped && heads_a_paragraph)
    {
        return None;
    }
    // `Nyamagana MP, Stanslaus Mabula.`: a caption naming an office holder signs nothing;
    // a courtesy title is no office (`Dr JOHN DOHERTY,` over his address).
    if name.split_whitespace().any(|word| {
        let word = word.to_lowercase();
        vocabulary::OFFICE_WORDS.contains(&word.as_str()) && !vocabulary::is_title(&word)
    }) {
        return None;
    }
    // `2. …` ⏎ `—melissa_k`, `• …`: the item's marker is not the comment's.
    let comment = without_list_marker(comment);
    let mut found = signed_comment(comment, name, context).or_else(|| {
        (has_dash && is_pseudonym(name) && pseudonyms_signed_in_turn(units, next))
            .then(|| signed_by(comment, (None, Some(name.to_string())), context))
    })?;
    // (`Tsveruka Murambida.`: the signature's full stop is no part of the name.)
    if let Some(signer) = found.display_name.as_mut() {
        if signer.ends_with('.') && !super::quoted::ends_an_initial(&signer[..signer.len() - 1]) {
            signer.pop();
        }
    }
    // A letter of several paragraphs signs only its last.
    let mut units_taken = vec![next];
    if closed_below {
        units_taken.push(index + 1);
    }
    // `David Pritchard,` ⏎ `Malpas,` ⏎ `Newport`: the name's line ending in a comma over the
    // address, as only a letter is signed.
    let address_of_lines = signed_below && signature.ends_with(',');
    if signed_below {
        units_taken.extend(next + 1..=next + address_lines);
    }
    if name_alone_on_letters_page && editor_answers {
        units_taken.push(next + 1);
    }
    // `…` ⏎ `Regina Schulz` ⏎ `Via Facebook` under an announcement: a print page of readers'
    // comments, each of several paragraphs, as letters pages print letters.
    let via_platform = signed_below
        && context.in_reactions
        && line_at(units, next + 1).is_some_and(|town| {
            super::opens_with(town, "via ") && vocabulary::platform_named_in(town).is_some()
        });
    // `Carol Clarke` ⏎ `Milford Drive,`, `Robert Wilton, via Facebook`: signed as only a
    // letter is, on a page that prints one letter as much as on a letters page.
    // So is a message an SMS page signs with the reader's number (`– Eva, Bayelsa,
    // 08058165511`).
    let by_number = || {
        dashed
            .rsplit(',')
            .next()
            .is_some_and(|last| is_phone_signature(last.trim()))
    };
    // `Anne Cain and Mum, Prescot` ⏎ `Whale of a time` ⏎ … ⏎ `A Bragg, West Derby`: letters
    // each signed with a name and a town in a paragraph of its own, one after another.
    let town_signed_in_turn = || {
        another_signed_near(units, next, |k| {
            line_at(units, k).is_some_and(|line| {
                line.len() <= LONGEST_AUTHOR_LINE && is_name_and_town_signature(line.trim())
            })
        })
    };
    // `I have appreciated your coverage again of…` ⏎ … ⏎ `Ian Johnson, Halifax`: a letter
    // that addresses the paper, signed with a name and a town in a paragraph of its own.
    let addresses_the_paper_above = || {
        addresses_the_paper(comment)
            || letter_above(units, index, claimed, false).is_some_and(|above| {
                above
                    .iter()
                    .filter_map(|&k| line_at(units, k))
                    .any(addresses_the_paper)
            })
    };
    // `…` ⏎ `- Vicki Wilson` ⏎ `Yes! With other…` ⏎ `Finally! Better…` ⏎ `- Kurt Spokes`: a
    // page of comments each signed under it after a dash, where a comment may run to several
    // lines back to the signature before. Signatures in turn have one shape: a name alone,
    // or a name and its town (`– Felicity Holmes, Blackmans Bay`), where a column's own note
    // over its readers' letters is signed with the columnist's name alone.
    let with_town = |signed: &str| {
        let (name, town) = name_and_town(signed);
        town && signer(name).is_some()
    };
    let dash_signed_in_turn = || {
        let town_signed = with_town(dashed.trim());
        another_signed_near(units, next, |k| {
            line_at(units, k).is_some_and(|line| {
                let signed = line.trim_start_matches(['–', '—', '-']).trim();
                line.len() <= LONGEST_AUTHOR_LINE
                    && line.starts_with(['–', '—', '-'])
                    && match town_signed {
                        true => with_town(signed),
                        false => signer(signed).is_some(),
                    }
            })
        })
    };
    let signed_as_letter = signed_below
        || (has_dash && answers_a_story(units, index, claimed))
        || (has_dash && dash_signed_in_turn())
        || (place_shaped
            && (dashed.contains(", via ")
                || by_number()
                || (!has_dash
                    && heads_a_paragraph_alone(units, next)
                    && (town_signed_in_turn() || addresses_the_paper_above()))));
    if (has_dash || place_shaped || signed_below)
        && (via_platform || closed || address_of_lines || signed_as_letter || *letters_page)
    {
        found.cues.push(Cue::Letter);
        // (`Tom Tito, via email` under an announcement: how the letter reached the page says
        // the paragraphs back to it are the letter's, as `Via Facebook` under the name does.)
        units_taken.extend(with_letter_above(
            &mut found,
            units,
            index,
            claimed,
            via_platform || dashed.contains(", via "),
        ));
    }
    Some(InLine {
        found: vec![found],
        units: units_taken,
    })
}

/// `…` ⏎ `Hadi el-Amir, blogueur – @alamir_hadi – 615 abonnés.`: a post signed as a profile
/// card prints it, the name (and what the person is), the handle and the follower count
/// between dashes, in whatever language the page is in.
///
/// `11. Gaga looks terrible` ⏎ `Danny Zuker (writer, Modern Family), @dannyzuker`: or the
/// handle after a comma, what the person is in brackets after the name.
fn signed_with_handle_card(comment: &str, card: &str, context: &Context) -> Option<Found> {
    if card.len() > LONGEST_HANDLE_CARD || !card.contains(" @") {
        return None;
    }
    let card = card.trim_end_matches('.');
    let (name, handle, rest_empty) = match card.rsplit_once(", @") {
        Some((person, handle)) if !card.contains(['–', '—']) => {
            (person.split(['(', ',']).next()?.trim(), handle, true)
        }
        _ => {
            let mut parts = card.split(['–', '—']).map(str::trim);
            let name = parts.next()?.split(',').next()?.trim();
            let handle = parts.next()?.strip_prefix('@')?;
            let followers = parts.next();
            let rest_empty = followers
                .is_none_or(|count| count.starts_with(|c: char| c.is_ascii_digit()))
                && parts.next().is_none();
            (name, handle, rest_empty)
        }
    };
    let card_shaped = is_account_handle(handle)
        && name.starts_with(char::is_uppercase)
        && name.split_whitespace().count() <= 5
        && rest_empty;
    if !card_shaped {
        return None;
    }
    Some(signed_by(
        comment,
        (Some(handle.to_string()), Some(name.to_string())),
        context,
    ))
}

/// `#AustraliaHasFallen for our lovely possums.` ⏎ `Twitter: @katbabble`: a post credited
/// under it to the platform and the account, as a round-up of posts prints each.
fn credited_to_an_account(comment: &str, credit: &str, context: &Context) -> Option<Found> {
    let (platform, handle) = credit.trim().split_once(": @")?;
    let platform = (!platform.contains(' '))
        .then(|| vocabulary::platform_named_in(platform))
        .flatten()?;
    if !is_account_handle(handle) || comment.trim_end().ends_with(':') {
        return None;
    }
    Some(Found {
        form: Form::NameAfter,
        platform,
        cues: context.cues_with([(true, Cue::Handle)]),
        handle: Some(handle.to_string()),
        raw_text: comment.trim().to_string(),
        ..Found::default()
    })
}

/// Bytes of the longest profile card under a post: a name, what the person is, a handle, a
/// follower count.
const LONGEST_HANDLE_CARD: usize = 160;

/// How many lines under a signature's `Name,` at `name` are its address (0 for none): lines
/// ending in a comma (`Opposition spokesperson for roads,`, `Kenyatta Avenue,`) down to a town
/// (`Milimani, Nakuru.`), as letters pages sign.
fn address_below(units: &[Unit], name: usize, claimed: &[bool]) -> usize {
    const MOST_ADDRESS_LINES: usize = 4;
    // `Malpas,` as the last line: the address ends at its last town.
    let mut to_last_town = 0;
    for lines in 1..=MOST_ADDRESS_LINES {
        let k = name + lines;
        let Some(line) = line_at(units, k).filter(|_| !claimed[k]) else {
            break;
        };
        let line = line.strip_suffix('.').unwrap_or(line);
        if is_town_line(line) {
            to_last_town = lines;
            if !line.ends_with(',') {
                break;
            }
        } else if !(line.ends_with(',')
            && line.len() <= LONGEST_AUTHOR_LINE
            && line.starts_with(char::is_uppercase))
        {
            break;
        }
    }
    to_last_town
}

/// How many lines under a signature's name at `name` are its address (0 for none): a town
/// (`Ferndown, Dorset`), or a street and a town (`45 Kilvere pk` ⏎ `Dublin 6W`, `5,Marian
/// Avenue` ⏎ `Co Clare`), as letters pages sign with no comma after the name.
fn street_and_town_below(units: &[Unit], name: usize, claimed: &[bool]) -> usize {
    const LONGEST_STREET: usize = 40;
    let free_line =
        |k: usize| line_at(units, k).filter(|_| !claimed.get(k).copied().unwrap_or(true));
    if free_line(name + 1).is_some_and(is_town_line) {
        return 1;
    }
    // `45 Kilvere pk`: a number opens the street as an address prints it.
    let street = free_line(name + 1).is_some_and(|street| {
        street.len() <= LONGEST_STREET
            && street.starts_with(|c: char| c.is_ascii_digit())
            && !super::ends_a_sentence(street)
    });
    if street && free_line(name + 2).is_some_and(|town| is_town_line(town.trim_end_matches('.'))) {
        2
    } else {
        0
    }
}

/// `Obsever, Bulawayo`: a signature of a signer's name and a town.
fn is_name_and_town_signature(line: &str) -> bool {
    matches!(name_and_town(line), (name, true) if signer_names_a_person(name))
}

/// A signer's name ([`names_a_person`]), with the title letters pages print before it (`Cllr
/// Mary Wanjiku`, `Mrs E. Wright`).
fn signer_names_a_person(name: &str) -> bool {
    matches!(signer(name), Some((None, Some(_))))
}

/// `Ferndown, Dorset`, `Port Talbot, W Glam`, `London`: a town, and its county or district,
/// on a line of its own.
fn is_town_line(line: &str) -> bool {
    let line = line.strip_suffix(',').unwrap_or(line);
    // `101 Bognor Road`: a street address under the name, as some letters pages sign.
    if let Some((number, street)) = line.split_once(' ') {
        if (1..=4).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit()) {
            return is_street(street);
        }
    }
    // Length and capital first: the label lookup lower-cases the line.
    line.len() <= 50
        && line.starts_with(char::is_uppercase)
        && !LABELS.contains(&line.to_lowercase().as_str())
        && line.split(',').all(|part| is_town(part.trim()))
}

/// Whether the page's headline or a heading of it names letters: asked only once a letter's
/// signature is found, since it reads the page's headings.
fn prints_letters(units: &[Unit], context: &Context) -> bool {
    context.letters_headline
        || units.iter().any(|unit| {
            matches!(unit, Unit::Line { text, .. }
                if text.len() <= 100 && !super::ends_a_sentence(text) && super::names_letters(text))
        })
}

/// `Re: Covid-19 deniers and the rest of us` ⏎ `Your think piece…` ⏎ … ⏎ `– Malami Musa`: whether
/// the lines above `index`, up to a line already read, open under the story a reader's letter
/// answers, as letters pages head each letter.
fn answers_a_story(units: &[Unit], index: usize, claimed: &[bool]) -> bool {
    const MOST_LINES: usize = 20;
    (index.saturating_sub(MOST_LINES)..index)
        .rev()
        .take_while(|&k| !claimed[k] || line_at(units, k).is_some_and(opens_with_re))
        .any(|k| line_at(units, k).is_some_and(opens_with_re))
}

fn opens_with_re(line: &str) -> bool {
    line.starts_with("Re:") || line.starts_with("RE:")
}

/// The paragraph of the line at `k`.
fn paragraph_at(units: &[Unit], k: usize) -> Option<usize> {
    match units.get(k) {
        Some(Unit::Line { paragraph, .. }) => Some(*paragraph),
        _ => None,
    }
}

/// A letters page's heading between letters (`Keep up the good work`): short, and ending no
/// sentence.
fn is_letter_heading(line: &str) -> bool {
    line.len() <= 100 && !line.ends_with(['.', '!', '?', '"', '”', ')', '…', ':'])
}

pub(super) fn line_at<'t>(units: &[Unit<'t>], k: usize) -> Option<&'t str> {
    match units.get(k) {
        Some(Unit::Line { text, .. }) => Some(text.trim()),
        _ => None,
    }
}

/// On a letters page, the paragraphs above a signed one at `index` that are the same letter's
/// (nearest first):
/// those back to the letter's heading (`Keep up the good work`), the previous letter's
/// signature or the page's start, every one a paragraph of prose nothing else has read. Back
/// to an announcement or anything else they are the article's, and none is taken; with
/// `after_announcement`, the paragraphs back to an announcement are the first comment's.
fn letter_above(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    after_announcement: bool,
) -> Option<Vec<usize>> {
    const LONGEST_LETTER: usize = 12;
    const LONGEST_PARAGRAPH: usize = 1500;
    // A letter copied with a line a paragraph (`WHAT a pathetic pair of MPs…` ⏎ `What a
    // handful…`) has more lines than a letter has paragraphs.
    const MOST_LINES: usize = 20;
    let mut above = Vec::new();
    let mut paragraphs = 0;
    let mut at = index;
    while let Some(k) = at.checked_sub(1) {
        let text = line_at(units, k)?;
        // `Re: ‘Fuel levy’: Matatu owners count the cost, May 7.`: the article a letter answers
        // heads it, whatever has read its quote.
        if opens_with_re(text) {
            break;
        }
        if claimed[k] {
            // The previous letter's signature.
            if text.len() <= LONGEST_AUTHOR_LINE {
                break;
            }
            return None;
        }
        // `(We wouldn’t mind new cars…)`: the editor's reply under the letter before.
        let editors_reply = text.starts_with('(') && text.ends_with(')');
        // `Co Cavan.`: the last line of the address the letter before is signed with.
        let address =
            || text.len() <= LONGEST_AUTHOR_LINE && is_town_line(text.trim_end_matches('.'));
        if is_letter_heading(text)
            || editors_reply
            || address()
            || (after_announcement && super::is_lead_in(text))
        {
            break;
        }
        if paragraph_at(units, k) != paragraph_at(units, at) {
            paragraphs += 1;
        }
        // Lines of the signed line's own paragraph are the letter's, whatever they say (`I
        // would say to Wayne David, …`).
        let own_paragraph = paragraphs == 0;
        if paragraphs > LONGEST_LETTER
            || above.len() == MOST_LINES
            || text.len() > LONGEST_PARAGRAPH
            || !own_paragraph
                && (text.ends_with(':')
                    || super::is_lead_in(text)
                    || super::attribution_shape(text))
        {
            return None;
        }
        above.push(k);
        at = k;
    }
    (!above.is_empty()).then_some(above)
}

/// `Here is a round-up of some of the tweets:` ⏎ `Farahnaz Ispahani` ⏎ `The attack in Karachi
/// is…`: under an announcement of comments, a full name alone over an unquoted comment, where
/// the pair shares a paragraph or opens or continues a run of such pairs.
fn named_over_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let pair = name_over_comment_at(units, index)?;
    let next = index + 1;
    // Without an announcement, only the layout says these are posts: a name over its comment
    // in one paragraph, with another such pair at most one paragraph before or after it.
    let paired = if context.in_reactions {
        pair.same_paragraph || follows_announcement_or(units, index, claimed, |_| true)
    } else {
        let pair_at = |k: usize| name_over_comment_at(units, k).is_some_and(|p| p.same_paragraph);
        let pair_before = (index.saturating_sub(3)..index.saturating_sub(1))
            .any(|k| pair_at(k) && claimed[k + 1]);
        (pair.same_paragraph && ((index + 2..index + 4).any(pair_at) || pair_before))
            || names_head_comments(units, index, context)
    };
    // (`Luis Manzano` ⏎ `… — Luis Manzano (@luckymanzano) January 30, 2020`: a post whose
    // signature its text keeps is the signature's to read, handle and all.)
    if claimed[next] || !paired || super::is_signed_post(pair.comment) {
        return None;
    }
    Some(InLine {
        found: vec![Found {
            form: Form::NameAfter,
            platform: context.platform.unwrap_or_default(),
            display_name: Some(pair.name.to_string()),
            raw_text: pair.comment.trim().to_string(),
            cues: context.cues_with([]),
            ..Found::default()
        }],
        units: vec![next],
    })
}

/// Lines either side of a comment within which another commenter's time makes a thread.
const THREAD_REACH: usize = 5;

/// A blog's comment thread copied as text: the commenter (numbered or not), the time it was
/// posted on a line of its own, then the comment (`1. bruno` ⏎ `August 6, 2014 at 7:25 pm` ⏎
/// `Nigerians are so stupid…`). The name may be printed twice, once as the avatar's label
/// (`peter` ⏎ `peter` ⏎ `6 years ago`), and the time be relative. A commenter whose comment is
/// missing has none.
pub(super) fn dated_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    // Cheapest first: this runs on every line. A commenter's line is short (a name, perhaps its
    // verb); prose is longer.
    const LONGEST_COMMENTER_LINE: usize = 60;
    // Lengths untrimmed first: trimming every line costs more than the test.
    let short = |k: usize, most: usize| matches!(units.get(k), Some(Unit::Line { text, .. }) if text.len() <= most);
    if !short(index, LONGEST_COMMENTER_LINE) {
        return None;
    }
    let is_date = |k: usize| {
        short(k, 40)
            && line_at(units, k).is_some_and(|line| {
                line.len() <= 32 && (is_comment_time(line) || is_time_ago(line))
            })
    };
    // `Achi` ⏎ `Achi`, or with the widget's actions on it: `Mute Achi` ⏎ `Favourite Achi` ⏎
    // `Report`.
    let name_twice = |k: usize| {
        line_at(units, k).is_some_and(|name| {
            line_at(units, k + 1).is_some_and(|again| {
                again == name || without_widget_action(again) == without_widget_action(name)
            })
        })
    };
    let report_at = |k: usize| line_at(units, k) == Some("Report");
    let date_after_name_twice =
        |k: usize| (is_date(k + 2) || report_at(k + 2) && is_date(k + 3)) && name_twice(k);
    let stamped = |k: usize| {
        short(k, LONGEST_COMMENTER_LINE) && line_at(units, k).and_then(stamped_header).is_some()
    };
    let date_at = match is_date(index + 1) {
        true => index + 1,
        false if date_after_name_twice(index) => index + if is_date(index + 2) { 2 } else { 3 },
        false if stamped(index) => index,
        false => return None,
    };
    let comment_at = date_at + 1;
    // A name printed twice is a header wherever it stands; a name once opens its paragraph.
    // A header with its verb wherever it stands.
    let commenter = match date_at - index {
        0 => line_at(units, index).and_then(stamped_header)?,
        1 => match units[index].opening_line() {
            Some(line) => line.trim(),
            None => line_at(units, index).filter(|line| without_header_verb(line).is_some())?,
        },
        _ => without_widget_action(line_at(units, index)?),
    };
    let commenter = without_list_marker(commenter);
    let commenter = without_header_verb(commenter).unwrap_or(commenter);
    // `MadamYe...`: a widget cuts a long name short, which ends no sentence.
    let cut_short = commenter.ends_with("...") || commenter.ends_with('…');
    if commenter.chars().count() > 40
        || commenter.split_whitespace().count() > 5
        || (commenter.ends_with(['.', '!', '?', ':']) && !cut_short)
        || !commenter.contains(char::is_alphabetic)
    {
        return None;
    }
    if (index + 1..=date_at).any(|k| claimed[k]) || claimed.get(comment_at) != Some(&false) {
        return None;
    }
    // `@ David` ⏎ `Well let the culture…`: a reply's mention of the commenter it answers, on
    // a line of its own, opens the comment.
    let replies = line_at(units, comment_at).is_some_and(|line| {
        let line = line.trim();
        line.starts_with('@') && line.split_whitespace().count() <= 3 && !claimed[comment_at]
    });
    let comment = line_at(units, comment_at + usize::from(replies))?;
    let is_header = |k: usize| is_date(k + 1) || date_after_name_twice(k) || stamped(k);
    if !is_comment(comment) || is_header(comment_at) {
        return None;
    }
    let (handle, display_name) = match author_of(commenter) {
        Some(author) => author,
        None => (None, Some(commenter.to_string())),
    };
    // The page's furniture makes a comment thread of it, kept without a decision as a copied
    // comment is: another commenter's time a few lines away. A time under one name alone is
    // as often the article's byline (`By Drum Digital` ⏎ `13 February 2015`), wherever the
    // headline left it, and only the decision weighs it.
    let in_a_thread = (index.saturating_sub(THREAD_REACH)..=comment_at + THREAD_REACH).any(|k| {
        k != date_at && (is_date(k) || stamped(k)) || k > comment_at && date_after_name_twice(k)
    });
    let form = match in_a_thread {
        true => Form::Signature,
        false => Form::Unquoted,
    };
    let opening = comment_at + usize::from(replies);
    let mut taken: Vec<usize> = (index + 1..=opening).collect();
    taken.extend(comment_rest(
        units,
        opening,
        claimed,
        in_a_thread,
        is_header,
    ));
    let text: Vec<&str> = taken
        .iter()
        .filter(|&&k| k >= comment_at)
        .filter_map(|&k| line_at(units, k))
        .collect();
    Some(InLine {
        found: vec![Found {
            form,
            platform: context.platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle), (true, Cue::RoundUp)]),
            handle,
            display_name,
            raw_text: text.join("\n"),
            ..Found::default()
        }],
        units: taken,
    })
}

/// `Jane Wanjiru says:`, as WordPress heads a comment (`Ginger Says:`, as some themes
/// capitalize it): the commenter without the verb.
fn without_header_verb(header: &str) -> Option<&str> {
    [" says:", " said:", " wrote:", " Says:", " Said:", " Wrote:"]
        .iter()
        .find_map(|verb| header.strip_suffix(verb))
}

/// A commenter's name as a comment widget prints it with an action on it (`Mute Achi`,
/// `Favourite Achi`), without the action.
fn without_widget_action(line: &str) -> &str {
    ["Mute ", "Favourite ", "Favorite ", "Follow ", "Block "]
        .iter()
        .find_map(|action| line.strip_prefix(action))
        .unwrap_or(line)
}

/// `Jane Wanjiru said...` ⏎ `…` ⏎ `March 5, 2019 at 3:42 PM`: a comment as Blogger prints
/// it, the commenter and `said...` over the comment, its time under it; `Anonymous said...`
/// heads an anonymous reader's. The page's furniture makes a comment thread of it, kept
/// without a decision.
pub(super) fn said_over_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_HEADER: usize = 60;
    const LONGEST_COMMENT: usize = 12;
    // Cheapest first: this runs on every line, and a unit's text is trimmed already.
    let header = match units[index] {
        Unit::Line { text, .. } if text.len() <= LONGEST_HEADER && text.ends_with(['.', '…']) => {
            text
        }
        _ => return None,
    };
    let commenter = header
        .strip_suffix("said...")
        .or_else(|| header.strip_suffix("said…"))?
        .trim();
    if commenter.is_empty() || commenter.split_whitespace().count() > 5 {
        return None;
    }
    let mut comment = Vec::new();
    let mut time_at = None;
    let reach = units.len().min(index + 1 + LONGEST_COMMENT);
    for (k, &taken) in claimed.iter().enumerate().take(reach).skip(index + 1) {
        let line = line_at(units, k).filter(|_| !taken)?;
        if is_comment_time(line) || is_time_ago(line) {
            time_at = Some(k);
            break;
        }
        comment.push(k);
    }
    let time_at = time_at.filter(|_| !comment.is_empty())?;
    let text: Vec<&str> = comment.iter().filter_map(|&k| line_at(units, k)).collect();
    comment.push(time_at);
    Some(thread_comment(commenter, &text, comment, context))
}

/// A comment of a thread as its page prints it, kept without a decision: the commenter
/// (`Anonymous` heads an anonymous reader's), the comment's lines, and the units it takes.
fn thread_comment(commenter: &str, text: &[&str], units: Vec<usize>, context: &Context) -> InLine {
    let (handle, display_name) = match commenter {
        "Anonymous" => (None, None),
        _ => author_of(commenter).unwrap_or((None, Some(commenter.to_string()))),
    };
    InLine {
        found: vec![Found {
            form: Form::Signature,
            platform: context.platform.unwrap_or_default(),
            cues: context.cues_with([(handle.is_some(), Cue::Handle), (true, Cue::RoundUp)]),
            handle,
            display_name,
            raw_text: text.join("\n"),
            ..Found::default()
        }],
        units,
    }
}

/// `1. Overlord says:` ⏎ `You show him, Albertans!…` ⏎ `2. Frank says:` ⏎ `I’m not sure…`: a
/// comment thread as WordPress prints it without its times, the commenter and `says:` over
/// the comment, numbered or not. Another such header within [`THREAD_REACH`] lines makes the
/// thread (`The minister says:` ⏎ `…` alone is an article quoting).
pub(super) fn says_over_comment(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_COMMENT: usize = 12;
    let commenter = line_at(units, index).and_then(commenter_saying)?;
    let header_near = |k: usize| {
        k != index && line_at(units, k).is_some_and(|line| commenter_saying(line).is_some())
    };
    if !(index.saturating_sub(THREAD_REACH)..units.len().min(index + THREAD_REACH + 1))
        .any(header_near)
    {
        return None;
    }
    let comment: Vec<usize> = (index + 1..units.len().min(index + 1 + LONGEST_COMMENT))
        .take_while(|&k| {
            !claimed[k] && line_at(units, k).is_some_and(|line| commenter_saying(line).is_none())
        })
        .enumerate()
        .take_while(|&(n, k)| n == 0 || !starts_paragraph(units, k))
        .map(|(_, k)| k)
        .collect();
    let text: Vec<&str> = comment.iter().filter_map(|&k| line_at(units, k)).collect();
    if !text.first().is_some_and(|first| is_comment(first)) {
        return None;
    }
    Some(thread_comment(commenter, &text, comment, context))
}

/// The commenter of a comment's header: WordPress's (`2. Frank says:`, `Mary Wanjiku says:`),
/// or the verb alone with its colon lost (`1. jaded said`, `Evan wrote`), Blogger's without
/// its times (`Seasons & Reasons said...`), whom the comment answers (`gerryaw in reply to
/// mumia`, as The Economist prints it) or how long ago it was posted (`Piotr 4 days`, as
/// Disqus does), the post commented on (`From Samson Norikgu on Silenced nation: …`, a
/// blog's list of its latest comments), or b2evolution's `Comment from: Paulos [Visitor]`.
/// One to four words, after the list marker, that name rather than describe.
fn commenter_saying(line: &str) -> Option<&str> {
    const LONGEST_HEADER: usize = 60;
    const MOST_NAME_WORDS: usize = 4;
    // (The post's title may be long; the commenter before it is held to the header's length.)
    let on_post = line.strip_prefix("From ").and_then(commenter_on_post);
    if on_post.is_none() && line.len() > LONGEST_HEADER {
        return None;
    }
    // (`Comment from: Paulos [Visitor]`: b2evolution's header, the commenter's standing after.)
    let comment_from = line.strip_prefix("Comment from: ").map(|rest| {
        rest.strip_suffix(" [Visitor]")
            .or_else(|| rest.strip_suffix(" [Member]"))
            .unwrap_or(rest)
    });
    let header = on_post
        .or(comment_from)
        .or_else(|| {
            [" says:", " says", " said", " said...", " said…", " wrote"]
                .iter()
                .find_map(|verb| line.strip_suffix(verb))
        })
        .or_else(|| {
            line.split_once(" in reply to ")
                .map(|(commenter, _)| commenter)
        })
        .or_else(|| {
            let (rest, unit) = line.rsplit_once(' ')?;
            let (commenter, count) = rest.rsplit_once(' ')?;
            // (`0752 469 159`: a phone number's groups are no commenter and time.)
            let time = !count.is_empty()
                && count.bytes().all(|b| b.is_ascii_digit())
                && unit.starts_with(char::is_alphabetic)
                && is_time_word(unit);
            time.then_some(commenter)
        })?;
    let commenter = without_list_marker(header).trim();
    let words = commenter.split_whitespace().count();
    // (`The minister says:` ⏎ `…`: a person described is the article's speaker.)
    let described = commenter.split_whitespace().next().is_some_and(|first| {
        matches!(
            first.to_lowercase().as_str(),
            "the" | "a" | "an" | "our" | "his" | "her" | "their" | "this" | "that"
        )
    });
    ((1..=MOST_NAME_WORDS).contains(&words) && !described && !commenter.contains(['“', '"', ':']))
        .then_some(commenter)
}

/// `Lions I’m should be watching this from a padded room.` ⏎ `WoodchuckHunter | 19:47 EDT`:
/// a comment over its commenter and the time it was posted, after a bar, as round-ups of game
/// threads print them (or `Posted 4 months ago by Lee Lee`, as a blog's comments do). Another
/// such line within reach makes the thread.
pub(super) fn signed_at_time_below(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let comment = line_at(units, index)?;
    let signature = index + 1;
    let commenter = line_at(units, signature)
        .filter(|_| !claimed[signature])
        .and_then(commenter_at_time)?;
    if commenter_at_time(comment).is_some() || !is_comment(comment) {
        return None;
    }
    let another = another_within_reach(units, index, signature, |k| {
        line_at(units, k).is_some_and(|line| commenter_at_time(line).is_some())
    });
    // (`  • Maybe we should…` ⏎ `Posted 4 months ago by Jay Jay`: each comment an item.)
    let comment = without_list_marker(comment);
    another.then(|| thread_comment(commenter, &[comment], vec![signature], context))
}

/// Whether a line within [`THREAD_REACH`] above the comment at `first` or below its signature
/// at `last` is another of its kind, as `is_another` tells: a thread repeats its structure.
fn another_within_reach(
    units: &[Unit],
    first: usize,
    last: usize,
    is_another: impl Fn(usize) -> bool,
) -> bool {
    (first.saturating_sub(THREAD_REACH)..first)
        .chain(last + 1..units.len().min(last + 1 + THREAD_REACH))
        .any(is_another)
}

/// The commenter in `WoodchuckHunter | 19:47 EDT`, `Jane Doe | 8:05 pm`: one to five words
/// before a bar and a time of day, with its zone or not; or after one relative (`Posted 4
/// months ago by Lee Lee`).
fn commenter_at_time(line: &str) -> Option<&str> {
    const LONGEST_COMMENTER: usize = 40;
    // Cheapest first: a commenter, the bar and a time are a short line.
    if line.len() > LONGEST_COMMENTER + 28 {
        return None;
    }
    if let Some(posted) = line.strip_prefix("Posted ") {
        let (ago, commenter) = posted.split_once(" by ")?;
        let commenter = commenter.trim();
        return (is_time_ago(ago)
            && commenter.starts_with(char::is_uppercase)
            && (1..=4).contains(&commenter.split_whitespace().count()))
        .then_some(commenter);
    }
    if line.len() > LONGEST_COMMENTER + 16 {
        return None;
    }
    let (commenter, time) = line.rsplit_once(" | ")?;
    let (clock, rest) = time.trim().split_once(' ').unwrap_or((time.trim(), ""));
    let (hours, minutes) = clock.split_once(':')?;
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let zone_or_half = rest.split_whitespace().all(|word| {
        matches!(word.to_lowercase().as_str(), "am" | "pm")
            || ((2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()))
    });
    let commenter = commenter.trim();
    (digits(hours, 1..=2)
        && digits(minutes, 2..=2)
        && zone_or_half
        && !commenter.is_empty()
        && commenter.len() <= LONGEST_COMMENTER
        && commenter.split_whitespace().count() <= 5)
        .then_some(commenter)
}

/// The days of the week, as comment headers and bylines print them.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `Samson Norikgu on Silenced nation: …`: the commenter before the post commented on, as a
/// blog's lists of comments print them after `From` or `by`. A title opens with a capital,
/// where prose goes on in lower case (`From Monday on the fares…`), and is no day (`By Jane
/// Doe on March 3` is a byline).
fn commenter_on_post(header: &str) -> Option<&str> {
    let (commenter, title) = header.split_once(" on ")?;
    let title = title.trim_start();
    let dated = without_date(header).len() < header.len()
        || WEEKDAYS.iter().any(|day| title.starts_with(day));
    (commenter.starts_with(char::is_uppercase) && title.starts_with(char::is_uppercase) && !dated)
        .then_some(commenter.trim())
}

/// `“…”` ⏎ `by Thomas Lawson on A Very UnSerious Reader, Indeed`: a blog's round-up of its
/// readers' comments, each signed under it (over one paragraph or more) with the commenter and
/// the post commented on. Another such signature within reach makes the round-up. Read before
/// the comment's quote marks, which the readings of quotes would give to a name inside it.
pub(super) fn signed_by_on_post(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const LONGEST_COMMENT: usize = 6;
    let signature_of = |k: usize| {
        let line = line_at(units, k)?;
        let header = line
            .strip_prefix("by ")
            .or_else(|| line.strip_prefix("By "))?;
        commenter_on_post(header).filter(|commenter| commenter.split_whitespace().count() <= 4)
    };
    let first = units[index].opening_line()?;
    if signature_of(index).is_some() || first.split_whitespace().nth(1).is_none() {
        return None;
    }
    let (signature, commenter) = (index..units.len().min(index + LONGEST_COMMENT + 1))
        .take_while(|&k| !claimed[k] && line_at(units, k).is_some())
        .find_map(|k| Some((k, signature_of(k)?)))?;
    let text: Vec<&str> = (index..signature)
        .filter_map(|k| line_at(units, k))
        .collect();
    // (The round-up's announcement, `Here are some of our favorite comments…`, is no
    // comment's paragraph. Asked last: most lines have no signature below.)
    if text.iter().any(|line| super::is_lead_in(line))
        || !another_within_reach(units, index, signature, |k| signature_of(k).is_some())
    {
        return None;
    }
    // A comment quoted over several paragraphs opens with its quote mark: the paragraphs
    // above it are the article's (`We love our readers… Here are some of our favorite
    // comments`).
    let quoted = text.last()?.ends_with(['”', '"', '’', '»']);
    if quoted && !first.starts_with(OPENING_MARKS) {
        return None;
    }
    Some(thread_comment(
        commenter,
        &text,
        (index + 1..=signature).collect(),
        context,
    ))
}

/// Whether the line at `k` opens a paragraph.
fn starts_paragraph(units: &[Unit], k: usize) -> bool {
    matches!(
        units.get(k),
        Some(Unit::Line {
            starts_paragraph: true,
            ..
        })
    )
}

/// Lines of a thread's comment after its first: the rest of its paragraph and, in a thread,
/// the paragraphs up to the next commenter's header (`Achi` ⏎ `Achi` ⏎ `6 years ago`). Without
/// a next header in reach the comment ends with its paragraph: what follows the thread's last
/// comment is the page's.
fn comment_rest(
    units: &[Unit],
    comment_at: usize,
    claimed: &[bool],
    in_a_thread: bool,
    is_header: impl Fn(usize) -> bool,
) -> Vec<usize> {
    const LONGEST_COMMENT: usize = 12;
    let reach = (comment_at + 1..units.len().min(comment_at + 1 + LONGEST_COMMENT))
        .take_while(|&k| !claimed[k] && line_at(units, k).is_some());
    let mut rest = Vec::new();
    let mut own_paragraph = true;
    for k in reach {
        // `Reply`, `Like · Reply · 3y`: the comment's footer ends it.
        if line_at(units, k).is_some_and(is_footer) {
            return rest;
        }
        // Lines over the next header in its paragraph are the widget's (`373` ⏎ `Install the
        // app to use these features.` ⏎ `Mute Achi`).
        if is_header(k) {
            let header_paragraph = paragraph_at(units, k);
            if header_paragraph != paragraph_at(units, comment_at) {
                rest.retain(|&line| paragraph_at(units, line) != header_paragraph);
            }
            return rest;
        }
        own_paragraph &= paragraph_at(units, k) == paragraph_at(units, comment_at);
        // A vote count (`373`) between comments is the widget's.
        let words = line_at(units, k).is_some_and(|line| line.contains(char::is_alphabetic));
        if words && (own_paragraph || in_a_thread) {
            rest.push(k);
        }
    }
    rest.retain(|&k| paragraph_at(units, k) == paragraph_at(units, comment_at));
    rest
}

/// A relative time alone on a line, as a comment section prints it under the name: `6 years
/// ago`, `an hour ago`.
fn is_time_ago(line: &str) -> bool {
    // Cheapest first: this is asked of every short line.
    line.ends_with(" ago")
        && line
            .split_whitespace()
            .all(|t| matches!(t, "a" | "an") || is_time_word(t))
}

/// `ANTON Tuesday, 13 March 2018 15:42`, `thula on 24/11/2015 07:14:48`: a comment widget's
/// header with the commenter and the time on one line, the day of the week or `on` between.
/// The commenter.
fn stamped_header(line: &str) -> Option<&str> {
    // Asked of every short line: the time ends it with a digit, or with `PM`, or the link to
    // the comment after the time (`David July 26, 2016 at 8:12 PM #`, as blogs print it).
    let line = line.trim();
    let (line, linked) = match line.strip_suffix(" #") {
        Some(bare) => (bare.trim_end(), true),
        None => (line, false),
    };
    let meridiem = line
        .get(line.len().saturating_sub(2)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("am") || end.eq_ignore_ascii_case("pm"));
    if !(line.ends_with(|c: char| c.is_ascii_digit()) || meridiem) {
        return None;
    }
    // `thula on 24/11/2015 07:14:48`, `Comment by Jane Wanjiru on March 5, 2019 at 3:42 pm`:
    // the commenter and the time, as a site's thread heads each comment; `on`, the link or a
    // list's number (`1. David July 26, 2016 at 8:12 PM`) tells a header from a dateline.
    let numbered = without_list_marker(line).len() < line.len();
    if let Some(author) = (linked || numbered || line.contains(" on "))
        .then(|| without_comment_time(line))
        .flatten()
        // (`• Dee Thursday, 25 November 2021 01:57 PM`: the day of the week, read below.)
        .filter(|author| !author.ends_with(','))
    {
        let commenter = commenter_of(without_list_marker(author).trim());
        if (1..=4).contains(&commenter.split_whitespace().count()) {
            return Some(commenter);
        }
    }
    let (head, time) = line.split_once(", ")?;
    let (commenter, weekday) = without_list_marker(head).rsplit_once(' ')?;
    let commenter = commenter.trim();
    (WEEKDAYS.contains(&weekday)
        && is_comment_time(time)
        && (1..=4).contains(&commenter.split_whitespace().count()))
    .then_some(commenter)
}

/// When a blog prints a comment was posted: `August 6, 2014 at 7:25 pm`, `6 August 2014 at
/// 19:25`, `December 16, 2011 - 06:06`, `03/05/2019`, `24/11/2015 07:14:48`.
static COMMENT_TIME: LazyLock<Regex> = LazyLock::new(|| {
    super::build(
        r"(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|\d{1,2}/\d{1,2}/\d{4})(?:,?(?: at| -| –| \|)? \d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)?$"
            .to_string(),
    )
});

/// Whether a line is only the time a blog printed a comment was posted. A day and a year are
/// five digits at least: counted first, they spare most lines the pattern.
pub(super) fn is_comment_time(line: &str) -> bool {
    let line = line.trim();
    line.bytes().filter(u8::is_ascii_digit).count() >= 5 && COMMENT_TIME.is_match(line)
}

/// A full name alone on a line and the comment on the next.
struct NameOverComment<'t> {
    name: &'t str,
    comment: &'t str,
    /// The two are lines of one paragraph.
    same_paragraph: bool,
}

fn name_over_comment_at<'t>(units: &[Unit<'t>], index: usize) -> Option<NameOverComment<'t>> {
    const LONGEST_NAME_LINE: usize = 60;
    let Some(Unit::Line { text: name, .. }) = units.get(index) else {
        return None;
    };
    // Two to four words, and a posting verb after them (`J Neal wrote` ⏎ comment), or a name
    // and where the reader lives (`JANE WANJIRU, Nakuru`, `Otieno (Kisumu)`), without counting
    // a long line's every word.
    // (`Tom Tito, via email`: how a letter reached the page signs the letter above it.)
    if name.len() > LONGEST_NAME_LINE || !name.contains(' ') || name.contains(", via ") {
        return None;
    }
    let name = match without_verb(name.trim()) {
        (who, Some(verb)) if vocabulary::is_posting_verb(verb) => who.trim_end(),
        _ => name.trim(),
    };
    // (`Mary Wanjiku – Kisumu`: or after a dash.)
    let town_after_dash = name
        .split_once(" – ")
        .or_else(|| name.split_once(" - "))
        .filter(|(_, town)| is_town(town.trim()));
    let (name, placed) = match (town_after_dash, name_and_town(name)) {
        (Some((name, _)), _) | (None, (name, true)) => (name.trim(), true),
        _ => match without_town_in_brackets(name) {
            Some(name) => (name, true),
            None => (name, false),
        },
    };
    let words = name.split_whitespace().count();
    // (`MARY WANJIKU` ⏎ `…`: a name in capitals, as SMS pages print a sender's.)
    let named = match placed {
        true => (1..=4).contains(&words) && signer_names_a_person(name),
        false => {
            (2..=4).contains(&words)
                && (names_a_person(name) || matches!(shouted_name(name), Some((None, Some(_)))))
        }
    };
    if !named {
        return None;
    }
    let Some(Unit::Line {
        text: comment,
        starts_paragraph,
        ..
    }) = units.get(index + 1)
    else {
        return None;
    };
    let comment_shaped = comment.split_whitespace().nth(2).is_some()
        && !comment.ends_with(':')
        && author_of(comment).is_none()
        && !super::is_lead_in(comment);
    comment_shaped.then_some(NameOverComment {
        name,
        comment,
        same_paragraph: !starts_paragraph,
    })
}

/// `Otieno Were (Kisumu)`: a name with the town in brackets after it, without the town.
fn without_town_in_brackets(line: &str) -> Option<&str> {
    let (name, town) = line.strip_suffix(')')?.rsplit_once(" (")?;
    is_town(town).then_some(name.trim_end())
}

/// Whether the line before `index` announces comments, or was taken by the run and `fits` it
/// (a comment of the run, or a signature under one).
fn follows_announcement_or(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    fits: impl Fn(&str) -> bool,
) -> bool {
    index
        .checked_sub(1)
        .is_some_and(|above| match units[above] {
            Unit::Line { text, .. } => super::is_lead_in(text) || (claimed[above] && fits(text)),
            Unit::Embed(_) => false,
        })
}

/// Whether `name` is a person's name as [`author_of`] reads one, not a handle or username.
pub(super) fn names_a_person(name: &str) -> bool {
    matches!(author_of(name), Some((None, Some(_))))
}

/// `robtreacher I now have incredibly sexy underwear.`, `AnnaGConnell Mum and are watching…`,
/// `iAlen Or maybe…`, `mojizzzle #KPLC should stand for…`: a line opening with a username
/// printed without its `@` (a lower-case word, capitalized words run together, or a lower-case
/// start with a capital inside), then a sentence or a tag.
fn opens_with_bare_username(line: &str) -> bool {
    let Some((first, rest)) = line.split_once(' ') else {
        return false;
    };
    let shaped = (4..=30).contains(&first.len())
        && first
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && first.bytes().any(|b| b.is_ascii_alphabetic());
    let lower = first.bytes().all(|b| !b.is_ascii_uppercase())
        && !vocabulary::FUNCTION_WORDS.contains(&first);
    let camel = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.bytes().any(|b| b.is_ascii_uppercase());
    let username = shaped && (lower || camel || crate::features::is_joined_username(first));
    let sentence = rest.trim_start().starts_with(|c: char| {
        c.is_uppercase() || OPENING_MARKS.contains(&c) || matches!(c, '…' | '#' | '@')
    });
    username && sentence
}

/// Whether other lines within a few of `index` open with a bare username too: a round-up of
/// posts copied as `username text`, one to a line (prose wrapped mid-sentence may open a line
/// with a lower-case word before a capital, but not line after line). One other under an
/// announcement of reactions; two others where nothing announced them.
fn in_a_run_of_bare_usernames(units: &[Unit], index: usize, announced: bool) -> bool {
    const REACH: usize = 3;
    let others = if announced { 1 } else { 2 };
    (index.saturating_sub(REACH)..(index + REACH + 1).min(units.len()))
        .filter(|&k| k != index)
        .filter_map(|k| line_at(units, k))
        .filter(|line| opens_with_bare_username(line))
        .nth(others - 1)
        .is_some()
}

/// `officialdebruce 😭😭 Imenipea stress tupu`: one lower-case word and emoji opening a line is
/// a username, as comment sections print it; prose never starts so.
fn is_lower_word_before_emoji(word: &str, rest: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().all(|c| c.is_lowercase() || c.is_ascii_digit())
        && rest.trim_start().starts_with(is_decoration)
}

/// A username as comment sections print them. `alone`: the word is its line, where one
/// lower-case word is enough; opening a line of prose it needs a digit, `_` or `.` inside.
pub(super) fn is_username(word: &str, alone: bool) -> bool {
    let word = word.trim();
    let length = word.chars().count();
    let shaped = (3..=30).contains(&length)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && word.chars().any(char::is_alphabetic)
        && !word.ends_with(['.', '-']);
    // `Newsbreak.ng`, `Pulse.com.gh`, `www.herald.co.zw`: a site's name, which prose opens
    // lines with and pages print between items.
    let www = word
        .get(..4)
        .is_some_and(|start| start.eq_ignore_ascii_case("www."));
    let domain = www
        || word.rsplit_once('.').is_some_and(|(_, suffix)| {
            matches!(
                suffix.to_ascii_lowercase().as_str(),
                "com"
                    | "net"
                    | "org"
                    | "ng"
                    | "gh"
                    | "ke"
                    | "za"
                    | "ug"
                    | "tz"
                    | "uk"
                    | "in"
                    | "my"
                    | "ph"
                    | "news"
                    | "tv"
                    | "co"
                    | "io"
                    | "info"
            )
        });
    // `1.President Mugabe has…`: a list's number glued to the item's first word.
    let numbered = word.split_once('.').is_some_and(|(number, rest)| {
        !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
            && rest.starts_with(char::is_uppercase)
    });
    if !shaped || domain || numbered {
        return false;
    }
    let marked = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .contains(|c: char| c.is_ascii_digit() || matches!(c, '_' | '.'));
    marked || (alone && word.chars().all(|c| c.is_lowercase()))
}

/// `Here are a few favourite reactions from Redditors.` ⏎ `I would be very curious to see…` ⏎
/// `Yeah, doctors put masks on…` ⏎ …: comments copied with neither quote marks nor authors
/// right under the announcement, as pages print posts whose embeds lost their markup. Only a
/// run of [`SHORTEST_ANONYMOUS_RUN`] paragraphs or more from `index`, the line after the
/// announcement, each bare of every mark another shape reads (a handle, a name, a signature,
/// an attribution), ending at the first that is not: the article going on.
pub(super) fn anonymous_run(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    let mut run: Vec<&str> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    let mut k = index;
    // `• …` ⏎ `• …` ⏎ `The Treasury has defended the levy.`: a list of bulleted comments ends
    // where the bullets do, and a list without them where one starts.
    let bulleted =
        |k: usize| line_at(units, k).is_some_and(|line| line.trim_start().starts_with(BULLETS));
    let first_bulleted = bulleted(index);
    loop {
        // `TV miracle` ⏎ `Wow, we actually watched…` ⏎ `Racial woes` ⏎ …: in a column of
        // readers' calls, the desk's title over each message is no part of the run, and does
        // not end it.
        let titled = context.call_in_page
            && !run.is_empty()
            && line_at(units, k).is_some_and(|line| !claimed[k] && is_title(line));
        let under_title = titled
            .then(|| bare_comment(units, k + 1, claimed, context, false))
            .flatten();
        if under_title.is_some() {
            taken.push(k);
            k += 1;
        }
        // A line of the same paragraph as the run's last comment is another comment, however
        // calm its sentences: the article's prose would open a paragraph of its own.
        let goes_on_a_paragraph = !run.is_empty()
            && matches!(
                units.get(k),
                Some(Unit::Line {
                    starts_paragraph: false,
                    ..
                })
            );
        let Some(text) =
            under_title.or_else(|| bare_comment(units, k, claimed, context, goes_on_a_paragraph))
        else {
            break;
        };
        if bulleted(k) != first_bulleted {
            break;
        }
        run.push(text);
        taken.push(k);
        k += 1;
        // `— 0722 123 456`, `SMS from 0722 123 456`: the number an SMS page signs a reader's
        // message with is the message's furniture, and the reader stays anonymous.
        if line_at(units, k).is_some_and(is_phone_signature) && !claimed[k] {
            taken.push(k);
            k += 1;
        }
    }
    if run.len() < SHORTEST_ANONYMOUS_RUN {
        return None;
    }
    Some(InLine {
        found: run
            .iter()
            .map(|text| {
                match context
                    .call_in_page
                    .then(|| signed_at_the_end(text))
                    .flatten()
                {
                    Some((message, sender)) => {
                        letter_by(Some(sender.to_string()), message.to_string(), context)
                    }
                    None => anonymous_comment(text.to_string(), Form::RoundUp, context),
                }
            })
            .collect(),
        // The run's first unit is the one it was read at.
        units: taken.into_iter().skip(1).collect(),
    })
}

/// `…` ⏎ `Mpenda ukweli na uwazi` ⏎ `0784 478 462`: a message signed on the line below with
/// the name its reader chose (a pseudonym, as Swahili SMS columns print them: "lover of truth
/// and openness"), and a town after a comma, over the number it came from. The number signs
/// it as only a reader's message is, whatever the name's shape.
fn signed_over_number(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    const MOST_NAME_WORDS: usize = 6;
    let (signature, number) = (index + 1, index + 2);
    let comment = line_at(units, index)?;
    let signed = line_at(units, signature)?;
    if claimed[signature]
        || claimed.get(number) != Some(&false)
        || !line_at(units, number).is_some_and(is_phone_signature)
        || !super::ends_a_sentence(comment)
        || comment.split_whitespace().nth(2).is_none()
        || signed.len() > LONGEST_AUTHOR_LINE
        || !signed.starts_with(char::is_uppercase)
        || super::ends_a_sentence(signed)
    {
        return None;
    }
    let name = signed.split(',').next()?.trim();
    if name.split_whitespace().count() > MOST_NAME_WORDS {
        return None;
    }
    Some(InLine {
        found: vec![letter_by(
            Some(name.to_string()),
            comment.trim().to_string(),
            context,
        )],
        units: vec![signature, number],
    })
}

/// The marks a list of comments may open each item with.
const BULLETS: [char; 5] = ['•', '●', '▪', '◦', '*'];

/// `TV miracle`, `You’re OK, but ...`: a few words with no sentence's end, as a desk titles a
/// reader's message.
pub(super) fn is_title(line: &str) -> bool {
    const MOST_TITLE_WORDS: usize = 6;
    line.split_whitespace().count() <= MOST_TITLE_WORDS
        && !super::ends_a_sentence(line)
        && !line.ends_with(':')
}

/// `…It’s better to arrive a little late than be dead on time. MB`, `…That’s the way to clean
/// up crime. Barney`, `…I just don’t get it. Bruce Cramond, Tweed Shire, NSW`: a reader's
/// text with the sender's initials or name after its last sentence (and where they live,
/// after a comma), as columns of readers' texts sign them. The message and the sender.
fn signed_at_the_end(text: &str) -> Option<(&str, &str)> {
    const LONGEST_SIGNATURE: usize = 50;
    const MOST_NAME_WORDS: usize = 3;
    if super::ends_a_sentence(text) {
        return None;
    }
    let (end, _) = text
        .rmatch_indices(['.', '!', '?'])
        .find(|(at, _)| text[at + 1..].starts_with(' '))?;
    let signature = text[end + 1..].trim();
    let sender = signature.split(',').next()?.trim();
    let words = sender.split_whitespace();
    let signs = signature.len() <= LONGEST_SIGNATURE
        && !signature.contains(|c: char| c.is_ascii_digit())
        && (1..=MOST_NAME_WORDS).contains(&words.clone().count())
        && words.clone().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '\'')
        });
    signs.then(|| (text[..=end].trim_end(), sender))
}

/// One comment of an anonymous run, bare or numbered.
fn anonymous_comment(raw_text: String, form: Form, context: &Context) -> Found {
    Found {
        form,
        platform: context.platform.unwrap_or_default(),
        raw_text,
        cues: context.cues_with([(true, Cue::RoundUp)]),
        ..Found::default()
    }
}

/// `— 0722 123 456`, `SMS from 0722 123 456`, `0803xxx4567`: a phone number alone, as SMS
/// pages sign their readers' messages.
fn is_phone_signature(line: &str) -> bool {
    const LONGEST: usize = 40;
    if line.len() > LONGEST {
        return false;
    }
    let number = line.trim_start_matches(['—', '–', '-', '~', ' ']);
    let number = ["SMS from ", "Text from ", "Sent from ", "From "]
        .iter()
        .find_map(|label| number.strip_prefix(label))
        .unwrap_or(number);
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let masked = number
        .chars()
        .filter(|c| matches!(c, 'x' | 'X' | '*'))
        .count();
    digits >= 3
        && digits + masked >= 7
        && number.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')' | 'x' | 'X' | '*')
        })
}

/// `1. For real, her fans are dishonoring our country` ⏎ `2. This is a shame for the fans…`:
/// comments numbered from 1, as sites translating netizens' comments print them and as a blog's
/// comment section copies without its names, with neither quote marks nor authors. Under the
/// count of a page's comments ([`counts_comments`]), any such list is its comment section.
/// Otherwise only under an article about readers (announced, or its headline) or indented as a
/// page's list is copied (a comment section is one), a run of [`SHORTEST_ANONYMOUS_RUN`]
/// comments or more counted without a gap, each a paragraph of its own that no other shape
/// reads: a numbered list of the article's own points stops at its first heading, attribution
/// or quote. A comment may run on over lines of its paragraph, and have replies under it
/// before the next comment's number: numbered afresh from 1, or, in an indented list, indented
/// and not numbered.
pub(super) fn numbered_run(
    units: &[Unit],
    index: usize,
    claimed: &[bool],
    context: &Context,
) -> Option<InLine> {
    // Cheapest first: this runs on most lines, which open with no number.
    if !matches!(units[index], Unit::Line { text, .. } if text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // Each comment's units and words, and how many of them the last number closed.
    let mut run: Vec<(Vec<usize>, String)> = Vec::new();
    let mut numbered_up_to = 0;
    let mut replies = Vec::new();
    let (mut next_comment, mut next_reply) = (1, None);
    let mut k = index;
    while let Some(Unit::Line {
        text,
        starts_paragraph: true,
        indented,
        ..
    }) = units.get(k)
    {
        // A reply's number first: `2.` after a reply `1.` is the next reply's.
        let number = next_reply
            .into_iter()
            .chain([next_comment, 1])
            .find_map(|number| numbered_item(text, number).map(|words| (number, words)));
        let (words, reply) = match number {
            Some((number, words)) if number == next_comment && Some(number) != next_reply => {
                (next_comment, next_reply) = (number + 1, None);
                (words, false)
            }
            // A reply under the first comment numbered afresh.
            Some((number, words)) if !run.is_empty() => {
                next_reply = Some(number + 1);
                (words, true)
            }
            // Unnumbered, a paragraph between numbered ones is a reply only indented as the
            // list is: otherwise it is as often a listicle's point under its heading (`1. When
            // these fans changed a tyre` ⏎ `In full rig-outs, no less.`).
            None if *indented && !run.is_empty() => (*text, true),
            _ => break,
        };
        let lines = (k + 1..units.len())
            .take_while(|&line| {
                matches!(
                    units[line],
                    Unit::Line {
                        starts_paragraph: false,
                        ..
                    }
                )
            })
            .count();
        let comment_units: Vec<usize> = (k..=k + lines).collect();
        let mut comment = words.to_string();
        for &line in &comment_units[1..] {
            comment.push('\n');
            comment.push_str(line_at(units, line).unwrap_or_default());
        }
        let bare = comment_units.iter().all(|&unit| !claimed[unit])
            && comment.len() <= LONGEST_NUMBERED_COMMENT
            && is_comment(&comment)
            && !comment.starts_with(OPENING_MARKS)
            && !comment.contains('@')
            && !super::attribution_shape(&comment)
            && author_before_colon(words, context).is_none();
        if !bare {
            break;
        }
        if reply {
            replies.push(run.len());
        }
        run.push((comment_units, comment));
        if number.is_some() {
            numbered_up_to = run.len();
        }
        k += lines + 1;
    }
    // An indented paragraph after the last number may be the page's again.
    run.truncate(numbered_up_to);
    // (`6 Comments` ⏎ `1. I’m sorry, but…`: under the count of a page's comments, the list is
    // its comment section, however short.)
    let counted = context.comments_counted_in_headline
        || index
            .checked_sub(1)
            .and_then(|above| line_at(units, above))
            .is_some_and(counts_comments);
    // Replies between the comments make a comment section of the list, whose structure, as a
    // thread's times do, keeps its comments without the decision.
    let threaded = counted || replies.iter().any(|&reply| reply < run.len());
    // A list copied indented is a page's list, its comment section's when nothing else reads
    // its items.
    let indented = || {
        run.iter()
            .any(|(units_of, _)| matches!(units[units_of[0]], Unit::Line { indented: true, .. }))
    };
    let about_readers =
        || context.in_reactions || context.reactions_seen || context.readers_headline || indented();
    let long_enough = run.len() >= SHORTEST_ANONYMOUS_RUN && next_comment > 2;
    if run.is_empty() || !(counted || (long_enough && about_readers())) {
        return None;
    }
    let form = match threaded {
        true => Form::Signature,
        false => Form::RoundUp,
    };
    let found = run
        .iter()
        .map(|(_, comment)| anonymous_comment(comment.clone(), form, context))
        .collect();
    Some(InLine {
        found,
        units: run
            .into_iter()
            .flat_map(|(units, _)| units)
            .skip(1)
            .collect(),
    })
}

/// `6 Comments`, `1 Comment`, `31 Responses`, `79 Responses to “…”`: the count a page prints
/// over its comment section.
pub(super) fn counts_comments(line: &str) -> bool {
    let Some((count, rest)) = line.trim().split_once(' ') else {
        return false;
    };
    let noun = rest.split(' ').next().unwrap_or_default();
    !count.is_empty()
        && count.len() <= 5
        && count.chars().all(|c| c.is_ascii_digit())
        && matches!(
            noun,
            "Comment" | "Comments" | "comments" | "Responses" | "Response" | "Replies"
        )
}

/// The words of `line` after its item number when that number is `number` (`3. I feel
/// ashamed`, `3) …`).
fn numbered_item(line: &str, number: usize) -> Option<&str> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || line[..digits].parse::<usize>().ok()? != number {
        return None;
    }
    let item = line[digits..].strip_prefix(['.', ')'])?;
    item.starts_with(' ').then(|| item.trim())
}

/// A picture's credit, which captions print (`Image: Oupa Bopape`, `(Credit: ITV)`).
const CREDITS: &[&str] = &["Image:", "Photo:", "Source:", "Credit:", "Credits:"];

/// Words with which an article tells of the posts it quotes, which the posts themselves
/// seldom use.
const ABOUT_POSTS: &[&str] = &[
    "reactions",
    "comments",
    "tweets",
    "replies",
    "users",
    "netizens",
    "followers",
    "posts",
    "commenters",
    "viewers",
    "tweeted",
    "commented",
];

/// Words of someone writing as themselves or to someone.
const PERSONAL_WORDS: &[&str] = &[
    "i", "me", "my", "mine", "we", "us", "our", "you", "your", "u", "im", "i'm", "i’m", "lol",
];

/// Fewer bare paragraphs under an announcement are as often the article's own.
const SHORTEST_ANONYMOUS_RUN: usize = 3;

/// Bytes of the longest paragraph an anonymous run takes.
const LONGEST_BARE_COMMENT: usize = 600;

/// Bytes of the longest numbered comment, which may run on over lines of its own.
const LONGEST_NUMBERED_COMMENT: usize = 1500;

/// The paragraph at `k` when it could only be a comment printed bare: words and nothing another
/// shape reads, and no signature on the line after it.
fn bare_comment<'t>(
    units: &[Unit<'t>],
    k: usize,
    claimed: &[bool],
    context: &Context,
    in_a_comments_paragraph: bool,
) -> Option<&'t str> {
    let Some(Unit::Line { text, .. }) = units.get(k) else {
        return None;
    };
    // `•Well we already have an influx…`: a bullet says the paragraph is an item of a list,
    // as the others are, whatever its sentences read like; it is no part of the comment.
    let unbulleted = text.trim().trim_start_matches(BULLETS);
    let bulleted = unbulleted.len() < text.trim().len();
    let text = unbulleted.trim_start();
    // A quote inside the paragraph is someone quoted by the article (a quoted paragraph
    // whole is a comment).
    let quotes_inside = super::quoted::spans(text)
        .iter()
        .any(|span| span.start != 0 || span.end < text.len());
    let words: Vec<&str> = text.split_whitespace().collect();
    let lowered: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    // `Elsewhere on Ventures`, `THE SUN YANG SCANDAL`: a heading or the page's furniture.
    // (`Donald Trump is the new Mussolini.`: in a column of readers' calls, a short sentence
    // of names is a message.)
    let heading = words.iter().all(|w| {
        w.chars().count() < 4 || w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
    }) && !(context.call_in_page && super::ends_a_sentence(text));
    // `There are still thousands of tweets flooding…`: the article telling of the posts.
    let tells_of_posts = lowered.iter().any(|w| ABOUT_POSTS.contains(&w.as_str()));
    // `The Treasury has defended the levy. It says…`: sentences in the third person, calm, are
    // the article going on; readers write to someone, about themselves, or with feeling.
    let sentences = text.matches(['.', '!', '?']).count();
    let personal = lowered.iter().any(|w| PERSONAL_WORDS.contains(&w.as_str()))
        || text.contains(['!', '?', '#'])
        || text.chars().any(|c| c as u32 >= 0x1F300);
    // `Ironic. But … Sorry but its true.Crab mentality. Pride.`: fragments of a word or three
    // are how people type, not how articles narrate.
    let fragments = words.len() < 4 * sentences;
    let narrates = sentences >= 2 && !personal && !fragments;
    // A post's signature on this line or a few lines down takes the lines above it as its
    // text.
    let signature_near = units[k..units.len().min(k + 4)].iter().any(|unit| {
        matches!(unit, Unit::Line { text, .. } if super::is_signed_post(text) || super::ends_a_post(text))
    });
    let bare = !claimed[k]
        // (A column of readers' texts prints longer ones whole, signed at their end.)
        && (12..=if context.call_in_page { LONGEST_NUMBERED_COMMENT } else { LONGEST_BARE_COMMENT })
            .contains(&text.len())
        && words.len() >= 3
        && !heading
        // (`Re: Tears for Katsina…`: the story a letter answers heads it.)
        && !opens_with_re(text)
        && !tells_of_posts
        // (A column of readers' calls prints nothing but them, calm ones too.)
        && (!narrates || bulleted || in_a_comments_paragraph || context.call_in_page)
        && !opens_with_label(text)
        && (!signature_near || context.call_in_page)
        // (A reader's call may quote what it answers, from its first word on.)
        && (is_comment(text) || (context.call_in_page && quotes_inside))
        && (!quotes_inside || context.call_in_page)
        && !text.contains('@')
        && !text.contains("u/")
        && !CREDITS.iter().any(|credit| text.contains(credit))
        && !super::attribution_shape(text)
        && !super::is_lead_in(text)
        && !super::is_bare_link(text)
        && author_of(text).is_none()
        && author_before_colon(text, context).is_none()
        && author_after(text, context).is_none();
    let signed_below = match units.get(k + 1) {
        Some(Unit::Line { text: next, .. }) => {
            let next = next.trim();
            // `Obsever, Bulawayo.`: a name and a town sign the paragraph above too.

            next.len() <= LONGEST_AUTHOR_LINE
                && (next.starts_with(['—', '–', '-', '~'])
                    || author_of(next).is_some()
                    || is_name_and_town_signature(next.trim_end_matches('.')))
                && !is_phone_signature(next)
        }
        _ => false,
    };
    // (`Don Il Duce` ⏎ `Donald Trump is the new Mussolini.`: in a column of readers' calls, a
    // name-like line over another message is the desk's title for that one, not a signature.)
    // (A name with its town, `Tendai, Harare`, signs the message above it.)
    let titles_the_next = context.call_in_page
        && line_at(units, k + 1).is_some_and(|title| is_title(title) && !title.contains(','))
        && line_at(units, k + 2).is_some_and(|next| {
            is_comment(next)
                && super::ends_a_sentence(next)
                && next.split_whitespace().nth(3).is_some()
        });
    (bare && (!signed_below || titles_the_next)).then_some(text)
}

/// `Editor's note: Syndicated columns are not available online…`: a label before a colon opens
/// the desk's words.
fn opens_with_label(text: &str) -> bool {
    text.split_once(':').is_some_and(|(head, _)| {
        let head = head.trim().replace('’', "'").to_lowercase();
        LABELS.contains(&head.as_str())
    })
}

/// A comment's text: some words, and not a lead-in, a heading or a quote (those are other
/// shapes' to read).
pub(super) fn is_comment(text: &str) -> bool {
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
        for not_one in [
            "Meanwhile",
            "However,",
            "3.5",
            "a",
            "kamau_254.",
            "word",
            "Newsbreak.ng",
        ] {
            assert!(!is_username(not_one, false), "{not_one}");
        }
        assert!(!is_username("Meanwhile", true));
    }
}
