//! The calendar's hearing list: a range of display-zone dates reads only the hearings near it and
//! keeps exactly those whose display-zone date falls in it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::App;
use crate::dto::HearingInputDto;
use crate::testing::{case_with_hearings, demo};

fn book(app: &mut App, start: &str) -> String {
    app.schedule_hearing(&HearingInputDto {
        case_reference: case_with_hearings(app),
        kind: "procedural_conference".into(),
        venue_code: "HK-ES-A".into(),
        start: start.into(),
        minutes: 60,
        save: true,
        ..HearingInputDto::default()
    })
    .unwrap()
    .saved[0]
        .clone()
}

fn ids(app: &App, from: &str, to: &str, zone: &str) -> Vec<String> {
    app.hearings_between(Some(from), Some(to), Some(zone))
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn a_range_lists_the_hearings_whose_display_date_falls_in_it_and_no_others() {
    let mut app = demo();
    // Hong Kong 01:00 on the 9th is Berlin 18:00 on the 8th.
    let late = book(&mut app, "2026-12-09T01:00");
    let morning = book(&mut app, "2026-12-08T10:00");
    let next_week = book(&mut app, "2026-12-16T10:00");
    let berlin = ids(&app, "2026-12-08", "2026-12-08", "Europe/Berlin");
    assert!(
        berlin.contains(&late) && berlin.contains(&morning),
        "{berlin:?}"
    );
    assert!(!berlin.contains(&next_week));
    let hong_kong = ids(&app, "2026-12-08", "2026-12-08", "Asia/Hong_Kong");
    assert!(hong_kong.contains(&morning) && !hong_kong.contains(&late));
    let all = app.hearings_between(None, None, None).unwrap();
    assert!(all.iter().any(|h| h.id == next_week));
    let listed = app
        .hearings_between(
            Some("2026-12-08"),
            Some("2026-12-08"),
            Some("Europe/Berlin"),
        )
        .unwrap();
    let shown = listed.iter().find(|h| h.id == late).unwrap();
    assert_eq!(
        (shown.display_start.as_str(), shown.starts_local.as_str()),
        ("2026-12-08T18:00", "2026-12-09T01:00")
    );
}
