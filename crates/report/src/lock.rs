//! One run at a time per output directory.
//!
//! [`OutputLock::acquire`] takes an exclusive lock on `DIR/.reactions.lock` (the operating
//! system's file lock, released when the process ends however it ends, SIGKILL included) and
//! writes the holder's pid and start time into it, so that a second run can say who holds the
//! directory. While the lock is held nothing else of this tool writes into the directory, so
//! whatever a writer left there (a `.staging-PID`, a temporary file) is a dead process's
//! leftover and safe to remove.

use std::fs::{self, File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file's name inside the output directory.
pub const LOCK_FILE: &str = ".reactions.lock";

/// How often a waiting run tries the lock again.
const RETRY: Duration = Duration::from_millis(100);

/// The output directory's lock, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
    path: PathBuf,
}

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it; `holder` is what it wrote ("pid 4242 since …").
    #[error("another run holds {dir} ({holder}); try again when it ends, or wait for it with --wait-lock SECONDS")]
    Held { dir: PathBuf, holder: String },
    /// The output path is taken by a file (or anything but a directory).
    #[error("{} is not a directory: the outputs are written into a directory", path.display())]
    NotADirectory { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl OutputLock {
    /// Takes the lock on `out` (created if missing), waiting up to `wait` for a run that holds
    /// it to end.
    pub fn acquire(out: &Path, wait: Duration) -> Result<OutputLock, LockError> {
        let path = out.join(LOCK_FILE);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        if out.exists() && !out.is_dir() {
            return Err(LockError::NotADirectory {
                path: out.to_path_buf(),
            });
        }
        fs::create_dir_all(out).map_err(io)?;
        let mut file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(RETRY.min(deadline - Instant::now()));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = match holder.trim() {
                        "" => "a process that has not yet said which".to_string(),
                        said => said.to_string(),
                    };
                    return Err(LockError::Held {
                        dir: out.to_path_buf(),
                        holder,
                    });
                }
                Err(TryLockError::Error(error)) => return Err(io(error)),
            }
        }
        let holder = format!(
            "pid {} since {}",
            std::process::id(),
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        file.write_all(holder.as_bytes()).map_err(io)?;
        file.flush().map_err(io)?;
        Ok(OutputLock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_with_the_first_ones_pid_until_it_lets_go() {
        let out = std::env::temp_dir().join(format!("reactions-lock-{}", std::process::id()));
        let _ = fs::remove_dir_all(&out);
        let first = OutputLock::acquire(&out, Duration::ZERO).unwrap();
        let refused = OutputLock::acquire(&out, Duration::from_millis(250)).unwrap_err();
        let message = refused.to_string();
        assert!(
            message.contains(&format!("pid {} since ", std::process::id())),
            "{message}"
        );
        assert!(message.starts_with(&format!("another run holds {}", out.display())));
        drop(first);
        let second = OutputLock::acquire(&out, Duration::ZERO).unwrap();
        assert_eq!(second.path(), out.join(LOCK_FILE));
        drop(second);
        fs::remove_dir_all(&out).unwrap();
    }
}
