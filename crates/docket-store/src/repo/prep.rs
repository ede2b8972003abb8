//! Case preparation tables: checklists and their templates, the document register, bundles, notes,
//! Cap 620 disclosure grounds and decisions, the search index, and the package base digests.

use super::rows::{all, from_str, opt_parsed, opt_text, parsed, text};
use super::{split_list, stamp};
use crate::StoreError;
use docket_domain::id::CaseId;
use docket_domain::prep::{ChecklistItem, Document, DocumentKind, ItemStatus, Note, TemplateItem};
use docket_domain::text::Bilingual;
use docket_domain::time::Instant;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// The checklist template of a workflow model, in order.
pub fn template(conn: &Connection, model: &str) -> Result<Vec<TemplateItem>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, position, title_en, title_zh, deadline_code FROM checklist_templates
         WHERE model = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([model], |r| {
        Ok(TemplateItem {
            code: r.get(0)?,
            position: r.get(1)?,
            title: Bilingual::new(r.get::<_, String>(2)?, r.get::<_, String>(3)?),
            deadline_code: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Replaces one line of a model's template (or adds it).
pub fn set_template_item(
    tx: &Transaction<'_>,
    model: &str,
    item: &TemplateItem,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO checklist_templates (model, code, position, title_en, title_zh, deadline_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (model, code) DO UPDATE SET position = excluded.position,
             title_en = excluded.title_en, title_zh = excluded.title_zh,
             deadline_code = excluded.deadline_code",
        params![
            model,
            item.code,
            item.position,
            item.title.en,
            item.title.zh,
            item.deadline_code
        ],
    )?;
    Ok(())
}

/// A case's checklist, in order.
pub fn checklist(conn: &Connection, case: CaseId) -> Result<Vec<ChecklistItem>, StoreError> {
    const T: &str = "checklist_items";
    let mut stmt = conn.prepare_cached(
        "SELECT id, code, position, title_en, title_zh, owner, due, deadline_code, status
         FROM checklist_items WHERE case_id = ?1 ORDER BY position, code",
    )?;
    all(&mut stmt, [case.to_string()], |r| {
        Ok(ChecklistItem {
            id: text(r, 0)?,
            code: text(r, 1)?,
            position: r.get(2)?,
            title: Bilingual::new(text(r, 3)?, text(r, 4)?),
            owner: text(r, 5)?,
            due: opt_parsed(r, 6, T, "due", from_str)?,
            deadline_code: opt_text(r, 7)?,
            status: parsed(r, 8, T, "status", ItemStatus::parse)?,
        })
    })
}

/// Adds or replaces a checklist item (matched by id).
pub fn put_item(
    tx: &Transaction<'_>,
    case: CaseId,
    item: &ChecklistItem,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO checklist_items (id, case_id, code, position, title_en, title_zh, owner, due,
                                      deadline_code, status, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, title_en = excluded.title_en,
             title_zh = excluded.title_zh, owner = excluded.owner, due = excluded.due,
             deadline_code = excluded.deadline_code, status = excluded.status,
             updated_at = excluded.updated_at",
        params![
            item.id,
            case.to_string(),
            item.code,
            item.position,
            item.title.en,
            item.title.zh,
            item.owner,
            item.due.map(|d| d.to_string()),
            item.deadline_code,
            item.status.as_str(),
            stamp(now),
        ],
    )?;
    Ok(())
}

/// A document row with its case and when it was added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    pub case_id: String,
    pub document: Document,
    pub added_at: String,
}

const DOC_COLUMNS: &str =
    "id, case_id, title, kind, sha256, size, media_type, file_name, location, pages,
     tags, confidential, replaces, version, superseded, added_by, added_at";

fn document_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentRow> {
    let kind: String = r.get(3)?;
    let kind = if kind == "file" {
        DocumentKind::File {
            sha256: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
            size: u64::try_from(r.get::<_, Option<i64>>(5)?.unwrap_or(0)).unwrap_or(0),
            media_type: r.get(6)?,
            file_name: r.get(7)?,
        }
    } else {
        DocumentKind::Paper {
            location: r.get(8)?,
        }
    };
    Ok(DocumentRow {
        case_id: r.get(1)?,
        document: Document {
            id: r.get(0)?,
            title: r.get(2)?,
            kind,
            pages: u32::try_from(r.get::<_, i64>(9)?).unwrap_or(1),
            tags: split_list(&r.get::<_, String>(10)?),
            confidential: r.get::<_, i64>(11)? == 1,
            replaces: r.get(12)?,
            version: u32::try_from(r.get::<_, i64>(13)?).unwrap_or(1),
            superseded: r.get::<_, i64>(14)? == 1,
            added_by: r.get(15)?,
        },
        added_at: r.get(16)?,
    })
}

/// Every document of a case (current and superseded, not removed), oldest first.
pub fn documents(conn: &Connection, case: CaseId) -> Result<Vec<DocumentRow>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DOC_COLUMNS} FROM documents WHERE case_id = ?1 AND removed_at IS NULL
         ORDER BY added_at, version, id"
    ))?;
    let rows = stmt.query_map([case.to_string()], document_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One document by id.
pub fn document(conn: &Connection, id: &str) -> Result<Option<DocumentRow>, StoreError> {
    Ok(conn
        .query_row(
            &format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1"),
            [id],
            document_row,
        )
        .optional()?)
}

/// Adds or replaces a document row (matched by id).
pub fn put_document(
    tx: &Transaction<'_>,
    case: CaseId,
    d: &Document,
    added_at: &str,
    now: Instant,
) -> Result<(), StoreError> {
    let (kind, sha, size, media, file, location) = match &d.kind {
        DocumentKind::File {
            sha256,
            size,
            media_type,
            file_name,
        } => (
            "file",
            Some(sha256.as_str()),
            Some(i64::try_from(*size).unwrap_or(i64::MAX)),
            media_type.as_str(),
            file_name.as_str(),
            "",
        ),
        DocumentKind::Paper { location } => ("paper", None, None, "", "", location.as_str()),
    };
    tx.execute(
        "INSERT INTO documents (id, case_id, title, kind, sha256, size, media_type, file_name, location,
                                pages, tags, confidential, replaces, version, superseded, added_by,
                                added_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, pages = excluded.pages,
             tags = excluded.tags, confidential = excluded.confidential,
             superseded = excluded.superseded, location = excluded.location,
             updated_at = excluded.updated_at",
        params![
            d.id,
            case.to_string(),
            d.title,
            kind,
            sha,
            size,
            media,
            file,
            location,
            i64::from(d.pages),
            d.tags.join(","),
            i64::from(d.confidential),
            d.replaces,
            i64::from(d.version),
            i64::from(d.superseded),
            d.added_by,
            added_at,
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Every content hash any document refers to (what the store must keep and a backup must carry).
pub fn referenced_hashes(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT DISTINCT sha256 FROM documents WHERE sha256 IS NOT NULL ORDER BY 1")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A case's bundle: (tab, document id) in order.
pub fn bundle(conn: &Connection, case: CaseId) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT tab, document_id FROM bundle_entries WHERE case_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([case.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Replaces a case's bundle.
pub fn set_bundle(
    tx: &Transaction<'_>,
    case: CaseId,
    entries: &[(String, String)],
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM bundle_entries WHERE case_id = ?1",
        [case.to_string()],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO bundle_entries (case_id, position, tab, document_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, (tab, doc)) in entries.iter().enumerate() {
        stmt.execute(params![
            case.to_string(),
            i64::try_from(i).unwrap_or(i64::MAX),
            tab,
            doc
        ])?;
    }
    Ok(())
}

/// A case's notes, newest first.
pub fn notes(conn: &Connection, case: CaseId) -> Result<Vec<Note>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, body, confidential, author, created_at, updated_at FROM notes
         WHERE case_id = ?1 ORDER BY created_at DESC, id",
    )?;
    let rows = stmt.query_map([case.to_string()], |r| {
        Ok(Note {
            id: r.get(0)?,
            body: r.get(1)?,
            confidential: r.get::<_, i64>(2)? == 1,
            author: r.get(3)?,
            created_at: r.get(4)?,
            updated_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Adds or replaces a note (matched by id).
pub fn put_note(tx: &Transaction<'_>, case: CaseId, n: &Note) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO notes (id, case_id, body, confidential, author, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, confidential = excluded.confidential,
             updated_at = excluded.updated_at",
        params![
            n.id,
            case.to_string(),
            n.body,
            i64::from(n.confidential),
            n.author,
            n.created_at,
            n.updated_at
        ],
    )?;
    Ok(())
}

/// A Cap 620 ground: code, name, source.
pub type Ground = (String, Bilingual, String);

/// The permitted disclosure grounds.
pub fn grounds(conn: &Connection) -> Result<Vec<Ground>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, name_en, name_zh, source FROM disclosure_grounds ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            Bilingual::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
            r.get(3)?,
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Records a decision on exporting confidential material.
#[allow(clippy::too_many_arguments)]
pub fn record_disclosure(
    tx: &Transaction<'_>,
    case: CaseId,
    action: &str,
    ground: Option<&str>,
    note: &str,
    items: usize,
    by: &str,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO disclosures (case_id, action, outcome, ground, note, items, by_whom, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            case.to_string(),
            action,
            if ground.is_some() {
                "permitted"
            } else {
                "refused"
            },
            ground,
            note,
            i64::try_from(items).unwrap_or(i64::MAX),
            by,
            stamp(now)
        ],
    )?;
    Ok(())
}

/// A case's disclosure decisions, newest first: (action, outcome, ground, note, items, by, at).
pub type Disclosure = (String, String, Option<String>, String, i64, String, String);

pub fn disclosures(conn: &Connection, case: CaseId) -> Result<Vec<Disclosure>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, outcome, ground, note, items, by_whom, at FROM disclosures
         WHERE case_id = ?1 ORDER BY id DESC",
    )?;
    let rows = stmt.query_map([case.to_string()], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One entry of the search index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchEntry {
    /// `case`, `party`, `neutral`, `document` or `note`.
    pub kind: String,
    pub key: String,
    pub case_ref: String,
    pub label: String,
    /// Folded text (see `docket_domain::roster::search::fold`).
    pub text: String,
}

/// The row id of an index entry: a 63-bit FNV-1a hash of kind and key, so replacing an entry finds
/// it by row id instead of scanning the unindexed columns.
fn entry_rowid(kind: &str, key: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in kind.bytes().chain([0u8]).chain(key.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    i64::try_from(h >> 1).unwrap_or(i64::MAX)
}

/// Replaces the index entry of (`kind`, `key`).
pub fn index(tx: &Transaction<'_>, e: &SearchEntry) -> Result<(), StoreError> {
    let rowid = entry_rowid(&e.kind, &e.key);
    tx.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?
        .execute([rowid])?;
    tx.prepare_cached(
        "INSERT INTO search_index (rowid, kind, key, case_ref, label, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![rowid, e.kind, e.key, e.case_ref, e.label, e.text])?;
    Ok(())
}

/// Removes the entry of (`kind`, `key`), if there is one.
pub fn unindex(tx: &Transaction<'_>, kind: &str, key: &str) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?
        .execute([entry_rowid(kind, key)])?;
    Ok(())
}

/// Removes every entry of one case (the case, its documents and notes) from the index.
pub fn unindex_case(tx: &Transaction<'_>, case_ref: &str) -> Result<(), StoreError> {
    tx.execute("DELETE FROM search_index WHERE case_ref = ?1", [case_ref])?;
    Ok(())
}

/// Empties the index (before rebuilding it).
pub fn clear_index(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute("DELETE FROM search_index", [])?;
    Ok(())
}

/// Whether the index holds no entry at all (one row read, not a count).
pub fn index_is_empty(conn: &Connection) -> Result<bool, StoreError> {
    Ok(
        !conn.query_row("SELECT EXISTS (SELECT 1 FROM search_index)", [], |r| {
            r.get::<_, bool>(0)
        })?,
    )
}

/// Entries whose folded text contains `folded` (already folded), at most `limit`. Three characters
/// or more use the trigram index; shorter queries scan.
pub fn search(conn: &Connection, folded: &str, limit: u32) -> Result<Vec<SearchEntry>, StoreError> {
    let map = |r: &rusqlite::Row<'_>| {
        Ok(SearchEntry {
            kind: r.get(0)?,
            key: r.get(1)?,
            case_ref: r.get(2)?,
            label: r.get(3)?,
            text: String::new(),
        })
    };
    let rows = if folded.chars().count() >= 3 {
        let quoted = format!("\"{}\"", folded.replace('"', "\"\""));
        let mut stmt = conn.prepare_cached(
            "SELECT kind, key, case_ref, label FROM search_index WHERE text MATCH ?1
             ORDER BY rank LIMIT ?2",
        )?;
        stmt.query_map(params![quoted, limit], map)?
            .collect::<Result<Vec<_>, _>>()?
    } else {
        let pattern = format!(
            "%{}%",
            folded
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let mut stmt = conn.prepare_cached(
            "SELECT kind, key, case_ref, label FROM search_index WHERE text LIKE ?1 ESCAPE '\\'
             LIMIT ?2",
        )?;
        stmt.query_map(params![pattern, limit], map)?
            .collect::<Result<Vec<_>, _>>()?
    };
    Ok(rows)
}

/// The digests a case's last package carried: (entity, key) → digest.
pub fn package_base(
    conn: &Connection,
    case: &str,
) -> Result<std::collections::HashMap<(String, String), String>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT entity, key, digest FROM package_base WHERE case_id = ?1")?;
    let rows = stmt.query_map([case], |r| {
        Ok(((r.get(0)?, r.get(1)?), r.get::<_, String>(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Replaces the digests of a case's last package.
pub fn set_package_base(
    tx: &Transaction<'_>,
    case: &str,
    digests: &[(String, String, String)],
) -> Result<(), StoreError> {
    tx.execute("DELETE FROM package_base WHERE case_id = ?1", [case])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO package_base (case_id, entity, key, digest) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (entity, key, digest) in digests {
        stmt.execute(params![case, entity, key, digest])?;
    }
    Ok(())
}
