//! One run at a time per output directory.
//!
//! [`OutputLock::acquire`] takes an exclusive lock on `DIR/.reactions.lock` (the operating
//! system's file lock, released when the process ends however it ends, SIGKILL included) and
//! writes the holder's pid and start time into it, so that a second run can say who holds the
//! directory. While the lock is held nothing else of this tool writes into the directory, so
//! whatever a writer left in its work directory (see [`report::owned`]) is a dead process's
//! leftover and safe to remove.
//!
//! The lock file is opened without following a symbolic link and must be a regular file:
//! a link planted at `DIR/.reactions.lock` would otherwise have its target truncated.

use std::fs::{self, File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file's name inside the output directory.
pub const LOCK_FILE: &str = ".reactions.lock";

/// How often a waiting run tries the lock again.
const RETRY: Duration = Duration::from_millis(100);

enum Kind {
    Exclusive,
    Shared,
}

/// The output directory's lock, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
    path: PathBuf,
    /// The directory as the caller named it (`out/` stays `out/` in what a run records).
    dir: PathBuf,
}

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it; `holder` is what it wrote ("pid 4242 since …").
    #[error("another run holds {dir} ({holder}); try again when it ends, or wait for it with --wait-lock SECONDS")]
    Held {
        /// The directory it holds.
        dir: PathBuf,
        /// What the holder wrote into the lock file.
        holder: String,
    },
    /// The output path is taken by a file (or anything but a directory).
    #[error("{} is not a directory: the outputs are written into a directory", path.display())]
    NotADirectory {
        /// The output path.
        path: PathBuf,
    },
    /// The lock file is a symbolic link, a FIFO, a device or a directory: not opened or
    /// written, whatever it leads to.
    #[error("{} is not a regular file (a symbolic link, FIFO, device or directory); refusing to use it as the lock: remove it", path.display())]
    NotRegularFile {
        /// The lock file's path.
        path: PathBuf,
    },
    #[error("{path}: {source}")]
    /// The lock file could not be made, opened or locked.
    Io {
        /// The lock file.
        path: PathBuf,
        #[source]
        /// Why the operating system refused.
        source: std::io::Error,
    },
}

impl OutputLock {
    /// Takes the lock on `out` (created if missing), waiting up to `wait` for a run that holds
    /// it to end.
    pub fn acquire(out: &Path, wait: Duration) -> Result<OutputLock, LockError> {
        let (mut file, path) = Self::take(out, wait, Kind::Exclusive)?;
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let holder = format!(
            "pid {} since {}",
            std::process::id(),
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        file.write_all(holder.as_bytes()).map_err(io)?;
        file.flush().map_err(io)?;
        Ok(OutputLock {
            _file: file,
            path,
            dir: out.to_path_buf(),
        })
    }

    /// Takes the lock on the dataset in `dir` shared, for a reader: any number of readers hold
    /// it together, and a run (which holds it exclusively from before its first write to after
    /// its last) neither starts nor is under way while they do, so what they read is one
    /// generation. Waits up to `wait` for a run that holds it to end.
    pub fn acquire_shared(dir: &Path, wait: Duration) -> Result<OutputLock, LockError> {
        let (file, path) = Self::take(dir, wait, Kind::Shared)?;
        Ok(OutputLock {
            _file: file,
            path,
            dir: dir.to_path_buf(),
        })
    }

    fn take(out: &Path, wait: Duration, kind: Kind) -> Result<(File, PathBuf), LockError> {
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
        let not_regular = || LockError::NotRegularFile { path: path.clone() };
        if fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
            return Err(not_regular());
        }
        let mut options = File::options();
        options.read(true).write(true).create(true).truncate(false);
        // Checked at the open itself too: a link made after the check above is not followed
        // (ELOOP), and a FIFO does not block the open.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(
            &mut options,
            libc::O_NOFOLLOW | libc::O_NONBLOCK,
        );
        let mut file = match options.open(&path) {
            Ok(file) => file,
            #[cfg(unix)]
            Err(error) if error.raw_os_error() == Some(libc::ELOOP) => return Err(not_regular()),
            Err(error) => return Err(io(error)),
        };
        if !file.metadata().map_err(io)?.is_file() {
            return Err(not_regular());
        }
        let deadline = Instant::now() + wait;
        loop {
            let attempt = match kind {
                Kind::Exclusive => file.try_lock(),
                Kind::Shared => file.try_lock_shared(),
            };
            match attempt {
                Ok(()) => return Ok((file, path)),
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
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The directory it locks.
    pub fn dir(&self) -> &Path {
        &self.dir
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

    #[test]
    fn readers_share_the_lock_and_a_writer_waits_for_them() {
        let dir =
            std::env::temp_dir().join(format!("reactions-lock-shared-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let writer = OutputLock::acquire(&dir, Duration::ZERO).unwrap();
        assert!(matches!(
            OutputLock::acquire_shared(&dir, Duration::ZERO),
            Err(LockError::Held { .. })
        ));
        drop(writer);
        let first = OutputLock::acquire_shared(&dir, Duration::ZERO).unwrap();
        let second = OutputLock::acquire_shared(&dir, Duration::ZERO).unwrap();
        assert!(OutputLock::acquire(&dir, Duration::ZERO).is_err());
        drop((first, second));
        assert!(OutputLock::acquire(&dir, Duration::ZERO).is_ok());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_that_is_a_link_is_refused_and_its_target_left_alone() {
        let out = std::env::temp_dir().join(format!("reactions-lock-link-{}", std::process::id()));
        let _ = fs::remove_dir_all(&out);
        fs::create_dir_all(&out).unwrap();
        let target = out.join("precious.txt");
        fs::write(&target, "keep me").unwrap();
        std::os::unix::fs::symlink(&target, out.join(LOCK_FILE)).unwrap();
        let refused = OutputLock::acquire(&out, Duration::ZERO).unwrap_err();
        assert!(
            matches!(&refused, LockError::NotRegularFile { path } if *path == out.join(LOCK_FILE)),
            "{refused}"
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
        // A link to nowhere is not made into a file either.
        fs::remove_file(out.join(LOCK_FILE)).unwrap();
        std::os::unix::fs::symlink(out.join("made-by-link"), out.join(LOCK_FILE)).unwrap();
        assert!(OutputLock::acquire(&out, Duration::ZERO).is_err());
        assert!(!out.join("made-by-link").exists());
        fs::remove_dir_all(&out).unwrap();
    }
}
