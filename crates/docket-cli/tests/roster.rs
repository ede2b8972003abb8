//! `docket neutrals | parties | appoint | conflicts`: a clerk builds the roster, checks a proposed
//! appointment and appoints; bad input names the field in the clerk's language.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, stderr, stdout};

#[test]
fn a_clerk_adds_a_neutral_and_a_party_then_checks_and_appoints() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "cases",
            "add",
            "--reference",
            "HKIAC-A26500",
            "--title-en",
            "Alpha v Beta",
            "--model",
            "hkiac_arbitration",
            "--filed-on",
            "2026-02-02",
            "--language",
            "en",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = docket(
        &db,
        &[
            "neutrals",
            "add",
            "--name-en",
            "Wong Ka Yan",
            "--name-zh",
            "黃家欣",
            "--roles",
            "arbitrator",
            "--zone",
            "Asia/Hong_Kong",
            "--nationality",
            "HK",
            "--language",
            "en:native",
            "--panel",
            "hkiac_panel:2020-01-01",
            "--rate",
            "7000",
            "--rate-currency",
            "HKD",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for (name, nationality) in [("Alpha Ltd", "HK"), ("Beta GmbH", "DE")] {
        let o = docket(
            &db,
            &[
                "parties",
                "add",
                "--name-en",
                name,
                "--nationality",
                nationality,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for (name, side) in [("Alpha Ltd", "claimant"), ("Beta GmbH", "respondent")] {
        let o = docket(
            &db,
            &[
                "parties",
                "join",
                "--case",
                "HKIAC-A26500",
                "--party",
                name,
                "--side",
                side,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // Simplified Chinese finds the Traditional name.
    let o = docket(
        &db,
        &[
            "conflicts",
            "check",
            "--case",
            "HKIAC-A26500",
            "--neutral",
            "黄家欣",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["findings"][0]["rule"], "nationality");
    assert_eq!(v["blocking"], 1);
    let o = docket(
        &db,
        &[
            "appoint",
            "propose",
            "--case",
            "HKIAC-A26500",
            "--neutral",
            "Wong Ka Yan",
            "--confirm",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("cannot be confirmed"), "{}", stderr(&o));
    let o = docket(
        &db,
        &[
            "conflicts",
            "record",
            "--case",
            "HKIAC-A26500",
            "--neutral",
            "Wong Ka Yan",
            "--rule",
            "nationality",
            "--subject",
            "nationality",
            "--kind",
            "waiver",
            "--by",
            "Clerk Lee",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = docket(
        &db,
        &[
            "appoint",
            "propose",
            "--case",
            "HKIAC-A26500",
            "--neutral",
            "Wong Ka Yan",
            "--confirm",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Appointed:"), "{}", stdout(&o));
    let o = docket(&db, &["neutrals", "show", "Wong Ka Yan"]);
    assert!(stdout(&o).contains("HKIAC-A26500"), "{}", stdout(&o));
}

#[test]
fn bad_roster_input_names_the_field_in_the_clerks_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "--lang",
            "zh-Hans",
            "neutrals",
            "add",
            "--name-en",
            "Someone",
            "--zone",
            "Asia/Hongkong",
            "--rate",
            "500",
            "--rate-currency",
            "XXX",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("所在时区") && err.contains("费率币种"),
        "{err}"
    );
    let o = docket(&db, &["neutrals", "list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}
