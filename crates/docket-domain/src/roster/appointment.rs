//! Appointments: a neutral in a case, in a role, nominated by someone, with its dates.

use super::Money;
use crate::id::{AppointmentId, CaseId, CounselId, FirmId, NeutralId, PartyId};
use crate::time::CivilDate;

/// The seat a neutral takes in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppointmentRole {
    SoleArbitrator,
    PresidingArbitrator,
    CoArbitrator,
    EmergencyArbitrator,
    Mediator,
}

impl AppointmentRole {
    pub const ALL: [AppointmentRole; 5] = [
        Self::SoleArbitrator,
        Self::PresidingArbitrator,
        Self::CoArbitrator,
        Self::EmergencyArbitrator,
        Self::Mediator,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::SoleArbitrator => "sole_arbitrator",
            Self::PresidingArbitrator => "presiding_arbitrator",
            Self::CoArbitrator => "co_arbitrator",
            Self::EmergencyArbitrator => "emergency_arbitrator",
            Self::Mediator => "mediator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn is_arbitrator(&self) -> bool {
        *self != Self::Mediator
    }

    /// Sole and presiding arbitrators are the seats the HKIAC nationality rule protects.
    pub fn chairs_tribunal(&self) -> bool {
        matches!(self, Self::SoleArbitrator | Self::PresidingArbitrator)
    }
}

/// Who put the neutral forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppointedBy {
    /// One party nominated (its counsel usually made the nomination).
    Party,
    /// The parties jointly.
    Parties,
    /// The co-arbitrators chose the presiding arbitrator.
    CoArbitrators,
    /// The institution appointed.
    Institution,
}

impl AppointedBy {
    pub const ALL: [AppointedBy; 4] = [
        Self::Party,
        Self::Parties,
        Self::CoArbitrators,
        Self::Institution,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Party => "party",
            Self::Parties => "parties",
            Self::CoArbitrators => "co_arbitrators",
            Self::Institution => "institution",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A neutral's appointment in a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub id: AppointmentId,
    pub case_id: CaseId,
    pub neutral_id: NeutralId,
    pub role: AppointmentRole,
    pub appointed_by: AppointedBy,
    /// The nominating party, when one party nominated.
    pub party_id: Option<PartyId>,
    /// The counsel who made the nomination, and their firm at the time.
    pub counsel_id: Option<CounselId>,
    pub firm_id: Option<FirmId>,
    pub nominated_on: CivilDate,
    pub confirmed_on: Option<CivilDate>,
    pub ended_on: Option<CivilDate>,
    /// An hourly rate agreed for this appointment, when it differs from the neutral's usual rate.
    pub rate: Option<Money>,
}

impl Appointment {
    /// Whether the appointment is still running on `date`.
    pub fn open_on(&self, date: CivilDate) -> bool {
        self.nominated_on <= date && self.ended_on.is_none_or(|e| e >= date)
    }
}
