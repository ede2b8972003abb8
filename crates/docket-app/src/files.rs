//! Writing files the clerk asked for (bundle indexes, packages, backups): to a temporary name in the
//! same folder, synced, then renamed over the target, so a crash or a full disk never leaves a
//! half-written file under the final name.

use crate::AppError;
use std::io::Write;
use std::path::Path;

/// A file or folder that could not be written, as the clerk is told.
pub(crate) fn write_failed(path: &Path, e: &std::io::Error) -> AppError {
    AppError::WriteFailed {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

/// Writes `bytes` to `path` atomically.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    write_with(path, |f| f.write_all(bytes))
}

/// Writes whatever `fill` puts into the file to `path` atomically.
pub(crate) fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), AppError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| write_failed(&dir, &e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| write_failed(path, &e))?;
    fill(tmp.as_file_mut()).map_err(|e| write_failed(path, &e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| write_failed(path, &e))?;
    tmp.persist(path)
        .map_err(|e| write_failed(path, &e.error))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
