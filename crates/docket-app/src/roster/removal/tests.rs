//! Removing, retiring and restoring every kind of roster record and documents; corrections of
//! parties, counsel, firms and documents with their audit entries; and taking out the demo while
//! the clerk's own records stay.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::App;
use crate::dto::{
    CasePartyInputDto, CounselInputDto, DocumentEditDto, FirmInputDto, NeutralQueryDto,
    NewDocumentDto, PartyInputDto, RemovalOutcomeDto, RemovedKindDto,
};
use crate::prep::DocumentSource;
use crate::testing::{app, demo, open_case};

fn party(app: &mut App, en: &str) -> String {
    app.create_party(PartyInputDto {
        name_en: en.into(),
        name_zh: String::new(),
        kind: "company".into(),
        nationality: "HK".into(),
        group: None,
    })
    .unwrap()
    .id
}

fn firm(app: &mut App, en: &str) -> String {
    app.create_firm(FirmInputDto {
        name_en: en.into(),
        name_zh: String::new(),
        country: "HK".into(),
    })
    .unwrap()
    .id
}

fn counsel(app: &mut App, en: &str, firm: Option<&str>) -> String {
    app.create_counsel(CounselInputDto {
        name_en: en.into(),
        name_zh: String::new(),
        firm_id: firm.map(str::to_owned),
        email: None,
    })
    .unwrap()
    .id
}

fn removed_kinds(app: &App) -> Vec<(RemovedKindDto, String, bool)> {
    app.recently_removed()
        .unwrap()
        .into_iter()
        .map(|r| (r.kind, r.key, r.retired))
        .collect()
}

#[test]
fn a_party_nobody_uses_is_removed_and_restored_whole() {
    let mut app = app();
    app.set_clerk_name("Chan Mei").unwrap();
    let id = party(&mut app, "Duplicate Trading Ltd");
    let r = app.remove_record(RemovedKindDto::Party, &id).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Removed);
    assert!(
        r.message.contains("Duplicate Trading Ltd was removed"),
        "{}",
        r.message
    );
    assert!(app.list_parties(None).unwrap().is_empty());
    assert!(app.search("Duplicate").unwrap().is_empty());
    assert_eq!(
        removed_kinds(&app),
        vec![(RemovedKindDto::Party, id.clone(), false)]
    );

    let r = app.restore_record(RemovedKindDto::Party, &id).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Restored);
    assert_eq!(app.list_parties(None).unwrap()[0].id, id);
    assert_eq!(app.search("Duplicate").unwrap()[0].key, id);
    assert!(removed_kinds(&app).is_empty());
    // The party's history says who did what, in words.
    let history = app.party_detail(&id).unwrap().history;
    let sentences: Vec<_> = history.iter().map(|h| h.sentence.as_str()).collect();
    assert_eq!(
        sentences,
        [
            "Chan Mei restored “Duplicate Trading Ltd”",
            "Chan Mei removed “Duplicate Trading Ltd”"
        ]
    );
    assert!(
        history
            .iter()
            .all(|h| h.clerk.as_deref() == Some("Chan Mei"))
    );
}

#[test]
fn a_party_named_in_a_case_is_retired_and_stays_on_the_case() {
    let mut app = app();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    let id = party(&mut app, "Kowloon Textiles Ltd");
    app.set_case_party(CasePartyInputDto {
        case_reference: "HK-1".into(),
        party_id: id.clone(),
        side: "claimant".into(),
        counsel_id: None,
    })
    .unwrap();
    let r = app.remove_record(RemovedKindDto::Party, &id).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Retired);
    assert_eq!(r.cases, ["HK-1"]);
    assert!(
        r.message.contains("retired rather than removed"),
        "{}",
        r.message
    );
    assert!(r.message.contains("HK-1"), "{}", r.message);
    // It leaves the pick list but stays on the case, and search still finds it.
    assert!(app.list_parties(None).unwrap().is_empty());
    let detail = app.case_detail("HK-1").unwrap();
    assert_eq!(detail.parties[0].party.id, id);
    assert!(app.search("Kowloon").unwrap().iter().any(|h| h.key == id));
    assert_eq!(
        removed_kinds(&app),
        vec![(RemovedKindDto::Party, id.clone(), true)]
    );
    app.restore_record(RemovedKindDto::Party, &id).unwrap();
    assert_eq!(app.list_parties(None).unwrap().len(), 1);
}

#[test]
fn a_neutral_with_appointments_is_retired_and_leaves_the_candidates() {
    let mut app = demo();
    let detail_of = |app: &App| {
        app.list_neutrals(&NeutralQueryDto::default())
            .unwrap()
            .into_iter()
            .find(|n| n.open_appointments > 0)
            .unwrap()
    };
    let n = detail_of(&app);
    let before = app
        .list_neutrals(&NeutralQueryDto::default())
        .unwrap()
        .len();
    let r = app.remove_record(RemovedKindDto::Neutral, &n.id).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Retired);
    assert!(!r.cases.is_empty());
    let after = app.list_neutrals(&NeutralQueryDto::default()).unwrap();
    assert_eq!(after.len(), before - 1);
    assert!(after.iter().all(|x| x.id != n.id));
    // Their appointments still read on the case pages.
    let case = &r.cases[0];
    let tribunal = app.case_detail(case).unwrap().appointments;
    assert!(tribunal.iter().any(|a| a.neutral_id == n.id));
    app.restore_record(RemovedKindDto::Neutral, &n.id).unwrap();
    assert_eq!(
        app.list_neutrals(&NeutralQueryDto::default())
            .unwrap()
            .len(),
        before
    );
}

#[test]
fn a_firm_with_counsel_is_retired_and_counsel_nobody_uses_is_removed() {
    let mut app = app();
    let f = firm(&mut app, "Harbour Chambers");
    let c = counsel(&mut app, "Lee Wing", Some(&f));
    let r = app.remove_record(RemovedKindDto::Firm, &f).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Retired);
    assert!(app.list_firms().unwrap().is_empty());
    let r = app.remove_record(RemovedKindDto::Counsel, &c).unwrap();
    assert_eq!(r.outcome, RemovalOutcomeDto::Removed);
    assert!(app.list_counsel().unwrap().is_empty());
    app.restore_record(RemovedKindDto::Counsel, &c).unwrap();
    app.restore_record(RemovedKindDto::Firm, &f).unwrap();
    assert_eq!(app.list_counsel().unwrap()[0].firm.as_ref().unwrap().id, f);
    // Removing twice, or restoring what is not removed, is refused.
    assert!(app.restore_record(RemovedKindDto::Firm, &f).is_err());
}

#[test]
fn corrections_of_party_firm_and_counsel_are_audited_with_before_and_after() {
    let mut app = app();
    app.set_clerk_name("Chan Mei").unwrap();
    let p = party(&mut app, "Kowloon Textile Ltd");
    let edited = app
        .update_party(
            &p,
            PartyInputDto {
                name_en: "Kowloon Textiles Ltd".into(),
                name_zh: "九龍紡織有限公司".into(),
                kind: "company".into(),
                nationality: "MO".into(),
                group: None,
            },
        )
        .unwrap();
    assert_eq!(edited.party.nationality, "MO");
    let h = &app.party_detail(&p).unwrap().history[0];
    assert_eq!(h.clerk.as_deref(), Some("Chan Mei"));
    assert!(h.old_value.as_deref().unwrap().contains("nationality: HK"));
    assert!(h.new_value.as_deref().unwrap().contains("nationality: MO"));
    assert!(
        h.sentence.starts_with(
            "Chan Mei corrected a party: the English name from “Kowloon Textile Ltd” to “Kowloon Textiles Ltd”"
        ),
        "{}",
        h.sentence
    );
    assert!(app.search("九龍紡織").unwrap().iter().any(|h| h.key == p));

    let f = firm(&mut app, "Harbor Chambers");
    let f2 = firm(&mut app, "Peak Law");
    let fixed = app
        .update_firm(
            &f,
            FirmInputDto {
                name_en: "Harbour Chambers".into(),
                name_zh: String::new(),
                country: "HK".into(),
            },
        )
        .unwrap();
    assert_eq!(fixed.name.en, "Harbour Chambers");
    let c = counsel(&mut app, "Lee Wing", Some(&f));
    let moved = app
        .update_counsel(
            &c,
            CounselInputDto {
                name_en: "Lee Wing".into(),
                name_zh: "李榮".into(),
                firm_id: Some(f2.clone()),
                email: Some("lee@peak.law".into()),
            },
        )
        .unwrap();
    assert_eq!(moved.firm.unwrap().name.en, "Peak Law");
    // A firm that does not exist is refused, and nothing changes.
    let refused = app.update_counsel(
        &c,
        CounselInputDto {
            name_en: "Lee Wing".into(),
            name_zh: String::new(),
            firm_id: Some("00000000-0000-0000-0000-000000000000".into()),
            email: None,
        },
    );
    assert!(refused.is_err());
    assert_eq!(app.list_counsel().unwrap()[0].name.zh, "李榮");
}

#[test]
fn a_document_is_corrected_removed_from_the_bundle_and_restored() {
    let mut app = app();
    app.set_clerk_name("Chan Mei").unwrap();
    open_case(&mut app, "HK-1", "hkiac_arbitration");
    let doc = app
        .add_document(
            "HK-1",
            DocumentSource::Paper,
            &NewDocumentDto {
                title: "Statment of Claim".into(),
                location: "Cabinet 3".into(),
                pages: Some(40),
                tags: "pleading".into(),
                added_by: "Chan Mei".into(),
                ..NewDocumentDto::default()
            },
        )
        .unwrap();
    let prep = app
        .update_document(
            "HK-1",
            &doc.id,
            &DocumentEditDto {
                title: Some("Statement of Claim".into()),
                pages: Some(42),
                tags: None,
            },
        )
        .unwrap();
    assert_eq!(prep.documents[0].title, "Statement of Claim");
    let detail = app.case_detail("HK-1").unwrap();
    let edit = detail.audit.last().unwrap();
    assert_eq!(edit.action, "document_edited");
    assert!(
        edit.sentence.contains("the page count from “40” to “42”"),
        "{}",
        edit.sentence
    );

    app.remove_record(RemovedKindDto::Document, &doc.id)
        .unwrap();
    assert!(app.prep("HK-1").unwrap().documents.is_empty());
    assert!(app.search("Statement").unwrap().is_empty());
    let removed = app.recently_removed().unwrap();
    assert_eq!(removed[0].kind, RemovedKindDto::Document);
    assert_eq!(removed[0].case_reference, "HK-1");
    app.restore_record(RemovedKindDto::Document, &doc.id)
        .unwrap();
    assert_eq!(app.prep("HK-1").unwrap().documents.len(), 1);
    assert_eq!(app.search("Statement").unwrap()[0].key, doc.id);
    let sentences: Vec<_> = app
        .case_detail("HK-1")
        .unwrap()
        .audit
        .iter()
        .map(|a| a.sentence.clone())
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| s == "Chan Mei removed the document “Statement of Claim”")
    );
    assert!(
        sentences
            .iter()
            .any(|s| s == "Chan Mei restored the document “Statement of Claim”")
    );
}

#[test]
fn removing_the_demo_takes_out_exactly_its_rows() {
    let mut app = demo();
    assert!(app.overview().unwrap().has_demo);
    // The clerk's own records, one of which uses a demo neutral through an appointment.
    open_case(&mut app, "OWN-1", "hkiac_arbitration");
    let own_party = party(&mut app, "Own Client Ltd");
    let demo_neutral = app
        .list_neutrals(&NeutralQueryDto::default())
        .unwrap()
        .into_iter()
        .find(|n| n.roles != crate::dto::NeutralRolesDto::Mediator)
        .unwrap();
    app.propose_appointment(&crate::dto::ProposalDto {
        case_reference: "OWN-1".into(),
        neutral_id: demo_neutral.id.clone(),
        role: "sole_arbitrator".into(),
        confirm: true,
        ..crate::dto::ProposalDto::default()
    })
    .unwrap();

    let r = app.remove_demo().unwrap();
    assert_eq!(r.cases, 22);
    assert_eq!(r.hearings, 60);
    assert_eq!(r.neutrals, 39);
    assert_eq!(r.kept, 1);
    assert!(r.message.contains("1 demo record(s) stay"), "{}", r.message);
    let cases = app.list_cases().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].reference, "OWN-1");
    assert_eq!(app.list_parties(None).unwrap()[0].id, own_party);
    let neutrals = app.list_neutrals(&NeutralQueryDto::default()).unwrap();
    assert_eq!(neutrals.len(), 1);
    assert_eq!(neutrals[0].id, demo_neutral.id);
    // Only the online venue is left of the rooms, and the demo is not offered again.
    let venues = app.list_venues(true).unwrap();
    assert_eq!(venues.len(), 1);
    let o = app.overview().unwrap();
    assert!(!o.offer_demo);
    assert!(o.has_demo, "the kept neutral is still a demo row");
    assert!(app.search("Own Client").unwrap().len() == 1);
}

#[test]
fn a_neutral_correction_is_audited_field_by_field_and_rechecks_their_cases() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let n = app
        .list_neutrals(&NeutralQueryDto::default())
        .unwrap()
        .into_iter()
        .find(|n| n.open_appointments > 0)
        .unwrap();
    let mut input = crate::dto::NeutralInputDto {
        name_en: n.name.en.clone(),
        name_zh: n.name.zh.clone(),
        roles: n.roles.to_string(),
        home_zone: n.home_zone.clone(),
        nationalities: n.nationalities.clone(),
        languages: n
            .languages
            .iter()
            .map(|l| format!("{}:{}", l.tag, l.level))
            .collect(),
        email: n.email.clone(),
        ..crate::dto::NeutralInputDto::default()
    };
    let current = app.neutral_detail(&n.id).unwrap().neutral;
    input.titles = current.titles.clone();
    input.date_of_birth = current.date_of_birth.clone();
    input.admissions = current.admissions.clone();
    input.phone = current.phone.clone();
    input.max_concurrent = current.max_concurrent.map(i64::from);
    input.panels = current
        .panels
        .iter()
        .map(|p| crate::dto::PanelInputDto {
            panel: p.panel.to_string(),
            from: p.from.clone(),
            until: p.until.clone(),
        })
        .collect();
    input.rate_amount = current
        .rate
        .as_ref()
        .map(|r| format!("{}.{:02}", r.amount_minor / 100, r.amount_minor % 100));
    input.rate_currency = current.rate.as_ref().map(|r| r.currency.clone());
    input.notes = current.notes.clone();
    input.nationalities = vec!["CN".into()];
    let detail = app.update_neutral(&n.id, input).unwrap();
    let h = &detail.history[0];
    assert_eq!(h.action, "neutral_edited");
    assert_eq!(h.clerk.as_deref(), Some("Chan Mei"));
    let (old, new) = (
        h.old_value.as_deref().unwrap(),
        h.new_value.as_deref().unwrap(),
    );
    assert!(new.contains("nationalities: CN"), "{new}");
    assert!(!old.contains("nationalities: CN\n"), "{old}");
    // Only the nationality changed, and the sentence says so.
    assert_eq!(new.lines().count(), 1, "{new}");
    assert!(
        h.sentence
            .starts_with("Chan Mei corrected the profile: the nationalities from"),
        "{}",
        h.sentence
    );
    // Every finding returned is about this neutral.
    assert!(detail.findings.iter().all(|r| r.neutral_id == n.id));
}
