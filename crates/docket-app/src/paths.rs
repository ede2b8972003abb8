//! Where the database lives: a `--db` flag, else the `BAY_DOCKET_DB` environment variable, else the
//! platform's per-user data folder (`$XDG_DATA_HOME/bay-docket/docket.sqlite3` on Linux).

use crate::AppError;
use std::path::PathBuf;

/// The environment variable that points the app and the command line at another database file.
pub const DB_ENV: &str = "BAY_DOCKET_DB";

/// The folder name under the platform's data folder.
pub const DATA_FOLDER: &str = "bay-docket";

/// The database file name in that folder.
pub const DB_FILE: &str = "docket.sqlite3";

/// Chooses the database path: the explicit flag wins, then the environment, then the default.
pub fn resolve_db_path(flag: Option<PathBuf>) -> Result<PathBuf, AppError> {
    if let Some(p) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    default_db_path()
}

/// The per-user default location.
pub fn default_db_path() -> Result<PathBuf, AppError> {
    dirs::data_dir()
        .map(|d| d.join(DATA_FOLDER).join(DB_FILE))
        .ok_or(AppError::NoDataFolder)
}

/// Where exported files go: the user's Downloads folder, else their home folder, else the folder
/// beside the database.
pub fn export_dir(db: Option<&std::path::Path>) -> PathBuf {
    dirs::download_dir()
        .or_else(dirs::home_dir)
        .or_else(|| db.and_then(|p| p.parent()).map(PathBuf::from))
        .unwrap_or_else(std::env::temp_dir)
}
