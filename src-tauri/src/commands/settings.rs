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

/// Keeps the clerk's name: every change from now on is recorded as theirs.
#[tauri::command]
pub fn set_clerk_name(state: State<'_, AppState>, name: String) -> CmdResult<SettingsDto> {
    state.with(|app| app.set_clerk_name(&name))
}

#[tauri::command]
pub fn create_backup(state: State<'_, AppState>) -> CmdResult<docket_app::dto::BackupDto> {
    state.with(|app| app.create_backup(None, ""))
}

#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> CmdResult<Vec<docket_app::dto::BackupDto>> {
    state.with(|app| app.list_backups())
}

#[tauri::command]
pub fn restore_backup(
    state: State<'_, AppState>,
    path: String,
) -> CmdResult<docket_app::dto::BackupDto> {
    state.with(|app| app.restore_backup(std::path::Path::new(&path)))
}

/// Creates the database at the path the window was started with, after the clerk agreed.
#[tauri::command]
pub fn create_database(state: State<'_, AppState>) -> CmdResult<docket_app::dto::OverviewDto> {
    state.create_missing()?;
    state.with(|app| app.overview())
}
