//! What every command-line test shares: running the real `docket` binary on a database file in a
//! fixed environment, reading what it printed, and dumping every row of the file.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh folder and the path of a centre's database file in it; the file is made on first use.
/// The folder lives as long as the returned guard.
pub fn centre() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    (dir, db)
}

/// Runs `docket --db DB ARGS…` in English, with no database or language taken from the environment,
/// on a centre created by `docket init` (the tests' databases start as a clerk's would).
pub fn docket(db: &Path, args: &[&str]) -> Output {
    if !db.exists() && args.first() != Some(&"init") {
        let created = raw(db, &["init"]);
        assert!(created.status.success(), "{}", stderr(&created));
    }
    raw(db, args)
}

/// Runs `docket --db DB ARGS…` as it is, without creating the database first.
pub fn raw(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docket"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BAY_DOCKET_DB")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("BAY_DOCKET_LANG")
        .output()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Asserts the command succeeded and returns what it printed.
pub fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    stdout(&o)
}

/// Asserts the command succeeded and returns what it printed, read as JSON.
pub fn json(o: Output) -> serde_json::Value {
    serde_json::from_str(&ok(o)).unwrap()
}

/// Asserts the command was refused with exit code 2 and that its message says each of `needles`.
pub fn refused(o: &Output, needles: &[&str]) {
    assert_eq!(o.status.code(), Some(2), "{}{}", stdout(o), stderr(o));
    let err = stderr(o);
    for needle in needles {
        assert!(err.contains(needle), "{err}");
    }
}

/// Every row of every table of the database file, as text.
pub fn dump(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let names: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for name in names {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{name}: {}", cells.join(" | ")))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}
