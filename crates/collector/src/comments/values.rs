//! Values as exports spell them: timestamps as epoch seconds or ISO 8601, counts as `1.2K`.

use crate::dates::DateReader;

/// Epoch seconds written as text (as some dumps write them) or an ISO 8601 timestamp, as UTC
/// RFC 3339.
pub(crate) fn timestamp(text: &str, dates: &DateReader) -> Option<String> {
    match text.trim().parse::<f64>() {
        Ok(seconds) => epoch_seconds(seconds, dates),
        Err(_) => dates.normalize(text),
    }
}

/// A count as exports print it: `12`, `-3`, `1,204`, `1.2K`, `3M`.
pub(crate) fn count(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', "");
    let (number, scale) = match text.chars().last()? {
        'k' | 'K' => (&text[..text.len() - 1], 1e3),
        'm' | 'M' => (&text[..text.len() - 1], 1e6),
        _ => (text.as_str(), 1.0),
    };
    let value = number.trim().parse::<f64>().ok()? * scale;
    value.is_finite().then(|| value.round() as i64)
}

pub(crate) fn epoch_seconds(seconds: f64, dates: &DateReader) -> Option<String> {
    dates.utc(chrono::DateTime::from_timestamp(seconds.floor() as i64, 0)?)
}

#[cfg(test)]
mod tests {
    use super::{epoch_seconds, timestamp, DateReader};

    #[test]
    fn epochs_outside_years_1_to_9999_are_no_date_and_counted() {
        let dates = DateReader::default();
        assert_eq!(epoch_seconds(253_402_300_800.0, &dates), None);
        assert_eq!(timestamp("-99999999999", &dates), None);
        assert_eq!(
            epoch_seconds(-14_182_940.0, &dates).as_deref(),
            Some("1969-07-20T20:17:40Z")
        );
        assert_eq!(
            timestamp("1969-07-20T20:17:40Z", &dates).as_deref(),
            Some("1969-07-20T20:17:40Z")
        );
        assert_eq!(dates.refused(), 2);
    }
}
