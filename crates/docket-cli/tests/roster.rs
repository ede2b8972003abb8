//! `docket neutrals | parties | appoint | conflicts`: a clerk builds the roster, checks a proposed
//! appointment and appoints; bad input names the field in the clerk's language.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, json, ok, refused, stdout};

#[test]
fn a_clerk_adds_a_neutral_and_a_party_then_checks_and_appoints() {
    let (_dir, db) = centre();
    ok(docket(
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
    ));
    ok(docket(
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
    ));
    for (name, nationality) in [("Alpha Ltd", "HK"), ("Beta GmbH", "DE")] {
        ok(docket(
            &db,
            &[
                "parties",
                "add",
                "--name-en",
                name,
                "--nationality",
                nationality,
            ],
        ));
    }
    for (name, side) in [("Alpha Ltd", "claimant"), ("Beta GmbH", "respondent")] {
        ok(docket(
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
        ));
    }
    // Simplified Chinese finds the Traditional name.
    let v = json(docket(
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
    ));
    assert_eq!(v["findings"][0]["rule"], "nationality");
    assert_eq!(v["blocking"], 1);
    let propose = || {
        let args = [
            "--case",
            "HKIAC-A26500",
            "--neutral",
            "Wong Ka Yan",
            "--confirm",
        ];
        docket(&db, &[["appoint", "propose"].as_slice(), &args].concat())
    };
    refused(&propose(), &["cannot be confirmed"]);
    ok(docket(
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
    ));
    let appointed = ok(propose());
    assert!(appointed.contains("Appointed:"), "{appointed}");
    let o = docket(&db, &["neutrals", "show", "Wong Ka Yan"]);
    assert!(stdout(&o).contains("HKIAC-A26500"), "{}", stdout(&o));
}

#[test]
fn bad_roster_input_names_the_field_in_the_clerks_language() {
    let (_dir, db) = centre();
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
    refused(&o, &["所在时区", "费率币种"]);
    let o = docket(&db, &["neutrals", "list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}
