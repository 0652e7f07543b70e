//! CSV with a header row; `links` joined by spaces; every text cell formula-neutralized.

use std::io::{self, Write};

use collector::Reaction;

use super::{neutralize_formula, ReactionWriter};

pub struct Csv;

const HEADER: [&str; 17] = [
    "reaction_id",
    "content_id",
    "article_id",
    "source",
    "article_title",
    "article_url",
    "published_at",
    "position",
    "platform",
    "handle",
    "display_name",
    "verb",
    "text",
    "raw_text",
    "links",
    "posted_at",
    "lang",
];

impl ReactionWriter for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn write(&self, reactions: &[Reaction], out: &mut dyn Write) -> io::Result<()> {
        let mut csv = ::csv::Writer::from_writer(out);
        csv.write_record(HEADER)?;
        for r in reactions {
            let optional = |value: &Option<String>| value.clone().unwrap_or_default();
            let links = r.links.join(" ");
            let position = r.position.to_string();
            let row = [
                r.reaction_id.clone(),
                r.content_id.clone(),
                r.article_id.clone(),
                r.source.clone(),
                optional(&r.article_title),
                optional(&r.article_url),
                optional(&r.published_at),
                position,
                r.platform.clone(),
                optional(&r.handle),
                optional(&r.display_name),
                optional(&r.verb),
                r.text.clone(),
                r.raw_text.clone(),
                links,
                optional(&r.posted_at),
                optional(&r.lang),
            ];
            csv.write_record(row.iter().map(|cell| neutralize_formula(cell).into_owned()))?;
        }
        csv.flush()
    }
}
