//! Exits: the ways a case leaves its route before the end (withdrawal, settlement, termination,
//! dismissal) or pauses on it (suspension, resumption). Which exits each model allows at which stage
//! is data ([`exit_rules`]), each row with its source and how far it is verified (the rules brief's
//! tags); [`check_exit`] refuses every other exit with a typed [`ExitRefusal`], and [`check_undo`]
//! decides whether the clerk may take one back.

use super::{CaseModel, Stage};
use crate::deadline::Verification;
use crate::time::CivilDate;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseStatus {
    Open,
    Suspended,
    Closed,
}

impl CaseStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Suspended => "suspended",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(Self::Open),
            "suspended" => Some(Self::Suspended),
            "closed" => Some(Self::Closed),
            _ => None,
        }
    }
}

/// An exit: four ways a case ends early, and the pause and its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitKind {
    /// The claimant (or requesting party) withdraws.
    Withdrawn,
    /// The parties settle (in arbitration, optionally recorded as an award on agreed terms).
    Settled,
    /// The proceedings are terminated (by the institution, the tribunal or the mediator).
    Terminated,
    /// The tribunal dismisses the claim without an award on the merits.
    Dismissed,
    /// The proceedings are suspended; the case's deadlines stop running.
    Suspended,
    /// A suspended case resumes; the deadlines the suspension stopped run again.
    Resumed,
}

impl ExitKind {
    pub const ALL: [ExitKind; 6] = [
        Self::Withdrawn,
        Self::Settled,
        Self::Terminated,
        Self::Dismissed,
        Self::Suspended,
        Self::Resumed,
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Self::Withdrawn => "withdrawn",
            Self::Settled => "settled",
            Self::Terminated => "terminated",
            Self::Dismissed => "dismissed",
            Self::Suspended => "suspended",
            Self::Resumed => "resumed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// Whether the exit ends the case (the four outcomes).
    pub fn closes(&self) -> bool {
        matches!(
            self,
            Self::Withdrawn | Self::Settled | Self::Terminated | Self::Dismissed
        )
    }
}

/// One row of a model's exits: an exit allowed at these stages, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitRule {
    pub kind: ExitKind,
    /// The stages the case may be at.
    pub at: &'static [Stage],
    /// Whether a settlement here may be recorded as an award on agreed terms.
    pub consent_award: bool,
    pub verification: Verification,
    pub source: &'static str,
}

use Stage::*;

/// An arbitration before its award: from the filing to the closure of the proceedings.
const PENDING: &[Stage] = &[
    ArbitrationFiled,
    NoticeServed,
    AnswerFiled,
    TribunalConstituted,
    HearingsHeld,
    ProceedingsClosed,
];
/// An arbitration with a tribunal, before its award.
const TRIBUNAL: &[Stage] = &[TribunalConstituted, HearingsHeld, ProceedingsClosed];
/// After the award.
const AWARDED: &[Stage] = &[AwardReceived, Enforcement];
/// A mediation under way, or ended without a settlement before any arbitration is filed.
const MEDIATING: &[Stage] = &[MediationRequested, MediationFailed];

const U: Verification = Verification::Unverified;
const S: Verification = Verification::Secondary;
const V: Verification = Verification::Verified;

const fn rule(
    kind: ExitKind,
    at: &'static [Stage],
    verification: Verification,
    source: &'static str,
) -> ExitRule {
    ExitRule {
        kind,
        at,
        consent_award: false,
        verification,
        source,
    }
}

const fn consent(
    at: &'static [Stage],
    verification: Verification,
    source: &'static str,
) -> ExitRule {
    ExitRule {
        kind: ExitKind::Settled,
        at,
        consent_award: true,
        verification,
        source,
    }
}

const SETTLED_AFTER_AWARD: ExitRule = rule(
    ExitKind::Settled,
    AWARDED,
    U,
    "Settlement after the award (parties settle instead of enforcing); no source in the rules brief",
);
const DISMISSED: ExitRule = rule(
    ExitKind::Dismissed,
    TRIBUNAL,
    U,
    "Dismissal by the tribunal without an award on the merits; no source in the rules brief",
);

const HKIAC_ARBITRATION: &[ExitRule] = &[
    rule(
        ExitKind::Withdrawn,
        PENDING,
        U,
        "Withdrawal of the claim (Model Law Art 32(2)(a) via Cap 609 s.65); not in the rules brief",
    ),
    consent(
        PENDING,
        V,
        "Cap 609 s.66 (Model Law Art 30): award on agreed terms (rules brief §1.5, §2.4, §3.4)",
    ),
    SETTLED_AFTER_AWARD,
    rule(
        ExitKind::Terminated,
        PENDING,
        S,
        "HKIAC Rules 2024 Art 41.4: deposits unpaid within 30 days, HKIAC may terminate before the \
         tribunal is constituted (rules brief §1.2, secondary source); other grounds not verified",
    ),
    DISMISSED,
    rule(
        ExitKind::Suspended,
        PENDING,
        S,
        "HKIAC Rules 2024 Art 41.4: deposits unpaid within 30 days, HKIAC may suspend (rules brief \
         §1.2, secondary source); other grounds not verified",
    ),
    rule(
        ExitKind::Resumed,
        PENDING,
        S,
        "HKIAC Rules 2024 Art 41.4 (the suspension ends when the deposits are paid) [S]",
    ),
];

const SCIA_ARBITRATION: &[ExitRule] = &[
    rule(
        ExitKind::Withdrawn,
        PENDING,
        U,
        "PRC Arbitration Law (old) Art 49: parties who settle may withdraw the application; \
         numbering changed in the 2025 revision (rules brief §1.5, §9 item 5)",
    ),
    consent(
        PENDING,
        S,
        "PRC Arbitration Law (old) Art 49 award on the settlement, Art 51 mediation statement \
         (rules brief §1.5, §3.4); new article numbers not verified",
    ),
    SETTLED_AFTER_AWARD,
    rule(
        ExitKind::Terminated,
        PENDING,
        U,
        "SCIA Rules 2022: termination grounds not verified (rules brief §1.1, §9 item 2)",
    ),
    DISMISSED,
    rule(
        ExitKind::Suspended,
        PENDING,
        U,
        "SCIA Rules 2022: suspension (中止) grounds not verified (rules brief §9 item 2)",
    ),
    rule(
        ExitKind::Resumed,
        PENDING,
        U,
        "SCIA Rules 2022: resumption not verified",
    ),
];

/// The mediation part of a cross-border model (before any arbitration is filed).
const CROSS_BORDER_MEDIATION: &[ExitRule] = &[
    rule(
        ExitKind::Withdrawn,
        MEDIATING,
        U,
        "A party withdraws from the mediation, or no arbitration is filed after it; not in the \
         rules brief",
    ),
    rule(
        ExitKind::Settled,
        &[MediationRequested, MediationFailed, SettlementSigned],
        U,
        "Settled and performed with no consent award or enforcement sought; the consent award \
         route is the settlement_signed stage (rules brief §1.5, §3.4)",
    ),
    rule(
        ExitKind::Suspended,
        &[MediationRequested],
        U,
        "Mediation paused by agreement; not in the rules brief",
    ),
    rule(
        ExitKind::Resumed,
        &[MediationRequested],
        U,
        "Mediation resumed by agreement; not in the rules brief",
    ),
];

const MEDIATION_ONLY: &[ExitRule] = &[
    rule(
        ExitKind::Withdrawn,
        &[MediationRequested],
        U,
        "A party withdraws from the mediation; not in the rules brief",
    ),
    rule(
        ExitKind::Settled,
        &[MediationRequested, SettlementSigned],
        U,
        "Settled and performed; a bare mediated settlement has no cross-border enforcement \
         arrangement (rules brief §3.4 item 3)",
    ),
    rule(
        ExitKind::Terminated,
        &[MediationRequested],
        S,
        "HKIAC Mediation Rules: no answer within 14 days is a refusal to mediate (rules brief §1.3, \
         secondary source); the mediator or a party may end the mediation [U]",
    ),
    rule(
        ExitKind::Suspended,
        &[MediationRequested],
        U,
        "Mediation paused by agreement; not in the rules brief",
    ),
    rule(
        ExitKind::Resumed,
        &[MediationRequested],
        U,
        "Mediation resumed by agreement; not in the rules brief",
    ),
];

/// The exits `model` allows, as rows of data: the arbitral institution's for a model's
/// arbitration, and the mediation's own before it.
pub fn exit_rules(model: CaseModel) -> [&'static [ExitRule]; 2] {
    match model {
        CaseModel::HkiacArbitration => [HKIAC_ARBITRATION, &[]],
        CaseModel::SciaArbitration => [SCIA_ARBITRATION, &[]],
        CaseModel::SzMediationHkArbitration => [CROSS_BORDER_MEDIATION, HKIAC_ARBITRATION],
        CaseModel::HkMediationSzArbitration => [CROSS_BORDER_MEDIATION, SCIA_ARBITRATION],
        CaseModel::HkMediation | CaseModel::SzMediation => [MEDIATION_ONLY, &[]],
    }
}

fn rules_of(model: CaseModel) -> impl Iterator<Item = &'static ExitRule> {
    exit_rules(model).into_iter().flatten()
}

/// Why an exit (or taking one back) was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExitRefusal {
    #[error("the case is already closed")]
    AlreadyClosed,
    #[error("the case is already suspended")]
    AlreadySuspended,
    #[error("the case is not suspended")]
    NotSuspended,
    #[error("a case of this model never ends as {kind:?}")]
    NotInModel { kind: ExitKind },
    #[error("{kind:?} is not possible at {stage:?}")]
    NotAtStage { kind: ExitKind, stage: Stage },
    #[error("a consent award records a settlement during an arbitration only, not at {stage:?}")]
    NoConsentAward { stage: Stage },
    #[error("the date {date} is before the last event ({previous})")]
    BeforePrevious {
        date: CivilDate,
        previous: CivilDate,
    },
    #[error("there is no exit to undo")]
    NothingToUndo,
    #[error("the exit was recorded by {by:?}; only they can undo it")]
    NotYours { by: Option<String> },
    #[error("a later event depends on the exit")]
    LaterEvent,
}

/// Where a case stands, as the exit checks see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseAt {
    pub model: CaseModel,
    pub status: CaseStatus,
    pub stage: Stage,
    /// The date of its latest event: the stage entered, or the last exit.
    pub since: CivilDate,
}

/// What an exit does to the case, once allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitEffect {
    pub status: CaseStatus,
    /// A consent award: the settlement is recorded as the award, so the case enters the award
    /// stage (its set-aside and enforcement windows start) and stays open.
    pub to_stage: Option<Stage>,
}

/// The exits a case may take now, each once, in [`ExitKind::ALL`] order.
pub fn exits_allowed(at: &CaseAt) -> Vec<ExitKind> {
    ExitKind::ALL
        .into_iter()
        .filter(|k| check_exit(at, *k, at.since, false).is_ok())
        .collect()
}

/// Whether a settlement now may be recorded as a consent award.
pub fn consent_award_allowed(at: &CaseAt) -> bool {
    check_exit(at, ExitKind::Settled, at.since, true).is_ok()
}

/// Checks an exit on `date` for a case `at`, and says what it does. A closed case takes no exit; a
/// suspended case may close or resume; an open case may take any exit its model allows at its
/// stage except resuming.
pub fn check_exit(
    at: &CaseAt,
    kind: ExitKind,
    date: CivilDate,
    consent_award: bool,
) -> Result<ExitEffect, ExitRefusal> {
    match (at.status, kind) {
        (CaseStatus::Closed, _) => return Err(ExitRefusal::AlreadyClosed),
        (CaseStatus::Suspended, ExitKind::Suspended) => {
            return Err(ExitRefusal::AlreadySuspended);
        }
        (CaseStatus::Open, ExitKind::Resumed) => return Err(ExitRefusal::NotSuspended),
        _ => {}
    }
    if !rules_of(at.model).any(|r| r.kind == kind) {
        return Err(ExitRefusal::NotInModel { kind });
    }
    if exit_rule(at.model, kind, at.stage).is_none() {
        return Err(ExitRefusal::NotAtStage {
            kind,
            stage: at.stage,
        });
    }
    let consent_here = rules_of(at.model)
        .any(|r| r.kind == ExitKind::Settled && r.consent_award && r.at.contains(&at.stage));
    if consent_award && (kind != ExitKind::Settled || !consent_here) {
        return Err(ExitRefusal::NoConsentAward { stage: at.stage });
    }
    if date < at.since {
        return Err(ExitRefusal::BeforePrevious {
            date,
            previous: at.since,
        });
    }
    Ok(match kind {
        ExitKind::Settled if consent_award => ExitEffect {
            status: CaseStatus::Open,
            to_stage: Some(AwardReceived),
        },
        k if k.closes() => ExitEffect {
            status: CaseStatus::Closed,
            to_stage: None,
        },
        ExitKind::Suspended => ExitEffect {
            status: CaseStatus::Suspended,
            to_stage: None,
        },
        _ => ExitEffect {
            status: CaseStatus::Open,
            to_stage: None,
        },
    })
}

/// The source row an allowed exit rests on (for showing its verification).
pub fn exit_rule(model: CaseModel, kind: ExitKind, stage: Stage) -> Option<&'static ExitRule> {
    rules_of(model).find(|r| r.kind == kind && r.at.contains(&stage))
}

/// A deadline as an exit sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunningDeadline {
    /// The date in force.
    pub due: CivilDate,
    /// An obligation (fulfilled by a stage) rather than a window.
    pub obligation: bool,
    /// Already fulfilled.
    pub met: bool,
}

/// Whether an exit of `kind` on `date` ends (or, for a suspension, stops) a deadline: every one not
/// met that is still to come on that date; a closing exit also ends an obligation already overdue
/// (nothing remains to be done). A window that closed before the exit stays as it was: history.
/// Resuming ends nothing (it lets run again what the suspension stopped).
pub fn ends_deadline(kind: ExitKind, date: CivilDate, d: &RunningDeadline) -> bool {
    match kind {
        ExitKind::Resumed => false,
        _ if d.met => false,
        ExitKind::Suspended => d.due >= date,
        // A consent award also ends the pre-award deadlines: the award replaces them.
        _ => d.due >= date || d.obligation,
    }
}

/// An exit already recorded, as the undo check sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedExit {
    pub kind: ExitKind,
    /// The clerk who recorded it (`None` when no name was set).
    pub clerk: Option<String>,
    /// Whether anything was recorded for the case after it (a move, another exit).
    pub followed: bool,
}

/// Whether `clerk` may take back the case's latest standing exit `last`: only the clerk who made
/// it, and only while nothing recorded later depends on it.
pub fn check_undo(last: Option<&RecordedExit>, clerk: Option<&str>) -> Result<(), ExitRefusal> {
    let Some(last) = last else {
        return Err(ExitRefusal::NothingToUndo);
    };
    let same = |a: Option<&str>, b: Option<&str>| {
        a.map(str::trim).filter(|s| !s.is_empty()) == b.map(str::trim).filter(|s| !s.is_empty())
    };
    if !same(last.clerk.as_deref(), clerk) {
        return Err(ExitRefusal::NotYours {
            by: last.clerk.clone(),
        });
    }
    if last.followed {
        return Err(ExitRefusal::LaterEvent);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
