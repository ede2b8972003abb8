//! Parties, law firms, counsel, the parties of each case, links between related cases, and the
//! connections between neutrals and parties.

use super::rows::{all, from_str, opt_parsed, opt_text, optional, parsed, text};
use super::stamp;
use crate::StoreError;
use docket_domain::id::{CaseId, ConnectionId, CounselId, FirmId, NeutralId, PartyId};
use docket_domain::roster::party::{
    CaseParty, Connection, ConnectionKind, Counsel, LawFirm, Party, PartyKind, Side,
};
use docket_domain::roster::search;
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use rusqlite::{Connection as Db, Row, Transaction, params};

pub fn insert_party(tx: &Transaction<'_>, p: &Party, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO parties (id, name_en, name_zh, kind, nationality, group_name, search_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            p.id.to_string(),
            p.name.en,
            p.name.zh,
            p.kind.as_str(),
            p.nationality,
            p.group,
            search::key(&p.name),
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Rewrites a party's names, kind, nationality and group (the id stays).
pub fn update_party(tx: &Transaction<'_>, p: &Party, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE parties SET name_en = ?2, name_zh = ?3, kind = ?4, nationality = ?5,
                group_name = ?6, search_key = ?7, updated_at = ?8 WHERE id = ?1",
        params![
            p.id.to_string(),
            p.name.en,
            p.name.zh,
            p.kind.as_str(),
            p.nationality,
            p.group,
            search::key(&p.name),
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Rewrites a law firm's names and country.
pub fn update_firm(tx: &Transaction<'_>, f: &LawFirm) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE law_firms SET name_en = ?2, name_zh = ?3, country = ?4 WHERE id = ?1",
        params![f.id.to_string(), f.name.en, f.name.zh, f.country],
    )?;
    Ok(())
}

/// Rewrites a counsel's names, firm and e-mail.
pub fn update_counsel(tx: &Transaction<'_>, c: &Counsel) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE counsel SET name_en = ?2, name_zh = ?3, firm_id = ?4, email = ?5 WHERE id = ?1",
        params![
            c.id.to_string(),
            c.name.en,
            c.name.zh,
            c.firm_id.map(|f| f.to_string()),
            c.email
        ],
    )?;
    Ok(())
}

fn party_row(r: &Row<'_>) -> Result<Party, StoreError> {
    Ok(Party {
        id: parsed(r, 0, "parties", "id", from_str)?,
        name: Bilingual::new(text(r, 1)?, text(r, 2)?),
        kind: parsed(r, 3, "parties", "kind", PartyKind::parse)?,
        nationality: text(r, 4)?,
        group: opt_text(r, 5)?,
    })
}

const PARTY_COLUMNS: &str = "id, name_en, name_zh, kind, nationality, group_name, search_key";

/// Every party with its search key, by English name.
pub fn list_parties(conn: &Db) -> Result<Vec<(Party, String)>, StoreError> {
    let sql =
        format!("SELECT {PARTY_COLUMNS} FROM parties ORDER BY name_en COLLATE NOCASE, name_zh");
    all(&mut conn.prepare(&sql)?, [], |r| {
        Ok((party_row(r)?, text(r, 6)?))
    })
}

pub fn get_party(conn: &Db, id: PartyId) -> Result<Option<Party>, StoreError> {
    let sql = format!("SELECT {PARTY_COLUMNS} FROM parties WHERE id = ?1");
    optional(&mut conn.prepare(&sql)?, [id.to_string()], party_row)
}

/// Parties in the same corporate group as any of `groups` (group names compared without case).
pub fn parties_in_groups(conn: &Db, groups: &[String]) -> Result<Vec<Party>, StoreError> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let json = serde_json::to_string(
        &groups
            .iter()
            .map(|g| g.trim().to_lowercase())
            .collect::<Vec<_>>(),
    )
    .map_err(|e| StoreError::Corrupt {
        table: "parties",
        column: "group_name",
        value: e.to_string(),
    })?;
    let sql = format!(
        "SELECT {PARTY_COLUMNS} FROM parties
         WHERE lower(trim(group_name)) IN (SELECT value FROM json_each(?1))"
    );
    all(&mut conn.prepare(&sql)?, [json], party_row)
}

pub fn insert_firm(tx: &Transaction<'_>, f: &LawFirm) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO law_firms (id, name_en, name_zh, country) VALUES (?1, ?2, ?3, ?4)",
        params![f.id.to_string(), f.name.en, f.name.zh, f.country],
    )?;
    Ok(())
}

pub fn list_firms(conn: &Db) -> Result<Vec<LawFirm>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, name_en, name_zh, country FROM law_firms ORDER BY name_en COLLATE NOCASE",
    )?;
    all(&mut stmt, [], |r| {
        Ok(LawFirm {
            id: parsed(r, 0, "law_firms", "id", from_str)?,
            name: Bilingual::new(text(r, 1)?, text(r, 2)?),
            country: text(r, 3)?,
        })
    })
}

pub fn insert_counsel(tx: &Transaction<'_>, c: &Counsel) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO counsel (id, name_en, name_zh, firm_id, email) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            c.id.to_string(),
            c.name.en,
            c.name.zh,
            c.firm_id.map(|f| f.to_string()),
            c.email
        ],
    )?;
    Ok(())
}

pub fn list_counsel(conn: &Db) -> Result<Vec<Counsel>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, name_en, name_zh, firm_id, email FROM counsel ORDER BY name_en COLLATE NOCASE",
    )?;
    all(&mut stmt, [], |r| {
        Ok(Counsel {
            id: parsed(r, 0, "counsel", "id", from_str)?,
            name: Bilingual::new(text(r, 1)?, text(r, 2)?),
            firm_id: opt_parsed(r, 3, "counsel", "firm_id", from_str)?,
            email: opt_text(r, 4)?,
        })
    })
}

/// Adds a party to a case (or changes its side and counsel).
pub fn set_case_party(
    tx: &Transaction<'_>,
    case: CaseId,
    cp: &CaseParty,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO case_parties (case_id, party_id, side, counsel_id) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (case_id, party_id) DO UPDATE SET side = excluded.side, counsel_id = excluded.counsel_id",
        params![case.to_string(), cp.party_id.to_string(), cp.side.as_str(), cp.counsel_id.map(|c| c.to_string())],
    )?;
    Ok(())
}

/// The parties of a case, claimants first.
pub fn case_parties(conn: &Db, case: CaseId) -> Result<Vec<CaseParty>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT party_id, side, counsel_id FROM case_parties WHERE case_id = ?1
         ORDER BY side, rowid",
    )?;
    let t = "case_parties";
    all(&mut stmt, [case.to_string()], |r| {
        Ok(CaseParty {
            party_id: parsed(r, 0, t, "party_id", from_str)?,
            side: parsed(r, 1, t, "side", Side::parse)?,
            counsel_id: opt_parsed(r, 2, t, "counsel_id", from_str)?,
        })
    })
}

/// Every case a party is in: (case id, reference, side).
pub fn cases_of_party(
    conn: &Db,
    party: PartyId,
) -> Result<Vec<(CaseId, String, Side)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.reference, cp.side FROM case_parties cp JOIN cases c ON c.id = cp.case_id
         WHERE cp.party_id = ?1 AND c.removed_at IS NULL ORDER BY c.filed_on DESC",
    )?;
    all(&mut stmt, [party.to_string()], |r| {
        Ok((
            parsed(r, 0, "cases", "id", from_str)?,
            text(r, 1)?,
            parsed(r, 2, "case_parties", "side", Side::parse)?,
        ))
    })
}

/// Links two cases as related (both directions).
pub fn link_cases(tx: &Transaction<'_>, a: CaseId, b: CaseId) -> Result<(), StoreError> {
    for (x, y) in [(a, b), (b, a)] {
        tx.execute(
            "INSERT OR IGNORE INTO case_links (case_id, related_case_id) VALUES (?1, ?2)",
            params![x.to_string(), y.to_string()],
        )?;
    }
    Ok(())
}

pub fn related_cases(conn: &Db, case: CaseId) -> Result<Vec<CaseId>, StoreError> {
    let mut stmt = conn.prepare("SELECT related_case_id FROM case_links WHERE case_id = ?1")?;
    all(&mut stmt, [case.to_string()], |r| {
        parsed(r, 0, "case_links", "related_case_id", from_str)
    })
}

pub fn insert_connection(tx: &Transaction<'_>, c: &Connection) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO neutral_connections (id, neutral_id, party_id, kind, from_date, until_date, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            c.id.to_string(),
            c.neutral_id.to_string(),
            c.party_id.to_string(),
            c.kind.as_str(),
            c.from.map(|d| d.to_string()),
            c.until.map(|d| d.to_string()),
            c.note
        ],
    )?;
    Ok(())
}

/// Connections of one neutral, or (with `None`) connections to any of `parties`.
pub fn connections(
    conn: &Db,
    neutral: Option<NeutralId>,
    parties: &[PartyId],
) -> Result<Vec<Connection>, StoreError> {
    let ids: Vec<String> = parties.iter().map(ToString::to_string).collect();
    let json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned());
    let mut stmt = conn.prepare(
        "SELECT id, neutral_id, party_id, kind, from_date, until_date, note FROM neutral_connections
         WHERE (?1 <> '' AND neutral_id = ?1) OR (?1 = '' AND party_id IN (SELECT value FROM json_each(?2)))
         ORDER BY from_date",
    )?;
    let filter = neutral.map(|n| n.to_string()).unwrap_or_default();
    let t = "neutral_connections";
    all(&mut stmt, params![filter, json], |r| {
        Ok(Connection {
            id: parsed(r, 0, t, "id", from_str::<ConnectionId>)?,
            neutral_id: parsed(r, 1, t, "neutral_id", from_str)?,
            party_id: parsed(r, 2, t, "party_id", from_str)?,
            kind: parsed(r, 3, t, "kind", ConnectionKind::parse)?,
            from: opt_parsed(r, 4, t, "from_date", from_str)?,
            until: opt_parsed(r, 5, t, "until_date", from_str)?,
            note: text(r, 6)?,
        })
    })
}

/// A counsel by id.
pub fn get_counsel(conn: &Db, id: CounselId) -> Result<Option<Counsel>, StoreError> {
    Ok(list_counsel(conn)?.into_iter().find(|c| c.id == id))
}

/// A firm by id.
pub fn get_firm(conn: &Db, id: FirmId) -> Result<Option<LawFirm>, StoreError> {
    Ok(list_firms(conn)?.into_iter().find(|f| f.id == id))
}
