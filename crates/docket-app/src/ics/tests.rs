//! Export on the demo centre plus a scenario series: lint-clean files, series as RRULE with EXDATE and
//! RECURRENCE-ID, all-day deadlines, cancellations with a higher SEQUENCE.

use super::*;
use crate::dto::{
    HearingFindingCodeDto, HearingInputDto, IcsExportDto, MoveHearingDto, ParticipantInputDto,
};

use crate::testing::{case_with_hearings, demo};

/// The id of the demo neutral with this name.
fn neutral_id(app: &App, name: &str) -> String {
    app.list_neutrals(&crate::dto::NeutralQueryDto {
        text: Some(name.into()),
        ..Default::default()
    })
    .unwrap()[0]
        .id
        .clone()
}

/// The whole centre's calendar with its deadlines, in `lang`.
fn whole_centre(app: &App, lang: &str) -> crate::dto::IcsFileDto {
    app.export_ics(&IcsExportDto {
        scope: "all".into(),
        deadlines: true,
        lang: Some(lang.into()),
        ..IcsExportDto::default()
    })
    .unwrap()
}

/// An invitation (METHOD:REQUEST) to the hearings of the case `reference`, from the registry.
fn invitation(reference: String) -> IcsExportDto {
    IcsExportDto {
        scope: "case".into(),
        key: Some(reference),
        method: Some("request".into()),
        organizer: Some("registry@centre.example".into()),
        ..IcsExportDto::default()
    }
}

fn unfolded(text: &str) -> String {
    text.replace("\r\n ", "")
}

#[test]
fn the_whole_centre_exports_lint_clean_with_deadlines_as_all_day_events() {
    let app = demo();
    let f = whole_centre(&app, "both");
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    assert_eq!(f.hearings, 60);
    assert!(f.deadlines > 0);
    let text = unfolded(&f.text);
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Hong_Kong\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:"));
    assert!(
        text.contains("SUMMARY:Procedural conference / 程序會議"),
        "bilingual summaries"
    );
}

#[test]
fn a_series_is_one_rrule_with_its_exception_and_its_moved_occurrence() {
    let mut app = demo();
    let reference = app.list_cases().unwrap()[1].reference.clone();
    let booked = app
        .schedule_hearing(&HearingInputDto {
            case_reference: reference.clone(),
            kind: "procedural_conference".into(),
            venue_code: "ONLINE".into(),
            start: "2027-03-02T16:00".into(),
            zone: Some("Asia/Hong_Kong".into()),
            minutes: 120,
            participants: vec![ParticipantInputDto {
                kind: "counsel".into(),
                name: Some("Dana Reyes, Esq.; NY".into()),
                zone: Some("America/New_York".into()),
                ..ParticipantInputDto::default()
            }],
            weeks: Some(5),
            save: true,
            ..HearingInputDto::default()
        })
        .unwrap();
    app.cancel_hearing(&booked.saved[2]).unwrap();
    app.move_hearing(&MoveHearingDto {
        id: booked.saved[3].clone(),
        start: "2027-03-24T17:00".into(),
        save: true,
        ..MoveHearingDto::default()
    })
    .unwrap();
    let f = app
        .export_ics(&IcsExportDto {
            scope: "case".into(),
            key: Some(reference),
            from: Some("2027-03-01".into()),
            to: Some("2027-03-31".into()),
            lang: Some("en".into()),
            ..IcsExportDto::default()
        })
        .unwrap();
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    let text = unfolded(&f.text);
    assert_eq!(f.series, 1);
    assert_eq!(
        text.matches("RRULE:FREQ=WEEKLY;UNTIL=20270331T080000Z")
            .count(),
        1,
        "{text}"
    );
    assert!(
        text.contains("EXDATE;TZID=Asia/Hong_Kong:20270316T160000"),
        "{text}"
    );
    assert!(
        text.contains("RECURRENCE-ID;TZID=Asia/Hong_Kong:20270323T160000"),
        "{text}"
    );
    assert!(
        text.contains("DTSTART;TZID=Asia/Hong_Kong:20270324T170000"),
        "{text}"
    );
    assert!(text.contains("CN=\"Dana Reyes, Esq.; NY\""), "{text}");
    // The series' SEQUENCE is the highest of its occurrences (the moved one was raised).
    assert!(text.contains("SEQUENCE:1"), "{text}");
    let cancel = app
        .export_ics(&IcsExportDto {
            scope: "case".into(),
            key: Some(app.list_cases().unwrap()[1].reference.clone()),
            from: Some("2027-03-01".into()),
            to: Some("2027-03-31".into()),
            method: Some("cancel".into()),
            ..IcsExportDto::default()
        })
        .unwrap();
    let c = unfolded(&cancel.text);
    assert!(
        c.contains("METHOD:CANCEL") && c.contains("STATUS:CANCELLED") && c.contains("SEQUENCE:2"),
        "{c}"
    );
    let mail = cancel.email.unwrap();
    assert!(mail.contains("text/calendar; charset=UTF-8; method=CANCEL"));
}

#[test]
fn bad_export_requests_name_the_field() {
    let app = demo();
    for (q, field) in [
        (
            IcsExportDto {
                scope: "planet".into(),
                ..IcsExportDto::default()
            },
            "scope",
        ),
        (
            IcsExportDto {
                scope: "case".into(),
                ..IcsExportDto::default()
            },
            "key",
        ),
        (
            IcsExportDto {
                scope: "all".into(),
                method: Some("shout".into()),
                ..IcsExportDto::default()
            },
            "method",
        ),
    ] {
        match app.export_ics(&q) {
            Err(AppError::Validation { fields }) => assert_eq!(fields[0].field, field),
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn an_invitation_is_saved_as_ics_and_eml_with_matching_methods() {
    let app = demo();
    let dir = tempfile::tempdir().unwrap();
    let reference = case_with_hearings(&app);
    let f = app.save_ics(&invitation(reference), dir.path()).unwrap();
    let ics = std::fs::read_to_string(&f.file_name).unwrap();
    assert!(ics.contains("METHOD:REQUEST\r\n"));
    assert!(unfolded(&ics).contains("ORGANIZER;CN=Bay Docket:mailto:registry@centre.example"));
    let eml_path = f
        .email_file
        .clone()
        .expect("an invitation writes its e-mail");
    assert_eq!(
        std::path::Path::new(&eml_path),
        std::path::Path::new(&f.file_name).with_extension("eml")
    );
    let eml = std::fs::read_to_string(&eml_path).unwrap();
    assert!(eml.contains("method=REQUEST"));
    assert!(
        eml.contains(&ics),
        "the e-mail carries the calendar as written"
    );
    let to = eml
        .lines()
        .find_map(|l| l.strip_prefix("To: "))
        .unwrap_or_default();
    let mut recipients: Vec<&str> = to.split(", ").filter(|r| !r.is_empty()).collect();
    let before = recipients.len();
    recipients.sort_unstable();
    recipients.dedup();
    assert_eq!(recipients.len(), before, "each recipient once: {to}");
    assert_eq!(f.bytes, ics.len() as u64);
}

#[test]
fn each_scope_and_range_takes_exactly_its_hearings() {
    let app = demo();
    let all = app.list_hearings().unwrap();
    let count = |q: IcsExportDto| {
        let f = app.export_ics(&q).unwrap();
        assert!(f.problems.is_empty(), "{:?}", f.problems);
        assert_eq!(
            f.text.matches("BEGIN:VEVENT").count(),
            f.hearings as usize,
            "one event per hearing outside series"
        );
        f.hearings as usize
    };
    let neutral = all
        .iter()
        .flat_map(|h| &h.participants)
        .find_map(|p| p.key.strip_prefix("neutral:"))
        .unwrap()
        .to_owned();
    let with_neutral = all
        .iter()
        .filter(|h| {
            h.participants
                .iter()
                .any(|p| p.key == format!("neutral:{neutral}"))
        })
        .count();
    assert!(with_neutral > 0);
    assert_eq!(
        count(IcsExportDto {
            scope: "neutral".into(),
            key: Some(neutral),
            ..IcsExportDto::default()
        }),
        with_neutral
    );
    let room = all[0].venue.code.clone();
    let in_room = all.iter().filter(|h| h.venue.code == room).count();
    assert_eq!(
        count(IcsExportDto {
            scope: "room".into(),
            key: Some(room.to_lowercase()),
            ..IcsExportDto::default()
        }),
        in_room,
        "a room's code in any letter case"
    );
    let mut days: Vec<&str> = all.iter().map(|h| &h.starts_local[..10]).collect();
    days.sort_unstable();
    let (from, to) = (days[days.len() / 4], days[days.len() / 2]);
    let within = days.iter().filter(|d| **d >= from && **d <= to).count();
    assert_eq!(
        count(IcsExportDto {
            scope: "all".into(),
            from: Some(from.to_owned()),
            to: Some(to.to_owned()),
            ..IcsExportDto::default()
        }),
        within,
        "from {from} to {to}, both days included, by the hearing's local date"
    );
}

#[test]
fn a_calendar_that_cannot_be_written_names_the_path_and_leaves_nothing() {
    let app = demo();
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let target = blocker.join("centre.ics");
    let q = IcsExportDto {
        scope: "all".into(),
        ..IcsExportDto::default()
    };
    match app.save_ics_as(&q, &target, false) {
        Err(AppError::WriteFailed { path, .. }) => {
            assert!(path.contains("not-a-folder"), "{path}")
        }
        other => panic!("expected WriteFailed, got {other:?}"),
    }
    // Over an existing file, a written calendar replaces it whole.
    let target = dir.path().join("centre.ics");
    std::fs::write(&target, "old").unwrap();
    let saved = app.save_ics_as(&q, &target, false).unwrap();
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(saved.bytes, text.len() as u64);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary file left: {leftovers:?}");
}

#[test]
fn a_neutrals_busy_calendar_blocks_a_hearing_and_reimporting_changes_nothing() {
    let mut app = demo();
    let vogel = neutral_id(&app, "Katharina Vogel");
    // Outlook-style: a Windows zone name, a weekly rule, and one broken event.
    let file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft//Outlook//EN\r\n\
BEGIN:VEVENT\r\nUID:court-week\r\nDTSTART;TZID=W. Europe Standard Time:20270104T090000\r\n\
DTEND;TZID=W. Europe Standard Time:20270104T120000\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nSUMMARY:Court\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:broken\r\nDTSTART;TZID=Nowhere/Atlantis:20270105T090000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:free\r\nDTSTART:20270106T090000Z\r\nDTEND:20270106T100000Z\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
    let r = app
        .import_busy(&vogel, file.as_bytes(), "vogel.ics", None)
        .unwrap();
    assert_eq!((r.added, r.unchanged, r.skipped), (10, 0, 1));
    assert!(
        r.quarantined.iter().any(|q| q.contains("Atlantis")),
        "{:?}",
        r.quarantined
    );
    let again = app
        .import_busy(&vogel, file.as_bytes(), "vogel.ics", None)
        .unwrap();
    assert_eq!((again.added, again.unchanged), (0, 10));
    // 16:00 Hong Kong on Monday 11 January 2027 is 09:00 in Berlin: she is in court.
    let check = app
        .schedule_hearing(&HearingInputDto {
            case_reference: case_with_hearings(&app),
            kind: "procedural_conference".into(),
            venue_code: "ONLINE".into(),
            start: "2027-01-11T16:00".into(),
            zone: Some("Asia/Hong_Kong".into()),
            minutes: 60,
            participants: vec![ParticipantInputDto {
                kind: "neutral".into(),
                ref_id: Some(vogel),
                ..ParticipantInputDto::default()
            }],
            ..HearingInputDto::default()
        })
        .unwrap();
    let busy = check
        .findings
        .iter()
        .find(|f| f.code == HearingFindingCodeDto::Unavailable)
        .unwrap();
    assert!(busy.text.contains("Court"), "{}", busy.text);
}

#[test]
fn floating_times_wait_for_the_clerk_to_confirm_their_zone() {
    let mut app = demo();
    let vogel = neutral_id(&app, "Katharina Vogel");
    let file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple//EN\r\n\
BEGIN:VEVENT\r\nUID:floating\r\nDTSTART:20270104T090000\r\nDTEND:20270104T100000\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
    assert_eq!(app.check_ics(file.as_bytes()).floating, 1);
    match app.import_busy(&vogel, file.as_bytes(), "f.ics", None) {
        Err(AppError::Validation { fields }) => assert_eq!(fields[0].field, "floating_zone"),
        other => panic!("{other:?}"),
    }
    let r = app
        .import_busy(&vogel, file.as_bytes(), "f.ics", Some("Europe/Berlin"))
        .unwrap();
    assert_eq!((r.added, r.floating), (1, 1));
    assert!(matches!(
        app.import_busy(&vogel, file.as_bytes(), "f.ics", Some("Mars/Olympus")),
        Err(AppError::Validation { .. })
    ));
}

#[test]
fn a_deadline_into_a_year_without_official_holidays_says_it_is_an_estimate() {
    let app = demo();
    let f = whole_centre(&app, "en");
    let text = unfolded(&f.text);
    let estimated: Vec<&str> = text
        .split("BEGIN:VEVENT")
        .filter(|e| e.contains("DTSTART;VALUE=DATE:2027"))
        .collect();
    assert!(!estimated.is_empty(), "the demo has deadlines in 2027");
    for e in estimated {
        assert!(
            e.contains("\\nEstimated") && e.contains("2027 notice can add bridge days")
                || e.contains("the Hong Kong 2027 general holidays have not been gazetted"),
            "{e}"
        );
    }
}

/// One VEVENT per line group, numbered from line 4 of the file (after the three header lines).
fn busy_file(events: &[&str]) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n");
    for (i, e) in events.iter().enumerate() {
        text.push_str(&format!("BEGIN:VEVENT\r\nUID:e{i}\r\n{e}END:VEVENT\r\n"));
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

#[test]
fn hostile_busy_calendars_are_quarantined_line_by_line_never_a_panic() {
    let mut app = demo();
    let vogel = neutral_id(&app, "Katharina Vogel");
    // Each event is five lines long: BEGIN (line 4, 9, …), UID, DTSTART, the line under test (line
    // 7, 12, …), END.
    let events = [
        "DTSTART:20270104T090000Z\r\nDURATION:PT9999999999999999S\r\n",
        "DTSTART:20270104T090000Z\r\nDURATION:P99999999999999W\r\n",
        "DTSTART:20270104T090000Z\r\nRRULE:FREQ=DAILY;INTERVAL=9999999999999\r\n",
        "DTSTART:20270104T090000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=-2147483648MO\r\n",
        "DTSTART:20270104T090000Z\r\nRRULE:FREQ=HOURLY;COUNT=5\r\n",
        "DTSTART:20270104T090000Z\r\nDURATION:-PT1H\r\n",
        "DTSTART:20270104T090000Z\r\nDTEND:20270104T080000Z\r\n",
        "DTSTART:20270104T090000Z\r\nDTEND:20270104T090000Z\r\n",
        "DTSTART:20270105T090000Z\r\nDTEND:20270105T100000Z\r\n",
    ];
    let file = busy_file(&events);
    let r = app
        .import_busy(&vogel, file.as_bytes(), "hostile.ics", None)
        .unwrap();
    assert_eq!(r.added, 1, "only the sound event is busy time");
    let expected = [
        (7, "DURATION"),
        (12, "DURATION"),
        (17, "INTERVAL"),
        (22, "BYDAY"),
        (27, "HOURLY"),
        (32, "negative"),
        (37, "before DTSTART"),
        // A zero-length event is named by its BEGIN line.
        (39, "zero duration"),
    ];
    assert_eq!(r.quarantined.len(), expected.len(), "{:?}", r.quarantined);
    for (line, word) in expected {
        assert!(
            r.quarantined
                .iter()
                .any(|q| q.starts_with(&format!("line {line}: ")) && q.contains(word)),
            "line {line} ({word}): {:?}",
            r.quarantined
        );
    }
    // The app still works after the hostile file (nothing poisoned, nothing half-written).
    let again = app
        .import_busy(&vogel, file.as_bytes(), "hostile.ics", None)
        .unwrap();
    assert_eq!((again.added, again.unchanged), (0, 1));
}

#[test]
fn seventy_thousand_nested_components_are_checked_and_imported_without_a_stack_overflow() {
    let mut app = demo();
    let vogel = neutral_id(&app, "Katharina Vogel");
    let mut file = String::from("BEGIN:VCALENDAR\r\n");
    file.push_str(&"BEGIN:X\r\n".repeat(70_000));
    file.push_str(&"END:X\r\n".repeat(70_000));
    file.push_str("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270105T090000Z\r\nDTEND:20270105T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    let check = app.check_ics(file.as_bytes());
    assert_eq!(check.events, 1);
    assert_eq!(check.problems.len(), 1);
    assert!(
        check.problems[0].starts_with("line 17: "),
        "{:?}",
        check.problems
    );
    let r = app
        .import_busy(&vogel, file.as_bytes(), "deep.ics", None)
        .unwrap();
    assert_eq!(r.added, 1);
    assert!(r.quarantined[0].contains("nested"), "{:?}", r.quarantined);
}

#[test]
fn an_organizer_with_a_line_break_is_a_field_error_and_nothing_is_written() {
    let app = demo();
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "registry@centre.example\r\nBcc: everyone@rival.example",
        "registry@centre.example\nBcc: everyone@rival.example",
        "Registry <registry@centre.example>",
        "registry@centre.example\u{0}",
        "no-at-sign",
    ] {
        let q = IcsExportDto {
            scope: "all".into(),
            method: Some("request".into()),
            organizer: Some(bad.into()),
            ..IcsExportDto::default()
        };
        for e in [
            app.export_ics(&q).map(|_| ()).unwrap_err(),
            app.save_ics(&q, dir.path()).map(|_| ()).unwrap_err(),
        ] {
            match &e {
                AppError::Validation { fields } => assert_eq!(fields[0].field, "organizer"),
                other => panic!("{bad:?}: {other:?}"),
            }
            let en = crate::i18n::describe(crate::i18n::Locale::En, &e);
            assert!(en.contains("Organizer e-mail"), "{en}");
            let hant = crate::i18n::describe(crate::i18n::Locale::ZhHant, &e);
            assert!(hant.contains("組織者電郵"), "{hant}");
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_stored_attendee_address_that_could_break_a_line_is_never_written() {
    let mut app = demo();
    let reference = case_with_hearings(&app);
    // Older or imported data may hold anything: put a header injection into every neutral's address.
    app.store
        .write(|tx| -> Result<usize, docket_store::StoreError> {
            Ok(tx.execute(
                "UPDATE neutrals SET email = 'n' || rowid || '@example.org' || char(13, 10) || 'Bcc: all@rival.example'",
                [],
            )?)
        })
        .unwrap();
    let f = app.export_ics(&invitation(reference)).unwrap();
    let eml = f.email.unwrap();
    assert!(!eml.contains("Bcc"), "{eml}");
    assert!(!f.text.contains("rival"), "{}", f.text);
    assert!(unfolded(&f.text).contains("ATTENDEE;"));
    assert!(docket_ics::lint::lint(f.text.as_bytes()).is_empty());
    for line in eml.split("\r\n") {
        assert!(!line.contains(['\r', '\n']), "{line:?}");
    }
}
