//! The IPC commands, grouped by area. Each converts its arguments, calls `docket_app`, and returns
//! the DTO or the localized error payload. These functions are the table of commands: `cargo xtask
//! codegen` reads them and writes `table.rs`, the capability file and the UI's typed `commands`.

pub mod app;
pub mod cases;
pub mod deadlines;
pub mod hearings;
pub mod prep;
pub mod roster;
pub mod search;
pub mod settings;
pub mod sheets;
pub mod table;

/// What every command returns.
pub type CmdResult<T> = Result<T, docket_app::dto::ErrorPayload>;
