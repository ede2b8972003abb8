//! Newtype identifiers: one UUID-backed type per entity kind, so a `CaseId` can never stand in for a
//! `NeutralId`.

use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

/// An identifier of the entity kind `KIND` (a one-letter tag used only to keep the types apart).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id<const KIND: char>(Uuid);

/// A mediator or arbitrator on the roster.
pub type NeutralId = Id<'N'>;
/// A case (one dispute, possibly spanning mediation and arbitration).
pub type CaseId = Id<'C'>;
/// A hearing or session.
pub type HearingId = Id<'H'>;
/// A bookable room, or the online venue.
pub type VenueId = Id<'V'>;
/// A party to a dispute (company, individual or state entity).
pub type PartyId = Id<'P'>;
/// A law firm.
pub type FirmId = Id<'F'>;
/// A lawyer acting for a party.
pub type CounselId = Id<'L'>;
/// A neutral's appointment in a case.
pub type AppointmentId = Id<'A'>;
/// A recorded link between a neutral and a party (counsel role, employment, shareholding...).
pub type ConnectionId = Id<'K'>;
/// A disclosure, objection or waiver recorded against a conflict finding.
pub type ConflictRecordId = Id<'R'>;

impl<const KIND: char> Id<KIND> {
    /// Wraps an existing UUID.
    pub const fn from_uuid(uuid: Uuid) -> Self {
        Self(uuid)
    }

    /// A predictable identifier for tests and fixtures: `for_testing(1)` is always the same value.
    pub const fn for_testing(n: u128) -> Self {
        Self(Uuid::from_u128(n))
    }

    /// Parses the stored text form from bytes (as read from a database row).
    pub fn from_ascii(bytes: &[u8]) -> Option<Self> {
        Uuid::try_parse_ascii(bytes).ok().map(Self)
    }

    /// The underlying UUID.
    pub const fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl<const KIND: char> fmt::Display for Id<KIND> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl<const KIND: char> fmt::Debug for Id<KIND> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{KIND}:{}", self.0.hyphenated())
    }
}

/// The text was not a UUID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a valid identifier")]
pub struct InvalidId(pub String);

impl<const KIND: char> FromStr for Id<KIND> {
    type Err = InvalidId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s.trim())
            .map(Self)
            .map_err(|_| InvalidId(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = CaseId::for_testing(42);
        let text = id.to_string();
        assert_eq!(text, "00000000-0000-0000-0000-00000000002a");
        assert_eq!(text.parse::<CaseId>(), Ok(id));
        assert!("not-an-id".parse::<CaseId>().is_err());
    }
}
