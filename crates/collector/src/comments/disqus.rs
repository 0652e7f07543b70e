//! Disqus XML exports: `<thread dsq:id>` elements (the pages: `link`, `title`, `createdAt`)
//! and `<post dsq:id>` elements (the comments: `message` as HTML, `createdAt`, `isDeleted`,
//! `isSpam`, `author/name` and `author/username`, `<thread dsq:id>` and an optional
//! `<parent dsq:id>`). The export is read as a stream, so its size does not matter.
//!
//! A thread's page is a news article, so its id comes from the page's URL: the comments
//! join the reactions the page itself quotes.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{markup, Comment, CommentFormat, Post, Problem, Skip, ThreadWriter};
use crate::record::Platform;

pub struct Disqus;

const PLATFORM: Platform = Platform::Disqus;

impl CommentFormat for Disqus {
    fn name(&self) -> &'static str {
        "disqus"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["xml"]
    }

    fn sniff(&self, head: &str) -> bool {
        head.contains("<disqus") && (head.contains("disqus.com") || head.contains("<thread"))
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        let limit = out.options().max_record_bytes;
        let mut reader = Reader::from_reader(EventBound::new(input, limit));
        let mut buffer = Vec::new();
        let mut path: Vec<String> = Vec::new();
        let mut record: Option<Record> = None;
        let mut thread_links: HashMap<String, String> = HashMap::new();
        loop {
            if out.stopped() {
                return Ok(());
            }
            let position = reader.buffer_position();
            reader.get_mut().mark();
            let event = reader.read_event_into(&mut buffer).map_err(|e| {
                Problem::Unreadable(format!(
                    "byte {position}: {e}; the rest of the export was not read"
                ))
            })?;
            match event {
                Event::Start(element) => {
                    let name = local_name(&element);
                    if path.len() == 1 && matches!(name.as_str(), "thread" | "post") {
                        record = Some(Record::new(&name, dsq_id(&element), position));
                    } else if let Some(record) = record.as_mut() {
                        record.reference(&path, &name, &element);
                    }
                    path.push(name);
                }
                Event::Empty(element) => {
                    if let Some(record) = record.as_mut() {
                        record.reference(&path, &local_name(&element), &element);
                    }
                }
                Event::End(_) => {
                    path.pop();
                    if path.len() == 1 {
                        if let Some(done) = record.take() {
                            match done.size_at(reader.buffer_position()) > limit {
                                true => out.malformed(
                                    &format!("byte {}", done.byte),
                                    &format!(
                                        "a <{}> of more than the {limit}-byte record limit; not read",
                                        done.kind()
                                    ),
                                ),
                                false => done.emit(&mut thread_links, out),
                            }
                        }
                    }
                }
                Event::Text(text) => {
                    let within = |r: &Record| r.size_at(reader.buffer_position()) <= limit;
                    if let Some(record) = record.as_mut().filter(|r| within(r)) {
                        record.text(&path, &text.decode().unwrap_or_default());
                    }
                }
                Event::CData(data) => {
                    let within = |r: &Record| r.size_at(reader.buffer_position()) <= limit;
                    if let Some(record) = record.as_mut().filter(|r| within(r)) {
                        record.text(&path, &data.decode().unwrap_or_default());
                    }
                }
                Event::GeneralRef(reference) => {
                    if let Some(record) = record.as_mut() {
                        let resolved = match reference.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            _ => match &*reference.decode().unwrap_or_default() {
                                "lt" => "<".into(),
                                "gt" => ">".into(),
                                "amp" => "&".into(),
                                "apos" => "'".into(),
                                "quot" => "\"".into(),
                                other => format!("&{other};"),
                            },
                        };
                        record.text(&path, &resolved);
                    }
                }
                Event::Eof => {
                    // A cut-off export ends inside an element: what was in it is lost, and
                    // the run must say so.
                    if let Some(open) = record {
                        out.malformed(
                            &format!("byte {}", open.byte),
                            &format!(
                                "the export ends inside this <{}>: it was cut off, and that {} was not read",
                                open.kind(),
                                open.kind()
                            ),
                        );
                    } else if !path.is_empty() {
                        out.malformed(
                            &format!("byte {position}"),
                            &format!(
                                "the export ends inside <{}>: it was cut off",
                                path.join("><")
                            ),
                        );
                    }
                    return Ok(());
                }
                _ => {}
            }
            buffer.clear();
        }
    }
}

/// The export as quick-xml reads it, no event longer than twice the record limit. quick-xml
/// holds an event whole before handing it over, so without this a 1.5 GB comment, or text,
/// between posts was held whole, and a post's limit was checked only after its text was
/// read. A post up to twice the limit is reported and the next one read; an event longer
/// than that ends the read with an error at its byte, as there is no telling where it ends
/// without reading it.
struct EventBound<'a> {
    inner: &'a mut dyn std::io::BufRead,
    bound: u64,
    /// Bytes handed to quick-xml since the current event began.
    in_event: u64,
}

impl<'a> EventBound<'a> {
    fn new(inner: &'a mut dyn std::io::BufRead, record_limit: u64) -> Self {
        EventBound {
            inner,
            bound: record_limit.saturating_mul(2),
            in_event: 0,
        }
    }

    /// A new event starts.
    fn mark(&mut self) {
        self.in_event = 0;
    }
}

impl std::io::Read for EventBound<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use std::io::BufRead;
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl std::io::BufRead for EventBound<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.in_event >= self.bound {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "text or markup (a comment, tag or CDATA) of more than {} bytes, twice the record limit",
                    self.bound
                ),
            ));
        }
        let room = usize::try_from(self.bound - self.in_event).unwrap_or(usize::MAX);
        let available = self.inner.fill_buf()?;
        Ok(&available[..available.len().min(room)])
    }

    fn consume(&mut self, amount: usize) {
        self.in_event += amount as u64;
        self.inner.consume(amount);
    }
}

fn local_name(element: &BytesStart) -> String {
    String::from_utf8_lossy(element.local_name().as_ref()).into_owned()
}

fn dsq_id(element: &BytesStart) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"id")
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// A `<thread>` or `<post>` being read.
#[derive(Default)]
struct Record {
    is_post: bool,
    id: Option<String>,
    byte: u64,
    fields: HashMap<String, String>,
    thread: Option<String>,
    parent: Option<String>,
}

impl Record {
    fn new(kind: &str, id: Option<String>, byte: u64) -> Self {
        Record {
            is_post: kind == "post",
            id,
            byte,
            ..Record::default()
        }
    }

    fn kind(&self) -> &'static str {
        match self.is_post {
            true => "post",
            false => "thread",
        }
    }

    /// How many bytes of the export the record spans up to `position`.
    fn size_at(&self, position: u64) -> u64 {
        position.saturating_sub(self.byte)
    }

    /// `<thread dsq:id/>` and `<parent dsq:id/>` inside a post point at other records.
    fn reference(&mut self, path: &[String], name: &str, element: &BytesStart) {
        if path.len() == 2 && self.is_post {
            match name {
                "thread" => self.thread = dsq_id(element),
                "parent" => self.parent = dsq_id(element),
                _ => {}
            }
        }
    }

    /// Text inside `record/field` or `record/author/field`, keyed `field` or `author/field`.
    fn text(&mut self, path: &[String], text: &str) {
        let key = match path.len() {
            3 => path[2].clone(),
            4 if path[2] == "author" => format!("author/{}", path[3]),
            _ => return,
        };
        self.fields.entry(key).or_default().push_str(text);
    }

    fn field(&self, key: &str) -> Option<&str> {
        self.fields
            .get(key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn flag(&self, key: &str) -> bool {
        self.field(key) == Some("true")
    }

    fn emit(self, thread_links: &mut HashMap<String, String>, out: &mut ThreadWriter<'_>) {
        let position = format!("byte {}", self.byte);
        let Some(id) = self.id.clone() else {
            return out.malformed(&position, "an element without dsq:id");
        };
        if !self.is_post {
            let link = self.field("link").map(str::to_string);
            let key = link.clone().unwrap_or_else(|| id.clone());
            thread_links.insert(id, key.clone());
            return out.post(Post {
                platform: PLATFORM,
                identified_by_url: link.is_some(),
                key,
                title: self.field("title").map(str::to_string),
                url: link,
                published_at: self
                    .field("createdAt")
                    .and_then(|date| out.dates().normalize(date)),
            });
        }
        let Some(thread) = self.thread.as_deref() else {
            return out.malformed(&position, &format!("post {id} names no thread"));
        };
        let thread = thread_links
            .get(thread)
            .cloned()
            .unwrap_or_else(|| thread.to_string());
        let skip = if self.flag("isSpam") {
            Some(Skip::Spam)
        } else if self.flag("isDeleted") {
            Some(Skip::Deleted)
        } else {
            None
        };
        if let Some(reason) = skip {
            return out.skip_comment(reason, &thread, &id, self.parent.as_deref());
        }
        let message = self.field("message").unwrap_or_default();
        let markup::Markup {
            text,
            links,
            quoted,
        } = markup::html_to_text(message);
        let anonymous = self.flag("author/isAnonymous");
        out.comment(
            PLATFORM,
            &thread,
            Comment {
                id: Some(id),
                parent: self.parent.clone(),
                depth: None,
                handle: self
                    .field("author/username")
                    .filter(|_| !anonymous)
                    .map(str::to_string),
                display_name: self.field("author/name").map(str::to_string),
                text,
                links,
                quoted,
                raw_text: message.to_string(),
                posted_at: self
                    .field("createdAt")
                    .and_then(|date| out.dates().normalize(date)),
                like_count: None,
                lang: None,
            },
        );
    }
}
