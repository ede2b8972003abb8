//! `docket cases edit | remove | restore`, `docket hearings edit | remove | restore` and `docket
//! removed`: corrections checked and audited, removals that leave every list and come back whole,
//! and refusals with exit code 2.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, json, ok, refused};

fn open(db: &std::path::Path) {
    ok(docket(
        db,
        &[
            "cases",
            "add",
            "--reference",
            "HK-1",
            "--title-en",
            "Lantau Energy v Guangming",
            "--model",
            "hkiac_arbitration",
            "--filed-on",
            "2026-03-02",
        ],
    ));
}

#[test]
fn a_case_is_corrected_removed_listed_and_restored() {
    let (_dir, db) = centre();
    open(&db);
    ok(docket(&db, &["settings", "clerk", "Chan Mei"]));
    let v = json(docket(
        &db,
        &[
            "cases",
            "edit",
            "HK-1",
            "--title-en",
            "Lantau Power v Guangming",
            "--json",
        ],
    ));
    assert_eq!(v["case"]["title"]["en"], "Lantau Power v Guangming");
    let history = ok(docket(&db, &["cases", "show", "HK-1"]));
    assert!(
        history.contains(
            "Chan Mei changed the title from “Lantau Energy v Guangming” to “Lantau Power v Guangming”"
        ),
        "{history}"
    );
    refused(
        &docket(&db, &["cases", "edit", "HK-1", "--amount", "12x"]),
        &["amount"],
    );

    let said = ok(docket(&db, &["cases", "remove", "HK-1"]));
    assert!(said.contains("docket cases restore HK-1"), "{said}");
    let list = json(docket(&db, &["cases", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 0);
    refused(&docket(&db, &["cases", "show", "HK-1"]), &["HK-1"]);
    let removed = json(docket(&db, &["removed", "--json"]));
    assert_eq!(removed[0]["kind"], "case");
    assert_eq!(removed[0]["key"], "HK-1");

    ok(docket(&db, &["cases", "restore", "HK-1"]));
    let list = json(docket(&db, &["cases", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    refused(&docket(&db, &["cases", "restore", "HK-1"]), &["HK-1"]);
    let history = ok(docket(&db, &["cases", "show", "HK-1"]));
    assert!(history.contains("Chan Mei removed the case"), "{history}");
    assert!(history.contains("Chan Mei restored the case"), "{history}");
}

#[test]
fn a_hearing_is_previewed_corrected_removed_and_restored() {
    let (_dir, db) = centre();
    open(&db);
    let v = json(docket(
        &db,
        &[
            "hearings",
            "add",
            "--case",
            "HK-1",
            "--start",
            "2026-12-08T10:00",
            "--zone",
            "Asia/Hong_Kong",
            "--json",
        ],
    ));
    let id = v["saved"][0].as_str().unwrap().to_owned();
    let preview = json(docket(
        &db,
        &["hearings", "edit", &id, "--minutes", "90", "--json"],
    ));
    assert_eq!(preview["saved"].as_array().unwrap().len(), 0);
    let list = json(docket(&db, &["hearings", "list", "--json"]));
    assert_eq!(list[0]["durationMinutes"], 60);
    ok(docket(
        &db,
        &[
            "hearings",
            "edit",
            &id,
            "--minutes",
            "90",
            "--kind",
            "evidentiary_hearing",
            "--save",
        ],
    ));
    let list = json(docket(&db, &["hearings", "list", "--json"]));
    assert_eq!(list[0]["durationMinutes"], 90);
    assert_eq!(list[0]["kind"], "evidentiary_hearing");
    refused(
        &docket(&db, &["hearings", "edit", &id, "--minutes", "2", "--save"]),
        &["minutes"],
    );

    ok(docket(&db, &["hearings", "remove", &id]));
    let list = json(docket(&db, &["hearings", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 0);
    let removed = ok(docket(&db, &["removed"]));
    assert!(
        removed.contains(&format!("docket hearings restore {id}")),
        "{removed}"
    );
    ok(docket(&db, &["hearings", "restore", &id]));
    let list = json(docket(&db, &["hearings", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    refused(&docket(&db, &["hearings", "restore", &id]), &[]);
}
