//! UTF-16 and UTF-32, with or without a byte order mark: text whose every ASCII character
//! carries NUL bytes, which is valid UTF-8 and so read as text with no words in it unless it
//! is recognised first. Recognised by the byte order mark or, without one, by where the NUL
//! bytes fall; text with no ASCII at all (UTF-16 Chinese without a BOM) has no NUL byte to
//! tell by and is read as it was.

use std::io::Read;

/// A wide encoding, and the length of the byte order mark that announced it (0 if none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wide {
    unit: Unit,
    pub bom: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

/// How much of the start is looked at.
const SAMPLE: usize = 4096;

impl Wide {
    /// The encoding `head` (an input's first bytes) is in, if it is a wide one.
    pub(crate) fn detect(head: &[u8]) -> Option<Wide> {
        let with_bom = |unit, bom| Some(Wide { unit, bom });
        // UTF-32LE's mark starts with UTF-16LE's: it is looked for first.
        if head.starts_with(&[0xFF, 0xFE, 0, 0]) {
            return with_bom(Unit::Utf32Le, 4);
        }
        if head.starts_with(&[0, 0, 0xFE, 0xFF]) {
            return with_bom(Unit::Utf32Be, 4);
        }
        if head.starts_with(&[0xFF, 0xFE]) {
            return with_bom(Unit::Utf16Le, 2);
        }
        if head.starts_with(&[0xFE, 0xFF]) {
            return with_bom(Unit::Utf16Be, 2);
        }
        let sample = &head[..head.len().min(SAMPLE)];
        if !sample.contains(&0) {
            return None;
        }
        let without_bom = |unit| Some(Wide { unit, bom: 0 });
        for (unit, big_endian) in [(Unit::Utf32Le, false), (Unit::Utf32Be, true)] {
            let units = sample.len() / 4;
            if units > 0
                && sample.chunks_exact(4).all(|bytes| {
                    let value = code_unit32(bytes, big_endian);
                    value != 0 && char::from_u32(value).is_some()
                })
            {
                return without_bom(unit);
            }
        }
        // Text in UTF-16 has a NUL on one side of every ASCII character and none on the
        // other; a quarter of the characters ASCII (spaces, digits, markup) is plenty.
        let units = sample.len() / 2;
        let nul_at = |parity: usize| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|byte| **byte == 0)
                .count()
        };
        let (even, odd) = (nul_at(0), nul_at(1));
        if even == 0 && odd * 4 >= units {
            return without_bom(Unit::Utf16Le);
        }
        if odd == 0 && even * 4 >= units {
            return without_bom(Unit::Utf16Be);
        }
        None
    }

    pub(crate) fn name(self) -> &'static str {
        match self.unit {
            Unit::Utf16Le => "UTF-16LE",
            Unit::Utf16Be => "UTF-16BE",
            Unit::Utf32Le => "UTF-32LE",
            Unit::Utf32Be => "UTF-32BE",
        }
    }

    /// The text of `bytes` (byte order mark included), and whether anything was invalid.
    pub(crate) fn decode(self, bytes: &[u8]) -> (String, bool) {
        let mut decoder = Decoder::new(self);
        let mut text = Vec::new();
        decoder.feed(&bytes[self.bom..], true, &mut text);
        (
            String::from_utf8(text).expect("the decoder writes UTF-8"),
            decoder.had_errors,
        )
    }

    /// A reader of `raw` (byte order mark included) that yields its text in UTF-8.
    pub(crate) fn reader<'r>(self, raw: Box<dyn Read + 'r>) -> Box<dyn Read + 'r> {
        Box::new(Utf8Reader {
            raw,
            skip: self.bom,
            decoder: Decoder::new(self),
            text: Vec::new(),
            at: 0,
            done: false,
        })
    }
}

fn code_unit32(bytes: &[u8], big_endian: bool) -> u32 {
    let bytes: [u8; 4] = bytes.try_into().expect("four bytes");
    if big_endian {
        u32::from_be_bytes(bytes)
    } else {
        u32::from_le_bytes(bytes)
    }
}

/// Decodes a wide encoding a piece at a time, holding a code unit cut between pieces.
struct Decoder {
    /// UTF-16 is encoding_rs's; UTF-32, which it leaves out, is done here.
    utf16: Option<encoding_rs::Decoder>,
    big_endian: bool,
    carry: Vec<u8>,
    had_errors: bool,
}

impl Decoder {
    fn new(wide: Wide) -> Self {
        let (utf16, big_endian) = match wide.unit {
            Unit::Utf16Le => (Some(encoding_rs::UTF_16LE), false),
            Unit::Utf16Be => (Some(encoding_rs::UTF_16BE), true),
            Unit::Utf32Le => (None, false),
            Unit::Utf32Be => (None, true),
        };
        Decoder {
            utf16: utf16.map(|encoding| encoding.new_decoder_without_bom_handling()),
            big_endian,
            carry: Vec::new(),
            had_errors: false,
        }
    }

    /// Appends the text of `bytes` to `out`; `last` says no more bytes follow.
    fn feed(&mut self, bytes: &[u8], last: bool, out: &mut Vec<u8>) {
        if let Some(decoder) = &mut self.utf16 {
            let room = decoder
                .max_utf8_buffer_length(bytes.len())
                .expect("a piece's length fits");
            let start = out.len();
            out.resize(start + room, 0);
            let (_, _, written, had_errors) =
                decoder.decode_to_utf8(bytes, &mut out[start..], last);
            out.truncate(start + written);
            self.had_errors |= had_errors;
            return;
        }
        self.carry.extend_from_slice(bytes);
        let whole = self.carry.len() / 4 * 4;
        let mut character = [0u8; 4];
        for unit in self.carry[..whole].chunks_exact(4) {
            let decoded = char::from_u32(code_unit32(unit, self.big_endian)).unwrap_or_else(|| {
                self.had_errors = true;
                char::REPLACEMENT_CHARACTER
            });
            out.extend_from_slice(decoded.encode_utf8(&mut character).as_bytes());
        }
        self.carry.drain(..whole);
        if last && !self.carry.is_empty() {
            self.carry.clear();
            self.had_errors = true;
            out.extend_from_slice(char::REPLACEMENT_CHARACTER.to_string().as_bytes());
        }
    }
}

struct Utf8Reader<'r> {
    raw: Box<dyn Read + 'r>,
    /// Byte order mark bytes still to drop.
    skip: usize,
    decoder: Decoder,
    text: Vec<u8>,
    at: usize,
    done: bool,
}

impl Read for Utf8Reader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut piece = [0u8; 64 * 1024];
        while self.at == self.text.len() && !self.done {
            self.text.clear();
            self.at = 0;
            let read = self.raw.read(&mut piece)?;
            let dropped = self.skip.min(read);
            self.skip -= dropped;
            self.done = read == 0;
            self.decoder
                .feed(&piece[dropped..read], self.done, &mut self.text);
        }
        let count = buf.len().min(self.text.len() - self.at);
        buf[..count].copy_from_slice(&self.text[self.at..self.at + count]);
        self.at += count;
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "@kgomotso_m said: “Petrol at R25 is daylight robbery.” 🚗\n";

    fn encodings() -> Vec<(&'static str, Vec<u8>)> {
        let utf16 = |big: bool| -> Vec<u8> {
            TEXT.encode_utf16()
                .flat_map(|u| {
                    if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                })
                .collect()
        };
        let utf32 = |big: bool| -> Vec<u8> {
            TEXT.chars()
                .flat_map(|c| {
                    let c = c as u32;
                    if big {
                        c.to_be_bytes()
                    } else {
                        c.to_le_bytes()
                    }
                })
                .collect()
        };
        let marked = |bom: &[u8], body: Vec<u8>| [bom, &body].concat();
        vec![
            ("UTF-16LE", utf16(false)),
            ("UTF-16BE", utf16(true)),
            ("UTF-32LE", utf32(false)),
            ("UTF-32BE", utf32(true)),
            ("UTF-16LE", marked(&[0xFF, 0xFE], utf16(false))),
            ("UTF-16BE", marked(&[0xFE, 0xFF], utf16(true))),
            ("UTF-32LE", marked(&[0xFF, 0xFE, 0, 0], utf32(false))),
            ("UTF-32BE", marked(&[0, 0, 0xFE, 0xFF], utf32(true))),
        ]
    }

    #[test]
    fn each_wide_encoding_is_told_by_its_nul_bytes_or_its_mark_and_decoded() {
        for (name, bytes) in encodings() {
            let wide = Wide::detect(&bytes).unwrap_or_else(|| panic!("{name} not detected"));
            assert_eq!(wide.name(), name);
            assert_eq!(wide.decode(&bytes), (TEXT.to_string(), false), "{name}");
            // A byte at a time, every code unit cut.
            struct Trickle(Vec<u8>, usize);
            impl Read for Trickle {
                fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                    let Some(byte) = self.0.get(self.1) else {
                        return Ok(0);
                    };
                    buf[0] = *byte;
                    self.1 += 1;
                    Ok(1)
                }
            }
            let mut streamed = String::new();
            wide.reader(Box::new(Trickle(bytes, 0)))
                .read_to_string(&mut streamed)
                .unwrap();
            assert_eq!(streamed, TEXT, "{name}");
        }
    }

    #[test]
    fn utf8_and_binary_are_not_taken_for_wide_text() {
        for bytes in [
            TEXT.as_bytes().to_vec(),
            b"a\0b\0c\0\0\0\0\x89PNG\r\n".to_vec(),
            b"\0\0\0\0".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(Wide::detect(&bytes), None, "{bytes:?}");
        }
    }
}
