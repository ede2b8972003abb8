//! Cross-crate scenarios over `docket_app` on real SQLite files with a fixed clock: what a clerk would
//! notice across restarts of the app.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod database;
mod demo;
mod holidays;
