//! What the tool may replace in an output directory, and where it keeps its work there.
//!
//! An output directory is often one that holds other things too (`--out .`), so the tool
//! replaces only the names it wrote itself, as listed in `DIR/.reactions-output/owned`, and
//! refuses to replace anything else. Staging directories, old outputs set aside during a swap
//! and temporary files all live in `DIR/.reactions-output/work/`, which the next run empties:
//! what a killed run left is recognised by being inside the directory this tool made, never
//! by a name pattern (`.old-*`, `*.tmp-*`) a user's own files may have.
//!
//! A directory written before this record existed is recognised by what those versions always
//! wrote: the state (`state.sqlite`) beside run manifests (`runs/*.json`) for `reactions run`,
//! or a `report.html` this tool rendered for `reactions report`. Its outputs are then adopted
//! into a record.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

pub use collector::input::OUTPUT_MARKER;

use crate::{ReportError, ReportProblem};

/// The record of owned names, inside [`OUTPUT_MARKER`].
const RECORD: &str = "owned";
/// Staging, set-aside and temporary files, inside [`OUTPUT_MARKER`].
const WORK: &str = "work";
const HEADER: &str = "# The names reactions wrote in this directory and may replace; one a line.\n";
/// Far more than the few names a record holds; a larger file is not one this tool wrote.
const RECORD_LIMIT: u64 = 64 * 1024;

/// The dataset's tables, one directory each.
pub const DATASET_TABLES: [&str; 4] = ["reactions", "stance", "articles", "daily"];
/// The names `reactions report` writes.
pub const HUMAN_FACING: [&str; 4] = ["tables", "report.html", "report.ipynb", "views.sql"];
/// The names `reactions run` writes besides the human-facing ones and the dataset's tables.
pub const RUN_ONLY: [&str; 2] = ["runs", "state.sqlite"];

/// How every `report.html` this tool renders begins: recognises a report written before the
/// record existed.
pub const REPORT_HTML_START: &str =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">";

/// An output directory and the names in it this tool owns.
#[derive(Debug)]
pub struct OutputDir {
    dir: PathBuf,
    owned: BTreeSet<String>,
    /// Whether the record on disk lists exactly `owned`.
    recorded: bool,
}

impl OutputDir {
    /// Reads the record of `dir` (missing or not yet made: nothing is owned), adopting the
    /// outputs of a directory written before records existed. Writes nothing.
    pub fn open(dir: &Path) -> Result<OutputDir, ReportError> {
        let mut output = OutputDir {
            dir: dir.to_path_buf(),
            owned: BTreeSet::new(),
            recorded: false,
        };
        // Nothing there yet, or a file where the directory goes, which taking the lock
        // reports as such.
        if !dir.is_dir() {
            return Ok(output);
        }
        let marker = dir.join(OUTPUT_MARKER);
        match fs::symlink_metadata(&marker) {
            Ok(metadata) if metadata.is_dir() => {
                output.read_record()?;
                return Ok(output);
            }
            Ok(_) => {
                return Err(refused(
                    &marker,
                    "is not the directory reactions keeps its record of outputs in; \
                     move it away to write here",
                ))
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => return Err(ReportError::new(&marker, error)),
        }
        if written_by_an_earlier_run(dir) {
            output.owned.extend(
                DATASET_TABLES
                    .iter()
                    .chain(&HUMAN_FACING)
                    .chain(&RUN_ONLY)
                    .map(|name| name.to_string()),
            );
        } else if written_by_an_earlier_report(dir) {
            output
                .owned
                .extend(HUMAN_FACING.iter().map(|name| name.to_string()));
        }
        Ok(output)
    }

    fn read_record(&mut self) -> Result<(), ReportError> {
        let path = self.dir.join(OUTPUT_MARKER).join(RECORD);
        let file = match fs::File::open(&path) {
            Ok(file) => file,
            // A first run killed between making the directory and writing the record.
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(error) => return Err(ReportError::new(&path, error)),
        };
        let mut text = String::new();
        file.take(RECORD_LIMIT)
            .read_to_string(&mut text)
            .map_err(|e| ReportError::new(&path, e))?;
        self.owned = text
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(str::to_string)
            .collect();
        self.recorded = true;
        Ok(())
    }

    /// Refuses, naming it, the first of `names` that exists in the directory without being
    /// one this tool owns.
    pub fn check(&self, names: &[&str]) -> Result<(), ReportError> {
        if !self.dir.is_dir() {
            return Ok(());
        }
        for name in names {
            if self.owned.contains(*name) {
                continue;
            }
            let path = self.dir.join(name);
            match fs::symlink_metadata(&path) {
                Err(error) if error.kind() == io::ErrorKind::NotFound => {}
                Err(error) => return Err(ReportError::new(&path, error)),
                Ok(_) => {
                    return Err(refused(
                        &path,
                        "exists and was not written by reactions; refusing to replace it \
                         (nothing was changed): move it away or choose another output directory",
                    ))
                }
            }
        }
        Ok(())
    }

    /// Checks `names` (see [`OutputDir::check`]) and records them as owned before anything
    /// is written under them, so that a run killed half-way still owns what it began.
    pub fn claim(&mut self, names: &[&str]) -> Result<(), ReportError> {
        self.check(names)?;
        let before = self.owned.len();
        self.owned.extend(names.iter().map(|name| name.to_string()));
        if self.recorded && self.owned.len() == before {
            return Ok(());
        }
        let work = self.work()?;
        let path = self.dir.join(OUTPUT_MARKER).join(RECORD);
        let mut text = HEADER.to_string();
        for name in &self.owned {
            text.push_str(name);
            text.push('\n');
        }
        crate::atomic::write_file_via(&path, &work, |w| w.write_all(text.as_bytes()))
            .map_err(|e| ReportError::new(&path, e))?;
        self.recorded = true;
        Ok(())
    }

    /// The directory for staging, set-aside outputs and temporary files (made if missing).
    pub fn work(&self) -> Result<PathBuf, ReportError> {
        let work = self.dir.join(OUTPUT_MARKER).join(WORK);
        fs::create_dir_all(&work).map_err(|e| ReportError::new(&work, e))?;
        // A link here would send the clean-up into whatever it points at.
        let metadata = fs::symlink_metadata(&work).map_err(|e| ReportError::new(&work, e))?;
        if !metadata.is_dir() {
            return Err(refused(
                &work,
                "is not a directory reactions made; not used",
            ));
        }
        Ok(work)
    }

    /// Removes what a killed run left in the work directory; returns what was removed. Call
    /// only while holding the directory's lock, when no other run of this tool is at work.
    pub fn remove_leftovers(&self) -> Result<Vec<PathBuf>, ReportError> {
        let work = self.dir.join(OUTPUT_MARKER).join(WORK);
        if !fs::symlink_metadata(&work).is_ok_and(|m| m.is_dir()) {
            return Ok(Vec::new());
        }
        let entries = fs::read_dir(&work).map_err(|e| ReportError::new(&work, e))?;
        let mut removed = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| ReportError::new(&work, e))?.path();
            let is_dir = fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            let result = match is_dir {
                true => fs::remove_dir_all(&path),
                false => fs::remove_file(&path),
            };
            result.map_err(|e| ReportError::new(&path, e))?;
            removed.push(path);
        }
        Ok(removed)
    }

    /// What a version before this record, killed mid-run, may have left: staging and
    /// set-aside directories and temporary files in `DIR` and `DIR/runs` named as it named
    /// them (`.staging-PID`, `.old-NAME-PID`, `.NAME.tmp-PID`; one in `DIR/tables` goes with
    /// the directory, which every run replaces). They are reported, never removed: the names
    /// alone do not show they are not a user's.
    pub fn older_leftovers(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for directory in [self.dir.clone(), self.dir.join("runs")] {
            let Ok(entries) = fs::read_dir(&directory) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                if name.to_str().is_some_and(named_as_an_older_leftover) {
                    found.push(entry.path());
                }
            }
        }
        found.sort();
        found
    }

    /// Whether the tool owns `name` in this directory.
    pub fn owns(&self, name: &str) -> bool {
        self.owned.contains(name)
    }
}

/// `.staging-PID`, `.old-NAME-PID` or `.NAME.tmp-PID`: the names versions before the record
/// gave their staging directories, set-aside outputs and temporary files.
fn named_as_an_older_leftover(name: &str) -> bool {
    let ends_in_pid = |rest: &str, separator: &str| {
        rest.rsplit_once(separator).is_some_and(|(named, pid)| {
            !named.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
        })
    };
    match name.strip_prefix('.') {
        Some(rest) => match rest.strip_prefix("staging-") {
            Some(pid) => !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()),
            None => match rest.strip_prefix("old-") {
                Some(old) => ends_in_pid(old, "-"),
                None => ends_in_pid(rest, ".tmp-"),
            },
        },
        None => false,
    }
}

fn refused(path: &Path, message: &str) -> ReportError {
    ReportError::new(path, ReportProblem::Refused(message.to_string()))
}

/// `state.sqlite` beside a `runs/` of manifests: what every earlier `reactions run` left.
fn written_by_an_earlier_run(dir: &Path) -> bool {
    let state = fs::symlink_metadata(dir.join(RUN_ONLY[1])).is_ok_and(|m| m.is_file());
    let manifests = fs::read_dir(dir.join(RUN_ONLY[0])).is_ok_and(|entries| {
        let mut any = false;
        for entry in entries.flatten() {
            let path = entry.path();
            // A manifest such a version was writing when it was killed.
            if entry
                .file_name()
                .to_str()
                .is_some_and(named_as_an_older_leftover)
            {
                continue;
            }
            if path.extension().is_none_or(|e| e != "json") || !path.is_file() {
                return false;
            }
            any = true;
        }
        any
    });
    state && manifests
}

/// A `report.html` as this tool renders it.
fn written_by_an_earlier_report(dir: &Path) -> bool {
    let path = dir.join("report.html");
    if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut start = vec![0; REPORT_HTML_START.len()];
    fs::File::open(&path)
        .and_then(|mut file| file.read_exact(&mut start))
        .is_ok_and(|()| start == REPORT_HTML_START.as_bytes())
}
