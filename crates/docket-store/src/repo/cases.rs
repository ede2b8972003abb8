//! The `cases` table; `exits` holds the exits a case takes.

pub mod exits;

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

/// Every case not removed, newest filing first.
pub fn list(conn: &Connection) -> Result<Vec<Case>, StoreError> {
    select(
        conn,
        "WHERE removed_at IS NULL ORDER BY filed_on DESC, reference",
        None,
    )
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
    select_lenient(
        conn,
        "WHERE removed_at IS NULL ORDER BY filed_on DESC, reference",
        None,
    )
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

/// Every case's label (removed cases left out).
pub fn labels(conn: &Connection) -> Result<Vec<CaseLabel>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT id, reference, model, stage FROM cases WHERE removed_at IS NULL")?;
    all(&mut stmt, [], |r| {
        Ok(CaseLabel {
            id: parsed(r, 0, T, "id", from_str::<CaseId>)?,
            reference: text(r, 1)?,
            model: parsed(r, 2, T, "model", CaseModel::parse)?,
            stage: parsed(r, 3, T, "stage", Stage::parse)?,
        })
    })
}

/// The case with this reference (compared without regard to case), if any and not removed.
pub fn by_reference(conn: &Connection, reference: &str) -> Result<Option<Case>, StoreError> {
    Ok(by_reference_any(conn, reference)?.and_then(|(c, removed)| removed.is_none().then_some(c)))
}

/// The case with this reference, removed or not, with the time it was removed (references stay
/// taken while a removed case can come back).
pub fn by_reference_any(
    conn: &Connection,
    reference: &str,
) -> Result<Option<(Case, Option<Instant>)>, StoreError> {
    let Some(case) = select(
        conn,
        "WHERE reference = ?1 COLLATE NOCASE",
        Some(reference.trim()),
    )?
    .into_iter()
    .next() else {
        return Ok(None);
    };
    let removed: Option<String> = conn.query_row(
        "SELECT removed_at FROM cases WHERE id = ?1",
        [case.id.to_string()],
        |r| r.get(0),
    )?;
    let removed = removed
        .map(|at| parse_col(T, "removed_at", &at, from_str::<Instant>))
        .transpose()?;
    Ok(Some((case, removed)))
}

/// Changes what can change after filing: the titles, amount, currency and language (the reference,
/// model, filing date and procedure stay as filed).
pub fn update_details(tx: &Transaction<'_>, c: &Case, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE cases SET title_en = ?2, title_zh = ?3, amount_minor = ?4, currency = ?5,
                language = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            c.id.to_string(),
            c.title.en,
            c.title.zh,
            c.amount_minor,
            c.currency,
            c.language,
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Marks a case removed (`Some(now)`) or restores it (`None`). False when no such case.
pub fn set_removed(
    tx: &Transaction<'_>,
    id: CaseId,
    removed: Option<Instant>,
) -> Result<bool, StoreError> {
    let n = tx.execute(
        "UPDATE cases SET removed_at = ?2 WHERE id = ?1",
        params![id.to_string(), removed.map(stamp)],
    )?;
    Ok(n == 1)
}

/// A removed case, for the "Recently removed" list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedCase {
    pub reference: String,
    pub title: Bilingual,
    pub removed_at: Instant,
}

/// Every removed case, most recently removed first.
pub fn removed(conn: &Connection) -> Result<Vec<RemovedCase>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT reference, title_en, title_zh, removed_at FROM cases INDEXED BY cases_removed
         WHERE removed_at IS NOT NULL ORDER BY removed_at DESC, reference",
    )?;
    all(&mut stmt, [], |r| {
        Ok(RemovedCase {
            reference: text(r, 0)?,
            title: Bilingual::new(text(r, 1)?, text(r, 2)?),
            removed_at: parsed(r, 3, T, "removed_at", from_str)?,
        })
    })
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
