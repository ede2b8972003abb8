//! Reading a spreadsheet file from outside (ADR 0019): `.xlsx` through calamine, anything else as
//! UTF-8 CSV through `csv`, within bounds on the file's size, its unpacked size, its rows, columns
//! and cells. The result is a grid of text; nothing here knows what the columns mean.

use calamine::{DataRef, Reader, Xlsx};
use std::io::{Cursor, Read};

/// The largest file accepted.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The largest total an `.xlsx` may unpack to.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;
/// The most data rows (headings not counted).
pub const MAX_ROWS: usize = 50_000;
/// The most columns.
pub const MAX_COLUMNS: usize = 64;
/// The longest cell, in characters.
pub const MAX_CELL_CHARS: usize = 4_000;

/// Why a file as a whole cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileProblem {
    TooLarge,
    Unreadable,
    TooManyRows,
    TooManyColumns,
    /// A cell over the length limit, at (row, column index), rows counted from 1.
    CellTooLong {
        row: u32,
        column: usize,
    },
    NoHeadings,
}

/// The rows of the first sheet, as text: `(row number, cells)`, the headings first. Blank rows are
/// left out; a row whose first cell starts with `#` is an instruction and is left out too.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Reads `bytes` as `.xlsx` (a zip file) or CSV.
pub(crate) fn read(bytes: &[u8]) -> Result<Grid, FileProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let grid = if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes)?
    } else {
        read_csv(bytes)?
    };
    if grid.rows.is_empty() {
        return Err(FileProblem::NoHeadings);
    }
    Ok(grid)
}

/// Adds a row unless it is blank or an instruction; checks the bounds.
fn push(grid: &mut Grid, row: u32, cells: Vec<String>) -> Result<(), FileProblem> {
    if cells.iter().all(|c| c.trim().is_empty()) {
        return Ok(());
    }
    if cells
        .first()
        .is_some_and(|c| c.trim_start().starts_with('#'))
    {
        return Ok(());
    }
    if cells.len() > MAX_COLUMNS {
        return Err(FileProblem::TooManyColumns);
    }
    if let Some(column) = cells
        .iter()
        .position(|c| c.chars().count() > MAX_CELL_CHARS)
    {
        return Err(FileProblem::CellTooLong { row, column });
    }
    if grid.rows.len() > MAX_ROWS {
        return Err(FileProblem::TooManyRows);
    }
    grid.rows.push((row, cells));
    Ok(())
}

fn read_csv(bytes: &[u8]) -> Result<Grid, FileProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::Unreadable)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|_| FileProblem::Unreadable)?;
        if record.len() > MAX_COLUMNS {
            return Err(FileProblem::TooManyColumns);
        }
        let row = u32::try_from(i + 1).map_err(|_| FileProblem::TooManyRows)?;
        push(&mut grid, row, record.iter().map(unneutralised).collect())?;
    }
    Ok(grid)
}

/// A CSV cell as it was before export neutralised it: `'=1` is `=1` again (a cell the export did
/// not touch is unchanged, so an exported list imports back as it was).
fn unneutralised(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// The unpacked size an `.xlsx` declares for all its parts must be within bounds before any part
/// is unpacked (a small file can otherwise unpack to gigabytes).
fn check_unpacked(bytes: &[u8]) -> Result<(), FileProblem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| FileProblem::Unreadable)?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|_| FileProblem::Unreadable)?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(FileProblem::TooLarge);
    }
    Ok(())
}

fn read_xlsx(bytes: &[u8]) -> Result<Grid, FileProblem> {
    check_unpacked(bytes)?;
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| FileProblem::Unreadable)?;
    let first = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or(FileProblem::NoHeadings)?;
    let mut cells = book
        .worksheet_cells_reader(&first)
        .map_err(|_| FileProblem::Unreadable)?;
    let mut grid = Grid::default();
    let mut current: Option<(u32, Vec<String>)> = None;
    while let Some(cell) = cells.next_cell().map_err(|_| FileProblem::Unreadable)? {
        let (r, c) = cell.get_position();
        let col = usize::try_from(c).map_err(|_| FileProblem::TooManyColumns)?;
        if col >= MAX_COLUMNS {
            if text(cell.get_value()).trim().is_empty() {
                continue;
            }
            return Err(FileProblem::TooManyColumns);
        }
        let row = r.saturating_add(1);
        if current.as_ref().is_some_and(|(n, _)| *n != row)
            && let Some((n, cells)) = current.take()
        {
            push(&mut grid, n, cells)?;
        }
        let (_, values) = current.get_or_insert_with(|| (row, Vec::new()));
        if values.len() <= col {
            values.resize(col + 1, String::new());
        }
        let value = text(cell.get_value());
        if value.chars().count() > MAX_CELL_CHARS {
            return Err(FileProblem::CellTooLong { row, column: col });
        }
        values[col] = value;
    }
    if let Some((n, cells)) = current.take() {
        push(&mut grid, n, cells)?;
    }
    Ok(grid)
}

/// A cell as text: numbers without a needless `.0`, dates as `YYYY-MM-DD` (with the time when it
/// has one), booleans as `true`/`false`, errors as empty.
fn text(v: &DataRef<'_>) -> String {
    match v {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02}T{h:02}:{min:02}:{s:02}")
            }
        }
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// Reads at most `limit` bytes from `r` (a file from outside), refusing a longer one.
pub(crate) fn bounded(mut r: impl Read, limit: usize) -> Result<Vec<u8>, FileProblem> {
    let mut out = Vec::new();
    r.by_ref()
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| FileProblem::Unreadable)?;
    if out.len() > limit {
        return Err(FileProblem::TooLarge);
    }
    Ok(out)
}
