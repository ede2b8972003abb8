//! Bay Docket's desktop shell: opens the database, registers the IPC commands and runs the window.
//! All behaviour lives in `docket_app`; this crate only wires it to Tauri.

mod commands;
mod state;

use docket_app::{App, RandomIds, SystemClock};
use state::AppState;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Adds Bay Docket's state and commands to a Tauri builder (generic so tests can use a mock runtime).
pub fn builder<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    state: AppState,
) -> tauri::Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::ui_ready,
            commands::app::get_overview,
            commands::app::load_demo,
            commands::app::dismiss_demo_offer,
            commands::settings::get_settings,
            commands::settings::set_language,
            commands::roster::list_neutrals,
            commands::roster::neutral_detail,
            commands::roster::create_neutral,
            commands::roster::update_neutral,
            commands::roster::list_parties,
            commands::roster::create_party,
            commands::roster::party_detail,
            commands::roster::list_firms,
            commands::roster::create_firm,
            commands::roster::list_counsel,
            commands::roster::create_counsel,
            commands::roster::set_case_party,
            commands::roster::add_connection,
            commands::roster::check_conflicts,
            commands::roster::propose_appointment,
            commands::roster::record_conflict,
            commands::roster::set_appointment_dates,
            commands::roster::find_neutrals,
            commands::roster::conflict_rules,
            commands::roster::fee_caps,
            commands::roster::last_clerk_name,
            commands::cases::list_cases,
            commands::cases::create_case,
            commands::prep::prepare_case,
            commands::prep::set_checklist_template,
            commands::prep::checklist_templates,
            commands::prep::update_checklist_item,
            commands::prep::add_document,
            commands::prep::set_document_confidential,
            commands::prep::set_bundle,
            commands::prep::export_bundle,
            commands::prep::add_note,
            commands::prep::search,
            commands::prep::export_package,
            commands::prep::import_package,
            commands::cases::preview_case,
            commands::cases::case_detail,
            commands::cases::advance_case,
            commands::cases::change_event_date,
            commands::deadlines::list_case_deadlines,
            commands::deadlines::override_deadline,
            commands::deadlines::add_weather,
            commands::deadlines::list_weather,
            commands::deadlines::import_holidays,
            commands::deadlines::holiday_status,
            commands::deadlines::preview_holiday_import,
            commands::deadlines::time_limits,
            commands::deadlines::set_time_limit,
            commands::hearings::list_hearings,
            commands::settings::create_backup,
            commands::settings::list_backups,
            commands::settings::restore_backup,
            commands::hearings::check_ics,
            commands::hearings::import_busy,
            commands::hearings::save_ics,
            commands::hearings::export_ics,
            commands::hearings::set_hearing_status,
            commands::hearings::list_venues,
            commands::hearings::schedule_hearing,
            commands::hearings::move_hearing,
            commands::hearings::cancel_hearing,
            commands::hearings::hearing_conflicts,
            commands::hearings::find_slots,
            commands::hearings::tz_status,
            commands::hearings::tz_reviews,
            commands::hearings::decide_tz_review,
            commands::hearings::zone_clock,
            commands::deadlines::rule_sets,
            commands::deadlines::compute_deadline,
            commands::deadlines::calendar_month,
        ])
}

/// `--db PATH` or `--db=PATH` from the command line, if given.
fn db_flag(args: impl Iterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.skip(1);
    while let Some(a) = args.next() {
        if a == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(p) = a.strip_prefix("--db=") {
            return Some(PathBuf::from(p));
        }
    }
    None
}

/// Opens the database (flag, then `BAY_DOCKET_DB`, then the per-user data folder) and runs the app.
pub fn run() -> ExitCode {
    let started = std::time::Instant::now();
    // The tz rules in force (the newer of the system's and the bundled copy) before any time is read.
    let tz = docket_app::tzdata::init();
    eprintln!(
        "bay-docket: tz database {} ({}), chosen in {} µs",
        tz.version,
        tz.source.as_str(),
        started.elapsed().as_micros()
    );
    let mut app = docket_app::paths::resolve_db_path(db_flag(std::env::args()))
        .and_then(|path| App::open(&path, Arc::new(SystemClock), Arc::new(RandomIds)));
    match &mut app {
        Ok(a) => {
            eprintln!(
                "bay-docket: database {}",
                a.info().db_path.unwrap_or_default()
            );
            // One automatic backup a day, the last seven kept: written by a second connection on
            // its own thread, so the window opens at once even with a gigabyte of documents (the
            // online backup restarts by itself if the clerk saves something meanwhile).
            if let Some(db) = a.info().db_path.map(std::path::PathBuf::from) {
                std::thread::spawn(move || {
                    let result = App::open(&db, Arc::new(SystemClock), Arc::new(RandomIds))
                        .and_then(|b| b.daily_backup());
                    if let Err(e) = result {
                        eprintln!("bay-docket: daily backup failed: {e}");
                    }
                });
            }
            // A new tz database can move a future hearing's instant: flag those for the clerk.
            match a.review_time_zones() {
                Ok(0) => {}
                Ok(n) => eprintln!(
                    "bay-docket: {n} future hearing(s) flagged: the tz database moved them"
                ),
                Err(e) => eprintln!("bay-docket: tz review failed: {e}"),
            }
        }
        Err(e) => eprintln!("bay-docket: {e}"),
    }
    let state = AppState::new(app, started);
    match builder(tauri::Builder::default(), state).run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bay-docket: the window could not be started: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::db_flag;
    use std::path::PathBuf;

    fn args(a: &[&str]) -> impl Iterator<Item = String> {
        a.iter()
            .map(|s| (*s).to_owned())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn the_db_flag_is_read_in_both_forms() {
        assert_eq!(
            db_flag(args(&["app", "--db", "/tmp/x.sqlite3"])),
            Some(PathBuf::from("/tmp/x.sqlite3"))
        );
        assert_eq!(
            db_flag(args(&["app", "--db=/tmp/y.sqlite3"])),
            Some(PathBuf::from("/tmp/y.sqlite3"))
        );
        assert_eq!(db_flag(args(&["app"])), None);
    }
}
