//! Build script: compiles the Tauri context and makes the capability file the real allow-list of
//! the app's own commands (a command not listed in `capabilities/` cannot be invoked).

const COMMANDS: &[&str] = &[
    "app_info",
    "ui_ready",
    "get_settings",
    "set_language",
    "get_overview",
    "load_demo",
    "dismiss_demo_offer",
    "list_neutrals",
    "neutral_detail",
    "create_neutral",
    "update_neutral",
    "list_parties",
    "create_party",
    "party_detail",
    "list_firms",
    "create_firm",
    "list_counsel",
    "create_counsel",
    "set_case_party",
    "add_connection",
    "check_conflicts",
    "propose_appointment",
    "record_conflict",
    "set_appointment_dates",
    "find_neutrals",
    "conflict_rules",
    "fee_caps",
    "last_clerk_name",
    "list_cases",
    "list_hearings",
    "rule_sets",
    "compute_deadline",
    "calendar_month",
    "create_case",
    "case_detail",
    "advance_case",
    "list_case_deadlines",
    "override_deadline",
    "add_weather",
    "list_weather",
    "import_holidays",
    "time_limits",
    "set_time_limit",
    "change_event_date",
];

fn main() -> Result<(), String> {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .map_err(|e| format!("tauri build step failed: {e:#}"))
}
