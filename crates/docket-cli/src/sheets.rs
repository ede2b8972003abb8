//! `docket import | export`: the roster, parties and open cases from `.xlsx` or CSV (a preview
//! with every problem by row and column, then all rows or none), the templates in each language,
//! and the roster, case register and hearing list as `.xlsx` or CSV.

use crate::output::render;
use clap::Subcommand;
use docket_app::dto::{ExportKindDto, ImportReportDto, RowActionDto, SheetKindDto};
use docket_app::{App, AppError, Expected, Locale};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Sheet {
    Neutrals,
    Parties,
    Cases,
}

impl From<Sheet> for SheetKindDto {
    fn from(s: Sheet) -> Self {
        match s {
            Sheet::Neutrals => Self::Neutrals,
            Sheet::Parties => Self::Parties,
            Sheet::Cases => Self::Cases,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum List {
    Roster,
    Cases,
    Hearings,
}

#[derive(Debug, clap::Args)]
pub struct ImportFile {
    /// The `.xlsx` or `.csv` file (headings by machine key or in any of the three languages).
    pub file: PathBuf,
    /// Say what would be created, updated and left alone, and every problem; write nothing.
    #[arg(long)]
    pub preview: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Neutrals, matched by e-mail.
    Neutrals(ImportFile),
    /// Parties with their counsel and law firms, matched by name and nationality.
    Parties(ImportFile),
    /// Open cases, matched by reference.
    Cases(ImportFile),
    /// Write a template (the headings and an instructions sheet).
    Template {
        sheet: Sheet,
        /// `.xlsx` or `.csv`.
        #[arg(long)]
        out: PathBuf,
        /// en, zh-Hans or zh-Hant (default: the interface language).
        #[arg(long = "lang")]
        lang: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    pub list: List,
    /// `.xlsx` or `.csv`: the format is the extension's.
    #[arg(long)]
    pub out: PathBuf,
    /// Hearings: the first day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Hearings: the last day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub json: bool,
}

fn report_lines(l: Locale, r: &ImportReportDto) {
    for row in &r.rows {
        let action = match row.action {
            RowActionDto::Create => l.pick("create", "新建", "新建"),
            RowActionDto::Update => l.pick("update", "更新", "更新"),
            RowActionDto::Unchanged => l.pick("unchanged", "不变", "不變"),
        };
        out!("{:>6}  {action:<10} {}", row.row, row.key);
    }
    for p in &r.problems {
        let at = if p.heading.is_empty() {
            p.cell.clone()
        } else {
            format!("{} ({})", p.cell, p.heading)
        };
        out!("{at}: {}", p.message);
    }
    out!(
        "{}",
        match l {
            Locale::En => format!(
                "{} to create, {} to update, {} unchanged, {} problem(s){}",
                r.created,
                r.updated,
                r.unchanged,
                r.problems.len(),
                if r.committed {
                    ": imported."
                } else {
                    ": nothing written."
                }
            ),
            Locale::ZhHans => format!(
                "新建 {}，更新 {}，不变 {}，问题 {} 个{}",
                r.created,
                r.updated,
                r.unchanged,
                r.problems.len(),
                if r.committed {
                    "：已导入。"
                } else {
                    "：未写入任何内容。"
                }
            ),
            Locale::ZhHant => format!(
                "新建 {}，更新 {}，不變 {}，問題 {} 個{}",
                r.created,
                r.updated,
                r.unchanged,
                r.problems.len(),
                if r.committed {
                    "：已匯入。"
                } else {
                    "：未寫入任何內容。"
                }
            ),
        }
    );
}

fn import(app: &mut App, l: Locale, kind: SheetKindDto, f: ImportFile) -> Result<(), AppError> {
    let bytes = app.read_sheet_file(&f.file)?;
    let r = if f.preview {
        app.preview_import(kind, &bytes)?
    } else {
        app.commit_import(kind, &bytes)?
    };
    render(f.json, &r, |r| report_lines(l, r))?;
    match r.problems.first() {
        // A refused file exits 2, as refused input does.
        Some(p) => Err(AppError::ImportRefused {
            line: p.row,
            detail: p.message.trim_end_matches(['.', '。']).to_owned(),
        }),
        None => Ok(()),
    }
}

pub fn import_command(app: &mut App, l: Locale, command: ImportCommand) -> Result<(), AppError> {
    match command {
        ImportCommand::Neutrals(f) => import(app, l, SheetKindDto::Neutrals, f),
        ImportCommand::Parties(f) => import(app, l, SheetKindDto::Parties, f),
        ImportCommand::Cases(f) => import(app, l, SheetKindDto::Cases, f),
        ImportCommand::Template { sheet, out, lang } => {
            let lang = match lang {
                None => None,
                Some(t) => Some(
                    Locale::parse(&t)
                        .ok_or_else(|| AppError::malformed("lang", Expected::LanguageTag))?,
                ),
            };
            let saved = app.write_sheet_template(sheet.into(), &out, lang)?;
            out!("{} ({} bytes)", saved.path, saved.bytes);
            Ok(())
        }
    }
}

pub fn export_command(app: &mut App, l: Locale, a: ExportArgs) -> Result<(), AppError> {
    let kind = match a.list {
        List::Roster => ExportKindDto::Roster,
        List::Cases => ExportKindDto::Cases,
        List::Hearings => ExportKindDto::Hearings,
    };
    let saved = app.export_sheet(kind, &a.out, a.from.as_deref(), a.until.as_deref())?;
    render(a.json, &saved, |s| match l {
        Locale::En => out!("{}: {} row(s), {} bytes", s.path, s.rows, s.bytes),
        Locale::ZhHans => out!("{}：{} 行，{} 字节", s.path, s.rows, s.bytes),
        Locale::ZhHant => out!("{}：{} 行，{} 位元組", s.path, s.rows, s.bytes),
    })
}
