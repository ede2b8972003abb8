//! Reading and writing one case's rows generically (by table and column), for case packages: the
//! rows travel as JSON objects and are written back with their ids. Hearings, which carry their
//! room by code and their participants inside them, are read and written in [`linked`].

use crate::StoreError;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Transaction};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub mod linked;

/// Tables carried record by record (keyed by `id`), in the order they are written.
pub const KEYED: [&str; 8] = [
    "cases",
    "case_deadlines",
    "checklist_items",
    "documents",
    "notes",
    "appointments",
    "conflict_records",
    "hearings",
];
/// Tables carried as one group per case (their rows have no identity of their own).
pub const GROUPED: [&str; 3] = ["case_events", "bundle_entries", "case_parties"];
/// The tables a package of the first format did not carry: absent from such a package, they are
/// left as they are here.
pub const LATER: [&str; 4] = [
    "appointments",
    "conflict_records",
    "hearings",
    "case_parties",
];

/// The rows of a case, by table, and its audit trail.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CaseRows {
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
    pub audit: Vec<Map<String, Value>>,
}

fn rows(
    conn: &Connection,
    sql: &str,
    key: &str,
    skip: &[&str],
) -> Result<Vec<Map<String, Value>>, StoreError> {
    rows_dropping(conn, sql, key, skip, &[])
}

/// [`rows`], leaving out the columns of `when_null` where they are NULL (a mark such as
/// `removed_at` travels only when it is set, so an unmarked record reads as it always did).
pub(crate) fn rows_dropping(
    conn: &Connection,
    sql: &str,
    key: &str,
    skip: &[&str],
    when_null: &[&str],
) -> Result<Vec<Map<String, Value>>, StoreError> {
    let mut stmt = conn.prepare(sql)?;
    let names: Vec<String> = stmt
        .column_names()
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let mut q = stmt.query([key])?;
    let mut out = Vec::new();
    while let Some(r) = q.next()? {
        let mut m = Map::new();
        for (i, name) in names.iter().enumerate() {
            if skip.contains(&name.as_str()) {
                continue;
            }
            let v = match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::from(n),
                ValueRef::Real(f) => Value::from(f),
                ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => continue,
            };
            if v.is_null() && when_null.contains(&name.as_str()) {
                continue;
            }
            m.insert(name.clone(), v);
        }
        out.push(m);
    }
    Ok(out)
}

/// Reads the case's rows from the database.
pub fn read(conn: &Connection, case_id: &str) -> Result<CaseRows, StoreError> {
    let mut c = CaseRows::default();
    for t in KEYED {
        if t == "hearings" {
            c.tables
                .insert(t.to_owned(), linked::read_hearings(conn, case_id)?);
            continue;
        }
        let col = if t == "cases" { "id" } else { "case_id" };
        let order = if t == "documents" {
            "version, added_at, id"
        } else {
            "id"
        };
        // A document's removal travels (only when it is set); a case's removal, and which exit
        // started a deadline (exits do not travel: their rows are this database's own), never do.
        let (skip, when_null): (&[&str], &[&str]) = if t == "documents" {
            (&[], &["removed_at"])
        } else {
            (&["removed_at", "created_by_exit"], &[])
        };
        c.tables.insert(
            t.to_owned(),
            rows_dropping(
                conn,
                &format!("SELECT * FROM {t} WHERE {col} = ?1 ORDER BY {order}"),
                case_id,
                skip,
                when_null,
            )?,
        );
    }
    c.tables.insert(
        "case_parties".into(),
        rows(
            conn,
            "SELECT * FROM case_parties WHERE case_id = ?1 ORDER BY party_id",
            case_id,
            &[],
        )?,
    );
    c.tables.insert(
        "case_events".into(),
        rows(
            conn,
            "SELECT * FROM case_events WHERE case_id = ?1 ORDER BY event_date, id",
            case_id,
            &["id"],
        )?,
    );
    c.tables.insert(
        "bundle_entries".into(),
        rows(
            conn,
            "SELECT * FROM bundle_entries WHERE case_id = ?1 ORDER BY position",
            case_id,
            &[],
        )?,
    );
    c.audit = rows(
        conn,
        "SELECT * FROM audit_log WHERE entity = 'case' AND entity_id = ?1 ORDER BY id",
        case_id,
        &["id"],
    )?;
    Ok(c)
}

/// The columns a package may write, per table: the only column names that ever reach the SQL below
/// (a row's keys are looked up here, never spliced in).
pub const COLUMNS: [(&str, &[&str]); 11] = [
    (
        "cases",
        &[
            "id",
            "reference",
            "title_en",
            "title_zh",
            "model",
            "status",
            "filed_on",
            "language",
            "created_at",
            "updated_at",
            "stage",
            "stage_date",
            "amount_minor",
            "currency",
            "procedure",
        ],
    ),
    (
        "case_deadlines",
        &[
            "id",
            "case_id",
            "limit_code",
            "name_en",
            "name_zh",
            "trigger_stage",
            "trigger_date",
            "days",
            "months",
            "rule_set",
            "receipt",
            "due",
            "rule_version",
            "override_due",
            "override_reason",
            "created_at",
        ],
    ),
    (
        "checklist_items",
        &[
            "id",
            "case_id",
            "code",
            "position",
            "title_en",
            "title_zh",
            "owner",
            "due",
            "deadline_code",
            "status",
            "updated_at",
        ],
    ),
    (
        "documents",
        &[
            "id",
            "case_id",
            "title",
            "kind",
            "sha256",
            "size",
            "media_type",
            "file_name",
            "location",
            "pages",
            "tags",
            "confidential",
            "replaces",
            "version",
            "superseded",
            "added_by",
            "added_at",
            "updated_at",
            "removed_at",
        ],
    ),
    (
        "notes",
        &[
            "id",
            "case_id",
            "body",
            "confidential",
            "author",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "case_events",
        &["case_id", "stage", "event_date", "note", "recorded_at"],
    ),
    (
        "bundle_entries",
        &["case_id", "position", "tab", "document_id"],
    ),
    (
        "case_parties",
        &["case_id", "party_id", "side", "counsel_id"],
    ),
    (
        "appointments",
        &[
            "id",
            "case_id",
            "neutral_id",
            "role",
            "appointed_by",
            "party_id",
            "counsel_id",
            "firm_id",
            "nominated_on",
            "confirmed_on",
            "ended_on",
            "rate_minor",
            "rate_currency",
            "created_at",
        ],
    ),
    (
        "conflict_records",
        &[
            "id",
            "case_id",
            "neutral_id",
            "rule",
            "subject",
            "kind",
            "recorded_on",
            "recorded_by",
            "note",
            "created_at",
        ],
    ),
    (
        "audit_log",
        &[
            "entity",
            "entity_id",
            "action",
            "old_value",
            "new_value",
            "at",
            "clerk",
        ],
    ),
];

/// The table's name and columns as our code spells them, or `None` for a table packages do not write.
fn columns(table: &str) -> Option<(&'static str, &'static [&'static str])> {
    COLUMNS.iter().find(|(t, _)| *t == table).copied()
}

fn sql_value(v: Option<&Value>) -> rusqlite::types::Value {
    match v {
        None | Some(Value::Null) => rusqlite::types::Value::Null,
        Some(Value::Bool(b)) => rusqlite::types::Value::Integer(i64::from(*b)),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(rusqlite::types::Value::Integer)
            .or_else(|| n.as_f64().map(rusqlite::types::Value::Real))
            .unwrap_or(rusqlite::types::Value::Null),
        Some(Value::String(s)) => rusqlite::types::Value::Text(s.clone()),
        Some(other) => rusqlite::types::Value::Text(other.to_string()),
    }
}

/// Writes one row into `table` (an upsert on `id` when the table has one). The table and column
/// names are this module's own ([`COLUMNS`]); a row with a key that is not one of them, or for a
/// table packages do not write, is refused before any SQL runs.
pub fn upsert(
    tx: &Transaction<'_>,
    table: &str,
    row: &Map<String, Value>,
) -> Result<(), StoreError> {
    let (table, cols) = columns(table).ok_or_else(|| StoreError::NotWritable(table.to_owned()))?;
    if let Some(k) = row.keys().find(|k| !cols.contains(&k.as_str())) {
        return Err(StoreError::NotWritable(format!("{table}.{k}")));
    }
    let placeholders: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let conflict = if cols.contains(&"id") {
        let updates: Vec<String> = cols
            .iter()
            .filter(|c| **c != "id")
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        format!(" ON CONFLICT (id) DO UPDATE SET {}", updates.join(", "))
    } else {
        String::new()
    };
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}){conflict}",
        cols.join(", "),
        placeholders.join(", ")
    );
    let values: Vec<rusqlite::types::Value> = cols.iter().map(|c| sql_value(row.get(*c))).collect();
    tx.execute(&sql, rusqlite::params_from_iter(values))?;
    Ok(())
}

/// The case a keyed record (`id`) belongs to on this machine, if it exists.
pub fn owner(conn: &Connection, table: &str, id: &str) -> Result<Option<String>, StoreError> {
    // The table's name as our code spells it (hearings are written by `linked`, not by COLUMNS).
    let Some(table) = KEYED.iter().find(|t| **t == table).copied() else {
        return Ok(None);
    };
    let col = if table == "cases" { "id" } else { "case_id" };
    let mut stmt = conn.prepare(&format!("SELECT {col} FROM {table} WHERE id = ?1"))?;
    let mut q = stmt.query([id])?;
    Ok(match q.next()? {
        Some(r) => Some(r.get(0)?),
        None => None,
    })
}

/// Replaces a grouped table's rows for a case.
pub fn replace_group(
    tx: &Transaction<'_>,
    table: &str,
    case_id: &str,
    rows: &[Map<String, Value>],
) -> Result<(), StoreError> {
    if !GROUPED.contains(&table) {
        return Ok(());
    }
    tx.execute(
        &format!("DELETE FROM {table} WHERE case_id = ?1"),
        [case_id],
    )?;
    for r in rows {
        upsert(tx, table, r)?;
    }
    Ok(())
}

fn text(v: Option<&Value>) -> Option<String> {
    match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    }
}

/// Adds an audit row unless the same entry (what, old, new, when) is already there.
pub fn merge_audit(tx: &Transaction<'_>, row: &Map<String, Value>) -> Result<bool, StoreError> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit_log WHERE entity = ?1 AND entity_id = ?2
           AND action = ?3 AND at = ?4 AND old_value IS ?5 AND new_value IS ?6)",
        rusqlite::params![
            text(row.get("entity")),
            text(row.get("entity_id")),
            text(row.get("action")),
            text(row.get("at")),
            text(row.get("old_value")),
            text(row.get("new_value")),
        ],
        |r| r.get(0),
    )?;
    if !exists {
        upsert(tx, "audit_log", row)?;
    }
    Ok(!exists)
}
