//! The forms a reader's words take in print beyond quote marks, one fixture each (written for
//! these tests, in the shapes real publishers use), and the look-alikes the decision must doubt.

use collector::article_reactions;
use collector::record::Platform;
use collector::Reaction;
mod common;

use common::{authors_and_texts as authored, confidences};

fn reactions(article: &str) -> Vec<Reaction> {
    article_reactions("fixture.txt", article, None).1
}

/// Asserts the display names of the reactions found in `article`, in order.
fn assert_names(article: &str, expected: &[Option<&str>]) {
    let found = reactions(article);
    let names: Vec<Option<&str>> = authored(&found)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(names, expected);
}

/// Asserts the display names of the reactions found in `article` and each text's first word,
/// in order.
fn assert_names_and_openings(article: &str, expected: &[(Option<&str>, &str)]) {
    let found = reactions(article);
    let pairs: Vec<(Option<&str>, &str)> = authored(&found)
        .into_iter()
        .map(|(_, name, text)| (name, text.split_whitespace().next().unwrap_or("")))
        .collect();
    assert_eq!(pairs, expected);
}

/// Asserts the display names of the reactions found in `article` and the platform each was
/// posted on, in order.
fn assert_names_and_platforms(article: &str, expected: &[(Option<&str>, Platform)]) {
    let found = reactions(article);
    let pairs: Vec<(Option<&str>, Platform)> = found
        .iter()
        .map(|r| (r.display_name.as_deref(), r.platform))
        .collect();
    assert_eq!(pairs, expected);
}

/// Asserts the handles of the reactions found in `article` and each text's first word, in
/// order.
fn assert_handles_and_openings(article: &str, expected: &[(Option<&str>, &str)]) {
    let found = reactions(article);
    let pairs: Vec<(Option<&str>, &str)> = found
        .iter()
        .map(|r| {
            (
                r.handle.as_deref(),
                r.text.split_whitespace().next().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(pairs, expected);
}

/// Asserts that the reactions found in `article` are anonymous and open with `expected`'s
/// first `words` words, in order.
fn assert_anonymous_openings(article: &str, words: usize, expected: &[&str]) {
    let found = reactions(article);
    let openings: Vec<String> = authored(&found)
        .into_iter()
        .map(|(handle, name, text)| {
            assert_eq!((handle, name), (None, None), "{text}");
            text.split_whitespace()
                .take(words)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(openings, expected);
}

const STORY: &str = "Kenyans react to the new fuel levy\n\n\
    The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\n";

#[test]
fn name_colon_lines_after_the_article_announces_comments() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Wanjiru Kamau: This levy will finish us, we are already paying too much\n\n\
         Jo: Who is going to pay for my matatu now?\n\n\
         otieno_254: Budget after budget, the same story\n\n\
         @mama_mboga: Prices of sukuma will go up again\n\n\
         The Treasury has defended the levy as necessary.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "This levy will finish us, we are already paying too much"
            ),
            (None, Some("Jo"), "Who is going to pay for my matatu now?"),
            (
                Some("otieno_254"),
                None,
                "Budget after budget, the same story"
            ),
            (
                Some("mama_mboga"),
                None,
                "Prices of sukuma will go up again"
            ),
        ]
    );
}

#[test]
fn a_comment_with_its_handle_after_a_dash() {
    let article = format!(
        "{STORY}Reactions poured in online:\n\n\
         We are being taxed to death in this country – @wanjiku_m\n\n\
         Another levy, another tweet from Treasury -- @kip-99\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("wanjiku_m"),
                None,
                "We are being taxed to death in this country"
            ),
            (
                Some("kip-99"),
                None,
                "Another levy, another tweet from Treasury"
            ),
        ]
    );
}

#[test]
fn a_handle_then_a_dash_then_the_comment() {
    let article = format!(
        "{STORY}See the poll and some reactions below;\n\n\
         @wanjiku_m – Oga Treasury, you claim to know economics but you don't know what a budget is.\n\n\
         @kip-99 -- They shouldn't even talk about levies, who is fooling who\n\n\
         @otieno_254 - Stop asking us to pay. We are dead already\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("wanjiku_m"),
                None,
                "Oga Treasury, you claim to know economics but you don't know what a budget is."
            ),
            (
                Some("kip-99"),
                None,
                "They shouldn't even talk about levies, who is fooling who"
            ),
            (
                Some("otieno_254"),
                None,
                "Stop asking us to pay. We are dead already"
            ),
        ]
    );
}

#[test]
fn an_anonymous_reader_described_by_town_and_platform() {
    let article = format!(
        "{STORY}Outrage marked the public's reactions yesterday.\n\n\
         \u{201c}Who voted for this? We are already paying too much,\u{201d} one frustrated Facebook (FB) user stated.\n\n\
         \u{201c}Does anyone in Treasury know what unga costs now?\u{201d} one Mombasa Road FB user lamented.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Who voted for this? We are already paying too much"
            ),
            (
                None,
                None,
                "Does anyone in Treasury know what unga costs now?"
            ),
        ]
    );
}

#[test]
fn two_quoted_comments_right_under_their_announcement() {
    let announced = format!(
        "{STORY}Below are some of the comments from his Twitter followers:\n\n\
         \u{201c}Mr Minister you let us down and you push the door wide open for the skeptics.\u{201d}\n\n\
         \u{201c}Ouch!! But this tweet is resonating across the country.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&announced)),
        [
            (
                None,
                None,
                "Mr Minister you let us down and you push the door wide open for the skeptics."
            ),
            (
                None,
                None,
                "Ouch!! But this tweet is resonating across the country."
            ),
        ]
    );
    // Two quoted paragraphs after the article's own sentence are a statement going on.
    let narrated = announced.replace(
        "Below are some of the comments from his Twitter followers:",
        "The minister's office issued a statement on Tuesday.",
    );
    assert_eq!(authored(&reactions(&narrated)), []);
}

#[test]
fn a_flattened_post_signed_with_a_date_in_the_page_language() {
    let article = "Trump attaque Macron, Twitter réagit\n\n\
         Les internautes ont vite répondu au président américain.\n\n\
         ELLE L'EST DEJA, ON EST CHAMPION DU MONDE. MERCI https://t.co/CgF6y2RGl2 \u{2014} Sylvain Chazot (@sychazot) 13 novembre 2018\n\n\
         Nada que ver, la verdad https://t.co/x1 \u{2014} Ana Ruiz (@anaruiz) 5 de marzo de 2019\n";
    let found = reactions(article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("sychazot"),
                Some("Sylvain Chazot"),
                "ELLE L'EST DEJA, ON EST CHAMPION DU MONDE. MERCI"
            ),
            (Some("anaruiz"), Some("Ana Ruiz"), "Nada que ver, la verdad"),
        ]
    );
    let days: Vec<_> = found.iter().map(|r| r.posted_at.as_deref()).collect();
    assert_eq!(days, [Some("2018-11-13"), Some("2019-03-05")]);
}

#[test]
fn german_readers_with_the_verb_before_them() {
    let article = "So reagiert das Netz auf die Instagram-Panne\n\n\
         Instagram und WhatsApp waren am Mittwoch stundenlang nicht erreichbar.\n\n\
         So schreibt ein Nutzer etwa: \"Wisst ihr noch, damals ohne Apps? Hach ja.\"\n\n\
         Ein Nutzer schreibt: \"Wer hat denn schon wieder den Stecker gezogen?\"\n\n\
         Dann fragte ein anderer auf Twitter: \u{201e}Ist das jetzt das Ende?\u{201c}\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (None, None, "Wisst ihr noch, damals ohne Apps? Hach ja."),
            (None, None, "Wer hat denn schon wieder den Stecker gezogen?"),
            (None, None, "Ist das jetzt das Ende?"),
        ]
    );
}

#[test]
fn bare_comments_under_a_sentence_that_announces_them() {
    let comments =
        "Because they are isolated from the effects, such is the illusion of the internet.\n\
         Ironic. But sad. Sorry but its true.Crab mentality. Pride.\n\
         Who is going to pay for my matatu now?\n";
    let expected = [
        (
            None,
            None,
            "Because they are isolated from the effects, such is the illusion of the internet.",
        ),
        (
            None,
            None,
            "Ironic. But sad. Sorry but its true.Crab mentality. Pride.",
        ),
        (None, None, "Who is going to pay for my matatu now?"),
    ];
    for announcement in [
        "On the comment section, netizens also shared their sentiments.",
        "Here are some of the comments from netizens.",
    ] {
        let article = format!("{STORY}{announcement}\n\n{comments}");
        assert_eq!(authored(&reactions(&article)), expected, "{announcement}");
    }
    // A long sentence of the article's own that opens like a list is no announcement.
    let narrated = format!(
        "{STORY}These are anxious hours for people in the villages along the river, where the \
         night's rain sent a wall of water through the houses and left families stranded.\n\n\
         {comments}"
    );
    assert_eq!(authored(&reactions(&narrated)), []);
    // Nor is one post of a person the article names, whose embed did not load.
    let embed_missing = format!(
        "{STORY}Note that the minister is replying to his own tweet (see the 11.04 pm post):\n\n         {comments}"
    );
    assert_eq!(authored(&reactions(&embed_missing)), []);
}

#[test]
fn more_verbs_of_spanish_and_dutch_readers() {
    let article = "Las reacciones de la gente\n\n\
         Estos son algunos de los comentarios de nuestros lectores:\n\n\
         \u{201c}Debe ser el ahijado de Alberto\u{201d}, sumó Leandro.\n\n\
         \"Dit is echt niet normaal meer, wie bedenkt dit?\", schreef Jan de Vries.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (None, Some("Leandro"), "Debe ser el ahijado de Alberto"),
            (
                None,
                Some("Jan de Vries"),
                "Dit is echt niet normaal meer, wie bedenkt dit?"
            ),
        ]
    );
}

#[test]
fn a_dash_between_the_quote_and_its_attribution() {
    let article = format!(
        "{STORY}Here are the reactions:\n\n\
         \u{201c}This levy will finish us, we are already paying too much\u{201d} \u{2013} wrote one user.\n\n\
         \u{201e}Śmialibyśmy się z tego, gdyby to nie było prawdą\u{201d} \u{2013} napisał Marek Nowak.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "This levy will finish us, we are already paying too much"
            ),
            (
                None,
                Some("Marek Nowak"),
                "Śmialibyśmy się z tego, gdyby to nie było prawdą"
            ),
        ]
    );
}

#[test]
fn said_with_a_hashtag_or_a_mention_is_posted() {
    let article = "Proud Canadians tweet messages of support to new PM\n\n\
         Thousands of Canadians took to social media to voice their excitement.\n\n\
         \u{201c}Congratulations to our new Prime Minister @JustinTrudeau, so proud of my fellow Canadians,\u{201d} Engerer said.\n\n\
         \u{201c}Proud day to be a #canadian, best wishes today to our new cabinet,\u{201d} said Waterman, CTO of a startup.\n\n\
         \u{201c}It is a proud day to be a Canadian, best wishes today to our new cabinet,\u{201d} said Fleming, a teacher.\n";
    // The third is said, as far as the page tells: no tag makes it a post.
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Engerer"),
                "Congratulations to our new Prime Minister @JustinTrudeau, so proud of my fellow Canadians"
            ),
            (
                None,
                Some("Waterman"),
                "Proud day to be a #canadian, best wishes today to our new cabinet"
            ),
        ]
    );
}

#[test]
fn a_description_with_another_languages_article_before_the_name() {
    let article = "So reagiert das Netz\n\n\
         Die Reaktionen im Netz:\n\n\
         \"Hoffentlich gehen sie nie wieder an\", twitterte auch der Satiriker Jan Böhmermann.\n\n\
         \"Ojalá no vuelvan nunca más, qué paz\", escribió el periodista Juan Pérez.\n\n\
         \u{ab} Enfin une bonne nouvelle pour tout le monde \u{bb}, a écrit le journaliste Marc Dupont.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Jan Böhmermann"),
                "Hoffentlich gehen sie nie wieder an"
            ),
            (
                None,
                Some("Juan Pérez"),
                "Ojalá no vuelvan nunca más, qué paz"
            ),
            (
                None,
                Some("Marc Dupont"),
                "Enfin une bonne nouvelle pour tout le monde"
            ),
        ]
    );
}

#[test]
fn another_languages_posting_verb_running_into_its_quote() {
    let article = "Orribili commenti al post di Salvini\n\n\
         Su Twitter la situazione è degenerata in fretta. Un esempio? Un utente ha scritto \
         \u{201c}MA PER FAVORE! Si respira meglio senza di lui!\u{201c}. Altri hanno insultato.\n";
    assert_eq!(
        authored(&reactions(article)),
        [(None, None, "MA PER FAVORE! Si respira meglio senza di lui!")]
    );
}

#[test]
fn a_readers_page_announced_by_its_headline_with_quotes_closed_twice() {
    let page = "Readers\u{2019} reactions to stories trending on our website\n\n\
         Senate seeks capital punishment for kidnappers\n\n\
         Joseph: \u{201c}Yes, I agree with the Senate, but what about treasury looters?\u{2019}\u{2019}\n\
         Adedayo: \u{201c}What of the political pen robbers? It should be the same sentence.\u{2019}\u{2019}\n\
         Oduma: \u{201c}Good, because it is a criminal act and should be treated the same way.\u{2019}\u{2019}\n";
    assert_eq!(
        authored(&reactions(page)),
        [
            (
                None,
                Some("Joseph"),
                "Yes, I agree with the Senate, but what about treasury looters?"
            ),
            (
                None,
                Some("Adedayo"),
                "What of the political pen robbers? It should be the same sentence."
            ),
            (
                None,
                Some("Oduma"),
                "Good, because it is a criminal act and should be treated the same way."
            ),
        ]
    );
}

#[test]
fn a_titled_reader_and_a_verb_then_a_dash_before_the_comment() {
    let article = format!(
        "{STORY}Here are a few of their comments:\n\n\
         A Mr Mubita Nkandu wrote \u{2013} do you remember when they lied to us about the levy?\n\n\
         A miss Beatrice Manda wrote \u{2013} I was really disappointed, surely what kind of budget is that?\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Mubita Nkandu"),
                "do you remember when they lied to us about the levy?"
            ),
            (
                None,
                Some("Beatrice Manda"),
                "I was really disappointed, surely what kind of budget is that?"
            ),
        ]
    );
}

#[test]
fn a_post_quoted_whole_after_that() {
    let article = format!(
        "{STORY}There were a lot of reactions after the news.\n\n\
         A Kenyan tweeted angrily that, \u{201c}can anyone balance me here? We are now being taxed twice.\u{201d}\n\n\
         Another user further explained that, \u{201c}the levy is largely due to the drought and the loans.\u{201d}\n\n\
         Another poster predicted that 'Reeling in the Years' would devote an episode to the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "can anyone balance me here? We are now being taxed twice."
            ),
            (
                None,
                None,
                "the levy is largely due to the drought and the loans."
            ),
        ]
    );
}

#[test]
fn swahili_readers_and_their_verbs() {
    let article = "Mashabiki wamtaka Diamond aoe\n\n\
         Mashabiki wametoa maoni yao mitandaoni.\n\n\
         Mmoja kwa jina \u{2018}9585m.ary\u{2019} aliandika, \u{201c}Tumechoka, wewe sio baba asiyekuwepo.\u{201d}\n\n\
         Shabiki mmoja aliandika: \u{201c}Mimi naona uoe wote kaka kwa sababu uwezo unao.\u{201d}\n\n\
         Esma Platinumz aliandika, \u{201c}Tom Kaka we miss you jamani.\u{201d}\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("9585m.ary"),
                None,
                "Tumechoka, wewe sio baba asiyekuwepo."
            ),
            (
                None,
                None,
                "Mimi naona uoe wote kaka kwa sababu uwezo unao."
            ),
            (None, Some("Esma Platinumz"), "Tom Kaka we miss you jamani."),
        ]
    );
}

#[test]
fn a_comma_glued_to_the_name_after_it() {
    let article = format!(
        "{STORY}One of his Twitter followers ,Alex Mulwa wrote \u{201c} Stop insulting that word. Democracy my foot.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Alex Mulwa"),
            "Stop insulting that word. Democracy my foot."
        )]
    );
}

#[test]
fn a_name_and_its_verb_alone_over_the_comment() {
    // A page printed with a line break between paragraphs, as some blogs' are.
    let article = "Kenyans react to the new fuel levy\n\
         The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\
         Comments and Reactions.\n\
         The following is how people on social media reacted to this story.\n\
         J Neal wrote\n\
         Starting to look a little like one of our large cities there in Nairobi.\n";
    assert_eq!(
        authored(&reactions(article)),
        [(
            None,
            Some("J Neal"),
            "Starting to look a little like one of our large cities there in Nairobi."
        )]
    );
}

#[test]
fn an_attribution_ends_where_the_next_readers_clause_opens() {
    let article = format!(
        "{STORY}Motorists reacted online.\n\n\
         \"WE ARE FINISHED. NOT EVEN KIDDING. FINISHED,\" one fan tweeted, with another adding that the levy had them \"crying all over again.\"\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found)[0],
        (None, None, "WE ARE FINISHED. NOT EVEN KIDDING. FINISHED")
    );
}

#[test]
fn a_tweet_whose_embed_did_not_load_over_its_time_and_footer() {
    let article = format!(
        "{STORY}Many were quick to tweet jokes about the levy.\n\n\
         Have I Got News For You\n\n\n\
         BREAKING: We\u{2019}re broke.\n\n\n\
         12:06 PM \u{2013} Jul 23, 2019\n\n\
         Twitter Ads info and privacy\n\n\
         6,707 people are talking about this\n\n\
         David Schneider\n\n\n\
         BREAKING: the whole of Kenya.#FuelLevy\n\n\n\
         12:05 PM \u{2013} Jul 23, 2019 \u{b7} Nairobi, Kenya\n\n\
         Twitter Ads info and privacy\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Have I Got News For You"),
                "BREAKING: We're broke."
            ),
            (
                None,
                Some("David Schneider"),
                "BREAKING: the whole of Kenya.#FuelLevy"
            ),
        ]
    );
    assert!(found.iter().all(|r| r.platform == Platform::Twitter));
}

#[test]
fn letters_signed_with_name_and_town_on_the_next_line() {
    let article = format!(
        "{STORY}Readers wrote in to share their views on the levy.\n\n\
         I drive 40 kilometres to work every day and this levy takes a week's wages from me.\n\
         Peter Mwangi, Nakuru\n\n\
         The government should cut its own spending before it taxes us again.\n\
         — Amina Hassan, Mombasa\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Peter Mwangi"),
                "I drive 40 kilometres to work every day and this levy takes a week's wages from me."
            ),
            (
                None,
                Some("Amina Hassan"),
                "The government should cut its own spending before it taxes us again."
            ),
        ]
    );
}

#[test]
fn comment_sections_print_the_author_alone_over_the_comment() {
    let article = format!(
        "{STORY}Here is how Kenyans on TikTok reacted:\n\n\
         kiss me 🌈🌷\n\nYou can't compare our fuel prices with Uganda, no matter what.\n\n\
         Brayo💀\n\nNa hii bei ya mafuta tutaenda wapi jameni\n\n\
         @Hlayirani-27\n\n“I hope they start working now.”\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("kiss me"),
                None,
                "You can't compare our fuel prices with Uganda, no matter what."
            ),
            (
                Some("Brayo"),
                None,
                "Na hii bei ya mafuta tutaenda wapi jameni"
            ),
            (Some("Hlayirani-27"), None, "I hope they start working now."),
        ]
    );
}

#[test]
fn handles_near_a_quote_name_its_speaker() {
    let article = format!(
        "{STORY}US-based economist and columnist Jane W. Doe (@janedoe_econ): \"A levy on fuel is a levy on food. Watch prices.\"\n\n\
         Reacting to the announcement, an X user, Brian, @brian_k254, wrote,\n\n\
         “The government will call this a small change, but it hits everyone.”\n\n\
         “Nobody asked us,” another X user, Achieng @achie_o, wrote.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("janedoe_econ"),
                None,
                "A levy on fuel is a levy on food. Watch prices."
            ),
            (
                Some("brian_k254"),
                None,
                "The government will call this a small change, but it hits everyone."
            ),
            (Some("achie_o"), None, "Nobody asked us"),
        ]
    );
}

#[test]
fn the_decision_does_not_read_the_words_of_the_comment() {
    // The same round-up with the comments in English and in Swahili (of like length, which is
    // the one thing the decision reads of a comment): the evidence is around the comments, so
    // each is judged alike.
    let round_up = |first: &str, second: &str| {
        format!("{STORY}Here are some of the comments:\n\nWanjiru Kamau: {first}\n\nKiprono: {second}\n")
    };
    let english = confidences(&round_up(
        "This levy will finish us, we are already paying too much",
        "Where will we get the money from?",
    ));
    let swahili = confidences(&round_up(
        "Hii ushuru itatumaliza, tayari tunalipa pesa nyingi sana",
        "Tutapata wapi hizo pesa jameni?",
    ));
    let numbers = |candidates: &[(String, f64)]| -> Vec<f64> {
        candidates
            .iter()
            .map(|(_, confidence)| *confidence)
            .collect()
    };
    assert_eq!(english.len(), 2);
    assert_eq!(numbers(&english), numbers(&swahili));
}

#[test]
fn dialogue_and_press_conferences_are_doubted() {
    let show = "Love Island recap\n\n\
         The islanders had a tense night in the villa.\n\n\
         Dani: I like you as a person, we've been getting on.\n\n\
         Jack: I feel the same way, honestly.\n\n\
         The episode ended with a recoupling.\n";
    let round_up = format!(
        "{STORY}Here are some of the comments:\n\n\
         Dani Kamau: I like you as a person but this levy is too much.\n\n\
         Jack Otieno: I feel the same way, honestly.\n"
    );
    let (dialogue, comments) = (confidences(show), confidences(&round_up));
    for k in 0..2 {
        assert!(dialogue[k].1 < comments[k].1, "{dialogue:?} {comments:?}");
    }
    let press = format!(
        "{STORY}Treasury Cabinet Secretary John Mbadi told reporters at a press conference: \
         “The levy is necessary to fund roads.”\n"
    );
    assert!(reactions(&press).is_empty(), "{:?}", confidences(&press));
}

#[test]
fn authors_as_printed_never_a_role_or_a_pronoun() {
    let article = format!(
        "{STORY}Readers of this site reacted in the comments.\n\n\
         Commenter Maria described the levy as “daylight robbery”, adding: “Look at what they pay themselves first.”\n\n\
         Interviewer: What did the minister say about the levy on Monday?\n\n\
         Me: I don't think it can get any worse than this.\n"
    );
    let kept = reactions(&article);
    let authors: Vec<Option<&str>> = kept
        .iter()
        .map(|r| r.display_name.as_deref().or(r.handle.as_deref()))
        .collect();
    assert!(authors.contains(&Some("Maria")), "{:?}", authored(&kept));
    for role in ["Commenter Maria", "Interviewer", "Me"] {
        assert!(!authors.contains(&Some(role)), "{:?}", authored(&kept));
    }
}

#[test]
fn a_named_commenter_whose_comment_follows_unquoted() {
    let article = format!(
        "{STORY}Here is what Kenyans said on Facebook:\n\n\
         Prince Sunday Olu Obafemi said:\n\n\
         Allow them to tax us until there is nothing left to tax.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Prince Sunday Olu Obafemi"),
            "Allow them to tax us until there is nothing left to tax."
        )]
    );
}

#[test]
fn several_readers_quoted_on_one_line_each_keep_their_own_words() {
    let article = format!(
        "{STORY}@wanjiku_m asked: “Who voted for this?” Moreover, X user @kip-99 said the \
         Treasury had gone too far. “We walk to work now,” she said. @otieno_254 tweeted: \
         “Budget after budget, the same story.”\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (Some("wanjiku_m"), None, "Who voted for this?"),
            (Some("kip-99"), None, "We walk to work now"),
            (
                Some("otieno_254"),
                None,
                "Budget after budget, the same story."
            ),
        ]
    );
}

#[test]
fn an_attribution_quoted_over_several_spans_stays_one_reaction() {
    let article = format!(
        "{STORY}@wanjiku_m wrote: “Who voted for this?” “Not me, and not my neighbours.”\n"
    );
    let found = reactions(&article);
    assert_eq!(found.len(), 1, "{:?}", authored(&found));
    assert!(found[0].text.contains("Not me"), "{}", found[0].text);
}

#[test]
fn reader_nouns_and_platforms_printed_around_the_name() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         “Who is going to pay for my matatu now?” commented user Achieng Otieno.\n\n\
         Netizen Brian Kiprop on the Treasury’s Facebook page, commented, “We are already paying \
         too much.”\n\n\
         Mercy Wambui on Facebook wrote: “Budget after budget, the same story.”\n\n\
         “The levy will finish us,” another TikTok creator, Njeri Mwangi posted.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Achieng Otieno"),
                "Who is going to pay for my matatu now?"
            ),
            (
                None,
                Some("Brian Kiprop"),
                "We are already paying too much."
            ),
            (
                None,
                Some("Mercy Wambui"),
                "Budget after budget, the same story."
            ),
            (None, Some("Njeri Mwangi"), "The levy will finish us"),
        ]
    );
}

#[test]
fn a_quoted_paragraph_belongs_to_the_handle_the_paragraph_before_is_about() {
    let article = format!(
        "{STORY}Reactions poured in on X.\n\n\
         Another user, @wanjiku_m lamented the cost of transport in Nairobi.\n\n\
         “I walk to work now. Maybe the Treasury will walk with me.”\n\n\
         The Finance Minister, Njuguna Ndung’u, defended the levy in Parliament.\n\n\
         “The levy funds our roads.”\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            Some("wanjiku_m"),
            None,
            "I walk to work now. Maybe the Treasury will walk with me."
        )]
    );
}

#[test]
fn a_description_before_the_name_is_not_the_author() {
    let article = format!(
        "{STORY}Celebrities reacted on X.\n\n\
         “The Treasury should review this levy again,” tweeted Kenyan actress and TV host, \
         Wanjiru Kamau.\n\n\
         Also, Kenyan comedian Eddie Otieno tweeted, “We will all walk to work now.”\n\n\
         “I think we all cringed a little,” a user noted, echoing the majority who replied.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "The Treasury should review this levy again"
            ),
            (None, Some("Eddie Otieno"), "We will all walk to work now."),
            (None, None, "I think we all cringed a little"),
        ]
    );
}

#[test]
fn described_readers_and_usernames_after_a_reader_noun() {
    let article = format!(
        "{STORY}Motorists vented online.\n\n\
         'Who is running the Treasury?' wrote one, while another posted: 'We walk now.'\n\n\
         Responding to the post, user Kev_1988 commented: \"Classic Treasury.\"\n\n\
         One Redditor wrote: \"This is why I sold my car.\"\n\n\
         Some users were not impressed. \"Cringe,\" one of them wrote.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Who is running the Treasury?"),
            (None, None, "We walk now."),
            (Some("Kev_1988"), None, "Classic Treasury."),
            (None, None, "This is why I sold my car."),
            (None, None, "Cringe"),
        ]
    );
}

#[test]
fn quotes_a_sentence_gives_as_samples_of_the_comments() {
    let article = format!(
        "{STORY}The clip went viral. Comments ranged from “Pay the driver double” to “This is \
         why we walk.”\n\n\
         The Treasury Secretary’s comments included “The levy is temporary” and “Roads cost \
         money.”\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Pay the driver double"),
            (None, None, "This is why we walk."),
        ]
    );
}

#[test]
fn a_platform_or_a_name_inside_an_anonymous_subject() {
    let article = format!(
        "{STORY}Kenyans took to social media.\n\n\
         An Irish Twitter user wrote: \"Same levy here, same story.\"\n\n\
         A Facebook user named Grace Banda wrote: \"Let them walk to work.\"\n\n\
         A user with the moniker Rasta1 wrote: \"Mi cyaan manage dis at all.\"\n\n\
         Facebook user Abena Serwaa: \"This is not fair at all.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Same levy here, same story."),
            (None, Some("Grace Banda"), "Let them walk to work."),
            (Some("Rasta1"), None, "Mi cyaan manage dis at all."),
            (None, Some("Abena Serwaa"), "This is not fair at all."),
        ]
    );
}

#[test]
fn players_and_coaches_after_a_match_are_not_readers() {
    let article = "Harambee Stars coach hails players\n\n\
         Kenya beat Uganda 2-0 in Nairobi on Saturday.\n\n\
         Midfielder Victor Wanyama: \"We showed our character.\"\n\n\
         Asked about the penalty, Engin Firat said: \"It was clear.\"\n\n\
         \"I am proud of this group,\" he said.\n\n\
         Wanyama wrote on Instagram: \"What a night! Thank you Kenya.\"\n\n\
         Fans celebrated online. \"Harambee for the cup!\" tweeted @nairobi_fan.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (None, Some("Wanyama"), "What a night! Thank you Kenya."),
            (Some("nairobi_fan"), None, "Harambee for the cup!"),
        ]
    );
    // "Asked about the penalty, Engin Firat said" makes Firat the one "he" points to.
    let document = extract::formats::for_input(Some("txt"), article).parse(article);
    let every_candidate = extract::find::find_reactions_with(
        &document,
        &extract::decision::Decision::bundled().with_threshold(0.0),
    );
    let proud = every_candidate
        .iter()
        .find(|found| found.raw_text.contains("proud"))
        .expect("the pronoun's quote is a candidate");
    assert_eq!(proud.display_name.as_deref(), Some("Engin Firat"));
}

#[test]
fn unquoted_comments_in_lists_with_a_handle_or_a_platform_beside_the_name() {
    let article = format!(
        "{STORY}Here are some reactions from social media:\n\n\
         Wanjiru Kamau (@wanjiru_k): This levy will finish us.\n\n\
         Achieng Otieno on X: We are tired of this government.\n\n\
         Brian Kiprop, via Facebook: Who will save us?\n\n\
         - Jo: My salary cannot carry this again.\n\n\
         • @mama_mboga: Transport fare has doubled.\n\n\
         1. Mercy Wambui: Everything is expensive now.\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru Kamau"),
                "This levy will finish us."
            ),
            (
                None,
                Some("Achieng Otieno"),
                "We are tired of this government."
            ),
            (None, Some("Brian Kiprop"), "Who will save us?"),
            (None, Some("Jo"), "My salary cannot carry this again."),
            (Some("mama_mboga"), None, "Transport fare has doubled."),
            (None, Some("Mercy Wambui"), "Everything is expensive now."),
        ]
    );
    assert_eq!(found[1].platform, Platform::Twitter);
    assert_eq!(found[2].platform, Platform::Facebook);
}

#[test]
fn quoted_comments_signed_after_a_dash_in_a_list() {
    // Single-newline bullets of similar length must stay items, not be joined as a wrap.
    let article = format!(
        "{STORY}Motorists took to social media to vent their frustration:\n\n\
         - \"Queued for an hour and the pump ran dry before my turn.\" - Wanjiru, Nakuru\n\
         - \"Third increase this year. Who is running this ministry?\" - Mike T\n\
         - \"I missed my daughter's school play because of the queue.\" - Amina from Mombasa\n\n\
         The Treasury has defended the levy as necessary.\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Wanjiru"),
                "Queued for an hour and the pump ran dry before my turn."
            ),
            (
                None,
                Some("Mike T"),
                "Third increase this year. Who is running this ministry?"
            ),
            (
                None,
                Some("Amina"),
                "I missed my daughter's school play because of the queue."
            ),
        ]
    );
}

#[test]
fn a_caption_signed_after_a_dash_is_not_a_signed_comment() {
    let article = format!(
        "{STORY}Watch: \"We are building the roads you asked for\" – Njuguna Ndung'u\n\n\
         The Treasury has defended the levy as necessary.\n"
    );
    assert_eq!(authored(&reactions(&article)), []);
}

#[test]
fn inverted_attributions_and_comments_picked_from_a_post() {
    let article = format!(
        "{STORY}The Treasury's post on Facebook drew hundreds of comments.\n\n\
         One of the top comments on the post read: \"The working man cannot afford this anymore.\"\n\n\
         Wrote one: \"Season after season we pay more and get less.\"\n\n\
         Said another: \"Boycott the pumps for a week and see what happens.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "The working man cannot afford this anymore."),
            (None, None, "Season after season we pay more and get less."),
            (
                None,
                None,
                "Boycott the pumps for a week and see what happens."
            ),
        ]
    );
}

#[test]
fn readers_named_with_their_town_or_by_the_name_they_go_by() {
    let article = format!(
        "{STORY}Readers wrote in after our story on the levy.\n\n\
         A reader, Jim Kariuki from Nyeri, emailed to say: \"Why are we paying more for less?\"\n\n\
         Mary Atieno of Kisumu wrote: \"The matatu fare doubled overnight.\"\n\n\
         A user going by the name Kanjo_Watcher replied: \"Walking is faster than the jam anyway.\"\n\n\
         One Ada Okafor said: \"I just dey laugh, what else can we do?\"\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Jim Kariuki"),
                "Why are we paying more for less?"
            ),
            (
                None,
                Some("Mary Atieno"),
                "The matatu fare doubled overnight."
            ),
            (
                Some("Kanjo_Watcher"),
                None,
                "Walking is faster than the jam anyway."
            ),
            (
                None,
                Some("Ada Okafor"),
                "I just dey laugh, what else can we do?"
            ),
        ]
    );
}

#[test]
fn readers_introduced_by_according_to_or_named_after_their_words() {
    let article = format!(
        "{STORY}Social media users were quick to react.\n\n\
         According to one Twitter user, \"this is the last straw for ordinary families.\"\n\n\
         \"Shame on them,\" was one response on Facebook.\n\n\
         \"They tax the air next\" was how one commenter put it.\n\n\
         One commenter simply wrote \"Shameful, just shameful.\"\n\n\
         A netizen by the name of Kofi Mensah wrote: \"We are tired of this.\"\n\n\
         Another person who commented on the post wrote: \"Fix the roads first.\"\n\n\
         One resident who lives near the depot said: \"The queues start at five.\"\n\n\
         According to the minister, \"the levy had to rise.\"\n\n\
         \"The levy had to rise,\" was the response of the Treasury secretary.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "this is the last straw for ordinary families."),
            (None, None, "Shame on them"),
            (None, None, "They tax the air next"),
            (None, None, "Shameful, just shameful."),
            (None, Some("Kofi Mensah"), "We are tired of this."),
            (None, None, "Fix the roads first."),
        ]
    );
}

#[test]
fn a_name_and_handle_with_the_verb_they_posted_with_before_an_unquoted_comment() {
    let article = format!(
        "{STORY}Kenyans took to X to react.\n\n\
         Ama Wanjiku (@ama_wk) wrote on X: Budget after budget, the same story\n\n\
         Otieno Odhiambo (@otis_o) tweeted: Prices of unga will go up again\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("ama_wk"),
                Some("Ama Wanjiku"),
                "Budget after budget, the same story"
            ),
            (
                Some("otis_o"),
                Some("Otieno Odhiambo"),
                "Prices of unga will go up again"
            ),
        ]
    );
}

#[test]
fn quotes_labelled_as_readers_comments() {
    let article = format!(
        "{STORY}Dozens shared their views under the station's post.\n\n\
         Reader comment: \"We are being taxed to death in this country.\"\n\n\
         Comment from reader Akinyi: \"My fare doubled in a month.\"\n\n\
         Top comment on Facebook: \"Who is going to pay for my matatu now?\"\n\n\
         \"Budget after budget, the same story.\" - comment on Facebook\n\n\
         Comment from Njoroge: \"The levy had to rise.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "We are being taxed to death in this country."),
            (None, Some("Akinyi"), "My fare doubled in a month."),
            (None, None, "Who is going to pay for my matatu now?"),
            (None, None, "Budget after budget, the same story."),
        ]
    );
}

#[test]
fn a_lower_case_username_before_a_colon_in_a_run_of_comments() {
    let article = format!(
        "{STORY}Read some of the comments below:\n\n\
         kamau_254: Budget after budget, the same story\n\n\
         wanjikumary: Prices of sukuma will go up again\n\n\
         update: The Treasury has defended the levy as necessary.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("kamau_254"),
                None,
                "Budget after budget, the same story"
            ),
            (
                Some("wanjikumary"),
                None,
                "Prices of sukuma will go up again"
            ),
        ]
    );
}

#[test]
fn posts_copied_from_their_page_with_the_time_under_them() {
    let article = format!(
        "{STORY}Kenyans reacted to the Treasury's post on X:\n\n\
         Wanjiru Kamau\n@wanjiru_k\nBudget after budget, the same story.\n9:14 AM · Mar 4, 2024\n\n\
         @otis_o\nPrices of unga will go up again\n10:02 PM · 4 Mar 2024 · 1.2K Views\n\n\
         @mama_mboga Who will pay for my matatu now?\n\n\
         @TreasuryKE said the levy funds roads.\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru Kamau"),
                "Budget after budget, the same story."
            ),
            (Some("otis_o"), None, "Prices of unga will go up again"),
            (Some("mama_mboga"), None, "Who will pay for my matatu now?"),
        ]
    );
    // Signed by their time, the copied posts need no decision.
    let certain: Vec<f64> = confidences(&article)[..2].iter().map(|c| c.1).collect();
    assert_eq!(certain, [1.0, 1.0]);
}

#[test]
fn a_live_page_prints_readers_with_their_town_and_verb() {
    let article = format!(
        "{STORY}We have been asking for your experiences of the new prices.\n\n\
         Akinyi in Kisumu says: My fare doubled in a month and my salary did not.\n\n\
         Otieno, Nakuru: The matatus have stopped running on my route.\n\n\
         Wanjiru from Nyeri emails: We walk to the market now.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Akinyi"),
                "My fare doubled in a month and my salary did not."
            ),
            (
                None,
                Some("Otieno"),
                "The matatus have stopped running on my route."
            ),
            (None, Some("Wanjiru"), "We walk to the market now."),
        ]
    );
}

#[test]
fn names_with_the_particles_of_other_languages() {
    let article = format!(
        "{STORY}Netizens shared their views in the comments.\n\n\
         Facebook user Jun dela Cruz commented: \"Budget after budget, the same story.\"\n\n\
         Another netizen, Siti Aminah binti Yusof, wrote: \"Prices will go up again.\"\n\n\
         Omar ibn Saleh wrote on X: \"Who will pay for my matatu now?\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Jun dela Cruz"),
                "Budget after budget, the same story."
            ),
            (
                None,
                Some("Siti Aminah binti Yusof"),
                "Prices will go up again."
            ),
            (
                None,
                Some("Omar ibn Saleh"),
                "Who will pay for my matatu now?"
            ),
        ]
    );
}

#[test]
fn a_quote_of_several_paragraphs_each_reopened() {
    let article = format!(
        "{STORY}Kenyans reacted on Facebook.\n\n\
         One user wrote: \"I have driven a matatu since 1999.\n\n\
         \"This is the first year I will park it.\"\n\n\
         A reader, Akinyi Otieno, posted: \u{201c}My fare doubled in a month.\n\n\
         \u{201c}My salary did not.\n\n\
         \u{201c}Something has to give.\u{201d}\n\n\
         \"We walk now,\" one user wrote.\n\n\
         \"The market is far,\" she added.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "I have driven a matatu since 1999. This is the first year I will park it."
            ),
            (
                None,
                Some("Akinyi Otieno"),
                "My fare doubled in a month. My salary did not. Something has to give."
            ),
            (None, None, "We walk now"),
            // `she added` after it is that user's, a quote of its own.
            (None, None, "The market is far"),
        ]
    );
}

#[test]
fn a_name_alone_over_its_comment_and_a_reader_named_in_an_aside() {
    let article = format!(
        "{STORY}Reactions trailed the post:\n\n\
         Chidinma Okafor:\n\n\
         God when? Budget after budget, the same story.\n\n\
         Another user, Ife, commented:\n\n\
         Prices of unga will go up again.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Chidinma Okafor"),
                "God when? Budget after budget, the same story."
            ),
            (None, Some("Ife"), "Prices of unga will go up again."),
        ]
    );
    // Outside a round-up, a name over a paragraph is a heading or a speaker's, not a reader's.
    let heading = format!("{STORY}Chidinma Okafor:\n\nThe levy was approved by parliament.\n");
    assert!(reactions(&heading).is_empty());
}

#[test]
fn comments_copied_with_their_page_furniture() {
    let article = format!(
        "{STORY}Here are some of the comments on the Treasury's Facebook page:\n\n\
         Chidi Okeke\nThis is the third rise this year. Who is in charge?\nLike · Reply · 3h\n\n\
         Under the YouTube video, viewers wrote:\n\n\
         @TundeBakare2 2 days ago\nThey always have an excuse.\n\n\
         femi_olu 2w\nNo fuel, no light, no peace.\nReply\n\n\
         Top 5\n\nThe first item on the list is the budget.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Chidi Okeke"),
                "This is the third rise this year. Who is in charge?"
            ),
            (Some("TundeBakare2"), None, "They always have an excuse."),
            (Some("femi_olu"), None, "No fuel, no light, no peace."),
        ]
    );
}

#[test]
fn list_articles_that_collect_readers_answers() {
    let article = "People share the fuel-levy habits they will never understand\n\n\
         We asked the community to tell us how the levy changed their week.\n\n\
         1. \"I sold my car and bought a bicycle. My knees are not happy.\"\n\
         —u/nairobi_rider\n\n\
         2. \"My landlord raised the rent because of the levy. He does not drive.\"\n\
         —Wanjiru, via email\n\n\
         3. \"I walk to work now. Two hours each way.\"\n\
         —anonymous\n\n\
         #4\n\n\
         Carpooling with strangers. Best decision I made this year.\n\n\
         Image credits: otieno_254\n\n\
         #5\n\n\
         The matatu queue at dawn.\n\n\
         Image credits: Getty Images\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("nairobi_rider"),
                None,
                "I sold my car and bought a bicycle. My knees are not happy."
            ),
            (
                None,
                Some("Wanjiru"),
                "My landlord raised the rent because of the levy. He does not drive."
            ),
            (None, None, "I walk to work now. Two hours each way."),
            (
                Some("otieno_254"),
                None,
                "Carpooling with strangers. Best decision I made this year."
            ),
        ]
    );
}

#[test]
fn readers_described_by_nationality_or_town_are_anonymous() {
    let article = format!(
        "{STORY}Social media users reacted to the news.\n\n\
         One Kenyan wrote: \"Budget after budget, the same story.\"\n\n\
         A South African on X wrote: \"Kenya, we feel your pain.\"\n\n\
         A netizen from Mombasa wrote: \"Who will pay for my matatu now?\"\n\n\
         One Ada Okafor said: \"Prices will go up again.\"\n\n\
         On the levy, Wanjiru Kamau in Nakuru wrote: \"We are walking from Monday.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Budget after budget, the same story."),
            (None, None, "Kenya, we feel your pain."),
            (None, None, "Who will pay for my matatu now?"),
            (None, Some("Ada Okafor"), "Prices will go up again."),
            (None, Some("Wanjiru Kamau"), "We are walking from Monday."),
        ]
    );
}

#[test]
fn a_name_with_where_it_posted_and_community_names_before_a_reader() {
    let article = format!(
        "{STORY}Social media users reacted to the news.\n\n\
         Kay Bello on X: \"Budget after budget, the same story.\"\n\n\
         Nairalander Kay_B said: \"Prices will go up again.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Kay Bello"),
                "Budget after budget, the same story."
            ),
            (Some("Kay_B"), None, "Prices will go up again."),
        ]
    );
}

#[test]
fn readers_on_apps_and_national_forums_are_placed() {
    let article = format!(
        "{STORY}\"Budget after budget, the same story,\" said one user on Nairaland.\n\n\
         One Telegram user wrote: \"Prices will go up again.\"\n"
    );
    let found = reactions(&article);
    let platforms: Vec<&str> = found.iter().map(|r| r.platform.as_str()).collect();
    assert_eq!(platforms, ["nairaland", "telegram"]);
}

#[test]
fn a_post_named_by_whose_it_is_or_where_it_sits() {
    let article = format!(
        "{STORY}Social media users reacted.\n\n\
         A comment under the post read: \"Budget after budget, the same story.\"\n\n\
         @otis_o's reply: \"Prices will go up again.\"\n\n\
         Akinyi Otieno's comment: \"Who will pay for my matatu now?\"\n\n\
         Ruto's reply: \"The levy builds roads.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Budget after budget, the same story."),
            (Some("otis_o"), None, "Prices will go up again."),
            (
                None,
                Some("Akinyi Otieno"),
                "Who will pay for my matatu now?"
            ),
        ]
    );
}

#[test]
fn readers_named_by_any_noun_a_username_a_relative_clause_or_a_participle() {
    let article = format!(
        "{STORY}Social media users reacted to the news.\n\n\
         One commuter said on Facebook: \"Budget after budget, the same story.\"\n\n\
         Reddit user throwaway_6ix posted on r/Kenya, \"Prices will go up again.\"\n\n\
         The anger was echoed by @achieng_k, who wrote: \"Who will pay for my matatu now?\"\n\n\
         Kevin Mutua urged calm, writing: \"Let us wait for the final bill.\"\n\n\
         One official said: \"The levy builds roads.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Budget after budget, the same story."),
            (Some("throwaway_6ix"), None, "Prices will go up again."),
            (Some("achieng_k"), None, "Who will pay for my matatu now?"),
            (None, Some("Kevin Mutua"), "Let us wait for the final bill."),
        ]
    );
}

#[test]
fn a_place_opening_the_sentence_a_dash_after_the_colon_and_x_headers() {
    let article = format!(
        "{STORY}Social media users reacted to the news.\n\n\
         Another one said:- \"Budget after budget, the same story.\"\n\n\
         @tinashe wrote:-\n\n\"Prices will go up again.\"\n\n\
         Kay Bello @kaybello · Mar 4\nWho will pay for my matatu now?\n\n\
         The Treasury has defended the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "Budget after budget, the same story."),
            (Some("tinashe"), None, "Prices will go up again."),
            (
                Some("kaybello"),
                Some("Kay Bello"),
                "Who will pay for my matatu now?"
            ),
        ]
    );
    let opened = format!(
        "{STORY}On Facebook, Wanjiku Kamau wrote: \"Budget after budget, the same story.\"\n"
    );
    let found = reactions(&opened);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].platform.as_str(), "facebook");
}

#[test]
fn facebook_and_tiktok_embeds_flattened_to_text_and_signatures_naming_the_platform() {
    let article = format!(
        "{STORY}Motorists shared their frustration online.\n\n\
         This is the third levy this year. Nobody from the ministry came to explain it.\n\n\
         Posted by Keisha Ramdass on Tuesday, 5 March 2024\n\n\
         @adaeze_lagos Four hours in the queue for fuel #fuelcrisis ♬ original sound - Adaeze\n\n\
         \"Budget after budget, the same story.\" – Facebook user Wanjiku Kamau\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Keisha Ramdass"),
                "This is the third levy this year. Nobody from the ministry came to explain it."
            ),
            (
                Some("adaeze_lagos"),
                None,
                "Four hours in the queue for fuel #fuelcrisis"
            ),
            (
                None,
                Some("Wanjiku Kamau"),
                "Budget after budget, the same story."
            ),
        ]
    );
    let platforms: Vec<&str> = found.iter().map(|r| r.platform.as_str()).collect();
    assert_eq!(platforms, ["facebook", "tiktok", "facebook"]);
}

#[test]
fn a_blog_byline_is_not_a_facebook_credit() {
    let article = "Fuel levy to rise in March\n\n\
         Posted by Admin on Tuesday, March 5, 2024\n\n\
         The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\n\
         Posted by Admin on March 5, 2024\n";
    let found = reactions(article);
    assert!(
        found
            .iter()
            .all(|r| r.display_name.as_deref() != Some("Admin")),
        "{:?}",
        authored(&found)
    );
}

#[test]
fn round_up_items_quoted_under_any_author_a_comment_section_prints() {
    let article = format!(
        "{STORY}Here are some of the reactions:\n\n\
         Hlayirani-27: \"Budget after budget, the same story.\"\n\n\
         J. Mwangi: \"Prices will go up again.\"\n\n\
         Sipho from Soweto: \"Who will pay for my matatu now?\"\n\n\
         The Treasury has defended the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("Hlayirani-27"),
                None,
                "Budget after budget, the same story."
            ),
            (None, Some("J. Mwangi"), "Prices will go up again."),
            (None, Some("Sipho"), "Who will pay for my matatu now?"),
        ]
    );
}

#[test]
fn list_items_signed_by_a_username_or_an_image_credit() {
    let article = "People share the worst advice a boss ever gave them\n\n\
         We asked readers for the worst advice they got at work. Here are some of the answers.\n\n\
         1. \"Never take a lunch break, it looks lazy.\"\n—melissa_k\n\n\
         2. \"Reply to emails at midnight so they know you care.\"\n\
         Image credits: throwaway_9981\n\n\
         3. \"Crying at work is unprofessional.\"\nImage credits: Getty Images\n\n\
         Some answers were edited for length.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("melissa_k"),
                None,
                "Never take a lunch break, it looks lazy."
            ),
            (
                Some("throwaway_9981"),
                None,
                "Reply to emails at midnight so they know you care."
            ),
        ]
    );
}

#[test]
fn a_statement_going_on_after_an_office_or_a_press_conference_is_no_reaction() {
    let continued_after = |first: &str| {
        let article = format!(
            "{STORY}Motorists took to social media. Here is what they said:\n\n\
             {first}\n\n\
             \"We deserve better than this,\" he added.\n"
        );
        // The continuation is the last candidate (the minister's own quote may be none).
        let found = confidences(&article);
        let (text, confidence) = found.last().expect("a candidate");
        assert!(text.contains("We deserve better"), "{found:?}");
        *confidence
    };
    let reader = continued_after("@k_ogada wrote: \"Sack the whole Treasury.\"");
    let official = continued_after(
        "Speaking in Nairobi, finance minister John Mbadi told reporters: \"The levy stays.\"",
    );
    assert!(reader >= 0.5, "the reader's words go on: {reader}");
    assert!(
        official < 0.5,
        "the minister's statement goes on, not a reader: {official} (the reader's {reader})"
    );
}

#[test]
fn a_reader_named_after_a_comma_by_a_username_or_a_name() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         Reacting, an Instagram user, mama_tobi wrote: \"Sukuma will cost double by Friday.\"\n\n\
         Another Facebook user, @kip_r, commented: \"Budget after budget, the same story.\"\n\n\
         Another user, Achieng said: \"We are already paying too much.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("mama_tobi"),
                None,
                "Sukuma will cost double by Friday."
            ),
            (Some("kip_r"), None, "Budget after budget, the same story."),
            (None, Some("Achieng"), "We are already paying too much."),
        ]
    );
}

#[test]
fn a_reader_placed_in_the_comments_or_a_subreddit_or_introduced_by_the_name_they_use() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         One user in the comments wrote: \"My fare went from 80 to 120 shillings.\"\n\n\
         Another person in the comment section wrote: \"Walking to work from tomorrow.\"\n\n\
         One user on r/Kenya wrote: \"The levy is the only thing rising faster than rent.\"\n\n\
         A reader using the name Baba Junior wrote: \"Who is going to pay for my matatu?\"\n\n\
         Someone who goes by the name kamau_wa_nyeri posted: \"Hii ni wizi mtupu.\"\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (None, None, "My fare went from 80 to 120 shillings."),
            (None, None, "Walking to work from tomorrow."),
            (
                None,
                None,
                "The levy is the only thing rising faster than rent."
            ),
            (
                None,
                Some("Baba Junior"),
                "Who is going to pay for my matatu?"
            ),
            (Some("kamau_wa_nyeri"), None, "Hii ni wizi mtupu."),
        ]
    );
    assert_eq!(found[2].platform.as_str(), "reddit");
}

#[test]
fn a_display_name_with_emoji_still_names_the_reader() {
    let article = format!(
        "{STORY}Here's what TikTok users had to say:\n\n\
         Nokuthula Zulu 🇿🇦 commented: \"Ngiyamthanda lo baba, uyahlekisa.\"\n\n\
         Thabo 🔥 wrote:\n\n\
         \"Give this man a record deal already.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Nokuthula Zulu"),
                "Ngiyamthanda lo baba, uyahlekisa."
            ),
            (None, Some("Thabo"), "Give this man a record deal already."),
        ]
    );
}

#[test]
fn a_comment_unquoted_in_the_paragraph_after_its_attribution() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         A Facebook user identified as Chioma Okafor wrote:\n\n\
         Prices will keep rising until something changes.\n\n\
         Reacting, Olamide Ayo said:\n\n\
         This is how they finish the poor, one levy at a time.\n\n\
         The Treasury's spokesperson, Jane Wambui, explains the reasoning:\n\n\
         The levy funds road maintenance across all 47 counties.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Chioma Okafor"),
                "Prices will keep rising until something changes."
            ),
            (
                None,
                Some("Olamide Ayo"),
                "This is how they finish the poor, one levy at a time."
            ),
        ]
    );
}

#[test]
fn a_phrasal_verb_after_the_quote_attributes_it_rather_than_continuing_the_last() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         \"The levy had to go,\" shared one user. \"Good riddance to it,\" chimed in a fourth.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "The levy had to go"),
            (None, None, "Good riddance to it"),
        ]
    );
}

#[test]
fn an_online_reader_quoted_without_marks_on_the_attribution_line() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         One user commented: Where will this end? We are already paying too much.\n\n\
         A fan reacted: Budget after budget, the same story.\n\n\
         Another said: the levy would be reviewed in June, according to the ministry.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Where will this end? We are already paying too much."
            ),
            (None, None, "Budget after budget, the same story."),
        ]
    );
}

#[test]
fn name_colon_comments_on_the_lines_of_one_paragraph() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Kofi Boateng: Where will this end? We are already paying too much.\n\
         Ama Kay: Budget after budget, the same story.\n\
         otieno_254: Walking to work from tomorrow.\n\n\
         Updated: Tue 28 Apr 2020 08:11 CET\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Kofi Boateng"),
                "Where will this end? We are already paying too much."
            ),
            (
                None,
                Some("Ama Kay"),
                "Budget after budget, the same story."
            ),
            (Some("otieno_254"), None, "Walking to work from tomorrow."),
        ]
    );
}

#[test]
fn letters_signed_in_capitals_after_a_title_or_with_a_town_on_the_same_line() {
    let article = format!(
        "{STORY}Here is what readers said:\n\n\
         The levy will finish us, we are already paying too much. – JOHN KAMAU, Nakuru\n\n\
         Budget after budget, the same story.\n\
         Mrs E. Wanjiru, Kisumu\n\n\
         Who is going to pay for my matatu now?\n\
         — PETER OTIENO, Mombasa\n\n\
         The game ended 2-1 - a poor result for the club.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("JOHN KAMAU"),
                "The levy will finish us, we are already paying too much."
            ),
            (
                None,
                Some("Mrs E. Wanjiru"),
                "Budget after budget, the same story."
            ),
            (
                None,
                Some("PETER OTIENO"),
                "Who is going to pay for my matatu now?"
            ),
        ]
    );
}

#[test]
fn a_post_named_by_its_author_and_a_description_before_a_name() {
    let article = format!(
        "{STORY}Motorists took to social media to react.\n\n\
         One of the most-liked comments came from @kip_r: \"Budget after budget, the same story.\"\n\n\
         A tweet from @wanjiku_m read: \"We are being taxed to death.\"\n\n\
         Achieng Otieno's tweet read: \"Who is going to pay for my matatu now?\"\n\n\
         Singer Nadia Mukami wrote on X: \"Walking to work from tomorrow.\"\n\n\
         A post from the ministry read: \"The levy funds road maintenance.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (Some("kip_r"), None, "Budget after budget, the same story."),
            (Some("wanjiku_m"), None, "We are being taxed to death."),
            (
                None,
                Some("Achieng Otieno"),
                "Who is going to pay for my matatu now?"
            ),
            (None, Some("Nadia Mukami"), "Walking to work from tomorrow."),
        ]
    );
}

#[test]
fn names_with_two_particles_are_whole() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Jan van der Merwe wrote: \"Budget after budget, the same story.\"\n\n\
         Maria de la Cruz: We are being taxed to death.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Jan van der Merwe"),
                "Budget after budget, the same story."
            ),
            (
                None,
                Some("Maria de la Cruz"),
                "We are being taxed to death."
            ),
        ]
    );
}

#[test]
fn a_town_or_platform_in_brackets_and_a_platform_after_a_signature() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Achieng (Kisumu) writes: Budget after budget, the same story.\n\n\
         Mary Wanjiku (via Facebook): We are being taxed to death.\n\n\
         \"Who is going to pay for my matatu now?\" – Otieno Juma on Facebook\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Achieng"),
                "Budget after budget, the same story."
            ),
            (None, Some("Mary Wanjiku"), "We are being taxed to death."),
            (
                None,
                Some("Otieno Juma"),
                "Who is going to pay for my matatu now?"
            ),
        ]
    );
    assert_eq!(found[1].platform.as_str(), "facebook");
    assert_eq!(found[2].platform.as_str(), "facebook");
}

#[test]
fn comments_signed_by_a_full_name_on_the_next_line_under_an_announcement() {
    // A page copied line by line: comment, then its writer's name, then the next comment.
    let article = "Readers react to the cinema closing\n\
        The cinema in Kisumu will close its doors on November 26.\n\
        Hundreds of readers reacted to the news.\n\
        Here are some of the reactions seen by our reporters,\n\
        Kisumu Daily Desk\n\
        Here is what they had to say:\n\
        We used to go every Sunday. It was the best place in town.\n\
        Akinyi Odhiambo\n\
        Use it or lose it.\n\
        Brian Mwangi Kariuki\n\
        No surprise, it was always empty\n\
        Wanjiru Njeri\n\
        The owners have not said what will replace it.\n\
        Related Articles\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Akinyi Odhiambo"),
                "We used to go every Sunday. It was the best place in town."
            ),
            (None, Some("Brian Mwangi Kariuki"), "Use it or lose it."),
            (
                None,
                Some("Wanjiru Njeri"),
                "No surprise, it was always empty"
            ),
        ]
    );
    // The other order, a name over its comment, is never shifted by one.
    let names_first = "Readers react to the cinema closing\n\
        The cinema in Kisumu will close its doors on November 26.\n\
        Hundreds of readers have responded to the news.\n\
        Here is what they had to say:\n\
        Akinyi Odhiambo\n\
        We used to go every Sunday. It was the best place in town.\n\
        Brian Mwangi Kariuki\n\
        Use it or lose it.\n\
        Wanjiru Njeri\n\
        No surprise, it was always empty\n";
    assert!(authored(&reactions(names_first))
        .iter()
        .all(|(_, name, text)| !(*name == Some("Brian Mwangi Kariuki")
            && text.starts_with("We used"))));
}

#[test]
fn a_full_name_over_a_quoted_comment_without_its_colon() {
    let article = format!(
        "{STORY}Read some reactions of Kenyans on Facebook\n\n\
         Achieng Otieno:\n\n\
         \"We are already paying too much for everything.\"\n\n\
         Kiprono Langat\n\n\
         \"Who will pay for my matatu now? Not the Treasury.\"\n\n\
         The Treasury has defended the levy.\n\n\
         Finance Committee\n\n\
         \"The levy is necessary,\" the committee said.\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(_, name, text)| (name, text))
            .collect::<Vec<_>>(),
        [
            (
                Some("Achieng Otieno"),
                "We are already paying too much for everything."
            ),
            (
                Some("Kiprono Langat"),
                "Who will pay for my matatu now? Not the Treasury."
            ),
        ]
    );
}

#[test]
fn a_speaker_after_a_dash_an_article_and_its_description_or_a_platform_and_its_noun() {
    let article = format!(
        "{STORY}The anger was plain on X — one motorist tweeted, \"I will walk to work from tomorrow.\"\n\n\
         Even celebrities weighed in. The veteran actress Wanjiku Mwangi posted, \"Pray for our matatu drivers.\"\n\n\
         Another angry Facebook activist wrote, \"Show us the budget first!\"\n\n\
         \"Budget after budget, the same story,\" Otieno Kamau tweeted after the announcement.\n\n\
         In his post -- which was later deleted -- the MP attached a headline that read: \"Levy to fund roads\"\n\n\
         Joe \"The Voice\" Kariuki reported that the Treasury was \"furious\" with the leak.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "I will walk to work from tomorrow."),
            (None, Some("Wanjiku Mwangi"), "Pray for our matatu drivers."),
            (None, None, "Show us the budget first!"),
            (
                None,
                Some("Otieno Kamau"),
                "Budget after budget, the same story"
            ),
        ]
    );
}

#[test]
fn listed_comments_signed_after_a_dash() {
    let article = format!(
        "{STORY}A selection of comments from our Facebook page last week:\n\n\
         On the story about the levy:\n\n\
         • Time for the Treasury to think again — Wanjiru K.\n\n\
         • Fuel is going nowhere but up. Better learn to walk!— Otieno Mc. O.\n\n\
         • Barely a matatu on the road today — Jo\n\n\
         The levy takes effect on Monday — Treasury spokesperson\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru K."),
                "Time for the Treasury to think again"
            ),
            (
                None,
                Some("Otieno Mc. O."),
                "Fuel is going nowhere but up. Better learn to walk!"
            ),
            (None, Some("Jo"), "Barely a matatu on the road today"),
        ]
    );
}

#[test]
fn a_post_card_copied_as_text_with_its_name_and_handle_over_it() {
    let article = format!(
        "{STORY}Here are some of the top tweets on the levy.\n\n\
         wanjiku mwangi  @wanjiku_m\n\n\
         What did we do to deserve this? #FuelLevy\n\n\
         Otieno Kamau @otis_k\n\n\
         Budget after budget, the same story #FuelLevy\n\n\
         The Treasury @TreasuryKE\n\n\
         The levy funds road maintenance.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("wanjiku_m"),
                Some("wanjiku mwangi"),
                "What did we do to deserve this? #FuelLevy"
            ),
            (
                Some("otis_k"),
                Some("Otieno Kamau"),
                "Budget after budget, the same story #FuelLevy"
            ),
        ]
    );
}

#[test]
fn a_reader_in_a_state_of_mind_and_a_name_with_a_town_over_the_comment() {
    let article = format!(
        "{STORY}Social media users reacted to the news.\n\n\
         Moraa Nyaboke was amused:\n\n\
         \"Only in Kenya does the wallet run out of petrol before the car does.\"\n\n\
         Kiprono Langat was not impressed: \"They are robbing us in broad daylight.\"\n\n\
         Achieng in Kisumu:\n\n\
         Having paid 200 shillings for a litre I can say the levy is absurd.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Moraa Nyaboke"),
                "Only in Kenya does the wallet run out of petrol before the car does."
            ),
            (
                None,
                Some("Kiprono Langat"),
                "They are robbing us in broad daylight."
            ),
            (
                None,
                Some("Achieng"),
                "Having paid 200 shillings for a litre I can say the levy is absurd."
            ),
        ]
    );
}

#[test]
fn a_described_author_before_the_colon_of_an_unquoted_comment() {
    let article = format!(
        "{STORY}Here is how people reacted on social media:\n\n\
         Kenyan ambassador to the United Nations Martin Kimani (@AmbKimani) tweeted: Pay the levy, fix the roads. #FuelLevy\n\n\
         Netizen Mary Wanjiru Njeri Kamau says: they are robbing us in broad daylight\n\n\
         Gengetone artist Otieno Kamau said: Matatu fare is now 150 bob\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("AmbKimani"),
                None,
                "Pay the levy, fix the roads. #FuelLevy"
            ),
            (
                None,
                Some("Mary Wanjiru Njeri Kamau"),
                "they are robbing us in broad daylight"
            ),
            (None, Some("Otieno Kamau"), "Matatu fare is now 150 bob"),
        ]
    );
}

#[test]
fn a_description_without_its_closing_comma_and_a_quote_posted_by_a_verb() {
    let article = format!(
        "{STORY}Social media users reacted to the levy on Tuesday.\n\n\
         When the Treasury confirmed it, Achieng Otieno, an activist for the Matatu Owners Association posted a Facebook status, \"Who will pay for my matatu now?\"\n\n\
         Kiprono Langat, a radio presenter and former athlete, praised the drivers by posting \"Strike on, we walk with you.\"\n\n\
         Wanjiku Mwangi, a trader said: \"The levy will finish small businesses.\"\n"
    );
    let reactions = reactions(&article);
    let found = authored(&reactions);
    assert_eq!(
        found[..2],
        [
            (
                None,
                Some("Achieng Otieno"),
                "Who will pay for my matatu now?"
            ),
            (None, Some("Kiprono Langat"), "Strike on, we walk with you."),
        ]
    );
    // A vox pop's description runs into `said` as well; only a post's verb ends one.
    assert!(found[2..]
        .iter()
        .all(|(_, name, _)| *name != Some("Wanjiku Mwangi")));
}

#[test]
fn a_full_name_alone_over_an_unquoted_comment_under_an_announcement() {
    let article = format!(
        "{STORY}Here is a round-up of some of the tweets:\n\n\
         Achieng Otieno\n\n\
         The levy is one more tax on the poor. Wake up Kenya\n\n\
         Kiprono Langat\n\n\
         Not really interested in excuses. I want answers from Treasury.\n\n\
         – Tweeters were, for the most part, unimpressed with the minister\n\n\
         Wanjiku Mwangi Kamau\n\
         Tour de force by the matatu drivers today #FuelLevy\n\n\
         Treasury Cabinet Secretary\n\n\
         The levy will be reviewed in June, the ministry said.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Achieng Otieno"),
                "The levy is one more tax on the poor. Wake up Kenya"
            ),
            (
                None,
                Some("Kiprono Langat"),
                "Not really interested in excuses. I want answers from Treasury."
            ),
            (
                None,
                Some("Wanjiku Mwangi Kamau"),
                "Tour de force by the matatu drivers today #FuelLevy"
            ),
        ]
    );
}

#[test]
fn a_post_quoted_after_tweeted_that_or_posted() {
    let article = format!(
        "{STORY}Social media users reacted to the levy.\n\n\
         Kiprono Langat later came to the drivers' defence and tweeted that \"it goes to show we are all tired of this.\"\n\n\
         One commenter simply posted \"Shameful.\"\n\n\
         The minister said that \"the levy is necessary\" on Monday.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Kiprono Langat"),
                "it goes to show we are all tired of this."
            ),
            (None, None, "Shameful."),
        ]
    );
}

#[test]
fn names_over_comments_in_one_paragraph_make_a_run_without_an_announcement() {
    let article = format!(
        "{STORY}Who's saying what on the fuel levy…\n\n\
         Achieng Otieno\n\
         Genuinely believe we could not have a worse Treasury than this one #FuelLevy\n\n\
         – Matatu owners, for the most part, were unimpressed\n\n\
         Kiprono Langat\n\
         Tour de force by the drivers today, the roads were empty #FuelLevy\n\n\
         Wanjiku Mwangi\n\
         Nice looking budget. I would not want to be the one paying for it\n\n\
         The Treasury has defended the levy.\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found)
            .into_iter()
            .map(|(_, name, _)| name)
            .collect::<Vec<_>>(),
        [
            Some("Achieng Otieno"),
            Some("Kiprono Langat"),
            Some("Wanjiku Mwangi"),
        ]
    );
    // One name over one line, with no pair near it, is not a run.
    let alone = format!(
        "{STORY}Achieng Otieno\n\
         Genuinely believe we could not have a worse Treasury than this one\n\n\
         The Treasury has defended the levy.\n"
    );
    assert!(reactions(&alone).is_empty());
}

#[test]
fn a_print_page_of_comments_run_together_in_one_paragraph() {
    let article = format!(
        "{STORY}LOTS of our readers reacted to our story about the levy (Fuel levy up again, \
         March 8). Achieng Otieno: The levy was never about roads... it is about the budget! \
         Long may the strike last! Kiprono Langat: They will be fine when the prices come down \
         a bit! My matatu fare doubled this week. Wanjiku Mwangi: Fab news - although I did not \
         mind the old fares, this is so much worse x Otieno Kamau: Great news. Love the drivers.\n\n\
         The Treasury said: the levy funds roads. Its spokesperson added: nothing will change.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Achieng Otieno"),
                "The levy was never about roads... it is about the budget! Long may the strike last!"
            ),
            (
                None,
                Some("Kiprono Langat"),
                "They will be fine when the prices come down a bit! My matatu fare doubled this week."
            ),
            (
                None,
                Some("Wanjiku Mwangi"),
                "Fab news - although I did not mind the old fares, this is so much worse"
            ),
            (None, Some("Otieno Kamau"), "Great news. Love the drivers."),
        ]
    );
}

#[test]
fn a_quote_over_several_paragraphs_attributed_where_it_closes() {
    let article = format!(
        "{STORY}Motorists took to social media to vent.\n\n\
         \"Your continued refusal to listen to us is disturbing!\n\n\
         The last levy was an outrage and you never explained it. Scrap it now!\" a Twitter user \
         wrote. \"So the roads get worse while the levy goes up,\" another user added.\n\n\
         \u{201c}Even the matatu owners are complaining but Treasury is hyping this.\n\n\
         \u{201c}Just stop. Stop taxing fuel,\u{201d} one Facebook user wrote.\n\n\
         The Treasury has defended the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Your continued refusal to listen to us is disturbing! The last levy was an \
                 outrage and you never explained it. Scrap it now!"
            ),
            (None, None, "So the roads get worse while the levy goes up"),
            (
                None,
                None,
                "Even the matatu owners are complaining but Treasury is hyping this. Just stop. \
                 Stop taxing fuel"
            ),
        ]
    );
    // A quote left open by a speaker named before it ends there: the next paragraph's quote
    // with its own attribution is someone else's.
    let separate = format!(
        "{STORY}Musician Akothee wrote, \u{201c}They are taxing the air we breathe. Big wahala!\n\n\
         \u{201c}Treasury is using the levy to fund its own parties,\u{201d} another star, Nameless \
         tweeted sarcastically.\n"
    );
    let found = reactions(&separate);
    let names: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(names, [Some("Akothee"), Some("Nameless")]);
}

#[test]
fn a_quoted_paragraph_after_a_sentence_where_a_described_person_posted() {
    let article = format!(
        "{STORY}Reacting to the Treasury's defence of the levy, award-winning radio presenter \
         Adelle Onyango tweeted her thoughts on what leadership means.\n\n\
         \u{201c}If you cannot explain a tax to the people who pay it, do not raise it. Leading \
         means listening.\n\n\
         \u{201c}The levy will be paid by the poorest, as always.\u{201d}\n\n\
         The Treasury has not responded.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Adelle Onyango"),
            "If you cannot explain a tax to the people who pay it, do not raise it. Leading \
             means listening. The levy will be paid by the poorest, as always."
        )]
    );
    // A name that did not post (a statement, not a tweet) does not own the quote after it.
    let statement = format!(
        "{STORY}Treasury Cabinet Secretary John Mbadi defended the levy on Monday.\n\n\
         \u{201c}The levy funds the roads we all use.\u{201d}\n"
    );
    assert!(reactions(&statement).is_empty());
}

#[test]
fn a_flattened_post_whose_signature_lost_its_date() {
    let article = format!(
        "{STORY}Motorists were quick to react.\n\n\
         Being a matatu driver in this country is so hard\n\n\
         \u{2014} Otieno Kamau (@otieno_kamau)\n\n\
         Another levy, another week of walking to work \u{1f62d} \u{2014} Wanjiku \u{1f1f0}\u{1f1ea} \
         (@wanjiku_m) June 12,\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("otieno_kamau"),
                Some("Otieno Kamau"),
                "Being a matatu driver in this country is so hard"
            ),
            (
                Some("wanjiku_m"),
                Some("Wanjiku \u{1f1f0}\u{1f1ea}"),
                "Another levy, another week of walking to work \u{1f62d}"
            ),
        ]
    );
}

#[test]
fn an_online_reader_said_straight_into_the_quote_and_attributions_joined_by_whilst() {
    let article = format!(
        "{STORY}On Tuko's Facebook page one commenter said \"Best decision. Shame it took them \
         this long though.\"\n\n\
         \u{201c}Matatu owners can't even fill their tanks,\u{201d} a dismayed user posted on \
         Twitter whilst another pointed: \u{201c}Treasury: looks like we are walking again.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Best decision. Shame it took them this long though."
            ),
            (None, None, "Matatu owners can't even fill their tanks"),
            (None, None, "Treasury: looks like we are walking again."),
        ]
    );
    // After anyone but an online reader, `said` runs into reported speech, not a comment.
    let reported = format!(
        "{STORY}The Treasury spokesperson said \"a few shillings\" would not hurt anyone.\n"
    );
    assert!(reactions(&reported).is_empty());
}

#[test]
fn a_list_number_glued_to_an_item_is_not_a_username() {
    let article = format!(
        "{STORY}Below are some of the reactions:\n\n\
         1.President Ruto has outlived many levies, he will outlive this one too.\n\
         2.It is arrogant to tweet about fuel before you have filled up.\n"
    );
    let found = reactions(&article);
    assert!(
        authored(&found)
            .iter()
            .all(|(handle, _, _)| handle.is_none()),
        "{:?}",
        authored(&found)
    );
}

#[test]
fn speech_in_a_post_is_posting() {
    let article = format!(
        "{STORY}Investment banker Wanjiru Kamau said in a tweet: \u{201c}As much as you try to \
         tax us, we will keep driving. Take the levy back.\u{201d}\n\n\
         The Treasury has defended the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Wanjiru Kamau"),
            "As much as you try to tax us, we will keep driving. Take the levy back."
        )]
    );
    // What an online reader says is a post too.
    let reader = format!(
        "{STORY}\u{201c}Typical Treasury politics. Look after your own house first,\u{201d} said \
         one reader.\n"
    );
    assert_eq!(
        authored(&reactions(&reader)),
        [(
            None,
            None,
            "Typical Treasury politics. Look after your own house first"
        )]
    );
}

#[test]
fn a_reader_led_to_speak_in_an_infinitive() {
    let article = format!(
        "{STORY}The Treasury did not reply, forcing one twitterer to ask: \u{201c}Why do you \
         just tweet and leave? Read the comments.\u{201d}\n\n\
         One driver wrote, \u{201c}At least we still have bicycles\u{201d}, only for a cyclist \
         fan to respond, \u{201c}Not on these roads you don't\u{201d}.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Why do you just tweet and leave? Read the comments."
            ),
            (None, None, "At least we still have bicycles"),
            (None, None, "Not on these roads you don't"),
        ]
    );
}

#[test]
fn a_quote_named_as_a_persons_tweet_after_it() {
    let article = format!(
        "{STORY}Radio host Adelle Onyango also posted a tweet about the levy.\n\n\
         \u{201c}Congratulations Treasury, you have outdone yourselves again,\u{201d} her tweet \
         read.\n\n\
         \u{201c}Ghai!! You mean you have scared the people from even driving.\u{201d} Read a \
         tweet from one Ugandan BravinYuri which received thousands of likes.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Adelle Onyango"),
                "Congratulations Treasury, you have outdone yourselves again"
            ),
            (
                None,
                Some("BravinYuri"),
                "Ghai!! You mean you have scared the people from even driving."
            ),
        ]
    );
    // The post of nobody the article named is no reader's.
    let unnamed = format!(
        "{STORY}A tweet about the levy went viral.\n\n\
         \u{201c}Fuel is a human right,\u{201d} read the tweet.\n"
    );
    assert!(reactions(&unnamed).is_empty());
}

#[test]
fn comments_printed_bare_in_a_run_under_a_list_announcement() {
    let article = format!(
        "{STORY}Below are some of the reactions\n\n\
         How the Treasury deals with this levy will determine how we remember them\n\n\
         Guilty until proven innocent, as always with this government\n\n\
         My matatu fare doubled overnight and nobody in Parliament cares\n\n\
         The Treasury has defended the levy as necessary to fund roads. It says the \
         increase will be reviewed in June.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "How the Treasury deals with this levy will determine how we remember them"
            ),
            (
                None,
                None,
                "Guilty until proven innocent, as always with this government"
            ),
            (
                None,
                None,
                "My matatu fare doubled overnight and nobody in Parliament cares"
            ),
        ]
    );
    // A sentence that tells of reactions is no list: the article goes on after it.
    let told = format!(
        "{STORY}Kenyans reacted angrily to the news on Monday.\n\n\
         The levy is the third this year, after increases in March and July.\n\n\
         Economists expect inflation to rise by half a point as a result.\n\n\
         Matatu owners have threatened a strike from next week.\n"
    );
    assert!(reactions(&told).is_empty());
    // Two bare paragraphs are as often the article's; the paragraph that tells of the posts
    // ends a run.
    let short = format!(
        "{STORY}Here are some of the reactions:\n\n\
         Guilty until proven innocent, as always with this government\n\n\
         My matatu fare doubled overnight and nobody cares\n\n\
         Thousands of tweets flooded the Treasury's timeline within the hour.\n"
    );
    assert!(reactions(&short).is_empty());
}

#[test]
fn a_list_item_credited_to_the_account_under_its_text() {
    let article = "18 Kenyan Tweets About the Fuel Levy That Made Us Laugh\n\n\
         1.\n\n\
         Gutted. Was supposed to be driving to Mombasa this weekend, but it's just been cancelled.\n\n\
         Twitter: @otieno_k\n\n\
         2.\n\n\
         If I was invited to the budget reading I would wear the dress of my people\n\n\
         Instagram: @wanjiku.m\n\n\
         3.\n\n\
         Photo of the queue at the Shell in Westlands this morning\n\n\
         Twitter: Getty Images\n";
    let found = reactions(article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("otieno_k"),
                None,
                "Gutted. Was supposed to be driving to Mombasa this weekend, but it's just been cancelled."
            ),
            (
                Some("wanjiku.m"),
                None,
                "If I was invited to the budget reading I would wear the dress of my people"
            ),
        ]
    );
    assert_eq!(found[1].platform, Platform::Instagram);
}

#[test]
fn replies_copied_from_instagram_with_the_account_they_answer() {
    let article = format!(
        "{STORY}Here are reactions from the fans;\n\n\
         achieng_k @treasury.ke Hii levy ni ya nini bro?\n\n\
         kiprono254 @treasury.ke wueeee, you never take chances\n\n\
         nyambura @treasury.ke form yako ni gani huku\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("achieng_k"),
                None,
                "@treasury.ke Hii levy ni ya nini bro?"
            ),
            (
                Some("kiprono254"),
                None,
                "@treasury.ke wueeee, you never take chances"
            ),
            (
                Some("nyambura"),
                None,
                "@treasury.ke form yako ni gani huku"
            ),
        ]
    );
    // Without an announcement a word before a mention is prose.
    let prose = format!("{STORY}thanks @treasury.ke for nothing, said nobody at all\n");
    assert!(reactions(&prose).is_empty());
}

#[test]
fn a_letter_of_several_paragraphs_signed_under_the_last() {
    let article = "Letters to the Editor\n\n\
         Keep up the good work\n\n\
         I wish to commend your staff for printing replies to earlier letters only days apart.\n\n\
         A year ago letters waited two weeks, which made the debate hard to follow.\n\n\
         Well in any case, keep up the good work: you serve a vital purpose.\n\n\
         Wanjiru Kamau, Nakuru\n\n\
         Levy is daylight robbery\n\n\
         The fuel levy will be paid by those who can least afford it.\n\n\
         Otieno Kamau, Kisumu\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "I wish to commend your staff for printing replies to earlier letters only days \
                 apart. A year ago letters waited two weeks, which made the debate hard to \
                 follow. Well in any case, keep up the good work: you serve a vital purpose."
            ),
            (
                None,
                Some("Otieno Kamau"),
                "The fuel levy will be paid by those who can least afford it."
            ),
        ]
    );
    // Signed with the street and a full stop, or with where the letter came from.
    let addressed = "Letters\n\n\
         Levy\n\n\
         The council needs to consult residents before it sells off land.\n\n\
         Mrs J S Talbot, Redcoat Way, Nakuru.\n\n\
         Austerity\n\n\
         Wise up, it is austerity that is causing the cuts, not the council.\n\n\
         Robert Wilton, via Facebook\n";
    let names: Vec<_> = authored(&reactions(addressed))
        .into_iter()
        .map(|(_, name, _)| name.map(str::to_string))
        .collect();
    assert_eq!(
        names,
        [
            Some("Mrs J S Talbot".to_string()),
            Some("Robert Wilton".to_string())
        ]
    );
    // Signed with the name and the town on lines of their own, as the Guardian prints them.
    let two_lines = "Letters\n\n\
         \u{2022} I have read this paper for 70 years. It opened a whole new world to me.\n\
         David Chandler\n\
         Ferndown, Dorset\n\
         \u{2022} The levy is an embarrassment to the Treasury and to the country.\n\
         Dominic Shelmerdine\n\
         London\n";
    assert_eq!(
        authored(&reactions(two_lines)),
        [
            (
                None,
                Some("David Chandler"),
                "I have read this paper for 70 years. It opened a whole new world to me."
            ),
            (
                None,
                Some("Dominic Shelmerdine"),
                "The levy is an embarrassment to the Treasury and to the country."
            ),
        ]
    );
    // Under an announcement the paragraphs above a signed comment are the article's.
    let announced = format!(
        "{STORY}The levy is the third this year.\n\n\
         Readers wrote in to react:\n\n\
         The fuel levy will be paid by those who can least afford it.\n\n\
         \u{2014} Otieno Kamau, Kisumu\n"
    );
    assert_eq!(
        authored(&reactions(&announced)),
        [(
            None,
            Some("Otieno Kamau"),
            "The fuel levy will be paid by those who can least afford it."
        )]
    );
}

#[test]
fn a_comments_heading_announces_a_print_page_of_comments() {
    let page = |heading: &str| {
        format!(
            "Nakuru Express\n\n{heading}\n\n\
             \u{25cf}\u{25cf} MATATU owners meet with Nakuru MP David Kiprop over the levy (page 12) \
             Wanjiru Kamau: Whilst I would hate to see the matatus go and would happily pay more \
             for fuel, no other business could get away with simply complaining that it does not \
             get enough return. The onus is on the owners to adapt and diversify. Otieno Kamau: We \
             need to pay a fair price for fuel if we want matatus in future, but do not forget it \
             is commuters we are talking about. Achieng Otieno: Wrong place for a bus park, also \
             the size they want to build. The road is not suitable either.\n"
        )
    };
    let announced = confidences(&page("Facebook comments"));
    let unannounced = confidences(&page("Matatu news"));
    let names: Vec<_> = authored(&reactions(&page("Facebook comments")))
        .into_iter()
        .map(|(_, name, _)| name.map(str::to_string))
        .collect();
    assert_eq!(
        names,
        ["Wanjiru Kamau", "Otieno Kamau", "Achieng Otieno"].map(|name| Some(name.to_string()))
    );
    assert_eq!(announced.len(), unannounced.len());
    for ((_, with), (_, without)) in announced.iter().zip(&unannounced) {
        assert!(with > without, "{announced:?} against {unannounced:?}");
    }
}

#[test]
fn a_blog_comment_thread_copied_with_its_times() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         1. kamau_254\n\n\
         August 6, 2014 at 7:25 pm\n\n\
         This levy will finish us, we are already paying too much for everything\n\n\
         2. Me2me\n\n\
         August 6, 2014 at 7:41 pm\n\n\
         3. wanjiku.m\n\n\
         August 6, 2014 at 8:00 pm\n\n\
         Is it me?? Or does the Treasury just need to keep its hands off our fuel?\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("kamau_254"),
                None,
                "This levy will finish us, we are already paying too much for everything"
            ),
            (
                Some("wanjiku.m"),
                None,
                "Is it me?? Or does the Treasury just need to keep its hands off our fuel?"
            ),
        ]
    );
}

#[test]
fn a_blog_comment_thread_is_kept_on_its_furniture_alone() {
    // Commenters by first name and no announcement: the time the blog printed under each name
    // is what makes them comments. The same shape over the first paragraph is a byline.
    let article = format!(
        "{STORY}The Treasury has defended the levy.\n\n\
         1. Onye\n\n\
         August 6, 2014 at 8:10 pm\n\n\
         Lol! I just cannot! Ten shillings more and now it is twelve!\n\n\
         2. Magz\n\n\
         August 6, 2014 at 8:41 pm\n\n\
         LMAO!!!! This is just wicked!\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Onye"),
                "Lol! I just cannot! Ten shillings more and now it is twelve!"
            ),
            (None, Some("Magz"), "LMAO!!!! This is just wicked!"),
        ]
    );
    let byline = "Fuel levy to rise\n\nBy Staff Reporter\n\n5 March 2024 at 10:15 am\n\n\
        The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\n\
        Motorists will pay more.\n";
    assert_eq!(authored(&reactions(byline)), []);
    // A headline ending as a sentence is read as body too, which moves the byline down a line.
    let under_a_sentence = byline.replacen("Fuel levy to rise\n", "Fuel levy to rise again.\n", 1);
    assert_eq!(authored(&reactions(&under_a_sentence)), []);
}

#[test]
fn post_cards_copied_with_the_name_and_handle_over_the_words_in_one_paragraph() {
    let article = format!(
        "{STORY}We copied the first posts as they came in.\n\n\
         Wanjiru Kamau@wanjiru_k\n\
         BREAKING: Treasury replaces matatus as Kenya's number one pest\n\n\
         otieno the cyclist@otieno254\n\
         Levy on petrol, levy on bread, next a levy on walking.\n\n\
         Mama Mboga @mama_mboga\n\
         Sukuma wiki will cost more than the fuel soon\n\n\
         Write to us at letters@nation.co.ke\n\
         The best letters are printed on Fridays.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru Kamau"),
                "BREAKING: Treasury replaces matatus as Kenya's number one pest"
            ),
            (
                Some("otieno254"),
                Some("otieno the cyclist"),
                "Levy on petrol, levy on bread, next a levy on walking."
            ),
            (
                Some("mama_mboga"),
                Some("Mama Mboga"),
                "Sukuma wiki will cost more than the fuel soon"
            ),
        ]
    );
}

#[test]
fn a_list_announced_after_an_opening_clause() {
    let article = format!(
        "{STORY}When word reached Twitter, these are some of the reactions that followed.\n\n\
         #LevyMustFall the matatu fare is now more than my lunch\n\n\
         Ati we pay for the roads twice #LevyMustFall\n\n\
         Someone tell Treasury that bicycles are not taxed yet\n\n\
         The Treasury said the levy would fund road repairs. It will be reviewed in June.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "#LevyMustFall the matatu fare is now more than my lunch"
            ),
            (None, None, "Ati we pay for the roads twice #LevyMustFall"),
            (
                None,
                None,
                "Someone tell Treasury that bicycles are not taxed yet"
            ),
        ]
    );
}

#[test]
fn quoted_comments_in_a_bulleted_run() {
    let article = format!(
        "{STORY}I copied some of the Facebook responses to our levy story here.\n\n\
         •\u{201d}The one thing Treasury is good at is taxing us. Next they will tax the air!\u{201d}\n\n\
         • \u{201c}Reality on the ground counts more than a nice speech.\u{201d}\n\n\
         - \u{201c}RUBBISH!! Levy babeli, levy babeli!\u{201d}\n\n\
         The Treasury has defended the levy as necessary to fund roads.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "The one thing Treasury is good at is taxing us. Next they will tax the air!"
            ),
            (
                None,
                None,
                "Reality on the ground counts more than a nice speech."
            ),
            (None, None, "RUBBISH!! Levy babeli, levy babeli!"),
        ]
    );
    // Numbered as list items are.
    let numbered = article
        .replace("\u{2022}\u{201d}The one", "1. \u{201c}The one")
        .replace("\u{2022} \u{201c}", "2. \u{201c}")
        .replace("- \u{201c}RUBBISH", "3. \u{201c}RUBBISH");
    assert_eq!(
        authored(&reactions(&numbered)),
        authored(&reactions(&article))
    );
    for item in [
        "1. \u{201c}The one",
        "2. \u{201c}Reality",
        "3. \u{201c}RUBBISH",
    ] {
        assert!(numbered.contains(item), "{numbered}");
    }
}

#[test]
fn a_post_named_before_its_author_and_what_was_said_told_in_a_clause() {
    let article = format!(
        "{STORY}The Treasury's page drew hundreds of comments, including this comment posted by \
         a visibly angry Kenyan Wanjiru Kamau today:\n\n\
         \u{201c}You have done a shoddy job. Stagnant wages, escalating cost of living and now \
         this levy.\u{201d}\n\n\
         Wanjiru Kamau added that the quality of life had fallen for years:\n\n\
         \u{201c}If you cannot improve our lives, it is time to let someone else take over.\u{201d}\n\n\
         The Treasury did not reply.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "You have done a shoddy job. Stagnant wages, escalating cost of living and now \
                 this levy."
            ),
            (
                None,
                Some("Wanjiru Kamau"),
                "If you cannot improve our lives, it is time to let someone else take over."
            ),
        ]
    );
}

#[test]
fn a_pronoun_after_quotes_of_the_same_person_is_theirs() {
    let article = format!(
        "{STORY}\u{201c}The levy has gained the Treasury nothing,\u{201d} tweeted Wanjiru Kamau, a \
         former Treasury economist.\n\n\
         \u{201c}It plays well in Parliament, it does not move prices,\u{201d} she tweeted.\n\n\
         \u{201c}I am old enough to recall budgets that were admired at home and ignored \
         everywhere else,\u{201d} she said in another tweet.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "The levy has gained the Treasury nothing"
            ),
            (
                None,
                Some("Wanjiru Kamau"),
                "It plays well in Parliament, it does not move prices"
            ),
            (
                None,
                Some("Wanjiru Kamau"),
                "I am old enough to recall budgets that were admired at home and ignored \
                 everywhere else"
            ),
        ]
    );
}

#[test]
fn comments_of_several_paragraphs_signed_via_facebook() {
    let article = format!(
        "{STORY}READERS had plenty to say on our Facebook page after we asked about the levy. \
         Here's a selection of comments...\n\n\
         HERE in Eldoret the fare went up by 50 shillings overnight.\n\n\
         The government is discussing relief, but I don't think much will be done.\n\n\
         Wanjiru Kamau\n\n\
         Via Facebook\n\n\
         NO relief, no roads, no answers... so, no.\n\n\
         Stay calm and keep walking, it is cheaper.\n\n\
         Otieno Ouma\n\n\
         Via Facebook\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "HERE in Eldoret the fare went up by 50 shillings overnight. The government is \
                 discussing relief, but I don't think much will be done."
            ),
            (
                None,
                Some("Otieno Ouma"),
                "NO relief, no roads, no answers... so, no. Stay calm and keep walking, it is \
                 cheaper."
            ),
        ]
    );
}

#[test]
fn a_reader_answering_something_and_facebook_as_fb() {
    let article = format!(
        "{STORY}\"Scrap it. You should have done it years ago,\" said a user in response to the \
         Treasury's tweet that the levy was needed.\n\n\
         Wanjiru Kamau on FB said, \u{201c}Every motorist should take the Treasury to court over \
         this.\u{201d}\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (None, None, "Scrap it. You should have done it years ago"),
            (
                None,
                Some("Wanjiru Kamau"),
                "Every motorist should take the Treasury to court over this."
            ),
        ]
    );
    assert_eq!(found[1].platform, Platform::Facebook);
}

#[test]
fn comments_numbered_under_a_headline_about_readers() {
    let article = "Nigerian netizens were divided over the new naira notes\n\n\
        The central bank unveiled the redesigned notes on Wednesday.\n\n\
        1. Honestly the old ones looked better, who approved this colour?\n\n\
        2. I queued for three hours and the ATM gave me the old notes\n\n\
        3. My grandmother will think these are fake, just watch\n\n\
        4. Finally something new in this country, I like the green one\n\n\
        The bank said the old notes remain legal tender until January.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                None,
                "Honestly the old ones looked better, who approved this colour?"
            ),
            (
                None,
                None,
                "I queued for three hours and the ATM gave me the old notes"
            ),
            (
                None,
                None,
                "My grandmother will think these are fake, just watch"
            ),
            (
                None,
                None,
                "Finally something new in this country, I like the green one"
            ),
        ]
    );
    // The same list in an article about the notes and nobody's reactions is the article's.
    let points = article.replace("Nigerian netizens were divided over", "What to know about");
    assert!(reactions(&points).is_empty());
    // A count with a gap is not a run of comments.
    let gap = article.replace("3. My", "5. My");
    assert!(reactions(&gap).is_empty());
}

#[test]
fn a_comment_section_copied_as_a_numbered_list_with_replies() {
    // As a blog's comment section copies without its names, indented as a page's list and
    // with nothing to announce it: each comment numbered, running on over lines of its own,
    // replies numbered afresh under it or not numbered.
    let article = format!(
        "{STORY}Not everyone was pleased with the levy.\n\n\
         \x20 1. Who can afford \u{201c}affordable\u{201d} matatu fare now if the levy goes on fuel and spare parts\n\
         \x20   You were told this before the election and you voted anyway.\n\n\
         \x20   1. Well said, the drivers will pass every shilling to us\n\n\
         \x20   2. I assume you walk to work then, because I do now\n\n\
         \x20 2. Mainly the Treasury people who never pay for anything themselves\n\n\
         \x20   Tunaumia sana, hii serikali haitusikii kabisa\n\n\
         \x20 3. Regrettably for you, Mr Treasury, we all know what the levy pays for.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Who can afford \"affordable\" matatu fare now if the levy goes on fuel and spare parts \
                 You were told this before the election and you voted anyway."
            ),
            (
                None,
                None,
                "Well said, the drivers will pass every shilling to us"
            ),
            (None, None, "I assume you walk to work then, because I do now"),
            (
                None,
                None,
                "Mainly the Treasury people who never pay for anything themselves"
            ),
            (None, None, "Tunaumia sana, hii serikali haitusikii kabisa"),
            (
                None,
                None,
                "Regrettably for you, Mr Treasury, we all know what the levy pays for."
            ),
        ]
    );
    // Copied with single newlines, a comment keeps the lines it runs on over (an unnumbered
    // reply then goes with the comment above it).
    let single = article.replace("\n\n", "\n");
    let texts: Vec<_> = reactions(&single).into_iter().map(|r| r.text).collect();
    assert_eq!(texts.len(), 5, "{texts:?}");
    assert!(texts[0].ends_with("you voted anyway."), "{texts:?}");
    // A listicle's points under a headline about fans, one with a paragraph under it, are no
    // comment section: a reply is numbered.
    let points = "7 times Kenyan fans were the real heroes of the levy\n\n\
         The levy may bite, but the fans have kept smiling.\n\n\
         1. When these fans pushed a stalled matatu all the way up Kenyatta Avenue\n\n\
         In full team colours, no less.\n\n\
         2. When a group of fans paid the fare of a pensioner who was short of the new price\n\n\
         3. When the whole stand sang about the Treasury for ten minutes at Kasarani\n";
    assert!(
        reactions(points).is_empty(),
        "{:?}",
        authored(&reactions(points))
    );
}

#[test]
fn a_round_up_of_posts_dated_after_their_authors() {
    let article = "Amusing posts about the fuel levy from November\n\n\
        Some of what Kenyans posted over the past month:\n\n\
        @kamau_254 on Nov. 29:  Walking to work is my new cardio, thanks Treasury\n\n\
        @wanjiku_m on November 3: The matatu fare doubled before the levy was even signed\n\n\
        Jane Wanjiru, March 3, 2021: I am selling my car to whoever still believes in fuel\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("kamau_254"),
                None,
                "Walking to work is my new cardio, thanks Treasury"
            ),
            (
                Some("wanjiku_m"),
                None,
                "The matatu fare doubled before the levy was even signed"
            ),
            (
                None,
                Some("Jane Wanjiru"),
                "I am selling my car to whoever still believes in fuel"
            ),
        ]
    );
}

#[test]
fn posts_signed_with_a_profile_card_on_the_next_line() {
    let article = "Twittoscope\n\n\
        Le carburant coûte plus cher que le pain. Qui peut encore aller au travail ?\n\
        Wanjiru Kamau, économiste – @wanjiru_k – 12400 abonnés.\n\n\
        Nous marcherons, puisque le bus est devenu un luxe.\n\
        Otieno, étudiant – @otieno254 – 310 abonnés.\n\n\
        Le ministre a répondu aux questions des journalistes mardi.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru Kamau"),
                "Le carburant coûte plus cher que le pain. Qui peut encore aller au travail ?"
            ),
            (
                Some("otieno254"),
                Some("Otieno"),
                "Nous marcherons, puisque le bus est devenu un luxe."
            ),
        ]
    );
    // A card opening its paragraph is over the words it introduces: it does not sign the
    // paragraph above.
    let over = "Twittoscope\n\n\
        Le ministre a répondu aux questions des journalistes mardi soir.\n\n\
        Amina, étudiante – @amina_k – 88 abonnés.\n\
        Je prends le bus, comme tout le monde.\n";
    assert!(reactions(over)
        .iter()
        .all(|r| !r.text.starts_with("Le ministre")));
}

#[test]
fn posts_attributed_in_spanish_french_german_and_portuguese() {
    let spanish = "Suba del combustible en Nairobi\n\n\
        El gobierno anunció el nuevo impuesto el lunes.\n\n\
        Las redes sociales reaccionaron rápido y con sarcasmo. \"Ahora voy a pie al trabajo, \
        gracias\", señaló un usuario. \"Vendo mi auto a quien todavía crea en la nafta\", \
        escribió Daniela Gener.\n";
    assert_eq!(
        authored(&reactions(spanish)),
        [
            (None, None, "Ahora voy a pie al trabajo, gracias"),
            (
                None,
                Some("Daniela Gener"),
                "Vendo mi auto a quien todavía crea en la nafta"
            ),
        ]
    );
    let french = "La taxe sur le carburant\n\n\
        Les internautes ont réagi dès l'annonce.\n\n\
        « Je vais au travail à pied désormais », écrit Marc, compositeur à Paris.\n";
    assert_eq!(
        authored(&reactions(french)),
        [(None, Some("Marc"), "Je vais au travail à pied désormais")]
    );
    // A reflexive verb, its pronoun glued on with either apostrophe.
    let reflexive = "La taxe sur le carburant\n\n\
        Sur Facebook, les réactions s’enchaînent depuis ce matin.\n\n\
        \"Qui a dû inventer cette taxe ? Nous paierons encore\", s’indigne Jean Paul Foko.\n";
    assert_eq!(
        authored(&reactions(reflexive)),
        [(
            None,
            Some("Jean Paul Foko"),
            "Qui a dû inventer cette taxe ? Nous paierons encore"
        )]
    );
    let german = "Die Benzinsteuer\n\n\
        Die Reaktionen im Netz folgten sofort.\n\n\
        User Andy Heuer twitterte: \"Ab morgen gehe ich zu Fuß zur Arbeit.\"\n\n\
        Karin hingegen schrieb: \"Ich verkaufe mein Auto.\"\n\n\
        \"Wer braucht schon ein Auto\", schrieb ein User.\n";
    assert_eq!(
        authored(&reactions(german)),
        [
            (
                None,
                Some("Andy Heuer"),
                "Ab morgen gehe ich zu Fuß zur Arbeit."
            ),
            (None, Some("Karin"), "Ich verkaufe mein Auto."),
            (None, None, "Wer braucht schon ein Auto"),
        ]
    );
    let portuguese = "O imposto sobre o combustível\n\n\
        \"Agora vou a pé para o trabalho\", postou um internauta.\n";
    assert_eq!(
        authored(&reactions(portuguese)),
        [(None, None, "Agora vou a pé para o trabalho")]
    );
    // Spanish leaves out the subject where English says `he wrote`: the verb alone is the
    // previous sentence's person's, and a sentence's opening `Quien` names nobody.
    let subject_left_out = "Suba del combustible en Nairobi\n\n\
        Quien también se expresó en Twitter fue el diputado Florencio Randazzo. \
        \"¡Nadie puede pagar esto!\", escribió.\n";
    assert_eq!(
        authored(&reactions(subject_left_out)),
        [(None, Some("Florencio Randazzo"), "¡Nadie puede pagar esto!")]
    );
    // A past made with an auxiliary: `a tweeté`, `ha scritto`.
    let past = "La taxe sur le carburant\n\n\
        Les internautes ont réagi dès l'annonce.\n\n\
        « Je vends ma voiture », a tweeté Marc Dubois.\n\n\
        \"Vado a piedi da domani\", ha scritto un utente.\n";
    assert_eq!(
        authored(&reactions(past)),
        [
            (None, Some("Marc Dubois"), "Je vends ma voiture"),
            (None, None, "Vado a piedi da domani"),
        ]
    );
    // Their words for comments and users announce reactions as `comments` does.
    let announced = "Suba del combustible\n\n\
        El gobierno anunció el impuesto el lunes.\n\n\
        Estos son algunos de los comentarios de los internautas:\n\n\
        \"Qué vergüenza, otra vez a pie\", dijo Ana.\n";
    assert_eq!(
        authored(&reactions(announced)),
        [(None, Some("Ana"), "Qué vergüenza, otra vez a pie")]
    );
    let unannounced = announced.replace(
        "Estos son algunos de los comentarios de los internautas:",
        "El ministro habló con la prensa:",
    );
    assert!(reactions(&unannounced).is_empty());
}

#[test]
fn a_name_with_the_account_it_goes_by() {
    let article = "Kenyans react to the fuel levy\n\n\
        \u{201c}Walking is my cardio now,\u{201d} tweeted John Kamau aka @jkamau254.\n\n\
        \u{201c}Selling the car tomorrow,\u{201d} wrote Perry Ode aka supermarki.\n";
    let found = reactions(article);
    let authors: Vec<_> = found
        .iter()
        .map(|r| (r.handle.as_deref(), r.text.as_str()))
        .collect();
    assert_eq!(
        authors,
        [
            (Some("jkamau254"), "Walking is my cardio now"),
            (Some("supermarki"), "Selling the car tomorrow"),
        ]
    );
}

#[test]
fn a_readers_mailbag_in_spanish() {
    let article = "El Buzón\n\n\
        Nuestros lectores vierten opiniones diversas que a continuación consignamos:\n\n\
        Tomás Pérez nos señala:\n\n\
        Ya no puedo pagar la gasolina y el autobús siempre llega tarde.\n\n\
        María Gómez López comenta:\n\n\
        El impuesto es contra los pobres, así de simple.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Tomás Pérez"),
                "Ya no puedo pagar la gasolina y el autobús siempre llega tarde."
            ),
            (
                None,
                Some("María Gómez López"),
                "El impuesto es contra los pobres, así de simple."
            ),
        ]
    );
}

#[test]
fn a_name_with_its_description_in_apposition_or_its_office_before_it() {
    let article = format!(
        "{STORY}Reactions poured in on X.\n\n\
         Jane Wambui, an Arsenal fan, tweeted: \u{201c}We pay for the fuel and then for the tickets too.\u{201d}\n\n\
         Former ODM-MCA Peter Otieno Ouma Kariuki tweeted: \u{201c}Twelve shillings today, twenty tomorrow.\u{201d}\n\n\
         Nairobi Matatu Owners Association Chairperson Mary Atieno tweeted: \u{201c}We will not accept the levy, not this week.\u{201d}\n\n\
         Yesterday, one fan wrote: \u{201c}No more away games for me this season.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Jane Wambui"),
                "We pay for the fuel and then for the tickets too."
            ),
            (
                None,
                Some("Peter Otieno Ouma Kariuki"),
                "Twelve shillings today, twenty tomorrow."
            ),
            (
                None,
                Some("Mary Atieno"),
                "We will not accept the levy, not this week."
            ),
            (None, None, "No more away games for me this season."),
        ]
    );
}

#[test]
fn every_line_between_two_flattened_signatures_is_the_later_post() {
    let article = "Fuel levy: Kenyans take to X\n\
        The Treasury raised the levy on petrol by 12 shillings a litre on Monday and motorists queued for hours.\n\
        Below are some of the angry tweets under #FuelLevy\n\
        Twelve shillings! #FuelLevy pic.twitter.com/Ab12Cd34\n\
        \u{2014} Wanjiru (@wanjiru_k) March 3, 2025\n\
        We queued for three hours in Westlands and the pump ran dry before my turn.\n\
        Shame.\n\
        \u{2014} Otieno (@otieno_254) March 3, 2025\n\
        Matatu operators also warned that fares would rise again by the end of the month.\n\
        Fares will double by Friday, mark my words\n\
        \u{2014} Kip (@kip_99) March 3, 2025\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru"),
                "Twelve shillings! #FuelLevy"
            ),
            (
                Some("otieno_254"),
                Some("Otieno"),
                "We queued for three hours in Westlands and the pump ran dry before my turn. Shame."
            ),
            (
                Some("kip_99"),
                Some("Kip"),
                "Fares will double by Friday, mark my words"
            ),
        ]
    );
}

#[test]
fn statements_signed_with_an_office_after_the_quote_are_no_round_up() {
    let statements = "Kenya reacts to the fuel levy\n\n\
        \u{201c}We will review the levy once prices at the pump settle down again.\u{201d} \u{2013} Treasury Secretary John Mbadi.\n\n\
        \u{201c}The levy is unfair to every motorist and every matatu owner in this country.\u{201d} \u{2013} Mr Odinga\n\n\
        \u{201c}Prices of transport will rise by the end of the week, there is no way around it.\u{201d} Peter Kariuki, chairman of the Matatu Owners Association.\n";
    assert_eq!(authored(&reactions(statements)), []);

    let comments = format!(
        "{STORY}\"Twelve shillings a litre is daylight robbery, we are already paying too much.\" Jane Wambui\n\n\
         \"I will walk to work from Monday, the matatu fares are too high already.\" Otieno Ouma\n\n\
         \"Budget after budget, it is the same story from Treasury every year.\" Kip Rotich\n"
    );
    assert_eq!(reactions(&comments).len(), 3);
}

#[test]
fn a_username_without_its_at_and_a_participle_running_into_the_quote() {
    let article = format!(
        "{STORY}Motorists took to X to complain.\n\n\
         \"Twelve shillings more and the matatu fare doubles by Friday,\" tweeted otieno254.\n\n\
         Others joined in, with one fan writing \"We are already paying too much for everything.\"\n\n\
         He spent the weekend writing \"a new song\" about the levy.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("otieno254"),
                None,
                "Twelve shillings more and the matatu fare doubles by Friday"
            ),
            (None, None, "We are already paying too much for everything."),
        ]
    );
}

#[test]
fn a_username_in_quote_marks_inside_the_attribution_over_its_comment() {
    let article = "Wakenya walalamikia ushuru mpya wa mafuta\n\n\
        Mashabiki walitoa maoni yao mtandaoni.\n\n\
        Mmoja kwa jina \u{2018}wanjiku_254\u{2019} aliandika,\n\n\
        \u{201c}Tumechoka na ushuru huu, bei ya matatu imepanda mara mbili.\u{201d}\n";
    assert_eq!(
        authored(&reactions(article)),
        [(
            Some("wanjiku_254"),
            None,
            "Tumechoka na ushuru huu, bei ya matatu imepanda mara mbili."
        )]
    );
}

#[test]
fn a_trade_printed_before_the_name_describes_it() {
    let article = format!(
        "{STORY}Reactions poured in on X.\n\n\
         Activist Wanjiru Kamau on Twitter:\n\n\
         \u{201c}Twelve shillings a litre is daylight robbery, and we all know who pays.\u{201d}\n\n\
         Comedian and podcast host Otieno Ouma tweeted: \u{201c}My matatu now costs more than my lunch.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "Twelve shillings a litre is daylight robbery, and we all know who pays."
            ),
            (
                None,
                Some("Otieno Ouma"),
                "My matatu now costs more than my lunch."
            ),
        ]
    );
}

#[test]
fn a_copy_that_opens_below_its_headline_keeps_its_first_paragraph() {
    // Copied from under the headline, the text's first paragraph is the article's: it is the
    // page's title for want of one, and its reader's words are read all the same.
    let article =
        "Kenyans on X have reacted angrily to the new fuel levy, with one user, @wanjiku_m, \
        writing \u{201c}We are being taxed to death in this country.\u{201d}\n\n\
        The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\n\
        Another user wrote: \u{201c}Budget after budget, the same story.\u{201d}\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("wanjiku_m"),
                None,
                "We are being taxed to death in this country."
            ),
            (None, None, "Budget after budget, the same story."),
        ]
    );
}

#[test]
fn flattened_posts_whose_signature_follows_emoji_or_a_reply() {
    // Single newlines, as copied pages print them: a signature glued to the post's closing
    // emoji signs the words above it; a reply opening with the account it answers is the
    // post of the signature under it, not a comment by that account.
    let article = "Kenyans react to the new fuel levy\n\
        The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\
        Queued for two hours at the pump on Ngong Road. Not kidding. Can't even make this up.\n\
        \u{1f926}\u{2014} Achieng O (@achieng_o) March 4, 2024\n\
        @KenyaPower Took three hours to fill up today. But I am not complaining one bit!\n\
        \u{2014} Otieno (@otieno254) March 4, 2024\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("achieng_o"),
                Some("Achieng O"),
                "Queued for two hours at the pump on Ngong Road. Not kidding. Can't even make this up. \u{1f926}"
            ),
            (
                Some("otieno254"),
                Some("Otieno"),
                "@KenyaPower Took three hours to fill up today. But I am not complaining one bit!"
            ),
        ]
    );
}

#[test]
fn a_clause_ending_in_a_colon_or_comma_introduces_the_quote_in_any_language() {
    // Verbs no list here holds (Hausa `ya ce`, Swahili `alitoa maoni`, Italian `ha
    // scherzato`): the clause's punctuation introduces the quote, its name or reader noun is
    // the speaker.
    let article = format!(
        "{STORY}Ra'ayoyin jama'a a shafukan sada zumunta:\n\n\
         Wani mai suna Musa Ibrahim kuma ya ce, \u{201c}Wannan haraji zai kashe mu baki daya.\u{201d}\n\n\
         Mtumiaji mmoja alitoa maoni yake, \u{201c}Bei ya mafuta imepanda tena, tumechoka.\u{201d}\n\n\
         Tra gli utenti, qualcuno ha scherzato: \u{ab}Adesso il matatu costa più del pranzo.\u{bb}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Musa Ibrahim"),
                "Wannan haraji zai kashe mu baki daya."
            ),
            (None, None, "Bei ya mafuta imepanda tena, tumechoka."),
            (None, None, "Adesso il matatu costa più del pranzo."),
        ]
    );
    // German capitalizes nouns: `Erfolg der Nationalelf` is no one's name.
    let german = format!(
        "{STORY}Auch die Nutzer freuen sich \u{fc}ber den Erfolg der Nationalelf: \
         \u{201e}Wie hei\u{df}t EM-Aus auf Holl\u{e4}ndisch?\u{201c}\n"
    );
    assert_eq!(
        authored(&reactions(&german)),
        [(None, None, "Wie heißt EM-Aus auf Holländisch?")]
    );
}

#[test]
fn a_clause_that_reports_an_interview_or_a_relative_introduces_no_reader() {
    let article = format!(
        "{STORY}Kenyans reacted online.\n\n\
         Later that day he told The Daily Nation, \u{201c}The levy will be reviewed in June.\u{201d}\n\n\
         The victim's father, John Kamau Mwangi, has said: \u{201c}We only want justice for our son.\u{201d}\n\n\
         A reporter asked Wanjiru Kamau, \u{201c}Will you pay the new price at the pump?\u{201d}\n"
    );
    assert_eq!(authored(&reactions(&article)), []);
}

#[test]
fn a_quote_opening_its_sentence_is_the_words_of_the_sentence_before_it() {
    // No attribution of its own: the subject of the sentence before it is the speaker, a whole
    // name or a reader; a statement, a model's number or a quote attributed after its comma are
    // not.
    let article = format!(
        "{STORY}Motorists took to social media within minutes.\n\n\
         Matatu owner Grace Wanjiku Njoroge thought the Treasury had forgotten the roads. \
         \u{201c}Who will fix the potholes with this money?\u{201d}\n\n\
         Another of her followers added that fares would double by Friday.\n\n\
         \u{201c}We will walk to work, then.\u{201d}\n\n\
         Opposition leader Peter Otieno Odhiambo issued a statement against the levy.\n\n\
         \u{201c}This government taxes the poor to pay its debts.\u{201d}\n\n\
         Some drivers recalled what the minister said last year.\n\n\
         \u{201c}There will be no new taxes,\u{201d} Mbadi said in the interview.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Grace Wanjiku Njoroge"),
                "Who will fix the potholes with this money?"
            ),
            (None, None, "We will walk to work, then."),
        ]
    );
}

#[test]
fn names_in_scripts_without_capitals_before_a_colon() {
    // A Weibo name is one word no capital marks; Arabic puts the verb (`وكتب`, and wrote;
    // `وغرّد`, and tweeted) before the name.
    let article = format!(
        "{STORY}Readers in China and the Gulf reacted online.\n\n\
         王小明: \u{201c}Petrol in Nairobi now costs more than in Beijing.\u{201d}\n\n\
         وغرّد أحمد سالم: \u{201c}الأسعار مرتفعة جداً هذا الشهر.\u{201d}\n\n\
         وكتبت مها: \u{201c}لا أستطيع دفع هذا المبلغ.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("王小明"),
                "Petrol in Nairobi now costs more than in Beijing."
            ),
            (None, Some("أحمد سالم"), "الأسعار مرتفعة جداً هذا الشهر."),
            (None, Some("مها"), "لا أستطيع دفع هذا المبلغ."),
        ]
    );
}

#[test]
fn an_attribution_line_opens_a_run_of_name_colon_lines() {
    // `Tunde says: “…”` (a one-word name and a verb of speech, which the decision doubts)
    // heads a round-up of `Name: “…”` lines, and is kept with them.
    let article = "Readers react to stories on our website and social media this week\n\n\
         Lagos bans okada on major roads\n\n\
         Tunde says: \u{201c}It will only make the traffic worse for everyone.\u{201d}\n\
         Ngozi: \u{201c}Yes, but the accidents had to stop somewhere, honestly.\u{201d}\n\
         Emeka: \u{201c}Where will the riders find work now? Tell me.\u{201d}\n\
         Bisi: \u{201c}Good riddance, they were a danger to all of us.\u{201d}\n";
    let found = reactions(article);
    let authors: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(
        authors,
        [Some("Tunde"), Some("Ngozi"), Some("Emeka"), Some("Bisi")]
    );
}

#[test]
fn said_runs_into_the_quote_of_a_name_the_clause_calls_a_reader() {
    // `said` straight into a quote reports speech, unless the speaker is a reader: an
    // anonymous one, a handle, or a name the clause gives a reader noun.
    let article = format!(
        "{STORY}Facebook user Wanjiru Kamau said \u{201c}this levy is daylight robbery\u{201d} \
         under the ministry's post.\n\n\
         The Treasury's Joseph Mwangi said \u{201c}every shilling\u{201d} would go to roads.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(None, Some("Wanjiru Kamau"), "this levy is daylight robbery")]
    );
}

#[test]
fn a_post_opening_with_its_handle_then_a_hashtag_or_a_title_in_quote_marks() {
    // Copied tweets, one per paragraph, the handle first: a hashtag may open the words, and a
    // title in quote marks inside them is part of the post, not a quote of the handle's.
    let article = format!(
        "{STORY}Viewers were not kind on Twitter.\n\n\
         @otieno_k #FuelLevy is proof that nobody at Treasury drives a matatu.\n\n\
         @achieng_w All the reruns of \"Bunge Live\" tonight? I'd rather queue for petrol.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("otieno_k"),
                None,
                "#FuelLevy is proof that nobody at Treasury drives a matatu."
            ),
            (
                Some("achieng_w"),
                None,
                "All the reruns of \"Bunge Live\" tonight? I'd rather queue for petrol."
            ),
        ]
    );
}

#[test]
fn a_page_of_comments_each_under_a_name_alone_is_a_round_up() {
    // No announcement: the names alone in turn, each over its comment, make the page one.
    let article = "Sound off\n\n\
         Grace in Kisumu:\n\n\
         Twelve shillings more a litre and the buses already doubled their fares this week.\n\n\
         Peter in Eldoret:\n\n\
         Who approved this levy when the roads to our farms are still full of potholes?\n";
    let found = reactions(article);
    let authors: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(authors, [Some("Grace"), Some("Peter")]);
    // One name over a paragraph, with no other, is a heading.
    let one =
        "Levy update\n\nNairobi County:\n\nThe levy takes effect on Monday, the Treasury said.\n";
    assert_eq!(authored(&reactions(one)), []);
}

#[test]
fn an_author_is_named_without_a_possessive_a_platform_or_a_trade_before_it() {
    // Titles stay (`Dr.`): they are part of the name as printed.
    let article = format!(
        "{STORY}Some were happy, as in tweets like that of Grace Wanjiku\u{2019}s, who celebrated \
         the roads fund by writing, \u{201c}Finally the potholes in Kisumu will be fixed.\u{201d}\n\n\
         On Twitter Peter Otieno wrote: \u{201c}I will walk to work from Monday.\u{201d}\n\n\
         Musician Akinyi Odera: \u{201c}Even the boda boda fare is up.\u{201d}\n\n\
         ODM MP Caleb Amisi tweeted: \u{201c}Who asked for this levy?\u{201d}\n\n\
         Dr. Wanjiru Kamau tweeted: \u{201c}Clinics will pay more for ambulances.\u{201d}\n\n\
         Nakuru-West MCA Jane Chebet tweeted: \u{201c}Our farmers will carry this levy.\u{201d}\n\n\
         Academic Otieno Were wrote: \u{201c}The levy repeats the mistakes of 2008.\u{201d}\n\n\
         Nakuru-based Grace Akinyi tweeted: \u{201c}Farmers will sell at a loss.\u{201d}\n\n\
         Mwanasiasa Godbless Lema aliandika: \u{201c}Kodi hii itatuumiza sote.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Grace Wanjiku"),
                "Finally the potholes in Kisumu will be fixed."
            ),
            (
                None,
                Some("Peter Otieno"),
                "I will walk to work from Monday."
            ),
            (None, Some("Akinyi Odera"), "Even the boda boda fare is up."),
            (None, Some("Caleb Amisi"), "Who asked for this levy?"),
            (
                None,
                Some("Dr. Wanjiru Kamau"),
                "Clinics will pay more for ambulances."
            ),
            // A constituency before the office describes it too.
            (
                None,
                Some("Jane Chebet"),
                "Our farmers will carry this levy."
            ),
            (
                None,
                Some("Otieno Were"),
                "The levy repeats the mistakes of 2008."
            ),
            (None, Some("Grace Akinyi"), "Farmers will sell at a loss."),
            // Swahili describes as English does (`Mwanasiasa`, a politician).
            (None, Some("Godbless Lema"), "Kodi hii itatuumiza sote."),
        ]
    );
}

#[test]
fn a_reader_named_after_namely_or_who_went_by_the_name_of() {
    let article = format!(
        "{STORY}Readers were quick to react online.\n\n\
         \u{201c}Matatu fares will double by Friday,\u{201d} said a user who went by the name of \
         MatatuBoss254.\n\n\
         \u{201c}The roads fund never reaches our county,\u{201d} said a user namely Achieng Odhiambo.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("MatatuBoss254"),
                None,
                "Matatu fares will double by Friday"
            ),
            (
                None,
                Some("Achieng Odhiambo"),
                "The roads fund never reaches our county"
            ),
        ]
    );
}

#[test]
fn a_reader_noun_alone_capitalized_names_nobody() {
    // German capitalizes its nouns: `ein Kommentator` is an anonymous reader, not a name.
    let article = "Kenianer reagieren auf die neue Kraftstoffabgabe\n\n\
         Das Finanzministerium hob die Abgabe am Montag an.\n\n\
         \u{201e}Zw\u{f6}lf Schilling mehr, und die Stra\u{df}en bleiben kaputt\u{201c}, schrieb ein \
         Kommentator auf Facebook.\n";
    assert_eq!(
        authored(&reactions(article)),
        [(
            None,
            None,
            "Zwölf Schilling mehr, und die Straßen bleiben kaputt"
        )]
    );
}

#[test]
fn bulleted_comments_under_an_announcement_are_a_round_up() {
    // A bullet marks each paragraph an item of the list, even one that reads like the
    // article's own narration; the bullet is not part of the comment.
    let article = format!(
        "{STORY}Some of the comments included:\n\n\
         \u{2022}Twelve shillings more and the buses doubled their fares. Just saying.\n\n\
         \u{2022}Maybe it is time we walked to work like our grandparents did.\n\n\
         \u{2022}The Treasury cannot fix the roads but it raises the levy again. It is shameful.\n\n\
         \u{2022}Where will this money go? Nobody ever tells us.\n"
    );
    let found = reactions(&article);
    let texts: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, _, text)| text)
        .collect();
    assert_eq!(
        texts,
        [
            "Twelve shillings more and the buses doubled their fares. Just saying.",
            "Maybe it is time we walked to work like our grandparents did.",
            "The Treasury cannot fix the roads but it raises the levy again. It is shameful.",
            "Where will this money go? Nobody ever tells us.",
        ]
    );
}

#[test]
fn a_quoted_paragraph_alone_after_an_anonymous_readers_quote_is_the_next_readers() {
    // Round-ups quote one reader with an attribution, then the next without one.
    let article = format!(
        "{STORY}\u{201c}We cannot pay more, just leave the levy alone,\u{201d} one Kenyan wrote \
         on X.\n\n\
         \u{201c}The roads in Kisumu are still full of potholes.\u{201d}\n\n\
         The Treasury said the levy would be reviewed in June.\n\n\
         \u{201c}Every shilling will go to the roads fund.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, None, "We cannot pay more, just leave the levy alone"),
            (
                None,
                None,
                "The roads in Kisumu are still full of potholes."
            ),
        ]
    );
}

#[test]
fn an_announcement_ending_in_a_colon_leaves_a_paragraph_that_attributes_its_own_quote() {
    // `Readers reacted on Facebook:` reads as a clause with a posting verb; the paragraph under
    // it names its own speaker, who is the reader.
    let article = format!(
        "{STORY}Readers reacted on Facebook:\n\n\
         Wanjiru Kamau wrote: \u{201c}The buses doubled their fares this morning.\u{201d}\n\n\
         Peter Otieno commented: \u{201c}Walk to work, everyone.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "The buses doubled their fares this morning."
            ),
            (None, Some("Peter Otieno"), "Walk to work, everyone."),
        ]
    );
}

#[test]
fn a_posting_participle_alone_before_the_quote_is_the_previous_sentences_person() {
    let article = format!(
        "{STORY}One Facebook user Achieng Odhiambo read a plot into it. Writing on Facebook:\n\n\
         \u{201c}They raise the levy every time the roads fund runs dry.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Achieng Odhiambo"),
            "They raise the levy every time the roads fund runs dry."
        )]
    );
}

#[test]
fn a_blog_thread_copied_with_each_name_alone_on_a_bulleted_line() {
    // Names in turn, each bulleted or numbered alone over the comment, as typed (lower case too).
    let article = "Opposition leader questioned over riot\n\n\
         Police may call him in for questioning this week.\n\n\
         1. chris chami\n\n\
         I would like to urge my fellow citizens not to let any politician use them.\n\n\
         \u{2022} Dominic\n\n\
         I listened to the radio program this morning and I must congratulate the host.\n\n\
         \u{2022} True Patriot\n\n\
         He has always been like this and anyone who expects miracles will be disappointed.\n";
    let found = reactions(article);
    let authors: Vec<_> = authored(&found)
        .into_iter()
        .map(|(handle, name, _)| handle.or(name))
        .collect();
    assert_eq!(
        authors,
        [Some("chris chami"), Some("Dominic"), Some("True Patriot")]
    );
}

#[test]
fn posts_copied_from_an_old_x_widget_with_when_and_from_which_app() {
    // The widget printed `3 hours ago via Twitter for iPhone` after each post's words; copies
    // often glue it to the last hashtag and lose the number.
    let article = format!(
        "{STORY}Twitter reaction to the levy was swift.\n\n\
         Twelve shillings more and the roads still look like the moon. #FuelLevyhours ago via web\n\n\
         I will walk to work from Monday, thank you Treasury 3 hours ago via Twitter for iPhone\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Twelve shillings more and the roads still look like the moon. #FuelLevy"
            ),
            (
                None,
                None,
                "I will walk to work from Monday, thank you Treasury"
            ),
        ]
    );
}

#[test]
fn a_comment_section_with_each_name_printed_twice_over_a_relative_time() {
    // The avatar's label is the name too; a comment may run over lines and paragraphs, up to
    // the next commenter's header.
    let article = format!(
        "{STORY}4 Comments\n\
         wanjiku_m\n\
         wanjiku_m\n\
         3 years ago\n\n\
         Kodi juu ya kodi, tutaishi aje?\n\n\
         Otieno Kamau\n\
         Otieno Kamau\n\
         3 years ago\n\n\
         1. Why is the levy raised again?\n\n\
         2. Who audits the fund?\n\n\
         This is daylight robbery.\n\n\
         Jo\n\
         Jo\n\
         an hour ago\n\n\
         The matatu fare went up the same day.\n\n\
         Related stories\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (Some("wanjiku_m"), None, "Kodi juu ya kodi, tutaishi aje?"),
            (
                None,
                Some("Otieno Kamau"),
                "1. Why is the levy raised again? 2. Who audits the fund? This is daylight robbery."
            ),
            (None, Some("Jo"), "The matatu fare went up the same day."),
        ]
    );
}

#[test]
fn a_comment_section_with_the_avatars_label_over_name_and_time() {
    let article = format!(
        "{STORY}  • comment-avatar\n    Getrude Bwalya 2 weeks ago\n\n\
         \x20   The levy will finish the small traders first.\n\n\
         \x20 • comment-avatar\n    maddog 2 weeks ago\n\n\
         \x20   why raise it now, after the budget speech promised relief\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Getrude Bwalya"),
                "The levy will finish the small traders first."
            ),
            (
                Some("maddog"),
                None,
                "why raise it now, after the budget speech promised relief"
            ),
        ]
    );
}

#[test]
fn letters_headed_by_their_writers_or_signed_over_several_lines() {
    let headed = "Nakuru Weekly\n\nThe levy and us\n\n-\n\n\
         From: Mrs Wanjiru Kamau, Nakuru.\n\n\
         AS a pensioner I have cut my trips to town to one a week since the levy.\n\n\
         A heartfelt thank you to the drivers who still carry us at the old fare.\n\n\
         From: Otieno and Akinyi Odhiambo, Kisumu.\n\n\
         MANY thanks for your editorial on the levy. It said what we all think.\n\n\
         From: Jane Doe\n\
         To: the editor\n\n\
         Subject lines are not letters.\n";
    assert_eq!(
        authored(&reactions(headed)),
        [
            (
                None,
                Some("Mrs Wanjiru Kamau"),
                "AS a pensioner I have cut my trips to town to one a week since the levy. \
                 A heartfelt thank you to the drivers who still carry us at the old fare."
            ),
            (
                None,
                Some("Otieno and Akinyi Odhiambo"),
                "MANY thanks for your editorial on the levy. It said what we all think."
            ),
        ]
    );
    // A letter copied a line a paragraph, signed with the name and the address on lines of
    // their own ending in commas: the whole letter is the signer's, whatever its lines say.
    let signed = "The levy is robbery\n\
         WHAT a pathetic pair of MPs we have in Nakuru.\n\
         I would say to Kamau Njoroge, the levy was never explained to us.\n\
         They should all have been thrilled to cut it instead.\n\n\
         David Otieno,\n\
         Milimani,\n\
         Nakuru\n";
    assert_eq!(
        authored(&reactions(signed)),
        [(
            None,
            Some("David Otieno"),
            "WHAT a pathetic pair of MPs we have in Nakuru. I would say to Kamau Njoroge, the \
             levy was never explained to us. They should all have been thrilled to cut it instead."
        )]
    );
    // Signed with a street address under the name.
    let addressed = "Remove the problem\n\n\
         Cut the levy and you will remove a lot of the problem.\n\n\
         John Kamau\n\n\
         101 Moi Avenue\n";
    assert_eq!(
        authored(&reactions(addressed)),
        [(
            None,
            Some("John Kamau"),
            "Cut the levy and you will remove a lot of the problem."
        )]
    );
    // Signed at the end of the last paragraph, as a page copied without its markup glues the
    // signature to the letter; that the writer addresses the paper says it is a letter.
    let glued = "Nakuru Weekly\n\n\
         Fares are the real thing\n\n\
         -\n\n\
         WITH reference to your article about the new levy (Matatu owners count the cost, May 7).\n\n\
         Well, I can understand why drivers raised their fares.\n\n\
         Now, the levy may be fair, but who can blame them? G Wanjiru, Naivasha\n\n\
         Thanks to the clinic\n\n\
         I AM writing to praise the staff of the county clinic in Milimani.\n\n\
         They saw my mother within the hour. Mrs A Otieno, Nakuru\n\n\
         Parking\n\n\
         The county raised parking fees by half on Monday. Officials defended the rise. Nakuru, Kenya\n";
    assert_eq!(
        authored(&reactions(glued)),
        [
            (
                None,
                Some("G Wanjiru"),
                "WITH reference to your article about the new levy (Matatu owners count the \
                 cost, May 7). Well, I can understand why drivers raised their fares. Now, the \
                 levy may be fair, but who can blame them?"
            ),
            (
                None,
                Some("Mrs A Otieno"),
                "I AM writing to praise the staff of the county clinic in Milimani. They saw my \
                 mother within the hour."
            ),
        ]
    );
    // A day's letters under its date, each headed by the article it answers.
    let answering = "Today's letters: the levy\n\n\
         Tuesday, May 12: On the levy, the clinic and the need for more buses. Write to us too.\n\n\
         The levy hurts\n\n\
         Re: \u{2018}Pay up\u{2019}: Matatu owners count the cost, May 7.\n\n\
         The county says the levy is fair. I drive a matatu and it takes a day's pay a week.\n\n\
         Who will speak for the drivers?\n\n\
         Peter Kamau, Naivasha\n";
    assert_eq!(
        authored(&reactions(answering)),
        [(
            None,
            Some("Peter Kamau"),
            "The county says the levy is fair. I drive a matatu and it takes a day's pay a week. \
             Who will speak for the drivers?"
        )]
    );
    // On a letters page a full name alone signs the letter over it; the paper's reply, signed
    // after a greeting, is no letter.
    let name_alone = "Letter to the Editor: the levy and the buses\n\n\
         I would like to know who decided to cut the evening buses to Milimani. Workers who \
         finish at eight now walk home in the dark, and nobody asked them.\n\n\
         Grace Wambui\n\n\
         The county decided the timetable, not this paper.\n\n\
         Thank you,\n\n\
         Peter Otieno\n";
    assert_eq!(
        authored(&reactions(name_alone)),
        [(
            None,
            Some("Grace Wambui"),
            "I would like to know who decided to cut the evening buses to Milimani. Workers who \
             finish at eight now walk home in the dark, and nobody asked them."
        )]
    );
    // Letters run together a line a paragraph, each signed over an address of several lines
    // (what the writer is, the street, the town with a full stop), a councillor's with the title.
    let run_together =
        "I WAS disappointed to read that the county is writing to residents who oppose the levy.\n\
         What this seems to suggest is an attempt to pick off critics one by one.\n\
         Residents should feel free to question the people they elected.\n\
         Cllr Mary Wanjiku,\n\
         Opposition spokesperson for roads and transport,\n\
         Kenyatta Avenue,\n\
         Milimani, Nakuru.\n\
         ...THE great levy debate continues and looks set to run for some time.\n\
         How long will it take the county to recoup what the meters cost?\n\
         James Otieno,\n\
         Moi Road, Nakuru.\n";
    assert_eq!(
        authored(&reactions(run_together)),
        [
            (
                None,
                Some("Cllr Mary Wanjiku"),
                "I WAS disappointed to read that the county is writing to residents who oppose \
                 the levy. What this seems to suggest is an attempt to pick off critics one by \
                 one. Residents should feel free to question the people they elected."
            ),
            (
                None,
                Some("James Otieno"),
                "...THE great levy debate continues and looks set to run for some time. How long \
                 will it take the county to recoup what the meters cost?"
            ),
        ]
    );
}

#[test]
fn wall_comments_headed_by_the_name_and_the_clock_time() {
    // As Facebook printed a page's wall: the name, `at`, the time and the day, over the
    // comment in quote marks.
    let article = format!(
        "{STORY}Some comments on the Treasury's page:\n\n\
         Wanjiru Kamau at 12:53am November 9\n\
         \"Well done Treasury, the roads needed this.\"\n\n\
         Otieno Were at 1:17pm\n\
         \"Another levy and no new road in Kisumu.\"\n\n\
         The Treasury did not reply at 9:00am on Monday.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "Well done Treasury, the roads needed this."
            ),
            (
                None,
                Some("Otieno Were"),
                "Another levy and no new road in Kisumu."
            ),
        ]
    );
}

#[test]
fn a_round_up_in_the_present_tense_runs_the_verb_into_the_quote() {
    let article = format!(
        "{STORY}Her post received mixed reactions; here are some of the comments.\n\n\
         Kennedy Lemiso says \"Sasa baba na Muturi, si ni watu tofauti,\"\n\n\
         Achieng Odhiambo writes \"The roads fund never reaches Kisumu anyway.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Kennedy Lemiso"),
                "Sasa baba na Muturi, si ni watu tofauti"
            ),
            (
                None,
                Some("Achieng Odhiambo"),
                "The roads fund never reaches Kisumu anyway."
            ),
        ]
    );
}

#[test]
fn a_posts_card_name_and_handle_before_the_colon() {
    let article = format!(
        "{STORY}Kenyans who reacted asked the Treasury to explain the levy.\n\n\
         Sir Ted @Deus_Ugwoke: Which levy are you talking about, the last one was unnecessary.\n\n\
         Proudly Kenyan @max20ke: Your days in office are numbered.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("Deus_Ugwoke"),
                Some("Sir Ted"),
                "Which levy are you talking about, the last one was unnecessary."
            ),
            (
                Some("max20ke"),
                Some("Proudly Kenyan"),
                "Your days in office are numbered."
            ),
        ]
    );
}

#[test]
fn a_flattened_posts_signature_wrapped_onto_the_next_line() {
    // A narrow page wraps the signature after the name; the post's words are above its
    // picture link.
    let article = "Kenyans react to the new fuel levy\n\
         Kenyans reacted on Twitter as the levy took effect.\n\
         This #FuelLevy is serious, people from Thika are advised to walk to work from Monday.\n\
         pic.twitter.com/Q35fThbECm — Chef Wanjiru\n\
         (@WanjiruCooks) February 25, 2020\n\
         Matatu owners are so dramatic, just pay the levy and move on. #FuelLevy\n\
         — M O K G A D I\n\
         (@BrillianceKe) February 25, 2020\n\
         The Treasury said the levy would stay.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("WanjiruCooks"),
                Some("Chef Wanjiru"),
                "This #FuelLevy is serious, people from Thika are advised to walk to work from \
                 Monday."
            ),
            (
                Some("BrillianceKe"),
                Some("M O K G A D I"),
                "Matatu owners are so dramatic, just pay the levy and move on. #FuelLevy"
            ),
        ]
    );
}

#[test]
fn quoted_posts_each_signed_below_with_a_description_and_a_handle() {
    // Wire copy: the quote, then a dash, a description, the name and the handle. The
    // signature under one quote is never the next quote's speaker.
    let article = "How Twitter reacted to the levy:\n\
         \u{201c}The biggest thing on display today is the Treasury's appetite.\u{201d}\n\
         \u{2014} Former Kenya captain Dennis Oliech @OliechD\n\
         \u{201c}Brilliant from the Senate! Finally some courage on the levy.\u{201d}\n\
         \u{2014} Nairobi-based economist Akinyi Were @akinyiwere\n\
         The Treasury said the levy would stay.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("OliechD"),
                Some("Dennis Oliech"),
                "The biggest thing on display today is the Treasury's appetite."
            ),
            (
                Some("akinyiwere"),
                Some("Akinyi Were"),
                "Brilliant from the Senate! Finally some courage on the levy."
            ),
        ]
    );
}

#[test]
fn a_pages_advertising_lines_do_not_split_a_letter() {
    let article = "Today's letters: the levy\n\n\
         Levy avoids the issue\n\n\
         Re: Treasury raises fuel levy, Sept. 7.\n\n\
         Article content\n\n\
         The Treasury is now trying to distance itself from the levy it designed. It certainly \
         supported the increase when the budget was read.\n\n\
         Advertisement 2\n\
         Story continues below\n\
         Article content\n\n\
         How will its supporters vote in the next election?\n\n\
         Patrick Mwangi, Nakuru\n";
    let letters = reactions(article);
    let found = authored(&letters);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, Some("Patrick Mwangi"));
    assert!(
        found[0].2.contains("It certainly supported the increase")
            && found[0].2.ends_with("next election?"),
        "{found:?}"
    );
}

#[test]
fn one_word_names_in_turn_over_their_comments_are_a_comment_sections() {
    // No announcement and no times: the names in turn are the page's structure, and a name
    // of one word is a commenter's, not an official's surname.
    let article = "Kenya and its neighbours\n\n\
         \u{2022} Imade\n\n\
         \x20   Kenya and most of these countries are friends on paper but rivals in reality.\n\n\
         \u{2022} Igwe\n\n\
         \x20   Kenya should concentrate on solving its own problems first.\n\n\
         \u{2022} Terwase\n\n\
         \x20   Remove the corruption and the whole continent will respect us.\n";
    let comments = reactions(article);
    let names: Vec<_> = authored(&comments)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(names, [Some("Imade"), Some("Igwe"), Some("Terwase")]);
}

#[test]
fn a_comment_from_a_name_and_a_reader_by_name_and_no_body_for_a_pronoun() {
    let article = format!(
        "{STORY}Readers reacted on Facebook.\n\n\
         A comment from Jane Wanjiru read: \u{201c}This levy will finish us all in Nakuru.\u{201d}\n\n\
         Another, by name Kweku, added, \u{201c}The matatu fares will double by Friday.\u{201d}\n\n\
         \u{201c}Who audits the roads fund anyway?\u{201d} reads a comment by Akinyi Odhiambo.\n\n\
         Otieno Were, for one, wrote: \u{201c}I will walk to work from Monday.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Jane Wanjiru"),
                "This levy will finish us all in Nakuru."
            ),
            (
                Some("Kweku"),
                None,
                "The matatu fares will double by Friday."
            ),
            (
                None,
                Some("Akinyi Odhiambo"),
                "Who audits the roads fund anyway?"
            ),
            (
                None,
                Some("Otieno Were"),
                "I will walk to work from Monday."
            ),
        ]
    );
    // `she` is nobody the sentence before names: not `The Treasury`.
    let body = "Kenyans react to the levy\n\n\
         The Treasury raised the levy on Monday and readers reacted on social media.\n\n\
         \u{201c}This levy will finish us all in Nakuru,\u{201d} she wrote.\n";
    assert!(authored(&reactions(body))
        .iter()
        .all(|(_, name, _)| *name != Some("Treasury")));
}

#[test]
fn pull_quotes_listed_with_the_dash_glued_to_the_name() {
    let article = format!(
        "{STORY}* Taxed to death in this nation. Sad. There is no fair levy\u{2014}Joseph Kamau\n\n\
         * You can say that again and again. So many idle promises\u{2014}Grace Mwende\n\n\
         For every new levy, Kenyans take to social media to mock the Treasury.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Joseph Kamau"),
                "Taxed to death in this nation. Sad. There is no fair levy"
            ),
            (
                None,
                Some("Grace Mwende"),
                "You can say that again and again. So many idle promises"
            ),
        ]
    );
}

#[test]
fn a_reader_who_wrote_that_colon_over_the_post() {
    let article = format!(
        "{STORY}The Treasury's post received over a thousand comments.\n\n\
         One wrote that:\n\n\
         'Wasting 150 million shillings and watching the football at the same time.'\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            None,
            "Wasting 150 million shillings and watching the football at the same time."
        )]
    );
}

#[test]
fn where_a_reader_wrote_from_is_not_the_reader() {
    let article = format!(
        "{STORY}Readers reacted on the website.\n\n\
         Jane Wanjiru wrote from Nakuru: \u{201c}This levy will finish us all.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(None, Some("Jane Wanjiru"), "This levy will finish us all.")]
    );
}

#[test]
fn with_an_online_reader_saying_runs_into_the_quote() {
    let article = format!(
        "{STORY}Some netizens did not mince words, with Facebook user Esther Chebet saying \
         \u{201c}what an illusion the Treasury has. Is Kenya a province of the IMF?\u{201d}\n\n\
         The levy passed, with the minister saying \u{201c}it will fund roads\u{201d} in time.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Esther Chebet"),
            "what an illusion the Treasury has. Is Kenya a province of the IMF?"
        )]
    );
}

#[test]
fn comment_sections_as_blog_and_comment_platforms_print_them() {
    let texts = |article: &str| -> Vec<(Option<String>, String)> {
        reactions(article)
            .into_iter()
            .map(|r| (r.display_name.clone(), r.text.clone()))
            .collect()
    };
    let expected = vec![
        (
            Some("Jane Wanjiru".to_string()),
            "This levy will finish us all in Nakuru.".to_string(),
        ),
        (
            Some("Otieno Were".to_string()),
            "The matatu fares will double by Friday.".to_string(),
        ),
    ];
    let layouts = [
        // A blog's `says:` over the time, and its `Reply`.
        "Jane Wanjiru says:\nMarch 5, 2019 at 3:42 pm\nThis levy will finish us all in Nakuru.\nReply\n\n\
         Otieno Were says:\nMarch 5, 2019 at 4:10 pm\nThe matatu fares will double by Friday.\nReply\n",
        // The time on the name's line, with `on` and `said:`.
        "Jane Wanjiru on March 5, 2019 at 3:42 pm said:\nThis levy will finish us all in Nakuru.\n\n\
         Otieno Were on March 5, 2019 at 4:10 pm said:\nThe matatu fares will double by Friday.\n",
        // A comment platform's name, bullet and relative time, and its footer.
        "Jane Wanjiru \u{2022} 3 years ago\nThis levy will finish us all in Nakuru.\nReply \u{2022} Share \u{203a}\n\n\
         Otieno Were \u{2022} 3 years ago\nThe matatu fares will double by Friday.\nReply \u{2022} Share \u{203a}\n",
        // Facebook's comment box: where the commenter lives or works after the name.
        "Jane Wanjiru \u{b7} Nakuru, Kenya\nThis levy will finish us all in Nakuru.\nLike \u{b7} Reply \u{b7} 3y\n\n\
         Otieno Were \u{b7} Works at Kenya Power\nThe matatu fares will double by Friday.\nLike \u{b7} Reply \u{b7} 3y\n",
        // The name over a date in numbers, each a short line of its own (no hard wrap).
        "Jane Wanjiru\n03/05/2019\nThis levy will finish us all in Nakuru.\n\n\
         Otieno Were\n03/05/2019\nThe matatu fares will double by Friday.\n",
    ];
    for layout in layouts {
        let article = format!(
            "Levy passes in the Senate\n\n\
             The Senate passed the fuel levy on Monday after a long debate.\n\n{layout}"
        );
        assert_eq!(texts(&article), expected, "{layout}");
    }
}

#[test]
fn reddit_usernames_over_their_comments_or_after_a_platform_and_reader_noun() {
    let article = format!(
        "{STORY}People reacted on Reddit.\n\n\
         u/kenyan_dev \u{b7} 3y\nThis levy will finish us all in Nakuru.\n\n\
         u/matatu_guy \u{b7} 3y\nThe matatu fares will double by Friday.\n\n\
         Reddit user roads_ke wrote: Who audits the roads fund anyway?\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("kenyan_dev"),
                None,
                "This levy will finish us all in Nakuru."
            ),
            (
                Some("matatu_guy"),
                None,
                "The matatu fares will double by Friday."
            ),
            (Some("roads_ke"), None, "Who audits the roads fund anyway?"),
        ]
    );
    assert_eq!(reactions(&article)[2].platform.as_str(), "reddit");
}

#[test]
fn a_name_and_town_heading_a_paragraph_never_signs_the_paragraph_above() {
    // Over its comment: never the signature of the article's sentence above.
    let headed = format!(
        "{STORY}Here is what you told us.\n\n\
         JANE WANJIRU, Nakuru\nThis levy will finish us all in Nakuru.\n"
    );
    assert!(authored(&reactions(&headed))
        .iter()
        .all(|(_, _, text)| !text.starts_with("Here is what")));
}

#[test]
fn a_comment_in_single_quotes_over_several_paragraphs() {
    // As British and South Asian papers print a reader's comment of several paragraphs: single
    // quotes, each paragraph opened, only the last one closed.
    let article = format!(
        "{STORY}Online comments on the paper's website reflected the anger.\n\n\
         Wanjiru Kamau wrote from Dubai: \u{2018}Kenya, hold your head up high. We pay and we \
         still smile, and thank you Treasury for nothing!\n\n\
         \u{2018}There will be whispers about where the money goes, and rightly so.\u{2019}\n\n\
         Otieno Were from Kisumu wrote: \u{2018}The main thing is that the roads get built.\u{2019}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "Kenya, hold your head up high. We pay and we still smile, and thank you Treasury \
                 for nothing! There will be whispers about where the money goes, and rightly so."
            ),
            (
                None,
                Some("Otieno Were"),
                "The main thing is that the roads get built."
            ),
        ]
    );
}

#[test]
fn a_named_persons_post_announced_with_a_possessive() {
    let article = format!(
        "{STORY}Celebrities took to X to react:\n\n\
         Wanjiru Kamau wrote:\n\n\
         They cannot fix the roads, yet they tax the fuel\n\n\
         Otieno Were\u{2019}s reaction is funny:\n\n\
         You announce the levy on a Sunday night. On a Sunday!\n\n\
         See Akinyi\u{2019}s tweet below:\n\n\
         So we walk to work now abi?\n\n\
         The minister\u{2019}s response was short:\n\n\
         The levy stays.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "They cannot fix the roads, yet they tax the fuel"
            ),
            (
                None,
                Some("Otieno Were"),
                "You announce the levy on a Sunday night. On a Sunday!"
            ),
            (None, Some("Akinyi"), "So we walk to work now abi?"),
        ]
    );
}

#[test]
fn a_comment_widget_that_prints_its_actions_on_the_name() {
    // As a comment widget copies: the name under its actions (`Mute`, `Favourite`), `Report`,
    // the time, the comment, and the votes over the next comment's furniture.
    let article = format!(
        "{STORY}Comments\n\
         \x20   Install the app to use these features.\n\
         \x20   Mute Wanjiru Kamau\n\
         \x20   Favourite Wanjiru Kamau\n\
         \x20   Report\n\
         \x20   Aug 7th 2015, 9:53 AM\n\n\
         \x20   Good luck to the matatu owners explaining that one\n\n\
         \x20   373\n\
         \x20   Install the app to use these features.\n\
         \x20   Mute Otieno Were\n\
         \x20   Favourite Otieno Were\n\
         \x20   Report\n\
         \x20   Aug 7th 2015, 10:44 AM\n\n\
         \x20   Haha. Twelve shillings a litre and not a single new road.\n\n\
         \x20   182\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "Good luck to the matatu owners explaining that one"
            ),
            (
                None,
                Some("Otieno Were"),
                "Haha. Twelve shillings a litre and not a single new road."
            ),
        ]
    );
}

#[test]
fn the_first_of_a_run_of_flattened_posts_starts_below_its_announcement() {
    // Copied with single newlines: the announcement, then each post's lines over its
    // signature; the first post's two lines are all its own.
    let article = "Kenyans and Ugandans trade blows over the fuel levy\n\
         The exchange started on Monday. Here are just a few of the shots fired on Twitter:\n\
         We have matatus in Kenya, Uganda has boda bodas.\n\
         A picture of the Treasury commuting to town. \u{1F923}#KEUG pic.twitter.com/zdVsw5FNvb\n\
         \u{2014} Otieno Were (@otieno_w) June 25, 2019\n\
         This is for you Kampala \u{1F60E}#KEUG pic.twitter.com/kamHgcWq4q\n\
         \u{2014} Achieng (@achieng_o) June 25, 2019\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("otieno_w"),
                Some("Otieno Were"),
                "We have matatus in Kenya, Uganda has boda bodas. A picture of the Treasury \
                 commuting to town. \u{1F923}#KEUG"
            ),
            (
                Some("achieng_o"),
                Some("Achieng"),
                "This is for you Kampala \u{1F60E}#KEUG"
            ),
        ]
    );
}

#[test]
fn a_clause_with_what_the_comment_argues_introduces_it() {
    let article = format!(
        "{STORY}Here are the standout comments from the week.\n\n\
         The levy split opinion, as levies do. Otieno Were wrote that the Treasury had a point:\n\n\
         The roads are a disgrace. If the levy fixes them I will pay it and smile.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Otieno Were"),
            "The roads are a disgrace. If the levy fixes them I will pay it and smile."
        )]
    );
}

#[test]
fn a_blogs_comments_under_said_and_over_their_time() {
    // As Blogger prints its comments: the count, `Name said...`, the comment, its time.
    let thread = "3 comments:\n\n\
         Jane Wanjiru said...\n\n\
         \x20   Who can afford matatu fare now if the levy goes on fuel and spare parts\n\
         \x20   and on every bag of cement?\n\n\
         \x20   March 5, 2019 at 3:42 PM\n\n\
         Otieno Were said\u{2026}\n\n\
         \x20   Mainly the Treasury people who never pay for anything themselves\n\n\
         \x20   March 5, 2019 at 4:02 PM\n\n\
         Anonymous said...\n\n\
         \x20   Regrettably for you, Mr Treasury, we all know what the levy pays for.\n\n\
         \x20   March 6, 2019 at 9:12 AM\n\n\
         Post a Comment\n";
    assert_eq!(
        authored(&reactions(&format!("{STORY}{thread}"))),
        [
            (
                None,
                Some("Jane Wanjiru"),
                "Who can afford matatu fare now if the levy goes on fuel and spare parts and on \
                 every bag of cement?"
            ),
            (
                None,
                Some("Otieno Were"),
                "Mainly the Treasury people who never pay for anything themselves"
            ),
            (
                None,
                None,
                "Regrettably for you, Mr Treasury, we all know what the levy pays for."
            ),
        ]
    );
}

#[test]
fn comment_headers_that_set_the_name_apart_from_the_time() {
    let comments = [
        "Jane Wanjiru | March 5, 2019 at 3:42 pm\n\
         Who can afford matatu fare now if the levy goes on fuel and spare parts\n\n\
         Otieno Were | March 5, 2019 at 4:02 pm\n\
         Mainly the Treasury people who never pay for anything themselves\n",
        "Jane Wanjiru - 3 years ago\n\
         Who can afford matatu fare now if the levy goes on fuel and spare parts\n\n\
         Otieno Were \u{2013} 3 years ago\n\
         Mainly the Treasury people who never pay for anything themselves\n",
        "Comment by Jane Wanjiru on March 5, 2019 at 3:42 pm\n\
         Who can afford matatu fare now if the levy goes on fuel and spare parts\n\n\
         Comment by Otieno Were on March 5, 2019 at 4:02 pm\n\
         Mainly the Treasury people who never pay for anything themselves\n",
    ];
    for thread in comments {
        assert_eq!(
            authored(&reactions(&format!("{STORY}{thread}"))),
            [
                (
                    None,
                    Some("Jane Wanjiru"),
                    "Who can afford matatu fare now if the levy goes on fuel and spare parts"
                ),
                (
                    None,
                    Some("Otieno Were"),
                    "Mainly the Treasury people who never pay for anything themselves"
                ),
            ],
            "{thread}"
        );
    }
}

#[test]
fn a_readers_name_and_town_over_the_comment() {
    // As readers' pages print them under their announcement: the name (shouted, or only a
    // first name) and the town, over the comment.
    for (first, second, names) in [
        (
            "JANE WANJIRU, Nakuru",
            "OTIENO WERE, Kisumu",
            ["JANE WANJIRU", "OTIENO WERE"],
        ),
        (
            "Jane Wanjiru (Nakuru)",
            "Otieno Were (Kisumu)",
            ["Jane Wanjiru", "Otieno Were"],
        ),
        ("Jane, Nakuru", "Otieno, Kisumu", ["Jane", "Otieno"]),
    ] {
        let article = format!(
            "{STORY}Here is what readers said:\n\n\
             {first}\n\
             Who can afford matatu fare now if the levy goes on fuel and spare parts?\n\n\
             {second}\n\
             Mainly the Treasury people who never pay for anything themselves.\n"
        );
        assert_eq!(
            authored(&reactions(&article)),
            [
                (
                    None,
                    Some(names[0]),
                    "Who can afford matatu fare now if the levy goes on fuel and spare parts?"
                ),
                (
                    None,
                    Some(names[1]),
                    "Mainly the Treasury people who never pay for anything themselves."
                ),
            ],
            "{first}"
        );
    }
}

#[test]
fn a_pictures_label_is_no_commenter() {
    // Pictures copied as their labels (`net 1`, `defence 2`) over a comment section copied as
    // an indented list: the label is neither a username nor the first comment's author.
    let article = format!(
        "{STORY}Some netizens quickly jumped to the Treasury's defence:\n\n\
         defence 3\n\n\
         defence 2\n\n\
         \x20 1. Who can afford matatu fare now if the levy goes on fuel and spare parts\n\n\
         \x20 2. Mainly the Treasury people who never pay for anything themselves\n\n\
         \x20 3. Regrettably for you, Mr Treasury, we all know what the levy pays for.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "Who can afford matatu fare now if the levy goes on fuel and spare parts"
            ),
            (
                None,
                None,
                "Mainly the Treasury people who never pay for anything themselves"
            ),
            (
                None,
                None,
                "Regrettably for you, Mr Treasury, we all know what the levy pays for."
            ),
        ]
    );
}

#[test]
fn messages_an_sms_page_signs_with_a_phone_number() {
    // The number under each message is its furniture, never a comment, and the reader stays
    // anonymous.
    for signature in [
        "\u{2014} 0722 123 456",
        "SMS from 0722 123 456",
        "0722xxx456",
    ] {
        let article = format!(
            "{STORY}Here is what readers said:\n\n\
             Who can afford matatu fare now if the levy goes on fuel and spare parts?\n\
             {signature}\n\n\
             Mainly the Treasury people who never pay for anything themselves.\n\
             {signature}\n\n\
             Regrettably for you, Mr Treasury, we all know what the levy pays for.\n\
             {signature}\n"
        );
        assert_eq!(
            authored(&reactions(&article)),
            [
                (
                    None,
                    None,
                    "Who can afford matatu fare now if the levy goes on fuel and spare parts?"
                ),
                (
                    None,
                    None,
                    "Mainly the Treasury people who never pay for anything themselves."
                ),
                (
                    None,
                    None,
                    "Regrettably for you, Mr Treasury, we all know what the levy pays for."
                ),
            ],
            "{signature}"
        );
    }
}

#[test]
fn a_quoted_comment_credited_by_the_next_sentence() {
    let article = format!(
        "{STORY}Here are the best comments you posted to our Facebook page this week.\n\n\
         1. Paying at the pump\n\n\
         \"Every budget the same story. We pay and pay and the roads stay the same.\"\n\n\
         Achieng Odhiambo commented on our report on the levy. 40 readers liked it.\n\n\
         2. Matatu fares\n\n\
         Grace Mwende wrote at 9:14am\n\n\
         \"Fares will go up by Friday, mark my words.\"\n\n\
         Peter Kamau wrote at 11:02am\n\n\
         \"Time to buy a bicycle.\"\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Achieng Odhiambo"),
                "Every budget the same story. We pay and pay and the roads stay the same."
            ),
            (
                None,
                Some("Grace Mwende"),
                "Fares will go up by Friday, mark my words."
            ),
            (None, Some("Peter Kamau"), "Time to buy a bicycle."),
        ]
    );
}

#[test]
fn names_over_quotes_in_turn_are_a_round_up_in_any_language() {
    // The announcement is in Swahili; the names over the quotes show the round-up themselves,
    // and a comment copied without its closing mark is still the quote under its name.
    let article = format!(
        "{STORY}Haya ni baadhi ya maoni ya wasomaji kwenye ukurasa wetu wa Facebook.\n\
         Achieng Odhiambo\n\
         “Bei ya mafuta itaua biashara zetu”\n\
         Grace Mwende\n\
         “How can they raise it again? We are suffering already.\n\
         Peter Kamau Njoroge\n\
         “Time to buy a bicycle.”\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Achieng Odhiambo"),
                "Bei ya mafuta itaua biashara zetu"
            ),
            (
                None,
                Some("Grace Mwende"),
                "How can they raise it again? We are suffering already."
            ),
            (None, Some("Peter Kamau Njoroge"), "Time to buy a bicycle."),
        ]
    );
}

#[test]
fn a_page_of_one_letter_signed_as_letters_are() {
    // No letters heading: a page that prints one reader's letter, signed over the street or
    // with where it came from, is that letter whole.
    let over_street = "Roads are the council's first duty\n\n\
         WHEN will the council fix the potholes on our estate?\n\n\
         My car has needed two new tyres since March.\n\n\
         Maybe they have spent the money on the new offices.\n\n\
         Carol Clarke\n\n\
         Milford Drive,\n";
    assert_eq!(
        authored(&reactions(over_street)),
        [(
            None,
            Some("Carol Clarke"),
            "WHEN will the council fix the potholes on our estate? My car has needed two new \
             tyres since March. Maybe they have spent the money on the new offices."
        )]
    );
    let via = "WHEN will people realise it is the government starving the council of funds.\n\n\
         If the council has a reserve, I call that good thinking.\n\n\
         Wise up, it is austerity that is causing the cuts, not the council.\n\n\
         Robert Wilton, via Facebook\n";
    assert_eq!(
        authored(&reactions(via)),
        [(
            None,
            Some("Robert Wilton"),
            "WHEN will people realise it is the government starving the council of funds. If \
             the council has a reserve, I call that good thinking. Wise up, it is austerity \
             that is causing the cuts, not the council."
        )]
    );
    // A news report whose last paragraph a reader signed is not a letter.
    let report = "Fuel levy raised\n\n\
         The Treasury raised the levy on petrol by 12 shillings on Monday.\n\n\
         Transport operators said fares would rise.\n\n\
         \u{201c}We cannot absorb this,\u{201d} said Jane Wanjiru, who runs three matatus.\n\n\
         Readers wrote in: Fares will go up and we will walk.\n\n\
         \u{2014} Peter Otieno, Nakuru\n";
    let texts: Vec<_> = reactions(report).into_iter().map(|r| r.text).collect();
    assert!(
        texts.iter().all(|text| !text.contains("Treasury")),
        "{texts:?}"
    );
}

#[test]
fn messages_signed_under_them_with_a_bullet_and_a_pseudonym() {
    let article = "Why are you vexed?\n\n\
         \u{201c}Vexed cause the road works take so long on the highway.\u{201d}\n\n\
         \x20 \u{2022} Motorist\n\n\
         \u{201c}Vexed with the lousy service the phone company gives us every single day.\u{201d}\n\n\
         \x20 \u{2022} Irate Customer\n\n\
         \u{201c}All dem people can sign up for free medicine, and we pay for it.\u{201d}\n\n\
         \x20 \u{2022} Horse before Cart\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Motorist"),
                "Vexed cause the road works take so long on the highway."
            ),
            (
                None,
                Some("Irate Customer"),
                "Vexed with the lousy service the phone company gives us every single day."
            ),
            (
                None,
                Some("Horse before Cart"),
                "All dem people can sign up for free medicine, and we pay for it."
            ),
        ]
    );
}

#[test]
fn comments_flooding_in_announce_them() {
    let article = format!(
        "{STORY}The Treasury posted the notice on its Facebook page.\n\
         Immediately the comments came flooding in.\n\
         Achieng Odhiambo says \u{201c}Heard of buses\u{201d}.\n\
         Peter Kamau says: \u{201c}We pay and pay and the roads stay the same\u{201d}.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (None, Some("Achieng Odhiambo"), "Heard of buses"),
            (
                None,
                Some("Peter Kamau"),
                "We pay and pay and the roads stay the same"
            ),
        ]
    );
}

#[test]
fn a_named_reader_in_apposition_to_where_they_posted() {
    // Without an announcement: only the description says the speaker is a Facebook user.
    let article = format!(
        "{STORY}Facebook user, Achieng Odhiambo, asked: \u{201c}If the Treasury cannot fix the \
         roads with the levy it has, why should we pay a new one?\u{201d}\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [(
            None,
            Some("Achieng Odhiambo"),
            "If the Treasury cannot fix the roads with the levy it has, why should we pay a new one?"
        )]
    );
    assert!(found[0].cues.contains(&extract::Cue::PostingPlace));
}

#[test]
fn a_feedback_columns_handles_end_their_sentence() {
    let article = "Social Media Feedback\n\n\
         Responses to the levy story: Do not listen to them. We are all paying already. \u{2014} @wanjiku_m.\n\n\
         ***\n\n\
         There is need to convince the Treasury that we are in a crisis. \u{2014} @ OtienoK.\n\n\
         www.thestandard.co.ke\n\n\
         They do not pay these taxes themselves, so why would they care? \u{2014} @kip-99.\n";
    assert_eq!(
        authored(&reactions(article))
            .into_iter()
            .map(|(handle, name, _)| (handle, name))
            .collect::<Vec<_>>(),
        [
            (Some("wanjiku_m"), None),
            (Some("OtienoK"), None),
            (Some("kip-99"), None)
        ]
    );
}

#[test]
fn a_letter_to_the_editor_signed_by_a_name_alone_or_under_its_close() {
    let closed = "Trolls and the public domain\n\n\
         Dear Editor,\n\n\
         Putting this type of content in the public domain reflects on all of us.\n\n\
         Sincerely\n\
         Timothy Joseph\n";
    assert_eq!(
        authored(&reactions(closed)),
        [(
            None,
            Some("Timothy Joseph"),
            "Putting this type of content in the public domain reflects on all of us."
        )]
    );
    // Copied with single newlines: the letter's lines are one block over the name.
    let alone = "This posting is a cyber crime\n\n\
         Dear Editor,\n\
         There is in circulation a Facebook posting that misleads the public.\n\
         Such blatant disregard for the truth is unacceptable.\n\n\
         Neil Adams\n";
    assert_eq!(
        authored(&reactions(alone)),
        [(
            None,
            Some("Neil Adams"),
            "There is in circulation a Facebook posting that misleads the public. Such blatant \
             disregard for the truth is unacceptable."
        )]
    );
    // A report that ends on a name alone, written to nobody, is no letter.
    let report = "Levy\n\n\
         The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\
         Transport operators said fares would rise by the end of the week.\n\n\
         Neil Adams\n";
    assert!(reactions(report).is_empty());
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_person_named_before() {
    // The phrase before the pronoun names a post (`a tweet`), not its writer; the writer is
    // the subject of the sentence before, a copula's as much as another verb's.
    let article = "Americans thank Canada\n\n\
         Los Angeles, California-based writer David Wild is behind the outpouring of gratitude \
         for our Canadian neighbours. In a tweet on Sunday, he wrote: \u{201c}My fellow \
         Americans, let us all thank Canada for the things we love.\u{201d}\n";
    assert_eq!(
        authored(&reactions(article)),
        [(
            None,
            Some("David Wild"),
            "My fellow Americans, let us all thank Canada for the things we love."
        )]
    );
}

#[test]
fn a_name_with_a_middle_initial_without_its_full_stop() {
    let article = format!(
        "{STORY}Marlon A Hill said on his Twitter account, \u{201c}One of the most honest \
         budget speeches I have heard in a long time.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            None,
            Some("Marlon A Hill"),
            "One of the most honest budget speeches I have heard in a long time."
        )]
    );
}

#[test]
fn a_commenters_name_cut_short_by_the_widget() {
    let article = "Kenyans react to the new fuel levy\n\n\
         \x20 1. Kingmanny\n\n\
         \x20   June 11, 2017 at 11:10 pm\n\n\
         \x20   Electric light is the issue and a shame in this country.\n\n\
         \x20 2. MadamYe...\n\n\
         \x20   June 12, 2017 at 10:42 am\n\n\
         \x20   The person that runs the Treasury account should run the country's too.\n";
    assert_names(article, &[Some("Kingmanny"), Some("MadamYe...")]);
}

#[test]
fn a_caption_naming_an_office_holder_signs_nothing() {
    let article = "Lawmakers pass the fuel levy\n\n\
         MEMBERS of Parliament have passed the resolution to raise the levy on petrol.\n\n\
         Nyamagana MP, Stanslaus Mabula.\n\n\
         The vote was 212 to 40.\n";
    assert_eq!(authored(&reactions(article)), []);
}

#[test]
fn an_sms_signed_with_name_town_and_number() {
    let article = "Readers' text messages\n\n\
         Levy will finish us\n\
         Nice one. You voiced the minds of many of us, some of whom can no longer afford the \
         fare to work.\n\
         I am sorry for the workers of this country. With the level of suffering, poverty, \
         hunger and pain in the land today, the Treasury raises the levy again and expects us \
         to clap?\n\
         The voice of the people is the voice of God. Because of this levy, we have been on \
         the same spot for too long without any hope; what a shame! It is a matter of time.\n\
         \u{2013} Eva, Bayelsa, 08058165511\n";
    let found = reactions(article);
    assert_eq!(
        authored(&found)
            .into_iter()
            .map(|(handle, name, text)| (handle, name, &text[..30]))
            .collect::<Vec<_>>(),
        [(None, Some("Eva"), "Nice one. You voiced the minds")]
    );
    assert!(found[0].text.ends_with("It is a matter of time."));
}

#[test]
fn an_instagram_caption_over_its_credit_line() {
    let article = "Fans at the final\n\n\
         The fans took over the city before kick-off.\n\n\
         #finals #matatu #nairobi\n\n\
         A photo posted by Wanjiru Kamau (@wanjiru_k) on\n\n\
         What a night for Kenya, proud of this team\n\n\
         A video posted by Otieno (@otieno.254) on Jun 14, 2016 at 11:02am PDT\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                Some("wanjiru_k"),
                Some("Wanjiru Kamau"),
                "#finals #matatu #nairobi"
            ),
            (
                Some("otieno.254"),
                Some("Otieno"),
                "What a night for Kenya, proud of this team"
            ),
        ]
    );
}

#[test]
fn posts_listed_as_their_authors_name_a_dash_and_the_words() {
    let article = format!(
        "{STORY}We collected some of the best.\n\n\
         Achieng Odhiambo \u{2014} Another levy, another year of walking to work. #FuelLevy\n\n\
         Gov. Peter Kamau \u{2013} Tonight's decision only reminds me how far we have slipped\n\n\
         Wanjiru Kamau \u{2014} I'm sorry, @KenyaTreasury, you are no longer my favourite\n\n\
         Kenya \u{2014} the country of long queues \u{2014} woke up to higher prices on Tuesday.\n"
    );
    assert_names(
        &article,
        &[
            Some("Achieng Odhiambo"),
            Some("Gov. Peter Kamau"),
            Some("Wanjiru Kamau"),
        ],
    );
}

#[test]
fn listed_posts_signed_with_a_username_after_a_dash() {
    // Each post mocks the Treasurer by quoting him, before a colon or in quote marks: the
    // signature at the end is the post's author.
    let article = format!(
        "{STORY}The budget speech invoked ridicule from the tweeting masses.\n\n\
         \x20 \u{2022} Mbadi: \u{201c}we will fight the deficit on the beaches\u{201d} \u{2014} marksmithers\n\
         \x20 \u{2022} Hang on, what was that? Did you say \u{2018}nation-building\u{2019}? \u{2014} michaelturtle\n\
         \x20 \u{2022} Mbadi: The poor will be fed on the blood of the rich. \u{2014} wanjiku_k\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(handle, name, _)| (handle, name))
            .collect::<Vec<_>>(),
        [
            (Some("marksmithers"), None),
            (Some("michaelturtle"), None),
            (Some("wanjiku_k"), None)
        ]
    );
}

#[test]
fn letters_signed_by_names_alone_in_turn_with_the_editors_replies() {
    // No heading names letters: the letters signed one after another by a name alone say so,
    // and the editor's reply in brackets under each is neither letter's.
    let article = "Sunday mailbag\n\n\
         Instead of spending billions on a new rail line, why does the county not just buy \
         everybody a brand new matatu?\n\
         Wanjiru Kamau\n\
         (We would not mind a new matatu.)\n\n\
         I find the new levy on petrol extremely divisive and, as a commuter, very offensive.\n\
         Every one of us pays it twice, at the pump and at the stage.\n\
         Otieno Ochieng\n\
         (The right balance must be struck on this levy.)\n\n\
         Since the 1990s I have chosen to walk to work, and the levy will not change that.\n\
         When will the Treasury talk about walking before it talks about fuel?\n\
         Achieng Odhiambo\n\
         (It seems we are moving in that direction.)\n";
    let read = reactions(article);
    let found = authored(&read);
    let names: Vec<_> = found.iter().map(|(_, name, _)| *name).collect();
    assert_eq!(
        names,
        [
            Some("Wanjiru Kamau"),
            Some("Otieno Ochieng"),
            Some("Achieng Odhiambo")
        ]
    );
    assert!(found[1].2.starts_with("I find the new levy"), "{found:?}");
    assert!(found.iter().all(|(_, _, text)| !text.contains('(')));
}

#[test]
fn a_comment_thread_whose_theme_capitalizes_says() {
    let article = format!(
        "{STORY}Ginger Says:\n\
         September 3rd, 2009 at 10:02 pm\n\
         When I fill up I would like to pay for the fuel, not for the Treasury's mistakes.\n\
         Len Cyca Says:\n\
         September 4th, 2009 at 12:27 am\n\
         I have just sold the car. The levy was just too much to take.\n"
    );
    assert_names(&article, &[Some("Ginger"), Some("Len Cyca")]);
}

#[test]
fn a_post_quoted_by_another_with_no_words_of_its_own() {
    let article = format!(
        "{STORY}Filipino parents got no chill \u{2014} sydney (@omgxsyn) January 14, 2019\n\n\
         She wasn\u{2019}t playin. \u{2014} All is Fair (@freeziawh) January 14, 2019 \u{2014} \
         Mulan\u{2019}s Boba Daddy (@MulanDaddy) January 14, 2019\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("omgxsyn"),
                Some("sydney"),
                "Filipino parents got no chill"
            ),
            (Some("freeziawh"), Some("All is Fair"), "She wasn't playin."),
        ]
    );
}

#[test]
fn a_live_blogs_posts_with_their_credit_glued_on() {
    let article = format!(
        "{STORY}The Treasury is 12 shillings away from the highest levy in our history. \
         #FuelLevyby MKhan47 via twitter 11/9/2016 4:52:39 AM\n\n\
         Senior sources tell me the Treasurer has left the building.by Jane Wanjiru via \
         twitter 11/9/2016 4:59:00 AM\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                Some("MKhan47"),
                None,
                "The Treasury is 12 shillings away from the highest levy in our history. #FuelLevy"
            ),
            (
                None,
                Some("Jane Wanjiru"),
                "Senior sources tell me the Treasurer has left the building."
            ),
        ]
    );
}

#[test]
fn letters_signed_over_a_street_and_a_town() {
    let article = "Your letters, your views\n\n\
         The levy is a tax on the poor\n\n\
         The Treasury has generally ignored the express wishes of the people.\n\n\
         May someone in government speak out on the many injustices of this levy.\n\n\
         Wanjiru Kamau\n\
         45 Kilimani rd\n\
         Nairobi 00100\n\n\
         Walk to work\n\n\
         I have walked to work since the levy, and I have never felt better.\n\n\
         Otieno Ochieng\n\
         5,Marula Avenue\n\
         Co Kisumu\n";
    let read = reactions(article);
    let found = authored(&read)
        .into_iter()
        .map(|(_, name, text)| (name, text.to_string()))
        .collect::<Vec<_>>();
    assert_eq!(
        found,
        [
            (
                Some("Wanjiru Kamau"),
                "The Treasury has generally ignored the express wishes of the people. May \
                 someone in government speak out on the many injustices of this levy."
                    .to_string()
            ),
            (
                Some("Otieno Ochieng"),
                "I have walked to work since the levy, and I have never felt better.".to_string()
            ),
        ]
    );
}

#[test]
fn another_after_a_sentence_naming_the_twitterati() {
    let article = format!(
        "{STORY}One of the twitterati pointed out that nothing had changed at the pump. \
         Another said: \u{201c}You can hate the levy and still pay it. It is easy.\u{201d} \
         Another said: \u{201c}We do not see walking as exercise. We see it as a budget.\u{201d}\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                None,
                "You can hate the levy and still pay it. It is easy."
            ),
            (
                None,
                None,
                "We do not see walking as exercise. We see it as a budget."
            ),
        ]
    );
    // The same sentences after a paragraph about officials are reported speech.
    let officials = format!(
        "{STORY}One of the officials pointed out that nothing had changed at the pump. \
         Another said: \u{201c}You can hate the levy and still pay it.\u{201d}\n"
    );
    assert_eq!(authored(&reactions(&officials)), []);
}

#[test]
fn name_colon_comments_glued_into_one_paragraph() {
    let article = format!(
        "{STORY}What you have been saying on our Facebook page:\n\n\
         Wanjiru Kamau:\n\n\
         Nobody wants this levy. Hope someone will stand up for us. Otieno Ochieng: Maybe you \
         do not think we need roads, but the levy pays for them. Achieng Odhiambo: There were \
         matatus on this road before the levy and there will be after it.\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [
            (
                None,
                Some("Wanjiru Kamau"),
                "Nobody wants this levy. Hope someone will stand up for us."
            ),
            (
                None,
                Some("Otieno Ochieng"),
                "Maybe you do not think we need roads, but the levy pays for them."
            ),
            (
                None,
                Some("Achieng Odhiambo"),
                "There were matatus on this road before the levy and there will be after it."
            ),
        ]
    );
}

#[test]
fn a_commenters_name_in_a_script_without_capitals() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Wanjiru Kamau: Another levy, another year of walking to work.\n\n\
         \u{6d2a}\u{5174}: The Treasury should set this levy as the topic of the national exam.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("\u{6d2a}\u{5174}")]);
}

#[test]
fn a_signatures_account_name_is_kept_as_printed() {
    // A desk's `NDP MP Jane Doe` drops the description; an account's own name does not
    // describe anyone.
    let article = format!(
        "{STORY}Mood darkens at the pumps as the levy takes effect. \
         #FuelLevy \u{2014} KTN News Politics (@KTNPolitics) March 3, 2021\n"
    );
    assert_eq!(
        authored(&reactions(&article)),
        [(
            Some("KTNPolitics"),
            Some("KTN News Politics"),
            "Mood darkens at the pumps as the levy takes effect. #FuelLevy"
        )]
    );
}

#[test]
fn a_name_after_how_the_reader_was() {
    let article = format!(
        "{STORY}Here is what viewers wrote under the budget video on YouTube:\n\n\
         \u{201c}Why does the Treasury never learn to do interviews?\u{201d} a seemingly annoyed \
         Jamaica Nice wrote.\n\n\
         \u{201c}Canada needs to think about building a wall.\u{201d} An ace socialist, El \
         Henderz, with a pen name Jimmy T tweeted this too.\n"
    );
    assert_eq!(
        authored(&reactions(&article))[0],
        (
            None,
            Some("Jamaica Nice"),
            "Why does the Treasury never learn to do interviews?"
        )
    );
    assert!(authored(&reactions(&article))
        .iter()
        .all(|(_, name, _)| *name != Some("Jimmy T")));
}

#[test]
fn text_messages_under_the_papers_sms_heading() {
    // The headline alone says what the page is: every message is a reader's, signed under it
    // with a name and a town, or not at all.
    let article = "SMS The Weekly Courier\n\n\
         THE Treasury should explain the new levy before it takes effect, not after we have \
         paid it at the pump.\n\
         Tendai, Mutare.\n\n\
         WHY is nobody asking where the money from the last levy went? We deserve answers.\n\
         Obsever, Bulawayo.\n\n\
         THE matatu fares have doubled since January and nobody in government cares.\n\
         Ngwenya, Gweru.\n";
    assert_names(article, &[Some("Tendai"), Some("Obsever"), Some("Ngwenya")]);
    // Under a story about text messages the same signed paragraphs are only letter-shaped:
    // the heading is what makes them readers' messages.
    let story = article.replace("SMS The Weekly Courier", "SMS scams are rising, banks warn");
    let weight = |article: &str| -> f64 { confidences(article).iter().map(|(_, p)| p).sum() };
    assert!(weight(article) > weight(&story) + 0.5);
}

#[test]
fn senders_named_in_capitals_before_says() {
    // `IN response to <story>, NAME says:` as SMS pages print a reply; a name in capitals
    // keeps every word (`NYATI` is no initials).
    let article = "Sms letters\n\n\
         SMS to 0772 000 000 Forty words maximum\n\n\
         IN response to Treasury defends levy, WILFRED MOYO says: The Treasury is supposed to \
         tell us the way forward. Why is it telling us about last year?\n\n\
         NYATI NARE BUFFALO says: Why can't they talk about the citizens' future and forget \
         about the levy.\n\n\
         FELIX DUBE says: Why is the minister attacking the opposition instead of focusing on \
         the main problem?\n";
    assert_eq!(
        authored(&reactions(article))
            .into_iter()
            .map(|(_, name, text)| (
                name,
                text.split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
            ))
            .collect::<Vec<_>>(),
        [
            (Some("WILFRED MOYO"), "The Treasury is".to_string()),
            (Some("NYATI NARE BUFFALO"), "Why can't they".to_string()),
            (Some("FELIX DUBE"), "Why is the".to_string()),
        ]
    );
}

#[test]
fn a_comment_section_copied_from_its_first_commenters_name() {
    // The copy starts at the first commenter: the headline is a name, and every name heads
    // the comment under it.
    let comments = "Wanjiru Kamau\n\n\
         Twelve shillings a litre is too much for a country struggling like ours. Who will \
         pay for the matatu now?\n\n\
         Otieno Were\n\n\
         Many educated people were hoodwinked into believing everything was all right.\n\n\
         The Treasury should not be grandstanding. It had its chance.\n\n\
         Achieng Oduor\n\n\
         What right has the Treasury to sell the future of our children?\n";
    assert_eq!(
        authored(&reactions(comments))
            .into_iter()
            .map(|(_, name, text)| (
                name,
                text.split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            ))
            .collect::<Vec<_>>(),
        [
            (Some("Wanjiru Kamau"), "Twelve shillings".to_string()),
            (Some("Otieno Were"), "Many educated".to_string()),
            (Some("Achieng Oduor"), "What right".to_string()),
        ]
    );
}

#[test]
fn names_under_a_headline_about_posts_head_the_comments_under_them() {
    // No announcement: the headline says the page is readers' posts, and the first name
    // stands right under it.
    let page = "Kenyan tweets\n\n\
         Wanjiru Kamau\n\n\
         They used to say the levy would fix the roads, but the Treasury is making the country \
         poorer.\n\n\
         Otieno Were\n\n\
         When the ruler loses his nerve, he tries to silence the press.\n\n\
         Achieng Oduor\n\n\
         Why do mothers alone carry the cost of school fees?\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Wanjiru Kamau"), "They"),
            (Some("Otieno Were"), "When"),
            (Some("Achieng Oduor"), "Why"),
        ],
    );
}

#[test]
fn posts_listed_as_name_hyphen_text_under_topic_lines() {
    // Facebook comments as a paper prints them: each story a line ending in a colon, each
    // post its author's name, a spaced hyphen and the words; a topic may have only one post.
    let page = "What's being said on our Facebook page\n\n\
         On the Treasury raising the fuel levy by 12 shillings:\n\n\
         Wanjiru Kamau - Apart from being cheaper, the matatu must also be safe and on time.\n\n\
         Otieno Were - How can they possibly raise it again after so many promises?\n\n\
         Matatu owners say they will strike on Monday:\n\n\
         Achieng Oduor - I am a firm believer in free markets, but this is too much.\n\n\
         Prices at the pump reached a record:\n\n\
         Baraka Mwangi - Prices are astronomically high for anyone who drives to work.\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Wanjiru Kamau"), "Apart"),
            (Some("Otieno Were"), "How"),
            (Some("Achieng Oduor"), "I"),
            (Some("Baraka Mwangi"), "Prices"),
        ],
    );
}

#[test]
fn viewers_named_with_where_their_town_lies_and_an_opening_conjunction() {
    // A station's viewer mail: `Jan out in Arapaho adds:`, and a sentence opening with `And`
    // before the viewer's name.
    let page = "Your 2 Cents: viewers respond to the fuel levy\n\n\
         Last night I called the levy the right call. Here's what some of you had to say:\n\n\
         Jan out in Arapaho adds: \"Allow us to get the tractors ready before prices go up.\"\n\n\
         And Wanjiru Kamau in Thika writes: \"The levy is too much for a family like mine.\"\n\n\
         Mary Jo in Drummond wrote: \"Harvest season is coming. Complainers should walk.\"\n";
    let found = reactions(page);
    let names: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    assert_eq!(names, [Some("Jan"), Some("Wanjiru Kamau"), Some("Mary Jo")]);
}

#[test]
fn quotes_signed_with_a_facebook_mention_of_a_name() {
    // A Facebook mention is a name with spaces after its `@`; a handle stays a handle.
    let article = format!(
        "{STORY}Here is what readers said on Facebook:\n\n\
         \u{201c}Twelve shillings is too much. In other countries they would have to step \
         down.\u{201d}\n\n\
         \u{2013} @Nicky Excellence\n\n\
         \u{201c}Why should we put our confidence in the Treasury? What can it do about \
         prices?\u{201d}\n\n\
         \u{2013} @Kerry Ann Foster\n\n\
         \u{201c}Nobody expected them to sweep away the levy. Madness.\u{201d} \u{2013} @Niko VF\n\n\
         \u{201c}Clear example, look at the handling of the last levy.\u{201d}\n\n\
         \u{2013} @quality_by_hugh\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(handle, name, _)| (handle, name))
            .collect::<Vec<_>>(),
        [
            (None, Some("Nicky Excellence")),
            (None, Some("Kerry Ann Foster")),
            (None, Some("Niko VF")),
            (Some("quality_by_hugh"), None),
        ]
    );
}

#[test]
fn letters_closed_with_yours_etc_and_signed_in_capitals() {
    // The Irish Times' letters: `Sir, –` opens, `– Yours, etc,` is glued to the last line, the
    // name in capitals (a title before it) over the address; a letter stops at the address
    // that signs the one before.
    let article = "Letters to the Editor\n\n\
         Sir, – The levy on petrol is an insult to every commuter in the country.\n\
         Surely the Minister could find the money elsewhere. – Yours, etc,\n\
         Dr JOHN DOHERTY,\n\
         Ballinamult,\n\
         Co Waterford.\n\
         Sir, – It would greatly help all our elected representatives to read the reasoned \
         article on the levy. – Yours, etc,\n\
         PAUL TIERNEY,\n\
         Belturbet,\n\
         Co Cavan.\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Dr JOHN DOHERTY"),
                "Sir, – The levy on petrol is an insult to every commuter in the country. \
                 Surely the Minister could find the money elsewhere."
            ),
            (
                None,
                Some("PAUL TIERNEY"),
                "Sir, – It would greatly help all our elected representatives to read the \
                 reasoned article on the levy."
            ),
        ]
    );
}

#[test]
fn anonymous_readers_after_a_sentence_saying_readers_were_divided() {
    // `Online commenters were mixed` announces what each side said; analysts divided do not.
    let quotes = "\u{201c}If people are forced to pay this much for petrol, we need a better \
         alternative,\u{201d} one person said.\n\n\
         \u{201c}Pensions don\u{2019}t cover fuel and the government doesn\u{2019}t care,\u{201d} \
         said another.\n";
    let readers = format!(
        "{STORY}Online commenters were mixed, with some saying the levy was overdue.\n\n{quotes}"
    );
    assert_eq!(reactions(&readers).len(), 2);
    let analysts =
        format!("{STORY}Analysts were divided over whether the levy was overdue.\n\n{quotes}");
    assert!(reactions(&analysts).is_empty());
}

#[test]
fn quoted_testimony_attributed_to_a_witness_is_no_round_up() {
    // Quoted paragraphs in a row are a round-up of comments only when nothing attributes
    // them: `the witness said` does, though no reading of a reader knows who a witness is.
    let testimony = "Witness knew the voice, trial hears\n\n\
         A MAN told a Supreme Court jury yesterday that he knew the identity of the shooter.\n\n\
         \u{201c}I was entering West End Avenue when we were approached by the accused,\u{201d} \
         the witness said.\n\n\
         \u{201c}How do you know it was him?\u{201d} the prosecutor asked.\n\n\
         \u{201c}I heard the voice and I saw a person in the dark,\u{201d} the witness \
         answered.\n\n\
         \u{201c}How long did you know him?\u{201d} the prosecutor then asked.\n";
    assert!(reactions(testimony).is_empty());
}

#[test]
fn comments_under_a_header_with_the_commenter_and_the_time_on_one_line() {
    // A comment widget copied as text: `Name Weekday, date time` over the comment, the votes
    // under it (`Reply : 1 49`), which are no comment.
    let article = format!(
        "{STORY}\
         ANTON Tuesday, 13 March 2018 15:42\n\
         THANK YOU SIR, BUT OUR POLITICIANS ARE INTERESTED IN CHEQUE BOOKS.\n\
         Reply : 1 49\n\
         Redmax Tuesday, 13 March 2018 16:21\n\
         Commuters showed more patience while the levy was suspended.\n\
         Reply : 0 4\n\
         Scooby Doo Tuesday, 13 March 2018 16:27\n\
         Seems like the Treasury is addicted to levies.\n\
         Reply : 9 11\n"
    );
    assert_names(
        &article,
        &[Some("ANTON"), Some("Redmax"), Some("Scooby Doo")],
    );
}

#[test]
fn comments_under_a_bulleted_header_whose_time_ends_in_pm() {
    // The same widget on another site: a bullet before the first header, a twelve-hour clock.
    let article = format!(
        "{STORY}  Comments - 3\n\n\
         \u{2022} Dee Thursday, 25 November 2021 01:57 PM\n\n\
         What were those two officials doing giving a statement about quality standards?\n\n\
         Sumangala Thursday, 25 November 2021 05:48 PM\n\n\
         The photo shows the pump did NOT run dry. Stop spreading fake news.\n\n\
         Otieno Were Thursday, 25 November 2021 05:59 PM\n\n\
         Levies do not fix roads. Management does.\n"
    );
    assert_names(
        &article,
        &[Some("Dee"), Some("Sumangala"), Some("Otieno Were")],
    );
}

#[test]
fn a_live_list_of_posts_each_opening_with_its_time_of_day() {
    // The clock's colon comes before the author's: the time is no author.
    let article = format!(
        "{STORY}Here's a sampling of the conversation on X.\n\n\
         \u{2022} 4:15 p.m. @nairobi_news: Matatu owners reporting a snag in the levy deal.\n\n\
         \u{2022} 4 p.m. @wanjiru_k: A levy again? I just don't get it.\n\n\
         \u{2022} 1pm @otieno22: My phone is going bonkers!! The levy is off.\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(handle, _, _)| handle)
            .collect::<Vec<_>>(),
        [Some("nairobi_news"), Some("wanjiru_k"), Some("otieno22")]
    );
}

#[test]
fn letters_signed_from_a_titled_name_over_the_town() {
    // Each letter under its own heading, signed `From Mr …` and the town on the next line.
    let page = "Kenya's levy\n\n\
         A fair levy\n\n\
         The Treasury has shown wisdom and honesty in raising the levy by only a few shillings.\n\
         From Mr Khurshid Omondi\n\
         Kisumu, Kenya\n\n\
         Pity the drivers\n\n\
         It is a pity to see such ignorance towards drivers who work fifteen hours a day.\n\
         From Ms Asna Wekesa\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Mr Khurshid Omondi"), "The"),
            (Some("Ms Asna Wekesa"), "It"),
        ],
    );
}

#[test]
fn one_and_a_second_under_a_headline_about_fans_are_readers() {
    // No announcement and no reaction before: the headline says the page is about fans, so
    // `one remarked` is one of them, not a person reported.
    let article = "Matatu fans all have the same complaint after the levy\n\n\
         Commuters were less than impressed by the decision.\n\n\
         \"WHAT?!?! The levy does not deserve to pass. There were worse bills than this,\" one \
         remarked, while a second added: \"The levy is set up every year, it's actually \
         gross.\"\n\n\
         \"I cannot believe the fare is up again?!\" admitted a third.\n";
    assert_anonymous_openings(
        article,
        3,
        &["WHAT?!?! The levy", "The levy is", "I cannot believe"],
    );
}

#[test]
fn a_verb_opening_the_clause_is_no_part_of_the_name_after_it() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         Wrote Jane Wanjiru: \u{201c}The levy is daylight robbery and we will not pay it.\u{201d}\n"
    );
    assert_names(&article, &[Some("Jane Wanjiru")]);
}

#[test]
fn a_list_of_bulleted_comments_ends_where_the_bullets_do() {
    let article = format!(
        "{STORY}Here is what readers said:\n\n\
         \u{2022} The levy is daylight robbery and we will not pay it.\n\n\
         \u{2022} Season after season we pay more and get less for it.\n\n\
         \u{2022} Boycott the pumps for a week and see what happens then.\n\n\
         The Treasury has defended the levy as necessary.\n"
    );
    let found = reactions(&article);
    let texts: Vec<_> = authored(&found)
        .into_iter()
        .map(|(_, _, text)| text)
        .collect();
    assert_eq!(
        texts,
        [
            "The levy is daylight robbery and we will not pay it.",
            "Season after season we pay more and get less for it.",
            "Boycott the pumps for a week and see what happens then.",
        ]
    );
}

#[test]
fn names_with_where_they_posted_over_their_comments_and_with_their_age() {
    let over = format!(
        "{STORY}Here is what readers said:\n\n\
         Jane Wanjiru on Facebook:\n\n\
         The levy is daylight robbery and we will not pay it.\n\n\
         Peter Otieno on Facebook:\n\n\
         Season after season we pay more and get less for it.\n"
    );
    let found = reactions(&over);
    assert_eq!(
        authored(&found)
            .into_iter()
            .map(|(_, name, _)| name)
            .collect::<Vec<_>>(),
        [Some("Jane Wanjiru"), Some("Peter Otieno")]
    );
    assert!(found.iter().all(|r| r.platform.as_str() == "facebook"));
    let aged = format!(
        "{STORY}Here is what readers said:\n\n\
         Jane Wanjiru, 34, Nairobi: The levy is daylight robbery and we will not pay it.\n\n\
         Peter Otieno, 51, Kisumu: Season after season we pay more and get less for it.\n"
    );
    assert_names(&aged, &[Some("Jane Wanjiru"), Some("Peter Otieno")]);
}

#[test]
fn a_description_and_a_comma_before_the_name_and_its_verb() {
    // Swahili: `Mbunge wa Kibra` (the MP for Kibra), then the name and `aliandika` (wrote).
    let article = "Wakenya watoa maoni\n\n\
         Wakenya wengi walitoa maoni yao kwenye Twitter.\n\n\
         Mbunge wa Kibra, Otieno Were aliandika: \u{201c}Salamu bora kabisa kwa wote, tuendelee \
         pamoja,\u{201d} huku akirejea salamu ya Rais.\n";
    assert_names(article, &[Some("Otieno Were")]);
}

#[test]
fn a_call_in_column_of_unsigned_messages_under_titles() {
    // `Sound Off`: readers' calls printed unsigned, each under a title the desk gave it, the
    // column described in a line about its readers first.
    let page = "Sound Off for March 13, 2017\n\n\
         Sound Off prints anonymous, brief takes on the news phoned in by our readers.\n\n\
         Matatu miracle\n\n\
         Wow, we actually rode a matatu the other night without the blaring music. Were we \
         dreaming?\n\n\
         Levy woes\n\n\
         If you think it's hard paying the levy in Nairobi, try paying it in Lodwar.\n\n\
         High price\n\n\
         Treasury, please don't raise anything else. You are going to run us all into debt.\n";
    assert_anonymous_openings(
        page,
        3,
        &["Wow, we actually", "If you think", "Treasury, please don't"],
    );
}

#[test]
fn text_messages_under_an_sms_heading_each_opening_with_an_asterisk() {
    let page = "SMSes of the Day : Tuesday\n\n\
         SMSes of the Day : Tuesday\n\n\
         * WE pay the levy on every litre every day. The same Treasury failed dismally to fix \
         the roads. What hypocrisy!\n\n\
         * EVER wonder why the ministry cannot raise the money for the roads? It is a shame.\n\n\
         * FUNNY how a minister blames the matatu owners for the fares. Please keep quiet.\n";
    assert_anonymous_openings(page, 2, &["WE pay", "EVER wonder", "FUNNY how"]);
}

#[test]
fn a_letters_salutation_is_no_author() {
    // `Dear Editor, Re: <the story>` glued to the letter: `Dear Editor` before the colon of
    // `Re:` names nobody.
    let article = "Letters\n\n\
         Dear Editor, Re: Fuel levy debate It is a complete disgrace that the Treasury raised \
         the levy again without asking anyone who drives for a living.\n\n\
         Dear Editor, Re: Matatu fares Okay, this happens every year, but the fares have never \
         doubled in one week before.\n";
    let found = reactions(article);
    let letters = authored(&found);
    assert!(letters
        .iter()
        .all(|(_, name, _)| *name != Some("Dear Editor")));
    // Unsigned, each is an anonymous reader's letter.
    assert_eq!(
        letters
            .iter()
            .map(|(handle, name, text)| (
                *handle,
                *name,
                text.split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ")
            ))
            .collect::<Vec<_>>(),
        [
            (None, None, "Re: Fuel levy debate".to_string()),
            (None, None, "Re: Matatu fares Okay,".to_string()),
        ]
    );
}

#[test]
fn a_letter_under_its_salutation_and_signed_below_is_its_signers_once() {
    let page = "Letters\n\n\
         Dear Editor, the Treasury raised the levy again without asking anyone who drives for a \
         living, and the matatu fares doubled in one week.\n\n\
         It is time the ministry listened to the people who pay.\n\n\
         Jane Wanjiru, Nakuru\n";
    let found = reactions(page);
    let letters = authored(&found);
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert_eq!(letters[0].1, Some("Jane Wanjiru"));
}

#[test]
fn comments_signed_after_a_tilde() {
    // A French page's sample of comments, each signed `~ Name.` after its words, quoted or not.
    let article = "Les internautes réagissent\n\n\
         Un échantillon de commentaires est présenté ci-dessous:\n\n\
         \"Nous ne sommes plus avec vous. Vous avez déclaré la guerre au pays.\"~ Yohanes Ntap.\n\n\
         C'est l'ignorance ou la folie. Ces gens devraient être arrêtés. ~ Thierry Ottou.\n";
    assert_names(article, &[Some("Yohanes Ntap"), Some("Thierry Ottou")]);
}

#[test]
fn a_dateline_is_no_commenter_and_a_commentator_is_described() {
    // `NAIROBI:` opens the article's own sentence; `cricket commentator Ahmer Naqvi wrote`
    // names the writer after his description.
    let article = "Kenyans react to the new fuel levy\n\n\
         NAIROBI:  As the Treasury raised the levy on Monday, Twitter users did what they do \
         best and made memes of it.\n\n\
         \u{201c}The levy is as strong as the evidence against the minister,\u{201d} cricket \
         commentator Ahmer Naqvi wrote.\n";
    assert_eq!(
        authored(&reactions(article)),
        [(
            None,
            Some("Ahmer Naqvi"),
            "The levy is as strong as the evidence against the minister"
        )]
    );
}

#[test]
fn a_name_in_capitals_over_its_quote_in_a_run_of_names_over_quotes() {
    let article = format!(
        "{STORY}Here is what Kenyans said on X:\n\n\
         Nyanchoka Kamanda\n\n\
         \"Reduce the cost of living! The hot air is becoming cold air!\"\n\n\
         ALICE WANJIKU\n\n\
         \"Kwani tuko which year, campaigns zimeshaanza kumbe?\"\n"
    );
    assert_names(
        &article,
        &[Some("Nyanchoka Kamanda"), Some("ALICE WANJIKU")],
    );
}

#[test]
fn a_dash_list_inside_a_post_signs_nothing() {
    // A post listing its grievances with dashes, signed at its end: the first item is no
    // signature of the line above it.
    let article = format!(
        "{STORY}Kenyans took to X:\n\n\
         Kenyans are going through the most. \u{1f494}\n\n\
         -Unemployment\n\n\
         \u{2013} Loadshedding\n\n\
         \u{2013} Now skyrocketing petrol prices #FuelLevy pic.twitter.com/fUop0gN01V \
         \u{2014} Botlhe (@Djayrhhee) November 29, 2021\n"
    );
    let reactions = reactions(&article);
    let found = authored(&reactions);
    assert!(found
        .iter()
        .all(|(_, name, _)| *name != Some("Unemployment")));
    assert!(found
        .iter()
        .any(|(handle, _, text)| *handle == Some("Djayrhhee") && text.contains("Loadshedding")));
}

#[test]
fn letters_signed_with_a_name_and_a_town_one_after_another() {
    // No heading says these are letters: each is signed with a name (two people, or an
    // initial and a surname) and a town in a paragraph of its own, and a letter of several
    // paragraphs is read whole.
    let article = "Concert was amazing\n\n\
         I HAVE to say how delighted my mum and I were to be at the concert.\n\n\
         Long may it continue!\n\n\
         Anne Cain and Mum, Prescot\n\n\
         Whale of a time\n\n\
         ON the radio the other day, a guest asked if a whale had ever been shown in Bootle.\n\n\
         I am one hundred per cent certain that one was, around 1970.\n\n\
         A Bragg, West Derby\n";
    assert_eq!(
        authored(&reactions(article)),
        [
            (
                None,
                Some("Anne Cain and Mum"),
                "I HAVE to say how delighted my mum and I were to be at the concert. Long may it \
                 continue!"
            ),
            (
                None,
                Some("A Bragg"),
                "ON the radio the other day, a guest asked if a whale had ever been shown in \
                 Bootle. I am one hundred per cent certain that one was, around 1970."
            ),
        ]
    );
}

#[test]
fn a_letter_signed_with_a_name_and_the_comma_its_town_was_cut_from() {
    let article = "Letters to the Editor: the levy\n\n\
         Good work\n\n\
         Sir \u{2014} The decisive victory of the commuters in the levy debate is a recognition \
         of their good work.\n\n\
         This should also impress upon the Treasury the importance of listening to people.\n\n\
         Tharcius S. Fernando,\n";
    assert_names(article, &[Some("Tharcius S. Fernando")]);
}

#[test]
fn a_demonym_before_a_name_describes_it() {
    let article = format!(
        "{STORY}Kenyans abroad took to Facebook.\n\n\
         \u{201c}Traffic stops on the streets of Nairobi to watch the pumps. I GUESS ALL WORK \
         DUN FI DI DAY NOW!,\u{201d} posted Kenyan Richard Lue, moments after the levy rose.\n"
    );
    assert_names(&article, &[Some("Richard Lue")]);
}

#[test]
fn the_user_a_sentence_named_is_that_reader() {
    let article = format!(
        "{STORY}Kenyans on social media reacted to the levy.\n\n\
         A user with the handle @PastorBOJ expressed shock over the decision.\n\n\
         \u{201c}I\u{2019}m shocked by the pump prices they recommended!\u{201d} the user \
         exclaimed.\n\n\
         \u{201c}We are in big trouble,\u{201d} said another user.\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(handle, name, _)| (handle, name))
            .collect::<Vec<_>>(),
        [(Some("PastorBOJ"), None), (None, None)]
    );
}

#[test]
fn unsigned_text_messages_between_signed_ones() {
    let article = "SMS The Weekly Courier\n\n\
         THE Treasury should explain the new levy before it takes effect, not after we have \
         paid it at the pump.\n\
         Tendai, Mutare.\n\n\
         OUTSTANDING fuel issues are still to be addressed and the levy makes them worse.\n\n\
         SAYING that the levy is for roads is the same as saying that matatus fly.\n\n\
         WITH the abuse of our money continuing, no new levy will ever be trusted.\n\n\
         WHY is nobody asking where the money from the last levy went? We deserve answers.\n\
         Obsever, Bulawayo.\n";
    assert_eq!(
        authored(&reactions(article))
            .into_iter()
            .map(|(_, name, text)| (
                name,
                text.split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string()
            ))
            .collect::<Vec<_>>(),
        [
            (Some("Tendai"), "THE".to_string()),
            (None, "OUTSTANDING".to_string()),
            (None, "SAYING".to_string()),
            (None, "WITH".to_string()),
            (Some("Obsever"), "WHY".to_string()),
        ]
    );
}

#[test]
fn a_speaker_going_on_into_the_next_quote() {
    // `, adding:` attributes the quote before it and introduces the next, both the writer's.
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         \u{201c}The levy is daylight robbery,\u{201d} Mary Wanjiku wrote, adding: \u{201c}We \
         are tired of paying for their mistakes.\u{201d}\n\n\
         \u{201c}Nobody asked us,\u{201d} Otieno Juma posted, before adding: \u{201c}Where did \
         the last levy go?\u{201d}\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Mary Wanjiku"), "The"),
            (Some("Mary Wanjiku"), "We"),
            (Some("Otieno Juma"), "Nobody"),
            (Some("Otieno Juma"), "Where"),
        ],
    );
}

#[test]
fn a_participle_or_an_infinitive_after_the_readers_verb() {
    // `reacted, saying “…”` runs into the post as `wrote “…”` does; `was quick to point out:`
    // introduces it as `pointed out:` would.
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         Mary Wanjiku reacted, saying \u{201c}The levy is daylight robbery and we will not \
         pay it.\u{201d}\n\n\
         Otieno Juma weighed in, saying \u{201c}Nobody asked us before raising it.\u{201d}\n\n\
         Akinyi Odhiambo was quick to point out: \u{201c}Fares went up last week \
         already.\u{201d}\n\n\
         Wanjiru Kamau reacted, saying on Facebook \u{1f1f0}\u{1f1ea} \u{201c}Walking to work \
         from tomorrow.\u{201d}\n"
    );
    // (The last: a place and a flag between `saying` and the quote, which the clause's words
    // are counted without.)
    assert_names_and_openings(
        &article,
        &[
            (Some("Mary Wanjiku"), "The"),
            (Some("Otieno Juma"), "Nobody"),
            (Some("Akinyi Odhiambo"), "Fares"),
            (Some("Wanjiru Kamau"), "Walking"),
        ],
    );
}

#[test]
fn a_named_readers_post_with_its_platform_before_the_noun() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         Mary Wanjiku's Facebook post read: \u{201c}The levy is daylight robbery and we will \
         not pay it.\u{201d}\n\n\
         Otieno Juma's Instagram caption read: \u{201c}Walking to work from tomorrow.\u{201d}\n"
    );
    assert_names_and_platforms(
        &article,
        &[
            (Some("Mary Wanjiku"), Platform::Facebook),
            (Some("Otieno Juma"), Platform::Instagram),
        ],
    );
}

#[test]
fn an_abbreviated_title_or_place_ends_no_sentence() {
    // `St.` and `Dr.` end no sentence: the pronoun's person is the subject before them.
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         Facebook user Mary Wanjiku, a mother of three from the St. Ann area, was angry. \
         \u{201c}The levy is daylight robbery,\u{201d} she wrote.\n\n\
         Otieno Juma, who was treated by Dr. Aisha Bello last year, was not impressed either. \
         \u{201c}Nobody asked us,\u{201d} he posted.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn a_pronoun_after_one_of_them_was_a_name() {
    let article = format!(
        "{STORY}Many Kenyans took to Facebook to react.\n\n\
         One of them was Mary Wanjiku, who runs a shop in Kisumu. \u{201c}The levy is daylight \
         robbery,\u{201d} she wrote.\n\n\
         One user was clearly angry. \u{201c}Nobody asked us,\u{201d} she wrote.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), None]);
}

#[test]
fn a_description_after_the_quote_is_the_person_named_before() {
    // `the singer wrote` stands for the person the sentence before names, as `she wrote`
    // does; never for a reader the article did not name, nor for a people.
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         Singer Akothee shared a photo of her car on Instagram. \u{201c}The levy is daylight \
         robbery,\u{201d} the star wrote.\n\n\
         Another user commented: \u{201c}We will walk.\u{201d}\n\n\
         \u{201c}Nobody asked us,\u{201d} the former minister responded.\n"
    );
    assert_names_and_openings(&article, &[(Some("Akothee"), "The"), (None, "We")]);
}

#[test]
fn where_it_was_posted_between_the_verb_and_the_quote() {
    // With no comma or colon, the place after the verb still runs into the quote; with a
    // comma, `said` stays reported speech after anyone but a reader or a place online.
    let article = format!(
        "{STORY}People flooded the Treasury's post to react. One fan simply commented, \
         \u{201c}Walking to work from tomorrow!\u{201d} Another wrote in the comments \
         \u{201c}You should probably take this down now.\u{201d}\n\n\
         Mary Wanjiku commented under the post \u{201c}Nobody asked us.\u{201d}\n\n\
         Otieno Juma said on his Twitter account, \u{201c}One of the worst budgets in a long \
         time.\u{201d}\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (None, "Walking"),
            (None, "You"),
            (Some("Mary Wanjiku"), "Nobody"),
            (Some("Otieno Juma"), "One"),
        ],
    );
}

#[test]
fn a_forum_nickname_a_doubled_at_and_an_infinitive_that_runs_in() {
    let article = format!(
        "{STORY}Forum users were not kind.\n\n\
         One fan, @@DaddyZee01, notably wrote: \u{201c}Treasury, you dey whine us.\u{201d}\n\n\
         Kenyatalk forum user stehayn commented \"Awful, nobody asked us.\", and finally one \
         annoyed fan going by the forum nickname of petertard went as far as to say \"The levy \
         disappeared up its own budget tonight.\"\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("DaddyZee01"), "Treasury,"),
            (Some("stehayn"), "Awful,"),
            (Some("petertard"), "The"),
        ],
    );
}

#[test]
fn capitals_in_a_name_are_its_own_unless_an_office() {
    let article = format!(
        "{STORY}Politicians took to X to react.\n\n\
         AKM Saifullah Sheehan wrote: \u{201c}The levy is daylight robbery.\u{201d}\n\n\
         Even the WA Young Liberals tweeted: \u{201c}Most disastrous budget in our \
         history!\u{201d}\n\n\
         Kisumu MCA Otieno Juma posted: \u{201c}We will not pay it.\u{201d}\n\n\
         DJ Crazy Neil wrote: \u{201c}When you tax the small man, the big man laughs.\u{201d}\n\n\
         Artiste Tony Matterhorn wrote: \u{201c}Somebody claim mine because I don\u{2019}t \
         need it.\u{201d}\n"
    );
    assert_names(
        &article,
        &[
            Some("AKM Saifullah Sheehan"),
            Some("WA Young Liberals"),
            Some("Otieno Juma"),
            Some("DJ Crazy Neil"),
            Some("Tony Matterhorn"),
        ],
    );
}

#[test]
fn a_town_in_parentheses_after_a_name_is_no_part_of_it() {
    let article = format!(
        "{STORY}Readers wrote in to react.\n\n\
         Mary Wanjiku (Kisumu) wrote: \u{201c}The levy is daylight robbery.\u{201d}\n\n\
         \u{201c}Retire the levy, or at least cut it by half,\u{201d} wrote Nairobi (Kenya) \
         Star reader Emily.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Emily")]);
}

#[test]
fn a_reddit_comment_header_with_an_abbreviated_time() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted on Reddit:\n\n\
         u/marywanjiku \u{b7} 5 hr. ago\n\
         The levy is daylight robbery and we will not pay it\n\n\
         u/otienoj \u{b7} 6 hr. ago\n\
         Nobody asked us before raising the price again\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("marywanjiku"), "The"), (Some("otienoj"), "Nobody")],
    );
}

#[test]
fn comments_run_together_after_a_sentence_announcing_them() {
    // A print page's comments glued into one paragraph, each opened by a full name and a
    // colon, after the desk's own sentences and one that announces them.
    let article = "What's Trending: Levy\n\n\
         The Treasury raised the levy on petrol on Monday, and the Prime Minister defended it \
         in Parliament. Our online readers were quick to share their views. Paul Arthur: No \
         no buddy, the levy will finish us. Michael Lewis: Hmm. So it is possible to tax the \
         air we breathe? Spooner Lorraine: It just might be too late. Jamar Hinkson: Nobody \
         asked us before raising it again.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Paul Arthur"), "No"),
            (Some("Michael Lewis"), "Hmm."),
            (Some("Spooner Lorraine"), "It"),
            (Some("Jamar Hinkson"), "Nobody"),
        ],
    );
}

#[test]
fn a_quote_named_as_one_of_the_readers_posts() {
    let article = format!(
        "{STORY}The Treasury's post drew thousands of replies.\n\n\
         \u{201c}Does nobody own a calculator?\u{201d} was one of the X posts from motorists \
         that the Daily Star referenced.\n\n\
         \u{201c}We will act on every concern,\u{201d} was one of the promises the minister \
         made.\n"
    );
    assert_anonymous_openings(&article, 2, &["Does nobody"]);
}

#[test]
fn text_messages_signed_with_a_name_and_a_full_stop_under_an_sms_heading() {
    // `SMS The Courier:` heads the page (its colon too); each message is signed on the line
    // under it by a name alone, with or without a full stop, or a name and a town.
    let article = "SMS The Courier:\n\n\
         THE draft constitution should guarantee freedom of religion and freedom from \
         religion.\n\
         Ras Dryvar\n\n\
         XENOPHOBIA? Dont worry if you get killed the police will get the culprits.\n\
         Tsveruka Murambida.\n\n\
         AS a widow who looks after three kids I would like to ask where my money is going.\n\
         Worried, Shurugwi.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Ras Dryvar"), "THE"),
            (Some("Tsveruka Murambida"), "XENOPHOBIA?"),
            (Some("Worried"), "AS"),
        ],
    );
}

#[test]
fn a_quote_run_in_after_with_the_subjects_own_comment() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         Mary Wanjiku expressed her thoughts, with her comment \u{201c}The levy is daylight \
         robbery and we will not pay it.\u{201d}\n\n\
         The minister defended it with his speech \u{201c}to build roads\u{201d} in the \
         House.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku")]);
}

#[test]
fn a_quote_signed_in_parentheses_or_with_its_platform() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         \u{201c}The levy is daylight robbery and we will not pay it\u{201d} (Mary Wanjiku, \
         Facebook)\n\n\
         \u{201c}Nobody asked us before raising it again.\u{201d} (Otieno Juma)\n\n\
         \u{201c}Walking to work from tomorrow\u{201d} \u{2013} Akinyi Odhiambo, Twitter\n\n\
         \u{201c}A levy too far\u{201d} (Photo: AFP)\n"
    );
    assert_names_and_platforms(
        &article,
        &[
            (Some("Mary Wanjiku"), Platform::Facebook),
            (Some("Otieno Juma"), Platform::Unknown),
            (Some("Akinyi Odhiambo"), Platform::Twitter),
        ],
    );
}

#[test]
fn whose_comment_in_commas_of_its_own() {
    let article = format!(
        "{STORY}Kenyans took to social media to react.\n\n\
         The top comment, from Mary Wanjiku, read: \u{201c}The levy is daylight robbery.\u{201d}\n\n\
         The most popular reply, by @kevo254, read: \u{201c}Nobody asked us.\u{201d}\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (None, Some("Mary Wanjiku"), "The levy is daylight robbery."),
            (Some("kevo254"), None, "Nobody asked us."),
        ]
    );
}

#[test]
fn one_trade_turned_another_before_a_name() {
    let article = format!(
        "{STORY}Fans took to social media to react.\n\n\
         Former Harambee Star turned author Mary Wanjiku summed up the mood, tweeting: \"The levy \
         is daylight robbery and we will not pay it.\"\n\n\
         Fullback Otieno Juma tweeted: \"Nobody asked us before raising it.\"\n"
    );
    // (And a player's position before a name describes it, as a trade does.)
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn a_quoted_paragraph_after_a_sentence_naming_who_replied() {
    // The sentence before names the poster with any verb of posting or replying, in
    // apposition too; the paragraph under it is the post.
    let article = format!(
        "{STORY}Kenyans took to X to react.\n\n\
         The striker's coach at Gor Mahia, Otieno Juma, replied to the Treasury.\n\n\
         \u{201c}@KenyaTreasury dont worry about the court of public opinion, we will walk.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn names_in_capitals_or_lower_case_before_colons_in_turn() {
    let article = format!(
        "{STORY}Readers sent us their views by SMS.\n\n\
         MARY WANJIKU: The levy is daylight robbery and we will not pay it.\n\n\
         OTIENO JUMA: Nobody asked us before raising the price again.\n\n\
         mwalim jini: I don't see why not, unless the matatus are exempted.\n\n\
         PLEASE NOTE: the Treasury says the levy takes effect on Monday.\n\n\
         the bottom line: the Treasury says it needs the money for roads.\n"
    );
    // A display name in lower case in turn too; a label before a colon is no sender,
    // shouted or in lower case, even in turn.
    assert_names_and_openings(
        &article,
        &[
            (Some("MARY WANJIKU"), "The"),
            (Some("OTIENO JUMA"), "Nobody"),
            (Some("mwalim jini"), "I"),
        ],
    );
}

#[test]
fn a_posts_card_with_name_and_handle_on_lines_of_their_own() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         Mary Wanjiku\n@marywanjiku\nThe levy is daylight robbery and we will not pay it\n\n\
         Otieno Juma\n@otienoj\nNobody asked us before raising the price again\n\n\
         iphones_4_sale\n@akinyi_o\nWalking to work from tomorrow, I guess\n\n\
         @kevo254\nWho will pay for my matatu now?\n"
    );
    // The name as the account prints it, a username too; or the handle alone over the words.
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("marywanjiku"),
                Some("Mary Wanjiku"),
                "The levy is daylight robbery and we will not pay it"
            ),
            (
                Some("otienoj"),
                Some("Otieno Juma"),
                "Nobody asked us before raising the price again"
            ),
            (
                Some("akinyi_o"),
                Some("iphones_4_sale"),
                "Walking to work from tomorrow, I guess"
            ),
            (Some("kevo254"), None, "Who will pay for my matatu now?"),
        ]
    );
}

#[test]
fn a_name_then_the_posts_handle_before_its_words() {
    let article = format!(
        "{STORY}Read some of the tweets below:\n\n\
         Mary Wanjiku: @mary_wanjiku254: The levy is daylight robbery and we will not pay it\n\n\
         Otieno the Great: @otieno: Nobody asked us before raising the price again\n\n\
         Akinyi Odhiambo: @akinyiodhiambo Walking to work from tomorrow, I guess\n\n\
         Jane Njeri: @KenyaTreasury who will pay for my matatu now?\n"
    );
    // The handle is the card's where it has its colon or spells the name; after a name it
    // may be the account a reply answers.
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("mary_wanjiku254"),
                Some("Mary Wanjiku"),
                "The levy is daylight robbery and we will not pay it"
            ),
            (
                Some("otieno"),
                None,
                "Nobody asked us before raising the price again"
            ),
            (
                Some("akinyiodhiambo"),
                Some("Akinyi Odhiambo"),
                "Walking to work from tomorrow, I guess"
            ),
            (
                None,
                Some("Jane Njeri"),
                "@KenyaTreasury who will pay for my matatu now?"
            ),
        ]
    );
}

#[test]
fn a_person_tagged_as_facebook_tags_names() {
    let article = format!(
        "{STORY}The comment section erupted with reactions from Kenyans.\n\n\
         @Mary Wanjiku quipped, \u{201c}The levy is daylight robbery and we will not pay it.\u{201d}\n\n\
         Meanwhile, @Otieno took a sharper jab, stating, \u{201c}Nobody asked us before raising it.\u{201d}\n"
    );
    // A tag of a name is the name; a handle alone is a handle.
    let found = reactions(&article);
    assert_eq!(
        found
            .iter()
            .map(|r| (r.handle.as_deref(), r.display_name.as_deref()))
            .collect::<Vec<_>>(),
        [(None, Some("Mary Wanjiku")), (Some("Otieno"), None)]
    );
}

#[test]
fn a_one_word_name_that_chipped_in() {
    let article = format!(
        "{STORY}There was a barrage of attacks on the Treasury in response.\n\n\
         Mulakazuva chipped in: \u{201c}Very playful, kutonakirwa nekusuffer kwevanhu.\u{201d}\n"
    );
    assert_names(&article, &[Some("Mulakazuva")]);
}

#[test]
fn a_pronoun_after_an_opening_phrase_and_a_description_after_the() {
    let article = format!(
        "{STORY}Some celebrities had their say on social media.\n\n\
         Singer Mary Wanjiku also chose to troll the Treasury, comparing it to a matatu.\n\n\
         Accompanied by a laughing emoji, she posted: \u{201c}At least we promoted our roads.\u{201d}\n\n\
         Meanwhile, Otieno Juma showed his skills by pointing out what went wrong.\n\n\
         Later that night, he posted: \u{201c}Budget after budget, the same story.\u{201d}\n\n\
         The Gor Mahia striker wrote: \u{201c}Nobody asked us before raising the price.\u{201d}\n"
    );
    // The phrase before the comma has no subject of its own (not `Accompanied`, not `Later`);
    // `The Gor Mahia striker` describes the person named before (not `Gor Mahia`).
    assert_names(
        &article,
        &[
            Some("Mary Wanjiku"),
            Some("Otieno Juma"),
            Some("Otieno Juma"),
        ],
    );
}

#[test]
fn letters_headed_by_the_story_they_answer_and_signed_after_a_dash() {
    let article = "Out of the inbox\n\
        I rummaged through my inbox and decided to share some of the emails readers sent.\n\
        Re: The fuel levy and the rest of us\n\
        Your piece on the levy hit all the right spots for me.\n\
        Or are you afraid of the Treasury? Just kidding.\n\
        Anyways, well done and more grease to your elbows.\n\
        \u{2013} Mary Wanjiku, Kisumu.\n\
        Re: Tears for Nakuru\n\
        I enjoyed your sly bashing of the governor over the roads.\n\
        Elected officials should buckle up and do their jobs!\n\
        \u{2013} Otieno Juma, Kakamega.\n";
    let found = reactions(article);
    // Each letter whole, from the line under its heading; the heading is no comment.
    assert_names_and_openings(
        article,
        &[(Some("Mary Wanjiku"), "Your"), (Some("Otieno Juma"), "I")],
    );
    assert!(
        found[0].text.ends_with("grease to your elbows."),
        "{}",
        found[0].text
    );
}

#[test]
fn a_letter_signed_with_its_address_withheld() {
    let article = "Letters: Lay off the Treasury\n\n\
        NEVER mind the levy, I would rather people who drive to work pledge not to moan about it.\n\n\
        MARY WANJIKU, Kisumu.\n\n\
        LAY off the criticism, we are all proud of the way the roads were built in time.\n\n\
        OTIENO JUMA, address supplied.\n\n\
        YET another minister thinks that a levy is the best way to fix the roads. Yeah, right.\n\n\
        Ms A. AKINYI, Nakuru.\n";
    // The note in the town's place ends the letter; the next is another's.
    assert_names_and_openings(
        article,
        &[
            (Some("MARY WANJIKU"), "NEVER"),
            (Some("OTIENO JUMA"), "LAY"),
            (Some("Ms A. AKINYI"), "YET"),
        ],
    );
}

#[test]
fn a_heading_in_capitals_before_a_quoted_title_names_nobody() {
    let article = "Lay off the Treasury\n\n\
        LETTERS TO THE EDITOR: \u{2018}Keep your nose out of our roads\u{2019}\n\n\
        I THINK that the Treasury has done the best job it can on the roads, and it listens.\n\n\
        Mary Wanjiku, Kisumu\n";
    assert_names_and_openings(article, &[(Some("Mary Wanjiku"), "I")]);
}

#[test]
fn texts_opened_by_the_senders_name_in_capitals_and_a_full_stop() {
    let article = format!(
        "{STORY}Readers texted us their views.\n\n\
         MARY, KISUMU. What is the Treasury thinking with this levy? Daylight robbery.\n\n\
         ANON. What a blast. Nobody asked us before raising the price again.\n\n\
         OTIENO JUMA, KAKAMEGA. Walking to work from tomorrow, I guess.\n"
    );
    // (`ANON` is no name.)
    assert_names_and_openings(
        &article,
        &[
            (Some("MARY"), "What"),
            (None, "What"),
            (Some("OTIENO JUMA"), "Walking"),
        ],
    );
}

#[test]
fn calm_comments_in_the_paragraph_of_a_run_of_comments() {
    let article = format!(
        "{STORY}On the comment section, netizens also shared their sentiments.\n\n\
         Ironic. But that is what we are known for. Sorry but its true.\n\
         Because of the levy they want to please the lenders. The roads were built with our money long ago.\n\
         There are some, but I only estimate them at ten percent.\n\n\
         The Treasury says the levy will be reviewed in June. It has not said by whom.\n\n\
         Editor's note: the levy takes effect on Monday.\n"
    );
    // The article's calm sentences in a paragraph of their own end the run, and a label opens
    // the desk's words.
    assert_anonymous_openings(&article, 1, &["Ironic.", "Because", "There"]);
}

#[test]
fn the_man_a_quote_is_given_to_is_the_reader_named_before() {
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         But Facebook user, Otieno Juma, disagreed with the suggestion.\n\n\
         \u{201c}Garbage! Nobody asked us before raising the price again,\u{201d} the man argued.\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_name_ending_like_an_adverb_after_the_verb() {
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         \u{201c}While we in Kenya struggle to pay, the rich go free\u{2026} I can\u{2019}t tell the last time.\u{201d} argued Kelly.\n\n\
         \u{201c}Nobody asked us before raising the price again,\u{201d} he added.\n\n\
         \u{201c}Walking to work from tomorrow, I guess,\u{201d} wrote Emily.\n"
    );
    // (`Kelly` and `Emily` end in -ly; the pronoun after is Kelly's, not a name inside the quote.)
    assert_names(&article, &[Some("Kelly"), Some("Kelly"), Some("Emily")]);
}

#[test]
fn a_posts_card_with_its_handle_in_brackets_or_over_the_account_it_replies_to() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         Mary Wanjiku (@marywanjiku)\nThe levy is daylight robbery and we will not pay it.\n\n\
         Otieno Juma @otienoj\nReplying to @KenyaTreasury\nNobody asked us before raising the price again.\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                Some("marywanjiku"),
                Some("Mary Wanjiku"),
                "The levy is daylight robbery and we will not pay it."
            ),
            (
                Some("otienoj"),
                Some("Otieno Juma"),
                "Nobody asked us before raising the price again."
            ),
        ]
    );
}

#[test]
fn comments_signed_after_a_glued_tilde_a_spaced_hyphen_or_with_the_platform() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         The levy is daylight robbery and we will not pay it ~Mary Wanjiku\n\n\
         Nobody asked us before raising the price again. - Otieno Juma via Facebook\n\n\
         Walking to work from tomorrow, I guess. \u{2013} Akinyi Odhiambo on Twitter\n"
    );
    assert_names_and_platforms(
        &article,
        &[
            (Some("Mary Wanjiku"), Platform::Unknown),
            (Some("Otieno Juma"), Platform::Facebook),
            (Some("Akinyi Odhiambo"), Platform::Twitter),
        ],
    );
}

#[test]
fn a_sentence_telling_readers_vented_a_feeling_announces_their_signed_posts_only() {
    let article = "Kenyans react to the new fuel levy\n\n\
        Kenyans took to social media to express their anger over the levy.\n\n\
        The increase comes two weeks after an official announcement of another.\n\n\
        The levy is daylight robbery and we will not pay it ~Mary Wanjiku\n\n\
        Nobody asked us before raising the price again. \u{2013} Otieno Juma via Facebook\n";
    // The signed posts are readers'; the article's sentence under the announcement is not a
    // bare comment.
    assert_names_and_openings(
        article,
        &[
            (Some("Mary Wanjiku"), "The"),
            (Some("Otieno Juma"), "Nobody"),
        ],
    );
}

#[test]
fn a_readers_name_age_and_town_from_before_the_colon() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         Mary Wanjiku, 34, from Kisumu: The levy is daylight robbery and we will not pay it.\n\n\
         Otieno Juma, 52, Nairobi: Nobody asked us before raising the price again.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn a_post_named_as_its_authors_before_the_colon() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         Mary Wanjiku's comment: The levy is daylight robbery and we will not pay it.\n\n\
         Otieno Juma\u{2019}s tweet: Nobody asked us before raising the price again.\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn a_name_in_capitals_or_with_its_town_after_a_dash_over_a_comment() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted online:\n\n\
         MARY WANJIKU\nThe levy is daylight robbery and we will not pay it.\n\n\
         Otieno Juma \u{2013} Nairobi\nNobody asked us before raising the price again.\n"
    );
    assert_names(&article, &[Some("MARY WANJIKU"), Some("Otieno Juma")]);
}

#[test]
fn an_announcement_is_signed_by_no_name_and_town_under_it() {
    let article = "Kenyans react to the new fuel levy\n\n\
        Kenyans took to social media to react to the levy.\n\n\
        Mary Wanjiku\nKisumu\n\nThe Treasury has defended the levy as necessary.\n";
    let found = reactions(article);
    assert!(
        found.iter().all(|r| !r.text.starts_with("Kenyans took")),
        "{:?}",
        authored(&found)
    );
}

#[test]
fn a_name_and_office_ending_in_a_colon_heads_what_is_under_it() {
    let article = "Kenyans react to the new fuel levy\n\n\
        Here\u{2019}s a snapshot of some of the reaction:\n\n\
        I do want to extend thoughts and prayers to those who have suffered as a result of it.\n\n\
        Mary Wanjiku, Mayor, City of Kisumu:\n\n\
        My statement on the levy. pic.twitter.com/8FhH3M5Vhd \u{2014} Mary Wanjiku (@marywanjiku) April 23, 2018\n";
    // The paragraph above the heading is not hers.
    let found = reactions(article);
    assert!(
        found.iter().all(|r| !r.text.starts_with("I do want")),
        "{:?}",
        authored(&found)
    );
}

#[test]
fn readers_who_texted_emailed_or_wrote_in_and_where_before_the_verb() {
    let article = format!(
        "{STORY}Here is what readers told us:\n\n\
         SMS from Mary Wanjiku: The levy is daylight robbery and we will not pay it.\n\n\
         Otieno Juma wrote in: Nobody asked us before raising the price again.\n\n\
         Akinyi Odhiambo, via email: Walking to work from tomorrow, I guess.\n\n\
         Kevo Mwangi texted: Who will pay for my matatu now?\n\n\
         Jane Njeri on Facebook said: Budget after budget, the same story.\n"
    );
    assert_names_and_platforms(
        &article,
        &[
            (Some("Mary Wanjiku"), Platform::Unknown),
            (Some("Otieno Juma"), Platform::Unknown),
            (Some("Akinyi Odhiambo"), Platform::Unknown),
            (Some("Kevo Mwangi"), Platform::Unknown),
            (Some("Jane Njeri"), Platform::Facebook),
        ],
    );
}

#[test]
fn a_quote_signed_with_who_the_reader_is() {
    let article = format!(
        "{STORY}Here is what readers told us:\n\n\
         \u{201c}The levy is daylight robbery and we will not pay it\u{201d} \u{2014} Mary Wanjiku, a resident of Kisumu\n\n\
         \u{201c}Nobody asked us before raising the price again\u{201d} \u{2014} Otieno Juma, 34\n\n\
         \u{201c}The levy builds roads\u{201d} \u{2014} Jane Njeri, a spokeswoman for the ministry\n"
    );
    // (An office holder's words are a source's.)
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn a_post_without_its_quote_marks_attributed_at_the_paragraphs_end() {
    let article = format!(
        "{STORY}Students and fans took to social media to react.\n\n\
         Twitter is about to get buck wild #Levy, Mary Wanjiku, a student majoring in finance, tweeted.\n\n\
         Mission accomplished, @FireTheLevy tweeted.\n\n\
         The levy will be reviewed in June, the Treasury said.\n"
    );
    // (`said` after the Treasury is no post.)
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [
            (
                None,
                Some("Mary Wanjiku"),
                "Twitter is about to get buck wild #Levy"
            ),
            (Some("FireTheLevy"), None, "Mission accomplished"),
        ]
    );
}

#[test]
fn readers_counted_not_named_are_anonymous() {
    let article = format!(
        "{STORY}Many commented: \u{201c}This levy will finish the matatu business for good.\u{201d}\n\n\
         Some wrote: \u{201c}We are already paying too much for everything else.\u{201d}\n\n\
         Many people took to Twitter to comment: \u{201c}Who is this levy even for?\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["This levy", "We are", "Who is"]);
}

#[test]
fn quotes_after_readers_counted_in_the_plural_are_each_a_post() {
    let article = format!(
        "{STORY}Many felt cheated, taking to Twitter to comment: \"This levy will finish us\" and, \"who is it even for?\"\n\n\
         Fans wrote: \u{201c}Not again\u{201d}, \u{201c}We are tired\u{201d} and \u{201c}Enough is enough\u{201d}.\n"
    );
    assert_anonymous_openings(
        &article,
        2,
        &["This levy", "who is", "Not again", "We are", "Enough is"],
    );
}

#[test]
fn bare_comments_announced_by_a_paragraphs_last_sentence_with_a_semicolon() {
    let article = format!(
        "{STORY}The levy has generated mixed reactions from motorists, many of whom say it \
         cannot work. Below are some reactions;\n\n\
         Just tell us where the money from the last levy went before you ask for more.\n\n\
         Matatu fares will double by Friday and nobody in parliament will feel it!\n\n\
         Our leaders should try walking to work for one week and see how it feels.\n\n\
         The Treasury said the levy would be reviewed in June. It expects to raise 40 billion \
         shillings this year.\n"
    );
    assert_anonymous_openings(&article, 2, &["Just tell", "Matatu fares", "Our leaders"]);
}

#[test]
fn a_letter_signed_under_its_last_line_over_the_editors_answer() {
    let article = "Letters to the Editor, March 3\n\n\
         I have read this paper since its first edition and I always read the letters page. \
         Why does the Treasury raise the fuel levy every March when the roads never change?\n\
         Mary Wanjiku\n\
         (A fair question. The Treasury says the roads budget is set in June.)\n\n\
         Re \u{201c}Levy rise is fair\u{201d} (Editorial, March 1): Nobody in my estate can \
         afford another rise in bus fares this year.\n\
         Otieno Juma\n\
         (We hear you.)\n";
    let found = reactions(article);
    assert_eq!(
        authored(&found)
            .into_iter()
            .map(|(_, name, text)| (name, text.ends_with('?') || text.ends_with("year.")))
            .collect::<Vec<_>>(),
        [(Some("Mary Wanjiku"), true), (Some("Otieno Juma"), true)]
    );
}

#[test]
fn a_name_printed_after_whose_the_person_is() {
    let article = format!(
        "{STORY}Listeners took to Twitter to react.\n\n\
         Radio Citizen\u{2019}s Mary Wanjiku tweeted: \u{201c}This levy will finish the matatu business.\u{201d}\n\n\
         Capital FM\u{2019}s Kamau agreed posting, \u{2018}I said this two weeks ago on air.\u{2019}\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Kamau")]);
}

#[test]
fn a_name_with_its_account_in_an_aside_is_the_account() {
    let article = format!(
        "{STORY}Kenyans took to Twitter to react.\n\n\
         Tatiana, or @IanaTatiana on Twitter, tweeted, \u{201c}Am realy afraid to pay for fuel now.\u{201d}\n\n\
         Mary Wanjiku, aka @marywanjiku, wrote: \u{201c}This levy will finish us.\u{201d}\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("IanaTatiana"), "Am"), (Some("marywanjiku"), "This")],
    );
}

#[test]
fn swahili_readers_counted_and_a_fan_called_by_name() {
    let article = format!(
        "{STORY}Wakenya wengi walitoa maoni yao mtandaoni.\n\n\
         Baadhi waliandika: \u{201c}Hii ushuru itatumaliza sisi wananchi wa kawaida.\u{201d}\n\n\
         \u{201c}Serikali haina huruma kabisa kwa wenye matatu,\u{201d} aliandika shabiki mwingine anayeitwa Wanjiru.\n"
    );
    assert_names_and_openings(&article, &[(None, "Hii"), (Some("Wanjiru"), "Serikali")]);
}

#[test]
fn readers_comments_flattened_into_one_paragraph_each_signed_after_it() {
    let article = "Readers have their say on the fuel levy\n\n\
         Comments from our website, Twitter and Facebook...\n\n\
         Another levy and still no new road in Kisumu. How the Treasury can ask for more is \
         beyond me. Wanjiku Disgust and disbelief at a levy that punishes the people who can \
         least afford it. Otieno Juma The Treasury has to be seen to be doing something, I \
         suppose, but not at our expense. Anfield Joe Good, at last somebody will fix the \
         potholes on my road. Kamau WE are sick of paying and paying. Enough is enough. \
         Akinyi Odhiambo\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Wanjiku"), "Another"),
            (Some("Otieno Juma"), "Disgust"),
            (Some("Anfield Joe"), "The"),
            (Some("Kamau"), "Good,"),
            (Some("Akinyi Odhiambo"), "WE"),
        ],
    );
}

#[test]
fn prose_ending_on_a_name_is_no_run_of_signed_comments() {
    // Sentences opening with names, as news prose has them, and a paragraph ending on one.
    let article = format!(
        "{STORY}The levy was first proposed in March. Otieno Juma The former minister \
         opposed it then. Treasury officials said it would fund roads. Mary Wanjiku The \
         committee chair disagreed. Roads in Kisumu have not been repaired since 2019 and \
         the county has blamed the national government for the delay, according to \
         the report by Akinyi Odhiambo\n"
    );
    assert!(reactions(&article).is_empty());
}

#[test]
fn a_quote_under_an_anonymous_lead_in_signed_on_the_line_below() {
    let article = format!(
        "{STORY}Our editorial on the levy prompted mixed comments. One viewer said:\n\
         \u{201c}The levy is daylight robbery and we will not pay it.\u{201d}\n\
         - Mary Wanjiku\n\
         Another viewer sent us this comment:\n\
         \u{201c}Nobody asked us before raising the price again.\u{201d}\n\
         - Otieno Juma\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku"), Some("Otieno Juma")]);
}

#[test]
fn posts_copied_with_their_header_of_handle_and_day() {
    let article = format!(
        "{STORY}Here are some of the replies the Treasury got:\n\n\
         \u{201c}@wanjiku_k  Sep 16: @KenyaTreasury you always tax the poor. Very empty.\u{201d}\n\n\
         \u{201c}@otis_ke  16 Sep: @KenyaTreasury Very disorganized.\u{201d}\n\n\
         \u{201c}@akinyi254  Sep 16, 2023: @KenyaTreasury had bought myself some popcorn for this.\u{201d}\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("wanjiku_k"), "@KenyaTreasury"),
            (Some("otis_ke"), "@KenyaTreasury"),
            (Some("akinyi254"), "@KenyaTreasury"),
        ],
    );
}

#[test]
fn a_name_after_two_trades_joined_by_a_hyphen() {
    let article = format!(
        "{STORY}Celebrities took to Twitter to react.\n\n\
         Actor-comedian Mary Wanjiku tweeted: \u{201c}Matatu fares will double by Friday, watch.\u{201d}\n"
    );
    assert_names(&article, &[Some("Mary Wanjiku")]);
}

#[test]
fn a_reader_described_without_the_closing_comma_before_a_quote_below() {
    let article = format!(
        "{STORY}Kenyans took to Twitter to react.\n\n\
         Otieno Juma, another twitter user commended the Treasury on a job well done.\n\n\
         \u{201c}At last somebody will fix the potholes on my road. Well done!\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn any_past_verb_after_an_online_readers_noun_runs_into_the_quote() {
    let article = format!(
        "{STORY}The post drew a full Twitter war.\n\n\
         One presumably Ugandan user jibed \u{201c}I see the Treasury has found our last shilling\u{201d}.\n"
    );
    assert_anonymous_openings(&article, 3, &["I see the"]);
}

#[test]
fn messages_signed_after_a_dash_under_titles_of_their_own() {
    let article = "Matatu fares and the levy\n\n\
        Fuel levy again\n\
        Every budget the Treasury finds a new way into our pockets. Enough is enough.\n\
        - Anonymous\n\
        Matatus will suffer\n\
        The levy will double fares by Friday and the poor will walk to work. - Achieng Odhiambo\n\
        Roads first\n\
        Fix the potholes on Mombasa Road before asking for another shilling. -Anonymous\n\
        Thank you Treasury\n\
        At last someone is paying for the roads we all use every day. - K. Mutua\n";
    assert_names_and_openings(
        article,
        &[
            (None, "Every"),
            (Some("Achieng Odhiambo"), "The"),
            (None, "Fix"),
            (Some("K. Mutua"), "At"),
        ],
    );
}

#[test]
fn a_page_with_fewer_than_three_dash_signatures_is_not_a_messages_page() {
    // Two captions credited after a dash, in the shape of the messages above.
    let article = format!(
        "{STORY}Motorists queue at a petrol station in Nairobi on Monday. - Achieng Odhiambo\n\n\
         The Treasury building on Harambee Avenue in the capital. - K. Mutua\n\n\
         The levy takes effect next week.\n"
    );
    assert_names(&article, &[]);
}

#[test]
fn said_in_a_comment_is_posted() {
    let article = format!(
        "{STORY}Wanjiru Kamau has lived in Texas for twenty years.\n\n\
         \u{201c}I read the news from home every morning and the levy makes me sad.\u{201d} she said in a comment left on the website.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_name_after_the_quote_goes_on_past_an_initial_or_a_title() {
    let article = format!(
        "{STORY}Motorists took to Twitter.\n\n\
         \u{201c}Matatu fares will double by Friday, watch,\u{201d} wrote Achieng R. Odhiambo on Twitter.\n\n\
         \u{201c}Fix the potholes on Mombasa Road before asking for another shilling.\u{201d} Says Dr.Mutua on twitter.\n"
    );
    assert_names(&article, &[Some("Achieng R. Odhiambo"), Some("Dr.Mutua")]);
}

#[test]
fn a_readers_noun_before_the_name_makes_any_verb_posting() {
    let article = format!(
        "{STORY}Online, some thought it sounded fair.\n\n\
         Nation commenter Mbuyu Otieno added: \u{201c}When I lived in Arusha the roads were fixed before any levy came.\u{201d}\n"
    );
    assert_names(&article, &[Some("Mbuyu Otieno")]);
}

#[test]
fn a_bulleted_attribution_reads_past_its_bullet() {
    let article = format!(
        "{STORY}The Treasury's post drew hundreds of replies.\n\n\
         \u{2022} One user wrote: \"If the roads were fixed first nobody would complain about this.\"\n\
         \u{2022} Another person said: \"They raise it every year and the potholes stay where they are.\"\n"
    );
    assert_anonymous_openings(&article, 2, &["If the", "They raise"]);
}

#[test]
fn a_display_name_glued_to_its_handle() {
    let article = format!(
        "{STORY}Kenyans spoke on the levy and below are some of their tweets:\n\n\
         Wanjiru@wanjiru_k wrote: \u{201c}I am not even driving and this levy stinks. The matatus will pass it on.\u{201d}\n"
    );
    assert_handles_and_openings(&article, &[(Some("wanjiru_k"), "I")]);
}

#[test]
fn a_name_and_its_platform_without_a_colon_over_a_quote() {
    let article = format!(
        "{STORY}Wanjiru Kamau on Twitter\n\n\
         \u{201c}The levy charge sheet is an interesting read. They now list all we complained about.\u{201d}\n\n\
         The levy takes effect next week.\n"
    );
    assert_names_and_platforms(&article, &[(Some("Wanjiru Kamau"), Platform::Twitter)]);
}

#[test]
fn a_message_signed_with_a_pseudonym_over_its_number() {
    let article = "Kauli za wasomaji\n\n\
        Ushuru mpya\n\
        Ushuru huu mpya wa mafuta utaongeza nauli za daladala na maisha yatakuwa magumu zaidi.\n\
        Mpenda haki, Mwanza\n\
        0754 123 456\n\
        Barabara kwanza\n\
        Serikali itengeneze barabara kwanza kabla ya kutuongezea ushuru wa mafuta tena.\n\
        Mzalendo halisi\n\
        0713 654 321\n";
    assert_names(article, &[Some("Mpenda haki"), Some("Mzalendo halisi")]);
}

#[test]
fn a_sentence_opening_in_a_post_over_its_quote() {
    let article = format!(
        "{STORY}In a cheeky post, Achieng Odhiambo advised matatu owners to end their strike.\n\
         \u{201c}Matatu owners you can now go back to work. The levy has been halved.\u{201d}\n"
    );
    assert_names(&article, &[Some("Achieng Odhiambo")]);
}

#[test]
fn a_name_after_a_lower_case_description_of_a_public_personality() {
    let article = format!(
        "{STORY}\u{201c}Nairobi pothole documentary, episode one #MombasaRoad,\u{201d} media personality Achieng Odhiambo captioned her video.\n"
    );
    assert_names(&article, &[Some("Achieng Odhiambo")]);
}

#[test]
fn quotes_said_after_a_line_attributed_before_them_make_one_run() {
    let article = format!(
        "{STORY}\u{201c}The levy will fix the roads. The future looks bright,\u{201d} the Treasury wrote.\n\n\
         Social media users stormed the Treasury's post.\n\n\
         \u{201c}How many roads have you fixed,\u{201d} asked one social media user.\n\n\
         Otieno Juma said: \u{201c}Welcome to the reality of Kenyan politics. Expect more of this.\u{201d}\n\n\
         \u{201c}You almost became our inspiration but the levy is back. Back to square one,\u{201d} said Achieng Wanjiru Odhiambo.\n"
    );
    assert_names(
        &article,
        &[
            Some("Treasury"),
            None,
            Some("Otieno Juma"),
            Some("Achieng Wanjiru Odhiambo"),
        ],
    );
}

#[test]
fn a_display_name_and_its_handle_then_a_dash_and_the_comment() {
    let article = format!(
        "{STORY}Below are some of the tweets from people regarding the levy.\n\n\
         Pothole Watch@potholewatch254 - The corruption in the ministry will eat this levy before any road is fixed.\n\n\
         Josiah @josiah_m87- Hakuna barabara hapa, yet you want more money? Again?\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("potholewatch254"), "The"),
            (Some("josiah_m87"), "Hakuna"),
        ],
    );
}

#[test]
fn a_name_described_without_commas_before_its_verb() {
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         Otieno Juma a US based Kenyan matatu owner wondered: \u{201c}Where is the money from last year's levy going?\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_posting_verb_and_the_language_of_the_post_run_into_the_quote() {
    let article = format!(
        "{STORY}Wanjiru Kamau tweeted in Swahili \u{201c}Hii ni aibu kubwa kwa serikali yetu.\u{201d}\n\n\
         Otieno Juma posted a photo of his receipt and wrote in a local language \u{201c}Tumechoka na ushuru huu.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn comments_headed_by_the_commenter_on_the_time() {
    let article = format!(
        "{STORY}Comments (2 posted):\n\n\
         Wanjiku K on 24/11/2015 07:14:48\n\
         Fully agree with you, the levy will only make matatu fares worse for all of us.\n\
         Otieno J on 24/11/2015 09:08:59\n\
         Hii ni aibu kubwa, serikali ituambie pesa za mwaka jana zilienda wapi.\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("Wanjiku K"), "Fully"), (Some("Otieno J"), "Hii")],
    );
}

#[test]
fn a_messages_page_whose_lines_end_in_letters_of_several_bytes() {
    // The first message's 40th byte from the end falls inside its apostrophe.
    let article = "Fares, roads and the levy\n\n\
        Theft\n\
        The levy is theft and we know where it goes, it\u{2019}s too much for all. - Achieng Odhiambo\n\
        Matatus will suffer\n\
        The levy will double fares by Friday and the poor will walk to work. - Wanjiru Kamau\n\
        Roads first\n\
        Fix the potholes on Mombasa Road before asking for another shilling. - Otieno Juma\n";
    assert_names(
        article,
        &[
            Some("Achieng Odhiambo"),
            Some("Wanjiru Kamau"),
            Some("Otieno Juma"),
        ],
    );
}

#[test]
fn a_post_described_between_its_verb_and_its_words() {
    let article = format!(
        "{STORY}Musician Wanjiru Kamau tweeted a photo of the queue at the depot, saying, \u{201c}Three hours for a matatu and the fare doubled.\u{201d}\n\n\
         Comedian Otieno Juma posted a video of his walk to work, which read, \u{201c}Day two of the levy. My legs have filed a complaint.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn quotes_given_as_examples_of_the_comments() {
    let article = format!(
        "{STORY}Her post on the levy was flooded with comments, such as \u{201c}Three hours for a matatu and the fare doubled\u{201d} and \u{201c}We walk to work now, thank you Treasury.\u{201d}\n\n\
         The minister\u{2019}s comments such as \u{201c}the levy is temporary\u{201d} did not help.\n"
    );
    assert_anonymous_openings(&article, 2, &["Three hours", "We walk"]);
}

#[test]
fn where_a_reader_is_from_names_nobody() {
    let article = format!(
        "{STORY}The levy drew anger on the Treasury\u{2019}s Facebook page.\n\n\
         \u{201c}We are not fools, we know the levy goes to your pockets,\u{201d} commented Kenyan on the Treasury Facebook page.\n"
    );
    assert_anonymous_openings(&article, 3, &["We are not"]);
}

#[test]
fn a_blog_thread_numbering_each_commenter_and_time_with_a_link() {
    let article = format!(
        "{STORY}What do you think of the levy?\n\n\
         3 Comments on \u{201c}Kenyans react to the new fuel levy\u{201d}\n\n\
         \x20 1. Wanjiku July 26, 2016 at 8:12 PM #\n\n\
         \x20   The levy will double matatu fares by Friday.\n\n\
         \x20 2. Otieno July 26, 2016 at 9:26 PM #\n\n\
         \x20   Thanks Wanjiku,\n\n\
         \x20   The poor will walk to work again.\n\n\
         \x20 3. Achieng July 27, 2016 at 6:51 AM #\n\n\
         \x20   @ Otieno\n\n\
         \x20   Walk, and pay the levy on the shoes too.\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Wanjiku"), "The"),
            (Some("Otieno"), "Thanks"),
            (Some("Achieng"), "@"),
        ],
    );
}

#[test]
fn a_letter_with_an_afterthought_over_its_signature() {
    let article = "Letters to the editor\n\n\
        The levy will double fares by Friday and the poor will walk to work again this year.\n\n\
        MICHAEL, Nairobi\n\n\
        I think the minister has backed himself into a corner on this levy and will not get out.\n\n\
        PS: The comment from the Treasury really is a case of the pot calling the kettle black.\n\n\
        NOEL, Nakuru\n";
    assert_names_and_openings(article, &[(Some("MICHAEL"), "The"), (Some("NOEL"), "I")]);
}

#[test]
fn letters_signed_with_name_and_town_after_a_dash_make_a_letters_page() {
    // No headline names letters: three signatures after a dash, each with a town, do.
    let article = "Levy on the high street\n\n\
        I FIND it depressing that the council can double the levy without asking anyone.\n\n\
        Bus passengers have not been considered at all. - D Gill, Nakuru.\n\n\
        THE levy will close the market stalls on Kenyatta Avenue. - R Perkins, Nakuru.\n\n\
        HAS the council forgotten the last levy and the empty shops it left? - A Johnson, Naivasha.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("D Gill"), "I"),
            (Some("R Perkins"), "THE"),
            (Some("A Johnson"), "HAS"),
        ],
    );
}

#[test]
fn a_letter_that_addresses_the_paper_signed_with_name_and_town() {
    let article = "Commuters count the cost\n\n\
        I have appreciated your coverage of the fuel levy, especially the stories of commuters.\n\n\
        As a matatu driver I see every day what the levy does to the people who ride with me.\n\n\
        This week two passengers walked the last stop because the fare had gone up again.\n\n\
        Otieno Juma, Nakuru\n";
    assert_names_and_openings(article, &[(Some("Otieno Juma"), "I")]);
}

#[test]
fn a_letter_under_its_salutation_signed_with_a_name_alone() {
    let article = "Commuters count the cost\n\n\
        Dear Sirs,\n\n\
        The fuel levy is emptying the pockets of every commuter in this town.\n\n\
        As a matatu driver I see every day what the levy does to the people who ride with me.\n\n\
        This week two passengers walked the last stop because the fare had gone up again.\n\n\
        Otieno Juma\n";
    assert_names_and_openings(article, &[(Some("Otieno Juma"), "The")]);
}

#[test]
fn an_account_that_noted_that_in_a_relative_clause() {
    let article = format!(
        "{STORY}The story went round on X.\n\n\
         The clip was tagged by @wanjiru_k, who noted that \u{201c}Kudos to the commuters, the levy finally meets its match,\u{201d} while also tagging the Treasury.\n"
    );
    assert_handles_and_openings(&article, &[(Some("wanjiru_k"), "Kudos")]);
}

#[test]
fn quotes_signed_after_a_dash_with_who_the_poster_is_before_the_name() {
    let article = format!(
        "{STORY}Below are some notable tweets from players and fans.\n\n\
         \"Twelve shillings on a litre, we will walk to training.\" \u{2014} Gor Mahia winger Otieno Juma.\n\n\
         \"Drama. Great for business.\" -- 49ers running back Wanjiru Kamau.\n\n\
         \"These prices are a joke.\" \u{2014} Former Harambee Stars winger and current podcaster Achieng Atieno.\n\n\
         \"The levy funds the roads.\" \u{2014} Transport minister Kiprop Mutai.\n"
    );
    assert_names(
        &article,
        &[
            Some("Otieno Juma"),
            Some("Wanjiru Kamau"),
            Some("Achieng Atieno"),
        ],
    );
}

#[test]
fn numbered_posts_each_over_a_card_with_the_handle_after_a_comma() {
    let article = format!(
        "{STORY}We collected the funniest tweets about the levy by famous comedians.\n\n\
         3. Twelve shillings a litre, I will ride a camel to work\n\
         Otieno Juma (comedian, Churchill Show), @otienojuma\n\n\
         2. The Treasury has found a new way to say hello\n\
         Wanjiru Kamau (writer), @wanjiru_k\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("otienojuma"), "Twelve"), (Some("wanjiru_k"), "The")],
    );
}

#[test]
fn posts_each_credited_below_to_the_platform_and_the_account() {
    let article = format!(
        "{STORY}Kenyans have come out en masse. Here are some of the best responses:\n\n\
         #FuelLevy has me riding a bicycle to the office again \u{1f6b2}\n\n\
         Twitter: @otienojuma\n\n\
         #FuelLevy at least the matatu music is free\n\n\
         Instagram: @wanjiru_k\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("otienojuma"), "#FuelLevy"),
            (Some("wanjiru_k"), "#FuelLevy"),
        ],
    );
}

#[test]
fn a_comment_placed_on_a_page_before_saying_or_that() {
    let article = format!(
        "{STORY}Kenyans reacted on Facebook to the Treasury's message.\n\n\
         Otieno Juma commented on the Treasury's official Facebook account, saying \u{201c}we love Kenya and not these taxes.\u{201d}\n\n\
         Wanjiru Kamau wrote on the minister's wall that \u{201c}You will never tell us how a litre costs more than lunch.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma"), Some("Wanjiru Kamau")]);
}

#[test]
fn messages_signed_with_a_hyphen_glued_to_the_name_and_the_town() {
    let article = "WhatsApp comment\n\n\
        The fuel levy is the way to perpetual debt for every commuter in this town-Otieno, Nakuru\n\n\
        Is it not possible for your readers to get the news by SMS?-Wanjiru Kamau, Kenya\n\n\
        The Afro-Caribbean festival opens on Saturday in Nairobi.\n";
    assert_names(article, &[Some("Otieno"), Some("Wanjiru Kamau")]);
}

#[test]
fn display_names_opening_with_the_or_i_after_one() {
    let article = format!(
        "{STORY}See some reactions on his post below,\n\n\
         One The Real Wanjiru wrote, \u{201c}We dey watch o, the levy no go pass\n\n\
         One I Am DJ Otieno wrote, \u{201c}Dey play even next week no sure for any of una\n"
    );
    assert_names(
        &article,
        &[Some("The Real Wanjiru"), Some("I Am DJ Otieno")],
    );
}

#[test]
fn an_aside_in_brackets_between_the_name_and_the_verb() {
    let article = format!(
        "{STORY}Here are the best of the reactions from the Twittersphere.\n\n\
         Comedian Otieno Juma (best known as Mzee Kobe from the Churchill Show on Citizen TV) reacted to the Treasury Building announcement with three simple words: \"Walk to work.\"\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_letter_signed_with_a_name_alone_among_letters_signed_with_towns() {
    let article = "Levy truths\n\n\
        The Treasury has done every commuter a gross disservice with this levy. I am grateful the matatu still runs.\n\
        Otieno Juma\n\
        Kisumu, Nyanza\n\n\
        How's this for a fare? Twenty, thirty, forty, fifty, and then you walk.\n\
        Wanjiru Kamau\n";
    assert_names(article, &[Some("Otieno Juma"), Some("Wanjiru Kamau")]);
}

#[test]
fn posts_copied_one_to_a_line_after_usernames_without_their_at() {
    // Each post on a paragraph of its own, as a page printing one line to a paragraph does.
    let article = "Best Kenyan tweets of the week\n\n\
        The people of Twitter did not let the levy get to them. Much.\n\n\
        otienojuma I now walk to work. All I need now is shoes and six months of patience.\n\n\
        WanjiruKamau Those matatu fares make great gifts. But not for the elderly\n\n\
        kiprop_254 Trifle for all meals, since the fare ate the meat budget.\n\n\
        The Treasury said the levy would stay until June.\n";
    assert_handles_and_openings(
        article,
        &[
            (Some("otienojuma"), "I"),
            (Some("WanjiruKamau"), "Those"),
            (Some("kiprop_254"), "Trifle"),
        ],
    );
}

#[test]
fn letters_ending_inside_a_closing_mark_signed_over_their_towns() {
    let article = "Protesting the Prices at the Pump\n\n\
        Let us all stop the pump at 206 shillings instead of rounding it to 200. Think how often the stations will see that reminder that \u{201c}you can\u{2019}t fool all the people all the time.\u{201d}\n\n\
        Otieno Juma\n\n\
        Kisumu\n\n\
        *\n\n\
        So we are going to have high fuel prices from now on. Who would have thought it? (Of course, the message can be sent on any amount.)\n\n\
        Wanjiru Kamau\n\n\
        Nakuru\n";
    assert_names(article, &[Some("Otieno Juma"), Some("Wanjiru Kamau")]);
}

#[test]
fn letters_signed_over_the_next_letters_quoted_story_and_date() {
    let article = "Does the Treasury need a new levy?\n\n\
        \u{201c}Treasury seeks another new levy,\u{201d} July 21\n\n\
        It is nice that we are upgrading our roads to something the colonial engineers might have built.\n\n\
        But does it make economic sense, or is it a way to make politicians look better? Hmm \u{2026}\n\
        Otieno Juma\n\n\n\
        \u{201c}Five Kenyan athletes ready for Rio,\u{201d} July 20\n\n\
        Congratulations to all these standouts.\n\n\
        This is a just reward for all their efforts over many years.\n\
        Wanjiru Kamau\n\n\n\
        \u{201c}The police need backup from the community,\u{201d} July 19\n\n\
        Every estate should have its own watch group, since the police cannot be everywhere.\n\
        Kiprop Mutai\n";
    assert_names(
        article,
        &[
            Some("Otieno Juma"),
            Some("Wanjiru Kamau"),
            Some("Kiprop Mutai"),
        ],
    );
}

#[test]
fn a_quote_whose_opening_mark_the_copy_lost() {
    let article = format!(
        "{STORY}The hashtag sparked a huge response from Kenyans, who jumped to the levy's defence.\n\n\
         Awful day here in the #KEHellhole,\" one user wrote. \"The market was cancelled so I had to buy fresh bread from the farm instead.\"\n"
    );
    // One reader's words, interrupted by the attribution, the lost mark gone.
    let found = reactions(&article);
    let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Awful day here in the #KEHellhole, The market was cancelled so I had to buy fresh bread from the farm instead."]
    );
}

#[test]
fn a_post_by_an_account_that_noted_after_a_clause_of_its_own() {
    let article = format!(
        "{STORY}Kenyans lamented the levy on X.\n\n\
         Also lamenting that politicians keep telling open lies, another post by @wanjiru_k noted; \u{201c}These guys are just insensitive to the plight of the ordinary Kenyan\u{201d}\n"
    );
    assert_handles_and_openings(&article, &[(Some("wanjiru_k"), "These")]);
}

#[test]
fn quotes_signed_after_a_dash_by_usernames_and_the_day() {
    let article = format!(
        "{STORY}Here are the best comments from readers this week.\n\n\
         \u{201c}Higher fuel taxes would make our unfair taxing structure even worse for the middle class.\u{201d} \u{2014} leekstop (June 22)\n\n\
         \u{201c}The levy also brings up questions about what a litre really costs.\u{201d} \u{2014} 2TH (June 21)\n\n\
         \u{201c}Walk to work, it is cheaper.\u{201d} \u{2014} Sarah (June 20)\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("leekstop"), "Higher"),
            (Some("2TH"), "The"),
            (None, "Walk"),
        ],
    );
}

#[test]
fn a_letter_of_paragraphs_signed_via_email_under_an_announcement() {
    let article = "Mulling the levy\n\n\
        Our readers share their thoughts.\n\n\
        This article clearly shows that most commuters do not support the levy at all.\n\n\
        These groups need talented volunteers who are willing to listen.\n\n\
        Otieno Juma, via email\n\n\
        The Treasury said the levy would stay until June, whatever the letters say.\n";
    assert_names_and_openings(article, &[(Some("Otieno Juma"), "This")]);
}

#[test]
fn a_column_of_readers_calls_under_how_it_takes_them_calm_messages_too() {
    let page = "Word Of Mouth\n\n\
        Word of Mouth gives readers a forum to express opinions on a variety of issues by telephone.\n\n\
        Calls will remain anonymous, and opinions will be published if they meet the editor's standards.\n\n\
        The high school music program did itself proud with the orchestra doing an excellent job. What a wonderful evening of entertainment.\n\n\
        I have walked the forest trail for 26 years. I am wondering how I can access it now.\n\n\
        My response to the station's narrow-minded broadcasting is to ignore the station.\n";
    assert_names_and_openings(page, &[(None, "The"), (None, "I"), (None, "My")]);
}

#[test]
fn an_anonymous_reply_unquoted_after_the_accounts_it_answers() {
    let article = format!(
        "{STORY}As you can imagine, Twitter blew up as soon as the levy was announced.\n\n\
         Another said: @KenyaTreasury @citizentvkenya You almost have to admire the nerve it takes to do that.\n\n\
         Another said: the levy would be reviewed in June, as the minister had promised.\n"
    );
    let found = reactions(&article);
    let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        ["@KenyaTreasury @citizentvkenya You almost have to admire the nerve it takes to do that."]
    );
}

#[test]
fn a_letter_signed_with_initials_sharing_a_word_and_a_town() {
    let article = "Your say\n\n\
        THE Treasury wants to tax commuters who may have had a bad year. Is this fair?\n\n\
        Otieno Juma, Kisumu.\n\n\
        WHILE I admire people who raise funds for roads, what about the matatu drivers who pay for them twice?\n\n\
        A.R. Kamau, Nakuru.\n";
    assert_names(article, &[Some("Otieno Juma"), Some("A.R. Kamau")]);
}

#[test]
fn a_name_before_the_alias_it_goes_by() {
    let article = format!(
        "{STORY}Celebrities reacted to the levy on Instagram.\n\n\
         Wanjiru Kamau a.k.a. DJ Shiru of Radio 99.9 also responded to the Treasury's Instagram post.\n\n\
         \u{201c}TWELVE SHILLINGS WHAT\u{201d}\n\n\
         Singer Otieno Juma aka OJ wrote: \u{201c}We move, this levy must go\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn an_anonymous_reader_with_the_post_answered_before_the_verb() {
    let article = format!(
        "{STORY}The levy was debated on the county's Facebook page all week.\n\n\
         One person wrote: \u{201c}What sort of county taxes a road it never repairs?\u{201d}\n\n\
         Another person commenting on the county's Facebook page said: \u{201c}Since moving back to Nakuru all I hear is people moaning about roads.\u{201d}\n\n\
         Many were angry, and one woman replying to the post wrote: \u{201c}Twelve shillings for a road that floods every April.\u{201d}\n"
    );
    assert_names_and_openings(
        &article,
        &[(None, "What"), (None, "Since"), (None, "Twelve")],
    );
}

#[test]
fn a_reply_from_a_name_with_its_own_verb_after_the_name() {
    let article = format!(
        "{STORY}Treasury Cabinet Secretary John Mbadi's tweet drew hundreds of replies.\n\n\
         Another reply to Mbadi from Otieno Juma simply said \u{201c}Patriotism should start with you, sir\u{201d}\n\n\
         A statement from the Treasury said \u{201c}The levy will be reviewed in June.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn names_heading_comments_to_the_page_end_after_a_narrative_paragraph() {
    let article = "Harambee Stars fans celebrate qualification\n\n\
        As Kenya celebrated its first qualification to the Africa Cup of Nations in fifteen years, fans across the globe were overjoyed, and we bring you that moment in their own words.\n\n\
        Otieno Juma\n\n\
        The day with complete package of fear, anxiety, hope and glory\n\n\
        Wanjiru Kamau\n\n\
        Like that I am at the top of the world tonight\n\n\
        Achieng Odhiambo\n\n\
        My eyes were filled with tears when the last whistle went\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Otieno Juma"), "The"),
            (Some("Wanjiru Kamau"), "Like"),
            (Some("Achieng Odhiambo"), "My"),
        ],
    );
}

#[test]
fn a_relative_clause_between_a_name_after_the_quote_and_its_verb() {
    let article = "Harambee Stars crash out on penalties\n\n\
        Former players were quick to react on X after the final whistle.\n\n\
        \u{201c}Warriors. All of them. Football wins,\u{201d} Dennis Oliech, who spent 12 years as a striker for Nantes, Auxerre and Ajaccio, said on X.\n\n\
        \u{201c}What. A. Game.,\u{201d} McDonald Mariga, who won the treble with Inter, wrote on X.\n";
    assert_names(article, &[Some("Dennis Oliech"), Some("McDonald Mariga")]);
}

#[test]
fn a_call_in_columns_titled_messages_quoting_what_they_answer() {
    let page = "Sound Off for March 13, 2017\n\n\
        Matatu misery\n\n\
        Wow, we actually got to town on time yesterday without a single detour. Were we dreaming?\n\n\
        Better idea\n\n\
        \"Fuel for Growth\" organizers say their levy is meant \"to put money into roads.\" I have a novel idea: let's put roads into the roads.\n\n\
        Otieno Il Duce\n\n\
        Otieno Juma is the new Mussolini.\n\n\
        High price\n\n\
        Governor Kamau, please don't build anything else in the county. You are going to run all the taxpayers out of town.\n";
    assert_names_and_openings(
        page,
        &[
            (None, "Wow,"),
            (None, "\"Fuel"),
            (None, "Otieno"),
            (None, "Governor"),
        ],
    );
}

#[test]
fn a_texting_columns_messages_signed_at_their_end() {
    let page = "TEXT: 0722 905 148\n\n\
        We have the equivalent of a medieval plague lurking in our midst, yet thousands still want to march on Saturday.\n\n\
        Governor Kamau, we do not want another casino up on the beach. Get the message.\n\n\
        Am I misreading his body language? To me the Treasury seems to take real pleasure in the pain of the people of Mombasa. I just don't get it. Baraka Mwangi, Likoni, Mombasa\n\n\
        Poor footballers, saying how tough it is to be away from home, living in a five-star hotel. Wanjiku\n\n\
        The county has eight more cases from that illegal rally. Hope you are pleased. Otieno J\n";
    assert_names_and_openings(
        page,
        &[
            (None, "We"),
            (None, "Governor"),
            (Some("Baraka Mwangi"), "Am"),
            (Some("Wanjiku"), "Poor"),
            (Some("Otieno J"), "The"),
        ],
    );
}

#[test]
fn a_texting_column_known_by_the_number_under_its_heading() {
    let page = "TEXTS TO THE EDITOR\n\n\
        Tell us what you think. Send a text to 0722 241 4568, write MT then your message.\n\n\
        \u{25cf} If I were you, Nyali, I would make sure your fires are compliant, or I will call the county. SK\n\n\
        \u{25cf} The county council needs to get real and stop protecting its own. The smoke is from the farms.\n\n\
        \u{25cf} Well said, Omondi, re the fire rules. Too true. We have all seen this. KB\n\n\
        \u{25cf} It was a waste of time changing the speed limit on Moi Avenue. Motorists are still speeding.\n\n\
        \u{25cf} Big thumbs-up to our MPs, who worked together and got a sensible result for a worthy cause.\n";
    assert_names_and_openings(
        page,
        &[
            (Some("SK"), "If"),
            (None, "The"),
            (Some("KB"), "Well"),
            (None, "It"),
            (None, "Big"),
        ],
    );
    let story = "Matatu torched on Moi Avenue\n\n\
        Anyone with information can text Crime Stoppers on 0800 555 111.\n\n\
        The vehicle was parked outside a bank when it caught fire shortly after midnight on Sunday.\n\n\
        Firefighters took an hour to put out the blaze, which also damaged two shops nearby.\n\n\
        The owner said the matatu had been bought in March and was not insured against fire.\n";
    assert_names_and_openings(story, &[]);
}

#[test]
fn names_heading_comments_right_under_a_headline() {
    // (A rule the page draws between the headline and the first name is no line of words.)
    for rule in ["", "-\n\n", "***\n\n"] {
        let page = format!(
            "Another dolphin dies in the Nyali shark nets\n\n\
             {rule}Achieng Odhiambo\n\n\
             That is very sad. We love the dolphins.\n\n\
             Wanjiru Kamau\n\n\
             They should have taken the nets down during the holidays.\n\n\
             Otieno Juma\n\n\
             So sad. Remove the nets and let us enjoy the sea life.\n\n\
             Shark nets were first put up along the coast in 1964.\n"
        );
        assert_names_and_openings(
            &page,
            &[
                (Some("Achieng Odhiambo"), "That"),
                (Some("Wanjiru Kamau"), "They"),
                (Some("Otieno Juma"), "So"),
            ],
        );
    }
}

#[test]
fn a_name_after_the_quote_with_its_account_printed_bare() {
    let article = format!(
        "{STORY}Employers across Nairobi gave their staff the afternoon off for the final.\n\n\
         \u{201c}The order is in good faith. I hope no one will complain,\u{201d} tweeted Otieno Juma @otienojuma soon after.\n\n\
         \u{201c}Just about what every employer should do tomorrow!\u{201d} added Wanjiru Kamau @wanjiruk before many others joined in.\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("otienojuma"), "The"), (Some("wanjiruk"), "Just")],
    );
}

#[test]
fn a_comment_thread_of_commenters_saying_over_their_comments() {
    let article = format!(
        "{STORY}The Treasury said the levy would be reviewed in June.\n\n\
         3 comments\n\n\
         \x20 1. Overlord says:\n\
         \x20   You show him, Kenyans! Turf out the governing party in the next election.\n\
         \x20 2. Wanjiru Kamau says:\n\
         \x20   I am not sure why anyone would get upset over this levy. They blame everyone else.\n\
         \x20 3. Otieno says:\n\
         \x20   Good on him for saying it.\n\n\
         The minister says:\n\n\
         The levy will stay until the roads are paid for.\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Overlord"), "You"),
            (Some("Wanjiru Kamau"), "I"),
            (Some("Otieno"), "Good"),
        ],
    );
}

#[test]
fn a_comment_thread_with_its_times_after_a_dash() {
    let article = format!(
        "{STORY}Recent comments\n\n\
         \x20 \u{2022} kamau_254\n\
         \x20   December 16, 2011 - 06:06\n\n\
         \x20   well, they succeeded in starting a million conversations, not good ones mind you\n\n\
         \x20 \u{2022} wanjiku.m\n\
         \x20   December 15, 2011 - 14:00\n\n\
         \x20   Jeremiah, I like your comment and I believe it describes the Treasury to a T.\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("kamau_254"), "well,"),
            (Some("wanjiku.m"), "Jeremiah,"),
        ],
    );
}

#[test]
fn a_post_saying_its_words_with_no_comma_or_after_a_perfect() {
    let article = format!(
        "{STORY}Many questioned the Treasury's paid promotion of the levy on Facebook.\n\n\
         Wanjiru Kamau commented under the Treasury\u{2019}s post saying \u{201c}How much public money are you spending boosting yourself?\u{201d}\n\n\
         Otieno Juma has commented on the same post, saying \u{201c}This is a paid promotion, not a policy.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn readers_in_the_plural_saying_what_one_of_them_wrote() {
    let article = format!(
        "{STORY}Fans were quick to react, saying \u{201c}This is the worst decision the Treasury has made in years.\u{201d}\n\n\
         Viewers didn't like the minister's answer either, saying 'WTF Mbadi, way to wind up the poor matatu drivers'.\n\n\
         Motorists slammed the levy, with many saying \u{201c}We are already paying too much.\u{201d}\n\n\
         Officials defended the levy, saying \u{201c}The roads must be paid for.\u{201d}\n"
    );
    assert_names_and_openings(&article, &[(None, "This"), (None, "WTF")]);
}

#[test]
fn a_person_the_sentence_places_on_social_media_without_a_comma() {
    let article = "Crowds at Diani beach despite the curfew\n\n\
        Images of crowded beaches emerged on Sunday.\n\n\
        In a heated discussion on social media one person said, \u{201c}What part of staying at home do people not understand?\u{201d} while another argued, \u{201c}It was not just the beach, the shops were full too.\u{201d}\n";
    assert_names_and_openings(article, &[(None, "What"), (None, "It")]);
}

#[test]
fn a_display_name_an_apposition_says_is_a_users() {
    let article = format!(
        "{STORY}Many were angry about the levy on Facebook.\n\n\
         Nakuru Governor, another agitated user, lambasted the Treasury, writing, \u{201c}We are now paying for roads we will never see.\u{201d}\n\n\
         In Nakuru, another agitated user, lambasted the Treasury, writing, \u{201c}Twelve shillings is theft.\u{201d}\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("Nakuru Governor"), "We"), (None, "Twelve")],
    );
}

#[test]
fn a_named_persons_reaction_on_a_topic_before_a_dash() {
    let article = "Celebrities react to the Harambee Stars loss\n\n\
        Here are some, from verified accounts only:\n\n\
        Otieno Juma's reaction on the Harambee Stars result - \"The referee should have given the penalty right after the foul.\"\n\n\
        Wanjiru Kamau's reaction on the Harambee Stars result -\"I may never take football seriously after tonight.\"\n\n\
        Achieng Mathews' reaction on the Harambee Stars result - \"I couldn't agree more with the trending topics #RefOut.\"\n\n\
        Wambui Rodriguez' reaction on the Harambee Stars result - \"Congrats to Ghana but I am still upset about the referee.\"\n";
    assert_names(
        article,
        &[
            Some("Otieno Juma"),
            Some("Wanjiru Kamau"),
            Some("Achieng Mathews"),
            Some("Wambui Rodriguez"),
        ],
    );
}

#[test]
fn a_name_and_who_with_no_comma_before_a_verb_of_posting() {
    let article = format!(
        "{STORY}Making the headlines was author Wanjiru Kamau who tweeted \u{201c}Tip? I'll give you a tip! Walk to work and keep your shillings.\u{201d}\n\n\
         It was Otieno Juma who posted: \u{201c}The levy is the only thing rising faster than fuel.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn a_name_reacting_by_tweeting_or_writing_its_words() {
    let article = format!(
        "{STORY}Otieno Juma of Sauti Sol entered the Twitter war by tweeting \u{201c}Worst levy ever. Really?\u{201d}\n\n\
         Wanjiru Kamau answered the Treasury by writing \u{201c}We walk to work now.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma"), Some("Wanjiru Kamau")]);
}

#[test]
fn a_handles_quote_after_its_sentence_however_many_officials_it_names() {
    let article = format!(
        "{STORY}Twitter user @kamau_w blasted the minister for the irony that he called for cheaper fuel while his father, a former president, owned the depots. \u{201c}So after all that talk about the poor, he raises the levy.\u{201d}\n"
    );
    assert_handles_and_openings(&article, &[(Some("kamau_w"), "So")]);
}

#[test]
fn a_poster_opening_a_long_sentence_that_ends_on_a_colon() {
    let article = format!(
        "{STORY}Wanjiru Kamau, a radio host with a large following, released a statement on her Instagram account on Tuesday, in white letters on black, saying: \u{201c}My heart breaks for every boda boda rider tonight.\u{201d}\n\n\
         Clearly angry, Otieno Juma kept quiet for a day and then, late on Wednesday, posted: \u{201c}Walk to work. That is the plan now.\u{201d}\n\n\
         Treasury Secretary Njuguna Ndung'u, asked about the complaints, told reporters that Jane Wambui had written to him: \u{201c}The levy will stay until June.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn one_of_the_trolls_as_an_online_reader() {
    let article = format!(
        "{STORY}One of the cyber trolls brazenly wrote, \u{201c}Levy pfee, fuel pfee, matatu pfee, everything pfee\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Levy"]);
}

#[test]
fn a_pronoun_after_the_quote_stands_for_a_passives_agent() {
    let article = format!(
        "{STORY}The backlash was captured in a nutshell by Nairobi radio host and former MP Wanjiru Kamau.\n\n\
         \"The levy is just awful, I am sorry,\" she tweeted.\n\n\
         This was shared by Sauti editor Otieno Juma to his Facebook page, and by the Kenya Revenue Authority. \u{201c}We walk to work now,\u{201d} he wrote.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn a_quote_after_a_sentence_whose_subject_follows_an_opening_phrase_or_names_an_office() {
    let article = format!(
        "{STORY}Never shy, Wanjiru Kamau had some kind words for the minister on Twitter. \u{201c}Welcome to the real world, my friend. We walk now.\u{201d}\n\n\
         Clearly angry, Otieno Juma suggested on Facebook that the Treasury build a fun ride instead. \u{201c}Oh wait. Here is a suggestion. Tax the bicycles too?\u{201d}\n\n\
         Disgusted South Africans joined in admonishing the minister. \u{201c}At least your fuel is cheaper than ours, neighbours.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn a_clause_answering_a_post_before_said_makes_the_words_posted() {
    let article = "Fuel levy: the Treasury explains\n\n\
        The Treasury raised the levy on petrol by 12 shillings a litre on Monday.\n\n\
        Responding to the post, Wanjiru Kamau said: \u{201c}This levy is the worst thing to happen to us.\u{201d}\n\n\
        Otieno Juma, who commented on the thread, said: \u{201c}We walk to work now, thank you Treasury.\u{201d}\n\n\
        Responding to the question, Treasury Secretary Njuguna Ndung'u said: \u{201c}The levy will stay until June.\u{201d}\n";
    assert_names(article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn said_runs_into_the_quote_after_a_place_online() {
    let article = format!(
        "{STORY}Wanjiru Kamau said on Facebook \u{201c}This levy is the worst thing to happen to us.\u{201d}\n\n\
         Treasury Secretary Njuguna Ndung'u said on Monday \u{201c}the levy will stay until June.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_posts_text_holding_a_quote_over_its_signature_is_the_posts() {
    let article = "The funniest tweets of the week\n\n\
        Here are the best posts we saw:\n\n\
        My wife just looked at the fuel price and said \u{201c}more like daylight robbery.\u{201d} One for the good guys.\n\
        \u{2014} Otieno Juma (@otienojuma) June 23, 2024\n\
        I have started walking to work and my legs have never been happier about a levy.\n\
        \u{2014} Wanjiru Kamau (@wanjiru_k) June 24, 2024\n";
    assert_handles_and_openings(
        article,
        &[(Some("otienojuma"), "My"), (Some("wanjiru_k"), "I")],
    );
}

#[test]
fn a_pronoun_skips_a_participle_opening_the_sentence_before() {
    let article = format!(
        "{STORY}Sharing screenshots of the receipts on Facebook, Otieno Juma said the levy had crossed the line.\n\n\
         \u{201c}Walking to work is the only plan left for my family,\u{201d} he wrote.\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_readers_noun_before_a_one_word_name_is_no_part_of_it() {
    let article = format!(
        "{STORY}E-mailer Chris could not make the public meeting, but wrote: \u{201c}I walk to work now and the levy can stay where it is.\u{201d}\n\n\
         Commenter Wanjiru added: \u{201c}Twelve shillings is twelve shillings too many.\u{201d}\n"
    );
    assert_names(&article, &[Some("Chris"), Some("Wanjiru")]);
}

#[test]
fn what_a_name_describes_a_thing_as_in_a_sentence_of_its_own() {
    let article = format!(
        "{STORY}Wanjiru Kamau describes the levy as \u{201c}The tax of a lazy Treasury that does not even know what a matatu costs\u{201d}.\n\n\
         Otieno Juma described its backers as \u{201c}greedy hypocrites\u{201d}, adding: \u{201c}Look into your own pockets first.\u{201d}\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Wanjiru Kamau"), "The"),
            (Some("Otieno Juma"), "Look"),
        ],
    );
}

#[test]
fn some_or_others_of_the_readers_over_the_words_one_wrote() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Others were more sarcastic: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         But some users were less kind: \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         Some officials disagreed: \u{201c}The levy will stay until the roads are paid for.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk"]);
}

#[test]
fn on_a_lighter_note_is_the_words_tone_not_a_note_they_were_issued_in() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Cycled into work. Took 30 minutes like every other day,\u{201d} said another user on a lighter note.\n"
    );
    assert_anonymous_openings(&article, 1, &["Cycled"]);
}

#[test]
fn a_quote_said_by_someone_in_a_long_clause_is_no_round_up_item() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Cycled into work. Took 30 minutes like every other day,\u{201d} another user wrote.\n\n\
         \u{201c}The levy will stay until June,\u{201d} the Treasury said in a note to banks.\n"
    );
    assert_anonymous_openings(&article, 1, &["Cycled"]);
}

#[test]
fn the_user_after_a_sentence_about_a_people_is_an_anonymous_reader() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Twelve shillings more and the matatu fare doubles,\u{201d} the user captioned.\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve"]);
}

#[test]
fn straight_quote_marks_inside_a_straight_quote_before_a_word() {
    let article = format!(
        "{STORY}A Twitter user shared a clip from a Nairobi petrol station.\n\n\
         \"Drivers in the queue chanting \"Refund Refund\" at the pump. Day made,\" the user captioned.\n"
    );
    let found = reactions(&article);
    let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Drivers in the queue chanting \"Refund Refund\" at the pump. Day made"]
    );
    assert_anonymous_openings(&article, 1, &["Drivers"]);
}

#[test]
fn a_first_initial_that_spells_a_word_of_another_kind() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Twelve shillings more and the matatu fare doubles,\u{201d} wrote A. Kumar.\n\n\
         Another reader said:\n\n\
         \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         - E. Armstrong\n\n\
         The levy takes effect next week.\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("A. Kumar"), "Twelve"), (Some("E. Armstrong"), "Walk")],
    );
}

#[test]
fn a_readers_post_named_after_the_verb_that_inverts_the_sentence() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Less gracious was this comment: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         Then came the reply: \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         A typical comment: \u{201c}Cycled into work. Took 30 minutes like every other day.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk", "Cycled"]);
}

#[test]
fn a_dash_before_the_participle_that_introduces_a_quote() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Mary Wanjiku was also incredulous \u{2014} asking: \u{201c}Where is the money from the last levy?\u{201d}\n"
    );
    assert_names_and_openings(&article, &[(Some("Mary Wanjiku"), "Where")]);
}

#[test]
fn malay_indonesian_and_tagalog_attributions() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Harga minyak naik lagi, gaji tetap sama,\u{201d} kata seorang pengguna.\n\n\
         Seorang warganet menulis: \u{201c}Rakyat yang selalu menanggung beban.\u{201d}\n\n\
         \u{201c}Grabe, ang mahal na ng gasolina ngayon,\u{201d} sabi ng isang netizen.\n"
    );
    assert_anonymous_openings(&article, 1, &["Harga", "Rakyat", "Grabe,"]);
}

#[test]
fn dutch_afrikaans_and_turkish_readers() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Een lezer schreef: \u{201c}Deze heffing is het ergste wat ons kon overkomen.\u{201d}\n\n\
         Een gebruiker het geskryf: \u{201c}Hierdie heffing is die ergste ding wat met ons gebeur het.\u{201d}\n\n\
         Bir kullan\u{131}c\u{131} \u{15f}\u{f6}yle yazd\u{131}: \u{201c}Bu vergi ba\u{15f}\u{131}m\u{131}za gelen en k\u{f6}t\u{fc} \u{15f}ey.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Deze", "Hierdie", "Bu"]);
}

#[test]
fn nigerian_pidgin_attributions() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Anoda pesin write say: \u{201c}Dis levy na wahala for everybody o.\u{201d}\n\n\
         \u{201c}Government no dey hear word at all,\u{201d} one user write.\n"
    );
    assert_anonymous_openings(&article, 1, &["Dis", "Government"]);
}

#[test]
fn according_to_a_reader_after_the_quote() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         \u{201c}Twelve shillings more and the matatu fare doubles,\u{201d} according to one Twitter user.\n\n\
         \u{201c}The levy will stay until the roads are paid for,\u{201d} according to one official.\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve"]);
}

#[test]
fn a_name_alone_before_a_dash_signs_the_quote_after_it() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         Mary Wanjiku \u{2013} \u{201c}Twelve shillings more and the matatu fare doubles.\u{201d}\n\n\
         @kamau_w - \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         Breaking \u{2013} \u{201c}The levy will stay until the roads are paid for.\u{201d}\n"
    );
    assert_handles_and_openings(&article, &[(None, "Twelve"), (Some("kamau_w"), "Walk")]);
    assert_names(&article, &[Some("Mary Wanjiku"), None]);
}

#[test]
fn words_describing_a_post_between_its_article_and_its_noun() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         One memorable Tweet said: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         Another hilarious reply: \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         A leaked memo said: \u{201c}The levy will stay until the roads are paid for.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk"]);
}

#[test]
fn this_before_a_readers_noun_and_an_initial_that_spells_an_article() {
    let article = format!(
        "{STORY}This is how Kenyans reacted to the levy:\n\n\
         This person said what we were all thinking: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         \u{201c}Walk to work, they said. Now we walk to work,\u{201d} wrote O. Okafor.\n"
    );
    assert_names_and_openings(&article, &[(None, "Twelve"), (Some("O. Okafor"), "Walk")]);
}

#[test]
fn a_threads_headers_with_their_colon_lost() {
    let article = format!(
        "{STORY}Here is what readers said in the comments:\n\n\
         1. Evan Otieno wrote\n\n\
         Would a business hire its chief executive on a popularity contest? The levy is the same.\n\n\
         2. jaded said\n\n\
         ain\u{2019}t that the truth, the levy is theft\n"
    );
    assert_handles_and_openings(&article, &[(None, "Would"), (Some("jaded"), "ain't")]);
    assert_names(&article, &[Some("Evan Otieno"), None]);
}

#[test]
fn a_threads_headers_with_whom_a_comment_answers_or_how_long_ago() {
    let article = format!(
        "{STORY}Here is what readers said in the comments:\n\n\
         Bushdoctor in reply to jeff watchman\n\n\
         Super! THAT will surely cure all of Kenya's problems overnight.\n\n\
         gerryaw in reply to mumia\n\n\
         Mumia needs to do some fact checking before blaming the Treasury.\n\n\
         Piotr 4 days\n\n\
         The levy is turning into a bigger problem with each passing day.\n\n\
         0752 469 159\n"
    );
    assert_handles_and_openings(
        &article,
        &[(None, "Super!"), (Some("gerryaw"), "Mumia"), (None, "The")],
    );
    assert_names(&article, &[Some("Bushdoctor"), None, Some("Piotr")]);
}

#[test]
fn a_quote_opening_with_a_handle_is_that_accounts_post() {
    let article = format!(
        "{STORY}Kenyans took to Twitter to share their views on the levy.\n\n\
         Some of the funniest tweets include; \u{201c}@kamau_w: Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         \u{201d}@otieno_j #LevyMustFall walk to work, they said\u{201d}\n\n\
         The Treasury replied to \u{201c}@kamau_w why now\u{201d} with a statement.\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("kamau_w"), "Twelve"),
            (Some("otieno_j"), "#LevyMustFall"),
        ],
    );
}

#[test]
fn a_blogger_threads_headers_without_their_times() {
    let article = format!(
        "{STORY}Comments\n\n\
         Seasons & Reasons said...\n\n\
         I have been following your blog but I think it is one sided about the levy.\n\n\
         Anonymous said...\n\n\
         Twelve shillings more and the matatu fare doubles, mark my words.\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("Seasons & Reasons"), "I"), (None, "Twelve")],
    );
}

#[test]
fn a_username_opening_with_a_number() {
    let article = format!(
        "{STORY}Kenyans took to Reddit to share their views on the levy.\n\n\
         \u{201c}Twelve shillings more and the matatu fare doubles,\u{201d} 9fingerwonder wrote.\n\n\
         \u{201c}The levy will stay until June,\u{201d} 24hours later the Treasury said.\n"
    );
    assert_handles_and_openings(&article, &[(Some("9fingerwonder"), "Twelve")]);
}

#[test]
fn the_next_reader_of_a_round_up_with_nothing_more_said() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         One user wrote: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         And another: \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         A third: \u{201c}Cycled into work. Took 30 minutes like every other day.\u{201d}\n\n\
         Another reason: \u{201c}The levy will stay until the roads are paid for.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk", "Cycled"]);
}

#[test]
fn a_readers_post_named_by_the_readers_noun() {
    let article = format!(
        "{STORY}Kenyans took to social media to share their views on the levy.\n\n\
         A fan\u{2019}s reply: \u{201c}Twelve shillings? Why not thirteen, for luck?\u{201d}\n\n\
         One user's comment: \u{201c}Walk to work, they said. Now we walk to work.\u{201d}\n\n\
         A minister\u{2019}s reply: \u{201c}The levy will stay until the roads are paid for.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk"]);
}

#[test]
fn a_long_sentence_ending_on_a_colon_is_no_list_items_author() {
    let article = format!(
        "{STORY}Kenyans took to Reddit to share their views on the levy.\n\n\
         kamau_254, for instance, broke the news of the levy to his dad on Father\u{2019}s Day:\n\n\
         \u{201c}He just stares back in almost shock,\u{201d} kamau_254 wrote.\n"
    );
    assert_handles_and_openings(&article, &[(Some("kamau_254"), "He")]);
}

#[test]
fn a_username_of_letters_alone_after_a_readers_noun() {
    let article = format!(
        "{STORY}Commuters vented their anger online.\n\n\
         \u{201c}Twelve shillings more and the matatu fare doubles,\u{201d} user wanjikumaina wrote.\n\n\
         \u{201c}Walk to work, they said,\u{201d} read one post from Twitter user kamaukibet.\n\n\
         \u{201c}Cycled in, 30 minutes like every day,\u{201d} wrote one Facebook user anyway.\n\n\
         \u{201c}The levy stays until June,\u{201d} said one Twitter user today.\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("wanjikumaina"), "Twelve"),
            (Some("kamaukibet"), "Walk"),
            (None, "Cycled"),
            (None, "The"),
        ],
    );
}

#[test]
fn readers_named_in_the_line_above_announce_a_person_s_quote() {
    let article = "Matatu fares double overnight\n\n\
         The Treasury said the levy would stay until June.\n\
         One user commented on the price of a single trip.\n\
         \u{2018}Twelve shillings more and the fare doubles,\u{2019} another commuter lamented.\n\
         The Treasury said the levy would be reviewed.\n\
         \u{2018}It will stay,\u{2019} one official said.\n";
    assert_anonymous_openings(article, 1, &["Twelve"]);
}

#[test]
fn a_politician_described_before_the_name() {
    let article = format!(
        "{STORY}Politicians took to X after the ruling.\n\n\
         Politician Amina Odhiambo tweeted: \u{201c}Twelve shillings more is a tax on walking.\u{201d}\n"
    );
    assert_names(&article, &[Some("Amina Odhiambo")]);
}

#[test]
fn unquoted_words_after_an_adverb_or_a_reader_named_after_a_comma() {
    let article = format!(
        "{STORY}Commuters vented their anger on X.\n\n\
         @kamau_254 also tweeted: Twelve shillings more and the fare doubles. Criminals!\n\n\
         Another user, Jane Wanjiru tweeted: Walk to work, they said. Now we walk to work.\n"
    );
    assert_handles_and_openings(&article, &[(Some("kamau_254"), "Twelve"), (None, "Walk")]);
    assert_names(&article, &[None, Some("Jane Wanjiru")]);
}

#[test]
fn a_blogs_latest_comments_headed_by_the_commenter_and_the_post() {
    let article = "All comments\n\n\
         From Amina Odhiambo on Matatu fares: what the new levy means for commuters\n\
         Twelve shillings more and the fare doubles. Who is this levy for? The Treasury \
         should walk to work with us for one week and then decide.\n\
         From Peter Kamau on Matatu fares: what the new levy means for commuters\n\
         Walk to work, they said. Now we walk to work and still pay the levy on every \
         litre the matatu burns on the way to town and back.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Amina Odhiambo"), "Twelve"),
            (Some("Peter Kamau"), "Walk"),
        ],
    );
}

#[test]
fn a_sentence_opening_from_a_day_on_is_no_comments_header() {
    let article = format!(
        "{STORY}From Monday on the fares will rise by twelve shillings a trip.\n\n\
         The Treasury said the levy would stay until June, and operators agreed.\n\n\
         From June on the levy will be reviewed every quarter by the board.\n"
    );
    assert_names(&article, &[]);
}

#[test]
fn a_post_that_said_is_its_posters() {
    let article = format!(
        "{STORY}Kenyans took to X to vent. One user, @kamau_254, posted a photo of an empty \
         matatu stage.\n\n\
         \u{201c}Twelve shillings more and the fare doubles,\u{201d} the post said.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_handles_and_openings(&article, &[(Some("kamau_254"), "Twelve")]);
}

#[test]
fn bare_usernames_before_a_tag_or_with_a_capital_inside() {
    let article = format!(
        "{STORY}Kenyan Tweeple were quick to react.\n\n\
         wanjikumaina Twelve shillings more and the fare doubles #FuelLevy\n\n\
         kamaukibet #FuelLevy Walk to work, they said. Now we walk to work.\n\n\
         iAmina Cycled into work. Took 30 minutes like every other day.\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("wanjikumaina"), "Twelve"),
            (Some("kamaukibet"), "#FuelLevy"),
            (Some("iAmina"), "Cycled"),
        ],
    );
}

#[test]
fn a_surname_of_a_reader_introduced_above() {
    let article = format!(
        "{STORY}Facebook user Jane Wanjiru said she had waited three hours for a matatu on \
         Tuesday.\n\n\
         \u{201c}Twelve shillings more and the fare doubles. Who is this levy for?\u{201d} \
         Wanjiru said.\n\n\
         Transport minister Peter Kamau defended the levy on Wednesday.\n\n\
         \u{201c}The levy will stay until the roads are paid for,\u{201d} Kamau said.\n"
    );
    // The reader by the full name the article introduced; the minister is no reader.
    assert_names_and_openings(&article, &[(Some("Jane Wanjiru"), "Twelve")]);
}

#[test]
fn posts_credited_in_brackets_at_their_end() {
    let article = format!(
        "{STORY}The tweets were a pleasure to read. Here is a sample:\n\n\
         Twelve shillings more and the fare doubles. The Treasury calls it\n\
         a levy, we call it a fine (by @kamau_254)\n\n\
         So the minister says \u{201c}walk to work\u{201d} and we walk (by wanjikumaina)\n\n\
         The levy will be reviewed in June (by the Treasury)\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("kamau_254"), "Twelve"), (Some("wanjikumaina"), "So")],
    );
}

#[test]
fn a_round_up_of_comments_signed_with_the_post_commented_on() {
    let article = "Our favourite comments of the week\n\n\
         We love our readers, and we love what they have to say. Here are some of the best.\n\n\
         \u{201c}Twelve shillings more and the fare doubles.\n\n\
         Who is this levy for? Not for us who walk.\u{201d}\n\n\
         by Amina Odhiambo on Matatu fares: what the new levy means\n\n\
         \u{201c}Walk to work, they said. Now we walk to work and pay the levy anyway.\u{201d}\n\n\
         by Peter Kamau on The Treasury\u{2019}s levy, explained\n\n\
         By Jane Doe on March 3\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Amina Odhiambo"), "Twelve"),
            (Some("Peter Kamau"), "Walk"),
        ],
    );
}

#[test]
fn a_letter_with_its_close_and_signature_run_into_its_last_sentence() {
    let article = "Letters to the editor\n\n\
         Fuel levy\n\
         Sir, \u{2013} Twelve shillings more a litre and the matatu fare doubles. Who is this \
         levy for? Yours, etc, AMINA ODHIAMBO, Kisumu.\n\
         Walking to work\n\
         Sir, \u{2013} Walk to work, they said. Now we walk to work and still pay. Yours, etc., \
         Dr PETER KAMAU, Westlands, Nairobi.\n\
         Yours is the only paper that printed the levy in full, the Treasury said.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("AMINA ODHIAMBO"), "Twelve"),
            (Some("Dr PETER KAMAU"), "Walk"),
        ],
    );
}

#[test]
fn comments_over_their_commenter_and_time_after_a_bar() {
    let article = format!(
        "{STORY}Here is what other fans said in the game threads.\n\n\
         First half\n\
         Twelve shillings for a ticket and this is what we get.\n\
         kamau_254 | 19:47 EDT\n\
         (10:46) Gor Mahia goal is GOOD.\n\
         Walk to the stadium, they said. Worth it for that goal.\n\
         Jane Wanjiru | 8:05 pm\n"
    );
    assert_handles_and_openings(&article, &[(Some("kamau_254"), "Twelve"), (None, "Walk")]);
    assert_names(&article, &[None, Some("Jane Wanjiru")]);
}

#[test]
fn a_topic_before_a_bullet_is_no_part_of_the_name_after_it() {
    let article = format!(
        "{STORY}Readers wrote in about the levy.\n\n\
         Fares \u{2022} Jane Wanjiru wrote: \u{201c}Twelve shillings more and the fare doubles.\u{201d}\n"
    );
    assert_names(&article, &[Some("Jane Wanjiru")]);
}

#[test]
fn letters_signed_in_turn_after_a_dash_with_their_towns() {
    let article = "Off the levy, old son!\n\
         It is ludicrous that the Treasury has raised the levy again. Twelve shillings a litre is \
         a tax on walking.\n\
         \u{2013} Amina Odhiambo, Kisumu\n\
         Uncharitable\n\
         Dear Treasury Secretary,\n\
         Regarding your interview on the levy, I do not believe the matatu owners should pay it \
         alone. Walk to work, they said.\n\
         \u{2013} Peter Kamau, Westlands\n";
    assert_names_and_openings(
        article,
        &[
            (Some("Amina Odhiambo"), "It"),
            (Some("Peter Kamau"), "Regarding"),
        ],
    );
}

#[test]
fn a_columns_note_signed_with_the_columnists_name_alone_is_no_letter_in_turn() {
    let article = "Out of the inbox\n\
         Just last August, this column debuted to loads of fanfare via tweets and posts. We were \
         celebrated.\n\
         \u{2013} Abdulkareem\n\
         Re: The fuel levy\n\
         Your piece on the levy hit all the right spots for me. Well done and more grease to your \
         elbows.\n\
         \u{2013} Amina Odhiambo, Kisumu.\n\
         Re: Matatu fares\n\
         Elected officials should buckle up and do their jobs abeg!\n\
         \u{2013} Peter Kamau, Westlands.\n";
    let found = reactions(article);
    let letters: Vec<(Option<&str>, bool)> = found
        .iter()
        .map(|r| {
            (
                r.display_name.as_deref(),
                r.cues.contains(&extract::Cue::Letter),
            )
        })
        .collect();
    assert_eq!(
        letters,
        [
            (Some("Abdulkareem"), false),
            (Some("Amina Odhiambo"), true),
            (Some("Peter Kamau"), true)
        ]
    );
}

#[test]
fn a_quote_left_open_in_a_list_ends_where_the_next_opens() {
    let article = format!(
        "{STORY}This is the levy in tweets:\n\
         \u{201c}Twelve shillings more and the fare doubles.\u{201d}\n\
         \u{201c}Walk to work, they said. Now we walk to work.\n\
         \u{201c}Cycled into work. Took 30 minutes like every other day.\u{201d}\n\
         \u{201c}Who is this levy for? Not for us.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Walk", "Cycled", "Who"]);
}

#[test]
fn unquoted_comments_signed_after_a_dash_with_a_verb() {
    let article = format!(
        "{STORY}Here are some of the hilarious reactions.\n\n\
         Twelve shillings more and the fare doubles. Who is this levy for? \u{2013} Amina \
         Odhiambo posted.\n\n\
         We walk to work already. Tumechoka \u{2013} Peter Kamau said.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Amina Odhiambo"), "Twelve"),
            (Some("Peter Kamau"), "We"),
        ],
    );
}

#[test]
fn a_titled_poster_after_the_quote() {
    let article = format!(
        "{STORY}Politicians took to Twitter after the vote.\n\n\
         \u{201c}Twelve shillings more and the fare doubles,\u{201d} Nairobi Senator Edwin Sifuna \
         tweeted. \u{201c}Who is this levy for?\u{201d}\n\n\
         \u{201c}The levy stays until June,\u{201d} tweeted Governor Anne Waiguru.\n\n\
         \u{201c}We will review the levy in March,\u{201d} Minister John Mbadi said.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    // A title opens no name but a post's: the minister's words are a statement.
    assert_names_and_openings(
        &article,
        &[
            (Some("Edwin Sifuna"), "Twelve"),
            (Some("Anne Waiguru"), "The"),
        ],
    );
}

#[test]
fn a_participle_placing_a_person_is_no_verb() {
    let article = format!(
        "{STORY}Here is how Kenyans reacted on Facebook.\n\n\
         US based Kenyan journalist Amina Odhiambo posted: \u{201c}Twelve shillings more and \
         the fare doubles.\u{201d}\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_names(&article, &[Some("Amina Odhiambo")]);
}

#[test]
fn a_quote_credited_to_the_account_it_came_from() {
    let article = format!(
        "{STORY}The memes came out within the hour, and some of the funniest quotes with them, \
         including \u{201c}Twelve shillings more and the fare doubles, so I walk,\u{201d} from \
         Wanjiku Charles\u{2019} Facebook profile.\n\n\
         \u{201c}Who is this levy for? Not for us who walk,\u{201d} from @kamau_254's Twitter \
         account.\n\n\
         \u{201c}The levy stays until June,\u{201d} from the Treasury's statement.\n"
    );
    let found = reactions(&article);
    let credited: Vec<(Option<&str>, Option<&str>, &str)> = authored(&found)
        .into_iter()
        .map(|(handle, name, text)| (handle, name, text.split_whitespace().next().unwrap_or("")))
        .collect();
    // A statement is no account's post.
    assert_eq!(
        credited,
        [
            (None, Some("Wanjiku Charles"), "Twelve"),
            (Some("kamau_254"), None, "Who")
        ]
    );
}

#[test]
fn a_name_in_apposition_after_the_verb_then_where_it_was_posted() {
    let article = format!(
        "{STORY}Politicians and their staff weighed in.\n\n\
         \u{201c}Twelve shillings more and the fare doubles,\u{201d} said the former \
         senator\u{2019}s spokesperson, Jane Wanjiru in a tweet.\n\n\
         \u{201c}Who is this levy for? Not for us who walk,\u{201d} wrote Nairobi lawyer and \
         activist, Peter Kamau on Facebook.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Jane Wanjiru"), "Twelve"),
            (Some("Peter Kamau"), "Who"),
        ],
    );
}

#[test]
fn a_quote_left_open_ends_before_the_next_introduction() {
    let article = format!(
        "{STORY}The levy has divided social media. Here is how readers responded.\n\n\
         Amina Odhiambo retorts:\n\n\
         \u{201c}Twelve shillings more and the fare doubles! Who is this levy for?\n\n\
         Peter Kamau reacts:\n\n\
         We walk to work already and now we walk further. Time to draw the line.\n\n\
         Jane Wanjiru writes:\n\n\
         I beg to disagree. The roads must be paid for, and the levy pays for them.\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Amina Odhiambo"), "Twelve"),
            (Some("Peter Kamau"), "We"),
            (Some("Jane Wanjiru"), "I"),
        ],
    );
}

#[test]
fn the_next_reader_after_before() {
    let article = format!(
        "{STORY}Netizens took to X to complain within the hour.\n\n\
         \u{201c}Twelve shillings more and the fare doubles!\u{201d} one immediately noted \
         before another added: \u{201c}Who is this levy for? Not for us.\u{201d}\n\n\
         \u{201c}We walk to work already,\u{201d} someone else posted, before a third \
         claimed: \u{201c}Tumechoka, the roads are no better.\u{201d}\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Who", "We", "Tumechoka,"]);
}

#[test]
fn a_capitalized_attribution_verb_after_an_exclamation() {
    let article = format!(
        "{STORY}Kenyans took to Twitter within the hour.\n\n\
         \u{201c}Kumbe hii levy ni wizi mtupu!\u{201d} Exclaimed Twitter user Jane Wanjiru.\n\n\
         \u{201c}Twelve shillings more and the fare doubles?\u{201d} Quipped @kamau_254.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_eq!(
        authored(&reactions(&article))
            .into_iter()
            .map(|(handle, name, _)| handle.or(name))
            .collect::<Vec<_>>(),
        [Some("Jane Wanjiru"), Some("kamau_254")]
    );
}

#[test]
fn caribbean_nationalities_describe_a_reader() {
    let article = format!(
        "{STORY}Islanders took to Facebook as the levy spread across the region.\n\n\
         One St. Lucian posted on Facebook: \u{201c}Twelve shillings more and the fare \
         doubles.\u{201d}\n\n\
         Another Bajan wrote: \u{201c}Who is this levy for? Not for us.\u{201d}\n\n\
         A Guyanese commenter added: \u{201c}We walk to work already.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Who", "We"]);
}

#[test]
fn a_pronouns_sentence_after_the_quotes_full_stop_is_the_articles() {
    let article = format!(
        "{STORY}The Kenya Police Force defended its officers on Monday.\n\n\
         One citizen posted on Facebook this evening:\n\n\
         \u{201c}Twelve shillings more and the fare doubles. I am angry.\u{201d} She posted \
         the following photos.\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve"]);
}

#[test]
fn another_comment_or_one_read_before_the_quote() {
    let article = format!(
        "{STORY}Many Kenyans took to social media to complain about the levy.\n\n\
         Another one read \u{201c}Twelve shillings more and the fare doubles.\u{201d}\n\n\
         Another comment read \u{201c}Who is this levy for? Not for us.\u{201d}\n\n\
         The minister read \u{201c}The levy stays until June.\u{201d}\n"
    );
    // A minister reading words out is no post.
    assert_anonymous_openings(&article, 1, &["Twelve", "Who"]);
}

#[test]
fn a_reply_to_which_a_reader_answered() {
    let article = format!(
        "{STORY}The thread went viral, with users split over the levy.\n\n\
         One person wrote, \u{2018}Twelve shillings more and the fare doubles.\u{2019}\n\n\
         To which a Brit replied, \u{2018}Who is this levy for? Not for us.\u{2019}\n\n\
         The Treasury said the levy would stay until June.\n"
    );
    assert_anonymous_openings(&article, 1, &["Twelve", "Who"]);
}

#[test]
fn facebook_comments_copied_with_the_name_glued_to_the_comment() {
    let article = format!(
        "{STORY}Listed here are some of the better comments on our Facebook page.\n\n\
         Should the levy stay?\n\n\
         Amina Odhiambo We walk to work already, and now the fare doubles.\n\n\
         Peter K. Kamau Yes, the roads must be paid for by someone.\n\n\
         Jane Wanjiru I think the levy is fair if the roads get fixed.\n\n\
         Minister Davis Chirchir The levy will be reviewed in June.\n"
    );
    // Words a comment opens with make the line one; a title opens no commenter's name.
    assert_names_and_openings(
        &article,
        &[
            (Some("Amina Odhiambo"), "We"),
            (Some("Peter K. Kamau"), "Yes,"),
            (Some("Jane Wanjiru"), "I"),
        ],
    );
}

#[test]
fn a_reader_named_after_a_comma_before_the_verb_is_read_with_the_verb() {
    let article = format!(
        "{STORY}The minister defended the levy at a rally. \u{201c}We are building roads for everyone,\u{201d} he said.\n\n\
         Since then, Kenyans have taken to social media to poke fun at him.\n\n\
         One social media user, Achieng Odhiambo wrote: \u{201c}Why does he keep comparing Nairobi to Dubai? So sad.\u{201d}\n"
    );
    let found = reactions(&article);
    let posts: Vec<(Option<&str>, Option<&str>)> = found
        .iter()
        .map(|r| (r.display_name.as_deref(), r.verb.as_deref()))
        .collect();
    assert_eq!(posts, [(Some("Achieng Odhiambo"), Some("wrote"))]);
}

#[test]
fn a_comment_after_its_name_and_colon_that_quotes_a_phrase() {
    let article = format!(
        "{STORY}Here are some of the comments on our Facebook page:\n\n\
         Wanjiru Kamau: The matatu fare doubled overnight, this is madness\n\n\
         Otieno Juma: Shouldn\u{2019}t write \u{2018}Breaking News\u{2019} & it should be \u{2018}Normal News\u{2019}!\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Wanjiru Kamau"), "The"),
            (Some("Otieno Juma"), "Shouldn't"),
        ],
    );
}

#[test]
fn names_and_colons_in_one_paragraph_after_an_item_opening_with_a_quote() {
    let article = format!(
        "{STORY}Reactions from netizens\n\n\
         Wanjiru: \u{201c}Thieves\u{201d} always find a new way to tax us.\n\
         Otieno: They really treated the road as their home\n\
         Achieng: Will they tax the air as well?\n\
         Kamau: May these thieves go\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Wanjiru"), "\"Thieves\""),
            (Some("Otieno"), "They"),
            (Some("Achieng"), "Will"),
            (Some("Kamau"), "May"),
        ],
    );
}

#[test]
fn a_commenter_as_often_spelt() {
    let article = format!(
        "{STORY}Some were offended by the levy, while others were perplexed by the outrage.\n\n\
         \u{201c}I have paid every levy they mentioned, and the roads are really good. What is wrong with this one?\u{201d} a commentor shared.\n"
    );
    assert_anonymous_openings(&article, 2, &["I have"]);
}

#[test]
fn a_name_with_the_handle_it_posts_as_between_commas() {
    let article = format!(
        "{STORY}Twitter users have been using hashtags to voice their opinions on the levy.\n\n\
         Wanjiru Kamau, with the handle @wanjiru_k, posted on Thursday, \u{201c}The levy is not only about roads but about who pays for them.\u{201d}\n\n\
         Otieno Juma, whose username is @otienoj, tweeted: \u{201c}Striving for the family is much more dignified than this.\u{201d}\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("wanjiru_k"), "The"), (Some("otienoj"), "Striving")],
    );
}

#[test]
fn a_post_whose_quote_marks_do_not_pair_closed_by_its_poster_at_the_end() {
    let article = format!(
        "{STORY}The remarks drew both support and derision among Twitter followers.\n\n\
         \u{201c}Sad how a minister capitalizes \u{201c}Budget\u{201d} but not \u{201c}roads,\u{201d} tweeted @matatu_mike.\n\n\
         Others defended him.\n\n\
         Folks: if he swore in the house, different. It\u{2019}s Twitter. And his issue is real,\u{201d} tweeted @wanjiru_k.\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("matatu_mike"), "Sad"), (Some("wanjiru_k"), "Folks:")],
    );
}

#[test]
fn a_title_after_a_place_or_a_body_is_no_part_of_the_name() {
    let article = format!(
        "{STORY}Here is what politicians are saying on Twitter:\n\n\
         Nakuru Sen. Wanjiru Kamau was among the first to speak out. She wrote on Twitter that the levy was \u{201c}appalling.\u{201d}\n\n\
         \u{201c}When will the Treasury do its job and stop taxing the poor?\u{201d} she asked.\n\n\
         Kenya Power CEO Otieno Juma tweeted: \u{201c}We will keep the lights on whatever the levy costs us.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau"), Some("Otieno Juma")]);
}

#[test]
fn a_legislators_party_and_state_after_the_name() {
    let article = "Senators react to the health bill on Twitter\n\n\
        Senators took to Twitter to react to the bill on Tuesday.\n\n\
        \"Coburn forced Dems to read the 767 pg amendment, we will do everything we can to stop this,\" Jim DeMint, R-S.C., tweeted.\n\n\
        \"If Reid will not slow down this debate, we will do it for him,\" tweeted Dick Durbin, D-Ill.\n\n\
        Ted Cruz (R-Texas) wrote on Twitter: \"The bill is a government takeover of health care.\"\n";
    assert_names(
        article,
        &[Some("Jim DeMint"), Some("Dick Durbin"), Some("Ted Cruz")],
    );
}

#[test]
fn a_poster_named_after_a_quote_read_out_by_someone_else() {
    let article = format!(
        "{STORY}Otieno Juma read aloud the following comments posted at Wanjiru Kamau\u{2019}s Facebook account:\n\n\
         \u{201c}The levy is daylight robbery and we will do everything we can to stop it,\u{201d} Wanjiru Kamau posted.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_commenter_named_after_the_quote_with_a_verb_of_speech() {
    let article = format!(
        "{STORY}We published a letter from students on our website.\n\n\
         \u{201c}I see their greed and it is plain to everyone who fills a tank,\u{201d} commenter Wanjiru Kamau said succinctly.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_verb_of_posting_capitalized_after_the_name() {
    let article = format!(
        "{STORY}Viewers shared their memories of the old fuel prices.\n\n\
         Viewer Wanjiru Kamau Tweeted: \"As a child, I remember petrol at forty shillings a litre.\"\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn messages_signed_after_a_dash_with_pseudonyms() {
    let page = "Your 2 Cents: Sunday, March 2\n\n\
        Just because the Treasury has raised levies for years does not mean it is a good idea.\n\n\
        \u{2014} Nakuru observer\n\n\
        I read that the matatu owners want to strike. Good. Pay the drivers what they are worth.\n\n\
        \u{2014} Holding my breath\n\n\
        Why do importers get waivers while farmers pay every shilling of the levy?\n\n\
        \u{2014} Fed up\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Nakuru observer"), "Just"),
            (Some("Holding my breath"), "I"),
            (Some("Fed up"), "Why"),
        ],
    );
}

#[test]
fn messages_signed_with_the_senders_number_before_a_colon() {
    let article = format!(
        "{STORY}Readers sent us their experiences by SMS:\n\n\
         0779218964: We were many at the stage, no matatus until a long time after the levy came in.\n\n\
         0751161052: I have gone back to my blanket, because there are no matatus to board for work.\n\n\
         2024-03-12 14:05: The Treasury said it would review the levy in June.\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("0779218964"), "We"), (Some("0751161052"), "I")],
    );
}

#[test]
fn a_poster_before_an_aside_of_what_the_post_showed() {
    let article = format!(
        "{STORY}Celebrities took to social media to react.\n\n\
         Wanjiru Kamau, sharing a picture of Otieno Juma and Achieng Odhiambo, wrote, \u{201c}It is ours!! The levy must go and the people have spoken!\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_posts_card_copied_onto_one_line_without_a_dash() {
    let article = format!(
        "{STORY}Here are some of the reactions:\n\n\
         Wanjiru Kamau @wanjiru_k This is one hell of a disgrace for the Treasury. It will take time to sink in.\n\n\
         Otieno Juma @otienoj Lesson - a levy on fuel and a levy on food are very different.\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("wanjiru_k"), "This"), (Some("otienoj"), "Lesson")],
    );
}

#[test]
fn a_reader_introduced_with_any_verb_over_a_quoted_paragraph() {
    let article = format!(
        "{STORY}Social media users reacted to the levy.\n\n\
         Another Twitter user, Achieng, shared the details of how much her commute now costs.\n\n\
         \u{201c}I hope everyone is coping! My fare went from 80 to 120 shillings, thankfully my office is close.\u{201d}\n"
    );
    assert_names(&article, &[Some("Achieng")]);
}

#[test]
fn a_reader_who_wrote_to_the_desk_before_the_quote() {
    let article = format!(
        "{STORY}Our editorial on the levy has drawn a lot of response from readers.\n\n\
         One reader wrote me \u{201c}\u{2026}the poor deserve better from the people whose task it was to protect them.\u{201d}\n\n\
         The minister told me \u{201c}We will review the levy in June and nobody should worry.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 3, &["\u{2026}the poor deserve"]);
}

#[test]
fn another_reader_after_a_reader_online_in_the_same_line() {
    let article = format!(
        "{STORY}Over on Facebook, the reception was mixed.\n\n\
         One poster says, \u{201c}Get off your moral high horse.\u{201d} Another said \u{201c}I could not care less about the levy.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["Get off", "I could"]);
}

#[test]
fn a_pronoun_after_the_quote_for_the_handle_before_it_in_its_sentence() {
    let article = format!(
        "{STORY}Social media users reacted with humour.\n\n\
         Otieno Juma @otienoj mounted a defense: \u{201c}That is why the Treasury never preaches against borrowing.\u{201d}\n\n\
         Prof. Wanjiru @wanjiru_k opted to look at the light side: \u{201c}You can really troll us, Treasury,\u{201d} she tweeted.\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("otienoj"), "That"), (Some("wanjiru_k"), "You")],
    );
}

#[test]
fn a_reader_placed_online_before_a_colon_without_a_verb() {
    let article = format!(
        "{STORY}Facebook user Wanjiru Kamau: \u{201c}The levy will hit the poor hardest, as always.\u{201d}\n"
    );
    assert_names_and_platforms(&article, &[(Some("Wanjiru Kamau"), Platform::Facebook)]);
}

#[test]
fn a_reporter_named_after_the_quote_with_the_platform() {
    let article = format!(
        "{STORY}\u{201c}I have followed this levy since 2019 and never seen a worse budget,\u{201d} business reporter Wanjiru Kamau said on Twitter.\n"
    );
    assert_names_and_platforms(&article, &[(Some("Wanjiru Kamau"), Platform::Twitter)]);
}

#[test]
fn a_member_of_parliament_named_after_the_body() {
    let article = format!(
        "{STORY}Westlands Member of Parliament Wanjiru Kamau thanked the Treasury for the delay.\n\n\
         \u{201c}May the poor no longer carry the heaviest load,\u{201d} she said on Twitter.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_reader_called_by_a_pseudonym_after_the_quote() {
    let article = format!(
        "{STORY}\u{201c}There must be some relief for those of us who drive for a living,\u{201d} said a twitter user called Wise One.\n"
    );
    assert_names(&article, &[Some("Wise One")]);
}

#[test]
fn a_post_in_the_perfect_after_the_quote() {
    let article = format!(
        "{STORY}\u{201c}If your station runs dry, please mention #FuelSOS,\u{201d} Ms Wanjiru Kamau had tweeted.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn numbered_comments_under_the_count_of_a_pages_comments() {
    let article = format!(
        "{STORY}The levy takes effect on the first of the month.\n\n\
         2 Comments\n\n\
         \x20 1. I am sorry, but a levy on fuel is a levy on everything we buy, and the Treasury knows it.\n\n\
         \x20 2. We have paid these levies for years and the roads are still full of potholes.\n"
    );
    assert_anonymous_openings(&article, 2, &["I am", "We have"]);
}

#[test]
fn a_posts_card_whose_name_is_decorated_with_a_flag_or_emoji() {
    let article = format!(
        "{STORY}Some of the comments poked fun at the timing of the levy.\n\n\
         Nairobi Meek Mill\u{1f1f0}\u{1f1ea}@meekmill_ke\n\n\
         Might be a glitch or something cos we don\u{2019}t want any levy this season\n\n\
         Bossy \u{1f4a6}\u{1f4a8}@iBossy__\n\n\
         I think we need one day every month when the Treasury pays for our fuel instead\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("meekmill_ke"), "Might"), (Some("iBossy__"), "I")],
    );
}

#[test]
fn a_post_tweeted_via_its_account() {
    let article = format!(
        "{STORY}Long queues returned to the pumps in Nairobi.\n\n\
         Otieno tweeted via @otienoj \u{201c}This is Kenya, where it is white one minute and black the next\u{201d}\n\n\
         He tweeted via @wanjiru_k: \u{201c}You will hate Nairobi more every time there is a levy.\u{201d}\n"
    );
    assert_handles_and_openings(
        &article,
        &[(Some("otienoj"), "This"), (Some("wanjiru_k"), "You")],
    );
}

#[test]
fn one_post_read_with_a_relative_clause_about_it() {
    let article = format!(
        "{STORY}\u{201c}Kenyans are wondering what kind of Treasury would tax the air next,\u{201d} read one viral post that set the tone for the week.\n"
    );
    assert_anonymous_openings(&article, 2, &["Kenyans are"]);
}

#[test]
fn an_account_described_after_the_quote() {
    let article = format!(
        "{STORY}The Kenya Railways was quick to answer with a joke of its own.\n\n\
         \u{201c}We will be utterly delighted to carry your fuel at the old price,\u{201d} the corporation\u{2019}s handle @KenyaRailways_ tweeted.\n"
    );
    assert_handles_and_openings(&article, &[(Some("KenyaRailways_"), "We")]);
}

#[test]
fn an_online_reader_verbed_saying_into_the_quote() {
    let article = format!(
        "{STORY}A twitterati lamented saying \u{201c}The Treasury joins the looters, sad very sad.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["The Treasury"]);
}

#[test]
fn comments_given_as_examples_after_a_sentence_about_someone_else() {
    let article = format!(
        "{STORY}KBC had no official posts about the levy, but its viewers certainly did. They stormed the KBC wall with comments like:\n\n\
         \u{201c}Another levy, another reason to sell the car!!!\u{201d}\n\n\
         \u{201c}KBC should at least tell us what the levy pays for.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["Another levy,", "KBC should"]);
}

#[test]
fn an_adverb_opening_the_sentence_is_no_part_of_the_name() {
    let article = format!(
        "{STORY}Readers on our Facebook page were not impressed.\n\n\
         Meanwhile Otieno Juma joked: \u{201c}I am still walking back from the pump I queued at last year.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_signature_with_the_site_the_comment_was_left_on() {
    let article = format!(
        "{STORY}Comments from around our network:\n\n\
         \u{201c}Levies on fuel would make a great band name.\u{201d}\n\
         \u{2014} Otieno Juma on St. Peters Patch\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn comments_labelled_by_their_number() {
    let article = format!(
        "{STORY}Here are some of the comments we have seen so far:\n\n\
         Comment 1: \u{201c}The Treasury was only trying to fix the roads.\u{201d}\n\n\
         Comment 2:\u{201c}If the roads were fixed first, nobody would mind the levy.\u{201d}\n\n\
         Comment #3: \u{201c}Needless back and forth while we queue at the pumps.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["The Treasury", "If the", "Needless back"]);
}

#[test]
fn a_commenter_writing_under_the_comments_heading_in_one_paragraph() {
    let article = "Tag: featured comment\n\n\
         Why nobody trusts the levy\n\
         Anon writes: Drivers here are paying for roads they will never see built, and they know it.\n\n\
         Tough times are no excuse\n\
         Wanjiru Kamau writes: As a 21-year-old with no further education, it is HARD to pay this.\n";
    assert_names_and_openings(
        article,
        &[(Some("Anon"), "Drivers"), (Some("Wanjiru Kamau"), "As")],
    );
}

#[test]
fn another_reader_hitting_back_in_the_same_sentence() {
    let article = format!(
        "{STORY}\u{201c}A true patriot pays, people cannot keep quiet because the police are here,\u{201d} one fan complained while another hit back saying \u{201c}Everyone is quick to talk about patriotism now the big men are not making money.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["A true", "Everyone is"]);
}

#[test]
fn a_home_town_aside_whose_closing_comma_was_lost() {
    let article = format!(
        "{STORY}Readers wrote in about the levy all week.\n\n\
         Wanjiru Kamau, from Ngong Road wrote, \u{201c}I hope it leads to some serious repairs on our roads.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn a_reader_answering_by_saying_but_not_the_minister() {
    let article = format!(
        "{STORY}Kenyans took to Twitter to react.\n\n\
         One user reacted by saying \u{201c}Shame on you, we grew up trusting this Treasury and now look.\u{201d} \
         Another one shamed him by saying \u{201c}Nobody will buy petrol from these people after this.\u{201d}\n\n\
         The minister responded by saying \u{201c}The levy will stay until the roads are finished.\u{201d}\n"
    );
    assert_anonymous_openings(&article, 2, &["Shame on", "Nobody will"]);
}

#[test]
fn the_post_read_after_the_sentence_naming_its_poster() {
    let article = format!(
        "{STORY}Wanjiru Kamau posted a photo of the queue at her filling station on Facebook.\n\n\
         The post reads: \u{201c}Three hours in this line and the pump is still dry.\u{201d}\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn tweets_copied_as_handle_then_display_name_in_brackets() {
    let article = format!(
        "{STORY}I have collected a few of the tweets below.\n\n\
         @wanjiku_m (Wanjiku Mwangi) Not AGAIN!!!!! #fuelprices\n\n\
         @otieno254 (Otieno) Three hours at the pump and it is still dry. Everyone ok?\n\n\
         @kamau_j (Joe & Jane Kamau) now that will get the matatus off the road #fuelprices\n"
    );
    assert_handles_and_openings(
        &article,
        &[
            (Some("wanjiku_m"), "Not"),
            (Some("otieno254"), "Three"),
            (Some("kamau_j"), "now"),
        ],
    );
}

#[test]
fn kinyarwanda_words_describing_the_reader_before_the_name() {
    let article = format!(
        "{STORY}Iyi nkuru yavugishije benshi ku mbuga nkoranyambaga.\n\n\
         Uwitwa Fabrice Mukunzi ati: \u{201c}Yooo mbega ibyago, nonese ibiciro bizamanuka ryari?\u{201d}\n\n\
         Umunyamakuru Aissa Cyiza yungamo ati: \u{201c}Ni ukuri nanjye niko mbibona, abashoferi bararushye.\u{201d}\n"
    );
    assert_names(&article, &[Some("Fabrice Mukunzi"), Some("Aissa Cyiza")]);
}

#[test]
fn a_letter_signed_at_its_end_is_read_once() {
    let page = "Your letters\n\n\
         Not a levy, a tax\n\n\
         The news can be so depressing that sometimes I do not even want to read it.\n\n\
         It is not a levy problem, it is a tax on every commuter. What on earth will change? Grace Achieng, Kisumu\n\n\
         Hailing the paramedics\n\n\
         I cannot praise the county ambulance service more highly for their quick response.\n\n\
         Linda Wairimu, Nyeri\n\n\
         Dump the rules\n\n\
         When will the county realise that more restrictions at the depots encourage fly-tipping?\n\n\
         Daniel Mwangi, Thika\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Grace Achieng"), "The"),
            (Some("Linda Wairimu"), "I"),
            (Some("Daniel Mwangi"), "When"),
        ],
    );
}

#[test]
fn letters_signed_with_how_they_came() {
    let page = "Your letters\n\n\
         Not a levy, a tax\n\n\
         It is not a levy problem, it is a tax on every commuter. What on earth will change? Grace Achieng, by email\n\n\
         Hailing the paramedics\n\n\
         I cannot praise the county ambulance service more highly for their quick response.\n\n\
         Linda Wairimu, by email\n\n\
         Dump the rules\n\n\
         When will the county realise that more restrictions at the depots encourage fly-tipping?\n\n\
         Daniel Mwangi, via Facebook\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Grace Achieng"), "It"),
            (Some("Linda Wairimu"), "I"),
            (Some("Daniel Mwangi"), "When"),
        ],
    );
}

#[test]
fn a_name_over_a_post_that_keeps_its_signature() {
    let article = "Celebrities react to the fuel levy\n\n\
         Various celebrities took to social media to share their sentiments on the levy.\n\n\
         Read their reaction below:\n\n\
         Wanjiku Mwangi\n\n\
         Why is our government still allowing this levy?? That should have been the first thing to go. \u{1f621} \u{2014} Wanjiku Mwangi (@wanjiku_m) January 30, 2020\n\n\
         Otieno Juma\n\n\
         It is always better to prevent something than deal with it later on. Foresight. \u{2014} Otieno Juma (@otieno254) January 30, 2020\n";
    assert_handles_and_openings(
        article,
        &[(Some("wanjiku_m"), "Why"), (Some("otieno254"), "It")],
    );
}

#[test]
fn a_signature_whose_display_name_has_a_dash() {
    let article = format!(
        "{STORY}Kenyans on Twitter were not impressed.\n\n\
         The day the levy goes up, the pumps run dry. Another L.\n\
         \u{2014} Ikenna \u{2013} \u{5ca9}\u{306e}\u{5148}\u{751f} (@FailedRift) August 30, 2016\n"
    );
    let found = reactions(&article);
    assert_eq!(
        authored(&found),
        [(
            Some("FailedRift"),
            Some("Ikenna \u{2013} \u{5ca9}\u{306e}\u{5148}\u{751f}"),
            "The day the levy goes up, the pumps run dry. Another L."
        )]
    );
}

#[test]
fn a_quote_interrupted_by_its_attribution_is_one_reaction() {
    let article = format!(
        "{STORY}Kenyans took to Twitter to react.\n\n\
         \u{201c}The levy is a scam and everyone in this country knows it,\u{201d} said one user, \u{201c}what is wrong with these people at the Treasury?\u{201d}\n\n\
         \u{201c}A levy for roads we never see?\u{201d} questioned another user, \u{201c}Where did the last one go.\u{201d}\n\n\
         \u{201c}Pay up,\u{201d} wrote @kamau_j, \u{201c}or walk to work like the rest of us.\u{201d}\n"
    );
    let found = reactions(&article);
    let texts: Vec<(Option<&str>, &str)> = found
        .iter()
        .map(|r| (r.handle.as_deref(), r.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                None,
                "The levy is a scam and everyone in this country knows it, what is wrong with \
                 these people at the Treasury?"
            ),
            (
                None,
                "A levy for roads we never see? Where did the last one go."
            ),
            (
                Some("kamau_j"),
                "Pay up, or walk to work like the rest of us."
            ),
        ]
    );
}

#[test]
fn a_past_participle_opening_a_sentence_is_nobody_a_pronoun_stands_for() {
    let article = format!(
        "{STORY}Readers wrote in about the rally.\n\n\
         Dressed in what seemed to be a large black tent, she took the platform.\n\n\
         \u{201c}The levy robs us all,\u{201d} she proclaimed, \u{201c}and sends our money abroad.\u{201d}\n"
    );
    let names: Vec<Option<String>> = reactions(&article)
        .into_iter()
        .map(|r| r.display_name)
        .collect();
    assert!(!names.contains(&Some("Dressed".to_string())), "{names:?}");
}

#[test]
fn a_signature_whose_platform_icon_was_lost_after_via() {
    let page = "IN RESPONSE: Readers have their say\n\n\
         Following are a collection of reader responses to stories for the week.\n\n\
         Kisumu levy leaves drivers counting the cost\n\n\
         Donna has always been a champion for drivers and I enjoyed working with her. \u{2014} Terry Lake, via\n\n\
         Are we to assume that the county does no checks before raising the levy? \u{2014} Robert Bishop, via\n";
    assert_names_and_openings(
        page,
        &[
            (Some("Terry Lake"), "Donna"),
            (Some("Robert Bishop"), "Are"),
        ],
    );
}

#[test]
fn comments_over_when_and_by_whom_they_were_posted() {
    let article = format!(
        "{STORY}  \u{2022} Maybe we should create a fund to buy the Treasury a map of our roads.\n\n\
             Posted 4 months ago by Jay Jay\n\n\
           \u{2022} It was idiotic but dismissing it misses the point, the levy is the real scandal.\n\n\
             Posted 3 months ago by Bigjoe Lam\n"
    );
    assert_names_and_openings(
        &article,
        &[(Some("Jay Jay"), "Maybe"), (Some("Bigjoe Lam"), "It")],
    );
}

#[test]
fn comments_under_comment_from_headers() {
    let page = "Kenyans react to the new fuel levy\n\n\
         Comment from: Paulos [Visitor]\n\n\
         On behalf of the drivers in Kisumu, I confirm that we will not pay this levy quietly.\n\n\
         07/28/13 @ 14:31\n\
         Comment from: Wanjiru [Member]\n\n\
         So, how many of you really think the Treasury will fix a single road with it?\n\n\
         07/28/13 @ 16:59\n";
    assert_names_and_openings(page, &[(Some("Paulos"), "On"), (Some("Wanjiru"), "So,")]);
}

#[test]
fn a_message_answering_one_of_the_papers_stories_is_a_letter() {
    let page = "Your feedback\n\n\
         In response to Treasury defends the new levy, MUTATI says: It is pretty clear that some people were born to make other people suffer. We have heard enough of it.\n\n\
         IN response to Roads to be fixed by June, CHAMBOKO says: The minister is not doing enough to show us where the money goes.\n";
    assert_names_and_openings(page, &[(Some("MUTATI"), "It"), (Some("CHAMBOKO"), "The")]);
}

#[test]
fn two_words_describing_the_poster_before_the_name() {
    let article = format!(
        "{STORY}Famous Cartoonist Chris Ogon posted; \u{201c}This is what happens when you tax fuel to fix roads nobody drives on.\u{201d}\n"
    );
    assert_names(&article, &[Some("Chris Ogon")]);
}

#[test]
fn a_flattened_post_whose_picture_link_takes_it_past_the_limit() {
    let article = "Kenyans react to the new fuel levy\n\
         We have sampled some of the reactions below.\n\
         You took a loan to buy a car expecting to get a job and pay back the money. You graduate, cannot find a job, you are hungry, depressed, barely surviving and now\n\
         @KenyaTreasury wants you jailed because you cannot find a job to pay the new levy. Criminalizing poverty. pic.twitter.com/zpSWIcq8kK\u{2014} The People\u{2019}s Watchman (@bonifacemwangi) February 20, 2019\n";
    assert_handles_and_openings(article, &[(Some("bonifacemwangi"), "You")]);
}

#[test]
fn a_name_described_between_commas_before_its_verb_and_unquoted_words() {
    let article = format!(
        "{STORY}Kenyans took to Facebook to react.\n\n\
         Wanjiru Kamau, another Facebook user, wrote: Even the matatu to town now costs more than my lunch.\n"
    );
    assert_names_and_openings(&article, &[(Some("Wanjiru Kamau"), "Even")]);
}

#[test]
fn an_anonymous_reader_above_a_quote_named_by_its_signature_below() {
    let article = format!(
        "{STORY}The story drew this reaction from viewers.\n\n\
         But another viewer said:\n\n\
         \u{201c}The levy pays for the roads we drive on every day, so stop complaining.\u{201d}\n\n\
         - Otieno Juma\n\n\
         The Treasury will review the levy in June.\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_name_after_the_quote_with_the_body_it_belongs_to() {
    let article = format!(
        "{STORY}The levy drew reactions on social media.\n\n\
         \u{201c}Courage to the matatu owners, the levy must go,\u{201d} Wanjiru Kamau of the Matatu Owners Association, Nakuru Branch commented.\n"
    );
    assert_names(&article, &[Some("Wanjiru Kamau")]);
}

#[test]
fn names_before_colons_over_comments_of_several_paragraphs_are_one_run() {
    // The first name's comment runs on for paragraphs: the names are still a run of readers.
    let article = "YOURSAY \u{2018}The Treasury should listen to commuters.\u{2019}\n\n\
        Levy to rise again in June\n\n\
        MwanaKenya: The minister has a reputation for being an absent minister; even his own party criticised him.\n\n\
        Call it bad timing, call it bad planning, the levy will hit us in the rainy season.\n\n\
        Instead of flying off to a summit, he should have stayed to explain the levy to us.\n\n\
        And the matatu owners were never asked at all, as usual.\n\n\
        Wanjiku: Please get your priorities right. Roads first, then the levy.\n\n\
        Otieno: I bet the levy will pay for another summit abroad.\n";
    assert_names_and_openings(
        article,
        &[
            (Some("MwanaKenya"), "The"),
            (Some("Wanjiku"), "Please"),
            (Some("Otieno"), "I"),
        ],
    );
}

#[test]
fn no_name_runs_across_a_colon_before_the_quote() {
    let article = format!(
        "{STORY}Matatu owners took to Facebook.\n\n\
         Matatu Owners Association: Otieno Juma wrote \u{201c}The levy will double our fares by Friday.\u{201d}\n"
    );
    assert_names(&article, &[Some("Otieno Juma")]);
}

#[test]
fn a_commenter_whose_comment_holds_a_quote_it_answers() {
    let article = format!(
        "{STORY}Here are some of the comments:\n\n\
         Wanjiru Kamau: So the Treasury thinks we can all afford another 12 shillings a litre?\n\n\
         Otieno Juma: Wanjiru Kamau, \u{2018}the levy is temporary\u{2019}? Which levy ever went away?\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Wanjiru Kamau"), "So"),
            (Some("Otieno Juma"), "Wanjiru"),
        ],
    );
}

#[test]
fn a_name_placed_in_one_of_its_posts_before_the_verb() {
    let article = format!(
        "{STORY}Matatu owners took to social media.\n\n\
         Otieno Juma in one of his Twitter posts wrote:\n\n\
         For goodness sake, with no roads to show for the last levy, stop asking us for another one!\n\n\
         The Treasury has not responded.\n"
    );
    assert_names_and_openings(&article, &[(Some("Otieno Juma"), "For")]);
}

#[test]
fn a_username_of_capitalized_words_run_together_is_an_account() {
    // One capitalized word would read as an official's surname after `said`; words run
    // together read as an account's name.
    let article = format!(
        "{STORY}Online, some thought the levy sounded fair. NakuruDeb said: \u{201c}I think that\u{2019}s a fair idea. Shame it did not come earlier, though.\u{201d}\n"
    );
    assert_names(&article, &[Some("NakuruDeb")]);
}

#[test]
fn comments_signed_under_them_after_a_dash_run_back_to_the_signature_before() {
    let article = format!(
        "{STORY}Webwords is drawn from comments on our online stories.\n\
         The levy is theft and we all know where it goes.\n\
         - Achieng Odhiambo\n\
         Yes! Fix the roads first, then ask for more.\n\
         Finally someone says it out loud.\n\
         - Wanjiru Kamau\n\
         We walk to work now, thank you Treasury.\n\
         - Otieno Juma\n"
    );
    assert_names_and_openings(
        &article,
        &[
            (Some("Achieng Odhiambo"), "The"),
            (Some("Wanjiru Kamau"), "Yes!"),
            (Some("Otieno Juma"), "We"),
        ],
    );
}
