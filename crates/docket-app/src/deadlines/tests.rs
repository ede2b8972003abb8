//! The deadline use cases as a clerk meets them: explanations in words, in every language, and
//! refusals that name the field.

use super::*;
use crate::{FixedClock, SequentialIds};
use std::sync::Arc;

fn app() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}

fn input(rule: &str, trigger: &str, days: i64) -> DeadlineInputDto {
    DeadlineInputDto {
        rule: rule.into(),
        trigger: trigger.into(),
        days: Some(days),
        months: None,
        receipt: None,
    }
}

#[test]
fn the_hkiac_answer_example_is_explained_in_words() {
    let d = app()
        .compute_deadline(&input("hkiac", "2026-03-08", 30))
        .unwrap();
    assert_eq!(d.due, "2026-04-08");
    let texts: Vec<&str> = d.steps.iter().map(|s| s.text.as_str()).collect();
    assert!(
        texts.contains(&"7 Apr 2026 (Tue) is a Hong Kong general holiday: The day following Easter Monday: the deadline moves to the next day."),
        "{texts:#?}"
    );
    assert_eq!(texts.last(), Some(&"Due: 8 Apr 2026 (Wed)."));
    assert_eq!(d.rule.version, "hkiac-2024");
}

#[test]
fn explanations_follow_the_language() {
    let mut app = app();
    app.set_language("zh-Hans").unwrap();
    let d = app
        .compute_deadline(&input("prc-civil-procedure", "2026-09-25", 15))
        .unwrap();
    assert_eq!(d.due, "2026-10-10");
    assert!(
        d.steps
            .iter()
            .any(|s| s.text.contains("内地调休上班日（国庆节）")),
        "{:#?}",
        d.steps
    );
}

#[test]
fn hong_kong_holiday_names_are_simplified_in_the_simplified_interface() {
    let mut app = app();
    app.set_language("zh-Hans").unwrap();
    let d = app
        .compute_deadline(&input("hkiac", "2026-03-08", 30))
        .unwrap();
    let all: String = d.steps.iter().map(|s| s.text.as_str()).collect();
    assert!(all.contains("复活节星期一"), "{all}");
    assert!(!all.contains("復活節"), "{all}");
    app.set_language("zh-Hant").unwrap();
    let d = app
        .compute_deadline(&input("hkiac", "2026-03-08", 30))
        .unwrap();
    let all: String = d.steps.iter().map(|s| s.text.as_str()).collect();
    assert!(all.contains("復活節星期一"), "{all}");
}

#[test]
fn bad_input_names_every_field() {
    let app = app();
    let err = app
        .compute_deadline(&DeadlineInputDto {
            rule: "hk-magic".into(),
            trigger: "2026-02-30".into(),
            days: Some(-3),
            months: None,
            receipt: Some("SG".into()),
        })
        .unwrap_err();
    let AppError::Validation { fields } = err else {
        panic!("expected validation, got {err:?}");
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["rule", "trigger", "period", "receipt"]);
}

#[test]
fn a_year_beyond_the_estimate_is_refused_by_name() {
    let app = app();
    let err = app
        .compute_deadline(&input("prc-civil-procedure", "2035-12-25", 15))
        .unwrap_err();
    assert_eq!(
        err,
        AppError::NoHolidayData {
            calendar: CalendarDto::CN,
            year: 2036
        }
    );
    assert_eq!(
        crate::i18n::describe(Locale::En, &err),
        "No holiday data for 2036 in the Mainland calendar. Add that year's days off and make-up working days, or import the official notice."
    );
    assert!(app.list_holidays("HK", 2036).is_err());
}

#[test]
fn the_calculators_default_into_2027_is_an_estimate_in_words() {
    let mut app = app();
    // HKIAC, 3 Dec 2026, 30 days: 2 Jan 2027 is a Saturday, 3 Jan a Sunday.
    let d = app
        .compute_deadline(&input("hkiac", "2026-12-03", 30))
        .unwrap();
    assert_eq!((d.due.as_str(), d.due_weekday), ("2027-01-04", 1));
    assert!(d.estimated);
    let e = d.estimate.unwrap();
    assert_eq!(
        e.years,
        [EstimatedYearDto {
            calendar: CalendarDto::HK,
            year: 2027
        }]
    );
    assert!(
        e.note
            .contains("the Hong Kong 2027 general holidays have not been gazetted"),
        "{}",
        e.note
    );
    app.set_language("zh-Hant").unwrap();
    let d = app
        .compute_deadline(&input("prc-civil-procedure", "2026-12-25", 40))
        .unwrap();
    // 3 Feb 2027 is a Wednesday: no festival, still an estimate.
    assert_eq!(d.due, "2027-02-03");
    let note = d.estimate.unwrap().note;
    assert!(note.contains("國務院2027年放假通知"), "{note}");
    app.set_language("zh-Hans").unwrap();
    let d = app
        .compute_deadline(&input("prc-civil-procedure", "2027-01-20", 16))
        .unwrap();
    assert_eq!(d.due, "2027-02-09");
    assert!(
        d.steps
            .iter()
            .any(|s| s.text.contains("内地法定节日（估算）：春节")),
        "{:#?}",
        d.steps
    );
}

#[test]
fn an_estimated_year_lists_its_days_and_says_it_is_an_estimate() {
    let app = app();
    let y = app.list_holidays("HK", 2027).unwrap();
    assert!(y.estimated);
    assert_eq!(y.entries.len(), 17);
    assert!(
        y.estimate_note
            .unwrap()
            .contains("Import the 1823 list for 2027")
    );
    let m = app.calendar_month("CN", 2027, 2).unwrap();
    assert!(m.estimate_note.is_some());
    assert!(!m.days[4].working, "5 Feb 2027 is 除夕");
    let w = app.is_working_day("HK", "2027-12-27").unwrap();
    assert!(!w.working && w.estimated);
    assert!(w.explanation.contains("(estimated)"), "{}", w.explanation);
}

#[test]
fn a_recorded_black_rainstorm_moves_a_hong_kong_deadline() {
    let mut app = app();
    let before = app
        .compute_deadline(&input("hk-ordinance", "2026-02-24", 14))
        .unwrap();
    assert_eq!(before.due, "2026-03-10");
    app.add_weather(&WeatherInputDto {
        kind: "black_rain".into(),
        start: "2026-03-10T10:15".into(),
        end: "2026-03-10T12:40".into(),
        note: None,
        confirm: false,
    })
    .unwrap();
    let after = app
        .compute_deadline(&input("hk-ordinance", "2026-02-24", 14))
        .unwrap();
    assert_eq!(after.due, "2026-03-11");
    assert!(
        after
            .steps
            .iter()
            .any(|s| s.text.contains("black rainstorm warning day"))
    );
}

#[test]
fn working_days_say_why() {
    let app = app();
    let d = app.is_working_day("CN", "2026-10-10").unwrap();
    assert!(d.working);
    assert!(
        d.explanation.contains("make-up working day"),
        "{}",
        d.explanation
    );
    let d = app.is_working_day("HK", "2026-10-19").unwrap();
    assert!(!d.working);
    assert!(d.explanation.contains("Chung Yeung"), "{}", d.explanation);
}
