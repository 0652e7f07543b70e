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
    /// Xiaohongshu (RedNote).
    Xiaohongshu,
    /// Bilibili.
    Bilibili,
    /// Zhihu.
    Zhihu,
    /// Kuaishou.
    Kuaishou,
    /// Telegram.
    Telegram,
    /// WhatsApp.
    WhatsApp,
    /// Quora.
    Quora,
    /// Nairaland, Nigeria's forum.
    Nairaland,
    /// Mumsnet, the UK parents' forum.
    Mumsnet,
    /// Pantip, Thailand's forum.
    Pantip,
    /// Dcard, Taiwan's forum.
    Dcard,
    /// HardwareZone, Singapore's forum.
    HardwareZone,
    /// Lowyat.net, Malaysia's forum.
    Lowyat,
    /// A Disqus comment section.
    Disqus,
    /// Nothing says where.
    #[default]
    Unknown,
}

impl Platform {
    /// Every platform, `unknown` last.
    pub const ALL: [Platform; 30] = [
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
        Platform::Xiaohongshu,
        Platform::Bilibili,
        Platform::Zhihu,
        Platform::Kuaishou,
        Platform::Telegram,
        Platform::WhatsApp,
        Platform::Quora,
        Platform::Nairaland,
        Platform::Mumsnet,
        Platform::Pantip,
        Platform::Dcard,
        Platform::HardwareZone,
        Platform::Lowyat,
        Platform::Disqus,
        Platform::Unknown,
    ];

    /// The name the dataset and `reactions collect` give it.
    pub fn as_str(self) -> &'static str {
        self.profile().name
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

    /// The platform a lower-case word of prose names (`tweet`, `redditors`, `x`), if any.
    pub(crate) fn of_word(word: &str) -> Option<Platform> {
        PROFILES
            .iter()
            .find(|profile| profile.words.contains(&word))
            .map(|profile| profile.platform)
    }

    /// Every word of prose that names a platform, with the platform, in the order the table
    /// lists them (the first a phrase holds wins).
    pub(crate) fn words() -> impl Iterator<Item = (&'static str, Platform)> {
        PROFILES.iter().flat_map(|profile| {
            profile
                .words
                .iter()
                .map(move |word| (*word, profile.platform))
        })
    }

    /// Every embed class, with its platform.
    pub(crate) fn embed_classes() -> impl Iterator<Item = (&'static str, Platform)> {
        PROFILES.iter().flat_map(|profile| {
            profile
                .embed_classes
                .iter()
                .map(move |class| (*class, profile.platform))
        })
    }

    fn profile(self) -> &'static Profile {
        PROFILES
            .iter()
            .find(|profile| profile.platform == self)
            .expect("every platform has a profile")
    }
}

/// What the code knows of one platform, in one place: its name in the dataset, the words of
/// prose that name it, and the classes of the blockquote its embed markup uses.
struct Profile {
    platform: Platform,
    name: &'static str,
    words: &'static [&'static str],
    embed_classes: &'static [&'static str],
}

/// Every platform's profile, in [`Platform::ALL`] order. Readers post on more than the big
/// four: Weibo, Threads, Bluesky and Mastodon users are quoted the same way, and so are the
/// forums where a country's readers argue (Nairaland, Mumsnet, Pantip, HardwareZone).
const PROFILES: &[Profile] = &[
    Profile {
        platform: Platform::Twitter,
        name: "twitter",
        words: &["twitter", "tweet", "tweets", "retweet", "tweeps", "x"],
        embed_classes: &["twitter-tweet", "twitter-video"],
    },
    Profile {
        platform: Platform::Facebook,
        name: "facebook",
        words: &["facebook", "fb"],
        // The blockquote Facebook's SDK replaces: inside `div.fb-post` or `div.fb-video`.
        embed_classes: &["fb-xfbml-parse-ignore"],
    },
    Profile {
        platform: Platform::Instagram,
        name: "instagram",
        words: &["instagram"],
        embed_classes: &["instagram-media"],
    },
    Profile {
        platform: Platform::TikTok,
        name: "tiktok",
        words: &["tiktok"],
        embed_classes: &["tiktok-embed"],
    },
    Profile {
        platform: Platform::YouTube,
        name: "youtube",
        words: &["youtube"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Reddit,
        name: "reddit",
        words: &["reddit", "redditor", "redditors"],
        embed_classes: &["reddit-embed-bq", "reddit-card"],
    },
    Profile {
        platform: Platform::Threads,
        name: "threads",
        words: &["threads"],
        embed_classes: &["text-post-media"],
    },
    Profile {
        platform: Platform::Weibo,
        name: "weibo",
        words: &["weibo"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Bluesky,
        name: "bluesky",
        words: &["bluesky"],
        embed_classes: &["bluesky-embed"],
    },
    Profile {
        platform: Platform::Mastodon,
        name: "mastodon",
        words: &["mastodon"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::LinkedIn,
        name: "linkedin",
        words: &["linkedin"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Tumblr,
        name: "tumblr",
        words: &["tumblr"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Snapchat,
        name: "snapchat",
        words: &["snapchat"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::WeChat,
        name: "wechat",
        words: &["wechat"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Douyin,
        name: "douyin",
        words: &["douyin"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Xiaohongshu,
        name: "xiaohongshu",
        words: &["xiaohongshu", "rednote"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Bilibili,
        name: "bilibili",
        words: &["bilibili"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Zhihu,
        name: "zhihu",
        words: &["zhihu"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Kuaishou,
        name: "kuaishou",
        words: &["kuaishou"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Telegram,
        name: "telegram",
        words: &["telegram"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::WhatsApp,
        name: "whatsapp",
        words: &["whatsapp"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Quora,
        name: "quora",
        words: &["quora"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Nairaland,
        name: "nairaland",
        words: &["nairaland", "nairalander", "nairalanders"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Mumsnet,
        name: "mumsnet",
        words: &["mumsnet"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Pantip,
        name: "pantip",
        words: &["pantip"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Dcard,
        name: "dcard",
        words: &["dcard"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::HardwareZone,
        name: "hardwarezone",
        words: &["hardwarezone"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Lowyat,
        name: "lowyat",
        words: &["lowyat"],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Disqus,
        name: "disqus",
        words: &[],
        embed_classes: &[],
    },
    Profile {
        platform: Platform::Unknown,
        name: "unknown",
        words: &[],
        embed_classes: &[],
    },
];

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
