//! Product information, the first-paint signal, the overview and the demo data.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{AppInfoDto, DemoRemovalDto, DemoSummaryDto, OverviewDto};
use tauri::State;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> CmdResult<AppInfoDto> {
    state.with(|app| Ok(app.info()))
}

/// The UI calls this once, after its first render, so the time to first paint can be reported.
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>) -> u64 {
    let ms = u64::try_from(state.started.elapsed().as_millis()).unwrap_or(u64::MAX);
    eprintln!("bay-docket: first paint after {ms} ms");
    ms
}

#[tauri::command]
pub fn get_overview(state: State<'_, AppState>) -> CmdResult<OverviewDto> {
    state.with(|app| app.overview())
}

#[tauri::command]
pub fn load_demo(state: State<'_, AppState>) -> CmdResult<DemoSummaryDto> {
    state.with(|app| app.load_demo())
}

#[tauri::command]
pub fn dismiss_demo_offer(state: State<'_, AppState>) -> CmdResult<OverviewDto> {
    state.with(|app| app.dismiss_demo_offer())
}

#[tauri::command]
pub fn remove_demo(state: State<'_, AppState>) -> CmdResult<DemoRemovalDto> {
    state.with(|app| app.remove_demo())
}
