//! Cases: one dispute administered on one side of the border, or across it.

use crate::id::CaseId;
use crate::text::Bilingual;
use crate::time::CivilDate;
use crate::workflow::{Procedure, Stage};

/// How a case is administered: on one side of the border, or across it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseModel {
    /// Arbitration administered by SCIA in Shenzhen.
    SciaArbitration,
    /// Arbitration administered by HKIAC in Hong Kong.
    HkiacArbitration,
    /// Mediation in Shenzhen, then a Hong Kong-seated arbitration (award on agreed terms).
    SzMediationHkArbitration,
    /// Mediation in Hong Kong, then an SCIA award on the settlement's terms.
    HkMediationSzArbitration,
    /// A mediation in Hong Kong (HKIAC or another Hong Kong mediation), with no arbitration.
    HkMediation,
    /// A mediation in Shenzhen (SCIA Mediation Center), with no arbitration.
    SzMediation,
}

impl CaseModel {
    pub const ALL: [CaseModel; 6] = [
        Self::SciaArbitration,
        Self::HkiacArbitration,
        Self::SzMediationHkArbitration,
        Self::HkMediationSzArbitration,
        Self::HkMediation,
        Self::SzMediation,
    ];

    /// The models that end in an arbitral award.
    pub const WITH_ARBITRATION: [CaseModel; 4] = [
        Self::SciaArbitration,
        Self::HkiacArbitration,
        Self::SzMediationHkArbitration,
        Self::HkMediationSzArbitration,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::SciaArbitration => "scia_arbitration",
            Self::HkiacArbitration => "hkiac_arbitration",
            Self::SzMediationHkArbitration => "sz_mediation_hk_arbitration",
            Self::HkMediationSzArbitration => "hk_mediation_sz_arbitration",
            Self::HkMediation => "hk_mediation",
            Self::SzMediation => "sz_mediation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Whether the case is a mediation with no arbitration after it.
    pub fn is_mediation_only(&self) -> bool {
        matches!(self, Self::HkMediation | Self::SzMediation)
    }

    /// Whether the case crosses the Shenzhen–Hong Kong border.
    pub fn is_cross_border(&self) -> bool {
        matches!(
            self,
            Self::SzMediationHkArbitration | Self::HkMediationSzArbitration
        )
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseStatus {
    Open,
    Suspended,
    Closed,
}

impl CaseStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Suspended => "suspended",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(Self::Open),
            "suspended" => Some(Self::Suspended),
            "closed" => Some(Self::Closed),
            _ => None,
        }
    }
}

/// A case on the centre's docket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub id: CaseId,
    /// The centre's reference, unique, e.g. `SCIA-2026-0142`.
    pub reference: String,
    pub title: Bilingual,
    pub model: CaseModel,
    pub status: CaseStatus,
    /// The date the notice or request was filed: it picks the rule versions that apply.
    pub filed_on: CivilDate,
    /// Language of the proceedings as a BCP 47 tag.
    pub language: String,
    /// The stage the case is in, and the date of the event that started it.
    pub stage: Stage,
    pub stage_date: CivilDate,
    /// Amount in dispute in minor units (cents, fen), with its ISO 4217 currency.
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub procedure: Procedure,
}
