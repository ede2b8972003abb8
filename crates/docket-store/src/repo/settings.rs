//! Key–value settings (the interface language, the clerk's name and similar preferences).

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// The key of the clerk's name, which every audit entry records (`workflow::audit`).
pub const CLERK_NAME: &str = "clerk_name";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(tx: &Transaction<'_>, key: &str, value: &str) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
