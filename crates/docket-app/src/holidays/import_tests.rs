//! Hostile holiday lists: each is refused (or asks a question) with the sentence a clerk would read,
//! and the database is byte-for-byte the rows it was before; good lists are previewed, then imported
//! exactly as previewed.

use crate::dto::HolidayChangeKindDto;
use crate::i18n::{Locale, describe};
use crate::{App, AppError, FieldProblemReason, HolidayProblem};
use std::path::PathBuf;

use crate::testing::app;

/// Every row of every table, as text, table by table.
fn dump(app: &App) -> Vec<String> {
    app.store
        .read(|c| -> Result<Vec<String>, docket_store::StoreError> {
            let mut tables = c.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
            )?;
            let names = tables
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut out = Vec::new();
            for name in names {
                let mut stmt = c.prepare(&format!("SELECT * FROM \"{name}\""))?;
                let n = stmt.column_count();
                let mut rows = stmt
                    .query_map([], |r| {
                        let mut cells = Vec::with_capacity(n);
                        for i in 0..n {
                            cells.push(format!("{:?}", r.get_ref(i)?));
                        }
                        Ok(format!("{name}: {}", cells.join(" | ")))
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                rows.sort();
                out.extend(rows);
            }
            Ok(out)
        })
        .unwrap()
}

/// Runs `f` (which must fail) and checks that nothing changed; returns the error and its English
/// sentence.
fn refused(
    app: &mut App,
    f: impl FnOnce(&mut App) -> Result<crate::dto::HolidayImportDto, AppError>,
) -> (AppError, String) {
    let before = dump(app);
    assert!(before.iter().any(|r| r.starts_with("holiday_entries: ")));
    let err = f(app).unwrap_err();
    assert_eq!(dump(app), before, "the database changed after {err:?}");
    let text = describe(Locale::En, &err);
    (err, text)
}

fn import(
    app: &mut App,
    calendar: &str,
    bytes: &[u8],
) -> Result<crate::dto::HolidayImportDto, AppError> {
    app.import_holidays(calendar, bytes, "test.json", None, false)
}

#[test]
fn a_stray_date_of_another_year_refuses_the_file_and_leaves_national_day_alone() {
    let mut app = app();
    let file = r#"{"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "国庆节", "date": "2026-10-01", "isOffDay": false},
        {"name": "春节", "date": "2027-02-06", "isOffDay": true}]}"#;
    let (err, text) = refused(&mut app, |a| import(a, "CN", file.as_bytes()));
    assert_eq!(
        err,
        AppError::HolidayImportRefused {
            line: 3,
            problem: HolidayProblem::OutsideYear {
                date: "2026-10-01".into(),
                year: 2027
            }
        }
    );
    assert_eq!(
        text,
        "Line 3 of the holiday list cannot be imported: 2026-10-01 is not in 2027, the year the file declares; a list may only change its own year. Nothing was changed."
    );
    assert!(!app.is_working_day("CN", "2026-10-01").unwrap().working);
    // The preview refuses it the same way.
    assert!(matches!(
        app.preview_holiday_import("CN", file.as_bytes(), None),
        Err(AppError::HolidayImportRefused { line: 3, .. })
    ));
    // The same notice for another year than the one chosen is refused at its `year`.
    let (_, text) = refused(&mut app, |a| {
        a.import_holidays("CN", file.as_bytes(), "t", Some(2028), false)
    });
    assert!(
        text.contains("Line 1") && text.contains("the list for 2027, not 2028"),
        "{text}"
    );
}

#[test]
fn two_entries_for_one_date_that_disagree_are_refused_and_identical_ones_are_harmless() {
    let mut app = app();
    let clash = b"{\"year\": 2027, \"days\": [\n {\"name\": \"\xe5\x9b\xbd\xe5\xba\x86\xe8\x8a\x82\", \"date\": \"2027-10-09\", \"isOffDay\": true},\n {\"name\": \"\xe5\x9b\xbd\xe5\xba\x86\xe8\x8a\x82\", \"date\": \"2027-10-09\", \"isOffDay\": false}\n]}";
    let (err, text) = refused(&mut app, |a| import(a, "CN", clash));
    assert!(matches!(
        err,
        AppError::HolidayImportRefused {
            line: 3,
            problem: HolidayProblem::Disagrees { other_line: 2, .. }
        }
    ));
    assert!(
        text.contains("2027-10-09 is listed again, differently from line 2"),
        "{text}"
    );
    let names = r#"[{"date": "2027-01-01", "name": "New Year"}, {"date": "2027-01-01", "name": "Founders' Day"}]"#;
    refused(&mut app, |a| import(a, "HK", names.as_bytes()));
    let twice = r#"[{"date": "2027-01-01", "name": "New Year"}, {"date": "2027-01-01", "name": "New Year"}]"#;
    let r = import(&mut app, "HK", twice.as_bytes()).unwrap();
    assert_eq!((r.year, r.added), (2027, 1));
}

#[test]
fn a_year_far_from_today_is_a_question_until_confirmed() {
    let mut app = app();
    let file =
        r#"{"year": 2072, "days": [{"name": "元旦", "date": "2072-01-01", "isOffDay": true}]}"#;
    let p = app
        .preview_holiday_import("CN", file.as_bytes(), None)
        .unwrap();
    assert!(p.needs_confirmation);
    assert_eq!((p.year, p.this_year), (2072, 2026));
    let (err, text) = refused(&mut app, |a| import(a, "CN", file.as_bytes()));
    assert!(matches!(
        err,
        AppError::HolidayYearUnconfirmed {
            year: 2072,
            this_year: 2026,
            ..
        }
    ));
    assert!(
        text.contains("replace 2072 in the Mainland calendar, 46 years from this year (2026)"),
        "{text}"
    );
    let r = app
        .import_holidays("CN", file.as_bytes(), "t", None, true)
        .unwrap();
    assert_eq!((r.year, r.added), (2072, 1));
    // Two years away needs no confirmation.
    let near =
        r#"{"year": 2028, "days": [{"name": "元旦", "date": "2028-01-01", "isOffDay": true}]}"#;
    assert!(import(&mut app, "CN", near.as_bytes()).is_ok());
}

#[test]
fn a_byte_order_mark_is_accepted_in_json_and_ics() {
    let mut app = app();
    let mut json = b"\xEF\xBB\xBF".to_vec();
    json.extend_from_slice(
        r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#
            .as_bytes(),
    );
    assert_eq!(import(&mut app, "CN", &json).unwrap().added, 1);
    let ics = b"\xEF\xBB\xBFBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:The first day of January\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import(&mut app, "HK", ics).unwrap().added, 1);
}

#[test]
fn a_year_outside_the_supported_range_is_a_field_error_naming_the_year() {
    let mut app = app();
    let file =
        r#"{"year": 3000, "days": [{"name": "元旦", "date": "3000-01-01", "isOffDay": true}]}"#;
    let (err, text) = refused(&mut app, |a| import(a, "CN", file.as_bytes()));
    let AppError::Validation { fields } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(fields[0].field, "year");
    assert_eq!(
        fields[0].reason,
        FieldProblemReason::OutOfRange {
            min: 1900,
            max: 2200
        }
    );
    assert!(text.contains("Year"), "{text}");
    assert!(!text.contains("went wrong"), "{text}");
    let hk = r#"[{"date": "2027-01-01", "name": "New Year"}]"#;
    let (err, _) = refused(&mut app, |a| {
        a.import_holidays("HK", hk.as_bytes(), "t", Some(99_999), true)
    });
    assert!(matches!(&err, AppError::Validation { fields } if fields[0].field == "year"));
    let old = r#"[{"date": "1850-01-01", "name": "New Year"}]"#;
    let (err, _) = refused(&mut app, |a| import(a, "HK", old.as_bytes()));
    assert!(matches!(&err, AppError::Validation { fields } if fields[0].field == "year"));
}

#[test]
fn an_ics_feed_imports_all_day_events_and_reports_a_timed_meeting_as_skipped() {
    let mut app = app();
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270209\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Case conference\r\nDTSTART;TZID=Asia/Shanghai:20270210T100000\r\nDTEND;TZID=Asia/Shanghai:20270210T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let before = dump(&app);
    let p = app
        .preview_holiday_import("CN", ics.as_bytes(), None)
        .unwrap();
    assert_eq!(dump(&app), before, "a preview writes nothing");
    assert_eq!(p.year, 2027);
    assert_eq!(p.changes.len(), 3);
    assert_eq!(p.skipped.len(), 1);
    assert_eq!(
        (p.skipped[0].line, p.skipped[0].summary.as_str()),
        (7, "Case conference")
    );
    let r = app
        .import_holidays("CN", ics.as_bytes(), "feed.ics", None, false)
        .unwrap();
    assert_eq!((r.added, r.skipped), (3, 1));
    assert!(app.is_working_day("CN", "2027-02-10").unwrap().working);
}

#[test]
fn a_long_ics_event_is_refused_not_cut_short() {
    let mut app = app();
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Summer vacation\r\nDTSTART;VALUE=DATE:20270701\r\nDTEND;VALUE=DATE:20270901\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let (_, text) = refused(&mut app, |a| import(a, "HK", ics.as_bytes()));
    assert_eq!(
        text,
        "Line 2 of the holiday list cannot be imported: the event “Summer vacation” lasts 62 days; a holiday lasts at most 31 days, and a longer event is not cut short. Nothing was changed."
    );
}

#[test]
fn sizes_counts_and_names_are_bounded() {
    let mut app = app();
    let big = vec![b' '; crate::MAX_HOLIDAY_FILE_BYTES + 1];
    let (_, text) = refused(&mut app, |a| import(a, "HK", &big));
    assert!(
        text.contains("the file is 1025 KB; a holiday list is at most 1024 KB"),
        "{text}"
    );
    let many = format!(
        "[{}]",
        vec![r#"{"date": "2027-01-01", "name": "A"}"#; 5_001].join(",")
    );
    let (_, text) = refused(&mut app, |a| import(a, "HK", many.as_bytes()));
    assert!(text.contains("more than 5000 days"), "{text}");
    let long = format!(
        "[\n{{\"date\": \"2027-01-01\", \"name\": \"{}\"}}\n]",
        "节".repeat(201)
    );
    let (_, text) = refused(&mut app, |a| import(a, "HK", long.as_bytes()));
    assert!(
        text.starts_with("Line 2 ") && text.contains("longer than 200 characters"),
        "{text}"
    );
    // The refusal reads in the clerk's language.
    let err = import(&mut app, "HK", long.as_bytes()).unwrap_err();
    assert!(describe(Locale::ZhHans, &err).contains("名称超过 200 个字符"));
    assert!(describe(Locale::ZhHant, &err).contains("名稱超過 200 個字元"));
}

#[test]
fn an_empty_notice_or_a_make_up_day_in_hong_kong_is_refused() {
    let mut app = app();
    // The upstream 2027.json is such a stub; importing it would make 2027 look like a year with no holidays.
    let stub = r#"{"year": 2027, "papers": [], "days": []}"#;
    let (_, text) = refused(&mut app, |a| import(a, "CN", stub.as_bytes()));
    assert!(text.contains("no days in 2027"), "{text}");
    let hk = "[\n{\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n{\"date\": \"2027-02-13\", \"name\": \"x\", \"isOffDay\": false}\n]";
    let (_, text) = refused(&mut app, |a| import(a, "HK", hk.as_bytes()));
    assert!(
        text.starts_with("Line 3 ") && text.contains("make-up working day"),
        "{text}"
    );
}

#[test]
fn the_preview_lists_old_and_new_for_each_date_and_the_import_does_exactly_that() {
    let mut app = app();
    // 2026 Mainland as seeded, with National Day's first day renamed, one day dropped and one added.
    let mut days: Vec<serde_json::Value> = app
        .list_holidays("CN", 2026)
        .unwrap()
        .entries
        .iter()
        .filter(|e| e.date != "2026-10-07")
        .map(|e| serde_json::json!({"date": e.date, "name": e.name.zh, "isOffDay": !e.working}))
        .collect();
    days[0]["name"] = "新年".into();
    days.push(serde_json::json!({"date": "2026-12-31", "name": "除夕", "isOffDay": true}));
    let file = serde_json::json!({"year": 2026, "days": days}).to_string();
    let before = dump(&app);
    let p = app
        .preview_holiday_import("CN", file.as_bytes(), None)
        .unwrap();
    assert_eq!(dump(&app), before);
    assert!(p.replaces && p.declared && !p.needs_confirmation);
    let kinds: Vec<_> = p
        .changes
        .iter()
        .map(|c| (c.date.as_str(), c.change))
        .collect();
    assert_eq!(
        kinds,
        [
            ("2026-01-01", HolidayChangeKindDto::Changed),
            ("2026-10-07", HolidayChangeKindDto::Removed),
            ("2026-12-31", HolidayChangeKindDto::Added)
        ]
    );
    let first = &p.changes[0];
    assert_eq!(first.before.as_ref().unwrap().name.zh, "元旦");
    assert_eq!(first.after.as_ref().unwrap().name.zh, "新年");
    assert!(p.changes[1].after.is_none() && p.changes[2].before.is_none());
    let r = import(&mut app, "CN", file.as_bytes()).unwrap();
    assert_eq!(
        (r.added, r.corrected, r.removed, r.unchanged),
        (1, 1, 1, p.unchanged)
    );
    // Wednesday 7 October is now an ordinary working day.
    assert!(app.is_working_day("CN", "2026-10-07").unwrap().working);
}

fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/holidays");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "NOTICE: {} is absent; skipping the real-feed import test",
            dir.display()
        );
        None
    }
}

#[test]
fn the_real_1823_feed_needs_a_year_and_then_changes_nothing_for_2026() {
    let Some(dir) = fixtures() else { return };
    let mut app = app();
    let feed = std::fs::read(dir.join("hk_1823_holidays_en.json")).unwrap();
    let (_, text) = refused(&mut app, |a| import(a, "HK", &feed));
    assert!(
        text.contains("it covers 2011, 2012,") && text.contains("choose the one year"),
        "{text}"
    );
    let p = app.preview_holiday_import("HK", &feed, Some(2026)).unwrap();
    // The feed spells one name with a curly apostrophe (Lunar New Year’s Day): the preview shows
    // it as a changed name; no day changes between off and working.
    assert!(p.changes.len() <= 1, "{:?}", p.changes);
    for c in &p.changes {
        assert_eq!(c.change, HolidayChangeKindDto::Changed);
        assert_eq!(
            c.before.as_ref().unwrap().working,
            c.after.as_ref().unwrap().working
        );
    }
    assert_eq!(p.unchanged + u32::try_from(p.changes.len()).unwrap(), 17);
    assert_eq!(p.other_years.iter().map(|o| o.days).sum::<u32>(), 258 - 17);
    for year in [2024, 2025, 2026] {
        let notice = std::fs::read(dir.join(format!("cn_holiday-cn_{year}.json"))).unwrap();
        let p = app.preview_holiday_import("CN", &notice, None).unwrap();
        assert_eq!((p.year, p.changes.len()), (year, 0), "{:?}", p.changes);
    }
}
