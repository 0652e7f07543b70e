//! [`ThreadWriter`]: turns the posts and comments a format reads into reactions, with their
//! thread's identity, reply depths and parents, and drops duplicates and double posts in a
//! few bytes per comment, so that a dump of millions streams through.

use std::collections::HashMap;

use super::{Comment, ExportRead, Post, ReadOptions, Skip};
use crate::dates::DateReader;
use crate::input::{InputError, Problem};
use crate::record::{self, Platform, ReactionBuilder};
use crate::ArticleSummary;

struct Thread {
    summary: usize,
    article_id: String,
    post: Post,
}

/// Receives posts and comments from a format and makes reactions of them: identifiers,
/// normalized text, the parent's reaction id and the reply depth, duplicates dropped.
pub struct ThreadWriter<'e> {
    source: String,
    options: ReadOptions,
    emit: &'e mut crate::Sink<'e>,
    /// By the post's key; an export holds one platform's threads.
    threads: HashMap<String, Thread>,
    /// Every comment seen, by reaction id: replies find their depth and their parent's words
    /// here, and a comment seen twice is dropped. About 20 bytes per comment.
    seen: HashMap<u64, Seen>,
    /// When each recent (article, author, text) was posted ([`UNDATED`] when the export does
    /// not say), to drop double posts.
    posted: HashMap<u64, i64>,
    latest_post: i64,
    prune_at: usize,
    unreported_problems: usize,
    dates: DateReader,
    pub(super) read: ExportRead,
}

impl<'e> ThreadWriter<'e> {
    pub(super) fn new(source: &str, options: &ReadOptions, emit: &'e mut crate::Sink<'e>) -> Self {
        ThreadWriter {
            source: source.to_string(),
            options: options.clone(),
            emit,
            threads: HashMap::new(),
            seen: HashMap::new(),
            dates: DateReader::default(),
            posted: HashMap::new(),
            latest_post: i64::MIN,
            prune_at: PRUNE_FIRST_AT,
            unreported_problems: 0,
            read: ExportRead::default(),
        }
    }

    /// Reads the export's dates, counting those refused for the export's warning.
    pub fn dates(&self) -> &DateReader {
        &self.dates
    }

    /// The input's name, as records and messages give it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// How the export is being read.
    pub fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// Records a thread's post, or completes what is known of it (a Reddit dump names a
    /// submission by id long before, or without ever, giving its title).
    pub fn post(&mut self, post: Post) {
        if let Some(thread) = self.threads.get_mut(&post.key) {
            let summary = &mut self.read.articles[thread.summary];
            fill(&mut summary.title, &post.title);
            fill(&mut summary.url, &post.url);
            fill(&mut summary.published_at, &post.published_at);
            fill(&mut thread.post.title, &post.title);
            fill(&mut thread.post.url, &post.url);
            fill(&mut thread.post.published_at, &post.published_at);
            return;
        }
        let article_id = match (&post.url, post.identified_by_url) {
            (Some(url), true) => record::stable_id(&["url", url.trim()]),
            _ => record::stable_id(&["thread", post.platform.as_str(), &post.key]),
        };
        self.read.articles.push(ArticleSummary {
            article_id: article_id.clone(),
            source: self.source.clone(),
            title: post.title.clone(),
            url: post.url.clone(),
            published_at: post.published_at.clone(),
            lang: None,
            reactions: 0,
        });
        let summary = self.read.articles.len() - 1;
        self.threads.insert(
            post.key.clone(),
            Thread {
                summary,
                article_id,
                post,
            },
        );
    }

    /// Makes a reaction of a comment on the thread `thread_key` (a post given to
    /// [`ThreadWriter::post`] before, or a bare key, for which a post is recorded).
    pub fn comment(&mut self, platform: Platform, thread_key: &str, mut comment: Comment) {
        if !self.has_thread(thread_key) {
            self.post(Post {
                platform,
                key: thread_key.to_string(),
                ..Post::default()
            });
        }
        let thread = &self.threads[thread_key];
        let article_id = thread.article_id.clone();
        // The words as given are let go once normalized: a comment at the record limit is
        // held in as few copies as can be.
        let (mut text, links) = record::normalize_text(&std::mem::take(&mut comment.text));
        let parent_id = comment
            .parent
            .as_deref()
            .map(|parent| comment_reaction_id(&article_id, parent));
        if text.is_empty() && !comment.quoted.trim().is_empty() {
            let (quoted, _) = record::normalize_text(&comment.quoted);
            let parent_text = parent_id
                .as_deref()
                .and_then(|parent| self.seen.get(&short_hash(parent)))
                .map(|seen| seen.text);
            if parent_text != Some(text_hash(&quoted)) {
                text = quoted;
            }
        }
        if text.is_empty() {
            self.skip(Skip::Empty, 1);
            return;
        }
        let post = &thread.post;
        let article = record::ArticleRef {
            article_id: &article_id,
            source: &self.source,
            title: post.title.as_deref(),
            url: post.url.as_deref(),
            published_at: post.published_at.as_deref(),
        };
        let mut builder =
            ReactionBuilder::new(article, (text, links), comment.handle, comment.display_name)
                .links(comment.links);
        if let Some(id) = &comment.id {
            builder = builder.reaction_id(comment_reaction_id(&article_id, id));
        }
        let depth = comment
            .depth
            .or_else(|| self.depth_below(parent_id.as_deref()));
        let seen = Seen {
            depth: depth.unwrap_or(Seen::NO_DEPTH),
            text: identity_hash(builder.identity()),
        };
        if self.seen.insert(short_hash(builder.id()), seen).is_some() {
            self.skip(Skip::Duplicate, 1);
            return;
        }
        // The same words from the same author twice within minutes are one comment posted
        // twice (a double click, a retry), whatever ids the platform gave them.
        if !builder.author().is_empty()
            && self.is_double_post(
                &[&article_id, builder.author(), builder.identity()],
                comment.posted_at.as_deref(),
            )
        {
            self.skip(Skip::DoublePost, 1);
            return;
        }
        let summary = &mut self.read.articles[self.threads[thread_key].summary];
        let position = summary.reactions as u32;
        summary.reactions += 1;
        self.read.reactions += 1;
        // The platform's declared language when it gives one, else the comment's own.
        let lang = comment
            .lang
            .or_else(|| crate::language::of_text(builder.text()));
        let reaction = builder
            .raw_text(comment.raw_text)
            .position(position)
            .platform(platform)
            .posted_at(comment.posted_at)
            .lang(lang)
            .in_thread(comment.id, parent_id, depth, comment.like_count)
            .cues(vec![record::Cue::CommentExport])
            .build();
        let flow = (self.emit)(reaction);
        self.read.stopped |= flow.is_break();
    }

    /// Whether the post `key` has been recorded (so a format builds a [`Post`] only once).
    pub fn has_thread(&self, key: &str) -> bool {
        self.threads.contains_key(key)
    }

    /// Counts comments left out; replies to them are still read.
    pub fn skip(&mut self, reason: Skip, count: usize) {
        *self.read.skipped.entry(reason.as_str()).or_default() += count;
    }

    /// Counts one comment left out whose replies may follow: its depth is kept so theirs
    /// can be worked out.
    pub fn skip_comment(&mut self, reason: Skip, thread_key: &str, id: &str, parent: Option<&str>) {
        self.skip(reason, 1);
        if let Some(thread) = self.threads.get(thread_key) {
            let reaction_id = comment_reaction_id(&thread.article_id, id);
            let parent_id = parent.map(|p| comment_reaction_id(&thread.article_id, p));
            let depth = self.depth_below(parent_id.as_deref());
            self.seen.entry(short_hash(&reaction_id)).or_insert(Seen {
                depth: depth.unwrap_or(Seen::NO_DEPTH),
                text: 0,
            });
        }
    }

    /// Whether the comment repeats words its author posted in the thread within
    /// [`DOUBLE_POST_SECONDS`]; it is remembered either way. Times long past the latest seen
    /// are forgotten now and then, so a dump's memory does not grow with its length.
    fn is_double_post(&mut self, identity: &[&str], posted_at: Option<&str>) -> bool {
        let at = posted_at.and_then(epoch_of).unwrap_or(UNDATED);
        self.latest_post = self.latest_post.max(at);
        let before = self.posted.insert(fnv(identity), at);
        if self.posted.len() >= self.prune_at {
            let horizon = self.latest_post.saturating_sub(DOUBLE_POST_SECONDS);
            self.posted.retain(|_, at| *at == UNDATED || *at >= horizon);
            self.prune_at = (self.posted.len() * 2).max(PRUNE_FIRST_AT);
        }
        match before {
            Some(UNDATED) => at == UNDATED,
            Some(before) => at != UNDATED && (at - before).abs() <= DOUBLE_POST_SECONDS,
            None => false,
        }
    }

    /// The depth of a comment replying to the comment `parent_id` (a reaction id; `None` for
    /// the post).
    fn depth_below(&self, parent_id: Option<&str>) -> Option<u32> {
        match parent_id {
            None => Some(0),
            Some(parent_id) => self
                .seen
                .get(&short_hash(parent_id))
                .map(|seen| seen.depth)
                .filter(|depth| *depth != Seen::NO_DEPTH)
                .map(|d| d + 1),
        }
    }

    /// Reports a record that could not be read (`position` says where: "line 17"); the
    /// format goes on with the next one.
    pub fn malformed(&mut self, position: &str, reason: &str) {
        if self.read.problems.len() < self.options.max_reported_problems {
            self.read.problems.push(InputError::new(
                &self.source,
                Problem::Malformed {
                    position: position.to_string(),
                    reason: reason.to_string(),
                },
            ));
        } else {
            self.unreported_problems += 1;
        }
    }

    /// Whether the sink asked to stop: a format's reading loop ends at the next record.
    pub fn stopped(&self) -> bool {
        self.read.stopped
    }

    pub(super) fn finish(mut self) -> ExportRead {
        if self.unreported_problems > 0 {
            self.read.problems.push(InputError::new(
                &self.source,
                Problem::MoreMalformed(self.unreported_problems),
            ));
        }
        self.read
    }
}

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}

/// A comment's reaction id follows from its article and platform id alone, so a reply names
/// its parent's reaction id without having seen the parent.
fn comment_reaction_id(article_id: &str, comment_id: &str) -> String {
    record::stable_id(&[article_id, "comment", comment_id])
}

/// What the thread remembers of a comment, in 8 bytes: dumps hold millions.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// Its reply depth, or [`Seen::NO_DEPTH`] when it is not known.
    depth: u32,
    /// [`text_hash`] of its normalized text; 0 for a comment left out.
    text: u32,
}

impl Seen {
    const NO_DEPTH: u32 = u32::MAX;
}

/// Posts of the same words by the same author this close together are one.
const DOUBLE_POST_SECONDS: i64 = 600;
const UNDATED: i64 = i64::MIN;
const PRUNE_FIRST_AT: usize = 1 << 16;

/// A text's identity, hashed: what a quote of it is compared with.
fn text_hash(text: &str) -> u32 {
    identity_hash(&record::identity_text(text))
}

/// [`text_hash`] of the text whose [`record::identity_text`] is `identity`.
fn identity_hash(identity: &str) -> u32 {
    (fnv(&[identity]) >> 32) as u32
}

/// FNV-1a over the parts, each ended by a unit separator: a cheap key for in-memory tables
/// (identifiers in the output use SHA-256).
fn fnv(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0x1f)) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
        }
    }
    hash
}

fn epoch_of(timestamp: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(timestamp)
        .ok()
        .map(|t| t.timestamp())
}

/// A reaction id (16 hex digits, from [`record::stable_id`]) as the number it spells.
fn short_hash(reaction_id: &str) -> u64 {
    u64::from_str_radix(reaction_id, 16).expect("reaction ids are 16 hex digits")
}
