//! What the use-case tests share: an app on an in-memory database with the clock fixed at
//! 2026-11-24 02:00 UTC and sequential ids, empty or with the demo centre loaded.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::{App, FixedClock, SequentialIds};
use std::sync::Arc;

/// An empty centre.
pub(crate) fn app() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}

/// The demo centre.
pub(crate) fn demo() -> App {
    let mut app = app();
    app.load_demo().unwrap();
    app
}

/// The reference of the first listed case that has hearings.
pub(crate) fn case_with_hearings(app: &App) -> String {
    app.list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.hearings > 0)
        .unwrap()
        .reference
}
