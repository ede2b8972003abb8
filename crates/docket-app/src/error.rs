//! `AppError`: the one error type both front ends receive. The UI switches on its `kind`; the text a
//! clerk reads comes from [`crate::i18n`] in their language, never from matching on messages.

use crate::codes::StageCodeDto;
use docket_domain::time::TimeError;
use docket_domain::validation::{Expected as DomainExpected, FieldError, FieldReason};
use docket_store::StoreError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a use case could not do, and why. Serialized as `{ "kind": ..., "detail": ... }`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, TS)]
#[serde(tag = "kind", content = "detail", rename_all = "camelCase")]
#[non_exhaustive]
pub enum AppError {
    /// A record the clerk referred to does not exist.
    #[error("{entity:?} `{key}` was not found")]
    NotFound { entity: Entity, key: String },
    /// Input was refused; every refused field is listed.
    #[error("{} field(s) refused: {}", fields.len(), fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>().join(", "))]
    Validation { fields: Vec<FieldProblem> },
    /// The request conflicts with what is already stored.
    #[error("conflict: {reason:?}")]
    Conflict { reason: ConflictReason },
    /// A wall time in a daylight-saving gap: the clerk must choose one of the two readings.
    #[error("{local} does not exist in {zone} (choose {earlier} or {later})")]
    #[serde(rename_all = "camelCase")]
    NonexistentLocalTime {
        field: String,
        local: String,
        zone: String,
        earlier: String,
        later: String,
    },
    /// A wall time in a daylight-saving fold: the clerk must choose one of the two offsets.
    #[error("{local} occurs twice in {zone} ({earlier_offset} or {later_offset})")]
    #[serde(rename_all = "camelCase")]
    AmbiguousLocalTime {
        field: String,
        local: String,
        zone: String,
        earlier_offset: String,
        later_offset: String,
    },
    /// A case cannot move to the requested stage, or an event cannot take the requested date.
    #[error("move refused: {0:?}")]
    MoveRefused(MoveRefusal),
    /// A case cannot take the requested exit (withdrawal, settlement, termination, dismissal,
    /// suspension, resumption), or the clerk cannot undo its latest exit.
    #[error("exit refused: {0:?}")]
    ExitRefused(ExitRefusal),
    /// A file the clerk named cannot be read.
    #[error("cannot read {path}: {reason}")]
    FileUnreadable { path: String, reason: String },
    /// An imported file was refused; nothing was imported.
    #[error("import refused at line {line}: {detail}")]
    ImportRefused { line: u32, detail: String },
    /// A holiday list was refused (line 0: the file as a whole); nothing was imported.
    #[error("holiday list refused at line {line}: {problem:?}")]
    HolidayImportRefused { line: u32, problem: HolidayProblem },
    /// The year a holiday list would replace is far from today: the clerk confirms it first. Nothing
    /// was written.
    #[error("{year} is far from {this_year}; confirm the import of the {calendar:?} calendar")]
    #[serde(rename_all = "camelCase")]
    HolidayYearUnconfirmed {
        calendar: CalendarDto,
        year: i32,
        this_year: i32,
    },
    /// A backup cannot be used (damaged, not a Bay Docket database, from a newer version); nothing
    /// was changed.
    #[error("backup {path} refused ({reason:?}): {detail}")]
    BackupRefused {
        path: String,
        reason: BackupRefusal,
        detail: String,
    },
    /// A case package cannot be imported (unreadable, not a package, altered or incomplete, from a
    /// newer version); nothing was changed.
    #[error("package {path} refused ({reason:?}): {detail}")]
    PackageRefused {
        path: String,
        reason: PackageRefusal,
        /// Where: `table #row › field` in `case.json`, `line L, column C`, or the entry's name
        /// (empty when the whole file is refused).
        at: String,
        detail: String,
    },
    /// Confidential mediation material (Cap 620) would leave the app and no permitted ground was
    /// recorded; the refusal is in the case's disclosure log.
    #[error("{items} confidential mediation item(s) need a permitted ground")]
    ExportRefused { items: u32 },
    /// A file could not be written (a full disk, a read-only folder); what was there is unchanged.
    #[error("cannot write {path}: {reason}")]
    WriteFailed { path: String, reason: String },
    /// A date falls in a year for which the calendar has no holiday data.
    #[error("no holiday data for {year} in the {calendar:?} calendar")]
    NoHolidayData { calendar: CalendarDto, year: i32 },
    /// No per-user data folder could be found for the default database location.
    #[error("no per-user data folder is available; pass --db PATH or set BAY_DOCKET_DB")]
    NoDataFolder,
    /// There is no database at the path given: only `init` (or the window, when the clerk agrees)
    /// creates one, so a mistyped path never becomes a new, empty centre.
    #[error("no Bay Docket database at {path}")]
    NoDatabase { path: String },
    /// The database file could not be opened or created.
    #[error("cannot open the database at {path}: {reason}")]
    DatabaseUnavailable {
        path: String,
        #[serde(skip)]
        #[ts(skip)]
        reason: String,
    },
    /// A command stopped part-way because of a fault inside Bay Docket (a caught panic). Any database
    /// change it had not committed was rolled back; the details are logged, not shown.
    #[error("command interrupted: {detail}")]
    Interrupted {
        #[serde(skip)]
        #[ts(skip)]
        detail: String,
    },
    /// A date given by the clerk or a file is far from today (a filing date more than a year ahead
    /// or before 1990, a weather warning longer than a week): the clerk confirms it first. Nothing
    /// was written.
    #[error("{field} = {value} needs confirming ({reason:?})")]
    Unconfirmed {
        field: String,
        value: String,
        reason: UnconfirmedReason,
    },
    /// Something failed that the clerk cannot fix; the details are logged, not shown.
    #[error("internal error: {detail}")]
    Internal {
        #[serde(skip)]
        #[ts(skip)]
        detail: String,
    },
}

/// Why a backup cannot be used (see [`AppError::BackupRefused`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupRefusal {
    /// The file cannot be read.
    Unreadable,
    /// Neither a Bay Docket database nor a backup archive.
    NotADatabase,
    /// A database whose tables or schema version Bay Docket did not make (another program's file,
    /// or an edited one).
    Foreign,
    /// The file is damaged or incomplete.
    Damaged,
    /// It comes from a newer version of Bay Docket.
    TooNew,
    /// The copy failed.
    Failed,
}

/// Why a case package cannot be imported (see [`AppError::PackageRefused`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PackageRefusal {
    /// The file cannot be read.
    Unreadable,
    /// Not a Bay Docket case package.
    NotAPackage,
    /// Its contents were altered or are incomplete (they do not match the manifest).
    Tampered,
    /// It comes from a newer version of Bay Docket.
    TooNew,
    /// `case.json` holds a field this version does not know.
    UnknownField,
    /// `case.json` holds a value that is not valid.
    InvalidValue,
    /// `case.json` holds records of another case.
    OtherCase,
    /// A document is not named by a SHA-256 digest.
    NotADigest,
    /// A document `case.json` lists is missing from the file.
    MissingDocument,
    /// A document's bytes do not match its SHA-256 digest.
    DigestMismatch,
    /// A hearing names a room (by its code) that this centre does not have; `detail` is the code.
    UnknownRoom,
}

/// What is wrong with a holiday list (see [`AppError::HolidayImportRefused`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum HolidayProblem {
    /// Neither a JSON holiday list nor an iCalendar file.
    NotAHolidayList,
    /// The text cannot be read (not UTF-8, broken JSON); `detail` is the reader's own words.
    Unreadable { detail: String },
    /// The file is larger than a holiday list can be.
    #[serde(rename_all = "camelCase")]
    FileTooLarge { size_kb: u64, max_kb: u64 },
    /// More days than a holiday list can hold.
    TooManyDays { max: u32 },
    /// JSON with neither a list of days nor a `days` list.
    NoDayList,
    /// A day that is not an object with a `date` and a `name`.
    NotADay,
    /// A date that is not `YYYY-MM-DD` (or an iCalendar date `YYYYMMDD`).
    BadDate { text: String },
    /// A day without a name (or an event without a SUMMARY).
    NoName,
    /// A name longer than `max` characters.
    NameTooLong { max: u32 },
    /// `isOffDay` is neither true nor false.
    #[serde(rename_all = "camelCase")]
    BadOffDay { value: String },
    /// The file's `year` is not a whole number.
    BadYear { value: String },
    /// A date outside the year the file declares.
    OutsideYear { date: String, year: i32 },
    /// The file declares one year and the clerk chose another.
    #[serde(rename_all = "camelCase")]
    YearDiffers { declared: i32, chosen: i32 },
    /// A file without a declared year covers several years and no year was chosen.
    SeveralYears { years: Vec<i32> },
    /// The file has no days in the year it would replace.
    NoDays { year: i32 },
    /// Two entries for one date disagree (day off against working day, or different names).
    #[serde(rename_all = "camelCase")]
    Disagrees { date: String, other_line: u32 },
    /// A make-up working day in a Hong Kong list.
    MakeUpDayInHongKong { date: String },
    /// An iCalendar line without `NAME:VALUE`.
    BadContentLine,
    /// An event without DTSTART.
    NoStart,
    /// An all-day event that ends before it starts.
    #[serde(rename_all = "camelCase")]
    EndsBeforeStart { summary: String },
    /// An all-day event longer than a holiday can be; it is not cut short.
    #[serde(rename_all = "camelCase")]
    EventTooLong {
        summary: String,
        days: u32,
        max: u32,
    },
}

/// Why a value needs the clerk's confirmation (see [`AppError::Unconfirmed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum UnconfirmedReason {
    /// A filing date more than a year after today.
    FarFuture,
    /// A filing date before 1990.
    LongAgo,
    /// A weather warning period longer than a week.
    LongWarning,
}

/// The kinds of record an error can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    Neutral,
    Case,
    Hearing,
    Venue,
    Deadline,
    TimeLimit,
    Party,
    Counsel,
    Firm,
    Appointment,
    Document,
    ChecklistItem,
}

/// Why a case could not move to a stage, or an event could not take a date (see
/// [`AppError::MoveRefused`]). Stages are named by code; the localiser names them in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum MoveRefusal {
    /// Stages are entered one after another: the case is at `current`, and `expected` comes next
    /// (`None` after the last stage).
    OutOfOrder {
        current: StageCodeDto,
        expected: Option<StageCodeDto>,
        requested: StageCodeDto,
    },
    /// The stage does not belong to the case's workflow model.
    NotInWorkflow { requested: StageCodeDto },
    /// The event date `date` is before the previous event, on `previous` (at the stage
    /// `previous_stage`, when that event is named).
    #[serde(rename_all = "camelCase")]
    BeforePreviousEvent {
        date: String,
        previous: String,
        previous_stage: Option<StageCodeDto>,
    },
    /// The case is not open (closed, or suspended): it records no move until it is resumed or its
    /// exit is undone.
    NotOpen { status: crate::codes::CaseStatusDto },
    /// The event date `date` is after the next event, at `next_stage` on `next`.
    #[serde(rename_all = "camelCase")]
    AfterNextEvent {
        date: String,
        next: String,
        next_stage: StageCodeDto,
    },
}

/// Why a case cannot take an exit, or its exit cannot be undone (see [`AppError::ExitRefused`]).
/// Exits and stages are named by code; the localiser names them in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum ExitRefusal {
    /// The case is closed already: undo its closing first.
    AlreadyClosed,
    /// The case is suspended already.
    AlreadySuspended,
    /// Only a suspended case resumes.
    NotSuspended,
    /// The case's model never ends this way (a mediation is never dismissed).
    NotInModel { exit: crate::codes::ExitKindDto },
    /// The model allows the exit, but not at the case's current stage.
    NotAtStage {
        exit: crate::codes::ExitKindDto,
        stage: StageCodeDto,
    },
    /// A consent award records a settlement during an arbitration only.
    NoConsentAward { stage: StageCodeDto },
    /// The date is before the case's last event.
    BeforePrevious { date: String, previous: String },
    /// No exit stands to undo.
    NothingToUndo,
    /// Another clerk recorded the exit (`by`, or no one named): only they can undo it.
    NotYours { by: Option<String> },
    /// Something recorded after the exit depends on it (a later stage or exit).
    LaterEvent,
}

impl From<docket_domain::workflow::exits::ExitRefusal> for ExitRefusal {
    fn from(e: docket_domain::workflow::exits::ExitRefusal) -> Self {
        use docket_domain::workflow::exits::ExitRefusal as D;
        match e {
            D::AlreadyClosed => Self::AlreadyClosed,
            D::AlreadySuspended => Self::AlreadySuspended,
            D::NotSuspended => Self::NotSuspended,
            D::NotInModel { kind } => Self::NotInModel { exit: kind.into() },
            D::NotAtStage { kind, stage } => Self::NotAtStage {
                exit: kind.into(),
                stage: stage.into(),
            },
            D::NoConsentAward { stage } => Self::NoConsentAward {
                stage: stage.into(),
            },
            D::BeforePrevious { date, previous } => Self::BeforePrevious {
                date: date.to_string(),
                previous: previous.to_string(),
            },
            D::NothingToUndo => Self::NothingToUndo,
            D::NotYours { by } => Self::NotYours { by },
            D::LaterEvent => Self::LaterEvent,
        }
    }
}

/// Why a request conflicts with stored data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ConflictReason {
    /// Demo data can only be loaded into an empty database.
    DatabaseNotEmpty,
    /// An appointment cannot be confirmed while blocking findings are unresolved.
    AppointmentBlocked { blocking: u32 },
    /// A hearing cannot be booked or moved while blocking findings stand.
    HearingBlocked { blocking: u32 },
    /// A room cannot be retired while hearings are still to be held in it.
    VenueInUse { hearings: u32 },
}

/// One refused field, with a machine-readable reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldProblem {
    pub field: String,
    pub reason: FieldProblemReason,
}

impl FieldProblem {
    pub fn new(field: &str, reason: FieldProblemReason) -> Self {
        Self {
            field: field.to_owned(),
            reason,
        }
    }

    /// `field` is not of the form `expected` (which the localiser turns into words).
    pub fn malformed(field: &str, expected: Expected) -> Self {
        Self::new(field, FieldProblemReason::Malformed { expected })
    }
}

/// The accepted form a refused value did not match: the localiser turns it into words ("expected a
/// date such as 2026-03-08"). Forms without words leave the sentence at "is not valid".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    Date,
    SupportedDate,
    LocalDateTime,
    /// An RFC 3339 instant.
    Instant,
    AfterStart,
    AfterNomination,
    CaseReference,
    Roles,
    CountryCodes,
    LanguageLevels,
    LanguageTag,
    EmailAddress,
    Panel,
    TermEndAfterStart,
    /// The value recorded when the case was opened (a model or filing date cannot change).
    SetAtFiling,
    /// A spreadsheet file name ending in `.xlsx` or `.csv`.
    SheetFile,
    Amount,
    Currency,
    PartyKind,
    Side,
    ConnectionKind,
    AppointmentRole,
    AppointedBy,
    /// A role the neutral takes: they are not on the roster as a mediator.
    NeutralIsNotMediator,
    /// A role the neutral takes: they are not on the roster as an arbitrator.
    NeutralIsNotArbitrator,
    ConflictRule,
    /// `block`, `disclose` or `note`.
    Severity,
    RecordKind,
    AnotherCase,
    Stage,
    CaseModel,
    Institution,
    Verification,
    Locale,
    Calendar,
    HolidayKind,
    RuleSet,
    DaysOrMonths,
    WeatherKind,
    Weeks,
    EarlierOrLater,
    RoomZone,
    ParticipantKind,
    Hours,
    HearingKind,
    HearingStatus,
    IcsMethod,
    IcsScope,
    /// A checklist template item's code.
    Code,
    ChecklistStatus,
    BundleFormat,
    /// A bundle line as the command line takes it.
    #[serde(rename = "TAB=DOCUMENT_ID")]
    BundleEntry,
    /// A package conflict's resolution as the command line takes it.
    #[serde(rename = "ENTITY:KEY=mine|theirs")]
    PackageTake,
    VenueCode,
    VenueKind,
    Site,
    SiteZone,
    Facility,
    HhMm,
    ClosesAfterOpens,
    /// A room's code, which does not change once created.
    VenueCodeFixed,
    /// One line of text without control characters (a person's name).
    OneLine,
    /// No particular form (a reason this version does not know).
    #[serde(rename = "")]
    Unspecified,
}

impl From<DomainExpected> for Expected {
    fn from(e: DomainExpected) -> Self {
        match e {
            DomainExpected::Date => Self::Date,
            DomainExpected::SupportedDate => Self::SupportedDate,
            DomainExpected::LocalDateTime => Self::LocalDateTime,
            DomainExpected::AfterStart => Self::AfterStart,
            DomainExpected::CaseReference => Self::CaseReference,
            DomainExpected::Roles => Self::Roles,
            DomainExpected::CountryCodes => Self::CountryCodes,
            DomainExpected::LanguageLevels => Self::LanguageLevels,
            DomainExpected::EmailAddress => Self::EmailAddress,
            DomainExpected::Panel => Self::Panel,
            DomainExpected::TermEndAfterStart => Self::TermEndAfterStart,
            DomainExpected::Amount => Self::Amount,
            DomainExpected::Currency => Self::Currency,
            DomainExpected::PartyKind => Self::PartyKind,
            DomainExpected::ConnectionKind => Self::ConnectionKind,
            DomainExpected::ConflictRule => Self::ConflictRule,
            DomainExpected::Severity => Self::Severity,
            DomainExpected::Institution => Self::Institution,
            DomainExpected::Verification => Self::Verification,
            DomainExpected::RecordKind => Self::RecordKind,
            DomainExpected::VenueCode => Self::VenueCode,
            DomainExpected::VenueKind => Self::VenueKind,
            DomainExpected::Site => Self::Site,
            DomainExpected::SiteZone => Self::SiteZone,
            DomainExpected::Facility => Self::Facility,
            DomainExpected::HhMm => Self::HhMm,
            DomainExpected::ClosesAfterOpens => Self::ClosesAfterOpens,
        }
    }
}

/// Why a field was refused (mirrors the domain's reasons at the IPC boundary).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "camelCase")]
pub enum FieldProblemReason {
    Required,
    TooLong {
        max: u32,
    },
    Malformed {
        expected: Expected,
    },
    /// `zone` is what was given (empty when the check did not keep it); `tzdb` the version in force.
    UnknownZone {
        zone: String,
        tzdb: String,
    },
    OutOfRange {
        min: i64,
        max: i64,
    },
    UnknownReference,
    Duplicate,
    Overlaps,
    /// The amount must be in `expected` (the currency of the cap that applies).
    WrongCurrency {
        expected: String,
    },
    /// The room or venue was retired on `since` (`YYYY-MM-DD`): it takes no bookings.
    Retired {
        since: String,
    },
}

impl From<FieldError> for FieldProblem {
    fn from(e: FieldError) -> Self {
        let reason = match e.reason {
            FieldReason::Required => FieldProblemReason::Required,
            FieldReason::TooLong { max } => FieldProblemReason::TooLong {
                max: u32::try_from(max).unwrap_or(u32::MAX),
            },
            FieldReason::Malformed { expected } => FieldProblemReason::Malformed {
                expected: expected.into(),
            },
            FieldReason::UnknownZone { given } => unknown_zone(&given),
            FieldReason::OutOfRange { min, max } => FieldProblemReason::OutOfRange { min, max },
            FieldReason::UnknownReference => FieldProblemReason::UnknownReference,
            FieldReason::Duplicate => FieldProblemReason::Duplicate,
            FieldReason::Overlaps => FieldProblemReason::Overlaps,
            // FieldReason is non-exhaustive: an unknown reason is still a malformed value.
            _ => FieldProblemReason::Malformed {
                expected: Expected::Unspecified,
            },
        };
        FieldProblem {
            field: e.field,
            reason,
        }
    }
}

impl AppError {
    /// A validation error from the domain's field errors.
    pub fn validation(fields: Vec<FieldError>) -> Self {
        AppError::Validation {
            fields: fields.into_iter().map(FieldProblem::from).collect(),
        }
    }

    /// A validation error for a single field.
    pub fn field(field: &str, reason: FieldProblemReason) -> Self {
        AppError::Validation {
            fields: vec![FieldProblem::new(field, reason)],
        }
    }

    /// One field that is not of the form `expected`.
    pub fn malformed(field: &str, expected: Expected) -> Self {
        AppError::Validation {
            fields: vec![FieldProblem::malformed(field, expected)],
        }
    }

    /// Turns a time error about `field` into the error the clerk sees.
    pub fn time(field: &str, e: TimeError) -> Self {
        match e {
            TimeError::NonexistentLocalTime {
                local,
                zone,
                earlier,
                later,
            } => AppError::NonexistentLocalTime {
                field: field.to_owned(),
                local: local.to_iso(),
                zone: zone.name().to_owned(),
                earlier: earlier.to_iso(),
                later: later.to_iso(),
            },
            TimeError::AmbiguousLocalTime {
                local,
                zone,
                earlier_offset,
                later_offset,
            } => AppError::AmbiguousLocalTime {
                field: field.to_owned(),
                local: local.to_iso(),
                zone: zone.name().to_owned(),
                earlier_offset: earlier_offset.to_string(),
                later_offset: later_offset.to_string(),
            },
            TimeError::UnknownZone(given) => AppError::field(field, unknown_zone(&given)),
            TimeError::MalformedDate(_) => AppError::malformed(field, Expected::Date),
            TimeError::MalformedLocalDateTime(_) => {
                AppError::malformed(field, Expected::LocalDateTime)
            }
            TimeError::MalformedInstant(_) => AppError::malformed(field, Expected::Instant),
            // Out of range, or a reason this version does not know: the value is not valid.
            _ => AppError::malformed(field, Expected::Unspecified),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Internal {
            detail: e.to_string(),
        }
    }
}

/// A zone the tz rules in force do not know, named as given.
pub fn unknown_zone(given: &str) -> FieldProblemReason {
    FieldProblemReason::UnknownZone {
        zone: given.trim().chars().take(64).collect(),
        tzdb: docket_domain::time::tzdb_version().to_owned(),
    }
}

/// The zone `text` names in the rules in force, or a field error naming it.
pub(crate) fn parse_zone(field: &str, text: &str) -> Result<docket_domain::time::Zone, AppError> {
    text.parse()
        .map_err(|_| AppError::field(field, unknown_zone(text)))
}

/// A holiday calendar: Hong Kong or the Mainland.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum CalendarDto {
    HK,
    CN,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn accepted_forms_keep_their_wire_names() {
        let name = |e: Expected| serde_json::to_value(e).unwrap();
        assert_eq!(name(Expected::LocalDateTime), "local_date_time");
        assert_eq!(
            name(Expected::NeutralIsNotMediator),
            "neutral_is_not_mediator"
        );
        assert_eq!(name(Expected::BundleEntry), "TAB=DOCUMENT_ID");
        assert_eq!(name(Expected::PackageTake), "ENTITY:KEY=mine|theirs");
        assert_eq!(name(Expected::Unspecified), "");
        assert_eq!(
            serde_json::to_value(FieldProblem::malformed("start", Expected::LocalDateTime))
                .unwrap(),
            json!({ "field": "start", "reason": { "code": "malformed", "expected": "local_date_time" } })
        );
        assert_eq!(
            serde_json::to_value(BackupRefusal::NotADatabase).unwrap(),
            "not_a_database"
        );
        assert_eq!(
            serde_json::to_value(PackageRefusal::NotADigest).unwrap(),
            "not_a_digest"
        );
    }
}
