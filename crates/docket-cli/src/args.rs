//! The command line's arguments, as clap parses them.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Bay Docket: rosters, cases, deadlines and hearings for Shenzhen and Hong Kong mediation and
/// arbitration centres.
#[derive(Debug, Parser)]
#[command(name = "docket", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// The database file (default: $BAY_DOCKET_DB, else the per-user data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Language of messages: en, zh-Hans or zh-Hant (default: the saved choice, else $LANG).
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "Examples:
  docket --db ./centre.sqlite3 init
  docket --db ./centre.sqlite3 demo load
  docket --db ./centre.sqlite3 neutrals list --query 陳
  docket --db ./centre.sqlite3 conflicts check --case HKIAC-A26017 --neutral 'Tan Wei Ming'
  docket --db ./centre.sqlite3 hearings list --json
  docket --db ./centre.sqlite3 deadline compute --rule hkiac --from 2026-03-08 --days 30
  docket --db ./centre.sqlite3 holidays list --calendar CN --year 2026";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database (or migrate it to this version) and say where it is.
    Init,
    /// Show the version, the tz database and SQLite versions, and the database location.
    Info {
        #[arg(long)]
        json: bool,
    },
    /// Show or set the saved interface language (en, zh-Hans, zh-Hant).
    Language { tag: Option<String> },
    /// Demo data for a Shenzhen–Hong Kong centre.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// The roster of mediators and arbitrators.
    Neutrals {
        #[command(subcommand)]
        command: NeutralsCommand,
    },
    /// Parties, counsel and law firms; parties in cases; connections to neutrals.
    Parties {
        #[command(subcommand)]
        command: PartiesCommand,
    },
    /// Propose (and confirm) appointments of neutrals in cases.
    Appoint {
        #[command(subcommand)]
        command: AppointCommand,
    },
    /// Conflict checks, records and "find a neutral".
    Conflicts {
        #[command(subcommand)]
        command: ConflictsCommand,
    },
    /// Cases on the docket: open, show, move forward.
    Cases {
        #[command(subcommand)]
        command: CasesCommand,
    },
    /// Institution time limits (answer, challenge, award, set-aside, enforcement) with their sources.
    Limits {
        #[command(subcommand)]
        command: LimitsCommand,
    },
    /// Rooms and venues: list, add, edit, retire.
    Venues {
        #[command(subcommand)]
        command: crate::venues::VenuesCommand,
    },
    /// Hearings and sessions.
    Hearings {
        #[command(subcommand)]
        command: HearingsCommand,
    },
    /// Case preparation: the checklist generated from the case's workflow.
    Prep {
        #[command(subcommand)]
        command: PrepCommand,
    },
    /// The document register: files copied into the document store, or paper documents.
    Docs {
        #[command(subcommand)]
        command: DocsCommand,
    },
    /// The hearing bundle: order documents under tabs, export the index (HTML or CSV).
    Bundle {
        #[command(subcommand)]
        command: BundleCommand,
    },
    /// Notes on a case.
    Notes {
        #[command(subcommand)]
        command: NotesCommand,
    },
    /// Search cases, parties, neutrals, documents and notes, in either script.
    Search {
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Case packages: move one case to another computer.
    Package {
        #[command(subcommand)]
        command: PackageCommand,
    },
    /// Backups of the database and the documents: create, verify, restore, list.
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// iCalendar files that every client reads the same way.
    Ics {
        #[command(subcommand)]
        command: IcsCommand,
    },
    /// Free slots for a hearing: everyone's hours, calendars, the room and holidays.
    Slots {
        #[command(subcommand)]
        command: SlotsCommand,
    },
    /// Procedural deadlines on the Hong Kong and Mainland calendars.
    Deadline {
        #[command(subcommand)]
        command: DeadlineCommand,
    },
    /// Holiday calendars (HK: Sundays and general holidays; CN: days off and make-up working days).
    Holidays {
        #[command(subcommand)]
        command: HolidaysCommand,
    },
    /// Hong Kong typhoon (Signal No. 8+), black rainstorm and extreme-conditions periods.
    Weather {
        #[command(subcommand)]
        command: WeatherCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeadlineCommand {
    /// Compute a due date and explain every step.
    Compute {
        /// hk-ordinance, hk-court-office, prc-civil-procedure, hkiac or scia.
        #[arg(long)]
        rule: String,
        /// The trigger date (event, service or receipt), YYYY-MM-DD.
        #[arg(long = "from", value_name = "YYYY-MM-DD")]
        from: String,
        /// A period in days.
        #[arg(long, allow_negative_numbers = true, conflicts_with = "months")]
        days: Option<i64>,
        /// A period in months.
        #[arg(long, allow_negative_numbers = true)]
        months: Option<i64>,
        /// Place of receipt for HKIAC periods: HK (default) or CN.
        #[arg(long = "receipt-calendar", value_name = "HK|CN")]
        receipt: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List the rule sets in force, with versions and sources.
    Rules {
        #[arg(long)]
        json: bool,
    },
    /// List the deadlines of every case, soonest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Set a deadline's date by hand; the reason is kept and shown with it.
    Override {
        /// The deadline's id (from `deadline list --json` or `cases show --json`).
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// List every version of every limit.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a new version of a limit from a date; the version before it ends the day before.
    Set {
        /// HKIAC or SCIA.
        #[arg(long)]
        institution: String,
        /// The limit's code (see `limits list`), e.g. answer, set_aside.
        #[arg(long)]
        code: String,
        #[arg(long, allow_negative_numbers = true, conflicts_with = "months")]
        days: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        months: Option<i64>,
        #[arg(long = "from", value_name = "YYYY-MM-DD")]
        from: String,
        /// verified, secondary or unverified.
        #[arg(long, default_value = "unverified")]
        verification: String,
        /// Where the figure comes from.
        #[arg(long)]
        source: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CasesCommand {
    /// List the cases.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Open a case at the first stage of its workflow model.
    Add {
        #[arg(long)]
        reference: String,
        #[arg(long, default_value = "")]
        title_en: String,
        #[arg(long, default_value = "")]
        title_zh: String,
        /// scia_arbitration, hkiac_arbitration, sz_mediation_hk_arbitration, hk_mediation_sz_arbitration,
        /// hk_mediation or sz_mediation.
        #[arg(long)]
        model: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        filed_on: String,
        /// Language of the proceedings (en, zh, ...).
        #[arg(long, default_value = "en")]
        language: String,
        /// Amount in dispute, e.g. 42,000,000.00.
        #[arg(long)]
        amount: Option<String>,
        /// ISO currency code, e.g. HKD or CNY.
        #[arg(long)]
        currency: Option<String>,
        /// Confirm a filing date more than a year ahead or before 1990.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show a case: its stages, deadlines with explanations, and audit trail.
    Show {
        reference: String,
        #[arg(long)]
        json: bool,
    },
    /// Change the date of a recorded event; its deadlines are recomputed (use --preview to see how
    /// they would move without saving).
    Redate {
        reference: String,
        /// The stage whose event date changes, e.g. notice_served.
        #[arg(long)]
        stage: String,
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        /// Why the date changes (required to save; kept in the history).
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
    /// Move a case to its next stage on the date of the event, creating the deadlines it triggers.
    Advance {
        reference: String,
        /// The stage entered, e.g. notice_served, tribunal_constituted, award_received.
        #[arg(long = "to")]
        to: String,
        /// The date of the event, YYYY-MM-DD.
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum HolidaysCommand {
    /// Which official lists are loaded, which years are estimated, and (from 1 October) which of
    /// next year's lists to load and how.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// List a year's days off (and, for CN, make-up working days); a year without official data is
    /// listed as estimated from the law.
    List {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        json: bool,
    },
    /// Import one year's list (the Mainland notice or the Hong Kong feed as JSON, or an .ics feed):
    /// the year's days become the file's. Every date must be in that year (the notice's `year`, else
    /// --year, else the only year the file covers). A bad line refuses the whole file.
    Import {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "FILE")]
        file: std::path::PathBuf,
        /// The year to import from a feed that covers several (e.g. the 1823 feed).
        #[arg(long)]
        year: Option<i32>,
        /// Show what would be added, changed and removed; write nothing.
        #[arg(long)]
        preview: bool,
        /// Confirm a year more than two years from this one.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Add or correct one day of a year that has data.
    Set {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// day_off, or make_up_workday (Mainland only).
        #[arg(long, default_value = "day_off")]
        kind: String,
        #[arg(long, default_value = "")]
        name_en: String,
        #[arg(long, default_value = "")]
        name_zh: String,
        /// Why (e.g. the gazette notice); kept in the calendar's history.
        #[arg(long)]
        reason: String,
    },
    /// Record a day a Hong Kong court office or the centre was closed.
    Closure {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long, default_value = "")]
        name_en: String,
        #[arg(long, default_value = "")]
        name_zh: String,
    },
    /// Say whether a date is a working day, and why.
    IsWorking {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum WeatherCommand {
    /// Record a warning period (Hong Kong wall times, or RFC 3339 instants).
    Add {
        /// signal8, black_rain or extreme_conditions.
        #[arg(long)]
        kind: String,
        #[arg(long = "from", value_name = "YYYY-MM-DDTHH:MM")]
        from: String,
        #[arg(long = "to", value_name = "YYYY-MM-DDTHH:MM")]
        to: String,
        #[arg(long)]
        note: Option<String>,
        /// Confirm a warning longer than seven days.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// List recorded warnings.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Load 40 neutrals, 22 cases and 60 hearings into an empty database.
    Load,
}

#[derive(Debug, Subcommand)]
pub enum NeutralsCommand {
    /// List the roster (search either script; Simplified finds Traditional and back).
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only names (English or Chinese) containing this text.
        #[arg(long, short)]
        query: Option<String>,
        /// mediator or arbitrator.
        #[arg(long)]
        role: Option<String>,
        /// Only neutrals who can conduct proceedings in this language (en, zh, yue, cmn, pt...).
        #[arg(long)]
        language: Option<String>,
        /// Only current members of this panel (hkiac_panel, scia_arbitrators, hkmaal...).
        #[arg(long)]
        panel: Option<String>,
        /// Only neutrals holding this nationality.
        #[arg(long)]
        nationality: Option<String>,
    },
    /// Add a mediator or arbitrator.
    Add(NeutralFields),
    /// A neutral's profile, appointments and connections (by id or a unique name).
    Show {
        neutral: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a neutral's profile: the fields given replace the stored ones.
    Edit {
        neutral: String,
        #[command(flatten)]
        fields: NeutralFields,
    },
}

#[derive(Debug, Args)]
pub struct NeutralFields {
    #[arg(long)]
    pub name_en: Option<String>,
    #[arg(long)]
    pub name_zh: Option<String>,
    /// mediator, arbitrator or both.
    #[arg(long)]
    pub roles: Option<String>,
    /// Honorifics and post-nominals, e.g. "SC, FCIArb".
    #[arg(long)]
    pub titles: Option<String>,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long)]
    pub dob: Option<String>,
    /// Home time zone (IANA name, e.g. Asia/Hong_Kong).
    #[arg(long)]
    pub zone: Option<String>,
    /// A nationality as a two-letter code; repeat for more than one.
    #[arg(long)]
    pub nationality: Vec<String>,
    /// A language with its level (yue:native, en:fluent, cmn:working); repeat for more than one.
    #[arg(long)]
    pub language: Vec<String>,
    /// A jurisdiction of admission ("Hong Kong"); repeat for more than one.
    #[arg(long)]
    pub admission: Vec<String>,
    /// A panel term PANEL:FROM[:UNTIL], e.g. hkiac_panel:2020-01-01:2026-12-31; repeat.
    #[arg(long)]
    pub panel: Vec<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// Hourly rate, e.g. 7500.
    #[arg(long)]
    pub rate: Option<String>,
    /// Currency of the rate (HKD, CNY, USD...).
    #[arg(long)]
    pub rate_currency: Option<String>,
    /// Maximum concurrent appointments.
    #[arg(long)]
    pub max_cases: Option<i64>,
    /// An unavailability period FROM/UNTIL (dates or YYYY-MM-DDTHH:MM, home zone); repeat.
    #[arg(long)]
    pub unavailable: Vec<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// Print the record as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PartiesCommand {
    /// Add a party (a company's nationality is its place of incorporation).
    Add {
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        /// company, individual or state.
        #[arg(long, default_value = "company")]
        kind: String,
        #[arg(long)]
        nationality: String,
        /// Corporate group: affiliates are counted together by the conflict checks.
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List parties, optionally by name.
    List {
        #[arg(long, short)]
        query: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// A party's cases, the appointments it made and the neutrals connected to it.
    Show {
        party: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a law firm.
    AddFirm {
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        #[arg(long)]
        country: String,
    },
    /// Add counsel (a lawyer), optionally at a firm.
    AddCounsel {
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        #[arg(long)]
        firm: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// List counsel with their firms.
    Counsel {
        #[arg(long)]
        json: bool,
    },
    /// Put a party in a case, with its counsel.
    Join {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        party: String,
        /// claimant or respondent.
        #[arg(long)]
        side: String,
        #[arg(long)]
        counsel: Option<String>,
    },
    /// Record that a neutral is or was connected to a party.
    Connect {
        #[arg(long)]
        neutral: String,
        #[arg(long)]
        party: String,
        /// counsel, officer, shareholder, personal or other.
        #[arg(long)]
        kind: String,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        until: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Debug, Args)]
pub struct ProposalArgs {
    #[arg(long = "case")]
    pub case: String,
    /// The neutral's id, or a name that finds exactly one neutral.
    #[arg(long)]
    pub neutral: String,
    /// sole_arbitrator, presiding_arbitrator, co_arbitrator, emergency_arbitrator or mediator.
    #[arg(long, default_value = "sole_arbitrator")]
    pub role: String,
    /// Nomination date (default today).
    #[arg(long)]
    pub on: Option<String>,
    /// An hourly rate agreed for this appointment.
    #[arg(long)]
    pub rate: Option<String>,
    #[arg(long)]
    pub rate_currency: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AppointCommand {
    /// Check a proposed appointment; records it only with --confirm (refused while a block stands).
    Propose {
        #[command(flatten)]
        proposal: ProposalArgs,
        /// party, parties, co_arbitrators or institution.
        #[arg(long)]
        by: Option<String>,
        /// The nominating party (with --by party).
        #[arg(long)]
        party: Option<String>,
        /// The counsel who made the nomination.
        #[arg(long)]
        counsel: Option<String>,
        #[arg(long)]
        confirm: bool,
    },
    /// Set an appointment's confirmation or end date.
    Dates {
        appointment: String,
        #[arg(long)]
        confirmed: Option<String>,
        #[arg(long)]
        ended: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConflictsCommand {
    /// The conflict report for a neutral in a case (nothing is recorded).
    Check(ProposalArgs),
    /// Record a disclosure, objection or waiver against a finding.
    Record {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        neutral: String,
        #[arg(long, default_value = "sole_arbitrator")]
        role: String,
        /// The finding's rule (party_repeat, nationality...).
        #[arg(long)]
        rule: String,
        /// The finding's subject as the report shows it.
        #[arg(long)]
        subject: String,
        /// disclosure, objection or waiver.
        #[arg(long)]
        kind: String,
        /// Who records it.
        #[arg(long)]
        by: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Rank the roster for a seat in a case, with reasons.
    Find {
        #[arg(long = "case")]
        case: String,
        #[arg(long, default_value = "sole_arbitrator")]
        role: String,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        panel: Option<String>,
        #[arg(long)]
        jurisdiction: Option<String>,
        /// Available from (Hong Kong date or date-time).
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        until: Option<String>,
        #[arg(long)]
        include_blocked: bool,
        #[arg(long, default_value_t = 10)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// The scheduling checks for a booked hearing.
    Hearing {
        #[arg(long)]
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// The conflict rules' parameters and the fee caps, with their sources.
    Rules {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct ParticipantArgs {
    /// A roster neutral (id or unique name); repeat.
    #[arg(long = "neutral")]
    pub neutrals: Vec<String>,
    /// Another participant NAME@ZONE[@HH:MM-HH:MM], e.g. "Ana Lima@America/Sao_Paulo"; repeat.
    #[arg(long = "participant")]
    pub others: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum HearingsCommand {
    /// Future hearings that a newer tz database moved (checked first): old and new hours side by
    /// side. With --id and --keep, decide one: keep its wall time or keep its instant.
    Review {
        #[arg(long)]
        id: Option<String>,
        /// `wall-time` (the usual answer) or `instant`.
        #[arg(long, value_enum, requires = "id")]
        keep: Option<Keep>,
        #[arg(long)]
        json: bool,
    },
    /// List hearings (optionally between two dates, shown in another zone).
    List {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Show times in this IANA zone (default: each hearing's own zone).
        #[arg(long)]
        display_zone: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check and book a hearing; a time in a DST gap or fold is refused unless --earlier/--later.
    Add {
        #[arg(long = "case")]
        case: String,
        /// Local wall time YYYY-MM-DDTHH:MM in the hearing's zone.
        #[arg(long)]
        start: String,
        /// The hearing's zone (online hearings; rooms use their own).
        #[arg(long)]
        zone: Option<String>,
        #[arg(long, default_value_t = 60)]
        minutes: i64,
        /// Room or venue code (default ONLINE).
        #[arg(long, default_value = "ONLINE")]
        room: String,
        #[arg(long, default_value = "procedural_conference")]
        kind: String,
        #[command(flatten)]
        people: ParticipantArgs,
        /// Repeat weekly for this many weeks.
        #[arg(long)]
        weeks: Option<u32>,
        #[arg(long)]
        earlier: bool,
        #[arg(long)]
        later: bool,
        /// Only check; do not book.
        #[arg(long)]
        check: bool,
        #[arg(long)]
        json: bool,
    },
    /// Move a hearing to a new local time (checked first).
    Move {
        id: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        minutes: Option<i64>,
        #[arg(long)]
        earlier: bool,
        #[arg(long)]
        later: bool,
        #[arg(long)]
        check: bool,
        #[arg(long)]
        json: bool,
    },
    /// Cancel a hearing.
    Cancel { id: String },
    /// The checks for a booked hearing.
    Conflicts {
        #[arg(long)]
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SlotsCommand {
    /// The earliest free slots, or why none can exist.
    Find {
        #[command(flatten)]
        people: ParticipantArgs,
        #[arg(long, default_value_t = 60)]
        minutes: i64,
        /// The hearing zone (or use --room).
        #[arg(long)]
        zone: Option<String>,
        #[arg(long)]
        room: Option<String>,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[arg(long, default_value_t = 10)]
        count: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IcsCommand {
    /// Import a calendar: a neutral's busy time (--busy-for) or a holiday list (--holidays HK|CN).
    Import {
        file: std::path::PathBuf,
        /// The neutral (id or unique name) whose calendar this is.
        #[arg(long)]
        busy_for: Option<String>,
        /// HK or CN: the file is a holiday list.
        #[arg(long)]
        holidays: Option<String>,
        /// The zone to read times written without one in (required when the file has any).
        #[arg(long)]
        floating_zone: Option<String>,
        /// With --holidays: the year to import from a feed that covers several.
        #[arg(long)]
        year: Option<i32>,
        /// With --holidays: show what would change; write nothing.
        #[arg(long)]
        preview: bool,
        /// With --holidays: confirm a year more than two years from this one.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Read a calendar file and report what it holds and what could not be read.
    Check {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Export hearings (and deadlines) as an .ics file (or an .eml invitation).
    Export {
        /// Where to write the file.
        #[arg(long)]
        out: std::path::PathBuf,
        #[arg(long = "case")]
        case: Option<String>,
        /// A neutral's schedule (id or unique name).
        #[arg(long)]
        neutral: Option<String>,
        /// A room's bookings (venue code).
        #[arg(long)]
        room: Option<String>,
        /// Everything (the default).
        #[arg(long)]
        all: bool,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// en, zh-Hans, zh-Hant or both.
        #[arg(long)]
        lang: Option<String>,
        /// Include the cases' deadlines as all-day events.
        #[arg(long)]
        deadlines: bool,
        /// file (default), publish, request or cancel.
        #[arg(long)]
        method: Option<String>,
        /// The organizer's e-mail address for invitations.
        #[arg(long)]
        organizer: Option<String>,
        /// Also write the invitation as an .eml next to the file (request or cancel).
        #[arg(long)]
        eml: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Write a verified backup (default: `backups/` beside the database).
    Create {
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Check a backup without changing anything.
    Verify {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Replace the data with a backup (the current data is kept as a `before-restore-` backup).
    Restore {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The backups beside the database, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
}

/// The ground for exporting confidential mediation material (Mediation Ordinance, Cap 620).
#[derive(Debug, clap::Args)]
pub struct Disclosure {
    /// consent, public, discoverable, prevent_harm, research, legal_advice, required_by_law or leave.
    #[arg(long)]
    pub ground: Option<String>,
    #[arg(long, default_value = "")]
    pub note: String,
    /// Who recorded the ground.
    #[arg(long = "by", default_value = "")]
    pub by: String,
}

#[derive(Debug, Subcommand)]
pub enum PrepCommand {
    /// The checklist templates of every workflow model (data the centre can edit).
    Templates {
        #[arg(long)]
        json: bool,
    },
    /// Add or change a template line.
    Template {
        #[arg(long)]
        model: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        position: u32,
        #[arg(long, default_value = "")]
        title_en: String,
        #[arg(long, default_value = "")]
        title_zh: String,
        /// A time-limit code whose deadline becomes the item's due date.
        #[arg(long)]
        deadline: Option<String>,
    },
    /// Generate (first time) and show the case's checklist.
    Checklist {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a checklist item (by its code, e.g. settlement_signed).
    Set {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        item: String,
        #[arg(long)]
        owner: Option<String>,
        /// YYYY-MM-DD, or empty to follow the linked deadline.
        #[arg(long)]
        due: Option<String>,
        /// open, done or not_applicable.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DocsCommand {
    /// Copy a file into the document store and register it with the case.
    Add {
        #[arg(long = "case")]
        case: String,
        file: std::path::PathBuf,
        #[arg(long, default_value = "")]
        title: String,
        #[arg(long)]
        pages: Option<u32>,
        /// Comma-separated.
        #[arg(long, default_value = "")]
        tags: String,
        /// A mediation communication (Cap 620 s.8).
        #[arg(long)]
        confidential: bool,
        /// The id of the document this one replaces (a newer version).
        #[arg(long)]
        replaces: Option<String>,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    /// Register a paper document and where it is kept.
    Paper {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        location: String,
        #[arg(long)]
        pages: Option<u32>,
        #[arg(long, default_value = "")]
        tags: String,
        #[arg(long)]
        confidential: bool,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    /// The case's documents, with versions.
    List {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Order the bundle: each --entry is TAB=DOCUMENT_ID, in order.
    Set {
        #[arg(long = "case")]
        case: String,
        #[arg(long = "entry", required = true)]
        entries: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write the bundle index.
    Export {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        out: std::path::PathBuf,
        /// html (printable) or csv; by default from the file name.
        #[arg(long)]
        format: Option<String>,
        /// en, zh or both.
        #[arg(long, default_value = "both")]
        lang: String,
        #[command(flatten)]
        disclosure: Disclosure,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum NotesCommand {
    Add {
        #[arg(long = "case")]
        case: String,
        text: String,
        #[arg(long)]
        confidential: bool,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackageCommand {
    /// Write one case (records, documents, audit trail) as a package file.
    Export {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        out: std::path::PathBuf,
        #[command(flatten)]
        disclosure: Disclosure,
        #[arg(long)]
        json: bool,
    },
    /// Import a package; conflicting edits are listed and nothing is written until each is answered
    /// with --take ENTITY:KEY=mine|theirs.
    Import {
        file: std::path::PathBuf,
        #[arg(long = "take")]
        take: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check a package without importing it.
    Verify { file: std::path::PathBuf },
}

/// What to keep when a newer tz database moved a hearing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Keep {
    WallTime,
    Instant,
}
