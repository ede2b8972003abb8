//! `docket deadline compute | list`: the due date with its steps (as JSON too), refusals that name
//! the problem, and a deadline that falls into a year whose holidays are only estimated.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, json, ok, refused};
use std::path::Path;
use std::process::Output;

/// `docket deadline compute --rule RULE --from FROM --days DAYS EXTRA…`.
fn compute(db: &Path, rule: &str, from: &str, days: &str, extra: &[&str]) -> Output {
    let args = [
        "deadline", "compute", "--rule", rule, "--from", from, "--days", days,
    ];
    docket(db, &[&args[..], extra].concat())
}

#[test]
fn deadline_compute_prints_the_due_date_and_steps_as_json() {
    let (_dir, db) = centre();
    let v = json(compute(&db, "hkiac", "2026-03-08", "30", &["--json"]));
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
    let (_dir, db) = centre();
    refused(
        &compute(&db, "hk-ordinance", "2026-04-02", "-3", &[]),
        &["Period must be between 1 and 3650"],
    );
    refused(
        &compute(&db, "scia", "2035-12-20", "15", &[]),
        &["No holiday data for 2036 in the Mainland calendar"],
    );
    refused(
        &compute(&db, "nope", "2026-02-30", "3", &[]),
        &["Rule set", "Trigger date"],
    );
}

#[test]
fn a_deadline_into_an_estimated_year_says_so_in_words_and_in_json() {
    let (_dir, db) = centre();
    let text = ok(compute(&db, "scia", "2027-01-20", "16", &[]));
    assert!(text.contains("Due 2027-02-09"), "{text}");
    assert!(
        text.contains(
            "the State Council's 2027 notice can add bridge days and weekend make-up working days"
        ),
        "{text}"
    );
    let computed = json(compute(&db, "scia", "2027-01-20", "16", &["--json"]));
    assert_eq!(computed["estimated"], true);
    assert_eq!(computed["estimate"]["years"][0]["calendar"], "CN");
    assert_eq!(computed["estimate"]["years"][0]["year"], 2027);
    let status = json(docket(&db, &["holidays", "status", "--json"]));
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
