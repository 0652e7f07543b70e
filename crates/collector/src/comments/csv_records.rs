//! CSV records read line by line, so that one bad record cannot take the rest of the file with
//! it. A quoted field may run over several lines (a comment with paragraphs); one whose closing
//! quote never comes, or comes only past the record limit, is reported by the line it opened on,
//! and reading starts again at the line after it. A general CSV reader would instead take every
//! later row into that field: one stray quote made a 128 MB export one record.
//!
//! Quoting follows RFC 4180 with spreadsheet leniency: a quote opens a quoted field only at the
//! field's start; `""` inside one is a quote; anything after the closing quote up to the next
//! delimiter is kept as it is.

use std::collections::VecDeque;
use std::io::BufRead;

use super::lines::{read_line_within, LineRead};

/// What [`RecordReader::next`] found.
pub(super) enum Next {
    Record { fields: Vec<String> },
    Malformed { line: usize, reason: String },
    End,
}

pub(super) struct RecordReader<'i> {
    input: &'i mut dyn BufRead,
    delimiter: u8,
    /// Bytes a record may hold, quoted newlines included.
    limit: usize,
    /// The number the next line read from `input` has.
    next_number: usize,
    /// Lines to read again, after a quote left open took them into its record.
    replay: VecDeque<Line>,
}

/// A line, or why there is none.
enum Line {
    Text(usize, Vec<u8>),
    TooLong(usize),
    End,
}

impl<'i> RecordReader<'i> {
    pub(super) fn new(input: &'i mut dyn BufRead, delimiter: u8, limit: usize) -> Self {
        RecordReader {
            input,
            delimiter,
            limit,
            next_number: 1,
            replay: VecDeque::new(),
        }
    }

    fn line(&mut self) -> std::io::Result<Line> {
        if let Some(line) = self.replay.pop_front() {
            return Ok(line);
        }
        let number = self.next_number;
        self.next_number += 1;
        let mut line = Vec::new();
        Ok(match read_line_within(self.input, &mut line, self.limit)? {
            LineRead::Line => Line::Text(number, line),
            LineRead::TooLong => Line::TooLong(number),
            LineRead::End => Line::End,
        })
    }

    /// The next record, skipping blank lines.
    pub(super) fn next(&mut self) -> std::io::Result<Next> {
        let (first, line) = loop {
            match self.line()? {
                Line::End => return Ok(Next::End),
                Line::TooLong(number) => {
                    return Ok(Next::Malformed {
                        line: number,
                        reason: format!("longer than the {}-byte record limit", self.limit),
                    })
                }
                Line::Text(_, line) if line.iter().all(u8::is_ascii_whitespace) => {}
                Line::Text(number, line) => break (number, line),
            }
        };
        let mut record = Fields::new(self.delimiter);
        let mut size = line.len();
        record.read(&line);
        // The lines a quoted field took after the first, to read again if it never closes.
        let mut continued: Vec<Line> = Vec::new();
        while record.in_quotes {
            let reason = match self.line()? {
                Line::Text(number, line) if size + line.len() < self.limit => {
                    size += line.len() + 1;
                    record.field.push(b'\n');
                    record.read(&line);
                    continued.push(Line::Text(number, line));
                    continue;
                }
                Line::End => "a quoted field opened on this line is never closed".to_string(),
                over => {
                    continued.push(over);
                    format!(
                        "a quoted field opened on this line is still open after the {}-byte record limit",
                        self.limit
                    )
                }
            };
            for line in continued.into_iter().rev() {
                self.replay.push_front(line);
            }
            return Ok(Next::Malformed {
                line: first,
                reason,
            });
        }
        Ok(match record.finish() {
            Ok(fields) => Next::Record { fields },
            Err(valid_up_to) => Next::Malformed {
                line: first,
                reason: format!("not valid UTF-8 at byte {valid_up_to}"),
            },
        })
    }
}

/// The fields of one record as its lines are read.
struct Fields {
    delimiter: u8,
    fields: Vec<Vec<u8>>,
    field: Vec<u8>,
    in_quotes: bool,
    /// No byte of the current field read yet: a quote here opens a quoted field.
    at_field_start: bool,
}

impl Fields {
    fn new(delimiter: u8) -> Self {
        Fields {
            delimiter,
            fields: Vec::new(),
            field: Vec::new(),
            in_quotes: false,
            at_field_start: true,
        }
    }

    fn read(&mut self, line: &[u8]) {
        let mut bytes = line.iter().copied().peekable();
        while let Some(byte) = bytes.next() {
            if self.in_quotes {
                match byte {
                    b'"' if bytes.peek() == Some(&b'"') => {
                        bytes.next();
                        self.field.push(b'"');
                    }
                    b'"' => self.in_quotes = false,
                    b'\r' if bytes.peek().is_none() => {}
                    _ => self.field.push(byte),
                }
            } else if byte == self.delimiter {
                self.fields.push(std::mem::take(&mut self.field));
                self.at_field_start = true;
            } else if byte == b'"' && self.at_field_start {
                self.in_quotes = true;
                self.at_field_start = false;
            } else {
                self.field.push(byte);
                self.at_field_start = false;
            }
        }
    }

    /// The fields as text, or where the first invalid UTF-8 is.
    fn finish(mut self) -> Result<Vec<String>, usize> {
        self.fields.push(self.field);
        let mut offset = 0;
        self.fields
            .into_iter()
            .map(|field| {
                let length = field.len();
                let text =
                    String::from_utf8(field).map_err(|e| offset + e.utf8_error().valid_up_to());
                offset += length + 1;
                text
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{Next, RecordReader};

    fn read_all(csv: &str, limit: usize) -> Vec<Result<Vec<String>, (usize, String)>> {
        let mut input = csv.as_bytes();
        let mut reader = RecordReader::new(&mut input, b',', limit);
        let mut out = Vec::new();
        loop {
            match reader.next().expect("reads from memory") {
                Next::End => return out,
                Next::Record { fields } => out.push(Ok(fields)),
                Next::Malformed { line, reason } => out.push(Err((line, reason))),
            }
        }
    }

    fn ok(fields: &[&str]) -> Result<Vec<String>, (usize, String)> {
        Ok(fields.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn quoted_fields_hold_delimiters_quotes_and_newlines() {
        let csv = "text,author\r\n\"Hi, all\",a\n\"He said \"\"no\"\"\nthen left\",b\n5\" screen,c\n\nlast,d";
        assert_eq!(
            read_all(csv, 1000),
            [
                ok(&["text", "author"]),
                ok(&["Hi, all", "a"]),
                ok(&["He said \"no\"\nthen left", "b"]),
                ok(&["5\" screen", "c"]),
                ok(&["last", "d"]),
            ]
        );
    }

    #[test]
    fn a_quote_left_open_is_reported_and_the_rows_after_it_are_read() {
        let csv = "text,author,id\nfine,a,1\n\"stray,b,2\nthird,c,3\n";
        let records = read_all(csv, 1000);
        assert_eq!(records[1], ok(&["fine", "a", "1"]));
        assert_eq!(
            records[2],
            Err((
                3,
                "a quoted field opened on this line is never closed".into()
            ))
        );
        assert_eq!(records[3], ok(&["third", "c", "3"]));
        assert_eq!(records.len(), 4);
        // Past the record limit, the same: the open field stops there.
        let long = format!("text\n\"open\n{}\nnext\n", "x".repeat(50));
        let records = read_all(&long, 40);
        assert!(matches!(&records[1], Err((2, reason)) if reason.contains("40-byte record limit")));
        assert_eq!(
            records[2],
            Err((3, "longer than the 40-byte record limit".into()))
        );
        assert_eq!(records[3], ok(&["next"]));
    }
}
