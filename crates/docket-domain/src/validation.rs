//! Field-level validation results shared by every `*Draft::validate` in the domain.
//!
//! A [`FieldError`] names the field (as the UI and command line call it) and a machine-readable
//! [`FieldReason`]; the application layer turns reasons into sentences in the clerk's language.

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldReason {
    /// The field must not be empty.
    Required,
    /// The text is longer than `max` characters.
    TooLong { max: usize },
    /// The value is not one of the accepted forms; `expected` is a key naming the accepted form
    /// (`roles`, `country_codes`, `email_address`, `date`, `local_date_time`, `locale`), which the
    /// application layer turns into words in the clerk's language.
    Malformed { expected: &'static str },
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
}
