//! A database written under an older tz database (2025b, before British Columbia, Alberta, Manitoba,
//! Morocco and Cuba changed their clocks in 2026) reopened with the rules in force: the review lists
//! every future hearing whose instant or whose participants' hours moved, old and new side by side,
//! and the clerk keeps the wall time or the instant. Its own test binary: the rules are process-wide.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_app::dto::{HearingInputDto, ParticipantInputDto, TzKeepDto};
use docket_app::{App, FixedClock, Locale, SequentialIds, tzdata};
use docket_domain::time::rules;
use std::path::Path;
use std::sync::Arc;

/// The rules are process-wide: one test at a time.
static RULES: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tzdb-2025b")
}

fn person(name: &str, zone: &str) -> ParticipantInputDto {
    ParticipantInputDto {
        kind: "other".into(),
        name: Some(name.into()),
        zone: Some(zone.into()),
        hours: Some("00:00-24:00".into()),
        ..ParticipantInputDto::default()
    }
}

fn book(
    app: &mut App,
    case: &str,
    start: &str,
    zone: &str,
    people: Vec<ParticipantInputDto>,
) -> String {
    let input = HearingInputDto {
        case_reference: case.into(),
        kind: "procedural_conference".into(),
        venue_code: "ONLINE".into(),
        start: start.into(),
        zone: Some(zone.into()),
        minutes: 60,
        participants: people,
        save: true,
        ..HearingInputDto::default()
    };
    app.schedule_hearing(&input).unwrap().saved[0].clone()
}

#[test]
fn reopening_with_newer_rules_lists_what_moved_and_the_clerk_decides() {
    let _one = RULES.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let clock = Arc::new(FixedClock("2026-12-03T02:00:00Z".parse().unwrap()));

    // Written under 2025b.
    let old = tzdata::dir_rules(&fixture()).expect("the 2025b fixture declares its version");
    assert_eq!(old.version(), "2025b");
    rules::install(old);
    let mut app = App::open(&db, clock.clone(), Arc::new(SequentialIds::default())).unwrap();
    app.load_demo().unwrap();
    let case = app.list_cases().unwrap()[0].reference.clone();
    // A Hong Kong hearing with people in the zones that changed: its instant stays, their hours move.
    let hk = book(
        &mut app,
        &case,
        "2026-12-10T09:00",
        "Asia/Hong_Kong",
        vec![
            person("Dana Reyes", "America/Vancouver"),
            person("Lee Park", "America/Edmonton"),
            person("Sam Roy", "America/Winnipeg"),
            person("Omar Idrissi", "Africa/Casablanca"),
            person("Ana Díaz", "America/Havana"),
            person("Mei Chan", "Asia/Shanghai"),
        ],
    );
    // A Vancouver hearing: 10:00 there was 18:00 UTC under 2025b and is 17:00 UTC now.
    let van = book(
        &mut app,
        &case,
        "2026-12-14T10:00",
        "America/Vancouver",
        vec![person("Wong Ka Yan", "Asia/Hong_Kong")],
    );
    // A Berlin hearing with a London participant: nothing changed for them.
    let berlin = book(
        &mut app,
        &case,
        "2026-12-15T10:00",
        "Europe/Berlin",
        vec![person("Jo Smith", "Europe/London")],
    );
    let before = app.hearings_between(None, None, None).unwrap();
    let h = before.iter().find(|h| h.id == van).unwrap();
    assert_eq!(
        (h.starts_utc.as_str(), h.tzdb_version.as_str()),
        ("2026-12-14T18:00:00Z", "2025b")
    );
    drop(app);

    // Reopened with the bundled rules (2026f or newer).
    rules::install_bundled();
    let mut app = App::open(&db, clock, Arc::new(SequentialIds::default())).unwrap();
    app.use_locale_for_session(Locale::En);
    assert_eq!(app.review_time_zones().unwrap(), 2);
    let reviews = app.tz_reviews().unwrap();
    assert_eq!(reviews.len(), 2, "{reviews:#?}");
    // A removed hearing waits for no review; restored, it is back in the list.
    app.remove_hearing(&hk).unwrap();
    assert_eq!(app.tz_reviews().unwrap().len(), 1);
    app.restore_hearing(&hk).unwrap();
    let reviews = app.tz_reviews().unwrap();
    assert_eq!(reviews.len(), 2, "{reviews:#?}");

    let r = reviews.iter().find(|r| r.hearing_id == hk).unwrap();
    assert!(!r.instant_moved);
    assert_eq!(r.old_version, "2025b");
    let hours: Vec<(&str, Option<&str>, &str, bool)> = r
        .participants
        .iter()
        .map(|p| {
            (
                p.zone.as_str(),
                p.old_local.as_deref(),
                p.new_local.as_str(),
                p.moved,
            )
        })
        .collect();
    assert_eq!(
        hours,
        vec![
            (
                "America/Vancouver",
                Some("2026-12-09T17:00"),
                "2026-12-09T18:00",
                true
            ),
            (
                "America/Edmonton",
                Some("2026-12-09T18:00"),
                "2026-12-09T19:00",
                true
            ),
            (
                "America/Winnipeg",
                Some("2026-12-09T19:00"),
                "2026-12-09T20:00",
                true
            ),
            (
                "Africa/Casablanca",
                Some("2026-12-10T02:00"),
                "2026-12-10T01:00",
                true
            ),
            (
                "America/Havana",
                Some("2026-12-09T20:00"),
                "2026-12-09T21:00",
                true
            ),
            (
                "Asia/Shanghai",
                Some("2026-12-10T09:00"),
                "2026-12-10T09:00",
                false
            ),
        ]
    );
    assert!(
        r.summary
            .contains("Dana Reyes (America/Vancouver) 17:00 → 18:00"),
        "{}",
        r.summary
    );

    let v = reviews.iter().find(|r| r.hearing_id == van).unwrap();
    assert!(v.instant_moved);
    assert_eq!(
        (v.old_utc.as_str(), v.new_utc.as_str()),
        ("2026-12-14T18:00:00Z", "2026-12-14T17:00:00Z")
    );
    assert_eq!(v.instant_keeps_local, "2026-12-14T11:00");
    assert_eq!(
        v.participants[0].old_local.as_deref(),
        Some("2026-12-15T02:00")
    );
    assert_eq!(v.participants[0].new_local, "2026-12-15T01:00");

    // The hearing where nothing moved was quietly re-stamped with the new version.
    let listed = app.hearings_between(None, None, None).unwrap();
    let b = listed.iter().find(|h| h.id == berlin).unwrap();
    assert_eq!(b.tzdb_version, rules::bundled_version());
    assert!(b.review.is_none());
    // The moved ones are flagged in the list too, and nothing moved by itself.
    let h = listed.iter().find(|h| h.id == van).unwrap();
    assert!(h.review.is_some());
    assert_eq!(h.starts_utc, "2026-12-14T18:00:00Z");

    // The clerk keeps the instant of the Vancouver hearing: it becomes 11:00 there.
    let left = app.decide_tz_review(&van, TzKeepDto::Instant).unwrap();
    assert_eq!(left.len(), 1);
    let h = app
        .hearings_between(None, None, None)
        .unwrap()
        .into_iter()
        .find(|h| h.id == van)
        .unwrap();
    assert_eq!(
        (h.starts_local.as_str(), h.starts_utc.as_str()),
        ("2026-12-14T11:00", "2026-12-14T18:00:00Z")
    );
    assert_eq!(h.tzdb_version, rules::bundled_version());
    assert!(h.review.is_none());
    assert!(h.sequence > 0, "calendars must hear of the change");

    // And the wall time of the Hong Kong one.
    assert!(
        app.decide_tz_review(&hk, TzKeepDto::WallTime)
            .unwrap()
            .is_empty()
    );
    assert_eq!(app.review_time_zones().unwrap(), 0);
    assert_eq!(app.tz_status().unwrap().reviews, 0);
}

#[test]
fn a_hearing_whose_zone_left_the_database_is_flagged_not_crashed_on() {
    let _one = RULES.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let clock = Arc::new(FixedClock("2026-12-03T02:00:00Z".parse().unwrap()));
    rules::install_bundled();
    let mut app = App::open(&db, clock.clone(), Arc::new(SequentialIds::default())).unwrap();
    app.load_demo().unwrap();
    let case = app.list_cases().unwrap()[0].reference.clone();
    let id = book(
        &mut app,
        &case,
        "2026-12-16T10:00",
        "Asia/Singapore",
        vec![],
    );
    drop(app);
    // As if a later database had removed the zone (or the file held a typo).
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE hearings SET zone = 'Asia/Atlantis', tzdb_version = '2025b' WHERE id = ?1",
        [&id],
    )
    .unwrap();
    drop(conn);
    let mut app = App::open(&db, clock, Arc::new(SequentialIds::default())).unwrap();
    let listed = app.hearings_between(None, None, None).unwrap();
    let h = listed.iter().find(|h| h.id == id).unwrap();
    assert_eq!(h.zone, "Asia/Atlantis");
    assert_eq!(h.starts_local, "2026-12-16T10:00");
    assert_eq!(app.review_time_zones().unwrap(), 1);
    let r = &app.tz_reviews().unwrap()[0];
    assert!(r.zone_lost);
    assert!(r.summary.contains("Asia/Atlantis"), "{}", r.summary);
    // Keeping its wall time is not possible without a zone: the answer names the field.
    assert!(app.decide_tz_review(&id, TzKeepDto::WallTime).is_err());
}

#[test]
fn the_newer_of_the_system_and_the_bundled_database_is_used() {
    use docket_domain::time::TzSource;
    // An operating system that was not updated (2025b) does not pull the app back to old rules.
    let stale = tzdata::dir_rules(&fixture()).unwrap();
    assert_eq!(rules::newer(Some(stale)).source(), TzSource::Bundled);
    assert_eq!(rules::newer(None).version(), rules::bundled_version());
    // A system database newer than the bundled copy is used, zone files read from its directory.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tzdata.zi"), "# version 2099a\n").unwrap();
    std::fs::create_dir(dir.path().join("America")).unwrap();
    std::fs::copy(
        fixture().join("America/Vancouver"),
        dir.path().join("America/Vancouver"),
    )
    .unwrap();
    std::fs::write(dir.path().join("secret"), "TZif not really").unwrap();
    let newer = rules::newer(tzdata::dir_rules(dir.path()));
    assert_eq!(
        (newer.source(), newer.version()),
        (TzSource::System, "2099a")
    );
    let v = newer.zone("America/Vancouver").unwrap();
    assert_eq!(v.tzdb_version(), "2099a");
    // What is not a zone file, or not inside the directory, is an unknown zone.
    for bad in [
        "secret",
        "../secret",
        "America/../secret",
        "Asia/Hong_Kong",
        "tzdata.zi",
    ] {
        assert!(newer.zone(bad).is_err(), "{bad}");
    }
    // No version line: not a database.
    let empty = tempfile::tempdir().unwrap();
    assert!(tzdata::dir_rules(empty.path()).is_none());
}
