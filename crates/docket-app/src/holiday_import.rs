//! Reading a holiday list the clerk imports: the Mainland notice as JSON (`{"days": [{"name", "date",
//! "isOffDay"}]}`), the Hong Kong 1823 feed as JSON (`[{"date", "name"}]`), or an .ics feed of all-day
//! events (multi-day events cover every day up to their exclusive end; a summary starting with 上班 or
//! 补班 is a make-up working day). Any bad entry refuses the whole file, naming its line.

use docket_domain::deadline::EntryKind;
use docket_domain::time::CivilDate;

/// One day read from a file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDay {
    pub date: CivilDate,
    pub kind: EntryKind,
    pub name: String,
}

/// Why a file was refused: the 1-based line (0 when the file as a whole is unreadable) and what was
/// wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: u32,
    pub detail: String,
}

fn problem(line: u32, detail: impl Into<String>) -> ImportProblem {
    ImportProblem {
        line,
        detail: detail.into(),
    }
}

/// Reads every day in `bytes`, or the first problem.
pub fn read(bytes: &[u8]) -> Result<Vec<ImportedDay>, ImportProblem> {
    let head = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF)
        .copied();
    match head {
        Some(b'[') | Some(b'{') => read_json(bytes),
        Some(b'B') => read_ics(bytes),
        _ => Err(problem(0, "not a JSON holiday list or an iCalendar file")),
    }
}

fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| u32::try_from(i + 1).unwrap_or(u32::MAX))
}

fn read_json(bytes: &[u8]) -> Result<Vec<ImportedDay>, ImportProblem> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| problem(0, format!("not UTF-8 text: {e}")))?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| problem(u32::try_from(e.line()).unwrap_or(0), e.to_string()))?;
    let items = match &value {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(o) => match o.get("days") {
            Some(serde_json::Value::Array(a)) => a,
            _ => return Err(problem(1, "expected a \"days\" list")),
        },
        _ => return Err(problem(1, "expected a list of days")),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let date_text = item
            .get("date")
            .and_then(|d| d.as_str())
            .unwrap_or_default();
        let line = line_of(text, &format!("\"{date_text}\"")).max(1);
        let date: CivilDate = date_text
            .parse()
            .map_err(|_| problem(line, format!("“{date_text}” is not a date YYYY-MM-DD")))?;
        let name = item
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .ok_or_else(|| problem(line, "the day has no name"))?;
        let kind = match item.get("isOffDay") {
            None | Some(serde_json::Value::Bool(true)) => EntryKind::DayOff,
            Some(serde_json::Value::Bool(false)) => EntryKind::MakeUpWorkday,
            Some(other) => {
                return Err(problem(
                    line,
                    format!("isOffDay is {other}, not true or false"),
                ));
            }
        };
        out.push(ImportedDay {
            date,
            kind,
            name: name.to_owned(),
        });
    }
    Ok(out)
}

/// Unfolds content lines (RFC 5545 §3.1) on bytes, so a fold inside a UTF-8 character is rejoined
/// before decoding. Returns each logical line with the number of its first physical line.
fn unfold(bytes: &[u8]) -> Vec<(u32, Vec<u8>)> {
    let mut out: Vec<(u32, Vec<u8>)> = Vec::new();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        match (raw.first(), out.last_mut()) {
            (Some(b' ') | Some(b'\t'), Some((_, last))) => last.extend_from_slice(&raw[1..]),
            _ if raw.is_empty() => {}
            _ => out.push((n, raw.to_vec())),
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn ics_date(line: u32, value: &str) -> Result<CivilDate, ImportProblem> {
    let v = value.trim();
    let digits = v.get(..8).filter(|d| d.chars().all(|c| c.is_ascii_digit()));
    let Some(d) = digits else {
        return Err(problem(line, format!("“{v}” is not a date")));
    };
    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])
        .parse()
        .map_err(|_| problem(line, format!("“{v}” is not a date")))
}

fn read_ics(bytes: &[u8]) -> Result<Vec<ImportedDay>, ImportProblem> {
    let mut out = Vec::new();
    let mut in_event = false;
    let (mut start, mut end, mut summary, mut event_line) = (None, None, None, 0u32);
    for (line, raw) in unfold(bytes) {
        let text =
            String::from_utf8(raw).map_err(|_| problem(line, "the line is not valid UTF-8"))?;
        let (name_params, value) = text
            .split_once(':')
            .ok_or_else(|| problem(line, "a content line needs NAME:VALUE"))?;
        let name = name_params
            .split(';')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        match name.as_str() {
            "BEGIN" if value.eq_ignore_ascii_case("VEVENT") => {
                in_event = true;
                (start, end, summary, event_line) = (None, None, None, line);
            }
            "END" if value.eq_ignore_ascii_case("VEVENT") => {
                in_event = false;
                let first: CivilDate =
                    start.ok_or_else(|| problem(event_line, "the event has no DTSTART"))?;
                let last_exclusive = match end {
                    Some(e) => e,
                    None => first
                        .add_days(1)
                        .map_err(|_| problem(event_line, "the event's date is out of range"))?,
                };
                let title: String = summary
                    .clone()
                    .ok_or_else(|| problem(event_line, "the event has no SUMMARY"))?;
                let kind = if title.starts_with("上班")
                    || title.starts_with("补班")
                    || title.starts_with("補班")
                {
                    EntryKind::MakeUpWorkday
                } else {
                    EntryKind::DayOff
                };
                let mut d = first;
                let mut guard = 0;
                while d < last_exclusive && guard < 60 {
                    out.push(ImportedDay {
                        date: d,
                        kind,
                        name: title.clone(),
                    });
                    d = d
                        .add_days(1)
                        .map_err(|_| problem(event_line, "the event's date is out of range"))?;
                    guard += 1;
                }
            }
            "DTSTART" if in_event => start = Some(ics_date(line, value)?),
            "DTEND" if in_event => end = Some(ics_date(line, value)?),
            "SUMMARY" if in_event => summary = Some(unescape(value).trim().to_owned()),
            _ => {}
        }
    }
    if out.is_empty() {
        return Err(problem(0, "the file contains no all-day events"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mainland_json_with_make_up_days() {
        let days = read(
            r#"{"year": 2027, "days": [
            {"name": "春节", "date": "2027-02-06", "isOffDay": true},
            {"name": "春节", "date": "2027-02-14", "isOffDay": false}]}"#
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].kind, EntryKind::MakeUpWorkday);
    }

    #[test]
    fn a_bad_date_is_refused_by_line() {
        let e = read(b"[\n {\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n {\"date\": \"2027-02-30\", \"name\": \"X\"}\n]").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.detail.contains("2027-02-30"));
    }

    #[test]
    fn an_ics_range_covers_each_day_and_a_fold_inside_a_character_is_rejoined() {
        // 春 is E6 98 A5; the fold splits it after its first byte.
        let mut ics = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xE6\r\n \x98\xA5\xE8\x8A\x82\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270209\r\nEND:VEVENT\r\n".to_vec();
        ics.extend_from_slice(b"BEGIN:VEVENT\r\nSUMMARY:\xE4\xB8\x8A\xE7\x8F\xAD\r\nDTSTART;VALUE=DATE:20270214\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        let days = read(&ics).unwrap();
        assert_eq!(days.len(), 4);
        assert_eq!(days[0].name, "春节");
        assert_eq!(days[2].date.to_string(), "2027-02-08");
        assert_eq!(days[3].kind, EntryKind::MakeUpWorkday);
    }
}
