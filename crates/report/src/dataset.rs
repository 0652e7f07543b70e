//! The Parquet dataset that dashboards and notebooks read, written and read with polars.
//!
//! Four tables under the output directory: `reactions/` and `stance/` partitioned Hive-style
//! by day (`date=YYYY-MM-DD/part-0.parquet`), `articles/` and `daily/` as one file each. The
//! partition column lives in the path only, as Hive-style readers (pyarrow, DuckDB, polars)
//! expect. Every file carries `reactions.schema_version` in its key-value metadata. The schema
//! is documented field by field in `docs/dataset.md`.
//!
//! The whole dataset is first written into a staging directory beside it, then each table's
//! directory is swapped into place by rename, so a reader sees either the old table or the new
//! one, never a partial file.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use polars::frame::chunk_df_for_writing;
use polars::prelude::*;
use polars_parquet::read::ParquetError;
use polars_parquet::write::{self as parquet, FallibleStreamingIterator};
use rayon::prelude::*;

use crate::dataset_columns;
use crate::rows::{ReactionRow, ReportData, StanceRow};
use crate::summary::Summary;
use crate::ReportError;

mod append;
mod frames;
mod partitions;

pub use append::{write_day_partitions, PartitionWrite};
use frames::{reaction_frame, stance_frame};
pub use partitions::{dataset_keys, relabel_dataset, summarize_dataset};

pub use crate::owned::DATASET_TABLES as TABLES;
pub use crate::SCHEMA_VERSION;

fn polars_error(path: &Path) -> impl Fn(PolarsError) -> ReportError + '_ {
    move |e| ReportError::new(path, e)
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> ReportError + '_ {
    move |e| ReportError::new(path, e)
}

fn write_parquet(path: &Path, frame: &mut DataFrame) -> Result<(), ReportError> {
    if let Some(directory) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(directory).map_err(io_error(path))?;
    }
    let file = File::create(path).map_err(io_error(path))?;
    let failure = Arc::new(std::sync::Mutex::new(None));
    // Buffered: the encoder writes page headers and the footer a thrift field at a time, most
    // of them a byte or two, which unbuffered were ~3,700 `write` calls a partition (2.7
    // million for the report bench's 732 files).
    let writer = RecordingWriter {
        inner: std::io::BufWriter::with_capacity(WRITE_BUFFER_BYTES, file),
        failure: failure.clone(),
    };
    encode_parquet(writer, frame).map_err(|error| {
        // polars reports a failed write as "Invalid thrift: transport error"; the
        // operating system's reason ("No space left on device") is the one to give.
        let cause = failure.lock().ok().and_then(|mut f| f.take());
        match cause {
            Some(cause) => ReportError::new(path, cause),
            None => ReportError::new(path, error),
        }
    })?;
    Ok(())
}

/// The buffer between the Parquet encoder and the file.
const WRITE_BUFFER_BYTES: usize = 256 << 10;

/// A string column holding more text than this is written without a dictionary.
const PLAIN_TEXT_BYTES: usize = 8 << 20;
/// polars' own row group size, so that files are cut as `ParquetWriter` cuts them.
const ROW_GROUP_ROWS: usize = 512 * 512;

/// Writes `frame` as `ParquetWriter` does (its encoder, compression, statistics and row
/// groups, the Arrow schema in the metadata) with two differences: the metadata holds the
/// schema version, and a string column of more than [`PLAIN_TEXT_BYTES`] is written plain.
/// polars would encode it as a dictionary, a copy of every value and a page of them, for
/// every such column before writing the first: a record at the size limit cost 3 copies of
/// its text and raw text beyond the frame's. Plain pages are made one at a time, as the file
/// takes them.
fn encode_parquet<W: std::io::Write>(writer: W, frame: &mut DataFrame) -> PolarsResult<()> {
    let frame = chunk_df_for_writing(frame, ROW_GROUP_ROWS)?;
    let schema = frame.schema().to_arrow(CompatLevel::newest());
    let parquet_schema = parquet::to_parquet_schema(&schema)?;
    let encodings: Vec<Vec<parquet::Encoding>> = frame
        .columns()
        .iter()
        .zip(schema.iter_values())
        .map(|(column, field)| {
            if text_bytes(column) > PLAIN_TEXT_BYTES {
                vec![parquet::Encoding::Plain]
            } else {
                parquet::get_dtype_encoding(&field.dtype)
            }
        })
        .collect();
    let options = parquet::WriteOptions {
        statistics: StatisticsOptions::default(),
        compression: ParquetCompression::default().into(),
        version: parquet::Version::V1,
        data_page_size: None,
    };
    let metadata = vec![
        parquet::schema_to_metadata_key(&schema),
        parquet::KeyValue {
            key: "reactions.schema_version".to_string(),
            value: Some(SCHEMA_VERSION.to_string()),
        },
    ];
    let mut file =
        parquet::FileWriter::new_with_parquet_schema(writer, schema, parquet_schema, options);
    let fields = file.parquet_schema().fields().to_vec();
    for batch in frame.iter_chunks(CompatLevel::newest(), false) {
        if batch.is_empty() {
            continue;
        }
        // As polars does: each column's pages are set up in parallel (a dictionary is built
        // there), then made and compressed as the file takes them.
        let columns: Vec<_> = batch
            .columns()
            .par_iter()
            .zip(&fields)
            .zip(&encodings)
            .flat_map_iter(|((array, field), encoding)| {
                column_pages(array, field, encoding, options)
            })
            .collect();
        file.write(
            batch.len() as u64,
            parquet::DynIter::new(columns.into_iter()),
        )?;
    }
    file.end(Some(metadata))?;
    file.into_inner().flush()?;
    Ok(())
}

/// The bytes of text in a string column; 0 for any other.
fn text_bytes(column: &Column) -> usize {
    column.str().map_or(0, |texts| {
        texts
            .downcast_iter()
            .map(|chunk| chunk.total_bytes_len())
            .sum()
    })
}

type ColumnPages =
    PolarsResult<parquet::DynStreamingIterator<'static, parquet::CompressedPage, PolarsError>>;

/// The compressed pages of one column of a row group, made as they are read.
fn column_pages(
    array: &ArrayRef,
    field: &parquet::ParquetType,
    encoding: &[parquet::Encoding],
    options: parquet::WriteOptions,
) -> Vec<ColumnPages> {
    let leaves = match parquet::array_to_columns(array, field.clone(), options, encoding) {
        Ok(leaves) => leaves,
        Err(error) => return vec![Err(error)],
    };
    leaves
        .into_iter()
        .map(|pages| {
            let pages = pages
                .map(|page| page.map_err(|e| ParquetError::FeatureNotSupported(e.to_string())));
            let compressed = parquet::Compressor::new_from_vec(pages, options.compression, vec![])
                .map_err(PolarsError::from);
            Ok(parquet::DynStreamingIterator::new(compressed))
        })
        .collect()
}

/// A writer that keeps the first write error for the caller.
struct RecordingWriter<W> {
    inner: W,
    failure: Arc<std::sync::Mutex<Option<std::io::Error>>>,
}

impl<W: std::io::Write> std::io::Write for RecordingWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.inner.write(bytes).inspect_err(|e| self.remember(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().inspect_err(|e| self.remember(e))
    }
}

impl<W> RecordingWriter<W> {
    fn remember(&self, error: &std::io::Error) {
        if let Ok(mut failure) = self.failure.lock() {
            failure.get_or_insert_with(|| std::io::Error::new(error.kind(), error.to_string()));
        }
    }
}

fn partition_path(table: &Path, date: NaiveDate) -> PathBuf {
    table.join(format!("date={date}")).join("part-0.parquet")
}

/// Writes the four tables into `staging` (a directory no reader looks in), for
/// [`crate::write_report`] to swap into place with the other outputs.
pub fn stage_dataset(
    staging: &Path,
    data: &ReportData,
    summary: &Summary,
) -> Result<(), ReportError> {
    let mut reactions: BTreeMap<NaiveDate, Vec<&ReactionRow>> = BTreeMap::new();
    for row in &data.reactions {
        reactions.entry(row.date).or_default().push(row);
    }
    for (date, rows) in &reactions {
        let path = partition_path(&staging.join("reactions"), *date);
        write_parquet(
            &path,
            &mut frames::frame(&dataset_columns::reactions(), rows).map_err(polars_error(&path))?,
        )?;
    }
    let mut stance: BTreeMap<NaiveDate, Vec<&StanceRow>> = BTreeMap::new();
    for row in &data.stance {
        stance.entry(row.date).or_default().push(row);
    }
    for (date, rows) in &stance {
        let path = partition_path(&staging.join("stance"), *date);
        write_parquet(
            &path,
            &mut frames::frame(dataset_columns::STANCE, rows).map_err(polars_error(&path))?,
        )?;
    }
    for table in ["reactions", "stance"] {
        fs::create_dir_all(staging.join(table)).map_err(io_error(staging))?;
    }
    stage_summary_tables(staging, summary)
}

/// Writes `articles/` and `daily/`, the tables made from the summary, into `staging`.
pub(crate) fn stage_summary_tables(staging: &Path, summary: &Summary) -> Result<(), ReportError> {
    let path = staging.join("articles/part-0.parquet");
    let articles: Vec<_> = summary.articles.iter().collect();
    write_parquet(
        &path,
        &mut frames::frame(&dataset_columns::articles(), &articles).map_err(polars_error(&path))?,
    )?;
    let days = dataset_columns::day_rows(summary);
    let days: Vec<_> = days.iter().collect();
    let path = staging.join("daily/part-0.parquet");
    write_parquet(
        &path,
        &mut frames::frame(&dataset_columns::daily(), &days).map_err(polars_error(&path))?,
    )
}

fn read_table(
    dir: &Path,
    partitioned: bool,
) -> Result<Vec<(Option<NaiveDate>, DataFrame)>, ReportError> {
    table_files(dir, partitioned)?
        .into_iter()
        .map(|(date, path)| Ok((date, read_parquet(&path)?)))
        .collect()
}

/// A table's files, by day when it is partitioned.
fn table_files(
    dir: &Path,
    partitioned: bool,
) -> Result<Vec<(Option<NaiveDate>, PathBuf)>, ReportError> {
    let mut files: Vec<(Option<NaiveDate>, PathBuf)> = Vec::new();
    if partitioned {
        let entries = fs::read_dir(dir).map_err(io_error(dir))?;
        for entry in entries {
            let path = entry.map_err(io_error(dir))?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(day) = name.strip_prefix("date=") else {
                continue;
            };
            let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|e| ReportError::invalid(&path, format!("bad partition date: {e}")))?;
            files.push((Some(date), path.join("part-0.parquet")));
        }
        files.sort();
    } else {
        files.push((None, dir.join("part-0.parquet")));
    }
    Ok(files)
}

fn read_parquet(path: &Path) -> Result<DataFrame, ReportError> {
    let file = File::open(path).map_err(io_error(path))?;
    ParquetReader::new(file)
        .finish()
        .map_err(polars_error(path))
}

/// Whether `dir` holds a dataset with rows: a day of reactions, or an article. A directory
/// without a dataset holds none.
pub fn holds_rows(dir: &Path) -> Result<bool, ReportError> {
    let reactions = dir.join("reactions");
    if let Ok(entries) = fs::read_dir(&reactions) {
        for entry in entries {
            let entry = entry.map_err(io_error(&reactions))?;
            if entry.file_name().to_string_lossy().starts_with("date=") {
                return Ok(true);
            }
        }
    }
    let articles = dir.join("articles/part-0.parquet");
    let file = match File::open(&articles) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(ReportError::new(&articles, error)),
    };
    let rows = ParquetReader::new(file)
        .num_rows()
        .map_err(polars_error(&articles))?;
    Ok(rows > 0)
}

/// Reads a dataset written by [`crate::write_report`] back into rows, in the order written.
pub fn read_dataset(dir: &Path) -> Result<ReportData, ReportError> {
    let mut data = ReportData::default();
    let articles_dir = dir.join("articles");
    for (_, frame) in read_table(&articles_dir, false)? {
        data.articles = frames::records(&dataset_columns::articles(), &frame)
            .map_err(polars_error(&articles_dir))?;
    }

    let reactions_dir = dir.join("reactions");
    for (date, frame) in read_table(&reactions_dir, true)? {
        let date = date.expect("partitioned");
        let stored = frames::records(&dataset_columns::reactions(), &frame)
            .map_err(polars_error(&reactions_dir))?;
        for (i, stored) in stored.into_iter().enumerate() {
            let row = stored.into_row(date).map_err(|e| {
                ReportError::invalid(&reactions_dir, format!("row {i} of {date}: {e}"))
            })?;
            data.reactions.push(row);
        }
    }

    let stance_dir = dir.join("stance");
    for (date, frame) in read_table(&stance_dir, true)? {
        let date = date.expect("partitioned");
        let stored =
            frames::records(dataset_columns::STANCE, &frame).map_err(polars_error(&stance_dir))?;
        let mut targets = Vec::new();
        for (i, stored) in stored.into_iter().enumerate() {
            let row = stored.into_row(date, &mut targets).map_err(|e| {
                ReportError::invalid(&stance_dir, format!("row {i} of {date}: {e}"))
            })?;
            data.stance.push(row);
        }
    }

    data.restore_collection_order();
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReportProblem;

    #[test]
    fn a_text_column_over_the_plain_limit_reads_back_whole() {
        let dir = std::env::temp_dir().join(format!("plain-text-{}", std::process::id()));
        let path = dir.join("part-0.parquet");
        let huge = "Putin will not stop the war. ".repeat(PLAIN_TEXT_BYTES / 20);
        assert!(huge.len() > PLAIN_TEXT_BYTES);
        let texts = [Some(huge.as_str()), None, Some("short"), Some("short")];
        let mut frame = df!("text" => texts, "n" => [1u32, 2, 3, 4]).unwrap();
        write_parquet(&path, &mut frame).unwrap();
        let read = read_parquet(&path).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert!(read.equals_missing(&frame), "{read:?}");
    }

    #[test]
    fn a_full_disk_is_named_as_one() {
        let full = Path::new("/dev/full");
        if !full.exists() {
            eprintln!("skipped: no /dev/full on this system");
            return;
        }
        let mut frame = df!("text" => ["a".repeat(1 << 20)]).unwrap();
        let error = write_parquet(full, &mut frame).unwrap_err();
        assert_eq!(error.path, full);
        let ReportProblem::Io(cause) = &error.problem else {
            panic!("not the operating system's error: {error}");
        };
        assert_eq!(cause.kind(), std::io::ErrorKind::StorageFull, "{error}");
        assert!(
            error.to_string().contains("No space left on device"),
            "{error}"
        );
    }
}
