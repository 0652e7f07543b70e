//! `make bench`: collection of 2,000 article pages from a server on 127.0.0.1, with the
//! default HTTP settings (16 requests in flight, 4 per host — one host here, so 4). Prints
//! pages per second and the time spent fetching (waiting on the network) versus parsing.
//! The server adds a delay per response (default 20 ms; first argument, in ms) so that the
//! network wait is that of a real site rather than of a loopback.

use std::time::{Duration, Instant};

use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use collector::CollectOptions;

const PAGES: usize = 2000;

fn page(n: usize) -> String {
    let paragraphs: String = (0..12)
        .map(|k| format!("<p>Paragraph {k} of story {n}: the price of petrol rose by 68 cents a litre at midnight, the department said.</p>"))
        .collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Story {n}</title>\
         <link rel=\"canonical\" href=\"https://news.test/story/{n}\">\
         <meta property=\"article:published_time\" content=\"2024-10-05T06:00:00+02:00\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Story {n}</h1>{paragraphs}\
         <p>@reader_{n} said:</p><p>“Petrol at R25 is daylight robbery.”</p>\
         <p>Lerato Mokoena (@lerato_{n}), a nurse in Soweto, tweeted: “I will be walking to work from Monday.”</p>\
         </article><footer>f</footer></body></html>"
    )
}

fn main() {
    let delay_ms: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let app = Router::new().route(
        "/story/{n}",
        get(move |Path(n): Path<usize>| async move {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            axum::response::Html(page(n))
        }),
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    listener.set_nonblocking(true).expect("nonblocking");
    let address = listener.local_addr().expect("an address");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
            axum::serve(listener, app).await.expect("serving");
        });
    });
    let urls: Vec<String> = (0..PAGES)
        .map(|n| format!("http://{address}/story/{n}"))
        .collect();
    let bytes: usize = (0..PAGES).map(|n| page(n).len()).sum();
    let started = Instant::now();
    let collection = collector::collect(&urls, &CollectOptions::default());
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        collection.errors.is_empty(),
        "{:?}",
        &collection.errors[..1]
    );
    let fetching = collection.timings.fetching.as_secs_f64();
    let parsing = collection.timings.parsing.as_secs_f64();
    println!(
        "web: {PAGES} pages ({:.1} MB, {delay_ms} ms server delay, 4 per host) in {seconds:.2} s = {:.0} pages/s; \
         fetching {fetching:.2} s ({:.0}%), parsing {parsing:.2} s ({:.0}%); {} reactions",
        bytes as f64 / 1e6,
        PAGES as f64 / seconds,
        100.0 * fetching / seconds,
        100.0 * parsing / seconds,
        collection.reaction_count,
    );
}
