//! Transport types for spreadsheets in and out: which sheet, what an import would do row by row,
//! every problem by row and column, and where an exported file went.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a spreadsheet to import holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SheetKindDto {
    /// Mediators and arbitrators, matched by e-mail.
    Neutrals,
    /// Parties (with their counsel and law firms), matched by name and nationality.
    Parties,
    /// Open cases, matched by reference.
    Cases,
}

impl SheetKindDto {
    /// The word a file name uses (`neutrals`).
    pub fn file_stem(self) -> &'static str {
        match self {
            Self::Neutrals => "neutrals",
            Self::Parties => "parties",
            Self::Cases => "cases",
        }
    }
}

/// What a spreadsheet to export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportKindDto {
    /// The roster of neutrals, in the columns of the neutrals template (so it imports back).
    Roster,
    /// The case register: stage, next deadline, neutrals, amounts.
    Cases,
    /// The hearing list for a date range.
    Hearings,
}

impl ExportKindDto {
    /// The word a file name uses (`roster`).
    pub fn file_stem(self) -> &'static str {
        match self {
            Self::Roster => "roster",
            Self::Cases => "cases",
            Self::Hearings => "hearings",
        }
    }
}

/// A spreadsheet file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SheetFormatDto {
    Xlsx,
    Csv,
}

impl SheetFormatDto {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }

    /// The format a file name's extension names (`.xlsx` or `.csv`, any case).
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// What importing a row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RowActionDto {
    Create,
    Update,
    Unchanged,
}

/// One row of the file and what importing it does, named by its stable key.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SheetRowDto {
    /// The row number as the spreadsheet shows it (the headings are row 1).
    pub row: u32,
    pub action: RowActionDto,
    /// The e-mail, reference, or name and nationality that matched (or will be created).
    pub key: String,
}

/// A problem in the file, by row and column, in the clerk's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SheetProblemDto {
    /// The row as the spreadsheet shows it; 0 when the file as a whole is refused.
    pub row: u32,
    /// The column's machine key (`email`), when the problem is in one column.
    pub column: Option<String>,
    /// The cell (`C5`), or the column letter when the column is missing from the file.
    pub cell: String,
    /// The column's heading in the clerk's language.
    pub heading: String,
    pub message: String,
}

/// What an import would do (a preview) or did (a commit). A commit writes only when there is no
/// problem, all rows in one transaction; `committed` says whether it did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportReportDto {
    pub kind: SheetKindDto,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub rows: Vec<SheetRowDto>,
    pub problems: Vec<SheetProblemDto>,
    pub committed: bool,
}

/// A spreadsheet written to disk.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedSheetDto {
    pub path: String,
    pub bytes: u64,
    /// The rows of data written (headings not counted).
    pub rows: u32,
}
