//! Expansion of events and rules, against hand-checked occurrences.

use super::*;
use crate::read::parse;

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

#[test]
fn our_scenario_expands_to_the_domains_instants() {
    let cal = crate::model::Calendar {
        name: "t".into(),
        method: crate::model::Method::None,
        organizer: None,
        dtstamp: at("2026-01-01T00:00:00Z"),
        events: vec![crate::model::Event {
            uid: "u".into(),
            sequence: 0,
            start: crate::model::When::Zoned(
                "2026-03-17T09:00".parse().unwrap(),
                "Europe/London".parse().unwrap(),
            ),
            end: crate::model::When::Zoned(
                "2026-03-17T10:00".parse().unwrap(),
                "Europe/London".parse().unwrap(),
            ),
            summary: "CMC".into(),
            description: String::new(),
            location: String::new(),
            status: None,
            conference: None,
            attendees: vec![],
            rrule: Some("FREQ=WEEKLY;COUNT=3".into()),
            exdates: vec![],
            recurrence_id: None,
            categories: vec![],
        }],
    };
    let (cals, problems) = parse(cal.to_ics().as_bytes());
    assert!(problems.is_empty());
    let (occ, problems) = expand(
        &cals[0],
        at("2026-01-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
        Zone::hong_kong(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let starts: Vec<String> = occ.iter().map(|o| o.start.to_rfc3339()).collect();
    assert_eq!(
        starts,
        [
            "2026-03-17T09:00:00Z",
            "2026-03-24T09:00:00Z",
            "2026-03-31T08:00:00Z"
        ]
    );
}

#[test]
fn windows_zone_names_and_embedded_timezones_are_understood() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Kuala Lumpur\\, Singapore\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=\"Kuala Lumpur, Singapore\":20081031T093000\r\nDTEND;TZID=\"Kuala Lumpur, Singapore\":20081031T094000\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=W. Europe Standard Time:20260330T090000\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let (cals, _) = parse(text.as_bytes());
    let (occ, problems) = expand(
        &cals[0],
        at("2008-10-30T00:00:00Z"),
        at("2008-11-15T00:00:00Z"),
        Zone::hong_kong(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let starts: Vec<String> = occ.iter().map(|o| o.start.to_rfc3339()).collect();
    assert_eq!(
        starts,
        [
            "2008-10-31T01:30:00Z",
            "2008-11-07T01:30:00Z",
            "2008-11-14T01:30:00Z"
        ]
    );
    let (occ, _) = expand(
        &cals[0],
        at("2026-03-01T00:00:00Z"),
        at("2026-04-01T00:00:00Z"),
        Zone::hong_kong(),
    );
    let b = occ.iter().find(|o| o.uid == "b").unwrap();
    assert_eq!(b.start.to_rfc3339(), "2026-03-30T07:00:00Z");
}
