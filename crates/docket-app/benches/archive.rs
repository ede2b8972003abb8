//! Measurement: backup, verify and restore of a centre with 20,000 cases, 20,000 notes and 1 GiB of
//! documents, and search latency over it. Prints the figures (one run: a backup of 1 GiB is not a
//! micro-benchmark).
//!
//! Run with `cargo bench -p docket-app --bench archive` (about 4 GiB of free disk under
//! `BENCH_DIR`, default the system's temporary folder). `ARCHIVE_DOC_MIB=64` makes a smaller run.

// A measurement reads the wall clock; a failed unwrap is a failed set-up.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_methods
)]

use docket_app::dto::{NewCaseDto, NewDocumentDto};
use docket_app::{App, DocumentSource, FixedClock, RandomIds};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CASES: usize = 20_000;
const SURNAMES: [&str; 8] = ["陳", "李", "黃", "張", "Wong", "Chan", "Schmidt", "Souza"];

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let v = f();
    println!("{label}: {}", secs(t.elapsed()));
    v
}

/// Deterministic pseudo-random bytes (xorshift), different for every document.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let path = e.path();
                    if path.is_dir() {
                        dir_size(&path)
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn main() {
    let base = std::env::var_os("BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(base).unwrap();
    let doc_mib: usize = std::env::var("ARCHIVE_DOC_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let db = dir.path().join("docket.sqlite3");
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut app = App::open(&db, Arc::new(FixedClock(now)), Arc::new(RandomIds)).unwrap();
    let models = [
        "hkiac_arbitration",
        "scia_arbitration",
        "hk_mediation_sz_arbitration",
        "sz_mediation_hk_arbitration",
        "hk_mediation",
        "sz_mediation",
    ];
    timed("build: 20,000 cases with a note each", || {
        for i in 0..CASES {
            let reference = format!("BENCH-{i:05}");
            let s = SURNAMES[i % SURNAMES.len()];
            app.create_case(&NewCaseDto {
                reference: reference.clone(),
                title_en: format!("{s} Trading Ltd v Respondent {i}"),
                title_zh: format!("{s}氏貿易有限公司 訴 第{i}號被申請人"),
                model: models[i % models.len()].to_owned(),
                filed_on: format!("2026-{:02}-{:02}", 1 + (i / 28) % 10, 1 + i % 28),
                ..Default::default()
            })
            .unwrap();
            app.add_note(
                &reference,
                &format!("Call with counsel for {s} 先生 about the bundle for hearing {i}; 陳嘉榮 to confirm."),
                false,
                "Bench",
            )
            .unwrap();
        }
    });
    let docs = doc_mib; // one MiB each
    timed(&format!("build: {docs} documents of 1 MiB"), || {
        for i in 0..docs {
            let data = bytes(i as u64 + 1, 1024 * 1024);
            app.add_document(
                &format!("BENCH-{:05}", i * 17 % CASES),
                DocumentSource::Bytes {
                    name: &format!("exhibit-{i}.pdf"),
                    bytes: &data,
                },
                &NewDocumentDto {
                    title: format!("Exhibit C-{i} witness statement"),
                    pages: Some(20),
                    ..Default::default()
                },
            )
            .unwrap();
        }
    });
    println!(
        "database {:.0} MiB, documents {:.0} MiB",
        std::fs::metadata(&db).unwrap().len() as f64 / 1_048_576.0,
        dir_size(&dir.path().join("documents")) as f64 / 1_048_576.0
    );

    // Search: each query 21 times, median and slowest.
    for q in [
        "陈嘉荣",
        "陳",
        "chan trading",
        "witness statement",
        "BENCH-12345",
        "不存在的詞語",
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..21 {
            let t = Instant::now();
            hits = app.search(q).unwrap().len();
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "search {q:?}: median {:.2} ms, max {:.2} ms ({hits} hits shown, at most 50)",
            times[10].as_secs_f64() * 1000.0,
            times[20].as_secs_f64() * 1000.0
        );
    }

    let backup = timed(
        "backup (online copy + documents, archived, verified)",
        || {
            app.create_backup(Some(&dir.path().join("out")), "")
                .unwrap()
        },
    );
    println!(
        "archive {:.0} MiB, {} documents",
        backup.bytes as f64 / 1_048_576.0,
        backup.documents
    );
    timed("verify the archive", || {
        app.verify_backup(Path::new(&backup.path)).unwrap()
    });
    // Restore into a fresh machine: a new folder, no documents yet.
    let fresh = dir.path().join("fresh");
    std::fs::create_dir_all(&fresh).unwrap();
    let mut other = App::open(
        &fresh.join("docket.sqlite3"),
        Arc::new(FixedClock(now)),
        Arc::new(RandomIds),
    )
    .unwrap();
    let restored = timed(
        "restore on a fresh machine (verify, documents, database)",
        || other.restore_backup(Path::new(&backup.path)).unwrap(),
    );
    assert_eq!(restored.cases as usize, CASES);
    timed(
        "restore over existing data (verify, safety backup, database)",
        || app.restore_backup(Path::new(&backup.path)).unwrap(),
    );
}
