//! Fuzz target: any bytes through the reader and the expander (the busy import's window) — no
//! panic, no stack overflow, every problem and occurrence with a line of the file.

#![no_main]

use docket_domain::time::{Instant, Zone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let physical = data.split(|b| *b == b'\n').count();
    let (cals, problems) = docket_ics::read::parse(data);
    let (Ok(from), Ok(until)) = (
        Instant::from_unix_seconds(1_767_225_600), // 2026-01-01
        Instant::from_unix_seconds(1_830_297_600), // 2028-01-01
    ) else {
        return;
    };
    let mut all = problems;
    for cal in &cals {
        let (occ, more) = docket_ics::expand::expand(cal, from, until, Zone::hong_kong());
        all.extend(more);
        for o in occ {
            assert!(o.end >= o.start);
            assert!((1..=physical).contains(&o.line));
        }
    }
    for p in all {
        assert!((1..=physical).contains(&p.line), "{p:?}");
    }
});
