//! Format 2: a case travels with its parties, counsel and firm, an appointment and its neutral, a
//! waiver and hearings (one a weekly series, one removed); the receiving roster's people are
//! matched, a room it lacks is refused by name, and a tampered list changes nothing.

use super::*;
use crate::dto::{
    CasePartyInputDto, ConflictRecordInputDto, CounselInputDto, FirmInputDto, HearingInputDto,
    NeutralInputDto, PackageMatchBy, PackageRecordKind, ParticipantInputDto, PartyInputDto,
    ProposalDto, VenueInputDto,
};

fn room(app: &mut App, code: &str) {
    app.create_venue(&VenueInputDto {
        code: code.into(),
        name_en: format!("Room {code}"),
        name_zh: String::new(),
        kind: "room".into(),
        site: "hong_kong".into(),
        zone: "Asia/Hong_Kong".into(),
        capacity: 12,
        ..VenueInputDto::default()
    })
    .unwrap();
}

fn chan(email: &str) -> NeutralInputDto {
    NeutralInputDto {
        name_en: "Chan Tai Man".into(),
        roles: "arbitrator".into(),
        nationalities: vec!["GB".into()],
        languages: vec!["en:native".into()],
        home_zone: "Asia/Hong_Kong".into(),
        email: Some(email.into()),
        ..NeutralInputDto::default()
    }
}

fn count(app: &App, sql: &str) -> i64 {
    app.store
        .read(|c| c.query_row(sql, [], |r| r.get::<_, i64>(0)))
        .unwrap()
}

/// A case on A with everything format 2 carries, exported; and the neutral's id on A.
fn exported(dir: &Path) -> (Vec<u8>, String) {
    let mut a = app_in(dir);
    open_case(&mut a, "SCIA-9", "scia_arbitration");
    room(&mut a, "R9");
    let firm = a
        .create_firm(FirmInputDto {
            name_en: "Lee & Partners".into(),
            country: "HK".into(),
            ..FirmInputDto::default()
        })
        .unwrap();
    let counsel = a
        .create_counsel(CounselInputDto {
            name_en: "Ada Lee".into(),
            firm_id: Some(firm.id.clone()),
            email: Some("ada@lee.example".into()),
            ..CounselInputDto::default()
        })
        .unwrap();
    for (name, side, counsel) in [
        (
            "Pearl River Logistics Ltd",
            "claimant",
            Some(counsel.id.clone()),
        ),
        ("Shenzhen Harbour Co", "respondent", None),
    ] {
        let p = a
            .create_party(PartyInputDto {
                name_en: name.into(),
                kind: "company".into(),
                nationality: if side == "claimant" { "HK" } else { "CN" }.into(),
                ..PartyInputDto::default()
            })
            .unwrap();
        a.set_case_party(CasePartyInputDto {
            case_reference: "SCIA-9".into(),
            party_id: p.id,
            side: side.into(),
            counsel_id: counsel,
        })
        .unwrap();
    }
    let n = a
        .create_neutral(chan("Chan@Example.com"))
        .unwrap()
        .neutral
        .id;
    let r = a
        .propose_appointment(&ProposalDto {
            case_reference: "SCIA-9".into(),
            neutral_id: n.clone(),
            role: "sole_arbitrator".into(),
            on: Some("2026-11-10".into()),
            confirm: true,
            ..ProposalDto::default()
        })
        .unwrap();
    assert!(r.appointment.is_some(), "{r:?}");
    a.record_conflict(&ConflictRecordInputDto {
        case_reference: "SCIA-9".into(),
        neutral_id: n.clone(),
        role: "sole_arbitrator".into(),
        rule: "nationality".into(),
        kind: "waiver".into(),
        subject: "GB".into(),
        recorded_by: "Wong".into(),
        ..ConflictRecordInputDto::default()
    })
    .unwrap();
    let mut booked = Vec::new();
    for (venue, start, weeks) in [
        ("R9", "2026-12-01T10:00", None),
        ("ONLINE", "2026-12-03T15:00", Some(2)),
    ] {
        let h = a
            .schedule_hearing(&HearingInputDto {
                case_reference: "SCIA-9".into(),
                kind: "procedural_conference".into(),
                venue_code: venue.into(),
                start: start.into(),
                zone: Some("Asia/Hong_Kong".into()),
                minutes: 90,
                participants: vec![ParticipantInputDto {
                    kind: "neutral".into(),
                    ref_id: Some(n.clone()),
                    ..ParticipantInputDto::default()
                }],
                weeks,
                save: true,
                ..HearingInputDto::default()
            })
            .unwrap();
        booked.extend(h.saved);
    }
    assert_eq!(booked.len(), 3);
    a.remove_hearing(&booked[2]).unwrap();
    let pkg = dir.join("SCIA-9.bdpkg");
    a.export_package("SCIA-9", &pkg, &DisclosureInputDto::default())
        .unwrap();
    (std::fs::read(pkg).unwrap(), n)
}

fn write(dir: &Path, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join("in.bdpkg");
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn a_case_travels_with_its_people_appointment_waiver_and_hearings() {
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (bytes, neutral) = exported(a_dir.path());
    let mut b = app_in(b_dir.path());
    room(&mut b, "R9");
    let p = write(b_dir.path(), &bytes);
    let db = b_dir.path().join("docket.sqlite3");
    let before = dump(&db);
    // The preview tells what will happen and writes nothing.
    let preview = b.preview_package(&p, &[]).unwrap();
    assert!(preview.preview && !preview.applied, "{preview:?}");
    assert_eq!(dump(&db), before);
    assert_eq!(preview.people.len(), 5, "{:?}", preview.people);
    assert!(preview.people.iter().all(|p| p.matched_by.is_none()));
    let hearings = preview
        .kinds
        .iter()
        .find(|k| k.kind == PackageRecordKind::Hearing)
        .unwrap();
    assert_eq!(hearings.added, 3);
    let r = b.import_package(&p, &[]).unwrap();
    assert!(r.applied && r.conflicts.is_empty(), "{r:?}");
    assert_eq!(count(&b, "SELECT count(*) FROM neutrals"), 1);
    assert_eq!(count(&b, "SELECT count(*) FROM case_parties"), 2);
    assert_eq!(
        count(&b, "SELECT count(*) FROM counsel WHERE firm_id IS NOT NULL"),
        1
    );
    assert_eq!(count(&b, "SELECT count(*) FROM appointments"), 1);
    assert_eq!(
        count(
            &b,
            "SELECT count(*) FROM conflict_records WHERE kind = 'waiver'"
        ),
        1
    );
    assert_eq!(count(&b, "SELECT count(*) FROM hearings"), 3);
    assert_eq!(
        count(
            &b,
            "SELECT count(DISTINCT series_id) FROM hearings WHERE series_id IS NOT NULL"
        ),
        1
    );
    assert_eq!(
        count(
            &b,
            "SELECT count(*) FROM hearings WHERE removed_at IS NOT NULL"
        ),
        1
    );
    assert_eq!(count(&b, "SELECT count(*) FROM hearing_participants"), 3);
    let detail = b.case_detail("SCIA-9").unwrap();
    assert_eq!(detail.appointments[0].neutral_id, neutral);
    // Importing the same package again changes nothing.
    let again = b.import_package(&p, &[]).unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");
    assert!(
        again
            .people
            .iter()
            .all(|p| p.matched_by == Some(PackageMatchBy::Id))
    );
}

#[test]
fn a_neutral_already_on_the_roster_is_matched_by_email_not_duplicated() {
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (bytes, a_neutral) = exported(a_dir.path());
    let mut b = app_in(b_dir.path());
    room(&mut b, "R9");
    let mine = b
        .create_neutral(chan("chan@EXAMPLE.com"))
        .unwrap()
        .neutral
        .id;
    assert_ne!(mine, a_neutral);
    let p = write(b_dir.path(), &bytes);
    let r = b.preview_package(&p, &[]).unwrap();
    let n = r
        .people
        .iter()
        .find(|p| p.kind == PackageRecordKind::Neutral)
        .unwrap();
    assert_eq!(n.matched_by, Some(PackageMatchBy::Email));
    b.import_package(&p, &[]).unwrap();
    assert_eq!(count(&b, "SELECT count(*) FROM neutrals"), 1);
    let detail = b.case_detail("SCIA-9").unwrap();
    assert_eq!(detail.appointments[0].neutral_id, mine);
    assert_eq!(
        count(
            &b,
            &format!("SELECT count(*) FROM hearing_participants WHERE key = 'neutral:{mine}'")
        ),
        3
    );
}

#[test]
fn a_room_the_receiver_lacks_is_refused_by_its_code_unless_the_clerk_maps_it() {
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (bytes, _) = exported(a_dir.path());
    let mut b = app_in(b_dir.path());
    let p = write(b_dir.path(), &bytes);
    let db = b_dir.path().join("docket.sqlite3");
    let before = dump(&db);
    for preview in [true, false] {
        let err = if preview {
            b.preview_package(&p, &[]).unwrap_err()
        } else {
            b.import_package(&p, &[]).unwrap_err()
        };
        assert!(
            matches!(&err, AppError::PackageRefused { reason: PackageRefusal::UnknownRoom, detail, .. } if detail == "R9"),
            "{err:?}"
        );
        assert!(describe(Locale::En, &err).contains("R9"));
        assert_eq!(dump(&db), before);
    }
    let online = [PackageResolutionDto {
        entity: "venue".into(),
        key: "R9".into(),
        take: "ONLINE".into(),
    }];
    assert!(b.import_package(&p, &online).unwrap().applied);
    assert_eq!(
        count(
            &b,
            "SELECT count(*) FROM hearings h JOIN venues v ON v.id = h.venue_id WHERE v.code = 'ONLINE'"
        ),
        3
    );
}

#[test]
fn a_tampered_format_2_package_is_refused_and_changes_nothing() {
    let mut w = world();
    let a_dir = tempfile::tempdir().unwrap();
    let (honest, _) = exported(a_dir.path());
    room(&mut w.b, "R9");
    let bad_id = with_case_json(&honest, |c| {
        c["tables"]["appointments"][0]["id"] = json!("not-an-id");
    });
    refused_with(
        &mut w,
        &bad_id,
        PackageRefusal::InvalidValue,
        "appointments #1 › id",
    );
    let bad_neutral = with_case_json(&honest, |c| {
        c["roster"]["neutrals"][0]["home_zone"] = json!("Mars/Olympus_Mons");
    });
    refused_with(
        &mut w,
        &bad_neutral,
        PackageRefusal::InvalidValue,
        "neutrals #1 › home_zone",
    );
    let stranger = with_case_json(&honest, |c| {
        c["tables"]["appointments"][0]["neutral_id"] =
            json!("00000000-0000-4000-8000-000000000009");
    });
    refused_with(
        &mut w,
        &stranger,
        PackageRefusal::OtherCase,
        "appointments #1 › neutral_id",
    );
    let oversized = with_case_json(&honest, |c| {
        let h = c["tables"]["hearings"][0].clone();
        c["tables"]["hearings"] = json!(vec![h; super::super::linked::MAX_ROWS + 1]);
    });
    refused_with(&mut w, &oversized, PackageRefusal::InvalidValue, "hearings");
    let sql_name = with_case_json(&honest, |c| {
        c["tables"]["hearings"][0]["venue_id) VALUES (1); --"] = json!("x");
    });
    refused_with(
        &mut w,
        &sql_name,
        PackageRefusal::UnknownField,
        "hearings #1 › venue_id) VALUES",
    );
}

#[test]
fn a_first_format_package_still_imports_and_leaves_the_later_records_alone() {
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (bytes, _) = exported(a_dir.path());
    let mut b = app_in(b_dir.path());
    room(&mut b, "R9");
    b.import_package(&write(b_dir.path(), &bytes), &[]).unwrap();
    // What version 1 wrote: no roster, none of the later tables.
    let mut e = entries(&bytes);
    let mut c: serde_json::Value = serde_json::from_slice(&e["case.json"]).unwrap();
    c.as_object_mut().unwrap().remove("roster");
    for t in [
        "case_parties",
        "appointments",
        "conflict_records",
        "hearings",
    ] {
        c["tables"].as_object_mut().unwrap().remove(t);
    }
    e.insert("case.json".into(), serde_json::to_vec(&c).unwrap());
    let old = pack(e, |m| m["version"] = json!(1));
    let r = b.import_package(&write(b_dir.path(), &old), &[]).unwrap();
    assert!(r.applied && r.conflicts.is_empty(), "{r:?}");
    assert_eq!(count(&b, "SELECT count(*) FROM hearings"), 3);
    assert_eq!(count(&b, "SELECT count(*) FROM appointments"), 1);
}
