//! The `venues` table: hearing rooms in Shenzhen, Hong Kong and other cities, and the online venue —
//! their site and zone, capacity, facilities, opening hours and retirement.

use super::parse_col;
use crate::StoreError;
use docket_domain::hearing::{Facilities, Site, Venue, VenueKind};
use docket_domain::hours::Hours;
use docket_domain::id::VenueId;
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use rusqlite::{Connection, Row, Transaction, params};

const T: &str = "venues";

const COLUMNS: &str = "id, code, name_en, name_zh, kind, site, zone, capacity, facilities, opens_at, \
                       closes_at, retired_on";

fn hours_cols(h: Option<Hours>) -> (Option<String>, Option<String>) {
    match h {
        Some(h) => (Some(Hours::hh_mm(h.from)), Some(Hours::hh_mm(h.until))),
        None => (None, None),
    }
}

/// Adds a venue.
pub fn insert(tx: &Transaction<'_>, v: &Venue) -> Result<(), StoreError> {
    write(
        tx,
        &format!(
            "INSERT INTO venues ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ),
        v,
    )
}

/// Replaces everything about a venue but its id.
pub fn update(tx: &Transaction<'_>, v: &Venue) -> Result<(), StoreError> {
    write(
        tx,
        "UPDATE venues SET code = ?2, name_en = ?3, name_zh = ?4, kind = ?5, site = ?6, zone = ?7,
                capacity = ?8, facilities = ?9, opens_at = ?10, closes_at = ?11, retired_on = ?12
         WHERE id = ?1",
        v,
    )
}

/// Runs `sql` with the venue's columns as `?1`…`?12`, in the order of [`COLUMNS`].
fn write(tx: &Transaction<'_>, sql: &str, v: &Venue) -> Result<(), StoreError> {
    let (opens, closes) = hours_cols(v.hours);
    tx.execute(
        sql,
        params![
            v.id.to_string(),
            v.code,
            v.name.en,
            v.name.zh,
            v.kind.as_str(),
            v.site.as_str(),
            v.zone.name(),
            v.capacity,
            v.facilities.to_codes(),
            opens,
            closes,
            v.retired_on.map(|d| d.to_string()),
        ],
    )?;
    Ok(())
}

fn read(r: &Row<'_>) -> Result<Venue, StoreError> {
    let text = |i: usize| r.get::<_, String>(i);
    let (opens, closes): (Option<String>, Option<String>) = (r.get(9)?, r.get(10)?);
    let hours = match (opens, closes) {
        (Some(a), Some(b)) => Some(parse_col(T, "opens_at", &format!("{a}-{b}"), Hours::parse)?),
        _ => None,
    };
    let retired_on = r
        .get::<_, Option<String>>(11)?
        .map(|d| parse_col(T, "retired_on", &d, |s| s.parse::<CivilDate>().ok()))
        .transpose()?;
    Ok(Venue {
        id: parse_col(T, "id", &text(0)?, |s| s.parse::<VenueId>().ok())?,
        code: text(1)?,
        name: Bilingual::new(text(2)?, text(3)?),
        kind: parse_col(T, "kind", &text(4)?, VenueKind::parse)?,
        site: parse_col(T, "site", &text(5)?, Site::parse)?,
        zone: parse_col(T, "zone", &text(6)?, |s| s.parse().ok())?,
        capacity: r.get(7)?,
        facilities: parse_col(T, "facilities", &text(8)?, Facilities::from_codes)?,
        hours,
        retired_on,
    })
}

/// Every venue, retired ones too, by code.
pub fn list(conn: &Connection) -> Result<Vec<Venue>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM venues ORDER BY code"))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(read(r)?);
    }
    Ok(out)
}

/// The venue with this code (ignoring case), if any.
pub fn by_code(conn: &Connection, code: &str) -> Result<Option<Venue>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM venues WHERE code = ?1 COLLATE NOCASE"
    ))?;
    let mut rows = stmt.query([code.trim()])?;
    match rows.next()? {
        Some(r) => Ok(Some(read(r)?)),
        None => Ok(None),
    }
}

/// Hearings still to be held in a venue: not cancelled or removed, ending after `from`.
pub fn hearings_from(conn: &Connection, venue: VenueId, from: Instant) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM hearings h
         WHERE h.venue_id = ?1 AND h.status <> 'cancelled' AND h.ends_utc > ?2 AND h.removed_at IS NULL
           AND h.case_id NOT IN (SELECT id FROM cases INDEXED BY cases_removed
                                 WHERE removed_at IS NOT NULL)",
        params![venue.to_string(), super::stamp(from)],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Venues other than the online one every database has: what the clerk (or the demo) added.
pub fn count_added(conn: &Connection) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM venues WHERE code <> ?1",
        [docket_domain::hearing::ONLINE_CODE],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}
