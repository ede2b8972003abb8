//! The hearings a calendar export takes, read row by row in the order they were booked (never all at
//! once; the table is read front to back, where start order would cost a random read per hearing),
//! with their participants read once and each distinct person kept once.

use super::SHOWN;
use crate::StoreError;
use crate::repo::{parse_col, zone_or_lost};
use docket_domain::hearing::{HearingKind, HearingStatus};
use docket_domain::id::{HearingId, VenueId};
use docket_domain::schedule::{Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant, LocalDateTime, Zone, ZonedWallTime};
use rusqlite::Connection;
use rusqlite::types::ValueRef;
use rustc_hash::FxHashMap as HashMap;

const T: &str = "hearings";

/// Which hearings an export takes. Every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The case's reference.
    pub case_reference: Option<String>,
    /// The room's code (letter case ignored).
    pub venue_code: Option<String>,
    /// A participant's key (`neutral:<id>`, …).
    pub participant: Option<String>,
    /// First and last day, compared with the hearing's local start date.
    pub from: Option<CivilDate>,
    pub to: Option<CivilDate>,
}

impl Selection {
    /// `FROM … WHERE …` over `hearings h` and its parameters.
    fn sql(&self) -> (String, Vec<String>) {
        let mut sql = String::from(" FROM hearings h");
        // Removed hearings, and those of removed cases, are never exported.
        let mut conditions: Vec<&str> = vec![SHOWN];
        let mut params = Vec::new();
        if let Some(r) = &self.case_reference {
            conditions.push("h.case_id = (SELECT id FROM cases WHERE reference = ?)");
            params.push(r.clone());
        }
        if let Some(v) = &self.venue_code {
            conditions.push("h.venue_id IN (SELECT id FROM venues WHERE code = ? COLLATE NOCASE)");
            params.push(v.clone());
        }
        if let Some(p) = &self.participant {
            conditions.push(
                "EXISTS (SELECT 1 FROM hearing_participants x WHERE x.hearing_id = h.id AND x.key = ?)",
            );
            params.push(p.clone());
        }
        if let Some(d) = self.from {
            conditions.push("substr(h.starts_local, 1, 10) >= ?");
            params.push(d.to_string());
        }
        if let Some(d) = self.to {
            conditions.push("substr(h.starts_local, 1, 10) <= ?");
            params.push(d.to_string());
        }
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
        (sql, params)
    }

    fn is_everything(&self) -> bool {
        *self == Self::default()
    }
}

/// The first and last local start of the selected hearings in each zone, by zone name.
pub fn zone_spans(
    conn: &Connection,
    sel: &Selection,
) -> Result<Vec<(Zone, LocalDateTime, LocalDateTime)>, StoreError> {
    let (from_where, params) = sel.sql();
    let mut stmt = conn.prepare(&format!(
        "SELECT h.zone, min(h.starts_local), max(h.starts_local){from_where}
         GROUP BY h.zone ORDER BY h.zone"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let zone = text(r.get_ref(0)?, "zone")?;
        let first = text(r.get_ref(1)?, "starts_local")?;
        let last = text(r.get_ref(2)?, "starts_local")?;
        out.push((
            zone_or_lost(zone, 0),
            parse_col(T, "starts_local", first, |s| s.parse().ok())?,
            parse_col(T, "starts_local", last, |s| s.parse().ok())?,
        ));
    }
    Ok(out)
}

/// One hearing as an export reads it, borrowed from the row being read.
#[derive(Debug, Clone, Copy)]
pub struct Sitting<'r> {
    pub id: HearingId,
    pub case_reference: &'r str,
    pub kind: HearingKind,
    pub venue_id: VenueId,
    pub start: ZonedWallTime,
    /// The derived start instant.
    pub utc: Instant,
    pub duration_minutes: u32,
    pub status: HearingStatus,
    pub ical_uid: &'r str,
    pub sequence: u32,
    pub link: Option<&'r str>,
    pub series_id: Option<&'r str>,
}

impl Sitting<'_> {
    /// The instant the hearing ends.
    pub fn ends_utc(&self) -> Instant {
        self.utc.plus_seconds(i64::from(self.duration_minutes) * 60)
    }
}

fn text<'r>(v: ValueRef<'r>, column: &'static str) -> Result<&'r str, StoreError> {
    v.as_str().map_err(|_| StoreError::Corrupt {
        table: T,
        column,
        value: format!("{v:?}"),
    })
}

fn optional_text<'r>(v: ValueRef<'r>, column: &'static str) -> Result<Option<&'r str>, StoreError> {
    match v {
        ValueRef::Null => Ok(None),
        v => text(v, column).map(Some),
    }
}

/// Calls `each` for every selected hearing, in the order they were booked; returns how many there
/// were.
pub fn each_sitting<E: From<StoreError>>(
    conn: &Connection,
    sel: &Selection,
    mut each: impl FnMut(&Sitting<'_>) -> Result<(), E>,
) -> Result<u32, E> {
    let references = case_references(conn)?;
    let (from_where, params) = sel.sql();
    let mut stmt = conn
        .prepare(&format!(
            "SELECT h.id, h.case_id, h.kind, h.venue_id, h.starts_local, h.zone,
                    h.duration_minutes, h.starts_utc, h.status, h.ical_uid, h.sequence, h.link,
                    h.series_id{from_where}
             ORDER BY h.rowid"
        ))
        .map_err(StoreError::from)?;
    let mut rows = stmt
        .query(rusqlite::params_from_iter(params))
        .map_err(StoreError::from)?;
    let mut n = 0u32;
    while let Some(r) = rows.next().map_err(StoreError::from)? {
        let sitting = sitting(r, &references)?;
        each(&sitting)?;
        n = n.saturating_add(1);
    }
    Ok(n)
}

/// Every case's reference by its id (as stored).
fn case_references(conn: &Connection) -> Result<HashMap<String, String>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, reference FROM cases")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut out = HashMap::default();
    for row in rows {
        let (id, reference) = row?;
        out.insert(id, reference);
    }
    Ok(out)
}

fn sitting<'r>(
    r: &'r rusqlite::Row<'_>,
    references: &'r HashMap<String, String>,
) -> Result<Sitting<'r>, StoreError> {
    let get = |i: usize| r.get_ref(i).map_err(StoreError::from);
    let local = text(get(4)?, "starts_local")?;
    let zone = text(get(5)?, "zone")?;
    Ok(Sitting {
        id: parse_col(T, "id", text(get(0)?, "id")?, |s| s.parse().ok())?,
        case_reference: {
            let case = text(get(1)?, "case_id")?;
            references
                .get(case)
                .map(String::as_str)
                .ok_or_else(|| StoreError::Corrupt {
                    table: T,
                    column: "case_id",
                    value: case.to_owned(),
                })?
        },
        kind: parse_col(T, "kind", text(get(2)?, "kind")?, HearingKind::parse)?,
        venue_id: parse_col(T, "venue_id", text(get(3)?, "venue_id")?, |s| {
            s.parse().ok()
        })?,
        start: ZonedWallTime::new(
            parse_col(T, "starts_local", local, |s| s.parse().ok())?,
            zone_or_lost(zone, 0),
        ),
        duration_minutes: r.get(6)?,
        utc: parse_col(T, "starts_utc", text(get(7)?, "starts_utc")?, |s| {
            s.parse().ok()
        })?,
        status: parse_col(T, "status", text(get(8)?, "status")?, HearingStatus::parse)?,
        ical_uid: text(get(9)?, "ical_uid")?,
        sequence: r.get(10)?,
        link: optional_text(get(11)?, "link")?,
        series_id: optional_text(get(12)?, "series_id")?,
    })
}

/// The participants of the selected hearings: each distinct person once, and each hearing's list
/// as positions in that table, in the order they were added.
#[derive(Debug, Default)]
pub struct People {
    list: Vec<Participant>,
    of: HashMap<HearingId, Vec<u32>>,
    /// Positions of the variants seen under each key (a person renamed between hearings is two).
    by_key: HashMap<Vec<u8>, Vec<u32>>,
}

impl People {
    /// Every distinct participant.
    pub fn list(&self) -> &[Participant] {
        &self.list
    }

    /// Positions in [`People::list`] of one hearing's participants.
    pub fn of(&self, hearing: HearingId) -> &[u32] {
        self.of.get(&hearing).map(Vec::as_slice).unwrap_or_default()
    }

    /// One participant by position.
    pub fn get(&self, i: u32) -> Option<&Participant> {
        self.list.get(i as usize)
    }

    /// The position of a participant given as stored bytes; `make` builds it when it is new (only
    /// then is its text checked and copied).
    fn intern(
        &mut self,
        row: &Stored<'_>,
        make: impl FnOnce() -> Result<Participant, StoreError>,
    ) -> Result<u32, StoreError> {
        let same = |p: &Participant| {
            p.kind.as_str().as_bytes() == row.kind
                && p.name.en.as_bytes() == row.en
                && p.name.zh.as_bytes() == row.zh
                && p.zone.name().as_bytes() == row.zone
                && p.hours == row.hours
        };
        let known = self.by_key.get(row.key).and_then(|v| {
            v.iter()
                .copied()
                .find(|&i| self.list.get(i as usize).is_some_and(same))
        });
        if let Some(i) = known {
            return Ok(i);
        }
        let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(make()?);
        self.by_key.entry(row.key.to_vec()).or_default().push(i);
        Ok(i)
    }

    /// Adds what `later` read (participants added after these, as a second reader read them).
    fn append(&mut self, later: People) -> Result<(), StoreError> {
        let mut moved = Vec::with_capacity(later.list.len());
        for p in later.list {
            let row = Stored {
                kind: p.kind.as_str().as_bytes(),
                key: p.key.as_bytes(),
                en: p.name.en.as_bytes(),
                zh: p.name.zh.as_bytes(),
                zone: p.zone.name().as_bytes(),
                hours: p.hours,
            };
            let i = self.intern(&row, || Ok(p.clone()))?;
            moved.push(i);
        }
        for (hearing, positions) in later.of {
            let list = self.of.entry(hearing).or_default();
            list.extend(
                positions
                    .into_iter()
                    .filter_map(|i| moved.get(i as usize).copied()),
            );
        }
        Ok(())
    }
}

/// A participant row as stored bytes.
struct Stored<'r> {
    kind: &'r [u8],
    key: &'r [u8],
    en: &'r [u8],
    zh: &'r [u8],
    zone: &'r [u8],
    hours: Hours,
}

/// Reads the participants of the selected hearings. For the whole table with many rows, a second
/// connection to the same file (`second`, opened only then; `None` in memory) reads half of it at the
/// same time. A narrower selection is read by one connection: each half would search the same
/// hearings again.
pub fn people(
    conn: &Connection,
    second: impl FnOnce() -> Result<Option<Connection>, StoreError>,
    sel: &Selection,
) -> Result<People, StoreError> {
    people_split(conn, second, sel, 20_000)
}

/// [`people`], splitting the table above `at_least` rows.
pub(crate) fn people_split(
    conn: &Connection,
    second: impl FnOnce() -> Result<Option<Connection>, StoreError>,
    sel: &Selection,
    at_least: i64,
) -> Result<People, StoreError> {
    if !sel.is_everything() {
        return people_between(conn, sel, i64::MIN, i64::MAX);
    }
    let last: i64 = conn.query_row(
        "SELECT coalesce(max(rowid), 0) FROM hearing_participants",
        [],
        |r| r.get(0),
    )?;
    let other = if last > at_least { second()? } else { None };
    let Some(other) = other else {
        return people_between(conn, sel, i64::MIN, i64::MAX);
    };
    let middle = last / 2;
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(move || people_between(&other, sel, middle + 1, last));
        let first = people_between(conn, sel, i64::MIN, middle);
        (first, second.join())
    });
    let mut people = first?;
    let second = second.map_err(|_| StoreError::Pragma("participant reader failed".into()))??;
    people.append(second)?;
    Ok(people)
}

/// The participants whose rows are in `[low, high]` (by rowid).
fn people_between(
    conn: &Connection,
    sel: &Selection,
    low: i64,
    high: i64,
) -> Result<People, StoreError> {
    let (from_where, params) = sel.sql();
    let sql = format!(
        "SELECT p.hearing_id, p.kind, p.key, p.name_en, p.name_zh, p.zone, p.hours_from,
                p.hours_until FROM hearing_participants p
         WHERE p.rowid BETWEEN {low} AND {high}{} ORDER BY p.rowid",
        if sel.is_everything() {
            String::new()
        } else {
            format!(" AND p.hearing_id IN (SELECT h.id{from_where})")
        }
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut people = People::default();
    let t = "hearing_participants";
    while let Some(r) = rows.next()? {
        let raw = |i: usize, column: &'static str| -> Result<&[u8], StoreError> {
            match r.get_ref(i)? {
                ValueRef::Text(b) => Ok(b),
                v => Err(StoreError::Corrupt {
                    table: t,
                    column,
                    value: format!("{v:?}"),
                }),
            }
        };
        let id_bytes = raw(0, "hearing_id")?;
        let id = HearingId::from_ascii(id_bytes).ok_or_else(|| StoreError::Corrupt {
            table: t,
            column: "hearing_id",
            value: String::from_utf8_lossy(id_bytes).into_owned(),
        })?;
        let row = Stored {
            kind: raw(1, "kind")?,
            key: raw(2, "key")?,
            en: raw(3, "name_en")?,
            zh: raw(4, "name_zh")?,
            zone: raw(5, "zone")?,
            hours: Hours {
                from: r.get(6)?,
                until: r.get(7)?,
            },
        };
        let position = people.intern(&row, || {
            let text_of = |i: usize, column| text(r.get_ref(i)?, column);
            Ok(Participant {
                kind: parse_col(t, "kind", text_of(1, "kind")?, ParticipantKind::parse)?,
                key: text_of(2, "key")?.to_owned(),
                name: Bilingual::new(text_of(3, "name_en")?, text_of(4, "name_zh")?),
                zone: zone_or_lost(text_of(5, "zone")?, 0),
                hours: row.hours,
            })
        })?;
        people.of.entry(id).or_default().push(position);
    }
    Ok(people)
}
