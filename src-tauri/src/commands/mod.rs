//! The IPC commands, grouped by area. Each converts its arguments, calls `docket_app`, and returns
//! the DTO or the localized error payload.

pub mod app;
pub mod cases;
pub mod deadlines;
pub mod hearings;
pub mod prep;
pub mod roster;
pub mod settings;

/// What every command returns.
pub type CmdResult<T> = Result<T, docket_app::dto::ErrorPayload>;
