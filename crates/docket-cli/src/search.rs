//! `docket search`: one search over cases, parties, neutrals, documents and notes, in either script.

use crate::output::render;
use docket_app::{App, AppError};

/// Runs `docket search TEXT`.
pub fn search(app: &mut App, text: &str, json: bool) -> Result<(), AppError> {
    let hits = app.search(text)?;
    render(json, &hits, |hits| {
        for h in hits {
            out!("{:<9} {:<18} {}", h.kind, h.case_reference, h.label);
        }
    })
}
