//! Backup and restore of the database: on demand, daily with rotation, verified after writing; a
//! restore verifies the file first and keeps a copy of the current data until it has succeeded.

use crate::dto::BackupDto;
use crate::{App, AppError};
use docket_store::backup::{BackupError, Summary, verify};
use std::path::{Path, PathBuf};

/// How many automatic daily backups are kept.
pub const DAILY_KEEP: usize = 7;

fn refused(path: &Path, e: BackupError) -> AppError {
    let reason = match &e {
        BackupError::Unreadable(_) => "unreadable",
        BackupError::NotADatabase => "not_a_database",
        BackupError::Damaged(_) => "damaged",
        BackupError::TooNew { .. } => "too_new",
        BackupError::Failed(_) => "failed",
    };
    AppError::BackupRefused {
        path: path.display().to_string(),
        reason: reason.to_owned(),
        detail: e.to_string(),
    }
}

fn dto(path: &Path, s: &Summary) -> BackupDto {
    let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    BackupDto {
        path: path.display().to_string(),
        neutrals: n(s.neutrals),
        cases: n(s.cases),
        hearings: n(s.hearings),
        bytes: s.bytes,
        schema_version: u32::try_from(s.schema_version).unwrap_or(0),
    }
}

impl App {
    /// The folder backups go to by default: `backups/` beside the database.
    pub fn backup_dir(&self) -> Option<PathBuf> {
        self.store
            .path()
            .and_then(|p| p.parent())
            .map(|d| d.join("backups"))
    }

    fn stamp(&self) -> String {
        let t = self.clock.now().to_rfc3339();
        t.replace(['-', ':'], "")
            .replace('T', "-")
            .trim_end_matches('Z')
            .to_owned()
    }

    /// Writes a verified backup into `dir` (default: beside the database) and returns what it holds.
    pub fn create_backup(&self, dir: Option<&Path>, prefix: &str) -> Result<BackupDto, AppError> {
        let dir = dir
            .map(Path::to_path_buf)
            .or_else(|| self.backup_dir())
            .ok_or_else(|| AppError::field("dir", crate::FieldProblemReason::Required))?;
        std::fs::create_dir_all(&dir).map_err(|e| AppError::FileUnreadable {
            path: dir.display().to_string(),
            reason: e.to_string(),
        })?;
        let path = dir.join(format!("{prefix}{}.sqlite3", self.stamp()));
        let summary = self.store.backup_to(&path).map_err(|e| refused(&path, e))?;
        Ok(dto(&path, &summary))
    }

    /// Checks a backup without changing anything.
    pub fn verify_backup(&self, path: &Path) -> Result<BackupDto, AppError> {
        verify(path)
            .map(|s| dto(path, &s))
            .map_err(|e| refused(path, e))
    }

    /// Replaces the data with a verified backup. The current data is first saved as a backup
    /// (`before-restore-…`), so nothing is lost if the clerk picked the wrong file.
    pub fn restore_backup(&mut self, path: &Path) -> Result<BackupDto, AppError> {
        self.verify_backup(path)?;
        if self.store.path().is_some() {
            self.create_backup(None, "before-restore-")?;
        }
        let summary = self
            .store
            .restore_from(path)
            .map_err(|e| refused(path, e))?;
        Ok(dto(path, &summary))
    }

    /// The backups in the default folder, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupDto>, AppError> {
        let Some(dir) = self.backup_dir() else {
            return Ok(Vec::new());
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("sqlite3"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files.reverse();
        Ok(files
            .iter()
            .filter_map(|p| verify(p).ok().map(|s| dto(p, &s)))
            .collect())
    }

    /// Makes the day's automatic backup if there is none yet today, and keeps the last seven.
    pub fn daily_backup(&self) -> Result<Option<BackupDto>, AppError> {
        let Some(dir) = self.backup_dir() else {
            return Ok(None);
        };
        let today = self.stamp()[..8].to_owned();
        let mut daily: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("daily-") && n.ends_with(".sqlite3"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        daily.sort();
        let made = if daily
            .iter()
            .any(|p| p.to_string_lossy().contains(&format!("daily-{today}")))
        {
            None
        } else {
            let b = self.create_backup(Some(&dir), "daily-")?;
            daily.push(PathBuf::from(&b.path));
            Some(b)
        };
        while daily.len() > DAILY_KEEP {
            let old = daily.remove(0);
            let _ = std::fs::remove_file(old);
        }
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FixedClock, SequentialIds};
    use std::sync::Arc;

    fn app(dir: &Path, now: &str) -> App {
        App::open(
            &dir.join("docket.sqlite3"),
            Arc::new(FixedClock(now.parse().unwrap())),
            Arc::new(SequentialIds::default()),
        )
        .unwrap()
    }

    #[test]
    fn a_backup_restores_exactly_and_the_previous_state_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app(dir.path(), "2026-11-24T02:00:00Z");
        a.load_demo().unwrap();
        let b = a.create_backup(None, "").unwrap();
        assert_eq!((b.neutrals, b.cases, b.hearings), (40, 22, 60));
        let case = a
            .list_cases()
            .unwrap()
            .into_iter()
            .find(|c| c.hearings > 0)
            .unwrap()
            .reference;
        a.advance_case(&case, "answer_filed", "2026-11-23", "").ok();
        // Restoring puts the data back and keeps what was there as "before-restore-…".
        let r = a.restore_backup(Path::new(&b.path)).unwrap();
        assert_eq!(r.cases, 22);
        assert_eq!(a.overview().unwrap().hearings, 60);
        let kept = a.list_backups().unwrap();
        assert!(
            kept.iter().any(|k| k.path.contains("before-restore-")),
            "{kept:?}"
        );
    }

    #[test]
    fn a_truncated_or_foreign_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app(dir.path(), "2026-11-24T02:00:00Z");
        a.load_demo().unwrap();
        let b = a.create_backup(None, "").unwrap();
        let bytes = std::fs::read(&b.path).unwrap();
        let truncated = dir.path().join("truncated.sqlite3");
        std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
        let foreign = dir.path().join("notes.sqlite3");
        std::fs::write(&foreign, "not a database at all").unwrap();
        for (file, reason) in [(&truncated, "damaged"), (&foreign, "not_a_database")] {
            match a.restore_backup(file) {
                Err(AppError::BackupRefused { reason: r, .. }) => {
                    assert_eq!(r, reason, "{}", file.display())
                }
                other => panic!("{}: {other:?}", file.display()),
            }
        }
        assert_eq!(a.overview().unwrap().cases, 22);
    }

    #[test]
    fn one_daily_backup_a_day_and_seven_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        for day in 1..=9 {
            let a = app(dir.path(), &format!("2026-11-{day:02}T02:00:00Z"));
            assert!(a.daily_backup().unwrap().is_some());
            assert!(
                a.daily_backup().unwrap().is_none(),
                "a second one the same day"
            );
        }
        let a = app(dir.path(), "2026-11-09T03:00:00Z");
        let daily: Vec<_> = a
            .list_backups()
            .unwrap()
            .into_iter()
            .filter(|b| b.path.contains("daily-"))
            .collect();
        assert_eq!(daily.len(), DAILY_KEEP);
        assert!(daily[0].path.contains("daily-20261109"));
    }
}
