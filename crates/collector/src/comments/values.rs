//! Values as exports spell them: timestamps as epoch seconds or ISO 8601, counts as `1.2K`.

/// Epoch seconds (a number or a numeric string, as dumps vary) or an ISO 8601 timestamp,
/// as UTC RFC 3339.
pub(crate) fn timestamp(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Number(n) => n.as_f64().and_then(epoch_seconds),
        serde_json::Value::String(s) => match s.trim().parse::<f64>() {
            Ok(seconds) => epoch_seconds(seconds),
            Err(_) => crate::dates::normalize(s),
        },
        _ => None,
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

pub(crate) fn epoch_seconds(seconds: f64) -> Option<String> {
    crate::dates::utc(chrono::DateTime::from_timestamp(seconds.floor() as i64, 0)?)
}

#[cfg(test)]
mod tests {
    use super::epoch_seconds;

    #[test]
    fn epochs_outside_years_1_to_9999_are_no_date() {
        assert_eq!(epoch_seconds(253_402_300_800.0), None);
        assert_eq!(epoch_seconds(-99_999_999_999.0), None);
        assert_eq!(
            epoch_seconds(-14_182_940.0).as_deref(),
            Some("1969-07-20T20:17:40Z")
        );
    }
}
