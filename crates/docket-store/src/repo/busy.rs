//! The `busy_times` table: occurrences from neutrals' imported calendars.

use super::rows::{all, from_str, parsed, text};
use super::stamp;
use crate::StoreError;
use docket_domain::id::NeutralId;
use docket_domain::schedule::Busy;
use docket_domain::time::Instant;
use rusqlite::{Connection, Transaction, params};

const T: &str = "busy_times";

/// One imported occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusyTime {
    pub uid: String,
    pub start: Instant,
    pub end: Instant,
    pub summary: String,
    pub floating: bool,
}

/// Replaces the neutral's busy time for every UID in `list` with `list`; returns how many rows were
/// new and how many were already there.
pub fn replace(
    tx: &Transaction<'_>,
    neutral: NeutralId,
    source: &str,
    list: &[BusyTime],
    now: Instant,
) -> Result<(u32, u32), StoreError> {
    let id = neutral.to_string();
    let mut uids: Vec<&str> = list.iter().map(|b| b.uid.as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    let mut before = std::collections::HashSet::new();
    {
        let mut stmt =
            tx.prepare("SELECT starts_utc FROM busy_times WHERE neutral_id = ?1 AND uid = ?2")?;
        for uid in &uids {
            for r in stmt.query_map(params![id, uid], |r| r.get::<_, String>(0))? {
                before.insert(((*uid).to_owned(), r?));
            }
        }
        let mut del = tx.prepare("DELETE FROM busy_times WHERE neutral_id = ?1 AND uid = ?2")?;
        for uid in &uids {
            del.execute(params![id, uid])?;
        }
    }
    let (mut added, mut unchanged) = (0u32, 0u32);
    let mut ins = tx.prepare(
        "INSERT OR REPLACE INTO busy_times (neutral_id, uid, starts_utc, ends_utc, summary, source, floating, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for b in list {
        let start = b.start.to_rfc3339();
        if before.contains(&(b.uid.clone(), start.clone())) {
            unchanged += 1;
        } else {
            added += 1;
        }
        ins.execute(params![
            id,
            b.uid,
            start,
            b.end.to_rfc3339(),
            b.summary,
            source,
            i64::from(b.floating),
            stamp(now)
        ])?;
    }
    Ok((added, unchanged))
}

/// A neutral's imported busy periods, with their summaries, sorted by start.
pub fn of_neutral(
    conn: &Connection,
    neutral: NeutralId,
) -> Result<Vec<(Busy, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT starts_utc, ends_utc, summary FROM busy_times WHERE neutral_id = ?1 ORDER BY starts_utc",
    )?;
    all(&mut stmt, [neutral.to_string()], |r| {
        Ok((
            Busy {
                start: parsed(r, 0, T, "starts_utc", from_str::<Instant>)?.unix_seconds(),
                end: parsed(r, 1, T, "ends_utc", from_str::<Instant>)?.unix_seconds(),
            },
            text(r, 2)?,
        ))
    })
}
