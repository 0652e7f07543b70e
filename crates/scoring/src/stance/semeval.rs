//! The SemEval-2016 Task 6 file format and its official metric.
//!
//! Files are tab-separated with a header `ID Target Tweet Stance`, CRLF or LF line ends, in
//! UTF-8 or (as the official training file is) Windows-1252. [`parse`] decodes and validates a
//! file's bytes; [`write()`] writes examples back in the same format with the stance filled in;
//! [`evaluate`] computes per-class precision, recall and F1 and
//! F_avg = (F1(FAVOR) + F1(AGAINST)) / 2 over all examples, as the task's script does.

use std::fmt;

use super::Stance;

/// One row of a SemEval file.
#[derive(Debug, Clone, PartialEq)]
pub struct SemevalExample {
    /// The row's `ID`.
    pub id: String,
    /// The target the text is judged toward.
    pub target: String,
    /// The tweet.
    pub text: String,
    /// `None` when the file says UNKNOWN (or anything else, when labels are not required).
    pub stance: Option<Stance>,
    /// 1-based line number in the file, for error messages.
    pub line: usize,
}

/// A whole file: its rows and how its lines ended, so output can match input.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The rows, in file order.
    pub examples: Vec<SemevalExample>,
    /// Whether lines ended in CRLF.
    pub crlf: bool,
    /// The encoding the file was read as (`utf-8` or `windows-1252`), so that output can be written
    /// in it.
    pub encoding: &'static str,
}

/// A file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SemevalError {
    /// Not in SemEval's layout, or not matching the gold rows; the message names the file
    /// and, where there is one, the line.
    #[error("{0}")]
    Format(String),
}

/// UTF-8 when the bytes are valid UTF-8 (after an optional BOM), else Windows-1252, which
/// decodes every byte and is what the SemEval release uses.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "windows-1252")
        }
    }
}

/// Parses a SemEval file's bytes; `origin` names them in errors. With `labels_required`,
/// every Stance must be FAVOR, AGAINST or NONE (training and gold data); without, other
/// values (UNKNOWN) read as no label. The caller reads the file, within a size limit.
pub fn parse(bytes: &[u8], origin: &str, labels_required: bool) -> Result<Dataset, SemevalError> {
    let (text, encoding) = decode(bytes);
    let crlf = text.contains("\r\n");
    let mut lines = text.lines().enumerate();
    let header = loop {
        match lines.next() {
            None => {
                return Err(SemevalError::Format(format!(
                "{origin}: empty file: expected a header line `ID<TAB>Target<TAB>Tweet<TAB>Stance`"
            )))
            }
            Some((_, line)) if line.trim().is_empty() => continue,
            Some((number, line)) => break (number + 1, line),
        }
    };
    let columns: Vec<&str> = header.1.split('\t').map(str::trim).collect();
    if columns.len() != 4 || !columns[0].eq_ignore_ascii_case("id") {
        return Err(SemevalError::Format(format!(
            "{origin}:{}: expected the header `ID<TAB>Target<TAB>Tweet<TAB>Stance`, found {:?}",
            header.0, header.1
        )));
    }
    let mut examples = Vec::new();
    for (index, line) in lines {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 4 {
            return Err(SemevalError::Format(format!(
                "{origin}:{number}: expected 4 tab-separated columns (ID, Target, Tweet, Stance), found {}",
                fields.len()
            )));
        }
        // A tab inside the tweet would split it: the first two and the last column are fixed.
        let label = fields[fields.len() - 1].trim();
        let stance = Stance::parse(label);
        if labels_required && stance.is_none() {
            return Err(SemevalError::Format(format!(
                "{origin}:{number}: unknown stance label {label:?} (expected FAVOR, AGAINST or NONE)"
            )));
        }
        let target = fields[1].trim();
        if target.is_empty() {
            return Err(SemevalError::Format(format!(
                "{origin}:{number}: empty Target column"
            )));
        }
        examples.push(SemevalExample {
            id: fields[0].trim().to_string(),
            target: target.to_string(),
            text: fields[2..fields.len() - 1].join("\t"),
            stance,
            line: number,
        });
    }
    if examples.is_empty() {
        return Err(SemevalError::Format(format!(
            "{origin}: no rows after the header"
        )));
    }
    Ok(Dataset {
        examples,
        crlf,
        encoding,
    })
}

/// Writes rows in the SemEval format (UTF-8), each with the stance given for it.
pub fn write(
    out: &mut (impl std::io::Write + ?Sized),
    rows: &[(&SemevalExample, Stance)],
    crlf: bool,
) -> std::io::Result<()> {
    let end = if crlf { "\r\n" } else { "\n" };
    write!(out, "ID\tTarget\tTweet\tStance{end}")?;
    for (example, stance) in rows {
        write!(
            out,
            "{}\t{}\t{}\t{}{end}",
            example.id, example.target, example.text, stance
        )?;
    }
    Ok(())
}

/// Precision, recall and F1 of one class.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClassScores {
    /// The share of predictions of the class that were right.
    pub precision: f64,
    /// The share of gold examples of the class that were found.
    pub recall: f64,
    /// The harmonic mean of precision and recall.
    pub f1: f64,
    /// Gold examples of the class.
    pub support: usize,
}

/// Per-class scores and the official F_avg.
#[derive(Debug, Clone, PartialEq)]
pub struct SemevalEvaluation {
    /// The scores of each class, in [`Stance::ALL`] order.
    pub classes: Vec<(Stance, ClassScores)>,
    /// SemEval's official figure: the mean F1 of FAVOR and AGAINST.
    pub f_avg: f64,
    /// How many examples were compared.
    pub examples: usize,
}

/// Scores paired gold and predicted labels.
pub fn score(pairs: impl IntoIterator<Item = (Stance, Stance)>) -> SemevalEvaluation {
    let mut true_positive = [0usize; 3];
    let mut predicted = [0usize; 3];
    let mut gold = [0usize; 3];
    let mut examples = 0;
    for (g, p) in pairs {
        examples += 1;
        gold[g.index()] += 1;
        predicted[p.index()] += 1;
        if g == p {
            true_positive[g.index()] += 1;
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let classes: Vec<(Stance, ClassScores)> = Stance::ALL
        .into_iter()
        .map(|stance| {
            let i = stance.index();
            let precision = ratio(true_positive[i], predicted[i]);
            let recall = ratio(true_positive[i], gold[i]);
            let f1 = if precision + recall == 0.0 {
                0.0
            } else {
                2.0 * precision * recall / (precision + recall)
            };
            (
                stance,
                ClassScores {
                    precision,
                    recall,
                    f1,
                    support: gold[i],
                },
            )
        })
        .collect();
    let f_avg = (classes[0].1.f1 + classes[1].1.f1) / 2.0;
    SemevalEvaluation {
        classes,
        f_avg,
        examples,
    }
}

/// Matches predictions to gold rows by ID and scores them; every gold row needs a prediction.
pub fn evaluate(gold: &Dataset, predicted: &Dataset) -> Result<SemevalEvaluation, SemevalError> {
    let by_id: std::collections::HashMap<&str, &SemevalExample> = predicted
        .examples
        .iter()
        .map(|e| (e.id.as_str(), e))
        .collect();
    let mut pairs = Vec::with_capacity(gold.examples.len());
    for example in &gold.examples {
        let prediction = by_id.get(example.id.as_str()).ok_or_else(|| {
            SemevalError::Format(format!(
                "gold line {}: no prediction for ID {}",
                example.line, example.id
            ))
        })?;
        let predicted_stance = prediction.stance.ok_or_else(|| {
            SemevalError::Format(format!(
                "predictions line {}: ID {} has no FAVOR/AGAINST/NONE label",
                prediction.line, prediction.id
            ))
        })?;
        let gold_stance = example
            .stance
            .expect("gold labels are required when reading");
        pairs.push((gold_stance, predicted_stance));
    }
    Ok(score(pairs))
}

impl fmt::Display for SemevalEvaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<8} {:>9} {:>7} {:>7} {:>7}",
            "class", "precision", "recall", "F1", "n"
        )?;
        for (stance, scores) in &self.classes {
            writeln!(
                f,
                "{:<8} {:>9.4} {:>7.4} {:>7.4} {:>7}",
                stance.as_str(),
                scores.precision,
                scores.recall,
                scores.f1,
                scores.support
            )?;
        }
        write!(
            f,
            "F_avg = (F1_FAVOR + F1_AGAINST) / 2 = {:.4} over {} examples",
            self.f_avg, self.examples
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_windows_1252_with_crlf() {
        // 0x93/0x94 are Windows-1252's curly double quotes, 0xE9 is é: invalid as UTF-8.
        let bytes = b"ID\tTarget\tTweet\tStance\r\n1\tAtheism\t\x93Caf\xE9\x94 #SemST\tNONE\r\n2\tAtheism\tGod is great\tAGAINST\r\n";
        let data = parse(bytes, "train.txt", true).unwrap();
        assert_eq!(data.encoding, "windows-1252");
        assert!(data.crlf);
        assert_eq!(data.examples[0].text, "“Café” #SemST");
        assert_eq!(data.examples[1].stance, Some(Stance::Against));
        assert_eq!(data.examples[1].line, 3);
    }

    #[test]
    fn bad_rows_are_errors_naming_file_and_line() {
        let missing = parse(
            b"ID\tTarget\tTweet\tStance\n1\tA\tno label\n",
            "t.txt",
            true,
        );
        assert_eq!(
            missing.unwrap_err().to_string(),
            "t.txt:2: expected 4 tab-separated columns (ID, Target, Tweet, Stance), found 3"
        );
        let label = parse(
            b"ID\tTarget\tTweet\tStance\n1\tA\tx\tFAVOUR\n",
            "t.txt",
            true,
        );
        assert!(label
            .unwrap_err()
            .to_string()
            .starts_with("t.txt:2: unknown stance label \"FAVOUR\""));
        let empty = parse(b"", "t.txt", true).unwrap_err().to_string();
        assert!(empty.starts_with("t.txt: empty file"), "{empty}");
        let unknown = parse(
            b"ID\tTarget\tTweet\tStance\n1\tA\tx\tUNKNOWN\n",
            "t.txt",
            false,
        )
        .unwrap();
        assert_eq!(unknown.examples[0].stance, None);
    }

    #[test]
    fn f_avg_averages_favor_and_against_only() {
        use Stance::*;
        let evaluation = score([
            (Favor, Favor),
            (Favor, Against),
            (Against, Against),
            (Against, Against),
            (None, Favor),
            (None, None),
        ]);
        // FAVOR: P 1/2, R 1/2, F1 1/2. AGAINST: P 2/3, R 1, F1 0.8.
        assert!((evaluation.f_avg - 0.65).abs() < 1e-12);
        assert_eq!(evaluation.classes[2].1.support, 2);
    }

    #[test]
    fn written_rows_read_back() {
        let data = parse(
            b"ID\tTarget\tTweet\tStance\n7\tA\tsome text\tUNKNOWN\n",
            "p",
            false,
        )
        .unwrap();
        let mut out = Vec::new();
        write(&mut out, &[(&data.examples[0], Stance::Favor)], false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "ID\tTarget\tTweet\tStance\n7\tA\tsome text\tFAVOR\n"
        );
    }
}
