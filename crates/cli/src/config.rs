//! The job's configuration: `reactions.toml` (or the embedded default), then environment
//! variables (`REACTIONS_OUT`, `REACTIONS_SOURCES`, `REACTIONS_HTTP_CONCURRENCY`, …), then
//! command-line flags, each overriding the one before.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use collector::comments::ColumnMap;
use collector::http::HttpSettings;
use serde::{Deserialize, Serialize};

/// The embedded default: the bundled `data/` in, `notebooks-out/` out, no network.
pub const DEFAULT: &str = include_str!("../reactions.default.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Files, directories, globs, article URLs and feed URLs.
    pub sources: Vec<String>,
    pub targets: Option<PathBuf>,
    pub stance_model: Option<PathBuf>,
    /// Analysts' labels (CSV), applied in the dataset and every figure.
    pub labels: Option<PathBuf>,
    pub out: PathBuf,
    pub max_input_bytes: u64,
    pub input_format: Option<String>,
    pub columns: BTreeMap<String, String>,
    pub http: HttpSettings,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            sources: Vec::new(),
            targets: None,
            stance_model: None,
            labels: None,
            out: PathBuf::from("notebooks-out"),
            max_input_bytes: collector::DEFAULT_MAX_INPUT_BYTES,
            input_format: None,
            columns: BTreeMap::new(),
            http: HttpSettings::default(),
        }
    }
}

/// A configuration and where it came from.
pub struct Loaded {
    pub config: Config,
    /// `None` for the embedded default.
    pub file: Option<PathBuf>,
}

const PREFIX: &str = "REACTIONS_";
const TOP_LEVEL: &[&str] = &[
    "sources",
    "targets",
    "stance_model",
    "labels",
    "out",
    "max_input_bytes",
    "input_format",
];

/// Reads `file` (or the embedded default), applies `environment` overrides and checks it.
/// Errors name the file and line, or the variable.
pub fn load(
    file: Option<&Path>,
    environment: impl IntoIterator<Item = (String, String)>,
) -> Result<Loaded, String> {
    let (text, name) = match file {
        Some(path) => (
            String::from_utf8(
                collector::input::read_file(path, collector::input::FileKind::Config)
                    .map_err(|e| e.to_string())?,
            )
            .map_err(|e| format!("{}: not UTF-8 text: {e}", path.display()))?,
            path.display().to_string(),
        ),
        None => (
            DEFAULT.to_string(),
            "the embedded default configuration".to_string(),
        ),
    };
    toml::from_str::<Config>(&text).map_err(|e| format!("{name}: {e}"))?;
    let mut table: toml::Table = toml::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
    let mut overridden = Vec::new();
    for (variable, value) in environment {
        let Some(key) = variable.strip_prefix(PREFIX) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        if let Some(field) = key.strip_prefix("http_") {
            if !http_fields().contains(&field.to_string()) {
                return Err(format!(
                    "{variable}: no HTTP setting `{field}` (known: {})",
                    http_fields().join(", ")
                ));
            }
            let http = table
                .entry("http")
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if let toml::Value::Table(http) = http {
                http.insert(field.to_string(), scalar(&value));
            }
        } else if key == "sources" {
            let sources = value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| toml::Value::String(s.to_string()))
                .collect();
            table.insert(key, toml::Value::Array(sources));
        } else if TOP_LEVEL.contains(&key.as_str()) {
            let value = match key.as_str() {
                "max_input_bytes" => scalar(&value),
                _ => toml::Value::String(value),
            };
            table.insert(key, value);
        } else {
            // Other REACTIONS_* variables belong to other tools (or tests); they are not ours.
            continue;
        }
        overridden.push(variable);
    }
    let config: Config = table
        .try_into()
        .map_err(|e| format!("{name} with {}: {e}", overridden.join(", ")))?;
    columns(&config)?;
    if let Some((key, problem)) = problems(&config).into_iter().next() {
        // Name where the bad value came from: its variable, else its line in the file.
        let variable = format!("{PREFIX}{}", key.replace('.', "_").to_ascii_uppercase());
        let origin = match overridden.contains(&variable) {
            true => variable,
            false => match line_of(&text, &key) {
                Some(line) => format!("{name}, line {line}"),
                None => name,
            },
        };
        return Err(format!("{origin}: {key} {problem}"));
    }
    Ok(Loaded {
        config,
        file: file.map(Path::to_path_buf),
    })
}

/// Every setting out of range, keyed as in the file (`http.backoff_secs`).
fn problems(config: &Config) -> Vec<(String, String)> {
    let mut problems: Vec<(String, String)> = config
        .http
        .problems()
        .into_iter()
        .map(|(field, problem)| (format!("http.{field}"), problem))
        .collect();
    if config.max_input_bytes == 0 {
        problems.push(("max_input_bytes".into(), "must be above 0".into()));
    }
    if let Some(format) = &config.input_format {
        let names = collector::input_format_names();
        if !names.contains(&format.as_str()) {
            problems.push((
                "input_format".into(),
                format!("`{format}` is not a format ({})", names.join(", ")),
            ));
        }
    }
    problems
}

/// The line of `text` that sets `key` (`http.backoff_secs` is `backoff_secs` under `[http]`).
fn line_of(text: &str, key: &str) -> Option<usize> {
    let (section, field) = match key.split_once('.') {
        Some((section, field)) => (Some(section), field),
        None => (None, key),
    };
    let mut current: Option<&str> = None;
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.trim());
            continue;
        }
        let sets = line
            .split_once('=')
            .is_some_and(|(name, _)| name.trim() == field);
        if sets && current == section {
            return Some(number + 1);
        }
    }
    None
}

fn http_fields() -> Vec<String> {
    match toml::Value::try_from(HttpSettings::default()) {
        Ok(toml::Value::Table(table)) => table.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// An environment value as TOML would read it when it is a number or a boolean, else text.
fn scalar(raw: &str) -> toml::Value {
    format!("v = {raw}")
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("v"))
        .filter(|v| !matches!(v, toml::Value::Table(_) | toml::Value::Array(_)))
        .unwrap_or_else(|| toml::Value::String(raw.to_string()))
}

/// The `[columns]` table as the collector's column map.
pub fn columns(config: &Config) -> Result<ColumnMap, String> {
    let mut map = ColumnMap::default();
    for (key, column) in &config.columns {
        map.set(key, column).map_err(|e| format!("[columns] {e}"))?;
    }
    Ok(map)
}

/// The configuration as TOML, for `reactions config check`.
pub fn render(config: &Config) -> String {
    toml::to_string_pretty(config).unwrap_or_else(|e| format!("# cannot render: {e}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_embedded_default_reads_the_bundled_data_without_network() {
        let loaded = load(None, env(&[])).unwrap();
        assert_eq!(loaded.config.sources, ["data/"]);
        assert_eq!(loaded.config.out, PathBuf::from("notebooks-out"));
        assert!(loaded
            .config
            .sources
            .iter()
            .all(|s| !collector::http::is_url(s)));
        assert_eq!(loaded.config.http, HttpSettings::default());
    }

    #[test]
    fn environment_variables_override_the_file() {
        let loaded = load(
            None,
            env(&[
                ("REACTIONS_OUT", "/srv/out"),
                ("REACTIONS_SOURCES", "a/, https://example.test/feed.xml"),
                ("REACTIONS_HTTP_CONCURRENCY", "3"),
                ("REACTIONS_HTTP_USER_AGENT", "newsroom-bot/1.0"),
                ("REACTIONS_BIN", "ignored"),
                ("HOME", "/root"),
            ]),
        )
        .unwrap();
        let config = loaded.config;
        assert_eq!(config.out, PathBuf::from("/srv/out"));
        assert_eq!(config.sources, ["a/", "https://example.test/feed.xml"]);
        assert_eq!(config.http.concurrency, 3);
        assert_eq!(config.http.user_agent, "newsroom-bot/1.0");
    }

    #[test]
    fn errors_name_the_line_key_or_variable() {
        let dir = std::env::temp_dir().join(format!("reactions-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("reactions.toml");
        std::fs::write(&file, "out = \"x\"\n\n[http]\nconcurency = 4\n").unwrap();
        let error = load(Some(&file), env(&[])).err().unwrap();
        assert!(error.contains("reactions.toml"), "{error}");
        assert!(error.contains("line 4"), "{error}");
        assert!(error.contains("concurency"), "{error}");

        std::fs::write(&file, "out = \"x\"\n").unwrap();
        let error = load(Some(&file), env(&[("REACTIONS_HTTP_RETRIES", "many")]))
            .err()
            .unwrap();
        assert!(error.contains("REACTIONS_HTTP_RETRIES"), "{error}");
        let error = load(Some(&file), env(&[("REACTIONS_HTTP_NOPE", "1")]))
            .err()
            .unwrap();
        assert!(error.contains("REACTIONS_HTTP_NOPE"), "{error}");

        // Values of the right type but out of range, from the file or a variable.
        std::fs::write(&file, "out = \"x\"\n\n[http]\nbackoff_secs = -1\n").unwrap();
        let error = load(Some(&file), env(&[])).err().unwrap();
        assert!(
            error.contains(
                "reactions.toml, line 4: http.backoff_secs must be a number of seconds from 0"
            ),
            "{error}"
        );
        std::fs::write(&file, "out = \"x\"\ninput_format = \"pdf\"\n").unwrap();
        let error = load(Some(&file), env(&[])).err().unwrap();
        assert!(
            error.contains("line 2: input_format `pdf` is not a format"),
            "{error}"
        );
        std::fs::write(&file, "out = \"x\"\n").unwrap();
        for (variable, value) in [
            ("REACTIONS_HTTP_CONNECT_TIMEOUT_SECS", "-1"),
            ("REACTIONS_HTTP_CONNECT_TIMEOUT_SECS", "nan"),
            ("REACTIONS_HTTP_CONNECT_TIMEOUT_SECS", "inf"),
            ("REACTIONS_HTTP_CONNECT_TIMEOUT_SECS", "1e300"),
            ("REACTIONS_HTTP_MAX_RETRY_AFTER_SECS", "nan"),
            ("REACTIONS_HTTP_BACKOFF_SECS", "-0.5"),
            ("REACTIONS_HTTP_CONCURRENCY", "0"),
        ] {
            let error = load(Some(&file), env(&[(variable, value)])).err();
            let error = error.unwrap_or_else(|| panic!("{variable}={value} is refused"));
            assert!(error.starts_with(&format!("{variable}: http.")), "{error}");
        }

        std::fs::write(&file, "[columns]\ntxt = \"body\"\n").unwrap();
        let error = load(Some(&file), env(&[])).err().unwrap();
        assert!(error.contains("unknown column key `txt`"), "{error}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
