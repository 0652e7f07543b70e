pub mod collect;
pub mod sentiment;
