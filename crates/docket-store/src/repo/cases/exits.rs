//! The `case_exits` and `exit_deadlines` tables: every exit a case takes, the case as it was before
//! (for undo), who recorded it, and the deadlines it ended.

use super::super::rows::{all, from_str, opt_text, optional, parsed, text};
use super::super::stamp;
use crate::StoreError;
use docket_domain::case::CaseStatus;
use docket_domain::id::CaseId;
use docket_domain::time::{CivilDate, Instant};
use docket_domain::workflow::Stage;
use docket_domain::workflow::exits::ExitKind;
use rusqlite::{Connection, Transaction, params};
use std::collections::HashMap;

const T: &str = "case_exits";

/// An exit as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitRow {
    pub id: i64,
    pub case_id: CaseId,
    pub kind: ExitKind,
    pub consent_award: bool,
    pub date: CivilDate,
    pub reason: String,
    pub status_before: CaseStatus,
    pub stage_before: Stage,
    pub stage_date_before: CivilDate,
    /// For a resumption: the suspension it ends.
    pub resumes: Option<i64>,
    /// The case's last event when the exit was recorded.
    pub last_event: i64,
    pub clerk: Option<String>,
    pub recorded_at: Instant,
    pub undone_at: Option<Instant>,
}

/// A new exit, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewExit<'a> {
    pub case_id: CaseId,
    pub kind: ExitKind,
    pub consent_award: bool,
    pub date: CivilDate,
    pub reason: &'a str,
    pub status_before: CaseStatus,
    pub stage_before: Stage,
    pub stage_date_before: CivilDate,
    pub resumes: Option<i64>,
}

/// The case's last event id (0 when it has none).
pub fn last_event(conn: &Connection, case: CaseId) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(id), 0) FROM case_events WHERE case_id = ?1",
        [case.to_string()],
        |r| r.get(0),
    )?)
}

/// Records an exit, naming the clerk as the settings hold their name in this transaction, with the
/// case's last event as it stands now. Returns its id.
pub fn insert(tx: &Transaction<'_>, e: &NewExit<'_>, now: Instant) -> Result<i64, StoreError> {
    let last = last_event(tx, e.case_id)?;
    tx.execute(
        "INSERT INTO case_exits (case_id, kind, consent_award, exit_date, reason, status_before,
                                 stage_before, stage_date_before, resumes, last_event, clerk, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                 (SELECT value FROM settings WHERE key = ?11), ?12)",
        params![
            e.case_id.to_string(),
            e.kind.code(),
            e.consent_award,
            e.date.to_string(),
            e.reason,
            e.status_before.as_str(),
            e.stage_before.code(),
            e.stage_date_before.to_string(),
            e.resumes,
            last,
            super::super::settings::CLERK_NAME,
            stamp(now),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Moves the exit's last event to the case's last event now (after a consent award added its own).
pub fn set_last_event(tx: &Transaction<'_>, id: i64, case: CaseId) -> Result<(), StoreError> {
    let last = last_event(tx, case)?;
    tx.execute(
        "UPDATE case_exits SET last_event = ?2 WHERE id = ?1",
        params![id, last],
    )?;
    Ok(())
}

/// Records that exit `id` ended these deadlines.
pub fn end_deadlines(tx: &Transaction<'_>, id: i64, deadlines: &[&str]) -> Result<(), StoreError> {
    let mut stmt =
        tx.prepare("INSERT OR IGNORE INTO exit_deadlines (exit_id, deadline_id) VALUES (?1, ?2)")?;
    for d in deadlines {
        stmt.execute(params![id, d])?;
    }
    Ok(())
}

/// Marks a deadline as started by exit `id` (a consent award's windows).
pub fn mark_created(tx: &Transaction<'_>, id: i64, deadline: &str) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE case_deadlines SET created_by_exit = ?1 WHERE id = ?2",
        params![id, deadline],
    )?;
    Ok(())
}

/// Takes exit `id` back: marks it undone, removes the deadlines it started and the event it added
/// (a consent award's), and puts the case's status, stage and stage date back as they were.
pub fn undo(tx: &Transaction<'_>, e: &ExitRow, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE case_exits SET undone_at = ?2 WHERE id = ?1",
        params![e.id, stamp(now)],
    )?;
    tx.execute(
        "DELETE FROM case_deadlines WHERE created_by_exit = ?1",
        [e.id],
    )?;
    if e.consent_award {
        tx.execute(
            "DELETE FROM case_events WHERE case_id = ?1 AND id = ?2",
            params![e.case_id.to_string(), e.last_event],
        )?;
    }
    tx.execute(
        "UPDATE cases SET status = ?2, stage = ?3, stage_date = ?4, updated_at = ?5 WHERE id = ?1",
        params![
            e.case_id.to_string(),
            e.status_before.as_str(),
            e.stage_before.code(),
            e.stage_date_before.to_string(),
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Sets a case's status.
pub fn set_status(
    tx: &Transaction<'_>,
    case: CaseId,
    status: CaseStatus,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE cases SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![case.to_string(), status.as_str(), stamp(now)],
    )?;
    Ok(())
}

const COLUMNS: &str =
    "id, case_id, kind, consent_award, exit_date, reason, status_before, stage_before,
                       stage_date_before, resumes, last_event, clerk, recorded_at, undone_at";

fn read(r: &rusqlite::Row<'_>) -> Result<ExitRow, StoreError> {
    Ok(ExitRow {
        id: r.get(0)?,
        case_id: parsed(r, 1, T, "case_id", from_str)?,
        kind: parsed(r, 2, T, "kind", ExitKind::parse)?,
        consent_award: r.get(3)?,
        date: parsed(r, 4, T, "exit_date", from_str)?,
        reason: text(r, 5)?,
        status_before: parsed(r, 6, T, "status_before", CaseStatus::parse)?,
        stage_before: parsed(r, 7, T, "stage_before", Stage::parse)?,
        stage_date_before: parsed(r, 8, T, "stage_date_before", from_str)?,
        resumes: r.get(9)?,
        last_event: r.get(10)?,
        clerk: opt_text(r, 11)?,
        recorded_at: parsed(r, 12, T, "recorded_at", from_str)?,
        undone_at: match opt_text(r, 13)? {
            Some(at) => Some(super::super::parse_col(T, "undone_at", &at, from_str)?),
            None => None,
        },
    })
}

/// A case's exits that stand (not undone), oldest first.
pub fn standing(conn: &Connection, case: CaseId) -> Result<Vec<ExitRow>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM case_exits WHERE case_id = ?1 AND undone_at IS NULL ORDER BY id"
    ))?;
    all(&mut stmt, [case.to_string()], read)
}

/// A case's latest standing exit, if any.
pub fn latest(conn: &Connection, case: CaseId) -> Result<Option<ExitRow>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM case_exits WHERE case_id = ?1 AND undone_at IS NULL
         ORDER BY id DESC LIMIT 1"
    ))?;
    optional(&mut stmt, [case.to_string()], read)
}

/// What stopped a deadline: the exit's kind and date, and whether it was a consent award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndedBy {
    pub kind: ExitKind,
    pub date: CivilDate,
    pub consent_award: bool,
}

/// The deadlines no longer running (of one case, or of every case with `None`), each with the
/// latest standing exit that stopped it; a suspension stops them only until a standing resumption.
pub fn ended(
    conn: &Connection,
    case: Option<CaseId>,
) -> Result<HashMap<String, EndedBy>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT ed.deadline_id, e.kind, e.exit_date, e.consent_award
         FROM exit_deadlines ed JOIN case_exits e ON e.id = ed.exit_id
         WHERE e.undone_at IS NULL AND (?1 IS NULL OR e.case_id = ?1)
           AND NOT (e.kind = 'suspended' AND EXISTS (
                SELECT 1 FROM case_exits r WHERE r.resumes = e.id AND r.undone_at IS NULL))
         ORDER BY e.id",
    )?;
    let rows = all(&mut stmt, [case.map(|c| c.to_string())], |r| {
        Ok((
            text(r, 0)?,
            EndedBy {
                kind: parsed(r, 1, T, "kind", ExitKind::parse)?,
                date: parsed(r, 2, T, "exit_date", from_str)?,
                consent_award: r.get(3)?,
            },
        ))
    })?;
    Ok(rows.into_iter().collect())
}
