//! The closed sets of codes that cross the IPC boundary and the command line's JSON: one enum per
//! domain enum, serialized as the domain's code and exported to TypeScript as a union of string
//! literals, so the UI switches on typed values and a label record over the union is checked for
//! every code. Open sets (venue codes, time-limit codes, template codes, language tags, currencies,
//! zones) stay strings. See ADR 0020.

use docket_domain::conflict::rank::Reason;
use docket_domain::prep::DocumentKind;
use docket_domain::schedule::Finding;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a code enum: each variant with the code it crosses the boundary as, and `as_str` and
/// `Display` giving the code. With `from path::To::Domain`, also the conversions to and from the
/// domain enum of the same variants, by exhaustive matches.
macro_rules! code {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// The code as it crosses the boundary.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    (
        $(#[$meta:meta])*
        $name:ident from $domain:ty {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        code! {
            $(#[$meta])*
            $name {
                $( $(#[$vmeta])* $variant = $code ),+
            }
        }

        impl From<$domain> for $name {
            fn from(v: $domain) -> Self {
                type Domain = $domain;
                match v {
                    $( Domain::$variant => $name::$variant, )+
                }
            }
        }

        impl From<$name> for $domain {
            fn from(v: $name) -> Self {
                type Domain = $domain;
                match v {
                    $( $name::$variant => Domain::$variant, )+
                }
            }
        }
    };
}

code! {
    /// What a neutral may be appointed as.
    NeutralRolesDto from docket_domain::roster::NeutralRoles {
        Mediator = "mediator",
        Arbitrator = "arbitrator",
        Both = "both",
    }
}

code! {
    /// A case's workflow model.
    CaseModelDto from docket_domain::workflow::CaseModel {
        SciaArbitration = "scia_arbitration",
        HkiacArbitration = "hkiac_arbitration",
        SzMediationHkArbitration = "sz_mediation_hk_arbitration",
        HkMediationSzArbitration = "hk_mediation_sz_arbitration",
        HkMediation = "hk_mediation",
        SzMediation = "sz_mediation",
    }
}

code! {
    /// Whether a case is open on the docket.
    CaseStatusDto from docket_domain::case::CaseStatus {
        Open = "open",
        Suspended = "suspended",
        Closed = "closed",
    }
}

code! {
    /// An exit a case takes: four outcomes that close it, and the pause and its end.
    ExitKindDto from docket_domain::workflow::exits::ExitKind {
        Withdrawn = "withdrawn",
        Settled = "settled",
        Terminated = "terminated",
        Dismissed = "dismissed",
        Suspended = "suspended",
        Resumed = "resumed",
    }
}

code! {
    /// A stage of a case's workflow.
    StageCodeDto from docket_domain::workflow::Stage {
        MediationRequested = "mediation_requested",
        MediationFailed = "mediation_failed",
        SettlementSigned = "settlement_signed",
        ArbitrationFiled = "arbitration_filed",
        NoticeServed = "notice_served",
        AnswerFiled = "answer_filed",
        TribunalConstituted = "tribunal_constituted",
        HearingsHeld = "hearings_held",
        ProceedingsClosed = "proceedings_closed",
        AwardReceived = "award_received",
        Enforcement = "enforcement",
        Closed = "closed",
    }
}

code! {
    /// The procedure the amount in dispute selects.
    ProcedureDto from docket_domain::workflow::Procedure {
        Ordinary = "ordinary",
        Expedited = "expedited",
    }
}

code! {
    /// An institution whose rules, time limits and fee caps apply.
    InstitutionDto from docket_domain::workflow::Institution {
        Hkiac = "HKIAC",
        Scia = "SCIA",
    }
}

code! {
    /// A rule set the deadline engine computes with.
    RuleKindDto from docket_domain::deadline::RuleKind {
        HkOrdinance = "hk-ordinance",
        HkCourtOffice = "hk-court-office",
        PrcCivilProcedure = "prc-civil-procedure",
        Hkiac = "hkiac",
        Scia = "scia",
    }
}

code! {
    /// How far a rule, figure or source has been checked against an official text.
    VerificationDto from docket_domain::deadline::Verification {
        Verified = "verified",
        Secondary = "secondary",
        Unverified = "unverified",
    }
}

code! {
    /// A Hong Kong weather warning.
    WeatherKindDto from docket_domain::deadline::WeatherKind {
        Signal8 = "signal8",
        BlackRain = "black_rain",
        ExtremeConditions = "extreme_conditions",
    }
}

code! {
    /// How well a neutral speaks a language.
    LanguageLevelDto from docket_domain::roster::LanguageLevel {
        Basic = "basic",
        Working = "working",
        Fluent = "fluent",
        Native = "native",
    }
}

code! {
    /// A panel or list a neutral can belong to.
    PanelDto from docket_domain::roster::Panel {
        SciaArbitrators = "scia_arbitrators",
        HkiacPanel = "hkiac_panel",
        HkiacList = "hkiac_list",
        SciaMediators = "scia_mediators",
        Hkmaal = "hkmaal",
        HkiacMediators = "hkiac_mediators",
    }
}

code! {
    /// What kind of person a party is.
    PartyKindDto from docket_domain::roster::party::PartyKind {
        Company = "company",
        Individual = "individual",
        State = "state",
    }
}

code! {
    /// Which side of a case a party is on.
    SideDto from docket_domain::roster::party::Side {
        Claimant = "claimant",
        Respondent = "respondent",
    }
}

code! {
    /// How a neutral is or was connected to a party.
    ConnectionKindDto from docket_domain::roster::party::ConnectionKind {
        Counsel = "counsel",
        Officer = "officer",
        Shareholder = "shareholder",
        Personal = "personal",
        Other = "other",
    }
}

code! {
    /// The seat a neutral takes in a case.
    AppointmentRoleDto from docket_domain::roster::appointment::AppointmentRole {
        SoleArbitrator = "sole_arbitrator",
        PresidingArbitrator = "presiding_arbitrator",
        CoArbitrator = "co_arbitrator",
        EmergencyArbitrator = "emergency_arbitrator",
        Mediator = "mediator",
    }
}

code! {
    /// Who put a neutral forward.
    AppointedByDto from docket_domain::roster::appointment::AppointedBy {
        Party = "party",
        Parties = "parties",
        CoArbitrators = "co_arbitrators",
        Institution = "institution",
    }
}

code! {
    /// A conflict rule a proposed appointment is checked against.
    ConflictRuleCodeDto from docket_domain::conflict::Rule {
        PartyRepeat = "party_repeat",
        CounselRepeat = "counsel_repeat",
        PartyConnection = "party_connection",
        RelatedCase = "related_case",
        Nationality = "nationality",
        MediatorAsArbitrator = "mediator_as_arbitrator",
        Capacity = "capacity",
        Language = "language",
        PanelTerm = "panel_term",
        FeeCap = "fee_cap",
    }
}

code! {
    /// How serious a conflict finding is.
    SeverityDto from docket_domain::conflict::Severity {
        Block = "block",
        Disclose = "disclose",
        Note = "note",
    }
}

code! {
    /// Where a conflict finding stands after what the clerk recorded.
    FindingStatusDto from docket_domain::conflict::Status {
        Open = "open",
        Disclosed = "disclosed",
        Objected = "objected",
        Waived = "waived",
        Note = "note",
    }
}

code! {
    /// What kind of record is removed, retired or restored.
    RemovedKindDto {
        Case = "case",
        Hearing = "hearing",
        Neutral = "neutral",
        Party = "party",
        Counsel = "counsel",
        Firm = "firm",
        Document = "document",
    }
}

code! {
    /// What the clerk recorded against a conflict finding.
    RecordKindDto from docket_domain::conflict::RecordKind {
        Disclosure = "disclosure",
        Objection = "objection",
        Waiver = "waiver",
    }
}

code! {
    /// What part of a candidate's score a ranking reason is.
    RankReasonCodeDto {
        Language = "language",
        Panel = "panel",
        Capacity = "capacity",
        Disclosures = "disclosures",
        Blocked = "blocked",
    }
}

impl From<&Reason> for RankReasonCodeDto {
    fn from(r: &Reason) -> Self {
        match r {
            Reason::Language { .. } => Self::Language,
            Reason::Panel { .. } => Self::Panel,
            Reason::Capacity { .. } => Self::Capacity,
            Reason::Disclosures { .. } => Self::Disclosures,
            Reason::Blocked { .. } => Self::Blocked,
        }
    }
}

code! {
    /// What a hearing participant is.
    ParticipantKindDto from docket_domain::schedule::ParticipantKind {
        Neutral = "neutral",
        Party = "party",
        Counsel = "counsel",
        Interpreter = "interpreter",
        Other = "other",
    }
}

code! {
    /// A venue: a room on either side of the border, or online.
    VenueKindDto from docket_domain::hearing::VenueKind {
        Room = "room",
        Online = "online",
    }
}

code! {
    /// Where a venue is.
    SiteDto from docket_domain::hearing::Site {
        HongKong = "hong_kong",
        Shenzhen = "shenzhen",
        Other = "other",
    }
}

code! {
    /// Equipment a room has.
    FacilityDto from docket_domain::hearing::Facility {
        InterpretationBooths = "interpretation_booths",
        Video = "video",
        EvidenceDisplay = "evidence_display",
    }
}

code! {
    /// What a hearing is for.
    HearingKindDto from docket_domain::hearing::HearingKind {
        ProceduralConference = "procedural_conference",
        EvidentiaryHearing = "evidentiary_hearing",
        MediationSession = "mediation_session",
        AwardDelivery = "award_delivery",
        Other = "other",
    }
}

code! {
    /// Where a hearing's booking stands.
    HearingStatusDto from docket_domain::hearing::HearingStatus {
        Tentative = "tentative",
        Confirmed = "confirmed",
        Postponed = "postponed",
        Cancelled = "cancelled",
    }
}

code! {
    /// What a scheduling finding is about.
    HearingFindingCodeDto {
        PersonDoubleBooked = "person_double_booked",
        RoomDoubleBooked = "room_double_booked",
        TravelTooTight = "travel_too_tight",
        Holiday = "holiday",
        NoHolidayData = "no_holiday_data",
        Weather = "weather",
        OutsideHours = "outside_hours",
        /// A hearing in a room outside the room's opening hours.
        OutsideVenueHours = "outside_venue_hours",
        Unavailable = "unavailable",
        /// A clock change within a week moves someone's hour.
        ShoulderWeek = "shoulder_week",
    }
}

impl From<&Finding> for HearingFindingCodeDto {
    fn from(f: &Finding) -> Self {
        match f {
            Finding::PersonDoubleBooked { .. } => Self::PersonDoubleBooked,
            Finding::RoomDoubleBooked { .. } => Self::RoomDoubleBooked,
            Finding::TravelTooTight { .. } => Self::TravelTooTight,
            Finding::Holiday { .. } => Self::Holiday,
            Finding::NoHolidayData { .. } => Self::NoHolidayData,
            Finding::Weather { .. } => Self::Weather,
            Finding::OutsideHours { .. } => Self::OutsideHours,
            Finding::OutsideVenueHours { .. } => Self::OutsideVenueHours,
            Finding::Unavailable { .. } => Self::Unavailable,
            Finding::Shoulder { .. } => Self::ShoulderWeek,
        }
    }
}

code! {
    /// How serious a scheduling finding is.
    HearingSeverityDto from docket_domain::schedule::Severity {
        /// The hearing cannot go ahead as booked.
        Block = "block",
        /// Someone should look before it is confirmed.
        Warn = "warn",
    }
}

code! {
    /// Where a checklist item stands.
    ChecklistStatusDto from docket_domain::prep::ItemStatus {
        Open = "open",
        Done = "done",
        NotApplicable = "not_applicable",
    }
}

code! {
    /// A document in the store, or on paper.
    DocumentKindDto {
        File = "file",
        Paper = "paper",
    }
}

impl From<&DocumentKind> for DocumentKindDto {
    fn from(k: &DocumentKind) -> Self {
        match k {
            DocumentKind::File { .. } => Self::File,
            DocumentKind::Paper { .. } => Self::Paper,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use docket_domain::conflict::{RecordKind, Rule, Severity, Status};
    use docket_domain::deadline::{RuleKind, Verification, WeatherKind};
    use docket_domain::hearing::{HearingKind, HearingStatus, VenueKind};
    use docket_domain::prep::ItemStatus;
    use docket_domain::roster::appointment::{AppointedBy, AppointmentRole};
    use docket_domain::roster::party::{ConnectionKind, PartyKind, Side};
    use docket_domain::roster::{LanguageLevel, NeutralRoles, Panel};
    use docket_domain::schedule::{ParticipantKind, Severity as HearingSeverity};
    use docket_domain::workflow::{CaseModel, Institution, Procedure, Stage};

    /// Each code is the domain's own code (what the store and the command line use), and the JSON
    /// name is the code.
    fn same<D: Copy, T: From<D> + Serialize + std::fmt::Display>(
        all: &[D],
        domain: impl Fn(D) -> &'static str,
    ) {
        for &d in all {
            let code = T::from(d);
            assert_eq!(code.to_string(), domain(d));
            assert_eq!(serde_json::to_value(&code).unwrap(), domain(d));
        }
    }

    #[test]
    fn every_code_is_the_domains_code() {
        use docket_domain::case::CaseStatus;
        same::<_, NeutralRolesDto>(
            &[
                NeutralRoles::Mediator,
                NeutralRoles::Arbitrator,
                NeutralRoles::Both,
            ],
            |v| v.as_str(),
        );
        same::<_, CaseModelDto>(&CaseModel::ALL, |v| v.as_str());
        same::<_, CaseStatusDto>(
            &[CaseStatus::Open, CaseStatus::Suspended, CaseStatus::Closed],
            |v| v.as_str(),
        );
        same::<_, StageCodeDto>(&Stage::ALL, |v| v.code());
        same::<_, ExitKindDto>(&docket_domain::workflow::exits::ExitKind::ALL, |v| v.code());
        same::<_, ProcedureDto>(&[Procedure::Ordinary, Procedure::Expedited], |v| v.as_str());
        same::<_, InstitutionDto>(&[Institution::Hkiac, Institution::Scia], |v| v.code());
        same::<_, RuleKindDto>(&RuleKind::ALL, |v| v.code());
        same::<_, VerificationDto>(
            &[
                Verification::Verified,
                Verification::Secondary,
                Verification::Unverified,
            ],
            |v| v.as_str(),
        );
        same::<_, WeatherKindDto>(
            &[
                WeatherKind::Signal8,
                WeatherKind::BlackRain,
                WeatherKind::ExtremeConditions,
            ],
            |v| v.as_str(),
        );
        same::<_, LanguageLevelDto>(&LanguageLevel::ALL, |v| v.as_str());
        same::<_, PanelDto>(&Panel::ALL, |v| v.as_str());
        same::<_, PartyKindDto>(&PartyKind::ALL, |v| v.as_str());
        same::<_, SideDto>(&[Side::Claimant, Side::Respondent], |v| v.as_str());
        same::<_, ConnectionKindDto>(&ConnectionKind::ALL, |v| v.as_str());
        same::<_, AppointmentRoleDto>(&AppointmentRole::ALL, |v| v.as_str());
        same::<_, AppointedByDto>(&AppointedBy::ALL, |v| v.as_str());
        same::<_, ConflictRuleCodeDto>(&Rule::ALL, |v| v.as_str());
        same::<_, SeverityDto>(
            &[Severity::Block, Severity::Disclose, Severity::Note],
            |v| v.as_str(),
        );
        same::<_, RecordKindDto>(&RecordKind::ALL, |v| v.as_str());
        same::<_, ParticipantKindDto>(&ParticipantKind::ALL, |v| v.as_str());
        same::<_, VenueKindDto>(&[VenueKind::Room, VenueKind::Online], |v| v.as_str());
        same::<_, SiteDto>(&docket_domain::hearing::Site::ALL, |v| v.as_str());
        same::<_, FacilityDto>(&docket_domain::hearing::Facility::ALL, |v| v.as_str());
        same::<_, HearingKindDto>(&HearingKind::ALL, |v| v.as_str());
        same::<_, HearingStatusDto>(
            &[
                HearingStatus::Tentative,
                HearingStatus::Confirmed,
                HearingStatus::Postponed,
                HearingStatus::Cancelled,
            ],
            |v| v.as_str(),
        );
        same::<_, ChecklistStatusDto>(
            &[
                ItemStatus::Open,
                ItemStatus::Done,
                ItemStatus::NotApplicable,
            ],
            |v| v.as_str(),
        );
        // Statuses have no code in the domain: these are the names the UI has always received.
        assert_eq!(
            FindingStatusDto::from(Status::Objected).as_str(),
            "objected"
        );
        assert_eq!(
            serde_json::to_value(HearingSeverityDto::from(HearingSeverity::Warn)).unwrap(),
            "warn"
        );
    }

    #[test]
    fn every_hearing_finding_code_is_the_domains_code() {
        use docket_domain::deadline::Jurisdiction;
        use docket_domain::schedule::{Hours, Session};
        use docket_domain::text::Bilingual;
        use docket_domain::time::{LocalDateTime, Zone};
        let who = Bilingual::new("Vogel", "");
        let at: LocalDateTime = "2026-03-27T10:00".parse().unwrap();
        let zone = Zone::hong_kong();
        let findings = [
            Finding::PersonDoubleBooked {
                who: who.clone(),
                other: "SCIA-1".into(),
                other_start: 0,
            },
            Finding::RoomDoubleBooked {
                other: "SCIA-1".into(),
                other_start: 0,
            },
            Finding::TravelTooTight {
                who: who.clone(),
                other: "SCIA-1".into(),
                minutes_between: 30,
                needed: 90,
            },
            Finding::Holiday {
                jurisdiction: Jurisdiction::HongKong,
                name: None,
                date: at.date(),
            },
            Finding::NoHolidayData {
                jurisdiction: Jurisdiction::Mainland,
                year: 2031,
            },
            Finding::Weather {
                kind: WeatherKind::BlackRain,
                session: Session::Morning,
            },
            Finding::OutsideHours {
                who: who.clone(),
                zone,
                local_start: at,
                local_end: at,
                hours: Hours {
                    from: 480,
                    until: 1200,
                },
            },
            Finding::Unavailable {
                who: who.clone(),
                reason: String::new(),
            },
            Finding::Shoulder {
                who,
                zone,
                local_start: at,
                usual: at,
            },
        ];
        for f in &findings {
            assert_eq!(HearingFindingCodeDto::from(f).as_str(), f.code());
        }
    }
}
