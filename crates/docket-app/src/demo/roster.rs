//! The demo roster: full neutral profiles, the parties of every demo case with their counsel, and a
//! history of appointments and connections chosen so that each kind of conflict finding shows up.
//!
//! The showcase is the HKIAC case *Harbourfront Properties v Shenzhen Bay Construction Group*
//! (case 1), still waiting for its sole arbitrator: proposing Tan Wei Ming shows repeat appointments
//! by the claimant's group and a related case; Ana Beatriz Souza, repeat nominations by the same
//! counsel; Daniel Goldberg, a past counsel role for the respondent and a rate in US dollars; any
//! Hong Kong or Mainland national, the HKIAC nationality rule; James Whitfield, the fee cap;
//! Olivia Hartley, an expired panel term; Lau Chi-keung, a full caseload. In case 2, Cheung
//! Wai-man was the mediator; proposing her as arbitrator needs the parties' written consent. In
//! case 4 (SCIA, in Chinese) Katharina Vogel has no language in common with the proceedings.

use super::id;
use crate::clock::IdGenerator;
use docket_domain::case::Case;
use docket_domain::id::{CaseId, FirmId, Id};
use docket_domain::roster::appointment::{AppointedBy, Appointment, AppointmentRole};
use docket_domain::roster::party::{
    CaseParty, Connection, ConnectionKind, Counsel, LawFirm, Party, PartyKind, Side,
};
use docket_domain::roster::{
    LanguageLevel, LanguageSkill, Money, Neutral, NeutralRoles, Panel, PanelMembership,
    Unavailability,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, TimeError, Zone};

/// Everything beyond neutrals, venues, cases and hearings.
#[derive(Debug, Default)]
pub struct DemoRoster {
    pub parties: Vec<Party>,
    pub firms: Vec<LawFirm>,
    pub counsel: Vec<Counsel>,
    pub case_parties: Vec<(CaseId, CaseParty)>,
    pub links: Vec<(CaseId, CaseId)>,
    pub connections: Vec<Connection>,
    pub appointments: Vec<Appointment>,
}

fn d(y: i32, m: u32, day: u32) -> Result<CivilDate, TimeError> {
    CivilDate::new(y, m, day)
}

fn country_admission(code: &str) -> &'static str {
    match code {
        "HK" => "Hong Kong",
        "GB" => "England and Wales",
        "CN" => "PRC",
        "DE" => "Germany",
        "AT" => "Austria",
        "BR" => "Brazil",
        "PT" => "Portugal",
        "US" => "New York",
        "SG" => "Singapore",
        "IN" => "India",
        "AU" => "New South Wales",
        "FR" => "France",
        "MO" => "Macau",
        "CA" => "Ontario",
        "JP" => "Japan",
        _ => "",
    }
}

/// Completes a demo neutral's profile: language levels, panels, rate, capacity, admissions.
pub fn profile(
    i: usize,
    base: (
        Bilingual,
        NeutralRoles,
        Vec<String>,
        Vec<String>,
        Zone,
        String,
    ),
    today: CivilDate,
) -> Result<(Bilingual, NeutralRoles, Neutral), TimeError> {
    let (name, roles, nationalities, langs, zone, email) = base;
    let languages = langs
        .iter()
        .enumerate()
        .map(|(k, tag)| LanguageSkill {
            tag: tag.clone(),
            level: match k {
                0 => LanguageLevel::Native,
                1 => LanguageLevel::Fluent,
                _ => LanguageLevel::Working,
            },
        })
        .collect();
    let first = nationalities.first().map(String::as_str).unwrap_or("");
    let hk_based = zone == Zone::hong_kong() || zone.name() == "Asia/Macau";
    let mainland = zone == Zone::shanghai();
    let mut panels = Vec::new();
    if roles != NeutralRoles::Mediator {
        let panel = if mainland || i.is_multiple_of(3) && !hk_based {
            Panel::SciaArbitrators
        } else if i.is_multiple_of(2) {
            Panel::HkiacPanel
        } else {
            Panel::HkiacList
        };
        panels.push(PanelMembership {
            panel,
            from: d(2019, 1, 1)?,
            // Olivia Hartley's term lapsed at the end of 2025.
            until: (i == 37).then(|| d(2025, 12, 31)).transpose()?,
        });
        if mainland && i.is_multiple_of(2) {
            panels.push(PanelMembership {
                panel: Panel::HkiacList,
                from: d(2021, 7, 1)?,
                until: None,
            });
        }
    }
    if roles != NeutralRoles::Arbitrator {
        let panel = if hk_based {
            Panel::Hkmaal
        } else if mainland {
            Panel::SciaMediators
        } else {
            Panel::HkiacMediators
        };
        panels.push(PanelMembership {
            panel,
            from: d(2017, 6, 1)?,
            until: None,
        });
    }
    let rate = match i {
        30 => Some(Money {
            amount_minor: 95_000,
            currency: "USD".into(),
        }),
        34 => Some(Money {
            amount_minor: 850_000,
            currency: "HKD".into(),
        }),
        _ if mainland => Some(Money {
            amount_minor: 300_000 + (i as i64 % 4) * 50_000,
            currency: "CNY".into(),
        }),
        _ => Some(Money {
            amount_minor: 500_000 + (i as i64 % 6) * 50_000,
            currency: "HKD".into(),
        }),
    };
    let unavailability = if i == 26 {
        vec![Unavailability {
            from: today.add_days(20)?.at(0, 0)?,
            until: today.add_days(38)?.at(0, 0)?,
            zone,
            reason: "Sitting in an ICC hearing in Paris".into(),
        }]
    } else {
        Vec::new()
    };
    let country_code = match first {
        "HK" => "+852",
        "CN" => "+86",
        "MO" => "+853",
        "SG" => "+65",
        "GB" => "+44",
        "DE" => "+49",
        "BR" => "+55",
        "US" => "+1",
        "AU" => "+61",
        "FR" => "+33",
        "PT" => "+351",
        _ => "+852",
    };
    let neutral = Neutral {
        id: Id::for_testing(0),
        name: name.clone(),
        roles,
        titles: match (roles, i % 3, first) {
            (NeutralRoles::Mediator, _, _) => "Accredited Mediator".into(),
            (_, 0, "HK") => "SC, FCIArb".into(),
            (_, 1, _) => "Prof., FCIArb".into(),
            _ => "FCIArb".into(),
        },
        date_of_birth: Some(d(
            1952 + (i as i32 * 7) % 30,
            (i as u32 % 12) + 1,
            (i as u32 * 5 % 27) + 1,
        )?),
        nationalities: nationalities.clone(),
        languages,
        admissions: nationalities
            .iter()
            .map(|n| country_admission(n))
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        panels,
        home_zone: zone,
        email: Some(email),
        phone: Some(format!(
            "{country_code} {:04} {:04}",
            2000 + i * 37,
            1000 + i * 91
        )),
        rate,
        max_concurrent: Some(if i == 4 { 2 } else { 4 + (i as u32 % 5) }),
        unavailability,
        notes: match i {
            0 => "Prefers hearings in the morning; available for Putonghua proceedings.".into(),
            26 => "Former in-house counsel at Rhein Maschinenbau GmbH (to 2020).".into(),
            30 => "Bills in US dollars.".into(),
            _ => String::new(),
        },
    };
    Ok((name, roles, neutral))
}

/// Nationality (or place of incorporation) of each case's claimant and respondent.
const NATIONALITY: [(&str, &str); 20] = [
    ("HK", "CN"),
    ("HK", "CN"),
    ("CN", "DE"),
    ("HK", "BR"),
    ("CN", "US"),
    ("HK", "CN"),
    ("CN", "SG"),
    ("HK", "CN"),
    ("CN", "HK"),
    ("CN", "DE"),
    ("HK", "CN"),
    ("CN", "PT"),
    ("HK", "CN"),
    ("CN", "JP"),
    ("HK", "CN"),
    ("CN", "GB"),
    ("HK", "CN"),
    ("CN", "AU"),
    ("HK", "CN"),
    ("HK", "CN"),
];

const FIRMS: [(&str, &str, &str); 4] = [
    ("Ho & Partners", "何氏律師行", "HK"),
    ("Qianhai Law Firm", "前海律师事务所", "CN"),
    ("Whitmore Chen LLP", "韋摩陳律師事務所", "HK"),
    ("Binhai Lawyers", "滨海律师事务所", "CN"),
];

const COUNSEL: [(&str, &str, usize); 6] = [
    ("Grace Ho", "何嘉慧", 0),
    ("Zhang Min", "张敏", 1),
    ("Edmund Whitmore", "韋文德", 2),
    ("Li Qing", "李青", 3),
    ("Kenneth Chan", "陳健朗", 0),
    ("Sun Jie", "孙杰", 1),
];

/// Builds parties, counsel, firms, appointments and connections for the demo cases.
pub fn build(
    cases: &[Case],
    neutrals: &[Neutral],
    disputes: &[(&str, &str, &str, &str)],
    today: CivilDate,
    ids: &dyn IdGenerator,
) -> Result<DemoRoster, TimeError> {
    let mut r = DemoRoster::default();
    for (en, zh, country) in FIRMS {
        r.firms.push(LawFirm {
            id: id(ids),
            name: Bilingual::new(en, zh),
            country: country.into(),
        });
    }
    let firm = |k: usize| -> Option<FirmId> { r.firms.get(k).map(|f| f.id) };
    let counsel: Vec<Counsel> = COUNSEL
        .iter()
        .map(|(en, zh, f)| Counsel {
            id: id(ids),
            name: Bilingual::new(*en, *zh),
            firm_id: firm(*f),
            email: Some(format!(
                "{}@law.example",
                en.to_lowercase().replace(' ', ".")
            )),
        })
        .collect();
    r.counsel = counsel;

    let group = |name: &str| -> Option<String> {
        match name {
            "Harbourfront Properties Ltd" | "Lantau Energy Ltd" | "Victoria Peak Hotels Ltd" => {
                Some("Harbourfront Group".into())
            }
            "Shenzhen Bay Construction Group" | "Shekou Port Services Co." => {
                Some("Shenzhen Bay Group".into())
            }
            _ => None,
        }
    };
    let mut claimants = Vec::new();
    let mut respondents = Vec::new();
    for (i, ((c_en, r_en, c_zh, r_zh), case)) in disputes.iter().zip(cases).enumerate() {
        let (cn, rn) = NATIONALITY.get(i).copied().unwrap_or(("HK", "CN"));
        for (en, zh, nat, side, list) in [
            (c_en, c_zh, cn, Side::Claimant, &mut claimants),
            (r_en, r_zh, rn, Side::Respondent, &mut respondents),
        ] {
            let party = Party {
                id: id(ids),
                name: Bilingual::new(*en, *zh),
                kind: PartyKind::Company,
                nationality: nat.into(),
                group: group(en),
            };
            // Grace Ho acts for the claimants in cases 1, 3, 11, 15 and 19; others rotate.
            let counsel_index = match (side, i) {
                (Side::Claimant, 1 | 3 | 11 | 15 | 19) => 0,
                (Side::Claimant, _) => [2, 4, 2, 4][i % 4],
                (Side::Respondent, _) => [1, 3, 5][i % 3],
            };
            r.case_parties.push((
                case.id,
                CaseParty {
                    party_id: party.id,
                    side,
                    counsel_id: r.counsel.get(counsel_index).map(|c| c.id),
                },
            ));
            list.push(party.id);
            r.parties.push(party);
        }
    }

    let neutral = |i: usize| neutrals.get(i).map(|n| n.id);
    let counsel_of = |case: usize, side: Side| {
        r.case_parties
            .iter()
            .find(|(c, cp)| Some(*c) == cases.get(case).map(|x| x.id) && cp.side == side)
            .and_then(|(_, cp)| cp.counsel_id)
    };
    let firm_of = |c: Option<docket_domain::id::CounselId>| {
        c.and_then(|c| r.counsel.iter().find(|x| x.id == c))
            .and_then(|x| x.firm_id)
    };
    // (case, neutral, role, nominated by claimant?, ended)
    let plan: [(usize, usize, AppointmentRole, Option<Side>, bool); 16] = [
        (0, 12, AppointmentRole::SoleArbitrator, None, false),
        (2, 3, AppointmentRole::Mediator, None, false),
        (
            3,
            28,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (4, 14, AppointmentRole::SoleArbitrator, None, false),
        (
            5,
            32,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (5, 4, AppointmentRole::PresidingArbitrator, None, false),
        (7, 5, AppointmentRole::Mediator, None, false),
        (
            7,
            32,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (8, 12, AppointmentRole::SoleArbitrator, None, false),
        (9, 4, AppointmentRole::SoleArbitrator, None, false),
        (
            11,
            28,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (12, 14, AppointmentRole::SoleArbitrator, None, false),
        (
            15,
            28,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (17, 10, AppointmentRole::SoleArbitrator, None, true),
        (
            19,
            28,
            AppointmentRole::CoArbitrator,
            Some(Side::Claimant),
            false,
        ),
        (16, 21, AppointmentRole::SoleArbitrator, None, false),
    ];
    for (case_i, neutral_i, role, by, ended) in plan {
        let (Some(case), Some(nid)) = (cases.get(case_i), neutral(neutral_i)) else {
            continue;
        };
        let nominated = case
            .filed_on
            .add_days(30)?
            .min(today.add_days(-1)?)
            .max(case.filed_on);
        let by_party = by.map(|side| match side {
            Side::Claimant => claimants.get(case_i).copied(),
            Side::Respondent => respondents.get(case_i).copied(),
        });
        let counsel_id = by.and_then(|side| counsel_of(case_i, side));
        r.appointments.push(Appointment {
            id: id(ids),
            case_id: case.id,
            neutral_id: nid,
            role,
            appointed_by: match (by, role) {
                (Some(_), _) => AppointedBy::Party,
                (None, AppointmentRole::PresidingArbitrator) => AppointedBy::CoArbitrators,
                (None, AppointmentRole::Mediator) => AppointedBy::Parties,
                (None, _) => AppointedBy::Institution,
            },
            party_id: by_party.flatten(),
            counsel_id,
            firm_id: firm_of(counsel_id),
            nominated_on: nominated,
            confirmed_on: Some(nominated.add_days(7)?.min(today)),
            ended_on: if ended {
                Some(today.add_days(-3)?)
            } else {
                None
            },
            rate: None,
        });
    }

    // Case 1 and case 7 involve the same group (Harbourfront): related.
    if let (Some(a), Some(b)) = (cases.get(1), cases.get(7)) {
        r.links.push((a.id, b.id));
    }
    // Daniel Goldberg acted for Shenzhen Bay Construction Group until mid-2025.
    if let (Some(n), Some(p)) = (neutral(30), respondents.get(1)) {
        r.connections.push(Connection {
            id: id(ids),
            neutral_id: n,
            party_id: *p,
            kind: ConnectionKind::Counsel,
            from: Some(d(2019, 3, 1)?),
            until: Some(d(2025, 6, 30)?),
            note: "Advised on the Qianhai tower contract.".into(),
        });
    }
    // Katharina Vogel was in-house counsel at Rhein Maschinenbau until 2020 (outside the look-back).
    if let (Some(n), Some(p)) = (neutral(26), respondents.get(2)) {
        r.connections.push(Connection {
            id: id(ids),
            neutral_id: n,
            party_id: *p,
            kind: ConnectionKind::Officer,
            from: Some(d(2012, 1, 1)?),
            until: Some(d(2020, 12, 31)?),
            note: String::new(),
        });
    }
    Ok(r)
}
