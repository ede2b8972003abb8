//! Hostile calendar files: each input that once crashed or misled the busy-time import is a named
//! regression test, and property tests feed the reader and the expander random and mutated files
//! (nested components, huge numbers, odd rules, long lines), asserting that nothing panics and that
//! every problem names a line of the file.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_domain::time::{Instant, Zone};
use docket_ics::expand::{MAX_OCCURRENCES, Occurrence, expand};
use docket_ics::read::{MAX_DEPTH, MAX_EVENTS, MAX_LINE_OCTETS, Problem, parse};
use proptest::prelude::*;

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

/// Reads and expands a file over 2026–2028 (as the busy import does), checking that every problem
/// names a line of the file and every occurrence ends no earlier than it starts.
fn read_and_expand(bytes: &[u8]) -> (Vec<Occurrence>, Vec<Problem>) {
    let physical = bytes.split(|b| *b == b'\n').count();
    let (cals, mut problems) = parse(bytes);
    let mut occurrences = Vec::new();
    for cal in &cals {
        let (occ, more) = expand(
            cal,
            at("2026-01-01T00:00:00Z"),
            at("2028-01-01T00:00:00Z"),
            Zone::hong_kong(),
        );
        problems.extend(more);
        occurrences.extend(occ);
    }
    for p in &problems {
        assert!(
            (1..=physical).contains(&p.line),
            "line {} of {physical}: {}",
            p.line,
            p.what
        );
        assert!(!p.what.is_empty());
    }
    for o in &occurrences {
        assert!(o.end >= o.start, "{o:?}");
        assert!((1..=physical).contains(&o.line));
    }
    (occurrences, problems)
}

fn calendar(event: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n{event}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

/// The one problem of a one-event calendar, as `(line, text)`.
fn refused(event: &str) -> (usize, String) {
    let (occ, problems) = read_and_expand(calendar(event).as_bytes());
    assert!(occ.is_empty(), "{occ:?}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    (problems[0].line, problems[0].what.clone())
}

#[test]
fn an_overflowing_duration_is_refused_with_its_line() {
    for d in [
        "PT9999999999999999S",
        "P99999999999999W",
        "P9999999999999999999999D",
        "PT1H9223372036854775807S",
    ] {
        let (line, what) = refused(&format!("DTSTART:20260301T090000Z\r\nDURATION:{d}\r\n"));
        assert_eq!(line, 7, "{what}");
        assert!(what.contains("DURATION"), "{what}");
    }
}

#[test]
fn an_overflowing_interval_is_refused_or_stepped_without_a_panic() {
    for rule in [
        "FREQ=DAILY;INTERVAL=9999999999999",
        "FREQ=DAILY;INTERVAL=4294967295",
        "FREQ=WEEKLY;INTERVAL=9223372036854775807",
        "FREQ=WEEKLY;INTERVAL=4294967295",
        "FREQ=MONTHLY;INTERVAL=4294967295",
        "FREQ=YEARLY;INTERVAL=2147483647",
        "FREQ=YEARLY;INTERVAL=4294967295",
    ] {
        let (occ, problems) = read_and_expand(
            calendar(&format!(
                "DTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nRRULE:{rule}\r\n"
            ))
            .as_bytes(),
        );
        // Either the interval is refused (too large to be a number we use), or only the first
        // occurrence exists: the next one is past any representable date.
        match problems.as_slice() {
            [] => assert_eq!(occ.len(), 1, "{rule}"),
            [p] => assert!(p.line == 8 && p.what.contains("INTERVAL"), "{rule}: {p:?}"),
            more => panic!("{rule}: {more:?}"),
        }
    }
}

#[test]
fn an_overflowing_byday_ordinal_is_refused_with_its_line() {
    for byday in [
        "-2147483648MO",
        "2147483647FR",
        "-54SU",
        "99999999999TU",
        "XX",
    ] {
        let (line, what) = refused(&format!(
            "DTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nRRULE:FREQ=MONTHLY;BYDAY={byday}\r\n"
        ));
        assert_eq!(line, 8, "{what}");
        assert!(what.contains("BYDAY"), "{what}");
    }
    // In a VTIMEZONE's rule the ordinal is not used either (the observance is skipped).
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Bad\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700301T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-2147483648SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART;TZID=Bad:20260329T090000\r\nDTEND;TZID=Bad:20260329T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let (occ, _) = read_and_expand(text.as_bytes());
    assert_eq!(occ.len(), 1);
}

#[test]
fn seventy_thousand_nested_components_are_reported_not_a_stack_overflow() {
    let mut text = String::from("BEGIN:VCALENDAR\r\n");
    for _ in 0..70_000 {
        text.push_str("BEGIN:X\r\n");
    }
    for _ in 0..70_000 {
        text.push_str("END:X\r\n");
    }
    text.push_str("BEGIN:VEVENT\r\nUID:after\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    let (occ, problems) = read_and_expand(text.as_bytes());
    assert_eq!(
        problems.len(),
        1,
        "{:?}",
        &problems[..problems.len().min(3)]
    );
    assert_eq!(problems[0].line, 1 + MAX_DEPTH);
    assert!(problems[0].what.contains("nested"), "{}", problems[0].what);
    // What follows the skipped component is read.
    assert_eq!(occ.len(), 1);
    // Unclosed, too: reported once, and nothing deeper than the limit is built.
    let deep = "BEGIN:X\r\n".repeat(70_000);
    let (cals, problems) = parse(deep.as_bytes());
    assert_eq!(problems.len(), 1 + MAX_DEPTH, "{:?}", &problems[..3]);
    drop(cals);
}

#[test]
fn a_deep_tree_built_by_hand_is_dropped_without_recursion() {
    let mut c = docket_ics::read::Component::default();
    for _ in 0..200_000 {
        c = docket_ics::read::Component {
            name: "X".into(),
            line: 1,
            properties: Vec::new(),
            children: vec![c],
        };
    }
    drop(c);
}

#[test]
fn sub_daily_rules_are_refused_with_a_reason_not_one_block() {
    for freq in ["SECONDLY", "MINUTELY", "HOURLY"] {
        let (line, what) = refused(&format!(
            "DTSTART:20260301T090000Z\r\nDTEND:20260301T093000Z\r\nRRULE:FREQ={freq};COUNT=5\r\n"
        ));
        assert_eq!(line, 8);
        assert!(what.contains(freq) && what.contains("daily"), "{what}");
    }
    let (_, what) = refused("DTSTART:20260301T090000Z\r\nRRULE:FREQ=FORTNIGHTLY\r\n");
    assert!(what.contains("FORTNIGHTLY"), "{what}");
}

#[test]
fn a_negative_duration_and_an_end_before_the_start_are_refused_with_the_line() {
    let (line, what) = refused("DTSTART:20260301T090000Z\r\nDURATION:-PT1H\r\n");
    assert_eq!(line, 7);
    assert!(what.contains("negative"), "{what}");
    let (line, what) = refused("DTSTART:20260301T090000Z\r\nDTEND:20260301T080000Z\r\n");
    assert_eq!(line, 7);
    assert!(
        what.contains("before DTSTART") && what.contains("line 6"),
        "{what}"
    );
    let (line, _) = refused("DTSTART;VALUE=DATE:20260305\r\nDTEND;VALUE=DATE:20260301\r\n");
    assert_eq!(line, 7);
    // A zero-length event is read as written; the busy import decides what it means.
    let (occ, problems) =
        read_and_expand(calendar("DTSTART:20260301T090000Z\r\nDURATION:PT0S\r\n").as_bytes());
    assert!(problems.is_empty());
    assert_eq!(occ[0].start, occ[0].end);
}

#[test]
fn a_rule_that_never_reaches_the_window_or_has_too_many_occurrences_is_reported() {
    // Daily from the year 1: the step limit stops it centuries before 2026.
    let (line, what) =
        refused("DTSTART:00010101T090000Z\r\nDTEND:00010101T100000Z\r\nRRULE:FREQ=DAILY\r\n");
    assert_eq!(line, 8);
    assert!(what.contains("step limit"), "{what}");
    // More occurrences in the window than an event may have (a day with 60 BYMONTHDAY hits is not
    // possible, so: a window long enough for a daily rule to pass the limit).
    let text =
        calendar("DTSTART:19700101T090000Z\r\nDTEND:19700101T100000Z\r\nRRULE:FREQ=DAILY\r\n");
    let (cals, _) = parse(text.as_bytes());
    let (occ, problems) = expand(
        &cals[0],
        at("1970-01-01T00:00:00Z"),
        at("2040-01-01T00:00:00Z"),
        Zone::hong_kong(),
    );
    assert!(occ.is_empty());
    assert!(
        problems[0].what.contains(&MAX_OCCURRENCES.to_string()),
        "{problems:?}"
    );
}

#[test]
fn a_line_longer_than_the_limit_is_skipped_with_its_line() {
    let long = format!("X-JUNK:{}\r\n", "a".repeat(MAX_LINE_OCTETS + 1));
    let folded = format!(
        "X-JUNK:a\r\n{}",
        " aaaaaaaaaa\r\n".repeat(MAX_LINE_OCTETS / 10 + 1)
    );
    for junk in [long, folded] {
        let (occ, problems) = read_and_expand(
            calendar(&format!(
                "DTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\n{junk}"
            ))
            .as_bytes(),
        );
        assert_eq!(occ.len(), 1);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 8);
        assert!(problems[0].what.contains("octets"), "{}", problems[0].what);
    }
}

#[test]
fn events_past_the_limit_are_skipped_and_counted_once() {
    let event = "BEGIN:VEVENT\r\nUID:e\r\nDTSTART:20200101T090000Z\r\nEND:VEVENT\r\n";
    let text = format!(
        "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
        event.repeat(MAX_EVENTS + 3)
    );
    let (cals, problems) = parse(text.as_bytes());
    assert_eq!(cals[0].children.len(), MAX_EVENTS);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, 2 + 4 * MAX_EVENTS);
    assert!(
        problems[0].what.contains("2 after it"),
        "{}",
        problems[0].what
    );
}

// ---- property tests -------------------------------------------------------------------------

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0i64..100).prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<i32>().prop_map(|n| n.to_string()),
        Just("99999999999999999999999".to_owned()),
        Just(String::new()),
        Just("-0".to_owned()),
    ]
}

fn datetime() -> impl Strategy<Value = String> {
    prop_oneof![
        (2024i32..2029, 1u32..13, 1u32..29, 0u32..24)
            .prop_map(|(y, m, d, h)| format!("{y:04}{m:02}{d:02}T{h:02}0000")),
        (2024i32..2029, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}{m:02}{d:02}")),
        (0i32..10_000, 0u32..100, 0u32..100, 0u32..100)
            .prop_map(|(y, m, d, h)| format!("{y:04}{m:02}{d:02}T{h:02}0000Z")),
        "[0-9TZ]{0,20}",
    ]
}

fn rule() -> impl Strategy<Value = String> {
    let freq = prop_oneof![
        Just("DAILY"),
        Just("WEEKLY"),
        Just("MONTHLY"),
        Just("YEARLY"),
        Just("HOURLY"),
        Just("MINUTELY"),
        Just("SECONDLY"),
        Just("NEVER"),
    ];
    let day = (
        number(),
        prop::sample::select(vec!["MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX"]),
    )
        .prop_map(|(n, d)| format!("{n}{d}"));
    let part = prop_oneof![
        number().prop_map(|n| format!("INTERVAL={n}")),
        number().prop_map(|n| format!("COUNT={n}")),
        datetime().prop_map(|d| format!("UNTIL={d}")),
        prop::collection::vec(day, 1..4).prop_map(|d| format!("BYDAY={}", d.join(","))),
        prop::collection::vec(number(), 1..4).prop_map(|d| format!("BYMONTHDAY={}", d.join(","))),
        prop::collection::vec(number(), 1..4).prop_map(|d| format!("BYMONTH={}", d.join(","))),
        Just("WKST=MO".to_owned()),
    ];
    (freq, prop::collection::vec(part, 0..4)).prop_map(|(f, parts)| {
        let mut r = format!("FREQ={f}");
        for p in parts {
            r.push(';');
            r.push_str(&p);
        }
        r
    })
}

fn tzid() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(";TZID=Europe/London".to_owned()),
        Just(";TZID=W. Europe Standard Time".to_owned()),
        Just(";TZID=File Zone".to_owned()),
        Just(";TZID=Nowhere/Atlantis".to_owned()),
        Just(";VALUE=DATE".to_owned()),
    ]
}

fn property() -> impl Strategy<Value = String> {
    prop_oneof![
        (tzid(), datetime()).prop_map(|(t, d)| format!("DTSTART{t}:{d}")),
        (tzid(), datetime()).prop_map(|(t, d)| format!("DTEND{t}:{d}")),
        (
            prop::sample::select(vec!["", "-", "+"]),
            number(),
            prop::sample::select(vec!["W", "D", "H", "M", "S", "TH", "T"])
        )
            .prop_map(|(s, n, u)| format!("DURATION:{s}P{n}{u}")),
        rule().prop_map(|r| format!("RRULE:{r}")),
        (tzid(), datetime()).prop_map(|(t, d)| format!("EXDATE{t}:{d}")),
        (tzid(), datetime()).prop_map(|(t, d)| format!("RECURRENCE-ID{t}:{d}")),
        prop::sample::select(vec!["a", "b", "c"]).prop_map(|u| format!("UID:{u}")),
        Just("STATUS:CANCELLED".to_owned()),
        Just("TRANSP:TRANSPARENT".to_owned()),
        number().prop_map(|n| format!("TZOFFSETFROM:{n}")),
        number().prop_map(|n| format!("TZOFFSETTO:{n}")),
        Just("TZID:File Zone".to_owned()),
        (1usize..3000).prop_map(|n| format!("SUMMARY:{}", "仲裁,;\\".repeat(n))),
        "[ -~]{0,30}",
    ]
}

/// A line of a generated file: a component boundary or a property.
fn file_line() -> impl Strategy<Value = String> {
    let name = prop::sample::select(vec![
        "VCALENDAR",
        "VEVENT",
        "VTIMEZONE",
        "STANDARD",
        "DAYLIGHT",
        "VALARM",
        "X",
    ]);
    prop_oneof![
        name.clone().prop_map(|n| format!("BEGIN:{n}")),
        name.prop_map(|n| format!("END:{n}")),
        property(),
        property(),
        property(),
    ]
}

/// A calendar that looks real: a zone, a series with an override, an all-day event.
const REAL: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VTIMEZONE\r\nTZID:File Zone\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=File Zone:20260302T090000\r\nDTEND;TZID=File Zone:20260302T100000\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270101T000000Z\r\nEXDATE;TZID=File Zone:20260305T090000\r\nSUMMARY:Court\\, week\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID;TZID=File Zone:20260316T090000\r\nDTSTART;TZID=File Zone:20260316T140000\r\nDURATION:PT1H30M\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260403\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1,-1;COUNT=12\r\n SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    /// Replaces the digits at a position with a huge or negative number.
    Number(usize, String),
    Fold(usize),
    DuplicateLine(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), number()).prop_map(|(i, n)| Mutation::Number(i, n)),
        any::<usize>().prop_map(Mutation::Fold),
        any::<usize>().prop_map(Mutation::DuplicateLine),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip(i, b) => {
                if let Some(x) = bytes.get_mut(i % len) {
                    *x = *b;
                }
            }
            Mutation::Insert(i, b) => {
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, b.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::Number(i, n) => {
                let digits: Vec<usize> = bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_digit())
                    .map(|(k, _)| k)
                    .collect();
                if let Some(&at) = digits.get(i % digits.len().max(1)) {
                    let end = bytes[at..]
                        .iter()
                        .position(|b| !b.is_ascii_digit())
                        .map_or(bytes.len(), |p| at + p);
                    bytes.splice(at..end, n.bytes());
                }
            }
            Mutation::Fold(i) => {
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, *b"\r\n ");
            }
            Mutation::DuplicateLine(i) => {
                let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
                if let Some(l) = lines.get(i % lines.len().max(1)) {
                    let copy = l.to_vec();
                    let at = (i % len).min(bytes.len());
                    let at = bytes[..at]
                        .iter()
                        .rposition(|b| *b == b'\n')
                        .map_or(0, |p| p + 1);
                    bytes.splice(at..at, copy);
                }
            }
        }
    }
    bytes
}

// Case counts keep the four properties to about 20 seconds together in a debug build on two cores.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn generated_calendars_never_panic_and_every_problem_has_a_line(
        lines in prop::collection::vec(file_line(), 0..60),
        crlf in any::<bool>(),
    ) {
        let sep = if crlf { "\r\n" } else { "\n" };
        let mut text = format!("BEGIN:VCALENDAR{sep}");
        for l in &lines {
            text.push_str(l);
            text.push_str(sep);
        }
        read_and_expand(text.as_bytes());
    }

    #[test]
    fn mutated_real_calendars_never_panic_and_every_problem_has_a_line(
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        read_and_expand(&mutate(REAL.as_bytes().to_vec(), &mutations));
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        read_and_expand(&bytes);
    }

    #[test]
    fn nesting_of_any_depth_is_bounded(depth in 0usize..2000, close in any::<bool>()) {
        let mut text = "BEGIN:X\r\n".repeat(depth);
        if close {
            text.push_str(&"END:X\r\n".repeat(depth));
        }
        let (_, problems) = read_and_expand(text.as_bytes());
        let too_deep = depth > MAX_DEPTH;
        prop_assert_eq!(
            problems.iter().any(|p| p.what.contains("nested")),
            too_deep
        );
    }
}
