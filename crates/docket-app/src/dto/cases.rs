//! Exits for the cases area: the exit the clerk records, the exit a case stands under, and what
//! stopped a deadline.

use super::*;

/// An exit as the clerk records it: which, on what date, why, and (a settlement in arbitration)
/// whether the tribunal records it as an award on agreed terms.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExitInputDto {
    pub kind: ExitKindDto,
    pub date: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub consent_award: bool,
}

/// The exit a case stands under: the latest one recorded and not undone.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseExitDto {
    pub kind: ExitKindDto,
    pub date: String,
    pub reason: String,
    pub consent_award: bool,
    /// The clerk who recorded it.
    pub clerk: Option<String>,
    /// Whether the clerk using Bay Docket now may undo it (they made it, and nothing later depends
    /// on it).
    pub can_undo: bool,
    /// How far the rule that allows it is verified, and its source.
    pub verification: Option<VerificationDto>,
    pub source: Option<String>,
}

/// What stopped a deadline: the exit and its date, with the sentence the command line prints
/// (`No longer running: case withdrawn on 10 Mar 2026`).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlineEndDto {
    pub kind: ExitKindDto,
    pub date: String,
    pub consent_award: bool,
    pub note: String,
}
