//! `docket cases`: a case opened, moved through its stages in order, and shown with its deadlines.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, json, refused, stdout};

#[test]
fn a_case_is_opened_advanced_in_order_and_shown_with_its_deadlines() {
    let (_dir, db) = centre();
    let v = json(docket(
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
    ));
    assert_eq!(v["procedure"], "expedited");
    let advance = |to: &str, on: &str, extra: &[&str]| {
        let args = ["cases", "advance", "HKIAC-A26777", "--to", to, "--on", on];
        docket(&db, &[&args[..], extra].concat())
    };
    refused(
        &advance("tribunal_constituted", "2026-03-20", &[]),
        &["the next stage is “Notice received by respondent”"],
    );
    let v = json(advance("notice_served", "2026-03-08", &["--json"]));
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
