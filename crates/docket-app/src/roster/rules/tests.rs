//! Conflict rules and fee caps as settings: each change is a version from a date, audited with the
//! clerk's name and what it replaced; a check reads the version in force on its own date; values
//! out of bounds are refused field by field and nothing is written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::dto::{ConflictRuleCodeDto, SeverityDto};
use crate::testing::{app, demo};

fn rule_input(
    rule: &str,
    severity: &str,
    lookback: i64,
    threshold: i64,
    from: &str,
) -> ConflictRuleInputDto {
    ConflictRuleInputDto {
        rule: rule.into(),
        severity: severity.into(),
        lookback_years: lookback,
        threshold,
        effective_from: from.into(),
        source: "Centre policy memo 2026/7".into(),
        verification: "verified".into(),
    }
}

fn audit(app: &App, entity: &str, id: &str) -> Vec<repo::workflow::AuditRow> {
    app.store
        .read(|c| repo::workflow::audit_trail(c, entity, id))
        .unwrap()
}

fn fields(e: AppError) -> Vec<String> {
    match e {
        AppError::Validation { fields } => fields.into_iter().map(|f| f.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_rule_change_is_a_version_audited_with_the_clerk_and_what_it_replaced() {
    let mut app = app();
    app.set_clerk_name("Chan Mei").unwrap();
    let saved = app
        .set_conflict_rule(&rule_input("party_repeat", "block", 5, 3, "2026-11-01"))
        .unwrap();
    assert_eq!(saved.severity, SeverityDto::Block);
    assert_eq!(saved.effective_from, "2026-11-01");
    assert!(
        saved.in_force,
        "from 1 November it is in force on 24 November"
    );
    let now = app.conflict_rules().unwrap();
    let r = now
        .iter()
        .find(|r| r.rule == ConflictRuleCodeDto::PartyRepeat)
        .unwrap();
    assert_eq!((r.lookback_years, r.threshold), (5, 3));
    let trail = audit(&app, "conflict_rule", "party_repeat");
    let entry = trail.last().unwrap();
    assert_eq!(entry.action, "new_version");
    assert_eq!(entry.clerk.as_deref(), Some("Chan Mei"));
    assert_eq!(
        entry.old_value.as_deref(),
        Some(
            "disclose, 3 years, threshold 2, from 1900-01-01 (IBA Guidelines 2024, Orange List 3.1.3; unverified)"
        )
    );
    assert_eq!(
        entry.new_value.as_deref(),
        Some("block, 5 years, threshold 3, from 2026-11-01 (Centre policy memo 2026/7; verified)")
    );
    // The history keeps both, newest first, and marks the one in force.
    let history: Vec<_> = app
        .conflict_rule_versions()
        .unwrap()
        .into_iter()
        .filter(|r| r.rule == ConflictRuleCodeDto::PartyRepeat)
        .map(|r| (r.effective_from, r.in_force))
        .collect();
    assert_eq!(
        history,
        [
            ("2026-11-01".to_owned(), true),
            ("1900-01-01".to_owned(), false)
        ]
    );
    // The same date again corrects that version.
    app.set_conflict_rule(&rule_input("party_repeat", "block", 4, 3, "2026-11-01"))
        .unwrap();
    let trail = audit(&app, "conflict_rule", "party_repeat");
    assert_eq!(trail.last().unwrap().action, "version_corrected");
    assert_eq!(app.conflict_rule_versions().unwrap().len(), 11);
}

#[test]
fn a_check_reads_the_version_in_force_on_its_date() {
    let mut app = demo();
    app.set_conflict_rule(&rule_input("party_repeat", "block", 3, 2, "2026-12-01"))
        .unwrap();
    let case = app
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.en.starts_with("Harbourfront"))
        .unwrap()
        .reference;
    let neutral = app
        .list_neutrals(&crate::dto::NeutralQueryDto {
            text: Some("Tan Wei Ming".into()),
            ..Default::default()
        })
        .unwrap()[0]
        .id
        .clone();
    let severity_on = |on: Option<&str>| {
        app.check_conflicts(&crate::dto::ProposalDto {
            case_reference: case.clone(),
            neutral_id: neutral.clone(),
            role: "sole_arbitrator".into(),
            on: on.map(str::to_owned),
            ..Default::default()
        })
        .unwrap()
        .findings
        .into_iter()
        .find(|f| f.rule == ConflictRuleCodeDto::PartyRepeat)
        .unwrap()
        .severity
    };
    assert_eq!(
        severity_on(None),
        SeverityDto::Disclose,
        "today: the old version"
    );
    assert_eq!(severity_on(Some("2026-11-30")), SeverityDto::Disclose);
    assert_eq!(severity_on(Some("2026-12-01")), SeverityDto::Block);
    // Today's list still shows the version in force today.
    let today = app.conflict_rules().unwrap();
    let r = today
        .iter()
        .find(|r| r.rule == ConflictRuleCodeDto::PartyRepeat)
        .unwrap();
    assert_eq!(
        (r.severity, r.effective_from.as_str()),
        (SeverityDto::Disclose, "1900-01-01")
    );
}

#[test]
fn rule_values_out_of_bounds_are_refused_and_nothing_is_written() {
    let mut app = app();
    let refused = |app: &mut App, input: ConflictRuleInputDto| {
        fields(app.set_conflict_rule(&input).unwrap_err())
    };
    assert_eq!(
        refused(
            &mut app,
            rule_input("party_repeat", "block", 21, 0, "2026-11-01")
        ),
        ["lookback_years", "threshold"]
    );
    assert_eq!(
        refused(
            &mut app,
            rule_input("party_repeat", "block", -1, 101, "2026-11-01")
        ),
        ["lookback_years", "threshold"]
    );
    assert_eq!(
        refused(
            &mut app,
            rule_input("no_such_rule", "dire", 3, 2, "2026-13-01")
        ),
        ["rule", "severity", "effective_from"]
    );
    let mut no_source = rule_input("party_repeat", "note", 0, 1, "2026-11-01");
    no_source.source = "  ".into();
    assert_eq!(refused(&mut app, no_source), ["source"]);
    // The bounds themselves are accepted.
    app.set_conflict_rule(&rule_input("capacity", "note", 20, 100, "2026-11-01"))
        .unwrap();
    app.set_conflict_rule(&rule_input("capacity", "disclose", 0, 1, "2026-11-02"))
        .unwrap();
    assert_eq!(audit(&app, "conflict_rule", "party_repeat"), []);
    assert_eq!(app.conflict_rule_versions().unwrap().len(), 12);
}

fn cap_input(institution: &str, currency: &str, amount: &str, from: &str) -> FeeCapInputDto {
    FeeCapInputDto {
        institution: institution.into(),
        currency: currency.into(),
        amount: amount.into(),
        effective_from: from.into(),
        source: "SCIA fee schedule 2027".into(),
        verification: String::new(),
    }
}

#[test]
fn a_fee_cap_is_a_new_row_from_its_date_audited_with_the_cap_it_follows() {
    let mut app = app();
    app.set_clerk_name("Lee Wing").unwrap();
    let cap = app
        .set_fee_cap(&cap_input("HKIAC", "hkd", "8,000", "2027-01-01"))
        .unwrap();
    assert_eq!(cap.cap.display, "HKD 8,000.00");
    assert!(!cap.in_force, "from 2027 it is not yet in force");
    let caps: Vec<_> = app
        .fee_caps()
        .unwrap()
        .into_iter()
        .map(|c| (c.effective_from, c.in_force))
        .collect();
    assert_eq!(
        caps,
        [
            ("2018-11-01".to_owned(), false),
            ("2026-01-01".to_owned(), true),
            ("2027-01-01".to_owned(), false)
        ]
    );
    let entry = audit(&app, "fee_cap", "HKIAC").pop().unwrap();
    assert_eq!(entry.action, "new_version");
    assert_eq!(entry.clerk.as_deref(), Some("Lee Wing"));
    assert!(
        entry
            .old_value
            .as_deref()
            .unwrap()
            .starts_with("HKD 7,500.00 from 2026-01-01"),
        "{:?}",
        entry.old_value
    );
    assert_eq!(
        entry.new_value.as_deref(),
        Some("HKD 8,000.00 from 2027-01-01 (SCIA fee schedule 2027; unverified)")
    );
    // SCIA had no cap: the first one follows nothing.
    app.set_fee_cap(&cap_input("SCIA", "CNY", "5000", "2026-06-01"))
        .unwrap();
    let entry = audit(&app, "fee_cap", "SCIA").pop().unwrap();
    assert_eq!(entry.old_value, None);
}

#[test]
fn fee_caps_out_of_bounds_are_refused_by_field() {
    let mut app = app();
    let refused =
        |app: &mut App, input: FeeCapInputDto| fields(app.set_fee_cap(&input).unwrap_err());
    assert_eq!(
        refused(&mut app, cap_input("ICC", "XYZ", "0", "tomorrow")),
        ["institution", "currency", "amount", "effective_from"]
    );
    assert_eq!(
        refused(&mut app, cap_input("HKIAC", "HKD", "-5", "2027-01-01")),
        ["amount"]
    );
    let mut unknown = cap_input("HKIAC", "HKD", "5000", "2027-01-01");
    unknown.verification = "rumoured".into();
    assert_eq!(refused(&mut app, unknown), ["verification"]);
    assert_eq!(app.fee_caps().unwrap().len(), 2);
    assert_eq!(audit(&app, "fee_cap", "HKIAC"), []);
}
