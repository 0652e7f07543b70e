//! Which column of a generic CSV or JSON Lines export holds what. Each key has common
//! column names it is found under by default (case-insensitive); `--columns key=NAME`
//! (or the configuration) names the column outright. In JSON Lines a name may be a dotted
//! path into nested objects (`user.screen_name`).

use std::collections::BTreeMap;

/// The keys a mapping may set, with the column names tried when it does not.
pub const COLUMN_KEYS: &[(&str, &[&str])] = &[
    (
        "text",
        &[
            "text",
            "body",
            "comment",
            "comment_text",
            "message",
            "content",
        ],
    ),
    (
        "author",
        &["author", "author_name", "name", "display_name", "user"],
    ),
    (
        "handle",
        &[
            "handle",
            "username",
            "screen_name",
            "user_name",
            "author_handle",
        ],
    ),
    (
        "created_at",
        &[
            "created_at",
            "created_utc",
            "createdAt",
            "time_parsed",
            "timestamp",
            "date",
            "time",
            "published_at",
            "posted_at",
        ],
    ),
    (
        "url",
        &["url", "article_url", "page_url", "link", "permalink"],
    ),
    ("id", &["id", "comment_id", "cid"]),
    (
        "parent_id",
        &["parent_id", "parent", "in_reply_to", "reply_to"],
    ),
    ("title", &["title", "article_title"]),
    (
        "likes",
        &[
            "likes",
            "like_count",
            "likeCount",
            "score",
            "upvotes",
            "votes",
        ],
    ),
    (
        "thread",
        &[
            "thread",
            "thread_id",
            "post_id",
            "video_id",
            "link_id",
            "article_id",
        ],
    ),
    ("platform", &["platform", "source_platform"]),
];

/// Column names set explicitly, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    explicit: BTreeMap<&'static str, String>,
}

impl ColumnMap {
    /// Parses `key=NAME[,key=NAME…]`.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let mut map = ColumnMap::default();
        for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
            let (key, column) = pair
                .split_once('=')
                .ok_or_else(|| format!("`{pair}` is not key=COLUMN"))?;
            map.set(key.trim(), column.trim())?;
        }
        Ok(map)
    }

    /// Maps `key` (`text`, `author`, `handle`, …) to the export's `column`; an unknown key is
    /// an error naming the keys there are.
    pub fn set(&mut self, key: &str, column: &str) -> Result<(), String> {
        let Some((key, _)) = COLUMN_KEYS.iter().find(|(k, _)| *k == key) else {
            let known: Vec<&str> = COLUMN_KEYS.iter().map(|(k, _)| *k).collect();
            return Err(format!(
                "unknown column key `{key}` (known: {})",
                known.join(", ")
            ));
        };
        if column.is_empty() {
            return Err(format!("no column name for `{key}`"));
        }
        self.explicit.insert(key, column.to_string());
        Ok(())
    }

    /// The names tried for `key`: the explicit one alone, else the defaults.
    pub fn names(&self, key: &str) -> Vec<&str> {
        match self.explicit.get(key) {
            Some(column) => vec![column.as_str()],
            None => COLUMN_KEYS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, names)| names.to_vec())
                .unwrap_or_default(),
        }
    }

    /// For each key, the index in `header` of its column, if there is one.
    pub fn resolve(&self, header: &[&str]) -> Resolved {
        let columns = COLUMN_KEYS
            .iter()
            .map(|(key, _)| {
                let names = self.names(key);
                names
                    .iter()
                    .find_map(|name| header.iter().position(|h| same_name(h, name)))
            })
            .collect();
        Resolved { columns }
    }

    /// The error for an export in which no text column was found.
    pub fn missing_text(&self) -> String {
        format!(
            "no text column (tried {}); name it with --columns text=NAME",
            self.names("text").join(", ")
        )
    }
}

/// Header names match ignoring case, spaces, `_` and `-`: `Article URL` is `article_url`.
fn same_name(header: &str, name: &str) -> bool {
    let letters = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, ' ' | '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    letters(header) == letters(name)
}

/// Column indexes by key, in [`COLUMN_KEYS`] order.
#[derive(Debug, Clone)]
pub struct Resolved {
    columns: Vec<Option<usize>>,
}

impl Resolved {
    pub fn get(&self, key: &str) -> Option<usize> {
        let at = COLUMN_KEYS.iter().position(|(k, _)| *k == key)?;
        self.columns[at]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_find_common_names_and_explicit_names_win() {
        let header = ["Comment", "User", "Date", "Article URL"];
        let resolved = ColumnMap::default().resolve(&header);
        assert_eq!(resolved.get("text"), Some(0));
        assert_eq!(resolved.get("author"), Some(1));
        assert_eq!(resolved.get("created_at"), Some(2));
        assert_eq!(resolved.get("url"), Some(3));
        assert_eq!(resolved.get("id"), None);

        let map = ColumnMap::parse("text=User, author=Comment").unwrap();
        let resolved = map.resolve(&header);
        assert_eq!(resolved.get("text"), Some(1));
        assert_eq!(resolved.get("author"), Some(0));
    }

    #[test]
    fn unknown_keys_and_bad_pairs_are_refused() {
        assert!(ColumnMap::parse("txt=body")
            .unwrap_err()
            .contains("unknown column key `txt`"));
        assert!(ColumnMap::parse("text")
            .unwrap_err()
            .contains("not key=COLUMN"));
    }
}
