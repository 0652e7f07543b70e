//! Output formats for reaction records, registered by name: one file per format.

mod csv;
mod jsonl;

use std::io::{self, Write};

use collector::Reaction;

/// Serializes reaction records to one output format.
pub trait ReactionWriter: Sync {
    fn name(&self) -> &'static str;
    /// Begins the output (a header row, if the format has one); records follow one by one,
    /// so a stream larger than memory can be written.
    fn start<'w>(&self, out: &'w mut dyn Write) -> io::Result<Box<dyn RecordSink + 'w>>;

    /// Writes all of `reactions`.
    fn write(&self, reactions: &[Reaction], out: &mut dyn Write) -> io::Result<()> {
        let mut sink = self.start(out)?;
        for reaction in reactions {
            sink.push(reaction)?;
        }
        sink.finish()
    }
}

/// An output being written, one record at a time.
pub trait RecordSink {
    fn push(&mut self, reaction: &Reaction) -> io::Result<()>;
    /// Flushes what the format buffers.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

pub static WRITERS: &[&dyn ReactionWriter] = &[&jsonl::JsonLines, &csv::Csv];

pub fn by_name(name: &str) -> Option<&'static dyn ReactionWriter> {
    WRITERS.iter().find(|w| w.name() == name).copied()
}

/// Makes a cell inert in spreadsheets: a leading `=`, `+`, `-`, `@`, tab or carriage return
/// would make Excel, LibreOffice or Sheets evaluate it as a formula, so it gets a `'` prefix.
pub fn neutralize_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}
