//! The `hearings` table. The wall time and zone are the truth; `starts_utc`, `offset_seconds` and
//! `tzdb_version` record how the instant was derived. A removed hearing (`removed_at` set), and
//! every hearing of a removed case, is left out of the lists, counts and booking checks here.

pub mod edit;
pub mod export;

pub use edit::{RemovedHearing, removed, set_language, set_removed, update_details};

use super::rows::{all, each, from_str, opt_parsed, optional, parsed, text};
use super::{parse_col, stamp, zone_or_lost};
use crate::StoreError;
use docket_domain::hearing::{
    DerivedStart, Hearing, HearingKind, HearingStatus, Place, Site, VenueKind,
};
use docket_domain::id::{CaseId, HearingId, VenueId};
use docket_domain::schedule::{Booked, Busy, Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{Instant, LocalDateTime, UtcOffset, ZonedWallTime};
use rusqlite::{Connection, Transaction, params};
use std::collections::HashMap;

const T: &str = "hearings";

/// The condition a hearing `h` in lists and checks meets: neither it nor its case is removed.
pub(crate) const SHOWN: &str = "h.removed_at IS NULL
    AND h.case_id NOT IN (SELECT id FROM cases INDEXED BY cases_removed WHERE removed_at IS NOT NULL)";

pub fn insert(tx: &Transaction<'_>, h: &Hearing, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO hearings (id, case_id, kind, venue_id, starts_local, zone, duration_minutes,
                               starts_utc, offset_seconds, tzdb_version, status, ical_uid, sequence,
                               created_at, updated_at, ends_utc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)",
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
            h.ends_utc().to_rfc3339(),
        ],
    )?;
    Ok(())
}

/// How many hearings each case has (cases without hearings are absent).
pub fn counts_by_case(conn: &Connection) -> Result<HashMap<CaseId, u32>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT h.case_id, count(*) FROM hearings h WHERE {SHOWN} GROUP BY h.case_id"
    ))?;
    let mut out = HashMap::new();
    each(&mut stmt, [], |r| {
        let n: i64 = r.get(1)?;
        out.insert(
            parsed(r, 0, T, "case_id", from_str)?,
            u32::try_from(n).unwrap_or(u32::MAX),
        );
        Ok(())
    })?;
    Ok(out)
}

/// How many hearings one case has.
pub fn count_for_case(conn: &Connection, case: CaseId) -> Result<u32, StoreError> {
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) FROM hearings h WHERE h.case_id = ?1 AND {SHOWN}"),
        [case.to_string()],
        |r| r.get(0),
    )?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Every hearing (not removed) in start order.
pub fn list(conn: &Connection) -> Result<Vec<Hearing>, StoreError> {
    let (hearings, unreadable) = list_lenient(conn)?;
    match unreadable.into_iter().next() {
        Some((_, e)) => Err(e),
        None => Ok(hearings),
    }
}

/// A stored hearing row that does not read back: its id and why.
pub type UnreadableHearing = (String, StoreError);

/// Like [`list`], but a row that does not read is set aside with its id and error, so one bad row
/// never takes the hearing list down.
pub fn list_lenient(
    conn: &Connection,
) -> Result<(Vec<Hearing>, Vec<UnreadableHearing>), StoreError> {
    select_lenient(conn, &format!("WHERE {SHOWN}"), Vec::new())
}

/// Like [`list_lenient`], for the hearings starting from `from` up to (not including) `until`, both
/// RFC 3339 UTC text as stored (`2026-12-08T00:00:00Z`): what a calendar range asks for, without
/// reading the rest.
pub fn list_lenient_between(
    conn: &Connection,
    from: &str,
    until: &str,
) -> Result<(Vec<Hearing>, Vec<UnreadableHearing>), StoreError> {
    let condition = format!("WHERE {SHOWN} AND h.starts_utc >= ?1 AND h.starts_utc < ?2");
    select_lenient(conn, &condition, vec![from.to_owned(), until.to_owned()])
}

/// One hearing by id, removed or not, with the time it was removed.
pub fn get_any(
    conn: &Connection,
    id: HearingId,
) -> Result<Option<(Hearing, Option<Instant>)>, StoreError> {
    let (mut found, unreadable) = select_lenient(conn, "WHERE h.id = ?1", vec![id.to_string()])?;
    if let Some((_, e)) = unreadable.into_iter().next() {
        return Err(e);
    }
    let Some(h) = found.pop() else {
        return Ok(None);
    };
    let removed: Option<String> = conn.query_row(
        "SELECT removed_at FROM hearings WHERE id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    let removed = removed
        .map(|at| parse_col(T, "removed_at", &at, from_str::<Instant>))
        .transpose()?;
    Ok(Some((h, removed)))
}

fn select_lenient(
    conn: &Connection,
    condition: &str,
    args: Vec<String>,
) -> Result<(Vec<Hearing>, Vec<UnreadableHearing>), StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT h.id, h.case_id, h.kind, h.venue_id, h.starts_local, h.zone, h.duration_minutes,
                h.starts_utc, h.offset_seconds, h.tzdb_version, h.status, h.ical_uid, h.sequence
         FROM hearings h {condition} ORDER BY h.starts_utc, h.id"
    ))?;
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    each(&mut stmt, rusqlite::params_from_iter(args), |r| {
        let row = Row::read(r)?;
        let id = row.id.clone();
        match row.into_hearing() {
            Ok(h) => out.push(h),
            Err(e @ StoreError::Corrupt { .. }) => unreadable.push((id, e)),
            Err(e) => return Err(e),
        }
        Ok(())
    })?;
    Ok((out, unreadable))
}

/// A hearing row as stored. It is read whole before any of it is parsed: a row that does not parse
/// is set aside by its id, while a row the driver cannot read stops the list.
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
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
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
    }

    fn into_hearing(self) -> Result<Hearing, StoreError> {
        Ok(Hearing {
            id: parse_col(T, "id", &self.id, from_str::<HearingId>)?,
            case_id: parse_col(T, "case_id", &self.case_id, from_str::<CaseId>)?,
            kind: parse_col(T, "kind", &self.kind, HearingKind::parse)?,
            venue_id: parse_col(T, "venue_id", &self.venue_id, from_str::<VenueId>)?,
            start: ZonedWallTime::new(
                parse_col(T, "starts_local", &self.starts_local, from_str)?,
                zone_or_lost(&self.zone, self.offset_seconds),
            ),
            duration_minutes: self.duration_minutes,
            derived: DerivedStart {
                utc: parse_col(T, "starts_utc", &self.starts_utc, from_str)?,
                offset: UtcOffset(self.offset_seconds),
                tzdb_version: self.tzdb_version,
            },
            status: parse_col(T, "status", &self.status, HearingStatus::parse)?,
            ical_uid: self.ical_uid,
            sequence: self.sequence,
        })
    }
}

/// What a hearing record holds beyond its time and place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    pub language: String,
    pub interpretation: String,
    pub link: Option<String>,
    pub series_id: Option<String>,
    pub review: Option<String>,
}

/// Stores a hearing with its details and participants (one transaction, the caller's).
pub fn insert_full(
    tx: &Transaction<'_>,
    h: &Hearing,
    details: &Details,
    participants: &[Participant],
    now: Instant,
) -> Result<(), StoreError> {
    insert(tx, h, now)?;
    tx.execute(
        "UPDATE hearings SET ends_utc = ?2, language = ?3, interpretation = ?4, link = ?5, series_id = ?6,
                review = ?7 WHERE id = ?1",
        params![
            h.id.to_string(),
            h.ends_utc().to_rfc3339(),
            details.language,
            details.interpretation,
            details.link,
            details.series_id,
            details.review
        ],
    )?;
    write_participants(tx, h, participants)
}

/// Replaces a hearing's participants (their instants copied from the hearing as it is now).
pub fn set_participants(
    tx: &Transaction<'_>,
    h: &Hearing,
    participants: &[Participant],
) -> Result<(), StoreError> {
    write_participants(tx, h, participants)
}

fn write_participants(
    tx: &Transaction<'_>,
    h: &Hearing,
    participants: &[Participant],
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM hearing_participants WHERE hearing_id = ?1",
        [h.id.to_string()],
    )?;
    let mut stmt = tx.prepare(
        "INSERT INTO hearing_participants (hearing_id, kind, key, name_en, name_zh, zone, hours_from,
                                           hours_until, starts_utc, ends_utc, local_start)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for p in participants {
        stmt.execute(params![
            h.id.to_string(),
            p.kind.as_str(),
            p.key,
            p.name.en,
            p.name.zh,
            p.zone.name(),
            p.hours.from,
            p.hours.until,
            h.derived.utc.to_rfc3339(),
            h.ends_utc().to_rfc3339(),
            h.derived.utc.local_in(p.zone).to_iso(),
        ])?;
    }
    Ok(())
}

/// Moves a hearing (new wall time, instant and duration), raising its iCalendar sequence.
pub fn reschedule(tx: &Transaction<'_>, h: &Hearing, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE hearings SET starts_local = ?2, zone = ?3, duration_minutes = ?4, starts_utc = ?5,
                offset_seconds = ?6, tzdb_version = ?7, ends_utc = ?8, sequence = sequence + 1,
                status = ?9, review = NULL, updated_at = ?10
         WHERE id = ?1",
        params![
            h.id.to_string(),
            h.start.local.to_iso(),
            h.start.zone.name(),
            h.duration_minutes,
            h.derived.utc.to_rfc3339(),
            h.derived.offset.seconds(),
            h.derived.tzdb_version,
            h.ends_utc().to_rfc3339(),
            h.status.as_str(),
            stamp(now)
        ],
    )?;
    tx.execute(
        "UPDATE hearing_participants SET starts_utc = ?2, ends_utc = ?3 WHERE hearing_id = ?1",
        params![
            h.id.to_string(),
            h.derived.utc.to_rfc3339(),
            h.ends_utc().to_rfc3339()
        ],
    )?;
    refresh_local_starts(tx, h)?;
    clear_tz_review(tx, h.id)
}

/// Records each participant's reading of the hearing's instant (after it was derived anew).
fn refresh_local_starts(tx: &Transaction<'_>, h: &Hearing) -> Result<(), StoreError> {
    let zones: Vec<(String, String)> = {
        let mut stmt =
            tx.prepare_cached("SELECT key, zone FROM hearing_participants WHERE hearing_id = ?1")?;
        let rows = stmt.query_map([h.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut update = tx.prepare_cached(
        "UPDATE hearing_participants SET local_start = ?3 WHERE hearing_id = ?1 AND key = ?2",
    )?;
    for (key, zone) in zones {
        let zone = zone_or_lost(&zone, 0);
        update.execute(params![
            h.id.to_string(),
            key,
            h.derived.utc.local_in(zone).to_iso()
        ])?;
    }
    Ok(())
}

/// Records that a hearing's instant was derived with newer rules and nothing moved: the new version,
/// and each participant's reading.
pub fn restamp(tx: &Transaction<'_>, h: &Hearing) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE hearings SET tzdb_version = ?2, offset_seconds = ?3 WHERE id = ?1",
        params![
            h.id.to_string(),
            h.derived.tzdb_version,
            h.derived.offset.seconds()
        ],
    )?;
    refresh_local_starts(tx, h)
}

/// Each participant's recorded reading of a hearing's start, by hearing and participant key (absent
/// for rows written before readings were recorded).
pub fn local_starts(
    conn: &Connection,
) -> Result<HashMap<(HearingId, String), LocalDateTime>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT hearing_id, key, local_start FROM hearing_participants WHERE local_start IS NOT NULL",
    )?;
    let mut out = HashMap::new();
    let t = "hearing_participants";
    each(&mut stmt, [], |r| {
        out.insert(
            (parsed(r, 0, t, "hearing_id", from_str)?, text(r, 1)?),
            parsed(r, 2, t, "local_start", from_str)?,
        );
        Ok(())
    })?;
    Ok(out)
}

/// A hearing that a newer tz database moved, waiting for the clerk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TzReview {
    pub hearing_id: HearingId,
    pub old_version: String,
    pub new_version: String,
    pub old_utc: Instant,
    pub new_utc: Instant,
    /// The hearing's zone is not in the rules in force.
    pub zone_lost: bool,
    pub participants: Vec<TzReviewParticipant>,
}

/// One participant's hours under the old and the new rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TzReviewParticipant {
    pub key: String,
    pub name: Bilingual,
    pub zone: String,
    pub old_local: Option<LocalDateTime>,
    pub new_local: LocalDateTime,
}

/// Records (or replaces) a review.
pub fn save_tz_review(tx: &Transaction<'_>, r: &TzReview, now: Instant) -> Result<(), StoreError> {
    clear_tz_review(tx, r.hearing_id)?;
    tx.execute(
        "INSERT INTO tz_reviews (hearing_id, old_version, new_version, old_utc, new_utc, zone_lost,
                                 flagged_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            r.hearing_id.to_string(),
            r.old_version,
            r.new_version,
            r.old_utc.to_rfc3339(),
            r.new_utc.to_rfc3339(),
            r.zone_lost,
            stamp(now)
        ],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tz_review_participants (hearing_id, key, name_en, name_zh, zone, old_local,
                                             new_local)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for p in &r.participants {
        stmt.execute(params![
            r.hearing_id.to_string(),
            p.key,
            p.name.en,
            p.name.zh,
            p.zone,
            p.old_local.map(|l| l.to_iso()),
            p.new_local.to_iso()
        ])?;
    }
    Ok(())
}

/// Removes a hearing's review (decided, or the hearing was moved).
pub fn clear_tz_review(tx: &Transaction<'_>, id: HearingId) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM tz_reviews WHERE hearing_id = ?1",
        [id.to_string()],
    )?;
    tx.execute(
        "UPDATE hearings SET review = NULL WHERE id = ?1",
        [id.to_string()],
    )?;
    Ok(())
}

/// Every open review (or one), oldest hearing first.
pub fn tz_reviews(conn: &Connection, only: Option<HearingId>) -> Result<Vec<TzReview>, StoreError> {
    let t = "tz_reviews";
    let filter = only.map(|i| i.to_string()).unwrap_or_default();
    // A removed hearing (or one of a removed case) waits for no review until it is restored.
    let mut stmt = conn.prepare(&format!(
        "SELECT hearing_id, old_version, new_version, old_utc, new_utc, zone_lost FROM tz_reviews
         WHERE (?1 = '' OR hearing_id = ?1)
           AND hearing_id IN (SELECT h.id FROM hearings h WHERE {SHOWN})
         ORDER BY old_utc, hearing_id"
    ))?;
    let mut out = all(&mut stmt, [&filter], |r| {
        Ok(TzReview {
            hearing_id: parsed(r, 0, t, "hearing_id", from_str)?,
            old_version: text(r, 1)?,
            new_version: text(r, 2)?,
            old_utc: parsed(r, 3, t, "old_utc", from_str)?,
            new_utc: parsed(r, 4, t, "new_utc", from_str)?,
            zone_lost: r.get(5)?,
            participants: Vec::new(),
        })
    })?;
    let mut stmt = conn.prepare(
        "SELECT hearing_id, key, name_en, name_zh, zone, old_local, new_local
         FROM tz_review_participants WHERE ?1 = '' OR hearing_id = ?1 ORDER BY rowid",
    )?;
    let t = "tz_review_participants";
    each(&mut stmt, [&filter], |r| {
        let id: HearingId = parsed(r, 0, t, "hearing_id", from_str)?;
        let p = TzReviewParticipant {
            key: text(r, 1)?,
            name: Bilingual::new(text(r, 2)?, text(r, 3)?),
            zone: text(r, 4)?,
            old_local: opt_parsed(r, 5, t, "old_local", from_str)?,
            new_local: parsed(r, 6, t, "new_local", from_str)?,
        };
        if let Some(review) = out.iter_mut().find(|review| review.hearing_id == id) {
            review.participants.push(p);
        }
        Ok(())
    })?;
    Ok(out)
}

/// Sets a hearing's status (cancelling raises the sequence too: calendars must hear of it).
pub fn set_status(
    tx: &Transaction<'_>,
    id: HearingId,
    status: HearingStatus,
    now: Instant,
) -> Result<bool, StoreError> {
    let n = tx.execute(
        "UPDATE hearings SET status = ?2, sequence = sequence + 1, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), status.as_str(), stamp(now)],
    )?;
    Ok(n == 1)
}

/// Flags a hearing for review (e.g. its instant moved with a new tz database).
pub fn flag(tx: &Transaction<'_>, id: HearingId, why: &str) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE hearings SET review = ?2 WHERE id = ?1",
        params![id.to_string(), why],
    )?;
    Ok(())
}

/// Details of every hearing (or of one).
pub fn details(
    conn: &Connection,
    only: Option<HearingId>,
) -> Result<HashMap<HearingId, Details>, StoreError> {
    let filter = only.map(|i| i.to_string()).unwrap_or_default();
    details_where(conn, "?1 = '' OR id = ?1", vec![filter])
}

/// [`details`] of the hearings starting in a range (as [`list_lenient_between`]).
pub fn details_between(
    conn: &Connection,
    from: &str,
    until: &str,
) -> Result<HashMap<HearingId, Details>, StoreError> {
    let range = vec![from.to_owned(), until.to_owned()];
    details_where(conn, "starts_utc >= ?1 AND starts_utc < ?2", range)
}

fn details_where(
    conn: &Connection,
    condition: &str,
    args: Vec<String>,
) -> Result<HashMap<HearingId, Details>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, language, interpretation, link, series_id, review FROM hearings
         WHERE {condition}"
    ))?;
    let mut out = HashMap::new();
    each(&mut stmt, rusqlite::params_from_iter(args), |r| {
        out.insert(
            parsed(r, 0, T, "id", from_str::<HearingId>)?,
            Details {
                language: r.get(1)?,
                interpretation: r.get(2)?,
                link: r.get(3)?,
                series_id: r.get(4)?,
                review: r.get(5)?,
            },
        );
        Ok(())
    })?;
    Ok(out)
}

/// Participants of every hearing (or of one), in the order they were added.
pub fn participants(
    conn: &Connection,
    only: Option<HearingId>,
) -> Result<HashMap<HearingId, Vec<Participant>>, StoreError> {
    let filter = only.map(|i| i.to_string()).unwrap_or_default();
    participants_where(conn, "?1 = '' OR hearing_id = ?1", vec![filter])
}

/// [`participants`] of the hearings starting in a range (their copied `starts_utc`, indexed).
pub fn participants_between(
    conn: &Connection,
    from: &str,
    until: &str,
) -> Result<HashMap<HearingId, Vec<Participant>>, StoreError> {
    let range = vec![from.to_owned(), until.to_owned()];
    participants_where(conn, "starts_utc >= ?1 AND starts_utc < ?2", range)
}

fn participants_where(
    conn: &Connection,
    condition: &str,
    args: Vec<String>,
) -> Result<HashMap<HearingId, Vec<Participant>>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT hearing_id, kind, key, name_en, name_zh, zone, hours_from, hours_until
         FROM hearing_participants WHERE {condition} ORDER BY rowid"
    ))?;
    let mut out: HashMap<HearingId, Vec<Participant>> = HashMap::new();
    let t = "hearing_participants";
    each(&mut stmt, rusqlite::params_from_iter(args), |r| {
        out.entry(parsed(r, 0, t, "hearing_id", from_str::<HearingId>)?)
            .or_default()
            .push(Participant {
                kind: parsed(r, 1, t, "kind", ParticipantKind::parse)?,
                key: text(r, 2)?,
                name: Bilingual::new(text(r, 3)?, text(r, 4)?),
                zone: zone_or_lost(&text(r, 5)?, 0),
                hours: Hours {
                    from: r.get(6)?,
                    until: r.get(7)?,
                },
            });
        Ok(())
    })?;
    Ok(out)
}

/// Hearings (not cancelled) that overlap `[start - margin, end + margin)` in `venue` or with any of
/// `people`, for the double-booking and travel checks. `longest` bounds how long a hearing can be,
/// so the scan stays within an index range.
pub fn nearby(
    conn: &Connection,
    venue: VenueId,
    people: &[String],
    start: Instant,
    end: Instant,
    margin_seconds: i64,
) -> Result<Vec<Booked>, StoreError> {
    const LONGEST: i64 = 24 * 3600;
    let lo = start.plus_seconds(-(margin_seconds + LONGEST)).to_rfc3339();
    let from = start.plus_seconds(-margin_seconds).to_rfc3339();
    let hi = end.plus_seconds(margin_seconds).to_rfc3339();
    let mut ids: Vec<String> = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM hearings INDEXED BY hearings_by_venue
             WHERE venue_id = ?1 AND starts_utc >= ?2 AND starts_utc < ?3 AND ends_utc > ?4
               AND status <> 'cancelled'",
        )?;
        for r in stmt.query_map(params![venue.to_string(), lo, hi, from], |r| {
            r.get::<_, String>(0)
        })? {
            ids.push(r?);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT hearing_id FROM hearing_participants INDEXED BY hearing_participants_by_key
             WHERE key = ?1 AND starts_utc >= ?2 AND starts_utc < ?3 AND ends_utc > ?4",
        )?;
        for key in people {
            for r in stmt.query_map(params![key, lo, hi, from], |r| r.get::<_, String>(0))? {
                ids.push(r?);
            }
        }
    }
    ids.sort();
    ids.dedup();
    let mut out = Vec::new();
    let mut head = conn.prepare_cached(
        "SELECT h.case_id, c.reference, h.venue_id, v.kind || ':' || v.site, h.starts_utc, h.ends_utc,
                CASE WHEN h.removed_at IS NULL AND c.removed_at IS NULL THEN h.status
                     ELSE 'cancelled' END
         FROM hearings h JOIN cases c ON c.id = h.case_id JOIN venues v ON v.id = h.venue_id
         WHERE h.id = ?1",
    )?;
    let mut keys =
        conn.prepare_cached("SELECT key FROM hearing_participants WHERE hearing_id = ?1")?;
    for id in ids {
        // Found by the queries above, so a hearing that is not there now is an error. A removed
        // hearing, or one of a removed case, reads as cancelled: it does not count.
        let booked = optional(&mut head, [&id], |r| {
            if text(r, 6)? == "cancelled" {
                return Ok(None);
            }
            Ok(Some(Booked {
                id: parse_col(T, "id", &id, from_str::<HearingId>)?,
                case_reference: text(r, 1)?,
                venue: parsed(r, 2, T, "venue_id", from_str::<VenueId>)?,
                place: parsed(r, 3, "venues", "kind", place)?,
                start: parsed(r, 4, T, "starts_utc", from_str::<Instant>)?.unix_seconds(),
                end: parsed(r, 5, T, "ends_utc", from_str::<Instant>)?.unix_seconds(),
                participants: all(&mut keys, [&id], |r| text(r, 0))?,
            }))
        })?
        .ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        if let Some(b) = booked {
            out.push(b);
        }
    }
    Ok(out)
}

/// A venue's `kind:site`, as the checks see it.
fn place(kind_site: &str) -> Option<Place> {
    let (kind, site) = kind_site.split_once(':')?;
    Some(match VenueKind::parse(kind)? {
        VenueKind::Room => Place::Room(Site::parse(site)?),
        VenueKind::Online => Place::Online,
    })
}

/// Busy periods of each participant key (not cancelled, not removed) within `[from, until)`, sorted by start.
pub fn busy(
    conn: &Connection,
    keys: &[String],
    from: Instant,
    until: Instant,
) -> Result<Vec<Vec<Busy>>, StoreError> {
    // Cancelled hearings are few: read their ids once instead of joining every row.
    let mut cancelled = std::collections::HashSet::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM hearings INDEXED BY hearings_cancelled WHERE status = 'cancelled'",
        )?;
        for r in stmt.query_map([], |r| r.get::<_, String>(0))? {
            cancelled.insert(r?);
        }
        // Removed hearings, and those of removed cases, are few too.
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM hearings INDEXED BY hearings_removed WHERE removed_at IS NOT NULL
             UNION
             SELECT h.id FROM cases c INDEXED BY cases_removed JOIN hearings h ON h.case_id = c.id
             WHERE c.removed_at IS NOT NULL",
        )?;
        for r in stmt.query_map([], |r| r.get::<_, String>(0))? {
            cancelled.insert(r?);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT hearing_id, starts_utc, ends_utc FROM hearing_participants
         INDEXED BY hearing_participants_by_key
         WHERE key = ?1 AND starts_utc >= ?2 AND starts_utc < ?3
         ORDER BY starts_utc",
    )?;
    let lo = from.plus_seconds(-24 * 3600).to_rfc3339();
    let hi = until.to_rfc3339();
    let mut out = Vec::new();
    for key in keys {
        let mut list = Vec::new();
        let mut rows = stmt.query(params![key, lo, hi])?;
        while let Some(r) = rows.next()? {
            let text = |i: usize| -> Result<&str, StoreError> {
                r.get_ref(i)?
                    .as_str()
                    .map_err(|e| StoreError::from(rusqlite::Error::from(e)))
            };
            if !cancelled.is_empty() && cancelled.contains(text(0)?) {
                continue;
            }
            // Read the instants in place: thousands of rows per participant.
            let (s, e) = (text(1)?, text(2)?);
            list.push(Busy {
                start: parse_col(T, "starts_utc", s, |s| s.parse::<Instant>().ok())?.unix_seconds(),
                end: parse_col(T, "ends_utc", e, |s| s.parse::<Instant>().ok())?.unix_seconds(),
            });
        }
        out.push(list);
    }
    Ok(out)
}

/// A room's bookings (not cancelled, not removed) within `[from, until)`, sorted by start.
pub fn room_busy(
    conn: &Connection,
    venue: VenueId,
    from: Instant,
    until: Instant,
) -> Result<Vec<Busy>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.starts_utc, h.ends_utc FROM hearings h INDEXED BY hearings_by_venue
         WHERE h.venue_id = ?1 AND h.starts_utc >= ?2 AND h.starts_utc < ?3
           AND h.status <> 'cancelled' AND h.removed_at IS NULL
           AND h.case_id NOT IN (SELECT id FROM cases INDEXED BY cases_removed
                                 WHERE removed_at IS NOT NULL)
         ORDER BY h.starts_utc",
    )?;
    let params = params![
        venue.to_string(),
        from.plus_seconds(-24 * 3600).to_rfc3339(),
        until.to_rfc3339()
    ];
    all(&mut stmt, params, |r| {
        Ok(Busy {
            start: parsed(r, 0, T, "starts_utc", from_str::<Instant>)?.unix_seconds(),
            end: parsed(r, 1, T, "ends_utc", from_str::<Instant>)?.unix_seconds(),
        })
    })
}
