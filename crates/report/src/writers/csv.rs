//! CSV with a header row; `links` and `cues` joined by spaces; every text cell formula-neutralized.

use std::io::{self, Write};

use collector::Reaction;

use super::{neutralize_formula, ReactionWriter, RecordSink};

pub struct Csv;

const HEADER: [&str; 22] = [
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
    "comment_id",
    "parent_id",
    "reply_depth",
    "like_count",
    "cues",
];

impl ReactionWriter for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn start<'w>(&self, out: &'w mut dyn Write) -> io::Result<Box<dyn RecordSink + 'w>> {
        let mut csv = ::csv::Writer::from_writer(out);
        csv.write_record(HEADER)?;
        Ok(Box::new(Rows { csv }))
    }
}

struct Rows<'w> {
    csv: ::csv::Writer<&'w mut dyn Write>,
}

impl RecordSink for Rows<'_> {
    fn push(&mut self, r: &Reaction) -> io::Result<()> {
        let optional = |value: &Option<String>| value.clone().unwrap_or_default();
        let row = [
            r.reaction_id.clone(),
            r.content_id.clone(),
            r.article_id.clone(),
            r.source.clone(),
            optional(&r.article_title),
            optional(&r.article_url),
            optional(&r.published_at),
            r.position.to_string(),
            r.platform.to_string(),
            optional(&r.handle),
            optional(&r.display_name),
            optional(&r.verb),
            r.text.clone(),
            r.raw_text.clone(),
            r.links.join(" "),
            optional(&r.posted_at),
            optional(&r.lang),
            optional(&r.comment_id),
            optional(&r.parent_id),
            r.reply_depth.map(|d| d.to_string()).unwrap_or_default(),
            r.like_count.map(|n| n.to_string()).unwrap_or_default(),
            r.cues
                .iter()
                .map(|cue| cue.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ];
        self.csv
            .write_record(row.iter().map(|cell| neutralize_formula(cell).into_owned()))?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.csv.flush()
    }
}
