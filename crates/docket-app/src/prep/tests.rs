//! Preparation tests: checklist from the model, documents in the store with versions, the bundle and
//! its index, Cap 620, notes and search, and case packages between two machines.

use super::*;
use crate::dto::{
    BundleLineDto, ChecklistStatusDto, DisclosureInputDto, NewDocumentDto, PackageResolutionDto,
};
use crate::error::PackageRefusal;
use crate::testing::{app_in, open_case};

fn doc(title: &str, pages: u32, confidential: bool) -> NewDocumentDto {
    NewDocumentDto {
        title: title.into(),
        pages: Some(pages),
        tags: "claimant, exhibits".into(),
        confidential,
        added_by: "Wong Siu Ling".into(),
        ..NewDocumentDto::default()
    }
}

#[test]
fn the_checklist_follows_the_model_and_links_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "HKM-1", "hk_mediation");
    let p = app.prepare_case("HKM-1").unwrap();
    let codes: Vec<&str> = p.checklist.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "agreement_to_mediate",
            "reply_received",
            "confidentiality",
            "settlement_signed"
        ]
    );
    assert!(p.cap620);
    // The reply item takes its date from the 14-day reply deadline (2 Nov + 14 = 16 Nov).
    let reply = &p.checklist[1];
    assert_eq!(reply.due.as_deref(), Some("2026-11-16"));
    assert_eq!(reply.due_from_deadline.as_deref(), Some("mediation_reply"));
    assert!(reply.overdue);
    // Generating again adds nothing; a change is kept and audited.
    let id = reply.id.clone();
    let p = app
        .update_checklist_item(
            "HKM-1",
            &id,
            &ChecklistUpdateDto {
                owner: Some("Chan Mei".into()),
                status: Some("done".into()),
                due: None,
            },
        )
        .unwrap();
    assert_eq!(p.checklist[1].status, ChecklistStatusDto::Done);
    assert!(!p.checklist[1].overdue);
    let p = app.prepare_case("HKM-1").unwrap();
    assert_eq!(p.checklist.len(), 4);
    assert_eq!(p.checklist[1].owner, "Chan Mei");
    let bad = app.update_checklist_item(
        "HKM-1",
        &id,
        &ChecklistUpdateDto {
            status: Some("finished".into()),
            ..ChecklistUpdateDto::default()
        },
    );
    assert!(matches!(bad, Err(AppError::Validation { .. })));
}

#[test]
fn documents_are_stored_by_hash_with_versions_and_a_missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "HKIAC-1", "hkiac_arbitration");
    let file = dir.path().join("Statement of Claim.pdf");
    std::fs::write(&file, b"%PDF-1.7 claim v1").unwrap();
    let v1 = app
        .add_document("HKIAC-1", DocumentSource::Path(&file), &doc("", 12, false))
        .unwrap();
    assert_eq!(v1.title, "Statement of Claim.pdf");
    assert_eq!(v1.media_type, "application/pdf");
    let sha = v1.sha256.clone().unwrap();
    assert!(app.doc_store().unwrap().has(&sha));
    // A newer version replaces it; the old one stays, superseded.
    std::fs::write(&file, b"%PDF-1.7 claim v2").unwrap();
    let v2 = app
        .add_document(
            "HKIAC-1",
            DocumentSource::Path(&file),
            &NewDocumentDto {
                replaces: Some(v1.id.clone()),
                ..doc("Statement of Claim", 14, false)
            },
        )
        .unwrap();
    assert_eq!(
        (v2.version, v2.replaces.as_deref()),
        (2, Some(v1.id.as_str()))
    );
    let p = app.prep("HKIAC-1").unwrap();
    assert_eq!(p.documents.len(), 2);
    assert!(p.documents.iter().any(|d| d.id == v1.id && d.superseded));
    // Paper needs a location; a missing file is refused and nothing is recorded.
    let paper = app.add_document(
        "HKIAC-1",
        DocumentSource::Paper,
        &doc("Original contract", 3, false),
    );
    assert!(matches!(paper, Err(AppError::Validation { .. })));
    let missing = app.add_document(
        "HKIAC-1",
        DocumentSource::Path(&dir.path().join("nowhere.pdf")),
        &doc("x", 1, false),
    );
    assert!(matches!(missing, Err(AppError::FileUnreadable { .. })));
    assert_eq!(app.prep("HKIAC-1").unwrap().documents.len(), 2);
}

#[test]
fn a_bundle_numbers_its_pages_and_confidential_material_needs_a_ground() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "HKM-SZA-1", "hk_mediation_sz_arbitration");
    let a = app
        .add_document(
            "HKM-SZA-1",
            DocumentSource::Bytes {
                name: "settlement.pdf",
                bytes: b"s",
            },
            &doc("Settlement agreement 和解协议", 6, false),
        )
        .unwrap();
    let b = app
        .add_document(
            "HKM-SZA-1",
            DocumentSource::Bytes {
                name: "notes.txt",
                bytes: b"n",
            },
            &doc("Mediator's caucus notes", 2, true),
        )
        .unwrap();
    let p = app
        .set_bundle(
            "HKM-SZA-1",
            &[
                BundleLineDto {
                    tab: "A".into(),
                    document_id: a.id.clone(),
                },
                BundleLineDto {
                    tab: "B".into(),
                    document_id: b.id.clone(),
                },
            ],
        )
        .unwrap();
    assert_eq!(
        p.bundle
            .iter()
            .map(|e| (e.first_page, e.last_page))
            .collect::<Vec<_>>(),
        [(1, 6), (7, 8)]
    );
    assert_eq!(p.bundle_pages, 8);
    let out = dir.path().join("index.html");
    let refused = app.export_bundle(
        "HKM-SZA-1",
        &out,
        "html",
        "both",
        &DisclosureInputDto::default(),
    );
    assert!(matches!(refused, Err(AppError::ExportRefused { items: 1 })));
    assert!(!out.exists());
    let ok = app
        .export_bundle(
            "HKM-SZA-1",
            &out,
            "html",
            "both",
            &DisclosureInputDto {
                ground: Some("consent".into()),
                note: "All parties agreed on 20 Nov".into(),
                by: "Wong Siu Ling".into(),
            },
        )
        .unwrap();
    assert_eq!(ok.confidential_items, 1);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("Settlement agreement 和解协议") && html.contains("7–8"),
        "{html}"
    );
    let d = app.prep("HKM-SZA-1").unwrap().disclosures;
    assert_eq!(
        d.iter().map(|x| x.outcome.as_str()).collect::<Vec<_>>(),
        ["permitted", "refused"]
    );
    // A folder that cannot be written (a full disk behaves the same): a clear error, nothing half-written.
    let unwritable = Path::new("/proc/bay-docket-cannot-write/index.html");
    let r = app.export_bundle(
        "HKM-SZA-1",
        unwritable,
        "html",
        "en",
        &DisclosureInputDto {
            ground: Some("consent".into()),
            ..DisclosureInputDto::default()
        },
    );
    assert!(matches!(r, Err(AppError::WriteFailed { .. })), "{r:?}");
    // CSV carries a BOM and the same numbers.
    app.set_document_confidential("HKM-SZA-1", &b.id, false)
        .unwrap();
    let csv_out = dir.path().join("index.csv");
    app.export_bundle(
        "HKM-SZA-1",
        &csv_out,
        "csv",
        "zh",
        &DisclosureInputDto::default(),
    )
    .unwrap();
    let csv = std::fs::read_to_string(&csv_out).unwrap();
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("B,Mediator's caucus notes,7-8"),
        "{csv}"
    );
}

#[test]
fn a_bundle_index_csv_neutralises_formula_cells() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "HKIAC-9", "hkiac_arbitration");
    let mut ids = Vec::new();
    for title in [
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+1+1",
        "-2",
        "@SUM(A1)",
    ] {
        let d = app
            .add_document(
                "HKIAC-9",
                DocumentSource::Bytes {
                    name: "x.pdf",
                    bytes: title.as_bytes(),
                },
                &doc(title, 1, false),
            )
            .unwrap();
        ids.push(d.id);
    }
    let lines: Vec<BundleLineDto> = ids
        .iter()
        .map(|id| BundleLineDto {
            tab: "=A".into(),
            document_id: id.clone(),
        })
        .collect();
    app.set_bundle("HKIAC-9", &lines).unwrap();
    let out = dir.path().join("index.csv");
    app.export_bundle("HKIAC-9", &out, "csv", "en", &DisclosureInputDto::default())
        .unwrap();
    let csv = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().skip(1).collect();
    assert_eq!(
        rows,
        [
            "'=A,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,",
            "'=A,'+1+1,2,",
            "'=A,'-2,3,",
            "'=A,'@SUM(A1),4,",
        ],
        "{csv}"
    );
}

#[test]
fn search_finds_records_in_either_script() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "HKIAC-2", "hkiac_arbitration");
    app.add_note(
        "HKIAC-2",
        "Counsel for 陳嘉榮 asked to move the CMC to Thursday",
        false,
        "WSL",
    )
    .unwrap();
    app.add_document(
        "HKIAC-2",
        DocumentSource::Bytes {
            name: "witness.pdf",
            bytes: b"w",
        },
        &doc("Witness statement of Lee", 4, false),
    )
    .unwrap();
    let kinds = |app: &mut App, q: &str| -> Vec<String> {
        let mut k: Vec<String> = app.search(q).unwrap().into_iter().map(|h| h.kind).collect();
        k.sort();
        k
    };
    assert_eq!(kinds(&mut app, "陈嘉荣"), ["note"]);
    assert_eq!(kinds(&mut app, "九龙纺织"), ["case"]);
    assert_eq!(kinds(&mut app, "witness statement"), ["document"]);
    assert_eq!(kinds(&mut app, "陳"), ["note"]);
    assert!(app.search("   ").is_err());
}

#[test]
fn a_package_moves_a_case_and_a_later_package_updates_it_or_shows_conflicts() {
    let a_dir = tempfile::tempdir().unwrap();
    let b_dir = tempfile::tempdir().unwrap();
    let mut a = app_in(a_dir.path());
    let mut b = app_in(b_dir.path());
    open_case(&mut a, "SCIA-1", "scia_arbitration");
    a.add_document(
        "SCIA-1",
        DocumentSource::Bytes {
            name: "claim.pdf",
            bytes: b"claim bytes",
        },
        &doc("Claim", 5, false),
    )
    .unwrap();
    let note = a.add_note("SCIA-1", "First draft", false, "A").unwrap();
    let pkg = a_dir.path().join("SCIA-1.bdpkg");
    a.export_package("SCIA-1", &pkg, &DisclosureInputDto::default())
        .unwrap();

    let r = b.import_package(&pkg, &[]).unwrap();
    assert!(r.applied && r.conflicts.is_empty());
    assert_eq!(r.documents, 1);
    let p = b.prep("SCIA-1").unwrap();
    assert_eq!(p.documents.len(), 1);
    assert!(
        b.doc_store()
            .unwrap()
            .has(p.documents[0].sha256.as_deref().unwrap())
    );
    // Importing the same package again changes nothing.
    let again = b.import_package(&pkg, &[]).unwrap();
    assert_eq!((again.added, again.updated), (0, 0));

    // B edits the note and sends it back: A updates (A had not changed it).
    b.store
        .write(|tx| {
            tx.execute(
                "UPDATE notes SET body = 'Second draft' WHERE id = ?1",
                [&note.id],
            )
            .map_err(docket_store::StoreError::from)
        })
        .unwrap();
    let back = b_dir.path().join("back.bdpkg");
    b.export_package("SCIA-1", &back, &DisclosureInputDto::default())
        .unwrap();
    let r = a.import_package(&back, &[]).unwrap();
    assert!(r.applied, "{r:?}");
    assert_eq!(a.prep("SCIA-1").unwrap().notes[0].body, "Second draft");

    // Both sides edit the same note: a conflict, nothing written until the clerk chooses.
    for (app, body) in [(&mut a, "A's words"), (&mut b, "B's words")] {
        app.store
            .write(|tx| {
                tx.execute("UPDATE notes SET body = ?1 WHERE id = ?2", [body, &note.id])
                    .map_err(docket_store::StoreError::from)
            })
            .unwrap();
    }
    let third = b_dir.path().join("third.bdpkg");
    b.export_package("SCIA-1", &third, &DisclosureInputDto::default())
        .unwrap();
    let r = a.import_package(&third, &[]).unwrap();
    assert!(!r.applied);
    assert_eq!(r.conflicts.len(), 1);
    assert_eq!(
        r.conflicts[0].fields[0],
        ("body".into(), "A's words".into(), "B's words".into())
    );
    assert_eq!(a.prep("SCIA-1").unwrap().notes[0].body, "A's words");
    let r = a
        .import_package(
            &third,
            &[PackageResolutionDto {
                entity: "notes".into(),
                key: note.id.clone(),
                take: "theirs".into(),
            }],
        )
        .unwrap();
    assert!(r.applied);
    assert_eq!(a.prep("SCIA-1").unwrap().notes[0].body, "B's words");
}

#[test]
fn a_tampered_truncated_or_newer_package_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    open_case(&mut a, "SCIA-2", "scia_arbitration");
    a.add_document(
        "SCIA-2",
        DocumentSource::Bytes {
            name: "c.pdf",
            bytes: b"original bytes",
        },
        &doc("C", 1, false),
    )
    .unwrap();
    let pkg = dir.path().join("p.bdpkg");
    a.export_package("SCIA-2", &pkg, &DisclosureInputDto::default())
        .unwrap();
    let bytes = std::fs::read(&pkg).unwrap();

    let fresh = tempfile::tempdir().unwrap();
    let mut b = app_in(fresh.path());
    let reason = |b: &mut App, data: &[u8]| {
        let p = fresh.path().join("x.bdpkg");
        std::fs::write(&p, data).unwrap();
        match b.import_package(&p, &[]) {
            Err(AppError::PackageRefused { reason, .. }) => reason,
            other => panic!("{other:?}"),
        }
    };
    // One byte of a document changed.
    let at = bytes
        .windows(14)
        .position(|w| w == b"original bytes")
        .unwrap();
    let mut tampered = bytes.clone();
    tampered[at] = b'O';
    assert_eq!(reason(&mut b, &tampered), PackageRefusal::Tampered);
    // Cut short.
    assert_eq!(
        reason(&mut b, &bytes[..bytes.len() / 2]),
        PackageRefusal::Tampered
    );
    // Not a package at all.
    assert_eq!(reason(&mut b, b"hello"), PackageRefusal::NotAPackage);
    // Written by a newer Bay Docket: the manifest says so, every digest still matches.
    let mut archive = tar::Archive::new(&bytes[..]);
    let mut newer = tar::Builder::new(Vec::new());
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        if name == "manifest.json" {
            let mut m: serde_json::Value = serde_json::from_slice(&data).unwrap();
            m["version"] = serde_json::json!(crate::package::PACKAGE_VERSION + 1);
            data = serde_json::to_vec(&m).unwrap();
        }
        crate::formats::archive::append(&mut newer, &name, data.len() as u64, &data[..]).unwrap();
    }
    assert_eq!(
        reason(&mut b, &newer.into_inner().unwrap()),
        PackageRefusal::TooNew
    );
    assert!(b.list_cases().unwrap().is_empty());
}

#[test]
fn a_template_line_added_reaches_cases_and_bad_lines_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_case(&mut app, "SZM-1", "sz_mediation");
    assert_eq!(app.prepare_case("SZM-1").unwrap().checklist.len(), 3);
    app.set_checklist_template(&crate::dto::TemplateItemInputDto {
        model: "sz_mediation".into(),
        code: "interpreter_booked".into(),
        position: 4,
        title_en: "Interpreter booked".into(),
        title_zh: "已预约传译员".into(),
        deadline_code: None,
    })
    .unwrap();
    let p = app.prepare_case("SZM-1").unwrap();
    assert_eq!(p.checklist.last().unwrap().code, "interpreter_booked");
    let bad = app.set_checklist_template(&crate::dto::TemplateItemInputDto {
        model: "tea_party".into(),
        code: "has space".into(),
        ..Default::default()
    });
    match bad {
        Err(AppError::Validation { fields }) => {
            let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(names, ["model", "code", "title_en"]);
        }
        other => panic!("{other:?}"),
    }
}
