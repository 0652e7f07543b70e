//! Language identification, reported as ISO 639-1 codes.
//!
//! Trigram detection costs time in proportion to the text, and dominated extraction when run
//! on every body and every reaction. An article's language is decided on a sample of its
//! body; a reaction inherits it unless it is written in another script, the one case where a
//! short text can be told apart from its article reliably.

use whatlang::Script;

/// The language of an article, decided once and inherited by its reactions.
pub struct ArticleLanguage {
    pub lang: Option<String>,
    script: Option<Script>,
}

impl ArticleLanguage {
    /// Uses the page's declared language when there is one, else detects it on the first
    /// half kilobyte of the body.
    pub fn new(declared: Option<String>, body: &str) -> Self {
        const SAMPLE_BYTES: usize = 512;
        let mut end = body.len().min(SAMPLE_BYTES);
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let sample = &body[..end];
        let lang = declared.or_else(|| {
            let info = whatlang::detect(sample)?;
            let decided = info.is_reliable() || sample.len() > 200;
            decided
                .then(|| iso_639_1(info.lang().code()))
                .flatten()
                .map(str::to_string)
        });
        ArticleLanguage {
            lang,
            script: whatlang::detect_script(sample),
        }
    }

    /// A reaction's language: the article's, unless the reaction is in another script and
    /// detection on the reaction itself is confident.
    pub fn of_reaction(&self, text: &str) -> Option<String> {
        let script = whatlang::detect_script(text);
        if self.lang.is_some() && (script.is_none() || script == self.script) {
            return self.lang.clone();
        }
        match whatlang::detect(text) {
            Some(info) if info.is_reliable() => iso_639_1(info.lang().code()).map(str::to_string),
            _ => self.lang.clone(),
        }
    }
}

/// ISO 639-3 (what the detector reports) to ISO 639-1, for the languages it knows.
fn iso_639_1(code: &str) -> Option<&'static str> {
    const CODES: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    CODES
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}
