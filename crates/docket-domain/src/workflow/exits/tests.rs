//! Every model through every exit it allows, at every stage of every route, and the refusal of the
//! others with their typed reason.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::workflow::{in_model, routes};
use ExitKind::*;

fn d(s: &str) -> CivilDate {
    s.parse().unwrap()
}

fn at(model: CaseModel, status: CaseStatus, stage: Stage) -> CaseAt {
    CaseAt {
        model,
        status,
        stage,
        since: d("2026-03-02"),
    }
}

/// The exits an open case of `model` may take at `stage`, as the table reads.
#[track_caller]
fn check(model: CaseModel, stage: Stage, expected: &[ExitKind]) {
    let open = at(model, CaseStatus::Open, stage);
    assert_eq!(exits_allowed(&open), expected, "{model:?} at {stage:?}");
}

#[test]
fn each_model_allows_its_exits_at_its_stages() {
    use CaseModel::*;
    for m in [HkiacArbitration, SciaArbitration] {
        check(
            m,
            ArbitrationFiled,
            &[Withdrawn, Settled, Terminated, Suspended],
        );
        check(
            m,
            HearingsHeld,
            &[Withdrawn, Settled, Terminated, Dismissed, Suspended],
        );
        check(m, AwardReceived, &[Settled]);
        check(m, Enforcement, &[Settled]);
        check(m, Closed, &[]);
    }
    for m in [SzMediationHkArbitration, HkMediationSzArbitration] {
        check(m, MediationRequested, &[Withdrawn, Settled, Suspended]);
        check(m, MediationFailed, &[Withdrawn, Settled]);
        check(m, SettlementSigned, &[Settled]);
        // Once arbitration is filed, the arbitral institution's exits apply.
        check(
            m,
            ArbitrationFiled,
            &[Withdrawn, Settled, Terminated, Suspended],
        );
        check(
            m,
            TribunalConstituted,
            &[Withdrawn, Settled, Terminated, Dismissed, Suspended],
        );
        check(m, AwardReceived, &[Settled]);
    }
    for m in [HkMediation, SzMediation] {
        check(
            m,
            MediationRequested,
            &[Withdrawn, Settled, Terminated, Suspended],
        );
        check(m, SettlementSigned, &[Settled]);
        check(m, Closed, &[]);
    }
}

#[test]
fn every_allowed_exit_does_what_it_says_and_every_other_is_refused() {
    let date = d("2026-03-10");
    for model in CaseModel::ALL {
        let stages: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|s| in_model(model, *s))
            .collect();
        assert!(
            routes(model)
                .iter()
                .all(|r| r.iter().all(|s| stages.contains(s)))
        );
        for stage in stages {
            for kind in ExitKind::ALL {
                let status = if kind == Resumed {
                    CaseStatus::Suspended
                } else {
                    CaseStatus::Open
                };
                let result = check_exit(&at(model, status, stage), kind, date, false);
                match exit_rule(model, kind, stage) {
                    Some(rule) => {
                        let effect = result.unwrap();
                        assert!(!rule.source.is_empty());
                        let expected = match kind {
                            Suspended => CaseStatus::Suspended,
                            Resumed => CaseStatus::Open,
                            _ => CaseStatus::Closed,
                        };
                        assert_eq!(effect.status, expected, "{model:?} {stage:?} {kind:?}");
                        assert_eq!(effect.to_stage, None);
                    }
                    None if rules_of(model).any(|r| r.kind == kind) => {
                        assert_eq!(result, Err(ExitRefusal::NotAtStage { kind, stage }));
                    }
                    None => assert_eq!(result, Err(ExitRefusal::NotInModel { kind })),
                }
            }
        }
    }
}

#[test]
fn a_mediation_is_never_dismissed_and_an_award_is_never_withdrawn() {
    let med = at(CaseModel::HkMediation, CaseStatus::Open, MediationRequested);
    assert_eq!(
        check_exit(&med, Dismissed, d("2026-03-10"), false),
        Err(ExitRefusal::NotInModel { kind: Dismissed })
    );
    let awarded = at(CaseModel::SciaArbitration, CaseStatus::Open, AwardReceived);
    assert_eq!(
        check_exit(&awarded, Withdrawn, d("2026-03-10"), false),
        Err(ExitRefusal::NotAtStage {
            kind: Withdrawn,
            stage: AwardReceived
        })
    );
    // Only a tribunal dismisses.
    let filed = at(
        CaseModel::HkiacArbitration,
        CaseStatus::Open,
        ArbitrationFiled,
    );
    assert_eq!(
        check_exit(&filed, Dismissed, d("2026-03-10"), false),
        Err(ExitRefusal::NotAtStage {
            kind: Dismissed,
            stage: ArbitrationFiled
        })
    );
}

#[test]
fn a_settlement_in_arbitration_may_become_a_consent_award() {
    for model in CaseModel::WITH_ARBITRATION {
        let hearing = at(model, CaseStatus::Open, TribunalConstituted);
        assert!(consent_award_allowed(&hearing), "{model:?}");
        assert_eq!(
            check_exit(&hearing, Settled, d("2026-03-10"), true),
            Ok(ExitEffect {
                status: CaseStatus::Open,
                to_stage: Some(AwardReceived)
            })
        );
        // Only a settlement is recorded as an award.
        assert_eq!(
            check_exit(&hearing, Withdrawn, d("2026-03-10"), true),
            Err(ExitRefusal::NoConsentAward {
                stage: TribunalConstituted
            })
        );
        // After the award there is nothing left to record it in.
        let awarded = at(model, CaseStatus::Open, AwardReceived);
        assert!(!consent_award_allowed(&awarded));
    }
    // No tribunal in a mediation: the cross-border route to a consent award is its own stages.
    for model in [
        CaseModel::HkMediation,
        CaseModel::SzMediation,
        CaseModel::SzMediationHkArbitration,
    ] {
        let mediating = at(model, CaseStatus::Open, MediationRequested);
        assert_eq!(
            check_exit(&mediating, Settled, d("2026-03-10"), true),
            Err(ExitRefusal::NoConsentAward {
                stage: MediationRequested
            })
        );
    }
}

#[test]
fn status_decides_what_comes_next() {
    let m = CaseModel::HkiacArbitration;
    let on = d("2026-03-10");
    let closed = at(m, CaseStatus::Closed, AnswerFiled);
    for kind in ExitKind::ALL {
        assert_eq!(
            check_exit(&closed, kind, on, false),
            Err(ExitRefusal::AlreadyClosed)
        );
    }
    let suspended = at(m, CaseStatus::Suspended, AnswerFiled);
    assert_eq!(
        check_exit(&suspended, Suspended, on, false),
        Err(ExitRefusal::AlreadySuspended)
    );
    assert_eq!(
        exits_allowed(&suspended),
        vec![Withdrawn, Settled, Terminated, Resumed]
    );
    let open = at(m, CaseStatus::Open, AnswerFiled);
    assert_eq!(
        check_exit(&open, Resumed, on, false),
        Err(ExitRefusal::NotSuspended)
    );
    assert_eq!(
        check_exit(&open, Withdrawn, d("2026-03-01"), false),
        Err(ExitRefusal::BeforePrevious {
            date: d("2026-03-01"),
            previous: d("2026-03-02")
        })
    );
}

#[test]
fn an_exit_ends_what_is_still_running() {
    let on = d("2026-03-10");
    let dl = |due: &str, obligation, met| RunningDeadline {
        due: d(due),
        obligation,
        met,
    };
    // Still to come: ended by every exit but resuming.
    for kind in [Withdrawn, Settled, Terminated, Dismissed, Suspended] {
        assert!(ends_deadline(kind, on, &dl("2026-04-01", false, false)));
        assert!(ends_deadline(kind, on, &dl("2026-03-10", true, false)));
        // Met, or a window that closed before: history.
        assert!(!ends_deadline(kind, on, &dl("2026-04-01", true, true)));
        assert!(!ends_deadline(kind, on, &dl("2026-03-01", false, false)));
    }
    // An overdue obligation ends with the case, but a suspension leaves it overdue.
    assert!(ends_deadline(Withdrawn, on, &dl("2026-03-01", true, false)));
    assert!(!ends_deadline(
        Suspended,
        on,
        &dl("2026-03-01", true, false)
    ));
    assert!(!ends_deadline(Resumed, on, &dl("2026-04-01", false, false)));
}

#[test]
fn only_the_clerk_who_made_an_exit_undoes_it_and_only_while_nothing_follows() {
    let made = |clerk: Option<&str>, followed| RecordedExit {
        kind: Withdrawn,
        clerk: clerk.map(str::to_owned),
        followed,
    };
    assert_eq!(
        check_undo(None, Some("Chan Mei")),
        Err(ExitRefusal::NothingToUndo)
    );
    assert_eq!(
        check_undo(Some(&made(Some("Chan Mei"), false)), Some("Chan Mei")),
        Ok(())
    );
    assert_eq!(
        check_undo(Some(&made(Some("Chan Mei"), false)), Some("Lee Wing")),
        Err(ExitRefusal::NotYours {
            by: Some("Chan Mei".into())
        })
    );
    assert_eq!(
        check_undo(Some(&made(Some("Chan Mei"), true)), Some("Chan Mei")),
        Err(ExitRefusal::LaterEvent)
    );
    assert_eq!(check_undo(Some(&made(None, false)), None), Ok(()));
    assert_eq!(check_undo(Some(&made(None, false)), Some("")), Ok(()));
}

#[test]
fn codes_round_trip() {
    for k in ExitKind::ALL {
        assert_eq!(ExitKind::parse(k.code()), Some(k));
    }
    assert_eq!(ExitKind::parse("closed"), None);
}
