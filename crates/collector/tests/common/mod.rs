//! Helpers shared by the extraction fixtures.

use collector::Reaction;
use extract::Decision;

/// (handle, display name, text) of each reaction.
pub fn authors_and_texts(reactions: &[Reaction]) -> Vec<(Option<&str>, Option<&str>, &str)> {
    reactions
        .iter()
        .map(|r| {
            (
                r.handle.as_deref(),
                r.display_name.as_deref(),
                r.text.as_str(),
            )
        })
        .collect()
}

/// Every candidate's text and the bundled decision's confidence in it, kept or not.
pub fn confidences(article: &str) -> Vec<(String, f64)> {
    let document = extract::formats::for_input(Some("txt"), article).parse(article);
    extract::find::find_reactions_with(&document, &Decision::bundled().with_threshold(0.0))
        .into_iter()
        .map(|found| (found.raw_text, found.confidence))
        .collect()
}
