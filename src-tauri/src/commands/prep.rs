//! Case preparation: checklist, documents, bundle, notes and case packages.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{
    BundleLineDto, ChecklistUpdateDto, DisclosureInputDto, DocumentDto, DocumentEditDto,
    ExportedFileDto, NewDocumentDto, NoteDto, PackageReportDto, PackageResolutionDto, PrepDto,
    TemplateItemDto, TemplateItemInputDto,
};
use docket_app::{App, DocumentSource};
use tauri::State;

fn export_dir(app: &App) -> std::path::PathBuf {
    docket_app::paths::export_dir(app.info().db_path.as_deref().map(std::path::Path::new))
}

#[tauri::command]
pub fn prepare_case(state: State<'_, AppState>, reference: String) -> CmdResult<PrepDto> {
    state.with(|app| app.prepare_case(&reference))
}

#[tauri::command]
pub fn update_checklist_item(
    state: State<'_, AppState>,
    reference: String,
    id: String,
    change: ChecklistUpdateDto,
) -> CmdResult<PrepDto> {
    state.with(|app| app.update_checklist_item(&reference, &id, &change))
}

#[tauri::command]
pub fn add_document(
    state: State<'_, AppState>,
    reference: String,
    name: String,
    bytes: Option<Vec<u8>>,
    input: NewDocumentDto,
) -> CmdResult<DocumentDto> {
    state.with(|app| {
        let source = match &bytes {
            Some(b) => DocumentSource::Bytes {
                name: &name,
                bytes: b,
            },
            None => DocumentSource::Paper,
        };
        app.add_document(&reference, source, &input)
    })
}

#[tauri::command]
pub fn set_document_confidential(
    state: State<'_, AppState>,
    reference: String,
    id: String,
    confidential: bool,
) -> CmdResult<PrepDto> {
    state.with(|app| app.set_document_confidential(&reference, &id, confidential))
}

#[tauri::command]
pub fn update_document(
    state: State<'_, AppState>,
    reference: String,
    id: String,
    edit: DocumentEditDto,
) -> CmdResult<PrepDto> {
    state.with(|app| app.update_document(&reference, &id, &edit))
}

#[tauri::command]
pub fn set_bundle(
    state: State<'_, AppState>,
    reference: String,
    lines: Vec<BundleLineDto>,
) -> CmdResult<PrepDto> {
    state.with(|app| app.set_bundle(&reference, &lines))
}

#[tauri::command]
pub fn export_bundle(
    state: State<'_, AppState>,
    reference: String,
    format: String,
    lang: String,
    disclosure: DisclosureInputDto,
) -> CmdResult<ExportedFileDto> {
    state.with(|app| {
        let ext = if format == "csv" { "csv" } else { "html" };
        // The reference is sanitised: a stored one from an older version may hold `/` or `..`.
        let stem = docket_app::safe_file_stem(&reference);
        let out = export_dir(app).join(format!("{stem}-bundle-index.{ext}"));
        app.export_bundle(&reference, &out, &format, &lang, &disclosure)
    })
}

#[tauri::command]
pub fn add_note(
    state: State<'_, AppState>,
    reference: String,
    body: String,
    confidential: bool,
    author: String,
) -> CmdResult<NoteDto> {
    state.with(|app| app.add_note(&reference, &body, confidential, &author))
}

#[tauri::command]
pub fn export_package(
    state: State<'_, AppState>,
    reference: String,
    disclosure: DisclosureInputDto,
) -> CmdResult<ExportedFileDto> {
    state.with(|app| {
        let stem = docket_app::safe_file_stem(&reference);
        let out = export_dir(app).join(format!("{stem}.bdpkg"));
        app.export_package(&reference, &out, &disclosure)
    })
}

#[tauri::command]
pub fn import_package(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    resolutions: Vec<PackageResolutionDto>,
    preview: bool,
) -> CmdResult<PackageReportDto> {
    state.with(|app| app.import_package_bytes(&bytes, &resolutions, preview))
}

#[tauri::command]
pub fn checklist_templates(state: State<'_, AppState>) -> CmdResult<Vec<TemplateItemDto>> {
    state.with(|app| app.checklist_templates())
}

#[tauri::command]
pub fn set_checklist_template(
    state: State<'_, AppState>,
    input: TemplateItemInputDto,
) -> CmdResult<Vec<TemplateItemDto>> {
    state.with(|app| app.set_checklist_template(&input))
}
