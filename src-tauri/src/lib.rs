//! Bay Docket's desktop shell: opens the database, registers the IPC commands and runs the window.
//! All behaviour lives in `docket_app`; this crate only wires it to Tauri.

mod commands;
mod state;

use docket_app::{App, AppError, RandomIds, SystemClock};
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
        .invoke_handler(commands::table::handlers!())
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
    // A path the clerk named (flag or environment) that holds no database is a question, not a new
    // centre (the same refusal every command-line command gives); the per-user default is created on
    // first start.
    let path = docket_app::paths::resolve_db_path(db_flag(std::env::args()));
    let mut app = path.as_ref().map_err(Clone::clone).and_then(|path| {
        if docket_app::paths::default_db_path().ok().as_ref() == Some(path) {
            App::open(path, Arc::new(SystemClock), Arc::new(RandomIds))
        } else {
            App::open_existing(path, Arc::new(SystemClock), Arc::new(RandomIds))
        }
    });
    if let (Ok(path), Err(AppError::NoDatabase { .. })) = (&path, &app) {
        eprintln!("bay-docket: no database at {}: asking", path.display());
        return launch(AppState::missing(path.clone(), started));
    }
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
    launch(AppState::new(app, started))
}

/// Opens the window on `state`.
fn launch(state: AppState) -> ExitCode {
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
