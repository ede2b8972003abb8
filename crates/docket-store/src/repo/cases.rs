//! The `cases` table.

use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::id::CaseId;
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use rusqlite::{Connection, Transaction, params};

const T: &str = "cases";

pub fn insert(tx: &Transaction<'_>, c: &Case, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO cases (id, reference, title_en, title_zh, model, status, filed_on, language,
                            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            c.id.to_string(),
            c.reference,
            c.title.en,
            c.title.zh,
            c.model.as_str(),
            c.status.as_str(),
            c.filed_on.to_string(),
            c.language,
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Every case, newest filing first.
pub fn list(conn: &Connection) -> Result<Vec<Case>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, reference, title_en, title_zh, model, status, filed_on, language
         FROM cases ORDER BY filed_on DESC, reference",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, reference, en, zh, model, status, filed_on, language) = row?;
        out.push(Case {
            id: parse_col(T, "id", &id, |s| s.parse::<CaseId>().ok())?,
            reference,
            title: Bilingual::new(en, zh),
            model: parse_col(T, "model", &model, CaseModel::parse)?,
            status: parse_col(T, "status", &status, CaseStatus::parse)?,
            filed_on: parse_col(T, "filed_on", &filed_on, |s| s.parse().ok())?,
            language,
        });
    }
    Ok(out)
}
