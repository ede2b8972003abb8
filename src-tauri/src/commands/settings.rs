//! The clerk's preferences.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::SettingsDto;
use tauri::State;

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> CmdResult<SettingsDto> {
    state.with(|app| app.settings())
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> CmdResult<SettingsDto> {
    state.with(|app| app.set_language(&language))
}
