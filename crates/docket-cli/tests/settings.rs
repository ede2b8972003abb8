//! `docket init | demo | language` as a clerk or a script uses them, and a database that cannot be
//! opened: exit codes, messages in the chosen language, JSON output.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, raw, stderr, stdout};

#[test]
fn init_then_demo_then_lists_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(&db, &["init"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(db.to_str().unwrap()));

    let o = docket(&db, &["demo", "load"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("40 / 22 / 7 / 60"), "{}", stdout(&o));

    for (what, n) in [("neutrals", 40), ("cases", 22), ("hearings", 60)] {
        let o = docket(&db, &[what, "list", "--json"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v.as_array().unwrap().len(), n, "{what}");
    }
}

#[test]
fn loading_the_demo_twice_is_refused_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["demo", "load"]).status.success());
    let o = docket(&db, &["demo", "load"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("only be loaded into an empty database"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_input_names_the_field_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "--lang",
            "zh-Hant",
            "neutrals",
            "add",
            "--name-en",
            "Test",
            "--zone",
            "Hong Kong",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("所在時區：「Hong Kong」不是時區資料庫"),
        "{}",
        stderr(&o)
    );
    // Nothing was written.
    let o = docket(&db, &["neutrals", "list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}

#[test]
fn the_saved_language_is_used_without_a_flag() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["language", "zh-Hans"]).status.success());
    let o = docket(&db, &["demo", "load"]);
    assert!(stdout(&o).starts_with("示例数据已载入"), "{}", stdout(&o));
}

#[test]
fn an_unopenable_database_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let o = docket(dir.path(), &["cases", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot be opened"), "{}", stderr(&o));
}

#[test]
fn a_mistyped_path_is_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["init"]).status.success());
    let typo = dir.path().join("centre.sqlite");
    for args in [
        &["cases", "list"][..],
        &["demo", "load"][..],
        &[
            "neutrals",
            "add",
            "--name-en",
            "Chan Mei",
            "--zone",
            "Asia/Hong_Kong",
        ][..],
    ] {
        let o = raw(&typo, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("There is no Bay Docket database at") && err.contains("centre.sqlite"),
            "{err}"
        );
        assert!(err.contains("init"), "{err}");
        assert!(!typo.exists(), "{args:?} created {}", typo.display());
    }
    let o = raw(&typo, &["--lang", "zh-Hant", "cases", "list"]);
    assert!(
        stderr(&o).contains("沒有 Bay Docket 資料庫"),
        "{}",
        stderr(&o)
    );
    assert!(!typo.exists());
    // `init` is the one command that creates.
    assert!(raw(&typo, &["init"]).status.success());
    assert!(typo.exists());
}

#[test]
fn the_clerks_name_is_kept_and_recorded_with_each_change_in_the_case_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(&db, &["settings", "clerk"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "no name yet");
    assert!(stderr(&o).contains("docket settings clerk NAME"));
    let add = [
        "cases",
        "add",
        "--reference",
        "HKIAC-A26778",
        "--title-en",
        "Lantau Energy v Guangming",
        "--model",
        "hkiac_arbitration",
        "--filed-on",
        "2026-03-02",
    ];
    assert!(docket(&db, &add).status.success());

    // Refused names change nothing and name the field.
    let o = docket(&db, &["settings", "clerk", "Chan\u{7}Mei"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Your name"), "{}", stderr(&o));
    let o = docket(&db, &["settings", "clerk", "   "]);
    assert_eq!(o.status.code(), Some(2));

    let o = docket(&db, &["settings", "clerk", "  Chan Mei "]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "Chan Mei");
    assert_eq!(
        stdout(&docket(&db, &["settings", "clerk"])).trim(),
        "Chan Mei"
    );

    let o = docket(
        &db,
        &[
            "cases",
            "advance",
            "HKIAC-A26778",
            "--to",
            "notice_served",
            "--on",
            "2026-03-04",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = stdout(&docket(&db, &["cases", "show", "HKIAC-A26778"]));
    assert!(shown.contains("History"), "{shown}");
    assert!(
        shown.contains("Someone opened the case, filed on 2 Mar 2026"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Chan Mei moved the case from “Arbitration filed” to “Notice received by respondent”, on 4 Mar 2026"
        ),
        "{shown}"
    );
    let o = docket(&db, &["--lang", "zh-Hant", "cases", "show", "HKIAC-A26778"]);
    assert!(
        stdout(&o).contains("Chan Mei將案件由「提起仲裁」推進至「被申請人收到仲裁通知」"),
        "{}",
        stdout(&o)
    );

    let o = docket(&db, &["cases", "show", "HKIAC-A26778", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let audit = v["audit"].as_array().unwrap();
    assert_eq!(audit[0]["clerk"], serde_json::Value::Null);
    let moved = audit.iter().find(|a| a["action"] == "stage").unwrap();
    assert_eq!(moved["clerk"], "Chan Mei");
    assert!(
        moved["sentence"]
            .as_str()
            .unwrap()
            .starts_with("Chan Mei moved")
    );
    assert!(moved["when"].as_str().unwrap().ends_with(char::is_numeric));
}
