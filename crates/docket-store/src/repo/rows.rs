//! Reading rows in one step: a statement's rows mapped straight to domain values, with column
//! readers whose parse errors name the table and column (see [`parse_col`]). A mapping returns
//! `StoreError`, so it can parse as it reads.

use super::parse_col;
use crate::StoreError;
use rusqlite::{Params, Row, Statement};

/// Calls `each` for every row of `stmt` run with `params`, in order; the first error stops the read.
pub(crate) fn each(
    stmt: &mut Statement<'_>,
    params: impl Params,
    mut each: impl FnMut(&Row<'_>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        each(r)?;
    }
    Ok(())
}

/// Every row of `stmt` run with `params`, mapped by `map`, in order; the first error stops the read.
pub(crate) fn all<T>(
    stmt: &mut Statement<'_>,
    params: impl Params,
    mut map: impl FnMut(&Row<'_>) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::new();
    each(stmt, params, |r| {
        out.push(map(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// The first row of `stmt` run with `params`, mapped by `map`, or `None` when there is none.
pub(crate) fn optional<T>(
    stmt: &mut Statement<'_>,
    params: impl Params,
    map: impl FnOnce(&Row<'_>) -> Result<T, StoreError>,
) -> Result<Option<T>, StoreError> {
    let mut rows = stmt.query(params)?;
    rows.next()?.map(map).transpose()
}

/// A text column (NULL or another type is the driver's error, as `Row::get` reports it).
pub(crate) fn text(r: &Row<'_>, i: usize) -> Result<String, StoreError> {
    Ok(r.get(i)?)
}

/// A text column that may be NULL.
pub(crate) fn opt_text(r: &Row<'_>, i: usize) -> Result<Option<String>, StoreError> {
    Ok(r.get(i)?)
}

/// A text column read as a domain value: a value `parse` refuses is `StoreError::Corrupt`, naming
/// `table` and `column`.
pub(crate) fn parsed<T>(
    r: &Row<'_>,
    i: usize,
    table: &'static str,
    column: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, StoreError> {
    parse_col(table, column, &text(r, i)?, parse)
}

/// Like [`parsed`], for a column that may be NULL (read as `None`).
pub(crate) fn opt_parsed<T>(
    r: &Row<'_>,
    i: usize,
    table: &'static str,
    column: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<Option<T>, StoreError> {
    opt_text(r, i)?
        .map(|s| parse_col(table, column, &s, parse))
        .transpose()
}

/// `str::parse`, as the parser of [`parsed`] for a value with a `FromStr` (ids, dates, instants).
pub(crate) fn from_str<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.parse().ok()
}
