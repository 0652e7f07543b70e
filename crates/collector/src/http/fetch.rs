//! The fetcher: reqwest on tokio, guarded against private addresses and names for URLs the
//! tool finds and for every redirect, with or without a proxy.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use tokio::sync::Semaphore;

use super::addresses::is_private_address;
use super::{HttpSettings, Validators};

/// A completed fetch.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched {
    /// A response with a body.
    Body {
        /// Where the content was found, after redirects.
        final_url: String,
        /// Its `Content-Type`, when the server sent one.
        content_type: Option<String>,
        /// The body, within the size limit.
        body: Vec<u8>,
        /// Its validators, for the next run's conditional request.
        validators: Validators,
    },
    /// 304: the page is as it was when the validators were given.
    NotModified,
}

/// One URL's outcome, with how long it took and how many attempts it needed.
#[derive(Debug, Clone)]
pub struct FetchOutcome {
    /// The URL asked for.
    pub url: String,
    /// The response, or why there was none.
    pub result: Result<Fetched, FetchError>,
    /// How many requests it took (retries included).
    pub attempts: u32,
    /// Time from the first attempt to the outcome, waits included.
    pub elapsed: Duration,
}

/// Why a URL could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    /// The HTTP status, when the failure was one.
    pub status: Option<u16>,
    /// Why, in words.
    pub reason: String,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Where a URL came from, which decides the addresses it may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Given by the user (configuration, command line): fetched wherever it points; its
    /// redirects are held to the rule for found URLs, except back to its own host.
    User,
    /// Found by the tool (a feed's entries): never a private or local address unless the
    /// settings allow it.
    Found,
}

/// Names that mean a private network whatever they resolve to here: the special-use names
/// (RFC 6761, RFC 8375, the `.internal` of ICANN), the suffixes intranets use, and single
/// labels, which a resolver completes with the local search domain. A proxy resolves names in
/// its own network, so these are refused by name, before any request.
pub fn is_private_name(host: &str) -> bool {
    const SUFFIXES: [&str; 9] = [
        "localhost",
        "localdomain",
        "internal",
        "local",
        "corp",
        "home.arpa",
        "lan",
        "intranet",
        "private",
    ];
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    !host.contains('.')
        || SUFFIXES.iter().any(|suffix| {
            host.strip_suffix(suffix)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
        })
}

/// The rule for one origin: which hosts may reach private addresses.
#[derive(Clone)]
struct AddressGuard {
    allow_all: bool,
    /// Hosts the user named, which may be private (their own intranet, a test server).
    trusted: Arc<HashSet<String>>,
    /// Resolve names before the request as well: set when a proxy is configured, which
    /// resolves the names it is sent out of the resolver's sight.
    resolve_first: bool,
}

impl AddressGuard {
    fn allows(&self, host: &str, ip: IpAddr) -> bool {
        self.allow_all || !is_private_address(ip) || self.trusted.contains(host)
    }

    /// Why `url` may not be fetched, if it may not: its host is a private address, a
    /// private name, or (through a proxy) a name that resolves here to a private address.
    /// A name that does not resolve here is left to the proxy, which may know it.
    async fn refuses(&self, url: &reqwest::Url) -> Option<String> {
        let host = url.host_str()?;
        if self.allow_all || self.trusted.contains(host) {
            return None;
        }
        if let Ok(ip) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
            return is_private_address(ip).then(|| refusal(host, "is a private or local address"));
        }
        if is_private_name(host) {
            return Some(refusal(host, "names a private or local address"));
        }
        if !self.resolve_first {
            return None;
        }
        let port = url.port_or_known_default().unwrap_or(80);
        let resolved = tokio::net::lookup_host((host, port)).await.ok()?;
        resolved
            .map(|address| address.ip())
            .find(|ip| is_private_address(*ip))
            .map(|ip| {
                refusal(
                    host,
                    &format!("resolves to {ip}, a private or local address"),
                )
            })
    }
}

fn refusal(host: &str, what: &str) -> String {
    format!(
        "{host} {what}, which a URL found in a feed or a redirect may not reach (set http.allow_private_addresses to allow it)"
    )
}

/// Resolves names as the system does, then drops the addresses the guard refuses: the check
/// is on the address actually connected to, so a name cannot be pointed elsewhere after it.
/// Its guard also trusts the proxies' hosts: the proxy is the user's choice.
struct GuardedResolver(AddressGuard);

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let resolved: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<std::net::SocketAddr> = resolved
                .iter()
                .copied()
                .filter(|address| guard.allows(&host, address.ip()))
                .collect();
            if allowed.is_empty() && !resolved.is_empty() {
                return Err(refusal(&host, "resolves to a private or local address").into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The hosts of the proxies reqwest takes from the environment (as curl reads it; a value
/// without a scheme is an http proxy).
fn proxy_hosts() -> HashSet<String> {
    [
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ]
    .iter()
    .filter_map(|variable| std::env::var(variable).ok())
    .filter(|value| !value.trim().is_empty())
    .filter_map(|value| {
        reqwest::Url::parse(&value)
            .ok()
            .filter(|url| url.host_str().is_some())
            .or_else(|| reqwest::Url::parse(&format!("http://{value}")).ok())
    })
    .filter_map(|url| url.host_str().map(str::to_string))
    .collect()
}

/// Fetches web sources within the run's settings: the private-address rule, timeouts, retries,
/// size limits and a cap on concurrent requests per host.
pub struct Fetcher {
    /// For URLs the user gave, and for URLs the tool found.
    user_client: reqwest::Client,
    found_client: reqwest::Client,
    /// Held to every redirect of a URL the user gave.
    user_guard: AddressGuard,
    /// Held to a found URL and its every redirect.
    found_guard: AddressGuard,
    settings: HttpSettings,
    overall: Arc<Semaphore>,
    hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
    runtime: tokio::runtime::Runtime,
}

enum Attempt {
    Done(Fetched),
    /// Worth another attempt; `wait` is the server's `Retry-After`, if it gave one.
    Retry(FetchError, Option<Duration>),
    Fail(FetchError),
}

/// An HTTP client that connects only where `guard` allows. It follows no redirects itself:
/// [`Fetcher::attempt`] does, checking each hop before it is requested, which a resolver
/// alone cannot do when a proxy resolves the names.
fn client(settings: &HttpSettings, guard: AddressGuard) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .user_agent(settings.user_agent.clone())
        .connect_timeout(Duration::from_secs_f64(settings.connect_timeout_secs))
        .read_timeout(Duration::from_secs_f64(settings.read_timeout_secs))
        .timeout(Duration::from_secs_f64(settings.total_timeout_secs))
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(GuardedResolver(guard))
        .build()
        .map_err(|e| format!("cannot start the HTTP client: {e}"))
}

impl Fetcher {
    /// A fetcher for `user_urls` (which may point anywhere) and the URLs found through them.
    pub fn new(settings: &HttpSettings, user_urls: &[String]) -> Result<Self, String> {
        // TLS through ring; a provider installed before (by an embedding program) is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let trusted: HashSet<String> = user_urls
            .iter()
            .filter_map(|url| reqwest::Url::parse(url).ok())
            .filter_map(|url| url.host_str().map(str::to_string))
            .collect();
        let proxies = proxy_hosts();
        let user_guard = AddressGuard {
            allow_all: settings.allow_private_addresses,
            trusted: Arc::new(trusted),
            resolve_first: !proxies.is_empty(),
        };
        let found_guard = AddressGuard {
            trusted: Arc::default(),
            ..user_guard.clone()
        };
        let connecting = |guard: &AddressGuard| AddressGuard {
            trusted: Arc::new(guard.trusted.union(&proxies).cloned().collect()),
            ..guard.clone()
        };
        Ok(Fetcher {
            user_client: client(settings, connecting(&user_guard))?,
            found_client: client(settings, connecting(&found_guard))?,
            user_guard,
            found_guard,
            overall: Arc::new(Semaphore::new(settings.concurrency.max(1))),
            hosts: Mutex::new(HashMap::new()),
            settings: settings.clone(),
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .map_err(|e| format!("cannot start the HTTP runtime: {e}"))?,
        })
    }

    /// Fetches every URL (with the validators of its last fetch, if any), concurrently within
    /// the limits; outcomes come back in the order of `requests`. `done` is called as each
    /// one completes.
    pub fn fetch_all(
        &self,
        requests: &[(String, Option<Validators>)],
        origin: Origin,
        done: &(dyn Fn() + Sync),
    ) -> Vec<FetchOutcome> {
        self.runtime.block_on(async {
            let tasks = requests.iter().map(|(url, known)| async move {
                let outcome = self.fetch(url, known.as_ref(), origin).await;
                done();
                outcome
            });
            futures_util::future::join_all(tasks).await
        })
    }

    async fn fetch(&self, url: &str, known: Option<&Validators>, origin: Origin) -> FetchOutcome {
        let started = Instant::now();
        let refused = match (origin, reqwest::Url::parse(url)) {
            (Origin::Found, Ok(parsed)) => self.found_guard.refuses(&parsed).await,
            _ => None,
        };
        if let Some(reason) = refused {
            return FetchOutcome {
                url: url.to_string(),
                result: Err(FetchError {
                    status: None,
                    reason,
                }),
                attempts: 0,
                elapsed: started.elapsed(),
            };
        }
        let host = reqwest::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        let per_host = {
            let mut hosts = self.hosts.lock().expect("host table");
            hosts
                .entry(host)
                .or_insert_with(|| Arc::new(Semaphore::new(self.settings.per_host.max(1))))
                .clone()
        };
        let mut attempts = 0;
        let mut rng = Jitter::new(url);
        let result = loop {
            attempts += 1;
            let attempt = {
                let _host = per_host.acquire().await.expect("semaphore open");
                let _overall = self.overall.acquire().await.expect("semaphore open");
                self.attempt(url, known, origin).await
            };
            match attempt {
                Attempt::Done(fetched) => break Ok(fetched),
                Attempt::Fail(error) => break Err(error),
                Attempt::Retry(error, retry_after) => {
                    if attempts > self.settings.retries {
                        break Err(FetchError {
                            reason: format!("{} (gave up after {attempts} attempts)", error.reason),
                            ..error
                        });
                    }
                    let backoff = self.settings.backoff_secs * 2f64.powi(attempts as i32 - 1);
                    let wait = match retry_after {
                        Some(wait) if wait.as_secs_f64() > self.settings.max_retry_after_secs => {
                            break Err(FetchError {
                                reason: format!(
                                    "{}; Retry-After {} s is over the {} s limit",
                                    error.reason,
                                    wait.as_secs(),
                                    self.settings.max_retry_after_secs
                                ),
                                ..error
                            });
                        }
                        Some(wait) => wait,
                        None => Duration::from_secs_f64(backoff * (1.0 + 0.5 * rng.next())),
                    };
                    tokio::time::sleep(wait).await;
                }
            }
        };
        FetchOutcome {
            url: url.to_string(),
            result,
            attempts,
            elapsed: started.elapsed(),
        }
    }

    async fn attempt(&self, url: &str, known: Option<&Validators>, origin: Origin) -> Attempt {
        let mut headers = HeaderMap::new();
        if let Some(known) = known {
            let mut set = |name, value: &Option<String>| {
                if let Some(value) = value.as_deref().and_then(|v| HeaderValue::from_str(v).ok()) {
                    headers.insert(name, value);
                }
            };
            set(header::IF_NONE_MATCH, &known.etag);
            set(header::IF_MODIFIED_SINCE, &known.last_modified);
        }
        let (client, guard) = match origin {
            Origin::User => (&self.user_client, &self.user_guard),
            Origin::Found => (&self.found_client, &self.found_guard),
        };
        let mut target = match reqwest::Url::parse(url) {
            Ok(target) => target,
            Err(error) => {
                return Attempt::Fail(FetchError {
                    status: None,
                    reason: format!("not a URL: {error}"),
                })
            }
        };
        let mut redirects = 0;
        let response = loop {
            let response = match client
                .get(target.clone())
                .headers(headers.clone())
                .send()
                .await
            {
                Ok(response) => response,
                Err(error) => return transport_failure(&error),
            };
            let status = response.status();
            let location = response
                .headers()
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok());
            let (true, Some(location)) = (is_followed(status), location) else {
                break response;
            };
            let failed = |reason: String| {
                Attempt::Fail(FetchError {
                    status: Some(status.as_u16()),
                    reason,
                })
            };
            let next = match target.join(location) {
                Ok(next) => next,
                Err(error) => {
                    return failed(format!(
                        "HTTP {status}: redirected to {location:?}, which is not a URL ({error})"
                    ))
                }
            };
            if !matches!(next.scheme(), "http" | "https") {
                let scheme = next.scheme();
                return failed(format!(
                    "HTTP {status}: redirected to a {scheme} URL ({next}), which is not fetched"
                ));
            }
            redirects += 1;
            if redirects > self.settings.max_redirects {
                return failed(format!(
                    "more than {} redirects",
                    self.settings.max_redirects
                ));
            }
            if let Some(reason) = guard.refuses(&next).await {
                return failed(format!("redirected to {next}: {reason}"));
            }
            target = next;
        };
        let status = response.status();
        let failed = |reason: String| FetchError {
            status: Some(status.as_u16()),
            reason,
        };
        if status == StatusCode::NOT_MODIFIED {
            return Attempt::Done(Fetched::NotModified);
        }
        if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            let retry_after = retry_after(response.headers());
            return Attempt::Retry(failed(format!("HTTP {status}")), retry_after);
        }
        if !status.is_success() {
            return Attempt::Fail(failed(format!("HTTP {status}")));
        }
        let limit = self.settings.max_body_bytes;
        if let Some(length) = response.content_length() {
            if length > limit {
                return Attempt::Fail(failed(format!(
                    "the body is {length} bytes, over the {limit}-byte limit"
                )));
            }
        }
        let text = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = Validators {
            etag: text(header::ETAG),
            last_modified: text(header::LAST_MODIFIED),
        };
        let content_type = text(header::CONTENT_TYPE);
        let final_url = response.url().to_string();
        let mut response = response;
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() as u64 + chunk.len() as u64 > limit {
                        return Attempt::Fail(failed(format!(
                            "the body is over the {limit}-byte limit"
                        )));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(error) => return transport_failure(&error),
            }
        }
        Attempt::Done(Fetched::Body {
            final_url,
            content_type,
            body,
            validators,
        })
    }
}

/// The redirects a browser follows with a GET.
fn is_followed(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

fn transport_failure(error: &reqwest::Error) -> Attempt {
    let reason = describe(error);
    let failure = FetchError {
        status: None,
        reason,
    };
    if error.is_builder() {
        Attempt::Fail(failure)
    } else {
        Attempt::Retry(failure, None)
    }
}

/// reqwest's message and the causes under it, which say what actually happened.
fn describe(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    let mut reason = kind.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        reason.push_str(": ");
        reason.push_str(&cause.to_string());
        source = cause.source();
    }
    reason
}

/// `Retry-After` in seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = when.timestamp() - chrono::Utc::now().timestamp();
    Some(Duration::from_secs(wait.max(0) as u64))
}

/// Jitter that differs between URLs and runs without a random-number crate.
struct Jitter(u64);

impl Jitter {
    fn new(url: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as u64);
        let seed = url.bytes().fold(nanos ^ 0x9E37_79B9_7F4A_7C15, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        });
        Jitter(seed | 1)
    }

    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The article links an RSS or Atom feed lists (of any scheme: the caller says which it does
/// not fetch), or `None` when the content is no feed.
pub fn feed_links(body: &[u8], content_type: Option<&str>) -> Option<Vec<String>> {
    let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
    let declared = content_type.is_some_and(|t| t.contains("rss") || t.contains("atom"));
    let looks_like_feed = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf");
    if !(declared || looks_like_feed) {
        return None;
    }
    let feed = feed_rs::parser::parse(body).ok()?;
    Some(
        feed.entries
            .iter()
            .filter_map(|entry| {
                entry
                    .links
                    .iter()
                    .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                    .or(entry.links.first())
                    .map(|l| l.href.clone())
            })
            .collect(),
    )
}
