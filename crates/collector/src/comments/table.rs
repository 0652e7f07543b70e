//! Generic exports, one comment per row: CSV with a header row, and JSON Lines with one
//! object per line. A [`ColumnMap`](super::ColumnMap) says which column holds the text,
//! author, handle, time, article URL, id and parent id. Comments are grouped into articles
//! by the `thread` column, else by the article `url`, else the whole file is one article.

use serde_json::Value;

use super::csv_records::{Next, RecordReader};
use super::{Comment, CommentFormat, Post, Problem, ThreadWriter};
use crate::record::Platform;

pub struct JsonLines;
pub struct Csv;

/// One row's values by key (`text`, `author`, …), however the format stores them.
trait Row {
    fn value(&self, key: &str) -> Option<String>;
}

impl CommentFormat for JsonLines {
    fn name(&self) -> &'static str {
        "jsonl"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["json", "jsonl", "ndjson"]
    }

    fn read_by_extension(&self) -> &'static [&'static str] {
        &["jsonl", "ndjson"]
    }

    fn sniff(&self, head: &str) -> bool {
        let first = head
            .trim_start()
            .lines()
            .next()
            .unwrap_or_default()
            .trim_end();
        let text_names = super::COLUMN_KEYS[0].1;
        first.starts_with('{')
            && first.ends_with('}')
            && text_names
                .iter()
                .any(|name| first.contains(&format!("\"{name}\"")))
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        let map = out.options().columns.clone();
        super::for_each_line(input, out, 1, |line, number, out| {
            let position = format!("line {number}");
            let read = super::json::with_value(line, |object| {
                if !object.is_object() {
                    return out.malformed(&position, "not a JSON object");
                }
                let row = JsonRow { object, map: &map };
                if row.value("text").is_none() {
                    return out.malformed(&position, &map.missing_text());
                }
                comment(&row, out);
            });
            if let Err(reason) = read {
                out.malformed(&position, &reason);
            }
        })
    }
}

struct JsonRow<'r> {
    object: &'r Value,
    map: &'r super::ColumnMap,
}

impl Row for JsonRow<'_> {
    fn value(&self, key: &str) -> Option<String> {
        self.map
            .names(key)
            .iter()
            .find_map(|name| match lookup(self.object, name)? {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => None,
            })
    }
}

/// A top-level key, or a dotted path into nested objects.
fn lookup<'v>(object: &'v Value, name: &str) -> Option<&'v Value> {
    if let Some(value) = object.get(name) {
        return Some(value).filter(|v| !v.is_null());
    }
    let lower = name.to_ascii_lowercase();
    if let Some((_, value)) = object
        .as_object()?
        .iter()
        .find(|(k, _)| k.to_ascii_lowercase() == lower)
    {
        return Some(value).filter(|v| !v.is_null());
    }
    let (head, rest) = name.split_once('.')?;
    lookup(object.get(head)?, rest)
}

impl CommentFormat for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["csv"]
    }

    fn read_by_extension(&self) -> &'static [&'static str] {
        &["csv"]
    }

    fn sniff(&self, head: &str) -> bool {
        let first = head.lines().next().unwrap_or_default().to_ascii_lowercase();
        let text_names = super::COLUMN_KEYS[0].1;
        first
            .split([',', ';', '\t'])
            .any(|cell| text_names.contains(&cell.trim().trim_matches('"')))
    }

    fn read(
        &self,
        input: &mut dyn std::io::BufRead,
        out: &mut ThreadWriter<'_>,
    ) -> Result<(), Problem> {
        let mut head = Vec::new();
        let peeked = input.fill_buf()?;
        head.extend_from_slice(&peeked[..peeked.len().min(4096)]);
        let delimiter = delimiter(&head);
        let limit = out.options().max_record_bytes as usize;
        let mut reader = RecordReader::new(input, delimiter, limit);
        let header: Vec<String> = match reader.next()? {
            Next::Record { fields } => fields,
            Next::Malformed { line, reason } => {
                return Err(Problem::Unreadable(format!(
                    "the header row (line {line}): {reason}"
                )))
            }
            Next::End => return Err(Problem::Unreadable("no header row".into())),
        };
        let header: Vec<&str> = header
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}'))
            .collect();
        let resolved = out.options().columns.resolve(&header);
        if resolved.get("text").is_none() {
            return Err(Problem::Unreadable(out.options().columns.missing_text()));
        }
        loop {
            if out.stopped() {
                return Ok(());
            }
            match reader.next()? {
                Next::End => return Ok(()),
                Next::Record { fields, .. } => {
                    let row = CsvRow {
                        fields: &fields,
                        resolved: &resolved,
                    };
                    comment(&row, out);
                }
                Next::Malformed { line, reason } => out.malformed(&format!("line {line}"), &reason),
            }
        }
    }
}

/// The delimiter of the header line: the most frequent of comma, semicolon and tab.
fn delimiter(head: &[u8]) -> u8 {
    let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| line.iter().filter(|b| *b == d).count())
        .unwrap_or(b',')
}

struct CsvRow<'r> {
    fields: &'r [String],
    resolved: &'r super::columns::Resolved,
}

impl Row for CsvRow<'_> {
    fn value(&self, key: &str) -> Option<String> {
        let value = self.fields.get(self.resolved.get(key)?)?.trim();
        (!value.is_empty()).then(|| value.to_string())
    }
}

/// Makes a reaction of a row; a row with an empty text cell is counted as `empty`.
fn comment(row: &dyn Row, out: &mut ThreadWriter<'_>) {
    let text = row.value("text").unwrap_or_default();
    // A platform this tool names keeps its name (`x` is Twitter); anything else is unknown.
    let platform = row
        .value("platform")
        .and_then(|name| Platform::from_name(&name))
        .unwrap_or_default();
    let url = row.value("url");
    let thread = row
        .value("thread")
        .or_else(|| url.clone())
        .unwrap_or_else(|| out.source().to_string());
    if !out.has_thread(&thread) {
        out.post(Post {
            platform,
            key: thread.clone(),
            title: row.value("title"),
            identified_by_url: url.is_some() && row.value("thread").is_none(),
            url,
            published_at: None,
        });
    }
    let (handle, author) = match (row.value("handle"), row.value("author")) {
        (Some(handle), author) => (Some(handle.trim_start_matches('@').to_string()), author),
        // A display name written as a handle (`@lerato_m`, as YouTube shows them) is one.
        (None, Some(author)) if author.starts_with('@') && !author.contains(' ') => {
            (Some(author[1..].to_string()), None)
        }
        (None, author) => (None, author),
    };
    out.comment(
        platform,
        &thread,
        Comment {
            id: row.value("id"),
            parent: row.value("parent_id"),
            depth: None,
            handle,
            display_name: author,
            raw_text: text.clone(),
            text,
            links: Vec::new(),
            quoted: String::new(),
            posted_at: row
                .value("created_at")
                .and_then(|t| super::timestamp(&t, out.dates())),
            like_count: row.value("likes").as_deref().and_then(super::count),
            lang: None,
        },
    );
}
