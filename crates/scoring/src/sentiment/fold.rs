//! The two ways the language packs take accents off text before looking words up.
//!
//! - LeIA (Portuguese) folds the whole text first: Unicode NFKD, then every non-ASCII code
//!   point dropped (`unicodedata.normalize('NFKD', text).encode('ASCII', 'ignore')`), so that
//!   `não` is read as `nao`, and an emoji, being non-ASCII, disappears.
//! - vaderSentiment-fr transliterates only the word being scored, with the `unidecode`
//!   package, and its lexicon keys the same way. [`transliterate`] gives the same ASCII for
//!   the characters French text is written in: Latin letters with diacritics (by their NFKD
//!   decomposition), the Latin letters that have none (`œ`, `æ`, `ß`, `ø`, `þ`, …),
//!   typographic punctuation, and the joiners, variation selectors, combining marks and
//!   emoji that it drops. For any other character it returns `None` and the word is not
//!   looked up: unidecode would spell it in Latin letters (Greek, Cyrillic, CJK), and a
//!   French lexicon word spelled so is rarer than a wrong match would be harmful.

use std::borrow::Cow;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// `unicodedata.normalize('NFKD', text).encode('ASCII', 'ignore').decode('ASCII')`.
pub fn nfkd_ascii(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.nfkd().filter(char::is_ascii).collect())
}

/// `unidecode.unidecode(word)` for words in the characters described in the module
/// documentation; `None` when `word` has any other.
pub fn transliterate(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(spelled) = spelled(c) {
            out.push_str(spelled);
        } else if is_dropped(c) {
        } else if !decomposes_to_ascii(c, &mut out) {
            return None;
        }
    }
    Some(out)
}

/// Appends the visible ASCII of `c`'s compatibility decomposition (`é` → `e`, `ﬁ` → `fi`,
/// `！` → `!`) when it has nothing else than combining marks; false, appending nothing,
/// otherwise.
fn decomposes_to_ascii(c: char, out: &mut String) -> bool {
    let mut parts = String::new();
    let mut ok = true;
    decompose_compatible(c, |part| {
        if part.is_ascii_graphic() {
            parts.push(part);
        } else if !is_combining_mark(part) {
            ok = false;
        }
    });
    let ok = ok && !parts.is_empty();
    if ok {
        out.push_str(&parts);
    }
    ok
}

/// Characters unidecode writes as nothing: combining diacritics, zero-width joiners and
/// direction marks, invisible operators, variation selectors, tags, and the emoji and
/// pictographs that have no Latin spelling.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{0362}'
        | '\u{200C}'..='\u{200F}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{1F300}'..='\u{1F66F}'
        | '\u{1F680}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{2653}'
        | '\u{2668}'..='\u{266E}'
        | '\u{2670}'..='\u{2730}'
        | '\u{2732}'..='\u{2757}'
        | '\u{2763}'..='\u{27BF}')
}

/// The characters whose unidecode spelling is not their decomposition.
fn spelled(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ß' => "ss",
        'ẞ' => "SS",
        'ø' => "o",
        'Ø' => "O",
        'ð' => "d",
        'Ð' => "D",
        'þ' => "th",
        'Þ' => "Th",
        'đ' => "d",
        'Đ' => "D",
        'ł' => "l",
        'Ł' => "L",
        'ı' => "i",
        'ħ' => "h",
        'Ħ' => "H",
        'ŧ' => "t",
        'Ŧ' => "T",
        'ŋ' => "ng",
        'Ŋ' => "NG",
        'ĸ' => "k",
        'ŉ' => "'n",
        'µ' => "u",
        '×' => "x",
        '÷' => "/",
        '¡' => "!",
        '¿' => "?",
        '«' => "<<",
        '»' => ">>",
        '‹' => "<",
        '›' => ">",
        '°' => "deg",
        '©' => "(c)",
        '®' => "(r)",
        '·' => "*",
        '•' => "*",
        '\u{2010}'..='\u{2013}' => "-",
        '—' | '―' => "--",
        '‘' | '’' | '‛' | '′' => "'",
        '“' | '”' | '‟' => "\"",
        '‚' => ",",
        '„' => ",,",
        '\u{00A0}' | '\u{200B}' | '\u{3000}' => " ",
        '…' => "...",
        '€' => "EUR",
        '™' => "(tm)",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_portuguese_to_ascii_and_drops_the_rest() {
        assert_eq!(nfkd_ascii("Não é ótimo 😀!"), "Nao e otimo !");
        assert_eq!(nfkd_ascii("ﬁm ！"), "fim !");
        assert!(matches!(nfkd_ascii("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn transliterates_french_words_as_unidecode_does() {
        assert_eq!(transliterate("déçu").as_deref(), Some("decu"));
        assert_eq!(transliterate("cœur").as_deref(), Some("coeur"));
        assert_eq!(transliterate("génial👍🏽").as_deref(), Some("genial"));
        assert_eq!(transliterate("l’été").as_deref(), Some("l'ete"));
        assert_eq!(transliterate("слово"), None);
    }
}
