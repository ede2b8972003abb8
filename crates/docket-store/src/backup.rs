//! Backups: SQLite's online backup API writes a consistent copy of the live database (never a file
//! copy), to a temporary owner-only name that is synced and then renamed. A backup is verified by
//! opening it read-only: `PRAGMA integrity_check`, `foreign_key_check`, and a schema identical to the
//! one this build's migrations produce at the version the file records (a foreign file with the
//! right table names, or an edited version number, is refused). A restore copies the backup into a
//! new owner-only file beside the live database, migrates and checks that copy, and only then
//! renames it over the live file: until that rename the current data is untouched.

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
    /// A SQLite file whose schema is not what Bay Docket made at the version it records (another
    /// program's file, or an edited version number).
    #[error("the file is not a Bay Docket database as this version made it ({0})")]
    Foreign(String),
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

/// The schema a file holds: every table, index, view and trigger by name, and every table's columns
/// (name, type, not null, default, key position). SQLite's own tables are left out.
type Shape = std::collections::BTreeMap<String, Vec<String>>;

fn shape(conn: &Connection) -> Result<Shape, rusqlite::Error> {
    let mut out = Shape::new();
    let mut stmt = conn.prepare(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let objects: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (kind, name) in objects {
        let mut cols = Vec::new();
        if kind == "table" {
            let mut info = conn.prepare(
                "SELECT name, type, \"notnull\", ifnull(dflt_value, ''), pk
                 FROM pragma_table_info(?1) ORDER BY cid",
            )?;
            cols = info
                .query_map([&name], |r| {
                    Ok(format!(
                        "{} {} {} {} {}",
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, i64>(4)?
                    ))
                })?
                .collect::<Result<_, _>>()?;
        }
        out.insert(format!("{kind} {name}"), cols);
    }
    Ok(out)
}

/// The schema this build's migrations produce at `version`.
fn expected_shape(version: i64) -> Result<Shape, BackupError> {
    let version = usize::try_from(version).map_err(|_| BackupError::NotADatabase)?;
    let mut conn = Connection::open_in_memory()?;
    crate::migrations()
        .map_err(|e| BackupError::Failed(e.to_string()))?
        .to_version(&mut conn, version)
        .map_err(|e| BackupError::Failed(e.to_string()))?;
    Ok(shape(&conn)?)
}

/// How a file's schema differs from the expected one, in a few words (`None` when identical).
fn schema_difference(found: &Shape, expected: &Shape) -> Option<String> {
    let missing: Vec<&String> = expected
        .keys()
        .filter(|k| !found.contains_key(*k))
        .collect();
    let extra: Vec<&String> = found
        .keys()
        .filter(|k| !expected.contains_key(*k))
        .collect();
    let changed: Vec<&String> = expected
        .iter()
        .filter(|(k, v)| found.get(*k).is_some_and(|f| f != *v))
        .map(|(k, _)| k)
        .collect();
    if missing.is_empty() && extra.is_empty() && changed.is_empty() {
        return None;
    }
    let list = |v: &[&String]| {
        v.iter()
            .take(5)
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(format!(
        "missing: [{}]; not ours: [{}]; different columns: [{}]",
        list(&missing),
        list(&extra),
        list(&changed)
    ))
}

/// Integrity and foreign keys of an open database.
fn integrity(conn: &Connection) -> Result<(), BackupError> {
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
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(|e| BackupError::Damaged(e.to_string()))?;
    if dangling > 0 {
        return Err(BackupError::Damaged(format!(
            "{dangling} rows point to records that do not exist"
        )));
    }
    Ok(())
}

/// Checks an open database as a Bay Docket backup and counts what it holds.
fn check(conn: &Connection, bytes: u64) -> Result<Summary, BackupError> {
    integrity(conn)?;
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
    if version < 1 {
        return Err(BackupError::NotADatabase);
    }
    let found = shape(conn).map_err(|e| BackupError::Damaged(e.to_string()))?;
    if let Some(diff) = schema_difference(&found, &expected_shape(version)?) {
        return Err(BackupError::Foreign(format!("schema {version}: {diff}")));
    }
    let tables = (|| -> Result<_, rusqlite::Error> {
        Ok((
            count(conn, "neutrals")?,
            count(conn, "cases")?,
            count(conn, "hearings")?,
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

/// Opens a backup read-only and checks it: integrity, foreign keys, and a Bay Docket schema no
/// newer than ours that is exactly what our migrations made at that version.
pub fn verify(path: &Path) -> Result<Summary, BackupError> {
    let bytes = std::fs::metadata(path)
        .map_err(|e| BackupError::Unreadable(e.to_string()))?
        .len();
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| BackupError::Unreadable(e.to_string()))?;
    check(&conn, bytes)
}

/// Creates `path` empty and readable by its owner only (before SQLite opens it).
fn private_file(path: &Path) -> Result<(), BackupError> {
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    Ok(())
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
    /// Writes a consistent copy of the database to `dest` (an owner-only temporary name, sync,
    /// rename), then verifies it.
    pub fn backup_to(&self, dest: &Path) -> Result<Summary, BackupError> {
        let tmp = dest.with_extension("partial");
        private_file(&tmp)?;
        let copied = (|| -> Result<(), BackupError> {
            {
                let mut out = Connection::open(&tmp)?;
                let backup = Backup::new(&self.conn, &mut out)?;
                backup.run_to_completion(256, Duration::from_millis(0), None)?;
            }
            std::fs::File::open(&tmp)?.sync_all()?;
            std::fs::rename(&tmp, dest)?;
            Ok(())
        })();
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        if let Some(dir) = dest.parent()
            && let Ok(d) = std::fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
        verify(dest)
    }

    /// Replaces the live database with a verified backup. The backup is copied into a new
    /// owner-only file in `work` (a private folder on the database's file system), migrated to this
    /// version and checked (integrity, foreign keys, schema); only then is it renamed over the live
    /// file and reopened. Until that rename the live database is untouched, so any refusal leaves it
    /// as it was. A database in memory is replaced through the backup API after the same checks on
    /// a copy.
    pub fn restore_from(&mut self, src: &Path, work: &Path) -> Result<Summary, BackupError> {
        let summary = verify(src)?;
        let Some(live) = self.path.clone() else {
            let mut candidate = Connection::open_in_memory()?;
            prove(src, &mut candidate)?;
            let backup = Backup::new(&candidate, &mut self.conn)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
            drop(backup);
            crate::migrate(&mut self.conn).map_err(|e| BackupError::Failed(e.to_string()))?;
            return Ok(summary);
        };
        let candidate_path = work.join("restore-candidate.sqlite3");
        private_file(&candidate_path)?;
        let proven = (|| -> Result<(), BackupError> {
            let mut candidate = Connection::open(&candidate_path)?;
            prove(src, &mut candidate)?;
            candidate.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            candidate
                .close()
                .map_err(|(_, e)| BackupError::Failed(e.to_string()))?;
            std::fs::File::open(&candidate_path)?.sync_all()?;
            Ok(())
        })();
        if let Err(e) = proven {
            remove_database_files(&candidate_path);
            return Err(e);
        }
        // The swap: close the live connection (its WAL checkpointed), rename the proven copy over
        // the live file, and open it as the store.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((conn, e)) = old.close() {
            self.conn = conn;
            remove_database_files(&candidate_path);
            return Err(BackupError::Failed(e.to_string()));
        }
        // The last connection to close removes the write-ahead log; if it is still there, another
        // connection (another program) has the file open, and renaming under it would pair its log
        // with the new file. Nothing is swapped then.
        let mut wal = live.clone().into_os_string();
        wal.push("-wal");
        let renamed = if std::path::PathBuf::from(wal).exists() {
            Err(std::io::Error::other(
                "another program has the database open; close it and restore again",
            ))
        } else {
            std::fs::rename(&candidate_path, &live)
        };
        if renamed.is_err() {
            remove_database_files(&candidate_path);
        }
        if let Some(dir) = live.parent()
            && let Ok(d) = std::fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
        let reopened = Store::open(&live).map_err(|e| BackupError::Failed(e.to_string()))?;
        self.conn = reopened.conn;
        renamed?;
        Ok(summary)
    }
}

/// Copies `src` into `candidate`, migrates it to this version and checks the result.
fn prove(src: &Path, candidate: &mut Connection) -> Result<(), BackupError> {
    {
        let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let backup = Backup::new(&from, candidate)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
    }
    crate::migrate(candidate).map_err(|e| BackupError::Damaged(e.to_string()))?;
    check(candidate, 0)?;
    Ok(())
}

/// Removes a database file and its `-wal` and `-shm` companions.
fn remove_database_files(path: &Path) {
    let _ = std::fs::remove_file(path);
    for side in ["-wal", "-shm", "-journal"] {
        let mut p = path.to_path_buf().into_os_string();
        p.push(side);
        let _ = std::fs::remove_file(std::path::PathBuf::from(p));
    }
}
