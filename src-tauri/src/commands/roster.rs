//! The roster of mediators and arbitrators, parties and counsel, appointments and conflict checks.

use super::CmdResult;
use crate::state::AppState;
use docket_app::dto::{
    AppointmentDatesDto, AppointmentDto, CandidateDto, CasePartyDto, CasePartyInputDto,
    ConflictRecordInputDto, ConflictReportDto, ConflictRuleDto, ConnectionDto, ConnectionInputDto,
    CounselDto, CounselInputDto, FeeCapDto, FindNeutralDto, FirmDto, FirmInputDto,
    NeutralDetailDto, NeutralDto, NeutralInputDto, NeutralQueryDto, PartyDetailDto, PartyDto,
    PartyEditedDto, PartyInputDto, ProposalDto,
};
use tauri::State;

#[tauri::command]
pub fn list_neutrals(
    state: State<'_, AppState>,
    query: NeutralQueryDto,
) -> CmdResult<Vec<NeutralDto>> {
    state.with(|app| app.list_neutrals(&query))
}

#[tauri::command]
pub fn neutral_detail(state: State<'_, AppState>, id: String) -> CmdResult<NeutralDetailDto> {
    state.with(|app| app.neutral_detail(&id))
}

#[tauri::command]
pub fn create_neutral(
    state: State<'_, AppState>,
    input: NeutralInputDto,
) -> CmdResult<NeutralDetailDto> {
    state.with(|app| app.create_neutral(input))
}

#[tauri::command]
pub fn update_neutral(
    state: State<'_, AppState>,
    id: String,
    input: NeutralInputDto,
) -> CmdResult<NeutralDetailDto> {
    state.with(|app| app.update_neutral(&id, input))
}

#[tauri::command]
pub fn list_parties(state: State<'_, AppState>, text: Option<String>) -> CmdResult<Vec<PartyDto>> {
    state.with(|app| app.list_parties(text.as_deref()))
}

#[tauri::command]
pub fn create_party(state: State<'_, AppState>, input: PartyInputDto) -> CmdResult<PartyDto> {
    state.with(|app| app.create_party(input))
}

#[tauri::command]
pub fn update_party(
    state: State<'_, AppState>,
    id: String,
    input: PartyInputDto,
) -> CmdResult<PartyEditedDto> {
    state.with(|app| app.update_party(&id, input))
}

#[tauri::command]
pub fn update_firm(
    state: State<'_, AppState>,
    id: String,
    input: FirmInputDto,
) -> CmdResult<FirmDto> {
    state.with(|app| app.update_firm(&id, input))
}

#[tauri::command]
pub fn update_counsel(
    state: State<'_, AppState>,
    id: String,
    input: CounselInputDto,
) -> CmdResult<CounselDto> {
    state.with(|app| app.update_counsel(&id, input))
}

#[tauri::command]
pub fn party_detail(state: State<'_, AppState>, id: String) -> CmdResult<PartyDetailDto> {
    state.with(|app| app.party_detail(&id))
}

#[tauri::command]
pub fn list_firms(state: State<'_, AppState>) -> CmdResult<Vec<FirmDto>> {
    state.with(|app| app.list_firms())
}

#[tauri::command]
pub fn create_firm(state: State<'_, AppState>, input: FirmInputDto) -> CmdResult<FirmDto> {
    state.with(|app| app.create_firm(input))
}

#[tauri::command]
pub fn list_counsel(state: State<'_, AppState>) -> CmdResult<Vec<CounselDto>> {
    state.with(|app| app.list_counsel())
}

#[tauri::command]
pub fn create_counsel(state: State<'_, AppState>, input: CounselInputDto) -> CmdResult<CounselDto> {
    state.with(|app| app.create_counsel(input))
}

#[tauri::command]
pub fn set_case_party(
    state: State<'_, AppState>,
    input: CasePartyInputDto,
) -> CmdResult<Vec<CasePartyDto>> {
    state.with(|app| app.set_case_party(input))
}

#[tauri::command]
pub fn add_connection(
    state: State<'_, AppState>,
    input: ConnectionInputDto,
) -> CmdResult<ConnectionDto> {
    state.with(|app| app.add_connection(input))
}

#[tauri::command]
pub fn check_conflicts(
    state: State<'_, AppState>,
    input: ProposalDto,
) -> CmdResult<ConflictReportDto> {
    state.with(|app| app.check_conflicts(&input))
}

#[tauri::command]
pub fn propose_appointment(
    state: State<'_, AppState>,
    input: ProposalDto,
) -> CmdResult<ConflictReportDto> {
    state.with(|app| app.propose_appointment(&input))
}

#[tauri::command]
pub fn record_conflict(
    state: State<'_, AppState>,
    input: ConflictRecordInputDto,
) -> CmdResult<ConflictReportDto> {
    state.with(|app| app.record_conflict(&input))
}

#[tauri::command]
pub fn set_appointment_dates(
    state: State<'_, AppState>,
    input: AppointmentDatesDto,
) -> CmdResult<AppointmentDto> {
    state.with(|app| app.set_appointment_dates(&input))
}

#[tauri::command]
pub fn find_neutrals(
    state: State<'_, AppState>,
    input: FindNeutralDto,
) -> CmdResult<Vec<CandidateDto>> {
    state.with(|app| app.find_neutrals(&input))
}

#[tauri::command]
pub fn conflict_rules(state: State<'_, AppState>) -> CmdResult<Vec<ConflictRuleDto>> {
    state.with(|app| app.conflict_rules())
}

/// Every version of every conflict rule, newest first per rule.
#[tauri::command]
pub fn conflict_rule_versions(state: State<'_, AppState>) -> CmdResult<Vec<ConflictRuleDto>> {
    state.with(|app| app.conflict_rule_versions())
}

/// A new version of a conflict rule from a date (audited).
#[tauri::command]
pub fn set_conflict_rule(
    state: State<'_, AppState>,
    input: docket_app::dto::ConflictRuleInputDto,
) -> CmdResult<ConflictRuleDto> {
    state.with(|app| app.set_conflict_rule(&input))
}

#[tauri::command]
pub fn fee_caps(state: State<'_, AppState>) -> CmdResult<Vec<FeeCapDto>> {
    state.with(|app| app.fee_caps())
}

/// A new fee cap of an institution from a date (audited).
#[tauri::command]
pub fn set_fee_cap(
    state: State<'_, AppState>,
    input: docket_app::dto::FeeCapInputDto,
) -> CmdResult<FeeCapDto> {
    state.with(|app| app.set_fee_cap(&input))
}

#[tauri::command]
pub fn last_clerk_name(state: State<'_, AppState>) -> CmdResult<Option<String>> {
    state.with(|app| app.last_clerk_name())
}

/// The ISO 3166-1 country codes a nationality may take.
#[tauri::command]
pub fn country_codes(state: State<'_, AppState>) -> CmdResult<Vec<String>> {
    state.with(|app| Ok(app.country_codes()))
}
