//! `docket hearings | slots | ics`: a hearing in a DST gap, slots that explain themselves, and hostile
//! calendar files.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::{docket, ok, stderr, stdout};

#[test]
fn a_hearing_in_a_dst_gap_is_a_question_and_slots_explain_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["demo", "load"]).status.success());
    let o = docket(&db, &["cases", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let reference = v[0]["reference"].as_str().unwrap().to_owned();
    let add = |extra: &[&str]| {
        let mut args = vec![
            "hearings",
            "add",
            "--case",
            &reference,
            "--start",
            "2026-03-29T02:30",
            "--zone",
            "Europe/Berlin",
            "--participant",
            "Dana Reyes@America/New_York",
        ];
        args.extend_from_slice(extra);
        docket(&db, &args)
    };
    let o = add(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
    let o = add(&["--later", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["startsUtc"], "2026-03-29T01:30:00Z");
    assert_eq!(v["participants"][0]["local"], "2026-03-28T21:30");
    let o = docket(
        &db,
        &[
            "slots",
            "find",
            "--room",
            "SZ-QH-1",
            "--participant",
            "Ana Lima@America/Sao_Paulo",
            "--from",
            "2026-12-07",
            "--to",
            "2026-12-11",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("never share") && stdout(&o).contains("Europe/London"),
        "{}",
        stdout(&o)
    );
    let o = docket(
        &db,
        &[
            "hearings",
            "list",
            "--from",
            "2026-03-28",
            "--to",
            "2026-03-29",
            "--display-zone",
            "Asia/Hong_Kong",
        ],
    );
    assert!(stdout(&o).contains("2026-03-29 09:30"), "{}", stdout(&o));
}

#[test]
fn hostile_calendars_are_reported_not_crashed_on_and_a_header_injection_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    assert!(docket(&db, &["demo", "load"]).status.success());
    // 70,000 nested components: `ics check` once aborted with a stack overflow.
    let deep = dir.path().join("deep.ics");
    let mut text = String::from("BEGIN:VCALENDAR\r\n");
    text.push_str(&"BEGIN:X\r\n".repeat(70_000));
    text.push_str(&"END:X\r\n".repeat(70_000));
    text.push_str("END:VCALENDAR\r\n");
    std::fs::write(&deep, text).unwrap();
    let out = ok(docket(&db, &["ics", "check", deep.to_str().unwrap()]));
    assert!(out.contains("line 17"), "{out}");
    // Overflowing numbers and sub-daily rules: once exit 101; now quarantined with their lines.
    let busy = dir.path().join("busy.ics");
    std::fs::write(
        &busy,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n\
BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270104T090000Z\r\nDURATION:PT9999999999999999S\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20270104T090000Z\r\nRRULE:FREQ=DAILY;INTERVAL=9999999999999\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20270104T090000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=-2147483648MO\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20270104T090000Z\r\nDTEND:20270104T093000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n",
    )
    .unwrap();
    let out = ok(docket(
        &db,
        &[
            "ics",
            "import",
            "--busy-for",
            "Katharina Vogel",
            busy.to_str().unwrap(),
        ],
    ));
    for line in ["line 7:", "line 12:", "line 17:", "line 23:"] {
        assert!(out.contains(line), "{line}: {out}");
    }
    // A CR LF in the organizer would have written a Bcc: header: refused, naming the field.
    let o = docket(
        &db,
        &[
            "--lang",
            "zh-Hans",
            "ics",
            "export",
            "--out",
            dir.path().join("inv.ics").to_str().unwrap(),
            "--all",
            "--method",
            "request",
            "--organizer",
            "registry@centre.example\r\nBcc: everyone@rival.example",
            "--eml",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("组织者电子邮箱"), "{}", stderr(&o));
    assert!(!dir.path().join("inv.ics").exists());
    assert!(!dir.path().join("inv.eml").exists());
}
