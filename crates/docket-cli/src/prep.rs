//! `docket prep | docs | bundle | notes | package`: case preparation from the command line: checklist,
//! documents, bundle, notes, packages.

use crate::output::render;
use clap::Subcommand;
use docket_app::dto::{
    BundleLineDto, ChecklistUpdateDto, DisclosureInputDto, DocumentDto, DocumentKindDto,
    NewDocumentDto, PackageReportDto, PackageResolutionDto, PrepDto, TemplateItemDto,
    TemplateItemInputDto,
};
use docket_app::{App, AppError, DocumentSource, Expected, FieldProblemReason, Locale};

/// The ground for exporting confidential mediation material (Mediation Ordinance, Cap 620).
#[derive(Debug, clap::Args)]
pub struct Disclosure {
    /// consent, public, discoverable, prevent_harm, research, legal_advice, required_by_law or leave.
    #[arg(long)]
    pub ground: Option<String>,
    #[arg(long, default_value = "")]
    pub note: String,
    /// Who recorded the ground.
    #[arg(long = "by", default_value = "")]
    pub by: String,
}

#[derive(Debug, Subcommand)]
pub enum PrepCommand {
    /// The checklist templates of every workflow model (data the centre can edit).
    Templates {
        #[arg(long)]
        json: bool,
    },
    /// Add or change a template line.
    Template {
        #[arg(long)]
        model: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        position: u32,
        #[arg(long, default_value = "")]
        title_en: String,
        #[arg(long, default_value = "")]
        title_zh: String,
        /// A time-limit code whose deadline becomes the item's due date.
        #[arg(long)]
        deadline: Option<String>,
    },
    /// Generate (first time) and show the case's checklist.
    Checklist {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a checklist item (by its code, e.g. settlement_signed).
    Set {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        item: String,
        #[arg(long)]
        owner: Option<String>,
        /// YYYY-MM-DD, or empty to follow the linked deadline.
        #[arg(long)]
        due: Option<String>,
        /// open, done or not_applicable.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DocsCommand {
    /// Correct a document's title, pages or tags.
    Edit {
        #[arg(long = "case")]
        case: String,
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        pages: Option<u32>,
        /// Comma-separated; replaces the tags.
        #[arg(long)]
        tags: Option<String>,
    },
    /// Remove a document from the register and the bundle (undo with `restore`).
    Remove {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring a removed document back.
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Copy a file into the document store and register it with the case.
    Add {
        #[arg(long = "case")]
        case: String,
        file: std::path::PathBuf,
        #[arg(long, default_value = "")]
        title: String,
        #[arg(long)]
        pages: Option<u32>,
        /// Comma-separated.
        #[arg(long, default_value = "")]
        tags: String,
        /// A mediation communication (Cap 620 s.8).
        #[arg(long)]
        confidential: bool,
        /// The id of the document this one replaces (a newer version).
        #[arg(long)]
        replaces: Option<String>,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    /// Register a paper document and where it is kept.
    Paper {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        location: String,
        #[arg(long)]
        pages: Option<u32>,
        #[arg(long, default_value = "")]
        tags: String,
        #[arg(long)]
        confidential: bool,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    /// The case's documents, with versions.
    List {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Order the bundle: each --entry is TAB=DOCUMENT_ID, in order.
    Set {
        #[arg(long = "case")]
        case: String,
        #[arg(long = "entry", required = true)]
        entries: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write the bundle index.
    Export {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        out: std::path::PathBuf,
        /// html (printable) or csv; by default from the file name.
        #[arg(long)]
        format: Option<String>,
        /// en, zh or both.
        #[arg(long, default_value = "both")]
        lang: String,
        #[command(flatten)]
        disclosure: Disclosure,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum NotesCommand {
    Add {
        #[arg(long = "case")]
        case: String,
        text: String,
        #[arg(long)]
        confidential: bool,
        #[arg(long = "by", default_value = "")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackageCommand {
    /// Write one case (records, documents, audit trail) as a package file.
    Export {
        #[arg(long = "case")]
        case: String,
        #[arg(long)]
        out: std::path::PathBuf,
        #[command(flatten)]
        disclosure: Disclosure,
        #[arg(long)]
        json: bool,
    },
    /// Import a package; conflicting edits are listed and nothing is written until each is answered
    /// with --take ENTITY:KEY=mine|theirs. People are matched to this roster, not duplicated.
    Import {
        file: std::path::PathBuf,
        #[arg(long = "take")]
        take: Vec<String>,
        /// A room here for a room code this centre lacks: --room CODE=HERE (e.g. R9=ONLINE).
        #[arg(long = "room")]
        room: Vec<String>,
        /// Show what the import would add, match, update and keep, and the conflict checks
        /// afterwards, without writing anything.
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
    /// Check a package without importing it.
    Verify { file: std::path::PathBuf },
}

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
        DocsCommand::Edit {
            case,
            id,
            title,
            pages,
            tags,
        } => {
            let p = app.update_document(
                &case,
                &id,
                &docket_app::dto::DocumentEditDto { title, pages, tags },
            )?;
            if let Some(d) = p.documents.iter().find(|d| d.id == id.trim()) {
                document_line(d);
            }
            Ok(())
        }
        DocsCommand::Remove { id, json } => crate::removal::remove(
            app,
            app.locale(),
            docket_app::dto::RemovedKindDto::Document,
            &id,
            json,
        ),
        DocsCommand::Restore { id, json } => crate::removal::restore(
            app,
            app.locale(),
            docket_app::dto::RemovedKindDto::Document,
            &id,
            json,
        ),
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
    for k in &r.kinds {
        out!(
            "  {:?}: {} added, {} matched, {} updated, {} unchanged, {} kept",
            k.kind,
            k.added,
            k.matched,
            k.updated,
            k.unchanged,
            k.kept
        );
    }
    let joined = |b: &docket_app::dto::BilingualDto| {
        [b.en.as_str(), b.zh.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for p in &r.people {
        let name = joined(&p.name);
        match (&p.matched_by, &p.matched_to) {
            (Some(by), Some(to)) => out!(
                "  {:?} {name}: matched to {} by {:?}",
                p.kind,
                joined(to),
                by
            ),
            _ => out!("  {:?} {name}: added to the roster", p.kind),
        }
    }
    for f in &r.findings {
        out!(
            "  check {} ({}): {} blocking, {} to disclose",
            joined(&f.neutral_name),
            f.role_label,
            f.blocking,
            f.to_disclose
        );
        for x in f.findings.iter().filter(|x| !x.resolved) {
            out!("    {}: {}", x.rule_name, x.explanation);
        }
    }
    if r.preview {
        out!("preview only: nothing was written");
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
        PackageCommand::Import {
            file,
            take,
            room,
            preview,
            json,
        } => {
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
            for r in &room {
                let Some((code, here)) = r
                    .split_once('=')
                    .filter(|(c, h)| !c.is_empty() && !h.is_empty())
                else {
                    return Err(AppError::malformed("room", Expected::PackageTake));
                };
                resolutions.push(PackageResolutionDto {
                    entity: "venue".into(),
                    key: code.to_owned(),
                    take: here.to_owned(),
                });
            }
            let r = if preview {
                app.preview_package(&file, &resolutions)?
            } else {
                app.import_package(&file, &resolutions)?
            };
            render(json, &r, report_lines)?;
            if r.applied || (preview && r.conflicts.is_empty()) {
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
