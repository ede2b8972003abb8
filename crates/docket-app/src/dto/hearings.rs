//! Transport types for booking hearings, their checks, the slot finder and the calendar views.

use super::{BilingualDto, HearingFindingCodeDto, HearingSeverityDto, ParticipantKindDto};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A participant as typed: a roster neutral, a party or counsel by id, or a named person.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ParticipantInputDto {
    /// `neutral`, `party`, `counsel`, `interpreter` or `other`.
    pub kind: String,
    pub ref_id: Option<String>,
    pub name: Option<String>,
    /// The participant's IANA zone (a neutral's home zone when empty).
    pub zone: Option<String>,
    /// Acceptable local hours, `08:00-20:00` when empty.
    pub hours: Option<String>,
}

/// A hearing (or a weekly series) to check and, with `save`, book.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct HearingInputDto {
    pub case_reference: String,
    /// `procedural_conference`, `evidentiary_hearing`, `mediation_session`, `award_delivery`, `other`.
    pub kind: String,
    pub venue_code: String,
    /// Local wall time `YYYY-MM-DDTHH:MM` in the hearing's zone.
    pub start: String,
    /// The hearing's zone: the room's zone, or chosen for an online hearing.
    pub zone: Option<String>,
    pub minutes: i64,
    pub participants: Vec<ParticipantInputDto>,
    pub language: String,
    pub interpretation: String,
    pub link: Option<String>,
    /// `tentative` (default) or `confirmed`.
    pub status: Option<String>,
    /// For a wall time in a daylight-saving gap or fold: `earlier` or `later`.
    pub choose: Option<String>,
    /// Book the same time for this many weeks (a weekly series).
    pub weeks: Option<u32>,
    pub save: bool,
}

/// Moves a hearing to a new wall time (and duration, and room).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MoveHearingDto {
    pub id: String,
    pub start: String,
    pub zone: Option<String>,
    pub minutes: Option<i64>,
    pub choose: Option<String>,
    /// Another room at the new time, by code (a hearing dropped on another room of the board): the
    /// checks run for that room, and a room in another zone re-expresses the start there.
    pub venue_code: Option<String>,
    pub save: bool,
}

/// A correction to a hearing: its room, kind, length, language, interpretation or participants (a field left
/// out stays as it is). Checked like a booking; saved with `save` when nothing blocks.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct HearingEditDto {
    pub id: String,
    /// The venue's code (`HK-ES-C`, `ONLINE`).
    pub venue_code: Option<String>,
    pub kind: Option<String>,
    pub minutes: Option<i64>,
    pub language: Option<String>,
    pub interpretation: Option<String>,
    /// Everyone taking part, as the booking form lists them; left out, they stay as they are.
    pub participants: Option<Vec<ParticipantInputDto>>,
    pub save: bool,
}

/// A room or venue as the clerk types it: for a new one, and for an edit (which keeps its code).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct VenueInputDto {
    /// Letters, digits, `-`, `_` and `.`, unique ignoring case (`HK-ES-C`).
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    /// `room` or `online`.
    pub kind: String,
    /// `hong_kong`, `shenzhen` or `other` (`hk`, `sz` too).
    pub site: String,
    /// The IANA zone (`Asia/Hong_Kong` in Hong Kong, `Asia/Shanghai` in Shenzhen).
    pub zone: String,
    /// 1 to 1000 people.
    pub capacity: i64,
    /// `interpretation_booths`, `video`, `evidence_display`.
    pub facilities: Vec<String>,
    /// Opening hours `HH:MM`, local: both or neither.
    pub opens: Option<String>,
    pub closes: Option<String>,
}

/// One participant's view of a time.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantTimeDto {
    pub name: BilingualDto,
    pub kind: ParticipantKindDto,
    pub zone: String,
    /// Local wall time at the start, `YYYY-MM-DDTHH:MM`.
    pub local: String,
    pub local_end: String,
    /// UTC offset, `+02:00`.
    pub offset: String,
    pub outside_hours: bool,
    pub shoulder: bool,
}

/// A scheduling finding with its sentence in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HearingFindingDto {
    pub code: HearingFindingCodeDto,
    pub severity: HearingSeverityDto,
    pub text: String,
}

/// A participant stored with a hearing.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ParticipantDto {
    pub kind: ParticipantKindDto,
    pub key: String,
    pub name: BilingualDto,
    pub zone: String,
    pub hours: String,
}

/// The check of a hearing time, and what was booked.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingCheckDto {
    pub starts_local: String,
    pub ends_local: String,
    pub zone: String,
    pub starts_utc: String,
    pub participants: Vec<ParticipantTimeDto>,
    /// For a series: each occurrence's local start with its findings' codes.
    pub occurrences: Vec<OccurrenceDto>,
    pub findings: Vec<HearingFindingDto>,
    pub blocking: u32,
    /// The hearing ids booked (empty for a preview).
    pub saved: Vec<String>,
}

/// One occurrence of a series, as checked.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OccurrenceDto {
    pub starts_local: String,
    pub findings: Vec<HearingFindingDto>,
}

/// What the slot finder is asked.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct SlotQueryDto {
    pub participants: Vec<ParticipantInputDto>,
    pub minutes: i64,
    /// The hearing's zone (a room's zone when `venue_code` is a room).
    pub zone: Option<String>,
    pub venue_code: Option<String>,
    /// Hearing-zone dates, inclusive.
    pub from: String,
    pub to: String,
    /// The venue's hours in the hearing zone, `09:00-18:00` when empty.
    pub window: Option<String>,
    pub count: Option<u32>,
}

/// A free slot with everyone's local time.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlotDto {
    pub starts_local: String,
    pub starts_utc: String,
    pub participants: Vec<ParticipantTimeDto>,
    pub outside_preferred: u32,
    pub shoulder: bool,
}

/// Slots, or why there can be none and what would help.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SlotsDto {
    pub zone: String,
    pub slots: Vec<SlotDto>,
    /// Sentences: which constraints cannot be met together.
    pub reasons: Vec<String>,
    /// Sentences: what would relax them.
    pub suggestions: Vec<String>,
}

/// What to export as iCalendar.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct IcsExportDto {
    /// `all`, `case` (key = reference), `neutral` (key = id) or `room` (key = venue code).
    pub scope: String,
    pub key: Option<String>,
    /// Hearing-zone dates, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    /// `en`, `zh-Hans`, `zh-Hant` or `both`.
    pub lang: Option<String>,
    /// Add the cases' deadlines as all-day events.
    pub deadlines: bool,
    /// `file` (no METHOD), `publish`, `request` (an invitation) or `cancel`.
    pub method: Option<String>,
    /// The organizer's address for invitations.
    pub organizer: Option<String>,
}

/// An exported calendar.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IcsFileDto {
    pub file_name: String,
    pub text: String,
    pub hearings: u32,
    pub series: u32,
    pub deadlines: u32,
    pub zones: Vec<String>,
    /// What the lint found (empty when the file is clean).
    pub problems: Vec<String>,
    /// The same calendar as an e-mail (RFC 6047) when the method is `request` or `cancel`.
    pub email: Option<String>,
}

/// A calendar written to a file (the text stays on disk; the window gets the summary).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IcsSavedDto {
    /// Where the calendar was written.
    pub file_name: String,
    /// Where the invitation e-mail (RFC 6047) was written, for `request` and `cancel`.
    pub email_file: Option<String>,
    #[ts(type = "number")]
    pub bytes: u64,
    pub hearings: u32,
    pub series: u32,
    pub deadlines: u32,
    pub zones: Vec<String>,
    /// What the lint found (empty when the file is clean).
    pub problems: Vec<String>,
}

/// What a calendar file holds, as read (before any import).
#[derive(Debug, Clone, Serialize, TS)]
pub struct IcsCheckDto {
    pub calendars: u32,
    pub events: u32,
    /// Events whose times carry no zone: the clerk confirms the zone they are read in.
    pub floating: u32,
    /// TZIDs defined by the file's own VTIMEZONEs.
    pub timezones: Vec<String>,
    /// `line N: …` for everything that could not be read.
    pub problems: Vec<String>,
}

/// What importing a neutral's calendar did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BusyImportDto {
    pub neutral: BilingualDto,
    /// Busy periods new in this import.
    pub added: u32,
    /// Busy periods already known (re-importing the same file adds nothing).
    pub unchanged: u32,
    /// Events read in the neutral's home zone because the file gave no zone (check them).
    pub floating: u32,
    /// Cancelled or "free" occurrences left out.
    pub skipped: u32,
    /// `line N: …` for every event that could not be read (the rest was imported).
    pub quarantined: Vec<String>,
}

/// A backup file and what it holds.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDto {
    pub path: String,
    pub neutrals: u32,
    pub cases: u32,
    pub hearings: u32,
    /// Stored documents carried in the archive.
    pub documents: u32,
    pub bytes: u64,
    pub schema_version: u32,
}

/// Where the tz rules in force come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TzSourceDto {
    /// The copy bundled into this build.
    Bundled,
    /// The operating system's zoneinfo directory.
    System,
}

/// The tz database in force, what else was found, and how many hearings wait for review.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TzStatusDto {
    pub version: String,
    pub source: TzSourceDto,
    pub bundled_version: String,
    /// The operating system's version, when it has a readable zoneinfo directory.
    pub system_version: Option<String>,
    /// Future hearings whose hours the change of rules moved, waiting for the clerk.
    pub reviews: u32,
}

/// One participant's reading of a hearing's start under the old and the new rules.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TzReviewParticipantDto {
    pub name: BilingualDto,
    pub zone: String,
    /// `YYYY-MM-DDTHH:MM` as the old rules gave it (`None` when it was not recorded).
    pub old_local: Option<String>,
    pub old_offset: Option<String>,
    /// As the rules in force give it if the wall time is kept.
    pub new_local: String,
    pub new_offset: String,
    pub moved: bool,
}

/// A future hearing whose instant, or whose participants' hours, a new tz database moved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TzReviewDto {
    pub hearing_id: String,
    pub case_reference: String,
    /// The hearing's wall time and zone (the truth unless the clerk keeps the instant).
    pub starts_local: String,
    pub zone: String,
    pub old_version: String,
    pub new_version: String,
    /// The stored instant and the instant the wall time now denotes (RFC 3339 UTC).
    pub old_utc: String,
    pub new_utc: String,
    /// The wall time that keeps the stored instant, under the rules in force.
    pub instant_keeps_local: String,
    pub instant_moved: bool,
    /// The hearing's zone is not in the rules in force.
    pub zone_lost: bool,
    pub participants: Vec<TzReviewParticipantDto>,
    /// The change in one sentence, in the clerk's language.
    pub summary: String,
}

/// What the clerk keeps when a new tz database moved a hearing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TzKeepDto {
    /// The wall time in the hearing's zone stays; the instant (and others' hours) follow the rules.
    WallTime,
    /// The instant stays; the wall time in the hearing's zone changes.
    Instant,
}

/// Another zone's wall clock beside a day's hours (the calendar's second time column).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ZoneClockDto {
    pub zone: String,
    /// For each hour asked for, `HH:MM` in `zone`, with `+1`/`-1` when it falls on another day.
    pub hours: Vec<String>,
}

/// A time zone a clerk can choose: a canonical zone of the tz database in use.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimeZoneDto {
    /// The IANA name, the value every zone field stores (`America/Vancouver`).
    pub id: String,
    /// The ISO 3166-1 countries it serves, the principal one first (from `zone1970.tab` and
    /// `zone.tab`); empty for `UTC`.
    pub countries: Vec<String>,
    /// Its offset from UTC now, `+08:00`, `-08:00`.
    pub offset: String,
    /// The same offset in seconds.
    pub offset_seconds: i32,
}
