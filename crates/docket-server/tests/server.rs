//! The centre server against a real PostgreSQL: the schema installs and re-installs, two clerks on two
//! laptops booking one room (and one neutral) at overlapping times concurrently leave no overlap and
//! each refusal names the hearing that won, every change is logged with the clerk's login, and a
//! clerk's login cannot change the schema. Needs `BAY_DOCKET_TEST_PG` (an administrator's URL on a
//! throwaway cluster, which `cargo xtask test` starts); without it the tests say so and pass.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_server::{
    NewHearing, ServerError, add_clerk, book_hearing, connect, init, live_overlaps,
};
use postgres::Client;
use std::sync::{Mutex, OnceLock};

/// One test at a time: they share the cluster and each starts from a fresh database.
static SERIAL: Mutex<()> = Mutex::new(());

fn admin_url() -> Option<String> {
    static NOTICE: OnceLock<()> = OnceLock::new();
    let url = std::env::var("BAY_DOCKET_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() {
        NOTICE.get_or_init(|| {
            eprintln!(
                "NOTICE: BAY_DOCKET_TEST_PG is not set; the centre-server tests are skipped (cargo xtask test starts a cluster)"
            );
        });
    }
    url
}

/// A fresh database `name` on the test cluster, with the schema installed; its administrator URL.
fn fresh(name: &str) -> Option<String> {
    let url = admin_url()?;
    let mut admin = connect(&url).unwrap();
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let (base, _) = url.rsplit_once('/').unwrap();
    let db = format!("{base}/{name}");
    let mut c = connect(&db).unwrap();
    init(&mut c).unwrap();
    Some(db)
}

/// The URL of `db` as the clerk `login` with `password`.
fn as_clerk(db: &str, login: &str, password: &str) -> String {
    let rest = db.split_once('@').unwrap().1;
    format!("postgres://{login}:{password}@{rest}")
}

fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A room, an online venue, one case and two neutrals; returns (room, online, case, neutrals).
fn seed(c: &mut Client) -> (String, String, String, [String; 2]) {
    let (room, online, case) = (uuid(), uuid(), uuid());
    let neutrals = [uuid(), uuid()];
    c.execute(
        "INSERT INTO docket.venues (id, code, name_en, name_zh, kind, zone)
         VALUES ($1::text::uuid, 'HK-ES-A', 'Hearing Room A', '聆訊室 A', 'room', 'Asia/Hong_Kong'),
                ($2::text::uuid, 'ONLINE', 'Online', '網上', 'online', 'Asia/Hong_Kong')",
        &[&room, &online],
    )
    .unwrap();
    c.execute(
        "INSERT INTO docket.cases (id, reference, title_en, title_zh, model, status, filed_on)
         VALUES ($1::text::uuid, 'HKIAC-A26001', 'Kowloon Textiles v Futian', '', 'hkiac_arbitration', 'open', '2026-03-02')",
        &[&case],
    )
    .unwrap();
    for (i, n) in neutrals.iter().enumerate() {
        c.execute(
            "INSERT INTO docket.neutrals (id, name_en, name_zh, email, home_zone)
             VALUES ($1::text::uuid, $2, '', $3, 'Asia/Hong_Kong')",
            &[n, &format!("Neutral {i}"), &format!("n{i}@example.com")],
        )
        .unwrap();
    }
    (room, online, case, neutrals)
}

fn hearing(case: &str, venue: &str, in_room: bool, hour: u32, minutes: u32) -> NewHearing {
    let start = format!("2027-01-12T{hour:02}:{minutes:02}:00+08:00");
    let end = format!("2027-01-12T{:02}:{minutes:02}:00+08:00", hour + 1);
    NewHearing {
        id: uuid(),
        case_id: case.to_owned(),
        venue_id: venue.to_owned(),
        in_room,
        kind: "procedural_conference".into(),
        starts_local: format!("2027-01-12T{hour:02}:{minutes:02}"),
        zone: "Asia/Hong_Kong".into(),
        starts_utc: start,
        ends_utc: end,
        tzdb_version: "2026f".into(),
        status: "confirmed".into(),
        neutrals: Vec::new(),
    }
}

#[test]
fn init_installs_once_and_again_changes_nothing() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Some(db) = fresh("bd_init") else { return };
    let mut c = connect(&db).unwrap();
    assert!(
        init(&mut c).unwrap().is_empty(),
        "a second init applied something"
    );
    let version: i32 = c
        .query_one("SELECT max(version) FROM docket_admin.migrations", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, docket_server::SCHEMA_VERSION);
}

#[test]
fn two_laptops_booking_one_room_concurrently_leave_no_overlap() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Some(db) = fresh("bd_race") else { return };
    let mut admin = connect(&db).unwrap();
    add_clerk(&mut admin, "chan_mei", "pw-chan").unwrap();
    add_clerk(&mut admin, "wong_siu_ling", "pw-wong").unwrap();
    let (room, _, case, _) = seed(&mut admin);
    let laptops = [
        as_clerk(&db, "chan_mei", "pw-chan"),
        as_clerk(&db, "wong_siu_ling", "pw-wong"),
    ];
    // 200 attempts each, on start times every 15 minutes across the day: most overlap each other.
    let handles: Vec<_> = laptops
        .iter()
        .enumerate()
        .map(|(i, url)| {
            let (url, room, case) = (url.clone(), room.clone(), case.clone());
            std::thread::spawn(move || {
                let mut c = connect(&url).unwrap();
                let (mut booked, mut refused) = (Vec::new(), Vec::new());
                for k in 0..200u32 {
                    let slot = (k * 7 + i as u32 * 3) % 36;
                    let h = hearing(&case, &room, true, 8 + slot / 4, (slot % 4) * 15);
                    match book_hearing(&mut c, &h) {
                        Ok(()) => booked.push(h),
                        Err(ServerError::RoomTaken {
                            hearing,
                            case_reference,
                        }) => refused.push((h, hearing, case_reference)),
                        Err(e) => panic!("unexpected refusal: {e}"),
                    }
                }
                (booked, refused)
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let booked: usize = results.iter().map(|(b, _)| b.len()).sum();
    let refused: usize = results.iter().map(|(_, r)| r.len()).sum();
    assert_eq!(booked + refused, 400);
    assert!(
        booked > 0 && refused > 0,
        "booked {booked}, refused {refused}"
    );
    assert_eq!(live_overlaps(&mut admin).unwrap(), 0);
    // Every refusal names a live hearing of the room that overlaps the attempt.
    for (_, refusals) in &results {
        for (attempt, winner, reference) in refusals {
            assert_eq!(reference, "HKIAC-A26001");
            let overlaps: bool = admin
                .query_one(
                    "SELECT during && tstzrange($2::text::timestamptz, $3::text::timestamptz, '[)')
                     FROM docket.hearings WHERE id = $1::text::uuid AND live",
                    &[winner, &attempt.starts_utc, &attempt.ends_utc],
                )
                .unwrap()
                .get(0);
            assert!(
                overlaps,
                "the named hearing does not overlap the refused one"
            );
        }
    }
    // Both laptops read the same set back from the server.
    let read = |url: &str| -> Vec<String> {
        let mut c = connect(url).unwrap();
        c.query(
            "SELECT id::text FROM docket.hearings WHERE live ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    };
    assert_eq!(read(&laptops[0]), read(&laptops[1]));
    assert_eq!(read(&laptops[0]).len(), booked);
    // Every booking is logged with the login that made it.
    let by: Vec<(String, i64)> = admin
        .query(
            "SELECT changed_by, count(*) FROM docket.change_log WHERE table_name = 'hearings'
             GROUP BY changed_by ORDER BY changed_by",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let logged: i64 = by.iter().map(|(_, n)| n).sum();
    assert_eq!(usize::try_from(logged).unwrap(), booked);
    assert!(
        by.iter()
            .all(|(who, _)| who == "chan_mei" || who == "wong_siu_ling")
    );
}

#[test]
fn a_neutral_cannot_sit_in_two_rooms_at_once_but_online_hearings_share_no_room() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Some(db) = fresh("bd_neutral") else {
        return;
    };
    let mut c = connect(&db).unwrap();
    let (room, online, case, neutrals) = seed(&mut c);
    let mut first = hearing(&case, &room, true, 10, 0);
    first.neutrals = vec![neutrals[0].clone()];
    book_hearing(&mut c, &first).unwrap();
    // Online at the same time: no room is taken, but the neutral is.
    let mut second = hearing(&case, &online, false, 10, 30);
    second.neutrals = vec![neutrals[0].clone()];
    match book_hearing(&mut c, &second) {
        Err(ServerError::NeutralBusy { hearing, .. }) => assert_eq!(hearing, first.id),
        other => panic!("expected the neutral to be busy, got {other:?}"),
    }
    // Two online hearings at once with different neutrals are fine.
    let mut third = hearing(&case, &online, false, 10, 30);
    third.neutrals = vec![neutrals[1].clone()];
    book_hearing(&mut c, &third).unwrap();
    book_hearing(&mut c, &hearing(&case, &online, false, 10, 30)).unwrap();
    // Cancelling the first frees the neutral and the room, and the row version rises.
    c.execute(
        "UPDATE docket.hearings SET status = 'cancelled' WHERE id = $1::text::uuid",
        &[&first.id],
    )
    .unwrap();
    book_hearing(&mut c, &second).unwrap();
    book_hearing(&mut c, &hearing(&case, &room, true, 10, 0)).unwrap();
    let version: i64 = c
        .query_one(
            "SELECT row_version FROM docket.hearings WHERE id = $1::text::uuid",
            &[&first.id],
        )
        .unwrap()
        .get(0);
    assert_eq!(version, 2);
    assert_eq!(live_overlaps(&mut c).unwrap(), 0);
}

#[test]
fn a_clerk_login_cannot_change_the_schema_or_write_the_log() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Some(db) = fresh("bd_grants") else { return };
    let mut admin = connect(&db).unwrap();
    add_clerk(&mut admin, "chan_mei", "pw-chan").unwrap();
    let mut clerk = connect(&as_clerk(&db, "chan_mei", "pw-chan")).unwrap();
    for ddl in [
        "CREATE TABLE docket.mine (x int)",
        "CREATE TABLE public.mine (x int)",
        "CREATE SCHEMA mine",
        "ALTER TABLE docket.hearings DROP CONSTRAINT hearings_room_free",
        "DROP TABLE docket.cases",
        "DELETE FROM docket.change_log",
        "INSERT INTO docket.change_log (table_name, row_id, op) VALUES ('cases', gen_random_uuid(), 'delete')",
        "SELECT * FROM docket_admin.migrations",
    ] {
        let e = clerk.batch_execute(ddl).unwrap_err();
        let code = e.as_db_error().map(|d| d.code().code().to_owned());
        assert!(
            matches!(code.as_deref(), Some("42501") | Some("42P01")),
            "{ddl}: {e:?}"
        );
    }
    // The clerk reads the installed version through the function granted for it.
    assert_eq!(
        docket_server::schema_version(&mut clerk).unwrap(),
        docket_server::SCHEMA_VERSION
    );
    // A wrong password is refused; a login name PostgreSQL would have to quote is refused here.
    assert!(connect(&as_clerk(&db, "chan_mei", "wrong")).is_err());
    assert!(matches!(
        add_clerk(&mut admin, "Robert'); DROP TABLE docket.cases;--", "x"),
        Err(ServerError::LoginName(_))
    ));
    // The server is on this machine only in this build.
    assert!(matches!(
        connect("postgres://chan_mei@db.example.org/centre"),
        Err(ServerError::RemoteWithoutTls(_))
    ));
}
