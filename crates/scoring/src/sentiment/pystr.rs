//! The handful of Python `str` semantics that vaderSentiment's results depend on.
//!
//! The reference implementation tokenizes with `str.split()`, trims with `str.strip()` and
//! `str.strip(string.punctuation)`, counts lengths in code points and decides emphasis with
//! `str.isupper()`. Rust's nearest equivalents differ at the edges (Rust's whitespace lacks
//! U+001C..U+001F; Rust has no title-case test), so each one is spelled out here.

/// Python's `str.isspace()` for one character: Unicode `White_Space` plus the four
/// information separators U+001C..U+001F, which CPython also treats as whitespace.
pub fn is_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `str.strip()` with no argument.
pub fn strip(text: &str) -> &str {
    // Most texts begin and end with an ASCII byte that is not whitespace: nothing to decode.
    let kept = |byte: Option<&u8>| {
        byte.is_some_and(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' '))
    };
    let bytes = text.as_bytes();
    if kept(bytes.first()) && kept(bytes.last()) {
        return text;
    }
    text.trim_matches(is_whitespace)
}

/// `str.split()` with no argument: runs of whitespace separate tokens, no empty tokens.
pub fn split(text: &str) -> Split<'_> {
    Split { text, position: 0 }
}

/// The iterator of [`split`]; it classifies ASCII bytes by table and decodes only non-ASCII
/// characters, which is most of the tokenizer's time saved.
pub struct Split<'t> {
    text: &'t str,
    position: usize,
}

impl<'t> Split<'t> {
    /// Whether the character at byte `at` is whitespace, and its length in bytes.
    #[inline]
    fn character_at(&self, at: usize) -> (bool, usize) {
        let byte = self.text.as_bytes()[at];
        if byte.is_ascii() {
            return (matches!(byte, b'\t'..=b'\r' | 0x1c..=0x1f | b' '), 1);
        }
        let c = self.text[at..]
            .chars()
            .next()
            .expect("at is a character boundary");
        (is_whitespace(c), c.len_utf8())
    }
}

impl<'t> Iterator for Split<'t> {
    type Item = &'t str;

    #[inline]
    fn next(&mut self) -> Option<&'t str> {
        let length = self.text.len();
        while self.position < length {
            let (space, width) = self.character_at(self.position);
            if !space {
                break;
            }
            self.position += width;
        }
        if self.position >= length {
            return None;
        }
        let start = self.position;
        while self.position < length {
            let (space, width) = self.character_at(self.position);
            if space {
                break;
            }
            self.position += width;
        }
        Some(&self.text[start..self.position])
    }
}

/// `token.strip(string.punctuation)`, kept only when more than two code points remain:
/// vaderSentiment keeps short tokens whole because they are probably emoticons (`:)`).
pub fn strip_punctuation_if_word(token: &str) -> &str {
    // ASCII bytes are always character boundaries, so trimming bytes keeps valid UTF-8.
    let (from, to) = trim_punctuation(token.as_bytes(), 0, token.len());
    let stripped = &token[from..to];
    if has_at_most_two_chars(stripped) {
        token
    } else {
        stripped
    }
}

/// [`strip_punctuation_if_word`] for the ASCII token `bytes[start..end]`: the range kept.
#[inline]
pub fn strip_ascii_punctuation_if_word(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let (from, to) = trim_punctuation(bytes, start, end);
    if to - from <= 2 {
        (start, end)
    } else {
        (from, to)
    }
}

/// `bytes[start..end]` without the ASCII punctuation at either end.
#[inline]
fn trim_punctuation(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let (mut from, mut to) = (start, end);
    while from < to && bytes[from].is_ascii_punctuation() {
        from += 1;
    }
    while to > from && bytes[to - 1].is_ascii_punctuation() {
        to -= 1;
    }
    (from, to)
}

fn has_at_most_two_chars(text: &str) -> bool {
    text.len() <= 2 || (text.len() <= 8 && text.chars().nth(2).is_none())
}

/// Python's `str.isupper()`: at least one cased character, and none lowercase or title case.
pub fn is_upper(token: &str) -> bool {
    if token.is_ascii() {
        let bytes = token.as_bytes();
        return bytes.iter().any(u8::is_ascii_uppercase)
            && !bytes.iter().any(u8::is_ascii_lowercase);
    }
    let mut cased = false;
    for c in token.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// Unicode general category Lt, which Rust's standard library does not expose.
fn is_titlecase(c: char) -> bool {
    matches!(c,
        '\u{01C5}' | '\u{01C8}' | '\u{01CB}' | '\u{01F2}'
        | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}'
        | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

/// Python's `round(value, digits)` for the 3 and 4 digits VADER uses: the exact binary value
/// rounded half-to-even at that decimal place, returned as the nearest double.
pub fn round(value: f64, digits: i32) -> f64 {
    let scale = match digits {
        3 => 1e3,
        4 => 1e4,
        _ => 10f64.powi(digits),
    };
    let scaled = value * scale;
    // VADER's scores are within ±1, so the scaled value fits an integer and truncating by
    // conversion is exact; it also avoids a call to libm's trunc and round on x86-64.
    let whole = scaled as i64 as f64;
    let fraction = (scaled - whole).abs();
    // Away from a decimal tie the product's rounding error cannot change the nearest integer,
    // and integer / power of ten is then correctly rounded by IEEE division. Near a tie only the
    // exact decimal expansion decides, which is what the formatter computes.
    if (fraction - 0.5).abs() > 1e-6 && scaled.abs() < 1e15 {
        let nearest = (scaled + 0.5f64.copysign(scaled)) as i64 as f64;
        return nearest / scale;
    }
    format!("{:.*}", digits as usize, value)
        .parse()
        .expect("a formatted float parses")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_includes_information_separators_and_nbsp() {
        let tokens: Vec<&str> = split("a\u{1c}b\u{a0}c\u{200b}d  e\u{3000}").collect();
        assert_eq!(tokens, ["a", "b", "c\u{200b}d", "e"]);
    }

    #[test]
    fn short_stripped_tokens_are_kept_whole() {
        assert_eq!(strip_punctuation_if_word(":)"), ":)");
        assert_eq!(strip_punctuation_if_word("(ok)"), "(ok)");
        assert_eq!(strip_punctuation_if_word("good!!!"), "good");
        assert_eq!(strip_punctuation_if_word("«été»"), "«été»");
        assert_eq!(strip_punctuation_if_word("'été'"), "été");
    }

    #[test]
    fn isupper_follows_python() {
        assert!(is_upper("GOOD"));
        assert!(is_upper("GOOD!1"));
        assert!(!is_upper("123"));
        assert!(!is_upper("GOOd"));
        assert!(is_upper("ÉTÉ"));
        assert!(!is_upper("Ǆǅ"));
    }

    #[test]
    fn round_is_half_even_on_the_exact_value() {
        assert_eq!(round(0.0625, 3), 0.062);
        assert_eq!(round(0.0635, 3), 0.064);
        assert_eq!(round(0.8398437, 4), 0.8398);
        assert_eq!(round(-0.12345, 4), -0.1235);
        assert_eq!(round(-0.56789, 3), -0.568);
        assert_eq!(round(0.99996, 4), 1.0);
        assert_eq!(round(-0.0004, 3), -0.0);
        assert_eq!(round(12.5e-4, 3), 0.001);
    }
}
