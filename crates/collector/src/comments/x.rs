//! X (Twitter) API v2 responses, from recent search or a conversation lookup: `data[]`
//! posts with `author_id`, `created_at`, `conversation_id`, `referenced_tweets`, `lang` and
//! `public_metrics`, and `includes.users` (and `includes.tweets`) for the authors' handles
//! and the conversations' first posts. One response per file or one per line.
//!
//! Also read: twarc2's flattened JSON Lines, one post per line with its `author` inline.
//!
//! A conversation is the article. Its first post, when the response has it and other posts
//! in the response reply into the conversation, is the article's title and date rather than a
//! reaction; a post nobody in the response replies to is a reaction in its own conversation.
//! Retweets repeat someone else's words and are skipped. A reply's leading `@handles` are
//! added by the platform, not typed, and are dropped from its text.

use crate::dates::DateReader;
use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::{Comment, CommentFormat, Post, Problem, RecordThread, Skip, ThreadWriter};
use crate::record::Platform;

pub struct X;

/// The platform as the whole dataset names it: tweets quoted in articles are `twitter` too.
const PLATFORM: Platform = Platform::Twitter;

impl CommentFormat for X {
    fn name(&self) -> &'static str {
        "x"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["json", "jsonl", "ndjson"]
    }

    fn sniff(&self, head: &str) -> bool {
        let (author, conversation) = (
            head.contains("\"author_id\""),
            head.contains("\"conversation_id\""),
        );
        head.contains("\"text\"")
            && ((head.contains("\"data\"") && (author || conversation)) || (author && conversation))
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        super::for_each_json_text(input, out, |json, position, out| {
            if let Err(reason) =
                super::json::with_value(json, |response| read_response(response, position, out))
            {
                out.malformed(position, &reason);
            }
        })
    }

    /// A post's conversation (twarc2's lines), or the one conversation of a response's
    /// posts; a response spanning several is not split.
    fn record_thread(&self, record: &str) -> Option<RecordThread> {
        let Ok(response) = serde_json::from_str::<Value>(record) else {
            return Some(RecordThread::Unsplit);
        };
        let posts: &[Value] = match response.get("data") {
            Some(Value::Array(posts)) => posts,
            Some(post @ Value::Object(_)) => std::slice::from_ref(post),
            _ => std::slice::from_ref(&response),
        };
        let mut conversations = posts.iter().map(conversation_of);
        let first = conversations.next().flatten();
        Some(match first {
            Some(key) if conversations.all(|other| other.as_ref() == Some(&key)) => {
                RecordThread::Thread(key)
            }
            _ => RecordThread::Unsplit,
        })
    }
}

/// The conversation a post is in: its `conversation_id`, else its own id.
fn conversation_of(post: &Value) -> Option<String> {
    post.get("conversation_id")
        .or_else(|| post.get("id"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

struct User<'r> {
    username: Option<&'r str>,
    name: Option<&'r str>,
}

fn read_response(response: &Value, position: &str, out: &mut ThreadWriter<'_>) {
    let posts: &[Value] = match response.get("data") {
        Some(Value::Array(posts)) => posts,
        Some(post @ Value::Object(_)) => std::slice::from_ref(post),
        // twarc2 flatten writes one post per line with its author inline.
        None if response.get("author_id").is_some() && response.get("text").is_some() => {
            std::slice::from_ref(response)
        }
        _ if response
            .pointer("/meta/result_count")
            .and_then(Value::as_u64)
            == Some(0) =>
        {
            &[]
        }
        _ => return out.malformed(position, "no data array (not an X API v2 response)"),
    };
    let inline_authors = posts.iter().filter_map(|post| post.get("author"));
    let users: HashMap<&str, User> = response
        .pointer("/includes/users")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(inline_authors)
        .filter_map(|user| {
            let id = user.get("id")?.as_str()?;
            Some((
                id,
                User {
                    username: user.get("username").and_then(Value::as_str),
                    name: user.get("name").and_then(Value::as_str),
                },
            ))
        })
        .collect();
    let included: Vec<&Value> = response
        .pointer("/includes/tweets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(posts)
        .collect();
    let parents: HashMap<&str, &str> = included
        .iter()
        .filter_map(|post| Some((post.get("id")?.as_str()?, replied_to(post)?)))
        .collect();
    let replied_into: HashSet<String> = posts
        .iter()
        .filter(|post| post.get("id").and_then(Value::as_str) != conversation_of(post).as_deref())
        .filter_map(conversation_of)
        .collect();

    for (k, post) in posts.iter().enumerate() {
        let Some(id) = post.get("id").and_then(Value::as_str) else {
            out.malformed(&format!("{position}, data[{k}]"), "a post without an id");
            continue;
        };
        let Some(thread) = conversation_of(post) else {
            continue;
        };
        let retweet = post
            .get("referenced_tweets")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|r| r.get("type").and_then(Value::as_str) == Some("retweeted"));
        if retweet {
            out.skip(Skip::Retweet, 1);
            continue;
        }
        if !out.has_thread(&thread) {
            out.post(conversation_post(&thread, &included, &users, out.dates()));
        }
        if id == thread && replied_into.contains(&thread) {
            continue;
        }
        let replied_to = replied_to(post);
        let author = post
            .get("author_id")
            .and_then(Value::as_str)
            .and_then(|a| users.get(a));
        let text = post.get("text").and_then(Value::as_str).unwrap_or_default();
        let own_words = if replied_to.is_some() {
            without_leading_mentions(text)
        } else {
            text
        };
        let depth = depth(replied_to, &thread, &parents);
        out.comment(
            PLATFORM,
            &thread,
            Comment {
                id: Some(id.to_string()),
                parent: replied_to.filter(|p| *p != thread).map(str::to_string),
                depth,
                handle: author.and_then(|a| a.username).map(str::to_string),
                display_name: author.and_then(|a| a.name).map(str::to_string),
                text: own_words.to_string(),
                links: Vec::new(),
                quoted: String::new(),
                raw_text: text.to_string(),
                posted_at: post
                    .get("created_at")
                    .and_then(Value::as_str)
                    .and_then(|date| out.dates().normalize(date)),
                like_count: post
                    .pointer("/public_metrics/like_count")
                    .and_then(Value::as_i64),
                lang: post.get("lang").and_then(Value::as_str).and_then(iso_639_1),
            },
        );
    }
}

/// X's language code as ISO 639-1: its legacy codes mapped (`in` is Indonesian, `iw` Hebrew,
/// `ji` Yiddish), `und` and other non-codes dropped.
fn iso_639_1(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    let code = match code.as_str() {
        "in" => "id",
        "iw" => "he",
        "ji" => "yi",
        other => other,
    };
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase())).then(|| code.to_string())
}

fn conversation_post(
    thread: &str,
    included: &[&Value],
    users: &HashMap<&str, User>,
    dates: &DateReader,
) -> Post {
    let first = included
        .iter()
        .find(|p| p.get("id").and_then(Value::as_str) == Some(thread));
    let username = first
        .and_then(|p| p.get("author_id"))
        .and_then(Value::as_str)
        .and_then(|a| users.get(a))
        .and_then(|u| u.username)
        .unwrap_or("i/web");
    Post {
        platform: PLATFORM,
        key: thread.to_string(),
        title: first
            .and_then(|p| p.get("text"))
            .and_then(Value::as_str)
            .map(|t| crate::record::normalize_text(t).0),
        url: Some(format!("https://x.com/{username}/status/{thread}")),
        published_at: first
            .and_then(|p| p.get("created_at"))
            .and_then(Value::as_str)
            .and_then(|date| dates.normalize(date)),
        identified_by_url: false,
    }
}

fn replied_to(post: &Value) -> Option<&str> {
    post.get("referenced_tweets")?
        .as_array()?
        .iter()
        .find(|r| r.get("type").and_then(Value::as_str) == Some("replied_to"))?
        .get("id")?
        .as_str()
}

/// How many replies up the conversation's first post is, following the posts the response
/// has; `None` when the chain leaves the response. Responses come newest first, so the
/// chain is resolved here rather than in reading order.
fn depth(replied_to: Option<&str>, thread: &str, parents: &HashMap<&str, &str>) -> Option<u32> {
    let mut parent = match replied_to {
        None => return Some(0),
        Some(parent) => parent,
    };
    for depth in 0..1000 {
        if parent == thread {
            return Some(depth);
        }
        parent = parents.get(parent)?;
    }
    None
}

/// `@a @b thanks!` → `thanks!`; a text that is only mentions is kept whole.
fn without_leading_mentions(text: &str) -> &str {
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix('@') {
        let end = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if end == 0 {
            break;
        }
        rest = after[end..].trim_start();
    }
    if rest.is_empty() {
        text
    } else {
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::iso_639_1;

    #[test]
    fn legacy_language_codes_become_iso_639_1() {
        assert_eq!(iso_639_1("in").as_deref(), Some("id"));
        assert_eq!(iso_639_1("iw").as_deref(), Some("he"));
        assert_eq!(iso_639_1("ji").as_deref(), Some("yi"));
        assert_eq!(iso_639_1("en").as_deref(), Some("en"));
        assert_eq!(iso_639_1("und"), None);
        assert_eq!(iso_639_1("qme"), None);
    }
}
