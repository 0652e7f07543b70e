//! Web sources: article pages, comment exports and RSS/Atom feeds fetched over HTTP(S).
//!
//! The settings and the URL rules are always built; the fetcher itself (reqwest on tokio)
//! only with the `web` feature, which is on by default and which the Python package, whose
//! inputs are files, leaves out.
//!
//! A [`Fetcher`] runs requests with bounded concurrency overall and per host,
//! connect/read/total timeouts, retries with exponential backoff and jitter on connect
//! errors, timeouts, 5xx and 429 (honouring `Retry-After`), a body size limit enforced while
//! the body streams in, at most five redirects, and conditional requests: given the
//! validators of the last fetch (ETag, Last-Modified), an unchanged page costs a 304.

pub mod addresses;
#[cfg(feature = "web")]
mod fetch;
#[cfg(feature = "web")]
pub use fetch::*;

/// How web sources are fetched.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSettings {
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host: usize,
    /// Seconds to wait for a connection.
    pub connect_timeout_secs: f64,
    /// Longest wait for the next bytes of a response.
    pub read_timeout_secs: f64,
    /// Longest a single attempt may take, body included.
    pub total_timeout_secs: f64,
    /// Attempts after the first, on connect errors, timeouts, 5xx and 429.
    pub retries: u32,
    /// The first backoff; each retry doubles it, with up to 50% jitter.
    pub backoff_secs: f64,
    /// A `Retry-After` longer than this is not waited for: the source fails instead.
    pub max_retry_after_secs: f64,
    /// The `User-Agent` every request sends.
    pub user_agent: String,
    /// Bodies larger than this are refused (checked against Content-Length, then as it streams).
    pub max_body_bytes: u64,
    /// Redirects followed before a fetch fails.
    pub max_redirects: usize,
    /// Let URLs the tool finds itself (feed entries, redirects) reach addresses that are not
    /// globally reachable ([`addresses`]) and private names (`localhost`, `*.internal`, …).
    /// Off: a feed must not make the job fetch its own machine's services or a cloud's
    /// metadata endpoint, with or without a proxy. URLs given by the user are fetched
    /// wherever they point.
    pub allow_private_addresses: bool,
    /// Entries of one feed that are fetched; the rest are reported, not fetched.
    pub max_feed_entries: usize,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            concurrency: 16,
            per_host: 4,
            connect_timeout_secs: 10.0,
            read_timeout_secs: 20.0,
            total_timeout_secs: 30.0,
            retries: 3,
            backoff_secs: 0.5,
            max_retry_after_secs: 60.0,
            user_agent: format!(
                "reactions/{} (+https://github.com/reactions)",
                env!("CARGO_PKG_VERSION")
            ),
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            allow_private_addresses: false,
            max_feed_entries: 500,
        }
    }
}

impl HttpSettings {
    /// Every setting that is out of range, as (field, what is wrong). Durations are finite
    /// seconds within a day (a negative or NaN one made a timer panic or wait forever).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        const DAY: f64 = 86_400.0;
        let mut problems = Vec::new();
        for (field, seconds, zero_allowed) in [
            ("connect_timeout_secs", self.connect_timeout_secs, false),
            ("read_timeout_secs", self.read_timeout_secs, false),
            ("total_timeout_secs", self.total_timeout_secs, false),
            ("backoff_secs", self.backoff_secs, true),
            ("max_retry_after_secs", self.max_retry_after_secs, true),
        ] {
            let lowest_ok = if zero_allowed {
                seconds >= 0.0
            } else {
                seconds > 0.0
            };
            if !(seconds.is_finite() && lowest_ok && seconds <= DAY) {
                let low = if zero_allowed { "from 0" } else { "above 0" };
                problems.push((
                    field,
                    format!("must be a number of seconds {low} up to {DAY}, not {seconds}"),
                ));
            }
        }
        for (field, count) in [
            ("concurrency", self.concurrency),
            ("per_host", self.per_host),
        ] {
            if !(1..=1024).contains(&count) {
                problems.push((field, format!("must be 1 to 1024, not {count}")));
            }
        }
        if !(1..=100_000).contains(&self.max_feed_entries) {
            problems.push((
                "max_feed_entries",
                format!("must be 1 to 100000, not {}", self.max_feed_entries),
            ));
        }
        if self.retries > 100 {
            problems.push((
                "retries",
                format!("must be at most 100, not {}", self.retries),
            ));
        }
        if self.max_redirects > 100 {
            problems.push((
                "max_redirects",
                format!("must be at most 100, not {}", self.max_redirects),
            ));
        }
        if self.max_body_bytes == 0 {
            problems.push(("max_body_bytes", "must be above 0".to_string()));
        }
        if self.user_agent.trim().is_empty() || self.user_agent.chars().any(char::is_control) {
            problems.push((
                "user_agent",
                "must be non-empty text without control characters".to_string(),
            ));
        }
        problems
    }
}

/// What a server said about a page's version, sent back to make the next request conditional.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    /// The `ETag` the server sent.
    pub etag: Option<String>,
    /// The `Last-Modified` the server sent.
    pub last_modified: Option<String>,
}

/// Whether an input argument names a web source.
pub fn is_url(argument: &str) -> bool {
    let lower = argument.get(..8).unwrap_or(argument).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A URL as it may be stored (a record's `source`, the state, a run manifest, a log line):
/// without the `user:password@` a user may have put in it, which is sent with the request
/// and kept nowhere. Anything that is not a URL with credentials comes back as it was.
pub fn without_credentials(url: &str) -> std::borrow::Cow<'_, str> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.into();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at)
            if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) =>
        {
            format!("{scheme}://{}", &rest[at + 1..]).into()
        }
        _ => url.into(),
    }
}

/// Whether an argument is a URL of a scheme this tool does not fetch (`ftp://`, `file://`).
pub fn is_other_scheme(argument: &str) -> bool {
    match argument.split_once("://") {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !is_url(argument)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::without_credentials;

    #[test]
    fn credentials_are_stripped_from_stored_urls_and_nothing_else_changes() {
        for (given, stored) in [
            (
                "http://alice:token@news.example/a.html",
                "http://news.example/a.html",
            ),
            (
                "https://alice@news.example:8443/feed?x=1#top",
                "https://news.example:8443/feed?x=1#top",
            ),
            ("http://a:b@c@news.example/", "http://news.example/"),
            ("HTTP://alice:token@news.example", "HTTP://news.example"),
            (
                "http://news.example/@handle?to=a@b.example",
                "http://news.example/@handle?to=a@b.example",
            ),
            ("articles/a@b.html", "articles/a@b.html"),
            ("ftp://user:pw@files.example/x", "ftp://files.example/x"),
        ] {
            assert_eq!(without_credentials(given), stored, "{given}");
        }
    }
}
