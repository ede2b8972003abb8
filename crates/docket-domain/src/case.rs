//! Cases: one dispute administered on one side of the border, or across it.

use crate::id::CaseId;
use crate::text::Bilingual;
use crate::time::CivilDate;
use crate::validation::{Expected, FieldReason};
pub use crate::workflow::CaseModel;
use crate::workflow::{Procedure, Stage};

/// The longest case reference.
pub const MAX_REFERENCE: usize = 40;

/// Checks a case reference: 1–40 ASCII letters, digits, `-`, `_` and `.`, not starting with `.`.
/// The reference names exported files, so nothing that could leave a folder (`/`, `\`, a leading
/// `.`) or confuse a file system or a spreadsheet gets in. Returns the trimmed reference.
pub fn check_reference(value: &str) -> Result<String, FieldReason> {
    let r = value.trim();
    if r.is_empty() {
        return Err(FieldReason::Required);
    }
    if r.chars().count() > MAX_REFERENCE {
        return Err(FieldReason::TooLong { max: MAX_REFERENCE });
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    if r.starts_with('.') || !r.chars().all(allowed) {
        return Err(FieldReason::Malformed {
            expected: Expected::CaseReference,
        });
    }
    Ok(r.to_owned())
}

pub use crate::workflow::exits::CaseStatus;

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

#[cfg(test)]
mod tests {
    use super::check_reference;
    use crate::validation::{Expected, FieldReason};

    #[test]
    fn references_are_a_safe_character_set() {
        for ok in ["SCIA-2026-0142", "HKIAC_A.26.1", "x", "  HK-1  "] {
            assert!(check_reference(ok).is_ok(), "{ok}");
        }
        assert_eq!(check_reference("  HK-1 "), Ok("HK-1".to_owned()));
        let malformed = Err(FieldReason::Malformed {
            expected: Expected::CaseReference,
        });
        for bad in [
            "../../x", "a/b", "a\\b", ".hidden", "HK 1", "案-1", "a:b", "=cmd",
        ] {
            assert_eq!(check_reference(bad), malformed, "{bad}");
        }
        assert_eq!(check_reference(" "), Err(FieldReason::Required));
        assert_eq!(
            check_reference(&"A".repeat(41)),
            Err(FieldReason::TooLong { max: 40 })
        );
    }
}
