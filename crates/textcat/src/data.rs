//! Labelled texts from TSV files: AfriSenti's `ID<TAB>tweet<TAB>label` with its header line,
//! or a user's own `text<TAB>label`, with or without a header.

/// A labelled text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    /// The text.
    pub text: String,
    /// Its class.
    pub label: String,
}

/// Why a TSV file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// A line without the columns the file's first line has.
    #[error("{origin}: line {line}: expected {columns} tab-separated columns")]
    Columns {
        /// The file.
        origin: String,
        /// Its line, from 1.
        line: usize,
        /// How many the first line has (2 or 3).
        columns: usize,
    },
    /// Not UTF-8.
    #[error("{origin}: not UTF-8")]
    Encoding {
        /// The file.
        origin: String,
        /// Where decoding failed.
        #[source]
        source: std::str::Utf8Error,
    },
    /// No labelled line.
    #[error("{origin}: no labelled texts")]
    Empty {
        /// The file.
        origin: String,
    },
}

/// Reads `bytes` as TSV: with three columns the text is the second and the label the third
/// (AfriSenti), with two the text is the first. A first line whose label column reads `label`
/// is a header. Empty lines are skipped; `origin` names the file in errors.
pub fn parse_tsv(bytes: &[u8], origin: &str) -> Result<Vec<Labelled>, DataError> {
    let text = std::str::from_utf8(bytes).map_err(|source| DataError::Encoding {
        origin: origin.to_string(),
        source,
    })?;
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, first)) = lines.clone().next() else {
        return Err(DataError::Empty {
            origin: origin.to_string(),
        });
    };
    let columns = first.split('\t').count();
    if !(2..=3).contains(&columns) {
        return Err(DataError::Columns {
            origin: origin.to_string(),
            line: 1,
            columns: 3,
        });
    }
    if first.rsplit('\t').next().map(str::trim) == Some("label") {
        lines.next();
    }
    let mut out = Vec::new();
    for (index, line) in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != columns {
            return Err(DataError::Columns {
                origin: origin.to_string(),
                line: index + 1,
                columns,
            });
        }
        out.push(Labelled {
            text: fields[columns - 2].to_string(),
            label: fields[columns - 1].trim().to_string(),
        });
    }
    if out.is_empty() {
        return Err(DataError::Empty {
            origin: origin.to_string(),
        });
    }
    Ok(out)
}
