//! Turns command-line inputs (files, directories, globs, `-`) into named byte contents, with
//! a size limit and decoding that never fails the run.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where an input came from, as the record's `source` and error messages name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    /// A file or directory named on the command line.
    Path(PathBuf),
    /// A file a directory walk (or a glob) found rather than one named outright: when it turns
    /// out not to be an input this tool reads, it is passed over with a warning.
    Found(PathBuf),
    /// Standard input (`-`).
    Stdin,
    /// A web source, by the URL asked for; its content is fetched by [`crate::http`].
    Url(String),
    /// Content already in memory (a file a Spark task was handed), under the name it had.
    Memory {
        /// The name it is known by.
        name: String,
        /// Its content.
        bytes: std::sync::Arc<[u8]>,
    },
}

impl InputSource {
    /// The name records and messages give it: the path as given, `-`, the URL without
    /// credentials, or the name it was handed in with.
    pub fn name(&self) -> String {
        match self {
            InputSource::Path(path) | InputSource::Found(path) => path.display().to_string(),
            InputSource::Stdin => "-".to_string(),
            InputSource::Url(url) => crate::http::without_credentials(url).into_owned(),
            InputSource::Memory { name, .. } => name.clone(),
        }
    }

    /// Its extension as written (no dot), when its name has one.
    pub fn extension(&self) -> Option<String> {
        match self {
            InputSource::Path(path) | InputSource::Found(path) => {
                path.extension().map(|e| e.to_string_lossy().to_string())
            }
            InputSource::Memory { name, .. } => Path::new(name)
                .extension()
                .map(|e| e.to_string_lossy().to_string()),
            InputSource::Stdin | InputSource::Url(_) => None,
        }
    }
}

/// An input that could not be used, or was used with a caveat, by the name it was given.
#[derive(Debug)]
pub struct InputError {
    /// The input's name: a path as given, `-`, a URL, or a name handed in with its bytes.
    pub source: String,
    /// What went wrong.
    pub problem: Problem,
}

/// What went wrong with an input. Callers branch on it: a file that cannot be opened is an
/// operating-system error (an `OSError` in Python), one that cannot be parsed is bad data.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("no such file or directory")]
    /// The path names nothing.
    NotFound,
    #[error("the pattern matches no file")]
    /// A glob matched no file.
    NoMatch,
    #[error("invalid pattern: {0}")]
    /// A glob that is not a valid pattern.
    Pattern(#[source] glob::PatternError),
    #[error("not a regular file (a FIFO, socket or device): not read")]
    /// A FIFO, socket or device, which could block or never end.
    NotRegularFile,
    #[error("an output directory of reactions (it holds {OUTPUT_MARKER} or {OUTPUT_LOCK}): not read as input")]
    /// A directory this tool writes its outputs to.
    OutputDirectory,
    #[error("the file this command writes: not read as input")]
    /// The file the command is writing.
    IsTheOutput,
    /// Opening or reading failed; the operating system's error is kept.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{size} bytes is over the {limit}-byte input limit (raise it with --max-input-bytes)")]
    /// Larger than the input limit.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    #[error("over the {limit}-byte limit for {kind}")]
    /// Larger than the limit for its kind of file.
    KindTooLarge {
        /// What kind of file it is.
        kind: FileKind,
        /// The limit for that kind, in bytes.
        limit: u64,
    },
    #[error("only http and https URLs are fetched")]
    /// A URL of another scheme than http or https.
    NotHttp,
    #[error("a feed entry's {scheme}: URL is not fetched (only http and https are)")]
    /// A feed lists an entry of another scheme than http or https.
    FeedEntryNotHttp {
        /// The entry's scheme.
        scheme: String,
    },
    #[error("the feed lists {left_out} more entries than the {limit} fetched (raise http.max_feed_entries)")]
    /// A feed lists more entries than are fetched.
    FeedTruncated {
        /// Entries not fetched.
        left_out: usize,
        /// Entries fetched at most.
        limit: usize,
    },
    /// The server could not be reached or answered with an error.
    #[error("{reason}")]
    /// Fetching failed.
    Fetch {
        /// The HTTP status, when the server answered.
        status: Option<u16>,
        /// Why, in words.
        reason: String,
    },
    #[error(
        "not an export this tool reads (Reddit, YouTube, X or Disqus; JSON Lines or CSV \
         with --columns); force one with --input-format"
    )]
    /// An export no registered format reads.
    UnknownExport,
    /// The input as a whole is not what its format needs (no header row, not JSON).
    #[error("{0}")]
    Unreadable(String),
    /// One record could not be read; the rest of the input still is.
    #[error("{position}: {reason}")]
    /// A record that could not be read.
    Malformed {
        /// Where in the input (`line 12`, `byte 4096`).
        position: String,
        /// Why, in words.
        reason: String,
    },
    #[error("and {0} more malformed records not listed")]
    /// Malformed records past those reported one by one.
    MoreMalformed(usize),
    /// Read, with a caveat (text that was not valid UTF-8, dates out of range).
    #[error("{0}")]
    Caveat(String),
}

impl InputError {
    /// An error about the input named `source` (credentials in a URL are left out).
    pub fn new(source: impl Into<String>, problem: Problem) -> Self {
        let source = source.into();
        InputError {
            source: match crate::http::without_credentials(&source) {
                std::borrow::Cow::Owned(stripped) => stripped,
                std::borrow::Cow::Borrowed(_) => source,
            },
            problem,
        }
    }

    /// Why, in words: what the error line says after the input's name.
    pub fn reason(&self) -> String {
        self.problem.to_string()
    }

    /// The operating system's error, when opening or reading the input failed.
    pub fn io_error(&self) -> Option<&std::io::Error> {
        match &self.problem {
            Problem::Io(error) => Some(error),
            _ => None,
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.problem)
    }
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.problem)
    }
}

/// As run manifests and JSON logs give it: the input's name and the reason in words.
impl serde::Serialize for InputError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut state = serializer.serialize_struct("InputError", 2)?;
        state.serialize_field("source", &self.source)?;
        state.serialize_field("reason", &self.reason())?;
        state.end()
    }
}

/// A directory holding this is one `reactions run` or `reactions report` writes into (the
/// tool's record of what it owns there). A directory walk passes over such a directory, so a
/// run whose output lies inside an input never reads its own report, tables and manifests
/// back as articles.
pub const OUTPUT_MARKER: &str = ".reactions-output";
/// The lock file of an output directory, which versions before [`OUTPUT_MARKER`] wrote too.
pub const OUTPUT_LOCK: &str = ".reactions.lock";

/// Whether `directory` is an output directory of this tool.
pub fn is_output_directory(directory: &Path) -> bool {
    directory.join(OUTPUT_MARKER).is_dir() || directory.join(OUTPUT_LOCK).is_file()
}

/// What [`expand`] found: the sources to read, the arguments that name nothing, and what was
/// passed over on purpose (an output directory, the output file).
#[derive(Debug, Default)]
pub struct Expanded {
    /// The inputs found, in order.
    pub sources: Vec<InputSource>,
    /// Arguments that name no usable input.
    pub errors: Vec<InputError>,
    /// Files found by a walk and passed over (an unknown kind, an output directory).
    pub passed_over: Vec<InputError>,
}

/// Expands each argument into input sources, in a stable order (directories sorted).
/// Arguments that name nothing are returned as errors; the others still expand. Directories
/// a walk or a glob finds that are output directories of this tool, and the file `output`
/// (the one being written), are passed over.
pub fn expand(
    arguments: &[String],
    is_known_extension: impl Fn(&str) -> bool,
    output: Option<&Path>,
) -> Expanded {
    let mut expanded = Expanded::default();
    let output = output.and_then(|path| FileId::of(path).ok());
    for argument in arguments {
        if argument == "-" {
            expanded.sources.push(InputSource::Stdin);
            continue;
        }
        let path = Path::new(argument);
        if path.is_dir() {
            let mut walked = WalkedDirectories::default();
            walk_directory(path, &is_known_extension, &mut walked, &mut expanded);
        } else if path.exists() {
            match not_a_regular_file(path) {
                Some(error) => expanded.errors.push(error),
                None => expanded.sources.push(InputSource::Path(path.to_path_buf())),
            }
        } else if argument.contains(['*', '?', '[']) {
            match glob::glob(argument) {
                Ok(paths) => {
                    let fixed = fixed_prefix(argument);
                    let before = expanded.sources.len() + expanded.passed_over.len();
                    for entry in paths {
                        match entry {
                            Ok(path) if path.is_file() => {
                                match output_directory_above(&path, &fixed) {
                                    Some(directory) => expanded.passed_over.push(InputError::new(
                                        directory.display().to_string(),
                                        Problem::OutputDirectory,
                                    )),
                                    None => expanded.sources.push(InputSource::Found(path)),
                                }
                            }
                            Ok(_) => {}
                            Err(error) => expanded.errors.push(InputError::new(
                                error.path().display().to_string(),
                                Problem::Io(error.into()),
                            )),
                        }
                    }
                    if expanded.sources.len() + expanded.passed_over.len() == before {
                        expanded
                            .errors
                            .push(InputError::new(argument, Problem::NoMatch));
                    }
                }
                Err(error) => expanded
                    .errors
                    .push(InputError::new(argument, Problem::Pattern(error))),
            }
        } else {
            expanded
                .errors
                .push(InputError::new(argument, Problem::NotFound));
        }
    }
    if let Some(output) = output {
        let (is_output, sources): (Vec<_>, Vec<_>) =
            expanded
                .sources
                .into_iter()
                .partition(|source| match source {
                    InputSource::Path(path) | InputSource::Found(path) => {
                        FileId::of(path).is_ok_and(|id| id == output)
                    }
                    _ => false,
                });
        expanded.sources = sources;
        for source in is_output {
            expanded
                .passed_over
                .push(InputError::new(source.name(), Problem::IsTheOutput));
        }
    }
    // One note per output directory, however many of its files a glob matched.
    expanded
        .passed_over
        .dedup_by(|a, b| a.source == b.source && a.reason() == b.reason());
    expanded
}

/// The part of a glob pattern before its first wildcard component: the directory the user
/// named, which is read even when it is an output directory.
fn fixed_prefix(pattern: &str) -> PathBuf {
    Path::new(pattern)
        .components()
        .take_while(|c| !c.as_os_str().to_string_lossy().contains(['*', '?', '[']))
        .collect()
}

/// The first output directory between `fixed` (excluded) and `path`'s directory, if any.
fn output_directory_above(path: &Path, fixed: &Path) -> Option<PathBuf> {
    let mut above: Vec<&Path> = path
        .ancestors()
        .skip(1)
        .take_while(|a| *a != fixed && a.starts_with(fixed) && !a.as_os_str().is_empty())
        .collect();
    above.reverse();
    above
        .into_iter()
        .find(|a| is_output_directory(a))
        .map(Path::to_path_buf)
}

/// The directories a walk has entered, by identity rather than path, so that a symbolic
/// link back up the tree (`self -> .`) is entered once, not until the path is too long.
#[derive(Default)]
struct WalkedDirectories(std::collections::HashSet<FileId>);

/// A file's identity, whatever path (or link) leads to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

impl FileId {
    /// The identity of what `path` leads to, symbolic links followed.
    pub fn of(path: &Path) -> std::io::Result<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let metadata = fs::metadata(path)?;
            Ok(FileId((metadata.dev(), metadata.ino())))
        }
        #[cfg(not(unix))]
        Ok(FileId(fs::canonicalize(path)?))
    }
}

impl WalkedDirectories {
    /// Whether `directory` is new to the walk; it is remembered from now on.
    fn enter(&mut self, directory: &Path) -> std::io::Result<bool> {
        Ok(self.0.insert(FileId::of(directory)?))
    }
}

/// Opens a regular file; anything else is refused before opening, since opening a FIFO waits
/// for a writer that may never come.
fn open_regular_file(path: &Path) -> Result<fs::File, Problem> {
    if !fs::metadata(path)?.is_file() {
        return Err(Problem::NotRegularFile);
    }
    Ok(fs::File::open(path)?)
}

/// The error for a path that is not a regular file (a FIFO, socket or device), which would
/// block or never end if read.
fn not_a_regular_file(path: &Path) -> Option<InputError> {
    let file_type = fs::metadata(path).ok()?.file_type();
    (!file_type.is_file() && !file_type.is_dir())
        .then(|| InputError::new(path.display().to_string(), Problem::NotRegularFile))
}

fn walk_directory(
    directory: &Path,
    is_known_extension: &impl Fn(&str) -> bool,
    walked: &mut WalkedDirectories,
    expanded: &mut Expanded,
) {
    if is_output_directory(directory) {
        expanded.passed_over.push(InputError::new(
            directory.display().to_string(),
            Problem::OutputDirectory,
        ));
        return;
    }
    let entered = walked.enter(directory).and_then(|new| {
        let entries = fs::read_dir(directory)?;
        Ok(new.then_some(entries))
    });
    let entries = match entered {
        Ok(Some(entries)) => entries,
        Ok(None) => return,
        Err(error) => {
            expanded.errors.push(InputError::new(
                directory.display().to_string(),
                Problem::Io(error),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_directory(&path, is_known_extension, walked, expanded);
        } else if path
            .extension()
            .is_some_and(|extension| is_known_extension(&extension.to_string_lossy()))
        {
            match not_a_regular_file(&path) {
                Some(error) => expanded.errors.push(error),
                None => expanded.sources.push(InputSource::Found(path)),
            }
        }
    }
}

/// The error for an input over the size limit.
pub fn too_large(source: &InputSource, size: u64, limit: u64) -> InputError {
    InputError::new(source.name(), Problem::TooLarge { size, limit })
}

/// Opens an input for reading as a stream.
pub fn open(source: &InputSource) -> Result<Box<dyn Read>, InputError> {
    match source {
        InputSource::Path(path) | InputSource::Found(path) => match open_regular_file(path) {
            Ok(file) => Ok(Box::new(file)),
            Err(problem) => Err(InputError::new(source.name(), problem)),
        },
        InputSource::Stdin => Ok(Box::new(std::io::stdin())),
        InputSource::Memory { bytes, .. } => Ok(Box::new(std::io::Cursor::new(bytes.clone()))),
        InputSource::Url(url) => Err(InputError::new(
            url,
            Problem::Unreadable("a URL is fetched, not opened".into()),
        )),
    }
}

/// Reads an input whole, refusing it when it is larger than `limit` bytes.
pub fn read(source: &InputSource, limit: u64) -> Result<Vec<u8>, InputError> {
    let error = |problem: Problem| InputError::new(source.name(), problem);
    let too_large = |size: u64| too_large(source, size, limit);
    let mut bytes = Vec::new();
    match source {
        InputSource::Path(path) | InputSource::Found(path) => {
            let file = open_regular_file(path).map_err(error)?;
            let size = file.metadata().map_err(|e| error(e.into()))?.len();
            if size > limit {
                return Err(too_large(size));
            }
            file.take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| error(e.into()))?;
        }
        InputSource::Url(url) => {
            return Err(error(Problem::Unreadable(format!(
                "{url} is fetched, not read as a file"
            ))));
        }
        InputSource::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| error(e.into()))?;
        }
        InputSource::Memory { bytes: content, .. } => {
            if content.len() as u64 > limit {
                return Err(too_large(content.len() as u64));
            }
            bytes.extend_from_slice(content);
        }
    }
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A file the tool reads whole that is not an article or an export, each with a fixed size
/// limit far above any real one: without it `--config /dev/zero` or a mistyped path to a
/// disk image fills memory before any parser can object. docs/running.md lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `--config`.
    Config,
    /// `--targets` (stance targets, TOML).
    Targets,
    /// `--stance-model`.
    StanceModel,
    /// `stance train --data` and the other SemEval files the stance commands read.
    StanceData,
    /// `sentiment --input` (or its standard input).
    SentimentInput,
    /// A decision file, or a label file, for the extraction commands.
    Extraction,
    /// `--labels`: analysts' labels (CSV).
    Labels,
}

impl FileKind {
    /// The largest file of this kind read, in bytes.
    pub const fn limit(self) -> u64 {
        const MIB: u64 = 1024 * 1024;
        match self {
            FileKind::Config | FileKind::Targets => MIB,
            FileKind::StanceModel => 256 * MIB,
            FileKind::StanceData => 64 * MIB,
            FileKind::SentimentInput => crate::DEFAULT_MAX_INPUT_BYTES,
            FileKind::Extraction => 16 * MIB,
            FileKind::Labels => 64 * MIB,
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FileKind::Config => "a configuration file",
            FileKind::Targets => "a targets file",
            FileKind::StanceModel => "a stance model",
            FileKind::StanceData => "a SemEval data file",
            FileKind::SentimentInput => "sentiment input",
            FileKind::Extraction => "an extraction decision or label file",
            FileKind::Labels => "a labels file",
        })
    }
}

/// Reads a file of `kind` whole, as [`read`] reads an input: a regular file (or standard
/// input) only, and no more than the kind's limit.
pub fn read_kind(source: &InputSource, kind: FileKind) -> Result<Vec<u8>, InputError> {
    read_within(source, kind.limit(), kind)
}

/// [`read_kind`] on a file named by path.
pub fn read_file(path: &Path, kind: FileKind) -> Result<Vec<u8>, InputError> {
    read_kind(&InputSource::Path(path.to_path_buf()), kind)
}

/// [`read_kind`] with a limit other than the kind's, so that tests need not write megabytes.
pub fn read_within(
    source: &InputSource,
    limit: u64,
    kind: FileKind,
) -> Result<Vec<u8>, InputError> {
    read(source, limit).map_err(|error| match error.problem {
        Problem::TooLarge { limit, .. } => {
            InputError::new(error.source, Problem::KindTooLarge { kind, limit })
        }
        _ => error,
    })
}

/// What UTF-8's punctuation (`’`, `—`: E2 80 xx) becomes when a page's bytes were once read as
/// Windows-1252 and stored again as UTF-8: `â€`, then one character for the third byte.
const MOJIBAKE_LEAD: &str = "\u{e2}\u{20ac}";

/// Punctuation mis-decoded once, as web archives often store it, put back (`â€™` is `’`,
/// `â€”` or `â€"` is `—`), with a warning that says how many were. Letters mis-decoded the
/// same way (`Ã©`) are left: unlike punctuation they may be meant.
fn repaired_punctuation(text: &str) -> (String, Option<String>) {
    const PUNCTUATION: &[(&str, &str)] = &[
        ("\u{e2}\u{20ac}\u{201c}", "–"),
        ("\u{e2}\u{20ac}\u{201d}", "—"),
        ("\u{e2}\u{20ac}\"", "—"),
        ("\u{e2}\u{20ac}\u{2dc}", "‘"),
        ("\u{e2}\u{20ac}\u{2122}", "’"),
        ("\u{e2}\u{20ac}\u{153}", "“"),
        ("\u{e2}\u{20ac}\u{9d}", "”"),
        ("\u{e2}\u{20ac}\u{a6}", "…"),
        ("\u{e2}\u{20ac}\u{a2}", "•"),
        // The closing quote's third byte has no Windows-1252 character, and is often lost.
        ("\u{e2}\u{20ac}", "”"),
    ];
    let count = text.matches(MOJIBAKE_LEAD).count();
    let repaired = PUNCTUATION
        .iter()
        .fold(text.to_string(), |text, (garbled, mark)| {
            text.replace(garbled, mark)
        });
    let warning = format!("{count} punctuation marks mis-decoded as Windows-1252 (`â€`) repaired");
    (repaired, Some(warning))
}

/// Decodes input bytes: UTF-16 and UTF-32 (by their byte order mark or, without one, their
/// NUL bytes), UTF-8 (BOM dropped), a declared HTML charset, else UTF-8 with invalid
/// sequences replaced — in which case a warning says so.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some(wide) = crate::wide::Wide::detect(bytes) {
        let (text, had_errors) = wide.decode(bytes);
        let warning = had_errors.then(|| format!("invalid {} sequences replaced", wide.name()));
        return (text, warning);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return match text.contains(MOJIBAKE_LEAD) {
            true => repaired_punctuation(text),
            false => (text.to_string(), None),
        };
    }
    if let Some(encoding) = declared_charset(bytes) {
        if encoding != encoding_rs::UTF_8 {
            let (text, _, had_errors) = encoding.decode(bytes);
            let warning =
                had_errors.then(|| format!("invalid {} sequences replaced", encoding.name()));
            return (text.into_owned(), warning);
        }
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    (
        text,
        Some("not valid UTF-8; invalid sequences replaced with U+FFFD".to_string()),
    )
}

fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod mojibake_tests {
    use super::decode;

    #[test]
    fn punctuation_read_once_as_windows_1252_is_put_back() {
        let garbled = "This is nonsense.\u{e2}\u{20ac}\" Evans (@OchiagaEvans) \u{e2}\u{20ac}\u{153}Sad\u{e2}\u{20ac}\u{9d} it\u{e2}\u{20ac}\u{2122}s";
        let (text, warning) = decode(garbled.as_bytes());
        assert_eq!(text, "This is nonsense.— Evans (@OchiagaEvans) “Sad” it’s");
        assert_eq!(
            warning.as_deref(),
            Some("4 punctuation marks mis-decoded as Windows-1252 (`â€`) repaired")
        );
        // Text without the pattern is untouched and unwarned, accents mis-decoded included.
        assert_eq!(
            decode("CafÃ© — fine".as_bytes()),
            ("CafÃ© — fine".to_string(), None)
        );
    }
}
