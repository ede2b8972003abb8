//! Hostile input on the command line: out-of-range dates, unsafe references, far filing dates and
//! over-long series are refused with the field named (exit code 2), and nothing is stored.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

mod common;
use common::docket;

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn add_case(db: &Path, reference: &str, filed_on: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "cases",
        "add",
        "--reference",
        reference,
        "--title-en",
        "Kowloon Textiles Ltd v Futian Trading Co.",
        "--model",
        "hkiac_arbitration",
        "--filed-on",
        filed_on,
    ];
    args.extend_from_slice(extra);
    docket(db, &args)
}

#[test]
fn cases_with_impossible_dates_or_references_are_refused_and_a_far_date_needs_yes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = add_case(&db, "HK-1", "9999-12-31", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("Filing date"), "{}", text(&o));
    let o = add_case(&db, "../../x", "2026-01-05", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("Case reference"), "{}", text(&o));
    let o = add_case(&db, "HK-1", "1985-01-02", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("--yes"), "{}", text(&o));
    let o = docket(&db, &["cases", "list", "--json"]);
    assert_eq!(text(&o).trim(), "[]");
    let o = add_case(&db, "HK-1", "1985-01-02", &["--yes"]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn a_series_of_100000_weeks_is_refused_with_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(&db, &["demo", "load"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = docket(&db, &["cases", "list", "--json"]);
    let cases: serde_json::Value =
        serde_json::from_str(&String::from_utf8_lossy(&o.stdout)).unwrap();
    let reference = cases[0]["reference"].as_str().unwrap().to_owned();
    let before = docket(&db, &["hearings", "list", "--json"]);
    let o = docket(
        &db,
        &[
            "hearings",
            "add",
            "--case",
            &reference,
            "--start",
            "2027-01-12T10:00",
            "--zone",
            "Asia/Hong_Kong",
            "--weeks",
            "100000",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("Weeks"), "{}", text(&o));
    assert!(text(&o).contains("104"), "{}", text(&o));
    let after = docket(&db, &["hearings", "list", "--json"]);
    assert_eq!(before.stdout, after.stdout);
}
