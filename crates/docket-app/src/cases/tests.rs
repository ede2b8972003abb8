//! Case workflow tests: moves in order, deadlines created from the time-limit table, thresholds,
//! overrides and recomputation.

use super::*;
use crate::dto::{
    CaseDeadlineDto, DeadlineInputDto, DeadlineStatusDto, InstitutionDto, ProcedureDto,
    StageCodeDto, WeatherInputDto,
};

use crate::testing::app;

fn new_case(
    reference: &str,
    model: &str,
    filed_on: &str,
    amount: Option<&str>,
    currency: Option<&str>,
) -> NewCaseDto {
    NewCaseDto {
        reference: reference.into(),
        title_en: "Kowloon Textiles Ltd v São Paulo Comércio S.A.".into(),
        title_zh: "九龍紡織有限公司 訴 聖保羅貿易股份公司".into(),
        model: model.into(),
        filed_on: filed_on.into(),
        language: "en".into(),
        amount: amount.map(Into::into),
        currency: currency.map(Into::into),
        confirm: false,
    }
}

fn due_of<'a>(detail: &'a CaseDetailDto, code: &str) -> &'a CaseDeadlineDto {
    detail
        .deadlines
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", detail.deadlines))
}

/// An HKIAC case filed on 2026-01-05, from its notice to the close of proceedings.
const HKIAC_TO_CLOSING: [(&str, &str); 5] = [
    ("notice_served", "2026-01-08"),
    ("answer_filed", "2026-02-06"),
    ("tribunal_constituted", "2026-02-20"),
    ("hearings_held", "2026-02-26"),
    ("proceedings_closed", "2026-03-03"),
];

/// Opens a case with no amount in dispute and moves it through `moves` (stage, date) in order.
fn open_and_move(
    app: &mut App,
    reference: &str,
    model: &str,
    filed_on: &str,
    moves: &[(&str, &str)],
) {
    app.create_case(&new_case(reference, model, filed_on, None, None))
        .unwrap();
    for (stage, date) in moves {
        app.advance_case(reference, stage, date, "").unwrap();
    }
}

#[test]
fn a_hong_kong_mediation_becomes_a_shenzhen_award_with_its_windows() {
    let mut app = app();
    app.create_case(&new_case(
        "HKM-SZA-2026-101",
        "hk_mediation_sz_arbitration",
        "2026-01-05",
        None,
        None,
    ))
    .unwrap();
    app.advance_case("HKM-SZA-2026-101", "settlement_signed", "2026-01-20", "")
        .unwrap();
    app.advance_case("HKM-SZA-2026-101", "arbitration_filed", "2026-01-26", "")
        .unwrap();
    let d = app
        .advance_case("HKM-SZA-2026-101", "tribunal_constituted", "2026-02-02", "")
        .unwrap();
    // SCIA challenge window: 15 days from 2 Feb ends Tue 17 Feb, inside the Spring Festival break.
    assert_eq!(due_of(&d, "challenge").due, "2026-02-24");
    let d = app
        .advance_case("HKM-SZA-2026-101", "award_received", "2026-03-10", "")
        .unwrap();
    // Award received after 1 Mar 2026: three months to set aside under the revised law.
    assert_eq!(due_of(&d, "set_aside").due, "2026-06-10");
    assert!(
        due_of(&d, "set_aside").rule.source.contains("2025")
            || due_of(&d, "set_aside").name.en.contains("3 months")
    );
    assert_eq!(due_of(&d, "correction").due, "2026-04-09");
    // Two years ends in 2028, which has no official holiday data yet: estimated, and it says so.
    let enforce = due_of(&d, "enforce_mainland");
    assert_eq!(enforce.due, "2028-03-10");
    assert!(enforce.provisional.is_none());
    assert!(enforce.estimated);
    let estimate = enforce.estimate.as_ref().unwrap();
    assert_eq!(estimate.years[0].year, 2028);
    assert!(
        estimate.note.contains("State Council's 2028 notice"),
        "{estimate:?}"
    );
    assert_eq!(d.case.stage, Some(StageCodeDto::AwardReceived));
    assert_eq!(
        d.stages
            .iter()
            .filter(|s| s.state == StageStateDto::Done)
            .count(),
        4
    );
    assert!(d.audit.iter().any(|a| a.action == "deadline_created"));
}

#[test]
fn an_award_received_before_march_2026_keeps_six_months() {
    let mut app = app();
    open_and_move(
        &mut app,
        "SCIA-2025-900",
        "scia_arbitration",
        "2025-06-02",
        &[
            ("notice_served", "2025-06-10"),
            ("answer_filed", "2025-07-20"),
            ("tribunal_constituted", "2025-08-01"),
            ("hearings_held", "2025-11-10"),
            ("proceedings_closed", "2025-12-01"),
        ],
    );
    let d = app
        .advance_case("SCIA-2025-900", "award_received", "2026-02-20", "")
        .unwrap();
    assert_eq!(due_of(&d, "set_aside").due, "2026-08-20");
}

#[test]
fn a_move_out_of_order_is_refused_and_nothing_changes() {
    let mut app = app();
    app.create_case(&new_case(
        "HKIAC-A26900",
        "hkiac_arbitration",
        "2026-03-02",
        None,
        None,
    ))
    .unwrap();
    let err = app
        .advance_case("HKIAC-A26900", "award_received", "2026-03-20", "")
        .unwrap_err();
    assert_eq!(
        crate::i18n::describe(crate::Locale::En, &err),
        "The case is at “Arbitration filed”; the next stage is “Notice received by respondent”, not “Award received”."
    );
    let err = app
        .advance_case("HKIAC-A26900", "settlement_signed", "2026-03-20", "")
        .unwrap_err();
    assert!(matches!(
        err,
        AppError::MoveRefused(crate::MoveRefusal::NotInWorkflow {
            requested: StageCodeDto::SettlementSigned
        })
    ));
    let err = app
        .advance_case("HKIAC-A26900", "notice_served", "2026-02-01", "")
        .unwrap_err();
    assert!(matches!(
        err,
        AppError::MoveRefused(crate::MoveRefusal::BeforePreviousEvent { .. })
    ));
    let d = app.case_detail("HKIAC-A26900").unwrap();
    assert_eq!(d.case.stage, Some(StageCodeDto::ArbitrationFiled));
    assert!(d.deadlines.is_empty());
    assert_eq!(d.audit.len(), 1, "only the creation: {:?}", d.audit);
}

#[test]
fn the_answer_deadline_follows_service_of_the_notice() {
    let mut app = app();
    app.create_case(&new_case(
        "HKIAC-A26901",
        "hkiac_arbitration",
        "2026-03-02",
        None,
        None,
    ))
    .unwrap();
    let d = app
        .advance_case(
            "HKIAC-A26901",
            "notice_served",
            "2026-03-08",
            "courier receipt",
        )
        .unwrap();
    let answer = due_of(&d, "answer");
    assert_eq!(answer.due, "2026-04-08");
    assert!(
        answer
            .steps
            .iter()
            .any(|s| s.text.contains("Easter Monday"))
    );
    assert_eq!(d.stages[1].date.as_deref(), Some("2026-03-08"));
}

#[test]
fn the_expedited_threshold_depends_on_the_filing_date() {
    let mut app = app();
    let before = app
        .create_case(&new_case(
            "HKIAC-A25990",
            "hkiac_arbitration",
            "2025-12-20",
            Some("40,000,000"),
            Some("hkd"),
        ))
        .unwrap();
    let after = app
        .create_case(&new_case(
            "HKIAC-A26990",
            "hkiac_arbitration",
            "2026-01-05",
            Some("40,000,000.00"),
            Some("HKD"),
        ))
        .unwrap();
    assert_eq!(before.procedure, ProcedureDto::Ordinary);
    assert_eq!(after.procedure, ProcedureDto::Expedited);
    let scia = app
        .create_case(&new_case(
            "SCIA-2026-990",
            "scia_arbitration",
            "2026-01-05",
            Some("9,500,000"),
            Some("CNY"),
        ))
        .unwrap();
    assert_eq!(scia.procedure, ProcedureDto::Expedited);
}

#[test]
fn bad_case_input_names_every_field_and_saves_nothing() {
    let mut app = app();
    app.create_case(&new_case(
        "DUP-1",
        "scia_arbitration",
        "2026-01-05",
        None,
        None,
    ))
    .unwrap();
    let err = app
        .create_case(&NewCaseDto {
            reference: "dup-1".into(),
            title_en: String::new(),
            title_zh: String::new(),
            model: "arbitration".into(),
            filed_on: "2026-02-30".into(),
            language: String::new(),
            amount: Some("12.345".into()),
            currency: Some("HK".into()),
            confirm: false,
        })
        .unwrap_err();
    let AppError::Validation { fields } = err else {
        panic!("{err:?}")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        names,
        [
            "title_en",
            "model",
            "filed_on",
            "amount",
            "currency",
            "reference"
        ]
    );
    assert_eq!(app.list_cases().unwrap().len(), 1);
}

#[test]
fn an_override_needs_a_reason_and_stays_visible() {
    let mut app = app();
    app.create_case(&new_case(
        "HKIAC-A26902",
        "hkiac_arbitration",
        "2026-03-02",
        None,
        None,
    ))
    .unwrap();
    let d = app
        .advance_case("HKIAC-A26902", "notice_served", "2026-03-08", "")
        .unwrap();
    let id = due_of(&d, "answer").id.clone();
    assert!(matches!(
        app.override_deadline(&id, "2026-04-22", " "),
        Err(AppError::Validation { .. })
    ));
    let o = app
        .override_deadline(
            &id,
            "2026-04-22",
            "Extension granted by HKIAC letter of 1 Apr 2026",
        )
        .unwrap();
    assert_eq!(o.due, "2026-04-22");
    assert_eq!(o.computed_due, "2026-04-08");
    assert_eq!(
        o.override_reason.as_deref(),
        Some("Extension granted by HKIAC letter of 1 Apr 2026")
    );
    let trail = app.case_detail("HKIAC-A26902").unwrap().audit;
    assert!(trail.iter().any(|a| a.action == "deadline_overridden"));
}

#[test]
fn a_warning_recorded_later_shows_the_changed_date() {
    let mut app = app();
    open_and_move(
        &mut app,
        "HKIAC-A26903",
        "hkiac_arbitration",
        "2026-01-05",
        &HKIAC_TO_CLOSING,
    );
    let d = app
        .advance_case("HKIAC-A26903", "award_received", "2026-03-10", "")
        .unwrap();
    assert_eq!(due_of(&d, "set_aside").due, "2026-06-10");
    app.add_weather(&WeatherInputDto {
        kind: "signal8".into(),
        start: "2026-06-10T07:40".into(),
        end: "2026-06-10T15:20".into(),
        note: Some("Typhoon".into()),
        confirm: false,
    })
    .unwrap();
    let d = app.case_detail("HKIAC-A26903").unwrap();
    let set_aside = due_of(&d, "set_aside");
    assert_eq!(set_aside.computed_due, "2026-06-10");
    assert_eq!(set_aside.recomputed_due.as_deref(), Some("2026-06-11"));
    // The calculator agrees.
    let c = app
        .compute_deadline(&DeadlineInputDto {
            rule: "hk-court-office".into(),
            trigger: "2026-03-10".into(),
            days: None,
            months: Some(3),
            receipt: None,
        })
        .unwrap();
    assert_eq!(c.due, "2026-06-11");
}

#[test]
fn the_demo_centre_has_deadlines_in_every_state() {
    let mut app = app();
    app.load_demo().unwrap();
    let all = app.list_case_deadlines().unwrap();
    assert!(all.len() >= 20, "{}", all.len());
    for status in [
        DeadlineStatusDto::Met,
        DeadlineStatusDto::Expired,
        DeadlineStatusDto::Later,
    ] {
        assert!(all.iter().any(|d| d.status == status), "{status:?}");
    }
    let stages: std::collections::HashSet<StageCodeDto> = app
        .list_cases()
        .unwrap()
        .into_iter()
        .filter_map(|c| c.stage)
        .collect();
    assert!(stages.len() >= 4, "{stages:?}");
    assert!(
        app.list_cases()
            .unwrap()
            .iter()
            .any(|c| c.procedure == ProcedureDto::Expedited)
    );
}

#[test]
fn an_answer_filed_is_met_and_a_lapsed_window_is_not_overdue() {
    let mut app = app();
    app.create_case(&new_case(
        "SCIA-2026-950",
        "scia_arbitration",
        "2026-03-02",
        None,
        None,
    ))
    .unwrap();
    app.advance_case("SCIA-2026-950", "notice_served", "2026-03-09", "")
        .unwrap();
    let d = app.case_detail("SCIA-2026-950").unwrap();
    // The answer was due long before today (24 Nov 2026) and has not been filed: overdue.
    assert_eq!(due_of(&d, "answer").status, DeadlineStatusDto::Overdue);
    app.advance_case("SCIA-2026-950", "answer_filed", "2026-04-20", "")
        .unwrap();
    let d = app
        .advance_case("SCIA-2026-950", "tribunal_constituted", "2026-05-04", "")
        .unwrap();
    assert_eq!(due_of(&d, "answer").status, DeadlineStatusDto::Met);
    // Nobody challenged within the window: it closed; that is not an overdue obligation.
    assert_eq!(due_of(&d, "challenge").status, DeadlineStatusDto::Expired);
}

#[test]
fn a_new_version_of_a_time_limit_applies_from_its_date_only() {
    let mut app = app();
    let v = app
        .set_time_limit(&crate::dto::TimeLimitInputDto {
            institution: "SCIA".into(),
            code: "answer".into(),
            days: Some(30),
            months: None,
            effective_from: "2026-06-01".into(),
            verification: "verified".into(),
            source: "SCIA Rules Art 17 as read by the centre, 1 Jun 2026".into(),
        })
        .unwrap();
    assert_eq!(v.days, Some(30));
    let limits = app.time_limits().unwrap();
    let answers: Vec<_> = limits
        .iter()
        .filter(|t| t.institution == InstitutionDto::Scia && t.code == "answer")
        .collect();
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0].effective_to.as_deref(), Some("2026-05-31"));
    // Served before 1 June: 45 days; on or after: 30 days.
    for (reference, served, due) in [
        ("SCIA-2026-960", "2026-05-29", "2026-07-13"),
        ("SCIA-2026-961", "2026-06-01", "2026-07-01"),
    ] {
        app.create_case(&new_case(
            reference,
            "scia_arbitration",
            "2026-05-04",
            None,
            None,
        ))
        .unwrap();
        let d = app
            .advance_case(reference, "notice_served", served, "")
            .unwrap();
        assert_eq!(due_of(&d, "answer").due, due, "{reference}");
    }
    assert!(matches!(
        app.set_time_limit(&crate::dto::TimeLimitInputDto {
            institution: "ICC".into(),
            ..Default::default()
        }),
        Err(AppError::Validation { .. })
    ));
}

#[test]
fn changing_an_event_date_previews_then_saves_the_moved_deadlines() {
    let mut app = app();
    app.create_case(&new_case(
        "HKIAC-A26920",
        "hkiac_arbitration",
        "2026-03-02",
        None,
        None,
    ))
    .unwrap();
    app.advance_case("HKIAC-A26920", "notice_served", "2026-03-08", "")
        .unwrap();
    // The notice was in fact received on 10 March: the answer moves from 8 to 9 April.
    let preview = app
        .change_event_date("HKIAC-A26920", "notice_served", "2026-03-10", "", false)
        .unwrap();
    assert!(!preview.saved);
    assert_eq!(preview.changes.len(), 1);
    assert_eq!(
        (
            preview.changes[0].old_due.as_str(),
            preview.changes[0].new_due.as_str()
        ),
        ("2026-04-08", "2026-04-09")
    );
    assert_eq!(
        due_of(&app.case_detail("HKIAC-A26920").unwrap(), "answer").due,
        "2026-04-08",
        "a preview writes nothing"
    );
    assert!(matches!(
        app.change_event_date("HKIAC-A26920", "notice_served", "2026-03-10", " ", true),
        Err(AppError::Validation { .. })
    ));
    app.change_event_date(
        "HKIAC-A26920",
        "notice_served",
        "2026-03-10",
        "Courier receipt corrected",
        true,
    )
    .unwrap();
    let d = app.case_detail("HKIAC-A26920").unwrap();
    assert_eq!(due_of(&d, "answer").due, "2026-04-09");
    assert_eq!(d.stages[1].date.as_deref(), Some("2026-03-10"));
    assert!(d.audit.iter().any(|a| a.action == "event_redated"));
    // Before the filing date is refused.
    assert!(
        app.change_event_date("HKIAC-A26920", "notice_served", "2026-02-01", "x", true)
            .is_err()
    );
}

#[test]
fn the_case_list_shows_each_cases_next_running_deadline() {
    let mut app = app();
    app.create_case(&new_case(
        "HKIAC-A26930",
        "hkiac_arbitration",
        "2026-11-02",
        None,
        None,
    ))
    .unwrap();
    app.advance_case("HKIAC-A26930", "notice_served", "2026-11-20", "")
        .unwrap();
    app.create_case(&new_case(
        "HKIAC-A26931",
        "hkiac_arbitration",
        "2026-11-02",
        None,
        None,
    ))
    .unwrap();
    let list = app.list_cases().unwrap();
    let served = list.iter().find(|c| c.reference == "HKIAC-A26930").unwrap();
    // 20 Nov + 30 days = Sun 20 Dec → Mon 21 Dec 2026 (Hong Kong, place of receipt).
    assert_eq!(served.next_deadline.as_deref(), Some("2026-12-21"));
    assert_eq!(served.next_deadline_status, Some(DeadlineStatusDto::Later));
    assert_eq!(served.institution, Some(InstitutionDto::Hkiac));
    let fresh = list.iter().find(|c| c.reference == "HKIAC-A26931").unwrap();
    assert_eq!(fresh.next_deadline, None);
}

#[test]
fn a_mediation_only_case_starts_its_reply_period_and_may_end_without_settlement() {
    let mut app = app();
    app.create_case(&new_case(
        "HKM-2026-301",
        "hk_mediation",
        "2026-03-25",
        None,
        None,
    ))
    .unwrap();
    let d = app.case_detail("HKM-2026-301").unwrap();
    // 14 days from Wed 25 Mar end on Wed 8 Apr; Good Friday to Easter Monday lie inside the period
    // and do not move its end.
    assert_eq!(due_of(&d, "mediation_reply").due, "2026-04-08");
    assert_eq!(d.procedure, ProcedureDto::Ordinary);
    // A mediation has no arbitration stages.
    assert!(matches!(
        app.advance_case("HKM-2026-301", "arbitration_filed", "2026-04-10", ""),
        Err(AppError::MoveRefused { .. })
    ));
    // It may end without a settlement.
    let closed = app
        .advance_case("HKM-2026-301", "closed", "2026-05-04", "no settlement")
        .unwrap();
    assert_eq!(closed.case.stage, Some(StageCodeDto::Closed));

    // A Shenzhen mediation has no HKIAC reply period, and settles before closing.
    app.create_case(&new_case(
        "SZM-2026-302",
        "sz_mediation",
        "2026-03-25",
        Some("5000000"),
        Some("CNY"),
    ))
    .unwrap();
    let d = app.case_detail("SZM-2026-302").unwrap();
    assert!(d.deadlines.is_empty(), "{:#?}", d.deadlines);
    app.advance_case("SZM-2026-302", "settlement_signed", "2026-04-20", "")
        .unwrap();
    app.advance_case("SZM-2026-302", "closed", "2026-04-21", "")
        .unwrap();
}

#[test]
fn the_preview_shows_rules_procedure_and_first_deadlines_and_saves_nothing() {
    let app = app();
    let p = app
        .preview_case(&new_case(
            "HKM-SZA-2026-401",
            "hk_mediation_sz_arbitration",
            "2026-01-05",
            Some("8000000"),
            Some("CNY"),
        ))
        .unwrap();
    assert_eq!(p.institution, InstitutionDto::Scia);
    assert_eq!(p.rules.as_ref().unwrap().code, "scia-2022-2024");
    assert_eq!(p.procedure, ProcedureDto::Expedited);
    assert_eq!(p.threshold.as_ref().unwrap().max, "10000000.00");
    assert_eq!(p.stages.len(), 7);
    let reply = p
        .deadlines
        .iter()
        .find(|d| d.code == "mediation_reply")
        .unwrap();
    assert_eq!(reply.due, "2026-01-19");
    assert!(app.list_cases().unwrap().is_empty());
    // The HKIAC edition follows the filing date.
    let p = app
        .preview_case(&new_case(
            "HKIAC-A24001",
            "hkiac_arbitration",
            "2024-05-31",
            None,
            None,
        ))
        .unwrap();
    assert_eq!(p.rules.unwrap().code, "hkiac-2018");
}

/// The official 2027 notice as a clerk would import it: Spring Festival 5–12 Feb off, 20 Feb worked.
const CN_2027_SPRING: &str = r#"{"year": 2027, "days": [
    {"name": "春节", "date": "2027-02-05", "isOffDay": true},
    {"name": "春节", "date": "2027-02-06", "isOffDay": true},
    {"name": "春节", "date": "2027-02-07", "isOffDay": true},
    {"name": "春节", "date": "2027-02-08", "isOffDay": true},
    {"name": "春节", "date": "2027-02-09", "isOffDay": true},
    {"name": "春节", "date": "2027-02-10", "isOffDay": true},
    {"name": "春节", "date": "2027-02-11", "isOffDay": true},
    {"name": "春节", "date": "2027-02-12", "isOffDay": true},
    {"name": "春节", "date": "2027-02-20", "isOffDay": false}]}"#;

#[test]
fn importing_the_official_notice_changes_an_estimated_deadline_and_the_case_page_says_so() {
    let mut app = app();
    open_and_move(
        &mut app,
        "HKM-SZA-2026-102",
        "hk_mediation_sz_arbitration",
        "2026-09-01",
        &[
            ("settlement_signed", "2026-09-10"),
            ("arbitration_filed", "2026-09-14"),
            ("tribunal_constituted", "2026-09-21"),
        ],
    );
    let d = app
        .advance_case("HKM-SZA-2026-102", "award_received", "2026-11-06", "")
        .unwrap();
    // Three months to set aside ends Sat 6 Feb 2027: Spring Festival (by law 除夕 5 Feb to 8 Feb),
    // then Tue 9 Feb — an estimate, and the case page says what could change it.
    let set_aside = due_of(&d, "set_aside");
    assert_eq!(set_aside.due, "2027-02-09");
    assert!(set_aside.estimated);
    assert!(
        set_aside
            .estimate
            .as_ref()
            .is_some_and(|e| e.note.contains("bridge days")),
        "{set_aside:?}"
    );
    assert!(
        set_aside
            .steps
            .iter()
            .any(|s| s.text.contains("(estimated)"))
    );

    app.import_holidays(
        "CN",
        CN_2027_SPRING.as_bytes(),
        "State Council notice 2027",
        None,
        false,
    )
    .unwrap();
    let d = app.case_detail("HKM-SZA-2026-102").unwrap();
    let set_aside = due_of(&d, "set_aside");
    // The official break runs to 12 Feb; 13–14 Feb are a weekend: the date changed, and is shown.
    assert_eq!(set_aside.computed_due, "2027-02-09");
    assert_eq!(set_aside.recomputed_due.as_deref(), Some("2027-02-15"));
    assert!(!set_aside.estimated && set_aside.estimate.is_none());
}

/// Dates and references out of range, and stored values that are: refused or asked, never a
/// broken list.
mod ranges;
