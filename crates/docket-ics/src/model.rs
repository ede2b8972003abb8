//! A calendar and its events, written as an RFC 5545 file.

use crate::vtimezone;
use crate::write::{Writer, utc};
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

/// Octets a [`Stream`] gathers before it hands them on.
const CHUNK: usize = 1 << 20;

fn when_line(w: &mut Writer, name: &str, when: &When) {
    w.begin(name);
    match when {
        When::Zoned(l, z) => {
            w.param("TZID", z.name());
            w.value("");
            w.more_local(*l);
        }
        When::Date(d) => {
            w.param("VALUE", "DATE");
            w.value("");
            w.more_date(*d);
        }
    }
    w.end();
}

/// The wall times a calendar uses in one zone: its VTIMEZONE covers a year before the first and
/// until the start of the second year after the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZoneSpan {
    pub zone: Zone,
    pub first: LocalDateTime,
    pub last: LocalDateTime,
}

impl ZoneSpan {
    /// The span of every zoned start and end in `events`, one per zone, by zone name.
    pub fn of(events: &[Event]) -> Vec<ZoneSpan> {
        let mut zones: BTreeMap<&'static str, ZoneSpan> = BTreeMap::new();
        for e in events {
            for when in [&e.start, &e.end] {
                if let When::Zoned(l, z) = when {
                    let span = zones.entry(z.name()).or_insert(ZoneSpan {
                        zone: *z,
                        first: *l,
                        last: *l,
                    });
                    span.first = span.first.min(*l);
                    span.last = span.last.max(*l);
                }
            }
        }
        zones.into_values().collect()
    }
}

impl Calendar {
    /// The whole file, CRLF-terminated.
    pub fn to_ics(&self) -> String {
        let mut out = String::with_capacity(4096 + self.events.len() * 1400);
        let spans = ZoneSpan::of(&self.events);
        let result: Result<(), std::convert::Infallible> = (|| {
            let mut s = self.stream(&spans, |chunk: String| {
                out.push_str(&chunk);
                Ok(())
            })?;
            for e in &self.events {
                s.event(e)?;
            }
            s.finish()
        })();
        match result {
            Ok(()) => out,
            Err(never) => match never {},
        }
    }

    /// Starts writing the calendar's header and a VTIMEZONE for each of `spans` (sorted by zone
    /// name); the events follow one by one through [`Stream::event`], each chunk of about a
    /// megabyte handed to `emit` as it fills. `self.events` is not written.
    pub fn stream<E, F: FnMut(String) -> Result<(), E>>(
        &self,
        spans: &[ZoneSpan],
        emit: F,
    ) -> Result<Stream<'_, F>, E> {
        let mut w = Writer::with_capacity(CHUNK + 64 * 1024);
        w.raw("BEGIN:VCALENDAR");
        w.line("VERSION", &[], "2.0");
        w.line("PRODID", &[], PRODID);
        w.line("CALSCALE", &[], "GREGORIAN");
        if let Some(m) = self.method.as_str() {
            w.line("METHOD", &[], m);
        }
        w.text("NAME", &self.name);
        w.text("X-WR-CALNAME", &self.name);
        w.line("REFRESH-INTERVAL", &[("VALUE", "DURATION")], "PT1H");
        w.line("X-PUBLISHED-TTL", &[], "PT1H");
        for span in spans {
            let from = CivilDate::new(span.first.date().year() - 1, 1, 1)
                .and_then(|d| Instant::from_utc(d, 0, 0))
                .unwrap_or(self.dtstamp);
            let until = CivilDate::new(span.last.date().year() + 2, 1, 1)
                .and_then(|d| Instant::from_utc(d, 0, 0))
                .unwrap_or(self.dtstamp);
            vtimezone::write(&mut w, span.zone, from, until);
        }
        let mut s = Stream {
            cal: self,
            w,
            stamp: utc(self.dtstamp),
            emit,
        };
        s.flush_if_full()?;
        Ok(s)
    }
}

/// A calendar being written event by event (see [`Calendar::stream`]).
pub struct Stream<'c, F> {
    cal: &'c Calendar,
    w: Writer,
    stamp: String,
    emit: F,
}

impl<F> std::fmt::Debug for Stream<'_, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("pending", &self.w.len())
            .finish()
    }
}

impl<E, F: FnMut(String) -> Result<(), E>> Stream<'_, F> {
    fn flush_if_full(&mut self) -> Result<(), E> {
        if self.w.len() >= CHUNK {
            (self.emit)(self.w.take())?;
        }
        Ok(())
    }

    /// Writes one VEVENT.
    pub fn event(&mut self, e: &Event) -> Result<(), E> {
        write_event(self.cal, &mut self.w, e, &self.stamp);
        self.flush_if_full()
    }

    /// Ends the calendar and hands on what is left.
    pub fn finish(mut self) -> Result<(), E> {
        self.w.raw("END:VCALENDAR");
        (self.emit)(self.w.take())
    }
}

fn write_event(cal: &Calendar, w: &mut Writer, e: &Event, stamp: &str) {
    w.raw("BEGIN:VEVENT");
    w.text("UID", &e.uid);
    w.line("DTSTAMP", &[], stamp);
    w.begin("SEQUENCE");
    w.value("");
    w.more_number(e.sequence);
    w.end();
    if let Some(rid) = e.recurrence_id
        && let When::Zoned(_, z) = e.start
    {
        when_line(w, "RECURRENCE-ID", &When::Zoned(rid, z));
    }
    when_line(w, "DTSTART", &e.start);
    when_line(w, "DTEND", &e.end);
    if let Some(r) = &e.rrule {
        w.line("RRULE", &[], r);
    }
    if let When::Zoned(_, z) = e.start {
        for x in &e.exdates {
            when_line(w, "EXDATE", &When::Zoned(*x, z));
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
        w.begin("CATEGORIES");
        w.value("");
        for (i, c) in e.categories.iter().enumerate() {
            if i > 0 {
                w.more(",");
            }
            w.more_text(c);
        }
        w.end();
    }
    if let Some(link) = &e.conference {
        w.line(
            "CONFERENCE",
            &[("VALUE", "URI"), ("FEATURE", "AUDIO,VIDEO")],
            link,
        );
    }
    if let Some((name, email)) = &cal.organizer {
        w.begin("ORGANIZER");
        w.param("CN", name);
        w.value("mailto:");
        w.more(email);
        w.end();
    }
    // RFC 5546: a PUBLISH carries no ATTENDEE; invitations and cancellations do.
    if cal.method != Method::Publish {
        for a in &e.attendees {
            w.begin("ATTENDEE");
            w.param("CN", &a.name);
            w.param("ROLE", "REQ-PARTICIPANT");
            if cal.method == Method::Request {
                w.param("PARTSTAT", "NEEDS-ACTION");
                w.param("RSVP", "TRUE");
            }
            match &a.email {
                Some(m) => {
                    w.value("mailto:");
                    w.more(m);
                }
                None => {
                    w.value("urn:x-bay-docket:");
                    for (i, piece) in a.key.split([' ', ':']).enumerate() {
                        if i > 0 {
                            w.more("-");
                        }
                        w.more(piece);
                    }
                }
            }
            w.end();
        }
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

/// An e-mail carrying a calendar (RFC 6047): the MIME `method=` equals the calendar's METHOD.
pub fn email(
    from: &str,
    to: &[String],
    subject: &str,
    body: &str,
    calendar: &str,
    method: Method,
) -> String {
    let (head, tail) = email_envelope(from, to, subject, body, method);
    format!("{head}{calendar}{tail}")
}

/// What comes before and after the calendar in [`email`], for a calendar written in between.
pub fn email_envelope(
    from: &str,
    to: &[String],
    subject: &str,
    body: &str,
    method: Method,
) -> (String, String) {
    let m = method.as_str().unwrap_or("PUBLISH");
    let boundary = "bay-docket-boundary-7f3a";
    // No header value may end its line: control characters are dropped, and only plain addresses
    // are written (the app refuses a bad organizer before it gets here).
    let header = |v: &str| -> String { v.chars().filter(|c| !c.is_control()).collect() };
    let to: Vec<&str> = to.iter().filter_map(|a| crate::address::parse(a)).collect();
    let mut out = String::new();
    out.push_str(&format!(
        "From: {}\r\nTo: {}\r\nSubject: {}\r\n",
        header(from),
        to.join(", "),
        header(subject)
    ));
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n"
    ));
    out.push_str(&format!("--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"));
    out.push_str(&format!(
        "--{boundary}\r\nContent-Type: text/calendar; charset=UTF-8; method={m}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ));
    (out, format!("--{boundary}--\r\n"))
}
