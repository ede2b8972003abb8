//! Holiday calendars: Hong Kong general holidays (every Sunday plus the Cap 149 days) and Mainland
//! days off with weekend make-up working days. A calendar knows which years it has official data for
//! and which it estimates from the days the law fixes (`estimate`, up to 2035); asking about any
//! other year is an error, never a guess.

use super::DeadlineError;
pub use super::entry::{CalendarEntry, EntryKind, Jurisdiction};
use super::estimate;
use crate::text::Bilingual;
use crate::time::{CivilDate, Disambiguation, Instant, TimeError, Zone, ZonedWallTime};
use std::collections::{BTreeMap, BTreeSet};

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OffReason {
    /// Every Sunday is a Hong Kong general holiday.
    Sunday,
    /// A Saturday on which the office or business is closed.
    Saturday,
    /// A Mainland Saturday or Sunday that is not a make-up working day.
    Weekend,
    /// A listed holiday.
    Holiday {
        jurisdiction: Jurisdiction,
        name: Bilingual,
        /// Computed from the law for a year without official data, not read from a list.
        estimated: bool,
    },
    /// A Hong Kong gale (Signal No. 8 or above) or black rainstorm warning day.
    Weather { kind: WeatherKind },
    /// A day the court office or centre was closed.
    Closure { name: Bilingual },
}

/// Whether a day is a working day on a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayStatus {
    /// A working day; `make_up` names the holiday a Mainland weekend make-up day belongs to.
    Working {
        make_up: Option<Bilingual>,
    },
    Off(OffReason),
}

impl DayStatus {
    pub fn is_working(&self) -> bool {
        matches!(self, DayStatus::Working { .. })
    }
}

/// The days off (and make-up working days) of one jurisdiction: the years with official data, and
/// the years without, up to [`estimate::ESTIMATE_LAST`], estimated from the days the law fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayCalendar {
    pub jurisdiction: Jurisdiction,
    years: BTreeSet<i32>,
    entries: BTreeMap<CivilDate, CalendarEntry>,
    estimated_years: BTreeSet<i32>,
    estimated: BTreeMap<CivilDate, CalendarEntry>,
}

impl HolidayCalendar {
    /// A calendar with official data for `years` (the listed `entries`); every other year in the
    /// estimate range is estimated. Official data wins entirely: a year with any official data is
    /// never estimated.
    pub fn new(
        jurisdiction: Jurisdiction,
        years: impl IntoIterator<Item = i32>,
        entries: impl IntoIterator<Item = CalendarEntry>,
    ) -> Self {
        let years: BTreeSet<i32> = years.into_iter().collect();
        let estimated_years = estimate::estimated_years(&years);
        let estimated = estimated_years
            .iter()
            .filter_map(|y| estimate::estimated_entries(jurisdiction, *y))
            .flatten()
            .map(|e| (e.date, e))
            .collect();
        Self {
            jurisdiction,
            years,
            entries: entries.into_iter().map(|e| (e.date, e)).collect(),
            estimated_years,
            estimated,
        }
    }

    /// The years with official data (imported or seeded).
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.iter().copied()
    }

    /// The years without official data that are estimated.
    pub fn estimated_years(&self) -> impl Iterator<Item = i32> + '_ {
        self.estimated_years.iter().copied()
    }

    /// Whether the calendar can answer for `year`: official data, or an estimate.
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains(&year) || self.estimated_years.contains(&year)
    }

    /// Whether `year` is answered by an estimate (no official data).
    pub fn is_estimated(&self, year: i32) -> bool {
        !self.years.contains(&year) && self.estimated_years.contains(&year)
    }

    pub fn entry(&self, date: CivilDate) -> Option<&CalendarEntry> {
        if self.is_estimated(date.year()) {
            self.estimated.get(&date)
        } else {
            self.entries.get(&date)
        }
    }

    /// The same calendar with `entry` listed on its date (added, or replacing the day listed there):
    /// what a correction would make of it. The year must already have data to be read as listed.
    pub fn with_entry(&self, entry: CalendarEntry) -> Self {
        let mut out = self.clone();
        out.entries.insert(entry.date, entry);
        out
    }

    /// The same calendar without the day listed on `date`.
    pub fn without_entry(&self, date: CivilDate) -> Self {
        let mut out = self.clone();
        out.entries.remove(&date);
        out
    }

    /// The officially listed day at `date` (never an estimate): what an import compares with.
    pub fn official_entry(&self, date: CivilDate) -> Option<&CalendarEntry> {
        self.entries.get(&date)
    }

    /// The officially listed days of one year (none for an estimated year).
    pub fn official_entries_in(&self, year: i32) -> Vec<&CalendarEntry> {
        self.entries
            .values()
            .filter(|e| e.date.year() == year)
            .collect()
    }

    /// The listed (or estimated) days of one year, in date order.
    pub fn entries_in(&self, year: i32) -> Vec<&CalendarEntry> {
        let source = if self.is_estimated(year) {
            &self.estimated
        } else {
            &self.entries
        };
        source.values().filter(|e| e.date.year() == year).collect()
    }

    fn require(&self, date: CivilDate) -> Result<(), DeadlineError> {
        if self.covers(date.year()) {
            Ok(())
        } else {
            Err(DeadlineError::NoHolidayData {
                jurisdiction: self.jurisdiction,
                year: date.year(),
            })
        }
    }

    /// Whether `date` is a working day: Hong Kong closes on Sundays and general holidays (Saturdays
    /// are ordinary days); the Mainland rests on listed days off and on weekends that are not make-up
    /// working days.
    pub fn status(&self, date: CivilDate) -> Result<DayStatus, DeadlineError> {
        self.require(date)?;
        let listed = self.entry(date);
        Ok(match (self.jurisdiction, listed) {
            (j, Some(e)) if e.kind == EntryKind::DayOff => DayStatus::Off(OffReason::Holiday {
                jurisdiction: j,
                name: e.name.clone(),
                estimated: self.is_estimated(date.year()),
            }),
            (Jurisdiction::Mainland, Some(e)) => DayStatus::Working {
                make_up: Some(e.name.clone()),
            },
            (Jurisdiction::HongKong, _) if date.is_sunday() => DayStatus::Off(OffReason::Sunday),
            (Jurisdiction::Mainland, None) if date.is_weekend() => {
                DayStatus::Off(OffReason::Weekend)
            }
            _ => DayStatus::Working { make_up: None },
        })
    }
}

/// A Hong Kong weather warning that can close offices and stop time running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeatherKind {
    /// Tropical Cyclone Signal No. 8 or above (a "gale warning").
    Signal8,
    BlackRain,
    /// The government's "extreme conditions" announcement after a super typhoon.
    ExtremeConditions,
}

impl WeatherKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            WeatherKind::Signal8 => "signal8",
            WeatherKind::BlackRain => "black_rain",
            WeatherKind::ExtremeConditions => "extreme_conditions",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "signal8" => Some(WeatherKind::Signal8),
            "black_rain" => Some(WeatherKind::BlackRain),
            "extreme_conditions" => Some(WeatherKind::ExtremeConditions),
            _ => None,
        }
    }

    /// Whether Cap 1 s.71 counts it: a gale or black rainstorm warning. "Extreme conditions" is not,
    /// by definition, a warning day (it matters only if an office closes, through a closure day).
    pub fn is_statutory_warning(&self) -> bool {
        matches!(self, WeatherKind::Signal8 | WeatherKind::BlackRain)
    }
}

/// A recorded period during which a warning was in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeatherEvent {
    pub kind: WeatherKind,
    pub start: Instant,
    pub end: Instant,
}

/// A day a Hong Kong court office or the centre was closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosureDay {
    pub date: CivilDate,
    pub name: Bilingual,
}

/// The window of a Hong Kong day during which a warning makes it a warning day, in minutes after
/// local midnight (09:00–17:00 by default: an unverified reading of s.71, so it is a parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarningWindow {
    pub from_minute: u32,
    pub to_minute: u32,
}

impl Default for WarningWindow {
    fn default() -> Self {
        Self {
            from_minute: 9 * 60,
            to_minute: 17 * 60,
        }
    }
}

/// The first statutory warning in force on `date` during `window` (Hong Kong time), if any.
pub fn warning_on(
    date: CivilDate,
    events: &[WeatherEvent],
    window: WarningWindow,
) -> Result<Option<WeatherKind>, TimeError> {
    if events.is_empty() {
        return Ok(None);
    }
    let at = |minute: u32| -> Result<Instant, TimeError> {
        let local = date.at(minute / 60, minute % 60)?;
        Ok(ZonedWallTime::new(local, Zone::hong_kong())
            .resolve(Disambiguation::Compatible)?
            .instant)
    };
    let (from, to) = (at(window.from_minute)?, at(window.to_minute)?);
    Ok(events
        .iter()
        .filter(|e| e.kind.is_statutory_warning())
        .find(|e| e.start < to && e.end > from)
        .map(|e| e.kind))
}
