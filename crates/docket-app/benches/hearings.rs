//! Benchmarks: the slot finder for 7 participants with 2,000 busy periods each over a year (in memory,
//! and through the app including loading the busy times from SQLite), and the double-booking query
//! for one hearing against 1,000,000 stored hearings.
//!
//! Run with `cargo bench -p docket-app --bench schedule`. Medians are criterion's; p95 is printed from
//! the raw samples at the end.

// Benchmark code: a failed unwrap is a failed benchmark set-up.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_methods
)]

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use docket_app::dto::{ParticipantInputDto, SlotQueryDto};
use docket_domain::case::Case;
use docket_domain::hearing::{
    DerivedStart, Facilities, Hearing, HearingKind, HearingStatus, Site, Venue, VenueKind,
};
use docket_domain::id::Id;
use docket_domain::schedule::slots::{self, Request};
use docket_domain::schedule::{Busy, Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Disambiguation, Instant, Zone, ZonedWallTime};
use docket_store::repo::hearings::Details;
use docket_store::{Store, StoreError, repo};
use std::hint::black_box;

const ZONES: [&str; 7] = [
    "Asia/Hong_Kong",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Europe/Berlin",
    "Europe/London",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
];

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn participants() -> Vec<Participant> {
    ZONES
        .iter()
        .enumerate()
        .map(|(i, z)| Participant {
            kind: ParticipantKind::Other,
            key: format!("person:p{i}"),
            name: Bilingual::new(format!("P{i}"), ""),
            zone: z.parse().unwrap(),
            hours: Hours::ACCEPTABLE,
        })
        .collect()
}

/// 2,000 busy periods per participant over 2027, 30 minutes to 3 hours, in their local daytime.
fn busy() -> Vec<Vec<Busy>> {
    let mut rng = Lcg(7);
    let start = Instant::from_utc("2027-01-01".parse().unwrap(), 0, 0)
        .unwrap()
        .unix_seconds();
    (0..ZONES.len())
        .map(|_| {
            let mut v: Vec<Busy> = (0..2_000)
                .map(|_| {
                    let s = start + (rng.next(365 * 48) as i64) * 1800;
                    Busy {
                        start: s,
                        end: s + (1 + rng.next(6) as i64) * 1800,
                    }
                })
                .collect();
            v.sort();
            v
        })
        .collect()
}

fn request<'a>(people: &'a [Participant], busy: &'a [Vec<Busy>]) -> Request<'a> {
    Request {
        zone: Zone::hong_kong(),
        window: Hours::OFFICE,
        minutes: 60,
        from: "2027-01-04".parse().unwrap(),
        until: "2027-12-31".parse().unwrap(),
        step_minutes: 30,
        participants: people,
        busy,
        room: &[],
        calendar: None,
        count: 10,
    }
}

fn case(n: u128) -> Case {
    let filed: CivilDate = "2026-01-05".parse().unwrap();
    common::open_case(
        Id::for_testing(n),
        format!("BENCH-{n}"),
        Bilingual::new("Bench", ""),
        filed,
    )
}

fn venue(n: u128) -> Venue {
    Venue {
        id: Id::for_testing(n),
        code: format!("ROOM-{n}"),
        name: Bilingual::new(format!("Room {n}"), ""),
        kind: VenueKind::Room,
        site: if n.is_multiple_of(2) {
            Site::HongKong
        } else {
            Site::Shenzhen
        },
        zone: Zone::hong_kong(),
        capacity: 20,
        facilities: Facilities::default(),
        hours: None,
        retired_on: None,
    }
}

fn hearing(id: u128, case: &Case, venue: &Venue, start: Instant, minutes: u32) -> Hearing {
    let local = start.local_in(Zone::hong_kong());
    let wall = ZonedWallTime::new(local, Zone::hong_kong());
    Hearing {
        id: Id::for_testing(id),
        case_id: case.id,
        kind: HearingKind::EvidentiaryHearing,
        venue_id: venue.id,
        start: wall,
        duration_minutes: minutes,
        derived: DerivedStart::derive(&wall, Disambiguation::Compatible).unwrap(),
        status: HearingStatus::Confirmed,
        ical_uid: format!("{id}@bench"),
        sequence: 0,
    }
}

/// The seven participants' busy periods stored as hearings (one room-less online venue).
fn busy_centre(path: &std::path::Path, people: &[Participant], busy: &[Vec<Busy>]) {
    let mut store = Store::open(path).unwrap();
    let now: Instant = "2026-11-24T02:00:00Z".parse().unwrap();
    let c = case(1);
    let online = Venue {
        kind: VenueKind::Online,
        code: "VC-BENCH".into(),
        ..venue(1)
    };
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::cases::insert(tx, &c, now)?;
            repo::venues::insert(tx, &online)?;
            let mut n = 1000;
            for (p, list) in people.iter().zip(busy) {
                for b in list {
                    n += 1;
                    let start = Instant::from_unix_seconds(b.start).unwrap();
                    let h = hearing(n, &c, &online, start, ((b.end - b.start) / 60) as u32);
                    repo::hearings::insert_full(
                        tx,
                        &h,
                        &Details::default(),
                        std::slice::from_ref(p),
                        now,
                    )?;
                }
            }
            Ok(())
        })
        .unwrap();
}

/// 1,000,000 hearings in 50 rooms over ten years, each with three participants out of 20,000.
fn million(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    let now: Instant = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut rng = Lcg(11);
    let cases: Vec<Case> = (0..1000).map(|i| case(10_000 + i)).collect();
    let rooms: Vec<Venue> = (0..50).map(|i| venue(100 + i)).collect();
    let start = Instant::from_utc("2020-01-01".parse().unwrap(), 0, 0)
        .unwrap()
        .unix_seconds();
    store
        .write(|tx| -> Result<(), StoreError> {
            for c in &cases {
                repo::cases::insert(tx, c, now)?;
            }
            for r in &rooms {
                repo::venues::insert(tx, r)?;
            }
            for i in 0..1_000_000u64 {
                let s = start + (rng.next(10 * 365 * 48) as i64) * 1800;
                let h = hearing(
                    1_000_000 + u128::from(i),
                    &cases[rng.next(1000) as usize],
                    &rooms[rng.next(50) as usize],
                    Instant::from_unix_seconds(s).unwrap(),
                    60 + 30 * rng.next(6) as u32,
                );
                let people: Vec<Participant> = (0..3)
                    .map(|_| Participant {
                        kind: ParticipantKind::Neutral,
                        key: format!("neutral:{}", rng.next(20_000)),
                        name: Bilingual::new("N", ""),
                        zone: Zone::hong_kong(),
                        hours: Hours::ACCEPTABLE,
                    })
                    .collect::<Vec<_>>();
                let mut unique = people.clone();
                unique.sort_by(|a, b| a.key.cmp(&b.key));
                unique.dedup_by(|a, b| a.key == b.key);
                repo::hearings::insert_full(tx, &h, &Details::default(), &unique, now)?;
            }
            Ok(())
        })
        .unwrap();
}

fn bench(c: &mut Criterion) {
    let people = participants();
    let busy = busy();
    let mut group = c.benchmark_group("schedule");
    group.bench_function(
        "slot finder, 7 people x 2,000 busy periods, first 10 (in memory)",
        |b| b.iter(|| black_box(slots::find(&request(&people, &busy)).unwrap())),
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.sqlite3");
    busy_centre(&path, &people, &busy);
    let app = common::open_app(&path);
    let query = SlotQueryDto {
        participants: people
            .iter()
            .map(|p| ParticipantInputDto {
                kind: "other".into(),
                name: Some(p.name.en.clone()),
                zone: Some(p.zone.name().into()),
                ..ParticipantInputDto::default()
            })
            .collect(),
        minutes: 60,
        zone: Some("Asia/Hong_Kong".into()),
        venue_code: Some("ONLINE".into()),
        from: "2027-01-04".into(),
        to: "2027-12-31".into(),
        window: None,
        count: Some(10),
    };
    let found = app.find_slots(&query).unwrap();
    eprintln!(
        "first slot {} ({} found)",
        found.slots[0].starts_local,
        found.slots.len()
    );
    group.bench_function(
        "slot finder through the app, busy times loaded from SQLite",
        |b| b.iter(|| black_box(app.find_slots(&query).unwrap())),
    );

    if std::env::var_os("BENCH_SKIP_MILLION").is_some() {
        group.finish();
        return;
    }
    let path = dir.path().join("million.sqlite3");
    let t = std::time::Instant::now();
    million(&path);
    eprintln!(
        "1,000,000 hearings stored in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let store = Store::open(&path).unwrap();
    let start: Instant = "2025-06-10T02:00:00Z".parse().unwrap();
    let end = start.plus_seconds(3 * 3600);
    let keys = vec![
        "neutral:17".to_owned(),
        "neutral:4242".to_owned(),
        "neutral:19999".to_owned(),
    ];
    let room = Id::for_testing(117);
    let n = store
        .read(|c| repo::hearings::nearby(c, room, &keys, start, end, 90 * 60))
        .unwrap()
        .len();
    eprintln!("{n} hearings near the proposed one");
    group.bench_function("double-booking query against 1,000,000 hearings", |b| {
        b.iter(|| {
            black_box(
                store
                    .read(|c| repo::hearings::nearby(c, room, &keys, start, end, 90 * 60))
                    .unwrap(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
