//! `docket prep | docs | bundle | notes | search | package`: a case prepared, bundled, packaged and
//! found on another machine, and a package import killed midway.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

mod common;
use common::{docket, ok, stderr, stdout};

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
    let export = |ground: &[&str]| {
        let args = ["bundle", "export", "--case", "HKM-2026-900", "--out"];
        docket(
            &a,
            &[&args[..], &[index.to_str().unwrap()], ground].concat(),
        )
    };
    let o = export(&[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("Cap 620") && !index.exists());
    ok(export(&["--ground", "consent", "--by", "WSL"]));
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
