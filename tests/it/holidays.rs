//! The built-in holiday calendars agree day for day with the official data in
//! `../shared/fixtures/holidays/` (Hong Kong 1823 feed; Mainland State Council notices) for 2024–2026.
//! Without that folder the test says so and passes.

use docket_app::dto::HolidayYearDto;
use docket_app::{App, FixedClock, SequentialIds};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/holidays");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "NOTICE: {} is absent; skipping the holiday fixture comparison",
            dir.display()
        );
        None
    }
}

fn app() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}

fn listed(y: &HolidayYearDto) -> BTreeMap<String, bool> {
    y.entries
        .iter()
        .map(|e| (e.date.clone(), e.working))
        .collect()
}

#[test]
fn hong_kong_general_holidays_match_the_1823_feed() {
    let Some(dir) = fixtures() else { return };
    let feed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("hk_1823_holidays_en.json")).unwrap(),
    )
    .unwrap();
    let app = app();
    for year in [2024, 2025, 2026] {
        let expected: BTreeMap<String, bool> = feed
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d["date"].as_str())
            .filter(|d| d.starts_with(&year.to_string()))
            .map(|d| (d.to_owned(), false))
            .collect();
        let built_in = listed(&app.list_holidays("HK", year).unwrap());
        assert_eq!(built_in, expected, "Hong Kong {year}");
        // Every Sunday is off even though the feed does not list Sundays.
        let first_sunday_in_march = (1..=7)
            .map(|d| format!("{year}-03-{d:02}"))
            .find(|d| {
                d.parse::<docket_domain::time::CivilDate>()
                    .unwrap()
                    .is_sunday()
            })
            .unwrap();
        assert!(
            !app.is_working_day("HK", &first_sunday_in_march)
                .unwrap()
                .working
        );
    }
}

#[test]
fn mainland_days_off_and_make_up_days_match_the_state_council_notices() {
    let Some(dir) = fixtures() else { return };
    let app = app();
    for year in [2024, 2025, 2026] {
        let file: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("cn_holiday-cn_{year}.json"))).unwrap(),
        )
        .unwrap();
        let expected: BTreeMap<String, bool> = file["days"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["date"].as_str().unwrap().to_owned(),
                    !d["isOffDay"].as_bool().unwrap(),
                )
            })
            .filter(|(date, _)| date.starts_with(&year.to_string()))
            .collect();
        let built_in = listed(&app.list_holidays("CN", year).unwrap());
        assert_eq!(built_in, expected, "Mainland {year}");
        // Each listed day answers as listed.
        for (date, working) in &expected {
            assert_eq!(
                app.is_working_day("CN", date).unwrap().working,
                *working,
                "{date}"
            );
        }
    }
}

#[test]
fn the_mainland_ics_feed_imports_to_exactly_the_built_in_2025_calendar() {
    let Some(dir) = fixtures() else { return };
    let ics = dir.join("../ics/cn_statutory_holidays_2025_no_prodid_date_dtstamp.ics");
    let mut app = app();
    let r = app
        .import_holidays(
            "CN",
            &std::fs::read(ics).unwrap(),
            "holiday-cn 2025.ics",
            None,
            false,
        )
        .unwrap();
    assert_eq!(r.year, 2025);
    assert_eq!((r.added, r.corrected, r.removed), (0, 0, 0), "{r:?}");
    assert!(r.unchanged > 30);
}
