//! Dates as pages print them, normalized: instants to UTC RFC 3339, calendar days to
//! `YYYY-MM-DD`. Only years 1 to 9999 are dates: RFC 3339 and the dataset's day partitions
//! have four-digit years, so anything outside (a typo, a corrupt epoch) is treated as no date,
//! and the [`DateReader`] that read it counts it, for the input's warning.

use std::cell::Cell;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// Reads the dates of one input and counts those it refused (years outside 1 to 9999), so
/// that the input's reader can tell the user how many were ignored. One per input: the
/// count travels with what was read, whichever thread read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateReader {
    refused: Cell<usize>,
}

impl DateReader {
    /// Normalizes a machine-readable timestamp (RFC 3339, ISO 8601 with or without zone, or
    /// a bare date) or a written date ("March 3, 2021", "3 March 2021", "Mar. 3, 2021").
    pub fn normalize(&self, raw: &str) -> Option<String> {
        self.counted(normalize(raw))
    }

    /// An instant as UTC RFC 3339, when its year is a supported one.
    pub fn utc(&self, instant: DateTime<Utc>) -> Option<String> {
        self.counted(utc(instant))
    }

    /// How many dates this reader refused.
    pub fn refused(&self) -> usize {
        self.refused.get()
    }

    /// The warning for the input, when it had dates that were refused.
    pub fn warning(&self) -> Option<String> {
        let refused = self.refused();
        (refused > 0).then(|| {
            format!("{refused} date(s) outside the years 1 to 9999 ignored (taken as no date)")
        })
    }

    fn counted(&self, read: Read) -> Option<String> {
        match read {
            Read::Date(date) => Some(date),
            Read::OutOfRange => {
                self.refused.set(self.refused.get() + 1);
                None
            }
            Read::NoDate => None,
        }
    }
}

/// What a date field held.
#[derive(Debug, PartialEq, Eq)]
enum Read {
    Date(String),
    /// A date, of a year outside 1 to 9999.
    OutOfRange,
    /// Nothing recognisable as a date.
    NoDate,
}

impl Read {
    fn of_day(date: NaiveDate) -> Read {
        if in_supported_years(date) {
            Read::Date(date.format("%Y-%m-%d").to_string())
        } else {
            Read::OutOfRange
        }
    }
}

/// Whether a date's year can be written as RFC 3339 and as a `date=YYYY-MM-DD` partition.
fn in_supported_years(date: impl Datelike) -> bool {
    (1..=9999).contains(&date.year())
}

fn normalize(raw: &str) -> Read {
    let raw = raw.trim();
    if raw.is_empty() {
        return Read::NoDate;
    }
    // Every machine-readable form starts with the year (signed past 9999, as ISO 8601 writes
    // it); written dates go straight to their own formats (a post signature's "March 3, 2021"
    // is the common case).
    if !raw.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-') {
        return written_date(raw);
    }
    if let Ok(instant) = DateTime::parse_from_rfc3339(raw) {
        return utc(instant.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%z",
    ] {
        if let Ok(instant) = DateTime::parse_from_str(raw, format) {
            return utc(instant.with_timezone(&Utc));
        }
    }
    for format in [
        // RFC 3339 has four-digit years only: a signed year past 9999 in UTC lands here.
        "%Y-%m-%dT%H:%M:%S%.fZ",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return utc(naive.and_utc());
        }
    }
    written_date(raw)
}

fn utc(instant: DateTime<Utc>) -> Read {
    if in_supported_years(instant) {
        Read::Date(instant.to_rfc3339_opts(SecondsFormat::Secs, true))
    } else {
        Read::OutOfRange
    }
}

fn written_date(raw: &str) -> Read {
    let cleaned: String = raw.replace(['.', ','], " ");
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for format in [
        "%Y-%m-%d",
        "%B %d %Y",
        "%b %d %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%A %B %d %Y",
        "%A %d %B %Y",
    ] {
        if let Ok(date) = NaiveDate::parse_from_str(&cleaned, format) {
            return Read::of_day(date);
        }
    }
    day_month_year_elsewhere(&cleaned).map_or(Read::NoDate, Read::of_day)
}

/// `13 novembre 2018`, `5 de março de 2019`, `3 März 2020`: a day, another language's month and
/// a year, as a post's signature prints them on a page in that language.
fn day_month_year_elsewhere(cleaned: &str) -> Option<NaiveDate> {
    let mut words = cleaned
        .split_whitespace()
        .filter(|word| !matches!(*word, "de" | "del"));
    let day = words.next()?.parse().ok()?;
    let month = words.next()?.to_lowercase();
    let year = words.next()?.parse().ok()?;
    if words.next().is_some() {
        return None;
    }
    let (_, number) = MONTHS_ELSEWHERE.iter().find(|(name, _)| *name == month)?;
    NaiveDate::from_ymd_opt(year, *number, day)
}

/// The months of French, Spanish, Portuguese, German, Italian and Dutch, in full and as their
/// pages abbreviate them (the abbreviations the languages share are listed once).
const MONTHS_ELSEWHERE: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("janeiro", 1),
    ("januar", 1),
    ("jänner", 1),
    ("gennaio", 1),
    ("gen", 1),
    ("januari", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("februar", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("märz", 3),
    ("mär", 3),
    ("maart", 3),
    ("mrt", 3),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("aprile", 4),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mag", 5),
    ("mei", 5),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("juni", 6),
    ("giugno", 6),
    ("giu", 6),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("julho", 7),
    ("juli", 7),
    ("luglio", 7),
    ("lug", 7),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("augustus", 8),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("set", 9),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("out", 10),
    ("oktober", 10),
    ("okt", 10),
    ("ottobre", 10),
    ("ott", 10),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("dezembro", 12),
    ("dezember", 12),
    ("dez", 12),
    ("dicembre", 12),
];

#[cfg(test)]
mod tests {
    use super::DateReader;

    fn normalize(raw: &str) -> Option<String> {
        DateReader::default().normalize(raw)
    }

    #[test]
    fn instants_become_utc() {
        assert_eq!(
            normalize("2024-10-19T08:30:00+02:00").as_deref(),
            Some("2024-10-19T06:30:00Z")
        );
        assert_eq!(
            normalize("2024-10-19T08:30:00").as_deref(),
            Some("2024-10-19T08:30:00Z")
        );
        assert_eq!(
            normalize("2024-10-19T08:30:00.123Z").as_deref(),
            Some("2024-10-19T08:30:00Z")
        );
    }

    #[test]
    fn written_dates_become_days() {
        assert_eq!(normalize("March 3, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(normalize("Mar. 3, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(normalize("3 March 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(normalize("2021-03-03").as_deref(), Some("2021-03-03"));
        assert_eq!(normalize("soon"), None);
    }

    #[test]
    fn other_languages_months_become_days() {
        assert_eq!(normalize("13 novembre 2018").as_deref(), Some("2018-11-13"));
        assert_eq!(
            normalize("5 de março de 2019").as_deref(),
            Some("2019-03-05")
        );
        assert_eq!(normalize("3. März 2020").as_deref(), Some("2020-03-03"));
        assert_eq!(normalize("21 ago. 2022").as_deref(), Some("2022-08-21"));
        assert_eq!(normalize("31 febbraio 2022"), None);
        assert_eq!(normalize("13 semaines 2018"), None);
    }

    #[test]
    fn years_outside_1_to_9999_are_no_date() {
        assert_eq!(normalize("1969-07-20").as_deref(), Some("1969-07-20"));
        assert_eq!(
            normalize("1969-07-20T20:17:40Z").as_deref(),
            Some("1969-07-20T20:17:40Z")
        );
        let dates = DateReader::default();
        assert_eq!(dates.normalize("0000-01-01"), None);
        assert_eq!(dates.normalize("+10000-01-01T00:00:00Z"), None);
        assert_eq!(dates.normalize("January 1, 0000"), None);
        // Not a date at all is not a refused one.
        assert_eq!(dates.normalize("soon"), None);
        assert_eq!(dates.refused(), 3);
        assert_eq!(
            dates.warning().as_deref(),
            Some("3 date(s) outside the years 1 to 9999 ignored (taken as no date)")
        );
        assert_eq!(DateReader::default().warning(), None);
    }
}
