//! Benchmark: export 100,000 hearings (English and Chinese text, three participants each, four
//! zones) from SQLite to one .ics file, as `docket ics export --all` does.
//!
//! Run with `cargo bench -p docket-app --bench ics`. `ICS_BENCH_DB=PATH` keeps the database, so the
//! command line's memory can be measured on it (`/usr/bin/time -v docket --db PATH ics export ...`),
//! and `ICS_BENCH_OUT=PATH` keeps the exported file for the peer comparison
//! (`/usr/bin/python3 tests/interop/peer_bench.py PATH`).

// Benchmark code: a failed unwrap is a failed benchmark set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use docket_app::dto::IcsExportDto;
use docket_domain::case::Case;
use docket_domain::hearing::{
    DerivedStart, Facilities, Hearing, HearingKind, HearingStatus, Site, Venue, VenueKind,
};
use docket_domain::id::Id;
use docket_domain::schedule::{Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Disambiguation, Instant, Zone, ZonedWallTime};
use docket_store::repo::hearings::Details;
use docket_store::{Store, StoreError, repo};
use std::hint::black_box;

const HEARINGS: u128 = 100_000;
const ZONES: [&str; 4] = [
    "Asia/Hong_Kong",
    "Europe/London",
    "America/New_York",
    "Europe/Berlin",
];

fn build(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    let now: Instant = "2026-11-24T02:00:00Z".parse().unwrap();
    let filed: CivilDate = "2026-01-05".parse().unwrap();
    let cases: Vec<Case> = (0..500)
        .map(|i| {
            common::open_case(
                Id::for_testing(i),
                format!("HKIAC-A26{i:04}"),
                Bilingual::new(
                    format!("Harbour Trading {i} v Qianhai Logistics"),
                    "海港貿易 訴 前海物流",
                ),
                filed,
            )
        })
        .collect();
    let venue = Venue {
        id: Id::for_testing(1),
        code: "VC-BENCH".into(),
        name: Bilingual::new("Online (video conference)", "網上（視像會議）"),
        kind: VenueKind::Online,
        site: Site::HongKong,
        zone: Zone::hong_kong(),
        capacity: 300,
        facilities: Facilities::default(),
        hours: None,
        retired_on: None,
    };
    let people: Vec<Participant> = (0..3)
        .map(|k| Participant {
            kind: ParticipantKind::Neutral,
            key: format!("person:p{k}"),
            name: Bilingual::new(format!("Arbitrator {k}, SC"), "陳大文，資深大律師"),
            zone: ZONES[k].parse().unwrap(),
            hours: Hours::ACCEPTABLE,
        })
        .collect();
    store
        .write(|tx| -> Result<(), StoreError> {
            for c in &cases {
                repo::cases::insert(tx, c, now)?;
            }
            repo::venues::insert(tx, &venue)?;
            let start: CivilDate = "2026-01-05".parse().unwrap();
            for i in 0..HEARINGS {
                let zone: Zone = ZONES[(i % 4) as usize].parse().unwrap();
                let day = start.add_days((i % 1500) as i64).unwrap();
                let wall = ZonedWallTime::new(day.at(9 + (i % 8) as u32, 30).unwrap(), zone);
                let Ok(derived) = DerivedStart::derive(&wall, Disambiguation::Compatible) else {
                    continue;
                };
                let h = Hearing {
                    id: Id::for_testing(1_000_000 + i),
                    case_id: cases[(i % 500) as usize].id,
                    kind: HearingKind::EvidentiaryHearing,
                    venue_id: venue.id,
                    start: wall,
                    duration_minutes: 120,
                    derived,
                    status: HearingStatus::Confirmed,
                    ical_uid: format!("h{i}@bay-docket"),
                    sequence: 0,
                };
                let details = Details {
                    language: "English / 普通話".into(),
                    interpretation: "EN ⇄ 粵語".into(),
                    link: Some("https://meet.example/hkiac".into()),
                    ..Details::default()
                };
                repo::hearings::insert_full(tx, &h, &details, &people, now)?;
            }
            Ok(())
        })
        .unwrap();
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = std::env::var_os("ICS_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("ics.sqlite3"));
    if !path.exists() {
        build(&path);
    }
    let app = common::open_app(&path);
    let q = IcsExportDto {
        scope: "all".into(),
        lang: Some("both".into()),
        ..IcsExportDto::default()
    };
    let f = app.export_ics(&q).unwrap();
    eprintln!(
        "{} hearings, {} bytes, lint problems: {}",
        f.hearings,
        f.text.len(),
        f.problems.len()
    );
    if let Some(out) = std::env::var_os("ICS_BENCH_OUT") {
        std::fs::write(out, &f.text).unwrap();
    }
    let mut group = c.benchmark_group("ics");
    group.sample_size(10);
    let file = dir.path().join("centre.ics");
    group.bench_function("export 100,000 hearings from SQLite to a file", |b| {
        b.iter(|| black_box(app.save_ics_as(&q, &file, false).unwrap().bytes))
    });
    group.bench_function("export 100,000 hearings from SQLite into memory", |b| {
        b.iter(|| black_box(app.export_ics(&q).unwrap().text.len()))
    });
    group.bench_function(
        "read and expand the 100,000-event file (import with validation)",
        |b| {
            b.iter(|| {
                let (cals, problems) = docket_ics::read::parse(f.text.as_bytes());
                let from: Instant = "2025-01-01T00:00:00Z".parse().unwrap();
                let until: Instant = "2031-01-01T00:00:00Z".parse().unwrap();
                let n: usize = cals
                    .iter()
                    .map(|c| {
                        docket_ics::expand::expand(c, from, until, Zone::hong_kong())
                            .0
                            .len()
                    })
                    .sum();
                black_box((n, problems.len()))
            })
        },
    );
    group.bench_function("load 100,000 hearings with participants (list)", |b| {
        b.iter(|| black_box(app.list_hearings().unwrap().len()))
    });
    group.bench_function("lint a 124 MB file", |b| {
        b.iter(|| black_box(docket_ics::lint::lint(f.text.as_bytes()).len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
