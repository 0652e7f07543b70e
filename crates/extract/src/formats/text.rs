//! Plain-text and Markdown articles, as a reader would copy them from a page.
//!
//! The first paragraph is the headline (or a Markdown `# ` heading, or a front-matter
//! `title:`). Copied articles separate paragraphs in one of two ways, and both are read:
//!
//! - by blank lines: a paragraph's lines are kept as lines (a post's line breaks, an
//!   attribution above its quote);
//! - by single newlines, as text copied from a page very often is: every line is then a
//!   paragraph of its own.
//!
//! Only text hard-wrapped at a fixed width (lines cut mid-sentence) has its lines joined into
//! paragraphs, which end where a line stops short of the width after a sentence's end.
//! A YAML-style front matter (`---` … `---`) may give `title`, `date` and `url`, and a
//! `Published: …` line near the top gives the date.

use crate::dates::DateReader;
use crate::document::{Block, Document};

use super::ArticleFormat;

pub struct Text;

impl ArticleFormat for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "md", "markdown", "text"]
    }

    fn sniff(&self, _content: &str) -> bool {
        true
    }

    fn parse(&self, content: &str) -> Document {
        let mut document = Document::default();
        let body = front_matter(content, &mut document);

        let mut paragraphs: Vec<String> = Vec::new();
        for block in segment(body) {
            paragraphs.extend(block);
        }
        let paragraphs = with_signatures_rejoined(paragraphs);

        let mut paragraphs = paragraphs.into_iter().peekable();
        if document.title.is_none() {
            if let Some(first) = paragraphs.next() {
                let title = first.replace('\n', " ");
                if opens_the_body(&title) {
                    document.blocks.push(Block::Paragraph(first));
                }
                document.title = Some(title);
            }
        }
        for (k, paragraph) in paragraphs.enumerate() {
            if k < 4 && document.published_at.is_none() {
                if let Some(date) = dateline(&paragraph, &document.dates) {
                    document.published_at = Some(date);
                    continue;
                }
            }
            document.blocks.push(Block::Paragraph(paragraph));
        }
        document
    }
}

/// A line a page's advertising leaves in a copy of its text (`Advertisement 2`, `Story
/// continues below`, `Article content`), dropped so that it neither ends a letter nor splits a
/// quote from its attribution.
fn is_ad_furniture(line: &str) -> bool {
    const FURNITURE: &[&str] = &[
        "advertisement",
        "story continues below",
        "story continues below advertisement",
        "article content",
        "continue reading below",
        "scroll to continue with content",
    ];
    // Cheapest first: this runs on every line.
    if line.len() > 40 || !line.starts_with(['A', 'a', 'S', 's', 'C', 'c']) {
        return false;
    }
    let bare = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    FURNITURE
        .iter()
        .any(|furniture| furniture.eq_ignore_ascii_case(bare))
}

/// A post's signature wrapped onto a second line as a narrow page copies it (`…pic.twitter.com/x
/// — Chef Marcus` ⏎ `(@MarcusTucker_) February 25, 2020`), put back on one line, whether the
/// copy made the two lines of one paragraph or two paragraphs.
fn with_signatures_rejoined(paragraphs: Vec<String>) -> Vec<String> {
    // Most copies have no line that opens with a handle in parentheses: no copy is made.
    let wrapped = |p: &String| {
        p.starts_with("(@") || memchr::memchr(b'(', p.as_bytes()).is_some() && p.contains("\n(@")
    };
    if !paragraphs.iter().any(wrapped) {
        return paragraphs;
    }
    let mut rejoined: Vec<String> = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let mut lines = paragraph.split('\n');
        let mut current = lines.next().unwrap_or_default().to_string();
        for line in lines {
            match wraps_a_signature(&current, line) {
                true => current.push(' '),
                false => current.push('\n'),
            }
            current.push_str(line);
        }
        match rejoined.last_mut() {
            Some(last) if wraps_a_signature(last.rsplit('\n').next().unwrap_or(last), &current) => {
                last.push(' ');
                last.push_str(&current);
            }
            _ => rejoined.push(current),
        }
    }
    rejoined
}

/// Whether `next` is the rest of a signature `line` ends with: `line` ends in a dash and a name
/// (`— Chef Marcus`, `— M O K G A D I`) and `next` is the handle and the date alone.
fn wraps_a_signature(line: &str, next: &str) -> bool {
    const LONGEST_REST: usize = 60;
    let Some(handle_end) = next.strip_prefix("(@").and_then(|rest| rest.find(')')) else {
        return false;
    };
    let handle = &next[2..2 + handle_end];
    let named = line.rfind(['—', '–']).is_some_and(|dash| {
        let name = line[dash..].trim_start_matches(['—', '–']).trim();
        !name.is_empty()
            && name.split_whitespace().count() <= 8
            && !name.ends_with(['.', '!', '?', ':', ','])
    });
    named
        && next.len() <= LONGEST_REST
        && !handle.is_empty()
        && handle.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Whether the first paragraph, taken as the headline, is the article's first paragraph as
/// well: a copy that starts below the headline opens with a sentence (`Nigerians on social
/// media have reacted to …`, `Comments from readers:`, a quote's `.”`), which a headline
/// seldom ends as, or runs longer than a headline does, or a list's first item (`• Terwase`,
/// `1. Wow. SA President…`: a comment section copied without its article), which no headline
/// opens with. Read as both, the page's metadata keeps its title and the announcement or quote
/// it holds is read where the body starts.
fn opens_the_body(first: &str) -> bool {
    let first = first.trim_end();
    first.chars().count() > LONGEST_HEADLINE
        || opens_a_list_item(first)
        || is_a_name_alone(first)
        || first
            .trim_end_matches(['”', '"', '’', '\'', '»'])
            .ends_with([':', '.'])
}

/// `Raymond Komis Girana`: a name alone, two to four capitalized words and nothing else, as a
/// comment section copied without its article opens with its first commenter's name. No
/// headline is a name alone but a profile's, which reads the same as the body's first line.
fn is_a_name_alone(first: &str) -> bool {
    const LONGEST_NAME: usize = 40;
    let words = first.split_whitespace().count();
    first.len() <= LONGEST_NAME
        && (2..=4).contains(&words)
        && first.split_whitespace().all(|word| {
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// Characters of the longest headline: a first paragraph longer than this is body text.
const LONGEST_HEADLINE: usize = 150;

/// The paragraphs of a body, block by block (a block is a run of lines between blank lines).
fn segment(body: &str) -> Vec<Vec<String>> {
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    // `  1. Who can afford…` ⏎ `    You were told…` ⏎ `    Madala ngat…`: a list copied from
    // a page keeps its indentation, from its first indented numbered item to the first line
    // not indented, which tells a comment section's list and its replies from an article's
    // points.
    let mut in_indented_list = false;
    for line in crate::document::lines(body) {
        let unindented = line.trim_start();
        let indented = unindented.len() + 2 <= line.len();
        in_indented_list = match (indented, unindented.is_empty()) {
            (true, _) => in_indented_list || opens_a_numbered_item(unindented),
            (false, blank) => in_indented_list && blank,
        };
        let (line, unindented) = match indented && in_indented_list {
            true => (line.trim_end(), unindented.trim_end()),
            false => {
                let line = markdown_line(unindented.trim_end());
                (line, line)
            }
        };
        if is_ad_furniture(unindented) {
            continue;
        }
        if !line.is_empty() {
            block.push(line);
        } else if !block.is_empty() {
            blocks.push(std::mem::take(&mut block));
        }
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    let lines: usize = blocks.iter().map(Vec::len).sum();
    // Blank lines that separate paragraphs leave blocks of a line or two; a page copied with
    // single newlines leaves a few long blocks, whose lines are its paragraphs.
    let single_newlines = lines >= 3 * blocks.len().max(1);
    blocks
        .into_iter()
        .map(|block| {
            if is_hard_wrapped(&block) {
                unwrap(&block)
            } else if single_newlines {
                lines_as_paragraphs(&block)
            } else {
                // `…on social media at the weekend:` ⏎ `Susan Rice (@AmbassadorRice) tweeted: …`:
                // a sentence ending in a colon introduces the next line, which is a paragraph of
                // its own (a name's label, `richiemathu:`, stays over its comment).
                block
                    .split_inclusive(|line| {
                        line.trim_end().ends_with(':') && line.split_whitespace().count() >= 6
                    })
                    .map(|lines| lines.join("\n"))
                    .collect()
            }
        })
        .collect()
}

/// A block copied with single newlines, a paragraph a line; but the lines an indented list's
/// item runs on over (indented, not numbered) stay the item's.
fn lines_as_paragraphs(block: &[&str]) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::with_capacity(block.len());
    let mut in_item = false;
    for line in block {
        // Only an indented list keeps its lines' indentation (see `segment`).
        let indented = line.starts_with(' ');
        let item = indented && opens_a_numbered_item(line.trim_start());
        match paragraphs.last_mut() {
            Some(last) if in_item && indented && !item => {
                last.push('\n');
                last.push_str(line);
            }
            _ => {
                paragraphs.push(line.to_string());
                in_item = item;
            }
        }
    }
    paragraphs
}

/// Lines of at most this many characters may be a fixed-width wrap.
const WIDEST_WRAP: usize = 100;

/// Narrower lines are a comment's header, its time and a short comment (`Jane Wanjiru says:` ⏎
/// `March 5, 2019 at 3:42 pm` ⏎ `…`), not a wrap: text is wrapped at 60 to 80 characters.
const NARROWEST_WRAP: usize = 45;

/// Whether a block's lines were cut at a fixed width: most lines fill the width and stop
/// mid-sentence. Copied paragraphs, tweets and comment lists vary in length or end sentences.
fn is_hard_wrapped(block: &[&str]) -> bool {
    if block.len() < 3 {
        return false;
    }
    // A list's items each open with their marker; a wrap's lines open mid-sentence.
    let items = block.iter().filter(|line| opens_a_list_item(line)).count();
    if items * 2 >= block.len() {
        return false;
    }
    let width = block.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    if !(NARROWEST_WRAP..=WIDEST_WRAP).contains(&width) {
        return false;
    }
    let inner = &block[..block.len() - 1];
    // A wrapped line stops short of the width only where its sentence ends; a short line
    // mid-sentence (`@otis_o` over its post) is a line of its own.
    if inner
        .iter()
        .any(|line| line.chars().count() * 2 < width && !ends_sentence(line))
    {
        return false;
    }
    let cut = inner
        .iter()
        .filter(|line| line.chars().count() + 15 >= width && !ends_sentence(line))
        .count();
    cut * 2 >= inner.len()
}

/// A bullet (`- `, `• `, `* `) or a number (`1. `, `2) `) opening the line.
fn opens_a_list_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['-', '–', '•', '*', '·']) {
        return line.chars().nth(1).is_some_and(char::is_whitespace);
    }
    opens_a_numbered_item(line)
}

/// `3. …`, `12) …`.
fn opens_a_numbered_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..].starts_with(char::is_whitespace)
}

/// The paragraphs of a hard-wrapped block: lines joined with spaces, a paragraph ending where a
/// line ends a sentence well short of the width.
fn unwrap(block: &[&str]) -> Vec<String> {
    let width = block.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut paragraphs = Vec::new();
    let mut paragraph = String::new();
    for line in block {
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
        if ends_sentence(line) && line.chars().count() * 4 < width * 3 {
            paragraphs.push(std::mem::take(&mut paragraph));
        }
    }
    if !paragraph.is_empty() {
        paragraphs.push(paragraph);
    }
    paragraphs
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')'])
}

/// Reads a leading `---` block of `key: value` lines; returns the rest of the content.
fn front_matter<'c>(content: &'c str, document: &mut Document) -> &'c str {
    let content = content.trim_start_matches('\u{feff}');
    let Some(after_open) = content
        .strip_prefix("---\n")
        .or_else(|| content.strip_prefix("---\r\n"))
    else {
        return content;
    };
    let Some(close) = after_open.find("\n---") else {
        return content;
    };
    for line in after_open[..close].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => document.title = Some(value),
            "date" | "published" | "published_at" => {
                document.published_at = document.dates.normalize(&value)
            }
            "url" | "canonical" | "canonical_url" => document.canonical_url = Some(value),
            "lang" | "language" => document.lang = Some(value),
            _ => {}
        }
    }
    let rest = &after_open[close + 4..];
    rest.strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
        .unwrap_or(rest)
}

/// Drops Markdown's heading and block-quote markers, which are layout, not text.
fn markdown_line(line: &str) -> &str {
    let unheaded = line.trim_start_matches('#');
    let line = if unheaded.len() < line.len() && unheaded.starts_with(' ') {
        unheaded.trim_start()
    } else {
        line
    };
    match line.strip_prefix('>') {
        Some(quoted) if quoted.is_empty() || quoted.starts_with(' ') => quoted.trim_start(),
        _ => line,
    }
}

/// `Published: 3 March 2021`, `Date: 2021-03-03`, `Updated …` on its own line.
fn dateline(paragraph: &str, dates: &DateReader) -> Option<String> {
    if paragraph.contains('\n') {
        return None;
    }
    let (label, value) = paragraph.split_once(':')?;
    let label = label.trim().to_ascii_lowercase();
    if matches!(
        label.as_str(),
        "published" | "date" | "posted" | "published on" | "posted on"
    ) {
        dates.normalize(value)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(content: &str) -> (Option<String>, Vec<String>) {
        let document = Text.parse(content);
        let texts = document.blocks.iter().map(|b| b.text().to_string());
        (document.title, texts.collect())
    }

    #[test]
    fn single_newlines_separate_paragraphs_as_copied_pages_print_them() {
        let (title, body) = paragraphs(
            "Fans react to the final\nThe match ended late.\nRead some comments below:\n\
             @wanjiku_k said:\n“What a night for Kenya.”\n",
        );
        assert_eq!(title.as_deref(), Some("Fans react to the final"));
        assert_eq!(
            body,
            [
                "The match ended late.",
                "Read some comments below:",
                "@wanjiku_k said:",
                "“What a night for Kenya.”"
            ]
        );
    }

    #[test]
    fn a_first_paragraph_that_reads_as_body_is_the_title_and_the_first_paragraph() {
        let (title, body) = paragraphs("Comments from readers:\n\nThe buses are late again.\n");
        assert_eq!(title.as_deref(), Some("Comments from readers:"));
        assert_eq!(
            body,
            ["Comments from readers:", "The buses are late again."]
        );
        let (title, body) = paragraphs("Fans react to the final\n\nThe match ended late.\n");
        assert_eq!(title.as_deref(), Some("Fans react to the final"));
        assert_eq!(body, ["The match ended late."]);
    }

    #[test]
    fn a_copy_opening_with_a_list_item_opens_with_its_body() {
        let (_, body) = paragraphs("• Terwase\n\n    Corruption failed us.\n\n  • abbas\n");
        assert_eq!(body[0], "• Terwase");
        let (_, body) = paragraphs("1. Wow. What a speech\n\n2. Indeed\n");
        assert_eq!(body[0], "1. Wow. What a speech");
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_keep_their_lines() {
        let (title, body) = paragraphs(
            "Fans react\n\nThe match ended late.\n\nMe: I can't.\nAlso me: IMPEACH\n\nThe end.\n",
        );
        assert_eq!(title.as_deref(), Some("Fans react"));
        assert_eq!(
            body,
            [
                "The match ended late.",
                "Me: I can't.\nAlso me: IMPEACH",
                "The end."
            ]
        );
    }

    #[test]
    fn a_line_ending_in_a_colon_ends_its_paragraph() {
        let (_, body) = paragraphs(
            "Fans react\n\nThe final was the talk of social media:\n\
             Coach Ann Mwangi (@annmwangi) tweeted: What a night.\n\
             Singer Ben Otieno (@benotieno) said: Proud of them.\n\nThe end.\n",
        );
        assert_eq!(
            body,
            [
                "The final was the talk of social media:",
                "Coach Ann Mwangi (@annmwangi) tweeted: What a night.\n\
                 Singer Ben Otieno (@benotieno) said: Proud of them.",
                "The end."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined_into_their_paragraphs() {
        let (_, body) = paragraphs(
            "Headline\n\n\
             The council met on Tuesday to discuss the plan for the new bus\n\
             station, which residents have opposed for more than two years\n\
             because of the noise and the traffic it would bring.\n\
             Nobody came.\n\
             A second paragraph begins here and runs on past the width of the\n\
             wrap so that it has to be cut in the middle of the sentence too.\n",
        );
        assert_eq!(
            body,
            [
                "The council met on Tuesday to discuss the plan for the new bus station, which \
                 residents have opposed for more than two years because of the noise and the \
                 traffic it would bring. Nobody came.",
                "A second paragraph begins here and runs on past the width of the wrap so that \
                 it has to be cut in the middle of the sentence too."
            ]
        );
    }

    #[test]
    fn a_comment_list_of_short_lines_is_not_mistaken_for_a_wrap() {
        let (_, body) = paragraphs(
            "Headline\n\nrichiemathu:\n“Tell him also to count flour.”\nphil.arts:\n“So this is where we are?”\n",
        );
        assert_eq!(body.len(), 1, "{body:?}");
        assert_eq!(body[0].lines().count(), 4, "{body:?}");
    }

    #[test]
    fn a_handle_over_its_post_and_its_time_is_not_a_wrap() {
        let (_, body) = paragraphs(
            "Headline\n\n@otis_o\nPrices of unga will go up again\n10:02 PM · 4 Mar 2024 · 1.2K Views\n",
        );
        assert_eq!(body.len(), 1, "{body:?}");
        assert_eq!(body[0].lines().count(), 3, "{body:?}");
    }
}
