//! JSON Lines: one reaction object per line, the field names of [`Reaction`].

use std::io::{self, Write};

use collector::Reaction;

use super::{ReactionWriter, RecordSink};

pub struct JsonLinesWriter;

impl ReactionWriter for JsonLinesWriter {
    fn name(&self) -> &'static str {
        "jsonl"
    }

    fn start<'w>(&self, out: &'w mut dyn Write) -> io::Result<Box<dyn RecordSink + 'w>> {
        Ok(Box::new(Lines { out }))
    }
}

struct Lines<'w> {
    out: &'w mut dyn Write,
}

impl RecordSink for Lines<'_> {
    fn push(&mut self, reaction: &Reaction) -> io::Result<()> {
        serde_json::to_writer(&mut *self.out, reaction)?;
        self.out.write_all(b"\n")
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.out.flush()
    }
}
