//! The `neutrals` table.

use super::{join_list, parse_col, split_list, stamp};
use crate::StoreError;
use docket_domain::id::NeutralId;
use docket_domain::roster::{Neutral, NeutralRoles};
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use rusqlite::{Connection, Transaction, params};

const T: &str = "neutrals";

pub fn insert(tx: &Transaction<'_>, n: &Neutral, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO neutrals (id, name_en, name_zh, roles, nationalities, languages, home_zone,
                               email, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            n.id.to_string(),
            n.name.en,
            n.name.zh,
            n.roles.as_str(),
            join_list(&n.nationalities),
            join_list(&n.languages),
            n.home_zone.name(),
            n.email,
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Every neutral, ordered by English name then Chinese name.
pub fn list(conn: &Connection) -> Result<Vec<Neutral>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, name_en, name_zh, roles, nationalities, languages, home_zone, email
         FROM neutrals ORDER BY name_en COLLATE NOCASE, name_zh",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, Option<String>>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, en, zh, roles, nats, langs, zone, email) = row?;
        out.push(Neutral {
            id: parse_col(T, "id", &id, |s| s.parse::<NeutralId>().ok())?,
            name: Bilingual::new(en, zh),
            roles: parse_col(T, "roles", &roles, NeutralRoles::parse)?,
            nationalities: split_list(&nats),
            languages: split_list(&langs),
            home_zone: parse_col(T, "home_zone", &zone, |s| s.parse().ok())?,
            email,
        });
    }
    Ok(out)
}
