//! `docket venues` on a fresh database: the online venue is there, a room is added, listed, edited
//! and retired, and a hearing can be booked in it with no demo data loaded.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, ok, stderr, stdout};

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

const ADD_ROOM: [&str; 20] = [
    "venues",
    "add",
    "--code",
    "HK-38A",
    "--name-en",
    "Hearing Room A, 38/F",
    "--name-zh",
    "38樓 A 號聆訊室",
    "--site",
    "hk",
    "--capacity",
    "24",
    "--facility",
    "interpretation-booths",
    "--facility",
    "video",
    "--opens",
    "09:00",
    "--closes",
    "18:00",
];

#[test]
fn a_room_is_added_listed_edited_and_retired() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    // A fresh database already has the online venue.
    let v = json(&ok(docket(&db, &["venues", "list", "--json"])));
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["code"], "ONLINE");
    assert_eq!(v[0]["builtIn"], true);

    let added = json(&ok(docket(&db, &[&ADD_ROOM[..], &["--json"]].concat())));
    assert_eq!(added["zone"], "Asia/Hong_Kong", "hk implies the zone");
    assert_eq!(
        added["facilities"],
        serde_json::json!(["interpretation_booths", "video"])
    );
    let table = ok(docket(&db, &["venues", "list"]));
    assert!(
        table.contains("HK-38A")
            && table.contains("room, Hong Kong")
            && table.contains("interpretation booths, video")
            && table.contains("09:00–18:00"),
        "{table}"
    );
    let hant = ok(docket(&db, &["--lang", "zh-Hant", "venues", "list"]));
    assert!(
        hant.contains("網上（視像會議）") && hant.contains("房間（香港）"),
        "{hant}"
    );
    let hans = ok(docket(&db, &["--lang", "zh-Hans", "venues", "list"]));
    assert!(hans.contains("网上（视像会议）"), "{hans}");

    // The same code again is refused, naming the field; nothing is written.
    let o = docket(&db, &ADD_ROOM);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Code is already in use"),
        "{}",
        stderr(&o)
    );
    let o = docket(
        &db,
        &[
            "--lang",
            "zh-Hans",
            "venues",
            "add",
            "--code",
            "SZ-1",
            "--name-en",
            "Room",
            "--site",
            "sz",
            "--capacity",
            "5000",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("“容纳人数”必须介于 1 与 1000 之间"),
        "{}",
        stderr(&o)
    );

    let edited = json(&ok(docket(
        &db,
        &[
            "venues",
            "edit",
            "hk-38a",
            "--capacity",
            "40",
            "--no-hours",
            "--facility",
            "evidence-display",
            "--json",
        ],
    )));
    assert_eq!(edited["code"], "HK-38A");
    assert_eq!(edited["capacity"], 40);
    assert_eq!(edited["opens"], serde_json::Value::Null);
    assert_eq!(
        edited["facilities"],
        serde_json::json!(["evidence_display"])
    );
    assert_eq!(edited["name"]["zh"], "38樓 A 號聆訊室", "kept");

    let o = ok(docket(&db, &["venues", "retire", "HK-38A"]));
    assert!(o.contains("HK-38A is retired from"), "{o}");
    let listed = json(&ok(docket(&db, &["venues", "list", "--json"])));
    assert_eq!(listed.as_array().unwrap().len(), 1, "no longer bookable");
    let all = json(&ok(docket(&db, &["venues", "list", "--all", "--json"])));
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert!(all[0]["retiredOn"].is_string());

    let o = docket(&db, &["venues", "retire", "NOPE"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("No venue matches “NOPE”"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_hearing_is_booked_on_a_fresh_database_after_adding_a_room() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    ok(docket(&db, &ADD_ROOM));
    ok(docket(
        &db,
        &[
            "cases",
            "add",
            "--reference",
            "HKIAC-A26099",
            "--title-en",
            "Lantau Ferries Ltd v Pearl Delta Shipyard Co",
            "--model",
            "hkiac_arbitration",
            "--filed-on",
            "2026-09-01",
        ],
    ));
    let book = |start: &str, minutes: &str, extra: &[&str]| {
        let mut args = vec![
            "hearings",
            "add",
            "--case",
            "HKIAC-A26099",
            "--room",
            "HK-38A",
            "--start",
            start,
            "--minutes",
            minutes,
            "--participant",
            "Chan Tai Man@Asia/Hong_Kong",
            "--json",
        ];
        args.extend_from_slice(extra);
        docket(&db, &args)
    };
    let v = json(&ok(book("2031-12-08T10:00", "60", &[])));
    assert_eq!(v["saved"].as_array().unwrap().len(), 1);
    assert_eq!(v["zone"], "Asia/Hong_Kong");
    // After the room's closing time: a warning, in words.
    let v = json(&ok(book("2031-12-09T17:30", "90", &["--check"])));
    let findings = v["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["code"] == "outside_venue_hours"
            && f["text"]
                .as_str()
                .unwrap()
                .contains("The room is open 09:00–18:00")),
        "{v}"
    );
    // The same room at the same time is taken.
    let o = book("2031-12-08T10:30", "30", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    let listed = json(&ok(docket(&db, &["hearings", "list", "--json"])));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["venue"]["code"], "HK-38A");

    // The room cannot be retired while that hearing is ahead; booking into a retired room is
    // refused with the reason.
    let o = docket(&db, &["venues", "retire", "HK-38A"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("1 hearing(s) are still to be held in it"),
        "{}",
        stderr(&o)
    );
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    ok(docket(&db, &["hearings", "cancel", &id]));
    ok(docket(&db, &["venues", "retire", "HK-38A"]));
    let o = book("2031-12-15T10:00", "60", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("this room was retired on")
            && stderr(&o).contains("choose another room"),
        "{}",
        stderr(&o)
    );
}
