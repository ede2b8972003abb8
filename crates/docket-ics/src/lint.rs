//! Checks a written file for what breaks real clients: CRLF endings, physical lines of at most 75
//! octets, valid UTF-8 on every physical line, VERSION and PRODID, UID and DTSTAMP on every event,
//! and a VTIMEZONE for every TZID used.

use std::collections::BTreeSet;

/// One problem, with its physical line number (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub what: String,
}

/// Lints a whole file.
pub fn lint(bytes: &[u8]) -> Vec<Problem> {
    let mut l = Linter::new();
    l.feed(bytes);
    l.finish()
}

/// The lint over a file read in pieces (as it is written): feed every piece in order, then
/// `finish`. Pieces may end anywhere, even inside a character.
#[derive(Default)]
pub struct Linter {
    problems: Vec<Problem>,
    /// Physical lines seen.
    n: usize,
    /// The start of a physical line whose end has not come yet.
    carry: Vec<u8>,
    /// The logical line being unfolded.
    current: String,
    state: Logical,
}

impl std::fmt::Debug for Linter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Linter")
            .field("lines", &self.n)
            .field("problems", &self.problems.len())
            .finish()
    }
}

impl Linter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the next piece of the file.
    pub fn feed(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        if !self.carry.is_empty() {
            match rest.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    let mut line = std::mem::take(&mut self.carry);
                    line.extend_from_slice(&rest[..=i]);
                    self.physical(&line);
                    line.clear();
                    self.carry = line;
                    rest = &rest[i + 1..];
                }
                None => {
                    self.carry.extend_from_slice(rest);
                    return;
                }
            }
        }
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.physical(&rest[..=i]);
            rest = &rest[i + 1..];
        }
        self.carry.extend_from_slice(rest);
    }

    /// One physical line, with its line feed if it has one.
    fn physical(&mut self, raw: &[u8]) {
        self.n += 1;
        let n = self.n;
        let mut push = |what: String| self.problems.push(Problem { line: n, what });
        let l = match raw {
            [body @ .., b'\r', b'\n'] => body,
            [body @ .., b'\n'] => {
                push("line does not end with CRLF (a bare LF)".into());
                body
            }
            body => {
                push("line does not end with CRLF".into());
                body
            }
        };
        if l.len() > 75 {
            push(format!("{} octets (more than 75)", l.len()));
        }
        let text = match std::str::from_utf8(l) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                push("not valid UTF-8 on its own (a character split by folding?)".into());
                String::from_utf8_lossy(l)
            }
        };
        if l.contains(&b'\r') {
            push("bare CR or LF".into());
        }
        match text.strip_prefix([' ', '\t']) {
            Some(more) => self.current.push_str(more),
            None => {
                let mut push =
                    |line: usize, what: String| self.problems.push(Problem { line, what });
                self.state.take(&self.current, &mut push);
                self.current.clear();
                self.current.push_str(&text);
            }
        }
    }

    /// What was found, once the whole file has been fed.
    pub fn finish(mut self) -> Vec<Problem> {
        if !self.carry.is_empty() {
            let last = std::mem::take(&mut self.carry);
            self.physical(&last);
        }
        let mut out = self.problems;
        let mut push = |line: usize, what: String| out.push(Problem { line, what });
        let mut state = self.state;
        state.take(&self.current, &mut push);
        if !state.version {
            push(0, "no VERSION:2.0".into());
        }
        if !state.prodid {
            push(0, "no PRODID".into());
        }
        for z in state.used.difference(&state.defined) {
            push(0, format!("TZID {z} has no VTIMEZONE"));
        }
        out
    }
}

/// What the lint tracks across logical lines.
#[derive(Default)]
struct Logical {
    version: bool,
    prodid: bool,
    defined: BTreeSet<String>,
    used: BTreeSet<String>,
    in_event: bool,
    uid: u32,
    stamp: u32,
}

impl Logical {
    fn take(&mut self, l: &str, push: &mut impl FnMut(usize, String)) {
        if l.is_empty() {
            return;
        }
        self.version |= l.starts_with("VERSION:2.0");
        self.prodid |= l.starts_with("PRODID:");
        if let Some(t) = l.strip_prefix("TZID:") {
            self.defined.insert(t.to_owned());
        }
        if let Some(i) = l.find(";TZID=") {
            let rest = &l[i + 6..];
            let end = rest.find([':', ';']).unwrap_or(rest.len());
            let name = rest[..end].trim_matches('"');
            if !self.used.contains(name) {
                self.used.insert(name.to_owned());
            }
        }
        match l {
            "BEGIN:VEVENT" => {
                self.in_event = true;
                self.uid = 0;
                self.stamp = 0;
            }
            "END:VEVENT" => {
                if self.uid != 1 || self.stamp != 1 {
                    push(
                        0,
                        format!(
                            "an event has {} UID and {} DTSTAMP lines",
                            self.uid, self.stamp
                        ),
                    );
                }
                self.in_event = false;
            }
            _ if self.in_event && l.starts_with("UID:") => self.uid += 1,
            _ if self.in_event && l.starts_with("DTSTAMP:") => {
                self.stamp += 1;
                if !l.ends_with('Z') {
                    push(0, "DTSTAMP not in UTC".into());
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_read_in_pieces_gets_the_same_findings() {
        let text = format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:{}\r\n {}\nDTSTART;TZID=Europe/Berlin:20260101T090000\r\nEND:VEVENT\r\nEND:VCALENDAR",
            "仲裁".repeat(20),
            "聆訊"
        );
        let whole = lint(text.as_bytes());
        assert!(whole.len() >= 5, "{whole:?}");
        for size in [1, 2, 3, 7, 64] {
            let mut l = Linter::new();
            for piece in text.as_bytes().chunks(size) {
                l.feed(piece);
            }
            assert_eq!(l.finish(), whole, "pieces of {size}");
        }
    }

    #[test]
    fn the_lint_names_what_would_break_a_client() {
        let bad = format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Asia/Hong_Kong:20260323T160000\r\nSUMMARY:{}\r\nEND:VEVENT\r\nEND:VCALENDAR\n",
            "x".repeat(80)
        );
        let found: Vec<String> = lint(bad.as_bytes()).into_iter().map(|p| p.what).collect();
        for expected in [
            "octets",
            "CRLF",
            "VERSION",
            "PRODID",
            "0 UID",
            "Asia/Hong_Kong has no VTIMEZONE",
        ] {
            assert!(
                found.iter().any(|f| f.contains(expected)),
                "{expected}: {found:?}"
            );
        }
        let good = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(lint(good.as_bytes()), vec![]);
    }
}
