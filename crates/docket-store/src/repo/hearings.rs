//! The `hearings` table. The wall time and zone are the truth; `starts_utc`, `offset_seconds` and
//! `tzdb_version` record how the instant was derived.

use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::hearing::{DerivedStart, Hearing, HearingKind, HearingStatus};
use docket_domain::id::{CaseId, HearingId, VenueId};
use docket_domain::time::{Instant, UtcOffset, ZonedWallTime};
use rusqlite::{Connection, Transaction, params};

const T: &str = "hearings";

pub fn insert(tx: &Transaction<'_>, h: &Hearing, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO hearings (id, case_id, kind, venue_id, starts_local, zone, duration_minutes,
                               starts_utc, offset_seconds, tzdb_version, status, ical_uid, sequence,
                               created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        params![
            h.id.to_string(),
            h.case_id.to_string(),
            h.kind.as_str(),
            h.venue_id.to_string(),
            h.start.local.to_iso(),
            h.start.zone.name(),
            h.duration_minutes,
            h.derived.utc.to_rfc3339(),
            h.derived.offset.seconds(),
            h.derived.tzdb_version,
            h.status.as_str(),
            h.ical_uid,
            h.sequence,
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Every hearing in start order.
pub fn list(conn: &Connection) -> Result<Vec<Hearing>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, case_id, kind, venue_id, starts_local, zone, duration_minutes, starts_utc,
                offset_seconds, tzdb_version, status, ical_uid, sequence
         FROM hearings ORDER BY starts_utc, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            id: r.get(0)?,
            case_id: r.get(1)?,
            kind: r.get(2)?,
            venue_id: r.get(3)?,
            starts_local: r.get(4)?,
            zone: r.get(5)?,
            duration_minutes: r.get(6)?,
            starts_utc: r.get(7)?,
            offset_seconds: r.get(8)?,
            tzdb_version: r.get(9)?,
            status: r.get(10)?,
            ical_uid: r.get(11)?,
            sequence: r.get(12)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row?.into_hearing()?);
    }
    Ok(out)
}

struct Row {
    id: String,
    case_id: String,
    kind: String,
    venue_id: String,
    starts_local: String,
    zone: String,
    duration_minutes: u32,
    starts_utc: String,
    offset_seconds: i32,
    tzdb_version: String,
    status: String,
    ical_uid: String,
    sequence: u32,
}

impl Row {
    fn into_hearing(self) -> Result<Hearing, StoreError> {
        Ok(Hearing {
            id: parse_col(T, "id", &self.id, |s| s.parse::<HearingId>().ok())?,
            case_id: parse_col(T, "case_id", &self.case_id, |s| s.parse::<CaseId>().ok())?,
            kind: parse_col(T, "kind", &self.kind, HearingKind::parse)?,
            venue_id: parse_col(T, "venue_id", &self.venue_id, |s| s.parse::<VenueId>().ok())?,
            start: ZonedWallTime::new(
                parse_col(T, "starts_local", &self.starts_local, |s| s.parse().ok())?,
                parse_col(T, "zone", &self.zone, |s| s.parse().ok())?,
            ),
            duration_minutes: self.duration_minutes,
            derived: DerivedStart {
                utc: parse_col(T, "starts_utc", &self.starts_utc, |s| s.parse().ok())?,
                offset: UtcOffset(self.offset_seconds),
                tzdb_version: self.tzdb_version,
            },
            status: parse_col(T, "status", &self.status, HearingStatus::parse)?,
            ical_uid: self.ical_uid,
            sequence: self.sequence,
        })
    }
}
