//! The platforms a reaction may have been posted on, with the names each one goes by.

use serde::{Deserialize, Serialize};

/// Where a reaction was posted: one name per platform, whatever an export or an article calls
/// it (X is `twitter`, as the dataset has always named it). `unknown` when nothing says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// X, formerly Twitter.
    Twitter,
    /// Facebook.
    Facebook,
    /// Instagram.
    Instagram,
    /// TikTok.
    TikTok,
    /// YouTube.
    YouTube,
    /// Reddit.
    Reddit,
    /// Threads.
    Threads,
    /// Sina Weibo.
    Weibo,
    /// Bluesky.
    Bluesky,
    /// Mastodon (any instance).
    Mastodon,
    /// LinkedIn.
    LinkedIn,
    /// Tumblr.
    Tumblr,
    /// Snapchat.
    Snapchat,
    /// WeChat.
    WeChat,
    /// Douyin.
    Douyin,
    /// A Disqus comment section.
    Disqus,
    /// Nothing says where.
    #[default]
    Unknown,
}

impl Platform {
    /// Every platform, `unknown` last.
    pub const ALL: [Platform; 17] = [
        Platform::Twitter,
        Platform::Facebook,
        Platform::Instagram,
        Platform::TikTok,
        Platform::YouTube,
        Platform::Reddit,
        Platform::Threads,
        Platform::Weibo,
        Platform::Bluesky,
        Platform::Mastodon,
        Platform::LinkedIn,
        Platform::Tumblr,
        Platform::Snapchat,
        Platform::WeChat,
        Platform::Douyin,
        Platform::Disqus,
        Platform::Unknown,
    ];

    /// The name the dataset and `reactions collect` give it.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Twitter => "twitter",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::TikTok => "tiktok",
            Platform::YouTube => "youtube",
            Platform::Reddit => "reddit",
            Platform::Threads => "threads",
            Platform::Weibo => "weibo",
            Platform::Bluesky => "bluesky",
            Platform::Mastodon => "mastodon",
            Platform::LinkedIn => "linkedin",
            Platform::Tumblr => "tumblr",
            Platform::Snapchat => "snapchat",
            Platform::WeChat => "wechat",
            Platform::Douyin => "douyin",
            Platform::Disqus => "disqus",
            Platform::Unknown => "unknown",
        }
    }

    /// The platform of a name as the dataset writes it, or as an export's column gives it
    /// (any case; `x` is Twitter).
    pub fn from_name(name: &str) -> Option<Platform> {
        let name = name.trim().to_ascii_lowercase();
        if name == "x" {
            return Some(Platform::Twitter);
        }
        Platform::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
