//! Venues and hearings. A hearing's start is a zoned wall time; its UTC instant is derived from it.

mod venue;

pub use venue::{Facilities, Facility, ONLINE_CODE, Place, Site, Venue, VenueDraft, VenueKind};

use crate::id::{CaseId, HearingId, VenueId};
use crate::time::{Disambiguation, Instant, TimeError, UtcOffset, ZonedWallTime};

/// What a hearing is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HearingKind {
    ProceduralConference,
    EvidentiaryHearing,
    MediationSession,
    AwardDelivery,
    Other,
}

impl HearingKind {
    pub const ALL: [HearingKind; 5] = [
        Self::ProceduralConference,
        Self::EvidentiaryHearing,
        Self::MediationSession,
        Self::AwardDelivery,
        Self::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::ProceduralConference => "procedural_conference",
            Self::EvidentiaryHearing => "evidentiary_hearing",
            Self::MediationSession => "mediation_session",
            Self::AwardDelivery => "award_delivery",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Whether a hearing will happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HearingStatus {
    Tentative,
    Confirmed,
    Postponed,
    Cancelled,
}

impl HearingStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Tentative => "tentative",
            Self::Confirmed => "confirmed",
            Self::Postponed => "postponed",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "tentative" => Some(Self::Tentative),
            "confirmed" => Some(Self::Confirmed),
            "postponed" => Some(Self::Postponed),
            "cancelled" => Some(Self::Cancelled),
            _ => None,
        }
    }
}

/// The instant derived from a hearing's wall time, with what it was derived with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedStart {
    pub utc: Instant,
    pub offset: UtcOffset,
    pub tzdb_version: String,
}

impl DerivedStart {
    /// Derives the start from a clerk's wall time: a time in a gap or fold is refused as a question.
    pub fn from_clerk_input(start: &ZonedWallTime) -> Result<Self, TimeError> {
        Self::derive(start, Disambiguation::Reject)
    }

    /// Derives the start with the rules its zone was read from, and records their version.
    pub fn derive(start: &ZonedWallTime, how: Disambiguation) -> Result<Self, TimeError> {
        let r = start.resolve(how)?;
        Ok(Self {
            utc: r.instant,
            offset: r.offset,
            tzdb_version: start.zone.tzdb_version().to_owned(),
        })
    }
}

/// A hearing or session of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hearing {
    pub id: HearingId,
    pub case_id: CaseId,
    pub kind: HearingKind,
    pub venue_id: VenueId,
    /// The truth: local wall time in the hearing's zone.
    pub start: ZonedWallTime,
    pub duration_minutes: u32,
    pub derived: DerivedStart,
    pub status: HearingStatus,
    /// The iCalendar UID, fixed when the hearing is created and never regenerated.
    pub ical_uid: String,
    /// The iCalendar SEQUENCE, raised whenever time, place or recurrence changes.
    pub sequence: u32,
}

impl Hearing {
    /// The instant the hearing ends.
    pub fn ends_utc(&self) -> Instant {
        self.derived
            .utc
            .plus_seconds(i64::from(self.duration_minutes) * 60)
    }
}
