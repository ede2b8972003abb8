//! Removing with undo for the roster (neutrals, parties, counsel, law firms) and the document
//! register; retiring a record others depend on; and taking out the demo's own rows.
//!
//! A removed or retired record keeps its row: reads by id still find it (a case page names the
//! retired party it lists, a history names the removed neutral), while the lists the clerk picks from
//! and search leave it out — the use cases filter with [`inactive`]. Table names come from
//! [`Record`], never from data.

use super::rows::{all, from_str, opt_parsed, opt_text, text};
use super::stamp;
use crate::StoreError;
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::HashSet;

/// A kind of record that can be removed and restored here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Record {
    Neutral,
    Party,
    Counsel,
    Firm,
    Document,
}

impl Record {
    pub const ALL: [Record; 5] = [
        Self::Neutral,
        Self::Party,
        Self::Counsel,
        Self::Firm,
        Self::Document,
    ];

    fn table(self) -> &'static str {
        match self {
            Self::Neutral => "neutrals",
            Self::Party => "parties",
            Self::Counsel => "counsel",
            Self::Firm => "law_firms",
            Self::Document => "documents",
        }
    }

    /// The columns read as the record's name: English and Chinese (a document has one title).
    fn name_columns(self) -> &'static str {
        match self {
            Self::Document => "title, title",
            _ => "name_en, name_zh",
        }
    }

    /// Whether the record can be retired (documents are only removed).
    pub fn retires(self) -> bool {
        !matches!(self, Self::Document)
    }
}

/// Where a record stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Active,
    Retired(CivilDate),
    Removed(Instant),
}

/// Where the record `id` stands, or `None` when there is no such row.
pub fn standing(
    conn: &Connection,
    record: Record,
    id: &str,
) -> Result<Option<Standing>, StoreError> {
    let retired = if record.retires() {
        "retired_on"
    } else {
        "NULL"
    };
    let sql = format!(
        "SELECT removed_at, {retired} FROM {} WHERE id = ?1",
        record.table()
    );
    let row = conn
        .query_row(&sql, [id], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, Option<String>>(1)?,
            ))
        })
        .optional()?;
    let Some((removed, retired)) = row else {
        return Ok(None);
    };
    let corrupt = |column: &'static str, value: String| StoreError::Corrupt {
        table: record.table(),
        column,
        value,
    };
    Ok(Some(match (removed, retired) {
        (Some(at), _) => Standing::Removed(at.parse().map_err(|_| corrupt("removed_at", at))?),
        (None, Some(on)) => Standing::Retired(on.parse().map_err(|_| corrupt("retired_on", on))?),
        (None, None) => Standing::Active,
    }))
}

/// A record's name (a document's title) and, for a document, the id of its case.
pub fn describe(
    conn: &Connection,
    record: Record,
    id: &str,
) -> Result<Option<(Bilingual, Option<String>)>, StoreError> {
    let case = if record == Record::Document {
        "case_id"
    } else {
        "NULL"
    };
    let sql = format!(
        "SELECT {}, {case} FROM {} WHERE id = ?1",
        record.name_columns(),
        record.table()
    );
    Ok(conn
        .query_row(&sql, [id], |r| {
            Ok((
                Bilingual::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                r.get::<_, Option<String>>(2)?,
            ))
        })
        .optional()?)
}

/// Sets where the record `id` stands; `false` when there is no such row.
pub fn set_standing(
    tx: &Transaction<'_>,
    record: Record,
    id: &str,
    standing: Standing,
) -> Result<bool, StoreError> {
    let (removed, retired) = match standing {
        Standing::Active => (None, None),
        Standing::Retired(on) => (None, Some(on.to_string())),
        Standing::Removed(at) => (Some(stamp(at)), None),
    };
    let changed = if record.retires() {
        tx.execute(
            &format!(
                "UPDATE {} SET removed_at = ?2, retired_on = ?3 WHERE id = ?1",
                record.table()
            ),
            params![id, removed, retired],
        )?
    } else {
        tx.execute(
            &format!(
                "UPDATE {} SET removed_at = ?2 WHERE id = ?1",
                record.table()
            ),
            params![id, removed],
        )?
    };
    Ok(changed > 0)
}

/// The ids of `record` that are removed or (with `retired`) retired: what the pick lists leave out
/// (removed and retired) and what search leaves out (removed).
pub fn inactive(
    conn: &Connection,
    record: Record,
    retired: bool,
) -> Result<HashSet<String>, StoreError> {
    let retired = if retired && record.retires() {
        " OR retired_on IS NOT NULL"
    } else {
        ""
    };
    let sql = format!(
        "SELECT id FROM {} WHERE removed_at IS NOT NULL{retired}",
        record.table()
    );
    Ok(all(&mut conn.prepare(&sql)?, [], |r| text(r, 0))?
        .into_iter()
        .collect())
}

/// A removed or retired record, as the "Recently removed" list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inactive {
    pub record: Record,
    pub id: String,
    pub name: Bilingual,
    /// The case a document belongs to.
    pub case_reference: Option<String>,
    pub removed_at: Option<Instant>,
    pub retired_on: Option<CivilDate>,
}

/// Every removed or retired record of `record`'s kind.
pub fn listed(conn: &Connection, record: Record) -> Result<Vec<Inactive>, StoreError> {
    let t = record.table();
    let (retired, reference, join, filter) = match record {
        Record::Document => (
            "NULL",
            "c.reference",
            " JOIN cases c ON c.id = r.case_id",
            "r.removed_at IS NOT NULL",
        ),
        _ => (
            "r.retired_on",
            "NULL",
            "",
            "r.removed_at IS NOT NULL OR r.retired_on IS NOT NULL",
        ),
    };
    let names = record
        .name_columns()
        .split(", ")
        .map(|c| format!("r.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT r.id, {names}, {reference}, r.removed_at, {retired} FROM {t} r{join} WHERE {filter}"
    );
    all(&mut conn.prepare(&sql)?, [], |r| {
        Ok(Inactive {
            record,
            id: text(r, 0)?,
            name: Bilingual::new(text(r, 1)?, text(r, 2)?),
            case_reference: opt_text(r, 3)?,
            removed_at: opt_parsed(r, 4, t, "removed_at", from_str)?,
            retired_on: opt_parsed(r, 5, t, "retired_on", from_str)?,
        })
    })
}

/// What depends on a roster record, so that it is retired rather than removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dependents {
    /// References of the cases that name it (as party, counsel, or appointed neutral).
    pub cases: Vec<String>,
    /// Counsel at a firm (firms only).
    pub counsel: u32,
    /// Hearings it takes part in, conflict records and connections that name it.
    pub other: u32,
}

impl Dependents {
    pub fn is_empty(&self) -> bool {
        self.cases.is_empty() && self.counsel == 0 && self.other == 0
    }
}

/// What depends on the record `id`. Documents have no dependents.
pub fn dependents(conn: &Connection, record: Record, id: &str) -> Result<Dependents, StoreError> {
    let (cases, counsel, other) = match record {
        Record::Neutral => (
            "SELECT case_id FROM appointments WHERE neutral_id = ?1
             UNION SELECT case_id FROM conflict_records WHERE neutral_id = ?1",
            "SELECT 0 * length(?1)",
            "SELECT (SELECT count(*) FROM hearing_participants WHERE key = 'neutral:' || ?1)",
        ),
        Record::Party => (
            "SELECT case_id FROM case_parties WHERE party_id = ?1
             UNION SELECT case_id FROM appointments WHERE party_id = ?1",
            "SELECT 0 * length(?1)",
            "SELECT (SELECT count(*) FROM hearing_participants WHERE key = 'party:' || ?1)
                  + (SELECT count(*) FROM neutral_connections WHERE party_id = ?1)",
        ),
        Record::Counsel => (
            "SELECT case_id FROM case_parties WHERE counsel_id = ?1
             UNION SELECT case_id FROM appointments WHERE counsel_id = ?1",
            "SELECT 0 * length(?1)",
            "SELECT (SELECT count(*) FROM hearing_participants WHERE key = 'counsel:' || ?1)",
        ),
        Record::Firm => (
            "SELECT case_id FROM appointments WHERE firm_id = ?1",
            "SELECT count(*) FROM counsel WHERE firm_id = ?1 AND removed_at IS NULL",
            "SELECT 0 * length(?1)",
        ),
        Record::Document => return Ok(Dependents::default()),
    };
    let sql = format!("SELECT reference FROM cases WHERE id IN ({cases}) ORDER BY reference");
    let count = |sql: &str| -> Result<u32, StoreError> {
        let n: i64 = conn.query_row(sql, [id], |r| r.get(0))?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    };
    Ok(Dependents {
        cases: all(&mut conn.prepare(&sql)?, [id], |r| text(r, 0))?,
        counsel: count(counsel)?,
        other: count(other)?,
    })
}

/// A kind of row the demo adds, as `demo_rows` records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoRow {
    Neutral,
    Venue,
    Case,
    Party,
    Firm,
    Counsel,
}

impl DemoRow {
    fn as_str(self) -> &'static str {
        match self {
            Self::Neutral => "neutral",
            Self::Venue => "venue",
            Self::Case => "case",
            Self::Party => "party",
            Self::Firm => "firm",
            Self::Counsel => "counsel",
        }
    }
}

/// Records that the demo added the row `id`.
pub fn mark_demo(tx: &Transaction<'_>, kind: DemoRow, id: &str) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT OR IGNORE INTO demo_rows (kind, id) VALUES (?1, ?2)")?
        .execute(params![kind.as_str(), id])?;
    Ok(())
}

/// How many rows the demo still has in the database.
pub fn demo_count(conn: &Connection) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row("SELECT count(*) FROM demo_rows", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// What taking out the demo removed, and what it kept because the clerk's own records use it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoRemoval {
    pub cases: u64,
    pub hearings: u64,
    pub neutrals: u64,
    pub venues: u64,
    pub parties: u64,
    pub counsel: u64,
    pub firms: u64,
    /// Demo rows left in place because a record of the clerk's refers to them.
    pub kept: u64,
}

/// Deletes the demo's own rows: its cases with everything in them (hearings, deadlines, documents,
/// their history), then the demo's neutrals, parties, counsel, firms and rooms that none of the
/// clerk's records refers to. The rest stay marked, so a later removal can take them.
pub fn remove_demo(tx: &Transaction<'_>) -> Result<DemoRemoval, StoreError> {
    let count = |sql: &str| -> Result<u64, StoreError> {
        let n: i64 = tx.query_row(sql, [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    let demo = |kind: &str| format!("SELECT id FROM demo_rows WHERE kind = '{kind}'");
    let hearings = count(&format!(
        "SELECT count(*) FROM hearings WHERE case_id IN ({})",
        demo("case")
    ))?;
    tx.execute(
        &format!(
            "DELETE FROM audit_log WHERE entity = 'case' AND entity_id IN ({})",
            demo("case")
        ),
        [],
    )?;
    let mut out = DemoRemoval {
        hearings,
        ..DemoRemoval::default()
    };
    type Tally = fn(&mut DemoRemoval) -> &mut u64;
    let steps: [(DemoRow, &str, &str, Tally); 6] = [
        (DemoRow::Case, "cases", "", |o| &mut o.cases),
        (
            DemoRow::Neutral,
            "neutrals",
            "AND id NOT IN (SELECT neutral_id FROM appointments)
             AND id NOT IN (SELECT neutral_id FROM conflict_records)
             AND NOT EXISTS (SELECT 1 FROM hearing_participants WHERE key = 'neutral:' || neutrals.id)",
            |o| &mut o.neutrals,
        ),
        (
            DemoRow::Party,
            "parties",
            "AND id NOT IN (SELECT party_id FROM case_parties)
             AND id NOT IN (SELECT party_id FROM appointments WHERE party_id IS NOT NULL)
             AND id NOT IN (SELECT party_id FROM neutral_connections)
             AND NOT EXISTS (SELECT 1 FROM hearing_participants WHERE key = 'party:' || parties.id)",
            |o| &mut o.parties,
        ),
        (
            DemoRow::Counsel,
            "counsel",
            "AND id NOT IN (SELECT counsel_id FROM case_parties WHERE counsel_id IS NOT NULL)
             AND id NOT IN (SELECT counsel_id FROM appointments WHERE counsel_id IS NOT NULL)
             AND NOT EXISTS (SELECT 1 FROM hearing_participants WHERE key = 'counsel:' || counsel.id)",
            |o| &mut o.counsel,
        ),
        (
            DemoRow::Firm,
            "law_firms",
            "AND id NOT IN (SELECT firm_id FROM counsel WHERE firm_id IS NOT NULL)
             AND id NOT IN (SELECT firm_id FROM appointments WHERE firm_id IS NOT NULL)",
            |o| &mut o.firms,
        ),
        (
            DemoRow::Venue,
            "venues",
            "AND id NOT IN (SELECT venue_id FROM hearings)",
            |o| &mut o.venues,
        ),
    ];
    for (kind, table, unused, tally) in steps {
        let kind = kind.as_str();
        let removed = tx.execute(
            &format!("DELETE FROM {table} WHERE id IN ({}) {unused}", demo(kind)),
            [],
        )?;
        tx.execute(
            &format!(
                "DELETE FROM demo_rows WHERE kind = '{kind}' AND id NOT IN (SELECT id FROM {table})"
            ),
            [],
        )?;
        *tally(&mut out) = u64::try_from(removed).unwrap_or(0);
    }
    tx.execute(
        "DELETE FROM audit_log WHERE entity = 'neutral' AND entity_id NOT IN (SELECT id FROM neutrals)",
        [],
    )?;
    out.kept = count("SELECT count(*) FROM demo_rows")?;
    Ok(out)
}
