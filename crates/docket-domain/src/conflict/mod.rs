//! Conflict checks for a proposed appointment: every reason not to appoint a neutral, each with a
//! severity, the facts behind it and the rule it comes from, and whether a recorded disclosure,
//! objection or waiver has dealt with it.
//!
//! The thresholds (look-back, counts) and severities are [`RuleParams`], data the clerk can see; the
//! built-in values follow the IBA Guidelines on Conflicts of Interest (2024), the HKIAC Rules and
//! Cap 609 as summarised in the rules brief. [`check`] is pure: the caller gathers the facts.

mod checker;
pub mod rank;
mod versions;
use checker::Checker;
pub use versions::{FeeCapDraft, LOOKBACK_YEARS, RuleDraft, RuleVersion, SOURCE_MAX, THRESHOLD};

use crate::case::CaseModel;
use crate::deadline::Verification;
use crate::id::{CaseId, ConflictRecordId, CounselId, FirmId, NeutralId};
use crate::roster::appointment::{Appointment, AppointmentRole};
use crate::roster::party::{CaseParty, Connection, ConnectionKind, Party};
use crate::roster::{LanguageSkill, Money, Neutral, Panel};
use crate::text::Bilingual;
use crate::time::CivilDate;
use crate::workflow::{Institution, arbitration_institution};
use std::collections::{BTreeMap, BTreeSet};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Do not appoint unless the parties waive it in writing (or never, if it cannot be waived).
    Block,
    /// Appoint only after the neutral has disclosed it.
    Disclose,
    /// For the file; no action needed.
    Note,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Block => "block",
            Self::Disclose => "disclose",
            Self::Note => "note",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Block, Self::Disclose, Self::Note]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// The rules a proposed appointment is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// IBA Orange List 3.1.3: appointed by the same party or an affiliate twice or more in 3 years.
    PartyRepeat,
    /// IBA Orange List 3.3.8: appointed more than 3 times by the same counsel or law firm in 3 years.
    CounselRepeat,
    /// IBA Red Lists: the neutral acted as counsel for, or is connected to, a party.
    PartyConnection,
    /// IBA Orange List 3.1.5: sits or sat in a related case involving the same party.
    RelatedCase,
    /// HKIAC Rules Art 11.2: sole or presiding arbitrator shares a nationality with a party.
    Nationality,
    /// Cap 609 s.32: the mediator in the same dispute proposed as arbitrator.
    MediatorAsArbitrator,
    /// The neutral's own limit on concurrent appointments.
    Capacity,
    /// No language in common with the proceedings.
    Language,
    /// Panel or list membership for the appointment's side has ended or never existed.
    PanelTerm,
    /// Hourly rate above the institution's cap in force on the filing date.
    FeeCap,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Self::PartyRepeat,
        Self::CounselRepeat,
        Self::PartyConnection,
        Self::RelatedCase,
        Self::Nationality,
        Self::MediatorAsArbitrator,
        Self::Capacity,
        Self::Language,
        Self::PanelTerm,
        Self::FeeCap,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::PartyRepeat => "party_repeat",
            Self::CounselRepeat => "counsel_repeat",
            Self::PartyConnection => "party_connection",
            Self::RelatedCase => "related_case",
            Self::Nationality => "nationality",
            Self::MediatorAsArbitrator => "mediator_as_arbitrator",
            Self::Capacity => "capacity",
            Self::Language => "language",
            Self::PanelTerm => "panel_term",
            Self::FeeCap => "fee_cap",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// One rule's parameters: data with a source, not constants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleParams {
    pub rule: Rule,
    pub severity: Severity,
    /// How far back past appointments and connections count (0 where the rule has no look-back).
    pub lookback_years: u32,
    /// The count that triggers the rule (at least this many), where the rule counts.
    pub threshold: u32,
    /// The citation, e.g. "IBA Guidelines 2024, Orange List 3.1.3".
    pub source: String,
    pub verification: Verification,
}

/// The parameters of every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    rules: Vec<RuleParams>,
}

impl Policy {
    /// The built-in parameters (the values the database is seeded with).
    pub fn builtin() -> Self {
        use Rule::*;
        use Severity::*;
        use Verification::*;
        let row =
            |rule, severity, lookback_years, threshold, source: &str, verification| RuleParams {
                rule,
                severity,
                lookback_years,
                threshold,
                source: source.to_owned(),
                verification,
            };
        Self {
            rules: vec![
                row(
                    PartyRepeat,
                    Disclose,
                    3,
                    2,
                    "IBA Guidelines 2024, Orange List 3.1.3",
                    Unverified,
                ),
                row(
                    CounselRepeat,
                    Disclose,
                    3,
                    4,
                    "IBA Guidelines 2024, Orange List 3.3.8",
                    Unverified,
                ),
                row(
                    PartyConnection,
                    Block,
                    3,
                    1,
                    "IBA Guidelines 2024, Red Lists 1 and 2; Orange List 3.1.1",
                    Unverified,
                ),
                row(
                    RelatedCase,
                    Disclose,
                    3,
                    1,
                    "IBA Guidelines 2024, Orange List 3.1.5",
                    Unverified,
                ),
                row(
                    Nationality,
                    Block,
                    0,
                    1,
                    "HKIAC Administered Arbitration Rules, Art 11.2",
                    Verified,
                ),
                row(
                    MediatorAsArbitrator,
                    Block,
                    0,
                    1,
                    "Arbitration Ordinance (Cap 609) s.32",
                    Unverified,
                ),
                row(
                    Capacity,
                    Disclose,
                    0,
                    1,
                    "Neutral's stated maximum of concurrent appointments",
                    Verified,
                ),
                row(
                    Language,
                    Block,
                    0,
                    1,
                    "Language of the proceedings",
                    Verified,
                ),
                row(
                    PanelTerm,
                    Disclose,
                    0,
                    1,
                    "Institution panel or list terms",
                    Verified,
                ),
                row(
                    FeeCap,
                    Block,
                    0,
                    1,
                    "HKIAC hourly-rate cap (announcement of 17 Dec 2025)",
                    Secondary,
                ),
            ],
        }
    }

    /// A policy from stored rows; rules missing from `rows` keep their built-in parameters.
    pub fn from_rows(rows: Vec<RuleParams>) -> Self {
        let mut p = Self::builtin();
        for row in rows {
            if let Some(slot) = p.rules.iter_mut().find(|r| r.rule == row.rule) {
                *slot = row;
            }
        }
        p
    }

    pub fn rules(&self) -> &[RuleParams] {
        &self.rules
    }

    pub fn get(&self, rule: Rule) -> Option<&RuleParams> {
        self.rules.iter().find(|r| r.rule == rule)
    }
}

/// An institution's cap on arbitrators' hourly rates, in force from a date (the filing date decides).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeCap {
    pub institution: Institution,
    pub cap: Money,
    pub effective_from: CivilDate,
    pub source: String,
    pub verification: Verification,
}

/// The cap in force for `institution` on `date`, if any.
pub fn cap_in_force(caps: &[FeeCap], institution: Institution, date: CivilDate) -> Option<&FeeCap> {
    caps.iter()
        .filter(|c| c.institution == institution && c.effective_from <= date)
        .max_by_key(|c| c.effective_from)
}

/// What the clerk recorded against a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// The neutral disclosed the circumstance to the parties.
    Disclosure,
    /// A party objected.
    Objection,
    /// All parties waived the objection or agreed in writing.
    Waiver,
}

impl RecordKind {
    pub const ALL: [RecordKind; 3] = [Self::Disclosure, Self::Objection, Self::Waiver];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Disclosure => "disclosure",
            Self::Objection => "objection",
            Self::Waiver => "waiver",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A disclosure, objection or waiver recorded against one finding (rule + subject) for a neutral in a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictRecord {
    pub id: ConflictRecordId,
    pub case_id: CaseId,
    pub neutral_id: NeutralId,
    pub rule: Rule,
    pub subject: String,
    pub kind: RecordKind,
    pub recorded_on: CivilDate,
    pub recorded_by: String,
    pub note: String,
}

/// A party of the case under check, with the counsel acting for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyInCase {
    pub party: Party,
    pub role: CaseParty,
    pub counsel: Option<CounselFacts>,
}

/// Counsel, with their firm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounselFacts {
    pub id: CounselId,
    pub name: Bilingual,
    pub firm: Option<(FirmId, Bilingual)>,
}

/// A case linked to the case under check, with the group keys of its parties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedCaseFacts {
    pub id: CaseId,
    pub reference: String,
    pub party_keys: BTreeSet<String>,
}

/// The case under check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    pub id: CaseId,
    pub reference: String,
    pub model: CaseModel,
    pub filed_on: CivilDate,
    pub language: String,
    pub parties: Vec<PartyInCase>,
    pub related: Vec<RelatedCaseFacts>,
}

impl CaseFacts {
    /// The side of the border whose rules govern an appointment in `role`.
    pub fn institution_for(&self, role: AppointmentRole) -> Institution {
        match role {
            AppointmentRole::Mediator => crate::workflow::mediation_institution(self.model)
                .unwrap_or_else(|| arbitration_institution(self.model)),
            _ => arbitration_institution(self.model),
        }
    }
}

/// The proposed appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub role: AppointmentRole,
    /// The date the appointment would be made (nomination date).
    pub on: CivilDate,
    /// A rate agreed for this appointment, over the neutral's usual rate.
    pub rate: Option<Money>,
}

/// One past or current appointment of the neutral, with what the checks need to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastAppointment {
    pub appointment: Appointment,
    pub case_reference: String,
    /// The group key of the nominating party, when a party nominated.
    pub party_key: Option<String>,
}

/// A connection of the neutral, with the connected party's name and group key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionFacts {
    pub connection: Connection,
    pub party_name: Bilingual,
    pub party_key: String,
}

/// What is known about the neutral beyond the profile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Appointments that may matter to this case (the caller may pre-filter by party, counsel, firm
    /// and case; [`check`] filters again).
    pub appointments: Vec<PastAppointment>,
    /// How many appointments the neutral holds in open cases today.
    pub open_appointments: u32,
    pub connections: Vec<ConnectionFacts>,
    /// Records for this neutral in this case.
    pub records: Vec<ConflictRecord>,
}

/// The facts behind a finding, for the explanation in the clerk's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Facts {
    PartyRepeat {
        party: Bilingual,
        count: u32,
        since: CivilDate,
        cases: Vec<String>,
    },
    CounselRepeat {
        /// Counsel's or the firm's name.
        who: Bilingual,
        firm: bool,
        count: u32,
        since: CivilDate,
        cases: Vec<String>,
    },
    PartyConnection {
        party: Bilingual,
        kind: ConnectionKind,
        until: Option<CivilDate>,
        note: String,
    },
    RelatedCase {
        case_reference: String,
        role: AppointmentRole,
    },
    Nationality {
        shared: Vec<String>,
        parties: Vec<Bilingual>,
    },
    MediatorAsArbitrator {
        mediated_on: CivilDate,
        hong_kong_seat: bool,
    },
    Capacity {
        open: u32,
        max: u32,
    },
    Language {
        case_language: String,
        spoken: Vec<LanguageSkill>,
    },
    PanelTerm {
        panel: Option<Panel>,
        institution: Institution,
        ended_on: Option<CivilDate>,
    },
    FeeCap {
        rate: Money,
        cap: Money,
        cap_from: CivilDate,
    },
    FeeCurrency {
        rate: Money,
        cap: Money,
    },
}

/// Where a finding stands after what the clerk recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Needs action: nothing recorded yet (or a disclosure that does not lift a block).
    Open,
    /// Disclosed and not objected to: resolved for a "disclose" finding.
    Disclosed,
    /// A party objected after the disclosure.
    Objected,
    /// Waived in writing by all parties: resolved.
    Waived,
    /// Informational.
    Note,
}

/// One reason not to appoint (or to disclose before appointing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// What the finding is about (`party:<id>`, `firm:<id>`, `nationality`...): records attach to it.
    pub subject: String,
    pub facts: Facts,
    /// Whether the parties can waive it; non-waivable red-list findings stay blocking.
    pub waivable: bool,
    pub status: Status,
    /// The records for this finding, oldest first.
    pub records: Vec<ConflictRecord>,
    pub source: String,
}

impl Finding {
    /// Whether the finding no longer stands in the way.
    pub fn resolved(&self) -> bool {
        match self.status {
            Status::Note | Status::Waived => true,
            Status::Disclosed => self.severity != Severity::Block,
            Status::Open | Status::Objected => false,
        }
    }

    /// An unresolved blocking finding: the appointment cannot be confirmed.
    pub fn blocks(&self) -> bool {
        self.severity == Severity::Block && !self.resolved()
    }
}

/// Checks a proposed appointment of `neutral` in `case`. Findings come most serious first.
pub fn check(
    policy: &Policy,
    caps: &[FeeCap],
    case: &CaseFacts,
    neutral: &Neutral,
    proposal: &Proposal,
    history: &History,
) -> Vec<Finding> {
    let mut out = Checker {
        policy,
        history,
        findings: Vec::new(),
    };
    out.repeats(case, proposal);
    out.connections(case, proposal);
    out.related(case, proposal);
    out.nationality(case, neutral, proposal);
    out.mediator(case, proposal);
    out.capacity(neutral);
    out.language(case, neutral);
    out.panel(case, neutral, proposal);
    out.fees(caps, case, neutral, proposal);
    let mut findings = out.findings;
    findings.sort_by(|a, b| a.severity.cmp(&b.severity).then(a.rule.cmp(&b.rule)));
    findings
}

#[cfg(test)]
mod tests;
