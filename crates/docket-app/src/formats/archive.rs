//! The tar archives behind backups and case packages: a `manifest.json` that lists the SHA-256 of
//! every other entry, the entries themselves, and documents stored under their hash. Writing an entry,
//! reading every entry back with its digest, and copying documents out into the store live here once.

use crate::docstore::DocStore;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

/// Why an archive could not be read (the caller words it for the clerk).
#[derive(Debug)]
pub(crate) enum ScanError {
    /// The file cannot be opened.
    Unreadable(String),
    /// It does not start as an archive.
    NotAnArchive(String),
    /// It breaks off or is damaged after its first entry.
    Broken(String),
    /// What an entry was being copied into could not be written.
    Write(std::io::Error),
    /// A document's bytes do not match the hash it is named by.
    Mismatch(String),
}

/// Every entry's digest, and the manifest's own bytes when there is one.
pub(crate) struct Scanned {
    pub manifest: Option<Vec<u8>>,
    pub digests: BTreeMap<String, String>,
}

/// Appends one entry of `len` bytes read from `data`, readable by its owner only.
pub(crate) fn append<W: Write>(
    b: &mut tar::Builder<W>,
    name: &str,
    len: u64,
    data: impl Read,
) -> std::io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(len);
    h.set_mode(0o600);
    h.set_cksum();
    b.append_data(&mut h, name, data)
}

/// Reads every entry of the archive at `path`, computing its SHA-256 and handing each chunk of its
/// bytes to `sink(name, chunk)` (which keeps the entries it wants). Writes nothing itself.
pub(crate) fn scan(
    path: &Path,
    mut sink: impl FnMut(&str, &[u8]) -> std::io::Result<()>,
) -> Result<Scanned, ScanError> {
    let file = std::fs::File::open(path).map_err(|e| ScanError::Unreadable(e.to_string()))?;
    let mut archive = tar::Archive::new(file);
    let mut out = Scanned {
        manifest: None,
        digests: BTreeMap::new(),
    };
    let entries = archive
        .entries()
        .map_err(|e| ScanError::NotAnArchive(e.to_string()))?;
    let mut buf = vec![0u8; 256 * 1024];
    for entry in entries {
        // A file that does not even start as an archive is not one; one that breaks off later is
        // damaged or incomplete.
        let first = out.manifest.is_none() && out.digests.is_empty();
        let broken = |e: std::io::Error| {
            if first {
                ScanError::NotAnArchive(e.to_string())
            } else {
                ScanError::Broken(e.to_string())
            }
        };
        let mut entry = entry.map_err(broken)?;
        let name = entry.path().map_err(broken)?.to_string_lossy().into_owned();
        if name == "manifest.json" {
            let mut bytes = Vec::new();
            entry
                .read_to_end(&mut bytes)
                .map_err(|e| ScanError::Broken(e.to_string()))?;
            out.manifest = Some(bytes);
            continue;
        }
        let mut hasher = Sha256::new();
        loop {
            let n = entry
                .read(&mut buf)
                .map_err(|e| ScanError::Broken(e.to_string()))?;
            if n == 0 {
                break;
            }
            let chunk = buf.get(..n).unwrap_or_default();
            hasher.update(chunk);
            sink(&name, chunk).map_err(ScanError::Write)?;
        }
        out.digests.insert(name, hex::encode(hasher.finalize()));
    }
    Ok(out)
}

/// Copies the entries under `prefix` (each named by the SHA-256 of its bytes) into the document
/// store, skipping bytes the store already has. Returns how many were copied.
pub(crate) fn copy_documents(
    path: &Path,
    prefix: &str,
    store: &DocStore,
) -> Result<u32, ScanError> {
    let file = std::fs::File::open(path).map_err(|e| ScanError::Unreadable(e.to_string()))?;
    let mut archive = tar::Archive::new(file);
    let entries = archive
        .entries()
        .map_err(|e| ScanError::Broken(e.to_string()))?;
    let mut copied = 0;
    for entry in entries {
        let mut entry = entry.map_err(|e| ScanError::Broken(e.to_string()))?;
        let name = entry
            .path()
            .map_err(|e| ScanError::Broken(e.to_string()))?
            .to_string_lossy()
            .into_owned();
        let Some(hash) = name.strip_prefix(prefix) else {
            continue;
        };
        if !crate::docstore::is_digest(hash) {
            return Err(ScanError::Mismatch(name));
        }
        if store.has(hash) {
            continue;
        }
        let stored = store.put(&mut entry).map_err(ScanError::Write)?;
        if stored.sha256 != hash {
            return Err(ScanError::Mismatch(name));
        }
        copied += 1;
    }
    Ok(copied)
}

/// The entries whose digest differs from the manifest's, or that only one side lists.
pub(crate) fn differing<'a>(
    manifest: &'a BTreeMap<String, String>,
    found: &'a BTreeMap<String, String>,
) -> Vec<&'a String> {
    manifest
        .iter()
        .filter(|(k, v)| found.get(*k) != Some(*v))
        .map(|(k, _)| k)
        .chain(found.keys().filter(|k| !manifest.contains_key(*k)))
        .collect()
}
