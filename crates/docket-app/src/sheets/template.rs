//! The templates: one per sheet, headed in the chosen language, with the instructions (each
//! column's heading, machine key, what it takes and an example) on a second worksheet, or as `#`
//! lines after the headings in CSV (an import skips them).

use super::columns;
use super::export::{Table, encode, format_of, save};
use crate::dto::{SavedSheetDto, SheetFormatDto, SheetKindDto};
use crate::i18n::Locale;
use crate::{App, AppError};
use std::path::Path;

/// The template's bytes.
pub fn template_bytes(
    kind: SheetKindDto,
    format: SheetFormatDto,
    l: Locale,
) -> Result<Vec<u8>, AppError> {
    let cols = columns::columns(kind);
    let name = match kind {
        SheetKindDto::Neutrals => l.pick("Neutrals", "人选", "人選"),
        SheetKindDto::Parties => l.pick("Parties", "当事人", "當事人"),
        SheetKindDto::Cases => l.pick("Cases", "案件", "案件"),
    };
    let data = Table {
        name: name.to_owned(),
        headings: cols.iter().map(|c| c.heading(l).to_owned()).collect(),
        rows: Vec::new(),
    };
    let intro = match kind {
        SheetKindDto::Neutrals => l.pick(
            "One neutral per row. A row whose e-mail is already on the roster updates that neutral; a column left out of the sheet keeps what is stored.",
            "每行一位人选。电子邮箱已在名册中的行将更新该人选；表中没有的列保留原有内容。",
            "每行一位人選。電子郵箱已在名冊中的行將更新該人選；表中沒有的欄保留原有內容。",
        ),
        SheetKindDto::Parties => l.pick(
            "One party per row, found again by name and nationality; counsel and law firm are optional.",
            "每行一位当事人，按名称及国籍匹配；代理人及律所可不填。",
            "每行一位當事人，按名稱及國籍匹配；代理人及律所可不填。",
        ),
        SheetKindDto::Cases => l.pick(
            "One open case per row, found again by its reference; a new case opens at its first stage.",
            "每行一宗在办案件，按案号匹配；新案件从第一阶段开始。",
            "每行一宗在辦案件，按案號匹配；新案件從第一階段開始。",
        ),
    };
    let mut rows = vec![vec![intro.to_owned()]];
    rows.extend(cols.iter().map(|c| {
        vec![
            c.heading(l).to_owned(),
            c.key.to_owned(),
            c.help(l).to_owned(),
            c.example.to_owned(),
        ]
    }));
    let help = Table {
        name: l.pick("Instructions", "填写说明", "填寫說明").to_owned(),
        headings: [
            l.pick("Heading", "列标题", "欄標題"),
            l.pick("Machine key", "机器键", "機器鍵"),
            l.pick("What it takes", "填写要求", "填寫要求"),
            l.pick("Example", "示例", "示例"),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    };
    encode(format, &[data, help])
}

impl App {
    /// Writes the `kind` template in `lang` (the clerk's language when `None`) to `out`.
    pub fn write_sheet_template(
        &self,
        kind: SheetKindDto,
        out: &Path,
        lang: Option<Locale>,
    ) -> Result<SavedSheetDto, AppError> {
        let bytes = template_bytes(kind, format_of(out)?, lang.unwrap_or(self.locale()))?;
        save(out, &bytes, 0)
    }
}
