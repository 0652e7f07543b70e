//! Reading an export a record at a time within the record size limit: JSON that is one
//! document or JSON Lines, and lines that are never held whole when they are too long.

use std::io::{BufRead, Read};

use super::{Problem, ThreadWriter};

/// Reads JSON that is either one document (pretty-printed or not) or JSON Lines: when the
/// first line is a whole JSON value, every line is a record; otherwise the input is one
/// document. `record` gets each JSON text and its position for error messages.
pub(crate) fn for_each_json_text(
    input: &mut dyn BufRead,
    out: &mut ThreadWriter<'_>,
    mut record: impl FnMut(&str, &str, &mut ThreadWriter<'_>),
) -> Result<(), Problem> {
    if out.options().lines {
        return for_each_line(input, out, 1, |text, number, out| {
            record(text, &format!("line {number}"), out)
        });
    }
    let limit = out.options().max_record_bytes as usize;
    let mut first = Vec::new();
    let mut skipped_blank = 0;
    loop {
        first.clear();
        match read_line_within(input, &mut first, limit)? {
            LineRead::End => return Ok(()),
            LineRead::TooLong => {
                return Err(Problem::Unreadable(format!(
                    "the first line is over the {limit}-byte input limit (raise it with --max-input-bytes)"
                )))
            }
            LineRead::Line if first.iter().all(u8::is_ascii_whitespace) => skipped_blank += 1,
            LineRead::Line => break,
        }
    }
    let first_line = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&first);
    let is_whole_value = super::json::is_value(first_line);
    if is_whole_value {
        let number = skipped_blank + 1;
        let text =
            std::str::from_utf8(first_line).map_err(|e| Problem::Unreadable(e.to_string()))?;
        record(text, &format!("line {number}"), out);
        return for_each_line(input, out, number + 1, |text, number, out| {
            record(text, &format!("line {number}"), out)
        });
    }
    let mut document = first_line.to_vec();
    document.push(b'\n');
    input
        .take((limit.saturating_sub(document.len()) + 1) as u64)
        .read_to_end(&mut document)?;
    if document.len() > limit {
        return Err(Problem::Unreadable(format!(
            "the document is over the {limit}-byte input limit (raise it with --max-input-bytes)"
        )));
    }
    let text = std::str::from_utf8(&document).map_err(|e| {
        Problem::Unreadable(format!(
            "not valid UTF-8 at byte {} (JSON must be UTF-8)",
            e.valid_up_to()
        ))
    })?;
    record(text, "document", out);
    Ok(())
}

/// Reads JSON Lines: each non-blank line goes to `record` with its 1-based number. A line
/// over the record limit is reported and skipped without being held in memory.
pub(crate) fn for_each_line(
    input: &mut dyn BufRead,
    out: &mut ThreadWriter<'_>,
    first_number: usize,
    mut record: impl FnMut(&str, usize, &mut ThreadWriter<'_>),
) -> Result<(), Problem> {
    let limit = out.options().max_record_bytes as usize;
    let mut line = Vec::with_capacity(4096);
    let mut number = first_number - 1;
    loop {
        if out.stopped() {
            return Ok(());
        }
        line.clear();
        number += 1;
        let read = read_line_within(input, &mut line, limit)?;
        match read {
            LineRead::End => return Ok(()),
            LineRead::TooLong => {
                out.malformed(
                    &format!("line {number}"),
                    &format!("longer than the {limit}-byte record limit"),
                );
                continue;
            }
            LineRead::Line => {}
        }
        let text = match std::str::from_utf8(&line) {
            Ok(text) => text,
            Err(error) => {
                out.malformed(
                    &format!("line {number}"),
                    &format!("not valid UTF-8 at byte {}", error.valid_up_to()),
                );
                continue;
            }
        };
        let text = if number == 1 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        record(text, number, out);
    }
}

pub(super) enum LineRead {
    Line,
    TooLong,
    End,
}

pub(super) fn read_line_within(
    input: &mut dyn BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(match (any, too_long) {
                (false, _) => LineRead::End,
                (true, true) => LineRead::TooLong,
                (true, false) => LineRead::Line,
            });
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', buffer) {
            Some(at) => (&buffer[..at], at + 1),
            None => (buffer, buffer.len()),
        };
        let found_end = done > chunk.len();
        if !too_long {
            if line.len() + chunk.len() > limit {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(done);
        if found_end {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}
