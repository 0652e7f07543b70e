//! Whole pages in the layouts of four kinds of publisher, written for these tests: a comment
//! roundup in HTML (handles, names and TikTok usernames over quoted paragraphs), a tabloid
//! (anonymous readers in single quotes), a viral-news desk (several anonymous readers to a
//! paragraph, quote first) and a plain-text roundup (names, a Reddit username). Each page also
//! holds what is not a reader: a spokesperson, a caption, the site's own prose. A live blog
//! page adds embeds as publishers serve them (in figures, escaped in attributes, unloaded).

use std::path::Path;

/// (handle, display name, verb, platform, text) of every reaction collected from a fixture.
fn collected(name: &str) -> Vec<(String, String, String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/publishers")
        .join(name);
    let content = std::fs::read_to_string(&path).expect("fixture is readable");
    let (_, reactions) = collector::article_reactions(name, &content, None);
    reactions
        .into_iter()
        .map(|r| {
            (
                r.handle.unwrap_or_default(),
                r.display_name.unwrap_or_default(),
                r.verb.unwrap_or_default(),
                r.platform.to_string(),
                r.text,
            )
        })
        .collect()
}

fn rows(expected: &[[&str; 5]]) -> Vec<(String, String, String, String, String)> {
    expected
        .iter()
        .map(|[a, b, c, d, e]| {
            (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string(),
                e.to_string(),
            )
        })
        .collect()
}

#[test]
fn comment_roundup_page() {
    assert_eq!(
        collected("comment-section.html"),
        rows(&[
            [
                "Lindo_M",
                "",
                "said",
                "unknown",
                "Congratulations sisi, you deserve it 😍"
            ],
            [
                "",
                "Thabo Nkosi",
                "wrote",
                "unknown",
                "This is what hard work looks like"
            ],
            [
                "user8263920",
                "",
                "commented",
                "unknown",
                "Ha, I'm still renting at 35 😭"
            ],
            [
                "nomsa_k",
                "",
                "added",
                "unknown",
                "The kitchen is everything!!"
            ],
        ])
    );
}

#[test]
fn tabloid_page() {
    assert_eq!(
        collected("tabloid.html"),
        rows(&[
            [
                "",
                "",
                "wrote",
                "twitter",
                "Finally, some common sense from a supermarket."
            ],
            [
                "",
                "",
                "said",
                "unknown",
                "I actually liked them, they were much quicker."
            ],
            [
                "",
                "",
                "commented",
                "unknown",
                "Bring back the staff, I say."
            ],
            ["", "", "added", "unknown", "This will not last a month."],
        ])
    );
}

#[test]
fn viral_news_page() {
    assert_eq!(
        collected("viral-news.html"),
        rows(&[
            [
                "",
                "",
                "wrote",
                "instagram",
                "This is the best thing I have seen today"
            ],
            ["", "", "added", "instagram", "His energy is unmatched"],
            ["", "", "joined", "instagram", "I want a brother like him"],
            ["", "", "commented", "instagram", "Those steps though!"],
        ])
    );
}

#[test]
fn plain_text_roundup() {
    // "Achieng O." over her quote, with neither verb nor colon, is read in a round-up as the
    // names above it are.
    assert_eq!(
        collected("reactions-roundup.txt"),
        rows(&[
            [
                "",
                "Mercy Wanjiku",
                "wrote",
                "unknown",
                "Leaders should always be humble like this."
            ],
            [
                "",
                "Kiprono Kip",
                "said",
                "unknown",
                "PR stunt, nothing else."
            ],
            [
                "",
                "Achieng O.",
                "",
                "unknown",
                "I like him. He is down to earth."
            ],
            [
                "nairobi_guy",
                "",
                "wrote",
                "reddit",
                "Saw him last week too."
            ],
        ])
    );
}

#[test]
fn live_blog_page() {
    // Every `articleBody` entry is read in order; embeds count wherever the page put them (in a
    // figure, without paragraphs, escaped in an attribute), and a photo's caption and credit,
    // an unloaded embed (only its status link, bare or in a paragraph), a deleted tweet and the "View this post on
    // Instagram" link are not posts. The operator's statement and the spokesperson stay out.
    assert_eq!(
        collected("live-blog.html"),
        rows(&[
            [
                "maraq",
                "Mara Quinn",
                "",
                "twitter",
                "Four hours in the queue and not one announcement. Brilliant."
            ],
            [
                "devunion",
                "Dev Patel",
                "",
                "twitter",
                "We did not choose this. #FerryStrike talks resume at 3pm with @harbourco"
            ],
            [
                "lena.ortiz",
                "Lena Ortiz",
                "",
                "instagram",
                "Day two on the pier, bring snacks 🥪"
            ],
            [
                "",
                "",
                "posted",
                "weibo",
                "Tell us when they are coming home."
            ],
        ])
    );
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/publishers/live-blog.html");
    let content = std::fs::read_to_string(path).expect("fixture is readable");
    let (_, reactions) = collector::article_reactions("live-blog.html", &content, None);
    // The mentions and hashtags are the post's words; only the status link is where it lives.
    assert_eq!(
        reactions[1].links,
        ["https://twitter.com/devunion/status/1102"]
    );
    // The credit line's <time> dates the Instagram post.
    assert_eq!(
        reactions[2].posted_at.as_deref(),
        Some("2026-03-14T10:12:00Z")
    );
}
