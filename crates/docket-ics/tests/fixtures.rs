//! Every real-world fixture in `../shared/fixtures/ics/` is read without a panic; the deliberately
//! broken ones produce problems with line numbers. Skips with a notice when `../shared` is absent.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_ics::read::parse;
use std::path::PathBuf;

fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/ics");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "NOTICE: ../shared/fixtures/ics is absent; the iCalendar fixture test is skipped"
        );
        None
    }
}

#[test]
fn every_fixture_is_read_and_the_broken_ones_are_reported() {
    let Some(dir) = fixtures() else {
        return;
    };
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ics") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let (calendars, problems) = parse(&bytes);
        read += 1;
        if name.starts_with("malformed_utf8") {
            assert!(
                problems
                    .iter()
                    .any(|p| p.what.contains("UTF-8") && p.line > 0),
                "{name}: {problems:?}"
            );
            continue;
        }
        if name.starts_with("malformed_") {
            continue;
        }
        // A real-world file reads into calendars and events (one fixture holds no event at all).
        assert!(!calendars.is_empty(), "{name}: nothing read");
        let events: usize = calendars
            .iter()
            .map(|c| c.components("VEVENT").count())
            .sum();
        assert!(
            events > 0 || name.starts_with("unicode_fields"),
            "{name}: no VEVENT read ({problems:?})"
        );
    }
    assert!(read >= 28, "read {read} fixtures");
}
