//! Transport types for case preparation: checklist, documents, bundle, notes, confidentiality,
//! search and case packages.

use super::{BilingualDto, CaseModelDto, ChecklistStatusDto, DocumentKindDto};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One checklist item.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItemDto {
    pub id: String,
    /// The template item's code (the clerk edits the templates: an open set).
    pub code: String,
    pub title: BilingualDto,
    pub owner: String,
    /// The date in force: the clerk's date, else the linked deadline's.
    pub due: Option<String>,
    /// Set when `due` comes from the case's deadline of that code.
    pub due_from_deadline: Option<String>,
    pub status: ChecklistStatusDto,
    pub overdue: bool,
}

/// A change to a checklist item. Absent fields are left as they are; an empty `due` clears it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ChecklistUpdateDto {
    pub owner: Option<String>,
    pub due: Option<String>,
    pub status: Option<String>,
}

/// A document in the register.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentDto {
    pub id: String,
    pub title: String,
    pub kind: DocumentKindDto,
    pub sha256: Option<String>,
    pub size: Option<u64>,
    pub media_type: String,
    pub file_name: String,
    pub location: String,
    pub pages: u32,
    pub tags: Vec<String>,
    pub confidential: bool,
    pub version: u32,
    pub replaces: Option<String>,
    pub superseded: bool,
    pub added_by: String,
    pub added_at: String,
}

/// A document to register: a file (its bytes come separately) or a paper document.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NewDocumentDto {
    pub title: String,
    /// For paper: where it is kept (empty for a file).
    pub location: String,
    pub pages: Option<u32>,
    /// Comma-separated.
    pub tags: String,
    pub confidential: bool,
    /// The document this one replaces (a newer version).
    pub replaces: Option<String>,
    pub added_by: String,
}

/// One line of the hearing bundle with its page numbers.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntryDto {
    pub tab: String,
    pub document_id: String,
    pub title: String,
    pub first_page: u32,
    pub last_page: u32,
    pub confidential: bool,
}

/// A bundle line as the clerk orders it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct BundleLineDto {
    pub tab: String,
    pub document_id: String,
}

/// A note.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteDto {
    pub id: String,
    pub body: String,
    pub confidential: bool,
    pub author: String,
    pub created_at: String,
}

/// A ground on which confidential mediation material may be disclosed (Cap 620).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroundDto {
    pub code: String,
    pub name: BilingualDto,
    pub source: String,
}

/// A decision on exporting confidential material.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DisclosureDto {
    pub action: String,
    /// `permitted` or `refused`.
    pub outcome: String,
    pub ground: Option<String>,
    pub note: String,
    pub items: u32,
    pub by: String,
    pub at: String,
}

/// Everything on a case's preparation tab.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrepDto {
    pub reference: String,
    /// Whether the case includes a Hong Kong mediation (Cap 620 applies to its communications).
    pub cap620: bool,
    pub checklist: Vec<ChecklistItemDto>,
    pub documents: Vec<DocumentDto>,
    pub bundle: Vec<BundleEntryDto>,
    pub bundle_pages: u32,
    pub notes: Vec<NoteDto>,
    pub grounds: Vec<GroundDto>,
    pub disclosures: Vec<DisclosureDto>,
}

/// A written export (bundle index, package).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFileDto {
    pub path: String,
    pub bytes: u64,
    /// Confidential items included (on the recorded ground).
    pub confidential_items: u32,
}

/// The ground for exporting confidential material, and who decided.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DisclosureInputDto {
    pub ground: Option<String>,
    pub note: String,
    pub by: String,
}

/// One search result.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitDto {
    /// `case`, `party`, `neutral`, `document` or `note`.
    pub kind: String,
    pub key: String,
    pub case_reference: String,
    pub label: String,
}

/// A record of a package that differs on both sides since the last package.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackageConflictDto {
    pub entity: String,
    pub key: String,
    pub label: String,
    /// Fields whose values differ: (field, here, in the package).
    pub fields: Vec<(String, String, String)>,
}

/// What importing a package did (or, when conflicts are unresolved, would do).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackageReportDto {
    pub reference: String,
    pub applied: bool,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Records changed here since the last package and not in it: kept.
    pub kept: u32,
    pub documents: u32,
    pub conflicts: Vec<PackageConflictDto>,
    /// A preview: the import was run on a copy of the database and nothing here was written.
    pub preview: bool,
    /// Per kind of record: what the import adds, matches, updates, leaves or keeps.
    pub kinds: Vec<PackageKindDto>,
    /// Each person the package names: added to the roster, or matched to one already on it.
    pub people: Vec<PackagePersonDto>,
    /// The conflict checks of the case's appointments as this roster reads them after the import
    /// (only those with something to act on).
    pub findings: Vec<super::ConflictReportDto>,
}

/// A kind of record a package carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PackageRecordKind {
    Case,
    Deadline,
    ChecklistItem,
    Document,
    Note,
    Event,
    BundleEntry,
    CaseParty,
    Appointment,
    ConflictRecord,
    Hearing,
    Neutral,
    Party,
    Firm,
    Counsel,
}

impl PackageRecordKind {
    /// The kind of a table's records.
    pub fn of_table(table: &str) -> Option<Self> {
        Some(match table {
            "cases" => Self::Case,
            "case_deadlines" => Self::Deadline,
            "checklist_items" => Self::ChecklistItem,
            "documents" => Self::Document,
            "notes" => Self::Note,
            "case_events" => Self::Event,
            "bundle_entries" => Self::BundleEntry,
            "case_parties" => Self::CaseParty,
            "appointments" => Self::Appointment,
            "conflict_records" => Self::ConflictRecord,
            "hearings" => Self::Hearing,
            _ => return None,
        })
    }
}

/// How a person in a package was found on this roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PackageMatchBy {
    /// The same record (it travelled before).
    Id,
    /// The same e-mail address (case-insensitive).
    Email,
    /// Both names and the date of birth (a neutral).
    NamesAndBirth,
    /// Both names and the nationality (a party).
    NamesAndNationality,
    /// Both names (counsel).
    Names,
    /// Both names and the country (a law firm).
    NamesAndCountry,
}

/// What importing does to one kind of record.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackageKindDto {
    pub kind: PackageRecordKind,
    pub added: u32,
    /// People found on this roster (they are not duplicated or changed).
    pub matched: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub kept: u32,
}

/// One person a package names.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackagePersonDto {
    pub kind: PackageRecordKind,
    /// The name as the package gives it.
    pub name: BilingualDto,
    /// How they were found here; `None` when they are added.
    pub matched_by: Option<PackageMatchBy>,
    /// The record here they were matched to.
    pub matched_to: Option<BilingualDto>,
}

/// How the clerk resolves one conflict: `entity:key` → `mine` or `theirs`; or, with entity
/// `venue`, which room here (`take`, its code) stands for a room code (`key`) this centre lacks.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PackageResolutionDto {
    pub entity: String,
    pub key: String,
    pub take: String,
}

/// One line of a workflow model's checklist template.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateItemDto {
    pub model: CaseModelDto,
    pub code: String,
    pub position: i64,
    pub title: BilingualDto,
    pub deadline_code: Option<String>,
}

/// A new or changed template line.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TemplateItemInputDto {
    pub model: String,
    pub code: String,
    pub position: u32,
    pub title_en: String,
    pub title_zh: String,
    pub deadline_code: Option<String>,
}
