//! The vocabulary of a holiday list: whose calendar, what a listed day is, and one listed day. Both
//! the calendars and the estimates of years without official data speak it.

use crate::text::Bilingual;
use crate::time::CivilDate;

/// Whose holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Jurisdiction {
    HongKong,
    Mainland,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 2] = [Jurisdiction::HongKong, Jurisdiction::Mainland];

    /// `HK` or `CN`.
    pub fn code(&self) -> &'static str {
        match self {
            Jurisdiction::HongKong => "HK",
            Jurisdiction::Mainland => "CN",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_uppercase().as_str() {
            "HK" => Some(Jurisdiction::HongKong),
            "CN" => Some(Jurisdiction::Mainland),
            _ => None,
        }
    }
}

/// What a listed day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A day off: a Hong Kong general holiday, or a Mainland day off in the State Council notice.
    DayOff,
    /// A Mainland weekend day on which people work (调休上班日).
    MakeUpWorkday,
}

impl EntryKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntryKind::DayOff => "day_off",
            EntryKind::MakeUpWorkday => "make_up_workday",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day_off" => Some(EntryKind::DayOff),
            "make_up_workday" => Some(EntryKind::MakeUpWorkday),
            _ => None,
        }
    }
}

/// One listed day of a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    pub date: CivilDate,
    pub kind: EntryKind,
    pub name: Bilingual,
    /// Where the entry comes from (the gazette or notice, or the clerk who entered it).
    pub source: String,
}
