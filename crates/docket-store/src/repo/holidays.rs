//! Holiday calendars, weather warnings and closure days. Every change to a calendar is recorded in
//! `holiday_changes` (what it was, what it became, why, when).

use super::rows::{all, from_str, parsed, text};
use super::stamp;
use crate::StoreError;
use docket_domain::deadline::{
    CalendarEntry, ClosureDay, EntryKind, HolidayCalendar, Jurisdiction, WeatherEvent, WeatherKind,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

const T: &str = "holiday_entries";

/// The whole calendar of a jurisdiction: its years with data and its listed days.
pub fn calendar(conn: &Connection, j: Jurisdiction) -> Result<HolidayCalendar, StoreError> {
    let mut stmt =
        conn.prepare("SELECT year FROM holiday_years WHERE jurisdiction = ?1 ORDER BY year")?;
    let years = stmt
        .query_map([j.code()], |r| r.get::<_, i32>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT date, kind, name_en, name_zh, source FROM holiday_entries
         WHERE jurisdiction = ?1 ORDER BY date",
    )?;
    let entries = all(&mut stmt, [j.code()], |r| {
        Ok(CalendarEntry {
            date: parsed(r, 0, T, "date", from_str)?,
            kind: parsed(r, 1, T, "kind", EntryKind::parse)?,
            name: Bilingual::new(text(r, 2)?, text(r, 3)?),
            source: text(r, 4)?,
        })
    })?;
    Ok(HolidayCalendar::new(j, years, entries))
}

/// The source recorded for a year, if the year has data.
pub fn year_source(
    conn: &Connection,
    j: Jurisdiction,
    year: i32,
) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT source FROM holiday_years WHERE jurisdiction = ?1 AND year = ?2",
            params![j.code(), year],
            |r| r.get(0),
        )
        .optional()?)
}

/// Declares that a year has data (its days follow with [`put_entry`]).
pub fn put_year(
    tx: &Transaction<'_>,
    j: Jurisdiction,
    year: i32,
    source: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO holiday_years (jurisdiction, year, source) VALUES (?1, ?2, ?3)
         ON CONFLICT (jurisdiction, year) DO UPDATE SET source = excluded.source",
        params![j.code(), year, source],
    )?;
    Ok(())
}

fn entry_json(e: &CalendarEntry) -> String {
    serde_json::json!({
        "kind": e.kind.as_str(),
        "name_en": e.name.en,
        "name_zh": e.name.zh,
        "source": e.source,
    })
    .to_string()
}

/// Adds or corrects one listed day, recording the change and its reason.
pub fn put_entry(
    tx: &Transaction<'_>,
    j: Jurisdiction,
    e: &CalendarEntry,
    reason: &str,
    now: Instant,
) -> Result<(), StoreError> {
    let before: Option<String> = tx
        .query_row(
            "SELECT json_object('kind', kind, 'name_en', name_en, 'name_zh', name_zh, 'source', source)
             FROM holiday_entries WHERE jurisdiction = ?1 AND date = ?2",
            params![j.code(), e.date.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    tx.execute(
        "INSERT INTO holiday_entries (jurisdiction, date, kind, name_en, name_zh, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (jurisdiction, date) DO UPDATE SET
           kind = excluded.kind, name_en = excluded.name_en, name_zh = excluded.name_zh,
           source = excluded.source",
        params![
            j.code(),
            e.date.to_string(),
            e.kind.as_str(),
            e.name.en,
            e.name.zh,
            e.source
        ],
    )?;
    let change = if before.is_some() {
        "corrected"
    } else {
        "added"
    };
    tx.execute(
        "INSERT INTO holiday_changes (jurisdiction, date, change, before, after, reason, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![j.code(), e.date.to_string(), change, before, entry_json(e), reason, stamp(now)],
    )?;
    Ok(())
}

/// How many changes the calendar of `j` has recorded (seeded rows included).
pub fn change_count(conn: &Connection, j: Jurisdiction) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM holiday_changes WHERE jurisdiction = ?1",
        [j.code()],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

pub fn add_weather(
    tx: &Transaction<'_>,
    id: &str,
    e: &WeatherEvent,
    note: &str,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO weather_events (id, kind, starts_utc, ends_utc, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            e.kind.as_str(),
            e.start.to_rfc3339(),
            e.end.to_rfc3339(),
            note,
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Recorded weather warnings, earliest first.
pub fn weather(conn: &Connection) -> Result<Vec<(String, WeatherEvent, String)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, starts_utc, ends_utc, note FROM weather_events ORDER BY starts_utc",
    )?;
    let t = "weather_events";
    all(&mut stmt, [], |r| {
        Ok((
            text(r, 0)?,
            WeatherEvent {
                kind: parsed(r, 1, t, "kind", WeatherKind::parse)?,
                start: parsed(r, 2, t, "starts_utc", from_str)?,
                end: parsed(r, 3, t, "ends_utc", from_str)?,
            },
            text(r, 4)?,
        ))
    })
}

pub fn add_closure(tx: &Transaction<'_>, c: &ClosureDay, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO closure_days (date, name_en, name_zh, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![c.date.to_string(), c.name.en, c.name.zh, stamp(now)],
    )?;
    Ok(())
}

/// Removes the closure day on `date`, if there is one.
pub fn remove_closure(tx: &Transaction<'_>, date: CivilDate) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM closure_days WHERE date = ?1",
        [date.to_string()],
    )?;
    Ok(())
}

/// Every closure day, earliest first.
pub fn closures(conn: &Connection) -> Result<Vec<ClosureDay>, StoreError> {
    let mut stmt = conn.prepare("SELECT date, name_en, name_zh FROM closure_days ORDER BY date")?;
    all(&mut stmt, [], |r| {
        Ok(ClosureDay {
            date: parsed(r, 0, "closure_days", "date", from_str::<CivilDate>)?,
            name: Bilingual::new(text(r, 1)?, text(r, 2)?),
        })
    })
}

/// Removes a listed day, recording what it was and why.
pub fn remove_entry(
    tx: &Transaction<'_>,
    j: Jurisdiction,
    date: CivilDate,
    reason: &str,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO holiday_changes (jurisdiction, date, change, before, after, reason, changed_at)
         SELECT jurisdiction, date, 'removed',
                json_object('kind', kind, 'name_en', name_en, 'name_zh', name_zh, 'source', source),
                NULL, ?3, ?4
         FROM holiday_entries WHERE jurisdiction = ?1 AND date = ?2",
        params![j.code(), date.to_string(), reason, stamp(now)],
    )?;
    tx.execute(
        "DELETE FROM holiday_entries WHERE jurisdiction = ?1 AND date = ?2",
        params![j.code(), date.to_string()],
    )?;
    Ok(())
}
