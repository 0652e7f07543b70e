//! One fixture per reaction shape and per look-alike that is not a reaction.
//!
//! Whether a candidate is kept is a learned decision: fixtures of clear cases assert what is
//! kept; borderline look-alikes (an interviewee, reported speech, an unannounced paste) assert
//! that the decision is less sure of them than of the reaction beside them, by
//! [`confidences`], which keeps every candidate.

use collector::article_reactions;
use collector::record::{Cue, Platform};
use collector::Reaction;
mod common;

use common::{authors_and_texts, confidences};

/// The confidence in the candidate whose text holds `snippet`.
fn confidence_of(candidates: &[(String, f64)], snippet: &str) -> f64 {
    candidates
        .iter()
        .find(|(text, _)| text.contains(snippet))
        .unwrap_or_else(|| panic!("no candidate holds {snippet:?}: {candidates:?}"))
        .1
}

fn text_reactions(article: &str) -> Vec<Reaction> {
    article_reactions("fixture.txt", article, None).1
}

/// For readers with no name: where, how and what they said.
fn platforms_verbs_and_texts(reactions: &[Reaction]) -> Vec<(&str, Option<&str>, &str)> {
    reactions
        .iter()
        .map(|r| (r.platform.as_str(), r.verb.as_deref(), r.text.as_str()))
        .collect()
}

const HEADLINE: &str = "Petrol price hike angers motorists\n\n";

#[test]
fn handle_line_with_quote_in_next_paragraph() {
    let article = format!(
        "{HEADLINE}The price rose on Wednesday.\n\n@kgomotso_m said:\n\n“Petrol at R25 is daylight robbery.”\n\n@Thandeka Zulu wrote:\n\n“We can’t keep up.”\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                Some("kgomotso_m"),
                None,
                "Petrol at R25 is daylight robbery."
            ),
            (
                Some("Thandeka Zulu"),
                Some("Thandeka Zulu"),
                "We can't keep up."
            ),
        ]
    );
    assert_eq!(reactions[0].verb.as_deref(), Some("said"));
    assert_eq!(
        reactions[0].raw_text,
        "“Petrol at R25 is daylight robbery.”"
    );
    assert_eq!(reactions[1].platform, Platform::Facebook);
    assert_eq!(reactions[1].position, 1);
}

#[test]
fn inline_attributions() {
    let article = format!(
        "{HEADLINE}@sipho_k said: “It is robbery.”\n\n\
         Lerato Mokoena (@lerato_m) said: “I will walk to work.”\n\n\
         Naledi Dube (@naledi_d), a nurse in Soweto, tweeted: “Taxi fares are next.”\n\n\
         Bongani Nkosi (@bongani_n): \"Who is surprised?\"\n\n\
         @radio_thabo, a radio host, wrote: “Call in and tell us how you cope\n\n\
         @thabo_m: “Fuel is gold now.”\n\n\
         @kagiso_n: Fuel queues again\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("sipho_k"), None, "It is robbery."),
            (
                Some("lerato_m"),
                Some("Lerato Mokoena"),
                "I will walk to work."
            ),
            (
                Some("naledi_d"),
                Some("Naledi Dube"),
                "Taxi fares are next."
            ),
            (
                Some("bongani_n"),
                Some("Bongani Nkosi"),
                "Who is surprised?"
            ),
            (
                Some("radio_thabo"),
                None,
                "Call in and tell us how you cope"
            ),
            (Some("thabo_m"), None, "Fuel is gold now."),
            (Some("kagiso_n"), None, "Fuel queues again"),
        ]
    );
    assert_eq!(reactions[2].platform, Platform::Twitter);
    assert_eq!(reactions[3].verb, None);
}

#[test]
fn flattened_embedded_posts() {
    let article = format!(
        "{HEADLINE}Motorists posted their anger.\n\n\
         Fuel went up again pic.twitter.com/x1Y2z3 — Sipho (@sipho_k) March 3, 2021\n\n\
         Another one.\nAnd again!— Lindiwe (@lindi_w) 4 March 2021\n\n\
         This is the first paragraph of a long post\n\n\
         and this is its second one https://t.co/AbCd\n\n\
         — Musa Khumalo (@musa_k) March 5, 2021\n\n\
         Not again https://t.co/9xYz — Ada Obi (Ada of Lagos) 🇳🇬 (@ada_obi) March 6, 2021\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("sipho_k"), Some("Sipho"), "Fuel went up again"),
            (Some("lindi_w"), Some("Lindiwe"), "Another one. And again!"),
            (
                Some("musa_k"),
                Some("Musa Khumalo"),
                "This is the first paragraph of a long post and this is its second one"
            ),
            (
                Some("ada_obi"),
                Some("Ada Obi (Ada of Lagos) 🇳🇬"),
                "Not again"
            ),
        ]
    );
    assert_eq!(reactions[0].links, ["pic.twitter.com/x1Y2z3"]);
    assert_eq!(reactions[0].posted_at.as_deref(), Some("2021-03-03"));
    assert_eq!(reactions[1].posted_at.as_deref(), Some("2021-03-04"));
    assert_eq!(reactions[2].links, ["https://t.co/AbCd"]);
    assert!(reactions.iter().all(|r| r.platform == Platform::Twitter));
}

#[test]
fn flattened_post_stops_at_the_article_prose_and_previous_post() {
    let article = format!(
        "{HEADLINE}Here is how people responded:\n\n\
         First post text — Ann (@ann) March 3, 2021\n\n\
         Second post text\n\n\
         — Ben (@ben) March 3, 2021\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("ann"), Some("Ann"), "First post text"),
            (Some("ben"), Some("Ben"), "Second post text")
        ]
    );
}

#[test]
fn named_commenters_without_handles() {
    let article = format!(
        "{HEADLINE}Readers on Facebook had their say:\n\n\
         Jane Wanjiru replied; “This government does not care.”\n\n\
         Peter Otieno wrote: “Buy a bicycle.”\n\n\
         Amina Yusuf said: “We are tired.”\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (None, Some("Jane Wanjiru"), "This government does not care."),
            (None, Some("Peter Otieno"), "Buy a bicycle."),
            (None, Some("Amina Yusuf"), "We are tired."),
        ]
    );
    assert!(reactions.iter().all(|r| r.platform == Platform::Facebook));
}

#[test]
fn narrative_attributions() {
    let article = format!(
        "{HEADLINE}@union_rep shared a thread on the strike: “We will not stop.”\n\n\
         Disapproving, @critic_za quoted it in a retweet: “Strikes hurt the poor most.”\n\n\
         @Lindo_M commented under the post:\n\n“Pay the workers.”\n\n\
         @cosatu_news posted a statement on the strike:\n\nThe federation will meet on Monday.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("union_rep"), None, "We will not stop."),
            (Some("critic_za"), None, "Strikes hurt the poor most."),
            (Some("Lindo_M"), None, "Pay the workers."),
            // An organisation's post quoted as a post, as the labelling rules count it.
            (
                Some("cosatu_news"),
                None,
                "The federation will meet on Monday."
            ),
        ]
    );
    assert_eq!(reactions[0].verb.as_deref(), Some("shared"));
    assert_eq!(reactions[1].platform, Platform::Twitter);
}

#[test]
fn anonymous_commenters_as_tabloids_quote_them() {
    let article = format!(
        "{HEADLINE}Tesco has removed self-checkouts, and shoppers were quick to react.\n\n\
         One person wrote: 'Finally, some common sense.'\n\n\
         Another commented: \"I actually liked them.\"\n\n\
         A third added:\n\n‘Bring back the staff!’\n\n\
         One X user said: “Best news all week.”\n\n\
         A Tesco spokesperson said: “We are always listening.”\n\n\
         One shopper said prices would rise.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        platforms_verbs_and_texts(&reactions),
        [
            ("unknown", Some("wrote"), "Finally, some common sense."),
            ("unknown", Some("commented"), "I actually liked them."),
            ("unknown", Some("added"), "Bring back the staff!"),
            ("twitter", Some("said"), "Best news all week."),
        ]
    );
    assert!(reactions
        .iter()
        .all(|r| r.handle.is_none() && r.display_name.is_none()));
}

#[test]
fn one_word_names_and_usernames_among_announced_reactions() {
    let reactions_page = "Lady shows off her new car\n\n\
        A Nigerian lady has shown off the car she bought.\n\n\
        Reactions trail the video\n\n\
        Ogo said:\n\n“Congratulations dear, more wins.”\n\n\
        user6372819 commented:\n\n\"I tap from this blessing\"\n\n\
        ms_debby said: “Where is my own?”\n\n\
        Police said:\n\n“We are investigating.”\n\n\
        He added: “It was a gift.”\n\n\
        Zelensky said: “We will win.”\n";
    let reactions = text_reactions(reactions_page);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (None, Some("Ogo"), "Congratulations dear, more wins."),
            (Some("user6372819"), None, "I tap from this blessing"),
            (Some("ms_debby"), None, "Where is my own?"),
        ]
    );
    // Without announced reactions, a one-word subject is reported speech.
    let report = "Lady shows off her new car\n\nThe car was bought in Lagos.\n\n\
        Ogo said:\n\n“Congratulations dear, more wins.”\n";
    assert!(text_reactions(report).is_empty());
}

#[test]
fn a_username_is_at_most_forty_characters() {
    let longest = format!("u{}", "x".repeat(39));
    let too_long = format!("u{}", "y".repeat(40));
    let page = format!(
        "Lady shows off her new car\n\n\
         A Nigerian lady has shown off the car she bought.\n\n\
         Reactions trail the video\n\n\
         {longest} commented:\n\n\"I tap from this blessing\"\n\n\
         {too_long} commented:\n\n\"Where is my own?\"\n"
    );
    let reactions = text_reactions(&page);
    let authors: Vec<_> = reactions.iter().map(|r| r.handle.as_deref()).collect();
    assert_eq!(authors.first(), Some(&Some(longest.as_str())));
    assert!(!authors.contains(&Some(too_long.as_str())), "{authors:?}");
}

#[test]
fn anonymous_readers_inside_a_paragraph_as_viral_news_prints_them() {
    let article = format!(
        "{HEADLINE}A video of a man dancing at a wedding has gone viral.\n\n\
         The clip has over two lakh views. An individual wrote, “This is so wholesome.” \
         Another added, “The way he smiled!” A third commented, “Made my day.”\n\n\
         “Best thing on the internet today,” wrote an Instagram user.\n\n\
         “I want to learn these steps,” another Instagram user commented. \
         “I want a brother like him,” joined a third.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        platforms_verbs_and_texts(&reactions),
        [
            ("unknown", Some("wrote"), "This is so wholesome."),
            ("unknown", Some("added"), "The way he smiled!"),
            ("unknown", Some("commented"), "Made my day."),
            (
                "instagram",
                Some("wrote"),
                "Best thing on the internet today"
            ),
            (
                "instagram",
                Some("commented"),
                "I want to learn these steps"
            ),
            ("unknown", Some("joined"), "I want a brother like him"),
        ]
    );
    assert!(reactions.iter().all(|r| r.handle.is_none()));
}

#[test]
fn reported_speech_inside_a_paragraph_is_not_an_anonymous_reader() {
    let article = format!(
        "{HEADLINE}The council met residents on Tuesday.\n\n\
         “The bins are never collected,” one person said.\n\n\
         “We will appeal,” one lawyer said, and another added, “It is not over.”\n\n\
         The mayor said that one person wrote, “Enough.”\n\n\
         A spokesperson said, “We are listening.”\n"
    );
    let reactions = text_reactions(&article);
    assert!(
        reactions.is_empty(),
        "unexpected: {:?}",
        reactions.iter().map(|r| &r.text).collect::<Vec<_>>()
    );
}

#[test]
fn where_a_reader_posted_names_the_platform() {
    let article = format!(
        "{HEADLINE}Tesco has removed self-checkouts in Surrey.\n\n\
         One person wrote on X: 'Finally, some common sense.'\n\n\
         Another said: 'I liked them.'\n\n\
         While a fourth added: 'This will not last a month.'\n\n\
         Jane Wanjiru commented on Facebook:\n\n“Shame on them.”\n\n\
         One person said in court: “I was there.”\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        platforms_verbs_and_texts(&reactions),
        [
            ("twitter", Some("wrote"), "Finally, some common sense."),
            ("unknown", Some("said"), "I liked them."),
            ("unknown", Some("added"), "This will not last a month."),
            ("facebook", Some("commented"), "Shame on them."),
        ]
    );
}

#[test]
fn reddit_usernames() {
    let article = format!(
        "{HEADLINE}The thread took off on Tuesday.\n\n\
         Redditor u/nairobi_guy wrote: “Saw him last week too.”\n\n\
         u/kip-99, a moderator, commented:\n\n“Locking this thread.”\n\n\
         Replying to u/nairobi_guy said: “Not me.”\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("nairobi_guy"), None, "Saw him last week too."),
            (Some("kip-99"), None, "Locking this thread."),
        ]
    );
    assert!(reactions.iter().all(|r| r.platform == Platform::Reddit));
}

#[test]
fn anonymous_subjects_need_an_online_noun_or_announced_reactions() {
    // Interviews: no reactions announced, and "person" or "another" alone are not readers.
    let interview = format!(
        "{HEADLINE}Residents met the council on Tuesday.\n\n\
         One person said: “The bins are never collected.”\n\n\
         Another added: “Nobody listens.”\n"
    );
    // An online subject is a reader wherever it stands.
    let online = format!(
        "{HEADLINE}Residents met the council on Tuesday.\n\n\
         One TikTok user wrote: “The bins are never collected.”\n\n\
         Another added: “Nobody listens.”\n"
    );
    let (interviewed, posted) = (confidences(&interview), confidences(&online));
    for snippet in ["The bins are never collected", "Nobody listens"] {
        assert!(
            confidence_of(&interviewed, snippet) < confidence_of(&posted, snippet),
            "{interviewed:?} {posted:?}"
        );
    }
    let reactions = text_reactions(&online);
    assert_eq!(reactions.len(), 2);
    assert_eq!(reactions[0].platform, Platform::TikTok);
}

#[test]
fn look_alikes_are_not_reactions() {
    let article = format!(
        "{HEADLINE}Korotchenko added that the offer from North Korea should be celebrated.\n\n\
         Image: @someone/Facebook\n\n\
         Follow us on Twitter at @brand!\n\n\
         The minister said: “Prices will fall.”\n\n\
         President Cyril Ramaphosa said: “We hear you.”\n\n\
         Zelensky said: “We will win.”\n\n\
         • @analyst said prices would rise\n\n\
         Source: Getty Images\n\n\
         Replying to @someone said: “Not me.”\n"
    );
    let reactions = text_reactions(&article);
    assert!(
        reactions.is_empty(),
        "unexpected reactions: {:#?}",
        authors_and_texts(&reactions)
    );
}

#[test]
fn the_headline_is_never_a_reaction() {
    let reactions = text_reactions("@someone said: “this headline”\n\nBody text.\n");
    assert!(reactions.is_empty());
}

#[test]
fn a_reaction_repeated_in_one_article_is_emitted_once() {
    let article = format!("{HEADLINE}@a said: “Same.”\n\n@a said: “same”\n\n@b said: “Same.”\n");
    let reactions = text_reactions(&article);
    assert_eq!(reactions.len(), 2);
    assert_eq!(reactions[0].content_id.len(), 16);
    assert_ne!(reactions[0].content_id, reactions[1].content_id);
}

#[test]
fn html_page_metadata_body_and_embeds() {
    let page = r#"<!doctype html><html lang="en-ZA"><head>
<title>Fuel | News</title>
<meta property="og:title" content="Petrol price hike angers motorists">
<link rel="canonical" href="https://news.example/fuel-hike">
<meta property="article:published_time" content="2024-10-02T09:15:00+02:00">
<script>var x = "@fake said: “script”";</script>
</head><body>
<nav>@navuser said: “menu”</nav>
<article>
<h1>Petrol price hike angers motorists</h1>
<p>The price rose &amp; motorists reacted:</p>
<div class="share-bar">@sharer said: “share me”</div>
<p><strong>READ ALSO:</strong> <a href="/x">@other said: “elsewhere”</a></p>
<p>@kgomotso_m said:</p>
<p>“Petrol at R25 is <em>daylight robbery</em>.”</p>
<figure><img src="a.jpg"><figcaption>Image: @someone/Facebook</figcaption></figure>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Fuel went up again<br>I&#39;m walking <a href="https://t.co/x1Y2z3">pic.twitter.com/x1Y2z3</a></p>&mdash; Sipho (@sipho_k) <a href="https://twitter.com/sipho_k/status/1367">March 3, 2021</a></blockquote>
</article>
<footer>@footer said: “bye”</footer>
</body></html>"#;
    let (summary, reactions) = article_reactions("page.html", page, None);
    assert_eq!(
        summary.title.as_deref(),
        Some("Petrol price hike angers motorists")
    );
    assert_eq!(
        summary.url.as_deref(),
        Some("https://news.example/fuel-hike")
    );
    assert_eq!(
        summary.published_at.as_deref(),
        Some("2024-10-02T07:15:00Z")
    );
    assert_eq!(summary.lang.as_deref(), Some("en"));
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                Some("kgomotso_m"),
                None,
                "Petrol at R25 is daylight robbery."
            ),
            (
                Some("sipho_k"),
                Some("Sipho"),
                "Fuel went up again I'm walking"
            ),
        ]
    );
    let tweet = &reactions[1];
    assert_eq!(tweet.platform, Platform::Twitter);
    assert_eq!(tweet.posted_at.as_deref(), Some("2021-03-03"));
    assert_eq!(
        tweet.raw_text,
        "Fuel went up again\nI'm walking pic.twitter.com/x1Y2z3"
    );
    assert!(tweet.links.contains(&"pic.twitter.com/x1Y2z3".to_string()));
    assert!(tweet
        .links
        .contains(&"https://twitter.com/sipho_k/status/1367".to_string()));
    assert_eq!(
        tweet.article_url.as_deref(),
        Some("https://news.example/fuel-hike")
    );
}

#[test]
fn html_and_text_find_the_same_shapes() {
    let page = "<html><body><article><h1>Fuel</h1>\
        <p>Lerato Mokoena (@lerato_m), a nurse in Soweto, tweeted: “I will walk.”</p>\
        <p>Jane Wanjiru replied; “Shame.”</p>\
        <p>Fuel went up again pic.twitter.com/x1Y2z3 — Sipho (@sipho_k) March 3, 2021</p>\
        </article></body></html>";
    let (_, reactions) = article_reactions("page.html", page, None);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("lerato_m"), Some("Lerato Mokoena"), "I will walk."),
            (None, Some("Jane Wanjiru"), "Shame."),
            (Some("sipho_k"), Some("Sipho"), "Fuel went up again"),
        ]
    );
}

#[test]
fn article_identity_prefers_the_canonical_url() {
    let with_url = "<html><head><link rel=canonical href='https://a.example/x'></head><body><p>One</p></body></html>";
    let other_body = "<html><head><link rel=canonical href='https://a.example/x'></head><body><p>Two</p></body></html>";
    assert_eq!(
        article_reactions("a.html", with_url, None).0.article_id,
        article_reactions("b.html", other_body, None).0.article_id
    );
    assert_ne!(
        article_reactions("a.txt", "T\n\nOne", None).0.article_id,
        article_reactions("a.txt", "T\n\nTwo", None).0.article_id
    );
}

#[test]
fn named_commenter_with_quote_in_next_paragraph_unquoted_is_doubted() {
    let article = format!(
        "{HEADLINE}The council met.\n\nReaders reacted online:\n\nThandeka Zulu wrote:\n\n“We can’t keep up.”\n\nJohn Smith said:\n\nThe meeting ends at noon, officials said.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions)[0],
        (None, Some("Thandeka Zulu"), "We can't keep up.")
    );
    // Unquoted, the next paragraph is a candidate the decision is less sure of.
    let candidates = confidences(&article);
    assert!(
        confidence_of(&candidates, "The meeting ends at noon")
            < confidence_of(&candidates, "We can’t keep up"),
        "{candidates:?}"
    );
}

#[test]
fn speakers_before_a_quote_with_any_verb_and_words_between() {
    let article = format!(
        "{HEADLINE}The clip of the petrol queue has been viewed a million times.\n\n\
         One viewer bluntly replied, “Walk to work like the rest of us.”\n\n\
         Replying to one of her posts, one Amara Obi wrote, “You misled us about the price.”\n\n\
         One Twitter user, Khaya Sishuba, raised an important point: “Taxis will cost more too.”\n\n\
         Another, in sheer disbelief, typed: \"R25? Is this a joke?\"\n\n\
         @drpenking, ”Our brave general is afraid of the comment section.”\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (None, None, "Walk to work like the rest of us."),
            (None, Some("Amara Obi"), "You misled us about the price."),
            (None, Some("Khaya Sishuba"), "Taxis will cost more too."),
            (None, None, "R25? Is this a joke?"),
            (
                Some("drpenking"),
                None,
                "Our brave general is afraid of the comment section."
            ),
        ]
    );
}

#[test]
fn speakers_after_a_quote_each_keep_their_own_words() {
    let article = format!(
        "{HEADLINE}Fans took to social media after the price rise.\n\n\
         “Queues everywhere this morning,” @a_driver said. “Bring back the bus,” @b_rider added.\n\n\
         “You will get it rough up to the end,” tweeted Jairuso.\n\n\
         “Is this called sarcasm,” one comment read, while another user wrote, “Relax, it is a joke.”\n\n\
         “The only way to fix this is together.” @RiaanSmiley\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (Some("a_driver"), None, "Queues everywhere this morning"),
            (Some("b_rider"), None, "Bring back the bus"),
            (None, Some("Jairuso"), "You will get it rough up to the end"),
            (None, None, "Is this called sarcasm"),
            (None, None, "Relax, it is a joke."),
            (
                Some("RiaanSmiley"),
                None,
                "The only way to fix this is together."
            ),
        ]
    );
}

#[test]
fn officials_interviewees_and_fragments_around_quotes_are_not_readers() {
    let article = format!(
        "{HEADLINE}One user tweeted: “Prices are mad.”\n\n\
         “I wish I had given them a better plan,” Tang said.\n\n\
         Isabel Farrell, 75, voted to remain: “We live in France a lot of the time.”\n\n\
         “After telling you that, what did you do?” Mshololo asked.\n\n\
         Some netizens even went as far as posting flyers that read, ‘Rest in peace’.\n\n\
         The department added, in a statement: \"Let's save it for the movies.\"\n\n\
         “These reports are not accurate,” he said.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions)[0],
        (None, None, "Prices are mad.")
    );
    let kept: Vec<&str> = reactions.iter().map(|r| r.text.as_str()).collect();
    for official in [
        "I wish I had given them a better plan",
        "After telling you that, what did you do?",
        "Rest in peace",
        "Let's save it for the movies.",
        "These reports are not accurate",
    ] {
        assert!(!kept.iter().any(|k| k.contains(official)), "{kept:?}");
    }
    // An interviewee's age marks a vox pop: less sure than the reader's post.
    let candidates = confidences(&article);
    assert!(
        confidence_of(&candidates, "We live in France")
            < confidence_of(&candidates, "Prices are mad"),
        "{candidates:?}"
    );
}

#[test]
fn a_pronoun_is_the_previous_sentences_person() {
    let article = format!(
        "{HEADLINE}The result confused comic James Corden, who hosts a late show. \
         He tweeted: “I can’t get my head around it.”\n\n\
         Net users were split. One user questioned the man’s ethics. Then he replied:\n\n\
         ” believe not. We become content over useless things.”\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (None, Some("James Corden"), "I can't get my head around it."),
            (
                None,
                None,
                "believe not. We become content over useless things."
            ),
        ]
    );
}

#[test]
fn comment_round_up_items_without_verbs() {
    let article = format!(
        "{HEADLINE}The video baffled many Kenyans.\n\n\
         richiemathu:\n\n“Tell him also to count flour.”\n\n\
         kungu_the director:\n\n“I am tired of this country.”\n\n\
         Paa Kwaw Mensah Honny: “Omg waste of academic brain.”\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (Some("richiemathu"), None, "Tell him also to count flour."),
            (
                Some("kungu_the director"),
                None,
                "I am tired of this country."
            ),
            (
                None,
                Some("Paa Kwaw Mensah Honny"),
                "Omg waste of academic brain."
            ),
        ]
    );
    // A lone label line over a quote is a caption or a heading, not a round-up.
    let lone = format!("{HEADLINE}The minister spoke.\n\nSource:\n\n“We will act.”\n");
    assert!(text_reactions(&lone).is_empty());
}

#[test]
fn unattributed_quoted_blocks_in_a_row_are_a_round_up() {
    let article = format!(
        "{HEADLINE}“People who litter.\n\nIt is so easy not to.”\n\n\
         “Talking on speaker phone in public.”\n\n“Celebrity worship.”\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (None, None, "People who litter. It is so easy not to."),
            (None, None, "Talking on speaker phone in public."),
        ]
    );
    // Two words alone are a candidate the decision doubts.
    assert!(confidence_of(&confidences(&article), "Celebrity worship.") < 0.5);
    // A statement's quoted paragraph after a colon stays reporting.
    let statement = format!(
        "{HEADLINE}The police statement quotes him directly:\n\n“We offer our condolences.”\n"
    );
    assert!(text_reactions(&statement).is_empty());
}

#[test]
fn reader_phrases_with_modifiers_participles_and_other_platforms() {
    let article = format!(
        "{HEADLINE}The minister, along with his followers, criticised the station, with one saying: “Any self-respecting individual can see this is a lie.”\n\n\
         “PLEASE DON’T LEAVE ME!” one other fan exclaimed.\n\n\
         Another person raged: \"A round on Thatcher? Seriously?\" as one BBC viewer joked: \"What did I do to deserve this?\"\n\n\
         According to AFP, one user on Weibo, which is China’s version of Twitter, posted: “How did they get to Beijing?”\n"
    );
    assert_eq!(
        platforms_verbs_and_texts(&text_reactions(&article)),
        [
            (
                "unknown",
                Some("saying"),
                "Any self-respecting individual can see this is a lie."
            ),
            ("unknown", Some("exclaimed"), "PLEASE DON'T LEAVE ME!"),
            ("unknown", Some("raged"), "A round on Thatcher? Seriously?"),
            ("unknown", Some("joked"), "What did I do to deserve this?"),
            ("weibo", Some("posted"), "How did they get to Beijing?"),
        ]
    );
    // Without readers in the sentence, "with the chief executive saying" is a company's quote.
    let statement = format!(
        "{HEADLINE}The company released its figures, with the chief executive saying: “We are pleased.”\n"
    );
    assert!(text_reactions(&statement).is_empty());
}

#[test]
fn each_record_says_why_it_was_taken() {
    use crate::Cue::*;
    let article = format!(
        "{HEADLINE}@kgomotso_m said: “Petrol at R25 is daylight robbery.”\n\n\
         Here is how social media users reacted:\n\n\
         One viewer bluntly replied, “Walk then.”\n\n\
         Jane Wanjiru said: “We cannot keep up.”\n\n\
         The drivers, and their many followers, were furious, with one saying: “This is theft.”\n\n\
         I can’t afford this anymore — Sipho (@sipho_k) March 3, 2021\n"
    );
    let reactions = text_reactions(&article);
    let cues: Vec<(&str, Vec<Cue>)> = reactions
        .iter()
        .map(|r| (r.text.as_str(), r.cues.clone()))
        .collect();
    assert_eq!(
        cues,
        [
            ("Petrol at R25 is daylight robbery.", vec![Handle]),
            (
                "Walk then.",
                vec![PostingVerb, OnlineReader, Announced, FollowsReactions]
            ),
            ("We cannot keep up.", vec![Announced, FollowsReactions]),
            (
                "This is theft.",
                vec![Announced, FollowsReactions, ReadersNamed]
            ),
            ("I can't afford this anymore", vec![Embed, Handle]),
        ]
    );
}

#[test]
fn a_quote_that_goes_on_after_its_attribution_keeps_its_continuation() {
    let article = format!(
        "{HEADLINE}Fans reacted on Twitter.\n\n\
         “They should release them all,” another replied. “But that does mean we lose the best actors.”\n\n\
         “First one,” @first_fan said. “Second one,” @second_fan added.\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                None,
                None,
                "They should release them all, But that does mean we lose the best actors."
            ),
            // The next quote has its own reader: it is not a continuation.
            (Some("first_fan"), None, "First one"),
            (Some("second_fan"), None, "Second one"),
        ]
    );
    assert_eq!(
        reactions[0].raw_text,
        "“They should release them all,”\n“But that does mean we lose the best actors.”"
    );
}

#[test]
fn an_author_credited_after_the_quote_or_in_the_reply_that_carries_it() {
    let article = format!(
        "{HEADLINE}'Talking about the price rise is like a fish talking about bicycles.'\n\n\
         That tweet by Amol Dhurve arrived in the wake of a televised debate.\n\n\
         Before he could draw breath, a reply came in from Tony Turner, “We chose our leaders. You were not among them.”\n\n\
         This happened after the minister reportedly said 'Am I supposed to tell them to eat growth?' A certain Jaideep reacted with this request: 'Can anyone share the reaction on his face?'\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&article)),
        [
            (
                None,
                Some("Amol Dhurve"),
                "Talking about the price rise is like a fish talking about bicycles."
            ),
            (
                None,
                Some("Tony Turner"),
                "We chose our leaders. You were not among them."
            ),
            // The minister's words end their sentence inside the quote marks; the reader's
            // sentence starts after them.
            (
                None,
                Some("Jaideep"),
                "Can anyone share the reaction on his face?"
            ),
        ]
    );
    // A quoted line followed by a sentence about something else is not credited to anyone.
    let uncredited = format!(
        "{HEADLINE}'Prices will fall next year.'\n\nThat forecast by the central bank surprised markets.\n"
    );
    assert!(text_reactions(&uncredited).is_empty());
}

#[test]
fn comments_pasted_without_quote_marks_after_an_announcement() {
    let dump = "kamau_254\n\nThis one is too much, who has the time\n\n\
                wanjikumary\n\nPeople have free time honestly\n\n\
                otieno.b 😂😂 this one is too much\n\n\
                The video has since been viewed 2 million times.\n";
    let announced =
        format!("{HEADLINE}A man counted rice on camera. Here is what Kenyans said:\n\n{dump}");
    let reactions = text_reactions(&announced);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                Some("kamau_254"),
                None,
                "This one is too much, who has the time"
            ),
            (Some("wanjikumary"), None, "People have free time honestly"),
            (Some("otieno.b"), None, "😂😂 this one is too much"),
        ]
    );
    assert!(reactions[0].cues.contains(&Cue::RoundUp));
    // Unannounced, a username-like line over a paragraph is weaker evidence of a comment.
    let unannounced = format!("{HEADLINE}A man counted rice on camera.\n\n{dump}");
    let (with, without) = (confidences(&announced), confidences(&unannounced));
    for snippet in ["This one is too much, who", "People have free time"] {
        assert!(
            confidence_of(&without, snippet) < confidence_of(&with, snippet),
            "{with:?} {without:?}"
        );
    }
}

#[test]
fn a_flattened_post_of_several_lines_stops_at_its_paragraph() {
    let article = format!(
        "{HEADLINE}People reacted.\n\n\
         Me: I don’t think it can get any worse.\nHim: *interrupts*\nMe: IMPEACH— Caroline (@CIKtweets) November 12, 2019\n\n\
         Cable news is sowing hate.\"https://t.co/AbC123 — Kim (@Canthemum1212) November 12, 2019\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                Some("CIKtweets"),
                Some("Caroline"),
                "Me: I don't think it can get any worse. Him: *interrupts* Me: IMPEACH"
            ),
            (
                Some("Canthemum1212"),
                Some("Kim"),
                "Cable news is sowing hate.\""
            ),
        ]
    );
    assert_eq!(reactions[1].links, ["https://t.co/AbC123"]);
}

#[test]
fn facebook_post_embeds_and_unloaded_embeds() {
    let page = r#"<html><head><title>Fans react to the final</title></head><body><article>
<h1>Fans react to the final</h1>
<p>The final ended 2-1 on Sunday.</p>
<div class="fb-post" data-href="https://www.facebook.com/jane.doe/posts/123"><blockquote cite="https://www.facebook.com/jane.doe/posts/123" class="fb-xfbml-parse-ignore"><p>Proud of our boys today!</p>Posted by <a href="https://www.facebook.com/jane.doe">Jane Doe</a> on&nbsp;<a href="https://www.facebook.com/jane.doe/posts/123">Sunday, March 3, 2024</a></blockquote></div>
<div class="fb-page" data-href="https://www.facebook.com/ctpost/"><blockquote cite="https://www.facebook.com/ctpost/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/ctpost/">Connecticut Post</a></blockquote></div>
<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@kofi/post/1"><a href="https://www.threads.net/@kofi/post/1">Post by @kofi</a></blockquote>
<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/soccer/comments/1/comment/2/">Comment</a><br> by<a href="https://www.reddit.com/user/goalfan/">u/goalfan</a> from discussion<a href="https://www.reddit.com/r/soccer/comments/1/"></a><br> in<a href="https://www.reddit.com/r/soccer/">soccer</a></blockquote>
</article></body></html>"#;
    let (_, reactions) = article_reactions("page.html", page, None);
    assert_eq!(
        authors_and_texts(&reactions),
        [(None, Some("Jane Doe"), "Proud of our boys today!")]
    );
    assert_eq!(reactions[0].platform, Platform::Facebook);
    assert_eq!(reactions[0].posted_at.as_deref(), Some("2024-03-03"));
}

#[test]
fn a_short_post_beside_its_signature_takes_no_words_from_the_article() {
    let article = format!(
        "{HEADLINE}The club sacked its coach on Monday.\n\n\
         Fans took to social media to react.\n\n\
         Sack the whole board — Jane Doe (@janedoe) Mar 4, 2024\n\n\
         The club has not commented.\n\n\
         Fans gathered outside the stadium.\n\n\
         Finally, some good news\n\n\
         — Otieno (@otis_o) March 4, 2024\n\n\
         https://twitter.com/someone/status/1405423457471434753\n\n\
         Rooting for this club is pain\n\n\
         — Kim (@kim_k) March 4, 2024\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (Some("janedoe"), Some("Jane Doe"), "Sack the whole board"),
            (Some("otis_o"), Some("Otieno"), "Finally, some good news"),
            (Some("kim_k"), Some("Kim"), "Rooting for this club is pain"),
        ]
    );
}

#[test]
fn a_bluesky_post_flattened_with_its_domain_handle() {
    let article = format!(
        "{HEADLINE}Fans took to Bluesky.\n\n\
         What a week for this club — Jane Doe (@janedoe.bsky.social) March 4, 2024 at 10:02 AM\n"
    );
    let reactions = text_reactions(&article);
    assert_eq!(
        authors_and_texts(&reactions),
        [(
            Some("janedoe.bsky.social"),
            Some("Jane Doe"),
            "What a week for this club"
        )]
    );
    assert_eq!(reactions[0].platform, Platform::Bluesky);
    assert_eq!(reactions[0].posted_at.as_deref(), Some("2024-03-04"));
}

#[test]
fn a_post_of_several_paragraphs_with_its_signature_glued_to_the_last() {
    // A page copied line by line, so that every line is a paragraph, the post's lines too;
    // then one whose paragraphs are separated by blank lines.
    let copied_line_by_line = "Fans react to the rumoured signing\n\
        The club is said to be close to signing a 33-year-old striker.\n\
        Supporters were not impressed.\n\
        Not this again\n\
        We deserve better— Thabo M💛 (@thabo_m) March 4, 2024\n\
        Is this a joke?— Kim (@kim_k) March 4, 2024\n\
        The club has not commented.\n";
    let with_blank_lines = format!(
        "{HEADLINE}Take a look at the posts:\n\n\
         2019: 😭 2020: pic.twitter.com/gs474TUM30\n\n\
         What a day for the club\n\n\
         Proud 🇿🇦\n\n\
         Forever 🇿🇦 — Lindi (@lindi_w) March 5, 2024\n"
    );
    assert_eq!(
        authors_and_texts(&text_reactions(copied_line_by_line)),
        [
            (
                Some("thabo_m"),
                Some("Thabo M💛"),
                "Not this again We deserve better"
            ),
            (Some("kim_k"), Some("Kim"), "Is this a joke?"),
        ]
    );
    assert_eq!(
        authors_and_texts(&text_reactions(&with_blank_lines)),
        [(
            Some("lindi_w"),
            Some("Lindi"),
            "What a day for the club Proud 🇿🇦 Forever 🇿🇦"
        )]
    );
}

#[test]
fn a_flattened_post_signed_without_its_dash_after_its_picture_link() {
    // Copied line by line; the first post lost its picture link, so only its signature's end
    // tells it from the second post's text.
    let article = "Fans react to the final\n\
        The final ended 2-1 on Sunday.\n\
        People reacted online.\n\
        Proud of our boys Thabo Nkosi (@thabo_n) March 12, 2020\n\
        What a night for the club\n\
        We deserve this pic.twitter.com/P1ekRbrMLM Lindi Dube (@lindi_d) March 12, 2020\n";
    let reactions = text_reactions(article);
    assert_eq!(
        authors_and_texts(&reactions),
        [(
            Some("lindi_d"),
            Some("Lindi Dube"),
            "What a night for the club We deserve this"
        )]
    );
    assert_eq!(reactions[0].links, ["pic.twitter.com/P1ekRbrMLM"]);
    assert_eq!(reactions[0].posted_at.as_deref(), Some("2020-03-12"));
}

#[test]
fn a_flattened_post_signed_after_a_stray_quote_mark_where_its_dash_was() {
    let article = "South Africans are fed up with loadshedding\n\
        Thousands took to Twitter to express their anger.\n\
        We must not accept permanent Stage 5 loadshedding!#FedUp' Christo \u{1f1ff}\u{1f1e6} (@ChristoT) December 14, 2022\n\
        I missed my interview because of this loadshedding \u{1f622}\u{2019} Sir Boikie Molaolwa (@Boikie_M) December 14, 2022\n";
    let reactions = text_reactions(article);
    assert_eq!(
        authors_and_texts(&reactions),
        [
            (
                Some("ChristoT"),
                Some("Christo \u{1f1ff}\u{1f1e6}"),
                "We must not accept permanent Stage 5 loadshedding!#FedUp"
            ),
            (
                Some("Boikie_M"),
                Some("Sir Boikie Molaolwa"),
                "I missed my interview because of this loadshedding \u{1f622}"
            ),
        ]
    );
    assert_eq!(reactions[1].posted_at.as_deref(), Some("2022-12-14"));
}

#[test]
fn a_flattened_post_whose_lines_trail_off() {
    let article = "Fuel to hit 11 cedis\n\
        Many Twitter users believe this would worsen their conditions.\n\
        International crude oil prices are now easing\u{2026}\n\
        But Ghana adjusts tariffs only when prices go up\u{2026}\n\
        So y'all know what to expect now \u{2014} John Persky (@johnpersky) March 15, 2022\n";
    // Lines ending in an ellipsis go on into the next; the article's sentence ends the post.
    let reactions = text_reactions(article);
    assert_eq!(reactions.len(), 1);
    assert!(
        reactions[0]
            .text
            .starts_with("International crude oil prices"),
        "{}",
        reactions[0].text
    );
}

#[test]
fn added_says_what_the_verb_before_it_said() {
    // `added` goes on from the quote before: after a reader's `advised:` it is a reader's
    // post, after an official's `said:` still reported speech.
    let after = |first: &str| {
        format!(
            "{HEADLINE}Zambians took to Facebook to counsel the president-elect.\n\n\
             {first}\n\n\
             Load shedding and corruption dominated the responses.\n\n\
             Godfrey Mwale added: \u{201c}Deal with corruption and nepotism. Make sure the \
             three arms of government are independent, and remember that we trust you to \
             keep your word to the people who voted for you.\u{201d}\n"
        )
    };
    let after_a_reader =
        after("Gwen Malambo advised: \u{201c}Do more appearances with your team of MPs.\u{201d}");
    let after_an_official = after(
        "Minister Gwen Malambo said: \u{201c}The government will act on every concern.\u{201d}",
    );
    assert!(
        confidence_of(&confidences(&after_a_reader), "Deal with corruption")
            > confidence_of(&confidences(&after_an_official), "Deal with corruption") + 0.2
    );
    assert!(text_reactions(&after_a_reader)
        .iter()
        .any(|r| r.text.starts_with("Deal with corruption")));
}
