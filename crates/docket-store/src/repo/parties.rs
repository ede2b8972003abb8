//! Parties, law firms, counsel, the parties of each case, links between related cases, and the
//! connections between neutrals and parties.

use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::id::{CaseId, ConnectionId, CounselId, FirmId, NeutralId, PartyId};
use docket_domain::roster::party::{
    CaseParty, Connection, ConnectionKind, Counsel, LawFirm, Party, PartyKind, Side,
};
use docket_domain::roster::search;
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use rusqlite::{Connection as Db, OptionalExtension, Row, Transaction, params};

fn id_of<T: std::str::FromStr>(
    table: &'static str,
    column: &'static str,
    s: &str,
) -> Result<T, StoreError> {
    parse_col(table, column, s, |s| s.parse::<T>().ok())
}

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

fn party_row(r: &Row<'_>) -> rusqlite::Result<Result<Party, StoreError>> {
    let id: String = r.get(0)?;
    let kind: String = r.get(3)?;
    let name = Bilingual::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?);
    let nationality: String = r.get(4)?;
    let group: Option<String> = r.get(5)?;
    Ok((|| {
        Ok(Party {
            id: id_of("parties", "id", &id)?,
            name,
            kind: parse_col("parties", "kind", &kind, PartyKind::parse)?,
            nationality,
            group,
        })
    })())
}

const PARTY_COLUMNS: &str = "id, name_en, name_zh, kind, nationality, group_name, search_key";

/// Every party with its search key, by English name.
pub fn list_parties(conn: &Db) -> Result<Vec<(Party, String)>, StoreError> {
    let sql =
        format!("SELECT {PARTY_COLUMNS} FROM parties ORDER BY name_en COLLATE NOCASE, name_zh");
    let mut stmt = conn.prepare(&sql)?;
    let mut out = Vec::new();
    for row in stmt.query_map([], |r| Ok((party_row(r)?, r.get::<_, String>(6)?)))? {
        let (p, key) = row?;
        out.push((p?, key));
    }
    Ok(out)
}

pub fn get_party(conn: &Db, id: PartyId) -> Result<Option<Party>, StoreError> {
    let sql = format!("SELECT {PARTY_COLUMNS} FROM parties WHERE id = ?1");
    conn.query_row(&sql, [id.to_string()], party_row)
        .optional()?
        .transpose()
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
    let mut stmt = conn.prepare(&sql)?;
    let mut out = Vec::new();
    for row in stmt.query_map([json], party_row)? {
        out.push(row??);
    }
    Ok(out)
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
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, en, zh, country) = row?;
        out.push(LawFirm {
            id: id_of("law_firms", "id", &id)?,
            name: Bilingual::new(en, zh),
            country,
        });
    }
    Ok(out)
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
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, en, zh, firm, email) = row?;
        out.push(Counsel {
            id: id_of("counsel", "id", &id)?,
            name: Bilingual::new(en, zh),
            firm_id: firm.map(|f| id_of("counsel", "firm_id", &f)).transpose()?,
            email,
        });
    }
    Ok(out)
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
    let rows = stmt.query_map([case.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (party, side, counsel) = row?;
        out.push(CaseParty {
            party_id: id_of("case_parties", "party_id", &party)?,
            side: parse_col("case_parties", "side", &side, Side::parse)?,
            counsel_id: counsel
                .map(|c| id_of("case_parties", "counsel_id", &c))
                .transpose()?,
        });
    }
    Ok(out)
}

/// Every case a party is in: (case id, reference, side).
pub fn cases_of_party(
    conn: &Db,
    party: PartyId,
) -> Result<Vec<(CaseId, String, Side)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.reference, cp.side FROM case_parties cp JOIN cases c ON c.id = cp.case_id
         WHERE cp.party_id = ?1 ORDER BY c.filed_on DESC",
    )?;
    let rows = stmt.query_map([party.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, reference, side) = row?;
        out.push((
            id_of("cases", "id", &id)?,
            reference,
            parse_col("case_parties", "side", &side, Side::parse)?,
        ));
    }
    Ok(out)
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
    let rows = stmt.query_map([case.to_string()], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(id_of("case_links", "related_case_id", &row?)?);
    }
    Ok(out)
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
    let rows = stmt.query_map(params![filter, json], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let t = "neutral_connections";
    let mut out = Vec::new();
    for row in rows {
        let (id, neutral, party, kind, from, until, note) = row?;
        out.push(Connection {
            id: id_of::<ConnectionId>(t, "id", &id)?,
            neutral_id: id_of(t, "neutral_id", &neutral)?,
            party_id: id_of(t, "party_id", &party)?,
            kind: parse_col(t, "kind", &kind, ConnectionKind::parse)?,
            from: from.map(|d| id_of(t, "from_date", &d)).transpose()?,
            until: until.map(|d| id_of(t, "until_date", &d)).transpose()?,
            note,
        });
    }
    Ok(out)
}

/// A counsel by id.
pub fn get_counsel(conn: &Db, id: CounselId) -> Result<Option<Counsel>, StoreError> {
    Ok(list_counsel(conn)?.into_iter().find(|c| c.id == id))
}

/// A firm by id.
pub fn get_firm(conn: &Db, id: FirmId) -> Result<Option<LawFirm>, StoreError> {
    Ok(list_firms(conn)?.into_iter().find(|f| f.id == id))
}
