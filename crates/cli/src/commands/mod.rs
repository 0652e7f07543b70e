pub mod collect;
pub mod report;
pub mod run;
pub mod sentiment;
pub mod stance;

/// Prints the collector's warnings and errors, one line each, naming the input.
pub fn print_problems(collection: &collector::Collection) {
    for warning in &collection.warnings {
        eprintln!("warning: {warning}");
    }
    for error in &collection.errors {
        eprintln!("error: {error}");
    }
}
