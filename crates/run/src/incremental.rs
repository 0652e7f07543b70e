//! The write step of `reactions run`, whose cost follows the new data: it scores only the
//! reactions committed since the last run, rewrites only the `date=` partitions (reactions and
//! stance) they fall in, and writes the tables, `articles/`, `daily/`, `report.html` and
//! `report.ipynb` from aggregates kept in the state ([`crate::store`]) with the new rows
//! folded in ([`report::aggregate`]).
//!
//! That is sound because scoring is a pure function of a reaction's text and language and of
//! the targets and stance model, and the analysts' labels put on the rows ([`report::labels`])
//! a function of the labels file: rows scored in different runs agree with rows scored
//! together. What scoring depends on is kept as a [`fingerprint`]; when it changes (another
//! targets file or stance model, another schema or scoring revision), when the last update did
//! not finish, when an article's day changed after its reactions were filed, or when asked
//! (`--rebuild`), the run rebuilds instead: every partition from the store, one day at a
//! time, and the aggregates from nothing. Both ways give the same bytes (tested).
//!
//! Order of an incremental update, so that a run killed at any moment leaves a state the next
//! run can use: mark the update under way; append the new rows to their partitions a day at a
//! time (each written aside and renamed into place), merging their tallies into the state's
//! as they are folded; write the summary outputs; mark the update finished. A run killed
//! before the last step is followed by a rebuild.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use scoring::stance::TargetSet;
use scoring::StanceModel;
use sha2::{Digest, Sha256};

use report::aggregate::Fold;
use report::dataset::{self, PartitionWrite};
use report::labels::{LabelIndex, Labels};
use report::rows::{ArticleRow, ReactionRow, StanceRow};
use report::{owned, ReportError, SCHEMA_VERSION};

use crate::score::{article_rows, ReactionScorer};
use crate::store::Store;
use crate::RunError;

/// The revision of what scoring computes: raised when a change to VADER, the language packs,
/// readability or the stance rules changes any score, so that states made before it are
/// rebuilt. (Changes to the targets, the model and the schema are noticed without it.)
pub const SCORING_REVISION: u32 = 1;

/// The revision of the aggregates' format in the state: raised when it changes, so that
/// states holding the old one are rebuilt rather than misread. 2: the day tallies count
/// reactions per language and method.
const AGGREGATES_REVISION: u32 = 2;

/// A run folds this many reactions (whole days) before merging their tallies into the state:
/// a bound on what it holds besides one day's rows.
const FOLD_BATCH: usize = 200_000;

/// A run merges its fold sooner when the fold's quotes hold more text than this: a reaction
/// at the record limit is then quoted in the state, not in memory, while its partition is
/// written.
const FOLD_TEXT_BYTES: usize = 8 << 20;

/// What scoring depends on, as a hex SHA-256: the schema and scoring revisions, every
/// target's name, aliases and cues in order, the stance model's bytes and the labels file's
/// bytes. A changed labels file therefore rebuilds: every row labelled before may have lost
/// or changed its label, and its tallies with it.
pub fn fingerprint(
    targets: &TargetSet,
    model: Option<&StanceModel>,
    labels: Option<&[u8]>,
) -> String {
    let mut hash = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    };
    field(SCHEMA_VERSION.as_bytes());
    field(&SCORING_REVISION.to_le_bytes());
    field(&AGGREGATES_REVISION.to_le_bytes());
    for target in targets.targets() {
        field(target.name.as_bytes());
        for list in [&target.aliases, &target.favor_cues, &target.against_cues] {
            field(&(list.len() as u64).to_le_bytes());
            for item in list {
                field(item.as_bytes());
            }
        }
    }
    match model {
        Some(model) => field(&model.to_bytes()),
        None => field(b"no model"),
    }
    match labels {
        Some(bytes) => {
            field(b"labels");
            field(bytes)
        }
        None => field(b"no labels"),
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a run rebuilt instead of adding to the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebuild {
    /// `--rebuild` asked for it.
    Asked,
    /// The state holds no aggregates yet (a new state, or one from before them).
    NoAggregates,
    /// The last update did not finish.
    Interrupted,
    /// The targets, stance model, labels, schema or scoring revision changed.
    ScoringChanged,
    /// An article's day changed after its reactions were filed (a later run knew its date).
    ArticleMoved(String),
    /// The dataset's `reactions/` directory is missing.
    DatasetMissing,
}

impl std::fmt::Display for Rebuild {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rebuild::Asked => write!(f, "--rebuild asked for it"),
            Rebuild::NoAggregates => write!(f, "the state holds no aggregates yet"),
            Rebuild::Interrupted => write!(f, "the last run stopped before it finished writing"),
            Rebuild::ScoringChanged => write!(
                f,
                "what scoring depends on changed (the targets, the stance model, the labels, the \
                 schema or the scoring revision)"
            ),
            Rebuild::ArticleMoved(id) => write!(
                f,
                "article {id} is now filed under another day than its reactions were"
            ),
            Rebuild::DatasetMissing => write!(f, "the dataset's reactions/ directory is missing"),
        }
    }
}

/// What [`write_run`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// `None` for an incremental run, else why it rebuilt.
    pub rebuilt: Option<Rebuild>,
    /// Reactions scored by this run.
    pub scored: usize,
    /// The `date=` partitions written (reactions and stance each count).
    pub partitions: usize,
    /// The dataset's size after the run.
    pub size: DatasetSize,
    /// The outputs replaced, partitions aside.
    pub paths: Vec<PathBuf>,
}

/// How many rows the dataset holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DatasetSize {
    /// Articles.
    pub articles: usize,
    /// Reactions.
    pub reactions: usize,
    /// Stance rows: one per reaction and target.
    pub stance_rows: usize,
    /// Targets.
    pub targets: usize,
}

/// Writes the dataset and report in `out` after a commit to `store`: incrementally when the
/// state allows it, else (or with `rebuild`) from the whole store. See the module's
/// documentation.
pub fn write_run(
    store: &mut Store,
    out: &Path,
    scoring: Scoring,
    rebuild: bool,
) -> Result<Written, RunError> {
    let Scoring {
        targets,
        model,
        labels,
    } = scoring;
    let fingerprint = fingerprint(targets, model, labels.map(|l| l.bytes));
    let label_index = labels.map(|l| l.labels.index()).unwrap_or_default();
    let applying = Applying {
        targets,
        model,
        labels: &label_index,
    };
    let summary_labels = labels.map(|l| l.labels);
    let articles = article_rows(&store.articles()?);
    let target_names: Vec<String> = targets.targets().iter().map(|t| t.name.clone()).collect();
    let state = store.aggregate_state()?;
    let reason = match &state {
        _ if rebuild => Some(Rebuild::Asked),
        None => Some(Rebuild::NoAggregates),
        Some(state) if state.in_progress => Some(Rebuild::Interrupted),
        Some(state) if state.fingerprint != fingerprint => Some(Rebuild::ScoringChanged),
        Some(state) if state.watermark > 0 && !out.join("reactions").is_dir() => {
            Some(Rebuild::DatasetMissing)
        }
        Some(_) => moved_article(store, &articles)?.map(Rebuild::ArticleMoved),
    };
    let mut owned = owned::OutputDir::open(out)?;
    owned.claim(&report::Outputs::Everything.names())?;
    let work = owned.work()?;
    let watermark = store.last_reaction()?;
    let mut written = match reason {
        None => {
            let from = state.map_or(0, |s| s.watermark);
            store.start_aggregates(false)?;
            let (scored, partitions) = add_new(store, out, &work, &articles, applying, from)?;
            let mut paths = Vec::new();
            let size = write_summary(
                store,
                out,
                (&articles, &target_names),
                summary_labels,
                None,
                &mut paths,
            )?;
            Written {
                rebuilt: None,
                scored,
                partitions,
                size,
                paths,
            }
        }
        Some(reason) => {
            store.start_aggregates(true)?;
            // Not `staging-PID`: the summary's staging directory is that one.
            let staging = work.join(format!("rebuild-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&staging);
            let result = rebuild_into(store, &staging, &articles, applying).and_then(
                |(scored, partitions)| {
                    let mut paths = Vec::new();
                    let size = write_summary(
                        store,
                        out,
                        (&articles, &target_names),
                        summary_labels,
                        Some(&staging),
                        &mut paths,
                    )?;
                    Ok(Written {
                        rebuilt: Some(reason),
                        scored,
                        partitions,
                        size,
                        paths,
                    })
                },
            );
            let _ = std::fs::remove_dir_all(&staging);
            result?
        }
    };
    store.finish_aggregates(&fingerprint, watermark)?;
    written.paths.sort();
    Ok(written)
}

/// The first article whose day differs from the one its reactions were filed under.
fn moved_article(store: &Store, articles: &[ArticleRow]) -> Result<Option<String>, RunError> {
    let filed = store.article_filing_days()?;
    let now: HashMap<&str, NaiveDate> = articles
        .iter()
        .map(|a| (a.article_id.as_str(), a.date))
        .collect();
    let mut moved: Vec<&String> = filed
        .iter()
        .filter(|(id, day)| now.get(id.as_str()).copied() != **day)
        .map(|(id, _)| id)
        .collect();
    moved.sort();
    Ok(moved.first().map(|id| id.to_string()))
}

/// Scores what `store` holds after `watermark`, appends it to its partitions in `out` and
/// merges its tallies; returns how many reactions were scored and partitions written.
fn add_new(
    store: &mut Store,
    out: &Path,
    work: &Path,
    articles: &[ArticleRow],
    scoring: Applying,
    watermark: i64,
) -> Result<(usize, usize), RunError> {
    score_by_day(
        store,
        watermark,
        articles,
        scoring,
        &mut |day, reactions, stance| {
            dataset::write_day_partitions(
                out,
                day,
                reactions,
                stance,
                PartitionWrite::Append { work },
            )
        },
    )
}

/// Scores and writes the whole store one day at a time into `staging` (`reactions/` and
/// `stance/`), folding the tallies from nothing.
fn rebuild_into(
    store: &mut Store,
    staging: &Path,
    articles: &[ArticleRow],
    scoring: Applying,
) -> Result<(usize, usize), RunError> {
    for table in ["reactions", "stance"] {
        let dir = staging.join(table);
        std::fs::create_dir_all(&dir).map_err(|e| ReportError::new(&dir, e))?;
    }
    score_by_day(
        store,
        0,
        articles,
        scoring,
        &mut |day, reactions, stance| {
            dataset::write_day_partitions(staging, day, reactions, stance, PartitionWrite::Stage)
        },
    )
}

/// What scoring is given besides the text.
#[derive(Clone, Copy)]
pub struct Scoring<'a> {
    /// The stance targets every reaction is judged toward, in the order of their rows.
    pub targets: &'a TargetSet,
    /// The trained stance model, when the run has one; the rules judge the targets it does not
    /// know.
    pub model: Option<&'a StanceModel>,
    /// The analysts' labels, when the run has a labels file.
    pub labels: Option<RunLabels<'a>>,
}

/// A run's labels file: its bytes (in the fingerprint) and the labels that apply.
#[derive(Clone, Copy)]
pub struct RunLabels<'a> {
    /// The file's bytes, hashed into the fingerprint so that another labels file rebuilds.
    pub bytes: &'a [u8],
    /// The labels of that file that fit the state's reactions.
    pub labels: &'a Labels,
}

/// What the rows of a day are scored and labelled with.
#[derive(Clone, Copy)]
struct Applying<'a> {
    targets: &'a TargetSet,
    model: Option<&'a StanceModel>,
    labels: &'a LabelIndex,
}

/// A day's scored rows to a partition writer, which returns how many partitions it wrote.
type WriteDay<'w> =
    dyn FnMut(NaiveDate, Vec<ReactionRow>, Vec<StanceRow>) -> Result<usize, ReportError> + 'w;

/// Files the reactions whose day is not set or must change ([`Store::file_reactions`]), then
/// scores those committed after `after` one day at a time, hands each day's rows to `write`
/// and folds their tallies into the state, so that what is held is one day's rows and the
/// tallies of the last [`FOLD_BATCH`] reactions (fewer when their quotes hold over
/// [`FOLD_TEXT_BYTES`] of text). Returns how many reactions were scored and partitions
/// written.
fn score_by_day(
    store: &mut Store,
    after: i64,
    articles: &[ArticleRow],
    scoring: Applying,
    write: &mut WriteDay,
) -> Result<(usize, usize), RunError> {
    let article_dates: HashMap<&str, NaiveDate> = articles
        .iter()
        .map(|a| (a.article_id.as_str(), a.date))
        .collect();
    store.file_reactions(&article_dates)?;
    let names: Vec<String> = scoring
        .targets
        .targets()
        .iter()
        .map(|t| t.name.clone())
        .collect();
    let scorer = ReactionScorer::new(&article_dates, scoring.targets, scoring.model);
    let (mut scored, mut partitions, mut folded) = (0, 0, 0);
    let mut fold = Fold::new(articles, &names);
    for day in store.filing_days(after)? {
        let stored = store
            .reactions_filed_on(day, after)?
            .into_iter()
            .map(|p| p.stored)
            .collect();
        let (mut reactions, mut stance) = scorer.score(stored);
        scoring.labels.apply(&mut reactions, &mut stance);
        fold.add_reactions(&reactions);
        fold.add_stance(&stance);
        scored += reactions.len();
        folded += reactions.len();
        // Merged before the day's partitions are written, so that a fold quoting a long text
        // does not hold its copies of it beside the partition's.
        if folded >= FOLD_BATCH || fold.quoted_text_bytes() > FOLD_TEXT_BYTES {
            store.merge_fold(std::mem::replace(&mut fold, Fold::new(articles, &names)))?;
            folded = 0;
        }
        partitions += write(day, reactions, stance)?;
    }
    store.merge_fold(fold)?;
    Ok((scored, partitions))
}

/// Writes `articles/`, `daily/`, the tables, `report.html` and `report.ipynb` from the
/// state's aggregates, with the staged `reactions/` and `stance/` of a rebuild when there are
/// some, all swapped into place together.
fn write_summary(
    store: &Store,
    out: &Path,
    (articles, targets): (&[ArticleRow], &[String]),
    labels: Option<&Labels>,
    staged_partitions: Option<&Path>,
    paths: &mut Vec<PathBuf>,
) -> Result<DatasetSize, RunError> {
    let totals = store.totals(articles.to_vec(), targets)?;
    let mut summary = totals.summary();
    summary.labels = labels;
    let written = report::write_summary_outputs(out, &summary, staged_partitions)?;
    paths.extend(written);
    // Records people took out are in the dataset, with a stance row per target, though in no
    // figure.
    let removed = summary.checked.removed;
    Ok(DatasetSize {
        articles: summary.articles.len(),
        reactions: summary.overall.reactions + removed,
        stance_rows: summary.stance_rows() + removed * targets.len(),
        targets: targets.len(),
    })
}
