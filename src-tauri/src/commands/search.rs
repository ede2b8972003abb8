//! Search across the centre's records.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::SearchHitDto;
use tauri::State;

/// Cases, parties, neutrals, documents and notes whose text contains `text`, in either script.
#[tauri::command]
pub fn search(state: State<'_, AppState>, text: String) -> CmdResult<Vec<SearchHitDto>> {
    state.with(|app| app.search(&text))
}
