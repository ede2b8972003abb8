//! Store tests: migrations validate, the file is private and journaled, and every repository method
//! round-trips through an in-memory database.

use super::*;
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::hearing::{
    DerivedStart, Facilities, Facility, Hearing, HearingKind, HearingStatus, ONLINE_CODE, Site,
    Venue, VenueKind,
};
use docket_domain::id::{AppointmentId, CaseId, HearingId, NeutralId, PartyId, VenueId};
use docket_domain::roster::Neutral;
use docket_domain::roster::appointment::{AppointedBy, Appointment, AppointmentRole};
use docket_domain::roster::party::{CaseParty, Party, PartyKind, Side};
use docket_domain::text::Bilingual;
use docket_domain::time::{Instant, ZonedWallTime};

fn now() -> Instant {
    "2026-11-24T02:00:00Z".parse().unwrap()
}

#[test]
fn migrations_are_valid() {
    migrations().unwrap().validate().unwrap();
    assert_eq!(schema_version(), 17);
}

#[test]
fn rebuilding_the_cases_table_keeps_everything_that_points_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.sqlite3");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        migrations().unwrap().to_version(&mut conn, 7).unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, reference, title_en, title_zh, model, status, filed_on, language,
                                created_at, updated_at, stage, stage_date)
             VALUES ('c1', 'HKIAC-A26001', 'A v B', '', 'hkiac_arbitration', 'open', '2026-01-05', 'en',
                     '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z', 'arbitration_filed', '2026-01-05');
             INSERT INTO case_events (case_id, stage, event_date, note, recorded_at)
             VALUES ('c1', 'arbitration_filed', '2026-01-05', '', '2026-01-05T00:00:00Z');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let (events, reference): (i64, String) = store
        .read(|c| {
            c.query_row(
                "SELECT (SELECT count(*) FROM case_events), (SELECT reference FROM cases)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
        .unwrap();
    assert_eq!((events, reference.as_str()), (1, "HKIAC-A26001"));
    assert!(store.pragmas().unwrap().0, "foreign keys are on again");
    store
        .read(|c| {
            c.execute(
                "UPDATE cases SET model = 'hk_mediation' WHERE id = 'c1'",
                [],
            )
        })
        .unwrap();
}

#[test]
fn a_fresh_database_has_the_online_venue_in_both_scripts() {
    let store = Store::open_in_memory().unwrap();
    let venues = store.read(repo::venues::list).unwrap();
    assert_eq!(venues.len(), 1);
    let online = &venues[0];
    assert_eq!(online.code, ONLINE_CODE);
    assert_eq!(online.kind, VenueKind::Online);
    assert_eq!(online.name.en, "Online (video conference)");
    assert_eq!(online.name.zh, "網上（視像會議）");
    assert_eq!(
        docket_domain::text::simplified(&online.name.zh),
        "网上（视像会议）"
    );
    assert!(online.facilities.contains(Facility::Video));
    assert_eq!((online.hours, online.retired_on), (None, None));
    assert_eq!(store.read(repo::venues::count_added).unwrap(), 0);
}

#[test]
fn an_older_database_keeps_its_rooms_and_hearings_and_gains_what_it_lacked() {
    let dir = tempfile::tempdir().unwrap();
    for demo_online in [false, true] {
        let path = dir.path().join(format!("v11-{demo_online}.sqlite3"));
        {
            let mut conn = rusqlite::Connection::open(&path).unwrap();
            migrations().unwrap().to_version(&mut conn, 11).unwrap();
            conn.pragma_update(None, "foreign_keys", "ON").unwrap();
            conn.execute_batch(
                "INSERT INTO cases (id, reference, title_en, title_zh, model, status, filed_on, language,
                                    created_at, updated_at, stage, stage_date)
                 VALUES ('00000000-0000-0000-0000-0000000000c1', 'HKIAC-A26001', 'A v B', '',
                         'hkiac_arbitration', 'open', '2026-01-05', 'en', '2026-01-05T00:00:00Z',
                         '2026-01-05T00:00:00Z', 'arbitration_filed', '2026-01-05');
                 INSERT INTO venues (id, code, name_en, name_zh, kind, zone, capacity) VALUES
                    ('00000000-0000-0000-0000-0000000000a1', 'SZ-QH-1', 'Qianhai 1', '前海第一仲裁庭',
                     'shenzhen_room', 'Asia/Shanghai', 30),
                    ('00000000-0000-0000-0000-0000000000a2', 'HK-ES-A', 'Room A', '', 'hong_kong_room',
                     'Asia/Hong_Kong', 0);
                 INSERT INTO hearings (id, case_id, kind, venue_id, starts_local, zone, duration_minutes,
                                       starts_utc, offset_seconds, tzdb_version, status, ical_uid,
                                       created_at, updated_at, ends_utc)
                 VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000c1',
                         'evidentiary_hearing', '00000000-0000-0000-0000-0000000000a1',
                         '2026-02-02T10:00', 'Asia/Shanghai', 60, '2026-02-02T02:00:00Z', 28800,
                         '2025b', 'confirmed', 'h1@x', '2026-01-05T00:00:00Z',
                         '2026-01-05T00:00:00Z', '2026-02-02T03:00:00Z');",
            )
            .unwrap();
            if demo_online {
                conn.execute_batch(
                    "INSERT INTO venues (id, code, name_en, name_zh, kind, zone, capacity) VALUES
                        ('00000000-0000-0000-0000-0000000000a3', 'ONLINE', 'Online (video conference)',
                         '线上（视像会议）', 'online', 'Asia/Hong_Kong', 300);",
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        assert!(store.pragmas().unwrap().0, "foreign keys are on again");
        let venues = store.read(repo::venues::list).unwrap();
        let codes: Vec<(&str, VenueKind, Site, u32)> = venues
            .iter()
            .map(|v| (v.code.as_str(), v.kind, v.site, v.capacity))
            .collect();
        assert_eq!(
            codes,
            [
                ("HK-ES-A", VenueKind::Room, Site::HongKong, 1),
                ("ONLINE", VenueKind::Online, Site::HongKong, 300),
                ("SZ-QH-1", VenueKind::Room, Site::Shenzhen, 30),
            ]
        );
        let online = &venues[1];
        assert_eq!(online.name.zh, "網上（視像會議）");
        if demo_online {
            assert_eq!(
                online.id.to_string(),
                "00000000-0000-0000-0000-0000000000a3"
            );
        }
        assert!(
            venues
                .iter()
                .all(|v| v.hours.is_none() && v.retired_on.is_none())
        );
        assert_eq!(venues[2].facilities, Facilities::default());
        let hearings = store.read(repo::hearings::list).unwrap();
        assert_eq!(hearings.len(), 1);
        assert_eq!(hearings[0].venue_id, venues[2].id);
    }
}

#[test]
fn a_new_file_is_private_journaled_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/docket.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.pragmas().unwrap(), (true, "wal".to_owned()));
    assert_eq!(store.user_version().unwrap(), schema_version() as i64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "database must be readable by its owner only");
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
    }
    drop(store);
    // Opening again is idempotent.
    let again = Store::open(&path).unwrap();
    assert_eq!(again.user_version().unwrap(), schema_version() as i64);
}

fn sample_case() -> Case {
    Case {
        id: CaseId::for_testing(1),
        reference: "HKIAC-A26-0001".into(),
        title: Bilingual::new("Pearl Shipping v Qianhai Logistics", "明珠航运 诉 前海物流"),
        model: CaseModel::HkiacArbitration,
        status: CaseStatus::Open,
        filed_on: "2026-03-08".parse().unwrap(),
        language: "en".into(),
        stage: docket_domain::workflow::Stage::ArbitrationFiled,
        stage_date: "2026-03-08".parse().unwrap(),
        amount_minor: Some(4_200_000_000),
        currency: Some("HKD".into()),
        procedure: docket_domain::workflow::Procedure::Expedited,
    }
}

fn sample_venue() -> Venue {
    Venue {
        id: VenueId::for_testing(1),
        code: "HK-38A".into(),
        name: Bilingual::new("Hearing Room A, 38/F", "38樓 A 號庭"),
        kind: VenueKind::Room,
        site: Site::HongKong,
        zone: "Asia/Hong_Kong".parse().unwrap(),
        capacity: 20,
        facilities: [Facility::Video, Facility::EvidenceDisplay]
            .into_iter()
            .collect(),
        hours: docket_domain::hours::Hours::parse("09:00-18:00"),
        retired_on: None,
    }
}

fn sample_neutral() -> Neutral {
    use docket_domain::roster::{NeutralDraft, PanelDraft, UnavailabilityDraft};
    NeutralDraft {
        name_en: "Chan Tai Man".into(),
        name_zh: "陳大文".into(),
        roles: "both".into(),
        titles: "SC".into(),
        date_of_birth: Some("1968-04-02".into()),
        nationalities: vec!["HK".into(), "GB".into()],
        languages: vec!["yue:native".into(), "en:fluent".into()],
        admissions: vec!["Hong Kong".into(), "England and Wales".into()],
        panels: vec![PanelDraft {
            panel: "hkiac_panel".into(),
            from: "2020-01-01".into(),
            until: Some("2026-12-31".into()),
        }],
        home_zone: "Asia/Hong_Kong".into(),
        email: Some("chan@example.hk".into()),
        phone: Some("+852 2525 0000".into()),
        rate_amount: Some("7000".into()),
        rate_currency: Some("HKD".into()),
        max_concurrent: Some(6),
        unavailability: vec![UnavailabilityDraft {
            from: "2026-12-20".into(),
            until: "2027-01-03".into(),
            zone: String::new(),
            reason: "Leave".into(),
        }],
        notes: "Prefers morning hearings.".into(),
    }
    .validate(NeutralId::for_testing(1))
    .unwrap()
}

/// Hearing `i` of `case` in `venue`: a confirmed procedural conference on 1 December 2026.
fn sample_hearing(i: u128, case: &Case, venue: &Venue) -> Hearing {
    let start = ZonedWallTime::new("2026-12-01T10:00".parse().unwrap(), venue.zone);
    Hearing {
        id: HearingId::for_testing(i),
        case_id: case.id,
        kind: HearingKind::ProceduralConference,
        venue_id: venue.id,
        start,
        duration_minutes: 90,
        derived: DerivedStart::from_clerk_input(&start).unwrap(),
        status: HearingStatus::Confirmed,
        ical_uid: format!("h{i}@baydocket"),
        sequence: 0,
    }
}

fn sample_party(group: Option<&str>) -> Party {
    Party {
        id: PartyId::for_testing(1),
        name: Bilingual::new("Harbour Co", "港湾公司"),
        kind: PartyKind::Company,
        nationality: "CN".into(),
        group: group.map(str::to_owned),
    }
}

/// `neutral` nominated by `party` as co-arbitrator in `case`.
fn sample_appointment(case: &Case, neutral: &Neutral, party: &Party) -> Appointment {
    Appointment {
        id: AppointmentId::for_testing(1),
        case_id: case.id,
        neutral_id: neutral.id,
        role: AppointmentRole::CoArbitrator,
        appointed_by: AppointedBy::Party,
        party_id: Some(party.id),
        counsel_id: None,
        firm_id: None,
        nominated_on: "2026-02-01".parse().unwrap(),
        confirmed_on: None,
        ended_on: None,
        rate: None,
    }
}

/// Adds `party` and makes it the claimant in `case`.
fn insert_claimant(tx: &Transaction<'_>, case: &Case, party: &Party) -> Result<(), StoreError> {
    repo::parties::insert_party(tx, party, now())?;
    repo::parties::set_case_party(
        tx,
        case.id,
        &CaseParty {
            party_id: party.id,
            side: Side::Claimant,
            counsel_id: None,
        },
    )
}

#[test]
fn roster_records_round_trip_and_the_conflict_query_finds_them() {
    let mut store = Store::open_in_memory().unwrap();
    let neutral = sample_neutral();
    let case = sample_case();
    let party = sample_party(Some("Harbour Group"));
    let appointment = sample_appointment(&case, &neutral, &party);
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::neutrals::insert(tx, &neutral, now())?;
            repo::cases::insert(tx, &case, now())?;
            insert_claimant(tx, &case, &party)?;
            repo::appointments::insert(tx, &appointment, now())?;
            Ok(())
        })
        .unwrap();
    store
        .read(|c| -> Result<(), StoreError> {
            assert_eq!(repo::neutrals::get(c, neutral.id)?, Some(neutral.clone()));
            let grouped = repo::parties::parties_in_groups(c, &["harbour group ".into()])?;
            assert_eq!(grouped, vec![party.clone()]);
            let found = repo::appointments::relevant(c, None, &[party.id], &[], &[], &[])?;
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].appointment, appointment);
            assert_eq!(found[0].party_key.as_deref(), Some("group:harbour group"));
            assert_eq!(
                repo::appointments::open_counts(c, None)?.get(&neutral.id),
                Some(&1)
            );
            assert_eq!(repo::appointments::fee_caps(c)?.len(), 2);
            assert_eq!(repo::appointments::rules(c)?.len(), 10);
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_repository_round_trips() {
    let mut store = Store::open_in_memory().unwrap();
    let neutral = sample_neutral();
    let case = sample_case();
    let venue = sample_venue();
    let hearing = sample_hearing(1, &case, &venue);
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::neutrals::insert(tx, &neutral, now())?;
            repo::cases::insert(tx, &case, now())?;
            repo::venues::insert(tx, &venue)?;
            repo::hearings::insert(tx, &hearing, now())?;
            repo::settings::set(tx, "language", "zh-Hant")?;
            Ok(())
        })
        .unwrap();
    store
        .read(|c| -> Result<(), StoreError> {
            assert_eq!(repo::neutrals::list(c)?, vec![neutral.clone()]);
            assert_eq!(repo::cases::list(c)?, vec![case.clone()]);
            let venues = repo::venues::list(c)?;
            assert_eq!(venues.len(), 2, "the room and the online venue");
            assert_eq!(venues[0], venue);
            assert_eq!(repo::venues::by_code(c, "hk-38a")?, Some(venue.clone()));
            assert_eq!(repo::venues::count_added(c)?, 1);
            assert_eq!(repo::venues::hearings_from(c, venue.id, now())?, 1);
            assert_eq!(repo::hearings::list(c)?, vec![hearing.clone()]);
            assert_eq!(
                repo::settings::get(c, "language")?.as_deref(),
                Some("zh-Hant")
            );
            assert_eq!(repo::count(c, repo::Table::Hearings)?, 1);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let mut store = Store::open_in_memory().unwrap();
    let case = sample_case();
    let result = store.write(|tx| -> Result<(), StoreError> {
        repo::cases::insert(tx, &case, now())?;
        // Same reference again: the UNIQUE constraint refuses it and the whole write rolls back.
        repo::cases::insert(
            tx,
            &Case {
                id: CaseId::for_testing(2),
                ..case.clone()
            },
            now(),
        )
    });
    let err = result.unwrap_err();
    assert!(err.is_unique_violation(), "{err}");
    let n = store.read(|c| repo::count(c, repo::Table::Cases)).unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_hearing_must_belong_to_an_existing_case() {
    let mut store = Store::open_in_memory().unwrap();
    let venue = sample_venue();
    let start = ZonedWallTime::new("2026-12-01T10:00".parse().unwrap(), venue.zone);
    let orphan = Hearing {
        id: HearingId::for_testing(9),
        case_id: CaseId::for_testing(404),
        kind: HearingKind::Other,
        venue_id: venue.id,
        start,
        duration_minutes: 30,
        derived: DerivedStart::from_clerk_input(&start).unwrap(),
        status: HearingStatus::Tentative,
        ical_uid: "orphan@baydocket".into(),
        sequence: 0,
    };
    let result = store.write(|tx| -> Result<(), StoreError> {
        repo::venues::insert(tx, &venue)?;
        repo::hearings::insert(tx, &orphan, now())
    });
    assert!(result.is_err(), "foreign keys must be enforced");
}

#[test]
fn the_built_in_calendars_cover_2024_to_2026_and_record_their_origin() {
    use docket_domain::deadline::{DayStatus, Jurisdiction};
    let store = Store::open_in_memory().unwrap();
    let (hk, cn, seeded) = store
        .read(|c| -> Result<_, StoreError> {
            Ok((
                repo::holidays::calendar(c, Jurisdiction::HongKong)?,
                repo::holidays::calendar(c, Jurisdiction::Mainland)?,
                repo::holidays::change_count(c, Jurisdiction::HongKong)?,
            ))
        })
        .unwrap();
    assert_eq!(hk.years().collect::<Vec<_>>(), [2024, 2025, 2026]);
    assert_eq!(cn.years().collect::<Vec<_>>(), [2024, 2025, 2026]);
    assert_eq!(hk.entries_in(2026).len(), 17);
    assert_eq!(seeded, hk.entries_in(2024).len() as u64 + 17 + 17);
    let d = |s: &str| s.parse().unwrap();
    assert!(matches!(
        cn.status(d("2026-10-10")).unwrap(),
        DayStatus::Working { make_up: Some(_) }
    ));
    assert!(!hk.status(d("2026-04-07")).unwrap().is_working());
}

#[test]
fn correcting_a_day_keeps_what_it_was() {
    use docket_domain::deadline::{CalendarEntry, EntryKind, Jurisdiction};
    let mut store = Store::open_in_memory().unwrap();
    let entry = CalendarEntry {
        date: "2026-12-26".parse().unwrap(),
        kind: EntryKind::DayOff,
        name: Bilingual::new(
            "The first weekday after Christmas Day (corrected)",
            "聖誕節後第一個周日",
        ),
        source: "Clerk: Gazette notice".into(),
    };
    store
        .write(|tx| repo::holidays::put_entry(tx, Jurisdiction::HongKong, &entry, "typo", now()))
        .unwrap();
    let (before, after): (String, String) = store
        .read(|c| {
            c.query_row(
                "SELECT before, after FROM holiday_changes WHERE change = 'corrected'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
        .unwrap();
    assert!(
        before.contains("\"The first weekday after Christmas Day\""),
        "{before}"
    );
    assert!(after.contains("(corrected)"), "{after}");
}

#[test]
fn time_limits_and_thresholds_are_seeded_with_their_sources() {
    let store = Store::open_in_memory().unwrap();
    let (limits, thresholds) = store
        .read(|c| -> Result<_, StoreError> {
            Ok((
                repo::workflow::time_limits(c)?,
                repo::workflow::thresholds(c)?,
            ))
        })
        .unwrap();
    assert!(limits.len() >= 15);
    assert!(limits.iter().all(|l| !l.source.is_empty()));
    let set_aside: Vec<_> = limits
        .iter()
        .filter(|l| {
            l.code == "set_aside" && l.institution == docket_domain::workflow::Institution::Scia
        })
        .collect();
    assert_eq!(set_aside.len(), 2, "old and revised PRC Arbitration Law");
    assert_eq!(thresholds.len(), 4);
}

#[test]
fn a_case_round_trips_with_its_stage_and_first_event() {
    let mut store = Store::open_in_memory().unwrap();
    let case = sample_case();
    store
        .write(|tx| repo::cases::insert(tx, &case, now()))
        .unwrap();
    let (cases, events) = store
        .read(|c| -> Result<_, StoreError> {
            Ok((repo::cases::list(c)?, repo::cases::events(c, case.id)?))
        })
        .unwrap();
    assert_eq!(cases, vec![case.clone()]);
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].0,
        docket_domain::workflow::Stage::ArbitrationFiled
    );
}

#[test]
fn two_readers_find_the_same_participants_as_one() {
    use docket_domain::schedule::{Hours, Participant, ParticipantKind};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("people.sqlite3")).unwrap();
    let (case, venue) = (sample_case(), sample_venue());
    let person = |k: usize, en: &str| Participant {
        kind: ParticipantKind::Neutral,
        key: format!("neutral:{k}"),
        name: Bilingual::new(en, "陳大文"),
        zone: "Europe/Berlin".parse().unwrap(),
        hours: Hours::ACCEPTABLE,
    };
    let hearing = |i: u128| sample_hearing(i, &case, &venue);
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::cases::insert(tx, &case, now())?;
            repo::venues::insert(tx, &venue)?;
            // Seven hearings of three people: the middle row falls inside the fourth hearing.
            for i in 0..7u128 {
                let people = [
                    person(1, "Chan"),
                    person(2, "Lee"),
                    person(3 + (i as usize % 2), "Ho"),
                ];
                let details = repo::hearings::Details::default();
                repo::hearings::insert_full(tx, &hearing(i), &details, &people, now())?;
            }
            // One renamed between hearings: two variants under one key.
            let details = repo::hearings::Details::default();
            repo::hearings::insert_full(
                tx,
                &hearing(7),
                &details,
                &[person(1, "Chan Tai Man")],
                now(),
            )?;
            Ok(())
        })
        .unwrap();
    let sel = repo::hearings::export::Selection::default();
    let one = store
        .read(|c| repo::hearings::export::people_split(c, || Ok(None), &sel, 0))
        .unwrap();
    let two = store
        .read(|c| repo::hearings::export::people_split(c, || store.reader(), &sel, 0))
        .unwrap();
    assert_eq!(
        one.list().len(),
        5,
        "four people, one of them under two names"
    );
    for i in 0..8u128 {
        let names = |p: &repo::hearings::export::People| -> Vec<String> {
            p.of(HearingId::for_testing(i))
                .iter()
                .map(|k| p.get(*k).unwrap().name.en.clone())
                .collect()
        };
        assert_eq!(names(&one), names(&two), "hearing {i}");
        assert!(!names(&one).is_empty());
    }
    assert_eq!(
        two.of(HearingId::for_testing(3))
            .iter()
            .map(|k| two.get(*k).unwrap().key.as_str())
            .collect::<Vec<_>>(),
        ["neutral:1", "neutral:2", "neutral:4"],
        "in the order they were added, across the split"
    );
}

#[test]
fn an_older_backup_is_migrated_as_a_copy_and_renamed_into_place() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v7.sqlite3");
    {
        let mut conn = rusqlite::Connection::open(&old).unwrap();
        migrations().unwrap().to_version(&mut conn, 7).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, reference, title_en, title_zh, model, status, filed_on, language,
                                created_at, updated_at, stage, stage_date)
             VALUES ('c1', 'HKIAC-A26001', 'A v B', '', 'hkiac_arbitration', 'open', '2026-01-05', 'en',
                     '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z', 'arbitration_filed', '2026-01-05');",
        )
        .unwrap();
    }
    assert_eq!(backup::verify(&old).unwrap().schema_version, 7);
    let live = dir.path().join("live/docket.sqlite3");
    let mut store = Store::open(&live).unwrap();
    let work = dir.path().join("live/.work");
    std::fs::create_dir_all(&work).unwrap();
    let s = store.restore_from(&old, &work).unwrap();
    assert_eq!(s.cases, 1);
    assert_eq!(store.user_version().unwrap(), schema_version() as i64);
    assert_eq!(store.pragmas().unwrap(), (true, "wal".to_owned()));
    let n: i64 = store
        .read(|c| c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(std::fs::read_dir(&work).unwrap().count(), 0, "no copy left");
    // The restored file verifies as this version's.
    drop(store);
    assert_eq!(
        backup::verify(&live).unwrap().schema_version,
        schema_version() as i64
    );
}

#[test]
fn a_restore_under_another_open_connection_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("docket.sqlite3");
    let mut store = Store::open(&live).unwrap();
    store
        .write(|tx| repo::cases::insert(tx, &sample_case(), now()))
        .unwrap();
    let copy = dir.path().join("copy.sqlite3");
    store.backup_to(&copy).unwrap();
    // Another program holds the file open (and has written to it: its log is there).
    let other = rusqlite::Connection::open(&live).unwrap();
    other
        .pragma_update(None, "user_version", schema_version() as i64)
        .unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    assert!(matches!(
        store.restore_from(&copy, &work),
        Err(backup::BackupError::Failed(_))
    ));
    assert_eq!(std::fs::read_dir(&work).unwrap().count(), 0);
    let n: i64 = store
        .read(|c| c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(n, 1, "the live database is still open and whole");
    drop(other);
    store.restore_from(&copy, &work).unwrap();
}

#[test]
fn each_audit_entry_names_the_clerk_as_the_settings_held_it() {
    let mut store = Store::open_in_memory().unwrap();
    let trail = |store: &Store| {
        store
            .read(|c| repo::workflow::audit_trail(c, "case", "c1"))
            .unwrap()
    };
    let entry = |action: &'static str| {
        move |tx: &Transaction<'_>| {
            repo::workflow::audit(tx, "case", "c1", action, None, Some("x"), now())
        }
    };
    store.write(entry("created")).unwrap();
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::settings::set(tx, repo::settings::CLERK_NAME, "Chan Mei")?;
            repo::workflow::audit(tx, "case", "c1", "stage", None, None, now())
        })
        .unwrap();
    store
        .write(|tx| repo::settings::set(tx, repo::settings::CLERK_NAME, "陳美"))
        .unwrap();
    store.write(entry("note_added")).unwrap();
    let clerks: Vec<(String, Option<String>)> = trail(&store)
        .into_iter()
        .map(|r| (r.action, r.clerk))
        .collect();
    assert_eq!(
        clerks,
        vec![
            ("created".to_owned(), None),
            ("stage".to_owned(), Some("Chan Mei".to_owned())),
            ("note_added".to_owned(), Some("陳美".to_owned())),
        ]
    );
}

#[test]
fn entries_written_before_the_clerk_column_have_no_clerk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v12.sqlite3");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        migrations().unwrap().to_version(&mut conn, 12).unwrap();
        conn.execute_batch(
            "INSERT INTO settings (key, value) VALUES ('clerk_name', 'Chan Mei');
             INSERT INTO audit_log (entity, entity_id, action, old_value, new_value, at)
             VALUES ('case', 'c1', 'created', NULL, 'x', '2026-01-05T00:00:00Z');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let trail = store
        .read(|c| repo::workflow::audit_trail(c, "case", "c1"))
        .unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].clerk, None, "the old entry is not attributed");
}

/// Stored values a repository cannot read, and the one-step row readers.
mod rows;
