//! Cases.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::CaseDto;
use tauri::State;

#[tauri::command]
pub fn list_cases(state: State<'_, AppState>) -> CmdResult<Vec<CaseDto>> {
    state.with(|app| app.list_cases())
}
