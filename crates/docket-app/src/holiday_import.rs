//! Reading a holiday list the clerk imports: the Mainland notice as JSON (`{"year", "days": [{"name",
//! "date", "isOffDay"}]}`), the Hong Kong 1823 feed as JSON (`[{"date", "name"}]`), or an .ics feed
//! of all-day events (multi-day events cover every day up to their exclusive end; a summary starting
//! with 上班 or 补班 is a make-up working day). A UTF-8 byte-order mark is dropped. Timed, repeating
//! and cancelled events are not days off: they are set aside and reported. Sizes and counts are
//! bounded; any bad entry refuses the whole file, naming its line.

use crate::error::HolidayProblem;
use docket_domain::deadline::EntryKind;
use docket_domain::time::CivilDate;
use docket_ics::read::Line;

/// The largest file read (the 1823 feed of fifteen years is 33 KB).
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The most days a file may list (multi-day events counted day by day).
pub const MAX_DAYS: usize = 5_000;
/// The longest name of a day, in characters (the 1823 feed's longest is 109).
pub const MAX_NAME_CHARS: usize = 200;
/// The longest all-day event read as holidays, in days.
pub const MAX_EVENT_DAYS: i64 = 31;

/// One day read from a file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDay {
    pub date: CivilDate,
    pub kind: EntryKind,
    pub name: String,
    pub line: u32,
}

/// Why an event of an .ics feed was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// It has a time of day: a meeting, not a day off.
    Timed,
    /// It repeats (RRULE/RDATE): only single all-day events are read.
    Repeating,
    /// It is cancelled.
    Cancelled,
}

/// An event that was set aside, with its line and summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: u32,
    pub summary: String,
    pub reason: SkipReason,
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HolidayFile {
    /// The `year` the file declares (Mainland JSON), with its line. Not range-checked here.
    pub year: Option<(i64, u32)>,
    pub days: Vec<ImportedDay>,
    pub skipped: Vec<Skipped>,
}

/// Why a file was refused: the 1-based line (0 when the file as a whole is refused) and what was
/// wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: u32,
    pub problem: HolidayProblem,
}

fn problem(line: u32, problem: HolidayProblem) -> ImportProblem {
    ImportProblem { line, problem }
}

fn line_no(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Reads every day in `bytes`, or the first problem.
pub fn read(bytes: &[u8]) -> Result<HolidayFile, ImportProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(problem(
            0,
            HolidayProblem::FileTooLarge {
                size_kb: u64::try_from(bytes.len().div_ceil(1024)).unwrap_or(u64::MAX),
                max_kb: u64::try_from(MAX_FILE_BYTES / 1024).unwrap_or(u64::MAX),
            },
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') | Some(b'{') => read_json(bytes),
        Some(b'B') | Some(b'b') => read_ics(bytes),
        _ => Err(problem(0, HolidayProblem::NotAHolidayList)),
    }
}

/// The name without control characters (the 1823 feed has a stray U+0080 after one "Good Friday"),
/// trimmed; refused when empty or longer than [`MAX_NAME_CHARS`].
fn checked_name(line: u32, name: &str) -> Result<String, ImportProblem> {
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    let name = name.trim();
    if name.is_empty() {
        return Err(problem(line, HolidayProblem::NoName));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(problem(
            line,
            HolidayProblem::NameTooLong {
                max: u32::try_from(MAX_NAME_CHARS).unwrap_or(u32::MAX),
            },
        ));
    }
    Ok(name.to_owned())
}

fn too_many() -> ImportProblem {
    problem(
        0,
        HolidayProblem::TooManyDays {
            max: u32::try_from(MAX_DAYS).unwrap_or(u32::MAX),
        },
    )
}

/// The 1-based line of byte offset `at`.
fn line_at(text: &str, at: usize) -> u32 {
    line_no(
        text.as_bytes()[..at.min(text.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1,
    )
}

fn read_json(bytes: &[u8]) -> Result<HolidayFile, ImportProblem> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        problem(
            line_no(
                bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1,
            ),
            HolidayProblem::Unreadable {
                detail: "not UTF-8 text".to_owned(),
            },
        )
    })?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        problem(
            line_no(e.line()),
            HolidayProblem::Unreadable {
                detail: e.to_string(),
            },
        )
    })?;
    let mut file = HolidayFile::default();
    let items = match &value {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(o) => {
            if let Some(y) = o.get("year") {
                let line = text.find("\"year\"").map_or(1, |at| line_at(text, at));
                let year = y.as_i64().ok_or_else(|| {
                    problem(
                        line,
                        HolidayProblem::BadYear {
                            value: y.to_string(),
                        },
                    )
                })?;
                file.year = Some((year, line));
            }
            match o.get("days") {
                Some(serde_json::Value::Array(a)) => a,
                _ => return Err(problem(1, HolidayProblem::NoDayList)),
            }
        }
        _ => return Err(problem(1, HolidayProblem::NoDayList)),
    };
    if items.len() > MAX_DAYS {
        return Err(too_many());
    }
    // Each day's line: its date string searched for after the previous day's.
    let mut cursor = 0;
    for item in items {
        let Some(date_text) = item.get("date").and_then(|d| d.as_str()) else {
            return Err(problem(line_at(text, cursor), HolidayProblem::NotADay));
        };
        let quoted = serde_json::Value::String(date_text.to_owned()).to_string();
        let at = text
            .get(cursor..)
            .and_then(|rest| rest.find(&quoted))
            .map_or(cursor, |i| cursor + i);
        let line = line_at(text, at);
        cursor = at + quoted.len();
        let date: CivilDate = date_text
            .parse()
            .ok()
            .filter(|_| date_text.len() == 10)
            .ok_or_else(|| {
                problem(
                    line,
                    HolidayProblem::BadDate {
                        text: date_text.chars().take(40).collect(),
                    },
                )
            })?;
        let name = match item.get("name") {
            Some(serde_json::Value::String(n)) => checked_name(line, n)?,
            _ => return Err(problem(line, HolidayProblem::NoName)),
        };
        let kind = match item.get("isOffDay") {
            None | Some(serde_json::Value::Bool(true)) => EntryKind::DayOff,
            Some(serde_json::Value::Bool(false)) => EntryKind::MakeUpWorkday,
            Some(other) => {
                return Err(problem(
                    line,
                    HolidayProblem::BadOffDay {
                        value: other.to_string().chars().take(40).collect(),
                    },
                ));
            }
        };
        file.days.push(ImportedDay {
            date,
            kind,
            name,
            line,
        });
    }
    Ok(file)
}

/// A DTSTART/DTEND value: `Some(date)` for an all-day `YYYYMMDD`, `None` for a date-time.
fn ics_date(p: &Line) -> Result<Option<CivilDate>, ImportProblem> {
    let line = line_no(p.line);
    let v = p.value.trim();
    let bad = || {
        problem(
            line,
            HolidayProblem::BadDate {
                text: v.chars().take(40).collect(),
            },
        )
    };
    let timed = v.contains(['T', 't'])
        || p.param("VALUE")
            .is_some_and(|v| v.eq_ignore_ascii_case("DATE-TIME"));
    let digits = v
        .get(..8)
        .filter(|d| d.chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(bad)?;
    if timed {
        return Ok(None);
    }
    if v.len() != 8 {
        return Err(bad());
    }
    let date = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8])
        .parse()
        .map_err(|_| bad())?;
    Ok(Some(date))
}

/// The event being read.
#[derive(Default)]
struct Event {
    line: u32,
    start: Option<Option<CivilDate>>,
    end: Option<Option<CivilDate>>,
    summary: Option<String>,
    repeats: bool,
    cancelled: bool,
}

fn finish_event(ev: Event, file: &mut HolidayFile) -> Result<(), ImportProblem> {
    let line = ev.line;
    let title = ev.summary.unwrap_or_default();
    let Some(start) = ev.start else {
        return Err(problem(line, HolidayProblem::NoStart));
    };
    let skip = match (start, ev.end) {
        (None, _) | (_, Some(None)) => Some(SkipReason::Timed),
        _ if ev.cancelled => Some(SkipReason::Cancelled),
        _ if ev.repeats => Some(SkipReason::Repeating),
        _ => None,
    };
    if let Some(reason) = skip {
        file.skipped.push(Skipped {
            line,
            summary: title.chars().take(MAX_NAME_CHARS).collect(),
            reason,
        });
        return Ok(());
    }
    let (Some(first), end) = (start, ev.end.flatten()) else {
        return Ok(());
    };
    let title = checked_name(line, &title)?;
    let days = match end {
        Some(e) => first.days_until(e),
        None => 1,
    };
    if days < 1 {
        return Err(problem(
            line,
            HolidayProblem::EndsBeforeStart { summary: title },
        ));
    }
    if days > MAX_EVENT_DAYS {
        return Err(problem(
            line,
            HolidayProblem::EventTooLong {
                summary: title,
                days: u32::try_from(days).unwrap_or(u32::MAX),
                max: u32::try_from(MAX_EVENT_DAYS).unwrap_or(u32::MAX),
            },
        ));
    }
    let kind =
        if title.starts_with("上班") || title.starts_with("补班") || title.starts_with("補班")
        {
            EntryKind::MakeUpWorkday
        } else {
            EntryKind::DayOff
        };
    for offset in 0..days {
        if file.days.len() >= MAX_DAYS {
            return Err(too_many());
        }
        let date = first.add_days(offset).map_err(|_| {
            problem(
                line,
                HolidayProblem::BadDate {
                    text: first.to_string(),
                },
            )
        })?;
        file.days.push(ImportedDay {
            date,
            kind,
            name: title.clone(),
            line,
        });
    }
    Ok(())
}

/// Reads the all-day events of a calendar file with the one iCalendar reader (`docket_ics::read`);
/// a line or a component it could not read refuses the file, with its line.
fn read_ics(bytes: &[u8]) -> Result<HolidayFile, ImportProblem> {
    let (top, problems) = docket_ics::read::parse(bytes);
    if let Some(p) = problems.iter().find(|p| p.skipped) {
        return Err(problem(
            line_no(p.line),
            HolidayProblem::Unreadable {
                detail: p.what.chars().take(120).collect(),
            },
        ));
    }
    let mut file = HolidayFile::default();
    let events = top
        .iter()
        .filter(|c| c.name.eq_ignore_ascii_case("VEVENT"))
        .chain(top.iter().flat_map(|c| c.components("VEVENT")));
    for ev in events {
        let event = Event {
            line: line_no(ev.line),
            start: ev.property("DTSTART").map(ics_date).transpose()?,
            end: ev.property("DTEND").map(ics_date).transpose()?,
            summary: ev.text("SUMMARY").map(|s| s.trim().to_owned()),
            repeats: ev.property("RRULE").is_some() || ev.property("RDATE").is_some(),
            cancelled: ev
                .property("STATUS")
                .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED")),
        };
        finish_event(event, &mut file)?;
        if file.skipped.len() > MAX_DAYS {
            return Err(too_many());
        }
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mainland_json_with_make_up_days() {
        let f = read(
            r#"{"year": 2027, "days": [
            {"name": "春节", "date": "2027-02-06", "isOffDay": true},
            {"name": "春节", "date": "2027-02-14", "isOffDay": false}]}"#
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(f.year, Some((2027, 1)));
        assert_eq!(f.days.len(), 2);
        assert_eq!(f.days[1].kind, EntryKind::MakeUpWorkday);
        assert_eq!(f.days[1].line, 3);
    }

    #[test]
    fn a_bad_date_is_refused_by_line() {
        let e = read(b"[\n {\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n {\"date\": \"2027-02-30\", \"name\": \"X\"}\n]").unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(
            e.problem,
            HolidayProblem::BadDate {
                text: "2027-02-30".into()
            }
        );
    }

    #[test]
    fn a_repeated_date_is_found_on_its_own_line() {
        let f = read(b"[\n {\"date\": \"2027-01-01\", \"name\": \"A\"},\n {\"date\": \"2027-01-01\", \"name\": \"B\"}\n]").unwrap();
        assert_eq!((f.days[0].line, f.days[1].line), (2, 3));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let f = read(b"\xEF\xBB\xBF[{\"date\": \"2027-01-01\", \"name\": \"A\"}]").unwrap();
        assert_eq!(f.days.len(), 1);
        let f = read(b"\xEF\xBB\xBFBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").unwrap();
        assert_eq!(f.days.len(), 1);
    }

    #[test]
    fn an_ics_range_covers_each_day_and_a_fold_inside_a_character_is_rejoined() {
        // 春 is E6 98 A5; the fold splits it after its first byte.
        let mut ics = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xE6\r\n \x98\xA5\xE8\x8A\x82\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270209\r\nEND:VEVENT\r\n".to_vec();
        ics.extend_from_slice(b"BEGIN:VEVENT\r\nSUMMARY:\xE4\xB8\x8A\xE7\x8F\xAD\r\nDTSTART;VALUE=DATE:20270214\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        let f = read(&ics).unwrap();
        assert_eq!(f.days.len(), 4);
        assert_eq!(f.days[0].name, "春节");
        assert_eq!(f.days[2].date.to_string(), "2027-02-08");
        assert_eq!(f.days[3].kind, EntryKind::MakeUpWorkday);
    }

    #[test]
    fn timed_and_repeating_events_are_set_aside() {
        let ics = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Board meeting\nDTSTART:20270105T090000Z\nDTEND:20270105T100000Z\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Every Friday\nDTSTART;VALUE=DATE:20270108\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR\n";
        let f = read(ics).unwrap();
        assert!(f.days.is_empty());
        assert_eq!(f.skipped.len(), 2);
        assert_eq!(f.skipped[0].reason, SkipReason::Timed);
        assert_eq!(f.skipped[0].line, 2);
        assert_eq!(f.skipped[0].summary, "Board meeting");
        assert_eq!(f.skipped[1].reason, SkipReason::Repeating);
    }

    #[test]
    fn a_long_event_is_refused_not_cut() {
        let ics = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Summer\nDTSTART;VALUE=DATE:20270701\nDTEND;VALUE=DATE:20270901\nEND:VEVENT\nEND:VCALENDAR\n";
        let e = read(ics).unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(
            e.problem,
            HolidayProblem::EventTooLong {
                summary: "Summer".into(),
                days: 62,
                max: 31
            }
        );
    }

    #[test]
    fn sizes_and_names_are_bounded() {
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(
            read(&big).unwrap_err().problem,
            HolidayProblem::FileTooLarge { .. }
        ));
        let long = format!(
            r#"[{{"date": "2027-01-01", "name": "{}"}}]"#,
            "x".repeat(201)
        );
        assert_eq!(
            read(long.as_bytes()).unwrap_err().problem,
            HolidayProblem::NameTooLong { max: 200 }
        );
        let control =
            read("[{\"date\": \"2027-01-01\", \"name\": \"Good Friday\\u0080\"}]".as_bytes())
                .unwrap();
        assert_eq!(control.days[0].name, "Good Friday");
        let many = format!(
            "[{}]",
            vec![r#"{"date": "2027-01-01", "name": "A"}"#; MAX_DAYS + 1].join(",")
        );
        assert_eq!(
            read(many.as_bytes()).unwrap_err().problem,
            HolidayProblem::TooManyDays { max: 5000 }
        );
    }
}
