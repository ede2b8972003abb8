//! Benchmark: every deadline of 10,000 open cases, recomputed on the Hong Kong and Mainland calendars
//! with its explanation (what the Deadlines screen and `docket deadline list` do), and one deadline
//! computed from scratch (the calculator).
//!
//! Run with `cargo bench -p docket-app --bench deadlines`.

// Benchmark code: a failed unwrap is a failed benchmark set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{Criterion, criterion_group, criterion_main};
use docket_app::dto::{DeadlineInputDto, NewCaseDto};
use docket_app::{App, FixedClock, SequentialIds};
use std::hint::black_box;
use std::sync::Arc;

const CASES: usize = 10_000;

/// 10,000 cases across the four models, each moved far enough to carry two or three deadlines.
fn centre() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut app = App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap();
    let models = [
        ("hkiac_arbitration", &["notice_served"][..]),
        (
            "scia_arbitration",
            &["notice_served", "answer_filed", "tribunal_constituted"][..],
        ),
        (
            "hk_mediation_sz_arbitration",
            &[
                "settlement_signed",
                "arbitration_filed",
                "tribunal_constituted",
            ][..],
        ),
        (
            "sz_mediation_hk_arbitration",
            &[
                "settlement_signed",
                "arbitration_filed",
                "tribunal_constituted",
            ][..],
        ),
    ];
    for i in 0..CASES {
        let (model, moves) = models[i % models.len()];
        let reference = format!("BENCH-{i:05}");
        let day = 1 + (i % 25);
        let month = 1 + (i / 25) % 9;
        app.create_case(&NewCaseDto {
            reference: reference.clone(),
            title_en: format!("Claimant {i} v Respondent {i}"),
            model: model.to_owned(),
            filed_on: format!("2026-{month:02}-{day:02}"),
            ..Default::default()
        })
        .unwrap();
        for (k, stage) in moves.iter().enumerate() {
            let date = format!("2026-{month:02}-{:02}", day + k + 1);
            app.advance_case(&reference, stage, &date, "").unwrap();
        }
    }
    app
}

fn bench(c: &mut Criterion) {
    let app = centre();
    let n = app.list_case_deadlines().unwrap().len();
    eprintln!("{CASES} open cases carry {n} deadlines");
    let mut group = c.benchmark_group("deadlines");
    group.sample_size(10);
    group.bench_function(
        "list and explain every deadline of 10,000 open cases",
        |b| b.iter(|| black_box(app.list_case_deadlines().unwrap())),
    );
    group.bench_function("compute one deadline (HKIAC answer, 30 days)", |b| {
        let input = DeadlineInputDto {
            rule: "hkiac".into(),
            trigger: "2026-03-08".into(),
            days: Some(30),
            ..Default::default()
        };
        b.iter(|| black_box(app.compute_deadline(&input).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
