//! The `docket` binary as a clerk or a script uses it: exit codes, stderr messages, JSON output.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

mod common;
use common::{docket, ok, stderr, stdout};

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
fn deadline_compute_prints_the_due_date_and_steps_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "hkiac",
            "--from",
            "2026-03-08",
            "--days",
            "30",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["due"], "2026-04-08");
    let steps = v["steps"].as_array().unwrap();
    assert!(
        steps
            .iter()
            .any(|s| s["kind"] == "rolled" && s["date"] == "2026-04-07")
    );
}

#[test]
fn deadline_refusals_name_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "hk-ordinance",
            "--from",
            "2026-04-02",
            "--days",
            "-3",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Period must be between 1 and 3650"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "scia",
            "--from",
            "2035-12-20",
            "--days",
            "15",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("No holiday data for 2036 in the Mainland calendar"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "deadline",
            "compute",
            "--rule",
            "nope",
            "--from",
            "2026-02-30",
            "--days",
            "3",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Rule set") && stderr(&o).contains("Trigger date"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn holidays_list_shows_make_up_working_days() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "holidays",
            "list",
            "--calendar",
            "CN",
            "--year",
            "2026",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let make_up: Vec<&str> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["working"] == true)
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        make_up,
        [
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10"
        ]
    );
}

#[test]
fn a_case_is_opened_advanced_in_order_and_shown_with_its_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let o = docket(
        &db,
        &[
            "cases",
            "add",
            "--reference",
            "HKIAC-A26777",
            "--title-en",
            "Lantau Energy v Guangming",
            "--model",
            "hkiac_arbitration",
            "--filed-on",
            "2026-03-02",
            "--amount",
            "40,000,000",
            "--currency",
            "HKD",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["procedure"], "expedited");
    let o = docket(
        &db,
        &[
            "cases",
            "advance",
            "HKIAC-A26777",
            "--to",
            "tribunal_constituted",
            "--on",
            "2026-03-20",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the next stage is “Notice received by respondent”"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "cases",
            "advance",
            "HKIAC-A26777",
            "--to",
            "notice_served",
            "--on",
            "2026-03-08",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let answer = v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "answer")
        .unwrap()
        .clone();
    assert_eq!(answer["due"], "2026-04-08");
    let o = docket(&db, &["deadline", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
}

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

#[test]
fn a_hearing_in_a_dst_gap_is_a_question_and_slots_explain_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["demo", "load"]).status.success());
    let o = docket(&db, &["cases", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let reference = v[0]["reference"].as_str().unwrap().to_owned();
    let add = |extra: &[&str]| {
        let mut args = vec![
            "hearings",
            "add",
            "--case",
            &reference,
            "--start",
            "2026-03-29T02:30",
            "--zone",
            "Europe/Berlin",
            "--participant",
            "Dana Reyes@America/New_York",
        ];
        args.extend_from_slice(extra);
        docket(&db, &args)
    };
    let o = add(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
    let o = add(&["--later", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["startsUtc"], "2026-03-29T01:30:00Z");
    assert_eq!(v["participants"][0]["local"], "2026-03-28T21:30");
    let o = docket(
        &db,
        &[
            "slots",
            "find",
            "--room",
            "SZ-QH-1",
            "--participant",
            "Ana Lima@America/Sao_Paulo",
            "--from",
            "2026-12-07",
            "--to",
            "2026-12-11",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("never share") && stdout(&o).contains("Europe/London"),
        "{}",
        stdout(&o)
    );
    let o = docket(
        &db,
        &[
            "hearings",
            "list",
            "--from",
            "2026-03-28",
            "--to",
            "2026-03-29",
            "--display-zone",
            "Asia/Hong_Kong",
        ],
    );
    assert!(stdout(&o).contains("2026-03-29 09:30"), "{}", stdout(&o));
}

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

#[test]
fn a_case_is_prepared_bundled_packaged_and_found_on_another_machine() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a").join("centre.sqlite3");
    let b = dir.path().join("b").join("centre.sqlite3");
    ok(docket(&a, &["init"]));
    ok(docket(
        &a,
        &[
            "cases",
            "add",
            "--reference",
            "HKM-2026-900",
            "--title-en",
            "Lantau Marine v Cheung Kong",
            "--title-zh",
            "大嶼山海事 訴 長江航運",
            "--model",
            "hk_mediation",
            "--filed-on",
            "2026-11-02",
        ],
    ));
    let list = ok(docket(&a, &["prep", "checklist", "--case", "HKM-2026-900"]));
    assert!(
        list.contains("reply_received") && list.contains("2026-11-16"),
        "{list}"
    );
    let file = dir.path().join("caucus notes.txt");
    std::fs::write(&file, "without prejudice").unwrap();
    let added = ok(docket(
        &a,
        &[
            "docs",
            "add",
            "--case",
            "HKM-2026-900",
            file.to_str().unwrap(),
            "--pages",
            "3",
            "--confidential",
            "--json",
        ],
    ));
    let id = serde_json::from_str::<serde_json::Value>(&added).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(docket(
        &a,
        &[
            "bundle",
            "set",
            "--case",
            "HKM-2026-900",
            "--entry",
            &format!("A={id}"),
        ],
    ));
    // Cap 620: refused without a ground (exit 2, nothing written), written with one.
    let index = dir.path().join("index.html");
    let o = docket(
        &a,
        &[
            "bundle",
            "export",
            "--case",
            "HKM-2026-900",
            "--out",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("Cap 620") && !index.exists());
    ok(docket(
        &a,
        &[
            "bundle",
            "export",
            "--case",
            "HKM-2026-900",
            "--out",
            index.to_str().unwrap(),
            "--ground",
            "consent",
            "--by",
            "WSL",
        ],
    ));
    assert!(
        std::fs::read_to_string(&index)
            .unwrap()
            .contains("caucus notes.txt")
    );
    // Search in the other script.
    let found = ok(docket(&a, &["search", "大屿山"]));
    assert!(found.contains("HKM-2026-900"), "{found}");
    // The package carries the case and its document to another machine.
    let pkg = dir.path().join("HKM-2026-900.bdpkg");
    ok(docket(
        &a,
        &[
            "package",
            "export",
            "--case",
            "HKM-2026-900",
            "--out",
            pkg.to_str().unwrap(),
            "--ground",
            "consent",
        ],
    ));
    ok(docket(&b, &["init"]));
    let report = ok(docket(&b, &["package", "import", pkg.to_str().unwrap()]));
    assert!(report.contains("1 documents"), "{report}");
    let docs = ok(docket(&b, &["docs", "list", "--case", "HKM-2026-900"]));
    assert!(
        docs.contains("caucus notes.txt") && docs.contains("[Cap 620]"),
        "{docs}"
    );
    // A package cut short is refused with exit 2.
    let bytes = std::fs::read(&pkg).unwrap();
    let cut = dir.path().join("cut.bdpkg");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let o = docket(&b, &["package", "import", cut.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("altered or are incomplete"),
        "{}",
        stderr(&o)
    );
}

/// Kills `docket package import` while it copies a large document and writes the case: the database
/// passes its integrity check, holds the whole case or none of it, and the document store never holds
/// a partial file under a document's name.
#[test]
fn killing_a_package_import_leaves_the_whole_case_or_none_of_it() {
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_docket");
    let src = dir.path().join("src").join("centre.sqlite3");
    ok(docket(&src, &["init"]));
    ok(docket(
        &src,
        &[
            "cases",
            "add",
            "--reference",
            "SCIA-2026-777",
            "--title-en",
            "A v B",
            "--model",
            "scia_arbitration",
            "--filed-on",
            "2026-10-01",
        ],
    ));
    let big = dir.path().join("exhibits.pdf");
    let len = 32 * 1024 * 1024;
    std::fs::write(&big, (0..len).map(|i| (i % 251) as u8).collect::<Vec<u8>>()).unwrap();
    ok(docket(
        &src,
        &[
            "docs",
            "add",
            "--case",
            "SCIA-2026-777",
            big.to_str().unwrap(),
        ],
    ));
    let pkg = dir.path().join("case.bdpkg");
    ok(docket(
        &src,
        &[
            "package",
            "export",
            "--case",
            "SCIA-2026-777",
            "--out",
            pkg.to_str().unwrap(),
        ],
    ));
    for round in 0..4u64 {
        let folder = dir.path().join(format!("m{round}"));
        let db = folder.join("centre.sqlite3");
        ok(docket(&db, &["init"]));
        let mut child = Command::new(bin)
            .arg("--db")
            .arg(&db)
            .args(["package", "import", pkg.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(10 + round * 40));
        let _ = child.kill();
        let _ = child.wait();
        // The database opens and passes its integrity check (a backup verifies it).
        ok(docket(
            &db,
            &[
                "backup",
                "create",
                "--dir",
                folder.join("b").to_str().unwrap(),
            ],
        ));
        let o = docket(&db, &["cases", "list", "--json"]);
        let cases = serde_json::from_str::<serde_json::Value>(&stdout(&o)).unwrap();
        let n = cases.as_array().unwrap().len();
        assert!(n <= 1, "round {round}: {n} cases");
        if n == 1 {
            let docs = stdout(&docket(&db, &["docs", "list", "--case", "SCIA-2026-777"]));
            assert!(docs.contains("exhibits.pdf"), "round {round}: {docs}");
        }
        // Every file under a document's name is whole.
        for entry in walk(&folder.join("documents")) {
            let name = entry.file_name().unwrap().to_string_lossy().into_owned();
            if name.len() == 64 {
                assert_eq!(
                    std::fs::metadata(&entry).unwrap().len(),
                    len as u64,
                    "round {round}"
                );
            }
        }
        // Importing again completes the case.
        ok(docket(&db, &["package", "import", pkg.to_str().unwrap()]));
        let docs = stdout(&docket(&db, &["docs", "list", "--case", "SCIA-2026-777"]));
        assert!(docs.contains("exhibits.pdf"), "round {round}: {docs}");
    }
}

fn walk(p: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).into_iter().flatten().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

#[test]
fn a_deadline_into_an_estimated_year_says_so_in_words_and_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    let args = [
        "deadline",
        "compute",
        "--rule",
        "scia",
        "--from",
        "2027-01-20",
        "--days",
        "16",
    ];
    let text = ok(docket(&db, &args));
    assert!(text.contains("Due 2027-02-09"), "{text}");
    assert!(
        text.contains(
            "the State Council's 2027 notice can add bridge days and weekend make-up working days"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(docket(&db, &[&args[..], &["--json"]].concat()))).unwrap();
    assert_eq!(json["estimated"], true);
    assert_eq!(json["estimate"]["years"][0]["calendar"], "CN");
    assert_eq!(json["estimate"]["years"][0]["year"], 2027);
    let status: serde_json::Value =
        serde_json::from_str(&ok(docket(&db, &["holidays", "status", "--json"]))).unwrap();
    assert_eq!(
        status["calendars"][0]["officialYears"],
        serde_json::json!([2024, 2025, 2026])
    );
    assert_eq!(status["calendars"][1]["estimatedYears"][0], 2027);
    let listed = ok(docket(
        &db,
        &["holidays", "list", "--calendar", "HK", "--year", "2027"],
    ));
    assert!(listed.contains("2027-12-27"), "{listed}");
    assert!(listed.contains("have not been gazetted"), "{listed}");
}

#[test]
fn hostile_calendars_are_reported_not_crashed_on_and_a_header_injection_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["demo", "load"]).status.success());
    // 70,000 nested components: `ics check` once aborted with a stack overflow.
    let deep = dir.path().join("deep.ics");
    let mut text = String::from("BEGIN:VCALENDAR\r\n");
    text.push_str(&"BEGIN:X\r\n".repeat(70_000));
    text.push_str(&"END:X\r\n".repeat(70_000));
    text.push_str("END:VCALENDAR\r\n");
    std::fs::write(&deep, text).unwrap();
    let out = ok(docket(&db, &["ics", "check", deep.to_str().unwrap()]));
    assert!(out.contains("line 17"), "{out}");
    // Overflowing numbers and sub-daily rules: once exit 101; now quarantined with their lines.
    let busy = dir.path().join("busy.ics");
    std::fs::write(
        &busy,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n\
BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270104T090000Z\r\nDURATION:PT9999999999999999S\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20270104T090000Z\r\nRRULE:FREQ=DAILY;INTERVAL=9999999999999\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20270104T090000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=-2147483648MO\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20270104T090000Z\r\nDTEND:20270104T093000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n",
    )
    .unwrap();
    let out = ok(docket(
        &db,
        &[
            "ics",
            "import",
            "--busy-for",
            "Katharina Vogel",
            busy.to_str().unwrap(),
        ],
    ));
    for line in ["line 7:", "line 12:", "line 17:", "line 23:"] {
        assert!(out.contains(line), "{line}: {out}");
    }
    // A CR LF in the organizer would have written a Bcc: header: refused, naming the field.
    let o = docket(
        &db,
        &[
            "--lang",
            "zh-Hans",
            "ics",
            "export",
            "--out",
            dir.path().join("inv.ics").to_str().unwrap(),
            "--all",
            "--method",
            "request",
            "--organizer",
            "registry@centre.example\r\nBcc: everyone@rival.example",
            "--eml",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("组织者电子邮箱"), "{}", stderr(&o));
    assert!(!dir.path().join("inv.ics").exists());
    assert!(!dir.path().join("inv.eml").exists());
}
