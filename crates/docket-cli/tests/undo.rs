//! `docket cases edit | remove | restore`, `docket hearings edit | remove | restore`, `docket parties
//! edit | remove | restore`, `docket restore`, `docket demo remove` and `docket removed`: corrections checked and
//! audited, removals that leave every list and come back whole, retirement of records others use,
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
        removed.contains(&format!("docket restore hearing {id}")),
        "{removed}"
    );
    ok(docket(&db, &["hearings", "restore", &id]));
    let list = json(docket(&db, &["hearings", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    refused(&docket(&db, &["hearings", "restore", &id]), &[]);
}

#[test]
fn a_party_is_corrected_removed_retired_and_restored_and_the_demo_leaves() {
    let (_dir, db) = centre();
    ok(docket(&db, &["demo", "load"]));
    open(&db);
    let p = json(docket(
        &db,
        &[
            "parties",
            "add",
            "--name-en",
            "Tsing Yi Widgets Ltd",
            "--nationality",
            "HK",
            "--json",
        ],
    ));
    let id = p["id"].as_str().unwrap().to_owned();
    let said = ok(docket(
        &db,
        &["parties", "edit", &id, "--name-zh", "青衣小零件有限公司"],
    ));
    assert!(said.contains("Corrected"), "{said}");
    let said = ok(docket(&db, &["parties", "remove", &id]));
    assert!(
        said.contains(&format!("docket restore party {id}")),
        "{said}"
    );
    assert!(!ok(docket(&db, &["parties", "list"])).contains("Tsing Yi Widgets Ltd"));
    ok(docket(&db, &["restore", "party", &id]));
    // Named in a case, it is retired instead, and the answer says why.
    ok(docket(
        &db,
        &[
            "parties", "join", "--case", "HK-1", "--party", &id, "--side", "claimant",
        ],
    ));
    let said = ok(docket(&db, &["parties", "remove", &id]));
    assert!(said.contains("retired rather than removed"), "{said}");
    assert!(said.contains("HK-1"), "{said}");
    ok(docket(&db, &["restore", "party", &id]));

    let said = ok(docket(&db, &["demo", "remove"]));
    assert!(said.contains("22 cases"), "{said}");
    let cases = json(docket(&db, &["cases", "list", "--json"]));
    assert_eq!(cases.as_array().unwrap().len(), 1);
    assert_eq!(cases[0]["reference"], "HK-1");
    assert!(ok(docket(&db, &["parties", "list"])).contains("Tsing Yi Widgets Ltd"));
}
