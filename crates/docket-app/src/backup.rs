//! Backup and restore: one archive (`.bdbackup`, a tar) holding an online copy of the database and
//! every stored document, with the SHA-256 of each entry in its manifest; written to a temporary name,
//! synced, renamed, then read back and verified. Daily backups rotate. A restore verifies the whole
//! archive first, keeps a backup of the current data, brings the documents back, then replaces the
//! database in one step (a proven copy renamed over it). Backups made before documents existed
//! (`.sqlite3`) still restore. Every temporary copy lives in an owner-only folder under
//! `.docket-tmp/` beside the database, which start-up empties.

use crate::dto::BackupDto;
use crate::error::BackupRefusal;
use crate::{App, AppError};
use docket_store::backup::{BackupError, Summary, verify};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How many automatic daily backups are kept.
pub const DAILY_KEEP: usize = 7;
const FORMAT: &str = "bay-docket-backup";
const EXT: &str = "bdbackup";

fn refused(path: &Path, e: BackupError) -> AppError {
    let reason = match &e {
        BackupError::Unreadable(_) => BackupRefusal::Unreadable,
        BackupError::NotADatabase => BackupRefusal::NotADatabase,
        BackupError::Damaged(_) => BackupRefusal::Damaged,
        BackupError::TooNew { .. } => BackupRefusal::TooNew,
        BackupError::Failed(_) => BackupRefusal::Failed,
        BackupError::Foreign(_) => BackupRefusal::Foreign,
    };
    AppError::BackupRefused {
        path: path.display().to_string(),
        reason,
        detail: e.to_string(),
    }
}

fn damaged(path: &Path, detail: impl Into<String>) -> AppError {
    refused(path, BackupError::Damaged(detail.into()))
}

/// The clerk's reason for an archive that cannot be read as a backup.
fn unreadable(path: &Path, e: crate::formats::archive::ScanError) -> AppError {
    use crate::formats::archive::ScanError;
    match e {
        ScanError::Unreadable(d) => refused(path, BackupError::Unreadable(d)),
        ScanError::NotAnArchive(_) => refused(path, BackupError::NotADatabase),
        ScanError::Broken(d) | ScanError::Mismatch(d) => damaged(path, d),
        ScanError::Write(e) => refused(path, BackupError::Failed(e.to_string())),
    }
}

fn dto(path: &Path, s: &Summary, documents: usize) -> BackupDto {
    let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    BackupDto {
        path: path.display().to_string(),
        neutrals: n(s.neutrals),
        cases: n(s.cases),
        hearings: n(s.hearings),
        documents: u32::try_from(documents).unwrap_or(u32::MAX),
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(s.bytes),
        schema_version: u32::try_from(s.schema_version).unwrap_or(0),
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    created_at: String,
    /// Entry name → SHA-256.
    entries: BTreeMap<String, String>,
}

fn is_backup(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|x| x.to_str()),
        Some(EXT) | Some("sqlite3")
    )
}

/// An archive checked entry by entry; the database is extracted to `db` (in `_dir`) for use.
struct Opened {
    _dir: tempfile::TempDir,
    db: PathBuf,
    summary: Summary,
    documents: Vec<String>,
}

/// Reads an archive, checks every entry against the manifest and the database inside it, and
/// extracts the database (owner-only) into the private folder `dir`. Writes nothing else.
fn open_archive(path: &Path, dir: tempfile::TempDir) -> Result<Opened, AppError> {
    let db = dir.path().join("docket.sqlite3");
    let mut out: Option<std::fs::File> = None;
    let scanned = crate::formats::archive::scan(path, |name, chunk| {
        if name != "docket.sqlite3" {
            return Ok(());
        }
        let f = match out.as_mut() {
            Some(f) => f,
            None => out.insert(crate::files::private_file(&db)?),
        };
        std::io::Write::write_all(f, chunk)
    })
    .map_err(|e| unreadable(path, e))?;
    drop(out);
    let manifest: Manifest = serde_json::from_slice(
        &scanned
            .manifest
            .ok_or_else(|| refused(path, BackupError::NotADatabase))?,
    )
    .map_err(|_| refused(path, BackupError::NotADatabase))?;
    if manifest.format != FORMAT {
        return Err(refused(path, BackupError::NotADatabase));
    }
    if manifest.version > 1 {
        return Err(refused(
            path,
            BackupError::TooNew {
                found: i64::from(manifest.version),
                supported: 1,
            },
        ));
    }
    if scanned.digests != manifest.entries {
        let differing = crate::formats::archive::differing(&manifest.entries, &scanned.digests);
        return Err(damaged(
            path,
            format!("{differing:?} do not match the manifest"),
        ));
    }
    let summary = verify(&db).map_err(|e| refused(path, e))?;
    let documents = manifest
        .entries
        .keys()
        .filter_map(|k| k.strip_prefix("documents/").map(str::to_owned))
        .collect();
    Ok(Opened {
        _dir: dir,
        db,
        summary,
        documents,
    })
}

impl App {
    /// A new owner-only folder for temporary copies: inside `.docket-tmp/` beside the database (on
    /// its file system, so a restored copy can be renamed over it; emptied at start-up), or the
    /// system's temporary folder for a database in memory. Removed when dropped.
    pub(crate) fn work_dir(&self) -> Result<tempfile::TempDir, AppError> {
        let Some(db_dir) = self.store.path().and_then(Path::parent) else {
            return tempfile::tempdir().map_err(|e| crate::files::write_failed(Path::new("."), &e));
        };
        let root = db_dir.join(crate::files::WORK_DIR);
        crate::files::private_dir(&root).map_err(|e| crate::files::write_failed(&root, &e))?;
        let dir = tempfile::Builder::new()
            .prefix(&format!("work-{}-", std::process::id()))
            .tempdir_in(&root)
            .map_err(|e| crate::files::write_failed(&root, &e))?;
        crate::files::private_dir(dir.path())
            .map_err(|e| crate::files::write_failed(dir.path(), &e))?;
        Ok(dir)
    }

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

    /// Writes a verified backup archive into `dir` (default: beside the database): the database
    /// through SQLite's online backup, and every document it refers to.
    pub fn create_backup(&self, dir: Option<&Path>, prefix: &str) -> Result<BackupDto, AppError> {
        let dir = dir
            .map(Path::to_path_buf)
            .or_else(|| self.backup_dir())
            .ok_or_else(|| AppError::field("dir", crate::FieldProblemReason::Required))?;
        if !dir.exists() || Some(&dir) == self.backup_dir().as_ref() {
            crate::files::private_dir(&dir).map_err(|e| crate::files::write_failed(&dir, &e))?;
        }
        let path = dir.join(format!("{prefix}{}.{EXT}", self.stamp()));
        let work = self.work_dir()?;
        let db = work.path().join("docket.sqlite3");
        self.store.backup_to(&db).map_err(|e| refused(&path, e))?;
        let hashes = docket_store::backup::document_hashes(&db).map_err(|e| refused(&path, e))?;
        let docs = if hashes.is_empty() {
            None
        } else {
            Some(self.doc_store()?)
        };
        // Hash every entry first, for the manifest that leads the archive.
        let mut entries = BTreeMap::new();
        entries.insert("docket.sqlite3".to_owned(), hash_file(&db)?);
        for h in &hashes {
            if let Some(d) = &docs
                && d.has(h)
            {
                entries.insert(format!("documents/{h}"), h.clone());
            }
        }
        let manifest = Manifest {
            format: FORMAT.into(),
            version: 1,
            created_at: self.clock.now().to_rfc3339(),
            entries,
        };
        let manifest_bytes =
            serde_json::to_vec_pretty(&manifest).map_err(|e| AppError::Internal {
                detail: e.to_string(),
            })?;
        crate::files::write_with(&path, |file| {
            let mut b = tar::Builder::new(file);
            let manifest_len = manifest_bytes.len() as u64;
            crate::formats::archive::append(
                &mut b,
                "manifest.json",
                manifest_len,
                &manifest_bytes[..],
            )?;
            let mut add_file = |name: &str, p: &Path| -> std::io::Result<()> {
                let f = std::fs::File::open(p)?;
                let len = f.metadata()?.len();
                crate::formats::archive::append(&mut b, name, len, f)
            };
            add_file("docket.sqlite3", &db)?;
            if let Some(d) = &docs {
                for name in manifest.entries.keys() {
                    if let Some(h) = name.strip_prefix("documents/") {
                        add_file(name, &d.path_of(h))?;
                    }
                }
            }
            b.into_inner()?.sync_all()
        })?;
        drop(work);
        self.verify_backup(&path)
    }

    /// Checks a backup without changing anything.
    pub fn verify_backup(&self, path: &Path) -> Result<BackupDto, AppError> {
        if path.extension().and_then(|x| x.to_str()) == Some("sqlite3") {
            return verify(path)
                .map(|s| dto(path, &s, 0))
                .map_err(|e| refused(path, e));
        }
        let o = open_archive(path, self.work_dir()?)?;
        Ok(dto(path, &o.summary, o.documents.len()))
    }

    /// Replaces the data with a verified backup. The current data is first saved as a backup
    /// (`before-restore-…`), so nothing is lost if the clerk picked the wrong file; the documents
    /// come back before the database is replaced.
    pub fn restore_backup(&mut self, path: &Path) -> Result<BackupDto, AppError> {
        if path.extension().and_then(|x| x.to_str()) == Some("sqlite3") {
            verify(path).map_err(|e| refused(path, e))?;
            if self.store.path().is_some() {
                self.create_backup(None, "before-restore-")?;
            }
            let work = self.work_dir()?;
            let summary = self
                .store
                .restore_from(path, work.path())
                .map_err(|e| refused(path, e))?;
            return Ok(dto(path, &summary, 0));
        }
        let opened = open_archive(path, self.work_dir()?)?;
        if self.store.path().is_some() {
            self.create_backup(None, "before-restore-")?;
        }
        if !opened.documents.is_empty() {
            let store = self.doc_store()?;
            crate::formats::archive::copy_documents(path, "documents/", &store).map_err(
                |e| match e {
                    crate::formats::archive::ScanError::Write(e) => {
                        crate::files::write_failed(store.root(), &e)
                    }
                    other => unreadable(path, other),
                },
            )?;
        }
        let summary = self
            .store
            .restore_from(&opened.db, opened._dir.path())
            .map_err(|e| refused(path, e))?;
        Ok(dto(path, &summary, opened.documents.len()))
    }

    fn backup_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| is_backup(p))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    /// The backups in the default folder, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupDto>, AppError> {
        let Some(dir) = self.backup_dir() else {
            return Ok(Vec::new());
        };
        let mut files = self.backup_files(&dir);
        files.reverse();
        Ok(files
            .iter()
            .filter_map(|p| self.verify_backup(p).ok())
            .collect())
    }

    /// Makes the day's automatic backup if there is none yet today, and keeps the last seven.
    pub fn daily_backup(&self) -> Result<Option<BackupDto>, AppError> {
        let Some(dir) = self.backup_dir() else {
            return Ok(None);
        };
        let today = self.stamp()[..8].to_owned();
        let mut daily: Vec<PathBuf> = self
            .backup_files(&dir)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("daily-"))
            })
            .collect();
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

fn hash_file(p: &Path) -> Result<String, AppError> {
    let mut f = std::fs::File::open(p).map_err(|e| AppError::FileUnreadable {
        path: p.display().to_string(),
        reason: e.to_string(),
    })?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut f, &mut hasher).map_err(|e| AppError::FileUnreadable {
        path: p.display().to_string(),
        reason: e.to_string(),
    })?;
    Ok(hex::encode(hasher.finalize()))
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
        let reference = a.list_cases().unwrap()[0].reference.clone();
        let d = a
            .add_document(
                &reference,
                crate::DocumentSource::Bytes {
                    name: "award.pdf",
                    bytes: b"%PDF award",
                },
                &crate::dto::NewDocumentDto {
                    pages: Some(3),
                    ..Default::default()
                },
            )
            .unwrap();
        let b = a.create_backup(None, "").unwrap();
        assert_eq!(
            (b.neutrals, b.cases, b.hearings, b.documents),
            (40, 22, 60, 1)
        );
        assert!(b.path.ends_with(".bdbackup"));
        // The document's bytes are lost from the store; the restore brings them back.
        let sha = d.sha256.unwrap();
        std::fs::remove_file(a.doc_store().unwrap().path_of(&sha)).unwrap();
        let case = crate::testing::case_with_hearings(&a);
        a.advance_case(&case, "answer_filed", "2026-11-23", "").ok();
        // Restoring puts the data back and keeps what was there as "before-restore-…".
        let r = a.restore_backup(Path::new(&b.path)).unwrap();
        assert_eq!(r.cases, 22);
        assert!(a.doc_store().unwrap().has(&sha));
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
        let truncated = dir.path().join("truncated.bdbackup");
        std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
        let foreign = dir.path().join("notes.sqlite3");
        std::fs::write(&foreign, "not a database at all").unwrap();
        let mut tampered_bytes = bytes.clone();
        let middle = tampered_bytes.len() / 2;
        tampered_bytes[middle] ^= 0xff;
        let tampered = dir.path().join("tampered.bdbackup");
        std::fs::write(&tampered, &tampered_bytes).unwrap();
        let foreign_archive = dir.path().join("foreign.bdbackup");
        std::fs::write(&foreign_archive, "plain text, not an archive").unwrap();
        for (file, reason) in [
            (&truncated, BackupRefusal::Damaged),
            (&tampered, BackupRefusal::Damaged),
            (&foreign, BackupRefusal::NotADatabase),
            (&foreign_archive, BackupRefusal::NotADatabase),
        ] {
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

    /// A `.bdbackup` around a database file, with a manifest whose digests match (what anyone who
    /// knows the format can write).
    fn archive_of(db: &Path, out: &Path) {
        let bytes = std::fs::read(db).unwrap();
        let mut entries = BTreeMap::new();
        entries.insert(
            "docket.sqlite3".to_owned(),
            crate::docstore::sha256_hex(&bytes),
        );
        let m = serde_json::to_vec(&Manifest {
            format: FORMAT.into(),
            version: 1,
            created_at: "2026-11-24T02:00:00Z".into(),
            entries,
        })
        .unwrap();
        let mut b = tar::Builder::new(Vec::new());
        crate::formats::archive::append(&mut b, "manifest.json", m.len() as u64, &m[..]).unwrap();
        crate::formats::archive::append(&mut b, "docket.sqlite3", bytes.len() as u64, &bytes[..])
            .unwrap();
        std::fs::write(out, b.into_inner().unwrap()).unwrap();
    }

    fn dump(dir: &Path) -> Vec<String> {
        crate::package::tests::dump(&dir.join("docket.sqlite3"))
    }

    fn reason_of(r: Result<BackupDto, AppError>) -> BackupRefusal {
        match r {
            Err(AppError::BackupRefused { reason, .. }) => reason,
            other => panic!("{other:?}"),
        }
    }

    /// Refused by verify and restore alike (as `.sqlite3` and wrapped in a `.bdbackup`), with the
    /// live database identical, usable, and the safety backup of an earlier restore restorable.
    fn refused_everywhere(dir: &Path, a: &mut App, file: &Path, reason: BackupRefusal) {
        let good = a.create_backup(None, "").unwrap();
        a.restore_backup(Path::new(&good.path)).unwrap();
        let wrapped = file.with_extension(EXT);
        archive_of(file, &wrapped);
        for f in [file, wrapped.as_path()] {
            let before = dump(dir);
            assert_eq!(
                reason_of(a.verify_backup(f)),
                reason,
                "verify {}",
                f.display()
            );
            assert_eq!(
                reason_of(a.restore_backup(f)),
                reason,
                "restore {}",
                f.display()
            );
            assert_eq!(dump(dir), before, "{}", f.display());
        }
        // Still usable: a write, and the safety backup taken before the refused restore restores.
        assert_eq!(a.overview().unwrap().cases, 22);
        a.add_note(&a.list_cases().unwrap()[0].reference, "after", false, "A")
            .unwrap();
        let safety = a
            .list_backups()
            .unwrap()
            .into_iter()
            .find(|b| b.path.contains("before-restore-"))
            .unwrap();
        let kept = dir.join("kept.bdbackup");
        std::fs::copy(&safety.path, &kept).unwrap();
        a.restore_backup(&kept).unwrap();
        assert_eq!(a.overview().unwrap().cases, 22);
        // And a fresh start opens it.
        drop(app(dir, "2026-11-24T03:00:00Z"));
    }

    #[test]
    fn a_foreign_database_with_the_right_tables_is_refused_and_the_live_one_stays_usable() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app(dir.path(), "2026-11-24T02:00:00Z");
        a.load_demo().unwrap();
        let foreign = dir.path().join("foreign.sqlite3");
        {
            let c = rusqlite::Connection::open(&foreign).unwrap();
            c.execute_batch(
                "CREATE TABLE neutrals (id TEXT); CREATE TABLE cases (id TEXT);
                 CREATE TABLE hearings (id TEXT); PRAGMA user_version = 11;",
            )
            .unwrap();
        }
        refused_everywhere(dir.path(), &mut a, &foreign, BackupRefusal::Foreign);
    }

    #[test]
    fn a_real_backup_with_an_edited_schema_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app(dir.path(), "2026-11-24T02:00:00Z");
        a.load_demo().unwrap();
        let live = dir.path().join("docket.sqlite3");
        let next_version = i32::try_from(docket_store::schema_version()).unwrap() + 1;
        for (version, reason) in [
            (9, BackupRefusal::Foreign),
            (3, BackupRefusal::Foreign),
            (next_version, BackupRefusal::TooNew),
            (0, BackupRefusal::NotADatabase),
        ] {
            let edited = dir.path().join(format!("edited-{version}.sqlite3"));
            {
                let c = rusqlite::Connection::open(&live).unwrap();
                c.execute("VACUUM INTO ?1", [edited.display().to_string()])
                    .unwrap();
            }
            rusqlite::Connection::open(&edited)
                .unwrap()
                .pragma_update(None, "user_version", version)
                .unwrap();
            refused_everywhere(dir.path(), &mut a, &edited, reason);
        }
        // An extra table in an otherwise real backup.
        let extra = dir.path().join("extra.sqlite3");
        rusqlite::Connection::open(&live)
            .unwrap()
            .execute("VACUUM INTO ?1", [extra.display().to_string()])
            .unwrap();
        rusqlite::Connection::open(&extra)
            .unwrap()
            .execute_batch("CREATE TABLE stowaway (x TEXT)")
            .unwrap();
        refused_everywhere(dir.path(), &mut a, &extra, BackupRefusal::Foreign);
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn folders_and_temporary_copies_are_private_and_leftovers_go_at_open() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        // Folders an older version made readable by everyone, and what a kill left behind.
        for f in ["backups", "documents", "documents/ab"] {
            std::fs::create_dir_all(dir.path().join(f)).unwrap();
            std::fs::set_permissions(dir.path().join(f), std::fs::Permissions::from_mode(0o755))
                .unwrap();
        }
        // Process 4294967295 is never running (above every pid_max); an older version's names
        // carry no process id.
        let dead = ".tmp-4294967295-";
        let work = dir.path().join(".docket-tmp/work-4294967295-x");
        std::fs::create_dir_all(&work).unwrap();
        let leftovers = [
            work.join("restore-candidate.sqlite3"),
            dir.path().join(".docket-tmp/stray.sqlite3"),
            dir.path().join("backups/.tmpAbCd"),
            dir.path().join(format!("backups/{dead}AbCd")),
            dir.path().join("backups/.backup-1/docket.partial"),
            dir.path().join("documents/.tmpXyZ"),
            dir.path().join(format!("documents/{dead}XyZ")),
        ];
        // A copy another running process (here: this one) is still writing stays.
        let running = dir
            .path()
            .join(format!("backups/{}busy", crate::files::temp_prefix()));
        std::fs::write(&running, "being written").unwrap();
        for l in &leftovers {
            std::fs::create_dir_all(l.parent().unwrap()).unwrap();
            std::fs::write(l, "a copy of the database").unwrap();
        }
        let mut a = app(dir.path(), "2026-11-24T02:00:00Z");
        for l in &leftovers {
            assert!(!l.exists(), "{} is left", l.display());
        }
        assert!(running.exists());
        assert!(!work.exists());
        assert!(!dir.path().join("backups/.backup-1").exists());
        for f in ["backups", "documents", "documents/ab"] {
            assert_eq!(mode(&dir.path().join(f)), 0o700, "{f}");
        }
        // New folders and every temporary copy are owner-only.
        let fresh = tempfile::tempdir().unwrap();
        let mut b = app(fresh.path(), "2026-11-24T02:00:00Z");
        b.load_demo().unwrap();
        let reference = b.list_cases().unwrap()[0].reference.clone();
        b.add_document(
            &reference,
            crate::DocumentSource::Bytes {
                name: "a.pdf",
                bytes: b"%PDF a",
            },
            &crate::dto::NewDocumentDto::default(),
        )
        .unwrap();
        let made = b.create_backup(None, "").unwrap();
        for f in ["backups", "documents"] {
            assert_eq!(mode(&fresh.path().join(f)), 0o700, "{f}");
        }
        for e in std::fs::read_dir(fresh.path().join("documents"))
            .unwrap()
            .flatten()
        {
            assert_eq!(mode(&e.path()), 0o700, "{}", e.path().display());
        }
        assert_eq!(mode(Path::new(&made.path)), 0o600);
        let w = b.work_dir().unwrap();
        assert_eq!(mode(w.path()), 0o700);
        assert_eq!(mode(&fresh.path().join(".docket-tmp")), 0o700);
        let db_copy = w.path().join("copy.sqlite3");
        b.store.backup_to(&db_copy).unwrap();
        assert_eq!(mode(&db_copy), 0o600, "the online copy");
        let opened = open_archive(Path::new(&made.path), b.work_dir().unwrap()).unwrap();
        assert_eq!(mode(&opened.db), 0o600, "the extracted copy");
        assert_eq!(mode(opened._dir.path()), 0o700);
        // A restore leaves no copy behind.
        a.load_demo().unwrap();
        drop(opened);
        drop(w);
        b.restore_backup(Path::new(&made.path)).unwrap();
        let left: Vec<_> = std::fs::read_dir(fresh.path().join(".docket-tmp"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(mode(&fresh.path().join("docket.sqlite3")), 0o600);
    }
}
