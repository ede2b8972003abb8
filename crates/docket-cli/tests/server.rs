//! `docket server init | add-clerk | check` against the throwaway PostgreSQL cluster that `cargo
//! xtask test` starts (`BAY_DOCKET_TEST_PG`); without one the test says so and passes.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Command, Stdio};

fn docket(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_docket"))
        .args(args)
        .env_remove("BAY_DOCKET_CLERK_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_administrator_installs_the_server_and_adds_a_clerk_who_checks_it() {
    let Some(admin) = std::env::var("BAY_DOCKET_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("NOTICE: BAY_DOCKET_TEST_PG is not set; the `docket server` test is skipped");
        return;
    };
    let (base, _) = admin.rsplit_once('/').unwrap();
    let mut c = docket_server::connect(&admin).unwrap();
    c.batch_execute("DROP DATABASE IF EXISTS bd_cli WITH (FORCE)")
        .unwrap();
    c.batch_execute("CREATE DATABASE bd_cli").unwrap();
    let db = format!("{base}/bd_cli");

    let out = docket(&["server", "init", "--url", &db], "");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Installed on the centre server"));
    let again = docket(&["--lang", "zh-Hant", "server", "init", "--url", &db], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("已是最新"));

    let out = docket(
        &["server", "add-clerk", "chan_mei", "--url", &db],
        "pw-chan\n",
    );
    assert!(out.status.success(), "{out:?}");
    let rest = db.split_once('@').unwrap().1;
    let clerk = format!("postgres://chan_mei:pw-chan@{rest}");
    let out = docket(&["server", "check", "--url", &clerk], "");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Schema version 1"), "{said}");
    assert!(said.contains("overlapping live hearings: 0"), "{said}");

    let out = docket(
        &["server", "add-clerk", "Robert'); DROP", "--url", &db],
        "x\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let out = docket(
        &[
            "server",
            "check",
            "--url",
            "postgres://x@db.example.org/centre",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not on this computer"));
}
