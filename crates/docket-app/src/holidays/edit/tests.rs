//! Changing one calendar day or closure day: the preview names the deadlines it moves, the change is
//! audited with the clerk's name and the day before and after, and its undo puts the day back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::dto::{CalendarDto, CalendarEditDto};
use crate::testing::demo;
use crate::{App, AppError, FieldProblemReason};
use docket_store::repo;

fn audit(app: &App, id: &str) -> Vec<repo::workflow::AuditRow> {
    app.store
        .read(|c| repo::workflow::audit_trail(c, "holiday_calendar", id))
        .unwrap()
}

fn moved(list: &[crate::dto::MovedDeadlineDto]) -> Vec<(String, String, String, String)> {
    list.iter()
        .map(|m| {
            (
                m.case_reference.clone(),
                m.name.en.clone(),
                m.before.clone().unwrap_or_default(),
                m.after.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// The set-aside deadline's date on today's calendars (the stored date stays as computed).
fn set_aside_due(app: &App) -> String {
    let d = app
        .list_case_deadlines()
        .unwrap()
        .into_iter()
        .find(|d| d.case_reference == "HKIAC-A26057" && d.code == "set_aside")
        .unwrap();
    d.recomputed_due.unwrap_or(d.due)
}

#[test]
fn a_closure_day_previews_the_deadline_it_moves_is_audited_and_undone() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let add = CalendarEditDto::AddClosure {
        date: "2026-11-27".into(),
        name_en: "Centre closed (move)".into(),
        name_zh: "中心休息（搬遷）".into(),
    };
    let preview = app.preview_calendar_edit(&add).unwrap();
    let expected = [(
        "HKIAC-A26057".to_owned(),
        "Apply to set aside the award (Cap 609 s.81)".to_owned(),
        "2026-11-27".to_owned(),
        "2026-11-30".to_owned(),
    )];
    assert_eq!(moved(&preview.moved), expected);
    assert!(
        app.closure_days().unwrap().is_empty(),
        "a preview writes nothing"
    );
    let done = app.edit_calendar(&add).unwrap();
    assert_eq!(moved(&done.moved), expected);
    assert_eq!(set_aside_due(&app), "2026-11-30");
    let entry = audit(&app, "closure 2026-11-27").pop().unwrap();
    assert_eq!(entry.action, "closure_added");
    assert_eq!(entry.clerk.as_deref(), Some("Chan Mei"));
    assert_eq!(entry.old_value, None);
    assert!(entry.new_value.unwrap().contains("中心休息（搬遷）"));
    // Adding it twice is refused by the date.
    match app.edit_calendar(&add).unwrap_err() {
        AppError::Validation { fields } => {
            assert_eq!(fields[0].field, "date");
            assert_eq!(fields[0].reason, FieldProblemReason::Duplicate);
        }
        other => panic!("{other:?}"),
    }
    // The undo removes it, and its own undo adds it back.
    assert_eq!(
        done.undo,
        CalendarEditDto::RemoveClosure {
            date: "2026-11-27".into()
        }
    );
    let undone = app.edit_calendar(&done.undo).unwrap();
    assert!(app.closure_days().unwrap().is_empty());
    assert_eq!(set_aside_due(&app), "2026-11-27");
    assert_eq!(undone.undo, add);
    let entry = audit(&app, "closure 2026-11-27").pop().unwrap();
    assert_eq!(entry.action, "closure_removed");
    assert!(entry.old_value.unwrap().contains("Centre closed (move)"));
}

#[test]
fn a_holiday_added_corrected_and_removed_keeps_before_and_after() {
    let mut app = demo();
    app.set_clerk_name("Lee Wing").unwrap();
    let add = CalendarEditDto::SetHoliday {
        calendar: CalendarDto::HK,
        date: "2026-11-27".into(),
        working: false,
        name_en: "Special general holiday".into(),
        name_zh: "特別公眾假期".into(),
        reason: "Gazette notice 2026/99".into(),
    };
    let done = app.edit_calendar(&add).unwrap();
    assert_eq!(moved(&done.moved)[0].3, "2026-11-30");
    let entry = audit(&app, "HK 2026-11-27").pop().unwrap();
    assert_eq!(entry.action, "holiday_added");
    assert_eq!(entry.clerk.as_deref(), Some("Lee Wing"));
    assert_eq!(
        done.undo,
        CalendarEditDto::RemoveHoliday {
            calendar: CalendarDto::HK,
            date: "2026-11-27".into(),
            reason: "Undo: Gazette notice 2026/99".into()
        }
    );
    // A correction keeps the day it replaces.
    let correct = CalendarEditDto::SetHoliday {
        calendar: CalendarDto::HK,
        date: "2026-11-27".into(),
        working: false,
        name_en: "Special holiday (corrected)".into(),
        name_zh: "特別假期（更正）".into(),
        reason: "Corrigendum".into(),
    };
    let preview = app.preview_calendar_edit(&correct).unwrap();
    assert_eq!(preview.before.unwrap().name.en, "Special general holiday");
    assert!(preview.moved.is_empty(), "still a day off: nothing moves");
    app.edit_calendar(&correct).unwrap();
    let entry = audit(&app, "HK 2026-11-27").pop().unwrap();
    assert_eq!(entry.action, "holiday_corrected");
    assert!(entry.old_value.unwrap().contains("Special general holiday"));
    assert!(
        entry
            .new_value
            .unwrap()
            .contains("Special holiday (corrected)")
    );
    // Removal: the calendar's history keeps what it was; the undo re-adds it.
    let remove = CalendarEditDto::RemoveHoliday {
        calendar: CalendarDto::HK,
        date: "2026-11-27".into(),
        reason: "Notice withdrawn".into(),
    };
    let removed = app.edit_calendar(&remove).unwrap();
    assert_eq!(moved(&removed.moved)[0].2, "2026-11-30");
    assert_eq!(set_aside_due(&app), "2026-11-27");
    let entry = audit(&app, "HK 2026-11-27").pop().unwrap();
    assert_eq!(entry.action, "holiday_removed");
    assert_eq!(entry.new_value, None);
    let changes: (String, Option<String>, String) = app
        .store
        .read(|c| {
            c.query_row(
                "SELECT change, before, reason FROM holiday_changes WHERE date = '2026-11-27'
                 ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(docket_store::StoreError::from)
        })
        .unwrap();
    assert_eq!(changes.0, "removed");
    assert!(changes.1.unwrap().contains("Special holiday (corrected)"));
    assert_eq!(changes.2, "Notice withdrawn");
    app.edit_calendar(&removed.undo).unwrap();
    assert_eq!(set_aside_due(&app), "2026-11-30");
}

#[test]
fn calendar_changes_are_refused_with_the_field() {
    let mut app = demo();
    let field = |app: &mut App, edit: CalendarEditDto| match app.edit_calendar(&edit).unwrap_err() {
        AppError::Validation { fields } => fields[0].field.clone(),
        other => format!("{other:?}"),
    };
    let set = |date: &str, working: bool, reason: &str| CalendarEditDto::SetHoliday {
        calendar: CalendarDto::HK,
        date: date.into(),
        working,
        name_en: "Day".into(),
        name_zh: "日".into(),
        reason: reason.into(),
    };
    assert_eq!(field(&mut app, set("2026-11-27", true, "r")), "kind");
    assert_eq!(field(&mut app, set("2026-11-27", false, " ")), "reason");
    assert_eq!(field(&mut app, set("2026-02-30", false, "r")), "date");
    assert!(field(&mut app, set("2027-03-01", false, "r")).starts_with("NoHolidayData"));
    let remove = CalendarEditDto::RemoveHoliday {
        calendar: CalendarDto::CN,
        date: "2026-11-26".into(),
        reason: "r".into(),
    };
    assert_eq!(field(&mut app, remove), "date");
    let closure = CalendarEditDto::AddClosure {
        date: "2026-11-27".into(),
        name_en: " ".into(),
        name_zh: String::new(),
    };
    assert_eq!(field(&mut app, closure), "name_en");
    let gone = CalendarEditDto::RemoveClosure {
        date: "2026-11-27".into(),
    };
    assert_eq!(field(&mut app, gone), "date");
    assert!(
        app.store
            .read(|c| repo::workflow::audit_trail(c, "holiday_calendar", "HK 2026-11-27"))
            .unwrap()
            .is_empty()
    );
}
