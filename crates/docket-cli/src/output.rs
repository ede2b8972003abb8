//! What a command prints on stdout: one line at a time (a closed pipe ends the program quietly), and
//! a result either as the same DTO JSON the desktop UI receives or as lines for the clerk.

use docket_app::AppError;
use serde::Serialize;

/// Prints `value` as JSON, or as `human` shows it.
pub(crate) fn render<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce(&T),
) -> Result<(), AppError> {
    if json {
        print_json(value)
    } else {
        human(value);
        Ok(())
    }
}

pub(crate) fn print_json<T: Serialize>(value: &T) -> Result<(), AppError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| AppError::Internal {
        detail: e.to_string(),
    })?;
    out!("{text}");
    Ok(())
}

/// Writes a line to stdout and exits quietly if the reader has gone away.
pub(crate) fn emit(line: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{line}").is_err() {
        std::process::exit(0);
    }
}
