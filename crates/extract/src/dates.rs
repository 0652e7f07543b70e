//! Dates as pages print them, normalized: instants to UTC RFC 3339, calendar days to
//! `YYYY-MM-DD`. Only years 1 to 9999 are dates: RFC 3339 and the dataset's day partitions
//! have four-digit years, so anything outside (a typo, a corrupt epoch) is treated as no date.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// Whether a date's year can be written as RFC 3339 and as a `date=YYYY-MM-DD` partition;
/// one that cannot is counted, for the input's warning.
fn in_supported_years(date: impl Datelike) -> bool {
    let supported = (1..=9999).contains(&date.year());
    if !supported {
        REFUSED.with(|count| count.set(count.get() + 1));
    }
    supported
}

thread_local! {
    /// Dates refused on this thread since [`take_refused`] last asked: an input is read on
    /// one thread, so its reader can tell the user how many of its dates were ignored.
    static REFUSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many dates this thread refused since the last call, and starts counting again.
pub fn take_refused() -> usize {
    REFUSED.with(|count| count.replace(0))
}

/// The warning for an input that had `refused` dates, if it had any.
pub fn refused_warning(refused: usize) -> Option<String> {
    (refused > 0).then(|| {
        format!("{refused} date(s) outside the years 1 to 9999 ignored (taken as no date)")
    })
}

/// Normalizes a machine-readable timestamp (RFC 3339, ISO 8601 with or without zone, or a
/// bare date) or a written date ("March 3, 2021", "3 March 2021", "Mar. 3, 2021").
pub fn normalize(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    // Every machine-readable form starts with the year; written dates go straight to their
    // own formats (a post signature's "March 3, 2021" is the common case).
    if !raw.starts_with(|c: char| c.is_ascii_digit()) {
        return written_date(raw).map(|date| date.format("%Y-%m-%d").to_string());
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
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return utc(naive.and_utc());
        }
    }
    written_date(raw).map(|date| date.format("%Y-%m-%d").to_string())
}

/// An instant as UTC RFC 3339, when its year is a supported one.
pub fn utc(instant: DateTime<Utc>) -> Option<String> {
    in_supported_years(instant).then(|| instant.to_rfc3339_opts(SecondsFormat::Secs, true))
}

fn written_date(raw: &str) -> Option<NaiveDate> {
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
            return in_supported_years(date).then_some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::normalize;

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
    fn years_outside_1_to_9999_are_no_date() {
        assert_eq!(normalize("1969-07-20").as_deref(), Some("1969-07-20"));
        assert_eq!(
            normalize("1969-07-20T20:17:40Z").as_deref(),
            Some("1969-07-20T20:17:40Z")
        );
        assert_eq!(normalize("0000-01-01"), None);
        assert_eq!(normalize("+10000-01-01T00:00:00Z"), None);
    }
}
