//! Output formats for reaction records, registered by name: one file per format.

mod csv;
mod jsonl;

use std::io::{self, Write};

use collector::Reaction;

/// Serializes reaction records to one output format.
pub trait ReactionWriter: Sync {
    fn name(&self) -> &'static str;
    fn write(&self, reactions: &[Reaction], out: &mut dyn Write) -> io::Result<()>;
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
