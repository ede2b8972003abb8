//! Workflow models: the stages a case passes through under each cross-border model, which moves are
//! legal, and which institution's time limits apply at each stage.
//!
//! A case moves forward one stage at a time along one of its model's routes (a cross-border case
//! whose mediation fails takes the arbitration route; one whose mediation settles takes the consent
//! award route, or goes straight to enforcement); each move records the date of the event that ends
//! the previous stage (the notice received, the award received...). The ways a case leaves its route
//! early or pauses on it are in [`exits`]. [`TimeLimit`]s are data: each names
//! the stage whose date triggers it, a period, the rule set that counts it, and the dates between
//! which it is in force.

use crate::deadline::{Jurisdiction, Period, RuleKind, Verification};
use crate::text::Bilingual;
use crate::time::CivilDate;

pub mod exits;

/// How a case is administered: on one side of the border, or across it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseModel {
    /// Arbitration administered by SCIA in Shenzhen.
    SciaArbitration,
    /// Arbitration administered by HKIAC in Hong Kong.
    HkiacArbitration,
    /// Mediation in Shenzhen, then a Hong Kong-seated arbitration (award on agreed terms).
    SzMediationHkArbitration,
    /// Mediation in Hong Kong, then an SCIA award on the settlement's terms.
    HkMediationSzArbitration,
    /// A mediation in Hong Kong (HKIAC or another Hong Kong mediation), with no arbitration.
    HkMediation,
    /// A mediation in Shenzhen (SCIA Mediation Center), with no arbitration.
    SzMediation,
}

impl CaseModel {
    pub const ALL: [CaseModel; 6] = [
        Self::SciaArbitration,
        Self::HkiacArbitration,
        Self::SzMediationHkArbitration,
        Self::HkMediationSzArbitration,
        Self::HkMediation,
        Self::SzMediation,
    ];

    /// The models that end in an arbitral award.
    pub const WITH_ARBITRATION: [CaseModel; 4] = [
        Self::SciaArbitration,
        Self::HkiacArbitration,
        Self::SzMediationHkArbitration,
        Self::HkMediationSzArbitration,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::SciaArbitration => "scia_arbitration",
            Self::HkiacArbitration => "hkiac_arbitration",
            Self::SzMediationHkArbitration => "sz_mediation_hk_arbitration",
            Self::HkMediationSzArbitration => "hk_mediation_sz_arbitration",
            Self::HkMediation => "hk_mediation",
            Self::SzMediation => "sz_mediation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Whether the case is a mediation with no arbitration after it.
    pub fn is_mediation_only(&self) -> bool {
        matches!(self, Self::HkMediation | Self::SzMediation)
    }

    /// Whether the case crosses the Shenzhen–Hong Kong border.
    pub fn is_cross_border(&self) -> bool {
        matches!(
            self,
            Self::SzMediationHkArbitration | Self::HkMediationSzArbitration
        )
    }
}

/// A stage of a case. Not every model uses every stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// The request for mediation is made.
    MediationRequested,
    /// The mediation ended without a settlement (cross-border models: arbitration follows).
    MediationFailed,
    /// The parties sign the settlement agreement.
    SettlementSigned,
    /// The notice or request for arbitration is filed (for consent awards: the application).
    ArbitrationFiled,
    /// The respondent receives the notice of arbitration.
    NoticeServed,
    /// The answer or statement of defence is filed.
    AnswerFiled,
    /// The tribunal is constituted.
    TribunalConstituted,
    /// The last hearing or submission.
    HearingsHeld,
    /// The tribunal declares the proceedings closed.
    ProceedingsClosed,
    /// The award is received by the parties.
    AwardReceived,
    /// Enforcement is sought.
    Enforcement,
    /// The case is closed on the docket.
    Closed,
}

impl Stage {
    pub const ALL: [Stage; 12] = [
        Stage::MediationRequested,
        Stage::MediationFailed,
        Stage::SettlementSigned,
        Stage::ArbitrationFiled,
        Stage::NoticeServed,
        Stage::AnswerFiled,
        Stage::TribunalConstituted,
        Stage::HearingsHeld,
        Stage::ProceedingsClosed,
        Stage::AwardReceived,
        Stage::Enforcement,
        Stage::Closed,
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Stage::MediationRequested => "mediation_requested",
            Stage::MediationFailed => "mediation_failed",
            Stage::SettlementSigned => "settlement_signed",
            Stage::ArbitrationFiled => "arbitration_filed",
            Stage::NoticeServed => "notice_served",
            Stage::AnswerFiled => "answer_filed",
            Stage::TribunalConstituted => "tribunal_constituted",
            Stage::HearingsHeld => "hearings_held",
            Stage::ProceedingsClosed => "proceedings_closed",
            Stage::AwardReceived => "award_received",
            Stage::Enforcement => "enforcement",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|st| st.code() == s.trim())
    }
}

/// The routes a case of `model` can take, each its stages in order; the first is the model's main
/// route (what a new case shows). A cross-border case whose mediation settles takes the consent award
/// route (rules brief §1.5, §3.4) or enforces the settlement itself (Cap 609 s.66(2), cross-border
/// treatment [U]); one whose mediation fails takes the arbitration route of the arbitral institution.
pub fn routes(model: CaseModel) -> &'static [&'static [Stage]] {
    use Stage::*;
    const ARBITRATION: &[Stage] = &[
        ArbitrationFiled,
        NoticeServed,
        AnswerFiled,
        TribunalConstituted,
        HearingsHeld,
        ProceedingsClosed,
        AwardReceived,
        Enforcement,
        Closed,
    ];
    const CONSENT_AWARD: &[Stage] = &[
        MediationRequested,
        SettlementSigned,
        ArbitrationFiled,
        TribunalConstituted,
        AwardReceived,
        Enforcement,
        Closed,
    ];
    const SETTLEMENT_ENFORCED: &[Stage] =
        &[MediationRequested, SettlementSigned, Enforcement, Closed];
    const MEDIATION_FAILED: &[Stage] = &[
        MediationRequested,
        MediationFailed,
        ArbitrationFiled,
        NoticeServed,
        AnswerFiled,
        TribunalConstituted,
        HearingsHeld,
        ProceedingsClosed,
        AwardReceived,
        Enforcement,
        Closed,
    ];
    const MEDIATION: &[Stage] = &[MediationRequested, SettlementSigned, Closed];
    match model {
        CaseModel::SciaArbitration | CaseModel::HkiacArbitration => &[ARBITRATION],
        CaseModel::SzMediationHkArbitration | CaseModel::HkMediationSzArbitration => {
            &[CONSENT_AWARD, MEDIATION_FAILED, SETTLEMENT_ENFORCED]
        }
        CaseModel::HkMediation | CaseModel::SzMediation => &[MEDIATION],
    }
}

/// The stages of a model's main route, in order.
pub fn stages(model: CaseModel) -> &'static [Stage] {
    routes(model).first().copied().unwrap_or(&[])
}

/// Whether `stage` is on any route of `model`.
pub fn in_model(model: CaseModel, stage: Stage) -> bool {
    routes(model).iter().any(|r| r.contains(&stage))
}

/// Whether `visited` appears in `route` in order (not necessarily side by side: a settlement
/// recorded as a consent award goes straight to the award).
fn follows(route: &[Stage], visited: &[Stage]) -> bool {
    let mut rest = route.iter();
    visited.iter().all(|v| rest.any(|r| r == v))
}

/// The route a case follows, given the stages it has entered (oldest first): the first route that
/// holds them in order; the main route when none does.
pub fn route(model: CaseModel, visited: &[Stage]) -> &'static [Stage] {
    routes(model)
        .iter()
        .find(|r| follows(r, visited))
        .copied()
        .unwrap_or_else(|| stages(model))
}

/// The stages a case that has entered `visited` (oldest first; the last is the current stage) may
/// enter next: one per route that holds its history, the main route's first.
pub fn next_stages(model: CaseModel, visited: &[Stage]) -> Vec<Stage> {
    let Some(current) = visited.last() else {
        return stages(model).first().copied().into_iter().collect();
    };
    let mut out = Vec::new();
    for r in routes(model).iter().filter(|r| follows(r, visited)) {
        if let Some(next) = r
            .iter()
            .position(|s| s == current)
            .and_then(|i| r.get(i + 1))
            && !out.contains(next)
        {
            out.push(*next);
        }
    }
    if out.is_empty()
        && let Some(next) = next_stage(model, *current)
    {
        // A history no route holds: the main route's order from the current stage.
        out.push(next);
    }
    out
}

/// The institution whose limits govern a model's arbitration, and where its award is enforced. For a
/// mediation with no arbitration: the side of the border the mediation takes place on.
pub fn arbitration_institution(model: CaseModel) -> Institution {
    match model {
        CaseModel::SciaArbitration
        | CaseModel::HkMediationSzArbitration
        | CaseModel::SzMediation => Institution::Scia,
        CaseModel::HkiacArbitration
        | CaseModel::SzMediationHkArbitration
        | CaseModel::HkMediation => Institution::Hkiac,
    }
}

/// The side of the border a model's mediation takes place on (`None` for arbitration only).
pub fn mediation_institution(model: CaseModel) -> Option<Institution> {
    match model {
        CaseModel::HkMediation | CaseModel::HkMediationSzArbitration => Some(Institution::Hkiac),
        CaseModel::SzMediation | CaseModel::SzMediationHkArbitration => Some(Institution::Scia),
        CaseModel::SciaArbitration | CaseModel::HkiacArbitration => None,
    }
}

/// Whose time limits apply to a period triggered at `stage`: the mediation's side for the mediation
/// stages, the arbitral institution for every other stage.
pub fn institution_at(model: CaseModel, stage: Stage) -> Institution {
    match stage {
        Stage::MediationRequested | Stage::MediationFailed | Stage::SettlementSigned => {
            mediation_institution(model).unwrap_or_else(|| arbitration_institution(model))
        }
        _ => arbitration_institution(model),
    }
}

/// Whose time limits a row of the table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Institution {
    Hkiac,
    Scia,
}

impl Institution {
    pub fn code(&self) -> &'static str {
        match self {
            Institution::Hkiac => "HKIAC",
            Institution::Scia => "SCIA",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "HKIAC" => Some(Institution::Hkiac),
            "SCIA" => Some(Institution::Scia),
            _ => None,
        }
    }

    /// The seat's jurisdiction (Hong Kong for HKIAC, the Mainland for SCIA).
    pub fn seat(&self) -> Jurisdiction {
        match self {
            Institution::Hkiac => Jurisdiction::HongKong,
            Institution::Scia => Jurisdiction::Mainland,
        }
    }
}

/// Why a move was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error("stage {to:?} is not part of this case's workflow")]
    NotInModel { to: Stage },
    #[error("the case is at {current:?}; the next stage is {expected:?}, not {to:?}")]
    OutOfOrder {
        current: Stage,
        expected: Option<Stage>,
        to: Stage,
    },
    #[error("the event date {date} is before the previous event ({previous})")]
    BeforePrevious {
        date: CivilDate,
        previous: CivilDate,
    },
}

/// The stage after `current` on `model`'s main route, if any.
pub fn next_stage(model: CaseModel, current: Stage) -> Option<Stage> {
    let s = stages(model);
    s.iter()
        .position(|x| *x == current)
        .and_then(|i| s.get(i + 1))
        .copied()
}

/// Checks a move to `to` on `date` for a case that has entered the stages `visited` (oldest first;
/// the last is the current stage, entered on `previous`).
pub fn check_move(
    model: CaseModel,
    visited: &[Stage],
    previous: CivilDate,
    to: Stage,
    date: CivilDate,
) -> Result<(), WorkflowError> {
    if !in_model(model, to) {
        return Err(WorkflowError::NotInModel { to });
    }
    let current = visited.last().copied().unwrap_or(to);
    let next = next_stages(model, visited);
    let expected = next.first().copied();
    // A mediation may end without a settlement: it is closed from any stage.
    let mediation_ends = model.is_mediation_only() && to == Stage::Closed && current != to;
    if !next.contains(&to) && !mediation_ends {
        return Err(WorkflowError::OutOfOrder {
            current,
            expected,
            to,
        });
    }
    if date < previous {
        return Err(WorkflowError::BeforePrevious { date, previous });
    }
    Ok(())
}

/// One institution time limit: a period that starts when a case enters `trigger`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeLimit {
    pub code: String,
    pub institution: Institution,
    pub trigger: Stage,
    pub name: Bilingual,
    pub period: Period,
    pub rule: RuleKind,
    /// Place of receipt for HKIAC periods.
    pub receipt: Option<Jurisdiction>,
    pub effective_from: CivilDate,
    /// Last day in force, if superseded.
    pub effective_to: Option<CivilDate>,
    pub verification: Verification,
    pub source: String,
    /// The stage that fulfils this limit (an obligation), or `None` for a window that simply closes.
    pub satisfied_by: Option<Stage>,
}

impl TimeLimit {
    /// Whether this row applies to a trigger on `date`.
    pub fn in_force(&self, date: CivilDate) -> bool {
        self.effective_from <= date && self.effective_to.is_none_or(|to| date <= to)
    }
}

/// Whether a case that has reached `current` in `model` has passed `stage` (or is at it), on a
/// route that holds both.
pub fn reached(model: CaseModel, current: Stage, stage: Stage) -> bool {
    routes(model).iter().any(|s| {
        match (
            s.iter().position(|x| *x == current),
            s.iter().position(|x| *x == stage),
        ) {
            (Some(c), Some(t)) => c >= t,
            _ => false,
        }
    })
}

/// The limits that start when a case of `model` enters `stage` on `date`.
pub fn limits_triggered(
    limits: &[TimeLimit],
    model: CaseModel,
    stage: Stage,
    date: CivilDate,
) -> Vec<&TimeLimit> {
    let institution = institution_at(model, stage);
    limits
        .iter()
        .filter(|l| l.institution == institution && l.trigger == stage && l.in_force(date))
        .collect()
}

/// Expedited-procedure thresholds, as data with effective dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Threshold {
    pub institution: Institution,
    pub currency: String,
    /// Largest amount (in minor units) that is expedited automatically or on application.
    pub max_minor: i64,
    pub effective_from: CivilDate,
    pub verification: Verification,
    pub source: String,
}

/// One edition of an institution's rules, in force for cases filed from `effective_from`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesEdition {
    pub institution: Institution,
    /// Arbitration rules, or mediation rules.
    pub mediation: bool,
    pub code: String,
    pub name: Bilingual,
    pub effective_from: CivilDate,
    pub verification: Verification,
    pub source: String,
}

/// The rules that govern a case filed on `filed_on`: the latest edition in force that day — the
/// mediation rules of the mediation's side for a mediation-only case, else the arbitration rules.
pub fn rules_for(
    editions: &[RulesEdition],
    model: CaseModel,
    filed_on: CivilDate,
) -> Option<&RulesEdition> {
    let mediation = model.is_mediation_only();
    let institution = arbitration_institution(model);
    editions
        .iter()
        .filter(|e| {
            e.institution == institution && e.mediation == mediation && e.effective_from <= filed_on
        })
        .max_by_key(|e| e.effective_from)
}

/// The procedure for an amount in dispute, and the threshold that decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Procedure {
    Ordinary,
    Expedited,
}

impl Procedure {
    pub fn as_str(&self) -> &'static str {
        match self {
            Procedure::Ordinary => "ordinary",
            Procedure::Expedited => "expedited",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ordinary" => Some(Procedure::Ordinary),
            "expedited" => Some(Procedure::Expedited),
            _ => None,
        }
    }
}

/// A deadline created for a case when it entered a stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDeadline {
    pub id: String,
    pub case_id: crate::id::CaseId,
    pub limit_code: String,
    pub name: Bilingual,
    pub trigger_stage: Stage,
    pub trigger_date: CivilDate,
    pub period: Period,
    pub rule: RuleKind,
    pub receipt: Option<Jurisdiction>,
    /// The date computed when the deadline was created.
    pub due: CivilDate,
    pub rule_version: String,
    /// A date the clerk set by hand, with the reason; it replaces `due` and stays visible.
    pub override_due: Option<(CivilDate, String)>,
}

impl CaseDeadline {
    /// The date in force: the clerk's override, else the computed date.
    pub fn effective_due(&self) -> CivilDate {
        self.override_due.as_ref().map_or(self.due, |(d, _)| *d)
    }
}

/// Chooses the procedure: expedited when the amount is at or under the threshold in force on the
/// filing date in the same currency; ordinary otherwise (or when no threshold applies).
pub fn procedure_for<'a>(
    thresholds: &'a [Threshold],
    institution: Institution,
    filed_on: CivilDate,
    amount_minor: Option<i64>,
    currency: &str,
) -> (Procedure, Option<&'a Threshold>) {
    let threshold = thresholds
        .iter()
        .filter(|t| {
            t.institution == institution && t.currency == currency && t.effective_from <= filed_on
        })
        .max_by_key(|t| t.effective_from);
    match (amount_minor, threshold) {
        (Some(a), Some(t)) if a <= t.max_minor => (Procedure::Expedited, Some(t)),
        (_, t) => (Procedure::Ordinary, t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_case_moves_one_stage_at_a_time() {
        let m = CaseModel::HkMediationSzArbitration;
        assert_eq!(
            next_stage(m, Stage::MediationRequested),
            Some(Stage::SettlementSigned)
        );
        assert!(
            check_move(
                m,
                &[Stage::MediationRequested],
                d("2026-01-05"),
                Stage::SettlementSigned,
                d("2026-02-01")
            )
            .is_ok()
        );
        assert_eq!(
            check_move(
                m,
                &[Stage::MediationRequested],
                d("2026-01-05"),
                Stage::AwardReceived,
                d("2026-02-01")
            ),
            Err(WorkflowError::OutOfOrder {
                current: Stage::MediationRequested,
                expected: Some(Stage::SettlementSigned),
                to: Stage::AwardReceived
            })
        );
        assert_eq!(
            check_move(
                m,
                &[Stage::MediationRequested, Stage::SettlementSigned],
                d("2026-02-01"),
                Stage::HearingsHeld,
                d("2026-02-02")
            ),
            Err(WorkflowError::OutOfOrder {
                current: Stage::SettlementSigned,
                expected: Some(Stage::ArbitrationFiled),
                to: Stage::HearingsHeld
            })
        );
        assert_eq!(
            check_move(
                CaseModel::HkMediation,
                &[Stage::MediationRequested],
                d("2026-02-01"),
                Stage::NoticeServed,
                d("2026-02-02")
            ),
            Err(WorkflowError::NotInModel {
                to: Stage::NoticeServed
            })
        );
        assert!(matches!(
            check_move(
                m,
                &[Stage::MediationRequested],
                d("2026-01-05"),
                Stage::SettlementSigned,
                d("2026-01-04")
            ),
            Err(WorkflowError::BeforePrevious { .. })
        ));
    }

    #[test]
    fn a_cross_border_mediation_branches_on_its_outcome() {
        use Stage::*;
        for m in [
            CaseModel::SzMediationHkArbitration,
            CaseModel::HkMediationSzArbitration,
        ] {
            assert_eq!(
                next_stages(m, &[MediationRequested]),
                vec![SettlementSigned, MediationFailed]
            );
            // Failed: the full arbitration follows, notice and answer included.
            let failed = [MediationRequested, MediationFailed, ArbitrationFiled];
            assert_eq!(next_stages(m, &failed), vec![NoticeServed]);
            assert!(
                check_move(
                    m,
                    &failed[..2],
                    d("2026-01-05"),
                    ArbitrationFiled,
                    d("2026-01-05")
                )
                .is_ok()
            );
            assert!(reached(m, AnswerFiled, NoticeServed));
            // Settled: a consent award, or enforcing the settlement itself.
            let settled = [MediationRequested, SettlementSigned];
            assert_eq!(
                next_stages(m, &settled),
                vec![ArbitrationFiled, Enforcement]
            );
            assert_eq!(
                next_stages(m, &[MediationRequested, SettlementSigned, ArbitrationFiled]),
                vec![TribunalConstituted]
            );
            assert_eq!(route(m, &settled[..1]), stages(m));
            assert!(route(m, &failed).contains(&NoticeServed));
            // The arbitration stages take the arbitral institution's limits.
            assert_eq!(
                institution_at(m, MediationFailed),
                mediation_institution(m).unwrap()
            );
        }
        // A settlement recorded as a consent award jumps to the award; the route still holds it.
        let jumped = [ArbitrationFiled, NoticeServed, AwardReceived];
        assert_eq!(
            next_stages(CaseModel::HkiacArbitration, &jumped),
            vec![Enforcement]
        );
        assert_eq!(
            next_stages(CaseModel::HkMediation, &[MediationRequested]),
            vec![SettlementSigned]
        );
    }

    #[test]
    fn the_rules_edition_follows_the_filing_date() {
        let edition = |inst, mediation, code: &str, from: &str| RulesEdition {
            institution: inst,
            mediation,
            code: code.into(),
            name: Bilingual::new(code, ""),
            effective_from: d(from),
            verification: Verification::Secondary,
            source: "test".into(),
        };
        let e = vec![
            edition(Institution::Hkiac, false, "hkiac-2018", "2018-11-01"),
            edition(Institution::Hkiac, false, "hkiac-2024", "2024-06-01"),
            edition(Institution::Hkiac, true, "hkiac-mediation", "1999-01-01"),
        ];
        let code = |m, day| rules_for(&e, m, d(day)).map(|r| r.code.as_str());
        assert_eq!(
            code(CaseModel::HkiacArbitration, "2024-05-31"),
            Some("hkiac-2018")
        );
        assert_eq!(
            code(CaseModel::HkiacArbitration, "2024-06-01"),
            Some("hkiac-2024")
        );
        assert_eq!(
            code(CaseModel::SzMediationHkArbitration, "2026-01-01"),
            Some("hkiac-2024")
        );
        assert_eq!(
            code(CaseModel::HkMediation, "2026-01-01"),
            Some("hkiac-mediation")
        );
        assert_eq!(code(CaseModel::HkiacArbitration, "2018-10-31"), None);
        assert_eq!(code(CaseModel::SciaArbitration, "2026-01-01"), None);
    }

    fn threshold(inst: Institution, cur: &str, max: i64, from: &str) -> Threshold {
        Threshold {
            institution: inst,
            currency: cur.into(),
            max_minor: max,
            effective_from: d(from),
            verification: Verification::Secondary,
            source: "test".into(),
        }
    }

    #[test]
    fn the_expedited_threshold_follows_the_filing_date() {
        let t = vec![
            threshold(Institution::Hkiac, "HKD", 2_500_000_000, "2018-11-01"),
            threshold(Institution::Hkiac, "HKD", 5_000_000_000, "2026-01-01"),
        ];
        let hk40m = Some(4_000_000_000);
        assert_eq!(
            procedure_for(&t, Institution::Hkiac, d("2025-12-31"), hk40m, "HKD").0,
            Procedure::Ordinary
        );
        assert_eq!(
            procedure_for(&t, Institution::Hkiac, d("2026-01-01"), hk40m, "HKD").0,
            Procedure::Expedited
        );
        // Exactly at the threshold is expedited; a different currency has no threshold here.
        assert_eq!(
            procedure_for(
                &t,
                Institution::Hkiac,
                d("2026-02-01"),
                Some(5_000_000_000),
                "HKD"
            )
            .0,
            Procedure::Expedited
        );
        assert_eq!(
            procedure_for(&t, Institution::Hkiac, d("2026-02-01"), Some(1), "USD").0,
            Procedure::Ordinary
        );
    }
}
