//! `views.sql`: DuckDB views over the Parquet dataset, for dashboards and ad-hoc SQL.
//!
//! Every output directory gets the file, whichever engine wrote it (`reactions run`,
//! `reactions report`, the Spark job through the Python package), generated here once. The
//! views read the dataset by paths relative to the output directory, so the directory can be
//! moved; DuckDB resolves a relative path against its working directory or its
//! `file_search_path`, which `docs/views.md` explains.
//!
//! The aggregate views carry the figures of the summary tables by the same rules as
//! [`crate::summary`]: analysts' labels count instead of the model's (`sentiment_label`,
//! `stance_label`), records labelled `is_reaction = false` count nowhere (the `reactions` and
//! `stance` views keep them, flagged), `n` is the reactions with a label (or, for stance, the
//! judged rows), the mean compound is summed in ten-thousandths over those with a compound (VADER's
//! and the VADER-format packs'; a trained pack gives a label only), and every share has the 95% Wilson interval of
//! [`crate::summary::Share::wilson`], computed with the same operations in the same order so
//! that the doubles agree. `tests/python/test_views.py` checks them against `tables/*.csv`.
//!
//! The SQL depends on the data in two ways only: the configured targets, in order (so that
//! `stance_by_target` and `daily_stance` list them as the tables do), and whether the
//! dataset has any `reactions` or `stance` files (DuckDB refuses a view over a glob that
//! matches nothing, so an empty table is a typed empty relation instead).

use std::fmt::Write as _;
use std::path::{Component, Path};

use crate::dataset_columns::{self, Field, Type};
use scoring::accuracy;

use crate::summary::{Summary, NO_METHOD, UNDECIDED_LANGUAGE};
use crate::tables;
use crate::{ReportError, SCHEMA_VERSION};

/// The revision of the views themselves: bumped whenever a view or column is added, removed,
/// renamed or computed differently. The views' version is the dataset's schema version and
/// this revision (`5.1` for schema 5, revision 1), since a new schema version changes what the views read.
pub const VIEWS_REVISION: &str = "3";

/// The file name of the views in an output directory.
pub const FILE_NAME: &str = "views.sql";

/// The `sentiment_methods` view: `tables/methods.csv`, each method's accuracy embedded from
/// [`tables::accuracy_of`], the one place the table takes it from.
fn sentiment_methods() -> String {
    let double = |value: Option<f64>| {
        value.map_or("CAST(NULL AS DOUBLE)".to_string(), |v| {
            format!("CAST('{v:?}' AS DOUBLE)")
        })
    };
    let rows: Vec<String> = accuracy::methods()
        .map(|method| {
            let (weighted_f1, accuracy, test_set, texts) = tables::accuracy_of(method);
            format!(
                "({}, {}, {}, {}, {})",
                literal(method),
                double(weighted_f1),
                double(accuracy),
                literal(&test_set),
                texts.map_or("CAST(NULL AS BIGINT)".to_string(), |n| n.to_string()),
            )
        })
        .collect();
    format!(
        "-- One row per language, sentiment method and status (tables/methods.csv, in its order):
-- the reactions, their share of all, the labelled shares among them, and the method's
-- accuracy (%) on the labelled test set named.
CREATE OR REPLACE VIEW sentiment_methods AS
WITH accuracy(method, weighted_f1, accuracy, test_set, test_texts) AS (
    VALUES {values}
), grouped AS (
    SELECT CASE WHEN sentiment_status = 'other_language' AND (lang IS NULL OR lang = 'en')
            THEN '{UNDECIDED_LANGUAGE}' ELSE coalesce(lang, '{UNDECIDED_LANGUAGE}') END AS language,
        coalesce(sentiment_method, '{NO_METHOD}') AS method,
        sentiment_status AS status,
        count(*) AS reactions,
        count(*) FILTER (WHERE sentiment = 'positive') AS positive,
        count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
        count(*) FILTER (WHERE sentiment = 'negative') AS negative
    FROM reactions WHERE is_reaction GROUP BY ALL
), t AS (
    SELECT grouped.*, positive + neutral + negative AS labelled,
        sum(reactions) OVER (PARTITION BY language) AS language_reactions,
        sum(reactions) OVER () AS all_reactions
    FROM grouped
)
SELECT t.language, t.method, t.status, t.reactions,
    {of_all},
    t.positive, t.neutral, t.negative,
    {positive},
    {neutral},
    {negative},
    a.weighted_f1, a.accuracy,
    CASE WHEN t.method <> '{NO_METHOD}' THEN coalesce(a.test_set, {unknown}) END AS test_set,
    a.test_texts
FROM t LEFT JOIN accuracy AS a ON a.method = t.method
ORDER BY t.language_reactions DESC, t.language, t.reactions DESC, t.method, t.status;
",
        values = rows.join(",\n        "),
        of_all = share_columns("of_all_reactions", "t.reactions", "t.all_reactions"),
        positive = share_columns("positive", "t.positive", "t.labelled"),
        neutral = share_columns("neutral", "t.neutral", "t.labelled"),
        negative = share_columns("negative", "t.negative", "t.labelled"),
        unknown = literal(tables::UNKNOWN_METHOD),
    )
}

/// `SCHEMA_VERSION.VIEWS_REVISION`, as the header of `views.sql` and the `views_version` view
/// give it.
pub fn views_version() -> String {
    format!("{SCHEMA_VERSION}.{VIEWS_REVISION}")
}

/// Where the views of the output directory `out` find the dataset in `dataset`: `""` when
/// they are one directory, else the path from `out` to it, ending in `/`. Relative, so that
/// the two move together; both must exist.
pub fn dataset_location(out: &Path, dataset: &Path) -> Result<String, ReportError> {
    let canonical = |path: &Path| path.canonicalize().map_err(|e| ReportError::new(path, e));
    let (from, to) = (canonical(out)?, canonical(dataset)?);
    if from == to {
        return Ok(String::new());
    }
    let (from, to): (Vec<Component>, Vec<Component>) =
        (from.components().collect(), to.components().collect());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut location = String::new();
    for _ in common..from.len() {
        location.push_str("../");
    }
    for component in &to[common..] {
        let name = component.as_os_str().to_str().ok_or_else(|| {
            ReportError::invalid(dataset, "is not UTF-8, which views.sql cannot name")
        })?;
        location.push_str(name);
        location.push('/');
    }
    Ok(location)
}

/// The z of a 95% interval, as [`crate::summary::Share::wilson`] has it. Parsed from text by
/// DuckDB: a decimal literal would be a DECIMAL, whose conversion to a double may round
/// differently.
const Z: &str = "CAST('1.959963984540054' AS DOUBLE)";

/// A SQL string literal.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn sql_type(column_type: Type) -> &'static str {
    match column_type {
        Type::Text => "VARCHAR",
        Type::Timestamp => "TIMESTAMPTZ",
        Type::Date => "DATE",
        Type::Count => "UINTEGER",
        Type::Integer => "BIGINT",
        Type::Float => "DOUBLE",
        Type::TextList => "VARCHAR[]",
        Type::Bool => "BOOLEAN",
    }
}

fn table_fields(table: &str) -> Vec<Field> {
    dataset_columns::schema()
        .into_iter()
        .find(|(name, _)| *name == table)
        .map(|(_, fields)| fields)
        .unwrap_or_default()
}

/// The rows of a table partitioned by day, with its `date`; a typed empty relation when the
/// dataset has none (no reactions, or no targets), which DuckDB would refuse as a glob.
fn partitioned(dataset: &str, table: &str, present: bool) -> String {
    if present {
        return format!(
            "SELECT * FROM read_parquet({}, hive_partitioning = true, hive_types = {{'date': DATE}})",
            literal(&format!("{dataset}{table}/*/*.parquet"))
        );
    }
    let mut columns: Vec<String> = table_fields(table)
        .iter()
        .map(|f| format!("CAST(NULL AS {}) AS {}", sql_type(f.column_type), f.name))
        .collect();
    columns.push("CAST(NULL AS DATE) AS date".into());
    format!("SELECT {} WHERE false", columns.join(", "))
}

/// `k / n` and its 95% Wilson interval as three columns `{name}_share`, `{name}_ci95_low`,
/// `{name}_ci95_high`; null when `n` is 0. The same operations as `Share::wilson`.
fn share_columns(name: &str, k: &str, n: &str) -> String {
    let p = format!("(CAST({k} AS DOUBLE) / CAST({n} AS DOUBLE))");
    let nn = format!("CAST({n} AS DOUBLE)");
    let denominator = format!("(1.0::DOUBLE + {Z} * {Z} / {nn})");
    let centre = format!("(({p} + {Z} * {Z} / (2.0::DOUBLE * {nn})) / {denominator})");
    let half = format!(
        "({Z} * sqrt({p} * (1.0::DOUBLE - {p}) / {nn} + {Z} * {Z} / (4.0::DOUBLE * {nn} * {nn})) / {denominator})"
    );
    format!(
        "CASE WHEN {n} > 0 THEN {p} END AS {name}_share,\n    \
         CASE WHEN {n} > 0 THEN greatest({centre} - {half}, 0.0::DOUBLE) END AS {name}_ci95_low,\n    \
         CASE WHEN {n} > 0 THEN least({centre} + {half}, 1.0::DOUBLE) END AS {name}_ci95_high"
    )
}

/// Three CTEs ending in `tally`: the sentiment counts of the `reactions` rows grouped by
/// `keys`, as `SentimentTally` counts them, with `compound_sum` in ten-thousandths for
/// [`sentiment_figures`], `unscored_languages` as `languages_text` writes it (`zh 280, sw 32`,
/// null when there are none), and the `extra` aggregates given.
fn sentiment_tally(keys: &[&str], extra: &str) -> String {
    let keys_list = keys.join(", ");
    let joined: Vec<String> = keys
        .iter()
        .map(|k| format!("counts.{k} IS NOT DISTINCT FROM languages.{k}"))
        .collect();
    format!(
        "counts AS (
    SELECT {keys_list},{extra}
        count(*) AS reactions,
        count(sentiment_label) AS n,
        count(*) FILTER (WHERE sentiment_label IS NULL) AS unscored,
        count(*) FILTER (WHERE sentiment_label IS NULL AND sentiment_status = 'other_language') AS other_language,
        count(*) FILTER (WHERE sentiment_label IS NULL AND sentiment_status = 'no_text') AS no_text,
        count(compound) AS with_compound,
        sum(CAST(round(compound * 10000) AS BIGINT)) AS compound_sum,
        count(*) FILTER (WHERE sentiment_label = 'positive') AS positive,
        count(*) FILTER (WHERE sentiment_label = 'neutral') AS neutral,
        count(*) FILTER (WHERE sentiment_label = 'negative') AS negative
    FROM reactions WHERE is_reaction GROUP BY {keys_list}
), languages AS (
    SELECT {keys_list},
        string_agg(other || ' ' || CAST(k AS VARCHAR), ', ' ORDER BY k DESC, other) AS unscored_languages
    FROM (
        SELECT {keys_list},
            CASE WHEN lang IS NULL OR lang = 'en' THEN '{UNDECIDED_LANGUAGE}' ELSE lang END AS other,
            count(*) AS k
        FROM reactions
        WHERE is_reaction AND sentiment_label IS NULL AND sentiment_status = 'other_language'
        GROUP BY ALL
    ) GROUP BY {keys_list}
), tally AS (
    SELECT counts.*, languages.unscored_languages
    FROM counts LEFT JOIN languages ON {}
)",
        joined.join(" AND ")
    )
}

/// The figures of a [`sentiment_tally`] `t`: counts, the mean compound and the three shares.
fn sentiment_figures(t: &str) -> String {
    format!(
        "{t}.reactions, {t}.n, {t}.unscored, {t}.other_language, {t}.no_text, {t}.unscored_languages,
    CASE WHEN {t}.with_compound > 0 THEN CAST({t}.compound_sum AS DOUBLE) / 10000.0::DOUBLE / CAST({t}.with_compound AS DOUBLE) END AS mean_compound,
    {t}.positive, {t}.neutral, {t}.negative,
    {},
    {},
    {}",
        share_columns("positive", &format!("{t}.positive"), &format!("{t}.n")),
        share_columns("neutral", &format!("{t}.neutral"), &format!("{t}.n")),
        share_columns("negative", &format!("{t}.negative"), &format!("{t}.n")),
    )
}

/// Whether a `stance` row is judged, as `StanceRow::counted_stance` has it: a person labelled
/// it, or the model could read its reaction.
const JUDGED: &str = "(rule <> 'unreadable' OR stance_label_source = 'human')";

/// The stance counts of a group of `stance` rows (of records that are reactions), as
/// `StanceTally` counts them by `stance_label`: rows no one judged (`unreadable`, unlabelled)
/// apart, outside `n`; `addressed_*` among the rows whose rule is not `no-mention`.
fn stance_tally() -> String {
    format!(
        "count(*) FILTER (WHERE {JUDGED}) AS n,
    count(*) FILTER (WHERE NOT {JUDGED}) AS unscored,
    count(*) FILTER (WHERE rule NOT IN ('no-mention', 'unreadable')) AS addressed,
    count(*) FILTER (WHERE stance_label = 'FAVOR' AND {JUDGED}) AS favor,
    count(*) FILTER (WHERE stance_label = 'AGAINST' AND {JUDGED}) AS against,
    count(*) FILTER (WHERE stance_label = 'NONE' AND {JUDGED}) AS none,
    count(*) FILTER (WHERE stance_label = 'FAVOR' AND rule NOT IN ('no-mention', 'unreadable')) AS addressed_favor,
    count(*) FILTER (WHERE stance_label = 'AGAINST' AND rule NOT IN ('no-mention', 'unreadable')) AS addressed_against"
    )
}

/// FAVOR and AGAINST rows toward any target, as `favor{suffix}` and `against{suffix}`.
fn favor_and_against(suffix: &str) -> String {
    format!(
        "count(*) FILTER (WHERE stance_label = 'FAVOR' AND {JUDGED}) AS favor{suffix},
        count(*) FILTER (WHERE stance_label = 'AGAINST' AND {JUDGED}) AS against{suffix}"
    )
}

fn net(favor: &str, against: &str, n: &str) -> String {
    format!(
        "CASE WHEN {n} > 0 THEN (CAST({favor} AS DOUBLE) - CAST({against} AS DOUBLE)) / CAST({n} AS DOUBLE) END"
    )
}

/// The figures of a [`stance_tally`] `t` (counts as zero where `t` has no row).
fn stance_figures(t: &str) -> String {
    let c = |column: &str| format!("coalesce({t}.{column}, 0)");
    format!(
        "{n} AS n, {unscored} AS unscored, {addressed} AS addressed,
    {favor} AS favor, {against} AS against, {none} AS none,
    {},
    {},
    {},
    {} AS net_stance,
    {} AS net_stance_among_addressed",
        share_columns("favor", &c("favor"), &c("n")),
        share_columns("against", &c("against"), &c("n")),
        share_columns("none", &c("none"), &c("n")),
        net(&c("favor"), &c("against"), &c("n")),
        net(
            &c("addressed_favor"),
            &c("addressed_against"),
            &c("addressed")
        ),
        n = c("n"),
        unscored = c("unscored"),
        addressed = c("addressed"),
        favor = c("favor"),
        against = c("against"),
        none = c("none"),
    )
}

/// The dimensions the `daily_*_by_*` views break a day down by: view suffix, column, meaning.
const DIMENSIONS: [(&str, &str, &str); 3] = [
    (
        "outlet",
        "outlet",
        "the article's host (`www.` dropped); null for an article read from a file",
    ),
    (
        "platform",
        "platform",
        "the platform the reaction was posted on (`unknown` when not said)",
    ),
    (
        "language",
        "language",
        "the reaction's `lang`, `und` where undecided",
    ),
];

/// The SQL of `views.sql` for the dataset `summary` was made from, read from `dataset`: the
/// dataset's directory relative to the output directory, `""` when they are one, else ending
/// in `/` (`../notebooks-out/`).
pub fn views_sql(dataset: &str, summary: &Summary) -> String {
    let version = views_version();
    let mut sql = String::new();
    let _ = write!(
        sql,
        "-- reactions views, version {version} (dataset schema version {SCHEMA_VERSION}, views revision {VIEWS_REVISION}).
-- Written by reactions (`reactions run`, `reactions report` and the Spark job alike); every view
-- and column is documented in docs/views.md. The version changes whenever a view or a column
-- does, and with the dataset's schema version.
--
-- The paths below are relative to the directory this file is in, so the directory can move.
-- DuckDB resolves them against its working directory, or its file_search_path:
--   cd DIR && duckdb reactions.duckdb < views.sql     (a database holding only these views)
--   duckdb -cmd \"SET file_search_path = 'DIR'\" DIR/reactions.duckdb
-- Figures follow the summary tables' rules (tables/*.csv): analysts' labels count instead of
-- the model's (sentiment_label, stance_label) and records they took out (is_reaction = false)
-- nowhere; n counts the reactions with a label, or the judged stance rows; shares carry their
-- 95% Wilson interval (_ci95_low, _ci95_high).

CREATE OR REPLACE VIEW views_version AS
SELECT {} AS views_version, {} AS schema_version;

",
        literal(&version),
        literal(SCHEMA_VERSION),
    );

    let targets = if summary.targets.is_empty() {
        "SELECT CAST(NULL AS VARCHAR) AS target, CAST(NULL AS INTEGER) AS rank WHERE false".into()
    } else {
        let rows: Vec<String> = summary
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| format!("({}, {})", literal(&t.target), i + 1))
            .collect();
        format!(
            "SELECT * FROM (VALUES {}) AS configured(target, rank)",
            rows.join(", ")
        )
    };
    let _ = write!(
        sql,
        "-- The targets stance was judged toward, in the order they were configured (rank from 1).
CREATE OR REPLACE VIEW targets AS
{targets};

-- One row per reaction: the dataset's reactions/ table with the day it is filed under (date),
-- who (@handle, else the display name, else 'anonymous'), outlet (the article's host) and
-- language (lang, 'und' where undecided). Records people took out (is_reaction = false) are
-- here, flagged, and in no figure below; sentiment_label is what the figures count.
CREATE OR REPLACE VIEW reactions AS
SELECT *,
    CASE WHEN handle IS NOT NULL THEN '@' || handle
        WHEN display_name IS NOT NULL THEN display_name ELSE 'anonymous' END AS who,
    nullif(regexp_replace(lower(regexp_extract(coalesce(article_url, source),
        '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)', 1)), '^www\\.', ''), '') AS outlet,
    coalesce(lang, '{UNDECIDED_LANGUAGE}') AS language
FROM ({reactions});

-- One row per reaction and target: the dataset's stance/ table with its date; stance_label is
-- what the figures count.
CREATE OR REPLACE VIEW stance AS
{stance};

-- One row per article (tables/articles.csv, in its order): the article's sentiment figures,
-- its most positive and most negative reactions ('who: text', ties to the first in position),
-- and the FAVOR and AGAINST rows of its reactions, all targets together.
CREATE OR REPLACE VIEW article_summary AS
WITH {article_tally}, quoted AS (
    SELECT article_id, sentiment_label AS end_of_scale, who || ': ' || text AS quote,
        row_number() OVER (PARTITION BY article_id, sentiment_label
            ORDER BY CASE WHEN sentiment_label = 'positive' THEN -compound ELSE compound END,
                position, reaction_id) AS place
    FROM reactions
    WHERE is_reaction AND sentiment_label IN ('positive', 'negative') AND compound IS NOT NULL
), stance_tally AS (
    SELECT article_id,
        {article_stance}
    FROM stance WHERE is_reaction GROUP BY article_id
), tallied AS (
    SELECT a.article_id,
        coalesce(tally.reactions, 0) AS reactions, coalesce(tally.n, 0) AS n,
        coalesce(tally.unscored, 0) AS unscored, coalesce(tally.other_language, 0) AS other_language,
        coalesce(tally.no_text, 0) AS no_text, tally.unscored_languages,
        coalesce(tally.with_compound, 0) AS with_compound, tally.compound_sum,
        coalesce(tally.positive, 0) AS positive, coalesce(tally.neutral, 0) AS neutral,
        coalesce(tally.negative, 0) AS negative
    FROM read_parquet({articles}) AS a LEFT JOIN tally USING (article_id)
)
SELECT a.date, a.article_id, coalesce(a.title, a.url, a.source) AS article, a.source, a.title,
    a.url,
    nullif(regexp_replace(lower(regexp_extract(coalesce(a.url, a.source),
        '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)', 1)), '^www\\.', ''), '') AS outlet,
    a.published_at, a.lang,
    {article_figures},
    most_positive.quote AS most_positive, most_negative.quote AS most_negative,
    coalesce(stance_tally.favor, 0) AS favor, coalesce(stance_tally.against, 0) AS against
FROM read_parquet({articles}) AS a
JOIN tallied AS t USING (article_id)
LEFT JOIN quoted AS most_positive
    ON most_positive.article_id = a.article_id AND most_positive.end_of_scale = 'positive' AND most_positive.place = 1
LEFT JOIN quoted AS most_negative
    ON most_negative.article_id = a.article_id AND most_negative.end_of_scale = 'negative' AND most_negative.place = 1
LEFT JOIN stance_tally ON stance_tally.article_id = a.article_id
ORDER BY a.date, a.source, a.article_id;

-- One row per day (tables/days.csv): sentiment figures, and the FAVOR and AGAINST rows of
-- the day's reactions toward any target.
CREATE OR REPLACE VIEW daily_sentiment AS
WITH {day_tally}, stance_tally AS (
    SELECT date,
        {day_stance}
    FROM stance WHERE is_reaction GROUP BY date
)
SELECT tally.date,
    {day_figures},
    coalesce(stance_tally.favor_any_target, 0) AS favor_any_target,
    coalesce(stance_tally.against_any_target, 0) AS against_any_target
FROM tally LEFT JOIN stance_tally USING (date)
ORDER BY tally.date;

-- One row per target (tables/targets.csv, in configured order): stance over every day.
CREATE OR REPLACE VIEW stance_by_target AS
WITH t AS (
    SELECT target,
    {stance_tally}
    FROM stance WHERE is_reaction GROUP BY target
)
SELECT targets.target, {stance_figures}
FROM targets LEFT JOIN t USING (target)
ORDER BY targets.rank;

-- One row per day and target (the daily/ table's rows with a target): stance figures.
CREATE OR REPLACE VIEW daily_stance AS
WITH t AS (
    SELECT date, target,
    {stance_tally}
    FROM stance WHERE is_reaction GROUP BY date, target
)
SELECT t.date, t.target, {stance_figures}
FROM t JOIN targets USING (target)
ORDER BY t.date, targets.rank;

-- One row per handle, else name (tables/handles.csv, in its order: most reactions first).
CREATE OR REPLACE VIEW handle_activity AS
WITH {handle_tally}
SELECT tally.who, tally.articles,
    {handle_figures}
FROM tally
ORDER BY tally.reactions DESC, tally.who;
",
        reactions = partitioned(dataset, "reactions", summary.overall.reactions > 0),
        stance = partitioned(dataset, "stance", summary.stance_rows() > 0),
        articles = literal(&format!("{dataset}articles/*.parquet")),
        article_tally = sentiment_tally(&["article_id"], ""),
        day_tally = sentiment_tally(&["date"], ""),
        handle_tally = sentiment_tally(&["who"], " count(DISTINCT article_id) AS articles,"),
        article_figures = sentiment_figures("t"),
        day_figures = sentiment_figures("tally"),
        handle_figures = sentiment_figures("tally"),
        stance_tally = stance_tally(),
        stance_figures = stance_figures("t"),
        article_stance = favor_and_against(""),
        day_stance = favor_and_against("_any_target"),
    );

    for (suffix, column, meaning) in DIMENSIONS {
        let _ = write!(
            sql,
            "
-- One row per day and {suffix} ({column}: {meaning}): sentiment figures.
CREATE OR REPLACE VIEW daily_sentiment_by_{suffix} AS
WITH {tally}
SELECT tally.date, tally.{column},
    {figures}
FROM tally
ORDER BY tally.date, tally.{column} NULLS LAST;

-- One row per day, target and {suffix}: stance figures.
CREATE OR REPLACE VIEW daily_stance_by_{suffix} AS
WITH t AS (
    SELECT stance.date, stance.target, reactions.{column},
    {stance_tally}
    FROM stance JOIN reactions USING (reaction_id)
    WHERE stance.is_reaction
    GROUP BY stance.date, stance.target, reactions.{column}
)
SELECT t.date, t.target, t.{column}, {stance_figures}
FROM t JOIN targets USING (target)
ORDER BY t.date, targets.rank, t.{column} NULLS LAST;
",
            tally = sentiment_tally(&["date", column], ""),
            figures = sentiment_figures("tally"),
            stance_tally = stance_tally(),
            stance_figures = stance_figures("t"),
        );
    }
    sql.push('\n');
    sql.push_str(&sentiment_methods());
    sql
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::ReportData;

    #[test]
    fn the_dataset_is_found_relative_to_the_output_directory() {
        let base = std::env::temp_dir().join(format!("views-location-{}", std::process::id()));
        let (dataset, out) = (base.join("runs/nightly"), base.join("briefs/monday"));
        std::fs::create_dir_all(&dataset).unwrap();
        std::fs::create_dir_all(&out).unwrap();
        assert_eq!(dataset_location(&dataset, &dataset).unwrap(), "");
        assert_eq!(
            dataset_location(&dataset.join("."), &dataset).unwrap(),
            "",
            "one directory, however spelt"
        );
        assert_eq!(
            dataset_location(&out, &dataset).unwrap(),
            "../../runs/nightly/"
        );
        assert_eq!(dataset_location(&base, &dataset).unwrap(), "runs/nightly/");
        assert_eq!(dataset_location(&dataset, &base).unwrap(), "../../");
        let missing = dataset_location(&out, &base.join("gone")).unwrap_err();
        assert!(missing.to_string().contains("gone"), "{missing}");
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn names_from_the_data_are_quoted_as_sql_strings() {
        let data = ReportData {
            targets: vec!["O'Brien".into(), "NATO".into()],
            ..ReportData::default()
        };
        let sql = views_sql("../it's here/", &Summary::new(&data));
        assert!(sql.contains("VALUES ('O''Brien', 1), ('NATO', 2)"), "{sql}");
        // No rows: typed empty relations, never a glob DuckDB would refuse.
        assert!(!sql.contains("reactions/*/*.parquet"));
        assert!(sql.contains("'../it''s here/articles/*.parquet'"));
        assert!(sql.contains("CAST(NULL AS UINTEGER) AS position"));
    }

    #[test]
    fn the_header_gives_the_version_tied_to_the_schema() {
        let sql = views_sql("", &Summary::new(&ReportData::default()));
        let version = format!("{SCHEMA_VERSION}.{VIEWS_REVISION}");
        assert!(sql.starts_with(&format!("-- reactions views, version {version} ")));
        assert!(sql.contains(&format!("SELECT '{version}' AS views_version")));
    }
}
