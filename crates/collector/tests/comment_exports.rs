//! Comment exports, read from fixtures written after each platform's API documentation:
//! threads become articles, comments become reactions with their parents and depths, and
//! deleted, removed and spam comments are counted, not kept.

use collector::comments::ColumnMap;
use collector::record::Platform;
use collector::{CollectOptions, Collection, Reaction};

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/comments/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn collect_with(name: &str, options: CollectOptions) -> Collection {
    collector::collect(&[fixture(name)], &options)
}

fn collect(name: &str) -> Collection {
    collect_with(name, CollectOptions::default())
}

fn by_handle<'c>(collection: &'c Collection, handle: &str) -> &'c Reaction {
    collection
        .reactions
        .iter()
        .find(|r| r.handle.as_deref() == Some(handle))
        .unwrap_or_else(|| panic!("no reaction by {handle}"))
}

fn skipped(collection: &Collection, reason: &str) -> usize {
    collection.skipped.get(reason).copied().unwrap_or(0)
}

#[test]
fn reddit_thread_nests_replies_and_counts_what_it_leaves_out() {
    let c = collect("reddit-thread.json");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.articles.len(), 1);
    let article = &c.articles[0];
    assert_eq!(
        article.title.as_deref(),
        Some("North Korean troops spotted in Russia's Kursk region")
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://www.reddit.com/r/worldnews/comments/1g5xk2p/north_korean_troops_spotted_in_russias_kursk/")
    );
    assert_eq!(
        article.published_at.as_deref(),
        Some("2024-10-19T08:00:00Z")
    );

    let handles: Vec<_> = c.reactions.iter().map(|r| r.handle.as_deref()).collect();
    assert_eq!(
        handles,
        [Some("fmelly966"), Some("Zoë_Kyiv"), Some("baltic_watcher")]
    );
    // A comment from an export is a reaction because of where it came from.
    assert!(c
        .reactions
        .iter()
        .all(|r| r.cues == [collector::record::Cue::CommentExport]));
    assert_eq!(skipped(&c, "deleted"), 1);
    assert_eq!(skipped(&c, "removed"), 1);
    assert_eq!(skipped(&c, "not_loaded"), 2);

    let top = by_handle(&c, "fmelly966");
    assert_eq!(top.text, "This is another big problem for Ukraine.");
    assert_eq!(top.comment_id.as_deref(), Some("t1_lsa1b2c"));
    assert_eq!((top.parent_id.as_deref(), top.reply_depth), (None, Some(0)));
    assert_eq!(top.like_count, Some(152));
    assert_eq!(top.posted_at.as_deref(), Some("2024-10-19T08:20:00Z"));
    assert_eq!(top.platform, Platform::Reddit);
    assert_eq!(top.article_id, article.article_id);

    // The reply to a deleted comment is kept, points at the deleted comment's id, and loses
    // the text it quoted.
    let reply = by_handle(&c, "Zoë_Kyiv");
    assert_eq!(
        reply.text,
        "No. Ukraine is not finished — слава Україні. Source"
    );
    assert_eq!(reply.links, ["https://example.org/report"]);
    assert_eq!(reply.reply_depth, Some(2));
    assert_eq!(reply.like_count, Some(-4));
    assert_eq!(reply.posted_at.as_deref(), Some("2024-10-19T08:36:40Z"));
    assert!(reply.raw_text.starts_with("&gt; Ukraine is finished"));
    assert!(reply.parent_id.is_some());
    assert_ne!(reply.parent_id, Some(top.reaction_id.clone()));

    let no_score = by_handle(&c, "baltic_watcher");
    assert_eq!(
        no_score.like_count, None,
        "a missing optional field stays empty"
    );
}

#[test]
fn reddit_listing_and_dump_name_the_submission_and_the_parent() {
    let c = collect("reddit-listing.json");
    assert_eq!(c.articles.len(), 1);
    assert_eq!(
        c.articles[0].title.as_deref(),
        Some("Eskom announces new tariffs")
    );
    let (parent, reply) = (&c.reactions[0], &c.reactions[1]);
    assert_eq!(
        reply.parent_id.as_deref(),
        Some(parent.reaction_id.as_str())
    );
    assert_eq!(reply.reply_depth, Some(1));
}

#[test]
fn a_malformed_dump_line_is_reported_by_number_and_the_rest_is_read() {
    let c = collect("reddit-dump.jsonl");
    assert_eq!(c.errors.len(), 1, "{:?}", c.errors);
    let error = c.errors[0].to_string();
    assert!(
        error.contains("reddit-dump.jsonl") && error.contains("line 4:"),
        "{error}"
    );
    let handles: Vec<_> = c.reactions.iter().map(|r| r.handle.as_deref()).collect();
    assert_eq!(
        handles,
        [Some("kgomotso_m"), Some("sipho_k"), Some("thandeka_z")]
    );
    assert_eq!(skipped(&c, "removed"), 1);
    assert_eq!(skipped(&c, "duplicate"), 1, "line 7 repeats line 1");

    let second = &c.reactions[1];
    assert_eq!(second.text, "Agreed & the taxi fares follow.");
    assert_eq!(second.posted_at.as_deref(), Some("2021-03-03T09:10:00Z"));
    assert_eq!(second.like_count, Some(3), "a score written as a string");
    assert_eq!(second.reply_depth, Some(1));
    assert_eq!(
        second.parent_id.as_deref(),
        Some(c.reactions[0].reaction_id.as_str())
    );
    // The reply to the removed comment is kept; its depth follows from the removed one's.
    assert_eq!(c.reactions[2].reply_depth, Some(3));
    // The submission comes last in the dump and still names the article.
    assert_eq!(c.articles.len(), 1);
    assert_eq!(
        c.articles[0].title.as_deref(),
        Some("Fuel price hits record")
    );
    assert_eq!(c.articles[0].reactions, 3);
}

#[test]
fn the_same_thread_from_the_api_and_a_dump_is_the_same_article() {
    let listing = collect("reddit-listing.json");
    let dump_line = r#"{"id":"m9","link_id":"t3_p9","parent_id":"t3_p9","author":"x","body":"Same thread.","created_utc":1728900000}"#;
    let mut from_dump = Vec::new();
    let read = collector::comments::read(
        collector::comments::detect(dump_line.as_bytes()).unwrap(),
        "dump.jsonl",
        &mut dump_line.as_bytes(),
        &Default::default(),
        &mut |r| {
            from_dump.push(r);
            std::ops::ControlFlow::Continue(())
        },
    );
    assert_eq!(read.articles[0].article_id, listing.articles[0].article_id);
}

#[test]
fn youtube_threads_keep_replies_under_their_comment() {
    let c = collect("youtube-comment-threads.json");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.articles.len(), 1);
    assert_eq!(
        c.articles[0].url.as_deref(),
        Some("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    );
    assert_eq!(c.reactions.len(), 3);
    let top = by_handle(&c, "lerato_m");
    assert_eq!(
        top.text,
        "NATO must stand with Ukraine. No more delays & excuses! 0:42"
    );
    assert_eq!(
        top.links,
        ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"]
    );
    assert_eq!((top.like_count, top.reply_depth), (Some(57), Some(0)));
    assert_eq!(top.platform, Platform::YouTube);

    let reply = c
        .reactions
        .iter()
        .find(|r| r.display_name.as_deref() == Some("Wei Chen"))
        .unwrap();
    assert_eq!(reply.handle, None);
    assert_eq!(reply.text, "@lerato_m 完全同意");
    assert_eq!(reply.parent_id.as_deref(), Some(top.reaction_id.as_str()));
    assert_eq!(reply.reply_depth, Some(1));

    let bare = by_handle(&c, "taxpayer_za");
    assert_eq!(bare.like_count, None);
    assert_eq!(bare.posted_at.as_deref(), Some("2024-10-19T10:30:00Z"));
    assert_eq!(skipped(&c, "not_loaded"), 6, "7 replies, 1 returned");
}

#[test]
fn x_conversation_is_the_article_and_replies_lose_their_leading_mentions() {
    let c = collect("x-conversation.json");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(skipped(&c, "retweet"), 1);
    assert_eq!(c.articles.len(), 1);
    let article = &c.articles[0];
    assert_eq!(
        article.title.as_deref(),
        Some("North Korean troops are in Kursk, Ukraine's intelligence says.")
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://x.com/kyiv_desk/status/1847000000000000001")
    );
    assert_eq!(
        article.published_at.as_deref(),
        Some("2024-10-19T09:00:00Z")
    );

    let fiona = by_handle(&c, "fmelly966");
    assert_eq!(fiona.display_name.as_deref(), Some("Fiona Melly"));
    assert_eq!(
        fiona.text,
        "This is another big problem for Ukraine & for Europe."
    );
    assert_eq!(
        (fiona.parent_id.as_deref(), fiona.reply_depth),
        (None, Some(0))
    );
    assert_eq!(fiona.like_count, Some(12));
    assert_eq!(fiona.lang.as_deref(), Some("en"));

    // Listed before its parent, the nested reply still gets its depth.
    let jonas = by_handle(&c, "jberg");
    assert!(jonas.text.starts_with("Pyongyang sending troops"));
    assert_eq!(jonas.parent_id.as_deref(), Some(fiona.reaction_id.as_str()));
    assert_eq!(jonas.reply_depth, Some(1));

    // A reply that is only a mention keeps it; its author is not in includes.users.
    let bare = c
        .reactions
        .iter()
        .find(|r| r.comment_id.as_deref() == Some("1847000000000000005"))
        .unwrap();
    assert_eq!(
        (bare.text.as_str(), bare.handle.as_deref()),
        ("@kyiv_desk", None)
    );
    assert_eq!(bare.lang, None, "zxx is not a language");
}

#[test]
fn disqus_export_skips_deleted_and_spam_and_joins_the_page() {
    let c = collect("disqus-export.xml");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(skipped(&c, "deleted"), 1);
    assert_eq!(skipped(&c, "spam"), 1);
    assert_eq!(c.articles.len(), 1);
    let article = &c.articles[0];
    assert_eq!(
        article.title.as_deref(),
        Some("Taxi strike brings Cape Town to a halt")
    );
    // Identified by URL: the same id an article page with that canonical URL gets.
    let page = "<html><head><link rel=\"canonical\" href=\"https://capenews.test/2024/10/05/taxi-strike\"></head><body><p>x</p></body></html>";
    let (summary, _) = collector::article_reactions("page.html", page, None);
    assert_eq!(article.article_id, summary.article_id);

    assert_eq!(c.reactions.len(), 3);
    let amina = by_handle(&c, "amina_d");
    assert_eq!(
        amina.text,
        "The taxi drivers have a point, but blocking roads hurts workers."
    );
    assert_eq!(amina.display_name.as_deref(), Some("Amina Dlamini"));
    assert_eq!(amina.posted_at.as_deref(), Some("2024-10-05T07:12:00Z"));

    let guest = c
        .reactions
        .iter()
        .find(|r| r.display_name.as_deref() == Some("Guest Reader"))
        .unwrap();
    assert_eq!(guest.handle, None);
    assert_eq!(
        guest.text,
        "Workers & drivers are both victims here. Ça suffit."
    );
    assert_eq!(guest.parent_id.as_deref(), Some(amina.reaction_id.as_str()));
    assert_eq!(guest.reply_depth, Some(1));

    let pieter = by_handle(&c, "pieter_v");
    assert!(
        pieter.parent_id.is_some(),
        "the deleted parent is still named"
    );
    assert_eq!(
        pieter.reply_depth,
        Some(1),
        "the deleted parent was on the page"
    );
}

#[test]
fn generic_csv_finds_common_columns_and_groups_by_article_url() {
    let c = collect("site-comments.csv");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.articles.len(), 2);
    assert_eq!(c.reactions.len(), 3);
    assert_eq!(skipped(&c, "empty"), 1);
    let naledi = &c.reactions[0];
    assert_eq!(naledi.display_name.as_deref(), Some("Naledi"));
    assert_eq!(naledi.text, "The fuel levy is robbery; scrap it.");
    assert_eq!(naledi.posted_at.as_deref(), Some("2024-10-13T09:00:00Z"));
    assert_eq!(naledi.like_count, Some(5));
    assert_eq!(naledi.platform, Platform::Unknown);
    assert_eq!(
        c.reactions[2].posted_at.as_deref(),
        Some("2024-10-14T05:00:00Z")
    );
}

#[test]
fn a_bad_csv_row_is_reported_and_the_next_row_read() {
    let c = collect("bad-row.csv");
    assert_eq!(c.errors.len(), 1, "{:?}", c.errors);
    assert!(c.errors[0].reason().contains("line 2"), "{}", c.errors[0]);
    assert_eq!(c.reactions.len(), 1);
    assert_eq!(c.reactions[0].text, "Still read after the bad row.");
}

#[test]
fn generic_json_lines_follow_a_column_map_with_dotted_paths() {
    let columns = ColumnMap::parse(
        "text=msg,handle=user.screen_name,author=user.name,created_at=ts,id=cid,parent_id=reply_to,url=post.url,title=post.title",
    )
    .unwrap();
    let c = collect_with(
        "mapped.jsonl",
        CollectOptions {
            columns,
            ..CollectOptions::default()
        },
    );
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.articles.len(), 1);
    assert_eq!(
        c.articles[0].title.as_deref(),
        Some("Load shedding returns")
    );
    let (mike, ayanda) = (by_handle(&c, "cpt_mike"), by_handle(&c, "ayanda"));
    assert_eq!(mike.display_name.as_deref(), Some("Mike"));
    assert_eq!(ayanda.parent_id.as_deref(), Some(mike.reaction_id.as_str()));
    assert_eq!(ayanda.reply_depth, Some(1));

    let unmapped = collect("mapped.jsonl");
    assert_eq!(unmapped.reactions.len(), 0);
    assert_eq!(unmapped.errors.len(), 2);
    assert!(
        unmapped.errors[0].reason().contains("--columns text=NAME"),
        "{}",
        unmapped.errors[0]
    );
}

#[test]
fn formats_are_detected_from_content_whatever_the_file_is_called() {
    let directory = std::env::temp_dir().join(format!("reactions-sniff-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    for name in [
        "reddit-thread.json",
        "youtube-comment-threads.json",
        "x-conversation.json",
        "disqus-export.xml",
    ] {
        let renamed = directory.join(name.replace('.', "_") + ".export");
        std::fs::copy(fixture(name), &renamed).unwrap();
        let from_renamed =
            collector::collect(&[renamed.display().to_string()], &CollectOptions::default());
        let original = collect(name);
        assert_eq!(
            from_renamed.reactions.len(),
            original.reactions.len(),
            "{name}"
        );
        assert!(from_renamed.reaction_count > 0, "{name}");
    }
    std::fs::remove_dir_all(&directory).unwrap();
}

#[test]
fn an_unknown_json_file_is_an_error_that_names_it() {
    let directory = std::env::temp_dir().join(format!("reactions-unknown-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("settings.json");
    std::fs::write(&path, r#"{"theme": "dark"}"#).unwrap();
    let c = collector::collect(&[path.display().to_string()], &CollectOptions::default());
    std::fs::remove_dir_all(&directory).unwrap();
    assert_eq!(c.errors.len(), 1);
    assert!(c.errors[0].source.ends_with("settings.json"));
}

#[test]
fn youtube_comment_downloader_lines_keep_reply_parents_and_short_counts() {
    let c = collect("youtube-comment-downloader.jsonl");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.reactions.len(), 2);
    let (top, reply) = (&c.reactions[0], &c.reactions[1]);
    assert_eq!(top.platform, Platform::YouTube);
    assert_eq!(top.handle.as_deref(), Some("capetown_kid"));
    assert_eq!(top.like_count, Some(1200));
    assert_eq!(top.posted_at.as_deref(), Some("2024-10-14T10:00:00Z"));
    assert_eq!(reply.display_name.as_deref(), Some("Naledi M"));
    assert_eq!(reply.parent_id.as_deref(), Some(top.reaction_id.as_str()));
    assert_eq!(reply.reply_depth, Some(1));
}

#[test]
fn twarc_flattened_posts_carry_their_author_inline() {
    let c = collect("x-twarc-flat.jsonl");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.reactions.len(), 1);
    let post = &c.reactions[0];
    assert_eq!(post.platform, Platform::Twitter);
    assert_eq!(post.handle.as_deref(), Some("thandi_n"));
    assert_eq!(post.display_name.as_deref(), Some("Thandi N"));
    assert_eq!(post.text, "Stand with Ukraine.");
    assert_eq!((post.reply_depth, post.like_count), (Some(0), Some(4)));
    let conversation = collect("x-conversation.json");
    assert_eq!(post.article_id, conversation.articles[0].article_id);
}

#[test]
fn a_quote_is_dropped_only_when_it_is_the_parents_words_and_double_posts_once() {
    let line = |id: &str, parent: &str, author: &str, body: &str, at: i64| {
        serde_json::json!({"id": id, "link_id": "t3_p1", "parent_id": parent, "author": author, "body": body, "created_utc": at})
            .to_string()
    };
    let dump = [
        // A passage of the linked article, quoted and nothing else: the commenter's choice.
        line(
            "c1",
            "t3_p1",
            "ana",
            "> The bill passed 51 to 49.",
            1_700_000_000,
        ),
        // The parent's words quoted back with nothing added: nothing of its own.
        line(
            "c2",
            "t1_c1",
            "ben",
            "> The bill passed 51 to 49.",
            1_700_000_100,
        ),
        line(
            "c3",
            "t1_c1",
            "ben",
            "> The bill passed\n\nWrong, it was 52.",
            1_700_000_200,
        ),
        // The same words twice within minutes are one comment; an hour later, another.
        line("c4", "t3_p1", "dee", "Vote them out.", 1_700_000_300),
        line("c5", "t3_p1", "dee", "Vote them out.", 1_700_000_330),
        line("c6", "t3_p1", "dee", "Vote them out.", 1_700_003_900),
    ]
    .join("\n");
    let dir = std::env::temp_dir().join(format!("reactions-quotes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("RC_quotes.jsonl");
    std::fs::write(&path, dump).unwrap();
    let c = collector::collect(&[path.display().to_string()], &CollectOptions::default());
    let texts: Vec<(&str, &str)> = c
        .reactions
        .iter()
        .map(|r| (r.comment_id.as_deref().unwrap_or(""), r.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("t1_c1", "The bill passed 51 to 49."),
            ("t1_c3", "Wrong, it was 52."),
            ("t1_c4", "Vote them out."),
            ("t1_c6", "Vote them out."),
        ]
    );
    assert_eq!(skipped(&c, "empty"), 1);
    assert_eq!(skipped(&c, "double_post"), 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_sink_that_stops_ends_the_collection_there() {
    let dump: String = (0..50)
        .map(|n| {
            format!(
                "{{\"id\":\"s{n}\",\"link_id\":\"t3_p1\",\"parent_id\":\"t3_p1\",\"author\":\"reader_{n}\",\"body\":\"Comment {n} on the levy.\",\"created_utc\":1614762000}}\n"
            )
        })
        .collect();
    let dir = std::env::temp_dir().join(format!("reactions-sink-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let first = dir.join("a.jsonl");
    let second = dir.join("b.jsonl");
    std::fs::write(&first, &dump).unwrap();
    std::fs::write(&second, &dump).unwrap();
    let mut taken = Vec::new();
    let collection = collector::collect_each(
        &[first.display().to_string(), second.display().to_string()],
        &CollectOptions::default(),
        &mut |reaction| {
            taken.push(reaction);
            if taken.len() == 3 {
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        },
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(collection.stopped);
    assert_eq!(taken.len(), 3, "nothing is made after the sink stops");
    assert_eq!(collection.inputs_read, 1, "the second file is not read");
}
