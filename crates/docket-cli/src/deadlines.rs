//! `docket deadline | limits | weather`: procedural deadlines (computed with every step explained,
//! listed, overridden), the rule sets and institution time limits they use, and the Hong Kong
//! weather warnings that move them.

use clap::Subcommand;

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
