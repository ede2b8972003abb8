//! Transport types for the roster, parties, appointments and conflict checks.

use super::{
    AppointedByDto, AppointmentRoleDto, BilingualDto, ConflictRuleCodeDto, ConnectionKindDto,
    FindingStatusDto, InstitutionDto, LanguageLevelDto, NeutralRolesDto, PanelDto, PartyKindDto,
    RankReasonCodeDto, RecordKindDto, SeverityDto, SideDto, VerificationDto,
};
use docket_domain::roster::party::{Counsel, LawFirm, Party};
use docket_domain::roster::{Money, Neutral};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An amount of money, with its display form (`HKD 7,500.00`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoneyDto {
    pub amount_minor: i64,
    pub currency: String,
    pub display: String,
}

impl From<&Money> for MoneyDto {
    fn from(m: &Money) -> Self {
        Self {
            amount_minor: m.amount_minor,
            currency: m.currency.clone(),
            display: m.display(),
        }
    }
}

/// A language (an open set of BCP 47 tags) and how well it is spoken.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LanguageSkillDto {
    pub tag: String,
    pub level: LanguageLevelDto,
}

/// A term on a panel or list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PanelTermDto {
    pub panel: PanelDto,
    pub from: String,
    pub until: Option<String>,
    /// Whether the term covers today.
    pub active: bool,
}

/// A period when a neutral cannot sit, as wall times in `zone`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UnavailabilityDto {
    pub from: String,
    pub until: String,
    pub zone: String,
    pub reason: String,
}

/// A mediator or arbitrator's profile.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NeutralDto {
    pub id: String,
    pub name: BilingualDto,
    pub roles: NeutralRolesDto,
    pub titles: String,
    pub date_of_birth: Option<String>,
    pub nationalities: Vec<String>,
    pub languages: Vec<LanguageSkillDto>,
    pub admissions: Vec<String>,
    pub panels: Vec<PanelTermDto>,
    pub home_zone: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub rate: Option<MoneyDto>,
    pub max_concurrent: Option<u32>,
    /// Appointments held today in cases that are not closed.
    pub open_appointments: u32,
    pub unavailability: Vec<UnavailabilityDto>,
    pub notes: String,
}

impl NeutralDto {
    pub fn new(n: &Neutral, today: docket_domain::time::CivilDate, open: u32) -> Self {
        Self {
            id: n.id.to_string(),
            name: (&n.name).into(),
            roles: n.roles.into(),
            titles: n.titles.clone(),
            date_of_birth: n.date_of_birth.map(|d| d.to_string()),
            nationalities: n.nationalities.clone(),
            languages: n
                .languages
                .iter()
                .map(|l| LanguageSkillDto {
                    tag: l.tag.clone(),
                    level: l.level.into(),
                })
                .collect(),
            admissions: n.admissions.clone(),
            panels: n
                .panels
                .iter()
                .map(|p| PanelTermDto {
                    panel: p.panel.into(),
                    from: p.from.to_string(),
                    until: p.until.map(|d| d.to_string()),
                    active: p.active_on(today),
                })
                .collect(),
            home_zone: n.home_zone.name().to_owned(),
            email: n.email.clone(),
            phone: n.phone.clone(),
            rate: n.rate.as_ref().map(MoneyDto::from),
            max_concurrent: n.max_concurrent,
            open_appointments: open,
            unavailability: n
                .unavailability
                .iter()
                .map(|u| UnavailabilityDto {
                    from: u.from.to_iso(),
                    until: u.until.to_iso(),
                    zone: u.zone.name().to_owned(),
                    reason: u.reason.clone(),
                })
                .collect(),
            notes: n.notes.clone(),
        }
    }
}

/// A panel term as typed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
pub struct PanelInputDto {
    pub panel: String,
    pub from: String,
    pub until: Option<String>,
}

/// An unavailability period as typed (an empty zone means the neutral's home zone).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
pub struct UnavailabilityInputDto {
    pub from: String,
    pub until: String,
    pub zone: String,
    pub reason: String,
}

/// A neutral's profile as typed by the clerk (new or edited).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NeutralInputDto {
    pub name_en: String,
    pub name_zh: String,
    pub roles: String,
    pub titles: String,
    pub date_of_birth: Option<String>,
    pub nationalities: Vec<String>,
    /// `tag` or `tag:level`, e.g. `yue:native`.
    pub languages: Vec<String>,
    pub admissions: Vec<String>,
    pub panels: Vec<PanelInputDto>,
    pub home_zone: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub rate_amount: Option<String>,
    pub rate_currency: Option<String>,
    pub max_concurrent: Option<i64>,
    pub unavailability: Vec<UnavailabilityInputDto>,
    pub notes: String,
}

/// Roster search: text in either script, and filters.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NeutralQueryDto {
    pub text: Option<String>,
    /// `mediator` or `arbitrator`.
    pub role: Option<String>,
    pub language: Option<String>,
    pub panel: Option<String>,
    pub nationality: Option<String>,
}

/// A party to disputes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PartyDto {
    pub id: String,
    pub name: BilingualDto,
    pub kind: PartyKindDto,
    pub nationality: String,
    pub group: Option<String>,
}

impl From<&Party> for PartyDto {
    fn from(p: &Party) -> Self {
        Self {
            id: p.id.to_string(),
            name: (&p.name).into(),
            kind: p.kind.into(),
            nationality: p.nationality.clone(),
            group: p.group.clone(),
        }
    }
}

/// A party as typed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PartyInputDto {
    pub name_en: String,
    pub name_zh: String,
    /// `company`, `individual` or `state`.
    pub kind: String,
    pub nationality: String,
    pub group: Option<String>,
}

/// A law firm.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FirmDto {
    pub id: String,
    pub name: BilingualDto,
    pub country: String,
}

impl From<&LawFirm> for FirmDto {
    fn from(f: &LawFirm) -> Self {
        Self {
            id: f.id.to_string(),
            name: (&f.name).into(),
            country: f.country.clone(),
        }
    }
}

/// A law firm as typed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct FirmInputDto {
    pub name_en: String,
    pub name_zh: String,
    pub country: String,
}

/// A lawyer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CounselDto {
    pub id: String,
    pub name: BilingualDto,
    pub firm: Option<FirmDto>,
    pub email: Option<String>,
}

impl CounselDto {
    pub fn new(c: &Counsel, firm: Option<&LawFirm>) -> Self {
        Self {
            id: c.id.to_string(),
            name: (&c.name).into(),
            firm: firm.map(FirmDto::from),
            email: c.email.clone(),
        }
    }
}

/// A lawyer as typed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CounselInputDto {
    pub name_en: String,
    pub name_zh: String,
    pub firm_id: Option<String>,
    pub email: Option<String>,
}

/// A party's place in a case.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CasePartyDto {
    pub party: PartyDto,
    pub side: SideDto,
    pub counsel: Option<CounselDto>,
}

/// Puts a party in a case.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CasePartyInputDto {
    pub case_reference: String,
    pub party_id: String,
    /// `claimant` or `respondent`.
    pub side: String,
    pub counsel_id: Option<String>,
}

/// A link between a neutral and a party.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionDto {
    pub id: String,
    pub neutral_id: String,
    pub neutral_name: BilingualDto,
    pub party: PartyDto,
    pub kind: ConnectionKindDto,
    pub from: Option<String>,
    pub until: Option<String>,
    pub note: String,
}

/// A link as typed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ConnectionInputDto {
    pub neutral_id: String,
    pub party_id: String,
    pub kind: String,
    pub from: Option<String>,
    pub until: Option<String>,
    pub note: String,
}

/// A neutral's appointment in a case.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentDto {
    pub id: String,
    pub case_reference: String,
    pub neutral_id: String,
    pub neutral_name: BilingualDto,
    pub role: AppointmentRoleDto,
    /// The role's name in the clerk's language (the command line prints it too).
    pub role_label: String,
    pub appointed_by: AppointedByDto,
    pub party: Option<BilingualDto>,
    pub counsel: Option<BilingualDto>,
    pub nominated_on: String,
    pub confirmed_on: Option<String>,
    pub ended_on: Option<String>,
    pub rate: Option<MoneyDto>,
}

/// A neutral with their appointment history and connections.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NeutralDetailDto {
    pub neutral: NeutralDto,
    pub appointments: Vec<AppointmentDto>,
    pub connections: Vec<ConnectionDto>,
    /// Who changed the profile, removed, retired or restored it, newest first.
    pub history: Vec<super::AuditDto>,
    /// After a correction: the conflict findings that stand now in the neutral's current
    /// appointments (empty otherwise).
    pub findings: Vec<ConflictReportDto>,
}

/// A party with its cases, the appointments it (or its group) made, and neutrals connected to it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PartyDetailDto {
    pub party: PartyDto,
    pub cases: Vec<PartyCaseDto>,
    pub appointments: Vec<AppointmentDto>,
    pub connections: Vec<ConnectionDto>,
    /// Who corrected, removed, retired or restored the party, newest first.
    pub history: Vec<super::AuditDto>,
}

/// A case a party is in.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PartyCaseDto {
    pub reference: String,
    pub side: SideDto,
}

/// A proposed appointment: checked, and recorded only with `confirm`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ProposalDto {
    pub case_reference: String,
    pub neutral_id: String,
    pub role: String,
    /// Nomination date; today when empty.
    pub on: Option<String>,
    pub rate_amount: Option<String>,
    pub rate_currency: Option<String>,
    /// `party`, `parties`, `co_arbitrators` or `institution` (default `institution`).
    pub appointed_by: Option<String>,
    pub party_id: Option<String>,
    pub counsel_id: Option<String>,
    pub confirm: bool,
}

/// A disclosure, objection or waiver as recorded.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictRecordDto {
    pub id: String,
    pub kind: RecordKindDto,
    pub recorded_on: String,
    pub recorded_by: String,
    pub note: String,
}

/// One finding of a conflict check.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FindingDto {
    pub rule: ConflictRuleCodeDto,
    /// The rule's name in the clerk's language (the command line prints it too).
    pub rule_name: String,
    pub severity: SeverityDto,
    pub subject: String,
    pub status: FindingStatusDto,
    pub waivable: bool,
    pub resolved: bool,
    /// What was found, in the clerk's language.
    pub explanation: String,
    pub source: String,
    pub records: Vec<ConflictRecordDto>,
}

/// The conflict report for a proposed appointment.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictReportDto {
    pub case_reference: String,
    pub neutral_id: String,
    pub neutral_name: BilingualDto,
    pub role: AppointmentRoleDto,
    /// The role's name in the clerk's language (the command line prints it too).
    pub role_label: String,
    pub on: String,
    pub findings: Vec<FindingDto>,
    /// Unresolved blocking findings: the appointment cannot be confirmed while this is above 0.
    pub blocking: u32,
    /// Unresolved findings that need a disclosure.
    pub to_disclose: u32,
    /// The appointment, once confirmed.
    pub appointment: Option<AppointmentDto>,
}

/// Records a disclosure, objection or waiver against a finding.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ConflictRecordInputDto {
    pub case_reference: String,
    pub neutral_id: String,
    /// The role proposed, so the report can be shown again.
    pub role: String,
    pub rule: String,
    pub subject: String,
    pub kind: String,
    pub recorded_on: String,
    pub recorded_by: String,
    pub note: String,
}

/// What to look for when finding a neutral for a case.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct FindNeutralDto {
    pub case_reference: String,
    pub role: String,
    pub on: Option<String>,
    pub language: Option<String>,
    pub panel: Option<String>,
    pub jurisdiction: Option<String>,
    /// Wall times in Hong Kong (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`).
    pub available_from: Option<String>,
    pub available_until: Option<String>,
    pub include_blocked: bool,
    pub limit: Option<u32>,
}

/// One part of a candidate's score.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RankReasonDto {
    pub code: RankReasonCodeDto,
    pub points: i32,
    pub text: String,
}

/// A ranked candidate for an appointment.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CandidateDto {
    pub neutral: NeutralDto,
    pub score: i32,
    pub reasons: Vec<RankReasonDto>,
    pub findings: Vec<FindingDto>,
}

/// One version of a conflict rule's parameters, in force from a date until the next version.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictRuleDto {
    pub rule: ConflictRuleCodeDto,
    /// The rule's name in the clerk's language.
    pub name: String,
    pub severity: SeverityDto,
    pub lookback_years: u32,
    pub threshold: u32,
    pub source: String,
    pub verification: VerificationDto,
    /// `YYYY-MM-DD`; 1900-01-01 for the parameters the database was created with.
    pub effective_from: String,
    /// Whether this is the version checks dated today read.
    pub in_force: bool,
}

/// A fee cap in force from a date.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeeCapDto {
    pub institution: InstitutionDto,
    pub cap: MoneyDto,
    pub effective_from: String,
    pub source: String,
    pub verification: VerificationDto,
    /// Whether this is the institution's cap for cases filed today.
    pub in_force: bool,
}

/// A new version of a conflict rule, in force from `effective_from`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ConflictRuleInputDto {
    /// The rule's code, e.g. `party_repeat`.
    pub rule: String,
    /// `block`, `disclose` or `note`.
    pub severity: String,
    /// 0 to 20.
    pub lookback_years: i64,
    /// 1 to 100.
    pub threshold: i64,
    pub effective_from: String,
    /// Where the figure comes from.
    pub source: String,
    /// `verified`, `secondary` or `unverified` (empty: unverified).
    pub verification: String,
}

/// A new hourly-rate cap of an institution, in force from `effective_from`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct FeeCapInputDto {
    /// `HKIAC` or `SCIA`.
    pub institution: String,
    /// An ISO 4217 code the roster accepts, e.g. `HKD`.
    pub currency: String,
    /// In major units: `7500`, `7,500.00`.
    pub amount: String,
    pub effective_from: String,
    pub source: String,
    /// `verified`, `secondary` or `unverified` (empty: unverified).
    pub verification: String,
}

/// Confirmation and end dates of an appointment.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AppointmentDatesDto {
    pub appointment_id: String,
    pub confirmed_on: Option<String>,
    pub ended_on: Option<String>,
}
