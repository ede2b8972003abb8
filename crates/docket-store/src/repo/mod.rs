//! Row <-> domain mapping, one module per table. Writers take a `Transaction` (so every change is part
//! of one); readers take a `Connection` and read their rows in one step with [`rows`].

pub mod appointments;
pub mod busy;
pub mod cases;
pub mod hearings;
pub mod holidays;
pub mod neutrals;
pub mod package;
pub mod parties;
pub mod prep;
pub mod removal;
pub(crate) mod rows;
pub mod settings;
pub mod venues;
pub mod workflow;

use crate::StoreError;
use docket_domain::time::Instant;

/// A stored zone name: a zone of the rules in force, or — when they no longer know it (a name
/// removed from the tz database) — a lost zone at the offset last computed with, so the record can
/// still be read and flagged for review instead of failing every read.
pub(crate) fn zone_or_lost(value: &str, offset_seconds: i32) -> docket_domain::time::Zone {
    use docket_domain::time::{UtcOffset, Zone};
    value
        .parse::<Zone>()
        .unwrap_or_else(|_| Zone::lost(value, UtcOffset(offset_seconds)))
}

/// Parses a stored text column into a domain value, reporting which column held a bad value.
pub(crate) fn parse_col<T, F>(
    table: &'static str,
    column: &'static str,
    value: &str,
    parse: F,
) -> Result<T, StoreError>
where
    F: FnOnce(&str) -> Option<T>,
{
    parse(value).ok_or_else(|| StoreError::Corrupt {
        table,
        column,
        value: value.to_owned(),
    })
}

/// A comma-separated list column.
pub(crate) fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) fn stamp(now: Instant) -> String {
    now.to_rfc3339()
}

/// Counts the rows of a table (used for "is the database empty?" and statistics).
pub fn count(conn: &rusqlite::Connection, table: Table) -> Result<u64, StoreError> {
    let sql = format!("SELECT COUNT(*) FROM {}{}", table.name(), table.live());
    let n: i64 = conn.query_row(&sql, [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The tables whose rows can be counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Neutrals,
    Cases,
    Venues,
    Hearings,
    Parties,
    Appointments,
}

impl Table {
    fn name(&self) -> &'static str {
        match self {
            Table::Neutrals => "neutrals",
            Table::Cases => "cases",
            Table::Venues => "venues",
            Table::Hearings => "hearings",
            Table::Parties => "parties",
            Table::Appointments => "appointments",
        }
    }

    /// The condition that leaves out removed rows, where the table has them.
    fn live(&self) -> &'static str {
        match self {
            Table::Neutrals | Table::Cases | Table::Hearings | Table::Parties => {
                " WHERE removed_at IS NULL"
            }
            Table::Venues | Table::Appointments => "",
        }
    }
}
