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
