//! Backups: SQLite's online backup API writes a consistent copy of the live database (never a file
//! copy), to a temporary name that is synced and then renamed. A backup is verified by opening it
//! read-only and running `PRAGMA integrity_check`; a restore verifies first and copies page by page
//! into the live database in one step, so a failed restore leaves the current data as it was.

use crate::Store;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// What a backup file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub schema_version: i64,
    pub neutrals: u64,
    pub cases: u64,
    pub hearings: u64,
    pub bytes: u64,
}

/// Why a backup cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("cannot read {0}")]
    Unreadable(String),
    #[error("the file is not a Bay Docket database")]
    NotADatabase,
    #[error("the file is damaged: {0}")]
    Damaged(String),
    #[error(
        "the backup comes from a newer version (schema {found}, this app reads up to {supported})"
    )]
    TooNew { found: i64, supported: i64 },
    #[error("the copy failed: {0}")]
    Failed(String),
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::Failed(e.to_string())
    }
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> Self {
        BackupError::Failed(e.to_string())
    }
}

fn count(conn: &Connection, table: &str) -> Result<u64, rusqlite::Error> {
    let n: i64 = conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Opens a backup read-only and checks it: integrity, a Bay Docket schema no newer than ours.
pub fn verify(path: &Path) -> Result<Summary, BackupError> {
    let bytes = std::fs::metadata(path)
        .map_err(|e| BackupError::Unreadable(e.to_string()))?
        .len();
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| BackupError::Unreadable(e.to_string()))?;
    let check: Result<String, _> = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0));
    match check {
        Ok(s) if s == "ok" => {}
        Ok(s) => return Err(BackupError::Damaged(s)),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(BackupError::NotADatabase);
        }
        Err(e) => return Err(BackupError::Damaged(e.to_string())),
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| BackupError::Damaged(e.to_string()))?;
    let supported = i64::try_from(crate::schema_version()).unwrap_or(i64::MAX);
    if version > supported {
        return Err(BackupError::TooNew {
            found: version,
            supported,
        });
    }
    let tables = (|| -> Result<_, rusqlite::Error> {
        Ok((
            count(&conn, "neutrals")?,
            count(&conn, "cases")?,
            count(&conn, "hearings")?,
        ))
    })();
    let (neutrals, cases, hearings) = tables.map_err(|_| BackupError::NotADatabase)?;
    Ok(Summary {
        schema_version: version,
        neutrals,
        cases,
        hearings,
        bytes,
    })
}

/// The content hashes the documents in a (verified) database file refer to.
pub fn document_hashes(path: &Path) -> Result<Vec<String>, BackupError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| BackupError::Unreadable(e.to_string()))?;
    let mut stmt =
        conn.prepare("SELECT DISTINCT sha256 FROM documents WHERE sha256 IS NOT NULL ORDER BY 1")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// Writes a consistent copy of the database to `dest` (temporary name, sync, rename), then
    /// verifies it.
    pub fn backup_to(&self, dest: &Path) -> Result<Summary, BackupError> {
        let tmp = dest.with_extension("partial");
        let _ = std::fs::remove_file(&tmp);
        {
            let mut out = Connection::open(&tmp)?;
            let backup = Backup::new(&self.conn, &mut out)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        std::fs::File::open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, dest)?;
        if let Some(dir) = dest.parent()
            && let Ok(d) = std::fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
        verify(dest)
    }

    /// Replaces the live database with a verified backup, in one step (SQLite's backup API writes
    /// the pages in a single transaction on the live database), then migrates it to this version.
    pub fn restore_from(&mut self, src: &Path) -> Result<Summary, BackupError> {
        let summary = verify(src)?;
        {
            let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            let backup = Backup::new(&from, &mut self.conn)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        crate::migrate(&mut self.conn).map_err(|e| BackupError::Failed(e.to_string()))?;
        Ok(summary)
    }
}
