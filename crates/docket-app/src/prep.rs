//! Case preparation use cases: the checklist generated from the workflow model, the document register
//! over the content-addressed store, the hearing bundle and its printable index, notes and the Cap 620
//! export rule. Each record's search entry is written by `search.rs`.

use crate::docstore::DocStore;
use crate::dto::{
    BilingualDto, BundleEntryDto, BundleLineDto, ChecklistItemDto, ChecklistUpdateDto,
    DisclosureDto, DisclosureInputDto, DocumentDto, ExportedFileDto, GroundDto, NewDocumentDto,
    NoteDto, PrepDto, TemplateItemDto, TemplateItemInputDto,
};
use crate::error::Expected;
use crate::{App, AppError, Entity, FieldProblemReason};
use docket_domain::case::{Case, CaseModel};
use docket_domain::prep::{
    self, BundleLine, ChecklistItem, Document, DocumentKind, ExportDecision, ItemStatus, Note,
};
use docket_store::StoreError;
use docket_store::repo;
use std::path::Path;

/// Where a new document's bytes come from.
#[derive(Debug)]
pub enum DocumentSource<'a> {
    /// A file on disk (the command line).
    Path(&'a Path),
    /// Bytes the window read from a file the clerk picked, with its name.
    Bytes { name: &'a str, bytes: &'a [u8] },
    /// A paper document: nothing to store.
    Paper,
}

/// Whether a case includes a mediation conducted in Hong Kong (Cap 620 s.5).
pub fn cap620_applies(model: CaseModel) -> bool {
    docket_domain::workflow::mediation_institution(model)
        == Some(docket_domain::workflow::Institution::Hkiac)
}

fn media_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "txt" => "text/plain",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "eml" => "message/rfc822",
        "msg" => "application/vnd.ms-outlook",
        _ => "application/octet-stream",
    }
}

fn document_dto(d: &Document, added_at: &str) -> DocumentDto {
    let (sha256, size, media, file, location) = match &d.kind {
        DocumentKind::File {
            sha256,
            size,
            media_type,
            file_name,
        } => (
            Some(sha256.clone()),
            Some(*size),
            media_type.clone(),
            file_name.clone(),
            String::new(),
        ),
        DocumentKind::Paper { location } => {
            (None, None, String::new(), String::new(), location.clone())
        }
    };
    DocumentDto {
        id: d.id.clone(),
        title: d.title.clone(),
        kind: (&d.kind).into(),
        sha256,
        size,
        media_type: media,
        file_name: file,
        location,
        pages: d.pages,
        tags: d.tags.clone(),
        confidential: d.confidential,
        version: d.version,
        replaces: d.replaces.clone(),
        superseded: d.superseded,
        added_by: d.added_by.clone(),
        added_at: added_at.to_owned(),
    }
}

fn note_dto(n: &Note) -> NoteDto {
    NoteDto {
        id: n.id.clone(),
        body: n.body.clone(),
        confidential: n.confidential,
        author: n.author.clone(),
        created_at: n.created_at.clone(),
    }
}

impl App {
    /// The content-addressed document store beside the database.
    pub(crate) fn doc_store(&self) -> Result<DocStore, AppError> {
        self.store
            .path()
            .and_then(Path::parent)
            .map(|d| DocStore::new(d.join("documents")))
            .ok_or_else(|| AppError::WriteFailed {
                path: "documents".into(),
                reason: "an in-memory database has no document folder".into(),
            })
    }

    /// Adds the template items the case's checklist lacks (generating it the first time), then
    /// returns everything on the case's preparation tab.
    pub fn prepare_case(&mut self, reference: &str) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let (template, existing) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::prep::template(c, case.model.as_str())?,
                repo::prep::checklist(c, case.id)?,
            ))
        })?;
        let missing = prep::missing_items(&template, &existing);
        if !missing.is_empty() {
            let now = self.clock.now();
            let items: Vec<ChecklistItem> = missing
                .iter()
                .map(|t| ChecklistItem {
                    id: self.ids.next_uuid().to_string(),
                    code: t.code.clone(),
                    position: t.position,
                    title: t.title.clone(),
                    owner: String::new(),
                    due: None,
                    deadline_code: t.deadline_code.clone(),
                    status: ItemStatus::Open,
                })
                .collect();
            self.store.write(|tx| -> Result<(), AppError> {
                for i in &items {
                    repo::prep::put_item(tx, case.id, i, now)?;
                }
                repo::workflow::audit(
                    tx,
                    "case",
                    &case.id.to_string(),
                    "checklist_generated",
                    None,
                    Some(&format!("{} items", items.len())),
                    now,
                )?;
                Ok(())
            })?;
        }
        self.prep(reference)
    }

    /// Everything on a case's preparation tab (nothing is written).
    pub fn prep(&self, reference: &str) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let l = self.locale();
        let (items, docs, bundle, notes, grounds, disclosures, deadlines) =
            self.store.read(|c| -> Result<_, StoreError> {
                Ok((
                    repo::prep::checklist(c, case.id)?,
                    repo::prep::documents(c, case.id)?,
                    repo::prep::bundle(c, case.id)?,
                    repo::prep::notes(c, case.id)?,
                    repo::prep::grounds(c)?,
                    repo::prep::disclosures(c, case.id)?,
                    repo::workflow::deadlines(c, Some(case.id))?,
                ))
            })?;
        let today = self.today();
        let checklist = items
            .iter()
            .map(|i| {
                let linked = i.deadline_code.as_deref().and_then(|code| {
                    deadlines
                        .iter()
                        .filter(|d| d.limit_code == code)
                        .map(|d| d.effective_due())
                        .max()
                });
                let due = i.due.or(linked);
                ChecklistItemDto {
                    id: i.id.clone(),
                    code: i.code.clone(),
                    title: BilingualDto::term(&i.title),
                    owner: i.owner.clone(),
                    due: due.map(|d| d.to_string()),
                    due_from_deadline: match (i.due, linked) {
                        (None, Some(_)) => i.deadline_code.clone(),
                        _ => None,
                    },
                    status: i.status.into(),
                    overdue: i.status == ItemStatus::Open && due.is_some_and(|d| d < today),
                }
            })
            .collect();
        let (entries, pages) = bundle_entries(&bundle, &docs);
        let _ = l;
        Ok(PrepDto {
            reference: case.reference.clone(),
            cap620: cap620_applies(case.model),
            checklist,
            documents: docs
                .iter()
                .map(|r| document_dto(&r.document, &r.added_at))
                .collect(),
            bundle: entries,
            bundle_pages: pages,
            notes: notes.iter().map(note_dto).collect(),
            grounds: grounds
                .iter()
                .map(|(code, name, source)| GroundDto {
                    code: code.clone(),
                    name: BilingualDto::from(name),
                    source: source.clone(),
                })
                .collect(),
            disclosures: disclosures
                .into_iter()
                .map(
                    |(action, outcome, ground, note, items, by, at)| DisclosureDto {
                        action,
                        outcome,
                        ground,
                        note,
                        items: u32::try_from(items).unwrap_or(0),
                        by,
                        at,
                    },
                )
                .collect(),
        })
    }

    /// The checklist template of every workflow model, in order.
    pub fn checklist_templates(&self) -> Result<Vec<TemplateItemDto>, AppError> {
        let mut out = Vec::new();
        for model in CaseModel::ALL {
            for t in self
                .store
                .read(|c| repo::prep::template(c, model.as_str()))?
            {
                out.push(TemplateItemDto {
                    model: model.into(),
                    code: t.code,
                    position: t.position,
                    title: BilingualDto::term(&t.title),
                    deadline_code: t.deadline_code,
                });
            }
        }
        Ok(out)
    }

    /// Adds a line to a model's checklist template, or changes one (matched by code). Cases already
    /// prepared get the new line the next time their checklist is opened; lines they have are kept.
    pub fn set_checklist_template(
        &mut self,
        input: &TemplateItemInputDto,
    ) -> Result<Vec<TemplateItemDto>, AppError> {
        let mut problems = Vec::new();
        if CaseModel::parse(input.model.trim()).is_none() {
            problems.push(crate::FieldProblem::malformed("model", Expected::CaseModel));
        }
        let code = input.code.trim();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            problems.push(crate::FieldProblem::malformed("code", Expected::Code));
        }
        if input.title_en.trim().is_empty() && input.title_zh.trim().is_empty() {
            problems.push(crate::FieldProblem::new(
                "title_en",
                FieldProblemReason::Required,
            ));
        }
        if !problems.is_empty() {
            return Err(AppError::Validation { fields: problems });
        }
        let item = prep::TemplateItem {
            code: code.to_owned(),
            position: i64::from(input.position),
            title: docket_domain::text::Bilingual::new(
                input.title_en.trim(),
                input.title_zh.trim(),
            ),
            deadline_code: input
                .deadline_code
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned),
        };
        let now = self.clock.now();
        let model = input.model.trim().to_owned();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::set_template_item(tx, &model, &item)?;
            repo::workflow::audit(
                tx,
                "checklist_template",
                &model,
                "line_set",
                None,
                Some(&format!(
                    "{} {} {}",
                    item.code, item.position, item.title.en
                )),
                now,
            )?;
            Ok(())
        })?;
        self.checklist_templates()
    }

    /// Changes a checklist item's owner, due date or status.
    pub fn update_checklist_item(
        &mut self,
        reference: &str,
        id: &str,
        change: &ChecklistUpdateDto,
    ) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let items = self.store.read(|c| repo::prep::checklist(c, case.id))?;
        let mut item =
            items
                .into_iter()
                .find(|i| i.id == id)
                .ok_or_else(|| AppError::NotFound {
                    entity: Entity::ChecklistItem,
                    key: id.to_owned(),
                })?;
        let before = format!(
            "{} {} {}",
            item.status.as_str(),
            item.owner,
            item.due.map(|d| d.to_string()).unwrap_or_default()
        );
        if let Some(owner) = &change.owner {
            item.owner = owner.trim().to_owned();
        }
        if let Some(due) = &change.due {
            item.due = match due.trim() {
                "" => None,
                d => Some(crate::input_date("due", d)?),
            };
        }
        if let Some(status) = &change.status {
            item.status = ItemStatus::parse(status)
                .ok_or_else(|| AppError::malformed("status", Expected::ChecklistStatus))?;
        }
        let after = format!(
            "{} {} {}",
            item.status.as_str(),
            item.owner,
            item.due.map(|d| d.to_string()).unwrap_or_default()
        );
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::put_item(tx, case.id, &item, now)?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                &format!("checklist:{}", item.code),
                Some(&before),
                Some(&after),
                now,
            )?;
            Ok(())
        })?;
        self.prep(reference)
    }

    /// Registers a document: a file is copied into the store first (so the record never points to
    /// bytes that are not there), then recorded with the case in one transaction. With `replaces`,
    /// the new document is the next version and the old one is kept, marked superseded.
    pub fn add_document(
        &mut self,
        reference: &str,
        source: DocumentSource<'_>,
        input: &NewDocumentDto,
    ) -> Result<DocumentDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let previous = match input.replaces.as_deref().filter(|s| !s.is_empty()) {
            Some(id) => Some(
                self.store
                    .read(|c| repo::prep::document(c, id))?
                    .filter(|r| r.case_id == case.id.to_string())
                    .ok_or_else(|| AppError::NotFound {
                        entity: Entity::Document,
                        key: id.to_owned(),
                    })?,
            ),
            None => None,
        };
        let kind = match source {
            DocumentSource::Path(path) => {
                let unreadable = |e: std::io::Error| AppError::FileUnreadable {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                };
                let meta = std::fs::metadata(path).map_err(unreadable)?;
                if !meta.is_file() {
                    return Err(AppError::FileUnreadable {
                        path: path.display().to_string(),
                        reason: "not a file".into(),
                    });
                }
                let mut f = std::fs::File::open(path).map_err(unreadable)?;
                let store = self.doc_store()?;
                let stored = store
                    .put(&mut f)
                    .map_err(|e| crate::files::write_failed(store.root(), &e))?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                DocumentKind::File {
                    sha256: stored.sha256,
                    size: stored.size,
                    media_type: media_type(&name).to_owned(),
                    file_name: name,
                }
            }
            DocumentSource::Bytes { name, bytes } => {
                let store = self.doc_store()?;
                let stored = store
                    .put(&mut &bytes[..])
                    .map_err(|e| crate::files::write_failed(store.root(), &e))?;
                DocumentKind::File {
                    sha256: stored.sha256,
                    size: stored.size,
                    media_type: media_type(name).to_owned(),
                    file_name: name.to_owned(),
                }
            }
            DocumentSource::Paper => DocumentKind::Paper {
                location: input.location.trim().to_owned(),
            },
        };
        let title = match input.title.trim() {
            "" => match &kind {
                DocumentKind::File { file_name, .. } => file_name.clone(),
                DocumentKind::Paper { .. } => String::new(),
            },
            t => t.to_owned(),
        };
        if title.is_empty() {
            return Err(AppError::field("title", FieldProblemReason::Required));
        }
        if matches!(kind, DocumentKind::Paper { ref location } if location.is_empty()) {
            return Err(AppError::field("location", FieldProblemReason::Required));
        }
        if input.pages == Some(0) {
            return Err(AppError::field(
                "pages",
                FieldProblemReason::OutOfRange {
                    min: 1,
                    max: 100_000,
                },
            ));
        }
        let doc = Document {
            id: self.ids.next_uuid().to_string(),
            title,
            kind,
            pages: input
                .pages
                .or(previous.as_ref().map(|p| p.document.pages))
                .unwrap_or(1),
            tags: prep::tags(&input.tags),
            confidential: input.confidential
                || previous.as_ref().is_some_and(|p| p.document.confidential),
            replaces: previous.as_ref().map(|p| p.document.id.clone()),
            version: previous.as_ref().map_or(1, |p| p.document.version + 1),
            superseded: false,
            added_by: input.added_by.trim().to_owned(),
        };
        let now = self.clock.now();
        let added_at = now.to_rfc3339();
        self.store.write(|tx| -> Result<(), AppError> {
            if let Some(p) = &previous {
                let mut old = p.document.clone();
                old.superseded = true;
                repo::prep::put_document(tx, case.id, &old, &p.added_at, now)?;
                // The bundle points to the current version.
                let lines: Vec<(String, String)> = repo::prep::bundle(tx, case.id)?
                    .into_iter()
                    .map(|(tab, id)| {
                        let id = if id == old.id { doc.id.clone() } else { id };
                        (tab, id)
                    })
                    .collect();
                repo::prep::put_document(tx, case.id, &doc, &added_at, now)?;
                repo::prep::set_bundle(tx, case.id, &lines)?;
            } else {
                repo::prep::put_document(tx, case.id, &doc, &added_at, now)?;
            }
            repo::prep::index(tx, &crate::search::document_entry(&case.reference, &doc))?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "document_added",
                previous.as_ref().map(|p| p.document.title.as_str()),
                Some(&format!("{} v{}", doc.title, doc.version)),
                now,
            )?;
            Ok(())
        })?;
        Ok(document_dto(&doc, &added_at))
    }

    /// Marks a document as a confidential mediation communication (or clears the mark); audited.
    pub fn set_document_confidential(
        &mut self,
        reference: &str,
        id: &str,
        confidential: bool,
    ) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let row = self
            .store
            .read(|c| repo::prep::document(c, id))?
            .filter(|r| r.case_id == case.id.to_string())
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Document,
                key: id.to_owned(),
            })?;
        let mut doc = row.document.clone();
        doc.confidential = confidential;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::put_document(tx, case.id, &doc, &row.added_at, now)?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "document_confidential",
                Some(&row.document.confidential.to_string()),
                Some(&format!("{}: {confidential}", doc.title)),
                now,
            )?;
            Ok(())
        })?;
        self.prep(reference)
    }

    /// Orders the hearing bundle: documents of this case under tabs, in the order given.
    pub fn set_bundle(
        &mut self,
        reference: &str,
        lines: &[BundleLineDto],
    ) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let docs = self.store.read(|c| repo::prep::documents(c, case.id))?;
        let mut out = Vec::with_capacity(lines.len());
        for (i, l) in lines.iter().enumerate() {
            if !docs.iter().any(|d| d.document.id == l.document_id) {
                return Err(AppError::NotFound {
                    entity: Entity::Document,
                    key: l.document_id.clone(),
                });
            }
            let tab = l.tab.trim();
            if tab.is_empty() {
                return Err(AppError::field(
                    &format!("bundle[{}].tab", i + 1),
                    FieldProblemReason::Required,
                ));
            }
            out.push((tab.to_owned(), l.document_id.clone()));
        }
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::set_bundle(tx, case.id, &out)?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "bundle_ordered",
                None,
                Some(&format!("{} documents", out.len())),
                now,
            )?;
            Ok(())
        })?;
        self.prep(reference)
    }

    /// Applies the Cap 620 rule to an export of `items` confidential items: records the decision
    /// (permitted with its ground, or refused) in its own transaction, and refuses when no permitted
    /// ground was given.
    pub(crate) fn gate_export(
        &mut self,
        case: &Case,
        action: &str,
        items: usize,
        input: &DisclosureInputDto,
    ) -> Result<(), AppError> {
        let permitted: Vec<String> = self
            .store
            .read(repo::prep::grounds)?
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        let decision = prep::decide_export(items, input.ground.as_deref(), &permitted);
        let ground = match &decision {
            ExportDecision::Clear => return Ok(()),
            ExportDecision::Permitted { ground, .. } => Some(ground.clone()),
            ExportDecision::Refused { .. } => None,
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::record_disclosure(
                tx,
                case.id,
                action,
                ground.as_deref(),
                input.note.trim(),
                items,
                input.by.trim(),
                now,
            )?;
            Ok(())
        })?;
        match decision {
            ExportDecision::Refused { items } => Err(AppError::ExportRefused {
                items: u32::try_from(items).unwrap_or(u32::MAX),
            }),
            _ => Ok(()),
        }
    }

    /// Writes the hearing bundle's index as a printable HTML page or a CSV file, in English, Chinese
    /// or both (`lang`: `en`, `zh`, `both`). Confidential mediation documents need a permitted ground.
    pub fn export_bundle(
        &mut self,
        reference: &str,
        out: &Path,
        format: &str,
        lang: &str,
        disclosure: &DisclosureInputDto,
    ) -> Result<ExportedFileDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let prep = self.prep(reference)?;
        if prep.bundle.is_empty() {
            return Err(AppError::field("bundle", FieldProblemReason::Required));
        }
        let confidential = prep.bundle.iter().filter(|e| e.confidential).count();
        self.gate_export(&case, "bundle_export", confidential, disclosure)?;
        let text = match format {
            "csv" => crate::formats::bundle_index::csv(&case, &prep, lang),
            "html" => crate::formats::bundle_index::html(&case, &prep, lang, self.locale()),
            _ => {
                return Err(AppError::malformed("format", Expected::BundleFormat));
            }
        };
        crate::files::write_atomically(out, text.as_bytes())?;
        Ok(ExportedFileDto {
            path: out.display().to_string(),
            bytes: text.len() as u64,
            confidential_items: u32::try_from(confidential).unwrap_or(u32::MAX),
        })
    }

    /// Adds a note to a case.
    pub fn add_note(
        &mut self,
        reference: &str,
        body: &str,
        confidential: bool,
        author: &str,
    ) -> Result<NoteDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let body = body.trim();
        if body.is_empty() {
            return Err(AppError::field("body", FieldProblemReason::Required));
        }
        let now = self.clock.now().to_rfc3339();
        let note = Note {
            id: self.ids.next_uuid().to_string(),
            body: body.to_owned(),
            confidential,
            author: author.trim().to_owned(),
            created_at: now.clone(),
            updated_at: now,
        };
        let at = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::prep::put_note(tx, case.id, &note)?;
            repo::prep::index(tx, &crate::search::note_entry(&case.reference, &note))?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "note_added",
                None,
                Some(&note.id),
                at,
            )?;
            Ok(())
        })?;
        Ok(note_dto(&note))
    }
}

/// Numbers the bundle: each entry with its pages, and the bundle's total.
fn bundle_entries(
    bundle: &[(String, String)],
    docs: &[repo::prep::DocumentRow],
) -> (Vec<BundleEntryDto>, u32) {
    let found: Vec<(&String, &Document)> = bundle
        .iter()
        .filter_map(|(tab, id)| {
            docs.iter()
                .find(|d| &d.document.id == id)
                .map(|d| (tab, &d.document))
        })
        .collect();
    let lines: Vec<BundleLine<'_>> = found
        .iter()
        .map(|(tab, d)| BundleLine {
            tab: tab.as_str(),
            pages: d.pages,
        })
        .collect();
    let ranges = prep::paginate(&lines);
    let total = ranges.last().map_or(0, |(_, last)| *last);
    let entries = found
        .iter()
        .zip(ranges)
        .map(|((tab, d), (first, last))| BundleEntryDto {
            tab: (*tab).clone(),
            document_id: d.id.clone(),
            title: d.title.clone(),
            first_page: first,
            last_page: last,
            confidential: d.confidential,
        })
        .collect();
    (entries, total)
}

#[cfg(test)]
mod tests;
