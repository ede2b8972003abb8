//! The store's error type.

use std::path::PathBuf;

/// Why a storage operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("database setting refused: {0}")]
    Pragma(String),
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A stored value could not be read back as a domain value.
    #[error("stored value `{value}` in {table}.{column} is not valid")]
    Corrupt {
        table: &'static str,
        column: &'static str,
        value: String,
    },
    /// A package row names a table or column that packages do not write (nothing was run).
    #[error("a package may not write {0}")]
    NotWritable(String),
}

impl StoreError {
    /// Whether the failure is a UNIQUE constraint: the caller's value is already taken.
    pub fn is_unique_violation(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
        )
    }
}
