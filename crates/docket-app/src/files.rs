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

/// The private folder beside the database that holds every temporary copy of the database or of
/// a document (restores, backups being written, packages being imported).
pub(crate) const WORK_DIR: &str = ".docket-tmp";

/// Creates `path` (and its parents) if needed and makes it readable by its owner only.
pub(crate) fn private_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Creates a new file readable and writable by its owner only.
pub(crate) fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Whether a name is one of our temporary names (tempfile's `.tmp…`, a backup's or restore's work
/// folder, a backup copy being written).
fn is_leftover(name: &str) -> bool {
    name.starts_with(".tmp")
        || name.starts_with(".backup-")
        || name.starts_with(".restore-")
        || name.ends_with(".partial")
}

/// At start-up: removes what a killed process left behind (the work folder, temporary copies in
/// `backups/` and `documents/`) and makes `backups/` and `documents/` (and the document store's
/// sub-folders) owner-only, also when an older version created them readable by others.
pub(crate) fn clean_leftovers(db_dir: &Path) {
    let _ = std::fs::remove_dir_all(db_dir.join(WORK_DIR));
    for folder in ["backups", "documents"] {
        let dir = db_dir.join(folder);
        if !dir.is_dir() {
            continue;
        }
        let _ = private_dir(&dir);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
            if is_leftover(&name) {
                let _ = if is_dir {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            } else if is_dir && folder == "documents" {
                let _ = private_dir(&path);
            }
        }
    }
}
