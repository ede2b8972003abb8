//! Roster use cases against the demo centre: each kind of finding, confirmation, waivers, search.

use super::*;

use crate::dto::{AppointmentRoleDto, ConflictRuleCodeDto, SeverityDto};
use crate::testing::demo;

fn neutral_id(app: &App, name: &str) -> String {
    let found = app
        .list_neutrals(&NeutralQueryDto {
            text: Some(name.into()),
            ..NeutralQueryDto::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    found[0].id.clone()
}

fn case_ref(app: &App, claimant: &str) -> String {
    app.list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.en.starts_with(claimant))
        .unwrap()
        .reference
}

fn propose(app: &App, claimant: &str, neutral: &str, role: &str) -> ConflictReportDto {
    app.check_conflicts(&ProposalDto {
        case_reference: case_ref(app, claimant),
        neutral_id: neutral_id(app, neutral),
        role: role.into(),
        ..ProposalDto::default()
    })
    .unwrap()
}

fn rules(r: &ConflictReportDto) -> Vec<(&str, &str)> {
    r.findings
        .iter()
        .map(|f| (f.rule.as_str(), f.severity.as_str()))
        .collect()
}

#[test]
fn the_demo_triggers_every_kind_of_finding() {
    let app = demo();
    let h = "Harbourfront";
    let cases = [
        (
            h,
            "Tan Wei Ming",
            "sole_arbitrator",
            vec![("party_repeat", "disclose"), ("related_case", "disclose")],
        ),
        (
            h,
            "Ana Beatriz Souza",
            "sole_arbitrator",
            vec![("counsel_repeat", "disclose")],
        ),
        (
            h,
            "Daniel Goldberg",
            "sole_arbitrator",
            vec![("party_connection", "block"), ("fee_cap", "disclose")],
        ),
        (
            h,
            "Chan Ka-wing",
            "sole_arbitrator",
            vec![("nationality", "block")],
        ),
        (
            h,
            "James Whitfield",
            "sole_arbitrator",
            vec![("fee_cap", "block")],
        ),
        (
            h,
            "Olivia Hartley",
            "co_arbitrator",
            vec![("panel_term", "disclose")],
        ),
        (
            h,
            "Lau Chi-keung",
            "co_arbitrator",
            vec![("capacity", "disclose")],
        ),
        (
            "Nanshan Semiconductor",
            "Cheung Wai-man",
            "sole_arbitrator",
            vec![("mediator_as_arbitrator", "block")],
        ),
        (
            "Futian Fintech",
            "Katharina Vogel",
            "sole_arbitrator",
            vec![("language", "block")],
        ),
    ];
    for (claimant, neutral, role, expected) in cases {
        let report = propose(&app, claimant, neutral, role);
        let got = rules(&report);
        for e in &expected {
            assert!(got.contains(e), "{neutral}: expected {e:?} in {got:?}");
        }
        assert!(
            report
                .findings
                .iter()
                .all(|f| !f.explanation.is_empty() && !f.source.is_empty()),
            "{neutral}: every finding explains itself"
        );
    }
    let report = propose(&app, h, "Tan Wei Ming", "sole_arbitrator");
    let repeat = report
        .findings
        .iter()
        .find(|f| f.rule == ConflictRuleCodeDto::PartyRepeat)
        .unwrap();
    assert!(
        repeat.explanation.contains("2 times"),
        "{}",
        repeat.explanation
    );
}

#[test]
fn a_blocked_appointment_is_refused_until_the_parties_waive_in_writing() {
    let mut app = demo();
    let reference = case_ref(&app, "Harbourfront");
    let chan = neutral_id(&app, "Chan Ka-wing");
    let proposal = ProposalDto {
        case_reference: reference.clone(),
        neutral_id: chan.clone(),
        role: "sole_arbitrator".into(),
        confirm: true,
        ..ProposalDto::default()
    };
    let refused = app.propose_appointment(&proposal).unwrap_err();
    assert_eq!(
        refused,
        AppError::Conflict {
            reason: ConflictReason::AppointmentBlocked { blocking: 1 }
        }
    );
    assert!(app.case_detail(&reference).unwrap().appointments.is_empty());
    let report = app
        .record_conflict(&ConflictRecordInputDto {
            case_reference: reference.clone(),
            neutral_id: chan.clone(),
            role: "sole_arbitrator".into(),
            rule: "nationality".into(),
            subject: "nationality".into(),
            kind: "waiver".into(),
            recorded_on: "2026-11-23".into(),
            recorded_by: "Wong Siu Ling".into(),
            note: "Joint letter of both parties dated 20 Nov 2026".into(),
        })
        .unwrap();
    let finding = &report.findings[0];
    assert_eq!(
        (finding.status.as_str(), finding.resolved),
        ("waived", true)
    );
    assert_eq!(finding.records[0].recorded_by, "Wong Siu Ling");
    let done = app.propose_appointment(&proposal).unwrap();
    assert_eq!(
        done.appointment.unwrap().role,
        AppointmentRoleDto::SoleArbitrator
    );
    let detail = app.case_detail(&reference).unwrap();
    assert_eq!(detail.appointments.len(), 1);
    assert_eq!(detail.parties.len(), 2);
    assert_eq!(
        app.last_clerk_name().unwrap().as_deref(),
        Some("Wong Siu Ling")
    );
}

#[test]
fn a_non_waivable_conflict_stays_blocking() {
    let mut app = demo();
    let reference = case_ref(&app, "Harbourfront");
    let respondent = app.case_detail(&reference).unwrap().parties[1]
        .party
        .id
        .clone();
    let whitfield = neutral_id(&app, "James Whitfield");
    app.add_connection(ConnectionInputDto {
        neutral_id: whitfield.clone(),
        party_id: respondent,
        kind: "shareholder".into(),
        from: Some("2020-01-01".into()),
        ..ConnectionInputDto::default()
    })
    .unwrap();
    let report = app
        .check_conflicts(&ProposalDto {
            case_reference: reference,
            neutral_id: whitfield,
            role: "co_arbitrator".into(),
            ..ProposalDto::default()
        })
        .unwrap();
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == ConflictRuleCodeDto::PartyConnection)
        .unwrap();
    assert!(!f.waivable);
    assert_eq!(report.blocking, 2, "connection and fee cap");
}

#[test]
fn a_rate_in_the_wrong_currency_is_refused_by_name() {
    let app = demo();
    let err = app
        .check_conflicts(&ProposalDto {
            case_reference: case_ref(&app, "Harbourfront"),
            neutral_id: neutral_id(&app, "Tan Wei Ming"),
            role: "sole_arbitrator".into(),
            rate_amount: Some("900".into()),
            rate_currency: Some("USD".into()),
            ..ProposalDto::default()
        })
        .unwrap_err();
    let payload = crate::dto::ErrorPayload::new(Locale::ZhHant, err);
    assert!(payload.message.contains("費率幣種"), "{}", payload.message);
    assert!(payload.message.contains("HKD"), "{}", payload.message);
}

fn input(name_en: &str, email: &str) -> NeutralInputDto {
    NeutralInputDto {
        name_en: name_en.into(),
        name_zh: "陳大文".into(),
        roles: "arbitrator".into(),
        date_of_birth: Some("1970-05-01".into()),
        nationalities: vec!["HK".into()],
        languages: vec!["yue:native".into(), "en:fluent".into()],
        home_zone: "Asia/Hong_Kong".into(),
        email: Some(email.into()),
        ..NeutralInputDto::default()
    }
}

#[test]
fn duplicates_and_overlaps_are_refused_and_nothing_is_saved() {
    let mut app = demo();
    let before = app.overview().unwrap().neutrals;
    let err = app
        .create_neutral(input("Someone New", "CHAN.KA.WING@chambers.example"))
        .unwrap_err();
    assert_eq!(err, AppError::field("email", FieldProblemReason::Duplicate));
    app.create_neutral(input("Chan Tai Man", "ctm@example.hk"))
        .unwrap();
    let err = app
        .create_neutral(input("Chan Tai-man", "other@example.hk"))
        .unwrap_err();
    assert_eq!(
        err,
        AppError::field("date_of_birth", FieldProblemReason::Duplicate)
    );
    let mut overlapping = input("Lo Ka Yan", "lo@example.hk");
    overlapping.unavailability = vec![
        crate::dto::UnavailabilityInputDto {
            from: "2026-12-01".into(),
            until: "2026-12-05".into(),
            ..Default::default()
        },
        crate::dto::UnavailabilityInputDto {
            from: "2026-12-05T09:00".into(),
            until: "2026-12-06".into(),
            ..Default::default()
        },
    ];
    overlapping.home_zone = "Asia/Hong_Kong".into();
    let err = app.create_neutral(overlapping).unwrap_err();
    let payload = crate::dto::ErrorPayload::new(Locale::En, err);
    assert!(
        payload.message.contains("Unavailability (row 2) overlaps"),
        "{}",
        payload.message
    );
    assert_eq!(app.overview().unwrap().neutrals, before + 1);
}

#[test]
fn search_finds_a_name_in_either_script_and_form() {
    let app = demo();
    for q in ["陳嘉榮", "陈嘉荣", "ka-wing", "CHAN KA"] {
        let found = app
            .list_neutrals(&NeutralQueryDto {
                text: Some(q.into()),
                ..NeutralQueryDto::default()
            })
            .unwrap();
        assert_eq!(found.len(), 1, "{q}");
        assert_eq!(found[0].name.en, "Chan Ka-wing");
    }
    let parties = app.list_parties(Some("海濱")).unwrap();
    assert_eq!(parties[0].name.en, "Harbourfront Properties Ltd");
    let parties = app.list_parties(Some("海滨")).unwrap();
    assert_eq!(parties.len(), 1, "Simplified finds the Traditional name");
}

#[test]
fn find_a_neutral_ranks_without_blocked_candidates_and_explains() {
    let app = demo();
    let found = app
        .find_neutrals(&FindNeutralDto {
            case_reference: case_ref(&app, "Harbourfront"),
            role: "sole_arbitrator".into(),
            ..FindNeutralDto::default()
        })
        .unwrap();
    assert!(!found.is_empty());
    for c in &found {
        assert!(
            !c.neutral
                .nationalities
                .iter()
                .any(|n| n == "HK" || n == "CN"),
            "{:?}",
            c.neutral.name
        );
        assert!(
            c.findings
                .iter()
                .all(|f| f.severity != SeverityDto::Block || f.resolved)
        );
        assert_eq!(c.score, c.reasons.iter().map(|r| r.points).sum::<i32>());
    }
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    let busy_in_december = app
        .find_neutrals(&FindNeutralDto {
            case_reference: case_ref(&app, "Futian Fintech"),
            role: "co_arbitrator".into(),
            language: Some("de".into()),
            available_from: Some("2026-12-20".into()),
            available_until: Some("2026-12-21".into()),
            ..FindNeutralDto::default()
        })
        .unwrap();
    let names: Vec<&str> = busy_in_december
        .iter()
        .map(|c| c.neutral.name.en.as_str())
        .collect();
    assert!(!names.contains(&"Katharina Vogel"), "{names:?}");
}

#[test]
fn impossible_birth_years_countries_and_languages_are_refused_with_the_field() {
    let mut app = demo();
    let before = app.overview().unwrap().neutrals;
    type Change = fn(&mut NeutralInputDto);
    let cases: [(&str, Change); 5] = [
        ("date_of_birth", |i| {
            i.date_of_birth = Some("0000-01-01".into())
        }),
        ("date_of_birth", |i| {
            i.date_of_birth = Some("9999-12-31".into())
        }),
        ("date_of_birth", |i| {
            i.date_of_birth = Some("2030-01-01".into())
        }),
        ("nationalities", |i| i.nationalities = vec!["ZZ".into()]),
        ("languages", |i| i.languages = vec!["xx-INVALID-!!".into()]),
    ];
    for (field, change) in cases {
        let mut i = input("Hostile Input", "hostile@example.hk");
        change(&mut i);
        let err = app.create_neutral(i).unwrap_err();
        let AppError::Validation { fields } = &err else {
            panic!("{field}: {err:?}")
        };
        assert_eq!(fields[0].field, field, "{err:?}");
        let message = crate::i18n::describe(crate::Locale::En, &err);
        assert!(!message.is_empty());
    }
    assert_eq!(app.overview().unwrap().neutrals, before);
}
