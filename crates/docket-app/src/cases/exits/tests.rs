//! Closing, suspending, resuming and undoing: the case's status, the audit entry naming the clerk,
//! the deadlines shown as no longer running (never deleted), and undo putting everything back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::dto::{CaseDetailDto, DeadlineStatusDto, ExitInputDto, ExitKindDto, StageCodeDto};
use crate::error::{ExitRefusal, MoveRefusal};
use crate::locale::Locale;
use crate::testing::{app, open_case};
use crate::{App, AppError};

fn exit(kind: ExitKindDto, date: &str, reason: &str) -> ExitInputDto {
    ExitInputDto {
        kind,
        date: date.into(),
        reason: reason.into(),
        consent_award: false,
    }
}

fn status_of(d: &CaseDetailDto, code: &str) -> DeadlineStatusDto {
    d.deadlines.iter().find(|x| x.code == code).unwrap().status
}

/// An HKIAC case whose notice was received on 5 Nov 2026 (the answer is due 30 days later).
fn served(app: &mut App) -> CaseDetailDto {
    app.set_clerk_name("Chan Mei").unwrap();
    open_case(app, "HK-1", "hkiac_arbitration");
    app.advance_case("HK-1", "notice_served", "2026-11-05", "")
        .unwrap()
}

#[test]
fn a_withdrawn_case_keeps_its_deadlines_as_no_longer_running_and_undo_brings_them_back() {
    let mut app = app();
    let before = served(&mut app);
    assert_eq!(status_of(&before, "answer"), DeadlineStatusDto::Later);
    assert!(before.exits.contains(&ExitKindDto::Withdrawn));
    assert!(!before.exits.contains(&ExitKindDto::Dismissed));
    let d = app
        .record_exit(
            "HK-1",
            &exit(
                ExitKindDto::Withdrawn,
                "2026-11-20",
                "Claimant withdrew by letter",
            ),
        )
        .unwrap();
    assert_eq!(d.case.status, crate::dto::CaseStatusDto::Closed);
    let standing = d.exit.as_ref().unwrap();
    assert_eq!(standing.kind, ExitKindDto::Withdrawn);
    assert_eq!(standing.clerk.as_deref(), Some("Chan Mei"));
    assert!(standing.can_undo);
    assert_eq!(d.next_stage, None);
    assert!(d.exits.is_empty());
    let answer = d.deadlines.iter().find(|x| x.code == "answer").unwrap();
    assert_eq!(answer.status, DeadlineStatusDto::Stopped);
    assert_eq!(
        answer.ended.as_ref().unwrap().note,
        "No longer running: case withdrawn on 2026-11-20"
    );
    // Still listed across cases, and no longer anyone's next deadline.
    let all = app.list_case_deadlines().unwrap();
    assert!(
        all.iter()
            .any(|x| x.code == "answer" && x.status == DeadlineStatusDto::Stopped)
    );
    assert_eq!(app.list_cases().unwrap()[0].next_deadline, None);
    // The history names the clerk, the date and the reason.
    let entry = d.audit.last().unwrap();
    assert_eq!(entry.action, "case_exit");
    assert_eq!(entry.clerk.as_deref(), Some("Chan Mei"));
    assert_eq!(
        entry.sentence,
        "Chan Mei recorded the case as withdrawn on 20 Nov 2026 (Fri): “Claimant withdrew by letter”"
    );
    // A closed case records no move.
    assert_eq!(
        app.advance_case("HK-1", "answer_filed", "2026-11-21", "")
            .unwrap_err(),
        AppError::MoveRefused(MoveRefusal::NotOpen {
            status: crate::dto::CaseStatusDto::Closed
        })
    );
    let undone = app.undo_exit("HK-1").unwrap();
    assert_eq!(undone.case.status, crate::dto::CaseStatusDto::Open);
    assert!(undone.exit.is_none());
    assert_eq!(status_of(&undone, "answer"), DeadlineStatusDto::Later);
    assert!(undone.deadlines.iter().all(|x| x.ended.is_none()));
    assert_eq!(undone.audit.last().unwrap().action, "case_exit_undone");
    assert!(
        undone
            .audit
            .last()
            .unwrap()
            .sentence
            .starts_with("Chan Mei undid the withdrawal of 20 Nov 2026 (Fri)")
    );
    assert_eq!(
        app.undo_exit("HK-1").unwrap_err(),
        AppError::ExitRefused(ExitRefusal::NothingToUndo)
    );
}

#[test]
fn a_suspension_stops_the_deadlines_until_the_case_resumes() {
    let mut app = app();
    served(&mut app);
    let s = app
        .record_exit(
            "HK-1",
            &exit(ExitKindDto::Suspended, "2026-11-10", "Deposits unpaid"),
        )
        .unwrap();
    assert_eq!(s.case.status, crate::dto::CaseStatusDto::Suspended);
    assert_eq!(status_of(&s, "answer"), DeadlineStatusDto::Stopped);
    assert_eq!(
        s.exits,
        vec![
            ExitKindDto::Withdrawn,
            ExitKindDto::Settled,
            ExitKindDto::Terminated,
            ExitKindDto::Resumed
        ]
    );
    assert!(matches!(
        app.advance_case("HK-1", "answer_filed", "2026-11-12", ""),
        Err(AppError::MoveRefused(MoveRefusal::NotOpen { .. }))
    ));
    assert_eq!(
        app.record_exit("HK-1", &exit(ExitKindDto::Suspended, "2026-11-11", ""))
            .unwrap_err(),
        AppError::ExitRefused(ExitRefusal::AlreadySuspended)
    );
    assert_eq!(
        app.record_exit("HK-1", &exit(ExitKindDto::Resumed, "2026-11-09", ""))
            .unwrap_err(),
        AppError::ExitRefused(ExitRefusal::BeforePrevious {
            date: "2026-11-09".into(),
            previous: "2026-11-10".into()
        })
    );
    let r = app
        .record_exit(
            "HK-1",
            &exit(ExitKindDto::Resumed, "2026-11-15", "Deposits paid"),
        )
        .unwrap();
    assert_eq!(r.case.status, crate::dto::CaseStatusDto::Open);
    assert_eq!(status_of(&r, "answer"), DeadlineStatusDto::Later);
    // Undo the resumption: suspended again, the deadline stopped again; then undo the suspension.
    let again = app.undo_exit("HK-1").unwrap();
    assert_eq!(again.case.status, crate::dto::CaseStatusDto::Suspended);
    assert_eq!(status_of(&again, "answer"), DeadlineStatusDto::Stopped);
    let open = app.undo_exit("HK-1").unwrap();
    assert_eq!(open.case.status, crate::dto::CaseStatusDto::Open);
    assert_eq!(status_of(&open, "answer"), DeadlineStatusDto::Later);
}

#[test]
fn only_the_clerk_who_made_an_exit_undoes_it_and_not_once_a_later_event_depends_on_it() {
    let mut app = app();
    served(&mut app);
    app.advance_case("HK-1", "answer_filed", "2026-11-06", "")
        .unwrap();
    app.advance_case("HK-1", "tribunal_constituted", "2026-11-09", "")
        .unwrap();
    let mut award = exit(
        ExitKindDto::Settled,
        "2026-11-16",
        "Settled at mediation window",
    );
    award.consent_award = true;
    let d = app.record_exit("HK-1", &award).unwrap();
    // A consent award: the case enters the award stage, stays open, and the award's windows start;
    // what ran before the award is no longer running.
    assert_eq!(d.case.status, crate::dto::CaseStatusDto::Open);
    assert_eq!(d.case.stage, Some(StageCodeDto::AwardReceived));
    assert!(d.deadlines.iter().any(|x| x.code == "set_aside"));
    let challenge = d.deadlines.iter().find(|x| x.code == "challenge").unwrap();
    assert_eq!(challenge.status, DeadlineStatusDto::Stopped);
    assert_eq!(
        challenge.ended.as_ref().unwrap().note,
        "No longer running: settlement recorded as a consent award on 2026-11-16"
    );
    app.set_clerk_name("Lee Wing").unwrap();
    assert_eq!(
        app.undo_exit("HK-1").unwrap_err(),
        AppError::ExitRefused(ExitRefusal::NotYours {
            by: Some("Chan Mei".into())
        })
    );
    assert!(!app.case_detail("HK-1").unwrap().exit.unwrap().can_undo);
    app.set_clerk_name("Chan Mei").unwrap();
    app.advance_case("HK-1", "enforcement", "2026-11-20", "")
        .unwrap();
    assert_eq!(
        app.undo_exit("HK-1").unwrap_err(),
        AppError::ExitRefused(ExitRefusal::LaterEvent)
    );
}

#[test]
fn undoing_a_consent_award_takes_the_case_back_to_its_stage_without_the_awards_windows() {
    let mut app = app();
    served(&mut app);
    app.advance_case("HK-1", "answer_filed", "2026-11-06", "")
        .unwrap();
    let tribunal = app
        .advance_case("HK-1", "tribunal_constituted", "2026-11-09", "")
        .unwrap();
    let mut award = exit(ExitKindDto::Settled, "2026-11-16", "");
    award.consent_award = true;
    app.record_exit("HK-1", &award).unwrap();
    let back = app.undo_exit("HK-1").unwrap();
    assert_eq!(back.case.stage, Some(StageCodeDto::TribunalConstituted));
    assert_eq!(
        back.deadlines.iter().map(|x| &x.code).collect::<Vec<_>>(),
        tribunal
            .deadlines
            .iter()
            .map(|x| &x.code)
            .collect::<Vec<_>>()
    );
    assert!(back.deadlines.iter().all(|x| x.ended.is_none()));
    assert_eq!(back.next_stage, Some(StageCodeDto::HearingsHeld));
}

#[test]
fn a_cross_border_mediation_that_fails_goes_on_to_arbitration() {
    let mut app = app();
    open_case(&mut app, "SZ-HK-1", "sz_mediation_hk_arbitration");
    let d = app.case_detail("SZ-HK-1").unwrap();
    assert_eq!(d.next_stage, Some(StageCodeDto::SettlementSigned));
    assert_eq!(
        d.other_next_stages
            .iter()
            .map(|s| s.code)
            .collect::<Vec<_>>(),
        vec![StageCodeDto::MediationFailed]
    );
    let failed = app
        .advance_case("SZ-HK-1", "mediation_failed", "2026-11-10", "No settlement")
        .unwrap();
    assert_eq!(failed.next_stage, Some(StageCodeDto::ArbitrationFiled));
    let filed = app
        .advance_case("SZ-HK-1", "arbitration_filed", "2026-11-12", "")
        .unwrap();
    // The arbitration route: the notice and answer follow, under HKIAC's limits.
    assert_eq!(filed.next_stage, Some(StageCodeDto::NoticeServed));
    let codes: Vec<_> = filed.stages.iter().map(|s| s.code).collect();
    assert!(codes.contains(&StageCodeDto::MediationFailed));
    assert!(!codes.contains(&StageCodeDto::SettlementSigned));
    let served = app
        .advance_case("SZ-HK-1", "notice_served", "2026-11-13", "")
        .unwrap();
    assert!(served.deadlines.iter().any(|x| x.code == "answer"));
    // A mediation that failed cannot then be recorded as settled by signing.
    assert!(matches!(
        app.advance_case("SZ-HK-1", "settlement_signed", "2026-11-14", ""),
        Err(AppError::MoveRefused(MoveRefusal::OutOfOrder { .. }))
    ));
}

#[test]
fn a_refused_exit_says_why_in_three_languages() {
    let mut app = app();
    open_case(&mut app, "MED-1", "hk_mediation");
    let e = app
        .record_exit("MED-1", &exit(ExitKindDto::Dismissed, "2026-11-10", ""))
        .unwrap_err();
    assert_eq!(
        e,
        AppError::ExitRefused(ExitRefusal::NotInModel {
            exit: ExitKindDto::Dismissed
        })
    );
    // Every refusal the domain gives, in each language, in the right script.
    let stage = StageCodeDto::AwardReceived;
    let all = [
        ExitRefusal::AlreadyClosed,
        ExitRefusal::AlreadySuspended,
        ExitRefusal::NotSuspended,
        ExitRefusal::NotInModel {
            exit: ExitKindDto::Dismissed,
        },
        ExitRefusal::NotAtStage {
            exit: ExitKindDto::Withdrawn,
            stage,
        },
        ExitRefusal::NoConsentAward { stage },
        ExitRefusal::BeforePrevious {
            date: "2026-11-01".into(),
            previous: "2026-11-02".into(),
        },
        ExitRefusal::NothingToUndo,
        ExitRefusal::NotYours {
            by: Some("Chan Mei".into()),
        },
        ExitRefusal::NotYours { by: None },
        ExitRefusal::LaterEvent,
    ];
    for r in all {
        let say = |l| crate::i18n::describe(l, &AppError::ExitRefused(r.clone()));
        let (en, hans, hant) = (say(Locale::En), say(Locale::ZhHans), say(Locale::ZhHant));
        assert!(
            en.is_ascii() || en.contains('“') || en.contains('’'),
            "{en}"
        );
        assert!(
            !en.contains("ExitRefus") && !en.contains("not_at_stage"),
            "{en}"
        );
        for traditional in [
            '結', '復', '記', '錄', '處', '於', '這', '類', '決', '階', '經',
        ] {
            assert!(!hans.contains(traditional), "{hans}");
        }
        for simplified in [
            '结', '复', '记', '录', '处', '于', '这', '类', '决', '阶', '经',
        ] {
            assert!(!hant.contains(simplified), "{hant}");
        }
        assert_ne!(hans, hant, "{hans}");
    }
    assert_eq!(
        crate::i18n::describe(
            Locale::ZhHant,
            &AppError::ExitRefused(ExitRefusal::NotAtStage {
                exit: ExitKindDto::Withdrawn,
                stage
            })
        ),
        "案件處於「收到裁決」階段，不能撤回。"
    );
}
