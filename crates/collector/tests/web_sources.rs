//! Web sources against a server this test starts on 127.0.0.1: pages, a feed, failures that
//! recover on retry, failures that do not, and conditional requests on the second run.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use collector::http::HttpSettings;
use collector::{CollectOptions, Collection, KnownSource, WebOutcome, WebSource};

#[derive(Default)]
struct Counters {
    flaky: AtomicUsize,
    busy: AtomicUsize,
    requests: AtomicUsize,
}

fn page(title: &str, handle: &str, quote: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>{title}</title></head><body><article>\
         <h1>{title}</h1><p>Readers reacted.</p><p>@{handle} said:</p><p>“{quote}”</p></article></body></html>"
    )
}

fn with_etag(headers: &HeaderMap, etag: &str, body: String) -> Response {
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [(header::ETAG, etag.to_string())],
        axum::response::Html(body),
    )
        .into_response()
}

fn server() -> (String, Arc<Counters>) {
    let counters = Arc::new(Counters::default());
    let app = Router::new()
        .route(
            "/news/troops.html",
            get(|headers: HeaderMap| async move {
                with_etag(
                    &headers,
                    "\"v1\"",
                    page(
                        "Troops",
                        "fmelly966",
                        "This is another big problem for Ukraine.",
                    ),
                )
            }),
        )
        .route(
            "/news/fuel.html",
            get(|| async {
                axum::response::Html(page(
                    "Fuel",
                    "kgomotso_m",
                    "Petrol at R25 is daylight robbery.",
                ))
            }),
        )
        .route(
            "/news/flaky.html",
            get(|State(c): State<Arc<Counters>>| async move {
                if c.flaky.fetch_add(1, Ordering::SeqCst) == 0 {
                    StatusCode::INTERNAL_SERVER_ERROR.into_response()
                } else {
                    axum::response::Html(page(
                        "Flaky",
                        "sipho_k",
                        "Third time lucky, the site is back.",
                    ))
                    .into_response()
                }
            }),
        )
        .route(
            "/news/busy.html",
            get(|State(c): State<Arc<Counters>>| async move {
                if c.busy.fetch_add(1, Ordering::SeqCst) == 0 {
                    (
                        StatusCode::TOO_MANY_REQUESTS,
                        [(header::RETRY_AFTER, "1")],
                        "slow down",
                    )
                        .into_response()
                } else {
                    axum::response::Html(page("Busy", "lerato_m", "Worth the wait."))
                        .into_response()
                }
            }),
        )
        .route(
            "/news/slow.html",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                axum::response::Html(page("Slow", "late", "Too late."))
            }),
        )
        .route(
            "/news/huge.html",
            get(|| async { axum::response::Html("x".repeat(2_000_000)) }),
        )
        .route(
            "/news/huge-stream.html",
            get(|| async {
                let chunks = (0..40).map(|_| Ok::<_, std::io::Error>(vec![b'y'; 64 * 1024]));
                Body::from_stream(futures_util::stream::iter(chunks))
            }),
        )
        .route("/loop/a", get(|| async { Redirect::temporary("/loop/b") }))
        .route("/loop/b", get(|| async { Redirect::temporary("/loop/a") }))
        .route("/news/gone.html", get(|| async { StatusCode::NOT_FOUND }))
        .layer(axum::middleware::from_fn_with_state(
            counters.clone(),
            |State(c): State<Arc<Counters>>,
             request: axum::extract::Request,
             next: axum::middleware::Next| async move {
                c.requests.fetch_add(1, Ordering::SeqCst);
                next.run(request).await
            },
        ))
        .with_state(counters.clone());

    let address = serve(app);
    (format!("http://{address}"), counters)
}

fn settings() -> HttpSettings {
    HttpSettings {
        retries: 2,
        backoff_secs: 0.05,
        total_timeout_secs: 1.0,
        read_timeout_secs: 1.0,
        connect_timeout_secs: 1.0,
        max_body_bytes: 1_000_000,
        ..HttpSettings::default()
    }
}

fn outcome<'c>(collection: &'c Collection, url: &str) -> &'c WebSource {
    collection
        .web
        .iter()
        .find(|w| w.url == url)
        .unwrap_or_else(|| panic!("no outcome for {url}: {:#?}", collection.web))
}

#[test]
fn pages_feeds_and_failures_are_each_recorded_and_the_good_pages_all_read() {
    let (base, counters) = server();
    let url = |path: &str| format!("{base}{path}");
    let inputs: Vec<String> = [
        "/news/troops.html",
        "/news/fuel.html",
        "/news/busy.html",
        "/news/slow.html",
        "/news/huge.html",
        "/news/huge-stream.html",
        "/loop/a",
        "/news/gone.html",
        "/news/flaky.html",
    ]
    .iter()
    .map(|p| url(p))
    .chain(["ftp://example.test/file.html".to_string()])
    .collect();
    let options = CollectOptions {
        http: settings(),
        ..CollectOptions::default()
    };
    let c = collector::collect(&inputs, &options);

    let handles: Vec<_> = c
        .reactions
        .iter()
        .filter_map(|r| r.handle.as_deref())
        .collect();
    assert_eq!(handles, ["fmelly966", "kgomotso_m", "lerato_m", "sipho_k"]);
    assert_eq!(c.reactions[0].source, url("/news/troops.html"));

    let busy = outcome(&c, &url("/news/busy.html"));
    assert_eq!((busy.outcome, busy.attempts), (WebOutcome::Fetched, 2));
    assert!(
        busy.seconds >= 1.0,
        "Retry-After: 1 was honoured ({} s)",
        busy.seconds
    );
    let flaky = outcome(&c, &url("/news/flaky.html"));
    assert_eq!((flaky.outcome, flaky.attempts), (WebOutcome::Fetched, 2));

    let slow = outcome(&c, &url("/news/slow.html"));
    assert_eq!(slow.outcome, WebOutcome::Failed);
    assert!(
        slow.error.as_deref().unwrap().contains("timed out"),
        "{slow:?}"
    );
    for huge in ["/news/huge.html", "/news/huge-stream.html"] {
        let huge = outcome(&c, &url(huge));
        assert_eq!(huge.outcome, WebOutcome::Failed);
        assert!(
            huge.error
                .as_deref()
                .unwrap()
                .contains("1000000-byte limit"),
            "{huge:?}"
        );
        assert_eq!(huge.attempts, 1, "a refused body is not retried");
    }
    let looped = outcome(&c, &url("/loop/a"));
    assert!(
        looped
            .error
            .as_deref()
            .unwrap()
            .contains("more than 5 redirects"),
        "{looped:?}"
    );
    let gone = outcome(&c, &url("/news/gone.html"));
    assert_eq!((gone.status, gone.attempts), (Some(404), 1));

    let failed: Vec<&str> = c.errors.iter().map(|e| e.source.as_str()).collect();
    assert_eq!(failed.len(), 6, "{:#?}", c.errors);
    assert!(failed.contains(&"ftp://example.test/file.html"));
    assert!(c
        .errors
        .iter()
        .any(|e| e.reason().contains("only http and https")));
    assert!(counters.requests.load(Ordering::SeqCst) >= 11);

    // The second run sends what the first learnt: a 304 for the page with an ETag, the same
    // content hash for the one without, and nothing is read again.
    let known: HashMap<String, KnownSource> = c
        .web
        .iter()
        .map(|w| {
            (
                w.url.clone(),
                KnownSource {
                    validators: w.validators.clone(),
                    content_hash: w.content_hash.clone(),
                },
            )
        })
        .collect();
    let again = collector::collect(
        &[url("/news/troops.html"), url("/news/fuel.html")],
        &CollectOptions {
            http: settings(),
            known_sources: known,
            ..CollectOptions::default()
        },
    );
    assert_eq!(
        outcome(&again, &url("/news/troops.html")).outcome,
        WebOutcome::NotModified
    );
    assert_eq!(
        outcome(&again, &url("/news/fuel.html")).outcome,
        WebOutcome::Unchanged
    );
    assert!(again.reactions.is_empty());
    assert!(again.errors.is_empty());
}

#[test]
fn a_feed_expands_to_the_articles_it_lists() {
    let (base, _) = server();
    let feed_server = feed_for(&base);
    let found = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let (f, d) = (found.clone(), done.clone());
    let progress = collector::Progress(Arc::new(move |event| match event {
        collector::ProgressEvent::Found(n) => {
            f.fetch_add(n, Ordering::SeqCst);
        }
        collector::ProgressEvent::Done => {
            d.fetch_add(1, Ordering::SeqCst);
        }
    }));
    // The pages are on 127.0.0.1, as the feed found them: only with the opt-in.
    let refused = collector::collect(
        std::slice::from_ref(&feed_server),
        &CollectOptions {
            http: settings(),
            ..CollectOptions::default()
        },
    );
    assert!(refused.reactions.is_empty());
    assert_eq!(refused.errors.len(), 2, "{:?}", refused.errors);
    assert!(refused.errors.iter().all(|e| e.reason()
        == "127.0.0.1 is a private or local address, which a URL found in a feed or a redirect may not reach (set http.allow_private_addresses to allow it)"));
    let c = collector::collect(
        &[feed_server],
        &CollectOptions {
            http: HttpSettings {
                allow_private_addresses: true,
                ..settings()
            },
            progress: Some(progress),
            ..CollectOptions::default()
        },
    );
    assert_eq!(
        (found.load(Ordering::SeqCst), done.load(Ordering::SeqCst)),
        (3, 3),
        "the feed and its two pages, each found and done"
    );
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    let feed = c
        .web
        .iter()
        .find(|w| w.outcome == WebOutcome::Feed)
        .expect("the feed");
    let pages: Vec<_> = c
        .web
        .iter()
        .filter(|w| w.via_feed.as_deref() == Some(feed.url.as_str()))
        .collect();
    assert_eq!(pages.len(), 2);
    let handles: Vec<_> = c
        .reactions
        .iter()
        .filter_map(|r| r.handle.as_deref())
        .collect();
    assert_eq!(handles, ["fmelly966", "sipho_k"]);
}

/// A redirect to `/creds` on `host`, at the port the request came to.
fn to_creds_on(host: &str, headers: &HeaderMap) -> Redirect {
    let requested = headers[header::HOST].to_str().unwrap();
    let port = requested.rsplit(':').next().unwrap();
    Redirect::temporary(&format!("http://{host}:{port}/creds"))
}

#[test]
fn redirects_are_held_to_the_address_rule_on_every_hop() {
    let secret = "internal credentials";
    let app = Router::new()
        .route("/creds", get(move || async move { secret }))
        .route(
            "/to-literal",
            get(|headers: HeaderMap| async move { to_creds_on("127.0.0.1", &headers) }),
        )
        .route(
            "/to-name",
            get(|headers: HeaderMap| async move { to_creds_on("localhost", &headers) }),
        );
    let address = serve(app);
    let port = address.port();
    let to_file = Router::new().route(
        "/",
        get(|| async { Redirect::temporary("file:///etc/passwd") }),
    );
    let file_url = format!("http://{}/", serve(to_file));
    let c = collector::collect(
        std::slice::from_ref(&file_url),
        &CollectOptions {
            http: settings(),
            ..CollectOptions::default()
        },
    );
    assert_eq!(c.errors.len(), 1);
    assert!(
        c.errors[0]
            .reason()
            .contains("redirected to a file URL (file:///etc/passwd), which is not fetched"),
        "{}",
        c.errors[0].reason()
    );
    // The user named localhost, which may be local; a redirect from it to the literal
    // 127.0.0.1 may not. And the reverse: a name that resolves to a local address is refused
    // on the address it resolves to.
    for (url, target) in [
        (
            format!("http://localhost:{port}/to-literal"),
            format!("http://127.0.0.1:{port}/creds"),
        ),
        (
            format!("http://127.0.0.1:{port}/to-name"),
            format!("http://localhost:{port}/creds"),
        ),
    ] {
        let c = collector::collect(
            std::slice::from_ref(&url),
            &CollectOptions {
                http: settings(),
                ..CollectOptions::default()
            },
        );
        assert_eq!(c.errors.len(), 1, "{url}: {:?}", c.errors);
        let reason = &c.errors[0].reason();
        assert!(
            reason.contains(&target) || reason.contains("localhost is a private or local address"),
            "{url}: {reason}"
        );
        assert!(reason.contains("private or local address"), "{reason}");
        assert!(c.reactions.is_empty());
        // Opted in, the same redirect is followed.
        let allowed = collector::collect(
            std::slice::from_ref(&url),
            &CollectOptions {
                http: HttpSettings {
                    allow_private_addresses: true,
                    ..settings()
                },
                ..CollectOptions::default()
            },
        );
        assert!(allowed.errors.is_empty(), "{url}: {:?}", allowed.errors);
        assert_eq!(allowed.web[0].outcome, WebOutcome::Fetched);
    }
}

#[test]
fn a_feed_is_read_up_to_its_entry_limit_and_entries_not_fetched_are_recorded() {
    let (base, _) = server();
    let feed = serve_feed(
        &base,
        &[
            "mailto:desk@example.org".to_string(),
            format!("{base}/news/troops.html"),
            format!("{base}/news/flaky.html"),
            format!("{base}/news/troops.html?again"),
        ],
    );
    let c = collector::collect(
        std::slice::from_ref(&feed),
        &CollectOptions {
            http: HttpSettings {
                allow_private_addresses: true,
                max_feed_entries: 1,
                ..settings()
            },
            ..CollectOptions::default()
        },
    );
    let outcomes: Vec<(&str, WebOutcome)> =
        c.web.iter().map(|w| (w.url.as_str(), w.outcome)).collect();
    assert_eq!(
        outcomes,
        [
            ("mailto:desk@example.org", WebOutcome::Refused),
            (feed.as_str(), WebOutcome::Feed),
            (
                format!("{base}/news/troops.html").as_str(),
                WebOutcome::Fetched
            ),
        ]
    );
    let warnings: Vec<String> = c.warnings.iter().map(|w| w.reason()).collect();
    assert_eq!(
        warnings,
        [
            "a feed entry's mailto: URL is not fetched (only http and https are)",
            "the feed lists 2 more entries than the 1 fetched (raise http.max_feed_entries)",
        ]
    );
}

/// A second server whose feed lists the first server's pages.
fn feed_for(base: &str) -> String {
    serve_feed(
        base,
        &[
            format!("{base}/news/troops.html"),
            format!("{base}/news/flaky.html"),
        ],
    )
}

/// Serves an RSS feed of `links` from a server of its own; returns the feed's URL.
fn serve_feed(base: &str, links: &[String]) -> String {
    let items: String = links
        .iter()
        .map(|link| format!("<item><title>Item</title><link>{link}</link></item>\n"))
        .collect();
    let rss = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>{base}/</link><description>d</description>
{items}</channel></rss>"#
    );
    let app = Router::new().route(
        "/feed.xml",
        get(move || {
            let rss = rss.clone();
            async move { ([(header::CONTENT_TYPE, "application/rss+xml")], rss) }
        }),
    );
    format!("http://{}/feed.xml", serve(app))
}

/// Serves `app` on a port of 127.0.0.1 from a thread of its own, for the rest of the test.
fn serve(app: Router) -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    address
}
