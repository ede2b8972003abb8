//! A case's hearings as a package carries them: the room by its code (ids are each centre's own),
//! the participants inside the hearing, no derived instants (each side derives them with its own
//! tz rules), and the removal mark only when it is set.

use super::rows_dropping;
use crate::StoreError;
use crate::repo::hearings::{Details, insert_full};
use docket_domain::hearing::Hearing;
use docket_domain::schedule::Participant;
use rusqlite::{Connection, Transaction, params};
use serde_json::{Map, Value};

/// The case's hearings, each with `venue_code` for its room and `participants` inside it.
pub fn read_hearings(
    conn: &Connection,
    case_id: &str,
) -> Result<Vec<Map<String, Value>>, StoreError> {
    let mut out = rows_dropping(
        conn,
        "SELECT h.id, h.case_id, h.kind, v.code AS venue_code, h.starts_local, h.zone,
                h.duration_minutes, h.status, h.ical_uid, h.sequence, h.created_at, h.updated_at,
                h.language, h.interpretation, h.link, h.series_id, h.removed_at
         FROM hearings h JOIN venues v ON v.id = h.venue_id
         WHERE h.case_id = ?1 ORDER BY h.id",
        case_id,
        &[],
        &["removed_at"],
    )?;
    for h in &mut out {
        let id = h
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let people = rows_dropping(
            conn,
            "SELECT kind, key, name_en, name_zh, zone, hours_from, hours_until
             FROM hearing_participants WHERE hearing_id = ?1 ORDER BY key",
            &id,
            &[],
            &[],
        )?;
        h.insert(
            "participants".into(),
            Value::Array(people.into_iter().map(Value::Object).collect()),
        );
    }
    Ok(out)
}

/// When a hearing was created and last changed, and when it was removed (if it was), as the
/// package says.
#[derive(Debug, Clone, Default)]
pub struct Stamps {
    pub created_at: String,
    pub updated_at: String,
    pub removed_at: Option<String>,
}

/// Writes a hearing as the package has it, replacing the one with its id (its participants and
/// any review flag go with it; the flag is this machine's own and is raised again by the review).
pub fn put_hearing(
    tx: &Transaction<'_>,
    h: &Hearing,
    details: &Details,
    participants: &[Participant],
    stamps: &Stamps,
    now: docket_domain::time::Instant,
) -> Result<(), StoreError> {
    tx.execute("DELETE FROM hearings WHERE id = ?1", [h.id.to_string()])?;
    insert_full(tx, h, details, participants, now)?;
    tx.execute(
        "UPDATE hearings SET created_at = ?2, updated_at = ?3, removed_at = ?4 WHERE id = ?1",
        params![
            h.id.to_string(),
            stamps.created_at,
            stamps.updated_at,
            stamps.removed_at
        ],
    )?;
    Ok(())
}

/// The id of the hearing here that has this iCalendar UID, if any.
pub fn hearing_by_uid(conn: &Connection, uid: &str) -> Result<Option<String>, StoreError> {
    let mut stmt = conn.prepare("SELECT id FROM hearings WHERE ical_uid = ?1")?;
    let mut q = stmt.query([uid])?;
    Ok(match q.next()? {
        Some(r) => Some(r.get(0)?),
        None => None,
    })
}
