//! The conflict rules as a table: one row per rule and per boundary.

use super::rank::{Criteria, rank};
use super::*;
use crate::id::{AppointmentId, ConnectionId, PartyId};
use crate::roster::appointment::AppointedBy;
use crate::roster::party::{PartyKind, Side};
use crate::roster::{LanguageLevel, NeutralRoles, PanelMembership};
use crate::time::Zone;

fn d(s: &str) -> CivilDate {
    s.parse().unwrap()
}

fn hkd(major: i64) -> Money {
    Money {
        amount_minor: major * 100,
        currency: "HKD".into(),
    }
}

struct Fixture {
    case: CaseFacts,
    neutral: Neutral,
    proposal: Proposal,
    history: History,
    caps: Vec<FeeCap>,
}

const CLAIMANT: u128 = 1;
const RESPONDENT: u128 = 2;
const AFFILIATE: u128 = 3;
const COUNSEL: u128 = 10;
const OTHER_COUNSEL_SAME_FIRM: u128 = 11;
const FIRM: u128 = 20;
const THIS_CASE: u128 = 100;
const RELATED_CASE: u128 = 101;

fn party(n: u128, en: &str, nationality: &str, group: Option<&str>) -> Party {
    Party {
        id: PartyId::for_testing(n),
        name: Bilingual::new(en, ""),
        kind: PartyKind::Company,
        nationality: nationality.into(),
        group: group.map(str::to_owned),
    }
}

fn fixture() -> Fixture {
    let claimant = party(CLAIMANT, "Shenzhen Harbour Co", "CN", Some("Harbour Group"));
    let respondent = party(RESPONDENT, "Victoria Trading Ltd", "HK", None);
    let counsel = CounselFacts {
        id: CounselId::for_testing(COUNSEL),
        name: Bilingual::new("Ann Lee", "李安"),
        firm: Some((
            FirmId::for_testing(FIRM),
            Bilingual::new("Lee & Partners", ""),
        )),
    };
    Fixture {
        case: CaseFacts {
            id: CaseId::for_testing(THIS_CASE),
            reference: "HKIAC-A26001".into(),
            model: CaseModel::HkiacArbitration,
            filed_on: d("2026-03-02"),
            language: "en".into(),
            parties: vec![
                PartyInCase {
                    party: claimant.clone(),
                    role: CaseParty {
                        party_id: claimant.id,
                        side: Side::Claimant,
                        counsel_id: Some(counsel.id),
                    },
                    counsel: Some(counsel),
                },
                PartyInCase {
                    party: respondent.clone(),
                    role: CaseParty {
                        party_id: respondent.id,
                        side: Side::Respondent,
                        counsel_id: None,
                    },
                    counsel: None,
                },
            ],
            related: vec![RelatedCaseFacts {
                id: CaseId::for_testing(RELATED_CASE),
                reference: "HKIAC-A25077".into(),
                party_keys: [claimant.group_key()].into_iter().collect(),
            }],
        },
        neutral: Neutral {
            id: NeutralId::for_testing(1),
            name: Bilingual::new("Margaret Hale", ""),
            roles: NeutralRoles::Arbitrator,
            titles: String::new(),
            date_of_birth: None,
            nationalities: vec!["GB".into()],
            languages: vec![LanguageSkill {
                tag: "en".into(),
                level: LanguageLevel::Native,
            }],
            admissions: vec!["England and Wales".into()],
            panels: vec![PanelMembership {
                panel: Panel::HkiacPanel,
                from: d("2020-01-01"),
                until: None,
            }],
            home_zone: Zone::hong_kong(),
            email: None,
            phone: None,
            rate: Some(hkd(6_000)),
            max_concurrent: Some(5),
            unavailability: vec![],
            notes: String::new(),
        },
        proposal: Proposal {
            role: AppointmentRole::SoleArbitrator,
            on: d("2026-06-01"),
            rate: None,
        },
        history: History::default(),
        caps: vec![
            FeeCap {
                institution: Institution::Hkiac,
                cap: hkd(6_500),
                effective_from: d("2018-11-01"),
                source: String::new(),
                verification: Verification::Secondary,
            },
            FeeCap {
                institution: Institution::Hkiac,
                cap: hkd(7_500),
                effective_from: d("2026-01-01"),
                source: String::new(),
                verification: Verification::Secondary,
            },
        ],
    }
}

impl Fixture {
    fn check(&self, policy: &Policy) -> Vec<Finding> {
        check(
            policy,
            &self.caps,
            &self.case,
            &self.neutral,
            &self.proposal,
            &self.history,
        )
    }
}

fn past(case: u128, on: &str, party: Option<u128>, counsel: Option<u128>) -> PastAppointment {
    let party_key = party.map(|p| match p {
        CLAIMANT | AFFILIATE => "group:harbour group".to_owned(),
        other => format!("party:{}", PartyId::for_testing(other)),
    });
    PastAppointment {
        appointment: Appointment {
            id: AppointmentId::for_testing(case * 1000 + u128::from(d(on).day())),
            case_id: CaseId::for_testing(case),
            neutral_id: NeutralId::for_testing(1),
            role: AppointmentRole::CoArbitrator,
            appointed_by: if party.is_some() {
                AppointedBy::Party
            } else {
                AppointedBy::Institution
            },
            party_id: party.map(PartyId::for_testing),
            counsel_id: counsel.map(CounselId::for_testing),
            firm_id: counsel.map(|_| FirmId::for_testing(FIRM)),
            nominated_on: d(on),
            confirmed_on: None,
            ended_on: None,
            rate: None,
        },
        case_reference: format!("CASE-{case}"),
        party_key,
    }
}

/// Two appointments by the claimant: the first on `first`, the second on 2026-02-10.
fn claimant_twice(first: &str) -> Vec<PastAppointment> {
    vec![
        past(1, first, Some(CLAIMANT), None),
        past(2, "2026-02-10", Some(CLAIMANT), None),
    ]
}

/// The neutral mediated this very case.
fn mediated_this_case() -> PastAppointment {
    let mut m = past(THIS_CASE, "2026-04-01", None, None);
    m.appointment.role = AppointmentRole::Mediator;
    m
}

fn connection(kind: ConnectionKind, until: Option<&str>) -> ConnectionFacts {
    ConnectionFacts {
        connection: Connection {
            id: ConnectionId::for_testing(1),
            neutral_id: NeutralId::for_testing(1),
            party_id: PartyId::for_testing(RESPONDENT),
            kind,
            from: Some(d("2015-01-01")),
            until: until.map(d),
            note: String::new(),
        },
        party_name: Bilingual::new("Victoria Trading Ltd", ""),
        party_key: format!("party:{}", PartyId::for_testing(RESPONDENT)),
    }
}

fn record(rule: Rule, subject: &str, kind: RecordKind, on: &str) -> ConflictRecord {
    ConflictRecord {
        id: ConflictRecordId::for_testing(u128::from(d(on).day())),
        case_id: CaseId::for_testing(THIS_CASE),
        neutral_id: NeutralId::for_testing(1),
        rule,
        subject: subject.into(),
        kind,
        recorded_on: d(on),
        recorded_by: "Clerk Wong".into(),
        note: String::new(),
    }
}

/// A record about the claimant's group under the party-repeat rule.
fn harbour_group(kind: RecordKind, on: &str) -> ConflictRecord {
    record(Rule::PartyRepeat, "group:harbour group", kind, on)
}

/// The parties' written waiver of the neutral's connection with the respondent.
fn connection_waiver() -> ConflictRecord {
    record(
        Rule::PartyConnection,
        &format!("connection:{}", ConnectionId::for_testing(1)),
        RecordKind::Waiver,
        "2026-05-20",
    )
}

/// What a row expects: the rule's finding with this severity and status, or no finding for the rule.
type Expect = Option<(Severity, Status)>;

struct Row {
    name: &'static str,
    rule: Rule,
    setup: fn(&mut Fixture),
    expect: Expect,
}

use Severity::{Block, Disclose, Note};
use Status::{Disclosed, Objected, Open, Waived};

const ROWS: &[Row] = &[
    // IBA 3.1.3: party (or affiliate) appointed the neutral twice or more in 3 years.
    Row {
        name: "one appointment by the claimant: nothing",
        rule: Rule::PartyRepeat,
        setup: |f| f.history.appointments = vec![past(1, "2025-01-10", Some(CLAIMANT), None)],
        expect: None,
    },
    Row {
        name: "two by the claimant within 3 years: disclose",
        rule: Rule::PartyRepeat,
        setup: |f| f.history.appointments = claimant_twice("2025-01-10"),
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "one of two exactly 3 years ago: still counts",
        rule: Rule::PartyRepeat,
        setup: |f| f.history.appointments = claimant_twice("2023-06-01"),
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "one of two 3 years and a day ago: nothing",
        rule: Rule::PartyRepeat,
        setup: |f| f.history.appointments = claimant_twice("2023-05-31"),
        expect: None,
    },
    Row {
        name: "an affiliate in the same group counts with the claimant",
        rule: Rule::PartyRepeat,
        setup: |f| {
            f.history.appointments = vec![
                past(1, "2025-01-10", Some(AFFILIATE), None),
                past(2, "2026-02-10", Some(CLAIMANT), None),
            ]
        },
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "disclosed: resolved",
        rule: Rule::PartyRepeat,
        setup: |f| {
            f.history.appointments = claimant_twice("2025-01-10");
            f.history.records = vec![harbour_group(RecordKind::Disclosure, "2026-05-20")];
        },
        expect: Some((Disclose, Disclosed)),
    },
    Row {
        name: "objection after the disclosure: open again",
        rule: Rule::PartyRepeat,
        setup: |f| {
            f.history.appointments = claimant_twice("2025-01-10");
            f.history.records = vec![
                harbour_group(RecordKind::Disclosure, "2026-05-20"),
                harbour_group(RecordKind::Objection, "2026-05-25"),
            ];
        },
        expect: Some((Disclose, Objected)),
    },
    // IBA 3.3.8: more than 3 times by the same counsel or firm in 3 years.
    Row {
        name: "three by the same counsel: nothing",
        rule: Rule::CounselRepeat,
        setup: |f| {
            f.history.appointments = (1..=3)
                .map(|i| past(i, "2025-03-03", None, Some(COUNSEL)))
                .collect()
        },
        expect: None,
    },
    Row {
        name: "four by the same counsel: disclose",
        rule: Rule::CounselRepeat,
        setup: |f| {
            f.history.appointments = (1..=4)
                .map(|i| past(i, "2025-03-03", None, Some(COUNSEL)))
                .collect()
        },
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "four by two lawyers of one firm: disclose",
        rule: Rule::CounselRepeat,
        setup: |f| {
            f.history.appointments = (1..=4)
                .map(|i| {
                    past(
                        i,
                        "2025-03-03",
                        None,
                        Some(if i % 2 == 0 {
                            COUNSEL
                        } else {
                            OTHER_COUNSEL_SAME_FIRM
                        }),
                    )
                })
                .collect()
        },
        expect: Some((Disclose, Open)),
    },
    // Red lists.
    Row {
        name: "currently counsel for the respondent: block, not waivable",
        rule: Rule::PartyConnection,
        setup: |f| {
            f.history.connections = vec![connection(ConnectionKind::Counsel, None)];
            f.history.records = vec![connection_waiver()];
        },
        expect: Some((Block, Open)),
    },
    Row {
        name: "counsel for the respondent until last year: block, waived in writing",
        rule: Rule::PartyConnection,
        setup: |f| {
            f.history.connections = vec![connection(ConnectionKind::Counsel, Some("2025-06-30"))];
            f.history.records = vec![connection_waiver()];
        },
        expect: Some((Block, Waived)),
    },
    Row {
        name: "a link that ended before the look-back: a note",
        rule: Rule::PartyConnection,
        setup: |f| {
            f.history.connections = vec![connection(ConnectionKind::Officer, Some("2022-12-31"))]
        },
        expect: Some((Note, Status::Note)),
    },
    // IBA 3.1.5: related case with the same party.
    Row {
        name: "sits in a related case with the claimant: disclose",
        rule: Rule::RelatedCase,
        setup: |f| f.history.appointments = vec![past(RELATED_CASE, "2025-09-01", None, None)],
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "related case sharing no party: nothing",
        rule: Rule::RelatedCase,
        setup: |f| {
            f.history.appointments = vec![past(RELATED_CASE, "2025-09-01", None, None)];
            f.case.related[0].party_keys = ["party:someone-else".to_owned()].into_iter().collect();
        },
        expect: None,
    },
    // HKIAC Art 11.2.
    Row {
        name: "sole arbitrator shares the claimant's nationality: block",
        rule: Rule::Nationality,
        setup: |f| f.neutral.nationalities = vec!["CN".into()],
        expect: Some((Block, Open)),
    },
    Row {
        name: "the parties agreed in writing: waived",
        rule: Rule::Nationality,
        setup: |f| {
            f.neutral.nationalities = vec!["CN".into()];
            f.history.records = vec![record(
                Rule::Nationality,
                "nationality",
                RecordKind::Waiver,
                "2026-05-20",
            )];
        },
        expect: Some((Block, Waived)),
    },
    Row {
        name: "a co-arbitrator may share a nationality",
        rule: Rule::Nationality,
        setup: |f| {
            f.neutral.nationalities = vec!["CN".into()];
            f.proposal.role = AppointmentRole::CoArbitrator;
        },
        expect: None,
    },
    Row {
        name: "parties of one nationality: the rule does not apply",
        rule: Rule::Nationality,
        setup: |f| {
            f.neutral.nationalities = vec!["CN".into()];
            f.case.parties[1].party.nationality = "CN".into();
        },
        expect: None,
    },
    Row {
        name: "SCIA has no nationality rule",
        rule: Rule::Nationality,
        setup: |f| {
            f.neutral.nationalities = vec!["CN".into()];
            f.case.model = CaseModel::SciaArbitration;
        },
        expect: None,
    },
    // Cap 609 s.32.
    Row {
        name: "the mediator in this dispute proposed as arbitrator (HK seat): block",
        rule: Rule::MediatorAsArbitrator,
        setup: |f| {
            f.case.model = CaseModel::SzMediationHkArbitration;
            f.neutral.roles = NeutralRoles::Both;
            f.history.appointments = vec![mediated_this_case()];
        },
        expect: Some((Block, Open)),
    },
    Row {
        name: "with the parties' written consent: waived",
        rule: Rule::MediatorAsArbitrator,
        setup: |f| {
            f.case.model = CaseModel::SzMediationHkArbitration;
            f.history.appointments = vec![mediated_this_case()];
            f.history.records = vec![record(
                Rule::MediatorAsArbitrator,
                &format!("case:{}", CaseId::for_testing(THIS_CASE)),
                RecordKind::Waiver,
                "2026-05-20",
            )];
        },
        expect: Some((Block, Waived)),
    },
    Row {
        name: "Shenzhen seat: disclose",
        rule: Rule::MediatorAsArbitrator,
        setup: |f| {
            f.case.model = CaseModel::HkMediationSzArbitration;
            f.history.appointments = vec![mediated_this_case()];
        },
        expect: Some((Disclose, Open)),
    },
    // Capacity.
    Row {
        name: "four open of five: nothing",
        rule: Rule::Capacity,
        setup: |f| f.history.open_appointments = 4,
        expect: None,
    },
    Row {
        name: "five open of five: disclose",
        rule: Rule::Capacity,
        setup: |f| f.history.open_appointments = 5,
        expect: Some((Disclose, Open)),
    },
    // Language.
    Row {
        name: "Chinese proceedings, English-only neutral: block",
        rule: Rule::Language,
        setup: |f| f.case.language = "zh".into(),
        expect: Some((Block, Open)),
    },
    Row {
        name: "Chinese proceedings, Cantonese speaker: nothing",
        rule: Rule::Language,
        setup: |f| {
            f.case.language = "zh".into();
            f.neutral.languages.push(LanguageSkill {
                tag: "yue".into(),
                level: LanguageLevel::Fluent,
            });
        },
        expect: None,
    },
    Row {
        name: "basic Putonghua is not enough: block",
        rule: Rule::Language,
        setup: |f| {
            f.case.language = "zh".into();
            f.neutral.languages.push(LanguageSkill {
                tag: "cmn".into(),
                level: LanguageLevel::Basic,
            });
        },
        expect: Some((Block, Open)),
    },
    // Panel terms.
    Row {
        name: "term ended the day before the appointment: disclose",
        rule: Rule::PanelTerm,
        setup: |f| f.neutral.panels[0].until = Some(d("2026-05-31")),
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "term ends on the appointment date: nothing",
        rule: Rule::PanelTerm,
        setup: |f| f.neutral.panels[0].until = Some(d("2026-06-01")),
        expect: None,
    },
    Row {
        name: "never on a panel of this side: a note",
        rule: Rule::PanelTerm,
        setup: |f| f.neutral.panels[0].panel = Panel::SciaArbitrators,
        expect: Some((Note, Status::Note)),
    },
    // Fee cap on the filing date.
    Row {
        name: "HK$7,000 on a case filed 2025-12-31 (cap HK$6,500): block",
        rule: Rule::FeeCap,
        setup: |f| {
            f.neutral.rate = Some(hkd(7_000));
            f.case.filed_on = d("2025-12-31");
        },
        expect: Some((Block, Open)),
    },
    Row {
        name: "HK$7,000 on a case filed 2026-01-01 (cap HK$7,500): nothing",
        rule: Rule::FeeCap,
        setup: |f| {
            f.neutral.rate = Some(hkd(7_000));
            f.case.filed_on = d("2026-01-01");
        },
        expect: None,
    },
    Row {
        name: "HK$7,500 exactly at the cap: nothing",
        rule: Rule::FeeCap,
        setup: |f| f.neutral.rate = Some(hkd(7_500)),
        expect: None,
    },
    Row {
        name: "the proposal's agreed rate is what is checked",
        rule: Rule::FeeCap,
        setup: |f| f.proposal.rate = Some(hkd(8_000)),
        expect: Some((Block, Open)),
    },
    Row {
        name: "a rate in US dollars cannot be compared: disclose",
        rule: Rule::FeeCap,
        setup: |f| {
            f.neutral.rate = Some(Money {
                amount_minor: 90_000,
                currency: "USD".into(),
            })
        },
        expect: Some((Disclose, Open)),
    },
    Row {
        name: "mediators are not capped",
        rule: Rule::FeeCap,
        setup: |f| {
            f.neutral.rate = Some(hkd(9_000));
            f.neutral.roles = NeutralRoles::Both;
            f.proposal.role = AppointmentRole::Mediator;
        },
        expect: None,
    },
];

#[test]
fn every_rule_and_boundary_in_the_table() {
    let mut failures = Vec::new();
    for row in ROWS {
        let mut f = fixture();
        (row.setup)(&mut f);
        let findings = f.check(&Policy::builtin());
        let got: Expect = findings
            .iter()
            .find(|x| x.rule == row.rule)
            .map(|x| (x.severity, x.status));
        if got != row.expect {
            failures.push(format!(
                "{}: expected {:?}, got {:?}",
                row.name, row.expect, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_clean_fixture_has_no_findings() {
    let f = fixture();
    let findings = f.check(&Policy::builtin());
    assert_eq!(findings, vec![]);
}

#[test]
fn stored_parameters_override_the_builtin_ones() {
    let mut f = fixture();
    f.history.appointments = vec![past(1, "2025-01-10", Some(CLAIMANT), None)];
    let mut params = Policy::builtin().get(Rule::PartyRepeat).cloned().unwrap();
    params.threshold = 1;
    let policy = Policy::from_rows(vec![params]);
    let findings = f.check(&policy);
    assert_eq!(findings[0].rule, Rule::PartyRepeat);
}

#[test]
fn ranking_drops_blocked_neutrals_and_explains_the_order() {
    let f = fixture();
    let mut fluent = f.neutral.clone();
    fluent.id = NeutralId::for_testing(2);
    fluent.name = Bilingual::new("Fluent Fiona", "");
    fluent.languages[0].level = LanguageLevel::Fluent;
    let mut same_nationality = f.neutral.clone();
    same_nationality.id = NeutralId::for_testing(3);
    same_nationality.nationalities = vec!["HK".into()];
    let mut mediator = f.neutral.clone();
    mediator.id = NeutralId::for_testing(4);
    mediator.roles = NeutralRoles::Mediator;
    let neutrals = vec![fluent, f.neutral.clone(), same_nationality, mediator];
    let ranked = rank(
        &Policy::builtin(),
        &f.caps,
        &f.case,
        &f.proposal,
        &Criteria::default(),
        &neutrals,
        |_| None,
    );
    let names: Vec<&str> = ranked.iter().map(|c| c.neutral.name.en.as_str()).collect();
    assert_eq!(names, ["Margaret Hale", "Fluent Fiona"]);
    assert_eq!(ranked[0].score, 30 + 20 + 10);
    assert!(ranked[0].reasons.contains(&rank::Reason::Language {
        level: LanguageLevel::Native,
        points: 30
    }));
    let with_blocked = rank(
        &Policy::builtin(),
        &f.caps,
        &f.case,
        &f.proposal,
        &Criteria {
            include_blocked: true,
            ..Criteria::default()
        },
        &neutrals,
        |_| None,
    );
    assert_eq!(with_blocked.len(), 3);
    assert!(
        with_blocked[2]
            .findings
            .iter()
            .any(|x| x.rule == Rule::Nationality && x.blocks())
    );
}
