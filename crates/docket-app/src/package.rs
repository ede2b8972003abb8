//! Case packages: one case — its record, events, deadlines, checklist, documents (with their bytes),
//! bundle, notes and audit trail — as one versioned file that another Bay Docket imports.
//!
//! The file is a tar archive: `manifest.json` (format, version, schema, the SHA-256 of every other
//! entry), `case.json` (the rows, by table) and `blobs/<sha256>`. Records keep their ids, so importing
//! a newer package of the same case updates it. Each side remembers the digest of every record the
//! last package carried (`package_base`): a record changed only in the package is updated, one changed
//! only here is kept, and one changed on both sides is a conflict the clerk resolves — nothing is
//! written until every conflict has an answer.
//!
//! Since format 2 a package also carries the case's parties (with counsel and firms), appointments
//! (with the neutrals they name, as roster profiles), conflict records and hearings (rooms by
//! code), and the removal marks of its hearings and documents. Importing matches the people to
//! this roster instead of duplicating them (`people.rs`), and a preview runs the whole import on
//! a copy of the database in memory, conflict checks included, before anything is written.

use crate::dto::{DisclosureInputDto, ExportedFileDto, PackageReportDto, PackageResolutionDto};
use crate::error::PackageRefusal;
use crate::{App, AppError};
use docket_store::repo;
use docket_store::repo::package::{CaseRows, GROUPED, KEYED};
use records::{Problem, is_digest};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

mod apply;
mod linked;
mod people;
mod records;

const FORMAT: &str = "bay-docket-case-package";
/// The package format this build writes and reads (1: the case's own records; 2: also its
/// parties, appointments, conflict records, hearings and the people they name).
pub const PACKAGE_VERSION: u32 = 2;
/// The largest `case.json` a package may hold.
const MAX_CASE_JSON: usize = 64 * 1024 * 1024;

/// The rows of a case as they travel in `case.json`.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Content {
    tables: BTreeMap<String, Vec<Map<String, Value>>>,
    audit: Vec<Map<String, Value>>,
    /// The people the rows name (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    roster: Option<linked::RosterSection>,
}

impl From<CaseRows> for Content {
    fn from(r: CaseRows) -> Self {
        Self {
            tables: r.tables,
            audit: r.audit,
            roster: None,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    schema: u32,
    app_version: String,
    exported_at: String,
    case_id: String,
    reference: String,
    /// Entry name → SHA-256 of its bytes.
    entries: BTreeMap<String, String>,
}

fn refused(path: &Path, reason: PackageRefusal, detail: impl Into<String>) -> AppError {
    AppError::PackageRefused {
        path: path.display().to_string(),
        reason,
        at: String::new(),
        detail: detail.into(),
    }
}

/// A refusal that names where in the package the problem is.
fn refused_at(path: &Path, p: Problem) -> AppError {
    AppError::PackageRefused {
        path: path.display().to_string(),
        reason: p.reason,
        at: p.at,
        detail: p.detail,
    }
}

fn digest_of(v: &impl Serialize) -> String {
    let text = serde_json::to_string(v).unwrap_or_default();
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Every record's digest: (entity, key, digest).
fn digests(c: &Content) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for t in KEYED {
        for r in c.tables.get(t).into_iter().flatten() {
            let key = r.get("id").and_then(Value::as_str).unwrap_or_default();
            out.push((t.to_owned(), key.to_owned(), digest_of(r)));
        }
    }
    for t in GROUPED {
        let group = c.tables.get(t).cloned().unwrap_or_default();
        out.push((t.to_owned(), "all".to_owned(), digest_of(&group)));
    }
    out
}

fn label(entity: &str, r: Option<&Map<String, Value>>) -> String {
    let s = |k: &str| {
        r.and_then(|m| m.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    match entity {
        "cases" => s("reference"),
        "case_deadlines" => s("name_en"),
        "checklist_items" => s("title_en"),
        "documents" => s("title"),
        "notes" => s("body").chars().take(60).collect(),
        "appointments" => s("role"),
        "conflict_records" => s("subject"),
        "hearings" => format!("{} {}", s("starts_local"), s("zone")),
        other => other.to_owned(),
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn field_diffs(
    here: &Map<String, Value>,
    there: &Map<String, Value>,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (k, v) in there {
        if here.get(k) != Some(v) && k != "updated_at" {
            out.push((k.clone(), show(here.get(k)), show(Some(v))));
        }
    }
    out
}

/// A package read and checked: its manifest, its rows, and the documents it carries (each named by
/// the digest of its bytes). Blobs are checked, not kept in memory.
struct Checked {
    manifest: Manifest,
    content: Content,
    blobs: std::collections::BTreeSet<String>,
    people: linked::People,
    /// The tables the package carries.
    present: std::collections::BTreeSet<String>,
}

/// The clerk's reason for an archive that cannot be read as a package.
fn unreadable(path: &Path, e: crate::formats::archive::ScanError) -> AppError {
    use crate::formats::archive::ScanError;
    match e {
        ScanError::Unreadable(d) => refused(path, PackageRefusal::Unreadable, d),
        ScanError::NotAnArchive(d) => refused(path, PackageRefusal::NotAPackage, d),
        ScanError::Broken(d) | ScanError::Mismatch(d) => refused(path, PackageRefusal::Tampered, d),
        ScanError::Write(e) => crate::files::write_failed(path, &e),
    }
}

/// Reads and checks a package: format, version, every entry's hash against the manifest, nothing
/// missing and nothing extra. Writes nothing.
fn check(path: &Path) -> Result<Checked, AppError> {
    let mut content_bytes = Vec::new();
    let mut too_large = false;
    let scanned = crate::formats::archive::scan(path, |name, chunk| {
        if name == "case.json" {
            if content_bytes.len() + chunk.len() > MAX_CASE_JSON {
                too_large = true;
            } else {
                content_bytes.extend_from_slice(chunk);
            }
        }
        Ok(())
    })
    .map_err(|e| unreadable(path, e))?;
    let manifest: Manifest = serde_json::from_slice(
        &scanned
            .manifest
            .ok_or_else(|| refused(path, PackageRefusal::NotAPackage, "no manifest"))?,
    )
    .map_err(|e| refused(path, PackageRefusal::NotAPackage, e.to_string()))?;
    if manifest.format != FORMAT {
        return Err(refused(
            path,
            PackageRefusal::NotAPackage,
            manifest.format.clone(),
        ));
    }
    let schema = u32::try_from(docket_store::schema_version()).unwrap_or(u32::MAX);
    if manifest.version > PACKAGE_VERSION || manifest.schema > schema {
        return Err(refused(
            path,
            PackageRefusal::TooNew,
            format!("package v{} schema {}", manifest.version, manifest.schema),
        ));
    }
    if scanned.digests != manifest.entries {
        let differing = crate::formats::archive::differing(&manifest.entries, &scanned.digests);
        return Err(refused(
            path,
            PackageRefusal::Tampered,
            format!("{differing:?} do not match the manifest"),
        ));
    }
    // Every other entry is a document named by the digest of its bytes, and nothing else.
    let mut blobs = std::collections::BTreeSet::new();
    for (name, digest) in &scanned.digests {
        if name == "case.json" {
            continue;
        }
        let hash = name.strip_prefix("blobs/").unwrap_or_default();
        if !is_digest(hash) {
            return Err(refused_at(
                path,
                Problem {
                    reason: PackageRefusal::NotADigest,
                    at: name.clone(),
                    detail: name.clone(),
                },
            ));
        }
        if hash != digest {
            return Err(refused_at(
                path,
                Problem {
                    reason: PackageRefusal::DigestMismatch,
                    at: name.clone(),
                    detail: format!("the bytes' SHA-256 is {digest}"),
                },
            ));
        }
        blobs.insert(hash.to_owned());
    }
    if !scanned.digests.contains_key("case.json") {
        return Err(refused(path, PackageRefusal::Tampered, "no case.json"));
    }
    if too_large {
        return Err(refused_at(
            path,
            Problem {
                reason: PackageRefusal::InvalidValue,
                at: "case.json".into(),
                detail: format!("more than {MAX_CASE_JSON} bytes"),
            },
        ));
    }
    let records = records::read(&content_bytes, &manifest.case_id, &manifest.reference)
        .map_err(|p| refused_at(path, p))?;
    // A file document whose bytes the package does not carry is refused, not registered empty.
    for (i, d) in records.documents.iter().enumerate() {
        if let Some(h) = &d.sha256
            && !blobs.contains(h)
        {
            return Err(refused_at(
                path,
                Problem {
                    reason: PackageRefusal::MissingDocument,
                    at: format!("documents #{} › sha256", i + 1),
                    detail: h.clone(),
                },
            ));
        }
    }
    let content = Content {
        tables: records.tables,
        audit: records.audit,
        roster: None,
    };
    Ok(Checked {
        manifest,
        content,
        blobs,
        people: records.people,
        present: records.present,
    })
}

impl App {
    /// Writes one case as a package. Confidential mediation documents and notes (Cap 620) need a
    /// permitted ground; the decision is logged either way.
    pub fn export_package(
        &mut self,
        reference: &str,
        out: &Path,
        disclosure: &DisclosureInputDto,
    ) -> Result<ExportedFileDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let id = case.id.to_string();
        let mut content: Content = self.store.read(|c| repo::package::read(c, &id))?.into();
        content.roster = Some(self.store.read(|c| people::section(c, &content.tables))?);
        let confidential = ["documents", "notes"]
            .iter()
            .flat_map(|t| content.tables.get(*t).into_iter().flatten())
            .filter(|r| r.get("confidential").and_then(Value::as_i64) == Some(1))
            .count();
        self.gate_export(&case, "package_export", confidential, disclosure)?;
        let hashes: Vec<String> = content
            .tables
            .get("documents")
            .into_iter()
            .flatten()
            .filter_map(|r| r.get("sha256").and_then(Value::as_str).map(str::to_owned))
            .filter(|h| is_digest(h))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let store = if hashes.is_empty() {
            None
        } else {
            Some(self.doc_store()?)
        };
        let body = serde_json::to_vec(&content).map_err(|e| AppError::Internal {
            detail: e.to_string(),
        })?;
        let mut entries = BTreeMap::new();
        entries.insert("case.json".to_owned(), crate::docstore::sha256_hex(&body));
        for h in &hashes {
            entries.insert(format!("blobs/{h}"), h.clone());
        }
        let manifest = Manifest {
            format: FORMAT.into(),
            version: PACKAGE_VERSION,
            schema: u32::try_from(docket_store::schema_version()).unwrap_or(0),
            app_version: env!("CARGO_PKG_VERSION").into(),
            exported_at: self.clock.now().to_rfc3339(),
            case_id: id.clone(),
            reference: case.reference.clone(),
            entries,
        };
        let manifest_bytes =
            serde_json::to_vec_pretty(&manifest).map_err(|e| AppError::Internal {
                detail: e.to_string(),
            })?;
        crate::files::write_with(out, |file| {
            let mut b = tar::Builder::new(file);
            let manifest_len = manifest_bytes.len() as u64;
            crate::formats::archive::append(
                &mut b,
                "manifest.json",
                manifest_len,
                &manifest_bytes[..],
            )?;
            crate::formats::archive::append(&mut b, "case.json", body.len() as u64, &body[..])?;
            if let Some(store) = &store {
                for h in &hashes {
                    let f = store.open(h)?;
                    let len = f.metadata()?.len();
                    crate::formats::archive::append(&mut b, &format!("blobs/{h}"), len, f)?;
                }
            }
            b.finish()
        })?;
        let base = digests(&content);
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::set_package_base(tx, &id, &base)?;
            repo::workflow::audit(
                tx,
                "case",
                &id,
                "package_exported",
                None,
                Some(&out.display().to_string()),
                now,
            )?;
            Ok(())
        })?;
        let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
        Ok(ExportedFileDto {
            path: out.display().to_string(),
            bytes,
            confidential_items: u32::try_from(confidential).unwrap_or(u32::MAX),
        })
    }

    /// Imports a package. With conflicts that `resolutions` does not answer, nothing is written and
    /// the report lists them; otherwise everything is applied in one transaction, and the report
    /// gives the conflict checks of the case's appointments as this roster reads them.
    pub fn import_package(
        &mut self,
        path: &Path,
        resolutions: &[PackageResolutionDto],
    ) -> Result<PackageReportDto, AppError> {
        let mut r = self.import_with(path, resolutions, true)?;
        if r.applied {
            r.findings = self.standing_findings(&r.reference)?;
        }
        Ok(r)
    }

    /// What importing a package would do — records added, matched, updated or kept, people
    /// matched to this roster, conflicts to answer, and the conflict checks afterwards — found by
    /// running the import on a copy of the database in memory. Nothing here is written.
    pub fn preview_package(
        &self,
        path: &Path,
        resolutions: &[PackageResolutionDto],
    ) -> Result<PackageReportDto, AppError> {
        let mut scratch = App {
            store: self.store.scratch_copy()?,
            clock: self.clock.clone(),
            ids: self.ids.clone(),
            session_locale: self.session_locale,
        };
        let mut r = scratch.import_with(path, resolutions, false)?;
        if r.applied {
            r.findings = scratch.standing_findings(&r.reference)?;
        }
        r.applied = false;
        r.preview = true;
        Ok(r)
    }
}

impl App {
    /// Imports a package whose bytes the window read from a file the clerk picked.
    pub fn import_package_bytes(
        &mut self,
        bytes: &[u8],
        resolutions: &[PackageResolutionDto],
        preview: bool,
    ) -> Result<PackageReportDto, AppError> {
        let work = self.work_dir()?;
        let dir = work.path();
        let mut tmp = tempfile::Builder::new()
            .suffix(".bdpkg")
            .tempfile_in(dir)
            .map_err(|e| crate::files::write_failed(dir, &e))?;
        std::io::Write::write_all(&mut tmp, bytes)
            .map_err(|e| crate::files::write_failed(tmp.path(), &e))?;
        if preview {
            self.preview_package(tmp.path(), resolutions)
        } else {
            self.import_package(tmp.path(), resolutions)
        }
    }
}

/// Verifies a package without importing it (the command line's `package verify`).
pub fn verify_package(path: &Path) -> Result<(String, u32), AppError> {
    let c = check(path)?;
    Ok((c.manifest.reference, c.manifest.version))
}

#[cfg(test)]
pub(crate) mod tests;
