//! `docs/dataset.md` against the declared columns ([`report::dataset_columns`]): each table's column
//! table lists the declared columns, in the order written, with their types and whether they
//! may be null, and nothing else; the schema version is the declared one. Every column the
//! scoring step fills is one of them.

use report::dataset_columns::{self, SCHEMA_VERSION};
use scoring::step::DatasetTable;
use scoring::{ScoringStep, SentimentAnalyzer, StanceJudge, TargetSet};

const DOCS: &str = include_str!("../../../docs/dataset.md");

/// The header of a table of columns in the document.
const HEADER: &str = "| column | type | null | meaning |";

#[derive(Debug, PartialEq)]
struct Documented {
    name: String,
    column_type: String,
    nullable: bool,
}

/// The column tables of the document by the heading they are under (`## reactions`): each
/// row's columns, a row naming several (`neg, neu, pos`) giving them all its type and null.
fn documented() -> Vec<(String, Vec<Documented>)> {
    let mut tables: Vec<(String, Vec<Documented>)> = Vec::new();
    let mut heading = "";
    let mut lines = DOCS.lines();
    while let Some(line) = lines.next() {
        if let Some(title) = line.strip_prefix("## ") {
            heading = title;
        }
        if line.trim() != HEADER {
            continue;
        }
        lines.next(); // | --- | --- | …
        let mut columns = Vec::new();
        for row in lines.by_ref().take_while(|row| row.starts_with('|')) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let [_, names, column_type, null, ..] = cells[..] else {
                panic!("docs/dataset.md: a row of {heading} has too few cells: {row}");
            };
            let nullable = match null {
                "yes" => true,
                "no" => false,
                other => panic!("docs/dataset.md: null is yes or no, not {other:?}: {row}"),
            };
            let column_type = column_type.replace("&lt;", "<").replace("&gt;", ">");
            for name in names.split(", ") {
                columns.push(Documented {
                    name: name.to_string(),
                    column_type: column_type.clone(),
                    nullable,
                });
            }
        }
        tables.push((heading.to_string(), columns));
    }
    tables
}

#[test]
fn the_documented_columns_are_the_declared_ones() {
    let mut documented = documented();
    for (table, fields) in dataset_columns::schema() {
        let position = documented.iter().position(|(heading, _)| heading == table);
        let Some(position) = position else {
            panic!("docs/dataset.md has no table of columns under `## {table}`");
        };
        let (_, columns) = documented.remove(position);
        let declared: Vec<Documented> = fields
            .iter()
            .map(|field| Documented {
                name: field.name.to_string(),
                column_type: field.column_type.name().to_string(),
                nullable: field.nullable,
            })
            .collect();
        let undocumented: Vec<&str> = declared
            .iter()
            .filter(|d| !columns.iter().any(|c| c.name == d.name))
            .map(|d| d.name.as_str())
            .collect();
        assert!(
            undocumented.is_empty(),
            "docs/dataset.md does not document these columns of {table}: {undocumented:?}"
        );
        let undeclared: Vec<&str> = columns
            .iter()
            .filter(|c| !declared.iter().any(|d| d.name == c.name))
            .map(|c| c.name.as_str())
            .collect();
        assert!(
            undeclared.is_empty(),
            "docs/dataset.md documents columns of {table} that report::dataset_columns does not \
             declare: {undeclared:?}"
        );
        for (documented, declared) in columns.iter().zip(&declared) {
            assert_eq!(
                documented, declared,
                "docs/dataset.md's {table} table differs from the declaration (order, type \
                 or null)"
            );
        }
    }
    let tables: Vec<&str> = documented.iter().map(|(table, _)| table.as_str()).collect();
    assert!(
        tables.is_empty(),
        "docs/dataset.md documents columns of tables the dataset does not have: {tables:?}"
    );
}

#[test]
fn the_documented_schema_version_is_the_declared_one() {
    for text in [
        format!("(schema version {SCHEMA_VERSION})"),
        format!("`reactions.schema_version = \"{SCHEMA_VERSION}\"`"),
    ] {
        assert!(DOCS.contains(&text), "docs/dataset.md does not say {text}");
    }
}

#[test]
fn every_column_the_scoring_step_fills_is_declared() {
    let analyzer = SentimentAnalyzer::shared();
    let targets = TargetSet::new(Vec::new());
    let step = ScoringStep::new(analyzer, Some(StanceJudge::new(analyzer, &targets, None)));
    let schema = dataset_columns::schema();
    let mut filled = 0;
    for column in step.columns() {
        let table = match column.table {
            DatasetTable::Reactions => "reactions",
            DatasetTable::Stance => "stance",
        };
        let (_, fields) = schema.iter().find(|(name, _)| *name == table).unwrap();
        assert!(
            fields.iter().any(|field| field.name == column.name),
            "the scoring step fills {table}.{}, which report::dataset_columns does not declare",
            column.name
        );
        filled += 1;
    }
    assert_eq!(
        filled, 14,
        "readability, VADER (its four scores, the label and the method, which the packs also \
         write) and stance fill 1 + 6 + 7 columns"
    );
}
