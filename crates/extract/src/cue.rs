//! The evidence a reaction was taken on, as each record keeps it.

use serde::{Deserialize, Serialize};

/// A piece of evidence that a quote is something a person posted online, rather than
/// reporting. A handle, an embed, a posting verb or place, an online reader or a comment export
/// each suffices alone; a named or anonymous speaker without one counts only with `announced`,
/// `follows-reactions`, `readers-named` or `round-up`. Documented in `docs/dataset.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// The page embedded the post, or printed its embed signature (`— Name (@handle) date`).
    Embed,
    /// A comment read from a platform's export.
    CommentExport,
    /// The speaker is a @handle or `u/` username.
    Handle,
    /// The verb says the speaker posted (`tweeted`, `commented`, `wrote`, `captioned`).
    PostingVerb,
    /// The sentence names where it was posted (`on X`, `One Weibo user`, `under the clip`).
    PostingPlace,
    /// An anonymous speaker described as an online reader (`one viewer`, `a netizen`).
    OnlineReader,
    /// The article announced, before the quote, that it quotes reactions.
    Announced,
    /// Reactions were found before it (`Another added: “…”`).
    FollowsReactions,
    /// The sentence itself speaks of readers (`…his followers…, with one saying:`).
    ReadersNamed,
    /// One of a run of quoted blocks or `username:` items in a comment round-up.
    RoundUp,
    /// A reader's letter, signed as letters pages sign them: on a page of letters, over an
    /// address, or written to the paper (`WITH reference to your article…`).
    Letter,
}

impl Cue {
    /// Every cue, in the order a record lists them.
    pub const ALL: [Cue; 11] = [
        Cue::Embed,
        Cue::CommentExport,
        Cue::Handle,
        Cue::PostingVerb,
        Cue::PostingPlace,
        Cue::OnlineReader,
        Cue::Announced,
        Cue::FollowsReactions,
        Cue::ReadersNamed,
        Cue::RoundUp,
        Cue::Letter,
    ];

    /// The cue a written name stands for, as [`Cue::as_str`] writes it.
    pub fn from_name(name: &str) -> Option<Cue> {
        Cue::ALL.into_iter().find(|cue| cue.as_str() == name)
    }

    /// The cue as it is written in every output: kebab-case.
    pub fn as_str(self) -> &'static str {
        match self {
            Cue::Embed => "embed",
            Cue::CommentExport => "comment-export",
            Cue::Handle => "handle",
            Cue::PostingVerb => "posting-verb",
            Cue::PostingPlace => "posting-place",
            Cue::OnlineReader => "online-reader",
            Cue::Announced => "announced",
            Cue::FollowsReactions => "follows-reactions",
            Cue::ReadersNamed => "readers-named",
            Cue::RoundUp => "round-up",
            Cue::Letter => "letter",
        }
    }
}
