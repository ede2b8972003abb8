//! Writing spreadsheets: one table as `.xlsx` (rust_xlsxwriter, every value a text cell, so nothing
//! is read as a formula) or CSV (through `formats::csv`, which neutralises formula cells); and the
//! three lists the clerk exports: the roster (in the neutrals template's columns, so it imports
//! back), the case register and the hearing list for a date range, headed in the clerk's language.

use super::cells::draft_of;
use super::columns::{self, Column};
use crate::dto::{ExportKindDto, SavedSheetDto, SheetFormatDto, SheetKindDto};
use crate::formats::csv;
use crate::i18n::{Locale, words};
use crate::{App, AppError};
use docket_store::{StoreError, repo, repo::removal::Record};
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::collections::HashMap;
use std::path::Path;

/// A sheet to write: its name, headings and rows of text.
pub(crate) struct Table {
    pub name: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn xlsx_failed(e: &XlsxError) -> AppError {
    AppError::Internal {
        detail: format!("xlsx: {e}"),
    }
}

/// The tables as a workbook (one worksheet each) or, for CSV, the first table (the second's rows
/// follow as `#` lines, which an import skips).
pub(crate) fn encode(format: SheetFormatDto, tables: &[Table]) -> Result<Vec<u8>, AppError> {
    match format {
        SheetFormatDto::Csv => {
            let mut out = String::from("\u{feff}");
            for (i, t) in tables.iter().enumerate() {
                if i == 0 {
                    out.push_str(&csv::row(&t.headings));
                }
                for r in &t.rows {
                    if i == 0 {
                        out.push_str(&csv::row(r));
                    } else {
                        let line = format!("# {}", r.join(" · "));
                        out.push_str(&csv::row(&[line]));
                    }
                }
            }
            Ok(out.into_bytes())
        }
        SheetFormatDto::Xlsx => {
            let mut book = Workbook::new();
            let bold = Format::new().set_bold();
            for t in tables {
                let sheet = book.add_worksheet();
                sheet.set_name(&t.name).map_err(|e| xlsx_failed(&e))?;
                for (c, h) in t.headings.iter().enumerate() {
                    let c = u16::try_from(c).map_err(|_| AppError::Internal {
                        detail: "too many columns".to_owned(),
                    })?;
                    sheet
                        .write_string_with_format(0, c, h, &bold)
                        .map_err(|e| xlsx_failed(&e))?;
                    sheet.set_column_width(c, 18).map_err(|e| xlsx_failed(&e))?;
                }
                for (r, row) in t.rows.iter().enumerate() {
                    let r = u32::try_from(r + 1).map_err(|_| AppError::Internal {
                        detail: "too many rows".to_owned(),
                    })?;
                    for (c, v) in row.iter().enumerate() {
                        if v.is_empty() {
                            continue;
                        }
                        let c = u16::try_from(c).unwrap_or(u16::MAX);
                        sheet.write_string(r, c, v).map_err(|e| xlsx_failed(&e))?;
                    }
                }
                sheet.set_freeze_panes(1, 0).map_err(|e| xlsx_failed(&e))?;
            }
            book.save_to_buffer().map_err(|e| xlsx_failed(&e))
        }
    }
}

/// Writes `bytes` to `out` atomically and says what was written.
pub(crate) fn save(out: &Path, bytes: &[u8], rows: usize) -> Result<SavedSheetDto, AppError> {
    crate::files::write_atomically(out, bytes)?;
    Ok(SavedSheetDto {
        path: out.display().to_string(),
        bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
        rows: u32::try_from(rows).unwrap_or(u32::MAX),
    })
}

/// The neutrals' cells in the neutrals template's column order.
fn roster_row(n: &docket_domain::roster::Neutral) -> Vec<String> {
    let d = draft_of(n);
    columns::columns(SheetKindDto::Neutrals)
        .iter()
        .map(|c: &Column| match c.key {
            "name_en" => d.name_en.clone(),
            "name_zh" => d.name_zh.clone(),
            "roles" => d.roles.clone(),
            "titles" => d.titles.clone(),
            "date_of_birth" => d.date_of_birth.clone().unwrap_or_default(),
            "nationality" => d.nationalities.join(";"),
            "languages" => d.languages.join(";"),
            "admissions" => d.admissions.join(";"),
            "panels" => d
                .panels
                .iter()
                .map(|p| match &p.until {
                    Some(u) => format!("{}:{}:{u}", p.panel, p.from),
                    None => format!("{}:{}", p.panel, p.from),
                })
                .collect::<Vec<_>>()
                .join(";"),
            "home_zone" => d.home_zone.clone(),
            "email" => d.email.clone().unwrap_or_default(),
            "phone" => d.phone.clone().unwrap_or_default(),
            "rate_amount" => d.rate_amount.clone().unwrap_or_default(),
            "rate_currency" => d.rate_currency.clone().unwrap_or_default(),
            "max_concurrent" => d.max_concurrent.map(|m| m.to_string()).unwrap_or_default(),
            "notes" => d.notes.clone(),
            _ => String::new(),
        })
        .collect()
}

fn headings(l: Locale, labels: &[[&str; 3]]) -> Vec<String> {
    labels
        .iter()
        .map(|[en, hans, hant]| l.pick(en, hans, hant).to_owned())
        .collect()
}

const CASE_HEADINGS: &[[&str; 3]] = &[
    ["Case reference", "案号", "案號"],
    ["Title (English)", "案件名称（英文）", "案件名稱（英文）"],
    ["Title (Chinese)", "案件名称（中文）", "案件名稱（中文）"],
    ["Workflow model", "案件模式", "案件模式"],
    ["Status", "状态", "狀態"],
    ["Stage", "阶段", "階段"],
    ["Filing date", "立案日期", "立案日期"],
    ["Next deadline", "下一期限", "下一期限"],
    ["Neutrals", "人选", "人選"],
    ["Amount in dispute", "争议金额", "爭議金額"],
    ["Currency", "币种", "幣種"],
    ["Procedure", "程序", "程序"],
    ["Language of the proceedings", "程序语言", "程序語言"],
];

const HEARING_HEADINGS: &[[&str; 3]] = &[
    ["Case reference", "案号", "案號"],
    ["Kind", "类型", "類型"],
    ["Starts (local)", "开始（当地时间）", "開始（當地時間）"],
    ["Ends (local)", "结束（当地时间）", "結束（當地時間）"],
    ["Time zone", "时区", "時區"],
    ["UTC offset", "UTC 偏移", "UTC 偏移"],
    ["Venue", "场地", "場地"],
    ["Status", "状态", "狀態"],
    ["Participants", "参与者", "參與者"],
    ["Language", "语言", "語言"],
    ["Interpretation", "传译", "傳譯"],
];

impl App {
    /// The roster as a table in the neutrals template's columns (removed and retired neutrals are
    /// left out).
    fn roster_table(&self, l: Locale) -> Result<Table, AppError> {
        let (all, gone) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::neutrals::list(c)?,
                repo::removal::inactive(c, Record::Neutral, true)?,
            ))
        })?;
        Ok(Table {
            name: l.pick("Roster", "人选名册", "人選名冊").to_owned(),
            headings: columns::columns(SheetKindDto::Neutrals)
                .iter()
                .map(|c| c.heading(l).to_owned())
                .collect(),
            rows: all
                .iter()
                .filter(|n| !gone.contains(&n.id.to_string()))
                .map(roster_row)
                .collect(),
        })
    }

    /// The case register: stage, next deadline, the neutrals appointed, amounts.
    fn cases_table(&self, l: Locale) -> Result<Table, AppError> {
        let cases = self.list_cases()?;
        let (neutrals, appointments, stored) = self.store.read(|c| -> Result<_, StoreError> {
            let neutrals = repo::neutrals::list(c)?;
            let mut appointments = Vec::new();
            for n in &neutrals {
                appointments.extend(repo::appointments::of_neutral(c, n.id)?);
            }
            Ok((neutrals, appointments, repo::cases::list_lenient(c)?.0))
        })?;
        let amounts: HashMap<&str, (Option<i64>, Option<&str>)> = stored
            .iter()
            .map(|c| {
                (
                    c.reference.as_str(),
                    (c.amount_minor, c.currency.as_deref()),
                )
            })
            .collect();
        let names: HashMap<_, _> = neutrals
            .iter()
            .map(|n| (n.id, crate::script::name(l, &n.name)))
            .collect();
        let mut seated: HashMap<&str, Vec<&str>> = HashMap::new();
        for a in &appointments {
            if a.appointment.ended_on.is_none()
                && let Some(name) = names.get(&a.appointment.neutral_id)
            {
                seated
                    .entry(a.case_reference.as_str())
                    .or_default()
                    .push(name);
            }
        }
        let rows = cases
            .iter()
            .map(|c| {
                vec![
                    c.reference.clone(),
                    c.title.en.clone(),
                    c.title.zh_in(l).to_owned(),
                    words::model_label(l, c.model).to_owned(),
                    words::case_status_label(l, c.status).to_owned(),
                    c.stage_label.clone(),
                    c.filed_on.clone(),
                    c.next_deadline.clone().unwrap_or_default(),
                    seated
                        .get(c.reference.as_str())
                        .map(|v| v.join("; "))
                        .unwrap_or_default(),
                    amounts
                        .get(c.reference.as_str())
                        .and_then(|(a, _)| *a)
                        .map(|a| format!("{}.{:02}", a / 100, a % 100))
                        .unwrap_or_default(),
                    amounts
                        .get(c.reference.as_str())
                        .and_then(|(_, cur)| *cur)
                        .unwrap_or_default()
                        .to_owned(),
                    words::procedure_label(l, c.procedure).to_owned(),
                    c.language.clone(),
                ]
            })
            .collect();
        Ok(Table {
            name: l.pick("Cases", "案件登记册", "案件登記冊").to_owned(),
            headings: headings(l, CASE_HEADINGS),
            rows,
        })
    }

    /// The hearings starting between two dates (inclusive), in their own zones.
    fn hearings_table(
        &self,
        l: Locale,
        from: Option<&str>,
        until: Option<&str>,
    ) -> Result<Table, AppError> {
        let hearings = self.hearings_between(from, until, None)?;
        let rows = hearings
            .iter()
            .map(|h| {
                vec![
                    h.case_reference.clone(),
                    words::hearing_kind_label(l, h.kind).to_owned(),
                    h.starts_local.clone(),
                    h.ends_local.clone(),
                    h.zone.clone(),
                    h.utc_offset.clone(),
                    h.venue.name.shown(l).to_owned(),
                    words::hearing_status_label(l, h.status).to_owned(),
                    h.participants
                        .iter()
                        .map(|p| p.name.shown(l).to_owned())
                        .collect::<Vec<_>>()
                        .join("; "),
                    h.language.clone(),
                    h.interpretation.clone(),
                ]
            })
            .collect();
        Ok(Table {
            name: l.pick("Hearings", "庭审", "聆訊").to_owned(),
            headings: headings(l, HEARING_HEADINGS),
            rows,
        })
    }

    /// A list as a spreadsheet file's bytes, headed in the clerk's language.
    pub fn export_sheet_bytes(
        &self,
        kind: ExportKindDto,
        format: SheetFormatDto,
        from: Option<&str>,
        until: Option<&str>,
    ) -> Result<(Vec<u8>, usize), AppError> {
        let l = self.locale();
        let table = match kind {
            ExportKindDto::Roster => self.roster_table(l)?,
            ExportKindDto::Cases => self.cases_table(l)?,
            ExportKindDto::Hearings => self.hearings_table(l, from, until)?,
        };
        let rows = table.rows.len();
        Ok((encode(format, &[table])?, rows))
    }

    /// Writes a list to `out` (`.xlsx` or `.csv`, by its extension).
    pub fn export_sheet(
        &self,
        kind: ExportKindDto,
        out: &Path,
        from: Option<&str>,
        until: Option<&str>,
    ) -> Result<SavedSheetDto, AppError> {
        let format = format_of(out)?;
        let (bytes, rows) = self.export_sheet_bytes(kind, format, from, until)?;
        save(out, &bytes, rows)
    }
}

/// The format a path's extension names, or a refusal naming `out`.
pub(crate) fn format_of(out: &Path) -> Result<SheetFormatDto, AppError> {
    SheetFormatDto::from_path(out)
        .ok_or_else(|| AppError::malformed("out", crate::Expected::SheetFile))
}
