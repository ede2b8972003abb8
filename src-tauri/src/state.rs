//! The shell's managed state: the open application, or why the database could not be opened (the
//! window still opens and shows the reason).

use docket_app::dto::ErrorPayload;
use docket_app::{App, AppError, Locale};
use std::sync::Mutex;
use std::time::Instant;

pub struct AppState {
    app: Result<Mutex<App>, AppError>,
    /// When the process started, to report the time to first paint.
    pub started: Instant,
}

impl AppState {
    pub fn new(app: Result<App, AppError>, started: Instant) -> Self {
        Self {
            app: app.map(Mutex::new),
            started,
        }
    }

    /// Runs a use case against the app and turns any error into the payload the UI shows.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut App) -> Result<T, AppError>,
    ) -> Result<T, ErrorPayload> {
        let mutex = self
            .app
            .as_ref()
            .map_err(|e| ErrorPayload::new(Locale::default(), e.clone()))?;
        let mut app = mutex.lock().map_err(|_| {
            ErrorPayload::new(
                Locale::default(),
                AppError::Internal {
                    detail: "application state lock poisoned".to_owned(),
                },
            )
        })?;
        f(&mut app).map_err(|e| {
            if let AppError::Internal { detail } = &e {
                eprintln!("bay-docket: internal error: {detail}");
            }
            app.localize(e)
        })
    }
}
