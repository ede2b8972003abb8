//! Scheduling across zones in 2026: the daylight-saving table, a weekly series across both change
//! dates, shoulder weeks, the checks, and the slot finder.

use super::series::Weekly;
use super::slots::{self, Infeasible, Outcome, Relaxation, Request, Who};
use super::*;
use crate::deadline::{CalendarEntry, EntryKind};
use crate::time::{Disambiguation, TimeError, ZonedWallTime};
use proptest::prelude::*;

const HK_ROOM: Place = Place::Room(Site::HongKong);
const SZ_ROOM: Place = Place::Room(Site::Shenzhen);

fn z(name: &str) -> Zone {
    name.parse().unwrap()
}

fn at(local: &str, zone: &str) -> Instant {
    ZonedWallTime::new(local.parse().unwrap(), z(zone))
        .resolve(Disambiguation::Reject)
        .unwrap()
        .instant
}

/// (hearing wall time, hearing zone, participant zone, participant's wall time)
const DST_2026: &[(&str, &str, &str, &str)] = &[
    // Berlin: CET until 29 March 01:00 UTC, CEST until 25 October 01:00 UTC.
    (
        "2026-01-15T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-01-15T09:00",
    ),
    (
        "2026-03-27T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-03-27T09:00",
    ),
    (
        "2026-03-30T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-03-30T10:00",
    ),
    (
        "2026-07-15T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-07-15T10:00",
    ),
    (
        "2026-10-23T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-10-23T10:00",
    ),
    (
        "2026-10-26T16:00",
        "Asia/Hong_Kong",
        "Europe/Berlin",
        "2026-10-26T09:00",
    ),
    // London: GMT, then BST from 29 March.
    (
        "2026-03-27T16:00",
        "Asia/Shanghai",
        "Europe/London",
        "2026-03-27T08:00",
    ),
    (
        "2026-03-30T16:00",
        "Asia/Shanghai",
        "Europe/London",
        "2026-03-30T09:00",
    ),
    (
        "2026-10-26T16:00",
        "Asia/Shanghai",
        "Europe/London",
        "2026-10-26T08:00",
    ),
    // New York: EST, EDT from 8 March to 1 November.
    (
        "2026-03-06T21:00",
        "Asia/Hong_Kong",
        "America/New_York",
        "2026-03-06T08:00",
    ),
    (
        "2026-03-09T21:00",
        "Asia/Hong_Kong",
        "America/New_York",
        "2026-03-09T09:00",
    ),
    (
        "2026-10-30T21:00",
        "Asia/Hong_Kong",
        "America/New_York",
        "2026-10-30T09:00",
    ),
    (
        "2026-11-02T21:00",
        "Asia/Hong_Kong",
        "America/New_York",
        "2026-11-02T08:00",
    ),
    // São Paulo: UTC-3 all year since 2019.
    (
        "2026-01-15T20:00",
        "Asia/Shanghai",
        "America/Sao_Paulo",
        "2026-01-15T09:00",
    ),
    (
        "2026-07-15T20:00",
        "Asia/Shanghai",
        "America/Sao_Paulo",
        "2026-07-15T09:00",
    ),
    (
        "2026-11-02T20:00",
        "Asia/Shanghai",
        "America/Sao_Paulo",
        "2026-11-02T09:00",
    ),
    // And back: a Berlin morning seen in Hong Kong.
    (
        "2026-03-27T09:00",
        "Europe/Berlin",
        "Asia/Hong_Kong",
        "2026-03-27T16:00",
    ),
    (
        "2026-03-30T09:00",
        "Europe/Berlin",
        "Asia/Hong_Kong",
        "2026-03-30T15:00",
    ),
];

#[test]
fn every_participant_sees_the_right_hour_through_the_2026_changes() {
    for (local, zone, other, expected) in DST_2026 {
        let seen = at(local, zone).local_in(z(other));
        assert_eq!(seen.to_iso(), *expected, "{local} {zone} in {other}");
    }
}

/// (wall time, zone, "gap" | "fold")
const GAPS_AND_FOLDS_2026: &[(&str, &str, &str)] = &[
    ("2026-03-29T02:30", "Europe/Berlin", "gap"),
    ("2026-03-29T01:30", "Europe/London", "gap"),
    ("2026-03-08T02:30", "America/New_York", "gap"),
    ("2026-10-25T02:30", "Europe/Berlin", "fold"),
    ("2026-10-25T01:30", "Europe/London", "fold"),
    ("2026-11-01T01:30", "America/New_York", "fold"),
];

#[test]
fn a_time_in_a_gap_or_fold_is_a_question_not_a_guess() {
    for (local, zone, what) in GAPS_AND_FOLDS_2026 {
        let r = ZonedWallTime::new(local.parse().unwrap(), z(zone)).resolve(Disambiguation::Reject);
        match (what, r) {
            (&"gap", Err(TimeError::NonexistentLocalTime { .. })) => {}
            (&"fold", Err(TimeError::AmbiguousLocalTime { .. })) => {}
            (_, other) => panic!("{local} {zone}: expected a {what}, got {other:?}"),
        }
    }
    // São Paulo has no daylight saving any more: its old change dates are ordinary.
    for local in ["2026-11-01T00:30", "2026-02-15T23:30"] {
        assert!(
            ZonedWallTime::new(local.parse().unwrap(), z("America/Sao_Paulo"))
                .resolve(Disambiguation::Reject)
                .is_ok()
        );
    }
}

#[test]
fn a_weekly_series_keeps_its_hong_kong_hour_while_new_york_and_berlin_move() {
    let series = Weekly {
        first: ZonedWallTime::new("2026-03-05T21:00".parse().unwrap(), Zone::hong_kong()),
        count: 6,
        exceptions: vec!["2026-03-19".parse().unwrap()],
        moved: vec![(
            "2026-04-09".parse().unwrap(),
            "2026-04-10T20:00".parse().unwrap(),
        )],
    };
    let seen: Vec<(String, String, String)> = series
        .occurrences()
        .unwrap()
        .iter()
        .map(|o| {
            let i = o.resolve(Disambiguation::Reject).unwrap().instant;
            (
                o.local.to_iso(),
                i.local_in(z("America/New_York")).to_iso(),
                i.local_in(z("Europe/Berlin")).to_iso(),
            )
        })
        .collect();
    let expected = [
        ("2026-03-05T21:00", "2026-03-05T08:00", "2026-03-05T14:00"),
        ("2026-03-12T21:00", "2026-03-12T09:00", "2026-03-12T14:00"),
        ("2026-03-26T21:00", "2026-03-26T09:00", "2026-03-26T14:00"),
        ("2026-04-02T21:00", "2026-04-02T09:00", "2026-04-02T15:00"),
        ("2026-04-10T20:00", "2026-04-10T08:00", "2026-04-10T14:00"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn shoulder_weeks_are_the_weeks_around_a_clock_change() {
    let hk = Zone::hong_kong();
    let usual = shoulder(
        at("2026-03-30T16:00", "Asia/Hong_Kong"),
        hk,
        z("Europe/Berlin"),
    );
    assert_eq!(
        usual.map(|l| l.to_iso()).as_deref(),
        Some("2026-03-23T09:00")
    );
    assert!(
        shoulder(
            at("2026-03-16T16:00", "Asia/Hong_Kong"),
            hk,
            z("Europe/Berlin")
        )
        .is_none()
    );
    assert!(
        shoulder(
            at("2026-03-10T21:00", "Asia/Hong_Kong"),
            hk,
            z("America/New_York")
        )
        .is_some()
    );
    assert!(
        shoulder(
            at("2026-03-30T16:00", "Asia/Hong_Kong"),
            hk,
            z("America/Sao_Paulo")
        )
        .is_none()
    );
    assert!(
        shoulder(
            at("2026-03-30T16:00", "Asia/Hong_Kong"),
            hk,
            z("Asia/Shanghai")
        )
        .is_none()
    );
}

fn person(key: &str, zone: &str) -> Participant {
    Participant {
        kind: ParticipantKind::Neutral,
        key: key.into(),
        name: Bilingual::new(key, ""),
        zone: z(zone),
        hours: Hours::ACCEPTABLE,
    }
}

fn venue(n: u128) -> VenueId {
    VenueId::for_testing(n)
}

/// Another case's hearing with neutral `a`, 09:00–11:00 Shenzhen time on 10 June 2026.
fn shenzhen_morning(venue: VenueId, place: Place) -> Booked {
    Booked {
        id: HearingId::for_testing(9),
        case_reference: "SCIA-2026-0142".into(),
        venue,
        place,
        start: at("2026-06-10T09:00", "Asia/Shanghai").unix_seconds(),
        end: at("2026-06-10T11:00", "Asia/Shanghai").unix_seconds(),
        participants: vec!["neutral:a".into()],
    }
}

fn proposed(start: &str, zone: &str, kind: Place, people: Vec<Participant>) -> Proposed {
    Proposed {
        id: None,
        start: at(start, zone),
        minutes: 120,
        zone: z(zone),
        venue: venue(if kind == SZ_ROOM { 2 } else { 1 }),
        place: kind,
        venue_hours: None,
        participants: people,
    }
}

fn calendars() -> Vec<HolidayCalendar> {
    let e = |d: &str, kind, name: &str| CalendarEntry {
        date: d.parse().unwrap(),
        kind,
        name: Bilingual::new(name, ""),
        source: String::new(),
    };
    vec![
        HolidayCalendar::new(
            Jurisdiction::HongKong,
            [2026],
            [e("2026-10-01", EntryKind::DayOff, "National Day")],
        ),
        HolidayCalendar::new(
            Jurisdiction::Mainland,
            [2026],
            [
                e("2026-10-01", EntryKind::DayOff, "National Day"),
                e("2026-02-28", EntryKind::MakeUpWorkday, "Spring Festival"),
            ],
        ),
    ]
}

fn codes(p: &Proposed, ctx: &Context<'_>) -> Vec<&'static str> {
    check(p, ctx).unwrap().iter().map(Finding::code).collect()
}

#[test]
fn the_checks_find_each_kind_of_problem() {
    let cals = calendars();
    let other = shenzhen_morning(venue(2), SZ_ROOM);
    let nearby = [other];
    let ctx = Context {
        nearby: &nearby,
        calendars: &cals,
        travel_buffer_minutes: 90,
        ..Context::default()
    };
    let hk = |t: &str, who: &str| {
        proposed(
            t,
            "Asia/Hong_Kong",
            HK_ROOM,
            vec![person(who, "Asia/Hong_Kong")],
        )
    };
    let sz = |t: &str, who: &str| {
        proposed(
            t,
            "Asia/Shanghai",
            SZ_ROOM,
            vec![person(who, "Asia/Hong_Kong")],
        )
    };
    assert_eq!(
        codes(&sz("2026-06-10T10:00", "neutral:b"), &ctx),
        ["room_double_booked"]
    );
    assert_eq!(
        codes(&hk("2026-06-10T10:00", "neutral:a"), &ctx),
        ["person_double_booked"]
    );
    // Shenzhen until 11:00, Hong Kong from 12:00: an hour is not enough to cross the border.
    assert_eq!(
        codes(&hk("2026-06-10T12:00", "neutral:a"), &ctx),
        ["travel_too_tight"]
    );
    assert!(codes(&hk("2026-06-10T13:00", "neutral:a"), &ctx).is_empty());
    // Holidays on the venue's side; a Mainland make-up Saturday is a working day.
    assert_eq!(
        codes(&hk("2026-10-01T10:00", "neutral:c"), &ctx),
        ["holiday"]
    );
    assert_eq!(
        codes(&sz("2026-10-01T10:00", "neutral:c"), &ctx),
        ["holiday"]
    );
    assert!(codes(&sz("2026-02-28T10:00", "neutral:c"), &ctx).is_empty());
    assert_eq!(
        codes(&sz("2026-03-07T10:00", "neutral:c"), &ctx),
        ["holiday"]
    );
    // A Shenzhen morning is night in São Paulo.
    let late = proposed(
        "2026-06-10T10:00",
        "Asia/Shanghai",
        SZ_ROOM,
        vec![person("party:x", "America/Sao_Paulo")],
    );
    assert_eq!(
        codes(
            &late,
            &Context {
                calendars: &cals,
                ..Context::default()
            }
        ),
        ["outside_hours"]
    );
    // A Berlin participant the week after Europe's change.
    let berlin = proposed(
        "2026-03-30T16:00",
        "Asia/Hong_Kong",
        Place::Online,
        vec![person("neutral:d", "Europe/Berlin")],
    );
    assert_eq!(
        codes(
            &berlin,
            &Context {
                calendars: &cals,
                ..Context::default()
            }
        ),
        ["shoulder_week"]
    );
    // Unavailability.
    let away = [(
        "neutral:c".to_owned(),
        Busy {
            start: at("2026-06-01T00:00", "Asia/Hong_Kong").unix_seconds(),
            end: at("2026-06-20T00:00", "Asia/Hong_Kong").unix_seconds(),
        },
        "Leave".to_owned(),
    )];
    let ctx2 = Context {
        calendars: &cals,
        unavailable: &away,
        ..Context::default()
    };
    assert_eq!(
        codes(&hk("2026-06-10T10:00", "neutral:c"), &ctx2),
        ["unavailable"]
    );
}

#[test]
fn a_hearing_outside_the_rooms_hours_is_a_warning_in_the_hearings_zone() {
    let cals = calendars();
    let ctx = Context {
        calendars: &cals,
        ..Context::default()
    };
    let room = |t: &str, minutes: u32| Proposed {
        minutes,
        venue_hours: Some(Hours::OFFICE),
        ..proposed(t, "Asia/Hong_Kong", HK_ROOM, vec![])
    };
    assert!(codes(&room("2026-06-10T09:00", 540), &ctx).is_empty());
    let late = check(&room("2026-06-10T16:30", 120), &ctx).unwrap();
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].code(), "outside_venue_hours");
    assert_eq!(late[0].severity(), Severity::Warn);
    assert_eq!(
        codes(&room("2026-06-10T08:30", 60), &ctx),
        ["outside_venue_hours"]
    );
    // Past midnight is never within the day's hours.
    assert_eq!(
        codes(&room("2026-06-10T23:00", 120), &ctx),
        ["outside_venue_hours"]
    );
}

#[test]
fn a_room_in_another_city_follows_the_side_of_its_zone_and_crosses_no_border() {
    let cals = calendars();
    let guangzhou = Place::Room(Site::Other);
    assert_eq!(
        venue_jurisdiction(guangzhou, z("Asia/Shanghai")),
        Some(Jurisdiction::Mainland)
    );
    assert_eq!(venue_jurisdiction(guangzhou, z("Asia/Macau")), None);
    let ctx = Context {
        calendars: &cals,
        ..Context::default()
    };
    assert_eq!(
        codes(
            &proposed("2026-10-01T10:00", "Asia/Shanghai", guangzhou, vec![]),
            &ctx
        ),
        ["holiday"]
    );
    let other = shenzhen_morning(venue(7), guangzhou);
    let nearby = [other];
    let ctx = Context {
        nearby: &nearby,
        calendars: &cals,
        travel_buffer_minutes: 90,
        ..Context::default()
    };
    let hk = proposed(
        "2026-06-10T11:30",
        "Asia/Hong_Kong",
        HK_ROOM,
        vec![person("neutral:a", "Asia/Hong_Kong")],
    );
    assert!(codes(&hk, &ctx).is_empty());
}

#[test]
fn signal_8_at_six_adjourns_the_morning_and_black_rain_at_eleven_the_afternoon() {
    let cals = calendars();
    let ev = |kind, from: &str, to: &str| WeatherEvent {
        kind,
        start: at(from, "Asia/Hong_Kong"),
        end: at(to, "Asia/Hong_Kong"),
    };
    let typhoon = [ev(
        WeatherKind::Signal8,
        "2026-09-15T03:00",
        "2026-09-15T10:00",
    )];
    let ctx = Context {
        calendars: &cals,
        weather: &typhoon,
        ..Context::default()
    };
    let hk = |t: &str| proposed(t, "Asia/Hong_Kong", HK_ROOM, vec![]);
    assert_eq!(codes(&hk("2026-09-15T10:00"), &ctx), ["weather"]);
    assert!(codes(&hk("2026-09-15T14:30"), &ctx).is_empty());
    let rain = [ev(
        WeatherKind::BlackRain,
        "2026-09-16T09:00",
        "2026-09-16T12:00",
    )];
    let ctx = Context {
        calendars: &cals,
        weather: &rain,
        ..Context::default()
    };
    assert_eq!(codes(&hk("2026-09-16T14:30"), &ctx), ["weather"]);
    // Shenzhen rooms do not follow the Hong Kong Judiciary.
    let sz = proposed("2026-09-16T14:30", "Asia/Shanghai", SZ_ROOM, vec![]);
    assert!(codes(&sz, &ctx).is_empty());
}

#[test]
fn the_slot_finder_sweeps_busy_times_and_ranks_preferred_hours_first() {
    let people = [
        person("neutral:hk", "Asia/Hong_Kong"),
        person("neutral:berlin", "Europe/Berlin"),
    ];
    let berlin_busy = vec![Busy {
        start: at("2026-06-15T15:00", "Asia/Hong_Kong").unix_seconds(),
        end: at("2026-06-15T15:30", "Asia/Hong_Kong").unix_seconds(),
    }];
    let busy = [vec![], berlin_busy];
    let req = Request {
        zone: Zone::hong_kong(),
        window: Hours::OFFICE,
        minutes: 60,
        from: "2026-06-15".parse().unwrap(),
        until: "2026-06-16".parse().unwrap(),
        step_minutes: 30,
        participants: &people,
        busy: &busy,
        room: &[],
        calendar: None,
        count: 3,
    };
    let Outcome::Slots(found) = slots::find(&req).unwrap() else {
        panic!("expected slots");
    };
    let starts: Vec<String> = found
        .iter()
        .map(|s| s.start.local_in(Zone::hong_kong()).to_iso())
        .collect();
    // Berlin accepts from 08:00 (14:00 HK, CEST); 15:00–15:30 is taken. 16:00 HK is 10:00 in Berlin.
    assert_eq!(
        starts,
        ["2026-06-15T15:30", "2026-06-15T16:00", "2026-06-15T14:00"]
    );
    assert_eq!(
        found[2].outside_preferred,
        vec![1],
        "08:00 in Berlin is before 09:00"
    );
}

#[test]
fn when_no_slot_can_exist_the_finder_says_why_and_what_would_help() {
    let people = [person("party:sp", "America/Sao_Paulo")];
    let busy = [vec![]];
    let req = Request {
        zone: Zone::shanghai(),
        window: Hours::OFFICE,
        minutes: 60,
        from: "2026-06-15".parse().unwrap(),
        until: "2026-06-19".parse().unwrap(),
        step_minutes: 30,
        participants: &people,
        busy: &busy,
        room: &[],
        calendar: None,
        count: 5,
    };
    let Outcome::None(Infeasible::Hours { conflicts, relax }) = slots::find(&req).unwrap() else {
        panic!("expected an explanation");
    };
    assert_eq!(conflicts, vec![(Who::Venue, Who::Participant(0))]);
    // Shenzhen closes at 18:00 = 07:00 in São Paulo: starting at 06:00 there would fit.
    assert!(
        relax.contains(&Relaxation::StartEarlier {
            who: Who::Participant(0),
            from: 6 * 60
        }),
        "{relax:?}"
    );
    assert!(
        relax.contains(&Relaxation::HearingZone {
            zone: z("Europe/London")
        }),
        "{relax:?}"
    );
}

proptest! {
    /// Outside gaps and folds, a wall time survives the round trip through its instant.
    #[test]
    fn local_to_instant_to_local_is_stable(minute in 0u32..(365 * 24 * 60), zi in 0usize..6) {
        let zones = ["Europe/Berlin", "Europe/London", "America/New_York", "America/Sao_Paulo", "Asia/Hong_Kong", "Asia/Shanghai"];
        let zone = z(zones[zi]);
        let start: CivilDate = "2026-01-01".parse().unwrap();
        let local = start.at(0, 0).unwrap().plus_minutes(i64::from(minute)).unwrap();
        if let Ok(r) = ZonedWallTime::new(local, zone).resolve(Disambiguation::Reject) {
            prop_assert_eq!(r.instant.local_in(zone), local);
        }
    }
}
