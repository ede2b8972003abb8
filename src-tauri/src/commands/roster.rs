//! The roster of mediators and arbitrators.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::NeutralDto;
use tauri::State;

#[tauri::command]
pub fn list_neutrals(
    state: State<'_, AppState>,
    query: Option<String>,
) -> CmdResult<Vec<NeutralDto>> {
    state.with(|app| app.list_neutrals(query.as_deref()))
}
