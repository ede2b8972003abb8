//! What a holiday-list import changes, would change, and leaves out, for the deadlines area.

use super::*;

/// What an import changed (one year of one calendar).
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidayImportDto {
    pub calendar: CalendarDto,
    pub year: i32,
    pub added: u32,
    pub corrected: u32,
    pub removed: u32,
    pub unchanged: u32,
    /// Events set aside (timed, repeating, cancelled).
    pub skipped: u32,
}

/// A listed day as it is or would be: a day off, or (Mainland) a make-up working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HolidayDayDto {
    pub working: bool,
    pub name: BilingualDto,
}

/// What an import does to one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HolidayChangeKindDto {
    Added,
    Changed,
    Removed,
}

/// One date an import would change: what it is now and what it would become.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidayChangeDto {
    pub date: String,
    /// ISO weekday: 1 (Monday) to 7 (Sunday).
    pub weekday: u32,
    pub change: HolidayChangeKindDto,
    pub before: Option<HolidayDayDto>,
    pub after: Option<HolidayDayDto>,
}

/// Why an entry of the file is not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HolidaySkipDto {
    /// An event with a time of day (a meeting, not a day off).
    Timed,
    /// A repeating event.
    Repeating,
    /// A cancelled event.
    Cancelled,
}

/// An entry of the file that is not imported, with its line and summary.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidaySkippedDto {
    pub line: u32,
    pub summary: String,
    pub reason: HolidaySkipDto,
}

/// Days of a multi-year feed outside the year being imported; they are left out.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidayOtherYearDto {
    pub year: i32,
    pub days: u32,
}

/// What importing a file would do; nothing is written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayImportPreviewDto {
    pub calendar: CalendarDto,
    /// The one year the import replaces.
    pub year: i32,
    /// Whether the year came from the file (`year` of a Mainland notice) rather than the clerk's
    /// choice or the only year the file covers.
    pub declared: bool,
    /// Whether the calendar already has data for the year (which the import replaces).
    pub replaces: bool,
    /// The dates that change, in date order.
    pub changes: Vec<HolidayChangeDto>,
    pub unchanged: u32,
    pub skipped: Vec<HolidaySkippedDto>,
    pub other_years: Vec<HolidayOtherYearDto>,
    /// The year is more than two years from this year: the import must be confirmed.
    pub needs_confirmation: bool,
    pub this_year: i32,
}

/// One change to a holiday calendar or to the centre's closure days, as a form sends it to be
/// previewed or saved (and as a saved change's undo comes back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum CalendarEditDto {
    /// Add a day, or correct the day listed on `date` (a year with data only).
    #[serde(rename_all = "camelCase")]
    SetHoliday {
        calendar: CalendarDto,
        date: String,
        /// A Mainland make-up working day rather than a day off.
        working: bool,
        name_en: String,
        name_zh: String,
        reason: String,
    },
    /// Take the day listed on `date` off the calendar.
    #[serde(rename_all = "camelCase")]
    RemoveHoliday {
        calendar: CalendarDto,
        date: String,
        reason: String,
    },
    /// Record a day the centre (or a Hong Kong court office) is closed.
    #[serde(rename_all = "camelCase")]
    AddClosure {
        date: String,
        name_en: String,
        name_zh: String,
    },
    /// Take a closure day off the list.
    #[serde(rename_all = "camelCase")]
    RemoveClosure { date: String },
}

/// A case deadline whose date a calendar change moves.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MovedDeadlineDto {
    pub deadline_id: String,
    pub case_reference: String,
    pub name: BilingualDto,
    /// The date now, and after the change (`None` where it cannot be computed).
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What a calendar change would do; nothing is written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEditPreviewDto {
    /// The day as it is listed now, and as it would be (for a closure, its names).
    pub before: Option<HolidayDayDto>,
    pub after: Option<HolidayDayDto>,
    /// The running case deadlines (not overridden) whose date would move, soonest first.
    pub moved: Vec<MovedDeadlineDto>,
}

/// A saved calendar change: the deadlines it moved, and the change that undoes it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEditDoneDto {
    pub moved: Vec<MovedDeadlineDto>,
    pub undo: CalendarEditDto,
}

/// A day the centre (or a Hong Kong court office) is closed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClosureDayDto {
    pub date: String,
    /// ISO weekday: 1 (Monday) to 7 (Sunday).
    pub weekday: u32,
    pub name: BilingualDto,
}
