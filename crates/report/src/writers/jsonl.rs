//! JSON Lines: one reaction object per line, the field names of [`Reaction`].

use std::io::{self, Write};

use collector::Reaction;

use super::ReactionWriter;

pub struct JsonLines;

impl ReactionWriter for JsonLines {
    fn name(&self) -> &'static str {
        "jsonl"
    }

    fn write(&self, reactions: &[Reaction], out: &mut dyn Write) -> io::Result<()> {
        for reaction in reactions {
            serde_json::to_writer(&mut *out, reaction)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}
