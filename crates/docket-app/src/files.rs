//! Writing files the clerk asked for (bundle indexes, packages, backups): to a temporary name in the
//! same folder, synced, then renamed over the target, so a crash or a full disk never leaves a
//! half-written file under the final name.

use crate::AppError;
use std::io::Write;
use std::path::Path;

/// A file name stem built from a case reference or a title: ASCII letters, digits, `-`, `_` and `.`
/// kept, anything else (a `/`, `\`, `:`, a space, Chinese) becomes `_`, leading dots are dropped and
/// the stem is at most 80 characters, so a stored reference such as `../../x` from an older version
/// can never leave the export folder. An empty result is `export`.
pub fn safe_file_stem(text: &str) -> String {
    let mapped: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem: String = mapped.trim_start_matches('.').chars().take(80).collect();
    if stem.is_empty() || stem.chars().all(|c| c == '.' || c == '_') {
        "export".to_owned()
    } else {
        stem
    }
}

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
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix())
        .tempfile_in(&dir)
        .map_err(|e| write_failed(path, &e))?;
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

/// The start of this process's temporary names (`.tmp-PID-…`), so that start-up can tell a copy a
/// killed process left behind from one another running process (the window and `docket` at once) is
/// still writing.
pub(crate) fn temp_prefix() -> String {
    format!(".tmp-{}-", std::process::id())
}

/// Whether the process that made a temporary name (`.tmp-PID-…`, `work-PID-…`) is still running. A
/// name without a process id (an older version's) has no owner. Where running processes cannot be
/// listed (no `/proc`), only this process counts as running.
fn owner_running(name: &str) -> bool {
    let rest = name
        .strip_prefix(".tmp-")
        .or_else(|| name.strip_prefix("work-"))
        .unwrap_or_default();
    let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
        return false;
    };
    pid == std::process::id() || Path::new("/proc").join(pid.to_string()).is_dir()
}

/// Whether a name is one of our temporary names (tempfile's `.tmp…`, a backup's or restore's work
/// folder, a backup copy being written) whose process is no longer running.
fn is_leftover(name: &str) -> bool {
    let ours = name.starts_with(".tmp")
        || name.starts_with(".backup-")
        || name.starts_with(".restore-")
        || name.starts_with("work-")
        || name.ends_with(".partial");
    ours && !owner_running(name)
}

/// At start-up: removes what a killed process left behind (its work folders, temporary copies in
/// `backups/` and `documents/`; a running process's are kept) and makes `backups/` and `documents/` (and the document store's
/// sub-folders) owner-only, also when an older version created them readable by others.
pub(crate) fn clean_leftovers(db_dir: &Path) {
    let work = db_dir.join(WORK_DIR);
    if work.is_dir() {
        let _ = private_dir(&work);
    }
    for (dir, folder) in [
        (work, WORK_DIR),
        (db_dir.join("backups"), "backups"),
        (db_dir.join("documents"), "documents"),
    ] {
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
            if is_leftover(&name) || (folder == WORK_DIR && !name.starts_with("work-")) {
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

#[cfg(test)]
mod tests {
    use super::safe_file_stem;

    #[test]
    fn a_file_stem_never_leaves_the_folder() {
        assert_eq!(safe_file_stem("SCIA-2026-0142"), "SCIA-2026-0142");
        assert_eq!(safe_file_stem("../../x"), "_.._x");
        assert_eq!(safe_file_stem("..\\..\\x"), "_.._x");
        assert_eq!(safe_file_stem("/etc/passwd"), "_etc_passwd");
        assert_eq!(safe_file_stem(".."), "export");
        assert_eq!(safe_file_stem("九龍 v 福田"), "___v___");
        assert_eq!(safe_file_stem(""), "export");
        assert_eq!(safe_file_stem(&"A".repeat(200)).len(), 80);
        for s in ["../../x", "a/b", "..", "/"] {
            let stem = safe_file_stem(s);
            assert!(!stem.contains('/') && !stem.contains('\\') && !stem.starts_with('.'));
        }
    }
}
