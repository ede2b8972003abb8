//! Spreadsheets: preview and commit an import from the bytes of a chosen file, and save a template
//! or an export into the export folder.

use super::CmdResult;
use crate::state::AppState;
use docket_app::App;
use docket_app::dto::{
    ExportKindDto, ImportReportDto, SavedSheetDto, SheetFormatDto, SheetKindDto,
};
use tauri::State;

fn export_dir(app: &App) -> std::path::PathBuf {
    docket_app::paths::export_dir(app.info().db_path.as_deref().map(std::path::Path::new))
}

#[tauri::command]
pub fn preview_sheet_import(
    state: State<'_, AppState>,
    kind: SheetKindDto,
    bytes: Vec<u8>,
) -> CmdResult<ImportReportDto> {
    state.with(|app| app.preview_import(kind, &bytes))
}

#[tauri::command]
pub fn commit_sheet_import(
    state: State<'_, AppState>,
    kind: SheetKindDto,
    bytes: Vec<u8>,
) -> CmdResult<ImportReportDto> {
    state.with(|app| app.commit_import(kind, &bytes))
}

#[tauri::command]
pub fn save_sheet_template(
    state: State<'_, AppState>,
    kind: SheetKindDto,
    format: SheetFormatDto,
) -> CmdResult<SavedSheetDto> {
    state.with(|app| {
        let name = format!(
            "bay-docket-{}-template.{}",
            kind.file_stem(),
            format.extension()
        );
        app.write_sheet_template(kind, &export_dir(app).join(name), None)
    })
}

#[tauri::command]
pub fn export_sheet(
    state: State<'_, AppState>,
    kind: ExportKindDto,
    format: SheetFormatDto,
    from: Option<String>,
    until: Option<String>,
) -> CmdResult<SavedSheetDto> {
    state.with(|app| {
        let name = format!("bay-docket-{}.{}", kind.file_stem(), format.extension());
        app.export_sheet(
            kind,
            &export_dir(app).join(name),
            from.as_deref(),
            until.as_deref(),
        )
    })
}
