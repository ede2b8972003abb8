//! Cases.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{
    CaseDetailDto, CaseDto, CaseEditDto, CasePreviewDto, EventChangeDto, ExitInputDto, NewCaseDto,
    RemovalDto, RemovedDto, RemovedKindDto,
};
use tauri::State;

#[tauri::command]
pub fn list_cases(state: State<'_, AppState>) -> CmdResult<Vec<CaseDto>> {
    state.with(|app| app.list_cases())
}

#[tauri::command]
pub fn create_case(state: State<'_, AppState>, input: NewCaseDto) -> CmdResult<CaseDto> {
    state.with(|app| app.create_case(&input))
}

#[tauri::command]
pub fn preview_case(state: State<'_, AppState>, input: NewCaseDto) -> CmdResult<CasePreviewDto> {
    state.with(|app| app.preview_case(&input))
}

#[tauri::command]
pub fn case_detail(state: State<'_, AppState>, reference: String) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.case_detail(&reference))
}

#[tauri::command]
pub fn advance_case(
    state: State<'_, AppState>,
    reference: String,
    stage: String,
    date: String,
    note: String,
) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.advance_case(&reference, &stage, &date, &note))
}

#[tauri::command]
pub fn record_exit(
    state: State<'_, AppState>,
    reference: String,
    input: ExitInputDto,
) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.record_exit(&reference, &input))
}

#[tauri::command]
pub fn undo_exit(state: State<'_, AppState>, reference: String) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.undo_exit(&reference))
}

#[tauri::command]
pub fn change_event_date(
    state: State<'_, AppState>,
    reference: String,
    stage: String,
    date: String,
    reason: String,
    save: bool,
) -> CmdResult<EventChangeDto> {
    state.with(|app| app.change_event_date(&reference, &stage, &date, &reason, save))
}

#[tauri::command]
pub fn update_case(
    state: State<'_, AppState>,
    reference: String,
    input: CaseEditDto,
) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.update_case(&reference, &input))
}

#[tauri::command]
pub fn remove_case(state: State<'_, AppState>, reference: String) -> CmdResult<()> {
    state.with(|app| app.remove_case(&reference))
}

#[tauri::command]
pub fn restore_case(state: State<'_, AppState>, reference: String) -> CmdResult<CaseDetailDto> {
    state.with(|app| app.restore_case(&reference))
}

#[tauri::command]
pub fn recently_removed(state: State<'_, AppState>) -> CmdResult<Vec<RemovedDto>> {
    state.with(|app| app.recently_removed())
}

#[tauri::command]
pub fn remove_record(
    state: State<'_, AppState>,
    kind: RemovedKindDto,
    key: String,
) -> CmdResult<RemovalDto> {
    state.with(|app| app.remove_record(kind, &key))
}

#[tauri::command]
pub fn restore_record(
    state: State<'_, AppState>,
    kind: RemovedKindDto,
    key: String,
) -> CmdResult<RemovalDto> {
    state.with(|app| app.restore_record(kind, &key))
}
