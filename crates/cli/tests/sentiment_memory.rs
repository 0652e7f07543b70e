//! Memory per text is bounded by a small constant factor of its size (issue 30, fault 7): a
//! text of one-letter words once held 32 bytes of token and 8 of sentiment every two bytes,
//! 23 times the text.

mod common;

use common::{spawn, Scratch};

/// Runs the binary and returns its exit status and the highest peak resident memory
/// (`VmHWM`) read while it ran. Read from outside, the last moments may be missed; the
/// old engine held its tokens for the whole of the scoring, which is not.
#[cfg(target_os = "linux")]
fn peak_while_running(args: &[&str]) -> (Option<i32>, u64) {
    let mut child = spawn(args);
    drop(child.stdin.take());
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0u64;
    let code = loop {
        if let Ok(text) = std::fs::read_to_string(&status) {
            let hwm = text
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok());
            peak_kib = peak_kib.max(hwm.unwrap_or(0));
        }
        if let Some(exit) = child.try_wait().unwrap() {
            break exit.code();
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    (code, peak_kib * 1024)
}

#[cfg(target_os = "linux")]
#[test]
fn a_huge_text_of_one_letter_words_and_a_but_is_scored_within_three_times_its_size() {
    const MIB: u64 = 1024 * 1024;
    let half = "l ".repeat(8 * MIB as usize / 2);
    let text = format!("{half}but {half}\n");
    let size = text.len() as u64;
    let scratch = Scratch::new("sentiment-memory");
    let input = scratch.file("huge.txt", text.as_bytes());
    for lang in ["en", "fr", "pt"] {
        let (code, peak) = peak_while_running(&["sentiment", "--lang", lang, "--input", &input]);
        assert_eq!(code, Some(0), "{lang}");
        // The input held once, at most twice its size more while scoring, and the program
        // itself (lexicons and the language router: under 64 MiB).
        assert!(
            peak < 3 * size + 64 * MIB,
            "{lang}: peak {} MiB for a {} MiB text",
            peak / MIB,
            size / MIB
        );
    }
}
