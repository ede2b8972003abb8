//! Field-level validation results shared by every `*Draft::validate` in the domain.
//!
//! A [`FieldError`] names the field (as the UI and command line call it) and a machine-readable
//! [`FieldReason`]; the application layer turns reasons into sentences in the clerk's language.

use crate::time::CivilDate;

/// The first year a date given by a clerk or a file may fall in.
pub const MIN_YEAR: i32 = 1900;
/// The last year a date given by a clerk or a file may fall in (the deadline engine counts on past
/// it, so a few years of headroom stay representable).
pub const MAX_YEAR: i32 = 2200;

/// Whether `date` lies in the supported range, 1900-01-01 to 2200-12-31.
pub fn is_supported(date: CivilDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&date.year())
}

/// A `YYYY-MM-DD` date in the supported range, or why not (`Malformed` expecting
/// [`Expected::Date`] or [`Expected::SupportedDate`]).
pub fn supported_date(value: &str) -> Result<CivilDate, FieldReason> {
    let date = value
        .trim()
        .parse::<CivilDate>()
        .map_err(|_| FieldReason::Malformed {
            expected: Expected::Date,
        })?;
    if is_supported(date) {
        Ok(date)
    } else {
        Err(FieldReason::Malformed {
            expected: Expected::SupportedDate,
        })
    }
}

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldReason {
    /// The field must not be empty.
    Required,
    /// The text is longer than `max` characters.
    TooLong { max: usize },
    /// The value is not of the accepted form `expected`, which the application layer turns into
    /// words in the clerk's language.
    Malformed { expected: Expected },
    /// `given` is not an IANA time zone in the rules in force.
    UnknownZone { given: String },
    /// The number is outside `min..=max`.
    OutOfRange { min: i64, max: i64 },
    /// The referenced record does not exist.
    UnknownReference,
    /// A value that must be unique is already taken.
    Duplicate,
    /// The period overlaps another one in the same list.
    Overlaps,
}

/// The accepted form a refused value did not match (see [`FieldReason::Malformed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    /// A date `YYYY-MM-DD`.
    Date,
    /// A date from 1900-01-01 to 2200-12-31.
    SupportedDate,
    /// A wall time `YYYY-MM-DDTHH:MM`.
    LocalDateTime,
    /// A time after the start of the same period.
    AfterStart,
    /// A case reference: letters, digits, hyphens, underscores or dots, not starting with a dot.
    CaseReference,
    /// `mediator`, `arbitrator` or `both`.
    Roles,
    /// ISO 3166 two-letter country codes.
    CountryCodes,
    /// Language tags, each with an optional level (`yue:native`).
    LanguageLevels,
    /// An e-mail address.
    EmailAddress,
    /// One of the panels and lists a neutral can be on.
    Panel,
    /// A panel term's end on or after its start.
    TermEndAfterStart,
    /// An amount such as `42,000,000.00`.
    Amount,
    /// A currency code the roster accepts.
    Currency,
    /// `company`, `individual` or `state`.
    PartyKind,
    /// How a neutral is connected to a party (`counsel`, `officer`, ...).
    ConnectionKind,
    /// One of the conflict rules.
    ConflictRule,
    /// `block`, `disclose` or `note`.
    Severity,
    /// `HKIAC` or `SCIA`.
    Institution,
    /// `verified`, `secondary` or `unverified`.
    Verification,
    /// `disclosure`, `objection` or `waiver`.
    RecordKind,
    /// A venue code: up to 20 letters, digits, hyphens, underscores or dots, not starting with a dot.
    VenueCode,
    /// `room` or `online`.
    VenueKind,
    /// Hong Kong, Shenzhen or another city.
    Site,
    /// The zone of a room's site (Asia/Hong_Kong, Asia/Shanghai).
    SiteZone,
    /// One of the facilities a room can have.
    Facility,
    /// A time of day `HH:MM` from 00:00 to 24:00.
    HhMm,
    /// A closing time after the opening time.
    ClosesAfterOpens,
}

/// One refused field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub reason: FieldReason,
}

impl FieldError {
    pub fn new(field: impl Into<String>, reason: FieldReason) -> Self {
        Self {
            field: field.into(),
            reason,
        }
    }
}

/// Collects field errors while a draft is checked, so the clerk sees every problem at once.
#[derive(Debug, Default)]
pub struct Collector {
    errors: Vec<FieldError>,
}

impl Collector {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, field: &str, reason: FieldReason) {
        self.errors.push(FieldError::new(field, reason));
    }

    /// A required, trimmed text of at most `max` characters. Returns the trimmed text, or records why not.
    pub fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            self.push(field, FieldReason::Required);
        } else if trimmed.chars().count() > max {
            self.push(field, FieldReason::TooLong { max });
        }
        trimmed.to_owned()
    }

    /// An optional trimmed text of at most `max` characters; empty becomes `None`.
    pub fn optional_text(
        &mut self,
        field: &str,
        value: Option<&str>,
        max: usize,
    ) -> Option<String> {
        let trimmed = value.map(str::trim).filter(|s| !s.is_empty())?;
        if trimmed.chars().count() > max {
            self.push(field, FieldReason::TooLong { max });
        }
        Some(trimmed.to_owned())
    }

    /// A required `YYYY-MM-DD` date in the supported range, or records why not.
    pub fn date(&mut self, field: &str, value: &str) -> Option<CivilDate> {
        match supported_date(value) {
            Ok(d) => Some(d),
            Err(reason) => {
                self.push(field, reason);
                None
            }
        }
    }

    /// Finishes: `Ok(value)` when nothing was refused.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The errors recorded so far (for a draft that cannot be built at all).
    pub fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_1900_to_2200_are_refused() {
        assert!(supported_date("1900-01-01").is_ok());
        assert!(supported_date("2200-12-31").is_ok());
        for bad in ["1899-12-31", "2201-01-01", "9999-12-31", "0000-01-01"] {
            assert_eq!(
                supported_date(bad),
                Err(FieldReason::Malformed {
                    expected: Expected::SupportedDate
                }),
                "{bad}"
            );
        }
        assert_eq!(
            supported_date("2026-02-30"),
            Err(FieldReason::Malformed {
                expected: Expected::Date
            })
        );
    }
}
