//! The document store: files copied into a folder beside the database, each named by the SHA-256 of
//! its bytes (`documents/ab/abcdef…`). A file is written to a temporary name, synced and renamed, so a
//! crash leaves either the whole file or nothing; the same bytes are stored once. The folders are
//! owner-only (0700) and so are the files (0600).

use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The content-addressed folder.
#[derive(Debug, Clone)]
pub struct DocStore {
    root: PathBuf,
}

/// A stored file: its hash and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub size: u64,
}

impl DocStore {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the bytes with this hash live (whether or not they are there). Only a digest
    /// ([`is_digest`]) names a file: anything else — a path, `..`, upper case — maps to a name
    /// inside the store that is never written, so it is never found.
    pub fn path_of(&self, sha256: &str) -> PathBuf {
        if !is_digest(sha256) {
            return self.root.join("not-a-digest");
        }
        let prefix = sha256.get(..2).unwrap_or("00");
        self.root.join(prefix).join(sha256)
    }

    /// Whether the bytes with this hash are present.
    pub fn has(&self, sha256: &str) -> bool {
        self.path_of(sha256).is_file()
    }

    /// Copies everything `reader` yields into the store.
    pub fn put(&self, reader: &mut dyn Read) -> std::io::Result<Stored> {
        crate::files::private_dir(&self.root)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(&crate::files::temp_prefix())
            .tempfile_in(&self.root)?;
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            let chunk = buf.get(..n).unwrap_or_default();
            hasher.update(chunk);
            tmp.write_all(chunk)?;
            size += n as u64;
        }
        tmp.as_file().sync_all()?;
        let sha256 = hex::encode(hasher.finalize());
        let dest = self.path_of(&sha256);
        if dest.is_file() {
            // Same bytes already stored; the temporary copy is removed on drop.
            return Ok(Stored { sha256, size });
        }
        if let Some(dir) = dest.parent() {
            crate::files::private_dir(dir)?;
        }
        tmp.persist(&dest).map_err(|e| e.error)?;
        if let Some(dir) = dest.parent()
            && let Ok(d) = std::fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(Stored { sha256, size })
    }

    /// Opens stored bytes for reading.
    pub fn open(&self, sha256: &str) -> std::io::Result<std::fs::File> {
        std::fs::File::open(self.path_of(sha256))
    }
}

/// Whether `s` is a SHA-256 digest as this app writes it: 64 lowercase hexadecimal characters.
pub fn is_digest(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The SHA-256 of some bytes, in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_bytes_are_stored_once_under_their_hash() {
        let dir = tempfile::tempdir().unwrap();
        let store = DocStore::new(dir.path().join("documents"));
        let a = store.put(&mut &b"Statement of claim"[..]).unwrap();
        let b = store.put(&mut &b"Statement of claim"[..]).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.size, 18);
        assert_eq!(a.sha256, sha256_hex(b"Statement of claim"));
        assert!(store.has(&a.sha256));
        let mut back = String::new();
        store
            .open(&a.sha256)
            .unwrap()
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, "Statement of claim");
        // Only the file itself is left: no temporary names.
        let files: Vec<_> = walk(store.root());
        assert_eq!(files.len(), 1, "{files:?}");
    }

    fn walk(p: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(p).unwrap().flatten() {
            if e.path().is_dir() {
                out.extend(walk(&e.path()));
            } else {
                out.push(e.path());
            }
        }
        out
    }
}
