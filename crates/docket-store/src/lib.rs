//! Bay Docket's storage: one SQLite file (bundled SQLite), forward-only migrations, and the mapping
//! between rows and domain values.
//!
//! [`Store::open`] creates the file with owner-only permissions, turns on WAL and foreign keys and
//! migrates it. Every change goes through [`Store::write`], which runs a closure in one immediate
//! transaction: it commits only if the closure returns `Ok`, so nothing is ever half-written. Reads go
//! through [`Store::read`]. The per-table functions live in [`repo`].

pub mod backup;
mod error;
pub mod repo;

pub use error::StoreError;
/// A connection, as [`Store::reader`] opens it.
pub use rusqlite::Connection;
/// The transaction type that `Store::write` hands to its closure.
pub use rusqlite::Transaction;

use include_dir::{Dir, include_dir};
use rusqlite::{OpenFlags, TransactionBehavior};
use rusqlite_migration::Migrations;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

static MIGRATIONS_DIR: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/migrations");

static MIGRATIONS: LazyLock<Result<Migrations<'static>, String>> =
    LazyLock::new(|| Migrations::from_directory(&MIGRATIONS_DIR).map_err(|e| e.to_string()));

fn migrations() -> Result<&'static Migrations<'static>, StoreError> {
    MIGRATIONS
        .as_ref()
        .map_err(|e| StoreError::Migration(e.clone()))
}

/// The schema version this build migrates to.
pub fn schema_version() -> usize {
    MIGRATIONS_DIR.dirs().count()
}

/// The version of the bundled SQLite library.
pub fn sqlite_version() -> &'static str {
    rusqlite::version()
}

/// An open Bay Docket database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, readable by its owner only, and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        prepare_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        let journal: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !journal.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Pragma(format!(
                "journal_mode is {journal}, not wal"
            )));
        }
        Self::configure(conn, Some(path.to_path_buf()))
    }

    /// A fresh, migrated database in memory (tests and previews).
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::configure(Connection::open_in_memory()?, None)
    }

    fn configure(mut conn: Connection, path: Option<PathBuf>) -> Result<Self, StoreError> {
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A year of a busy centre's records fits in memory: 64 MiB of page cache (the default 2 MiB
        // makes every roster search re-read the file) and memory-mapped reads.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "mmap_size", 268_435_456)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(Self { conn, path })
    }

    /// A copy of this database in memory (SQLite's online backup), for a preview that runs a change
    /// in full and shows its outcome without touching the file.
    pub fn scratch_copy(&self) -> Result<Self, StoreError> {
        let mut mem = Connection::open_in_memory()?;
        {
            let b = rusqlite::backup::Backup::new(&self.conn, &mut mem)?;
            b.run_to_completion(4096, std::time::Duration::ZERO, None)?;
        }
        mem.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Self {
            conn: mem,
            path: None,
        })
    }

    /// Where the database lives, or `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one immediate transaction; commits if it returns `Ok`, rolls back otherwise.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let value = f(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Runs `f` against the connection for reading.
    pub fn read<T, E>(&self, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
        f(&self.conn)
    }

    /// A second, read-only connection to the same file, for reading on another thread at the same
    /// time (none for a database in memory).
    pub fn reader(&self) -> Result<Option<Connection>, StoreError> {
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        // Read through the default small page cache, not a second memory map of the file: a reader
        // passes over its rows once.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Some(conn))
    }

    /// The schema version recorded in the file.
    pub fn user_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Whether foreign keys are enforced and the journal mode (for diagnostics and tests).
    pub fn pragmas(&self) -> Result<(bool, String), StoreError> {
        let fk: i64 = self
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        let journal: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        Ok((fk == 1, journal))
    }
}

/// Migrates a connection to this build's schema. Migrations run with foreign keys off, as SQLite's
/// table-rebuild procedure requires (a dropped parent table would otherwise cascade to its children);
/// every key is checked afterwards, and foreign keys are on again when this returns `Ok`.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    migrations()?
        .to_latest(conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    let dangling: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })?;
    if dangling > 0 {
        return Err(StoreError::Migration(format!(
            "{dangling} rows point to records that do not exist"
        )));
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Creates the parent folder (owner-only) and the file (owner read/write only) before SQLite opens it,
/// so the database is never readable by other users, not even for a moment. SQLite gives the `-wal`
/// and `-shm` files the same permissions as the database.
fn prepare_file(path: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(parent).map_err(io)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
