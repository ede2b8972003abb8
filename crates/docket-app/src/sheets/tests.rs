//! Spreadsheets round trip: each template filled and imported, then imported again unchanged; a bad
//! row refused by row and column with nothing written; headings in Chinese; CSV formula cells
//! neutralised on export; hostile files refused as a whole.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::columns;
use super::export::{Table, encode};
use super::read;
use super::template::template_bytes;
use crate::dto::{ExportKindDto, NeutralInputDto, NeutralQueryDto, SheetFormatDto, SheetKindDto};
use crate::testing::app;
use crate::{App, Locale};

const KINDS: [SheetKindDto; 3] = [
    SheetKindDto::Neutrals,
    SheetKindDto::Parties,
    SheetKindDto::Cases,
];

/// Row `n` of a filled template: each column's example, made unique where it is a key.
fn filled(kind: SheetKindDto, headings: &[String], n: usize) -> Vec<String> {
    headings
        .iter()
        .map(|h| {
            let c = &columns::columns(kind)[columns::find(kind, h).unwrap()];
            match (kind, c.key) {
                (SheetKindDto::Neutrals, "email") => format!("n{n}@example.hk"),
                (SheetKindDto::Neutrals, "date_of_birth") => format!("197{n}-04-12"),
                (_, "name_en") => format!("{} {n}", c.example),
                (_, "name_zh") => format!("{}{n}", c.example),
                (SheetKindDto::Cases, "reference") => format!("HKIAC-A2610{n}"),
                (SheetKindDto::Cases, "filed_on") => "2026-11-02".to_owned(),
                _ => c.example.to_owned(),
            }
        })
        .collect()
}

/// What the database holds, as the lists show it.
fn snapshot(app: &App) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}",
        app.list_neutrals(&NeutralQueryDto::default())
            .unwrap()
            .iter()
            .map(|n| (n.name.en.clone(), n.email.clone(), n.languages.len()))
            .collect::<Vec<_>>(),
        app.list_parties(None)
            .unwrap()
            .iter()
            .map(|p| (&p.name.en, &p.nationality))
            .collect::<Vec<_>>(),
        app.list_counsel().unwrap().len(),
        app.list_cases()
            .unwrap()
            .iter()
            .map(|c| (&c.reference, &c.title.en))
            .collect::<Vec<_>>(),
    )
}

#[test]
fn every_template_fills_imports_and_imports_again_unchanged() {
    for kind in KINDS {
        for format in [SheetFormatDto::Xlsx, SheetFormatDto::Csv] {
            for l in Locale::ALL {
                let mut app = app();
                let template = template_bytes(kind, format, l).unwrap();
                let grid = read::read(&template).unwrap();
                assert_eq!(grid.rows.len(), 1, "{kind:?} {format:?}: only the headings");
                let headings = grid.rows[0].1.clone();
                let file = encode(
                    format,
                    &[Table {
                        name: "Sheet".into(),
                        rows: vec![filled(kind, &headings, 1), filled(kind, &headings, 2)],
                        headings,
                    }],
                )
                .unwrap();
                let preview = app.preview_import(kind, &file).unwrap();
                assert!(
                    preview.problems.is_empty(),
                    "{kind:?} {l:?}: {:?}",
                    preview.problems
                );
                assert_eq!((preview.created, preview.updated), (2, 0));
                let before = snapshot(&app);
                let done = app.commit_import(kind, &file).unwrap();
                assert!(done.committed && done.created == 2, "{done:?}");
                let after = snapshot(&app);
                assert_ne!(before, after);
                let again = app.commit_import(kind, &file).unwrap();
                assert_eq!(
                    (again.created, again.updated, again.unchanged),
                    (0, 0, 2),
                    "{kind:?} {format:?} {l:?}: {again:?}"
                );
                assert_eq!(snapshot(&app), after);
            }
        }
    }
}

#[test]
fn one_bad_row_is_named_by_row_and_column_and_nothing_is_written() {
    let mut app = app();
    app.create_neutral(NeutralInputDto {
        name_en: "Existing".into(),
        roles: "both".into(),
        home_zone: "Asia/Hong_Kong".into(),
        email: Some("old@example.hk".into()),
        ..NeutralInputDto::default()
    })
    .unwrap();
    let before = snapshot(&app);
    let csv = "name_en,email,nationality,languages\r\n\
               Ada Lam,ada@example.hk,HK,en:fluent\r\n\
               Old One,OLD@example.hk,GB,en\r\n\
               Bo Chan,bo@example.hk,XX,yue:native\r\n";
    let report = app
        .commit_import(SheetKindDto::Neutrals, csv.as_bytes())
        .unwrap();
    assert!(!report.committed);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let p = &report.problems[0];
    assert_eq!(
        (p.row, p.column.as_deref(), p.cell.as_str()),
        (4, Some("nationality"), "C4")
    );
    assert!(p.message.contains("Nationalit"), "{}", p.message);
    assert_eq!((report.created, report.updated), (1, 1));
    assert_eq!(snapshot(&app), before);
}

#[test]
fn problems_are_in_the_clerks_language() {
    let mut app = app();
    app.set_language("zh-Hant").unwrap();
    let csv = "電子郵箱,英文名稱\r\nbad,\r\n";
    let report = app
        .preview_import(SheetKindDto::Neutrals, csv.as_bytes())
        .unwrap();
    assert!(!report.problems.is_empty());
    assert!(
        report.problems.iter().all(|p| p.row == 2),
        "{:?}",
        report.problems
    );
    assert!(
        report.problems.iter().any(|p| p.heading == "電子郵箱"),
        "{:?}",
        report.problems
    );
}

#[test]
fn chinese_headings_are_accepted() {
    let mut app = app();
    let csv = "英文名称,中文名稱,电子邮箱,語言,国籍\r\nAda Lam,林雅,ada@example.hk,yue:native;en:fluent,HK\r\n";
    let report = app
        .commit_import(SheetKindDto::Neutrals, csv.as_bytes())
        .unwrap();
    assert!(report.committed, "{:?}", report.problems);
    let n = &app.list_neutrals(&NeutralQueryDto::default()).unwrap()[0];
    assert_eq!((n.name.zh.as_str(), n.languages.len()), ("林雅", 2));
}

#[test]
fn unknown_and_missing_headings_are_refused() {
    let app = app();
    let report = app
        .preview_import(SheetKindDto::Neutrals, b"name_en,fax\r\nAda,1\r\n")
        .unwrap();
    let cols: Vec<_> = report.problems.iter().map(|p| p.column.clone()).collect();
    assert_eq!(
        cols,
        vec![None, Some("email".to_owned())],
        "{:?}",
        report.problems
    );
}

#[test]
fn hostile_files_are_refused_as_a_whole() {
    let app = app();
    let wide = (0..100)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let long = format!("email\r\n{}\r\n", "a".repeat(5000));
    let many = format!("email\r\n{}", "x@example.hk\r\n".repeat(50_002));
    for bytes in [
        b"PK\x03\x04 not really a zip".to_vec(),
        vec![0xff, 0xfe, 0x00],
        wide.into_bytes(),
        long.into_bytes(),
        many.into_bytes(),
        Vec::new(),
    ] {
        let report = app.preview_import(SheetKindDto::Neutrals, &bytes).unwrap();
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        assert!(report.rows.is_empty());
    }
}

#[test]
fn csv_exports_neutralise_formula_cells() {
    let mut app = app();
    app.create_neutral(NeutralInputDto {
        name_en: "=HYPERLINK(\"http://x\")".into(),
        roles: "both".into(),
        home_zone: "Asia/Hong_Kong".into(),
        email: Some("x@example.hk".into()),
        notes: "+1+1".into(),
        ..NeutralInputDto::default()
    })
    .unwrap();
    let (bytes, rows) = app
        .export_sheet_bytes(ExportKindDto::Roster, SheetFormatDto::Csv, None, None)
        .unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(rows, 1);
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
    assert!(text.contains(",'+1+1"), "{text}");
}

#[test]
fn the_exported_roster_imports_back_unchanged() {
    let mut app = crate::testing::demo();
    for format in [SheetFormatDto::Xlsx, SheetFormatDto::Csv] {
        let (bytes, rows) = app
            .export_sheet_bytes(ExportKindDto::Roster, format, None, None)
            .unwrap();
        let report = app.commit_import(SheetKindDto::Neutrals, &bytes).unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.unchanged as usize, rows, "{report:?}");
    }
    for kind in [ExportKindDto::Cases, ExportKindDto::Hearings] {
        let (bytes, rows) = app
            .export_sheet_bytes(kind, SheetFormatDto::Xlsx, None, None)
            .unwrap();
        assert!(rows > 0 && read::read(&bytes).unwrap().rows.len() == rows + 1);
    }
}
