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

pub fn lint(bytes: &[u8]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |line: usize, what: String| out.push(Problem { line, what });
    // One pass over the physical lines: octet, UTF-8 and line-ending checks, then unfolding into
    // logical lines for the structural checks.
    let mut state = Logical::default();
    let mut current = String::new();
    let mut rest = bytes;
    let mut n = 0;
    while !rest.is_empty() {
        n += 1;
        let (l, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) if i > 0 && rest[i - 1] == b'\r' => (&rest[..i - 1], &rest[i + 1..]),
            Some(i) => {
                push(n, "line does not end with CRLF (a bare LF)".into());
                (&rest[..i], &rest[i + 1..])
            }
            None => {
                push(n, "line does not end with CRLF".into());
                (rest, &[][..])
            }
        };
        rest = next;
        if l.len() > 75 {
            push(n, format!("{} octets (more than 75)", l.len()));
        }
        let text = match std::str::from_utf8(l) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                push(
                    n,
                    "not valid UTF-8 on its own (a character split by folding?)".into(),
                );
                String::from_utf8_lossy(l)
            }
        };
        if l.contains(&b'\r') {
            push(n, "bare CR or LF".into());
        }
        match text.strip_prefix([' ', '\t']) {
            Some(more) => current.push_str(more),
            None => {
                state.take(&current, &mut push);
                current.clear();
                current.push_str(&text);
            }
        }
    }
    state.take(&current, &mut push);
    if !state.version {
        push(0, "no VERSION:2.0".into());
    }
    if !state.prodid {
        push(0, "no PRODID".into());
    }
    let (defined, used) = (state.defined, state.used);
    for z in used.difference(&defined) {
        push(0, format!("TZID {z} has no VTIMEZONE"));
    }
    out
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
