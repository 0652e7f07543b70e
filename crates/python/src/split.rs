//! A large JSON Lines export read by many Spark tasks (`python/reactions/spark.py`), in two
//! stages that give the reactions `reactions run` gives.
//!
//! 1. [`split_records`]: a task reads a byte range of the export aligned to records and says
//!    each record's thread ([`CommentFormat::record_thread`]) and its offset in the file.
//! 2. Spark routes the records by (file, thread) and sorts each thread's by offset;
//!    [`collect_threads`] runs the collector over each thread's records in file order, so the
//!    facts that depend on the comments read before (position in the thread, reply depth, a
//!    quote of the parent, double posts and duplicates) are those of reading the whole file.
//!    Each reaction carries its record's offset, which puts the rows back in file order.
//!
//! A malformed record is reported by its offset; the driver turns offsets into line numbers
//! and lists them as the command line does ([`file_problems`]).

use std::cell::Cell;
use std::io::Read;
use std::ops::Range;
use std::sync::Arc;

use arrow_array::{
    Array, ArrayRef, BinaryArray, BinaryViewArray, Int64Array, LargeBinaryArray, RecordBatch,
    StringArray,
};
use arrow_pyarrow::PyArrowType;
use arrow_schema::{DataType, Field, Schema};
use collector::comments::{self, CommentFormat, ReadOptions, RecordThread};
use collector::{Collection, Problem, Reaction};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

use crate::{arrow_error, collected, parse_day, with_columns, PyBatch, Texts};

fn comment_format(name: &str) -> PyResult<&'static dyn CommentFormat> {
    comments::by_name(name)
        .ok_or_else(|| PyValueError::new_err(format!("no comment format is named {name:?}")))
}

/// The comment format by which the export named `name`, whose first bytes are `head`, is
/// split across tasks (`input_format` forced as `reactions collect --input-format`), or
/// `None` when it is read whole ([`comments::line_split_format`]).
#[pyfunction]
#[pyo3(signature = (name, head, input_format))]
pub fn split_format(name: &str, head: &[u8], input_format: Option<&str>) -> Option<&'static str> {
    comments::line_split_format(name, head, input_format).map(|format| format.name())
}

/// Stage 1 over `block`, the bytes of a split from file offset `base`: every record (a
/// non-blank line) that starts before `end`, the split's end, with its offset, its bytes
/// (without the newline) and its thread (null for the export's unsplit records). A record is
/// whole only when its newline is in `block`, or when `last` says the file ends there.
/// Returns the records, how many bytes of `block` they used, and whether the split is done.
#[pyfunction]
#[pyo3(signature = (format, block, base, end, last))]
pub fn split_records(
    py: Python<'_>,
    format: &str,
    block: &[u8],
    base: i64,
    end: i64,
    last: bool,
) -> PyResult<(PyBatch, usize, bool)> {
    let format = comment_format(format)?;
    let (offsets, threads, records, used, done) = py.detach(|| {
        let mut offsets = Vec::new();
        let mut threads = Vec::new();
        let mut records: Vec<&[u8]> = Vec::new();
        let mut at = 0;
        let done = loop {
            if base + at as i64 >= end {
                break true;
            }
            let (line, next) = match memchr::memchr(b'\n', &block[at..]) {
                Some(length) => (&block[at..at + length], at + length + 1),
                None if last && at < block.len() => (&block[at..], block.len()),
                None => break last,
            };
            let offset = base + at as i64;
            at = next;
            let text = std::str::from_utf8(line).ok();
            let text = match (text, offset) {
                (Some(text), 0) => Some(text.trim_start_matches('\u{feff}')),
                (text, _) => text,
            };
            // The collector skips blank lines and counts them; line numbers come from
            // offsets, so they need not travel.
            if text.is_some_and(|text| text.trim().is_empty()) {
                continue;
            }
            let thread = text.and_then(|text| format.record_thread(text));
            offsets.push(offset);
            threads.push(match thread {
                Some(RecordThread::Thread(key)) => Some(key),
                Some(RecordThread::Unsplit) | None => None,
            });
            records.push(line);
        };
        (offsets, threads, records, at, done)
    });
    let schema = Schema::new(vec![
        Field::new("_record", DataType::Int64, false),
        Field::new("_thread", DataType::Utf8, true),
        Field::new("record", DataType::Binary, false),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(offsets)),
        Arc::new(StringArray::from(threads)),
        Arc::new(BinaryArray::from(records)),
    ];
    let batch = RecordBatch::try_new(Arc::new(schema), columns).map_err(arrow_error)?;
    Ok((PyArrowType(batch), used, done))
}

/// A binary array of any of Arrow's three layouts, read in place.
#[derive(Clone, Copy)]
enum Bytes<'a> {
    Binary(&'a BinaryArray),
    LargeBinary(&'a LargeBinaryArray),
    BinaryView(&'a BinaryViewArray),
}

impl<'a> Bytes<'a> {
    fn of(array: &'a ArrayRef) -> PyResult<Bytes<'a>> {
        let any = array.as_any();
        if let Some(bytes) = any.downcast_ref::<BinaryArray>() {
            return Ok(Bytes::Binary(bytes));
        }
        if let Some(bytes) = any.downcast_ref::<LargeBinaryArray>() {
            return Ok(Bytes::LargeBinary(bytes));
        }
        if let Some(bytes) = any.downcast_ref::<BinaryViewArray>() {
            return Ok(Bytes::BinaryView(bytes));
        }
        Err(PyTypeError::new_err(format!(
            "records must be an Arrow binary array, not {}",
            array.data_type()
        )))
    }

    fn get(self, row: usize) -> &'a [u8] {
        match self {
            Bytes::Binary(bytes) => bytes.value(row),
            Bytes::LargeBinary(bytes) => bytes.value(row),
            Bytes::BinaryView(bytes) => bytes.value(row),
        }
    }
}

/// Serves a thread's records to the collector as lines, at most the rest of one record and
/// its newline at each read. [`comments::read`] reads through a `BufReader`, which reads
/// again only once it has handed on all it holds (`BufRead::fill_buf`), and the collector
/// makes a record's reactions as soon as it has read its line; so while it makes them, the
/// record last served (`current`) is theirs.
struct RecordLines<'a> {
    records: Bytes<'a>,
    rows: Range<usize>,
    served: usize,
    current: &'a Cell<usize>,
}

impl Read for RecordLines<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let Some(row) = self.rows.clone().next() else {
            return Ok(0);
        };
        let record = self.records.get(row);
        let rest = record.get(self.served..).unwrap_or_default();
        let length = rest.len().min(buffer.len());
        buffer[..length].copy_from_slice(&rest[..length]);
        let mut written = length;
        if length == rest.len() && written < buffer.len() {
            buffer[written] = b'\n';
            written += 1;
            self.rows.next();
            self.served = 0;
        } else {
            self.served += length;
        }
        self.current.set(row);
        Ok(written)
    }
}

/// One reaction or article read in stage 2 and where it was read: its input's place, the
/// offset of its record (an article: of its thread's first record) and its place among what
/// that record gave.
#[derive(Clone, Copy)]
struct Place {
    input: i64,
    record: i64,
    order: i64,
}

fn place_columns(places: &[Place]) -> [(Field, ArrayRef); 3] {
    let column = |pick: fn(&Place) -> i64| -> ArrayRef {
        Arc::new(places.iter().map(pick).collect::<Int64Array>())
    };
    [
        (
            Field::new("_input", DataType::Int64, false),
            column(|p| p.input),
        ),
        (
            Field::new("_record", DataType::Int64, false),
            column(|p| p.record),
        ),
        (
            Field::new("_order", DataType::Int64, false),
            column(|p| p.order),
        ),
    ]
}

/// A malformed record of a split export: (source, input place, the record's offset, what the
/// position says after the line number, reason). A problem that is not one record's has no
/// offset, and its reason is the whole message.
type RecordProblem = (String, i64, Option<i64>, String, String);

fn int64s(batch: &RecordBatch, name: &str) -> PyResult<Int64Array> {
    batch
        .column_by_name(name)
        .and_then(|column| column.as_any().downcast_ref::<Int64Array>())
        .cloned()
        .ok_or_else(|| PyValueError::new_err(format!("the records have no int64 column {name}")))
}

fn column<'b>(batch: &'b RecordBatch, name: &str) -> PyResult<&'b ArrayRef> {
    batch
        .column_by_name(name)
        .ok_or_else(|| PyValueError::new_err(format!("the records have no column {name}")))
}

/// Stage 2: the collector over each thread's records. `records` holds whole threads, each
/// in file order, rows of one thread together (columns `path`, `format`, `_input`,
/// `_thread`, `_record`, `record`, as stage 1 and Spark's sort give them). Returns the
/// reactions and the articles as `collect` gives them (with `date` when `collected_on` is
/// given), each with `_input`, `_record` and `_order`, and the malformed records.
#[pyfunction]
#[pyo3(signature = (records, collected_on))]
pub fn collect_threads(
    py: Python<'_>,
    records: PyBatch,
    collected_on: Option<&str>,
) -> PyResult<(PyBatch, PyBatch, Vec<RecordProblem>)> {
    let day = parse_day(collected_on)?;
    let batch = records.0;
    let paths = Texts::of(column(&batch, "path")?)?;
    let formats = Texts::of(column(&batch, "format")?)?;
    let threads = Texts::of(column(&batch, "_thread")?)?;
    let bytes = Bytes::of(column(&batch, "record")?)?;
    let inputs = int64s(&batch, "_input")?;
    let offsets = int64s(&batch, "_record")?;
    let mut groups = Vec::new();
    let mut start = 0;
    for row in 1..=batch.num_rows() {
        let same = row < batch.num_rows()
            && inputs.value(row) == inputs.value(start)
            && threads.get(row) == threads.get(start);
        if !same {
            let format = comment_format(formats.get(start).unwrap_or_default())?;
            groups.push((start..row, format));
            start = row;
        }
    }
    let options = ReadOptions {
        lines: true,
        // Listed per file by the driver, as the command line lists them.
        max_reported_problems: usize::MAX,
        ..ReadOptions::default()
    };
    let (collection, reaction_places, article_places, problems) = py.detach(|| {
        let mut collection = Collection::default();
        let mut reaction_places: Vec<Place> = Vec::new();
        let mut article_places = Vec::new();
        let mut problems = Vec::new();
        for (rows, format) in groups {
            let source = paths.get(rows.start).unwrap_or_default();
            let input = inputs.value(rows.start);
            let current = Cell::new(rows.start);
            let mut lines = RecordLines {
                records: bytes,
                rows: rows.clone(),
                served: 0,
                current: &current,
            };
            let reactions = &mut collection.reactions;
            let mut emit = |reaction: Reaction| {
                let record = offsets.value(current.get());
                let order = match reaction_places.last() {
                    Some(last) if last.input == input && last.record == record => last.order + 1,
                    _ => 0,
                };
                reaction_places.push(Place {
                    input,
                    record,
                    order,
                });
                reactions.push(reaction);
                std::ops::ControlFlow::Continue(())
            };
            let read = comments::read(format, source, &mut lines, &options, &mut emit);
            let first = offsets.value(rows.start);
            article_places.extend((0..read.articles.len()).map(|order| Place {
                input,
                record: first,
                order: order as i64,
            }));
            collection.articles.extend(read.articles);
            problems.extend(read.problems.into_iter().map(|error| {
                record_problem(error.source, input, error.problem, |line| {
                    let row = rows.start + line.checked_sub(1)?;
                    rows.contains(&row).then(|| offsets.value(row))
                })
            }));
        }
        (collection, reaction_places, article_places, problems)
    });
    let (reactions, articles, _) = collected(collection, day)?;
    let reactions = with_columns(reactions.0, place_columns(&reaction_places));
    let articles = with_columns(articles.0, place_columns(&article_places));
    Ok((
        PyArrowType(reactions.map_err(arrow_error)?),
        PyArrowType(articles.map_err(arrow_error)?),
        problems,
    ))
}

/// A problem of stage 2 by its record's offset: the collector numbered the thread's records
/// as lines from 1 (`line 3, data[1]`), which `offset_of_line` turns into the offset.
fn record_problem(
    source: String,
    input: i64,
    problem: Problem,
    offset_of_line: impl Fn(usize) -> Option<i64>,
) -> RecordProblem {
    if let Problem::Malformed { position, reason } = &problem {
        let number = position.strip_prefix("line ").map(|rest| {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (rest[..digits].parse().ok(), &rest[digits..])
        });
        if let Some((Some(line), after)) = number {
            if let Some(offset) = offset_of_line(line) {
                return (
                    source,
                    input,
                    Some(offset),
                    after.to_string(),
                    reason.clone(),
                );
            }
        }
    }
    (source, input, None, String::new(), problem.to_string())
}

/// A split export's first malformed records, each as (line, what its position says after the
/// line number, reason), of `count` in all, listed as the command line lists one export's: by
/// line, the first [`ReadOptions::max_reported_problems`] one by one, then how many more.
#[pyfunction]
#[pyo3(signature = (problems, count))]
pub fn file_problems(mut problems: Vec<(u64, String, String)>, count: usize) -> Vec<String> {
    problems.sort_by_key(|(line, _, _)| *line);
    let listed = max_reported_problems();
    let mut reasons: Vec<String> = problems
        .into_iter()
        .take(listed)
        .map(|(line, after, reason)| {
            Problem::Malformed {
                position: format!("line {line}{after}"),
                reason,
            }
            .to_string()
        })
        .collect();
    let more = count.saturating_sub(reasons.len());
    if more > 0 {
        reasons.push(Problem::MoreMalformed(more).to_string());
    }
    reasons
}

/// How many malformed records of one export are listed one by one.
pub fn max_reported_problems() -> usize {
    ReadOptions::default().max_reported_problems
}
