//! History tests: every action the app writes reads as a sentence in each language, naming the
//! clerk and the records (never a code or an id), and times are shown in the display zone.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::dto::{
    CasePartyInputDto, ChecklistUpdateDto, NewCaseDto, NewDocumentDto, PartyInputDto,
};
use crate::testing::app;
use crate::{AppError, DocumentSource, FieldProblemReason};

const PARTY: &str = "0193a5b0-0000-7000-8000-000000000001";
const NOTE: &str = "0193a5b0-0000-7000-8000-000000000002";

fn row(action: &str, old: Option<&str>, new: Option<&str>, clerk: Option<&str>) -> AuditRow {
    AuditRow {
        action: action.to_owned(),
        old_value: old.map(str::to_owned),
        new_value: new.map(str::to_owned),
        at: "2026-12-03T06:05:00Z".to_owned(),
        clerk: clerk.map(str::to_owned),
    }
}

fn names() -> Names {
    let mut n = Names::default();
    n.parties.insert(
        PARTY.to_owned(),
        Bilingual::new("Kowloon Textiles Ltd", "九龍紡織有限公司"),
    );
    n.neutrals.insert(
        "Tan Wei Ming".to_owned(),
        Bilingual::new("Tan Wei Ming", "陳偉明"),
    );
    n.limits.insert(
        "answer".to_owned(),
        Bilingual::new("Answer to the Notice of Arbitration", "對仲裁通知的答覆"),
    );
    n.items.insert(
        "tribunal_fees".to_owned(),
        Bilingual::new("Deposit for the tribunal's fees", "仲裁庭費用按金"),
    );
    n.confidential_notes.insert(NOTE.to_owned());
    n
}

/// One entry of every action the app writes, with values as the app writes them.
fn every_action() -> Vec<AuditRow> {
    let c = Some("Chan Mei");
    vec![
        row(
            "created",
            None,
            Some("HKIAC-A26017 · hkiac_arbitration · 2026-03-08 · ordinary"),
            c,
        ),
        row(
            "stage",
            Some("arbitration_filed 2026-03-08"),
            Some("notice_served 2026-03-10"),
            c,
        ),
        row(
            "event_redated",
            Some("notice_served 2026-03-10"),
            Some("notice_served 2026-03-11 (courier receipt)"),
            c,
        ),
        row("deadline_created", None, Some("answer 2026-04-09"), c),
        row(
            "deadline_overridden",
            Some("answer 2026-04-09"),
            Some("answer 2026-04-16 (tribunal's direction)"),
            c,
        ),
        row("party_added", None, Some(&format!("claimant {PARTY}")), c),
        row("appointment", None, Some("sole_arbitrator Tan Wei Ming"), c),
        row(
            "hearing_booked",
            None,
            Some("procedural_conference 2026-12-10T10:00 Asia/Hong_Kong"),
            c,
        ),
        row(
            "hearing_moved",
            None,
            Some("2026-12-11T14:30 Asia/Shanghai"),
            c,
        ),
        row("hearing_status", Some("tentative"), Some("confirmed"), c),
        row(
            "hearing_tz_reviewed",
            Some("2025b 2026-12-10T02:00:00Z"),
            Some("2026a 2026-12-10T02:00:00Z: keep wall_time, 2026-12-10T10:00 Asia/Hong_Kong"),
            c,
        ),
        row(
            "package_exported",
            None,
            Some("/home/clerk/HKIAC-A26017.bdcase"),
            c,
        ),
        row(
            "package_imported",
            None,
            Some("/home/clerk/HKIAC-A26017.bdcase (exported 2026-12-01T01:00:00Z)"),
            c,
        ),
        row("checklist_generated", None, Some("7 items"), c),
        row(
            "checklist:tribunal_fees",
            Some("open  "),
            Some("done Wong Siu Ling 2026-12-20"),
            c,
        ),
        row("document_added", None, Some("Statement of Claim v1"), c),
        row(
            "document_added",
            Some("Statement of Claim"),
            Some("Statement of Claim v2"),
            c,
        ),
        row(
            "document_confidential",
            Some("false"),
            Some("Mediation brief: true"),
            c,
        ),
        row("bundle_ordered", None, Some("12 documents"), c),
        row("note_added", None, Some(NOTE), c),
        row("profile_edited", None, Some("Tan Wei Ming"), c),
        row(
            "new_version",
            Some("answer Days(30) from 2018-11-01"),
            Some("answer Days(28) from 2027-01-01 (HKIAC Rules 2027)"),
            c,
        ),
        row(
            "line_set",
            None,
            Some("tribunal_fees 3 Deposit for the tribunal's fees"),
            c,
        ),
    ]
}

#[test]
fn every_action_reads_as_a_sentence_without_codes_or_ids_in_each_language() {
    let names = names();
    for l in Locale::ALL {
        for r in every_action() {
            let s = sentence(l, &names, &r);
            assert!(s.starts_with("Chan Mei"), "{l:?} {}: {s}", r.action);
            assert!(!s.contains('_'), "a code in {l:?} {}: {s}", r.action);
            assert!(!s.contains(PARTY) && !s.contains(NOTE), "an id: {s}");
            assert!(!s.contains("Asia/"), "a zone id: {s}");
            assert!(!s.contains("T10:00") && !s.contains("Z"), "a raw time: {s}");
            if l != Locale::En {
                assert!(
                    !s.contains(" moved ") && !s.contains(" added "),
                    "{l:?}: {s}"
                );
            }
        }
    }
}

#[test]
fn representative_sentences_in_english() {
    let names = names();
    let say = |i: usize| sentence(Locale::En, &names, &every_action()[i]);
    assert_eq!(
        say(0),
        "Chan Mei opened the case, filed on 8 Mar 2026 (Sun)"
    );
    assert_eq!(
        say(1),
        "Chan Mei moved the case from “Arbitration filed” to “Notice received by respondent”, on 10 Mar 2026 (Tue)"
    );
    assert_eq!(
        say(2),
        "Chan Mei changed the date of “Notice received by respondent” from 10 Mar 2026 (Tue) to 11 Mar 2026 (Wed) (reason: courier receipt)"
    );
    assert_eq!(
        say(4),
        "Chan Mei changed the deadline “Answer to the Notice of Arbitration” from 9 Apr 2026 (Thu) to 16 Apr 2026 (Thu) (reason: tribunal's direction)"
    );
    assert_eq!(say(5), "Chan Mei added Kowloon Textiles Ltd as claimant");
    assert_eq!(say(6), "Chan Mei appointed Tan Wei Ming as sole arbitrator");
    assert_eq!(
        say(7),
        "Chan Mei booked a procedural conference for 10 Dec 2026 10:00 Hong Kong time"
    );
    assert_eq!(
        say(9),
        "Chan Mei changed a hearing from “tentative” to “confirmed”"
    );
    assert_eq!(
        say(14),
        "Chan Mei changed the checklist item “Deposit for the tribunal's fees”: status from “open” to “done”, owner from none to “Wong Siu Ling”, due date from none to 20 Dec 2026 (Sun)"
    );
    assert_eq!(
        say(16),
        "Chan Mei added version 2 of the document “Statement of Claim”"
    );
    assert_eq!(say(19), "Chan Mei added a confidential note");
    assert_eq!(
        say(12),
        "Chan Mei imported the case from a package (HKIAC-A26017.bdcase, exported 1 Dec 2026 09:00)"
    );
}

#[test]
fn representative_sentences_in_chinese() {
    let names = names();
    let say = |l: Locale, i: usize| sentence(l, &names, &every_action()[i]);
    assert_eq!(
        say(Locale::ZhHant, 1),
        "Chan Mei將案件由「提起仲裁」推進至「被申請人收到仲裁通知」，日期為2026年3月10日（星期二）"
    );
    assert_eq!(
        say(Locale::ZhHans, 1),
        "Chan Mei将案件由“提起仲裁”推进至“被申请人收到仲裁通知”，日期为2026年3月10日（星期二）"
    );
    // Names of people and companies, Chinese first, and terms: all in the interface's script.
    assert_eq!(
        say(Locale::ZhHant, 5),
        "Chan Mei將九龍紡織有限公司列為申請人"
    );
    assert_eq!(say(Locale::ZhHans, 6), "Chan Mei指定陈伟明为独任仲裁员");
    assert_eq!(
        say(Locale::ZhHant, 3),
        "Chan Mei新增了期限「對仲裁通知的答覆」，屆滿日為2026年4月9日（星期四）"
    );
    // Terms held in Traditional script read in Simplified, as everywhere else in the app.
    let answer = crate::script::hans("對仲裁通知的答覆");
    assert!(answer.starts_with("对仲裁通知"));
    assert_eq!(
        say(Locale::ZhHans, 3),
        format!("Chan Mei新增了期限“{answer}”，届满日为2026年4月9日（星期四）")
    );
    assert_eq!(
        say(Locale::ZhHant, 7),
        "Chan Mei安排了程序會議，時間為香港時間2026年12月10日 10:00"
    );
    assert_eq!(
        say(Locale::ZhHant, 9),
        "Chan Mei將一場聆訊的狀態由「暫定」改為「已確認」"
    );
    let chan = row("stage", Some("a"), Some("b"), Some("陳美"));
    assert!(sentence(Locale::ZhHant, &names, &chan).starts_with("陳美將案件"));
}

#[test]
fn an_entry_without_a_clerk_or_with_an_unknown_action_still_reads_as_a_sentence() {
    let names = Names::default();
    let old = row(
        "stage",
        Some("arbitration_filed 2026-03-08"),
        Some("closed 2026-04-01"),
        None,
    );
    assert_eq!(
        sentence(Locale::En, &names, &old),
        "Someone moved the case from “Arbitration filed” to “Closed”, on 1 Apr 2026 (Wed)"
    );
    let unknown = row(
        "merged_from_elsewhere",
        Some("x_y"),
        Some("z_w"),
        Some("Chan Mei"),
    );
    assert_eq!(
        sentence(Locale::En, &names, &unknown),
        "Chan Mei made a change"
    );
    assert_eq!(
        sentence(Locale::ZhHant, &names, &unknown),
        "Chan Mei作出了修改"
    );
    assert_eq!(
        sentence(Locale::ZhHans, &names, &unknown),
        "Chan Mei作出了修改"
    );
    // A party that no longer resolves, a value that does not read.
    let gone = row("party_added", None, Some("respondent 0193a5b0-dead"), None);
    assert_eq!(
        sentence(Locale::En, &names, &gone),
        "Someone added a party as respondent"
    );
    let garbled = row("deadline_overridden", Some("?"), None, None);
    assert_eq!(
        sentence(Locale::ZhHant, &names, &garbled),
        "有人修改了一項期限的日期"
    );
}

#[test]
fn times_are_shown_in_the_display_zone() {
    assert_eq!(
        when(Locale::En, display_zone(), "2026-12-03T06:05:00Z"),
        "3 Dec 2026 14:05"
    );
    assert_eq!(
        when(Locale::ZhHant, display_zone(), "2026-12-03T06:05:00Z"),
        "2026年12月3日 14:05"
    );
    // Just after midnight in Hong Kong is still the day before in UTC.
    assert_eq!(
        when(Locale::En, display_zone(), "2026-12-31T16:30:00Z"),
        "1 Jan 2027 00:30"
    );
    let london: Zone = "Europe/London".parse().unwrap();
    assert_eq!(
        when(Locale::En, london, "2026-07-03T06:05:00Z"),
        "3 Jul 2026 07:05"
    );
}

#[test]
fn the_clerk_name_is_checked() {
    let mut app = app();
    assert_eq!(app.settings().unwrap().clerk_name, None);
    let refused = |app: &mut crate::App, name: &str| match app.set_clerk_name(name) {
        Err(AppError::Validation { fields }) => {
            assert_eq!(fields[0].field, "clerk_name");
            fields[0].reason.clone()
        }
        other => panic!("{name:?} was not refused: {other:?}"),
    };
    assert_eq!(refused(&mut app, "   "), FieldProblemReason::Required);
    assert_eq!(
        refused(&mut app, &"陳".repeat(81)),
        FieldProblemReason::TooLong { max: 80 }
    );
    assert!(matches!(
        refused(&mut app, "Chan\nMei"),
        FieldProblemReason::Malformed { .. }
    ));
    assert!(matches!(
        refused(&mut app, "Chan\u{202E}Mei"),
        FieldProblemReason::Malformed { .. }
    ));
    assert_eq!(app.settings().unwrap().clerk_name, None, "nothing was kept");
    let s = app.set_clerk_name("  陳美 Chan Mei ").unwrap();
    assert_eq!(s.clerk_name.as_deref(), Some("陳美 Chan Mei"));
    assert_eq!(
        app.set_clerk_name(&"陳".repeat(80))
            .unwrap()
            .clerk_name
            .unwrap()
            .chars()
            .count(),
        80
    );
}

fn open_case(app: &mut crate::App) -> String {
    app.create_case(&NewCaseDto {
        reference: "HKIAC-A26017".into(),
        title_en: "Kowloon Textiles Ltd v São Paulo Comércio S.A.".into(),
        title_zh: "九龍紡織有限公司 訴 聖保羅貿易股份公司".into(),
        model: "hkiac_arbitration".into(),
        filed_on: "2026-03-08".into(),
        language: "en".into(),
        ..NewCaseDto::default()
    })
    .unwrap();
    "HKIAC-A26017".to_owned()
}

#[test]
fn the_case_history_names_the_clerk_and_the_records_in_the_clerks_language() {
    let mut app = app();
    let reference = open_case(&mut app);
    app.set_clerk_name("Chan Mei").unwrap();
    let party = app
        .create_party(PartyInputDto {
            name_en: "Kowloon Textiles Ltd".into(),
            name_zh: "九龍紡織有限公司".into(),
            kind: "company".into(),
            nationality: "HK".into(),
            group: None,
        })
        .unwrap();
    app.set_case_party(CasePartyInputDto {
        case_reference: reference.clone(),
        party_id: party.id.clone(),
        side: "claimant".into(),
        counsel_id: None,
    })
    .unwrap();
    app.advance_case(&reference, "notice_served", "2026-03-10", "")
        .unwrap();
    let prep = app.prepare_case(&reference).unwrap();
    let item = &prep.checklist[0];
    app.update_checklist_item(
        &reference,
        &item.id,
        &ChecklistUpdateDto {
            owner: Some("Wong Siu Ling".into()),
            due: None,
            status: Some("done".into()),
        },
    )
    .unwrap();
    app.add_document(
        &reference,
        DocumentSource::Paper,
        &NewDocumentDto {
            title: "Statement of Claim".into(),
            location: "Cabinet 3".into(),
            added_by: "Chan Mei".into(),
            ..NewDocumentDto::default()
        },
    )
    .unwrap();
    app.add_note(
        &reference,
        "Called the claimant's counsel.",
        true,
        "Chan Mei",
    )
    .unwrap();

    let detail = app.case_detail(&reference).unwrap();
    let trail: Vec<&str> = detail.audit.iter().map(|a| a.sentence.as_str()).collect();
    // The case was opened before the clerk gave a name.
    assert_eq!(detail.audit[0].clerk, None);
    assert_eq!(
        trail[0],
        "Someone opened the case, filed on 8 Mar 2026 (Sun)"
    );
    assert!(
        detail.audit[1..]
            .iter()
            .all(|a| a.clerk.as_deref() == Some("Chan Mei"))
    );
    assert!(
        trail.contains(&"Chan Mei added Kowloon Textiles Ltd as claimant"),
        "{trail:#?}"
    );
    assert!(trail.contains(
        &"Chan Mei moved the case from “Arbitration filed” to “Notice received by respondent”, on 10 Mar 2026 (Tue)"
    ));
    assert!(trail.contains(
        &"Chan Mei added the deadline “Answer to the Notice of Arbitration”, due 9 Apr 2026 (Thu)"
    ));
    let title = &item.title.en;
    assert!(
        trail.iter().any(|s| {
            s.starts_with(&format!(
        "Chan Mei changed the checklist item “{title}”: status from “open” to “done”, owner from"
    ))
        }),
        "{trail:#?}"
    );
    assert!(trail.contains(&"Chan Mei added the document “Statement of Claim”"));
    assert!(trail.contains(&"Chan Mei added a confidential note"));
    // The fixed clock reads 02:00 UTC: 10:00 in Hong Kong.
    assert!(detail.audit.iter().all(|a| a.when == "24 Nov 2026 10:00"));
    assert!(!trail.iter().any(|s| s.contains(&party.id)));

    app.use_locale_for_session(Locale::ZhHant);
    let detail = app.case_detail(&reference).unwrap();
    let trail: Vec<&str> = detail.audit.iter().map(|a| a.sentence.as_str()).collect();
    assert!(
        trail.contains(&"Chan Mei將九龍紡織有限公司列為申請人"),
        "{trail:#?}"
    );
    assert!(trail.contains(&"Chan Mei新增了一則保密筆記"));
    assert_eq!(detail.audit[0].when, "2026年11月24日 10:00");

    app.use_locale_for_session(Locale::ZhHans);
    let trail: Vec<String> = app
        .case_detail(&reference)
        .unwrap()
        .audit
        .into_iter()
        .map(|a| a.sentence)
        .collect();
    assert!(
        trail.contains(&"Chan Mei将九龙纺织有限公司列为申请人".to_owned()),
        "{trail:#?}"
    );
    assert!(trail.contains(&"有人开立了案件，提交日期为2026年3月8日（星期日）".to_owned()));
}

#[test]
fn a_signature_becomes_the_clerks_name_only_when_none_is_set() {
    let mut named = app();
    named.set_clerk_name("Chan Mei").unwrap();
    named
        .store
        .write(|tx| crate::clerk::adopt_signature(tx, "Wong Siu Ling"))
        .unwrap();
    assert_eq!(named.clerk_name().unwrap().as_deref(), Some("Chan Mei"));
    let mut fresh = app();
    fresh
        .store
        .write(|tx| crate::clerk::adopt_signature(tx, "Chan\nMei"))
        .unwrap();
    assert_eq!(fresh.clerk_name().unwrap(), None, "not a name");
    fresh
        .store
        .write(|tx| crate::clerk::adopt_signature(tx, " Wong Siu Ling "))
        .unwrap();
    assert_eq!(
        fresh.clerk_name().unwrap().as_deref(),
        Some("Wong Siu Ling")
    );
}
