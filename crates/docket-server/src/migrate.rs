//! Installing and upgrading the server's schema: the SQL files in `migrations/`, applied in order,
//! each in its own transaction with its record in `docket_admin.migrations`, so that running `init`
//! again applies only what is new.

use crate::ServerError;
use include_dir::{Dir, include_dir};
use postgres::Client;

static MIGRATIONS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/migrations");

/// The schema version this build installs.
pub const SCHEMA_VERSION: i32 = 1;

/// The migrations, in the order of their numbers (`001-core.sql`, …).
fn ordered() -> Vec<(i32, &'static str, &'static str)> {
    let mut out: Vec<(i32, &'static str, &'static str)> = MIGRATIONS
        .files()
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?;
            let number = name.split('-').next()?.parse::<i32>().ok()?;
            Some((number, name, f.contents_utf8()?))
        })
        .collect();
    out.sort_by_key(|(n, _, _)| *n);
    out
}

/// Applies every migration the server lacks; returns the names of those applied now (none when the
/// schema is current).
pub fn init(admin: &mut Client) -> Result<Vec<String>, ServerError> {
    admin.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS docket_admin;
         REVOKE ALL ON SCHEMA docket_admin FROM PUBLIC;
         CREATE TABLE IF NOT EXISTS docket_admin.migrations (
             version    integer PRIMARY KEY,
             name       text NOT NULL,
             applied_at timestamptz NOT NULL DEFAULT now()
         );",
    )?;
    let mut applied = Vec::new();
    for (version, name, sql) in ordered() {
        let mut tx = admin.transaction()?;
        // One administrator at a time: a second `init` waits, then finds the work done.
        tx.execute("LOCK TABLE docket_admin.migrations IN EXCLUSIVE MODE", &[])?;
        let done: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM docket_admin.migrations WHERE version = $1)",
                &[&version],
            )?
            .get(0);
        if done {
            tx.commit()?;
            continue;
        }
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO docket_admin.migrations (version, name) VALUES ($1, $2)",
            &[&version, &name],
        )?;
        tx.commit()?;
        applied.push(name.to_owned());
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_from_one_without_gaps() {
        let numbers: Vec<i32> = ordered().iter().map(|(n, _, _)| *n).collect();
        let expected: Vec<i32> = (1..=SCHEMA_VERSION).collect();
        assert_eq!(numbers, expected);
    }
}
