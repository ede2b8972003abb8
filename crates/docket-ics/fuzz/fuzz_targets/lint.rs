//! Fuzz target: any bytes through the lint, whole and in two pieces split anywhere — no panic, the
//! same findings either way.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let whole = docket_ics::lint::lint(data);
    let cut = data
        .first()
        .map_or(0, |b| usize::from(*b) % (data.len() + 1));
    let mut l = docket_ics::lint::Linter::new();
    l.feed(&data[..cut]);
    l.feed(&data[cut..]);
    assert_eq!(whole, l.finish());
});
