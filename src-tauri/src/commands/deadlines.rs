//! Deadlines and holiday calendars.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{
    CalendarEditDto, CalendarMonthDto, CaseDeadlineDto, DeadlineDto, DeadlineInputDto,
    HolidayImportDto, HolidayImportPreviewDto, HolidayStatusDto, RuleSetDto, TimeLimitDto,
    TimeLimitInputDto, WeatherEventDto, WeatherInputDto,
};
use tauri::State;

#[tauri::command]
pub fn rule_sets(state: State<'_, AppState>) -> CmdResult<Vec<RuleSetDto>> {
    state.with(|app| Ok(app.rule_sets()))
}

#[tauri::command]
pub fn compute_deadline(
    state: State<'_, AppState>,
    input: DeadlineInputDto,
) -> CmdResult<DeadlineDto> {
    state.with(|app| app.compute_deadline(&input))
}

/// Which official holiday lists are loaded, and which the clerk should load now.
#[tauri::command]
pub fn holiday_status(state: State<'_, AppState>) -> CmdResult<HolidayStatusDto> {
    state.with(|app| app.holiday_status())
}

#[tauri::command]
pub fn calendar_month(
    state: State<'_, AppState>,
    calendar: String,
    year: i32,
    month: u32,
) -> CmdResult<CalendarMonthDto> {
    state.with(|app| app.calendar_month(&calendar, year, month))
}

#[tauri::command]
pub fn list_case_deadlines(state: State<'_, AppState>) -> CmdResult<Vec<CaseDeadlineDto>> {
    state.with(|app| app.list_case_deadlines())
}

#[tauri::command]
pub fn override_deadline(
    state: State<'_, AppState>,
    id: String,
    date: String,
    reason: String,
) -> CmdResult<CaseDeadlineDto> {
    state.with(|app| app.override_deadline(&id, &date, &reason))
}

#[tauri::command]
pub fn add_weather(
    state: State<'_, AppState>,
    input: WeatherInputDto,
) -> CmdResult<WeatherEventDto> {
    state.with(|app| app.add_weather(&input))
}

#[tauri::command]
pub fn list_weather(state: State<'_, AppState>) -> CmdResult<Vec<WeatherEventDto>> {
    state.with(|app| app.list_weather())
}

/// The page reads the file the clerk picked and sends its bytes: no file-system permission is needed.
#[tauri::command]
pub fn import_holidays(
    state: State<'_, AppState>,
    calendar: String,
    bytes: Vec<u8>,
    name: String,
    year: Option<i32>,
    confirm: bool,
) -> CmdResult<HolidayImportDto> {
    state.with(|app| app.import_holidays(&calendar, &bytes, &name, year, confirm))
}

/// What importing the picked file would add, change and remove; nothing is written.
#[tauri::command]
pub fn preview_holiday_import(
    state: State<'_, AppState>,
    calendar: String,
    bytes: Vec<u8>,
    year: Option<i32>,
) -> CmdResult<HolidayImportPreviewDto> {
    state.with(|app| app.preview_holiday_import(&calendar, &bytes, year))
}

#[tauri::command]
pub fn time_limits(state: State<'_, AppState>) -> CmdResult<Vec<TimeLimitDto>> {
    state.with(|app| app.time_limits())
}

#[tauri::command]
pub fn set_time_limit(
    state: State<'_, AppState>,
    input: TimeLimitInputDto,
) -> CmdResult<TimeLimitDto> {
    state.with(|app| app.set_time_limit(&input))
}

/// The listed days of one year of a calendar.
#[tauri::command]
pub fn list_holidays(
    state: State<'_, AppState>,
    calendar: String,
    year: i32,
) -> CmdResult<docket_app::dto::HolidayYearDto> {
    state.with(|app| app.list_holidays(&calendar, year))
}

/// The centre's closure days.
#[tauri::command]
pub fn closure_days(state: State<'_, AppState>) -> CmdResult<Vec<docket_app::dto::ClosureDayDto>> {
    state.with(|app| app.closure_days())
}

/// What a change to a calendar or the closure days would do, and which deadlines it would move.
#[tauri::command]
pub fn preview_calendar_edit(
    state: State<'_, AppState>,
    edit: CalendarEditDto,
) -> CmdResult<docket_app::dto::CalendarEditPreviewDto> {
    state.with(|app| app.preview_calendar_edit(&edit))
}

/// Makes the change (audited); the answer carries the change that undoes it.
#[tauri::command]
pub fn edit_calendar(
    state: State<'_, AppState>,
    edit: CalendarEditDto,
) -> CmdResult<docket_app::dto::CalendarEditDoneDto> {
    state.with(|app| app.edit_calendar(&edit))
}
