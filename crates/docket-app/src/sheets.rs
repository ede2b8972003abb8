//! Spreadsheets in and out (ADR 0025): the roster, parties and open cases imported from `.xlsx` or
//! CSV through a preview that names every problem by row and column and a commit that writes all
//! rows in one transaction or none; the roster, the case register and the hearing list exported as
//! `.xlsx` or CSV; and a template per sheet in each of the three languages.
//!
//! `columns.rs` says what each column is (machine key, headings, instructions); `read.rs` turns a
//! file from outside into a bounded grid of text; `import.rs` plans and commits, every row checked
//! by the constructors the forms use; `export.rs` writes the lists and `template.rs` the templates.

use crate::dto::SheetProblemDto;
use crate::i18n::{Locale, describe_field};
use crate::{AppError, FieldProblem, i18n};
use read::FileProblem;

pub use read::{MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS};
pub use template::template_bytes;

/// What is wrong at one place of a file.
#[derive(Debug, Clone)]
pub(crate) enum What {
    File(FileProblem),
    UnknownHeading(String),
    RepeatedHeading,
    MissingColumn,
    Field(FieldProblem),
    Refused(AppError),
}

/// A problem at a row (0: the file) and, when known, a column (its machine key and its index in
/// the file).
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub row: u32,
    pub column: Option<(&'static str, Option<usize>)>,
    pub what: What,
}

impl Problem {
    pub fn file(what: FileProblem) -> Self {
        Self {
            row: 0,
            column: None,
            what: What::File(what),
        }
    }

    /// The problem in the clerk's language, with its cell and heading.
    pub fn to_dto(&self, l: Locale, kind: crate::dto::SheetKindDto) -> SheetProblemDto {
        let column = self
            .column
            .and_then(|(key, _)| columns::columns(kind).iter().find(|c| c.key == key));
        let cell = match (&self.what, self.column) {
            (What::File(FileProblem::CellTooLong { row, column }), _) => {
                format!("{}{row}", columns::letter(*column))
            }
            (_, Some((_, Some(i)))) if self.row > 0 => {
                format!("{}{}", columns::letter(i), self.row)
            }
            (_, Some((_, Some(i)))) => columns::letter(i),
            _ if self.row > 0 => self.row.to_string(),
            _ => String::new(),
        };
        SheetProblemDto {
            row: self.row,
            column: self.column.map(|(k, _)| k.to_owned()),
            cell,
            heading: column.map(|c| c.heading(l).to_owned()).unwrap_or_default(),
            message: self.message(l),
        }
    }

    fn message(&self, l: Locale) -> String {
        match &self.what {
            What::File(p) => file_message(l, p),
            What::UnknownHeading(h) => match l {
                Locale::En => format!(
                    "“{h}” is not a column of this sheet; use a template's heading or its machine key."
                ),
                Locale::ZhHans => format!("“{h}”不是本表的列；请使用模板中的标题或其机器键。"),
                Locale::ZhHant => format!("「{h}」不是本表的欄；請使用範本中的標題或其機器鍵。"),
            },
            What::RepeatedHeading => l
                .pick(
                    "This column appears twice.",
                    "此列出现了两次。",
                    "此欄出現了兩次。",
                )
                .to_owned(),
            What::MissingColumn => l
                .pick(
                    "This column is required and is missing from the headings.",
                    "缺少此必填列。",
                    "缺少此必填欄。",
                )
                .to_owned(),
            What::Field(f) => describe_field(l, f),
            What::Refused(e) => i18n::describe(l, e),
        }
    }
}

fn file_message(l: Locale, p: &FileProblem) -> String {
    match p {
        FileProblem::TooLarge => match l {
            Locale::En => format!(
                "The file is too large (at most {} MB, unpacked at most {} MB).",
                MAX_FILE_BYTES / (1024 * 1024),
                read::MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
            Locale::ZhHans => format!(
                "文件过大（不超过 {} MB，解压后不超过 {} MB）。",
                MAX_FILE_BYTES / (1024 * 1024),
                read::MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
            Locale::ZhHant => format!(
                "檔案過大（不超過 {} MB，解壓後不超過 {} MB）。",
                MAX_FILE_BYTES / (1024 * 1024),
                read::MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
        },
        FileProblem::Unreadable => l
            .pick(
                "The file is neither an .xlsx workbook nor a UTF-8 CSV file.",
                "该文件既不是 .xlsx 工作簿，也不是 UTF-8 编码的 CSV 文件。",
                "該檔案既不是 .xlsx 活頁簿，也不是 UTF-8 編碼的 CSV 檔案。",
            )
            .to_owned(),
        FileProblem::TooManyRows => match l {
            Locale::En => format!("The file has more than {MAX_ROWS} rows."),
            Locale::ZhHans => format!("文件超过 {MAX_ROWS} 行。"),
            Locale::ZhHant => format!("檔案超過 {MAX_ROWS} 行。"),
        },
        FileProblem::TooManyColumns => match l {
            Locale::En => format!("The file has more than {MAX_COLUMNS} columns."),
            Locale::ZhHans => format!("文件超过 {MAX_COLUMNS} 列。"),
            Locale::ZhHant => format!("檔案超過 {MAX_COLUMNS} 欄。"),
        },
        FileProblem::CellTooLong { .. } => match l {
            Locale::En => format!("This cell is longer than {MAX_CELL_CHARS} characters."),
            Locale::ZhHans => format!("此单元格超过 {MAX_CELL_CHARS} 个字符。"),
            Locale::ZhHant => format!("此儲存格超過 {MAX_CELL_CHARS} 個字元。"),
        },
        FileProblem::NoHeadings => l
            .pick(
                "The file is empty: the first row must hold the headings.",
                "文件为空：第一行应为列标题。",
                "檔案為空：第一行應為欄標題。",
            )
            .to_owned(),
    }
}

mod cells;
mod columns;
mod export;
mod import;
mod read;
mod template;
#[cfg(test)]
mod tests;
