//! Booking hearings on the demo centre: participants' hours, daylight-saving questions, double
//! bookings, series, moves, the slot finder and the tz-database review.

use super::*;
use crate::dto::{HearingFindingCodeDto, NeutralQueryDto};

use crate::testing::demo;

fn neutral(app: &App, name: &str) -> String {
    app.list_neutrals(&NeutralQueryDto {
        text: Some(name.into()),
        ..NeutralQueryDto::default()
    })
    .unwrap()[0]
        .id
        .clone()
}

fn case_ref(app: &App) -> String {
    app.list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.hearings > 0)
        .unwrap()
        .reference
}

fn person(kind: &str, name: &str, zone: &str) -> ParticipantInputDto {
    ParticipantInputDto {
        kind: kind.into(),
        name: Some(name.into()),
        zone: Some(zone.into()),
        ..ParticipantInputDto::default()
    }
}

fn hearing(
    app: &App,
    venue: &str,
    start: &str,
    zone: Option<&str>,
    people: Vec<ParticipantInputDto>,
) -> HearingInputDto {
    HearingInputDto {
        case_reference: case_ref(app),
        kind: "procedural_conference".into(),
        venue_code: venue.into(),
        start: start.into(),
        zone: zone.map(Into::into),
        minutes: 60,
        participants: people,
        ..HearingInputDto::default()
    }
}

#[test]
fn a_berlin_arbitrator_in_the_week_after_europe_changes_clocks_gets_a_warning() {
    let mut app = demo();
    let vogel = ParticipantInputDto {
        kind: "neutral".into(),
        ref_id: Some(neutral(&app, "Katharina Vogel")),
        ..ParticipantInputDto::default()
    };
    let mut input = hearing(
        &app,
        "ONLINE",
        "2026-10-26T16:00",
        Some("Asia/Hong_Kong"),
        vec![vogel],
    );
    let check = app.schedule_hearing(&input).unwrap();
    assert_eq!(check.participants[0].local, "2026-10-26T09:00");
    assert!(check.participants[0].shoulder);
    let shoulder = check
        .findings
        .iter()
        .find(|f| f.code == HearingFindingCodeDto::ShoulderWeek)
        .unwrap();
    assert!(
        shoulder.text.contains("09:00") && shoulder.text.contains("10:00"),
        "{}",
        shoulder.text
    );
    input.save = true;
    let saved = app.schedule_hearing(&input).unwrap();
    assert_eq!(saved.saved.len(), 1);
    let shown = app
        .hearings_between(
            Some("2026-10-26"),
            Some("2026-10-26"),
            Some("Europe/Berlin"),
        )
        .unwrap();
    let h = shown.iter().find(|h| h.id == saved.saved[0]).unwrap();
    assert_eq!(
        (h.display_start.as_str(), h.display_offset.as_str()),
        ("2026-10-26T09:00", "+01:00")
    );
    assert_eq!(h.participants[0].zone, "Europe/Berlin");
}

#[test]
fn a_wall_time_in_a_gap_is_a_question_until_the_clerk_chooses() {
    let mut app = demo();
    let input = hearing(
        &app,
        "ONLINE",
        "2026-03-29T01:30",
        Some("Europe/London"),
        vec![],
    );
    let err = app.schedule_hearing(&input).unwrap_err();
    let AppError::NonexistentLocalTime { earlier, later, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        (earlier.as_str(), later.as_str()),
        ("2026-03-29T00:30", "2026-03-29T02:30")
    );
    let message = crate::dto::ErrorPayload::new(crate::Locale::En, err).message;
    assert!(message.contains("does not exist"), "{message}");
    let chosen = app
        .schedule_hearing(&HearingInputDto {
            choose: Some("later".into()),
            ..input
        })
        .unwrap();
    assert_eq!(chosen.starts_utc, "2026-03-29T01:30:00Z");
}

#[test]
fn a_double_booked_room_is_refused_and_nothing_is_saved() {
    let mut app = demo();
    let mut first = hearing(&app, "HK-ES-A", "2026-12-08T10:00", None, vec![]);
    first.save = true;
    app.schedule_hearing(&first).unwrap();
    let before = app.list_hearings().unwrap().len();
    let mut second = hearing(&app, "HK-ES-A", "2026-12-08T10:30", None, vec![]);
    let preview = app.schedule_hearing(&second).unwrap();
    assert_eq!(
        preview.findings[0].code,
        HearingFindingCodeDto::RoomDoubleBooked
    );
    second.save = true;
    let err = app.schedule_hearing(&second).unwrap_err();
    assert_eq!(
        err,
        AppError::Conflict {
            reason: ConflictReason::HearingBlocked { blocking: 1 }
        }
    );
    assert_eq!(app.list_hearings().unwrap().len(), before);
}

#[test]
fn bad_hearing_input_names_the_field() {
    let mut app = demo();
    let cases = [
        (
            hearing(&app, "NOWHERE", "2026-12-08T10:00", None, vec![]),
            "venue",
        ),
        (
            hearing(
                &app,
                "ONLINE",
                "2026-12-08T10:00",
                Some("Mars/Base"),
                vec![],
            ),
            "zone",
        ),
        (
            hearing(
                &app,
                "ONLINE",
                "2026-12-08T10:00",
                Some("Asia/Hong_Kong"),
                vec![
                    person("interpreter", "Ms Lo", "Asia/Hong_Kong"),
                    person("interpreter", "Ms  Lo", "Asia/Hong_Kong"),
                ],
            ),
            "participants[1]",
        ),
        (
            HearingInputDto {
                minutes: 0,
                ..hearing(
                    &app,
                    "ONLINE",
                    "2026-12-08T10:00",
                    Some("Asia/Hong_Kong"),
                    vec![],
                )
            },
            "minutes",
        ),
        (
            hearing(
                &app,
                "HK-ES-A",
                "2026-12-08T10:00",
                Some("Europe/Berlin"),
                vec![],
            ),
            "zone",
        ),
    ];
    for (input, field) in cases {
        match app.schedule_hearing(&input) {
            Err(AppError::Validation { fields }) => assert_eq!(fields[0].field, field),
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn a_weekly_series_is_booked_together_and_a_move_raises_the_sequence() {
    let mut app = demo();
    let ny = person("counsel", "Dana Reyes", "America/New_York");
    let mut input = hearing(
        &app,
        "ONLINE",
        "2026-12-03T21:00",
        Some("Asia/Hong_Kong"),
        vec![ny],
    );
    input.weeks = Some(4);
    input.save = true;
    let booked = app.schedule_hearing(&input).unwrap();
    assert_eq!(booked.saved.len(), 4);
    assert_eq!(booked.occurrences.len(), 4);
    let all = app.list_hearings().unwrap();
    let series: Vec<_> = all
        .iter()
        .filter(|h| booked.saved.contains(&h.id))
        .collect();
    assert!(
        series
            .iter()
            .all(|h| h.series_id.is_some() && h.series_id == series[0].series_id)
    );
    let moved = app
        .move_hearing(&MoveHearingDto {
            id: booked.saved[1].clone(),
            start: "2026-12-10T20:00".into(),
            save: true,
            ..MoveHearingDto::default()
        })
        .unwrap();
    assert_eq!(moved.participants[0].local, "2026-12-10T07:00");
    assert!(
        moved
            .findings
            .iter()
            .any(|f| f.code == HearingFindingCodeDto::OutsideHours)
    );
    let after = app.list_hearings().unwrap();
    let h = after.iter().find(|h| h.id == booked.saved[1]).unwrap();
    assert_eq!(
        (h.starts_local.as_str(), h.sequence),
        ("2026-12-10T20:00", 1)
    );
    let cancelled = app.cancel_hearing(&booked.saved[2]).unwrap();
    assert_eq!(cancelled.sequence, 1);
}

#[test]
fn the_slot_finder_explains_why_shenzhen_office_hours_never_meet_sao_paulo() {
    let app = demo();
    let q = SlotQueryDto {
        participants: vec![person("party", "Ana Lima", "America/Sao_Paulo")],
        minutes: 60,
        venue_code: Some("SZ-QH-1".into()),
        from: "2026-12-07".into(),
        to: "2026-12-11".into(),
        ..SlotQueryDto::default()
    };
    let none = app.find_slots(&q).unwrap();
    assert!(none.slots.is_empty());
    assert!(
        none.reasons[0].contains("never share 60 minutes"),
        "{:?}",
        none.reasons
    );
    assert!(
        none.suggestions.iter().any(|s| s.contains("06:00")),
        "{:?}",
        none.suggestions
    );
    assert!(
        none.suggestions.iter().any(|s| s.contains("Europe/London")),
        "{:?}",
        none.suggestions
    );
    let online = app
        .find_slots(&SlotQueryDto {
            venue_code: None,
            zone: Some("Europe/London".into()),
            ..q
        })
        .unwrap();
    assert_eq!(online.slots.len(), 10);
    let first = &online.slots[0];
    assert_eq!(first.participants[0].zone, "America/Sao_Paulo");
    assert!(!first.participants[0].outside_hours);
}

#[test]
fn a_hearing_whose_instant_moved_with_the_tz_database_is_flagged() {
    let mut app = demo();
    let mut input = hearing(
        &app,
        "ONLINE",
        "2026-12-15T10:00",
        Some("Europe/Berlin"),
        vec![],
    );
    input.save = true;
    let id = app.schedule_hearing(&input).unwrap().saved[0].clone();
    app.store
        .write(|tx| -> Result<usize, StoreError> {
            Ok(tx.execute(
                "UPDATE hearings SET tzdb_version = '2019c', starts_utc = '2026-12-15T10:00:00Z' WHERE id = ?1",
                [&id],
            )?)
        })
        .unwrap();
    assert_eq!(app.review_time_zones().unwrap(), 1);
    let h = app
        .list_hearings()
        .unwrap()
        .into_iter()
        .find(|h| h.id == id)
        .unwrap();
    assert!(h.review.unwrap().contains("2019c"));
}

#[test]
fn a_series_too_long_or_a_date_out_of_range_is_refused_with_the_field() {
    let mut app = demo();
    let mut input = hearing(
        &app,
        "ONLINE",
        "2026-12-03T10:00",
        Some("Asia/Hong_Kong"),
        vec![],
    );
    for (weeks, refused) in [(100_000, true), (105, true), (0, true), (104, false)] {
        input.weeks = Some(weeks);
        match app.schedule_hearing(&input) {
            Err(AppError::Validation { fields }) if refused => {
                assert_eq!(fields[0].field, "weeks");
                assert_eq!(
                    fields[0].reason,
                    crate::FieldProblemReason::OutOfRange { min: 1, max: 104 }
                );
            }
            Ok(_) if !refused => {}
            other => panic!("{weeks} weeks: {other:?}"),
        }
    }
    let far = hearing(
        &app,
        "ONLINE",
        "9999-12-03T10:00",
        Some("Asia/Hong_Kong"),
        vec![],
    );
    match app.schedule_hearing(&far) {
        Err(AppError::Validation { fields }) => assert_eq!(fields[0].field, "start"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_stored_hearing_that_does_not_read_leaves_the_hearing_list_working() {
    let mut app = demo();
    let before = app.list_hearings().unwrap().len();
    app.store
        .write(|tx| -> Result<(), StoreError> {
            tx.execute_batch(
                "UPDATE hearings SET starts_local = '10000-01-04T10:00'
                 WHERE id = (SELECT id FROM hearings ORDER BY starts_utc LIMIT 1);",
            )
            .map_err(StoreError::from)
        })
        .unwrap();
    assert_eq!(app.list_hearings().unwrap().len(), before - 1);
    assert!(!app.list_cases().unwrap().is_empty());
}
