//! A calendar and its events, written as an RFC 5545 file.

use crate::vtimezone;
use crate::write::{Writer, date, escape_text, local, param_value, utc};
use docket_domain::time::{CivilDate, Instant, LocalDateTime, Zone};
use std::collections::BTreeMap;

/// The iTIP method of a file (RFC 5546).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A file or feed (no METHOD line).
    None,
    Publish,
    Request,
    Cancel,
}

impl Method {
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::None => None,
            Self::Publish => Some("PUBLISH"),
            Self::Request => Some("REQUEST"),
            Self::Cancel => Some("CANCEL"),
        }
    }
}

/// When an event starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A wall time in an IANA zone (written with TZID and a VTIMEZONE).
    Zoned(LocalDateTime, Zone),
    /// An all-day date (`VALUE=DATE`; an end date is exclusive).
    Date(CivilDate),
}

/// A person invited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub name: String,
    /// Without a real address the attendee is written as `urn:x-bay-docket:<key>` (still a valid URI).
    pub email: Option<String>,
    pub key: String,
}

/// One VEVENT (a single hearing, a series master, or an override of one occurrence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub sequence: u32,
    pub start: When,
    pub end: When,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// `TENTATIVE`, `CONFIRMED` or `CANCELLED`.
    pub status: Option<&'static str>,
    pub conference: Option<String>,
    pub attendees: Vec<Attendee>,
    /// `FREQ=WEEKLY;UNTIL=…Z` for a series master.
    pub rrule: Option<String>,
    /// Occurrences removed from the series, as wall times in the series' zone.
    pub exdates: Vec<LocalDateTime>,
    /// For an override: the original start of the occurrence it replaces, in the series' zone.
    pub recurrence_id: Option<LocalDateTime>,
    pub categories: Vec<String>,
}

/// A calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    pub name: String,
    pub method: Method,
    /// Written as ORGANIZER on every event (required for PUBLISH, REQUEST and CANCEL).
    pub organizer: Option<(String, String)>,
    pub dtstamp: Instant,
    pub events: Vec<Event>,
}

const PRODID: &str = "-//Bay Docket//Bay Docket 0.1//EN";

fn zone_of(w: &When) -> Option<Zone> {
    match w {
        When::Zoned(_, z) => Some(*z),
        When::Date(_) => None,
    }
}

fn when_line(w: &mut Writer, name: &str, when: &When) {
    match when {
        When::Zoned(l, z) => w.line(name, &[("TZID", param_value(z.name()))], &local(*l)),
        When::Date(d) => w.line(name, &[("VALUE", "DATE".to_owned())], &date(*d)),
    }
}

impl Calendar {
    /// The whole file, CRLF-terminated.
    pub fn to_ics(&self) -> String {
        // About 1.3 KB per event with three attendees in two languages.
        let mut w = Writer::with_capacity(4096 + self.events.len() * 1400);
        let stamp = utc(self.dtstamp);
        w.raw("BEGIN:VCALENDAR");
        w.line("VERSION", &[], "2.0");
        w.line("PRODID", &[], PRODID);
        w.line("CALSCALE", &[], "GREGORIAN");
        if let Some(m) = self.method.as_str() {
            w.line("METHOD", &[], m);
        }
        w.text("NAME", &self.name);
        w.text("X-WR-CALNAME", &self.name);
        w.line(
            "REFRESH-INTERVAL",
            &[("VALUE", "DURATION".to_owned())],
            "PT1H",
        );
        w.line("X-PUBLISHED-TTL", &[], "PT1H");
        // One VTIMEZONE per zone used, covering a year either side of the events.
        let mut zones: BTreeMap<&'static str, (Zone, LocalDateTime, LocalDateTime)> =
            BTreeMap::new();
        for e in &self.events {
            for when in [&e.start, &e.end] {
                if let When::Zoned(l, z) = when {
                    let entry = zones.entry(z.name()).or_insert((*z, *l, *l));
                    entry.1 = entry.1.min(*l);
                    entry.2 = entry.2.max(*l);
                }
            }
        }
        for (zone, lo, hi) in zones.values() {
            let from = CivilDate::new(lo.date().year() - 1, 1, 1)
                .and_then(|d| Instant::from_utc(d, 0, 0))
                .unwrap_or(self.dtstamp);
            let until = CivilDate::new(hi.date().year() + 2, 1, 1)
                .and_then(|d| Instant::from_utc(d, 0, 0))
                .unwrap_or(self.dtstamp);
            vtimezone::write(&mut w, *zone, from, until);
        }
        for e in &self.events {
            self.event(&mut w, e, &stamp);
        }
        w.raw("END:VCALENDAR");
        w.finish()
    }

    fn event(&self, w: &mut Writer, e: &Event, stamp: &str) {
        w.raw("BEGIN:VEVENT");
        w.text("UID", &e.uid);
        w.line("DTSTAMP", &[], stamp);
        w.line("SEQUENCE", &[], &e.sequence.to_string());
        if let Some(rid) = e.recurrence_id
            && let Some(z) = zone_of(&e.start)
        {
            w.line(
                "RECURRENCE-ID",
                &[("TZID", param_value(z.name()))],
                &local(rid),
            );
        }
        when_line(w, "DTSTART", &e.start);
        when_line(w, "DTEND", &e.end);
        if let Some(r) = &e.rrule {
            w.line("RRULE", &[], r);
        }
        if let Some(z) = zone_of(&e.start) {
            for x in &e.exdates {
                w.line("EXDATE", &[("TZID", param_value(z.name()))], &local(*x));
            }
        }
        w.text("SUMMARY", &e.summary);
        if !e.description.is_empty() {
            w.text("DESCRIPTION", &e.description);
        }
        if !e.location.is_empty() {
            w.text("LOCATION", &e.location);
        }
        if let Some(s) = e.status {
            w.line("STATUS", &[], s);
        }
        if !e.categories.is_empty() {
            let list: Vec<String> = e.categories.iter().map(|c| escape_text(c)).collect();
            w.line("CATEGORIES", &[], &list.join(","));
        }
        if let Some(link) = &e.conference {
            w.line(
                "CONFERENCE",
                &[
                    ("VALUE", "URI".to_owned()),
                    ("FEATURE", "AUDIO,VIDEO".to_owned()),
                ],
                link,
            );
        }
        if let Some((name, email)) = &self.organizer {
            w.line(
                "ORGANIZER",
                &[("CN", param_value(name))],
                &format!("mailto:{email}"),
            );
        }
        // RFC 5546: a PUBLISH carries no ATTENDEE; invitations and cancellations do.
        let attendees = if self.method == Method::Publish {
            &[][..]
        } else {
            &e.attendees[..]
        };
        for a in attendees {
            let uri = match &a.email {
                Some(m) => format!("mailto:{m}"),
                None => format!("urn:x-bay-docket:{}", a.key.replace([' ', ':'], "-")),
            };
            let mut params = vec![
                ("CN", param_value(&a.name)),
                ("ROLE", "REQ-PARTICIPANT".to_owned()),
            ];
            if self.method == Method::Request {
                params.push(("PARTSTAT", "NEEDS-ACTION".to_owned()));
                params.push(("RSVP", "TRUE".to_owned()));
            }
            w.line("ATTENDEE", &params, &uri);
        }
        w.line(
            "TRANSP",
            &[],
            if matches!(e.start, When::Date(_)) {
                "TRANSPARENT"
            } else {
                "OPAQUE"
            },
        );
        w.raw("END:VEVENT");
    }
}

/// An e-mail carrying a calendar (RFC 6047): the MIME `method=` equals the calendar's METHOD.
pub fn email(
    from: &str,
    to: &[String],
    subject: &str,
    body: &str,
    calendar: &str,
    method: Method,
) -> String {
    let m = method.as_str().unwrap_or("PUBLISH");
    let boundary = "bay-docket-boundary-7f3a";
    let mut out = String::new();
    out.push_str(&format!(
        "From: {from}\r\nTo: {}\r\nSubject: {subject}\r\n",
        to.join(", ")
    ));
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n"
    ));
    out.push_str(&format!("--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"));
    out.push_str(&format!(
        "--{boundary}\r\nContent-Type: text/calendar; charset=UTF-8; method={m}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{calendar}"
    ));
    out.push_str(&format!("--{boundary}--\r\n"));
    out
}
