//! The `reactions._reactions` extension module: the collector and scoring crates behind the
//! `reactions` Python package (`python/reactions/__init__.py` holds its public API).
//!
//! Arrow goes in and out through the C data interface (`arrow-pyarrow`): texts arrive as one
//! Arrow string array and results leave as record batches, so no Python object is made per
//! row. Every function releases the GIL while it works, and scoring uses every core unless
//! told how many threads to use.
//!
//! ```python
//! import pyarrow as pa
//! from reactions import _reactions
//! batch = _reactions.sentiment(pa.array(["Shame on them."]), False, None)
//! assert batch.column("compound")[0].as_py() == -0.4767
//! ```

mod human_outputs;
mod methods;
mod schema;
mod split;

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Float64Array, LargeStringArray, RecordBatch,
    StringArray, StringViewArray, UInt32Array,
};
use arrow_data::ArrayData;
use arrow_pyarrow::PyArrowType;
use arrow_schema::{ArrowError, DataType, Field, Schema};
use chrono::NaiveDate;
use collector::input::{self, FileKind, InputSource};
use collector::record::{filing_date, reaction_filing_date};
use collector::{ArticleSummary, CollectOptions, Collection, Reaction};
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use report::dataset_columns::{Column, Write};
use report::labels::Source;
use scoring::stance::{ModelError, Target, TargetSet, TargetsError};
use scoring::step::{DatasetTable, ReactionText};
use scoring::{
    Polarity, Scores, ScoringStep, Sentiment, SentimentAnalyzer, StanceJudge, StanceJudgement,
    StanceModel,
};

type PyBatch = PyArrowType<RecordBatch>;

fn arrow_error(error: ArrowError) -> PyErr {
    PyRuntimeError::new_err(error.to_string())
}

/// A file the operating system would not give becomes `OSError(errno, reason, path)`, which
/// Python turns into `FileNotFoundError`, `PermissionError` and kin; a file whose content is
/// wrong becomes `ValueError`, its message naming the file.
fn file_error(path: &Path, error: &std::io::Error, message: String) -> PyErr {
    match error.raw_os_error() {
        Some(errno) => {
            let reason = error.to_string();
            let reason = reason.split(" (os error").next().unwrap_or_default();
            PyOSError::new_err((errno, reason.to_string(), path.display().to_string()))
        }
        None => PyValueError::new_err(message),
    }
}

fn targets_error(error: TargetsError) -> PyErr {
    PyValueError::new_err(error.to_string())
}

fn model_error(error: ModelError) -> PyErr {
    PyValueError::new_err(error.to_string())
}

/// A file read within its kind's size limit; one the operating system would not give is an
/// `OSError`, one that is not a regular file or is too large a `ValueError`.
fn read_file(path: &str, kind: FileKind) -> PyResult<Vec<u8>> {
    input::read_file(Path::new(path), kind).map_err(|error| match error.io_error() {
        Some(source) => file_error(Path::new(path), source, error.to_string()),
        None => PyValueError::new_err(error.to_string()),
    })
}

/// A string array of any of Arrow's three layouts, read in place: no list of its texts is
/// made, which for millions of rows was a tenth of the scoring time (fresh pages to zero).
#[derive(Clone, Copy)]
enum Texts<'a> {
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    Utf8View(&'a StringViewArray),
}

impl<'a> Texts<'a> {
    fn of(array: &'a ArrayRef) -> PyResult<Texts<'a>> {
        let any = array.as_any();
        if let Some(strings) = any.downcast_ref::<StringArray>() {
            return Ok(Texts::Utf8(strings));
        }
        if let Some(strings) = any.downcast_ref::<LargeStringArray>() {
            return Ok(Texts::LargeUtf8(strings));
        }
        if let Some(strings) = any.downcast_ref::<StringViewArray>() {
            return Ok(Texts::Utf8View(strings));
        }
        Err(PyTypeError::new_err(format!(
            "texts must be an Arrow string array, not {}",
            array.data_type()
        )))
    }

    fn array(self) -> &'a dyn Array {
        match self {
            Texts::Utf8(strings) => strings,
            Texts::LargeUtf8(strings) => strings,
            Texts::Utf8View(strings) => strings,
        }
    }

    fn len(self) -> usize {
        self.array().len()
    }

    /// Text `row`, `None` where the array has a null.
    fn get(self, row: usize) -> Option<&'a str> {
        if self.array().is_null(row) {
            return None;
        }
        Some(match self {
            Texts::Utf8(strings) => strings.value(row),
            Texts::LargeUtf8(strings) => strings.value(row),
            Texts::Utf8View(strings) => strings.value(row),
        })
    }
}

/// Runs `work` on `threads` threads, or on every core.
fn on_threads<T: Send>(threads: Option<usize>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        None => Ok(work()),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(threads) => rayon::ThreadPoolBuilder::new()
            .num_threads(scoring::threads::clamp(threads))
            .build()
            .map(|pool| pool.install(work))
            .map_err(|e| PyRuntimeError::new_err(e.to_string())),
    }
}

fn float_column(values: impl Iterator<Item = Option<f64>>) -> ArrayRef {
    Arc::new(values.collect::<Float64Array>())
}

/// VADER's four scores per text, as vaderSentiment 3.3.2 gives them; with `only_readable`,
/// the reactions rule (null scores where VADER cannot read the text), the `sentiment` label
/// and a `status` column.
#[pyfunction]
#[pyo3(signature = (texts_array, only_readable, threads))]
fn sentiment(
    py: Python<'_>,
    texts_array: PyArrowType<ArrayData>,
    only_readable: bool,
    threads: Option<usize>,
) -> PyResult<PyBatch> {
    let array = arrow_array::make_array(texts_array.0);
    let texts = Texts::of(&array)?;
    let analyzer = SentimentAnalyzer::shared();
    let batch = py.detach(|| {
        on_threads(threads, || {
            let mut fields = vec![
                Field::new("neg", DataType::Float64, true),
                Field::new("neu", DataType::Float64, true),
                Field::new("pos", DataType::Float64, true),
                Field::new("compound", DataType::Float64, true),
            ];
            if !only_readable {
                let columns = polarity_columns(texts, analyzer);
                return RecordBatch::try_new(Arc::new(Schema::new(fields)), columns);
            }
            use rayon::prelude::*;
            let sentiments: Vec<Option<Sentiment>> = (0..texts.len())
                .into_par_iter()
                .map(|row| texts.get(row).map(|text| analyzer.sentiment(text)))
                .collect();
            let polarity = |pick: fn(&Polarity) -> f64| {
                float_column(
                    sentiments
                        .iter()
                        .map(move |s| s.as_ref().and_then(|s| s.polarity()).map(pick)),
                )
            };
            let mut columns = vec![
                polarity(|p| p.neg),
                polarity(|p| p.neu),
                polarity(|p| p.pos),
                polarity(|p| p.compound),
            ];
            fields.push(Field::new("sentiment", DataType::Utf8, true));
            columns.push(Arc::new(
                sentiments
                    .iter()
                    .map(|s| {
                        s.as_ref()
                            .and_then(|s| s.polarity())
                            .map(|p| p.label().as_str())
                    })
                    .collect::<StringArray>(),
            ));
            fields.push(Field::new("status", DataType::Utf8, true));
            columns.push(Arc::new(
                sentiments
                    .iter()
                    .map(|s| s.map(|s| s.status().as_str()))
                    .collect::<StringArray>(),
            ));
            RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
        })
    })?;
    Ok(PyArrowType(batch.map_err(arrow_error)?))
}

/// `neg`, `neu`, `pos` and `compound` of every text, written straight into the four columns
/// (a null text has null scores): the output is the only memory the scoring touches.
fn polarity_columns(texts: Texts, analyzer: &SentimentAnalyzer) -> Vec<ArrayRef> {
    use rayon::prelude::*;
    const ROWS_PER_TASK: usize = 4096;
    let rows = texts.len();
    let mut scores = [
        vec![0.0; rows],
        vec![0.0; rows],
        vec![0.0; rows],
        vec![0.0; rows],
    ];
    let [neg, neu, pos, compound] = &mut scores;
    neg.par_chunks_mut(ROWS_PER_TASK)
        .zip(neu.par_chunks_mut(ROWS_PER_TASK))
        .zip(pos.par_chunks_mut(ROWS_PER_TASK))
        .zip(compound.par_chunks_mut(ROWS_PER_TASK))
        .enumerate()
        .for_each(|(task, (((neg, neu), pos), compound))| {
            let first = task * ROWS_PER_TASK;
            for offset in 0..neg.len() {
                let text = texts.get(first + offset).unwrap_or_default();
                let polarity = analyzer.polarity_scores(text);
                neg[offset] = polarity.neg;
                neu[offset] = polarity.neu;
                pos[offset] = polarity.pos;
                compound[offset] = polarity.compound;
            }
        });
    let nulls = texts.array().logical_nulls();
    scores
        .into_iter()
        .map(|values| Arc::new(Float64Array::new(values.into(), nulls.clone())) as ArrayRef)
        .collect()
}

fn load_targets(path: Option<&str>, names: Vec<String>) -> PyResult<TargetSet> {
    if let Some(path) = path {
        return TargetSet::from_bytes(&read_file(path, FileKind::Targets)?, path)
            .map_err(targets_error);
    }
    let targets = names
        .iter()
        .map(|name| Target::new(name, &[], &[], &[]))
        .collect::<Result<Vec<_>, _>>()
        .map_err(targets_error)?;
    Ok(TargetSet::new(targets))
}

/// The targets' names in the order configured (which orders stance rows and tables): those
/// of the targets file at `targets_path`, else `target_names`.
#[pyfunction]
#[pyo3(signature = (targets_path, target_names))]
fn target_order(targets_path: Option<&str>, target_names: Vec<String>) -> PyResult<Vec<String>> {
    let targets = load_targets(targets_path, target_names)?;
    Ok(targets.targets().iter().map(|t| t.name.clone()).collect())
}

fn load_model(path: Option<&str>) -> PyResult<Option<StanceModel>> {
    let Some(path) = path else {
        return Ok(None);
    };
    StanceModel::from_bytes(&read_file(path, FileKind::StanceModel)?, path)
        .map(Some)
        .map_err(model_error)
}

/// Stance of each text toward each target: one row per text and target, `row` being the
/// text's index. Texts VADER cannot read claim no stance (rule `unreadable`), as in
/// `reactions run`.
#[pyfunction]
#[pyo3(signature = (texts_array, targets_path, target_names, model_path, threads))]
fn stance(
    py: Python<'_>,
    texts_array: PyArrowType<ArrayData>,
    targets_path: Option<&str>,
    target_names: Vec<String>,
    model_path: Option<&str>,
    threads: Option<usize>,
) -> PyResult<PyBatch> {
    let array = arrow_array::make_array(texts_array.0);
    let texts = Texts::of(&array)?;
    let targets = load_targets(targets_path, target_names)?;
    let model = load_model(model_path)?;
    let analyzer = SentimentAnalyzer::shared();
    let judge = StanceJudge::new(analyzer, &targets, model.as_ref());
    let batch = py.detach(|| {
        on_threads(threads, || {
            use rayon::prelude::*;
            let judged: Vec<Vec<StanceJudgement>> = (0..texts.len())
                .into_par_iter()
                .map(|row| judge.judge(texts.get(row).unwrap_or_default()))
                .collect();
            stance_batch(judged.iter().enumerate())
        })
    })?;
    Ok(PyArrowType(batch.map_err(arrow_error)?))
}

/// The `stance` table's columns for the judgements of each text, one row per text and target,
/// `row` being the text's index.
fn stance_batch<'a>(
    judged: impl Iterator<Item = (usize, &'a Vec<StanceJudgement>)> + Clone,
) -> Result<RecordBatch, ArrowError> {
    let rows = || {
        judged
            .clone()
            .flat_map(|(row, all)| all.iter().map(move |j| (row, j)))
    };
    let fields = vec![
        Field::new("row", DataType::UInt32, false),
        Field::new("target", DataType::Utf8, false),
        Field::new("stance", DataType::Utf8, false),
        Field::new("confidence", DataType::Float64, false),
        Field::new("method", DataType::Utf8, false),
        Field::new("rule", DataType::Utf8, false),
        Field::new("alias", DataType::Utf8, true),
        Field::new("evidence", DataType::Utf8, false),
    ];
    let text = |pick: fn(&StanceJudgement) -> Option<&str>| -> ArrayRef {
        Arc::new(rows().map(|(_, j)| pick(j)).collect::<StringArray>())
    };
    let columns: Vec<ArrayRef> = vec![
        Arc::new(rows().map(|(row, _)| row as u32).collect::<UInt32Array>()),
        text(|j| Some(j.target.as_str())),
        text(|j| Some(j.stance.as_str())),
        float_column(rows().map(|(_, j)| Some(j.confidence))),
        text(|j| Some(j.method.as_str())),
        text(|j| Some(j.evidence.rule.as_str())),
        text(|j| j.evidence.alias.as_deref()),
        text(|j| Some(j.evidence.span.as_str())),
    ];
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
}

/// `batch` (of [`stance_batch`]) with the columns of the `stance` table that say what the
/// figures count, where no analyst labelled anything: the model's stance, of a reaction.
fn with_model_stance_labels(batch: RecordBatch) -> Result<RecordBatch, ArrowError> {
    let rows = batch.num_rows();
    let stance = batch
        .column_by_name("stance")
        .cloned()
        .ok_or_else(|| ArrowError::SchemaError("a stance batch has a stance column".into()))?;
    with_columns(
        batch,
        [
            (Field::new("stance_label", DataType::Utf8, false), stance),
            (
                Field::new("stance_label_source", DataType::Utf8, false),
                Arc::new(StringArray::from(vec![Source::Model.as_str(); rows])),
            ),
            (
                Field::new("is_reaction", DataType::Boolean, false),
                Arc::new(BooleanArray::from(vec![true; rows])),
            ),
        ],
    )
}

/// `batch` with `more` columns after its own.
fn with_columns(
    batch: RecordBatch,
    more: impl IntoIterator<Item = (Field, ArrayRef)>,
) -> Result<RecordBatch, ArrowError> {
    let mut fields: Vec<Field> = batch
        .schema()
        .fields()
        .iter()
        .map(|f| (**f).clone())
        .collect();
    let mut columns = batch.columns().to_vec();
    for (field, column) in more {
        fields.push(field);
        columns.push(column);
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
}

/// The scoring step of `reactions run` ([`ScoringStep`]) over `texts`, with the languages in
/// `langs` (a string array as long as `texts`) when given, and stance toward the targets when
/// `targets_path` or `target_names` gives some. Returns the columns the step fills in the
/// `reactions` table, in the order its scorers fill them, then those that say what the
/// figures count (the model's values: no labels here), and the `stance` rows as [`stance`]
/// gives them with the same. A null text has null columns and no stance rows.
#[pyfunction]
#[pyo3(signature = (texts_array, langs_array, targets_path, target_names, model_path, threads))]
fn score(
    py: Python<'_>,
    texts_array: PyArrowType<ArrayData>,
    langs_array: Option<PyArrowType<ArrayData>>,
    targets_path: Option<&str>,
    target_names: Option<Vec<String>>,
    model_path: Option<&str>,
    threads: Option<usize>,
) -> PyResult<(PyBatch, PyBatch)> {
    let array = arrow_array::make_array(texts_array.0);
    let texts = Texts::of(&array)?;
    let langs_array = langs_array.map(|langs| arrow_array::make_array(langs.0));
    let langs = langs_array.as_ref().map(Texts::of).transpose()?;
    if langs.is_some_and(|langs| langs.len() != texts.len()) {
        return Err(PyValueError::new_err("langs must be as long as texts"));
    }
    let with_stance = targets_path.is_some() || target_names.is_some();
    let targets = load_targets(targets_path, target_names.unwrap_or_default())?;
    let model = load_model(model_path)?;
    let analyzer = SentimentAnalyzer::shared();
    let judge = with_stance.then(|| StanceJudge::new(analyzer, &targets, model.as_ref()));
    let step = ScoringStep::new(analyzer, judge);
    let (reactions, stance) = py.detach(|| {
        on_threads(threads, || {
            // Null texts are left out of the batch; `rows` maps each row to its place in it.
            let mut batch = Vec::with_capacity(texts.len());
            let rows: Vec<Option<usize>> = (0..texts.len())
                .map(|row| {
                    let text = texts.get(row)?;
                    let lang = langs.and_then(|langs| langs.get(row));
                    batch.push(ReactionText { text, lang });
                    Some(batch.len() - 1)
                })
                .collect();
            let scores = step.score(&batch);
            let mut fields = Vec::new();
            let mut columns = Vec::new();
            for column in step
                .columns()
                .filter(|c| c.table == DatasetTable::Reactions)
            {
                fields.push(Field::new(column.name, score_type(column.name)?, true));
                columns.push(score_column(column.name, &scores, &rows)?);
            }
            // No analysts' labels here: what the figures count is the model's.
            let model = Source::Model.as_str();
            let labelled: [(&str, DataType, ArrayRef); 4] = [
                (
                    "sentiment_label",
                    DataType::Utf8,
                    score_column("sentiment", &scores, &rows)?,
                ),
                (
                    "sentiment_label_source",
                    DataType::Utf8,
                    Arc::new(
                        rows.iter()
                            .map(|at| at.and_then(|at| scores.label[at]).map(|_| model))
                            .collect::<StringArray>(),
                    ),
                ),
                (
                    "is_reaction",
                    DataType::Boolean,
                    Arc::new(BooleanArray::from(vec![true; rows.len()])),
                ),
                (
                    "is_reaction_source",
                    DataType::Utf8,
                    Arc::new(StringArray::from(vec![model; rows.len()])),
                ),
            ];
            for (name, data_type, column) in labelled {
                fields.push(Field::new(name, data_type, true));
                columns.push(column);
            }
            let reactions = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns);
            let judged = rows
                .iter()
                .enumerate()
                .filter_map(|(row, at)| Some((row, scores.stance.get((*at)?)?)));
            let stance = stance_batch(judged).and_then(with_model_stance_labels);
            Ok::<_, PyErr>((reactions, stance))
        })
    })??;
    Ok((
        PyArrowType(reactions.map_err(arrow_error)?),
        PyArrowType(stance.map_err(arrow_error)?),
    ))
}

fn unknown_score_column(name: &str) -> PyErr {
    PyRuntimeError::new_err(format!(
        "the scoring step fills a column {name:?} that the package cannot write"
    ))
}

/// The Arrow type of a `reactions` column the step fills.
fn score_type(name: &str) -> PyResult<DataType> {
    match name {
        "neg" | "neu" | "pos" | "compound" => Ok(DataType::Float64),
        "sentiment" | "sentiment_status" | "sentiment_method" => Ok(DataType::Utf8),
        _ => Err(unknown_score_column(name)),
    }
}

/// The values of the `reactions` column `name` for each row: `rows` gives each row's place in
/// `scores`, `None` for a null text.
fn score_column(name: &str, scores: &Scores, rows: &[Option<usize>]) -> PyResult<ArrayRef> {
    let polarity = |pick: fn(&Polarity) -> f64| {
        float_column(
            rows.iter()
                .map(|at| at.and_then(|at| scores.polarity[at].as_ref()).map(pick)),
        )
    };
    let text = |pick: &dyn Fn(usize) -> Option<&'static str>| -> ArrayRef {
        Arc::new(
            rows.iter()
                .map(|at| at.and_then(pick))
                .collect::<StringArray>(),
        )
    };
    Ok(match name {
        "neg" => polarity(|p| p.neg),
        "neu" => polarity(|p| p.neu),
        "pos" => polarity(|p| p.pos),
        "compound" => polarity(|p| p.compound),
        "sentiment" => text(&|at| scores.label[at].map(|label| label.as_str())),
        "sentiment_status" => text(&|at| Some(scores.status[at].as_str())),
        "sentiment_method" => text(&|at| scores.method[at]),
        _ => return Err(unknown_score_column(name)),
    })
}

/// The reactions as the dataset's `reactions` table holds them, scores aside.
fn reactions_batch(reactions: &[Reaction]) -> Result<RecordBatch, ArrowError> {
    schema::batch(
        &report::dataset_columns::record::<Reaction, Reaction>(),
        reactions,
    )
}

/// Every article read, with or without reactions: its columns of the dataset's `articles`
/// table, and how many reactions it has.
const ARTICLES: &[Column<ArticleSummary, ()>] = &[
    Column {
        name: "article_id",
        nullable: false,
        write: Write::Text(|a| Some(Cow::Borrowed(&a.article_id))),
        read: None,
    },
    Column {
        name: "source",
        nullable: false,
        write: Write::Text(|a| Some(Cow::Borrowed(&a.source))),
        read: None,
    },
    Column {
        name: "title",
        nullable: true,
        write: Write::Text(|a| a.title.as_deref().map(Cow::Borrowed)),
        read: None,
    },
    Column {
        name: "url",
        nullable: true,
        write: Write::Text(|a| a.url.as_deref().map(Cow::Borrowed)),
        read: None,
    },
    Column {
        name: "published_at",
        nullable: true,
        write: Write::Timestamp(|a| a.published_at.as_deref()),
        read: None,
    },
    Column {
        name: "lang",
        nullable: true,
        write: Write::Text(|a| a.lang.as_deref().map(Cow::Borrowed)),
        read: None,
    },
    Column {
        name: "reactions",
        nullable: false,
        write: Write::Count(|a| Some(a.reactions as u32)),
        read: None,
    },
];

/// (reactions, articles, errors as (source, reason)), the errors the CLI would print.
type Collected = (PyBatch, PyBatch, Vec<(String, String)>);

/// Appends the `date` each row is filed under, as `reactions run` files it: a comment under
/// the day it was posted, anything else under its article's publish day, else `collected_on`.
fn with_dates(
    batch: RecordBatch,
    dates: impl Iterator<Item = NaiveDate>,
) -> Result<RecordBatch, ArrowError> {
    let dates: ArrayRef = Arc::new(
        dates
            .map(|d| Some(schema::days_since_epoch(d)))
            .collect::<Date32Array>(),
    );
    with_columns(
        batch,
        [(Field::new("date", DataType::Date32, false), dates)],
    )
}

fn collected(collection: Collection, collected_on: Option<NaiveDate>) -> PyResult<Collected> {
    let mut reactions = reactions_batch(&collection.reactions).map_err(arrow_error)?;
    let mut articles = schema::batch(ARTICLES, &collection.articles).map_err(arrow_error)?;
    if let Some(today) = collected_on {
        let article_days: HashMap<&str, NaiveDate> = collection
            .articles
            .iter()
            .map(|a| {
                (
                    a.article_id.as_str(),
                    filing_date(a.published_at.as_deref(), today),
                )
            })
            .collect();
        let reaction_days = collection.reactions.iter().map(|r| {
            reaction_filing_date(r, article_days.get(r.article_id.as_str()).copied(), today)
        });
        reactions = with_dates(reactions, reaction_days).map_err(arrow_error)?;
        let days: Vec<NaiveDate> = collection
            .articles
            .iter()
            .map(|a| article_days[a.article_id.as_str()])
            .collect();
        articles = with_dates(articles, days.into_iter()).map_err(arrow_error)?;
    }
    let errors = collection
        .errors
        .into_iter()
        .map(|error| {
            let reason = error.reason();
            (error.source, reason)
        })
        .collect();
    Ok((PyArrowType(reactions), PyArrowType(articles), errors))
}

fn options(input_format: Option<String>) -> PyResult<CollectOptions> {
    if let Some(name) = &input_format {
        if !collector::input_format_names().contains(&name.as_str()) {
            return Err(PyValueError::new_err(format!(
                "unknown input format {name:?}; one of {}",
                collector::input_format_names().join(", ")
            )));
        }
    }
    Ok(CollectOptions {
        format: input_format,
        ..CollectOptions::default()
    })
}

fn parse_day(collected_on: Option<&str>) -> PyResult<Option<NaiveDate>> {
    collected_on
        .map(|day| {
            NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|e| {
                PyValueError::new_err(format!("collected_on {day:?} is not YYYY-MM-DD: {e}"))
            })
        })
        .transpose()
}

/// Reads files, directories, globs and URLs as `reactions collect` does; with `collected_on`
/// (`YYYY-MM-DD`), each row gets the `date` `reactions run` files it under.
#[pyfunction]
#[pyo3(signature = (paths, input_format, collected_on))]
fn collect(
    py: Python<'_>,
    paths: Vec<String>,
    input_format: Option<String>,
    collected_on: Option<&str>,
) -> PyResult<Collected> {
    let options = options(input_format)?;
    let day = parse_day(collected_on)?;
    collected(py.detach(|| collector::collect(&paths, &options)), day)
}

/// Reads one file's content, under the name it had: what a Spark task is handed.
#[pyfunction]
#[pyo3(signature = (name, content, input_format, collected_on))]
fn collect_file(
    py: Python<'_>,
    name: String,
    content: Vec<u8>,
    input_format: Option<String>,
    collected_on: Option<&str>,
) -> PyResult<Collected> {
    let options = options(input_format)?;
    let day = parse_day(collected_on)?;
    let source = InputSource::Memory {
        name,
        bytes: content.into(),
    };
    collected(
        py.detach(|| collector::collect_sources(&[source], &options)),
        day,
    )
}

#[pymodule]
fn _reactions(module: &Bound<'_, PyModule>) -> PyResult<()> {
    scoring::threads::clamp_global_pool();
    module.add_function(wrap_pyfunction!(sentiment, module)?)?;
    module.add_class::<human_outputs::Listing>()?;
    module.add_class::<human_outputs::Figures>()?;
    module.add_function(wrap_pyfunction!(stance, module)?)?;
    module.add_function(wrap_pyfunction!(target_order, module)?)?;
    module.add_function(wrap_pyfunction!(score, module)?)?;
    module.add_function(wrap_pyfunction!(methods::methods, module)?)?;
    module.add_function(wrap_pyfunction!(collect, module)?)?;
    module.add_function(wrap_pyfunction!(collect_file, module)?)?;
    module.add_function(wrap_pyfunction!(schema::schema, module)?)?;
    module.add_function(wrap_pyfunction!(split::split_format, module)?)?;
    module.add_function(wrap_pyfunction!(split::split_records, module)?)?;
    module.add_function(wrap_pyfunction!(split::collect_threads, module)?)?;
    module.add_function(wrap_pyfunction!(split::file_problems, module)?)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add("SCHEMA_VERSION", report::SCHEMA_VERSION)?;
    module.add("SNIFF_BYTES", collector::comments::SNIFF_BYTES)?;
    module.add("MAX_REPORTED_PROBLEMS", split::max_reported_problems())?;
    module.add("VIEWS_VERSION", report::views::views_version())?;
    module.add("SENTIMENT_THRESHOLD", scoring::SentimentLabel::THRESHOLD)?;
    Ok(())
}
