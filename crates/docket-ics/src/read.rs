//! Reading iCalendar files as clients really write them: LF or CRLF, continuation lines folded with a
//! space or a TAB, quoted parameters with commas and colons, a BOM, blank lines. Nothing here panics on
//! bad input: a line that cannot be read is reported with its line number and the rest is read.
//!
//! Hostile files are bounded: components nested deeper than [`MAX_DEPTH`], content lines longer
//! than [`MAX_LINE_OCTETS`] and events beyond [`MAX_EVENTS`] are skipped and reported with their line.
//! Reading keeps its own stack and a [`Component`] is dropped without recursion, so no input depth
//! reaches the thread's stack.

/// The deepest nesting of components read (a calendar is three deep: VCALENDAR, VEVENT, VALARM).
pub const MAX_DEPTH: usize = 16;
/// The longest content line read, after unfolding (an inline attachment can be long; 1 MiB).
pub const MAX_LINE_OCTETS: usize = 1 << 20;
/// The most events read from one file (a whole centre's export holds about 100,000).
pub const MAX_EVENTS: usize = 250_000;

/// One content line, unfolded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The physical line it starts on (1-based).
    pub line: usize,
    pub name: String,
    pub params: Vec<(String, String)>,
    pub value: String,
}

impl Line {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A component (VCALENDAR, VEVENT, VTIMEZONE, STANDARD…) with its properties and children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Component {
    pub name: String,
    pub line: usize,
    pub properties: Vec<Line>,
    pub children: Vec<Component>,
}

impl Drop for Component {
    /// Drops the tree with a work list instead of recursion: however deep a tree was built, its
    /// drop does not grow the thread's stack.
    fn drop(&mut self) {
        // Children without children of their own (a calendar's events, mostly) are dropped as
        // usual, one level deep; anything deeper goes on a work list.
        if self.children.iter().all(|c| c.children.is_empty()) {
            return;
        }
        let mut pending = std::mem::take(&mut self.children);
        while let Some(mut c) = pending.pop() {
            pending.append(&mut c.children);
        }
    }
}

impl Component {
    pub fn property(&self, name: &str) -> Option<&Line> {
        self.properties
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
    }

    pub fn all(&self, name: &str) -> impl Iterator<Item = &Line> {
        self.properties
            .iter()
            .filter(move |p| p.name.eq_ignore_ascii_case(name))
    }

    pub fn components(&self, name: &str) -> impl Iterator<Item = &Component> {
        self.children
            .iter()
            .filter(move |c| c.name.eq_ignore_ascii_case(name))
    }

    /// A TEXT property's value, unescaped.
    pub fn text(&self, name: &str) -> Option<String> {
        self.property(name).map(|p| unescape(&p.value))
    }
}

/// Something that could not be read, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub what: String,
    /// Part of the file was not read (a line, a component, an event); `false` for a remark on how
    /// the file was written that lost nothing (a character split by folding and rejoined, an END
    /// that closes nothing, a component never closed but kept).
    pub skipped: bool,
}

/// Undoes TEXT escaping (`\\n`, `\\,`, `\\;`, `\\\\`).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits the bytes into unfolded logical lines, each with the number of its first physical line.
/// Invalid UTF-8 is reported and the line skipped; so is a line longer than [`MAX_LINE_OCTETS`].
fn logical_lines(bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<(usize, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The line's number, its octets, and the octets it would have had (more than the limit: skipped).
    let mut out: Vec<(usize, Vec<u8>, usize)> = Vec::new();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if std::str::from_utf8(raw).is_err() {
            // Flagged even when the joined line is valid: the writer folded inside a character.
            problems.push(Problem {
                line: i + 1,
                what: "this physical line is not valid UTF-8 on its own".into(),
                skipped: false,
            });
        }
        match raw.first() {
            Some(b' ' | b'\t') => {
                if let Some(last) = out.last_mut() {
                    let more = raw.get(1..).unwrap_or_default();
                    last.2 = last.2.saturating_add(more.len());
                    if last.2 <= MAX_LINE_OCTETS {
                        last.1.extend_from_slice(more);
                    }
                }
            }
            None => {}
            Some(_) => out.push((i + 1, raw.to_vec(), raw.len())),
        }
    }
    out.into_iter()
        .filter_map(|(n, b, octets)| {
            if octets > MAX_LINE_OCTETS {
                problems.push(Problem {
                    line: n,
                    what: format!(
                        "a content line of {octets} octets (more than {MAX_LINE_OCTETS}): skipped"
                    ),
                    skipped: true,
                });
                return None;
            }
            match String::from_utf8(b) {
                Ok(s) => Some((n, s)),
                Err(_) => {
                    problems.push(Problem {
                        line: n,
                        what: "not valid UTF-8 (a character split by line folding?)".into(),
                        skipped: true,
                    });
                    None
                }
            }
        })
        .collect()
}

/// Parses `NAME;P1=a;P2="b,c":value`.
fn content_line(n: usize, s: &str) -> Option<Line> {
    let mut i = 0;
    let b = s.as_bytes();
    while i < b.len() && b[i] != b';' && b[i] != b':' {
        i += 1;
    }
    let name = s.get(..i)?.trim().to_ascii_uppercase();
    if name.is_empty() || i >= b.len() {
        return None;
    }
    let mut params = Vec::new();
    while i < b.len() && b[i] == b';' {
        i += 1;
        let start = i;
        while i < b.len() && b[i] != b'=' && b[i] != b':' && b[i] != b';' {
            i += 1;
        }
        let key = s.get(start..i)?.trim().to_ascii_uppercase();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            loop {
                if i < b.len() && b[i] == b'"' {
                    let q = i + 1;
                    i = q;
                    while i < b.len() && b[i] != b'"' {
                        i += 1;
                    }
                    value.push_str(s.get(q..i)?);
                    i = (i + 1).min(b.len());
                } else {
                    let v = i;
                    while i < b.len() && b[i] != b';' && b[i] != b':' && b[i] != b',' {
                        // A backslash-escaped separator stays in the value (written by Exchange CDO).
                        if b[i] == b'\\' && i + 1 < b.len() {
                            i += 1;
                        }
                        i += 1;
                    }
                    value.push_str(&s.get(v..i)?.replace("\\,", ","));
                }
                if i < b.len() && b[i] == b',' {
                    value.push(',');
                    i += 1;
                    continue;
                }
                break;
            }
        }
        params.push((key, value));
    }
    if i >= b.len() || b[i] != b':' {
        return None;
    }
    Some(Line {
        line: n,
        name,
        params,
        value: s.get(i + 1..)?.to_owned(),
    })
}

/// Reads a file into its top-level components (usually one VCALENDAR), with every problem found.
pub fn parse(bytes: &[u8]) -> (Vec<Component>, Vec<Problem>) {
    let mut problems = Vec::new();
    let lines = logical_lines(bytes, &mut problems);
    let mut stack: Vec<Component> = Vec::new();
    let mut done = Vec::new();
    // Inside a component being skipped (too deep, or an event past the limit): how many ENDs remain.
    let mut skipping = 0usize;
    let mut events = 0usize;
    // The problem that reports the events past the limit, and how many there were.
    let mut too_many: Option<(usize, usize)> = None;
    for (n, text) in lines {
        let Some(line) = content_line(n, &text) else {
            if skipping == 0 {
                problems.push(Problem {
                    line: n,
                    what: format!(
                        "not a content line: {}",
                        text.chars().take(40).collect::<String>()
                    ),
                    skipped: true,
                });
            }
            continue;
        };
        if skipping > 0 {
            match line.name.as_str() {
                "BEGIN" => skipping += 1,
                "END" => skipping -= 1,
                _ => {}
            }
            continue;
        }
        match line.name.as_str() {
            "BEGIN" => {
                let name = line.value.trim().to_ascii_uppercase();
                if stack.len() >= MAX_DEPTH {
                    problems.push(Problem {
                        line: n,
                        what: format!(
                            "BEGIN:{name} is nested more than {MAX_DEPTH} deep: skipped with everything inside it"
                        ),
                        skipped: true,
                    });
                    skipping = 1;
                    continue;
                }
                if name == "VEVENT" {
                    if events >= MAX_EVENTS {
                        match &mut too_many {
                            Some((_, count)) => *count += 1,
                            None => {
                                too_many = Some((problems.len(), 1));
                                problems.push(Problem {
                                    line: n,
                                    what: String::new(),
                                    skipped: true,
                                });
                            }
                        }
                        skipping = 1;
                        continue;
                    }
                    events += 1;
                }
                stack.push(Component {
                    name,
                    line: n,
                    properties: Vec::new(),
                    children: Vec::new(),
                });
            }
            "END" => {
                let Some(c) = stack.pop() else {
                    problems.push(Problem {
                        line: n,
                        what: format!("END:{} without BEGIN", line.value),
                        skipped: false,
                    });
                    continue;
                };
                if !c.name.eq_ignore_ascii_case(line.value.trim()) {
                    problems.push(Problem {
                        line: n,
                        what: format!(
                            "END:{} closes BEGIN:{} (line {})",
                            line.value, c.name, c.line
                        ),
                        skipped: false,
                    });
                }
                match stack.last_mut() {
                    Some(parent) => parent.children.push(c),
                    None => done.push(c),
                }
            }
            _ => match stack.last_mut() {
                Some(c) => c.properties.push(line),
                None => problems.push(Problem {
                    line: n,
                    what: "a property outside any component".into(),
                    skipped: true,
                }),
            },
        }
    }
    if let Some((i, count)) = too_many
        && let Some(p) = problems.get_mut(i)
    {
        p.what = format!(
            "more than {MAX_EVENTS} events in the file: this one and the {} after it are skipped",
            count - 1
        );
    }
    // Unclosed components are reported, innermost first, and kept apart from their parents.
    while let Some(c) = stack.pop() {
        problems.push(Problem {
            line: c.line,
            what: format!("BEGIN:{} is never closed", c.name),
            skipped: false,
        });
        done.push(c);
    }
    (done, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_quoted_and_escaped_lines_are_read_back() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\r\nDTSTART;TZID=\"Kuala Lumpur, Singapore\":20081031T093000\r\nSUMMARY:仲裁\\,聆訊\\;第一日\\n\r\n\t下午\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let (cals, problems) = parse(text.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
        let ev = &cals[0].children[0];
        assert_eq!(
            ev.property("DTSTART").unwrap().param("TZID"),
            Some("Kuala Lumpur, Singapore")
        );
        assert_eq!(ev.text("SUMMARY").unwrap(), "仲裁,聆訊;第一日\n下午");
    }

    #[test]
    fn what_we_write_reads_back() {
        let mut w = crate::write::Writer::new();
        w.raw("BEGIN:VCALENDAR");
        w.text("SUMMARY", &"含逗号, 分号; 反斜杠\\ 换行\n".repeat(20));
        w.raw("END:VCALENDAR");
        let text = w.finish();
        let (cals, problems) = parse(text.as_bytes());
        assert!(problems.is_empty());
        assert_eq!(
            cals[0].text("SUMMARY").unwrap(),
            "含逗号, 分号; 反斜杠\\ 换行\n".repeat(20)
        );
    }

    #[test]
    fn broken_input_is_reported_never_a_panic() {
        let bad: &[&[u8]] = &[
            b"",
            b"BEGIN:VCALENDAR",
            b"END:VEVENT\r\nX",
            b"BEGIN:VCALENDAR\r\n\xE4\xBB\r\n \xB2\r\nEND:VCALENDAR\r\n",
            b"BEGIN:VCALENDAR\r\nDTSTART;TZID=\"unterminated:2026\r\nEND:VCALENDAR\r\n",
            b";;;:::\r\n\"\r\n",
        ];
        for b in bad {
            let _ = parse(b);
        }
        let (_, problems) = parse(b"BEGIN:VCALENDAR\r\nnot a line\r\n");
        assert_eq!(problems[0].line, 2);
    }
}
