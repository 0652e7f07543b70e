//! `make bench`: extraction throughput in MB/s of article text, on one core.
//!
//! Builds 2,000 synthetic articles (prose paragraphs with reactions in every shape the
//! collector reads, about 3 KB each), then times `article_reactions` over all of them as
//! text and, wrapped in a page template, as HTML.

use std::time::Instant;

const PROSE: &[&str] = &[
    "The price of 95 unleaded petrol rose by 68 cents a litre at midnight, taking it past R25 in Gauteng for the first time since 2022, the department said on Tuesday.",
    "Energy analyst Thabo Molefe added that the adjustment would feed into food prices within weeks, as transport costs make up a large share of what shops charge.",
    "Korotchenko added that the offer should be celebrated and said it should be allowed to go ahead, according to state media.",
    "Opposition councillors said the tariff increases would hurt poor households, but the budget passed with 141 votes to 62 after a four-hour debate.",
];

const REACTIONS: &[&str] = &[
    "@kgomotso_m{n} said:\n\n“Petrol at R25 is daylight robbery.”",
    "Lerato Mokoena (@lerato_{n}), a nurse in Soweto, tweeted: “I will be walking to work from Monday.”",
    "Fuel went up again pic.twitter.com/x1Y2z3 — Sipho (@sipho_{n}) March 3, 2021",
    "Jane Wanjiru replied; “This government does not care about ordinary people {n}.”",
    "Disapproving, @critic_{n} quoted it in a retweet: “Holding workers hostage is never the answer.”",
];

fn article(n: usize) -> String {
    let mut text = format!("Headline number {n} about fuel prices\n\n");
    for k in 0..16 {
        text.push_str(PROSE[(n + k) % PROSE.len()]);
        text.push_str("\n\n");
        if k % 3 == 2 {
            text.push_str(&REACTIONS[(n + k) % REACTIONS.len()].replace("{n}", &n.to_string()));
            text.push_str("\n\n");
        }
    }
    text
}

fn html(text: &str) -> String {
    let body: String = text
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", p.replace('\n', "<br>")))
        .collect();
    format!("<!doctype html><html lang=\"en\"><head><title>t</title><script>var a=1;</script></head><body><nav><a href=\"/\">Home</a></nav><article>{body}</article><footer>f</footer></body></html>")
}

/// Times `ROUNDS` passes over every article and prints the median rate with the range: this
/// shared machine's speed varies by a third from one second to the next.
fn measure(
    label: &str,
    articles: &[String],
    format: &'static dyn collector::formats::ArticleFormat,
) {
    const ROUNDS: usize = 7;
    let bytes: usize = articles.iter().map(String::len).sum();
    let sources: Vec<String> = (0..articles.len()).map(|k| format!("bench-{k}")).collect();
    let mut reactions = 0;
    let mut rates: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            reactions = 0;
            for (source, article) in sources.iter().zip(articles) {
                reactions += collector::article_reactions(source, article, Some(format))
                    .1
                    .len();
            }
            bytes as f64 / 1e6 / started.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    println!(
        "{label}: {:.1} MB/s on one core, median of {ROUNDS} passes over {:.1} MB (range {:.1}-{:.1}; {reactions} reactions from {} articles)",
        rates[ROUNDS / 2],
        bytes as f64 / 1e6,
        rates[0],
        rates[ROUNDS - 1],
        articles.len()
    );
}

fn main() {
    let texts: Vec<String> = (0..2000).map(article).collect();
    let pages: Vec<String> = texts.iter().map(|t| html(t)).collect();
    let text_format = collector::formats::by_name("text").expect("text format");
    let html_format = collector::formats::by_name("html").expect("html format");
    // `cargo bench --bench extraction -- text` (or `html`) measures one of the two, to profile.
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |kind: &str| only.as_deref().is_none_or(|only| only == kind);
    if wanted("text") {
        measure("text articles", &texts, text_format);
    }
    if wanted("html") {
        measure("HTML pages   ", &pages, html_format);
    }
}
