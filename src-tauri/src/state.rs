//! The shell's managed state: the open application, or why the database could not be opened (the
//! window still opens and shows the reason), or the path the clerk named that holds no database yet
//! (the window asks before creating it).
//!
//! A command runs under the state lock inside [`guarded`]: a panic is caught at that boundary and
//! reported as an internal error, and a lock a panic poisoned is taken back, so the next command
//! works. A panic inside a database write unwinds through the open transaction, which rolls back.

use docket_app::dto::ErrorPayload;
use docket_app::{App, AppError, Locale, RandomIds, SystemClock};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

pub struct AppState {
    app: OnceLock<Mutex<App>>,
    /// Why there is no app yet: the database could not be opened, or there is none at the path the
    /// clerk gave (then `missing` is that path, and the window asks before creating it).
    failure: Option<AppError>,
    missing: Option<PathBuf>,
    /// When the process started, to report the time to first paint.
    pub started: Instant,
}

impl AppState {
    pub fn new(app: Result<App, AppError>, started: Instant) -> Self {
        let cell = OnceLock::new();
        let failure = match app {
            Ok(app) => {
                let _ = cell.set(Mutex::new(app));
                None
            }
            Err(e) => Some(e),
        };
        Self {
            app: cell,
            failure,
            missing: None,
            started,
        }
    }

    /// No database at `path`, which the clerk named: the window asks before creating one there.
    pub fn missing(path: PathBuf, started: Instant) -> Self {
        Self {
            app: OnceLock::new(),
            failure: Some(AppError::NoDatabase {
                path: path.display().to_string(),
            }),
            missing: Some(path),
            started,
        }
    }

    /// Creates the database the clerk agreed to (see [`AppState::missing`]) and opens it.
    pub fn create_missing(&self) -> Result<(), ErrorPayload> {
        if self.app.get().is_some() {
            return Ok(());
        }
        let refuse = |e: AppError| ErrorPayload::new(Locale::default(), e);
        let Some(path) = &self.missing else {
            return Err(refuse(self.failure.clone().unwrap_or(AppError::Internal {
                detail: "there is no database to create".to_owned(),
            })));
        };
        let app = App::open(path, Arc::new(SystemClock), Arc::new(RandomIds)).map_err(refuse)?;
        eprintln!("bay-docket: created the database {}", path.display());
        let _ = self.app.set(Mutex::new(app));
        Ok(())
    }

    /// Runs a use case against the app and turns any error into the payload the UI shows.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut App) -> Result<T, AppError>,
    ) -> Result<T, ErrorPayload> {
        let Some(mutex) = self.app.get() else {
            let e = self.failure.clone().unwrap_or(AppError::Internal {
                detail: "the database is not open".to_owned(),
            });
            return Err(ErrorPayload::new(Locale::default(), e));
        };
        guarded(mutex, f, |app, e| {
            if let AppError::Internal { detail } = &e {
                eprintln!("bay-docket: internal error: {detail}");
            }
            app.localize(e)
        })
    }
}

/// Runs `f` on the state behind `mutex`. A poisoned lock is recovered (the state a panic left is
/// still a consistent value: every change to the database is one transaction); a panic in `f` is
/// caught and becomes [`AppError::Interrupted`]. `report` turns an error into what the caller
/// returns, given the state.
pub fn guarded<S, T, E>(
    mutex: &Mutex<S>,
    f: impl FnOnce(&mut S) -> Result<T, AppError>,
    report: impl FnOnce(&S, AppError) -> E,
) -> Result<T, E> {
    let mut state = mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut state)));
    match outcome {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(report(&state, e)),
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            eprintln!("bay-docket: a command panicked: {detail}");
            Err(report(&state, AppError::Interrupted { detail }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::guarded;
    use docket_app::AppError;
    use std::sync::Mutex;

    fn run<T>(
        m: &Mutex<Vec<u32>>,
        f: impl FnOnce(&mut Vec<u32>) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        guarded(m, f, |_, e| e)
    }

    #[test]
    fn a_panicking_command_leaves_the_next_command_working() {
        let state = Mutex::new(vec![1]);
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let failed = run(&state, |s: &mut Vec<u32>| -> Result<(), AppError> {
            s.push(2);
            let empty: Vec<u32> = Vec::new();
            // An index out of bounds, as a bug in a use case would.
            let i = s.len() + 10;
            s.push(empty[i]);
            Ok(())
        });
        std::panic::set_hook(hook);
        match failed {
            Err(AppError::Interrupted { detail }) => {
                assert!(detail.contains("index out of bounds"))
            }
            other => panic!("expected an interrupted command, got {other:?}"),
        }
        // The lock is not left poisoned for the next command.
        assert_eq!(run(&state, |s| Ok(s.len())), Ok(2));
        assert_eq!(
            run(&state, |_| -> Result<(), AppError> {
                Err(AppError::NoDataFolder)
            }),
            Err(AppError::NoDataFolder)
        );
    }

    #[test]
    fn a_lock_poisoned_elsewhere_is_recovered() {
        let state = std::sync::Arc::new(Mutex::new(vec![7]));
        let other = std::sync::Arc::clone(&state);
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let _ = std::thread::spawn(move || {
            let _guard = other.lock();
            panic!("poison the lock");
        })
        .join();
        std::panic::set_hook(hook);
        assert!(state.is_poisoned());
        assert_eq!(run(&state, |s| Ok(s[0])), Ok(7));
    }
}
