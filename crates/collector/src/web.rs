//! Web sources in a collection: fetches the URLs (feeds expand to the pages they list), reads
//! what changed since the last run, and records each source's outcome as a [`WebSource`](crate::WebSource).
//! Without the `web` feature, URLs are reported as errors and nothing is fetched.

#[cfg(feature = "web")]
pub(crate) use fetching::read_web;

/// Without the fetcher, each URL is an error that says why, and local inputs are still read.
#[cfg(not(feature = "web"))]
pub(crate) fn read_web(
    urls: &[String],
    _options: &crate::CollectOptions,
    collection: &mut crate::Collection,
    _emit: &mut crate::Sink<'_>,
) {
    for url in urls {
        collection.errors.push(crate::InputError::new(
            url,
            crate::Problem::Fetch {
                status: None,
                reason: "this build does not fetch URLs (built without the `web` feature)".into(),
            },
        ));
    }
}

#[cfg(feature = "web")]
mod fetching {
    use std::collections::HashSet;
    use std::time::Instant;

    use crate::input::{InputError, InputSource, Problem};
    use crate::read;
    use crate::{
        http, record, CollectOptions, Collection, KnownSource, ProgressEvent, Sink, WebOutcome,
        WebSource,
    };

    /// Fetches web sources (feeds expand to the pages they list), then reads what changed.
    pub(crate) fn read_web(
        urls: &[String],
        options: &CollectOptions,
        collection: &mut Collection,
        emit: &mut Sink<'_>,
    ) {
        let started = Instant::now();
        let fetcher = match http::Fetcher::new(&options.http, urls) {
            Ok(fetcher) => fetcher,
            Err(reason) => {
                for url in urls {
                    collection.errors.push(InputError::new(
                        url,
                        Problem::Fetch {
                            status: None,
                            reason: reason.clone(),
                        },
                    ));
                }
                return;
            }
        };
        let mut requested: HashSet<String> = HashSet::new();
        let request = |url: &String, requested: &mut HashSet<String>| {
            requested.insert(url.clone()).then(|| {
                let known = known_source(options, url).map(|k| k.validators.clone());
                (url.clone(), known)
            })
        };
        let first: Vec<_> = urls
            .iter()
            .filter_map(|u| request(u, &mut requested))
            .collect();
        let done = || options.report(ProgressEvent::Done);
        options.report(ProgressEvent::Found(first.len()));
        let mut pages: Vec<http::FetchOutcome> = Vec::new();
        let mut entries: Vec<(String, Option<http::Validators>)> = Vec::new();
        let mut entry_feeds: Vec<String> = Vec::new();
        let fetched = fetcher.fetch_all(&first, http::Origin::User, &done);
        collection.timings.fetching += started.elapsed();
        for outcome in fetched {
            if let Ok(http::Fetched::Body {
                body,
                content_type,
                validators,
                ..
            }) = &outcome.result
            {
                if let Some(links) = http::feed_links(body, content_type.as_deref()) {
                    let limit = options.http.max_feed_entries;
                    let (mut listed, mut left_out) = (0usize, 0usize);
                    for link in &links {
                        if !http::is_url(link) {
                            refuse_entry(link, &outcome.url, collection);
                            continue;
                        }
                        if listed == limit {
                            left_out += 1;
                            continue;
                        }
                        if let Some(entry) = request(link, &mut requested) {
                            entries.push(entry);
                            entry_feeds.push(outcome.url.clone());
                            listed += 1;
                        }
                    }
                    if left_out > 0 {
                        collection.warnings.push(InputError::new(
                            &outcome.url,
                            Problem::FeedTruncated { left_out, limit },
                        ));
                    }
                    collection.web.push(WebSource {
                        outcome: WebOutcome::Feed,
                        validators: validators.clone(),
                        content_hash: Some(content_hash(body)),
                        ..web_source(&outcome, None)
                    });
                    continue;
                }
            }
            pages.push(outcome);
        }
        for outcome in pages {
            read_page(outcome, None, options, collection, emit);
        }
        options.report(ProgressEvent::Found(entries.len()));
        // Entries are fetched and read a batch at a time, so that memory holds one batch of
        // bodies however long the feed.
        let batch = options.http.concurrency.max(1) * 2;
        for (requests, feeds) in entries.chunks(batch).zip(entry_feeds.chunks(batch)) {
            if collection.stopped {
                return;
            }
            let started = Instant::now();
            let fetched = fetcher.fetch_all(requests, http::Origin::Found, &done);
            collection.timings.fetching += started.elapsed();
            for (outcome, feed) in fetched.into_iter().zip(feeds) {
                read_page(outcome, Some(feed.clone()), options, collection, emit);
            }
        }
    }

    /// Records a feed entry whose URL is of a scheme that is not fetched (`mailto:`, `file:`).
    fn refuse_entry(link: &str, feed: &str, collection: &mut Collection) {
        let scheme = link.split(':').next().unwrap_or_default().to_string();
        let problem = Problem::FeedEntryNotHttp { scheme };
        let reason = problem.to_string();
        collection.warnings.push(InputError::new(link, problem));
        collection.web.push(WebSource {
            url: http::without_credentials(link).into_owned(),
            outcome: WebOutcome::Refused,
            status: None,
            validators: http::Validators::default(),
            content_hash: None,
            error: Some(reason),
            attempts: 0,
            seconds: 0.0,
            via_feed: Some(http::without_credentials(feed).into_owned()),
        });
    }

    /// Reads one fetched page (or records why there is nothing to read) and its outcome.
    fn read_page(
        outcome: http::FetchOutcome,
        via_feed: Option<String>,
        options: &CollectOptions,
        collection: &mut Collection,
        emit: &mut Sink<'_>,
    ) {
        let started = Instant::now();
        let mut report = web_source(&outcome, via_feed);
        match outcome.result {
            Err(error) => collection.errors.push(InputError::new(
                &outcome.url,
                Problem::Fetch {
                    status: error.status,
                    reason: error.reason,
                },
            )),
            Ok(http::Fetched::NotModified) => {
                report.outcome = WebOutcome::NotModified;
                if let Some(known) = known_source(options, &outcome.url) {
                    report.validators = known.validators.clone();
                    report.content_hash.clone_from(&known.content_hash);
                }
            }
            Ok(http::Fetched::Body {
                body, validators, ..
            }) => {
                let hash = content_hash(&body);
                report.validators = validators;
                let known = known_source(options, &outcome.url);
                if known.and_then(|k| k.content_hash.as_deref()) == Some(hash.as_str()) {
                    report.outcome = WebOutcome::Unchanged;
                } else {
                    read_fetched(&outcome.url, &body, options, collection, emit);
                }
                report.content_hash = Some(hash);
            }
        }
        collection.web.push(report);
        collection.timings.parsing += started.elapsed();
    }

    fn web_source(outcome: &http::FetchOutcome, via_feed: Option<String>) -> WebSource {
        let (web_outcome, status, error) = match &outcome.result {
            Ok(_) => (WebOutcome::Fetched, None, None),
            Err(error) => (WebOutcome::Failed, error.status, Some(error.reason.clone())),
        };
        WebSource {
            url: http::without_credentials(&outcome.url).into_owned(),
            outcome: web_outcome,
            status,
            validators: http::Validators::default(),
            content_hash: None,
            error,
            attempts: outcome.attempts,
            seconds: outcome.elapsed.as_secs_f64(),
            via_feed: via_feed.map(|feed| http::without_credentials(&feed).into_owned()),
        }
    }

    /// What the state holds about a URL, which it keeps without credentials.
    fn known_source<'o>(options: &'o CollectOptions, url: &str) -> Option<&'o KnownSource> {
        options
            .known_sources
            .get(http::without_credentials(url).as_ref())
    }

    /// Reads a fetched page or export, by the URL it was asked for.
    fn read_fetched(
        url: &str,
        body: &[u8],
        options: &CollectOptions,
        collection: &mut Collection,
        emit: &mut Sink<'_>,
    ) {
        let source = InputSource::Url(url.to_string());
        read::read_bytes(&source, body, options, collection, emit);
    }

    /// The first 16 hex digits of the SHA-256 of a body: equal hashes, same content.
    fn content_hash(body: &[u8]) -> String {
        use sha2::{Digest, Sha256};
        record::short_hex(&Sha256::digest(body))
    }
}
