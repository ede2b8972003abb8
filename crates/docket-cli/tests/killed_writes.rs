//! `docket` killed (SIGKILL) in the middle of writes: the database keeps every write that reported
//! success and never half of one.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

mod common;
use common::{docket, stderr, stdout};

/// Kills `docket` (SIGKILL) in the middle of writes, again and again: the database always passes its
/// integrity check, a killed bulk write leaves all of it or none of it, and every write that reported
/// success is there.
#[test]
fn killing_the_process_mid_write_never_loses_or_half_writes_anything() {
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_docket");
    for round in 0..6u64 {
        let db = dir.path().join(format!("kill-{round}.sqlite3"));
        assert!(docket(&db, &["init"]).status.success());
        let mut child = Command::new(bin)
            .arg("--db")
            .arg(&db)
            .args(["demo", "load"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + round * 35));
        let _ = child.kill();
        let _ = child.wait();
        let o = docket(&db, &["neutrals", "list", "--json"]);
        assert!(o.status.success(), "round {round}: {}", stderr(&o));
        let n = serde_json::from_str::<serde_json::Value>(&stdout(&o))
            .unwrap()
            .as_array()
            .unwrap()
            .len();
        let o = docket(&db, &["cases", "list", "--json"]);
        let c = serde_json::from_str::<serde_json::Value>(&stdout(&o))
            .unwrap()
            .as_array()
            .unwrap()
            .len();
        assert!(
            (n, c) == (0, 0) || (n, c) == (40, 22),
            "round {round}: {n} neutrals, {c} cases"
        );
        let o = docket(
            &db,
            &[
                "backup",
                "create",
                "--dir",
                dir.path().join(format!("b{round}")).to_str().unwrap(),
            ],
        );
        assert!(
            o.status.success(),
            "integrity check after a kill: {}",
            stderr(&o)
        );
    }
    // One neutral per process; every third process is killed while it runs.
    let db = dir.path().join("adds.sqlite3");
    assert!(docket(&db, &["init"]).status.success());
    let mut committed = Vec::new();
    for i in 0..24u64 {
        let email = format!("n{i}@kill.example");
        let mut child = Command::new(bin)
            .arg("--db")
            .arg(&db)
            .args([
                "neutrals",
                "add",
                "--name-en",
                &format!("Neutral {i}"),
                "--zone",
                "Asia/Hong_Kong",
                "--email",
                &email,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        if i % 3 == 0 {
            std::thread::sleep(Duration::from_millis(i % 7 * 3));
            let _ = child.kill();
        }
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            committed.push(email);
        }
    }
    let o = docket(&db, &["neutrals", "list", "--json"]);
    let list = stdout(&o);
    for email in &committed {
        assert!(
            list.contains(email.as_str()),
            "{email} reported as saved but missing"
        );
    }
    assert!(committed.len() >= 16, "{} of 24 saved", committed.len());
}
