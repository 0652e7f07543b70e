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
    write_file_via(path, directory, fill)
}

/// Like [`write_file`], with the temporary file in `temporary_dir` (on the same file
/// system): an output directory's work directory, where the next run finds and removes what
/// a killed one left, rather than beside the user's files under a name they might also use.
pub fn write_file_via(
    path: &Path,
    temporary_dir: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    if let Some(directory) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(directory)?;
    }
    let file_name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a file path", path.display()),
        )
    })?;
    let temporary = temporary_dir.join(format!(
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
}
