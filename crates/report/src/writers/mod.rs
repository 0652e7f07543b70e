//! Output formats for reaction records, registered by name: one file per format.

mod csv;
mod jsonl;

use std::io::{self, Write};

use collector::Reaction;

/// Serializes reaction records to one output format.
pub trait ReactionWriter: Sync {
    /// The name `reactions collect --format` takes.
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
    /// Writes one record.
    fn push(&mut self, reaction: &Reaction) -> io::Result<()>;
    /// Flushes what the format buffers.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// Every writer, in the order `--format` lists them.
pub static WRITERS: &[&dyn ReactionWriter] = &[&jsonl::JsonLinesWriter, &csv::CsvWriter];

/// The writer named `name`, if there is one.
pub fn by_name(name: &str) -> Option<&'static dyn ReactionWriter> {
    WRITERS.iter().find(|w| w.name() == name).copied()
}

/// Every writer's name, for the command line's choices.
pub fn names() -> Vec<&'static str> {
    WRITERS.iter().map(|w| w.name()).collect()
}

/// Makes a cell inert in spreadsheets: a leading `=`, `+`, `-`, `@`, tab or carriage return
/// would make Excel, LibreOffice or Sheets evaluate it as a formula, so it gets a `'` prefix.
/// A plain number (`-2`, a negative score) is no formula and stays a number.
pub fn neutralize_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let is_number =
        cell.starts_with(['+', '-']) && cell[1..].parse::<f64>().is_ok_and(f64::is_finite);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::{by_name, neutralize_formula};
    use collector::Reaction;

    /// JSON Lines takes its fields from the record's serde derive, CSV from the declared
    /// columns: a field added to the record without a column (or the other way) differs here.
    #[test]
    fn both_formats_have_the_declared_columns() {
        let declared: Vec<&str> = crate::dataset_columns::record::<Reaction, Reaction>()
            .iter()
            .map(|column| column.name)
            .collect();
        let write = |format: &str| {
            let mut out = Vec::new();
            by_name(format)
                .unwrap()
                .write(&[Reaction::default()], &mut out)
                .unwrap();
            String::from_utf8(out).unwrap()
        };
        let csv = write("csv");
        assert_eq!(csv.lines().next().unwrap(), declared.join(","));
        let json: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&write("jsonl")).unwrap();
        let mut fields: Vec<&str> = json.keys().map(String::as_str).collect();
        let mut sorted = declared.clone();
        fields.sort_unstable();
        sorted.sort_unstable();
        assert_eq!(fields, sorted);
    }

    #[test]
    fn formulas_are_neutralized_and_numbers_are_not() {
        for formula in [
            "=HYPERLINK(\"x\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
        ] {
            assert_eq!(neutralize_formula(formula), format!("'{formula}"));
        }
        for plain in ["-2", "+7", "-0.5", "hello", "3"] {
            assert_eq!(neutralize_formula(plain), plain);
        }
        assert_eq!(neutralize_formula("-inf"), "'-inf");
    }
}
