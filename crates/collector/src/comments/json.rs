//! JSON trees of any real depth: serde_json guards its recursion at 128 levels, which a
//! Reddit thread reaches 25 replies deep (five levels a reply) and an X or YouTube response
//! may reach too. Every JSON comment format parses through [`with_value`], which keeps serde's
//! fast path for the common, shallow text and reads a deeper one, up to [`MAX_NESTING`]
//! levels, on a thread whose stack is sized to its depth.

use serde::Deserialize;
use serde_json::Value;

/// The deepest JSON an export is read to: 2,000 Reddit replies deep, far beyond any real
/// thread. Deeper is refused by name, whatever the depth, without overflowing the stack.
pub(crate) const MAX_NESTING: usize = 10_000;

/// Stack for each level of nesting when parsing past serde_json's limit, with room to spare
/// (a level takes under 1 KiB in release builds and about 2 KiB in debug ones).
const STACK_PER_LEVEL: usize = 4 * 1024;

/// Whether serde_json stopped at its recursion limit (the text may be fine, only deep).
pub(crate) fn is_too_deep(error: &serde_json::Error) -> bool {
    error.to_string().starts_with("recursion limit exceeded")
}

/// Parses `json` to a tree and hands it to `read`; the error is serde_json's, or names the
/// depth when it is past [`MAX_NESTING`].
pub(crate) fn with_value<R>(json: &str, read: impl FnOnce(&Value) -> R) -> Result<R, String> {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => Ok(read(&value)),
        Err(error) if is_too_deep(&error) => {
            let value = parse_deep(json)?;
            let result = read(&value);
            dismantle(value);
            Ok(result)
        }
        Err(error) => Err(error.to_string()),
    }
}

/// Whether `json` is one whole JSON value. A text too deep for serde_json counts when its
/// arrays and objects all close: a JSON Lines record too deep to read is then one line's
/// error, not the whole file read as one document.
pub(crate) fn is_value(json: &[u8]) -> bool {
    match serde_json::from_slice::<serde::de::IgnoredAny>(json) {
        Ok(_) => true,
        Err(error) if is_too_deep(&error) => Nesting::of(json).open_at_end == 0,
        Err(_) => false,
    }
}

/// Parses JSON nested past serde_json's limit on a thread whose stack is sized to the depth:
/// the caller's stack, whatever it is (a rayon worker's is 2 MiB), is left alone.
fn parse_deep(json: &str) -> Result<Value, String> {
    let depth = Nesting::of(json.as_bytes()).deepest;
    if depth > MAX_NESTING {
        return Err(format!(
            "JSON nested {depth} levels deep, over the {MAX_NESTING}-level limit"
        ));
    }
    let parse = || {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        deserializer.disable_recursion_limit();
        let value = Value::deserialize(&mut deserializer)?;
        deserializer.end()?;
        Ok::<Value, serde_json::Error>(value)
    };
    std::thread::scope(|scope| {
        let parser = std::thread::Builder::new()
            .name("deep-json".into())
            .stack_size(1024 * 1024 + depth * STACK_PER_LEVEL)
            .spawn_scoped(scope, parse)
            .map_err(|error| {
                format!("cannot start a thread to read deeply nested JSON: {error}")
            })?;
        match parser.join() {
            Ok(parsed) => parsed.map_err(|error| error.to_string()),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// How arrays and objects nest in a JSON text (strings skipped).
struct Nesting {
    deepest: usize,
    /// How many are still open at its end.
    open_at_end: usize,
}

impl Nesting {
    fn of(json: &[u8]) -> Nesting {
        let (mut depth, mut deepest) = (0usize, 0usize);
        let (mut in_string, mut escaped) = (false, false);
        for &byte in json {
            if in_string {
                if escaped {
                    escaped = false;
                } else if byte == b'\\' {
                    escaped = true;
                } else if byte == b'"' {
                    in_string = false;
                }
                continue;
            }
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        Nesting {
            deepest,
            open_at_end: depth,
        }
    }
}

/// Drops a tree a level at a time: `Value`'s own drop recurses, and a tree deeper than
/// serde_json's limit could overflow the stack. (Shallower ones are dropped as usual.)
fn dismantle(value: Value) {
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        match value {
            Value::Array(items) => pending.extend(items),
            Value::Object(object) => pending.extend(object.into_iter().map(|(_, value)| value)),
            _ => {}
        }
    }
}
