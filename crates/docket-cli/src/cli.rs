//! The command line's top level, as clap parses it: the global options and the list of commands. Each
//! command's own arguments are defined beside its handler, in its area's module.

use crate::cases::CasesCommand;
use crate::deadlines::{DeadlineCommand, LimitsCommand, WeatherCommand};
use crate::hearings::{HearingsCommand, IcsCommand, SlotsCommand};
use crate::holidays::HolidaysCommand;
use crate::prep::{BundleCommand, DocsCommand, NotesCommand, PackageCommand, PrepCommand};
use crate::roster::{
    AppointCommand, ConflictsCommand, FeesCommand, NeutralsCommand, PartiesCommand,
};
use crate::settings::{BackupCommand, DemoCommand, SettingsCommand};
use clap::{Parser, Subcommand};
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
  docket --db ./centre.sqlite3 settings clerk 'Chan Mei'
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
    /// Your preferences: the name recorded with every change you make.
    Settings {
        #[command(subcommand)]
        command: SettingsCommand,
    },
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
    /// Institution fee caps (hourly rates), each in force from a date.
    Fees {
        #[command(subcommand)]
        command: FeesCommand,
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
    /// Everything removed or retired, most recently first, with how to restore each.
    Removed {
        #[arg(long)]
        json: bool,
    },
    /// Remove any record (a case by reference, others by id); a roster record others depend on is
    /// retired instead. Undo with `docket restore`.
    Remove {
        kind: crate::removal::Kind,
        key: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring back a removed or retired record.
    Restore {
        kind: crate::removal::Kind,
        key: String,
        #[arg(long)]
        json: bool,
    },
    /// Search cases, parties, neutrals, documents and notes, in either script.
    Search {
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Spreadsheets in: neutrals, parties or open cases from .xlsx or CSV, and the templates.
    Import {
        #[command(subcommand)]
        command: crate::sheets::ImportCommand,
    },
    /// Spreadsheets out: the roster, the case register or the hearing list as .xlsx or CSV.
    Export(crate::sheets::ExportArgs),
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
    /// The centre server on PostgreSQL: install its schema, add clerks' logins, check it.
    Server {
        #[command(subcommand)]
        command: crate::server::ServerCommand,
    },
}
