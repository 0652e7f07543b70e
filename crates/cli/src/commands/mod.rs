pub mod collect;
pub mod sentiment;
pub mod stance;
