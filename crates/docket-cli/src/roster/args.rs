//! The arguments of `docket neutrals | parties | appoint | conflicts`, as clap parses them.

use clap::{Args, Subcommand};

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
    /// Remove a neutral (one with appointments is retired instead); undo with `restore`.
    Remove {
        neutral: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring back a removed or retired neutral (by id).
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
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
    /// Correct a party: the fields given replace the stored ones; prints the conflict findings that
    /// stand now in its cases.
    Edit {
        party: String,
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        /// company, individual or state.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        nationality: Option<String>,
        /// Corporate group ("" to clear).
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Correct a law firm (by id): the fields given replace the stored ones.
    EditFirm {
        id: String,
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        #[arg(long)]
        country: Option<String>,
    },
    /// Correct counsel (by id): the fields given replace the stored ones ("" clears firm or e-mail).
    EditCounsel {
        id: String,
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        name_zh: Option<String>,
        #[arg(long)]
        firm: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Remove a party, counsel or law firm (by id); one others depend on is retired instead.
    Remove {
        id: String,
        /// party, counsel or firm.
        #[arg(long, value_enum, default_value = "party")]
        what: crate::removal::Kind,
        #[arg(long)]
        json: bool,
    },
    /// Bring back a removed or retired party, counsel or law firm (by id).
    Restore {
        id: String,
        #[arg(long, value_enum, default_value = "party")]
        what: crate::removal::Kind,
        #[arg(long)]
        json: bool,
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
    /// The conflict rules' parameters in force today and the fee caps, with their sources; `set`
    /// adds a version from a date, `history` lists every version.
    Rules {
        #[command(subcommand)]
        command: Option<super::rules::RulesCommand>,
        #[arg(long)]
        json: bool,
    },
}
