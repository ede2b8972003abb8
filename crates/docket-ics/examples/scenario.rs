//! Writes the interop scenario set and, beside each file, the UTC instants Bay Docket's domain model
//! computes for it (`UID|start|end`, all-day as dates with an inclusive end). `cargo xtask test`
//! expands each file with independent engines and compares.
//!
//! `cargo run -p docket-ics --example scenario -- OUTDIR`

// An example program: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_domain::time::{CivilDate, Disambiguation, LocalDateTime, Zone, ZonedWallTime};
use docket_ics::model::{Attendee, Calendar, Event, Method, When};

fn z(name: &str) -> Zone {
    name.parse().unwrap()
}

fn l(s: &str) -> LocalDateTime {
    s.parse().unwrap()
}

fn utc(local: LocalDateTime, zone: Zone) -> String {
    let i = ZonedWallTime::new(local, zone)
        .resolve(Disambiguation::Reject)
        .unwrap()
        .instant;
    i.to_rfc3339()[..16].replace('T', " ")
}

fn event(uid: &str, start: &str, minutes: i64, zone: &str, summary: &str) -> Event {
    let s = l(start);
    Event {
        uid: uid.into(),
        sequence: 0,
        start: When::Zoned(s, z(zone)),
        end: When::Zoned(s.plus_minutes(minutes).unwrap(), z(zone)),
        summary: summary.into(),
        description: String::new(),
        location: String::new(),
        status: Some("CONFIRMED"),
        conference: None,
        attendees: vec![],
        rrule: None,
        exdates: vec![],
        recurrence_id: None,
        categories: vec![],
    }
}

/// Expands a weekly series the way the domain model does: wall times in the series' zone.
struct Series {
    uid: &'static str,
    first: &'static str,
    minutes: i64,
    zone: &'static str,
    weeks: i64,
    exdates: Vec<&'static str>,
    moved: Vec<(&'static str, &'static str)>,
    cancelled: Vec<&'static str>,
}

impl Series {
    fn events(&self, summary: &str) -> (Vec<Event>, Vec<String>) {
        let zone = z(self.zone);
        let first = l(self.first);
        let grid: Vec<LocalDateTime> = (0..self.weeks)
            .map(|k| first.plus_minutes(k * 7 * 24 * 60).unwrap())
            .collect();
        let last = *grid.last().unwrap();
        // A day after the last occurrence: every engine then keeps it, whatever offset it compares in.
        let until = ZonedWallTime::new(last, zone)
            .resolve(Disambiguation::Reject)
            .unwrap()
            .instant
            .plus_seconds(24 * 3600);
        let mut master = event(self.uid, self.first, self.minutes, self.zone, summary);
        master.rrule = Some(format!(
            "FREQ=WEEKLY;UNTIL={}",
            docket_ics::write::utc(until)
        ));
        master.exdates = self.exdates.iter().map(|d| l(d)).collect();
        let mut events = Vec::new();
        let mut expected = Vec::new();
        for g in &grid {
            let iso = g.to_iso();
            if self.exdates.iter().any(|d| l(d) == *g) {
                continue;
            }
            if let Some((_, to)) = self.moved.iter().find(|(from, _)| l(from) == *g) {
                let mut o = event(
                    self.uid,
                    to,
                    self.minutes,
                    self.zone,
                    &format!("{summary} (moved)"),
                );
                o.recurrence_id = Some(*g);
                events.push(o);
                let s = l(to);
                expected.push(format!(
                    "{}|{}|{}",
                    self.uid,
                    utc(s, zone),
                    utc(s.plus_minutes(self.minutes).unwrap(), zone)
                ));
                continue;
            }
            if self.cancelled.iter().any(|d| l(d) == *g) {
                let mut o = event(self.uid, &iso, self.minutes, self.zone, summary);
                o.recurrence_id = Some(*g);
                o.status = Some("CANCELLED");
                events.push(o);
                continue;
            }
            expected.push(format!(
                "{}|{}|{}",
                self.uid,
                utc(*g, zone),
                utc(g.plus_minutes(self.minutes).unwrap(), zone)
            ));
        }
        events.insert(0, master);
        (events, expected)
    }
}

fn main() {
    let out = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/interop".into()),
    );
    std::fs::create_dir_all(&out).unwrap();
    let stamp = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut all_events = Vec::new();
    let mut expected = Vec::new();

    let hk = Series {
        uid: "hk-series@bay-docket",
        first: "2026-03-23T16:00",
        minutes: 120,
        zone: "Asia/Hong_Kong",
        weeks: 6,
        exdates: vec!["2026-04-06T16:00"],
        moved: vec![("2026-04-13T16:00", "2026-04-14T10:00")],
        cancelled: vec!["2026-04-20T16:00"],
    };
    let (e, x) = hk.events("Evidentiary hearing, day 1; 證據聆訊，第一日 \\ 香港");
    all_events.extend(e);
    expected.extend(x);
    for (uid, first, zone, weeks, minutes) in [
        (
            "london-cmc@bay-docket",
            "2026-03-17T09:00",
            "Europe/London",
            5,
            60,
        ),
        (
            "berlin-cmc@bay-docket",
            "2026-10-20T09:00",
            "Europe/Berlin",
            3,
            60,
        ),
        (
            "ny-spring@bay-docket",
            "2026-03-04T08:00",
            "America/New_York",
            4,
            60,
        ),
        (
            "ny-autumn@bay-docket",
            "2026-10-28T08:00",
            "America/New_York",
            2,
            60,
        ),
        // The zones whose clocks changed in 2026 (tz database 2026a–2026f): weekly series across
        // the day each would have turned its clocks back under the old rules.
        (
            "vancouver-2026@bay-docket",
            "2026-10-20T10:00",
            "America/Vancouver",
            4,
            60,
        ),
        (
            "edmonton-2026@bay-docket",
            "2026-10-21T10:00",
            "America/Edmonton",
            4,
            60,
        ),
        (
            "winnipeg-2026@bay-docket",
            "2026-10-22T10:00",
            "America/Winnipeg",
            4,
            60,
        ),
        (
            "casablanca-2026@bay-docket",
            "2026-09-08T10:00",
            "Africa/Casablanca",
            4,
            60,
        ),
        (
            "casablanca-2027@bay-docket",
            "2027-01-26T10:00",
            "Africa/Casablanca",
            6,
            60,
        ),
        (
            "havana-2027@bay-docket",
            "2027-10-26T10:00",
            "America/Havana",
            3,
            60,
        ),
    ] {
        let s = Series {
            uid,
            first,
            minutes,
            zone,
            weeks,
            exdates: vec![],
            moved: vec![],
            cancelled: vec![],
        };
        let (e, x) = s.events("Case management conference");
        all_events.extend(e);
        expected.extend(x);
    }
    let mut sp = event(
        "sao-paulo@bay-docket",
        "2026-11-03T09:00",
        90,
        "America/Sao_Paulo",
        &"仲裁庭就管辖权问题举行的程序会议".repeat(12),
    );
    sp.description =
        "第一行，含逗号；分号\\反斜杠\n第二行 line two, with a comma; and a semicolon".into();
    sp.attendees = vec![Attendee {
        name: "陳大文, SC".into(),
        email: Some("chan@example.hk".into()),
        key: "neutral:x".into(),
    }];
    expected.push(format!(
        "sao-paulo@bay-docket|{}|{}",
        utc(l("2026-11-03T09:00"), z("America/Sao_Paulo")),
        utc(l("2026-11-03T10:30"), z("America/Sao_Paulo"))
    ));
    all_events.push(sp);
    let due: CivilDate = "2026-04-07".parse().unwrap();
    all_events.push(Event {
        start: When::Date(due),
        end: When::Date(due.add_days(1).unwrap()),
        status: None,
        ..event(
            "deadline-sod@bay-docket",
            "2026-04-07T00:00",
            0,
            "Asia/Hong_Kong",
            "Deadline: statement of defence / 答辯書期限",
        )
    });
    expected.push("deadline-sod@bay-docket|2026-04-07|2026-04-07".into());

    let cal = Calendar {
        name: "Bay Docket interop scenario".into(),
        method: Method::Publish,
        organizer: Some(("Bay Docket".into(), "registry@bay-docket.invalid".into())),
        dtstamp: stamp,
        events: all_events,
    };
    let text = cal.to_ics();
    let problems = docket_ics::lint::lint(text.as_bytes());
    assert!(problems.is_empty(), "{problems:?}");
    std::fs::write(out.join("scenario.ics"), &text).unwrap();
    // The tz database the expected instants were computed with.
    std::fs::write(
        out.join("scenario.tzdb"),
        format!("{}\n", docket_domain::time::tzdb_version()),
    )
    .unwrap();
    expected.sort();
    std::fs::write(out.join("scenario.expected"), expected.join("\n") + "\n").unwrap();

    // A hearing moved: version 1 and version 2 (same UID, higher SEQUENCE).
    for (v, start, seq) in [(1, "2026-12-08T10:00", 0), (2, "2026-12-09T15:00", 1)] {
        let mut e = event(
            "moved-hearing@bay-docket",
            start,
            60,
            "Asia/Hong_Kong",
            "Procedural conference",
        );
        e.sequence = seq;
        let cal = Calendar {
            name: "Bay Docket".into(),
            method: Method::Publish,
            organizer: Some(("Bay Docket".into(), "registry@bay-docket.invalid".into())),
            dtstamp: stamp,
            events: vec![e],
        };
        std::fs::write(out.join(format!("moved-v{v}.ics")), cal.to_ics()).unwrap();
    }
    std::fs::write(
        out.join("moved.expected"),
        format!(
            "moved-hearing@bay-docket|{}|{}\n",
            utc(l("2026-12-09T15:00"), Zone::hong_kong()),
            utc(l("2026-12-09T16:00"), Zone::hong_kong())
        ),
    )
    .unwrap();
    println!("{}", out.display());
}
