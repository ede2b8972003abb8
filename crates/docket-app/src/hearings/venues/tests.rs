//! Rooms the clerk manages, on a fresh database without the demo: the built-in online venue, adding,
//! editing and retiring (each audited), booking in a new room with every check, and the refusals.

use crate::dto::HearingSeverityDto;
use crate::dto::{
    ErrorPayload, HearingInputDto, NewCaseDto, ParticipantInputDto, VenueDto, VenueInputDto,
};
use crate::error::{AppError, ConflictReason, Expected, FieldProblemReason};
use crate::testing::app;
use crate::{App, Locale};
use docket_store::repo;

fn room(code: &str, site: &str, zone: &str) -> VenueInputDto {
    VenueInputDto {
        code: code.into(),
        name_en: format!("Hearing Room {code}"),
        name_zh: format!("{code} 號聆訊室"),
        kind: "room".into(),
        site: site.into(),
        zone: zone.into(),
        capacity: 24,
        facilities: vec!["video".into(), "interpretation_booths".into()],
        opens: Some("09:00".into()),
        closes: Some("18:00".into()),
    }
}

fn case(app: &mut App) -> String {
    app.create_case(&NewCaseDto {
        reference: "HKIAC-A26099".into(),
        title_en: "Lantau Ferries Ltd v Pearl Delta Shipyard Co".into(),
        model: "hkiac_arbitration".into(),
        filed_on: "2026-09-01".into(),
        language: "en".into(),
        ..NewCaseDto::default()
    })
    .unwrap()
    .reference
}

fn booking(reference: &str, venue: &str, start: &str, minutes: i64, who: &str) -> HearingInputDto {
    HearingInputDto {
        case_reference: reference.into(),
        kind: "evidentiary_hearing".into(),
        venue_code: venue.into(),
        start: start.into(),
        minutes,
        participants: vec![ParticipantInputDto {
            kind: "other".into(),
            name: Some(who.into()),
            zone: Some("Asia/Hong_Kong".into()),
            ..ParticipantInputDto::default()
        }],
        save: true,
        ..HearingInputDto::default()
    }
}

fn codes(check: &crate::dto::HearingCheckDto) -> Vec<&str> {
    check.findings.iter().map(|f| f.code.as_str()).collect()
}

fn audit(app: &App, v: &VenueDto) -> Vec<repo::workflow::AuditRow> {
    app.store
        .read(|c| repo::workflow::audit_trail(c, "venue", &v.id))
        .unwrap()
}

#[test]
fn a_fresh_database_offers_the_online_venue_in_each_script_and_still_offers_the_demo() {
    let app = app();
    let venues = app.list_venues(false).unwrap();
    assert_eq!(venues.len(), 1);
    let online = &venues[0];
    assert_eq!(online.code, "ONLINE");
    assert!(online.built_in);
    assert_eq!(online.name.zh, "網上（視像會議）");
    assert_eq!(online.name.zh_hans.as_deref(), Some("网上（视像会议）"));
    assert!(app.overview().unwrap().offer_demo);
}

#[test]
fn the_demo_reuses_the_built_in_online_venue() {
    let mut app = app();
    let online = app.list_venues(false).unwrap()[0].id.clone();
    let summary = app.load_demo().unwrap();
    assert_eq!(summary.venues, 7);
    let venues = app.list_venues(true).unwrap();
    assert_eq!(venues.len(), 7);
    assert_eq!(venues.iter().filter(|v| v.code == "ONLINE").count(), 1);
    let hearings = app.list_hearings().unwrap();
    assert!(
        hearings
            .iter()
            .any(|h| h.venue.code == "ONLINE" && h.venue.id == online)
    );
}

#[test]
fn a_room_the_clerk_adds_is_booked_with_every_check() {
    let mut app = app();
    let reference = case(&mut app);
    let hk = app
        .create_venue(&room("HK-38A", "hk", "Asia/Hong_Kong"))
        .unwrap();
    assert_eq!(
        (hk.opens.as_deref(), hk.closes.as_deref()),
        (Some("09:00"), Some("18:00"))
    );
    app.create_venue(&room("SZ-QH-9", "shenzhen", "Asia/Shanghai"))
        .unwrap();
    let codes_listed: Vec<String> = app
        .list_venues(false)
        .unwrap()
        .into_iter()
        .map(|v| v.code)
        .collect();
    assert_eq!(codes_listed, ["HK-38A", "ONLINE", "SZ-QH-9"]);
    assert!(!app.overview().unwrap().offer_demo);

    // Booked on a database with no demo data at all.
    let first = app
        .schedule_hearing(&booking(
            &reference,
            "hk-38a",
            "2026-12-07T10:00",
            120,
            "Chan Tai Man",
        ))
        .unwrap();
    assert_eq!(first.saved.len(), 1);
    assert!(codes(&first).is_empty(), "{:?}", first.findings);
    assert_eq!(first.zone, "Asia/Hong_Kong");
    // The same room at the same time is taken.
    let mut clash = booking(&reference, "HK-38A", "2026-12-07T11:00", 60, "Lee Siu Ming");
    clash.save = false;
    assert_eq!(
        codes(&app.schedule_hearing(&clash).unwrap()),
        ["room_double_booked"]
    );
    // Across the border too soon after for the same person.
    let mut travel = booking(
        &reference,
        "SZ-QH-9",
        "2026-12-07T12:30",
        60,
        "Chan Tai Man",
    );
    travel.save = false;
    assert_eq!(
        codes(&app.schedule_hearing(&travel).unwrap()),
        ["travel_too_tight"]
    );
    // The room's side of the border keeps its holidays (Christmas Day in Hong Kong).
    let mut christmas = booking(&reference, "HK-38A", "2026-12-25T10:00", 60, "Lee Siu Ming");
    christmas.save = false;
    assert_eq!(
        codes(&app.schedule_hearing(&christmas).unwrap()),
        ["holiday"]
    );
    // An online hearing takes its zone from the booking.
    let online = app
        .schedule_hearing(&HearingInputDto {
            zone: Some("Europe/London".into()),
            ..booking(&reference, "ONLINE", "2026-12-08T09:00", 60, "Lee Siu Ming")
        })
        .unwrap();
    assert_eq!(online.zone, "Europe/London");
}

#[test]
fn a_hearing_outside_the_rooms_hours_gets_a_warning_in_the_clerks_language() {
    let mut app = app();
    let reference = case(&mut app);
    app.create_venue(&room("HK-38A", "hk", "Asia/Hong_Kong"))
        .unwrap();
    let mut late = booking(
        &reference,
        "HK-38A",
        "2026-12-07T17:00",
        120,
        "Lee Siu Ming",
    );
    late.save = false;
    let check = app.schedule_hearing(&late).unwrap();
    assert_eq!(codes(&check), ["outside_venue_hours"]);
    assert_eq!(check.findings[0].severity, HearingSeverityDto::Warn);
    assert_eq!(
        check.findings[0].text,
        "The room is open 09:00–18:00 (Hong Kong); this hearing runs 2026-12-07 17:00–19:00."
    );
    for (locale, words) in [
        (Locale::ZhHans, "房间开放时间为 09:00–18:00（香港）"),
        (Locale::ZhHant, "房間開放時間為 09:00–18:00（香港）"),
    ] {
        app.use_locale_for_session(locale);
        let text = &app.schedule_hearing(&late).unwrap().findings[0].text;
        assert!(text.contains(words), "{text}");
    }
    // A warning does not stop the booking.
    late.save = true;
    assert_eq!(app.schedule_hearing(&late).unwrap().saved.len(), 1);
}

#[test]
fn each_change_to_a_room_is_in_the_audit_log() {
    let mut app = app();
    let created = app
        .create_venue(&room("HK-38A", "hk", "Asia/Hong_Kong"))
        .unwrap();
    let edited = app
        .update_venue(
            "hk-38a",
            &VenueInputDto {
                code: String::new(),
                capacity: 40,
                facilities: vec!["evidence_display".into()],
                opens: None,
                closes: None,
                ..room("HK-38A", "hk", "Asia/Hong_Kong")
            },
        )
        .unwrap();
    assert_eq!(edited.code, "HK-38A");
    assert_eq!(edited.capacity, 40);
    assert_eq!(edited.opens, None);
    // Saving what is already there changes nothing and logs nothing.
    app.update_venue(
        "HK-38A",
        &VenueInputDto {
            capacity: 40,
            facilities: vec!["evidence_display".into()],
            opens: None,
            closes: None,
            ..room("HK-38A", "hk", "Asia/Hong_Kong")
        },
    )
    .unwrap();
    let retired = app.retire_venue("HK-38A").unwrap();
    assert_eq!(retired.retired_on.as_deref(), Some("2026-11-24"));
    let log = audit(&app, &created);
    let actions: Vec<&str> = log.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(actions, ["venue_created", "venue_edited", "venue_retired"]);
    let (old, new, at) = (&log[1].old_value, &log[1].new_value, &log[1].at);
    assert!(old.as_deref().unwrap().contains(" 24 "), "{old:?}");
    assert!(
        new.as_deref()
            .unwrap()
            .contains("40 Hearing Room HK-38A [evidence_display]"),
        "{new:?}"
    );
    assert_eq!(at, "2026-11-24T02:00:00Z");
    assert_eq!(log[2].new_value.as_deref(), Some("2026-11-24"));
    // An edit keeps the retirement; the code never changes.
    let kept = app
        .update_venue("HK-38A", &room("", "hk", "Asia/Hong_Kong"))
        .unwrap();
    assert_eq!(kept.retired_on.as_deref(), Some("2026-11-24"));
    let err = app
        .update_venue("HK-38A", &room("HK-38B", "hk", "Asia/Hong_Kong"))
        .unwrap_err();
    assert_eq!(err, AppError::malformed("code", Expected::VenueCodeFixed));
}

#[test]
fn bad_rooms_are_refused_field_by_field_and_nothing_is_written() {
    let mut app = app();
    app.create_venue(&room("HK-38A", "hk", "Asia/Hong_Kong"))
        .unwrap();
    let fields = |e: AppError| match e {
        AppError::Validation { fields } => fields
            .into_iter()
            .map(|f| (f.field, f.reason))
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    let dup = fields(
        app.create_venue(&room("hk-38a", "hk", "Asia/Hong_Kong"))
            .unwrap_err(),
    );
    assert_eq!(dup, [("code".to_owned(), FieldProblemReason::Duplicate)]);
    let online_code = fields(
        app.create_venue(&room("online", "hk", "Asia/Hong_Kong"))
            .unwrap_err(),
    );
    assert_eq!(online_code[0].1, FieldProblemReason::Duplicate);
    let bad = app
        .create_venue(&VenueInputDto {
            zone: "Asia/Shenzhen".into(),
            capacity: 1200,
            closes: Some("08:00".into()),
            ..room("SZ-1", "sz", "")
        })
        .unwrap_err();
    let message = ErrorPayload::new(Locale::En, bad.clone()).message;
    assert!(
        message.contains("“Asia/Shenzhen” is not a time zone")
            && message.contains("Capacity must be between 1 and 1000")
            && message.contains(
                "Closes at is not valid (expected a closing time after the opening time)"
            ),
        "{message}"
    );
    let hant = ErrorPayload::new(Locale::ZhHant, bad).message;
    assert!(
        hant.contains("「容納人數」必須介於 1 與 1000 之間"),
        "{hant}"
    );
    let wrong_side = fields(
        app.create_venue(&room("SZ-1", "shenzhen", "Asia/Hong_Kong"))
            .unwrap_err(),
    );
    assert_eq!(wrong_side[0].0, "zone");
    assert_eq!(app.list_venues(true).unwrap().len(), 2);
}

#[test]
fn a_retired_room_keeps_its_past_hearings_and_takes_no_new_ones() {
    let mut app = app();
    let reference = case(&mut app);
    app.create_venue(&room("HK-38A", "hk", "Asia/Hong_Kong"))
        .unwrap();
    let past = app
        .schedule_hearing(&booking(
            &reference,
            "HK-38A",
            "2026-11-10T10:00",
            60,
            "Chan Tai Man",
        ))
        .unwrap();
    let ahead = app
        .schedule_hearing(&booking(
            &reference,
            "HK-38A",
            "2026-12-07T10:00",
            60,
            "Chan Tai Man",
        ))
        .unwrap();
    // Not while a hearing is still to be held there.
    assert_eq!(
        app.retire_venue("HK-38A").unwrap_err(),
        AppError::Conflict {
            reason: ConflictReason::VenueInUse { hearings: 1 }
        }
    );
    app.cancel_hearing(&ahead.saved[0]).unwrap();
    app.retire_venue("HK-38A").unwrap();

    // It leaves the booking lists, and stays in the full list.
    let in_use: Vec<String> = app
        .list_venues(false)
        .unwrap()
        .into_iter()
        .map(|v| v.code)
        .collect();
    assert_eq!(in_use, ["ONLINE"]);
    assert_eq!(app.list_venues(true).unwrap().len(), 2);
    // Its past hearing is still there, in the room.
    let kept = app
        .list_hearings()
        .unwrap()
        .into_iter()
        .find(|h| h.id == past.saved[0])
        .unwrap();
    assert_eq!(kept.venue.code, "HK-38A");
    assert_eq!(kept.venue.retired_on.as_deref(), Some("2026-11-24"));

    // Booking into it is refused, beside the venue field, in words.
    let mut again = booking(&reference, "HK-38A", "2026-12-14T10:00", 60, "Chan Tai Man");
    again.save = false;
    let err = app.schedule_hearing(&again).unwrap_err();
    assert_eq!(
        err,
        AppError::field(
            "venue",
            FieldProblemReason::Retired {
                since: "2026-11-24".into()
            }
        )
    );
    let payload = ErrorPayload::new(Locale::En, err);
    assert_eq!(payload.fields[0].field, "venue");
    assert_eq!(
        payload.fields[0].message,
        "Venue: this room was retired on 2026-11-24. It keeps its past hearings but takes no new bookings; choose another room."
    );
    assert!(
        ErrorPayload::new(Locale::ZhHans, app.schedule_hearing(&again).unwrap_err())
            .message
            .contains("此房间已于 2026-11-24 停用")
    );
    // Nor does a hearing of it move.
    assert!(matches!(
        app.move_hearing(&crate::dto::MoveHearingDto {
            id: past.saved[0].clone(),
            start: "2026-11-11T10:00".into(),
            save: true,
            ..crate::dto::MoveHearingDto::default()
        }),
        Err(AppError::Validation { .. })
    ));
    // Retiring twice changes nothing.
    app.retire_venue("HK-38A").unwrap();
    assert_eq!(audit(&app, &kept.venue).len(), 2);
}
