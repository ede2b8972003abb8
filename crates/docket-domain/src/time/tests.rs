//! Tests of the time vocabulary: parsing, DST gaps and folds, and wall-time round trips.

use super::*;
use proptest::prelude::*;

fn zwt(local: &str, zone: &str) -> ZonedWallTime {
    ZonedWallTime::new(local.parse().unwrap(), zone.parse().unwrap())
}

#[test]
fn hong_kong_has_one_offset_all_year() {
    for local in ["2026-01-15T10:00", "2026-07-15T10:00"] {
        let r = zwt(local, "Asia/Hong_Kong")
            .resolve(Disambiguation::Reject)
            .unwrap();
        assert_eq!(r.offset.to_string(), "+08:00");
    }
}

#[test]
fn a_time_in_the_berlin_spring_gap_is_a_question() {
    let err = zwt("2026-03-29T02:30", "Europe/Berlin")
        .resolve(Disambiguation::Reject)
        .unwrap_err();
    match err {
        TimeError::NonexistentLocalTime { earlier, later, .. } => {
            assert_eq!(earlier.hh_mm(), "01:30");
            assert_eq!(later.hh_mm(), "03:30");
        }
        other => panic!("expected a gap, got {other:?}"),
    }
    // Imports take the RFC 5545 reading: the time after the gap.
    let r = zwt("2026-03-29T02:30", "Europe/Berlin")
        .resolve(Disambiguation::Compatible)
        .unwrap();
    assert_eq!(r.instant.to_rfc3339(), "2026-03-29T01:30:00Z");
    assert_eq!(
        r.instant.local_in("Europe/Berlin".parse().unwrap()).hh_mm(),
        "03:30"
    );
}

#[test]
fn london_skips_one_to_two_not_two_to_three() {
    assert!(
        zwt("2026-03-29T02:30", "Europe/London")
            .resolve(Disambiguation::Reject)
            .is_ok()
    );
    assert!(matches!(
        zwt("2026-03-29T01:30", "Europe/London").resolve(Disambiguation::Reject),
        Err(TimeError::NonexistentLocalTime { .. })
    ));
}

#[test]
fn a_time_in_the_new_york_autumn_fold_is_a_question() {
    let t = zwt("2026-11-01T01:30", "America/New_York");
    match t.resolve(Disambiguation::Reject).unwrap_err() {
        TimeError::AmbiguousLocalTime {
            earlier_offset,
            later_offset,
            ..
        } => {
            assert_eq!(earlier_offset.to_string(), "-04:00");
            assert_eq!(later_offset.to_string(), "-05:00");
        }
        other => panic!("expected a fold, got {other:?}"),
    }
    let early = t.resolve(Disambiguation::Compatible).unwrap().instant;
    let late = t.resolve(Disambiguation::Later).unwrap().instant;
    assert_eq!(late.unix_seconds() - early.unix_seconds(), 3600);
}

#[test]
fn parsing_refuses_bad_text_with_the_text() {
    assert_eq!(
        "Asia/Atlantis".parse::<Zone>(),
        Err(TimeError::UnknownZone("Asia/Atlantis".into()))
    );
    assert!("2026-02-30".parse::<CivilDate>().is_err());
    for bad in [
        "2026-2-3",
        "2026/02/03",
        "20260203",
        "2026-02-0x",
        "+026-02-03",
        "",
    ] {
        assert!(bad.parse::<CivilDate>().is_err(), "{bad}");
    }
    assert_eq!(
        " 2026-02-03 ".parse::<CivilDate>().unwrap().to_string(),
        "2026-02-03"
    );
    assert_eq!(
        "0099-01-01".parse::<CivilDate>().unwrap().to_string(),
        "0099-01-01"
    );
    assert!("2026-02-28T25:00".parse::<LocalDateTime>().is_err());
    assert_eq!(
        "2026-02-28T09:30"
            .parse::<LocalDateTime>()
            .unwrap()
            .to_iso(),
        "2026-02-28T09:30"
    );
}

#[test]
fn the_tz_database_version_is_known() {
    assert!(tzdb_version().starts_with("20"), "{}", tzdb_version());
}

const ZONES: &[&str] = &[
    "Asia/Hong_Kong",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Sao_Paulo",
];

proptest! {
    /// Wall time -> instant -> wall time is stable wherever the wall time exists exactly once.
    #[test]
    fn wall_time_round_trips(zone_ix in 0..ZONES.len(), minutes in 0i64..(16 * 366 * 24 * 60)) {
        let zone: Zone = ZONES[zone_ix].parse().unwrap();
        let local = CivilDate::new(2020, 1, 1).unwrap().at(0, 0).unwrap().plus_minutes(minutes).unwrap();
        let t = ZonedWallTime::new(local, zone);
        if let Ok(r) = t.resolve(Disambiguation::Reject) {
            prop_assert_eq!(r.instant.local_in(zone), local);
            prop_assert_eq!(zone.offset_at(r.instant), r.offset);
        }
    }
}

/// The clock changes of 2026 (tz database 2026a–2026f): a participant's local hour for a 09:00
/// Hong Kong hearing and a 14:00 Shanghai hearing, before and after each change.
#[test]
fn the_2026_clock_changes_give_participants_their_real_hours() {
    // (hearing zone, hearing wall time, participant zone, their local time, their offset)
    let table = [
        (
            "Asia/Hong_Kong",
            "2026-02-10T09:00",
            "America/Vancouver",
            "2026-02-09T17:00",
            "-08:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "America/Vancouver",
            "2026-12-09T18:00",
            "-07:00",
        ),
        (
            "Asia/Hong_Kong",
            "2027-12-10T09:00",
            "America/Vancouver",
            "2027-12-09T18:00",
            "-07:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-02-10T09:00",
            "America/Edmonton",
            "2026-02-09T18:00",
            "-07:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "America/Edmonton",
            "2026-12-09T19:00",
            "-06:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "America/Yellowknife",
            "2026-12-09T19:00",
            "-06:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-02-10T09:00",
            "America/Winnipeg",
            "2026-02-09T19:00",
            "-06:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "America/Winnipeg",
            "2026-12-09T20:00",
            "-05:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-02-10T09:00",
            "Africa/Casablanca",
            "2026-02-10T02:00",
            "+01:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "Africa/Casablanca",
            "2026-12-10T01:00",
            "+00:00",
        ),
        (
            "Asia/Hong_Kong",
            "2027-07-10T09:00",
            "Africa/Casablanca",
            "2027-07-10T01:00",
            "+00:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-02-10T09:00",
            "America/Havana",
            "2026-02-09T20:00",
            "-05:00",
        ),
        (
            "Asia/Hong_Kong",
            "2026-12-10T09:00",
            "America/Havana",
            "2026-12-09T21:00",
            "-04:00",
        ),
        (
            "Asia/Hong_Kong",
            "2027-12-10T09:00",
            "America/Havana",
            "2027-12-09T20:00",
            "-05:00",
        ),
        (
            "Asia/Shanghai",
            "2026-12-10T14:00",
            "America/Vancouver",
            "2026-12-09T23:00",
            "-07:00",
        ),
        (
            "Asia/Shanghai",
            "2026-12-10T14:00",
            "America/Edmonton",
            "2026-12-10T00:00",
            "-06:00",
        ),
        (
            "Asia/Shanghai",
            "2026-12-10T14:00",
            "America/Winnipeg",
            "2026-12-10T01:00",
            "-05:00",
        ),
        (
            "Asia/Shanghai",
            "2026-12-10T14:00",
            "Africa/Casablanca",
            "2026-12-10T06:00",
            "+00:00",
        ),
        (
            "Asia/Shanghai",
            "2026-12-10T14:00",
            "America/Havana",
            "2026-12-10T02:00",
            "-04:00",
        ),
    ];
    for (zone, wall, other, local, offset) in table {
        let at = zwt(wall, zone)
            .resolve(Disambiguation::Reject)
            .unwrap()
            .instant;
        let them: Zone = other.parse().unwrap();
        assert_eq!(
            at.local_in(them).to_iso(),
            local,
            "{wall} {zone} in {other}"
        );
        assert_eq!(
            them.offset_at(at).to_string(),
            offset,
            "{wall} {zone} in {other}"
        );
    }
}

#[test]
fn british_columbia_no_longer_falls_back() {
    let zone: Zone = "America/Vancouver".parse().unwrap();
    let from = Instant::from_utc(CivilDate::new(2026, 1, 1).unwrap(), 0, 0).unwrap();
    let until = Instant::from_utc(CivilDate::new(2030, 1, 1).unwrap(), 0, 0).unwrap();
    let changes = zone.transitions(from, until);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].at.to_rfc3339(), "2026-03-08T10:00:00Z");
    // 01:30 on the first Sunday of November 2026 happens once now.
    assert!(
        zwt("2026-11-01T01:30", "America/Vancouver")
            .resolve(Disambiguation::Reject)
            .is_ok()
    );
}

#[test]
fn zone_names_that_are_paths_or_typos_are_refused_with_the_name() {
    for bad in [
        "Asia/Hong_Kongg",
        "../../etc/passwd",
        "/etc/passwd",
        "posix/Asia/Hong_Kong",
        "",
        "Asia/Hong Kong",
        "a/b/c/d",
    ] {
        match bad.parse::<Zone>() {
            Err(TimeError::UnknownZone(name)) => assert_eq!(name, bad.trim()),
            other => panic!("{bad}: {other:?}"),
        }
    }
    assert_eq!(
        "asia/hong_kong".parse::<Zone>().unwrap().name(),
        "Asia/Hong_Kong"
    );
}

#[test]
fn a_lost_zone_keeps_its_last_offset_and_says_it_is_lost() {
    let z = Zone::lost("America/Atlantis", UtcOffset(-7 * 3600));
    assert!(z.is_lost());
    assert_eq!(z.name(), "America/Atlantis");
    let at = Instant::from_utc(CivilDate::new(2026, 12, 10).unwrap(), 1, 0).unwrap();
    assert_eq!(z.offset_at(at), UtcOffset(-7 * 3600));
    assert!(!Zone::hong_kong().is_lost());
    assert_eq!(Zone::lost("../x", UtcOffset(0)).name(), "Etc/Unknown");
}

#[test]
fn versions_order_by_year_then_letters() {
    use std::cmp::Ordering::*;
    assert_eq!(rules::compare_versions("2025b", "2026f"), Some(Less));
    assert_eq!(rules::compare_versions("2026f", "2026a"), Some(Greater));
    assert_eq!(rules::compare_versions("2026z", "2026aa"), Some(Less));
    assert_eq!(rules::compare_versions("2026f", "2026f"), Some(Equal));
    assert_eq!(rules::compare_versions("bench", "2026f"), None);
    assert!(rules::compare_versions(rules::bundled_version(), "2026f") != Some(Less));
}

#[test]
fn steps_of_any_size_are_refused_never_a_panic() {
    let i: Instant = "2026-03-23T08:00:00Z".parse().unwrap();
    for n in [i64::MAX, i64::MIN, i64::MAX / 1000 + 1, 1 << 62] {
        assert_eq!(i.checked_plus_seconds(n), Err(TimeError::OutOfRange));
        assert_eq!(i.plus_seconds(n), i);
        let d = i.utc_date();
        assert_eq!(d.add_days(n), Err(TimeError::OutOfRange));
        assert_eq!(
            d.at(9, 0).unwrap().plus_minutes(n),
            Err(TimeError::OutOfRange)
        );
    }
    assert_eq!(
        i.checked_plus_seconds(3600).unwrap().to_rfc3339(),
        "2026-03-23T09:00:00Z"
    );
}
