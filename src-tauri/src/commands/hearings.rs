//! Hearings: list in a display zone, book with checks, move, cancel, the slot finder, and the rooms
//! and venues they are held in.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{
    HearingCheckDto, HearingDto, HearingEditDto, HearingInputDto, MoveHearingDto, SlotQueryDto,
    SlotsDto, TimeZoneDto, TzKeepDto, TzReviewDto, TzStatusDto, ZoneClockDto,
};
use docket_app::dto::{VenueDto, VenueInputDto};
use tauri::State;

#[tauri::command]
pub fn list_hearings(
    state: State<'_, AppState>,
    from: Option<String>,
    to: Option<String>,
    display_zone: Option<String>,
) -> CmdResult<Vec<HearingDto>> {
    state.with(|app| app.hearings_between(from.as_deref(), to.as_deref(), display_zone.as_deref()))
}

#[tauri::command]
pub fn schedule_hearing(
    state: State<'_, AppState>,
    input: HearingInputDto,
) -> CmdResult<HearingCheckDto> {
    state.with(|app| app.schedule_hearing(&input))
}

#[tauri::command]
pub fn move_hearing(
    state: State<'_, AppState>,
    input: MoveHearingDto,
) -> CmdResult<HearingCheckDto> {
    state.with(|app| app.move_hearing(&input))
}

#[tauri::command]
pub fn cancel_hearing(state: State<'_, AppState>, id: String) -> CmdResult<HearingDto> {
    state.with(|app| app.cancel_hearing(&id))
}

#[tauri::command]
pub fn update_hearing(
    state: State<'_, AppState>,
    input: HearingEditDto,
) -> CmdResult<HearingCheckDto> {
    state.with(|app| app.update_hearing(&input))
}

#[tauri::command]
pub fn remove_hearing(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.with(|app| app.remove_hearing(&id))
}

#[tauri::command]
pub fn restore_hearing(state: State<'_, AppState>, id: String) -> CmdResult<HearingCheckDto> {
    state.with(|app| app.restore_hearing(&id))
}

#[tauri::command]
pub fn hearing_conflicts(state: State<'_, AppState>, id: String) -> CmdResult<HearingCheckDto> {
    state.with(|app| app.hearing_conflicts(&id))
}

#[tauri::command]
pub fn find_slots(state: State<'_, AppState>, query: SlotQueryDto) -> CmdResult<SlotsDto> {
    state.with(|app| app.find_slots(&query))
}

/// The rooms and venues still in use, and the retired ones too when asked.
#[tauri::command]
pub fn list_venues(
    state: State<'_, AppState>,
    include_retired: Option<bool>,
) -> CmdResult<Vec<VenueDto>> {
    state.with(|app| app.list_venues(include_retired.unwrap_or(false)))
}

#[tauri::command]
pub fn create_venue(state: State<'_, AppState>, input: VenueInputDto) -> CmdResult<VenueDto> {
    state.with(|app| app.create_venue(&input))
}

/// Replaces what the clerk typed about the venue `code` (its code does not change).
#[tauri::command]
pub fn update_venue(
    state: State<'_, AppState>,
    code: String,
    input: VenueInputDto,
) -> CmdResult<VenueDto> {
    state.with(|app| app.update_venue(&code, &input))
}

/// Retires a room from today: refused while hearings are still to be held in it.
#[tauri::command]
pub fn retire_venue(state: State<'_, AppState>, code: String) -> CmdResult<VenueDto> {
    state.with(|app| app.retire_venue(&code))
}

#[tauri::command]
pub fn set_hearing_status(
    state: State<'_, AppState>,
    id: String,
    status: String,
) -> CmdResult<HearingDto> {
    state.with(|app| app.set_hearing_status(&id, &status))
}

#[tauri::command]
pub fn export_ics(
    state: State<'_, AppState>,
    query: docket_app::dto::IcsExportDto,
) -> CmdResult<docket_app::dto::IcsFileDto> {
    state.with(|app| app.export_ics(&query))
}

/// Writes the calendar into the user's Downloads folder (the window has no file-system access).
#[tauri::command]
pub fn save_ics(
    state: State<'_, AppState>,
    query: docket_app::dto::IcsExportDto,
) -> CmdResult<docket_app::dto::IcsSavedDto> {
    state.with(|app| {
        let dir =
            docket_app::paths::export_dir(app.info().db_path.as_deref().map(std::path::Path::new));
        app.save_ics(&query, &dir)
    })
}

#[tauri::command]
pub fn check_ics(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
) -> CmdResult<docket_app::dto::IcsCheckDto> {
    state.with(|app| Ok(app.check_ics(&bytes)))
}

#[tauri::command]
pub fn import_busy(
    state: State<'_, AppState>,
    neutral_id: String,
    bytes: Vec<u8>,
    name: String,
    floating_zone: Option<String>,
) -> CmdResult<docket_app::dto::BusyImportDto> {
    state.with(|app| app.import_busy(&neutral_id, &bytes, &name, floating_zone.as_deref()))
}

#[tauri::command]
pub fn tz_status(state: State<'_, AppState>) -> CmdResult<TzStatusDto> {
    state.with(|app| app.tz_status())
}

#[tauri::command]
pub fn tz_reviews(state: State<'_, AppState>) -> CmdResult<Vec<TzReviewDto>> {
    state.with(|app| app.tz_reviews())
}

#[tauri::command]
pub fn decide_tz_review(
    state: State<'_, AppState>,
    id: String,
    keep: TzKeepDto,
) -> CmdResult<Vec<TzReviewDto>> {
    state.with(|app| app.decide_tz_review(&id, keep))
}

#[tauri::command]
pub fn zone_clock(
    state: State<'_, AppState>,
    date: String,
    from_zone: String,
    to_zone: String,
    first_hour: u32,
    last_hour: u32,
) -> CmdResult<ZoneClockDto> {
    state.with(|app| app.zone_clock(&date, &from_zone, &to_zone, first_hour, last_hour))
}

/// Every canonical zone of the tz rules in force, with its countries and its offset now.
#[tauri::command]
pub fn time_zones(state: State<'_, AppState>) -> CmdResult<Vec<TimeZoneDto>> {
    state.with(|app| Ok(app.time_zones()))
}
