//! `docket deadline compute | list`: the due date with its steps (as JSON too), refusals that name
//! the problem, and a deadline that falls into a year whose holidays are only estimated.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, ok, stderr, stdout};

#[test]
fn deadline_compute_prints_the_due_date_and_steps_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "hkiac",
            "--from",
            "2026-03-08",
            "--days",
            "30",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["due"], "2026-04-08");
    let steps = v["steps"].as_array().unwrap();
    assert!(
        steps
            .iter()
            .any(|s| s["kind"] == "rolled" && s["date"] == "2026-04-07")
    );
}

#[test]
fn deadline_refusals_name_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "hk-ordinance",
            "--from",
            "2026-04-02",
            "--days",
            "-3",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Period must be between 1 and 3650"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "scia",
            "--from",
            "2035-12-20",
            "--days",
            "15",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("No holiday data for 2036 in the Mainland calendar"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "nope",
            "--from",
            "2026-02-30",
            "--days",
            "3",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Rule set") && stderr(&o).contains("Trigger date"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_deadline_into_an_estimated_year_says_so_in_words_and_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let args = [
        "deadline",
        "compute",
        "--rule",
        "scia",
        "--from",
        "2027-01-20",
        "--days",
        "16",
    ];
    let text = ok(docket(&db, &args));
    assert!(text.contains("Due 2027-02-09"), "{text}");
    assert!(
        text.contains(
            "the State Council's 2027 notice can add bridge days and weekend make-up working days"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(docket(&db, &[&args[..], &["--json"]].concat()))).unwrap();
    assert_eq!(json["estimated"], true);
    assert_eq!(json["estimate"]["years"][0]["calendar"], "CN");
    assert_eq!(json["estimate"]["years"][0]["year"], 2027);
    let status: serde_json::Value =
        serde_json::from_str(&ok(docket(&db, &["holidays", "status", "--json"]))).unwrap();
    assert_eq!(
        status["calendars"][0]["officialYears"],
        serde_json::json!([2024, 2025, 2026])
    );
    assert_eq!(status["calendars"][1]["estimatedYears"][0], 2027);
    let listed = ok(docket(
        &db,
        &["holidays", "list", "--calendar", "HK", "--year", "2027"],
    ));
    assert!(listed.contains("2027-12-27"), "{listed}");
    assert!(listed.contains("have not been gazetted"), "{listed}");
}
