//! Prints the occurrences of an .ics file as `UID|start UTC|end UTC` (all-day: dates, inclusive
//! end), floating times read as UTC, cancelled and transparent ones included only as read. The interop
//! check compares this with recurring-ical-events on the real-world fixtures.
//!
//! `cargo run -p docket-ics --example expand -- FILE FROM TO`

// An example program: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use docket_domain::time::{Instant, Zone};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).unwrap();
    let from: Instant = format!("{}T00:00:00Z", args[2]).parse().unwrap();
    let until: Instant = format!("{}T00:00:00Z", args[3]).parse().unwrap();
    let utc: Zone = "UTC".parse().unwrap();
    let (cals, _) = docket_ics::read::parse(&bytes);
    let mut lines = Vec::new();
    for cal in &cals {
        let (occ, problems) = docket_ics::expand::expand(cal, from, until, utc);
        for p in problems {
            eprintln!("line {}: {}", p.line, p.what);
        }
        for o in occ {
            match o.days {
                Some((a, b)) => lines.push(format!("{}|{a}|{b}", o.uid)),
                None => lines.push(format!(
                    "{}|{}|{}",
                    o.uid,
                    o.start.to_rfc3339()[..16].replace('T', " "),
                    o.end.to_rfc3339()[..16].replace('T', " ")
                )),
            }
        }
    }
    lines.sort();
    for l in lines {
        println!("{l}");
    }
}
