//! What a package carries beyond the case's own records (format 2): the roster people the case
//! names — neutrals as profiles, parties, law firms, counsel — and the case's parties, appointments,
//! conflict records and hearings. Each person goes through the constructor the forms use
//! (`NeutralDraft::validate`, `PartyDraft::validate`, the firm and counsel checks); every reference
//! must name a person the package carries; lists are bounded.

use super::records::{Problem, check, date, instant, problem, same_case, typed, uuid};
use crate::error::PackageRefusal;
use docket_domain::conflict::{RecordKind, Rule};
use docket_domain::hearing::{HearingKind, HearingStatus};
use docket_domain::id::{CounselId, FirmId, NeutralId, PartyId};
use docket_domain::roster::appointment::{AppointedBy, AppointmentRole};
use docket_domain::roster::party::{Counsel, LawFirm, Party, PartyDraft, Side, names};
use docket_domain::roster::{CURRENCIES, Neutral, NeutralDraft, PanelDraft, country_codes};
use docket_domain::schedule::ParticipantKind;
use docket_domain::time::{LocalDateTime, Zone};
use docket_domain::validation::{Collector, FieldReason};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The most rows a package may carry in one list (the bound a hostile file meets first).
pub(crate) const MAX_ROWS: usize = 10_000;
/// The most participants one hearing may list.
pub(crate) const MAX_PARTICIPANTS: usize = 200;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PanelRow {
    pub panel: String,
    pub from: String,
    pub until: Option<String>,
}

/// A neutral's roster profile as it travels (unavailability stays with the centre that keeps it).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NeutralRow {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    pub roles: String,
    pub titles: String,
    pub date_of_birth: Option<String>,
    pub nationalities: Vec<String>,
    pub languages: Vec<String>,
    pub admissions: Vec<String>,
    pub panels: Vec<PanelRow>,
    pub home_zone: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub rate_amount: Option<String>,
    pub rate_currency: Option<String>,
    pub max_concurrent: Option<i64>,
    pub notes: String,
}

impl From<&Neutral> for NeutralRow {
    fn from(n: &Neutral) -> Self {
        Self {
            id: n.id.to_string(),
            name_en: n.name.en.clone(),
            name_zh: n.name.zh.clone(),
            roles: n.roles.as_str().to_owned(),
            titles: n.titles.clone(),
            date_of_birth: n.date_of_birth.map(|d| d.to_string()),
            nationalities: n.nationalities.clone(),
            languages: n.languages.iter().map(|l| l.code()).collect(),
            admissions: n.admissions.clone(),
            panels: n
                .panels
                .iter()
                .map(|p| PanelRow {
                    panel: p.panel.as_str().to_owned(),
                    from: p.from.to_string(),
                    until: p.until.map(|u| u.to_string()),
                })
                .collect(),
            home_zone: n.home_zone.name().to_owned(),
            email: n.email.clone(),
            phone: n.phone.clone(),
            rate_amount: n
                .rate
                .as_ref()
                .map(|m| format!("{}.{:02}", m.amount_minor / 100, m.amount_minor % 100)),
            rate_currency: n.rate.as_ref().map(|m| m.currency.clone()),
            max_concurrent: n.max_concurrent.map(i64::from),
            notes: n.notes.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PartyRow {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    pub kind: String,
    pub nationality: String,
    pub group: Option<String>,
}

impl From<&Party> for PartyRow {
    fn from(p: &Party) -> Self {
        Self {
            id: p.id.to_string(),
            name_en: p.name.en.clone(),
            name_zh: p.name.zh.clone(),
            kind: p.kind.as_str().to_owned(),
            nationality: p.nationality.clone(),
            group: p.group.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FirmRow {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    pub country: String,
}

impl From<&LawFirm> for FirmRow {
    fn from(f: &LawFirm) -> Self {
        Self {
            id: f.id.to_string(),
            name_en: f.name.en.clone(),
            name_zh: f.name.zh.clone(),
            country: f.country.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CounselRow {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    pub firm_id: Option<String>,
    pub email: Option<String>,
}

impl From<&Counsel> for CounselRow {
    fn from(c: &Counsel) -> Self {
        Self {
            id: c.id.to_string(),
            name_en: c.name.en.clone(),
            name_zh: c.name.zh.clone(),
            firm_id: c.firm_id.map(|f| f.to_string()),
            email: c.email.clone(),
        }
    }
}

/// The people a package names, as it writes them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct RosterSection {
    pub neutrals: Vec<NeutralRow>,
    pub parties: Vec<PartyRow>,
    pub firms: Vec<FirmRow>,
    pub counsel: Vec<CounselRow>,
}

/// The people a package names, each checked as the form checks it.
#[derive(Debug, Clone, Default)]
pub(crate) struct People {
    pub neutrals: Vec<Neutral>,
    pub parties: Vec<Party>,
    pub firms: Vec<LawFirm>,
    pub counsel: Vec<Counsel>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CasePartyRow {
    pub case_id: String,
    pub party_id: String,
    pub side: String,
    pub counsel_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AppointmentRow {
    pub id: String,
    pub case_id: String,
    pub neutral_id: String,
    pub role: String,
    pub appointed_by: String,
    pub party_id: Option<String>,
    pub counsel_id: Option<String>,
    pub firm_id: Option<String>,
    pub nominated_on: String,
    pub confirmed_on: Option<String>,
    pub ended_on: Option<String>,
    pub rate_minor: Option<i64>,
    pub rate_currency: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConflictRecordRow {
    pub id: String,
    pub case_id: String,
    pub neutral_id: String,
    pub rule: String,
    pub subject: String,
    pub kind: String,
    pub recorded_on: String,
    pub recorded_by: String,
    pub note: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ParticipantRow {
    pub kind: String,
    pub key: String,
    pub name_en: String,
    pub name_zh: String,
    pub zone: String,
    pub hours_from: i64,
    pub hours_until: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HearingRow {
    pub id: String,
    pub case_id: String,
    pub kind: String,
    /// The room by its code: ids are each centre's own.
    pub venue_code: String,
    pub starts_local: String,
    pub zone: String,
    pub duration_minutes: i64,
    pub status: String,
    pub ical_uid: String,
    pub sequence: i64,
    pub created_at: String,
    pub updated_at: String,
    pub language: String,
    pub interpretation: String,
    pub link: Option<String>,
    pub series_id: Option<String>,
    /// When it was removed, only when it was (an unmarked hearing reads as it always did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_at: Option<String>,
    pub participants: Vec<ParticipantRow>,
}

/// The new sections read and checked.
#[derive(Debug, Default)]
pub(crate) struct Linked {
    pub case_parties: Vec<(String, CasePartyRow)>,
    pub appointments: Vec<(String, AppointmentRow)>,
    pub records: Vec<(String, ConflictRecordRow)>,
    pub hearings: Vec<(String, HearingRow)>,
}

fn first_field(at: &str, errors: &[docket_domain::validation::FieldError]) -> Problem {
    let field = errors.first().map(|e| e.field.clone()).unwrap_or_default();
    problem(
        PackageRefusal::InvalidValue,
        format!("{at} › {field}"),
        format!("{errors:?}"),
    )
}

fn id_of<T: std::str::FromStr>(at: &str, field: &str, v: &str) -> Result<T, Problem> {
    v.parse::<T>().map_err(|_| {
        problem(
            PackageRefusal::InvalidValue,
            format!("{at} › {field}"),
            v.to_owned(),
        )
    })
}

/// Reads the `roster` section: each person through the form's constructor; no id twice.
pub(crate) fn people(root: Option<Value>) -> Result<People, Problem> {
    let mut section = match root {
        None | Some(Value::Null) => return Ok(People::default()),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(problem(
                PackageRefusal::InvalidValue,
                "roster".into(),
                "not an object",
            ));
        }
    };
    let neutrals = typed::<NeutralRow>("neutrals", &mut section, &[])?;
    let parties = typed::<PartyRow>("parties", &mut section, &[])?;
    let firms = typed::<FirmRow>("firms", &mut section, &[])?;
    let counsel = typed::<CounselRow>("counsel", &mut section, &[])?;
    if let Some(k) = section.keys().next() {
        return Err(problem(
            PackageRefusal::UnknownField,
            format!("roster › {k}"),
            k.clone(),
        ));
    }
    let mut out = People::default();
    let mut emails = BTreeSet::new();
    for (at, n) in &neutrals {
        let id: NeutralId = id_of(at, "id", &n.id)?;
        let neutral = NeutralDraft {
            name_en: n.name_en.clone(),
            name_zh: n.name_zh.clone(),
            roles: n.roles.clone(),
            titles: n.titles.clone(),
            date_of_birth: n.date_of_birth.clone(),
            nationalities: n.nationalities.clone(),
            languages: n.languages.clone(),
            admissions: n.admissions.clone(),
            panels: n
                .panels
                .iter()
                .map(|p| PanelDraft {
                    panel: p.panel.clone(),
                    from: p.from.clone(),
                    until: p.until.clone(),
                })
                .collect(),
            home_zone: n.home_zone.clone(),
            email: n.email.clone(),
            phone: n.phone.clone(),
            rate_amount: n.rate_amount.clone(),
            rate_currency: n.rate_currency.clone(),
            max_concurrent: n.max_concurrent,
            unavailability: Vec::new(),
            notes: n.notes.clone(),
        }
        .validate(id)
        .map_err(|e| first_field(at, &e))?;
        if out.neutrals.iter().any(|o: &Neutral| o.id == neutral.id) {
            return Err(problem(
                PackageRefusal::InvalidValue,
                format!("{at} › id"),
                &n.id,
            ));
        }
        if let Some(e) = &neutral.email
            && !emails.insert(e.to_lowercase())
        {
            return Err(problem(
                PackageRefusal::InvalidValue,
                format!("{at} › email"),
                e,
            ));
        }
        out.neutrals.push(neutral);
    }
    for (at, p) in &parties {
        let id: PartyId = id_of(at, "id", &p.id)?;
        let party = PartyDraft {
            name_en: p.name_en.clone(),
            name_zh: p.name_zh.clone(),
            kind: p.kind.clone(),
            nationality: p.nationality.clone(),
            group: p.group.clone(),
        }
        .validate(id)
        .map_err(|e| first_field(at, &e))?;
        if out.parties.iter().any(|o| o.id == party.id) {
            return Err(problem(
                PackageRefusal::InvalidValue,
                format!("{at} › id"),
                &p.id,
            ));
        }
        out.parties.push(party);
    }
    for (at, f) in &firms {
        let id: FirmId = id_of(at, "id", &f.id)?;
        let mut c = Collector::new();
        let name = names(&mut c, &f.name_en, &f.name_zh);
        let country = country_codes(&mut c, "country", std::slice::from_ref(&f.country));
        if country.is_empty() {
            c.push("country", FieldReason::Required);
        }
        let firm = c
            .finish(LawFirm {
                id,
                name,
                country: country.into_iter().next().unwrap_or_default(),
            })
            .map_err(|e| first_field(at, &e))?;
        if out.firms.iter().any(|o| o.id == firm.id) {
            return Err(problem(
                PackageRefusal::InvalidValue,
                format!("{at} › id"),
                &f.id,
            ));
        }
        out.firms.push(firm);
    }
    for (at, k) in &counsel {
        let id: CounselId = id_of(at, "id", &k.id)?;
        let mut c = Collector::new();
        let name = names(&mut c, &k.name_en, &k.name_zh);
        let email = c.optional_text("email", k.email.as_deref(), 200);
        let firm_id = match k.firm_id.as_deref() {
            None => None,
            Some(f) => {
                let firm: FirmId = id_of(at, "firm_id", f)?;
                if !out.firms.iter().any(|x| x.id == firm) {
                    return Err(problem(
                        PackageRefusal::OtherCase,
                        format!("{at} › firm_id"),
                        f,
                    ));
                }
                Some(firm)
            }
        };
        let counsel = c
            .finish(Counsel {
                id,
                name,
                firm_id,
                email,
            })
            .map_err(|e| first_field(at, &e))?;
        if out.counsel.iter().any(|o| o.id == counsel.id) {
            return Err(problem(
                PackageRefusal::InvalidValue,
                format!("{at} › id"),
                &k.id,
            ));
        }
        out.counsel.push(counsel);
    }
    Ok(out)
}

/// A reference to a person the package must carry.
fn carried(at: &str, field: &str, v: &str, known: bool) -> Result<(), Problem> {
    if known {
        Ok(())
    } else {
        Err(problem(
            PackageRefusal::OtherCase,
            format!("{at} › {field}"),
            v,
        ))
    }
}

fn text(at: &str, field: &str, v: &str, min: usize, max: usize) -> Result<(), Problem> {
    let n = v.trim().chars().count();
    check(at, field, v, n >= min && v.chars().count() <= max)
}

/// Reads and checks the case's parties, appointments, conflict records and hearings against the
/// people the package carries.
pub(crate) fn read(
    tables: &mut Map<String, Value>,
    case_id: &str,
    people: &People,
) -> Result<Linked, Problem> {
    let case_parties = typed::<CasePartyRow>("case_parties", tables, &[])?;
    let appointments = typed::<AppointmentRow>("appointments", tables, &[])?;
    let records = typed::<ConflictRecordRow>("conflict_records", tables, &[])?;
    let hearings = typed::<HearingRow>("hearings", tables, &["removed_at"])?;
    let party = |v: &str| people.parties.iter().any(|p| p.id.to_string() == v);
    let counsel = |v: &str| people.counsel.iter().any(|p| p.id.to_string() == v);
    let firm = |v: &str| people.firms.iter().any(|p| p.id.to_string() == v);
    let neutral = |v: &str| people.neutrals.iter().any(|p| p.id.to_string() == v);
    let mut seen = BTreeSet::new();
    for (at, r) in &case_parties {
        same_case(at, case_id, &r.case_id)?;
        carried(at, "party_id", &r.party_id, party(&r.party_id))?;
        check(at, "party_id", &r.party_id, seen.insert(r.party_id.clone()))?;
        check(at, "side", &r.side, Side::parse(&r.side).is_some())?;
        if let Some(c) = &r.counsel_id {
            carried(at, "counsel_id", c, counsel(c))?;
        }
    }
    for (at, a) in &appointments {
        uuid(at, "id", &a.id)?;
        same_case(at, case_id, &a.case_id)?;
        carried(at, "neutral_id", &a.neutral_id, neutral(&a.neutral_id))?;
        check(
            at,
            "role",
            &a.role,
            AppointmentRole::parse(&a.role).is_some(),
        )?;
        let by = AppointedBy::parse(&a.appointed_by);
        check(at, "appointed_by", &a.appointed_by, by.is_some())?;
        if by == Some(AppointedBy::Party) {
            check(at, "party_id", "", a.party_id.is_some())?;
        }
        if let Some(p) = &a.party_id {
            carried(at, "party_id", p, party(p))?;
        }
        if let Some(c) = &a.counsel_id {
            carried(at, "counsel_id", c, counsel(c))?;
        }
        if let Some(f) = &a.firm_id {
            carried(at, "firm_id", f, firm(f))?;
        }
        date(at, "nominated_on", &a.nominated_on)?;
        for (field, d) in [("confirmed_on", &a.confirmed_on), ("ended_on", &a.ended_on)] {
            if let Some(d) = d {
                date(at, field, d)?;
            }
        }
        match (a.rate_minor, &a.rate_currency) {
            (None, None) => {}
            (Some(m), Some(c)) => {
                check(at, "rate_minor", &m.to_string(), m > 0)?;
                check(at, "rate_currency", c, CURRENCIES.contains(&c.as_str()))?;
            }
            _ => check(at, "rate_currency", "", false)?,
        }
        instant(at, "created_at", &a.created_at)?;
    }
    for (at, r) in &records {
        uuid(at, "id", &r.id)?;
        same_case(at, case_id, &r.case_id)?;
        carried(at, "neutral_id", &r.neutral_id, neutral(&r.neutral_id))?;
        check(at, "rule", &r.rule, Rule::parse(&r.rule).is_some())?;
        check(at, "kind", &r.kind, RecordKind::parse(&r.kind).is_some())?;
        text(at, "subject", &r.subject, 1, 200)?;
        date(at, "recorded_on", &r.recorded_on)?;
        text(at, "recorded_by", &r.recorded_by, 1, 120)?;
        text(at, "note", &r.note, 0, 2000)?;
        instant(at, "created_at", &r.created_at)?;
    }
    let mut uids = BTreeSet::new();
    for (at, h) in &hearings {
        uuid(at, "id", &h.id)?;
        same_case(at, case_id, &h.case_id)?;
        check(at, "kind", &h.kind, HearingKind::parse(&h.kind).is_some())?;
        text(at, "venue_code", &h.venue_code, 1, 40)?;
        check(
            at,
            "starts_local",
            &h.starts_local,
            h.starts_local.parse::<LocalDateTime>().is_ok()
                && docket_domain::validation::supported_date(
                    h.starts_local.get(..10).unwrap_or(""),
                )
                .is_ok(),
        )?;
        check(at, "zone", &h.zone, h.zone.parse::<Zone>().is_ok())?;
        check(
            at,
            "duration_minutes",
            &h.duration_minutes.to_string(),
            (1..=7 * 24 * 60).contains(&h.duration_minutes),
        )?;
        check(
            at,
            "status",
            &h.status,
            HearingStatus::parse(&h.status).is_some(),
        )?;
        text(at, "ical_uid", &h.ical_uid, 1, 255)?;
        check(at, "ical_uid", &h.ical_uid, uids.insert(h.ical_uid.clone()))?;
        check(
            at,
            "sequence",
            &h.sequence.to_string(),
            (0..=i64::from(u32::MAX)).contains(&h.sequence),
        )?;
        instant(at, "created_at", &h.created_at)?;
        instant(at, "updated_at", &h.updated_at)?;
        text(at, "language", &h.language, 0, 35)?;
        text(at, "interpretation", &h.interpretation, 0, 200)?;
        if let Some(l) = &h.link {
            text(at, "link", l, 1, 2000)?;
        }
        if let Some(s) = &h.series_id {
            check(
                at,
                "series_id",
                s,
                s.parse::<docket_domain::id::Id<'S'>>().is_ok(),
            )?;
        }
        if let Some(r) = &h.removed_at {
            instant(at, "removed_at", r)?;
        }
        check(
            at,
            "participants",
            &h.participants.len().to_string(),
            h.participants.len() <= MAX_PARTICIPANTS,
        )?;
        let mut keys = BTreeSet::new();
        for (i, p) in h.participants.iter().enumerate() {
            let at = format!("{at} › participants #{}", i + 1);
            let kind = ParticipantKind::parse(&p.kind);
            check(&at, "kind", &p.kind, kind.is_some())?;
            check(&at, "key", &p.key, keys.insert(p.key.clone()))?;
            let ok = match p.key.split_once(':') {
                Some(("neutral", id)) => kind == Some(ParticipantKind::Neutral) && neutral(id),
                Some(("party", id)) => kind == Some(ParticipantKind::Party) && party(id),
                Some(("counsel", id)) => kind == Some(ParticipantKind::Counsel) && counsel(id),
                Some(("person", name)) => !name.trim().is_empty() && name.chars().count() <= 160,
                _ => false,
            };
            if !ok {
                return Err(problem(
                    PackageRefusal::OtherCase,
                    format!("{at} › key"),
                    &p.key,
                ));
            }
            text(&at, "name_en", &p.name_en, 0, 160)?;
            text(&at, "name_zh", &p.name_zh, 0, 160)?;
            check(
                &at,
                "name_en",
                &p.name_en,
                !(p.name_en.trim().is_empty() && p.name_zh.trim().is_empty()),
            )?;
            check(&at, "zone", &p.zone, p.zone.parse::<Zone>().is_ok())?;
            for (field, v) in [("hours_from", p.hours_from), ("hours_until", p.hours_until)] {
                check(&at, field, &v.to_string(), (0..=1440).contains(&v))?;
            }
        }
    }
    Ok(Linked {
        case_parties,
        appointments,
        records,
        hearings,
    })
}
