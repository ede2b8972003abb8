//! Correcting a case's details and removing it with undo: the audit entry names the clerk with the
//! values before and after, and a removed case leaves the lists, search and exports and comes back
//! whole.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::AppError;
use crate::dto::{CaseEditDto, IcsExportDto, RemovedKindDto};
use crate::locale::Locale;
use crate::testing::{app, case_with_hearings, demo, open_case};

#[test]
fn editing_a_title_is_audited_with_before_after_and_the_clerk() {
    let mut app = app();
    app.set_clerk_name("Chan Mei").unwrap();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    let detail = app
        .update_case(
            "HK-1",
            &CaseEditDto {
                title_en: Some("Kowloon Textiles v Futian".into()),
                amount: Some("1,250,000.50".into()),
                currency: Some("hkd".into()),
                ..CaseEditDto::default()
            },
        )
        .unwrap();
    assert_eq!(detail.case.title.en, "Kowloon Textiles v Futian");
    assert_eq!(detail.amount.as_deref(), Some("1250000.50"));
    assert_eq!(detail.currency.as_deref(), Some("HKD"));
    let entry = detail.audit.last().unwrap();
    assert_eq!(entry.action, "case_edited");
    assert_eq!(entry.clerk.as_deref(), Some("Chan Mei"));
    let old = entry.old_value.as_deref().unwrap();
    let new = entry.new_value.as_deref().unwrap();
    assert!(
        old.contains("title_en: Kowloon Textiles Ltd v Futian Trading Co."),
        "{old}"
    );
    assert!(new.contains("title_en: Kowloon Textiles v Futian"), "{new}");
    assert!(new.contains("amount: 1250000.50 HKD"), "{new}");
    assert!(
        entry.sentence.starts_with(
            "Chan Mei changed the title from “Kowloon Textiles Ltd v Futian Trading Co.” to \
             “Kowloon Textiles v Futian”"
        ),
        "{}",
        entry.sentence
    );
    // Search finds it by its new title.
    assert_eq!(app.search("Futian").unwrap()[0].case_reference, "HK-1");
}

#[test]
fn the_edit_sentence_reads_in_chinese_too() {
    let mut app = app();
    app.set_clerk_name("陳美").unwrap();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    app.update_case(
        "HK-1",
        &CaseEditDto {
            title_en: Some("B".into()),
            ..CaseEditDto::default()
        },
    )
    .unwrap();
    app.set_language(Locale::ZhHant.tag()).unwrap();
    let audit = app.case_detail("HK-1").unwrap().audit;
    assert!(
        audit
            .last()
            .unwrap()
            .sentence
            .starts_with("陳美修改了案件：名稱由「")
    );
    app.set_language(Locale::ZhHans.tag()).unwrap();
    let audit = app.case_detail("HK-1").unwrap().audit;
    assert!(
        audit
            .last()
            .unwrap()
            .sentence
            .starts_with("陳美修改了案件：名称由“")
    );
}

#[test]
fn an_edit_is_checked_like_a_new_case_and_refused_whole() {
    let mut app = app();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    let err = app
        .update_case(
            "HK-1",
            &CaseEditDto {
                title_en: Some(String::new()),
                title_zh: Some(String::new()),
                amount: Some("12x".into()),
                ..CaseEditDto::default()
            },
        )
        .unwrap_err();
    let AppError::Validation { fields } = err else {
        panic!("{err:?}")
    };
    let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
    assert!(
        names.contains(&"title_en") && names.contains(&"amount"),
        "{names:?}"
    );
    let detail = app.case_detail("HK-1").unwrap();
    assert_eq!(
        detail.case.title.en,
        "Kowloon Textiles Ltd v Futian Trading Co."
    );
    assert_eq!(detail.audit.len(), 1);
}

#[test]
fn a_removed_case_leaves_lists_search_and_exports_and_comes_back_whole() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let reference = case_with_hearings(&app);
    let cases = app.list_cases().unwrap().len();
    let hearings = app.list_hearings().unwrap();
    let own = hearings
        .iter()
        .filter(|h| h.case_reference == reference)
        .count();
    assert!(own > 0);
    let deadlines = app.list_case_deadlines().unwrap().len();
    let export = |app: &crate::App| {
        app.export_ics(&IcsExportDto {
            scope: "all".into(),
            ..IcsExportDto::default()
        })
        .unwrap()
        .hearings
    };
    let exported = export(&app);
    assert!(!app.search(&reference).unwrap().is_empty());

    app.remove_case(&reference).unwrap();
    assert_eq!(app.list_cases().unwrap().len(), cases - 1);
    assert_eq!(app.list_hearings().unwrap().len(), hearings.len() - own);
    assert!(app.list_case_deadlines().unwrap().len() <= deadlines);
    assert!(
        app.search(&reference)
            .unwrap()
            .iter()
            .all(|h| h.case_reference != reference)
    );
    assert_eq!(export(&app), exported - u32::try_from(own).unwrap());
    assert!(matches!(
        app.case_detail(&reference),
        Err(AppError::NotFound { .. })
    ));
    let removed = app.recently_removed().unwrap();
    assert_eq!(removed[0].kind, RemovedKindDto::Case);
    assert_eq!(removed[0].key, reference);
    // Removing it again, or restoring a case that is not removed, finds nothing to do.
    assert!(matches!(
        app.remove_case(&reference),
        Err(AppError::NotFound { .. })
    ));

    let back = app.restore_case(&reference).unwrap();
    assert_eq!(back.case.hearings, u32::try_from(own).unwrap());
    assert_eq!(app.list_cases().unwrap().len(), cases);
    assert_eq!(app.list_hearings().unwrap().len(), hearings.len());
    assert_eq!(app.list_case_deadlines().unwrap().len(), deadlines);
    assert_eq!(export(&app), exported);
    assert!(!app.search(&reference).unwrap().is_empty());
    assert!(app.recently_removed().unwrap().is_empty());
    let actions: Vec<_> = back.audit.iter().map(|a| a.action.as_str()).collect();
    assert!(
        actions.ends_with(&["case_removed", "case_restored"]),
        "{actions:?}"
    );
    let sentences: Vec<_> = back
        .audit
        .iter()
        .rev()
        .take(2)
        .map(|a| a.sentence.clone())
        .collect();
    assert_eq!(
        sentences,
        ["Chan Mei restored the case", "Chan Mei removed the case"]
    );
    assert!(matches!(
        app.restore_case(&reference),
        Err(AppError::NotFound { .. })
    ));
}

#[test]
fn a_removed_case_keeps_its_reference() {
    let mut app = app();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    app.remove_case("HK-1").unwrap();
    let err = app
        .create_case(&crate::dto::NewCaseDto {
            reference: "HK-1".into(),
            title_en: "Another".into(),
            model: "hkiac_arbitration".into(),
            filed_on: "2026-11-02".into(),
            ..crate::dto::NewCaseDto::default()
        })
        .unwrap_err();
    assert!(matches!(err, AppError::Validation { .. }), "{err:?}");
}
