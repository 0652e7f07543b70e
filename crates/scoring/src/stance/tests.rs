use super::*;

fn worked_example_targets() -> TargetSet {
    TargetSet::new(vec![
        Target::new(
            "Ukraine",
            &["Ukrainian", "Ukrainians", "Kyiv"],
            &["Slava Ukraini"],
            &[],
        )
        .unwrap(),
        Target::new("Russia", &["Russian", "Russians", "Kremlin"], &[], &[]).unwrap(),
        Target::new("North Korea", &["Pyongyang", "DPRK"], &[], &[]).unwrap(),
        Target::new("NATO", &[], &[], &[]).unwrap(),
    ])
}

fn judge(text: &str, target: &str) -> StanceJudgement {
    let targets = worked_example_targets();
    let target = targets
        .targets()
        .iter()
        .find(|t| t.name == target)
        .expect("a configured target");
    RuleStance::new(SentimentAnalyzer::shared()).judge(text, target)
}

fn stance(text: &str, target: &str) -> (Stance, StanceRule) {
    let judgement = judge(text, target);
    (judgement.stance, judgement.evidence.rule)
}

/// The four reactions of ../shared/examples/north-korea-reactions.txt, exactly as
/// docs/sentiment.md's stance section documents them.
#[test]
fn worked_example_reactions() {
    let first = "This is another big problem for Ukraine.";
    let j = judge(first, "Ukraine");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::Favor, StanceRule::HarmedParty)
    );
    assert_eq!(j.evidence.span, "problem for Ukraine");
    assert_eq!(j.confidence, 0.6);
    for other in ["Russia", "North Korea", "NATO"] {
        assert_eq!(stance(first, other), (Stance::None, StanceRule::NoMention));
    }

    for target in ["Ukraine", "Russia", "North Korea", "NATO"] {
        assert_eq!(
            stance("Shame on them.", target),
            (Stance::None, StanceRule::NoMention)
        );
    }

    let third = "If North Korea joins the fight with Russia, I can think of no better reason for welcoming Ukraine into NATO.";
    let j = judge(third, "Ukraine");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::Favor, StanceRule::ObjectCue)
    );
    assert_eq!(j.evidence.span, "welcoming Ukraine");
    assert_eq!(j.confidence, 0.9);
    let j = judge(third, "NATO");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::Favor, StanceRule::ObjectCue)
    );
    assert_eq!(j.evidence.span, "welcoming Ukraine into NATO");
    for target in ["North Korea", "Russia"] {
        let j = judge(third, target);
        assert_eq!(
            (j.stance, j.evidence.rule),
            (Stance::None, StanceRule::Conditional)
        );
        assert_eq!(
            j.evidence.span,
            "If North Korea joins the fight with Russia"
        );
    }

    let fourth = "Russia, China, and North Korea. These countries will cause WWIII.";
    for (target, alias) in [
        ("Russia", "Russia (as “these”)"),
        ("North Korea", "North Korea (as “these”)"),
    ] {
        let j = judge(fourth, target);
        assert_eq!(
            (j.stance, j.evidence.rule),
            (Stance::Against, StanceRule::HarmDoer)
        );
        assert_eq!(j.evidence.alias.as_deref(), Some(alias));
        assert_eq!(j.evidence.span, "These countries will cause WWIII");
        assert_eq!(j.confidence, 0.7);
    }
    for target in ["Ukraine", "NATO"] {
        assert_eq!(
            stance(fourth, target),
            (Stance::None, StanceRule::NoMention)
        );
    }
}

#[test]
fn favor_cues_and_their_negations() {
    for text in [
        "We support Ukraine.",
        "I stand with Ukraine",
        "Pray for Ukraine tonight",
        "welcome Ukraine to the EU",
        "Glory to Ukraine!",
    ] {
        assert_eq!(
            stance(text, "Ukraine"),
            (Stance::Favor, StanceRule::ObjectCue),
            "{text}"
        );
    }
    for text in [
        "I don't support Ukraine.",
        "never stand with Ukraine",
        "Stop supporting Ukraine",
        "not welcome Ukraine",
    ] {
        assert_eq!(
            stance(text, "Ukraine"),
            (Stance::Against, StanceRule::ObjectCue),
            "{text}"
        );
    }
}

#[test]
fn against_cues_and_their_negations() {
    for text in [
        "Shame on Russia.",
        "We condemn Russia",
        "I am against NATO expansion",
        "Ban the Kremlin's media",
        "More sanctions on Russia now",
    ] {
        let target = if text.contains("NATO") {
            "NATO"
        } else {
            "Russia"
        };
        assert_eq!(
            stance(text, target),
            (Stance::Against, StanceRule::ObjectCue),
            "{text}"
        );
    }
    for text in [
        "I do not condemn Russia",
        "Why not ban... no, don't ban Russia",
    ] {
        assert_eq!(stance(text, "Russia").0, Stance::Favor, "{text}");
    }
}

#[test]
fn harm_rules_tell_doer_from_victim() {
    assert_eq!(
        stance("Russia invaded its neighbour", "Russia"),
        (Stance::Against, StanceRule::HarmDoer)
    );
    assert_eq!(
        stance("Kyiv was bombed by Russia", "Russia"),
        (Stance::Against, StanceRule::HarmDoer)
    );
    // "not be intimidated" reads positive to VADER, but the Kremlin is still the one intimidating.
    assert_eq!(
        stance("We will not be intimidated by the Kremlin.", "Russia"),
        (Stance::Against, StanceRule::HarmDoer)
    );
    // The passive voice makes Ukraine the one harmed, not the doer.
    assert_ne!(
        stance("Ukraine was invaded in 2022", "Ukraine").1,
        StanceRule::HarmDoer
    );
    assert_eq!(
        stance("The war against Ukraine must end", "Ukraine"),
        (Stance::Favor, StanceRule::HarmedParty)
    );
    assert_eq!(
        stance("A real threat to NATO", "NATO"),
        (Stance::Favor, StanceRule::HarmedParty)
    );
}

#[test]
fn sentiment_decides_when_no_rule_does() {
    assert_eq!(
        stance("NATO is great and brave", "NATO"),
        (Stance::Favor, StanceRule::Sentiment)
    );
    assert_eq!(
        stance("Russia is evil", "Russia"),
        (Stance::Against, StanceRule::Sentiment)
    );
    assert_eq!(
        stance("NATO met on Tuesday", "NATO"),
        (Stance::None, StanceRule::Undecided)
    );
}

#[test]
fn target_cues_count_without_a_mention_and_mentions_combine() {
    let j = judge("Slava Ukraini!", "Ukraine");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::Favor, StanceRule::TargetCue)
    );
    // Two opposed verdicts of equal strength cancel out.
    let j = judge("I support Russia. I condemn Russia.", "Russia");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::None, StanceRule::Conflicting)
    );
    // A strong cue outweighs weak sentiment, and the confidence says they disagreed.
    let j = judge("Russia is sad. Stand with Russia!", "Russia");
    assert_eq!(j.stance, Stance::Favor);
    assert!(j.confidence < 0.9 && j.confidence > 0.3, "{}", j.confidence);
}

/// A model trained on six NATO examples: enough to take sides on NATO, and on nothing else.
fn nato_model() -> StanceModel {
    let examples: Vec<semeval::SemevalExample> = [
        ("love nato forever", Stance::Favor),
        ("nato is wonderful", Stance::Favor),
        ("hate nato", Stance::Against),
        ("nato is awful", Stance::Against),
        ("nato met today", Stance::None),
        ("weather today", Stance::None),
    ]
    .iter()
    .enumerate()
    .map(|(i, (text, stance))| semeval::SemevalExample {
        id: i.to_string(),
        target: "NATO".into(),
        text: text.to_string(),
        stance: Some(*stance),
        line: i + 2,
    })
    .collect();
    StanceModel::train(&examples, &StanceTrainingOptions::default()).unwrap()
}

#[test]
fn judge_uses_the_model_only_for_its_targets() {
    let model = nato_model();
    let targets = worked_example_targets();
    let judge = StanceJudge::new(SentimentAnalyzer::shared(), &targets, Some(&model));
    assert_eq!(
        judge.targets_without_model(),
        ["Ukraine", "Russia", "North Korea"]
    );
    let judgements = judge.judge("We support Ukraine and love NATO forever");
    assert_eq!(judgements[0].method, Method::Rules);
    assert_eq!(judgements[3].method, Method::Model);
    assert_eq!(judgements[3].stance, Stance::Favor);
}

#[test]
fn model_round_trips_byte_identically_and_trains_deterministically() {
    let examples: Vec<semeval::SemevalExample> = (0..60)
        .map(|i| {
            let (text, stance) = match i % 3 {
                0 => (
                    format!("we back the plan number {i}, great plan"),
                    Stance::Favor,
                ),
                1 => (
                    format!("scrap the plan {i}, terrible idea"),
                    Stance::Against,
                ),
                _ => (format!("the weather on day {i}"), Stance::None),
            };
            semeval::SemevalExample {
                id: i.to_string(),
                target: if i % 2 == 0 { "Plan A" } else { "Plan B" }.into(),
                text,
                stance: Some(stance),
                line: i + 2,
            }
        })
        .collect();
    let options = StanceTrainingOptions::default();
    let first = StanceModel::train(&examples, &options).unwrap().to_bytes();
    let second = StanceModel::train(&examples, &options).unwrap().to_bytes();
    assert_eq!(first, second);
    let loaded = StanceModel::from_bytes(&first, "m").unwrap();
    assert_eq!(loaded.to_bytes(), first);
    assert_eq!(
        loaded
            .predict("plan a", "great plan, we back it")
            .unwrap()
            .0,
        Stance::Favor
    );
    assert_eq!(
        loaded
            .predict("Plan B", "terrible idea, scrap it")
            .unwrap()
            .0,
        Stance::Against
    );
    assert!(loaded.predict("Plan C", "anything").is_none());
    assert_eq!(loaded.training_report()[0].examples, 30);

    let error = StanceModel::from_bytes(&first[..first.len() - 3], "model.bin")
        .err()
        .expect("a truncated model is refused");
    assert_eq!(error.to_string(), "model.bin: truncated weights");
    assert!(StanceModel::from_bytes(b"junk", "x").is_err());

    // A header edited to ask for an impossible model is refused before anything is allocated
    // (2^40 slots tried to allocate 13 TB; 63 and 64 overflowed).
    let text = String::from_utf8_lossy(&first).into_owned();
    for (setting, edited, why) in [
        (
            "\"hash_bits\":18",
            "\"hash_bits\":40",
            "hash_bits 40 is outside 1..=24",
        ),
        (
            "\"hash_bits\":18",
            "\"hash_bits\":64",
            "hash_bits 64 is outside 1..=24",
        ),
        (
            "\"word_ngrams\":[1,3]",
            "\"word_ngrams\":[3,1]",
            "word_ngrams (3, 1) is not a range",
        ),
    ] {
        assert!(text.contains(setting), "{setting} in the header");
        let bytes = first
            .windows(setting.len())
            .position(|w| w == setting.as_bytes())
            .map(|at| {
                [
                    &first[..at],
                    edited.as_bytes(),
                    &first[at + setting.len()..],
                ]
                .concat()
            })
            .unwrap();
        let error = StanceModel::from_bytes(&bytes, "edited.bin")
            .err()
            .expect("refused");
        assert!(
            error
                .to_string()
                .starts_with(&format!("edited.bin: bad feature settings: {why}")),
            "{error}"
        );
    }
}

#[test]
fn passages_cut_after_sentences_and_cover_the_text() {
    let text = "Kyiv stands. The Kremlin lies!\nNATO met today, as planned. Ünïcode words … end";
    for limit in [8, 16, 31, 40, text.len()] {
        let cut: Vec<&str> = rules::passages(text, limit).collect();
        assert_eq!(cut.concat(), text, "limit {limit}");
        for passage in &cut[..cut.len() - 1] {
            assert!(passage.len() <= limit, "{passage:?} over {limit}");
        }
    }
    // A sentence end that fits is where a passage stops; else the last space.
    let cut: Vec<&str> = rules::passages(text, 31).collect();
    assert_eq!(cut[0], "Kyiv stands. The Kremlin lies!\n");
    let cut: Vec<&str> = rules::passages(text, 11).collect();
    assert_eq!(cut[0], "Kyiv");
    // Without a space, at the limit, on a character boundary.
    let cut: Vec<&str> = rules::passages("ééééé", 3).collect();
    assert_eq!(cut, ["é", "é", "é", "é", "é"]);
}

#[test]
fn a_text_longer_than_a_passage_is_judged_whole() {
    let targets = worked_example_targets();
    let rules = RuleStance::new(SentimentAnalyzer::shared());
    let all: Vec<&Target> = targets.targets().iter().collect();
    // Sentences as a short text has them, repeated past several passages: every passage holds
    // the same evidence, so the long text's judgements are the short one's.
    let short = "The Kremlin invaded again. We support Ukraine! NATO met today, as planned. ";
    let long = short.repeat(3 * PASSAGE_BYTES / short.len() + 1);
    assert!(long.len() > 3 * PASSAGE_BYTES);
    assert_eq!(
        rules.judge_all(&long, all.iter().copied()),
        rules.judge_all(short, all.iter().copied())
    );
    // The passages are summed: evidence in the last one counts against the first one's.
    let filler = "The weather was mild on Tuesday. ".repeat(PASSAGE_BYTES / 20);
    let text = format!("Shame on Russia. {filler}I support Russia.");
    let j = judge(&text, "Russia");
    assert_eq!(
        (j.stance, j.evidence.rule),
        (Stance::None, StanceRule::Conflicting)
    );
    let j = judge(&format!("{filler}Russia bombed them."), "Russia");
    assert_eq!(
        (j.stance, j.evidence.rule, j.evidence.span.as_str()),
        (Stance::Against, StanceRule::HarmDoer, "Russia bombed")
    );
}

#[test]
fn the_model_reads_a_texts_first_passage() {
    let model = nato_model();
    // Sentences that fill the first passage to the byte, then others the model never reads.
    let sentence = "I love NATO, NATO is wonderful. ";
    let first = sentence.repeat(PASSAGE_BYTES / sentence.len());
    assert_eq!(first.len(), PASSAGE_BYTES);
    let after = "I hate NATO, NATO is awful. ".repeat(PASSAGE_BYTES / 10);
    let favor = model.predict("NATO", &first).unwrap();
    assert_eq!(favor.0, Stance::Favor);
    assert_eq!(
        model.predict("NATO", &format!("{first}{after}")),
        Some(favor)
    );
    assert_eq!(model.predict("NATO", &after).unwrap().0, Stance::Against);
}
