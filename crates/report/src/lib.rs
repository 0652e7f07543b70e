//! Writes reactions and their scores for the people and programs that read them.
//!
//! The principal pieces are the [`writers`] — one file per output format behind the
//! [`writers::ReactionWriter`] trait, looked up by name with [`writers::by_name`] — and
//! [`atomic::write_file`], through which every file is written to a temporary name and renamed
//! into place, so a reader never sees half a file.
//!
//! ```
//! use report::writers;
//!
//! let reaction = collector::article_reactions(
//!     "a.txt",
//!     "Headline\n\n@someone said: “=HYPERLINK(\"http://x\")”",
//!     None,
//! ).1.remove(0);
//! let mut csv = Vec::new();
//! writers::by_name("csv").unwrap().write(&[reaction], &mut csv).unwrap();
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.contains("'=HYPERLINK"), "formulas are neutralized: {csv}");
//! ```

pub mod atomic;
pub mod writers;
