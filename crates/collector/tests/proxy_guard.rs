//! The address guard with a proxy in the environment (issue 30, fault 3): feed entries whose
//! host is a private name never reach the proxy, and a proxy whose own name is local (the
//! usual corporate proxy) is used, not refused. The proxy is a recorder this test starts on
//! 127.0.0.1; this file holds one test, as the proxy variables are the whole process's.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use collector::http::HttpSettings;
use collector::{CollectOptions, WebOutcome};

const FEED: &str = "http://news.example/feed.xml";
const PUBLIC: [&str; 2] = [
    "http://93.184.215.14/news/fuel.html",
    "http://www.news.example/news/troops.html",
];
const PRIVATE: [&str; 6] = [
    "http://localhost/admin",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://internal-db.corp/dump",
    "http://printer.local/",
    "http://intranet/wiki",
    "http://router.home.arpa/",
];

/// A forward proxy that records the request line of every request it is sent and answers
/// the feed with its entries and anything else with an article.
fn recording_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let target = request_line
                .split(' ')
                .nth(1)
                .unwrap_or_default()
                .to_string();
            log.lock().unwrap().push(target.clone());
            let (content_type, body) = if target == FEED {
                let items: String = PUBLIC
                    .iter()
                    .chain(&PRIVATE)
                    .map(|link| format!("<item><title>Item</title><link>{link}</link></item>"))
                    .collect();
                (
                    "application/rss+xml",
                    format!(
                        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>http://news.example/</link><description>d</description>{items}</channel></rss>"#
                    ),
                )
            } else {
                (
                    "text/html",
                    "<!doctype html><html lang=\"en\"><head><title>Fuel</title></head><body><article>\
                     <h1>Fuel</h1><p>Readers reacted.</p><p>@kgomotso_m said:</p>\
                     <p>“Petrol at R25 is daylight robbery.”</p></article></body></html>"
                        .to_string(),
                )
            };
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, seen)
}

#[test]
fn through_a_local_proxy_private_names_are_refused_before_the_request_and_the_rest_fetched() {
    let (port, seen) = recording_proxy();
    for variable in [
        "NO_PROXY",
        "no_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
    ] {
        std::env::remove_var(variable);
    }
    // Named, not an IP literal: the proxy's own name resolves to loopback.
    std::env::set_var("HTTP_PROXY", format!("http://localhost:{port}"));
    let c = collector::collect(
        &[FEED.to_string()],
        &CollectOptions {
            http: HttpSettings {
                retries: 0,
                ..HttpSettings::default()
            },
            ..CollectOptions::default()
        },
    );
    let seen = seen.lock().unwrap().clone();
    for private in PRIVATE {
        assert!(
            !seen.iter().any(|s| s == private),
            "{private} reached the proxy: {seen:?}"
        );
        let refused = c
            .errors
            .iter()
            .find(|e| e.source == private)
            .unwrap_or_else(|| panic!("{private} not refused: {:?}", c.errors));
        assert!(
            refused
                .reason()
                .contains("names a private or local address"),
            "{}",
            refused.reason()
        );
    }
    for fetched in std::iter::once(FEED).chain(PUBLIC) {
        assert!(
            seen.iter().any(|s| s == fetched),
            "{fetched} not fetched: {seen:?}"
        );
    }
    assert_eq!(c.errors.len(), PRIVATE.len(), "{:?}", c.errors);
    let pages = c
        .web
        .iter()
        .filter(|w| w.outcome == WebOutcome::Fetched)
        .count();
    assert_eq!(pages, PUBLIC.len());
    assert_eq!(c.reactions.len(), PUBLIC.len());
}
