//! VTIMEZONE components generated from the embedded tz database for the years a calendar covers.
//!
//! A zone with no offset change in the period (Hong Kong, Shanghai, São Paulo today) gets a single
//! STANDARD block. Otherwise each kind of change (to daylight time, back to standard time) becomes one
//! block with a yearly RRULE when every change of that kind falls on the same month, week and weekday
//! at the same local time; failing that, one RDATE per line (never a comma-separated list, which
//! ical.js misreads).

use crate::write::{Writer, local};
use docket_domain::time::{CivilDate, Instant, Transition, UtcOffset, Zone};

fn offset(o: UtcOffset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    if a.is_multiple_of(60) {
        format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", a / 3600, (a % 3600) / 60, a % 60)
    }
}

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn days_in_month(d: CivilDate) -> u32 {
    (28..=31)
        .rev()
        .find(|n| CivilDate::new(d.year(), d.month(), *n).is_ok())
        .unwrap_or(28)
}

/// `BYMONTH=3;BYDAY=-1SU` for a change on this local date, choosing "last" for the final week.
fn rule_of(d: CivilDate) -> (u32, String) {
    let day = DAYS[(d.iso_weekday() as usize + 6) % 7];
    let last = d.day() + 7 > days_in_month(d);
    let nth = if last {
        "-1".to_owned()
    } else {
        ((d.day() - 1) / 7 + 1).to_string()
    };
    (d.month(), format!("{nth}{day}"))
}

fn block(w: &mut Writer, zone: Zone, kind: &str, changes: &[&Transition]) {
    let Some(first) = changes.first() else {
        return;
    };
    // DTSTART is the local time of the onset, read in the offset before the change.
    let onset = |t: &Transition| {
        t.at.plus_seconds(i64::from(t.before.seconds()))
            .local_in(utc_zone())
    };
    let rules: Vec<(u32, String, u32)> = changes
        .iter()
        .map(|t| {
            let l = onset(t);
            let (m, by) = rule_of(l.date());
            (m, by, l.minute_of_day())
        })
        .collect();
    let same = rules.windows(2).all(|p| p[0] == p[1])
        && changes
            .windows(2)
            .all(|p| p[0].before == p[1].before && p[0].after == p[1].after);
    w.raw(&format!("BEGIN:{kind}"));
    w.line("DTSTART", &[], &local(onset(first)));
    w.line("TZOFFSETFROM", &[], &offset(first.before));
    w.line("TZOFFSETTO", &[], &offset(first.after));
    let abbr = zone.abbreviation_at(first.at);
    if !abbr.is_empty() {
        w.text("TZNAME", &abbr);
    }
    if same && changes.len() > 1 {
        let (month, by, _) = &rules[0];
        w.line(
            "RRULE",
            &[],
            &format!("FREQ=YEARLY;BYMONTH={month};BYDAY={by}"),
        );
    } else {
        for t in changes.iter().skip(1) {
            w.line("RDATE", &[], &local(onset(t)));
        }
    }
    w.raw(&format!("END:{kind}"));
}

fn utc_zone() -> Zone {
    "UTC".parse().unwrap_or(Zone::hong_kong())
}

/// Writes the VTIMEZONE for `zone` covering `[from, until)` (take a year either side of the events).
pub fn write(w: &mut Writer, zone: Zone, from: Instant, until: Instant) {
    let changes = zone.transitions(from, until);
    w.raw("BEGIN:VTIMEZONE");
    w.text("TZID", zone.name());
    if changes.is_empty() {
        let o = zone.offset_at(from);
        w.raw("BEGIN:STANDARD");
        w.line("DTSTART", &[], "19700101T000000");
        w.line("TZOFFSETFROM", &[], &offset(o));
        w.line("TZOFFSETTO", &[], &offset(o));
        let abbr = zone.abbreviation_at(from);
        if !abbr.is_empty() {
            w.text("TZNAME", &abbr);
        }
        w.raw("END:STANDARD");
    } else {
        let daylight: Vec<&Transition> = changes.iter().filter(|t| t.after > t.before).collect();
        let standard: Vec<&Transition> = changes.iter().filter(|t| t.after < t.before).collect();
        block(w, zone, "DAYLIGHT", &daylight);
        block(w, zone, "STANDARD", &standard);
    }
    w.raw("END:VTIMEZONE");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(zone: &str) -> String {
        let mut w = Writer::new();
        let from: Instant = "2025-01-01T00:00:00Z".parse().unwrap();
        let until: Instant = "2028-01-01T00:00:00Z".parse().unwrap();
        write(&mut w, zone.parse().unwrap(), from, until);
        w.finish()
    }

    #[test]
    fn hong_kong_and_shanghai_are_one_standard_block() {
        for (zone, name) in [("Asia/Hong_Kong", "HKT"), ("Asia/Shanghai", "CST")] {
            let t = text(zone);
            assert!(
                t.contains("TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"),
                "{t}"
            );
            assert!(t.contains(&format!("TZNAME:{name}")), "{t}");
            assert!(!t.contains("DAYLIGHT") && !t.contains("RDATE"), "{t}");
        }
        assert!(text("America/Sao_Paulo").contains("TZOFFSETTO:-0300"));
    }

    #[test]
    fn london_berlin_and_new_york_follow_yearly_rules() {
        let london = text("Europe/London");
        assert!(london.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250330T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"), "{london}");
        assert!(london.contains("BEGIN:STANDARD\r\nDTSTART:20251026T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), "{london}");
        let berlin = text("Europe/Berlin");
        assert!(
            berlin.contains("DTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"),
            "{berlin}"
        );
        let ny = text("America/New_York");
        assert!(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), "{ny}");
        assert!(
            ny.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
            "{ny}"
        );
        assert!(!ny.contains(','), "never a comma-separated list: {ny}");
    }
}
