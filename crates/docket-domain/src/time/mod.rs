//! The time vocabulary, and the only module that knows the tz library (`jiff`; [`rules`] chooses the
//! database: the operating system's or the bundled copy, whichever is newer).
//!
//! - [`Instant`]: something that happened, in UTC (filed, served, created).
//! - [`CivilDate`]: a date in a jurisdiction's sense; deadlines are civil dates.
//! - [`LocalDateTime`]: a wall-clock reading with no zone.
//! - [`ZonedWallTime`]: a wall-clock time pinned to an IANA [`Zone`], the truth for anything scheduled.
//!   Its instant is derived with a [`Disambiguation`]: clerk input uses `Reject`, so a time in a DST gap
//!   or fold becomes a question ([`TimeError::NonexistentLocalTime`], [`TimeError::AmbiguousLocalTime`]).

pub mod rules;
mod zone_list;
mod zoned;

pub use rules::{TzRules, TzSource, ZoneFiles};
pub use zone_list::{ZoneListing, zone_list};
pub use zoned::{Disambiguation, Resolved, ZonedWallTime};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc, Weekday};
use std::fmt;
use std::str::FromStr;

/// The version of the tz database in force (for example `2026f`): see [`rules::current`].
pub fn tzdb_version() -> &'static str {
    rules::current().version()
}

/// What went wrong reading or resolving a time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    #[error("`{0}` is not an IANA time zone known to tz database {v}", v = tzdb_version())]
    UnknownZone(String),
    #[error("`{0}` is not a date of the form YYYY-MM-DD")]
    MalformedDate(String),
    #[error("`{0}` is not a local date and time of the form YYYY-MM-DDTHH:MM")]
    MalformedLocalDateTime(String),
    #[error("`{0}` is not an RFC 3339 instant")]
    MalformedInstant(String),
    #[error(
        "{local} does not exist in {zone}: the clocks skip it (did you mean {earlier} or {later}?)"
    )]
    NonexistentLocalTime {
        local: LocalDateTime,
        zone: Zone,
        /// The wall time that the same instant read with the offset after the gap gives.
        earlier: LocalDateTime,
        /// The wall time that the same instant read with the offset before the gap gives.
        later: LocalDateTime,
    },
    #[error("{local} occurs twice in {zone} (UTC offset {earlier_offset} or {later_offset})")]
    AmbiguousLocalTime {
        local: LocalDateTime,
        zone: Zone,
        earlier_offset: UtcOffset,
        later_offset: UtcOffset,
    },
    #[error("the date is outside the supported range")]
    OutOfRange,
}

/// A point on the UTC time line, to the second.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(DateTime<Utc>);

impl Instant {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn from_unix_seconds(seconds: i64) -> Result<Self, TimeError> {
        DateTime::from_timestamp(seconds, 0)
            .map(Self)
            .ok_or(TimeError::OutOfRange)
    }

    pub fn unix_seconds(&self) -> i64 {
        self.0.timestamp()
    }

    /// Midnight UTC at the start of a UTC date, plus `hour:minute`.
    pub fn from_utc(date: CivilDate, hour: u32, minute: u32) -> Result<Self, TimeError> {
        date.0
            .and_hms_opt(hour, minute, 0)
            .map(|n| Self(n.and_utc()))
            .ok_or(TimeError::OutOfRange)
    }

    /// RFC 3339 in UTC with a `Z`, to the second: `2026-03-29T01:00:00Z`.
    pub fn to_rfc3339(&self) -> String {
        use chrono::Timelike;
        let (d, t) = (self.0.date_naive(), self.0.time());
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            d.year(),
            d.month(),
            d.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// The UTC calendar date of this instant.
    pub fn utc_date(&self) -> CivilDate {
        CivilDate(self.0.date_naive())
    }

    /// The civil date of this instant as seen in `zone`.
    pub fn date_in(&self, zone: Zone) -> CivilDate {
        self.local_in(zone).date()
    }

    /// The wall-clock reading of this instant in `zone`.
    pub fn local_in(&self, zone: Zone) -> LocalDateTime {
        self.0
            .naive_utc()
            .checked_add_signed(chrono::TimeDelta::seconds(i64::from(
                zone.offset_at(*self).0,
            )))
            .map_or_else(|| LocalDateTime(self.0.naive_utc()), LocalDateTime)
    }

    fn timestamp(&self) -> jiff::Timestamp {
        jiff::Timestamp::from_second(self.0.timestamp()).unwrap_or(if self.0.timestamp() < 0 {
            jiff::Timestamp::MIN
        } else {
            jiff::Timestamp::MAX
        })
    }

    /// This instant moved by a number of seconds (unchanged when the result would leave the
    /// supported range; see [`Instant::checked_plus_seconds`] to be told).
    pub fn plus_seconds(&self, seconds: i64) -> Self {
        self.checked_plus_seconds(seconds).unwrap_or(*self)
    }

    /// This instant moved by a number of seconds, or `OutOfRange` (never a panic, whatever the
    /// number: input from files decides it).
    pub fn checked_plus_seconds(&self, seconds: i64) -> Result<Self, TimeError> {
        chrono::TimeDelta::try_seconds(seconds)
            .and_then(|d| self.0.checked_add_signed(d))
            .map(Self)
            .ok_or(TimeError::OutOfRange)
    }
}

impl FromStr for Instant {
    type Err = TimeError;

    /// RFC 3339. The form this app stores, `YYYY-MM-DDTHH:MM:SSZ`, is read directly (stored
    /// instants are read by the thousand when busy times are loaded); any other form goes through
    /// the general parser.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Some(i) = Self::parse_stored(t.as_bytes()) {
            return Ok(i);
        }
        DateTime::parse_from_rfc3339(t)
            .map(|d| Self(d.with_timezone(&Utc)))
            .map_err(|_| TimeError::MalformedInstant(s.to_owned()))
    }
}

impl Instant {
    fn parse_stored(b: &[u8]) -> Option<Self> {
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0u32, |acc, c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        let date =
            NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)?;
        let time = date.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)?;
        Some(Self(time.and_utc()))
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// A calendar date with no time and no zone: the unit in which deadlines are counted.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate(NaiveDate);

impl CivilDate {
    /// The earliest representable date (a neutral fallback, never a real deadline).
    pub const MIN: CivilDate = CivilDate(NaiveDate::MIN);

    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, TimeError> {
        NaiveDate::from_ymd_opt(year, month, day)
            .map(Self)
            .ok_or_else(|| TimeError::MalformedDate(format!("{year:04}-{month:02}-{day:02}")))
    }

    pub fn year(&self) -> i32 {
        self.0.year()
    }

    pub fn month(&self) -> u32 {
        self.0.month()
    }

    pub fn day(&self) -> u32 {
        self.0.day()
    }

    /// ISO weekday number: Monday is 1, Sunday is 7.
    pub fn iso_weekday(&self) -> u32 {
        self.0.weekday().number_from_monday()
    }

    pub fn is_sunday(&self) -> bool {
        self.0.weekday() == Weekday::Sun
    }

    pub fn is_weekend(&self) -> bool {
        matches!(self.0.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(&self, days: i64) -> Result<Self, TimeError> {
        chrono::TimeDelta::try_days(days)
            .and_then(|d| self.0.checked_add_signed(d))
            .map(Self)
            .ok_or(TimeError::OutOfRange)
    }

    /// The same day `years` years earlier (29 February becomes 28 February): the start of a look-back.
    pub fn years_before(&self, years: u32) -> Result<Self, TimeError> {
        let y = self.0.year() - i32::try_from(years).map_err(|_| TimeError::OutOfRange)?;
        NaiveDate::from_ymd_opt(y, self.0.month(), self.0.day())
            .or_else(|| NaiveDate::from_ymd_opt(y, self.0.month(), self.0.day() - 1))
            .map(Self)
            .ok_or(TimeError::OutOfRange)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(&self, other: CivilDate) -> i64 {
        (other.0 - self.0).num_days()
    }

    /// This date at a wall-clock time.
    pub fn at(&self, hour: u32, minute: u32) -> Result<LocalDateTime, TimeError> {
        self.0
            .and_hms_opt(hour, minute, 0)
            .map(LocalDateTime)
            .ok_or(TimeError::OutOfRange)
    }
}

impl FromStr for CivilDate {
    type Err = TimeError;

    /// Exactly `YYYY-MM-DD` (read directly: dates are parsed for every stored row).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || TimeError::MalformedDate(s.to_owned());
        let t = s.trim().as_bytes();
        if t.len() != 10 || t[4] != b'-' || t[7] != b'-' {
            return Err(bad());
        }
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            t.get(range)?.iter().try_fold(0u32, |acc, b| {
                b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
            })
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(bad());
        };
        let y = i32::try_from(y).map_err(|_| bad())?;
        NaiveDate::from_ymd_opt(y, m, d).map(Self).ok_or_else(bad)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl fmt::Debug for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A wall-clock reading (date and time to the minute or second) with no zone attached.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime(NaiveDateTime);

impl LocalDateTime {
    pub fn date(&self) -> CivilDate {
        CivilDate(self.0.date())
    }

    /// Minutes since local midnight.
    pub fn minute_of_day(&self) -> u32 {
        use chrono::Timelike;
        self.0.hour() * 60 + self.0.minute()
    }

    /// Seconds past the minute.
    pub fn second(&self) -> u32 {
        use chrono::Timelike;
        self.0.second()
    }

    /// `2026-03-29T02:30` (seconds shown only when not zero).
    pub fn to_iso(&self) -> String {
        use chrono::Timelike;
        let (d, t) = (self.0.date(), self.0.time());
        if t.second() == 0 {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                d.year(),
                d.month(),
                d.day(),
                t.hour(),
                t.minute()
            )
        } else {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                d.year(),
                d.month(),
                d.day(),
                t.hour(),
                t.minute(),
                t.second()
            )
        }
    }

    /// `02:30`.
    pub fn hh_mm(&self) -> String {
        use chrono::Timelike;
        format!("{:02}:{:02}", self.0.hour(), self.0.minute())
    }

    /// The same reading in the tz library's terms (years -9999 to 9999).
    fn to_jiff(self) -> Result<jiff::civil::DateTime, TimeError> {
        use chrono::Timelike;
        let (d, t) = (self.0.date(), self.0.time());
        let small = |v: u32| i8::try_from(v).map_err(|_| TimeError::OutOfRange);
        jiff::civil::DateTime::new(
            i16::try_from(d.year()).map_err(|_| TimeError::OutOfRange)?,
            small(d.month())?,
            small(d.day())?,
            small(t.hour())?,
            small(t.minute())?,
            small(t.second())?,
            0,
        )
        .map_err(|_| TimeError::OutOfRange)
    }

    /// This reading taken as UTC (only a fallback where no zone applies).
    pub fn assume_utc(&self) -> Instant {
        Instant(self.0.and_utc())
    }

    /// The reading `minutes` later in wall-clock terms (no zone is involved).
    pub fn plus_minutes(&self, minutes: i64) -> Result<Self, TimeError> {
        chrono::TimeDelta::try_minutes(minutes)
            .and_then(|d| self.0.checked_add_signed(d))
            .map(Self)
            .ok_or(TimeError::OutOfRange)
    }
}

impl FromStr for LocalDateTime {
    type Err = TimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        // The stored form `YYYY-MM-DDTHH:MM` is read directly (thousands of rows at a time).
        let b = t.as_bytes();
        if b.len() == 16 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':' {
            let num = |r: std::ops::Range<usize>| -> Option<u32> {
                b.get(r)?.iter().try_fold(0u32, |acc, c| {
                    c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
                })
            };
            if let (Some(y), Some(mo), Some(d), Some(h), Some(mi)) =
                (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16))
                && let Some(date) = i32::try_from(y)
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, mo, d))
                && let Some(dt) = date.and_hms_opt(h, mi, 0)
            {
                return Ok(Self(dt));
            }
        }
        NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"))
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
            .map(Self)
            .map_err(|_| TimeError::MalformedLocalDateTime(s.to_owned()))
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl fmt::Debug for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// An offset from UTC in seconds east.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct UtcOffset(pub i32);

impl UtcOffset {
    pub fn seconds(&self) -> i32 {
        self.0
    }
}

impl fmt::Display for UtcOffset {
    /// `+08:00`, `-03:00`, `+05:45`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
    }
}

/// An IANA time zone, as the tz database it was read from defines it (see [`rules`]). Two zones
/// with the same name are equal even when read from different databases.
#[derive(Clone, Copy)]
pub struct Zone(&'static rules::ZoneData);

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.0.name == other.0.name
    }
}

impl Eq for Zone {}

impl std::hash::Hash for Zone {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.name.hash(state);
    }
}

impl Zone {
    /// Hong Kong, from the rules in force (the bundled copy if those lack it).
    pub fn hong_kong() -> Zone {
        Self::always("Asia/Hong_Kong")
    }

    /// The Mainland's zone, from the rules in force (the bundled copy if those lack it).
    pub fn shanghai() -> Zone {
        Self::always("Asia/Shanghai")
    }

    fn always(name: &str) -> Zone {
        rules::current()
            .zone(name)
            .or_else(|_| rules::bundled().zone(name))
            .or_else(|_| rules::bundled().zone("UTC"))
            .unwrap_or_else(|_| Zone(rules::fixed_utc()))
    }

    /// A zone the rules in force do not know (a name removed from the database, or a stored typo),
    /// held at the offset it was last computed with so that a stored record can still be read and
    /// shown for review. Never use it for a new booking.
    pub fn lost(name: &str, offset: UtcOffset) -> Zone {
        Zone(rules::lost(name, offset.0))
    }

    /// Whether this zone is missing from the rules in force (see [`Zone::lost`]).
    pub fn is_lost(&self) -> bool {
        self.0.lost
    }

    /// The IANA name, e.g. `Asia/Hong_Kong`.
    pub fn name(&self) -> &'static str {
        self.0.name
    }

    /// The version of the tz database this zone was read from.
    pub fn tzdb_version(&self) -> &'static str {
        self.0.version
    }

    /// The UTC offset in force at `at`.
    pub fn offset_at(&self, at: Instant) -> UtcOffset {
        UtcOffset(self.0.tz.to_offset(at.timestamp()).seconds())
    }
}

/// A change of a zone's UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub at: Instant,
    pub before: UtcOffset,
    pub after: UtcOffset,
}

impl Zone {
    /// The zone's abbreviation in force at `at` (`HKT`, `CEST`, `-03`).
    pub fn abbreviation_at(&self, at: Instant) -> String {
        self.0
            .tz
            .to_offset_info(at.timestamp())
            .abbreviation()
            .to_owned()
    }

    /// The offset changes after `from` and before `until`, as the database lists them (a change of
    /// abbreviation alone is not a change).
    pub fn transitions(&self, from: Instant, until: Instant) -> Vec<Transition> {
        let mut out = Vec::new();
        let mut before = self.offset_at(from);
        for t in self.0.tz.following(from.timestamp()) {
            let Ok(at) = Instant::from_unix_seconds(t.timestamp().as_second()) else {
                break;
            };
            if at >= until {
                break;
            }
            let after = UtcOffset(t.offset().seconds());
            if after != before {
                out.push(Transition { at, before, after });
                before = after;
            }
        }
        out
    }
}

impl FromStr for Zone {
    type Err = TimeError;

    /// A zone of the rules in force; a name they do not know (a typo, or a zone removed from the
    /// database) is [`TimeError::UnknownZone`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        rules::current().zone(s)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests;
