//! The `cases` table.

use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::id::CaseId;
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use docket_domain::workflow::{Procedure, Stage};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

const T: &str = "cases";

pub fn insert(tx: &Transaction<'_>, c: &Case, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO cases (id, reference, title_en, title_zh, model, status, filed_on, language,
                            created_at, updated_at, stage, stage_date, amount_minor, currency, procedure)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14)",
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
            c.stage.code(),
            c.stage_date.to_string(),
            c.amount_minor,
            c.currency,
            c.procedure.as_str(),
        ],
    )?;
    tx.execute(
        "INSERT INTO case_events (case_id, stage, event_date, note, recorded_at) VALUES (?1, ?2, ?3, '', ?4)",
        params![c.id.to_string(), c.stage.code(), c.stage_date.to_string(), stamp(now)],
    )?;
    Ok(())
}

/// Moves a case to `stage`, entered on `date`, recording the event.
pub fn set_stage(
    tx: &Transaction<'_>,
    id: CaseId,
    stage: Stage,
    date: docket_domain::time::CivilDate,
    note: &str,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE cases SET stage = ?2, stage_date = ?3, updated_at = ?4 WHERE id = ?1",
        params![id.to_string(), stage.code(), date.to_string(), stamp(now)],
    )?;
    tx.execute(
        "INSERT INTO case_events (case_id, stage, event_date, note, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), stage.code(), date.to_string(), note, stamp(now)],
    )?;
    Ok(())
}

/// The stages a case has entered, oldest first: (stage, event date, note).
pub fn events(
    conn: &Connection,
    id: CaseId,
) -> Result<Vec<(Stage, docket_domain::time::CivilDate, String)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT stage, event_date, note FROM case_events WHERE case_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (stage, date, note) = row?;
        out.push((
            parse_col("case_events", "stage", &stage, Stage::parse)?,
            parse_col("case_events", "event_date", &date, |s| s.parse().ok())?,
            note,
        ));
    }
    Ok(out)
}

/// Every case, newest filing first.
pub fn list(conn: &Connection) -> Result<Vec<Case>, StoreError> {
    select(conn, "ORDER BY filed_on DESC, reference", None)
}

/// A stored case row that does not read back: what the case list shows in its place.
#[derive(Debug)]
pub struct UnreadableCase {
    pub id: String,
    pub reference: String,
    pub title: Bilingual,
    pub filed_on: String,
    /// Why it does not read (`StoreError::Corrupt`).
    pub error: StoreError,
}

/// Like [`list`], but a row that does not read is set aside with its error, so one bad row never
/// takes the case list down.
pub fn list_lenient(conn: &Connection) -> Result<(Vec<Case>, Vec<UnreadableCase>), StoreError> {
    select_lenient(conn, "ORDER BY filed_on DESC, reference", None)
}

/// A case's reference, model and current stage (cheap: for labelling lists of other records).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseLabel {
    pub id: CaseId,
    pub reference: String,
    pub model: CaseModel,
    pub stage: Stage,
}

/// Every case's label.
/// The references of the given cases, in the same order (unknown ids are skipped).
pub fn references(conn: &Connection, ids: &[CaseId]) -> Result<Vec<(CaseId, String)>, StoreError> {
    let mut stmt = conn.prepare("SELECT reference FROM cases WHERE id = ?1")?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(r) = stmt
            .query_row([id.to_string()], |r| r.get::<_, String>(0))
            .optional()?
        {
            out.push((*id, r));
        }
    }
    Ok(out)
}

pub fn labels(conn: &Connection) -> Result<Vec<CaseLabel>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, reference, model, stage FROM cases")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, reference, model, stage) = row?;
        out.push(CaseLabel {
            id: parse_col(T, "id", &id, |s| s.parse::<CaseId>().ok())?,
            reference,
            model: parse_col(T, "model", &model, CaseModel::parse)?,
            stage: parse_col(T, "stage", &stage, Stage::parse)?,
        });
    }
    Ok(out)
}

/// The case with this reference (compared without regard to case), if any.
pub fn by_reference(conn: &Connection, reference: &str) -> Result<Option<Case>, StoreError> {
    Ok(select(
        conn,
        "WHERE reference = ?1 COLLATE NOCASE",
        Some(reference.trim()),
    )?
    .into_iter()
    .next())
}

fn select(conn: &Connection, tail: &str, arg: Option<&str>) -> Result<Vec<Case>, StoreError> {
    let (cases, unreadable) = select_lenient(conn, tail, arg)?;
    match unreadable.into_iter().next() {
        Some(u) => Err(u.error),
        None => Ok(cases),
    }
}

fn select_lenient(
    conn: &Connection,
    tail: &str,
    arg: Option<&str>,
) -> Result<(Vec<Case>, Vec<UnreadableCase>), StoreError> {
    let sql = format!(
        "SELECT id, reference, title_en, title_zh, model, status, filed_on, language,
                stage, stage_date, amount_minor, currency, procedure
         FROM cases {tail}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let params: Vec<&str> = arg.into_iter().collect();
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
            (
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<i64>>(10)?,
                r.get::<_, Option<String>>(11)?,
                r.get::<_, String>(12)?,
            ),
        ))
    })?;
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    for row in rows {
        let (
            id,
            reference,
            en,
            zh,
            model,
            status,
            filed_on,
            language,
            (stage, stage_date, amount, currency, procedure),
        ) = row?;
        let read = || -> Result<Case, StoreError> {
            Ok(Case {
                id: parse_col(T, "id", &id, |s| s.parse::<CaseId>().ok())?,
                reference: reference.clone(),
                title: Bilingual::new(en.clone(), zh.clone()),
                model: parse_col(T, "model", &model, CaseModel::parse)?,
                status: parse_col(T, "status", &status, CaseStatus::parse)?,
                filed_on: parse_col(T, "filed_on", &filed_on, |s| s.parse().ok())?,
                language: language.clone(),
                stage: parse_col(T, "stage", &stage, Stage::parse)?,
                stage_date: parse_col(T, "stage_date", &stage_date, |s| s.parse().ok())?,
                amount_minor: amount,
                currency: currency.clone(),
                procedure: parse_col(T, "procedure", &procedure, Procedure::parse)?,
            })
        };
        match read() {
            Ok(c) => out.push(c),
            Err(error @ StoreError::Corrupt { .. }) => unreadable.push(UnreadableCase {
                id,
                reference,
                title: Bilingual::new(en, zh),
                filed_on,
                error,
            }),
            Err(other) => return Err(other),
        }
    }
    Ok((out, unreadable))
}

/// Changes the date of the latest event of `stage` (and the case's stage date if it is the current
/// stage).
pub fn redate_event(
    tx: &Transaction<'_>,
    id: CaseId,
    stage: Stage,
    date: docket_domain::time::CivilDate,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE case_events SET event_date = ?3
         WHERE id = (SELECT MAX(id) FROM case_events WHERE case_id = ?1 AND stage = ?2)",
        params![id.to_string(), stage.code(), date.to_string()],
    )?;
    tx.execute(
        "UPDATE cases SET stage_date = ?3, updated_at = ?4 WHERE id = ?1 AND stage = ?2",
        params![id.to_string(), stage.code(), date.to_string(), stamp(now)],
    )?;
    Ok(())
}
