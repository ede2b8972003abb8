//! Neutrals as the clerk enters them: drafts validated field by field, languages, panels, money.

use super::*;

fn draft() -> NeutralDraft {
    NeutralDraft {
        name_en: "Chan Tai Man".into(),
        name_zh: "陳大文".into(),
        roles: "both".into(),
        nationalities: vec!["hk".into()],
        languages: vec!["yue:native".into(), "en".into()],
        home_zone: "Asia/Hong_Kong".into(),
        ..NeutralDraft::default()
    }
}

#[test]
fn a_complete_draft_becomes_a_neutral() {
    let n = draft().validate(NeutralId::for_testing(1)).unwrap();
    assert_eq!(n.name.display(true), "陳大文");
    assert_eq!(n.nationalities, vec!["HK"]);
    assert_eq!(n.languages[0].code(), "yue:native");
    assert_eq!(n.languages[1].code(), "en:working");
    assert_eq!(n.level_in("zh"), Some(LanguageLevel::Native));
    assert_eq!(n.level_in("pt"), None);
}

#[test]
fn impossible_birth_dates_countries_and_languages_are_refused_by_field() {
    for (dob, nationality, language, field) in [
        ("0000-01-01", "HK", "en", "date_of_birth"),
        ("9999-12-31", "HK", "en", "date_of_birth"),
        ("1970-01-01", "ZZ", "en", "nationalities"),
        ("1970-01-01", "HK", "xx-INVALID-!!", "languages"),
        ("1970-01-01", "HK", "xx", "languages"),
    ] {
        let d = NeutralDraft {
            date_of_birth: Some(dob.into()),
            nationalities: vec![nationality.into()],
            languages: vec![language.into()],
            ..draft()
        };
        let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, [field], "{dob} {nationality} {language}");
    }
    let ok = NeutralDraft {
        date_of_birth: Some("1958-04-30".into()),
        languages: vec!["zh-hant:native".into(), "cmn".into()],
        ..draft()
    };
    assert!(ok.validate(NeutralId::for_testing(1)).is_ok());
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let d = NeutralDraft {
        name_en: " ".into(),
        name_zh: String::new(),
        roles: "judge".into(),
        home_zone: "Hong Kong".into(),
        email: Some("nobody".into()),
        ..draft()
    };
    let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["name_en", "roles", "home_zone", "email"]);
}

#[test]
fn rates_need_an_amount_and_a_known_currency() {
    let d = NeutralDraft {
        rate_amount: Some("7,500".into()),
        rate_currency: Some("hkd".into()),
        ..draft()
    };
    let n = d.validate(NeutralId::for_testing(1)).unwrap();
    assert_eq!(n.rate.unwrap().display(), "HKD 7,500.00");
    let d = NeutralDraft {
        rate_amount: Some("7500".into()),
        rate_currency: Some("XYZ".into()),
        ..draft()
    };
    let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
    assert_eq!(errors[0].field, "rate_currency");
}

#[test]
fn overlapping_unavailability_names_the_second_period() {
    let period = |from: &str, until: &str, zone: &str| UnavailabilityDraft {
        from: from.into(),
        until: until.into(),
        zone: zone.into(),
        reason: "Leave".into(),
    };
    let d = NeutralDraft {
        unavailability: vec![
            period("2026-12-01", "2026-12-10", ""),
            // 2026-12-10 23:30 in London is 07:30 on the 11th in Hong Kong: no overlap.
            period("2026-12-10T23:30", "2026-12-12T00:00", "Europe/London"),
            // Starts inside the first period (read in Hong Kong time).
            period("2026-12-09T09:00", "2026-12-09T17:00", ""),
        ],
        ..draft()
    };
    let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "unavailability[2]");
    assert_eq!(errors[0].reason, FieldReason::Overlaps);
}

#[test]
fn unknown_zones_and_backwards_terms_are_refused() {
    let d = NeutralDraft {
        panels: vec![PanelDraft {
            panel: "hkiac_panel".into(),
            from: "2026-01-01".into(),
            until: Some("2025-12-31".into()),
        }],
        unavailability: vec![UnavailabilityDraft {
            from: "2026-12-01".into(),
            until: "2026-12-02".into(),
            zone: "Mars/Olympus".into(),
            reason: String::new(),
        }],
        ..draft()
    };
    let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["panels[0]", "unavailability[0]"]);
}

#[test]
fn panel_terms_include_their_last_day() {
    let m = PanelMembership {
        panel: Panel::HkiacPanel,
        from: "2024-01-01".parse().unwrap(),
        until: Some("2026-12-31".parse().unwrap()),
    };
    assert!(m.active_on("2026-12-31".parse().unwrap()));
    assert!(!m.active_on("2027-01-01".parse().unwrap()));
    assert!(Panel::HkiacList.covers(AppointmentRole::SoleArbitrator, Institution::Hkiac));
    assert!(!Panel::HkiacList.covers(AppointmentRole::Mediator, Institution::Hkiac));
    assert!(Panel::Hkmaal.covers(AppointmentRole::Mediator, Institution::Hkiac));
}
