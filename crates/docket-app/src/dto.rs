//! Transport types shared by the command line (JSON) and the desktop UI (IPC). Domain types are not
//! serializable; these are, and they are exported to TypeScript by `cargo xtask codegen`.

use crate::error::AppError;
use crate::locale::Locale;
use docket_domain::case::Case;
use docket_domain::hearing::{Hearing, Venue};
use docket_domain::hours::Hours;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::codes::*;

mod cases;
mod deadlines;
mod hearings;
mod prep;
mod removal;
mod roster;
mod sheets;
mod text;
pub use cases::*;
pub use deadlines::*;
pub use hearings::*;
pub use prep::*;
pub use removal::*;
pub use roster::*;
pub use sheets::*;
pub use text::*;

/// The product, its version, and what it was built with.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfoDto {
    pub product: String,
    pub version: String,
    /// The tz database in force (the newer of the system's and the bundled copy).
    pub tzdb_version: String,
    pub tzdb_source: TzSourceDto,
    pub sqlite_version: String,
    pub schema_version: u32,
    /// Where the database file lives (`None` for an in-memory database).
    pub db_path: Option<String>,
}

/// The clerk's preferences stored in the database.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDto {
    /// The chosen interface language, or `None` before the clerk has chosen one.
    pub language: Option<Locale>,
    pub db_path: Option<String>,
    pub demo_offer_dismissed: bool,
    /// The clerk's name, recorded with every change they make; `None` until they give it.
    pub clerk_name: Option<String>,
}

/// What the app holds, for the first screen and the demo-data offer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewDto {
    pub neutrals: u32,
    pub cases: u32,
    pub hearings: u32,
    pub venues: u32,
    /// Rooms the clerk added (the online venue every database has is not counted).
    pub rooms: u32,
    /// True when the database is empty and the clerk has not declined the demo data.
    pub offer_demo: bool,
    /// True while demo records are in the database (Settings offers to remove them).
    pub has_demo: bool,
}

/// What loading the demo data created.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoSummaryDto {
    pub neutrals: u32,
    pub cases: u32,
    pub venues: u32,
    pub hearings: u32,
}

/// A case on the docket.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDto {
    pub id: String,
    pub reference: String,
    pub title: BilingualDto,
    pub model: CaseModelDto,
    pub cross_border: bool,
    pub status: CaseStatusDto,
    /// Civil date `YYYY-MM-DD`.
    pub filed_on: String,
    pub language: String,
    pub hearings: u32,
    /// The current stage, and its name in the clerk's language (`None` and empty when the stored
    /// case cannot be read).
    pub stage: Option<StageCodeDto>,
    pub stage_label: String,
    pub procedure: ProcedureDto,
    /// Whose time limits govern the arbitration (`None` when the stored case cannot be read).
    pub institution: Option<InstitutionDto>,
    /// The earliest deadline still running or overdue (not met, not expired), if any.
    pub next_deadline: Option<String>,
    pub next_deadline_status: Option<DeadlineStatusDto>,
    /// Set when the stored case cannot be read (a value an older version stored): what is wrong,
    /// in the clerk's language. The other fields then hold what could be read.
    pub problem: Option<String>,
}

impl CaseDto {
    pub fn new(c: &Case, hearings: u32, stage_label: &str) -> Self {
        Self {
            id: c.id.to_string(),
            reference: c.reference.clone(),
            title: (&c.title).into(),
            model: c.model.into(),
            cross_border: c.model.is_cross_border(),
            status: c.status.into(),
            filed_on: c.filed_on.to_string(),
            language: c.language.clone(),
            hearings,
            stage: Some(c.stage.into()),
            stage_label: stage_label.to_owned(),
            procedure: c.procedure.into(),
            institution: Some(docket_domain::workflow::arbitration_institution(c.model).into()),
            next_deadline: None,
            next_deadline_status: None,
            problem: None,
        }
    }
}

/// A hearing room or the online venue.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VenueDto {
    pub id: String,
    pub code: String,
    /// Its names; the Chinese name carries its Simplified form too (`zhHans`).
    pub name: BilingualDto,
    pub kind: VenueKindDto,
    pub site: SiteDto,
    /// The room's IANA zone (the default zone of the online venue).
    pub zone: String,
    pub capacity: u32,
    pub facilities: Vec<FacilityDto>,
    /// Opening hours `HH:MM`, local to the hearing's zone; absent when none are recorded.
    pub opens: Option<String>,
    pub closes: Option<String>,
    /// The day from which it takes no bookings, `YYYY-MM-DD`; absent while in use.
    pub retired_on: Option<String>,
    /// The online venue every database has.
    pub built_in: bool,
}

impl From<&Venue> for VenueDto {
    fn from(v: &Venue) -> Self {
        Self {
            id: v.id.to_string(),
            code: v.code.clone(),
            name: BilingualDto::term(&v.name),
            kind: v.kind.into(),
            site: v.site.into(),
            zone: v.zone.name().to_owned(),
            capacity: v.capacity,
            facilities: v.facilities.iter().map(FacilityDto::from).collect(),
            opens: v.hours.map(|h| Hours::hh_mm(h.from)),
            closes: v.hours.map(|h| Hours::hh_mm(h.until)),
            retired_on: v.retired_on.map(|d| d.to_string()),
            built_in: v.is_built_in(),
        }
    }
}

/// A hearing: its wall time and zone (the truth) and the instant derived from them.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingDto {
    pub id: String,
    pub case_id: String,
    pub case_reference: String,
    pub kind: HearingKindDto,
    pub venue: VenueDto,
    /// Local wall time `YYYY-MM-DDTHH:MM` in `zone`.
    pub starts_local: String,
    /// Local wall time at which the hearing ends, in `zone`.
    pub ends_local: String,
    pub zone: String,
    pub duration_minutes: u32,
    /// The derived instant, RFC 3339 UTC.
    pub starts_utc: String,
    /// UTC offset at the start, `+08:00`.
    pub utc_offset: String,
    pub tzdb_version: String,
    pub status: HearingStatusDto,
    pub ical_uid: String,
    pub sequence: u32,
    pub participants: Vec<ParticipantDto>,
    pub language: String,
    pub interpretation: String,
    pub link: Option<String>,
    pub series_id: Option<String>,
    /// Why the clerk should look at this hearing again (e.g. the tz database moved its instant).
    pub review: Option<String>,
    /// Start and end in the display zone asked for (the hearing's zone when none was asked).
    pub display_start: String,
    pub display_end: String,
    pub display_zone: String,
    pub display_offset: String,
}

impl HearingDto {
    pub fn new(h: &Hearing, case_reference: &str, venue: &Venue) -> Self {
        Self {
            id: h.id.to_string(),
            case_id: h.case_id.to_string(),
            case_reference: case_reference.to_owned(),
            kind: h.kind.into(),
            venue: venue.into(),
            starts_local: h.start.local.to_iso(),
            ends_local: h.ends_utc().local_in(h.start.zone).to_iso(),
            zone: h.start.zone.name().to_owned(),
            duration_minutes: h.duration_minutes,
            starts_utc: h.derived.utc.to_rfc3339(),
            utc_offset: h.derived.offset.to_string(),
            tzdb_version: h.derived.tzdb_version.clone(),
            status: h.status.into(),
            ical_uid: h.ical_uid.clone(),
            sequence: h.sequence,
            participants: Vec::new(),
            language: String::new(),
            interpretation: String::new(),
            link: None,
            series_id: None,
            review: None,
            display_start: h.start.local.to_iso(),
            display_end: h.ends_utc().local_in(h.start.zone).to_iso(),
            display_zone: h.start.zone.name().to_owned(),
            display_offset: h.derived.offset.to_string(),
        }
    }
}

/// One refused field with its sentence in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

/// What the UI receives when a command fails: the error (switch on `kind`) and the sentence to show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    #[serde(flatten)]
    #[ts(flatten)]
    pub error: AppError,
    pub message: String,
    pub fields: Vec<FieldMessage>,
}

/// One calendar's years: official (imported or seeded) and estimated from the law.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarYearsDto {
    pub calendar: CalendarDto,
    pub official_years: Vec<i32>,
    pub estimated_years: Vec<i32>,
}

/// An official list the clerk should load, and how, in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissingListDto {
    pub calendar: CalendarDto,
    pub year: i32,
    pub message: String,
}

/// Which official holiday lists are loaded, and which are missing: this year's always, next year's
/// from 1 October.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayStatusDto {
    /// Today in Hong Kong, `YYYY-MM-DD`.
    pub today: String,
    pub calendars: Vec<CalendarYearsDto>,
    pub missing: Vec<MissingListDto>,
}

pub use crate::error::CalendarDto;

/// What to compute: a period from a trigger date under a rule set.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DeadlineInputDto {
    /// `hk-ordinance`, `hk-court-office`, `prc-civil-procedure`, `hkiac` or `scia`.
    pub rule: String,
    /// Civil date `YYYY-MM-DD`.
    pub trigger: String,
    /// A period in days, or...
    pub days: Option<i64>,
    /// ...a period in months.
    pub months: Option<i64>,
    /// The place of receipt for HKIAC periods: `HK` (default) or `CN`.
    pub receipt: Option<String>,
}

/// One version of a rule set.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleSetDto {
    pub code: RuleKindDto,
    pub version: String,
    pub effective_from: String,
    pub title: BilingualDto,
    pub source: String,
    pub verification: VerificationDto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepKindDto {
    Trigger,
    Counted,
    MonthEnd,
    Skipped,
    MakeUpWorkday,
    Rolled,
    Due,
}

/// One step of a deadline's explanation, as a sentence in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StepDto {
    pub kind: StepKindDto,
    pub date: String,
    pub text: String,
}

/// A computed deadline and why it is that date.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineDto {
    pub due: String,
    /// ISO weekday of the due date: 1 (Monday) to 7 (Sunday).
    pub due_weekday: u32,
    pub rule: RuleSetDto,
    pub steps: Vec<StepDto>,
    /// True when the date rests on a year without official holiday data (an estimate).
    pub estimated: bool,
    /// Which calendar-years were estimated and what could still change the date.
    pub estimate: Option<EstimateDto>,
}

/// One calendar-year without official data, estimated from the days the law fixes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EstimatedYearDto {
    pub calendar: CalendarDto,
    pub year: i32,
}

/// Why a date is an estimate: the estimated calendar-years and a sentence in the clerk's language
/// naming what could still change it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EstimateDto {
    pub years: Vec<EstimatedYearDto>,
    pub note: String,
}

/// One listed day of a holiday calendar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidayDto {
    pub date: String,
    pub weekday: u32,
    /// True for a Mainland weekend make-up working day; false for a day off.
    pub working: bool,
    pub name: BilingualDto,
    pub source: String,
}

/// The listed days of one year of a calendar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HolidayYearDto {
    pub calendar: CalendarDto,
    pub year: i32,
    pub source: String,
    /// True when the year has no official data and its days are estimated from the law.
    pub estimated: bool,
    /// The sentence saying what the official list could change (set when estimated).
    pub estimate_note: Option<String>,
    pub entries: Vec<HolidayDto>,
}

/// Whether a date is a working day, and why.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WorkingDayDto {
    pub calendar: CalendarDto,
    pub date: String,
    pub working: bool,
    pub explanation: String,
    /// True when the year has no official data (the answer is an estimate).
    pub estimated: bool,
}

/// A Hong Kong weather warning to record.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
pub struct WeatherInputDto {
    /// `signal8`, `black_rain` or `extreme_conditions`.
    pub kind: String,
    /// Hong Kong wall time `YYYY-MM-DDTHH:MM`, or an RFC 3339 instant.
    pub start: String,
    pub end: String,
    pub note: Option<String>,
    /// The clerk confirmed a warning longer than seven days (`AppError::Unconfirmed` until then).
    pub confirm: bool,
}

/// A recorded weather warning.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeatherEventDto {
    pub id: String,
    pub kind: WeatherKindDto,
    pub starts_utc: String,
    pub ends_utc: String,
    pub starts_hk: String,
    pub ends_hk: String,
    pub note: String,
}

/// One day of a month view of a calendar.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDayDto {
    pub date: String,
    pub weekday: u32,
    pub working: bool,
    /// True for a Mainland weekend make-up working day.
    pub make_up: bool,
    /// The holiday's name, if the day is listed.
    pub name: Option<BilingualDto>,
    /// Why the day is or is not a working day, in the clerk's language.
    pub explanation: String,
}

/// A month of one calendar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CalendarMonthDto {
    pub calendar: CalendarDto,
    pub year: i32,
    pub month: u32,
    pub days: Vec<CalendarDayDto>,
    /// Set when the year has no official data: the sentence saying the month is an estimate.
    pub estimate_note: Option<String>,
}

/// A new case as the clerk enters it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NewCaseDto {
    pub reference: String,
    pub title_en: String,
    pub title_zh: String,
    /// `scia_arbitration`, `hkiac_arbitration`, `sz_mediation_hk_arbitration`,
    /// `hk_mediation_sz_arbitration`, `hk_mediation` or `sz_mediation`.
    pub model: String,
    /// Civil date `YYYY-MM-DD`: picks the rules version and thresholds in force.
    pub filed_on: String,
    pub language: String,
    /// Amount in dispute, e.g. `42,000,000.00`.
    pub amount: Option<String>,
    /// ISO 4217 code, e.g. `HKD`, `CNY`.
    pub currency: Option<String>,
    /// The clerk confirmed a filing date more than a year ahead or before 1990
    /// (`AppError::Unconfirmed` until then).
    pub confirm: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StageStateDto {
    Done,
    Current,
    Upcoming,
}

/// One stage of a case's workflow, with the date it was entered.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StageDto {
    pub code: StageCodeDto,
    pub label: String,
    pub date: Option<String>,
    pub state: StageStateDto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatusDto {
    /// An obligation past its date and not yet fulfilled.
    Overdue,
    DueThisWeek,
    Later,
    /// The stage that fulfils the obligation has been reached.
    Met,
    /// A window (challenge, correction, set-aside, enforcement) whose date has passed.
    Expired,
    /// No longer running: the case was closed or suspended (`ended` says how and when).
    Stopped,
}

/// A case deadline, recomputed on today's calendars with its explanation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDeadlineDto {
    pub id: String,
    pub case_reference: String,
    pub code: String,
    pub name: BilingualDto,
    pub trigger_stage_label: String,
    pub trigger_date: String,
    /// The date in force: the clerk's override, else the computed date.
    pub due: String,
    /// The date computed when the deadline was created.
    pub computed_due: String,
    /// Set when today's calendars give a different date (a holiday or warning recorded since).
    pub recomputed_due: Option<String>,
    /// The clerk's reason, when the date was set by hand.
    pub override_reason: Option<String>,
    /// Set when the period ends in a year beyond even the estimate: the date is only moved past the
    /// days the rule always closes.
    pub provisional: Option<String>,
    /// Set when this deadline cannot be computed or read (no open day to roll to, a stored value
    /// out of range): what is wrong, in the clerk's language. `due` is then the stored date.
    pub problem: Option<String>,
    /// True when today's date rests on a year without official holiday data.
    pub estimated: bool,
    /// The estimated calendar-years and what could still change the date.
    pub estimate: Option<EstimateDto>,
    pub status: DeadlineStatusDto,
    /// Set when an exit stopped this deadline: which, and when. The deadline stays listed.
    pub ended: Option<DeadlineEndDto>,
    pub rule: RuleSetDto,
    /// Shared between deadlines computed the same way (same rule, trigger and period).
    pub steps: std::sync::Arc<Vec<StepDto>>,
}

/// One entry of a case's history. Screens show `sentence` and `when`; the other fields are the entry
/// as stored (codes and ids), for readers of the JSON.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditDto {
    /// What happened, in the clerk's language, naming who did it and the records by name, e.g.
    /// `Chan Mei moved the case from “Arbitration filed” to “Notice received by respondent”, on 8 Mar 2026`.
    pub sentence: String,
    /// When, in the clerk's language and the display zone (Hong Kong), e.g. `3 Dec 2026 14:05`.
    pub when: String,
    /// Who: the clerk's name when the change was made (`None` before one was set).
    pub clerk: Option<String>,
    /// The stored action code.
    pub action: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// When, as stored (RFC 3339, UTC).
    pub at: String,
}

/// A stage the case may enter, with its name in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StageChoiceDto {
    pub code: StageCodeDto,
    pub label: String,
}

/// A case with its timeline, deadlines and audit trail.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetailDto {
    pub case: CaseDto,
    /// Whose limits govern the arbitration.
    pub institution: InstitutionDto,
    /// The edition of the rules in force on the filing date.
    pub rules: Option<RulesEditionDto>,
    pub procedure: ProcedureDto,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub stages: Vec<StageDto>,
    pub next_stage: Option<StageCodeDto>,
    pub next_stage_label: Option<String>,
    /// The other stages the case may enter instead (a cross-border mediation that fails, a
    /// settlement enforced without a consent award).
    pub other_next_stages: Vec<StageChoiceDto>,
    /// The exit that closed or suspended the case (or recorded its settlement as a consent award),
    /// if one stands.
    pub exit: Option<CaseExitDto>,
    /// The exits the case may take now, as its model allows at its stage and status.
    pub exits: Vec<ExitKindDto>,
    /// Whether a settlement now may be recorded as a consent award.
    pub consent_award_allowed: bool,
    pub deadlines: Vec<CaseDeadlineDto>,
    pub audit: Vec<AuditDto>,
    /// Claimants first, each with its counsel.
    pub parties: Vec<CasePartyDto>,
    pub appointments: Vec<AppointmentDto>,
    /// References of cases linked as related.
    pub related: Vec<String>,
}

/// An edition of an institution's rules.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RulesEditionDto {
    pub institution: InstitutionDto,
    /// The edition's code (data: a new edition is a new row, not a new version of Bay Docket).
    pub code: String,
    pub name: BilingualDto,
    pub effective_from: String,
    pub verification: VerificationDto,
    pub source: String,
}

/// The expedited-procedure threshold that decided a case's procedure.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ThresholdDto {
    pub institution: InstitutionDto,
    pub currency: String,
    /// The largest amount that is expedited, e.g. `50000000.00`.
    pub max: String,
    pub effective_from: String,
    pub verification: VerificationDto,
    pub source: String,
}

/// What opening a case would do (nothing is saved).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePreviewDto {
    pub institution: InstitutionDto,
    pub rules: Option<RulesEditionDto>,
    pub procedure: ProcedureDto,
    pub threshold: Option<ThresholdDto>,
    /// The workflow's stages, in order, in the clerk's language.
    pub stages: Vec<String>,
    /// The deadlines the first stage starts on the filing date.
    pub deadlines: Vec<CaseDeadlineDto>,
}

/// One institution time limit, as stored.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimeLimitDto {
    pub institution: InstitutionDto,
    /// The limit's code (data: the table of limits can gain rows without a new version).
    pub code: String,
    pub trigger_stage: StageCodeDto,
    pub name: BilingualDto,
    pub days: Option<u32>,
    pub months: Option<u32>,
    pub rule_set: RuleKindDto,
    pub effective_from: String,
    pub effective_to: Option<String>,
    pub verification: VerificationDto,
    pub source: String,
}

/// A new version of an institution time limit, in force from `effective_from`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TimeLimitInputDto {
    /// `HKIAC` or `SCIA`.
    pub institution: String,
    /// The limit's code, e.g. `answer`, `set_aside`.
    pub code: String,
    pub days: Option<i64>,
    pub months: Option<i64>,
    pub effective_from: String,
    /// `verified`, `secondary` or `unverified`.
    pub verification: String,
    /// Where the figure comes from (rule article, notice, letter).
    pub source: String,
}

/// How one deadline would move if an event's date changed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineChangeDto {
    pub code: String,
    pub name: BilingualDto,
    pub old_due: String,
    pub new_due: String,
    /// The clerk's override, which stays in force whatever the new computed date.
    pub override_reason: Option<String>,
}

/// The effect of changing an event's date, shown before it is saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventChangeDto {
    pub stage: StageCodeDto,
    pub stage_label: String,
    pub old_date: String,
    pub new_date: String,
    pub changes: Vec<DeadlineChangeDto>,
    /// True once saved; false for a preview.
    pub saved: bool,
}

/// A correction to a case's details after filing. A field left out (`None`) stays as it is; the
/// reference, model, filing date and procedure never change here.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CaseEditDto {
    pub title_en: Option<String>,
    pub title_zh: Option<String>,
    /// Amount in dispute, e.g. `42,000,000.00`; empty clears it (and then the currency too).
    pub amount: Option<String>,
    /// ISO 4217 code, e.g. `HKD`.
    pub currency: Option<String>,
    pub language: Option<String>,
}

/// A removed (or retired) record, as the "Recently removed" list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RemovedDto {
    pub kind: RemovedKindDto,
    /// What restores it: the case's reference, or the record's id (never shown).
    pub key: String,
    /// The case it belongs to (a case, hearing or document), or empty.
    pub case_reference: String,
    /// The case's title, the hearing's kind and time, or the record's name, in the clerk's language.
    pub label: String,
    /// Retired rather than removed: it stays on the cases that name it.
    pub retired: bool,
    /// RFC 3339 UTC.
    pub removed_at: String,
    /// When it was removed, in words, Hong Kong time.
    pub when: String,
}
