//! Case preparation from the command line: checklist, documents, bundle, notes, search, packages.

use crate::args::{
    BundleCommand, Disclosure, DocsCommand, NotesCommand, PackageCommand, PrepCommand,
};
use crate::render;
use docket_app::dto::{
    BundleLineDto, ChecklistUpdateDto, DisclosureInputDto, DocumentDto, DocumentKindDto,
    NewDocumentDto, PackageReportDto, PackageResolutionDto, PrepDto, TemplateItemDto,
    TemplateItemInputDto,
};
use docket_app::{App, AppError, DocumentSource, Expected, FieldProblemReason, Locale};

fn disclosure(d: Disclosure) -> DisclosureInputDto {
    DisclosureInputDto {
        ground: d.ground,
        note: d.note,
        by: d.by,
    }
}

fn checklist_lines(l: Locale, p: &PrepDto) {
    for i in &p.checklist {
        let mark = match i.status.as_str() {
            "done" => "✓",
            "not_applicable" => "–",
            _ if i.overdue => "!",
            _ => "·",
        };
        out!(
            "{mark} {:<22} {:<10} {}{}{}",
            i.code,
            i.due.clone().unwrap_or_default(),
            crate::table::term(l, &i.title),
            if i.owner.is_empty() {
                String::new()
            } else {
                format!(" — {}", i.owner)
            },
            i.due_from_deadline
                .as_ref()
                .map(|c| format!(" ({} {c})", l.pick("deadline", "期限", "期限")))
                .unwrap_or_default()
        );
    }
}

fn document_line(d: &DocumentDto) {
    out!(
        "{}  v{} {:<40} {:>4}p {}{}{}",
        d.id,
        d.version,
        d.title,
        d.pages,
        if d.kind == DocumentKindDto::Paper {
            format!("paper @ {}", d.location)
        } else {
            format!("{} bytes", d.size.unwrap_or(0))
        },
        if d.confidential { " [Cap 620]" } else { "" },
        if d.superseded { " (superseded)" } else { "" }
    );
}

fn template_lines(l: Locale, list: &[TemplateItemDto]) {
    for t in list {
        out!(
            "{:<28} {:>2} {:<22} {}{}",
            t.model,
            t.position,
            t.code,
            crate::table::term(l, &t.title),
            t.deadline_code
                .as_ref()
                .map(|c| format!(" (deadline {c})"))
                .unwrap_or_default()
        );
    }
}

pub fn prep(app: &mut App, l: Locale, command: PrepCommand) -> Result<(), AppError> {
    match command {
        PrepCommand::Templates { json } => {
            let list = app.checklist_templates()?;
            render(json, &list, |list| template_lines(l, list))
        }
        PrepCommand::Template {
            model,
            code,
            position,
            title_en,
            title_zh,
            deadline,
        } => {
            let list = app.set_checklist_template(&TemplateItemInputDto {
                model: model.clone(),
                code,
                position,
                title_en,
                title_zh,
                deadline_code: deadline,
            })?;
            let of_model: Vec<TemplateItemDto> = list
                .into_iter()
                .filter(|t| t.model.as_str() == model)
                .collect();
            template_lines(l, &of_model);
            Ok(())
        }
        PrepCommand::Checklist { case, json } => {
            let p = app.prepare_case(&case)?;
            render(json, &p.checklist, |_| checklist_lines(l, &p))
        }
        PrepCommand::Set {
            case,
            item,
            owner,
            due,
            status,
            json,
        } => {
            let p = app.prepare_case(&case)?;
            let id = p
                .checklist
                .iter()
                .find(|i| i.code == item || i.id == item)
                .map(|i| i.id.clone())
                .ok_or_else(|| AppError::field("item", FieldProblemReason::UnknownReference))?;
            let p =
                app.update_checklist_item(&case, &id, &ChecklistUpdateDto { owner, due, status })?;
            render(json, &p.checklist, |_| checklist_lines(l, &p))
        }
    }
}

pub fn docs(app: &mut App, command: DocsCommand) -> Result<(), AppError> {
    match command {
        DocsCommand::Add {
            case,
            file,
            title,
            pages,
            tags,
            confidential,
            replaces,
            by,
            json,
        } => {
            let d = app.add_document(
                &case,
                DocumentSource::Path(&file),
                &NewDocumentDto {
                    title,
                    location: String::new(),
                    pages,
                    tags,
                    confidential,
                    replaces,
                    added_by: by,
                },
            )?;
            render(json, &d, document_line)
        }
        DocsCommand::Paper {
            case,
            title,
            location,
            pages,
            tags,
            confidential,
            by,
            json,
        } => {
            let d = app.add_document(
                &case,
                DocumentSource::Paper,
                &NewDocumentDto {
                    title,
                    location,
                    pages,
                    tags,
                    confidential,
                    replaces: None,
                    added_by: by,
                },
            )?;
            render(json, &d, document_line)
        }
        DocsCommand::List { case, json } => {
            let p = app.prep(&case)?;
            render(json, &p.documents, |docs| {
                for d in docs {
                    document_line(d);
                }
            })
        }
    }
}

pub fn bundle(app: &mut App, command: BundleCommand) -> Result<(), AppError> {
    match command {
        BundleCommand::Set {
            case,
            entries,
            json,
        } => {
            let mut lines = Vec::new();
            for (i, e) in entries.iter().enumerate() {
                let (tab, id) = e.split_once('=').ok_or_else(|| {
                    AppError::malformed(&format!("entry[{}]", i + 1), Expected::BundleEntry)
                })?;
                lines.push(BundleLineDto {
                    tab: tab.to_owned(),
                    document_id: id.trim().to_owned(),
                });
            }
            let p = app.set_bundle(&case, &lines)?;
            render(json, &p.bundle, |b| {
                for e in b {
                    out!(
                        "{:<4} {:>5}–{:<5} {}",
                        e.tab,
                        e.first_page,
                        e.last_page,
                        e.title
                    );
                }
            })
        }
        BundleCommand::Export {
            case,
            out,
            format,
            lang,
            disclosure: d,
            json,
        } => {
            let format = format.unwrap_or_else(|| match out.extension().and_then(|x| x.to_str()) {
                Some("csv") => "csv".to_owned(),
                _ => "html".to_owned(),
            });
            let f = app.export_bundle(&case, &out, &format, &lang, &disclosure(d))?;
            render(json, &f, |f| out!("{} ({} bytes)", f.path, f.bytes))
        }
    }
}

pub fn notes(app: &mut App, command: NotesCommand) -> Result<(), AppError> {
    match command {
        NotesCommand::Add {
            case,
            text,
            confidential,
            by,
            json,
        } => {
            let n = app.add_note(&case, &text, confidential, &by)?;
            render(json, &n, |n| out!("{} {}", n.id, n.created_at))
        }
        NotesCommand::List { case, json } => {
            let p = app.prep(&case)?;
            render(json, &p.notes, |notes| {
                for n in notes {
                    out!(
                        "{} {}{}: {}",
                        n.created_at,
                        n.author,
                        if n.confidential { " [Cap 620]" } else { "" },
                        n.body
                    );
                }
            })
        }
    }
}

pub fn search(app: &mut App, text: &str, json: bool) -> Result<(), AppError> {
    let hits = app.search(text)?;
    render(json, &hits, |hits| {
        for h in hits {
            out!("{:<9} {:<18} {}", h.kind, h.case_reference, h.label);
        }
    })
}

fn report_lines(r: &PackageReportDto) {
    out!(
        "{}: {} added, {} updated, {} unchanged, {} kept, {} documents{}",
        r.reference,
        r.added,
        r.updated,
        r.unchanged,
        r.kept,
        r.documents,
        if r.applied { "" } else { " — NOT imported" }
    );
    for c in &r.conflicts {
        out!("conflict {}:{} {}", c.entity, c.key, c.label);
        for (field, here, there) in &c.fields {
            out!("  {field}: here «{here}» · package «{there}»");
        }
    }
    if !r.conflicts.is_empty() {
        out!("answer each with --take ENTITY:KEY=mine|theirs and import again");
    }
}

pub fn package(app: &mut App, command: PackageCommand) -> Result<(), AppError> {
    match command {
        PackageCommand::Export {
            case,
            out,
            disclosure: d,
            json,
        } => {
            let f = app.export_package(&case, &out, &disclosure(d))?;
            render(json, &f, |f| out!("{} ({} bytes)", f.path, f.bytes))
        }
        PackageCommand::Import { file, take, json } => {
            let mut resolutions = Vec::new();
            for t in &take {
                let parsed = t.split_once('=').and_then(|(ek, side)| {
                    ek.split_once(':')
                        .map(|(e, k)| (e.to_owned(), k.to_owned(), side.to_owned()))
                });
                let Some((entity, key, side)) =
                    parsed.filter(|(_, _, s)| s == "mine" || s == "theirs")
                else {
                    return Err(AppError::malformed("take", Expected::PackageTake));
                };
                resolutions.push(PackageResolutionDto {
                    entity,
                    key,
                    take: side,
                });
            }
            let r = app.import_package(&file, &resolutions)?;
            render(json, &r, report_lines)?;
            if r.applied {
                Ok(())
            } else {
                std::process::exit(3)
            }
        }
        PackageCommand::Verify { file } => {
            let (reference, version) = docket_app::package::verify_package(&file)?;
            out!("{reference}: package v{version}, every entry matches its manifest");
            Ok(())
        }
    }
}
