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
