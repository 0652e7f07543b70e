//! CSV with a header row: the reaction record's columns ([`dataset_columns::record`]), `links` and
//! `cues` joined by spaces, timestamps as the record has them; every cell formula-neutralized.

use std::borrow::Cow;
use std::io::{self, Write};

use collector::Reaction;

use super::{neutralize_formula, ReactionWriter, RecordSink};
use crate::dataset_columns::{self, Column};

pub struct CsvWriter;

impl ReactionWriter for CsvWriter {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn start<'w>(&self, out: &'w mut dyn Write) -> io::Result<Box<dyn RecordSink + 'w>> {
        let columns = dataset_columns::record();
        let mut csv = ::csv::Writer::from_writer(out);
        csv.write_record(columns.iter().map(|column| column.name))?;
        Ok(Box::new(Rows { csv, columns }))
    }
}

struct Rows<'w> {
    csv: ::csv::Writer<&'w mut dyn Write>,
    columns: Vec<Column<Reaction, Reaction>>,
}

/// A column's value as a cell: empty where there is none.
fn cell<'a>(write: &dataset_columns::Write<Reaction>, r: &'a Reaction) -> Cow<'a, str> {
    use dataset_columns::Write as W;
    let text = |value: Option<String>| Cow::Owned(value.unwrap_or_default());
    match write {
        W::Text(get) => get(r).unwrap_or_default(),
        W::Timestamp(get) => Cow::Borrowed(get(r).unwrap_or_default()),
        W::Date(get) => Cow::Owned(get(r).to_string()),
        W::Count(get) => text(get(r).map(|n| n.to_string())),
        W::Integer(get) => text(get(r).map(|n| n.to_string())),
        W::Float(get) => text(get(r).map(|x| x.to_string())),
        W::TextList(get) => Cow::Owned(get(r).join(" ")),
        W::Bool(get) => text(get(r).map(|b| b.to_string())),
    }
}

impl RecordSink for Rows<'_> {
    fn push(&mut self, r: &Reaction) -> io::Result<()> {
        for column in &self.columns {
            self.csv
                .write_field(neutralize_formula(&cell(&column.write, r)).as_bytes())?;
        }
        // An empty record ends the row the fields began.
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.csv.flush()
    }
}
