//! Files appear whole or not at all.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `path` through a temporary file in the same directory, synced and renamed into
/// place. If `fill` fails, the temporary file is removed and `path` is untouched.
pub fn write_file(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(directory)?;
    let file_name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a file path", path.display()),
        )
    })?;
    let temporary = directory.join(format!(
        ".{}.tmp-{}",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let file = fs::File::create(&temporary)?;
        let mut writer = io::BufWriter::new(file);
        fill(&mut writer)?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Removes what a killed run can leave behind in an output directory: temporary files
/// (`.NAME.tmp-PID`) and staging or set-aside directories (`.staging-PID`, `.old-TABLE-PID`).
/// Returns what was removed. Only names this crate's writers use are touched.
pub fn remove_leftovers(out: &Path) -> io::Result<Vec<std::path::PathBuf>> {
    let mut removed = Vec::new();
    for directory in [out.to_path_buf(), out.join("tables"), out.join("runs")] {
        let Ok(entries) = fs::read_dir(&directory) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let leftover = name.starts_with('.')
                && (name.contains(".tmp-")
                    || name.starts_with(".staging-")
                    || name.starts_with(".old-"));
            if !leftover {
                continue;
            }
            if path.is_dir() {
                fs::remove_dir_all(&path)?;
            } else {
                fs::remove_file(&path)?;
            }
            removed.push(path);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let directory =
            std::env::temp_dir().join(format!("reactions-atomic-{}", std::process::id()));
        let path = directory.join("out.jsonl");
        write_file(&path, |out| out.write_all(b"first\n")).unwrap();
        let failed = write_file(&path, |out| {
            out.write_all(b"partial")?;
            Err(io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "first\n");
        let leftovers: Vec<_> = fs::read_dir(&directory)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, [std::ffi::OsString::from("out.jsonl")]);
        fs::remove_dir_all(directory).unwrap();
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("reactions-leftovers-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("tables")).unwrap();
        fs::create_dir_all(dir.join(".staging-77/reactions")).unwrap();
        fs::create_dir_all(dir.join(".old-stance-77")).unwrap();
        fs::create_dir_all(dir.join("reactions")).unwrap();
        fs::write(dir.join(".report.html.tmp-77"), "half").unwrap();
        fs::write(dir.join("tables/.days.csv.tmp-77"), "half").unwrap();
        fs::write(dir.join("report.html"), "whole").unwrap();
        fs::write(dir.join(".gitkeep"), "").unwrap();
        let mut removed = remove_leftovers(&dir).unwrap();
        removed.sort();
        assert_eq!(removed.len(), 4, "{removed:?}");
        assert!(dir.join("report.html").exists() && dir.join(".gitkeep").exists());
        assert!(dir.join("reactions").exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
