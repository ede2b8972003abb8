//! Errors and field problems as the clerk reads them, in each language.

use super::*;

#[test]
fn locale_tags_and_posix_names_are_understood() {
    assert_eq!(Locale::parse("zh_CN.UTF-8"), Some(Locale::ZhHans));
    assert_eq!(Locale::parse("zh-HK"), Some(Locale::ZhHant));
    assert_eq!(Locale::parse("zh-Hant"), Some(Locale::ZhHant));
    assert_eq!(Locale::parse("en_GB.UTF-8"), Some(Locale::En));
    assert_eq!(Locale::parse("fr_FR"), None);
}

#[test]
fn a_gap_is_asked_as_a_question_in_each_language() {
    let e = AppError::NonexistentLocalTime {
        field: "start".into(),
        local: "2026-03-29T02:30".into(),
        zone: "Europe/Berlin".into(),
        earlier: "2026-03-29T01:30".into(),
        later: "2026-03-29T03:30".into(),
    };
    assert_eq!(
        describe(Locale::En, &e),
        "02:30 does not exist on 2026-03-29 in Europe/Berlin — the clocks skip it. 01:30 or 03:30?"
    );
    assert!(describe(Locale::ZhHant, &e).contains("01:30 還是 03:30"));
}

#[test]
fn a_refused_move_names_its_stages_in_words() {
    use crate::codes::StageCodeDto as S;
    let say = |l, r| describe(l, &AppError::MoveRefused(r));
    assert_eq!(
        say(
            Locale::En,
            MoveRefusal::NotInWorkflow {
                requested: S::SettlementSigned
            }
        ),
        "“Settlement agreement signed” is not a stage of this case’s workflow."
    );
    assert_eq!(
        say(
            Locale::ZhHant,
            MoveRefusal::NotInWorkflow {
                requested: S::SettlementSigned
            }
        ),
        "「簽署和解協議」不是此案件流程中的階段。"
    );
    assert_eq!(
        say(
            Locale::En,
            MoveRefusal::OutOfOrder {
                current: S::Closed,
                expected: None,
                requested: S::Enforcement
            }
        ),
        "The case is at “Closed”, its last stage; it cannot move to “Enforcement”."
    );
    assert_eq!(
        say(
            Locale::En,
            MoveRefusal::BeforePreviousEvent {
                date: "2026-01-05".into(),
                previous: "2026-02-01".into(),
                previous_stage: Some(S::ArbitrationFiled)
            }
        ),
        "The event date 2026-01-05 is before the previous event (Arbitration filed 2026-02-01)."
    );
    assert_eq!(
        say(
            Locale::En,
            MoveRefusal::BeforePreviousEvent {
                date: "2026-01-05".into(),
                previous: "2026-02-01".into(),
                previous_stage: None
            }
        ),
        "The event date 2026-01-05 is before the previous event (2026-02-01)."
    );
    assert_eq!(
        say(
            Locale::ZhHans,
            MoveRefusal::AfterNextEvent {
                date: "2026-05-01".into(),
                next: "2026-04-01".into(),
                next_stage: S::AnswerFiled
            }
        ),
        "事件日期 2026-05-01 晚于下一事件（提交答辩 2026-04-01）。"
    );
}

#[test]
fn field_errors_name_the_field_in_the_clerks_language() {
    let e = AppError::field("home_zone", crate::error::unknown_zone("Asia/Hong_Kongg"));
    let en = describe(Locale::En, &e);
    assert!(
        en.contains("Home time zone: “Asia/Hong_Kongg” is not a time zone in tz database 20"),
        "{en}"
    );
    assert!(describe(Locale::ZhHans, &e).contains("所在时区：“Asia/Hong_Kongg”不是时区数据库"));
}
