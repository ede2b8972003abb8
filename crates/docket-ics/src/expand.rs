//! Turning read events into occurrences: dates and times in the event's zone (the file's own
//! VTIMEZONE first, then an IANA name, then a Windows zone name through the CLDR table, else the
//! clerk's zone for floating times, flagged), recurrence rules (DAILY, WEEKLY, MONTHLY, YEARLY with
//! INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH), EXDATEs, RECURRENCE-ID overrides and
//! cancelled occurrences. A malformed event is reported with its line and skipped (quarantined).
//!
//! Hostile input is bounded and refused, never a panic or a silent guess: every duration, interval,
//! ordinal and date step is checked arithmetic; a negative DURATION, a DTEND before its DTSTART, a rule repeating more often than daily (SECONDLY, MINUTELY, HOURLY), an unknown FREQ, a
//! malformed INTERVAL, COUNT, BYDAY, BYMONTHDAY or BYMONTH, more than [`MAX_OCCURRENCES`] occurrences
//! in the window, and a rule that cannot reach the window within its step limit are each reported
//! with the line that says so.

use crate::read::{Component, Line, Problem, unescape};
use docket_domain::time::{CivilDate, Disambiguation, Instant, LocalDateTime, Zone, ZonedWallTime};
use std::collections::HashMap;

mod recur;
use recur::{read_rule, recur};

/// CLDR `windowsZones`: the Windows names Outlook and Exchange write, to IANA zones (the common ones).
pub const WINDOWS_ZONES: [(&str, &str); 28] = [
    ("China Standard Time", "Asia/Shanghai"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("Taipei Standard Time", "Asia/Taipei"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("Korea Standard Time", "Asia/Seoul"),
    ("India Standard Time", "Asia/Kolkata"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("W. Australia Standard Time", "Australia/Perth"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("FLE Standard Time", "Europe/Kiev"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Mountain Standard Time", "America/Denver"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("SA Pacific Standard Time", "America/Bogota"),
    ("Hawaiian Standard Time", "Pacific/Honolulu"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ("UTC", "UTC"),
    ("Coordinated Universal Time", "UTC"),
];

/// The most occurrences one event may have in the window (a daily event over 50 years has about
/// 18,000): more is refused, not cut short.
pub const MAX_OCCURRENCES: usize = 20_000;

/// One occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The line of the VEVENT it comes from (the override's, for a moved occurrence).
    pub line: usize,
    pub uid: String,
    pub start: Instant,
    pub end: Instant,
    /// For an all-day event: its first and last (inclusive) dates.
    pub days: Option<(CivilDate, CivilDate)>,
    pub summary: String,
    /// Read in the clerk's zone because the file gave none.
    pub floating: bool,
    /// `TRANSP:TRANSPARENT`: shown as free.
    pub transparent: bool,
}

/// A VTIMEZONE read from the file.
#[derive(Debug, Clone)]
struct Observance {
    start: LocalDateTime,
    from: i32,
    to: i32,
    /// `(month, ordinal, weekday 1..=7)` of a yearly rule.
    rule: Option<(u32, i32, u32)>,
    rdates: Vec<LocalDateTime>,
}

fn offset_seconds(s: &str) -> Option<i32> {
    let s = s.trim();
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => (1, s),
    };
    let n = |r: std::ops::Range<usize>| rest.get(r).and_then(|x| x.parse::<i32>().ok());
    let secs = n(0..2)? * 3600 + n(2..4)? * 60 + n(4..6).unwrap_or(0);
    Some(sign * secs)
}

fn weekday(s: &str) -> Option<u32> {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        .iter()
        .position(|d| s.ends_with(d))
        .and_then(|p| u32::try_from(p).ok())
        .map(|p| p + 1)
}

/// `2SU` → (2, 7); `SU` → (0, 7); `-1FR` → (-1, 5).
fn by_day(s: &str) -> Option<(i32, u32)> {
    let s = s.trim();
    let wd = weekday(s)?;
    let n = &s[..s.len().saturating_sub(2)];
    let ord = if n.is_empty() {
        0
    } else {
        n.parse::<i32>().ok()?
    };
    // RFC 5545: an ordinal is 1 to 53, from the start or the end.
    (-53..=53).contains(&ord).then_some((ord, wd))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|d| CivilDate::new(y, m, *d).is_ok())
        .unwrap_or(28)
}

/// The `ord`-th weekday `wd` of a month (negative from the end).
fn nth_weekday(y: i32, m: u32, ord: i32, wd: u32) -> Option<CivilDate> {
    let last = days_in_month(y, m);
    let all: Vec<CivilDate> = (1..=last)
        .filter_map(|d| CivilDate::new(y, m, d).ok())
        .filter(|d| d.iso_weekday() == wd)
        .collect();
    let i = if ord > 0 {
        usize::try_from(ord - 1).ok()?
    } else {
        all.len().checked_sub(usize::try_from(-ord).ok()?)?
    };
    all.get(i).copied()
}

fn local(value: &str) -> Option<LocalDateTime> {
    let v = value.trim().trim_end_matches('Z');
    if v.len() < 15 {
        return None;
    }
    let iso = format!(
        "{}-{}-{}T{}:{}:{}",
        v.get(0..4)?,
        v.get(4..6)?,
        v.get(6..8)?,
        v.get(9..11)?,
        v.get(11..13)?,
        v.get(13..15)?
    );
    iso.parse().ok()
}

fn date(value: &str) -> Option<CivilDate> {
    let v = value.trim();
    format!("{}-{}-{}", v.get(0..4)?, v.get(4..6)?, v.get(6..8)?)
        .parse()
        .ok()
}

/// Evaluates the file's VTIMEZONEs.
#[derive(Debug, Default)]
struct Embedded {
    zones: HashMap<String, Vec<Observance>>,
}

impl Embedded {
    fn read(cal: &Component) -> Self {
        let mut zones = HashMap::new();
        for z in cal.components("VTIMEZONE") {
            let Some(id) = z.property("TZID").map(|p| unescape(&p.value)) else {
                continue;
            };
            let mut obs = Vec::new();
            for o in z.children.iter() {
                let (Some(start), Some(from), Some(to)) = (
                    o.property("DTSTART").and_then(|p| local(&p.value)),
                    o.property("TZOFFSETFROM")
                        .and_then(|p| offset_seconds(&p.value)),
                    o.property("TZOFFSETTO")
                        .and_then(|p| offset_seconds(&p.value)),
                ) else {
                    continue;
                };
                let rule = o.property("RRULE").and_then(|r| {
                    let parts = rule_parts(&r.value);
                    let month = parts.get("BYMONTH")?.split(',').next()?.parse().ok()?;
                    let (ord, wd) = by_day(parts.get("BYDAY")?.split(',').next()?)?;
                    Some((month, if ord == 0 { 1 } else { ord }, wd))
                });
                let rdates = o
                    .all("RDATE")
                    .flat_map(|p| p.value.split(',').filter_map(local).collect::<Vec<_>>())
                    .collect();
                obs.push(Observance {
                    start,
                    from,
                    to,
                    rule,
                    rdates,
                });
            }
            if !obs.is_empty() {
                zones.insert(id, obs);
            }
        }
        Self { zones }
    }

    /// The UTC offset (seconds) in force at a local time in a file zone.
    fn offset(&self, id: &str, at: LocalDateTime) -> Option<i32> {
        let obs = self.zones.get(id)?;
        let mut best: Option<(LocalDateTime, i32)> = None;
        let mut consider = |onset: LocalDateTime, to: i32| {
            if onset <= at && best.is_none_or(|(b, _)| onset > b) {
                best = Some((onset, to));
            }
        };
        for o in obs {
            consider(o.start, o.to);
            for r in &o.rdates {
                consider(*r, o.to);
            }
            if let Some((m, ord, wd)) = o.rule {
                let minute = o.start.minute_of_day();
                for y in [at.date().year() - 1, at.date().year()] {
                    if y < o.start.date().year() {
                        continue;
                    }
                    if let Some(d) = nth_weekday(y, m, ord, wd)
                        && let Ok(l) = d.at(minute / 60, minute % 60)
                    {
                        consider(l, o.to);
                    }
                }
            }
        }
        Some(best.map_or_else(
            || obs.iter().map(|o| o.from).next().unwrap_or(0),
            |(_, to)| to,
        ))
    }
}

fn rule_parts(s: &str) -> HashMap<String, String> {
    s.split(';')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().to_owned()))
        .collect()
}

/// Where an event's wall times are read.
#[derive(Debug, Clone)]
enum Tz {
    Utc,
    Embedded(String),
    Zone(Zone),
    Floating(Zone),
}

struct Resolver<'a> {
    embedded: &'a Embedded,
    floating: Zone,
}

impl Resolver<'_> {
    fn tz(&self, line: &Line) -> Result<Tz, String> {
        if line.value.trim().ends_with('Z') {
            return Ok(Tz::Utc);
        }
        let Some(id) = line
            .param("TZID")
            .map(|t| t.trim().trim_matches('"').replace("\\,", ","))
        else {
            return Ok(Tz::Floating(self.floating));
        };
        if id.is_empty() {
            return Ok(Tz::Floating(self.floating));
        }
        if self.embedded.zones.contains_key(&id) {
            return Ok(Tz::Embedded(id));
        }
        if let Ok(z) = id.parse::<Zone>() {
            return Ok(Tz::Zone(z));
        }
        if let Some((_, iana)) = WINDOWS_ZONES
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(&id))
            && let Ok(z) = iana.parse::<Zone>()
        {
            return Ok(Tz::Zone(z));
        }
        Err(format!("unknown time zone {id}"))
    }

    fn instant(&self, tz: &Tz, l: LocalDateTime) -> Option<Instant> {
        match tz {
            Tz::Utc => Some(l.assume_utc()),
            Tz::Embedded(id) => Some(
                l.assume_utc()
                    .plus_seconds(-i64::from(self.embedded.offset(id, l)?)),
            ),
            Tz::Zone(z) | Tz::Floating(z) => ZonedWallTime::new(l, *z)
                .resolve(Disambiguation::Compatible)
                .ok()
                .map(|r| r.instant),
        }
    }
}

/// An occurrence's start, end, all-day dates and whether it was floating.
type Span = (Instant, Instant, Option<(CivilDate, CivilDate)>, bool);

/// `PT1H30M`, `P1D`, `P2W` in seconds.
fn duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let (sign, s) = match s.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, s.strip_prefix('+').unwrap_or(s)),
    };
    let s = s.strip_prefix('P')?;
    let (mut total, mut num, mut in_time) = (0i64, String::new(), false);
    for c in s.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            unit => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                let unit: i64 = match (unit, in_time) {
                    ('W', _) => 7 * 86_400,
                    ('D', _) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
                total = total.checked_add(n.checked_mul(unit)?)?;
            }
        }
    }
    if !num.is_empty() {
        return None; // digits without a unit
    }
    total.checked_mul(sign)
}

/// Expands every event of a calendar that falls in `[from, until)`. Floating times are read in
/// `floating` and flagged. An event that cannot be expanded truthfully is left out and reported
/// with the line that says why.
pub fn expand(
    cal: &Component,
    from: Instant,
    until: Instant,
    floating: Zone,
) -> (Vec<Occurrence>, Vec<Problem>) {
    let embedded = Embedded::read(cal);
    let resolver = Resolver {
        embedded: &embedded,
        floating,
    };
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let events: Vec<&Component> = cal.components("VEVENT").collect();
    // Overrides by (UID, original start instant).
    let mut overrides: HashMap<(String, i64), &Component> = HashMap::new();
    // All-day series are matched by the date written in RECURRENCE-ID (clients write it as a date, or
    // as local midnight in some zone).
    let mut by_date: HashMap<(String, CivilDate), &Component> = HashMap::new();
    for e in &events {
        if let (Some(uid), Some(rid)) = (e.property("UID"), e.property("RECURRENCE-ID"))
            && let Some(d) = date(&rid.value)
        {
            by_date.insert((uid.value.clone(), d), *e);
        }
        if let (Some(uid), Some(rid)) = (e.property("UID"), e.property("RECURRENCE-ID"))
            && let Ok(tz) = resolver.tz(rid)
            && let Some(i) = local(&rid.value)
                .or_else(|| date(&rid.value).and_then(|d| d.at(0, 0).ok()))
                .and_then(|l| resolver.instant(&tz, l))
        {
            overrides.insert((uid.value.clone(), i.unix_seconds()), *e);
        }
    }
    for e in &events {
        if e.property("RECURRENCE-ID").is_some() {
            continue; // emitted in place of the occurrence it replaces
        }
        match occurrences(e, &resolver, from, until, &overrides, &by_date) {
            Ok(list) => out.extend(list),
            Err(p) => problems.push(p),
        }
    }
    out.sort_by(|a, b| a.start.cmp(&b.start).then(a.uid.cmp(&b.uid)));
    (out, problems)
}

/// A refusal at a line.
fn at_line(line: usize) -> impl Fn(String) -> Problem {
    move |what| Problem {
        line,
        what,
        skipped: true,
    }
}

/// An event's (or override's) start, end, all-day dates and whether it was floating; an end before
/// the start, or a negative duration, refuses it with the line that says so.
fn span(c: &Component, r: &Resolver<'_>) -> Result<Span, Problem> {
    let ds = c
        .property("DTSTART")
        .ok_or_else(|| at_line(c.line)("an event without DTSTART".into()))?;
    let bad = at_line(ds.line);
    if ds
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || ds.value.trim().len() == 8
    {
        let d = date(&ds.value).ok_or_else(|| bad(format!("bad DTSTART {}", ds.value)))?;
        let end = match (c.property("DTEND"), c.property("DURATION")) {
            (Some(de), _) => match date(&de.value) {
                // An end on the start day is read as one day (as clients write it).
                Some(e) if e < d => {
                    return Err(at_line(de.line)(format!(
                        "DTEND {} is before DTSTART {} (line {})",
                        de.value.trim(),
                        ds.value.trim(),
                        ds.line
                    )));
                }
                Some(e) => e,
                None => d.add_days(1).unwrap_or(d),
            },
            (None, Some(du)) => {
                let secs = duration_of(du)?;
                d.add_days(secs / 86_400)
                    .map_err(|_| at_line(du.line)(format!("DURATION {} is too long", du.value)))?
            }
            (None, None) => d.add_days(1).unwrap_or(d),
        };
        let last = end.add_days(-1).unwrap_or(d).max(d);
        let s = r
            .instant(
                &Tz::Floating(r.floating),
                d.at(0, 0).map_err(|x| bad(x.to_string()))?,
            )
            .ok_or_else(|| bad("bad date".into()))?;
        let en = r
            .instant(
                &Tz::Floating(r.floating),
                end.max(d.add_days(1).unwrap_or(end))
                    .at(0, 0)
                    .map_err(|x| bad(x.to_string()))?,
            )
            .ok_or_else(|| bad("bad date".into()))?;
        return Ok((s, en, Some((d, last)), false));
    }
    let tz = r.tz(ds).map_err(&bad)?;
    let l = local(&ds.value).ok_or_else(|| bad(format!("bad DTSTART {}", ds.value)))?;
    let s = r
        .instant(&tz, l)
        .ok_or_else(|| bad("a DTSTART that cannot be resolved".into()))?;
    let en = match (c.property("DTEND"), c.property("DURATION")) {
        (Some(de), _) => {
            let bad_end = at_line(de.line);
            let tz2 = r.tz(de).map_err(&bad_end)?;
            let l2 = local(&de.value).ok_or_else(|| bad_end(format!("bad DTEND {}", de.value)))?;
            let en = r
                .instant(&tz2, l2)
                .ok_or_else(|| bad_end("a DTEND that cannot be resolved".into()))?;
            // An end equal to the start is a zero-length event (Google writes them); the caller
            // decides what it means (the busy import quarantines it).
            if en < s {
                return Err(bad_end(format!(
                    "DTEND {} is before DTSTART {} (line {})",
                    de.value.trim(),
                    ds.value.trim(),
                    ds.line
                )));
            }
            en
        }
        (None, Some(du)) => s
            .checked_plus_seconds(duration_of(du)?)
            .map_err(|_| at_line(du.line)(format!("DURATION {} is too long", du.value)))?,
        _ => s,
    };
    Ok((s, en, None, matches!(tz, Tz::Floating(_))))
}

/// A DURATION's seconds when it is a duration we can add and not negative.
fn duration_of(du: &Line) -> Result<i64, Problem> {
    let bad = at_line(du.line);
    match duration(&du.value) {
        None => Err(bad(format!(
            "bad DURATION {} (not a duration, or too large)",
            du.value.trim()
        ))),
        Some(n) if n < 0 => Err(bad(format!(
            "DURATION {} is negative: the event would end before it starts",
            du.value.trim()
        ))),
        Some(n) => Ok(n),
    }
}

fn occurrences(
    e: &Component,
    r: &Resolver<'_>,
    from: Instant,
    until: Instant,
    overrides: &HashMap<(String, i64), &Component>,
    by_date: &HashMap<(String, CivilDate), &Component>,
) -> Result<Vec<Occurrence>, Problem> {
    let uid = e
        .property("UID")
        .map(|p| p.value.clone())
        .ok_or_else(|| at_line(e.line)("an event without UID".into()))?;
    let (start, end, days, floating) = span(e, r)?;
    let summary = e.text("SUMMARY").unwrap_or_default();
    let transparent = e
        .property("TRANSP")
        .is_some_and(|t| t.value.trim().eq_ignore_ascii_case("TRANSPARENT"));
    let cancelled = |c: &Component| {
        c.property("STATUS")
            .is_some_and(|s| s.value.trim().eq_ignore_ascii_case("CANCELLED"))
    };
    let make =
        |s: Instant, en: Instant, days: Option<(CivilDate, CivilDate)>, c: &Component| Occurrence {
            line: c.line,
            uid: uid.clone(),
            start: s,
            end: en,
            days,
            summary: c.text("SUMMARY").unwrap_or_else(|| summary.clone()),
            floating,
            transparent,
        };
    let Some(rule_line) = e.property("RRULE") else {
        if cancelled(e) || end <= from || start >= until {
            return Ok(Vec::new());
        }
        return Ok(vec![make(start, end, days, e)]);
    };
    let rule = read_rule(rule_line)?;
    let ds = e
        .property("DTSTART")
        .ok_or_else(|| at_line(e.line)("an event without DTSTART".into()))?;
    let bad = at_line(ds.line);
    let tz = if days.is_some() {
        Tz::Floating(r.floating)
    } else {
        r.tz(ds).map_err(&bad)?
    };
    let first = match days {
        Some((d, _)) => d.at(0, 0).map_err(|x| bad(x.to_string()))?,
        None => local(&ds.value).ok_or_else(|| bad("bad DTSTART".into()))?,
    };
    let parts = rule_parts(&rule_line.value);
    let until_rule: Option<Instant> = parts.get("UNTIL").and_then(|u| {
        if u.ends_with('Z') {
            local(u).map(|l| l.assume_utc())
        } else if u.len() == 8 {
            date(u)
                .and_then(|d| d.at(23, 59).ok())
                .and_then(|l| r.instant(&tz, l))
        } else {
            local(u).and_then(|l| r.instant(&tz, l))
        }
    });
    let length = end.unix_seconds() - start.unix_seconds();
    let horizon = until
        .plus_seconds(86_400 * 2)
        .local_in(Zone::hong_kong())
        .plus_minutes(24 * 60 * 2)
        .unwrap_or(first);
    let horizon = horizon.max(first);
    let exdates: Vec<i64> = e
        .all("EXDATE")
        .flat_map(|x| {
            let tz = r.tz(x).unwrap_or(Tz::Utc);
            x.value
                .split(',')
                .filter_map(|v| {
                    local(v)
                        .or_else(|| {
                            date(v).and_then(|d| {
                                d.at(first.minute_of_day() / 60, first.minute_of_day() % 60)
                                    .ok()
                            })
                        })
                        .and_then(|l| r.instant(&tz, l))
                })
                .map(|i| i.unix_seconds())
                .collect::<Vec<_>>()
        })
        .collect();
    let (starts, stopped) = recur(
        &rule,
        first,
        |l| until_rule.is_some_and(|u| r.instant(&tz, l).is_some_and(|i| i > u)),
        horizon,
    );
    if stopped {
        return Err(at_line(rule_line.line)(format!(
            "the rule was expanded for {} occurrences and stopped at its step limit before {}; the event is not imported",
            starts.len(),
            until.to_rfc3339()
        )));
    }
    let mut out = Vec::new();
    for l in starts {
        let Some(s) = r.instant(&tz, l) else { continue };
        if exdates.contains(&s.unix_seconds()) {
            continue;
        }
        let replaced = if days.is_some() {
            by_date.get(&(uid.clone(), l.date()))
        } else {
            overrides.get(&(uid.clone(), s.unix_seconds()))
        };
        if let Some(o) = replaced {
            if cancelled(o) {
                continue;
            }
            let (os, oe, od, _) = span(o, r)?;
            if oe > from && os < until {
                out.push(make(os, oe, od, o));
            }
            continue;
        }
        let Ok(en) = s.checked_plus_seconds(length) else {
            continue;
        };
        if en <= from || s >= until {
            continue;
        }
        if out.len() >= MAX_OCCURRENCES {
            return Err(at_line(rule_line.line)(format!(
                "more than {MAX_OCCURRENCES} occurrences between {} and {}; the event is not imported",
                from.to_rfc3339(),
                until.to_rfc3339()
            )));
        }
        let d = days.map(|(a, b)| {
            let shift = a.days_until(l.date());
            (l.date(), b.add_days(shift).unwrap_or(b))
        });
        out.push(make(s, en, d, e));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
