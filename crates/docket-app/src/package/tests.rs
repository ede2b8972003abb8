//! Crafted packages: every way a hostile `case.json` or archive tried to write outside its request
//! is refused with a message that names where, and the database is byte-for-byte what it was.

use super::*;
use crate::DocumentSource;
use crate::dto::{DisclosureInputDto, NewCaseDto, NewDocumentDto};
use crate::i18n::{Locale, describe};
use crate::testing::{app_in, open_case};
use serde_json::json;

/// Every table's rows, tables in `sqlite_master` order, read through a connection of its own.
pub(crate) fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let vals: Vec<rusqlite::types::Value> = (0..n).map(|i| r.get(i).unwrap()).collect();
            out.push(format!("{t}: {vals:?}"));
        }
    }
    out
}

/// The files under a folder (names only), sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.path().is_dir() {
                out.extend(files(&e.path()));
            } else {
                out.push(e.path().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// A package's entries, by name.
fn entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = tar::Archive::new(bytes);
    let mut out = BTreeMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        out.insert(name, data);
    }
    out
}

/// Writes a package from entries, with a manifest whose digests match every entry (what an
/// attacker who knows the format can do), edited by `manifest`.
fn pack(
    mut e: BTreeMap<String, Vec<u8>>,
    manifest: impl FnOnce(&mut serde_json::Value),
) -> Vec<u8> {
    let mut m: serde_json::Value =
        serde_json::from_slice(&e.remove("manifest.json").unwrap()).unwrap();
    let digests: serde_json::Map<String, serde_json::Value> = e
        .iter()
        .map(|(k, v)| (k.clone(), json!(crate::docstore::sha256_hex(v))))
        .collect();
    m["entries"] = serde_json::Value::Object(digests);
    manifest(&mut m);
    let mut b = tar::Builder::new(Vec::new());
    let mb = serde_json::to_vec(&m).unwrap();
    crate::formats::archive::append(&mut b, "manifest.json", mb.len() as u64, &mb[..]).unwrap();
    for (k, v) in &e {
        // Names written as they are (the tar crate refuses `..` when it sets a name; a hostile
        // file is not written with it).
        let mut h = tar::Header::new_old();
        h.as_old_mut().name[..k.len()].copy_from_slice(k.as_bytes());
        h.set_size(v.len() as u64);
        h.set_mode(0o600);
        h.set_cksum();
        b.append(&h, &v[..]).unwrap();
    }
    b.into_inner().unwrap()
}

fn with_case_json(honest: &[u8], edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut e = entries(honest);
    let mut c: serde_json::Value = serde_json::from_slice(&e["case.json"]).unwrap();
    edit(&mut c);
    e.insert("case.json".into(), serde_json::to_vec(&c).unwrap());
    pack(e, |_| {})
}

struct World {
    _a_dir: tempfile::TempDir,
    b_dir: tempfile::TempDir,
    b: App,
    honest: Vec<u8>,
    /// A demo case on B that the package is not about.
    victim_id: String,
    victim_ref: String,
    /// SCIA-9's note id on B (imported honestly before).
    note_id: String,
}

fn world() -> World {
    let a_dir = tempfile::tempdir().unwrap();
    let b_dir = tempfile::tempdir().unwrap();
    let mut a = app_in(a_dir.path());
    let mut b = app_in(b_dir.path());
    b.load_demo().unwrap();
    open_case(&mut a, "SCIA-9", "scia_arbitration");
    a.advance_case("SCIA-9", "notice_served", "2026-11-05", "")
        .unwrap();
    a.prepare_case("SCIA-9").unwrap();
    a.add_document(
        "SCIA-9",
        DocumentSource::Bytes {
            name: "claim.pdf",
            bytes: b"statement of claim",
        },
        &NewDocumentDto {
            title: "Claim".into(),
            pages: Some(3),
            added_by: "Wong".into(),
            ..NewDocumentDto::default()
        },
    )
    .unwrap();
    let note = a.add_note("SCIA-9", "First draft", false, "A").unwrap();
    let pkg = a_dir.path().join("SCIA-9.bdpkg");
    a.export_package("SCIA-9", &pkg, &DisclosureInputDto::default())
        .unwrap();
    let honest = std::fs::read(&pkg).unwrap();
    let victim = b.list_cases().unwrap().remove(0);
    let victim_id = b
        .store
        .read(|c| repo::cases::by_reference(c, &victim.reference))
        .unwrap()
        .unwrap()
        .id
        .to_string();
    World {
        _a_dir: a_dir,
        b_dir,
        b,
        honest,
        victim_id,
        victim_ref: victim.reference,
        note_id: note.id,
    }
}

/// Imports `bytes` into B and checks the refusal: its reason, that it names `at`, that the
/// message in every language says so, and that B's database and document folder are unchanged.
fn refused_with(w: &mut World, bytes: &[u8], reason: PackageRefusal, at: &str) {
    let db = w.b_dir.path().join("docket.sqlite3");
    let docs = w.b_dir.path().join("documents");
    let (before, docs_before) = (dump(&db), files(&docs));
    let p = w.b_dir.path().join("crafted.bdpkg");
    std::fs::write(&p, bytes).unwrap();
    let err = w.b.import_package(&p, &[]).unwrap_err();
    match &err {
        AppError::PackageRefused {
            reason: r, at: a, ..
        } => {
            assert_eq!(*r, reason, "{err:?}");
            assert!(a.contains(at), "{a:?} should name {at:?}: {err:?}");
        }
        other => panic!("{other:?}"),
    }
    let en = describe(Locale::En, &err);
    assert!(
        en.contains(at) && en.ends_with("Nothing was changed."),
        "{en}"
    );
    assert!(describe(Locale::ZhHant, &err).contains("未作任何更改"));
    assert!(describe(Locale::ZhHans, &err).contains(at));
    assert_eq!(dump(&db), before, "the database changed: {reason:?} {at}");
    assert_eq!(files(&docs), docs_before, "the document folder changed");
    // The same bytes from the window refuse the same way.
    assert!(w.b.import_package_bytes(bytes, &[], false).is_err());
    assert!(w.b.import_package_bytes(bytes, &[], true).is_err());
    assert_eq!(dump(&db), before);
}

#[test]
fn an_honest_package_still_imports_into_a_busy_database() {
    let mut w = world();
    let p = w.b_dir.path().join("honest.bdpkg");
    std::fs::write(&p, &w.honest).unwrap();
    let r = w.b.import_package(&p, &[]).unwrap();
    assert!(r.applied && r.conflicts.is_empty(), "{r:?}");
    assert_eq!(w.b.list_cases().unwrap().len(), 23);
}

#[test]
fn unknown_keys_never_become_columns() {
    let mut w = world();
    // The reported attack: a key that is SQL, which once wrote a note into every case.
    let sql_key = "body) SELECT id, id, 'roster', 0, 'x', '', '' FROM cases --";
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["tables"]["notes"][0][sql_key] = json!("x");
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::UnknownField,
        "notes #1 › body) SELECT",
    );
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["tables"]["cases"][0]["evil"] = json!(1);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::UnknownField,
        "cases #1 › evil",
    );
    // A table packages do not carry.
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["tables"]["neutrals"] = json!([{"id": "x"}]);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::UnknownField,
        "tables › neutrals",
    );
    // An audit row with its own id (the audit travels without one).
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["audit"][0]["id"] = json!(1);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::UnknownField,
        "audit #1 › id",
    );
}

#[test]
fn rows_of_another_case_are_refused() {
    let mut w = world();
    let (victim_id, victim_ref) = (w.victim_id.clone(), w.victim_ref.clone());
    // A second case row: the reported rename-and-close of a different case.
    let bytes = with_case_json(&w.honest.clone(), |c| {
        let mut other = c["tables"]["cases"][0].clone();
        other["id"] = json!(victim_id);
        other["reference"] = json!(victim_ref);
        other["status"] = json!("closed");
        c["tables"]["cases"].as_array_mut().unwrap().push(other);
    });
    refused_with(&mut w, &bytes, PackageRefusal::OtherCase, "cases");
    // A note that names another case.
    let victim_id = w.victim_id.clone();
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["tables"]["notes"][0]["case_id"] = json!(victim_id);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::OtherCase,
        "notes #1 › case_id",
    );
    // An audit entry about another case.
    let victim_id = w.victim_id.clone();
    let bytes = with_case_json(&w.honest.clone(), |c| {
        c["audit"][0]["entity_id"] = json!(victim_id);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::OtherCase,
        "audit #1 › entity_id",
    );
    // A bundle entry pointing at a document the package does not carry.
    let bytes = with_case_json(&w.honest.clone(), |c| {
        let case_id = c["tables"]["cases"][0]["id"].clone();
        c["tables"]["bundle_entries"] = json!([{
            "case_id": case_id, "position": 1, "tab": "A",
            "document_id": "00000000-0000-4000-8000-000000000001"
        }]);
    });
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::OtherCase,
        "bundle_entries #1 › document_id",
    );
    // A record whose id belongs to another case here: the package (a new case) reuses the id of
    // SCIA-9's note, which B imported honestly before.
    let p = w.b_dir.path().join("honest.bdpkg");
    std::fs::write(&p, &w.honest).unwrap();
    w.b.import_package(&p, &[]).unwrap();
    let note_id = w.note_id.clone();
    let mut e = entries(&w.honest);
    let mut c: serde_json::Value = serde_json::from_slice(&e["case.json"]).unwrap();
    let new_id = "11111111-2222-4333-8444-555555555555";
    let retag = |v: &mut serde_json::Value| {
        for rows in v["tables"].as_object_mut().unwrap().values_mut() {
            for r in rows.as_array_mut().unwrap() {
                if r.get("case_id").is_some() {
                    r["case_id"] = json!(new_id);
                }
            }
        }
        for r in v["audit"].as_array_mut().unwrap() {
            r["entity_id"] = json!(new_id);
        }
    };
    retag(&mut c);
    c["tables"]["cases"][0]["id"] = json!(new_id);
    c["tables"]["cases"][0]["reference"] = json!("SCIA-10");
    // Fresh ids for everything but the note.
    for t in ["case_deadlines", "checklist_items"] {
        for (i, r) in c["tables"][t]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .enumerate()
        {
            r["id"] = json!(format!("{:08x}-0000-4000-8000-000000000000", i + 1));
        }
    }
    let doc_id = "22222222-0000-4000-8000-000000000000";
    c["tables"]["documents"][0]["id"] = json!(doc_id);
    assert_eq!(c["tables"]["notes"][0]["id"], json!(note_id));
    e.insert("case.json".into(), serde_json::to_vec(&c).unwrap());
    let bytes = pack(e, |m| {
        m["case_id"] = json!(new_id);
        m["reference"] = json!("SCIA-10");
    });
    refused_with(&mut w, &bytes, PackageRefusal::OtherCase, "notes #1 › id");
}

#[test]
fn a_digest_is_never_a_path() {
    let mut w = world();
    for bad in [
        "/etc/passwd",
        "../../docket.sqlite3",
        "../documents/ab/cd",
        "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
    ] {
        let bytes = with_case_json(&w.honest.clone(), |c| {
            c["tables"]["documents"][0]["sha256"] = json!(bad);
        });
        refused_with(
            &mut w,
            &bytes,
            PackageRefusal::NotADigest,
            "documents #1 › sha256",
        );
    }
    // A blob entry named by a path rather than a digest.
    let mut e = entries(&w.honest);
    let (name, data) = e
        .iter()
        .find(|(k, _)| k.starts_with("blobs/"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .unwrap();
    e.remove(&name);
    e.insert("blobs/../../escaped".into(), data);
    let bytes = pack(e, |_| {});
    refused_with(
        &mut w,
        &bytes,
        PackageRefusal::NotADigest,
        "blobs/../../escaped",
    );
    assert!(!w.b_dir.path().join("escaped").exists());
}

#[test]
fn invalid_values_are_refused_before_anything_is_written() {
    let mut w = world();
    let cases: Vec<(&str, usize, &str, serde_json::Value, PackageRefusal)> = vec![
        (
            "cases",
            0,
            "filed_on",
            json!("2026-02-30"),
            PackageRefusal::InvalidValue,
        ),
        (
            "cases",
            0,
            "status",
            json!("archived"),
            PackageRefusal::InvalidValue,
        ),
        (
            "cases",
            0,
            "model",
            json!("icc_arbitration"),
            PackageRefusal::InvalidValue,
        ),
        (
            "cases",
            0,
            "stage",
            json!("mediation_requested"),
            PackageRefusal::InvalidValue,
        ),
        (
            "cases",
            0,
            "updated_at",
            json!("yesterday"),
            PackageRefusal::InvalidValue,
        ),
        // An unknown zone of receipt: the deadline's jurisdiction must be HK or CN.
        (
            "case_deadlines",
            0,
            "receipt",
            json!("Mars/Olympus_Mons"),
            PackageRefusal::InvalidValue,
        ),
        (
            "case_deadlines",
            0,
            "due",
            json!("2026-13-01"),
            PackageRefusal::InvalidValue,
        ),
        // A date outside the supported range (the year-10000 deadline of the hostile tests).
        (
            "case_deadlines",
            0,
            "due",
            json!("9999-12-31"),
            PackageRefusal::InvalidValue,
        ),
        (
            "case_deadlines",
            0,
            "rule_set",
            json!("made-up"),
            PackageRefusal::InvalidValue,
        ),
        (
            "checklist_items",
            0,
            "status",
            json!("maybe"),
            PackageRefusal::InvalidValue,
        ),
        (
            "documents",
            0,
            "pages",
            json!("three"),
            PackageRefusal::InvalidValue,
        ),
        (
            "documents",
            0,
            "kind",
            json!("video"),
            PackageRefusal::InvalidValue,
        ),
        (
            "documents",
            0,
            "confidential",
            json!(7),
            PackageRefusal::InvalidValue,
        ),
        // Once committed with "Nothing was changed": an empty note body.
        ("notes", 0, "body", json!(""), PackageRefusal::InvalidValue),
        (
            "notes",
            0,
            "id",
            json!("not-a-uuid"),
            PackageRefusal::InvalidValue,
        ),
    ];
    for (table, row, field, value, reason) in cases {
        let bytes = with_case_json(&w.honest.clone(), |c| {
            c["tables"][table][row][field] = value.clone();
        });
        refused_with(
            &mut w,
            &bytes,
            reason,
            &format!("{table} #{} › {field}", row + 1),
        );
    }
    // Not JSON at all: the line and column.
    let mut e = entries(&w.honest);
    e.insert("case.json".into(), b"{\n  \"tables\": [1, 2,\n".to_vec());
    refused_with(
        &mut w,
        &pack(e, |_| {}),
        PackageRefusal::InvalidValue,
        "line 3",
    );
}

#[test]
fn a_missing_or_altered_document_is_refused() {
    let mut w = world();
    let mut e = entries(&w.honest);
    let blob = e.keys().find(|k| k.starts_with("blobs/")).cloned().unwrap();
    // The manifest and the rows name a document the file does not carry.
    let mut missing = e.clone();
    missing.remove(&blob);
    refused_with(
        &mut w,
        &pack(missing, |_| {}),
        PackageRefusal::MissingDocument,
        "documents #1 › sha256",
    );
    // The bytes do not match the digest they are named by (the manifest re-hashed to match).
    e.insert(blob.clone(), b"forged bytes".to_vec());
    refused_with(
        &mut w,
        &pack(e, |_| {}),
        PackageRefusal::DigestMismatch,
        &blob,
    );
}

mod reader {
    use super::super::records;
    use proptest::prelude::*;

    fn honest() -> serde_json::Value {
        let case = "6f1c1f8e-3b7a-4f7e-9a51-0d5b1f7c2a10";
        serde_json::json!({
            "tables": {
                "cases": [{"id": case, "reference": "SCIA-1", "title_en": "A v B", "title_zh": "",
                    "model": "scia_arbitration", "status": "open", "filed_on": "2026-11-02",
                    "language": "en", "created_at": "2026-11-02T01:00:00Z",
                    "updated_at": "2026-11-02T01:00:00Z", "stage": "arbitration_filed",
                    "stage_date": "2026-11-02", "amount_minor": null, "currency": null,
                    "procedure": "ordinary"}],
                "notes": [{"id": "7a1c1f8e-3b7a-4f7e-9a51-0d5b1f7c2a10", "case_id": case,
                    "body": "x", "confidential": 0, "author": "A",
                    "created_at": "2026-11-02T01:00:00Z", "updated_at": "2026-11-02T01:00:00Z"}],
                "case_events": [{"case_id": case, "stage": "arbitration_filed",
                    "event_date": "2026-11-02", "note": "", "recorded_at": "2026-11-02T01:00:00Z"}]
            },
            "audit": [{"entity": "case", "entity_id": case, "action": "created",
                "old_value": null, "new_value": "SCIA-1", "at": "2026-11-02T01:00:00Z"}]
        })
    }

    fn value() -> impl Strategy<Value = serde_json::Value> {
        prop_oneof![
            Just(serde_json::Value::Null),
            any::<i64>().prop_map(serde_json::Value::from),
            "[a-z0-9/._ -]{0,20}".prop_map(serde_json::Value::from),
            Just(serde_json::json!([1, "x"])),
            Just(serde_json::json!({"k": 1})),
        ]
    }

    /// Every key path to a scalar or container in the document.
    fn paths(v: &serde_json::Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(here.clone());
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let mut p = here.clone();
                    p.push(k.clone());
                    paths(x, p, out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let mut p = here.clone();
                    p.push(i.to_string());
                    paths(x, p, out);
                }
            }
            _ => {}
        }
    }

    fn at_mut<'a>(v: &'a mut serde_json::Value, p: &[String]) -> Option<&'a mut serde_json::Value> {
        let mut cur = v;
        for k in p {
            cur = match cur {
                serde_json::Value::Object(m) => m.get_mut(k)?,
                serde_json::Value::Array(a) => a.get_mut(k.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn mutated_case_json_never_panics_and_every_refusal_says_where(
            pick in any::<prop::sample::Index>(),
            new in value(),
            extra_key in prop::option::of("[a-z_]{1,12}"),
        ) {
            let mut doc = honest();
            let mut all = Vec::new();
            paths(&doc, Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            if let Some(target) = at_mut(&mut doc, &path) {
                match &extra_key {
                    Some(k) if target.is_object() => {
                        target[k.as_str()] = new.clone();
                    }
                    _ => *target = new.clone(),
                }
            }
            let bytes = serde_json::to_vec(&doc).unwrap();
            match records::read(&bytes, "6f1c1f8e-3b7a-4f7e-9a51-0d5b1f7c2a10", "SCIA-1") {
                Ok(_) => {}
                Err(p) => prop_assert!(!p.at.is_empty(), "{p:?}"),
            }
        }

        #[test]
        fn random_bytes_never_panic_and_every_refusal_says_where(
            bytes in prop::collection::vec(any::<u8>(), 0..200),
        ) {
            if let Err(p) = records::read(&bytes, "6f1c1f8e-3b7a-4f7e-9a51-0d5b1f7c2a10", "SCIA-1") {
                prop_assert!(!p.at.is_empty(), "{p:?}");
            }
        }
    }

    #[test]
    fn the_honest_document_reads() {
        let bytes = serde_json::to_vec(&honest()).unwrap();
        records::read(&bytes, "6f1c1f8e-3b7a-4f7e-9a51-0d5b1f7c2a10", "SCIA-1").unwrap();
    }
}

#[test]
fn every_demo_case_travels_and_is_accepted_by_the_checks() {
    let a_dir = tempfile::tempdir().unwrap();
    let b_dir = tempfile::tempdir().unwrap();
    let mut a = app_in(a_dir.path());
    let mut b = app_in(b_dir.path());
    a.load_demo().unwrap();
    let cases = a.list_cases().unwrap();
    // B has only the online room: the clerk puts A's rooms there, code by code.
    let rooms: Vec<PackageResolutionDto> = a
        .list_venues(true)
        .unwrap()
        .into_iter()
        .map(|v| PackageResolutionDto {
            entity: "venue".into(),
            key: v.code,
            take: "ONLINE".into(),
        })
        .collect();
    for c in &cases {
        a.prepare_case(&c.reference).unwrap();
        let pkg = a_dir.path().join("case.bdpkg");
        a.export_package(
            &c.reference,
            &pkg,
            &DisclosureInputDto {
                ground: Some("consent".into()),
                by: "Wong".into(),
                ..DisclosureInputDto::default()
            },
        )
        .unwrap();
        let r = b.import_package(&pkg, &rooms).unwrap_or_else(|e| {
            panic!("{}: {}", c.reference, describe(Locale::En, &e));
        });
        assert!(r.applied, "{}: {r:?}", c.reference);
    }
    assert_eq!(b.list_cases().unwrap().len(), cases.len());
}

#[test]
fn a_stored_digest_that_is_a_path_never_reaches_an_export_or_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    let outside = dir.path().join("outside-the-store.txt");
    std::fs::write(&outside, "private bytes from elsewhere").unwrap();
    a.create_case(&NewCaseDto {
        reference: "SCIA-7".into(),
        title_en: "A v B".into(),
        title_zh: String::new(),
        model: "scia_arbitration".into(),
        filed_on: "2026-11-02".into(),
        language: "en".into(),
        amount: None,
        currency: None,
        confirm: false,
    })
    .unwrap();
    let d = a
        .add_document(
            "SCIA-7",
            DocumentSource::Bytes {
                name: "claim.pdf",
                bytes: b"claim",
            },
            &NewDocumentDto {
                title: "Claim".into(),
                added_by: "Wong".into(),
                ..NewDocumentDto::default()
            },
        )
        .unwrap();
    // What an earlier hostile package left in the register.
    let path = outside.display().to_string();
    a.store
        .write(|tx| {
            tx.execute(
                "UPDATE documents SET sha256 = ?1 WHERE id = ?2",
                [&path, &d.id],
            )
            .map_err(docket_store::StoreError::from)
        })
        .unwrap();
    let pkg = dir.path().join("out.bdpkg");
    a.export_package("SCIA-7", &pkg, &DisclosureInputDto::default())
        .unwrap();
    let carried = entries(&std::fs::read(&pkg).unwrap());
    assert!(
        carried
            .values()
            .all(|v| !v.windows(13).any(|w| w == b"private bytes")),
        "{:?}",
        carried.keys()
    );
    let b = a.create_backup(None, "").unwrap();
    a.verify_backup(Path::new(&b.path)).unwrap();
}

#[test]
fn the_clerk_of_each_entry_travels_and_a_forged_one_is_refused() {
    let mut w = world();
    let forged = with_case_json(&w.honest, |c| {
        c["audit"][0]["clerk"] = json!("Chan\u{202E}Mei");
    });
    refused_with(
        &mut w,
        &forged,
        PackageRefusal::InvalidValue,
        "audit #1 › clerk",
    );
    // Entries named on the first computer keep their clerk; one from a package written before
    // names were recorded has none.
    let named = with_case_json(&w.honest, |c| {
        let rows = c["audit"].as_array_mut().unwrap();
        for r in rows.iter_mut() {
            r["clerk"] = json!("Chan Mei");
        }
        rows[0].as_object_mut().unwrap().remove("clerk");
    });
    let p = w.b_dir.path().join("named.bdpkg");
    std::fs::write(&p, &named).unwrap();
    w.b.set_clerk_name("Wong Siu Ling").unwrap();
    assert!(w.b.import_package(&p, &[]).unwrap().applied);
    let trail = w.b.case_detail("SCIA-9").unwrap().audit;
    let (imported, carried): (Vec<_>, Vec<_>) =
        trail.iter().partition(|a| a.action == "package_imported");
    assert_eq!(carried[0].clerk, None);
    assert!(
        carried[1..]
            .iter()
            .all(|a| a.clerk.as_deref() == Some("Chan Mei"))
    );
    assert_eq!(imported[0].clerk.as_deref(), Some("Wong Siu Ling"));
    assert_eq!(
        imported[0].sentence,
        "Wong Siu Ling imported the case from a package (named.bdpkg, exported 24 Nov 2026 10:00)"
    );
}

mod linked;
