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
    assert!(TZDB_VERSION.starts_with("20"), "{TZDB_VERSION}");
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
