//! Hearings.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::HearingDto;
use tauri::State;

#[tauri::command]
pub fn list_hearings(state: State<'_, AppState>) -> CmdResult<Vec<HearingDto>> {
    state.with(|app| app.list_hearings())
}
