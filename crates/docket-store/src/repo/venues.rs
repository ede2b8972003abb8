//! The `venues` table: hearing rooms in Shenzhen and Hong Kong, and the online venue.

use super::parse_col;
use crate::StoreError;
use docket_domain::hearing::{Venue, VenueKind};
use docket_domain::id::VenueId;
use docket_domain::text::Bilingual;
use rusqlite::{Connection, Transaction, params};

const T: &str = "venues";

pub fn insert(tx: &Transaction<'_>, v: &Venue) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO venues (id, code, name_en, name_zh, kind, zone, capacity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            v.id.to_string(),
            v.code,
            v.name.en,
            v.name.zh,
            v.kind.as_str(),
            v.zone.name(),
            v.capacity,
        ],
    )?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Venue>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, code, name_en, name_zh, kind, zone, capacity FROM venues ORDER BY code",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, u32>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, code, en, zh, kind, zone, capacity) = row?;
        out.push(Venue {
            id: parse_col(T, "id", &id, |s| s.parse::<VenueId>().ok())?,
            code,
            name: Bilingual::new(en, zh),
            kind: parse_col(T, "kind", &kind, VenueKind::parse)?,
            zone: parse_col(T, "zone", &zone, |s| s.parse().ok())?,
            capacity,
        });
    }
    Ok(out)
}
