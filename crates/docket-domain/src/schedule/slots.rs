//! The slot finder: the earliest free times for a hearing that every participant can attend within
//! their acceptable hours, in a room that is free, on a working day on the venue's side. When no
//! slot can exist, it says which constraints cannot be met together and what would relax them.

use super::{Busy, Hours, Participant, shoulder};
use crate::deadline::HolidayCalendar;
use crate::time::{CivilDate, Disambiguation, Instant, TimeError, Zone, ZonedWallTime};

/// Everyone's preferred hours (inside the acceptable ones): a slot outside them ranks lower.
pub const PREFERRED: Hours = Hours::OFFICE;

/// What to look for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The hearing's zone, in which `window`, `from` and `until` are read.
    pub zone: Zone,
    /// The hours the venue is open, in the hearing's zone.
    pub window: Hours,
    pub minutes: u32,
    pub from: CivilDate,
    /// Last day searched (inclusive).
    pub until: CivilDate,
    /// Candidate starts are this many minutes apart.
    pub step_minutes: u32,
    pub participants: &'a [Participant],
    /// Each participant's busy periods, sorted by start, in the same order as `participants`.
    pub busy: &'a [Vec<Busy>],
    /// The room's bookings, sorted by start (empty for online hearings).
    pub room: &'a [Busy],
    /// The venue side's holidays (none for an online hearing in a third zone).
    pub calendar: Option<&'a HolidayCalendar>,
    pub count: usize,
}

/// A free slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub start: Instant,
    /// Participants (by index) outside their preferred 09:00–18:00.
    pub outside_preferred: Vec<usize>,
    /// Participants (by index) whose hour moved with a clock change within a week.
    pub shoulder: Vec<usize>,
}

/// Whose hours are meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The venue's hours in the hearing zone.
    Venue,
    Participant(usize),
}

/// A way to make a slot possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relaxation {
    /// Accept a start this early (minutes after local midnight in the participant's zone).
    StartEarlier { who: Who, from: u32 },
    /// Accept an end this late.
    EndLater { who: Who, until: u32 },
    /// Hold the hearing in another zone (online), with office hours there.
    HearingZone { zone: Zone },
}

/// Why no slot exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Infeasible {
    /// These pairs' hours never overlap for the duration, on any day.
    Hours {
        conflicts: Vec<(Who, Who)>,
        relax: Vec<Relaxation>,
    },
    /// The hours fit, but calendars, rooms or holidays leave no time in the range.
    Busy,
}

/// The slots found, best first, or why there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Slots(Vec<Slot>),
    None(Infeasible),
}

/// Zones suggested for an online hearing when the venue's zone cannot work.
pub const ALTERNATIVE_ZONES: [&str; 7] = [
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Tokyo",
];

fn working(calendar: Option<&HolidayCalendar>, date: CivilDate) -> bool {
    match calendar {
        Some(c) => match c.status(date) {
            Ok(s) => s.is_working(),
            // No data for the year: at least keep weekends free.
            Err(_) => !date.is_weekend(),
        },
        None => !date.is_weekend(),
    }
}

/// Finds the earliest `count` free slots, ranked by how many people are outside their preferred hours.
pub fn find(req: &Request<'_>) -> Result<Outcome, TimeError> {
    let duration = i64::from(req.minutes) * 60;
    let step = req.step_minutes.max(5);
    let mut cursors = vec![0usize; req.participants.len()];
    let mut room_cursor = 0usize;
    let mut found: Vec<Slot> = Vec::new();
    let mut day = req.from;
    while day <= req.until && found.len() < req.count {
        if working(req.calendar, day) {
            for (lo, hi) in feasible(req, day)? {
                // Starts on the step grid counted from the venue's opening.
                let offset = (lo - i64::from(req.window.from)).rem_euclid(i64::from(step));
                let mut m = if offset == 0 {
                    lo
                } else {
                    lo + i64::from(step) - offset
                };
                while m + i64::from(req.minutes) <= hi && found.len() < req.count {
                    let minute = u32::try_from(m).unwrap_or(0);
                    m += i64::from(step);
                    if let Some(slot) =
                        candidate(req, day, minute, duration, &mut cursors, &mut room_cursor)?
                    {
                        found.push(slot);
                    }
                }
            }
        }
        day = day.add_days(1)?;
    }
    if found.is_empty() {
        return Ok(Outcome::None(explain(req)?));
    }
    found.sort_by_key(|s| (s.outside_preferred.len(), s.start));
    Ok(Outcome::Slots(found))
}

/// The ranges of the day (minutes after midnight in the hearing zone) in which the venue is open and
/// every participant is within their acceptable hours, from the zones' offsets at local noon. The
/// exact check of each candidate still follows (a clock change can fall inside the day).
fn feasible(req: &Request<'_>, day: CivilDate) -> Result<Vec<(i64, i64)>, TimeError> {
    let noon = ZonedWallTime::new(day.at(12, 0)?, req.zone)
        .resolve(Disambiguation::Compatible)?
        .instant;
    let here = i64::from(req.zone.offset_at(noon).seconds() / 60);
    let mut ranges = vec![(i64::from(req.window.from), i64::from(req.window.until))];
    for p in req.participants {
        let shift = here - i64::from(p.zone.offset_at(noon).seconds() / 60);
        let mut next = Vec::new();
        for (lo, hi) in &ranges {
            for k in [-1440, 0, 1440] {
                let a = i64::from(p.hours.from) + shift + k;
                let b = i64::from(p.hours.until) + shift + k;
                let (s, e) = ((*lo).max(a), (*hi).min(b));
                if e - s >= i64::from(req.minutes) {
                    next.push((s, e));
                }
            }
        }
        ranges = next;
        if ranges.is_empty() {
            break;
        }
    }
    Ok(ranges)
}

/// The exact check of one start: a real wall time, the room and everyone free, everyone within
/// their hours.
fn candidate(
    req: &Request<'_>,
    day: CivilDate,
    m: u32,
    duration: i64,
    cursors: &mut [usize],
    room_cursor: &mut usize,
) -> Result<Option<Slot>, TimeError> {
    let local = day.at(m / 60, m % 60)?;
    // Wall times in a gap or fold are not offered: the clerk would have to choose.
    let Ok(r) = ZonedWallTime::new(local, req.zone).resolve(Disambiguation::Reject) else {
        return Ok(None);
    };
    let start = r.instant.unix_seconds();
    let end = start + duration;
    if !free(req.room, room_cursor, start, end) {
        return Ok(None);
    }
    let mut outside = Vec::new();
    for (i, cursor) in cursors.iter_mut().enumerate().take(req.participants.len()) {
        let busy = req.busy.get(i).map_or(&[][..], Vec::as_slice);
        if !free(busy, cursor, start, end) {
            return Ok(None);
        }
    }
    for (i, p) in req.participants.iter().enumerate() {
        let ls = r.instant.local_in(p.zone);
        let le = r.instant.plus_seconds(duration).local_in(p.zone);
        let same_day = ls.date() == le.date() || le.minute_of_day() == 0;
        if !(same_day && p.hours.contains(ls, req.minutes)) {
            return Ok(None);
        }
        if !PREFERRED.contains(ls, req.minutes) {
            outside.push(i);
        }
    }
    let shoulder_weeks = req
        .participants
        .iter()
        .enumerate()
        .filter(|(_, p)| p.zone != req.zone && shoulder(r.instant, req.zone, p.zone).is_some())
        .map(|(i, _)| i)
        .collect();
    Ok(Some(Slot {
        start: r.instant,
        outside_preferred: outside,
        shoulder: shoulder_weeks,
    }))
}

/// Whether `[start, end)` is free in a sorted busy list; the cursor only moves forward, so a sweep
/// over increasing starts costs one pass over the list.
fn free(busy: &[Busy], cursor: &mut usize, start: i64, end: i64) -> bool {
    while *cursor < busy.len() && busy[*cursor].end <= start {
        *cursor += 1;
    }
    // Periods may overlap each other: look ahead until one starts after the end.
    let mut k = *cursor;
    while k < busy.len() && busy[k].start < end {
        if busy[k].end > start {
            return false;
        }
        k += 1;
    }
    true
}

/// A day's acceptable period of one party, as instants.
fn window_on(zone: Zone, hours: Hours, day: CivilDate) -> Result<Busy, TimeError> {
    let at = |minute: u32| -> Result<i64, TimeError> {
        let local = if minute >= 24 * 60 {
            day.add_days(1)?.at(0, 0)?
        } else {
            day.at(minute / 60, minute % 60)?
        };
        Ok(ZonedWallTime::new(local, zone)
            .resolve(Disambiguation::Compatible)?
            .instant
            .unix_seconds())
    };
    Ok(Busy {
        start: at(hours.from)?,
        end: at(hours.until)?,
    })
}

/// Each party's acceptable periods around the hearing day `day` (the day before and after too, since
/// another zone's evening can be the hearing's morning).
fn periods(zone: Zone, hours: Hours, day: CivilDate) -> Result<Vec<Busy>, TimeError> {
    [-1, 0, 1]
        .into_iter()
        .map(|d| window_on(zone, hours, day.add_days(d)?))
        .collect()
}

fn intersect(a: &[Busy], b: &[Busy]) -> Vec<Busy> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            let (s, e) = (x.start.max(y.start), x.end.min(y.end));
            if e > s {
                out.push(Busy { start: s, end: e });
            }
        }
    }
    out
}

fn longest(v: &[Busy]) -> i64 {
    v.iter().map(|b| b.end - b.start).max().unwrap_or(0)
}

/// Why the hours cannot meet, and what would relax them.
fn explain(req: &Request<'_>) -> Result<Infeasible, TimeError> {
    let day = req.from;
    let need = i64::from(req.minutes) * 60;
    let venue = vec![window_on(req.zone, req.window, day)?];
    let people: Vec<Vec<Busy>> = req
        .participants
        .iter()
        .map(|p| periods(p.zone, p.hours, day))
        .collect::<Result<_, _>>()?;
    let all = |skip: Option<usize>| -> Vec<Busy> {
        let mut acc = venue.clone();
        for (i, p) in people.iter().enumerate() {
            if Some(i) != skip {
                acc = intersect(&acc, p);
            }
        }
        acc
    };
    if longest(&all(None)) >= need {
        return Ok(Infeasible::Busy);
    }
    let mut conflicts = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if longest(&intersect(&venue, p)) < need {
            conflicts.push((Who::Venue, Who::Participant(i)));
        }
        for (j, q) in people.iter().enumerate().skip(i + 1) {
            if longest(&intersect(&intersect(p, q), &venue)) < need
                && longest(&intersect(p, q)) < need
            {
                conflicts.push((Who::Participant(i), Who::Participant(j)));
            }
        }
    }
    let mut relax = Vec::new();
    for (i, p) in req.participants.iter().enumerate() {
        let rest = all(Some(i));
        let Some(best) = rest
            .iter()
            .filter(|b| b.end - b.start >= need)
            .max_by_key(|b| b.end - b.start)
        else {
            continue;
        };
        // The part of the others' common time closest to this person's hours.
        let mine = &people[i];
        let target = if mine.iter().any(|w| w.start >= best.end) {
            // Their day starts after the common time ends: start earlier.
            let start = Instant::from_unix_seconds(best.end - need)?;
            Relaxation::StartEarlier {
                who: Who::Participant(i),
                from: start.local_in(p.zone).minute_of_day(),
            }
        } else {
            let end = Instant::from_unix_seconds(best.start + need)?;
            let minute = end.local_in(p.zone).minute_of_day();
            Relaxation::EndLater {
                who: Who::Participant(i),
                until: if minute == 0 { 24 * 60 } else { minute },
            }
        };
        relax.push(target);
    }
    for name in ALTERNATIVE_ZONES {
        let Ok(zone) = name.parse::<Zone>() else {
            continue;
        };
        if zone == req.zone {
            continue;
        }
        let mut acc = vec![window_on(zone, Hours::ACCEPTABLE, day)?];
        for p in &people {
            acc = intersect(&acc, p);
        }
        if longest(&acc) >= need {
            relax.push(Relaxation::HearingZone { zone });
        }
    }
    Ok(Infeasible::Hours { conflicts, relax })
}
