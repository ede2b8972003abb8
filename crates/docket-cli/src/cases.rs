//! `docket cases`: open a case, list and show cases, change an event's date, and move a case to its
//! next stage.

use clap::Subcommand;

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
