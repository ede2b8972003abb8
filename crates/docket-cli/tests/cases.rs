//! `docket cases`: a case opened, moved through its stages in order, and shown with its deadlines.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, stderr, stdout};

#[test]
fn a_case_is_opened_advanced_in_order_and_shown_with_its_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "cases",
            "add",
            "--reference",
            "HKIAC-A26777",
            "--title-en",
            "Lantau Energy v Guangming",
            "--model",
            "hkiac_arbitration",
            "--filed-on",
            "2026-03-02",
            "--amount",
            "40,000,000",
            "--currency",
            "HKD",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["procedure"], "expedited");
    let o = docket(
        &db,
        &[
            "cases",
            "advance",
            "HKIAC-A26777",
            "--to",
            "tribunal_constituted",
            "--on",
            "2026-03-20",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the next stage is “Notice received by respondent”"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "cases",
            "advance",
            "HKIAC-A26777",
            "--to",
            "notice_served",
            "--on",
            "2026-03-08",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let answer = v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "answer")
        .unwrap()
        .clone();
    assert_eq!(answer["due"], "2026-04-08");
    let o = docket(&db, &["deadline", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
}
