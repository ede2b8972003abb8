//! The `cases` table.

use super::rows::{all, each, from_str, opt_text, parsed, text};
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
    all(&mut stmt, [id.to_string()], |r| {
        Ok((
            parsed(r, 0, "case_events", "stage", Stage::parse)?,
            parsed(r, 1, "case_events", "event_date", from_str)?,
            text(r, 2)?,
        ))
    })
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

/// Every case's label.
pub fn labels(conn: &Connection) -> Result<Vec<CaseLabel>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, reference, model, stage FROM cases")?;
    all(&mut stmt, [], |r| {
        Ok(CaseLabel {
            id: parsed(r, 0, T, "id", from_str::<CaseId>)?,
            reference: text(r, 1)?,
            model: parsed(r, 2, T, "model", CaseModel::parse)?,
            stage: parsed(r, 3, T, "stage", Stage::parse)?,
        })
    })
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
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    // The whole row is read before any of it is parsed: a row that does not parse is set aside with
    // what identifies it, while a row the driver cannot read stops the list.
    each(&mut stmt, rusqlite::params_from_iter(params), |r| {
        let (id, reference, en, zh) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
        let (model, status, filed_on, language) =
            (text(r, 4)?, text(r, 5)?, text(r, 6)?, text(r, 7)?);
        let (stage, stage_date, amount, currency, procedure) = (
            text(r, 8)?,
            text(r, 9)?,
            r.get(10)?,
            opt_text(r, 11)?,
            text(r, 12)?,
        );
        let read = || -> Result<Case, StoreError> {
            Ok(Case {
                id: parse_col(T, "id", &id, from_str::<CaseId>)?,
                reference: reference.clone(),
                title: Bilingual::new(en.clone(), zh.clone()),
                model: parse_col(T, "model", &model, CaseModel::parse)?,
                status: parse_col(T, "status", &status, CaseStatus::parse)?,
                filed_on: parse_col(T, "filed_on", &filed_on, from_str)?,
                language: language.clone(),
                stage: parse_col(T, "stage", &stage, Stage::parse)?,
                stage_date: parse_col(T, "stage_date", &stage_date, from_str)?,
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
        Ok(())
    })?;
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
