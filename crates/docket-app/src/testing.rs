//! What the use-case tests share: an app with the clock fixed at 2026-11-24 02:00 UTC, on an
//! in-memory database with sequential ids (empty or with the demo centre loaded) or on a file with
//! random ids, and a few cases opened the same way.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::dto::NewCaseDto;
use crate::{App, FixedClock, RandomIds, SequentialIds};
use std::path::Path;
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

/// A centre in the file `docket.sqlite3` in `dir`, at the same fixed time, with random ids.
pub(crate) fn app_in(dir: &Path) -> App {
    App::open(
        &dir.join("docket.sqlite3"),
        Arc::new(FixedClock("2026-11-24T02:00:00Z".parse().unwrap())),
        Arc::new(RandomIds),
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

/// Opens the case `reference` under `model`, filed on 2026-11-02, with no amount in dispute.
pub(crate) fn open_case(app: &mut App, reference: &str, model: &str) {
    app.create_case(&NewCaseDto {
        reference: reference.into(),
        title_en: "Kowloon Textiles Ltd v Futian Trading Co.".into(),
        title_zh: "九龍紡織有限公司 訴 福田貿易有限公司".into(),
        model: model.into(),
        filed_on: "2026-11-02".into(),
        language: "en".into(),
        amount: None,
        currency: None,
        confirm: false,
    })
    .unwrap();
}
