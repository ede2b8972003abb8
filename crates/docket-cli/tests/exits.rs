//! `docket cases close | suspend | resume | undo-exit` and the cross-border branch through
//! `advance --to mediation_failed`: exits audited with the clerk, deadlines shown as no longer
//! running, undo, and refusals in words with exit code 2.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, json, ok, refused};

fn open(db: &std::path::Path, reference: &str, model: &str) {
    ok(docket(
        db,
        &[
            "cases",
            "add",
            "--reference",
            reference,
            "--title-en",
            "Lantau Energy v Guangming",
            "--model",
            model,
            "--filed-on",
            "2026-03-02",
        ],
    ));
}

#[test]
fn a_case_is_withdrawn_its_deadlines_stop_and_undo_restores_them() {
    let (_dir, db) = centre();
    ok(docket(&db, &["settings", "clerk", "Chan Mei"]));
    open(&db, "HK-1", "hkiac_arbitration");
    ok(docket(
        &db,
        &[
            "cases",
            "advance",
            "HK-1",
            "--to",
            "notice_served",
            "--on",
            "2026-03-08",
        ],
    ));
    let shown = ok(docket(
        &db,
        &[
            "cases",
            "close",
            "HK-1",
            "--outcome",
            "withdrawn",
            "--on",
            "2026-03-20",
            "--reason",
            "Claimant withdrew",
        ],
    ));
    assert!(
        shown.contains("No longer running: case withdrawn on 2026-03-20"),
        "{shown}"
    );
    assert!(shown.contains("docket cases undo-exit HK-1"), "{shown}");
    assert!(
        shown.contains("Chan Mei recorded the case as withdrawn on 20 Mar 2026"),
        "{shown}"
    );
    refused(
        &docket(
            &db,
            &[
                "cases",
                "advance",
                "HK-1",
                "--to",
                "answer_filed",
                "--on",
                "2026-03-21",
            ],
        ),
        &["closed"],
    );
    let v = json(docket(&db, &["cases", "undo-exit", "HK-1", "--json"]));
    assert_eq!(v["case"]["status"], "open");
    assert_eq!(v["deadlines"][0]["ended"], serde_json::Value::Null);
}

#[test]
fn suspend_and_resume_and_the_refusals_say_why() {
    let (_dir, db) = centre();
    open(&db, "MED-1", "hk_mediation");
    refused(
        &docket(
            &db,
            &[
                "cases",
                "close",
                "MED-1",
                "--outcome",
                "dismissed",
                "--on",
                "2026-03-05",
            ],
        ),
        &["never dismissed"],
    );
    refused(
        &docket(
            &db,
            &[
                "cases",
                "close",
                "MED-1",
                "--outcome",
                "settled",
                "--on",
                "2026-03-05",
                "--consent-award",
            ],
        ),
        &["consent award"],
    );
    let v = json(docket(
        &db,
        &["cases", "suspend", "MED-1", "--on", "2026-03-05", "--json"],
    ));
    assert_eq!(v["case"]["status"], "suspended");
    let v = json(docket(
        &db,
        &["cases", "resume", "MED-1", "--on", "2026-03-09", "--json"],
    ));
    assert_eq!(v["case"]["status"], "open");
    assert_eq!(v["exit"]["kind"], "resumed");
}

#[test]
fn a_failed_cross_border_mediation_goes_on_to_arbitration() {
    let (_dir, db) = centre();
    open(&db, "SZHK-1", "sz_mediation_hk_arbitration");
    let shown = ok(docket(&db, &["cases", "show", "SZHK-1"]));
    assert!(shown.contains("--to mediation_failed"), "{shown}");
    ok(docket(
        &db,
        &[
            "cases",
            "advance",
            "SZHK-1",
            "--to",
            "mediation_failed",
            "--on",
            "2026-03-10",
        ],
    ));
    let v = json(docket(
        &db,
        &[
            "cases",
            "advance",
            "SZHK-1",
            "--to",
            "arbitration_filed",
            "--on",
            "2026-03-12",
            "--json",
        ],
    ));
    assert_eq!(v["case"]["stage"], "arbitration_filed");
    assert_eq!(v["nextStage"], "notice_served");
}
