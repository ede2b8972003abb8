//! Search across the centre's records in both scripts: the entries each case, document, note,
//! neutral and party puts in the index, rebuilding the index, and finding by text.

use crate::dto::SearchHitDto;
use crate::{App, AppError, FieldProblemReason};
use docket_domain::case::Case;
use docket_domain::prep::{Document, DocumentKind, Note};
use docket_domain::roster::search::fold;
use docket_store::StoreError;
use docket_store::repo::{self, prep::SearchEntry};

impl App {
    /// Rebuilds the search index from every case, party, neutral, document and note.
    pub fn reindex_search(&mut self) -> Result<u32, AppError> {
        // Removed neutrals and parties leave search; retired ones can still be found.
        let (cases, neutrals, parties) = self.store.read(|c| -> Result<_, StoreError> {
            use repo::removal::{Record, inactive};
            let (gone_n, gone_p) = (
                inactive(c, Record::Neutral, false)?,
                inactive(c, Record::Party, false)?,
            );
            let mut neutrals = repo::neutrals::list(c)?;
            neutrals.retain(|n| !gone_n.contains(&n.id.to_string()));
            let mut parties = repo::parties::list_parties(c)?;
            parties.retain(|(p, _)| !gone_p.contains(&p.id.to_string()));
            Ok((repo::cases::list(c)?, neutrals, parties))
        })?;
        let mut entries: Vec<SearchEntry> = Vec::new();
        for c in &cases {
            entries.extend(self.store.read(|conn| case_entries(conn, c))?);
        }
        entries.extend(neutrals.iter().map(neutral_entry));
        entries.extend(parties.iter().map(|(p, _)| party_entry(p)));
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::clear_index(tx)?;
            for e in &entries {
                repo::prep::index(tx, e)?;
            }
            Ok(())
        })?;
        Ok(u32::try_from(entries.len()).unwrap_or(u32::MAX))
    }

    /// Finds cases, parties, neutrals, documents and notes whose text contains `text`, in either
    /// script (陈 finds 陳) and ignoring case and spaces. At most 50 results.
    pub fn search(&mut self, text: &str) -> Result<Vec<SearchHitDto>, AppError> {
        let folded = fold(text);
        if folded.is_empty() {
            return Err(AppError::field("text", FieldProblemReason::Required));
        }
        if self.store.read(repo::prep::index_is_empty)? {
            self.reindex_search()?;
        }
        let hits = self.store.read(|c| repo::prep::search(c, &folded, 50))?;
        Ok(hits
            .into_iter()
            .map(|h| SearchHitDto {
                kind: h.kind,
                key: h.key,
                case_reference: h.case_ref,
                label: h.label,
            })
            .collect())
    }
}

/// A case's entries: the case itself, its documents and its notes (removing a case takes them out
/// of the index; restoring puts them back).
pub(crate) fn case_entries(
    conn: &docket_store::Connection,
    c: &Case,
) -> Result<Vec<SearchEntry>, StoreError> {
    let mut entries = vec![case_entry(c)];
    entries.extend(
        repo::prep::documents(conn, c.id)?
            .iter()
            .map(|d| document_entry(&c.reference, &d.document)),
    );
    entries.extend(
        repo::prep::notes(conn, c.id)?
            .iter()
            .map(|n| note_entry(&c.reference, n)),
    );
    Ok(entries)
}

/// The search entry of a case.
pub(crate) fn case_entry(c: &Case) -> SearchEntry {
    SearchEntry {
        kind: "case".into(),
        key: c.id.to_string(),
        case_ref: c.reference.clone(),
        label: c.title.display(false).to_owned(),
        text: fold(&format!("{} {} {}", c.reference, c.title.en, c.title.zh)),
    }
}

pub(crate) fn document_entry(case_ref: &str, d: &Document) -> SearchEntry {
    let file = match &d.kind {
        DocumentKind::File { file_name, .. } => file_name.as_str(),
        DocumentKind::Paper { location } => location.as_str(),
    };
    SearchEntry {
        kind: "document".into(),
        key: d.id.clone(),
        case_ref: case_ref.to_owned(),
        label: d.title.clone(),
        text: fold(&format!("{} {} {}", d.title, d.tags.join(" "), file)),
    }
}

pub(crate) fn note_entry(case_ref: &str, n: &Note) -> SearchEntry {
    let label: String = n.body.chars().take(80).collect();
    SearchEntry {
        kind: "note".into(),
        key: n.id.clone(),
        case_ref: case_ref.to_owned(),
        label,
        text: fold(&n.body),
    }
}

pub(crate) fn neutral_entry(n: &docket_domain::roster::Neutral) -> SearchEntry {
    SearchEntry {
        kind: "neutral".into(),
        key: n.id.to_string(),
        case_ref: String::new(),
        label: format!("{} {}", n.name.en, n.name.zh),
        text: fold(&format!(
            "{} {} {}",
            n.name.en,
            n.name.zh,
            n.email.as_deref().unwrap_or_default()
        )),
    }
}

pub(crate) fn party_entry(p: &docket_domain::roster::party::Party) -> SearchEntry {
    SearchEntry {
        kind: "party".into(),
        key: p.id.to_string(),
        case_ref: String::new(),
        label: format!("{} {}", p.name.en, p.name.zh),
        text: fold(&format!("{} {}", p.name.en, p.name.zh)),
    }
}

/// Rewrites a case's search entries (the case, its documents and notes) inside the caller's
/// transaction, so they change together with the records.
pub(crate) fn reindex_in(tx: &docket_store::Transaction<'_>, case: &Case) -> Result<(), AppError> {
    let docs = repo::prep::documents(tx, case.id)?;
    let notes = repo::prep::notes(tx, case.id)?;
    let mut entries = vec![case_entry(case)];
    entries.extend(
        docs.iter()
            .map(|d| document_entry(&case.reference, &d.document)),
    );
    entries.extend(notes.iter().map(|n| note_entry(&case.reference, n)));
    for e in &entries {
        repo::prep::index(tx, e)?;
    }
    Ok(())
}
