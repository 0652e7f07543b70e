//! YouTube Data API v3: `commentThreads.list` responses (`items[].snippet.topLevelComment`
//! and `items[].replies.comments`) and `comments.list` responses (replies by `parentId`),
//! one page per file or one page per line. The video is the article.
//!
//! Also read: the JSON Lines that youtube-comment-downloader writes (`cid`, `text`, `author`,
//! `votes`, `reply`, `time_parsed`), one comment per line, the file standing for the video.
//!
//! The API returns at most five replies with each thread; the rest are counted as not
//! loaded (`totalReplyCount` says how many there are).

use serde_json::Value;

use super::{markup, Comment, CommentFormat, Post, Problem, Skip, ThreadWriter};
use crate::record::Platform;

pub struct YouTube;

const PLATFORM: Platform = Platform::YouTube;

impl CommentFormat for YouTube {
    fn name(&self) -> &'static str {
        "youtube"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["json", "jsonl", "ndjson"]
    }

    fn sniff(&self, head: &str) -> bool {
        head.contains("\"youtube#commentThreadListResponse\"")
            || head.contains("\"youtube#commentListResponse\"")
            || head.contains("\"youtube#commentThread\"")
            || (head.contains("\"cid\"") && head.contains("\"votes\"") && head.contains("\"text\""))
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        super::for_each_json_text(input, out, |json, position, out| {
            let read = super::json::with_value(json, |value| match value {
                Value::Array(values) => {
                    for value in values {
                        read_value(value, position, out);
                    }
                }
                value => read_value(value, position, out),
            });
            if let Err(reason) = read {
                out.malformed(position, &reason);
            }
        })
    }
}

fn read_value(value: &Value, position: &str, out: &mut ThreadWriter<'_>) {
    if value.get("cid").is_some() {
        downloaded_comment(value, position, out);
    } else {
        read_page(value, position, out);
    }
}

/// One line of youtube-comment-downloader's output; a reply's `cid` is its parent's, a dot,
/// and its own.
fn downloaded_comment(line: &Value, position: &str, out: &mut ThreadWriter<'_>) {
    let text = |name: &str| line.get(name).and_then(Value::as_str);
    let Some(id) = text("cid") else {
        return out.malformed(position, "cid is not a string");
    };
    let parent = match line.get("reply").and_then(Value::as_bool) {
        Some(true) => id.split_once('.').map(|(parent, _)| parent.to_string()),
        _ => None,
    };
    let author = text("author").map(str::trim);
    let thread = out.source().to_string();
    out.comment(
        PLATFORM,
        &thread,
        Comment {
            id: Some(id.to_string()),
            depth: Some(u32::from(parent.is_some())),
            parent,
            handle: author.and_then(|a| a.strip_prefix('@')).map(str::to_string),
            display_name: author.filter(|a| !a.starts_with('@')).map(str::to_string),
            text: text("text").unwrap_or_default().to_string(),
            links: Vec::new(),
            quoted: String::new(),
            raw_text: text("text").unwrap_or_default().to_string(),
            posted_at: line
                .get("time_parsed")
                .and_then(Value::as_f64)
                .and_then(|seconds| super::epoch_seconds(seconds, out.dates())),
            like_count: text("votes").and_then(super::count),
            lang: None,
        },
    );
}

fn read_page(page: &Value, position: &str, out: &mut ThreadWriter<'_>) {
    let Some(items) = page.get("items").and_then(Value::as_array) else {
        return out.malformed(position, "no items array (not a commentThreads.list page)");
    };
    for (k, item) in items.iter().enumerate() {
        let place = || format!("{position}, items[{k}]");
        match item.get("kind").and_then(Value::as_str) {
            Some("youtube#comment") => {
                if comment(item, None, out).is_none() {
                    out.malformed(&place(), "a comment without snippet.videoId");
                }
            }
            _ => {
                let snippet = &item["snippet"];
                let top = &snippet["topLevelComment"];
                if comment(top, snippet["videoId"].as_str(), out).is_none() {
                    out.malformed(&place(), "a thread without snippet.topLevelComment");
                    continue;
                }
                let replies = item
                    .pointer("/replies/comments")
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice);
                for reply in replies {
                    comment(reply, snippet["videoId"].as_str(), out);
                }
                let total = snippet["totalReplyCount"].as_u64().unwrap_or(0) as usize;
                if total > replies.len() {
                    out.skip(Skip::NotLoaded, total - replies.len());
                }
            }
        }
    }
}

/// Makes a reaction of one `youtube#comment`; `None` when it has no snippet or video to read.
fn comment(resource: &Value, video_id: Option<&str>, out: &mut ThreadWriter<'_>) -> Option<()> {
    let snippet = resource.get("snippet")?;
    let text = |name: &str| snippet.get(name).and_then(Value::as_str);
    let video = text("videoId").or(video_id)?;
    if !out.has_thread(video) {
        out.post(Post {
            platform: PLATFORM,
            key: video.to_string(),
            url: Some(format!("https://www.youtube.com/watch?v={video}")),
            ..Post::default()
        });
    }
    let body = match (text("textDisplay"), text("textOriginal")) {
        (Some(display), _) => markup::html_to_text(display),
        (None, Some(original)) => markup::Markup {
            text: original.to_string(),
            ..markup::Markup::default()
        },
        (None, None) => markup::Markup::default(),
    };
    let raw_text = text("textOriginal")
        .or(text("textDisplay"))
        .unwrap_or_default()
        .to_string();
    let author = text("authorDisplayName").map(str::trim);
    let parent = text("parentId").map(str::to_string);
    out.comment(
        PLATFORM,
        video,
        Comment {
            id: resource
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string),
            depth: Some(u32::from(parent.is_some())),
            parent,
            handle: author.and_then(|a| a.strip_prefix('@')).map(str::to_string),
            display_name: author.filter(|a| !a.starts_with('@')).map(str::to_string),
            text: body.text,
            links: body.links,
            quoted: body.quoted,
            raw_text,
            posted_at: text("publishedAt").and_then(|date| out.dates().normalize(date)),
            like_count: snippet.get("likeCount").and_then(Value::as_i64),
            lang: None,
        },
    );
    Some(())
}
