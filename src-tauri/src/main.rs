//! Bay Docket's desktop entry point: everything happens in `bay_docket_lib::run`.

// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    bay_docket_lib::run()
}
