//! Transport types for removing, retiring and restoring records, correcting parties, counsel, law
//! firms and documents, and taking out the demo.

use super::{ConflictReportDto, PartyDto, RemovedKindDto};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What removing a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RemovalOutcomeDto {
    /// It left every list and search; "Recently removed" brings it back.
    Removed,
    /// Others depend on it, so it was retired: it stays on the cases that name it and leaves the
    /// lists the clerk picks from.
    Retired,
    /// It is back.
    Restored,
}

/// The answer to a remove or restore: what happened, and why, in the clerk's language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RemovalDto {
    pub kind: RemovedKindDto,
    pub key: String,
    pub outcome: RemovalOutcomeDto,
    /// The cases that name a retired record.
    pub cases: Vec<String>,
    /// What happened, as a sentence ("Retired rather than removed: … is named in 2 cases.").
    pub message: String,
}

/// Corrections to a document's details; a field left out stays as it is.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DocumentEditDto {
    pub title: Option<String>,
    pub pages: Option<u32>,
    /// Comma-separated tags.
    pub tags: Option<String>,
}

/// What taking out the demo removed, and what it kept.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoRemovalDto {
    pub cases: u32,
    pub hearings: u32,
    pub neutrals: u32,
    pub venues: u32,
    pub parties: u32,
    pub counsel: u32,
    pub firms: u32,
    /// Demo records kept because the clerk's own records use them.
    pub kept: u32,
    /// The result as a sentence in the clerk's language.
    pub message: String,
}

/// A corrected party, with the conflict findings that stand now in its cases (a changed
/// nationality or group is what they read).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartyEditedDto {
    pub party: PartyDto,
    pub findings: Vec<ConflictReportDto>,
}
