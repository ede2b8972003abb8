//! Out-of-range dates and hostile references: refused or asked about, and stored values out of
//! range never take the case and deadline lists down.

use super::*;

fn refused_fields(r: Result<impl std::fmt::Debug, AppError>) -> Vec<String> {
    match r {
        Err(AppError::Validation { fields }) => fields.into_iter().map(|f| f.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_filing_date_out_of_range_or_a_hostile_reference_is_refused() {
    let mut app = app();
    let r = app.create_case(&new_case(
        "HK-1",
        "hkiac_arbitration",
        "9999-12-31",
        None,
        None,
    ));
    assert_eq!(refused_fields(r), ["filed_on"]);
    let r = app.create_case(&new_case(
        "HK-1",
        "hkiac_arbitration",
        "1899-12-31",
        None,
        None,
    ));
    assert_eq!(refused_fields(r), ["filed_on"]);
    for bad in ["../../x", "a/b", ".hidden", "HK 1"] {
        let r = app.create_case(&new_case(
            bad,
            "hkiac_arbitration",
            "2026-11-02",
            None,
            None,
        ));
        assert_eq!(refused_fields(r), ["reference"], "{bad}");
    }
    let mut lang = new_case("HK-1", "hkiac_arbitration", "2026-11-02", None, None);
    lang.language = "xx-INVALID-!!".into();
    assert_eq!(refused_fields(app.create_case(&lang)), ["case_language"]);
    assert!(app.list_cases().unwrap().is_empty());
}

#[test]
fn a_filing_date_far_ahead_or_long_ago_is_asked_about_first() {
    let mut app = app();
    for (date, reason) in [
        ("2028-01-05", crate::UnconfirmedReason::FarFuture),
        ("1985-06-01", crate::UnconfirmedReason::LongAgo),
    ] {
        let mut input = new_case("HK-1", "hkiac_arbitration", date, None, None);
        match app.create_case(&input) {
            Err(AppError::Unconfirmed {
                field, reason: r, ..
            }) => {
                assert_eq!(field, "filed_on");
                assert_eq!(r, reason);
            }
            other => panic!("{date}: {other:?}"),
        }
        let stored_before = usize::from(reason == crate::UnconfirmedReason::LongAgo);
        assert_eq!(app.list_cases().unwrap().len(), stored_before);
        input.confirm = true;
        input.reference = format!("HK-{}", &date[..4]);
        app.create_case(&input).unwrap();
    }
    // Within a year of today: no question.
    app.create_case(&new_case(
        "HK-2",
        "hkiac_arbitration",
        "2027-06-30",
        None,
        None,
    ))
    .unwrap();
}

#[test]
fn stored_values_out_of_range_do_not_take_the_lists_down() {
    let mut app = app();
    app.create_case(&new_case(
        "GOOD-1",
        "hk_mediation",
        "2026-11-02",
        None,
        None,
    ))
    .unwrap();
    app.create_case(&new_case("BAD-1", "hk_mediation", "2026-11-03", None, None))
        .unwrap();
    app.create_case(&new_case("BAD-2", "hk_mediation", "2026-11-04", None, None))
        .unwrap();
    assert_eq!(app.list_case_deadlines().unwrap().len(), 3);
    // What an older version stored for a case filed on 9999-12-31, and a filing date that no
    // longer reads at all.
    app.store
        .write(|tx| -> Result<(), StoreError> {
            tx.execute_batch(
                "UPDATE cases SET filed_on = '9999-12-31', stage_date = '9999-12-31' WHERE reference = 'BAD-1';
                 UPDATE case_deadlines SET trigger_date = '9999-12-31', due = '10000-01-30'
                   WHERE case_id = (SELECT id FROM cases WHERE reference = 'BAD-1');
                 UPDATE cases SET filed_on = '10000-01-01' WHERE reference = 'BAD-2';",
            )
            .map_err(StoreError::from)
        })
        .unwrap();
    let cases = app.list_cases().unwrap();
    assert_eq!(cases.len(), 3);
    let bad2 = cases.iter().find(|c| c.reference == "BAD-2").unwrap();
    assert!(
        bad2.problem.as_deref().unwrap().contains("10000-01-01"),
        "{bad2:?}"
    );
    assert!(
        cases
            .iter()
            .filter(|c| c.reference != "BAD-2")
            .all(|c| c.problem.is_none())
    );
    let deadlines = app.list_case_deadlines().unwrap();
    assert_eq!(deadlines.len(), 3);
    let bad = deadlines
        .iter()
        .find(|d| d.case_reference == "BAD-1")
        .unwrap();
    assert!(
        bad.problem.as_deref().unwrap().contains("10000-01-30"),
        "{bad:?}"
    );
    let good = deadlines
        .iter()
        .find(|d| d.case_reference == "GOOD-1")
        .unwrap();
    assert!(good.problem.is_none());
    let detail = app.case_detail("BAD-1").unwrap();
    assert!(detail.deadlines[0].problem.is_some());
}

#[test]
fn a_ten_month_signal_8_is_asked_about_and_if_stored_the_lists_still_load() {
    let mut app = app();
    app.create_case(&new_case("HKM-1", "hk_mediation", "2026-11-02", None, None))
        .unwrap();
    open_and_move(
        &mut app,
        "HKIAC-1",
        "hkiac_arbitration",
        "2026-01-05",
        &[&HKIAC_TO_CLOSING[..], &[("award_received", "2026-03-10")]].concat(),
    );
    // Signal No. 8 for ten months: every Hong Kong court-office day is closed.
    let mut warning = WeatherInputDto {
        kind: "signal8".into(),
        start: "2026-03-01T00:00".into(),
        end: "2027-01-01T00:00".into(),
        note: None,
        confirm: false,
    };
    match app.add_weather(&warning) {
        Err(AppError::Unconfirmed { reason, .. }) => {
            assert_eq!(reason, crate::UnconfirmedReason::LongWarning)
        }
        other => panic!("{other:?}"),
    }
    assert!(app.list_weather().unwrap().is_empty());
    warning.confirm = true;
    app.add_weather(&warning).unwrap();
    let deadlines = app.list_case_deadlines().unwrap();
    assert!(!deadlines.is_empty());
    assert!(
        deadlines.iter().any(|d| d
            .problem
            .as_deref()
            .is_some_and(|p| p.contains("no open day"))),
        "a Hong Kong deadline with no open day says so: {deadlines:?}"
    );
    assert_eq!(app.list_cases().unwrap().len(), 2);
    app.case_detail("HKM-1").unwrap();
}

#[test]
fn every_date_a_clerk_gives_is_within_1900_to_2200() {
    let mut app = app();
    app.create_case(&new_case(
        "HK-1",
        "hkiac_arbitration",
        "2026-11-02",
        None,
        None,
    ))
    .unwrap();
    let r = app.advance_case("HK-1", "notice_served", "9999-12-31", "");
    assert_eq!(refused_fields(r), ["date"]);
    let r = app.compute_deadline(&DeadlineInputDto {
        rule: "hk-ordinance".into(),
        trigger: "9999-12-31".into(),
        days: Some(30),
        months: None,
        receipt: None,
    });
    assert_eq!(refused_fields(r), ["trigger"]);
    let r = app.add_weather(&WeatherInputDto {
        kind: "signal8".into(),
        start: "9999-12-31T08:00".into(),
        end: "9999-12-31T18:00".into(),
        note: None,
        confirm: true,
    });
    assert_eq!(refused_fields(r), ["start"]);
}
