//! Benchmark: spreadsheets in and out. The preview and the commit of a 2,078-row neutrals `.xlsx`
//! (a large centre's whole roster) on an empty centre, and the export of a 20,000-case register
//! as `.xlsx` and CSV.
//!
//! Run with `cargo bench -p docket-app --bench sheets`.

// Benchmark code: a failed unwrap is a failed benchmark set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use docket_app::dto::{ExportKindDto, SheetFormatDto, SheetKindDto};
use docket_app::{App, FixedClock, SequentialIds};
use rust_xlsxwriter::Workbook;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const NEUTRALS: usize = 2_078;
const CASES: usize = 20_000;

fn app() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}

/// A roster sheet headed by machine keys, every column filled.
fn neutrals_xlsx() -> Vec<u8> {
    let headings = [
        "name_en",
        "name_zh",
        "roles",
        "titles",
        "date_of_birth",
        "nationality",
        "languages",
        "admissions",
        "panels",
        "home_zone",
        "email",
        "phone",
        "rate_amount",
        "rate_currency",
        "max_concurrent",
        "notes",
    ];
    let zones = [
        "Asia/Hong_Kong",
        "Asia/Shanghai",
        "Europe/London",
        "Asia/Singapore",
    ];
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in headings.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for i in 0..NEUTRALS {
        let r = i as u32 + 1;
        let cells = [
            format!("Neutral {i}"),
            format!("仲裁员{i}"),
            ["mediator", "arbitrator", "both"][i % 3].to_owned(),
            "FCIArb".to_owned(),
            format!("19{:02}-0{}-1{}", 50 + i % 40, 1 + i % 9, i % 10),
            ["HK", "CN;HK", "GB", "SG"][i % 4].to_owned(),
            "yue:native;en:fluent;cmn:working".to_owned(),
            "Hong Kong Bar".to_owned(),
            "hkiac_panel:2024-01-01:2027-12-31".to_owned(),
            zones[i % 4].to_owned(),
            format!("neutral{i}@chambers.example"),
            "+852 2525 2381".to_owned(),
            format!("{}", 3_000 + i % 50 * 100),
            "HKD".to_owned(),
            format!("{}", 1 + i % 10),
            "Imported".to_owned(),
        ];
        for (c, v) in cells.iter().enumerate() {
            sheet.write_string(r, c as u16, v).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// A centre with `CASES` open cases, imported from a generated CSV.
fn register() -> App {
    let mut csv = String::from("reference,title_en,model,filed_on,amount,currency\r\n");
    for i in 0..CASES {
        let model = ["hkiac_arbitration", "scia_arbitration", "hk_mediation"][i % 3];
        csv.push_str(&format!(
            "BENCH-{i:05},Claimant {i} v Respondent {i},{model},2026-{:02}-{:02},{},HKD\r\n",
            1 + i % 10,
            1 + i % 28,
            100_000 + i * 10,
        ));
    }
    let mut app = app();
    let report = app
        .commit_import(SheetKindDto::Cases, csv.as_bytes())
        .unwrap();
    assert!(report.committed, "{:?}", report.problems.first());
    app
}

fn bench(c: &mut Criterion) {
    let file = neutrals_xlsx();
    let mut g = c.benchmark_group("sheets");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("preview 2078 neutrals xlsx", |b| {
        let app = app();
        b.iter(|| {
            let r = app.preview_import(SheetKindDto::Neutrals, &file).unwrap();
            assert_eq!(r.created as usize, NEUTRALS, "{:?}", r.problems.first());
            black_box(r)
        })
    });
    g.bench_function("commit 2078 neutrals xlsx", |b| {
        b.iter_batched(
            app,
            |mut app| {
                let r = app.commit_import(SheetKindDto::Neutrals, &file).unwrap();
                assert!(r.committed);
                black_box(r)
            },
            BatchSize::PerIteration,
        )
    });
    let centre = register();
    for format in [SheetFormatDto::Xlsx, SheetFormatDto::Csv] {
        g.bench_function(format!("export 20000-case register {format:?}"), |b| {
            b.iter(|| {
                let (bytes, rows) = centre
                    .export_sheet_bytes(ExportKindDto::Cases, format, None, None)
                    .unwrap();
                assert_eq!(rows, CASES);
                black_box(bytes)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
