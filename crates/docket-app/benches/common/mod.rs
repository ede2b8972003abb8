//! What the benchmarks on a built centre share: an open case as the store holds it, and the app
//! opened on the centre's file with the clock fixed at 2026-11-24 02:00 UTC and sequential ids.

use docket_app::{App, FixedClock, SequentialIds};
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::id::CaseId;
use docket_domain::text::Bilingual;
use docket_domain::time::CivilDate;
use docket_domain::workflow::{Procedure, Stage};
use std::path::Path;
use std::sync::Arc;

/// An open HKIAC arbitration filed on `filed`, in English, at its first stage, with no amount.
pub fn open_case(id: CaseId, reference: String, title: Bilingual, filed: CivilDate) -> Case {
    Case {
        id,
        reference,
        title,
        model: CaseModel::HkiacArbitration,
        status: CaseStatus::Open,
        filed_on: filed,
        language: "en".into(),
        stage: Stage::ArbitrationFiled,
        stage_date: filed,
        amount_minor: None,
        currency: None,
        procedure: Procedure::Ordinary,
    }
}

/// The app on the centre at `path`, on 2026-11-24 at 02:00 UTC.
pub fn open_app(path: &Path) -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::open(
        path,
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}
