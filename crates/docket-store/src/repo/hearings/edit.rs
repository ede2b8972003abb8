//! Correcting and removing hearings: a new room, kind or length, language and interpretation, the
//! soft removal (`removed_at`) and its undo, and the list of removed hearings.

use super::T;
use crate::StoreError;
use crate::repo::rows::{all, from_str, parsed, text};
use crate::repo::stamp;
use docket_domain::hearing::{Hearing, HearingKind};
use docket_domain::id::HearingId;
use docket_domain::time::{Instant, LocalDateTime};
use rusqlite::{Connection, Transaction, params};

/// Changes a hearing's room, kind and length (its instant stays; the end and the participants'
/// end follow), raising its iCalendar sequence.
pub fn update_details(tx: &Transaction<'_>, h: &Hearing, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE hearings SET venue_id = ?2, kind = ?3, duration_minutes = ?4, ends_utc = ?5,
                sequence = sequence + 1, updated_at = ?6
         WHERE id = ?1",
        params![
            h.id.to_string(),
            h.venue_id.to_string(),
            h.kind.as_str(),
            h.duration_minutes,
            h.ends_utc().to_rfc3339(),
            stamp(now)
        ],
    )?;
    tx.execute(
        "UPDATE hearing_participants SET ends_utc = ?2 WHERE hearing_id = ?1",
        params![h.id.to_string(), h.ends_utc().to_rfc3339()],
    )?;
    Ok(())
}

/// Changes a hearing's language and interpretation.
pub fn set_language(
    tx: &Transaction<'_>,
    id: HearingId,
    language: &str,
    interpretation: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE hearings SET language = ?2, interpretation = ?3 WHERE id = ?1",
        params![id.to_string(), language, interpretation],
    )?;
    Ok(())
}

/// Marks a hearing removed (`Some(now)`) or restores it (`None`), raising its iCalendar sequence
/// (calendars hear of it). False when no such hearing.
pub fn set_removed(
    tx: &Transaction<'_>,
    id: HearingId,
    removed: Option<Instant>,
) -> Result<bool, StoreError> {
    let n = tx.execute(
        "UPDATE hearings SET removed_at = ?2, sequence = sequence + 1 WHERE id = ?1",
        params![id.to_string(), removed.map(stamp)],
    )?;
    Ok(n == 1)
}

/// A removed hearing, for the "Recently removed" list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedHearing {
    pub id: HearingId,
    pub case_reference: String,
    pub kind: HearingKind,
    pub starts_local: LocalDateTime,
    pub zone: String,
    pub removed_at: Instant,
}

/// Every removed hearing, most recently removed first.
pub fn removed(conn: &Connection) -> Result<Vec<RemovedHearing>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT h.id, c.reference, h.kind, h.starts_local, h.zone, h.removed_at
         FROM hearings h INDEXED BY hearings_removed JOIN cases c ON c.id = h.case_id
         WHERE h.removed_at IS NOT NULL ORDER BY h.removed_at DESC, h.id",
    )?;
    all(&mut stmt, [], |r| {
        Ok(RemovedHearing {
            id: parsed(r, 0, T, "id", from_str)?,
            case_reference: text(r, 1)?,
            kind: parsed(r, 2, T, "kind", HearingKind::parse)?,
            starts_local: parsed(r, 3, T, "starts_local", from_str)?,
            zone: text(r, 4)?,
            removed_at: parsed(r, 5, T, "removed_at", from_str)?,
        })
    })
}
