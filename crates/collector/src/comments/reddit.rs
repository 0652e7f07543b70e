//! Reddit, as its API serves threads and as researchers dump comments:
//!
//! - a thread's `.json`: an array of two listings, the submission (`t3`) then its comments
//!   (`t1`), each with a nested `replies` listing (or `""`) and `more` stubs for what was
//!   not loaded;
//! - a bare listing (`{"kind": "Listing", …}`), such as a user's or a subreddit's comments,
//!   whose comments name their submission in `link_id`, `link_title` and `link_permalink`;
//! - JSON Lines dumps, one comment per line (`body`, `author`, `created_utc`, `link_id`,
//!   `parent_id`, `id`, `score`), with submissions (`title`) allowed among them.
//!
//! Dump lines are deserialized into a borrowing struct, without building a JSON tree: they
//! are the large inputs.

use crate::dates::DateReader;
use std::borrow::Cow;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::{
    json, markup, Comment, CommentFormat, Post, Problem, RecordThread, Skip, ThreadWriter,
};
use crate::record::Platform;

pub struct Reddit;

const PLATFORM: Platform = Platform::Reddit;

impl CommentFormat for Reddit {
    fn name(&self) -> &'static str {
        "reddit"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["json", "jsonl", "ndjson"]
    }

    fn sniff(&self, head: &str) -> bool {
        let trimmed = head.trim_start();
        let listing = head.contains("\"Listing\"") && head.contains("\"kind\"");
        let first_line = trimmed.lines().next().unwrap_or_default();
        let dump_line = first_line.starts_with('{')
            && first_line.contains("\"body\"")
            && (first_line.contains("\"link_id\"") || first_line.contains("\"parent_id\""));
        (trimmed.starts_with(['[', '{']) && listing) || dump_line
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        super::for_each_json_text(input, out, |json, position, out| {
            if json.trim_start().starts_with('{') {
                match serde_json::from_str::<Item>(json) {
                    Ok(item) if item.kind.is_none() => return flat_item(&item, position, out),
                    // A listing too deep for serde_json's limit is read as a tree below.
                    Ok(_) => {}
                    Err(error) if json::is_too_deep(&error) => {}
                    Err(error) => return out.malformed(position, &error.to_string()),
                }
            }
            if let Err(reason) = json::with_value(json, |value| walk(value, out)) {
                out.malformed(position, &reason);
            }
        })
    }

    /// A dump's comment is in its submission's thread, and a submission line is its own; a
    /// listing (or a line that is not a flat item) is not split.
    fn record_thread(&self, record: &str) -> Option<RecordThread> {
        Some(match serde_json::from_str::<Item>(record) {
            Ok(item) if item.kind.is_none() && item.body.is_some() => {
                RecordThread::Thread(comment_thread(&item))
            }
            Ok(item) if item.kind.is_none() && item.title.is_some() => {
                RecordThread::Thread(submission_key(&item))
            }
            _ => RecordThread::Unsplit,
        })
    }
}

/// A comment or a submission, flat as dumps have them or as a listing child's `data`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Item<'a> {
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    body: Option<Cow<'a, str>>,
    #[serde(borrow)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    author: Option<Cow<'a, str>>,
    created_utc: Option<LooseNumber>,
    #[serde(borrow)]
    link_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    parent_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    permalink: Option<Cow<'a, str>>,
    #[serde(borrow)]
    link_title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    link_permalink: Option<Cow<'a, str>>,
    score: Option<LooseNumber>,
    depth: Option<u32>,
}

fn flat_item(item: &Item, position: &str, out: &mut ThreadWriter<'_>) {
    if item.body.is_some() {
        comment(item, out);
    } else if item.title.is_some() {
        out.post(submission(item, out.dates()));
    } else {
        out.malformed(
            position,
            "neither a comment (body) nor a submission (title)",
        );
    }
}

/// Walks a listing tree: listings, comments with their replies, submissions, `more` stubs.
/// With a stack of its own rather than recursion, in the order recursion would take, so
/// that a deep thread cannot overflow the thread's stack.
fn walk(root: &Value, out: &mut ThreadWriter<'_>) {
    let mut pending = vec![root];
    while let Some(value) = pending.pop() {
        walk_one(value, &mut pending, out);
    }
}

/// Reads one value of the tree and leaves what is under it on `pending`, first child last.
fn walk_one<'v>(value: &'v Value, pending: &mut Vec<&'v Value>, out: &mut ThreadWriter<'_>) {
    match value {
        Value::Array(items) => pending.extend(items.iter().rev()),
        Value::Object(object) => {
            let data = object.get("data").unwrap_or(&Value::Null);
            match object.get("kind").and_then(Value::as_str) {
                Some("Listing") => {
                    if let Some(children) = data.get("children") {
                        pending.push(children);
                    }
                }
                Some("t1") => {
                    if let Ok(item) = Item::deserialize(data) {
                        comment(&item, out);
                    }
                    if let Some(replies) = data.get("replies") {
                        pending.push(replies);
                    }
                }
                Some("t3") => {
                    if let Ok(item) = Item::deserialize(data) {
                        out.post(submission(&item, out.dates()));
                    }
                }
                Some("more") => {
                    let count = data.get("count").and_then(Value::as_u64).map_or_else(
                        || {
                            data.get("children")
                                .and_then(Value::as_array)
                                .map_or(0, Vec::len)
                        },
                        |count| count as usize,
                    );
                    out.skip(Skip::NotLoaded, count);
                }
                _ => {
                    if let Ok(item) = Item::deserialize(value) {
                        if item.kind.is_none() && (item.body.is_some() || item.title.is_some()) {
                            flat_item(&item, "record", out);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

fn prefixed(prefix: &str, id: &str) -> String {
    if id.starts_with(prefix) {
        id.to_string()
    } else {
        format!("{prefix}{id}")
    }
}

/// The thread a submission starts: its name (`t3_…`).
fn submission_key(item: &Item) -> String {
    item.name
        .as_deref()
        .map(str::to_string)
        .or_else(|| item.id.as_deref().map(|id| prefixed("t3_", id)))
        .unwrap_or_default()
}

/// The thread a comment is in: its submission's name, from `link_id` or a top-level
/// comment's `parent_id`.
fn comment_thread(item: &Item) -> String {
    match (item.link_id.as_deref(), item.parent_id.as_deref()) {
        (Some(link), _) => prefixed("t3_", link),
        (None, Some(parent)) if parent.starts_with("t3_") => parent.to_string(),
        _ => "t3_unknown".to_string(),
    }
}

fn submission(item: &Item, dates: &DateReader) -> Post {
    let key = submission_key(item);
    Post {
        platform: PLATFORM,
        url: Some(match item.permalink.as_deref() {
            Some(permalink) => absolute(permalink),
            None => post_url(&key),
        }),
        key,
        title: item.title.as_deref().map(str::to_string),
        published_at: item.created_utc.as_ref().and_then(|t| t.to_rfc3339(dates)),
        identified_by_url: false,
    }
}

fn absolute(permalink: &str) -> String {
    if permalink.starts_with("http") {
        permalink.to_string()
    } else {
        format!("https://www.reddit.com{permalink}")
    }
}

fn post_url(key: &str) -> String {
    format!(
        "https://www.reddit.com/comments/{}/",
        key.trim_start_matches("t3_")
    )
}

fn comment(item: &Item, out: &mut ThreadWriter<'_>) {
    let body = item.body.as_deref().unwrap_or_default();
    let parent = item.parent_id.as_deref();
    let thread = comment_thread(item);
    if !out.has_thread(&thread) {
        let url = match (item.link_permalink.as_deref(), item.permalink.as_deref()) {
            (Some(link), _) => absolute(link),
            (None, Some(own)) => absolute(parent_path(own)),
            (None, None) => post_url(&thread),
        };
        out.post(Post {
            platform: PLATFORM,
            key: thread.clone(),
            title: item.link_title.as_deref().map(str::to_string),
            url: Some(url),
            published_at: None,
            identified_by_url: false,
        });
    }
    let id = item
        .name
        .as_deref()
        .map(str::to_string)
        .or_else(|| item.id.as_deref().map(|id| prefixed("t1_", id)));
    let parent = parent.filter(|p| p.starts_with("t1_"));
    let skip = removal(body);
    if let Some(reason) = skip {
        return match &id {
            Some(id) => out.skip_comment(reason, &thread, id, parent),
            None => out.skip(reason, 1),
        };
    }
    let markup::Markup {
        text,
        links,
        quoted,
    } = markup::markdown_to_text(body);
    let author = item
        .author
        .as_deref()
        .filter(|a| !matches!(*a, "[deleted]" | "[removed]" | ""));
    out.comment(
        PLATFORM,
        &thread,
        Comment {
            id,
            parent: parent.map(str::to_string),
            depth: item.depth,
            handle: author.map(str::to_string),
            display_name: None,
            text,
            links,
            quoted,
            raw_text: body.to_string(),
            posted_at: item
                .created_utc
                .as_ref()
                .and_then(|t| t.to_rfc3339(out.dates())),
            like_count: item
                .score
                .as_ref()
                .and_then(LooseNumber::number)
                .map(|s| s as i64),
            lang: None,
        },
    );
}

/// What Reddit puts in place of a body it no longer shows: `[deleted]` (by its author),
/// `[removed]` (by moderators), `[ Removed by Reddit ]` and its longer forms (by the site).
fn removal(body: &str) -> Option<Skip> {
    let body = body.trim();
    if !body.starts_with('[') || !body.ends_with(']') || body.len() > 120 {
        return None;
    }
    let words = body.trim_matches(['[', ']', ' ']).to_ascii_lowercase();
    if words == "deleted" || words == "deleted by user" {
        Some(Skip::Deleted)
    } else if words.starts_with("removed") {
        Some(Skip::Removed)
    } else {
        None
    }
}

/// A comment's permalink without its last segment (the comment's id) is its submission's.
fn parent_path(permalink: &str) -> &str {
    let trimmed = permalink.trim_end_matches('/');
    match trimmed.rfind('/') {
        Some(at) => &permalink[..=at],
        None => permalink,
    }
}

/// `created_utc` and `score`: a number that dumps write as an integer, a float, or a string.
enum LooseNumber {
    Seconds(f64),
    Text(String),
}

impl LooseNumber {
    fn number(&self) -> Option<f64> {
        match self {
            LooseNumber::Seconds(n) => Some(*n),
            LooseNumber::Text(text) => text.trim().parse().ok(),
        }
    }

    fn to_rfc3339(&self, dates: &DateReader) -> Option<String> {
        match self {
            LooseNumber::Seconds(seconds) => super::epoch_seconds(*seconds, dates),
            LooseNumber::Text(text) => super::timestamp(text, dates),
        }
    }
}

impl<'de> Deserialize<'de> for LooseNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseNumberVisitor;
        impl Visitor<'_> for LooseNumberVisitor {
            type Value = LooseNumber;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("epoch seconds as a number or a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<LooseNumber, E> {
                Ok(LooseNumber::Seconds(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LooseNumber, E> {
                Ok(LooseNumber::Seconds(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<LooseNumber, E> {
                Ok(LooseNumber::Seconds(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LooseNumber, E> {
                Ok(LooseNumber::Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(LooseNumberVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_markers_are_told_apart_from_bracketed_comments() {
        assert_eq!(removal("[deleted]"), Some(Skip::Deleted));
        assert_eq!(removal(" [deleted by user] "), Some(Skip::Deleted));
        assert_eq!(removal("[removed]"), Some(Skip::Removed));
        assert_eq!(removal("[ Removed by Reddit ]"), Some(Skip::Removed));
        assert_eq!(
            removal("[ Removed by Reddit on account of violating the content policy. ]"),
            Some(Skip::Removed)
        );
        assert_eq!(removal("[serious] this is a real comment"), None);
        assert_eq!(removal("[removed] was the right call, honestly"), None);
    }
}
