//! `docket`: Bay Docket's command line. Parses arguments, opens the database, runs one use case, and
//! prints a table (or the same DTO JSON the desktop UI receives, with `--json`). Each command is
//! defined and run in its area's module: roster, cases, deadlines, holidays, hearings, prep, search,
//! settings.

/// Writes one line to stdout; a closed pipe (`docket ... | head`) is not an error.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::emit(&format!($($arg)*))
    };
}

mod cases;
mod cli;
mod deadlines;
mod hearings;
mod holidays;
mod output;
mod prep;
mod removal;
mod roster;
mod search;
mod server;
mod settings;
mod sheets;
mod table;
mod venues;

use clap::Parser;
use cli::{Cli, Command};
use docket_app::{App, AppError, Locale, RandomIds, SystemClock};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let requested = cli.lang.as_deref().and_then(Locale::parse);
    let db = match docket_app::paths::resolve_db_path(cli.db.clone()) {
        Ok(p) => p,
        Err(e) => return fail(requested.unwrap_or_else(env_locale), e),
    };
    // The centre server's commands talk to PostgreSQL only; they need no local database.
    if let Command::Server { command } = cli.command {
        return server::run(requested.unwrap_or_else(env_locale), command);
    }
    docket_app::tzdata::init();
    // Only `init` creates a database; every other command refuses a path that holds none.
    let open = if matches!(cli.command, Command::Init) {
        App::open
    } else {
        App::open_existing
    };
    let mut app = match open(&db, Arc::new(SystemClock), Arc::new(RandomIds)) {
        Ok(app) => app,
        Err(e) => return fail(requested.unwrap_or_else(env_locale), e),
    };
    let locale = requested
        .or_else(|| app.saved_locale().ok().flatten())
        .unwrap_or_else(env_locale);
    app.use_locale_for_session(locale);
    // A fault inside the app ends the command with a sentence in the clerk's language, not a Rust
    // panic message; the details go to stderr for the log, as for an internal error.
    std::panic::set_hook(Box::new(|info| eprintln!("docket: {info}")));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run(&mut app, locale, cli.command)
    }));
    match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => fail(locale, e),
        Err(_) => fail(
            locale,
            AppError::Interrupted {
                detail: "the command panicked".to_owned(),
            },
        ),
    }
}

/// Runs the one command asked for, in its area's module.
fn run(app: &mut App, l: Locale, command: Command) -> Result<(), AppError> {
    match command {
        Command::Init => settings::init(app, l),
        Command::Info { json } => settings::info(app, l, json),
        Command::Language { tag } => settings::language(app, tag),
        Command::Settings { command } => settings::settings(app, l, command),
        Command::Demo { command } => settings::demo(app, l, command),
        Command::Neutrals { command } => roster::neutrals(app, l, command),
        Command::Parties { command } => roster::parties(app, l, command),
        Command::Appoint { command } => roster::appoint(app, l, command),
        Command::Conflicts { command } => roster::conflicts(app, l, command),
        Command::Fees { command } => roster::fees(app, l, command),
        Command::Cases { command } => cases::cases(app, l, command),
        Command::Limits { command } => deadlines::limits(app, l, command),
        Command::Venues { command } => venues::venues(app, l, command),
        Command::Hearings { command } => hearings::hearings(app, l, command),
        Command::Prep { command } => prep::prep(app, l, command),
        Command::Docs { command } => prep::docs(app, command),
        Command::Bundle { command } => prep::bundle(app, command),
        Command::Notes { command } => prep::notes(app, command),
        Command::Search { text, json } => search::search(app, &text, json),
        Command::Removed { json } => removal::removed(app, l, json),
        Command::Remove { kind, key, json } => removal::remove(app, l, kind.into(), &key, json),
        Command::Restore { kind, key, json } => removal::restore(app, l, kind.into(), &key, json),
        Command::Package { command } => prep::package(app, command),
        Command::Backup { command } => settings::backup(app, l, command),
        Command::Ics { command } => hearings::ics(app, l, command),
        Command::Slots { command } => hearings::slots(app, l, command),
        Command::Deadline { command } => deadlines::deadline(app, l, command),
        Command::Holidays { command } => holidays::holidays(app, l, command),
        Command::Weather { command } => deadlines::weather(app, command),
        Command::Import { command } => sheets::import_command(app, l, command),
        Command::Export(args) => sheets::export_command(app, l, args),
        // Dispatched before a database is opened (see `main`).
        Command::Server { .. } => Ok(()),
    }
}

/// Prints the error in the clerk's language on stderr and chooses the exit code: 2 for refused
/// input, 1 for everything else.
fn fail(locale: Locale, e: AppError) -> ExitCode {
    if let AppError::Internal { detail } | AppError::DatabaseUnavailable { reason: detail, .. } = &e
    {
        eprintln!("docket: {detail}");
    }
    let payload = docket_app::dto::ErrorPayload::new(locale, e);
    let prefix = locale.pick("error", "错误", "錯誤");
    eprintln!("{prefix}: {}", payload.message);
    if let Some(hint) = holidays::hint(locale, &payload.error) {
        eprintln!("{hint}");
    }
    if let AppError::NoDatabase { path } = &payload.error {
        eprintln!(
            "{}",
            match locale {
                Locale::En => format!("To create one, run: docket --db {path} init"),
                Locale::ZhHans => format!("如需新建，请运行：docket --db {path} init"),
                Locale::ZhHant => format!("如需新建，請執行：docket --db {path} init"),
            }
        );
    }
    if let AppError::Unconfirmed { .. } = payload.error {
        eprintln!(
            "{}",
            locale.pick(
                "To keep the value, run the command again with --yes.",
                "如确需保留，请加 --yes 重新运行该命令。",
                "如確需保留，請加 --yes 重新執行該命令。",
            )
        );
    }
    match payload.error {
        AppError::Validation { .. }
        | AppError::NonexistentLocalTime { .. }
        | AppError::AmbiguousLocalTime { .. }
        | AppError::Conflict { .. }
        | AppError::NotFound { .. }
        | AppError::NoHolidayData { .. }
        | AppError::MoveRefused { .. }
        | AppError::ExitRefused { .. }
        | AppError::ImportRefused { .. }
        | AppError::HolidayImportRefused { .. }
        | AppError::HolidayYearUnconfirmed { .. }
        | AppError::Unconfirmed { .. }
        | AppError::PackageRefused { .. }
        | AppError::BackupRefused { .. }
        | AppError::ExportRefused { .. }
        | AppError::FileUnreadable { .. }
        | AppError::NoDatabase { .. } => ExitCode::from(2),
        _ => ExitCode::from(1),
    }
}

/// The language of the environment (`BAY_DOCKET_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`).
fn env_locale() -> Locale {
    ["BAY_DOCKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find_map(|v| Locale::parse(&v))
        .unwrap_or_default()
}
