//! `docket-ics`: iCalendar files that every client reads the same way.
//!
//! [`write`] produces content lines — CRLF, folded at 75 octets never inside a UTF-8 character, TEXT
//! escaped. [`vtimezone`] generates a VTIMEZONE for each zone used from the tz database embedded in
//! the build: one STANDARD block for a zone with no changes in the period (Asia/Hong_Kong,
//! Asia/Shanghai, America/Sao_Paulo), RRULE-style STANDARD/DAYLIGHT blocks where the changes follow a
//! yearly rule, one RDATE per line otherwise. [`model`] is the calendar and its events; [`lint`] checks
//! a file for the failures that break real clients; [`address`] accepts an e-mail address only in
//! a form that is safe in a mail header and after `mailto:`. The writer never puts a CR, LF or other
//! control character inside a content line: TEXT is escaped, anything else is stripped. Pure: no
//! I/O, no clock.

pub mod address;
pub mod expand;
pub mod lint;
pub mod model;
pub mod read;
pub mod vtimezone;
pub mod write;

pub use model::{Attendee, Calendar, Event, Method, Stream, When, ZoneSpan};
