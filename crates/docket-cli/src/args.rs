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
  docket --db ./centre.sqlite3 hearings list --json";

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
    /// Cases on the docket.
    Cases {
        #[command(subcommand)]
        command: ListOnly,
    },
    /// Hearings and sessions.
    Hearings {
        #[command(subcommand)]
        command: ListOnly,
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
