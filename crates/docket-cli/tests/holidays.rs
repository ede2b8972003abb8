//! `docket holidays list`: a Mainland year's days off and make-up working days.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, stderr, stdout};

#[test]
fn holidays_list_shows_make_up_working_days() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "holidays",
            "list",
            "--calendar",
            "CN",
            "--year",
            "2026",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let make_up: Vec<&str> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["working"] == true)
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        make_up,
        [
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10"
        ]
    );
}
