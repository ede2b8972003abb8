//! The clerk's name: kept in the settings, recorded with every change (each audit entry names who
//! made it, read by the store in the same transaction), and offered as the signature of conflict
//! records, documents and notes.

use crate::App;
use crate::dto::SettingsDto;
use crate::error::{AppError, Expected, FieldProblemReason};
use docket_store::repo::{self, settings::CLERK_NAME};
use docket_store::{StoreError, Transaction};

/// The longest name kept, in characters.
pub const MAX_CLERK_NAME: usize = 80;

/// The field a refused name is reported under.
const FIELD: &str = "clerk_name";

/// A name as the clerk typed it: trimmed, 1 to 80 characters, on one line (no control characters,
/// nor the marks that reverse the direction of text around them).
pub(crate) fn check_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::field(FIELD, FieldProblemReason::Required));
    }
    if name.chars().count() > MAX_CLERK_NAME {
        return Err(AppError::field(
            FIELD,
            FieldProblemReason::TooLong {
                max: MAX_CLERK_NAME as u32,
            },
        ));
    }
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if name.chars().any(|c| c.is_control() || bidi(c)) {
        return Err(AppError::malformed(FIELD, Expected::OneLine));
    }
    Ok(name.to_owned())
}

impl App {
    /// The clerk's name, if one is set.
    pub fn clerk_name(&self) -> Result<Option<String>, AppError> {
        Ok(self.store.read(|c| repo::settings::get(c, CLERK_NAME))?)
    }

    /// Keeps the clerk's name: every change from now on is recorded as theirs.
    pub fn set_clerk_name(&mut self, name: &str) -> Result<SettingsDto, AppError> {
        let name = check_name(name)?;
        self.store
            .write(|tx| repo::settings::set(tx, CLERK_NAME, &name))?;
        self.settings()
    }
}

/// A signature given on a record becomes the clerk's name when none is set yet and it reads as
/// one; a name already set is left as the clerk chose it.
pub(crate) fn adopt_signature(tx: &Transaction<'_>, signature: &str) -> Result<(), StoreError> {
    if repo::settings::get(tx, CLERK_NAME)?.is_some() {
        return Ok(());
    }
    match check_name(signature) {
        Ok(name) => repo::settings::set(tx, CLERK_NAME, &name),
        Err(_) => Ok(()),
    }
}
