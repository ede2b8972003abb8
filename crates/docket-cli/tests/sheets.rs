//! `docket import | export` on a fresh centre: a template in Traditional Chinese filled with two
//! rows imports, and imports again changing nothing; a file with one bad row is refused naming the
//! row and column, the database byte for byte as it was; the exports write `.xlsx` and CSV with
//! formula cells neutralised.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{centre, docket, dump, json, ok, refused};

#[test]
fn a_template_filled_in_imports_and_imports_again_unchanged() {
    let (dir, db) = centre();
    let template = dir.path().join("neutrals.csv");
    let t = template.to_str().unwrap();
    ok(docket(
        &db,
        &[
            "import", "template", "neutrals", "--out", t, "--lang", "zh-Hant",
        ],
    ));
    let text = std::fs::read_to_string(&template).unwrap();
    let headings = text.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(headings.starts_with("英文名稱,中文名稱,角色"), "{headings}");
    assert!(text.contains("# 電子郵箱 · email ·"), "{text}");
    let n = headings.split(',').count();
    let row = |name: &str, email: &str| {
        let mut cells = vec![String::new(); n];
        cells[0] = name.to_owned();
        cells[2] = "both".to_owned();
        cells[5] = "HK".to_owned();
        cells[6] = "yue:native;en:fluent".to_owned();
        cells[10] = email.to_owned();
        cells.join(",")
    };
    let filled = format!(
        "{text}{}\r\n{}\r\n",
        row("Ada Lam", "ada@example.hk"),
        row("Bo Chan", "bo@example.hk")
    );
    std::fs::write(&template, filled).unwrap();
    let preview = json(docket(
        &db,
        &["import", "neutrals", t, "--preview", "--json"],
    ));
    assert_eq!(preview["created"], 2);
    assert_eq!(preview["committed"], false);
    let done = json(docket(&db, &["import", "neutrals", t, "--json"]));
    assert_eq!(done["committed"], true);
    let after = dump(&db);
    let again = json(docket(&db, &["import", "neutrals", t, "--json"]));
    assert_eq!(
        (again["created"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(dump(&db), after);
}

#[test]
fn one_bad_row_is_refused_by_row_and_column_and_nothing_changes() {
    let (dir, db) = centre();
    let file = dir.path().join("cases.csv");
    std::fs::write(
        &file,
        "reference,title_en,model,filed_on\r\n\
         HKIAC-A26001,A v B,hkiac_arbitration,2026-03-02\r\n\
         HKIAC-A26002,C v D,no_such_model,2026-03-02\r\n",
    )
    .unwrap();
    ok(docket(&db, &["info"]));
    let before = dump(&db);
    let o = docket(&db, &["import", "cases", file.to_str().unwrap()]);
    refused(&o, &["Line 3", "Nothing was changed"]);
    let out = common::stdout(&o);
    assert!(out.contains("C3 (Workflow model)"), "{out}");
    assert_eq!(dump(&db), before);
}

#[test]
fn exports_write_xlsx_and_neutralised_csv() {
    let (dir, db) = centre();
    ok(docket(&db, &["demo", "load"]));
    for (list, name) in [
        ("roster", "roster.csv"),
        ("cases", "cases.xlsx"),
        ("hearings", "h.csv"),
    ] {
        let out = dir.path().join(name);
        let saved = json(docket(
            &db,
            &["export", list, "--out", out.to_str().unwrap(), "--json"],
        ));
        assert!(saved["rows"].as_u64().unwrap() > 0, "{list}: {saved}");
        assert!(out.exists());
    }
    let roster = std::fs::read_to_string(dir.path().join("roster.csv")).unwrap();
    assert!(roster.contains(",'+852"), "phone numbers are neutralised");
    let bad = docket(&db, &["export", "roster", "--out", "roster.txt"]);
    refused(&bad, &[".xlsx"]);
}
