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
    /// Hearings and sessions.
    Hearings {
        #[command(subcommand)]
        command: ListOnly,
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
        /// scia_arbitration, hkiac_arbitration, sz_mediation_hk_arbitration or hk_mediation_sz_arbitration.
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
    /// List a year's days off (and, for CN, make-up working days).
    List {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        json: bool,
    },
    /// Import a year's list (the Mainland notice or the Hong Kong feed as JSON, or an .ics feed);
    /// each year in the file replaces that year's days. A bad line refuses the whole file.
    Import {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "FILE")]
        file: std::path::PathBuf,
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
    /// Load 40 neutrals, 20 cases and 60 hearings into an empty database.
    Load,
}

#[derive(Debug, Subcommand)]
pub enum NeutralsCommand {
    /// List the roster.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only names (English or Chinese) containing this text.
        #[arg(long, short)]
        query: Option<String>,
    },
    /// Add a mediator or arbitrator.
    Add(AddNeutral),
}

#[derive(Debug, Args)]
pub struct AddNeutral {
    #[arg(long)]
    pub name_en: Option<String>,
    #[arg(long)]
    pub name_zh: Option<String>,
    /// mediator, arbitrator or both.
    #[arg(long, default_value = "both")]
    pub roles: String,
    /// Home time zone (IANA name, e.g. Asia/Hong_Kong).
    #[arg(long)]
    pub zone: String,
    /// A nationality as a two-letter code; repeat for more than one.
    #[arg(long)]
    pub nationality: Vec<String>,
    /// A language tag (en, yue, cmn, pt, ...); repeat for more than one.
    #[arg(long)]
    pub language: Vec<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// Print the created record as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ListOnly {
    /// List them.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}
