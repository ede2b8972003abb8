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
    let mut physical: Vec<&[u8]> = Vec::new();
    let mut rest = bytes;
    let mut n = 0;
    while !rest.is_empty() {
        n += 1;
        match rest.windows(2).position(|w| w == b"\r\n") {
            Some(i) => {
                physical.push(&rest[..i]);
                rest = &rest[i + 2..];
            }
            None => {
                push(n, "line does not end with CRLF".into());
                physical.push(rest);
                rest = &[];
            }
        }
    }
    for (i, l) in physical.iter().enumerate() {
        if l.len() > 75 {
            push(i + 1, format!("{} octets (more than 75)", l.len()));
        }
        if std::str::from_utf8(l).is_err() {
            push(
                i + 1,
                "not valid UTF-8 on its own (a character split by folding?)".into(),
            );
        }
        if l.contains(&b'\n') || l.contains(&b'\r') {
            push(i + 1, "bare CR or LF".into());
        }
    }
    // Logical lines: physical lines joined where a continuation (space or TAB) follows.
    let mut lines: Vec<String> = Vec::new();
    for l in &physical {
        let text = String::from_utf8_lossy(l);
        match (text.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(text.into_owned()),
        }
    }
    let has = |p: &str| lines.iter().any(|l| l.starts_with(p));
    if !has("VERSION:2.0") {
        push(0, "no VERSION:2.0".into());
    }
    if !has("PRODID:") {
        push(0, "no PRODID".into());
    }
    let mut defined = BTreeSet::new();
    let mut used = BTreeSet::new();
    let (mut in_event, mut uid, mut stamp) = (false, 0, 0);
    for l in &lines {
        let l = l.as_str();
        if let Some(t) = l.strip_prefix("TZID:") {
            defined.insert(t.to_owned());
        }
        if let Some(i) = l.find(";TZID=") {
            let rest = &l[i + 6..];
            let end = rest.find([':', ';']).unwrap_or(rest.len());
            used.insert(rest[..end].trim_matches('"').to_owned());
        }
        match l {
            "BEGIN:VEVENT" => {
                in_event = true;
                uid = 0;
                stamp = 0;
            }
            "END:VEVENT" => {
                if uid != 1 || stamp != 1 {
                    push(
                        0,
                        format!("an event has {uid} UID and {stamp} DTSTAMP lines"),
                    );
                }
                in_event = false;
            }
            _ if in_event && l.starts_with("UID:") => uid += 1,
            _ if in_event && l.starts_with("DTSTAMP:") => {
                stamp += 1;
                if !l.ends_with('Z') {
                    push(0, "DTSTAMP not in UTC".into());
                }
            }
            _ => {}
        }
    }
    for z in used.difference(&defined) {
        push(0, format!("TZID {z} has no VTIMEZONE"));
    }
    out
}
