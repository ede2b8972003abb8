//! Content lines: names, parameters, values; TEXT escaping; folding at 75 octets.

use docket_domain::time::{CivilDate, Instant, LocalDateTime};

/// `true` when `s` may hold a control character (U+0000–U+001F, U+007F, or U+0080–U+009F, whose
/// UTF-8 starts with 0xC2): the cheap test before the exact one.
fn suspect(s: &str) -> bool {
    s.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xC2)
}

/// Appends `s` without its control characters (CR and LF among them): a value written as it is
/// can never end the content line or start another.
fn push_clean(out: &mut String, s: &str) {
    if suspect(s) {
        out.extend(s.chars().filter(|c| !c.is_control()));
    } else {
        out.push_str(s);
    }
}

/// Appends `s` escaped as TEXT (backslash, semicolon, comma, newline; a CR and any other control
/// character but TAB are dropped). The characters to escape are ASCII, so the runs between them are
/// found with a vectorised search and copied as whole slices.
fn escape_into(out: &mut String, s: &str) {
    let stray = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if suspect(s) && s.chars().any(stray) {
        let clean: String = s.chars().filter(|c| !stray(*c)).collect();
        escape_clean_into(out, &clean);
    } else {
        escape_clean_into(out, s);
    }
}

/// [`escape_into`] for text without control characters other than TAB, LF and CR.
fn escape_clean_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    loop {
        let rest = bytes.get(from..).unwrap_or_default();
        let next = match (
            memchr::memchr3(b'\\', b';', b',', rest),
            memchr::memchr2(b'\n', b'\r', rest),
        ) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        let i = from + next;
        let replacement = match bytes.get(i) {
            Some(b'\\') => "\\\\",
            Some(b';') => "\\;",
            Some(b',') => "\\,",
            Some(b'\n') => "\\n",
            _ => "",
        };
        out.push_str(s.get(from..i).unwrap_or_default());
        out.push_str(replacement);
        from = i + 1;
    }
    out.push_str(s.get(from..).unwrap_or_default());
}

/// Appends a parameter value: quoted when it holds `:`, `;` or `,`, without `"` or control characters.
fn push_param(out: &mut String, s: &str) {
    let b = s.as_bytes();
    let quote = memchr::memchr3(b':', b';', b',', b).is_some();
    if quote {
        out.push('"');
    }
    // Control characters are U+0000–U+001F, U+007F and U+0080–U+009F (0xC2 0x80–0x9F in UTF-8).
    if b.contains(&b'"') || suspect(s) {
        out.extend(s.chars().filter(|c| *c != '"' && !c.is_control()));
    } else {
        out.push_str(s);
    }
    if quote {
        out.push('"');
    }
}

/// Appends `n` as two decimal digits (or more when larger).
fn push_2(out: &mut String, n: u32) {
    if n < 100 {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    } else {
        out.push_str(&n.to_string());
    }
}

/// Appends a year as four digits (a sign and more digits outside 0..=9999).
fn push_year(out: &mut String, y: i32) {
    if (0..10_000).contains(&y) {
        let y = y as u32;
        push_2(out, y / 100);
        push_2(out, y % 100);
    } else {
        out.push_str(&format!("{y:04}"));
    }
}

/// Appends `20260323` for a date.
fn push_date(out: &mut String, d: CivilDate) {
    push_year(out, d.year());
    push_2(out, d.month());
    push_2(out, d.day());
}

/// Appends `20260323T160000` for a wall time.
pub fn push_local(out: &mut String, l: LocalDateTime) {
    push_date(out, l.date());
    out.push('T');
    let m = l.minute_of_day();
    push_2(out, m / 60);
    push_2(out, m % 60);
    push_2(out, l.second());
}

/// `20260323T160000` (local, for a TZID-qualified value).
pub fn local(l: LocalDateTime) -> String {
    let mut out = String::with_capacity(15);
    push_local(&mut out, l);
    out
}

/// `20260323T080000Z`.
pub fn utc(i: Instant) -> String {
    i.to_rfc3339().replace(['-', ':'], "")
}

/// Accumulates folded content lines. A line is either written whole (`line`, `text`, `raw`) or
/// built in pieces: `begin`, any `param`s, `value`/`more`/`more_text`, then `end`.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
    /// Where the line being built begins.
    start: usize,
    /// A long line's octets while it is folded (kept to avoid an allocation per line).
    scratch: String,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for about `bytes` of output.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            out: String::with_capacity(bytes),
            ..Self::default()
        }
    }

    /// Octets written and not yet taken.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// Takes the complete lines written so far (the writer keeps its capacity for what follows).
    pub fn take(&mut self) -> String {
        let next = String::with_capacity(self.out.capacity());
        std::mem::replace(&mut self.out, next)
    }

    /// Starts a content line with its property name.
    pub fn begin(&mut self, name: &str) {
        self.start = self.out.len();
        push_clean(&mut self.out, name);
    }

    /// `;KEY=value`, the value quoted when needed.
    pub fn param(&mut self, key: &str, value: &str) {
        self.out.push(';');
        self.out.push_str(key);
        self.out.push('=');
        push_param(&mut self.out, value);
    }

    /// `;KEY=value` with a value that needs no quoting (a list such as `AUDIO,VIDEO` stays a list).
    pub fn param_raw(&mut self, key: &str, value: &str) {
        self.out.push(';');
        self.out.push_str(key);
        self.out.push('=');
        push_clean(&mut self.out, value);
    }

    /// `:` and the start of the value, written as it is (without control characters).
    pub fn value(&mut self, v: &str) {
        self.out.push(':');
        push_clean(&mut self.out, v);
    }

    /// More of the value, written as it is (without control characters).
    pub fn more(&mut self, v: &str) {
        push_clean(&mut self.out, v);
    }

    /// More of the value, escaped as TEXT.
    pub fn more_text(&mut self, v: &str) {
        escape_into(&mut self.out, v);
    }

    /// More of the value: a wall time in basic form.
    pub fn more_local(&mut self, l: LocalDateTime) {
        push_local(&mut self.out, l);
    }

    /// More of the value: a date in basic form.
    pub fn more_date(&mut self, d: CivilDate) {
        push_date(&mut self.out, d);
    }

    /// More of the value: a number.
    pub fn more_number(&mut self, n: u32) {
        if n < 10 {
            self.out.push(char::from(b'0' + n as u8));
        } else {
            self.out.push_str(&n.to_string());
        }
    }

    /// Ends the line begun with `begin`: as it is when it fits in 75 octets, folded otherwise.
    pub fn end(&mut self) {
        if self.out.len() - self.start <= 75 {
            self.out.push_str("\r\n");
        } else {
            self.scratch.clear();
            self.scratch.push_str(&self.out[self.start..]);
            self.out.truncate(self.start);
            fold_into(&mut self.out, &self.scratch);
        }
    }

    /// Writes `NAME;PARAM=V:value`, folded. Parameter values and `value` must already be quoted
    /// and escaped where needed.
    pub fn line(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        self.begin(name);
        for (k, v) in params {
            self.param_raw(k, v);
        }
        self.value(value);
        self.end();
    }

    /// `BEGIN:…` / `END:…` and other lines written as they are (without control characters).
    pub fn raw(&mut self, line: &str) {
        if suspect(line) {
            let clean: String = line.chars().filter(|c| !c.is_control()).collect();
            fold_into(&mut self.out, &clean);
        } else {
            fold_into(&mut self.out, line);
        }
    }

    /// A TEXT property.
    pub fn text(&mut self, name: &str, value: &str) {
        self.begin(name);
        self.value("");
        self.more_text(value);
        self.end();
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `line` folded to 75 octets per physical line (continuations start with a space), never
/// splitting a UTF-8 character, each ending in CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75usize;
    while rest.len() > limit {
        // The longest prefix that fits and ends on a character boundary.
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74; // the leading space counts
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_chinese_is_folded_between_characters() {
        let mut w = Writer::new();
        w.text("X", "a,b;c\\d\ne:f");
        assert_eq!(w.take(), "X:a\\,b\\;c\\\\d\\ne:f\r\n");
        w.text("SUMMARY", &"仲裁庭聆訊".repeat(40));
        let text = w.finish();
        for physical in text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("SUMMARY:{}", "仲裁庭聆訊".repeat(40))
        );
    }

    #[test]
    fn no_value_can_break_a_content_line() {
        let evil = "x@example.org\r\nATTENDEE:mailto:evil@example.com\u{0}\u{85}\u{7f}";
        let mut w = Writer::new();
        w.begin("ORGANIZER");
        w.param("CN", evil);
        w.param_raw("X", evil);
        w.value("mailto:");
        w.more(evil);
        w.end();
        w.line("CONFERENCE", &[("VALUE", "URI")], evil);
        w.raw(evil);
        w.text("SUMMARY", evil);
        // Characters whose UTF-8 starts like a C1 control's are kept.
        w.text("X-CHECK", "Bay Docket · 2027 £ °");
        let text = w.finish();
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(unfolded.matches("\r\n").count(), 5, "{unfolded}");
        assert_eq!(unfolded.matches('\n').count(), 5, "{unfolded}");
        assert!(
            unfolded.contains("X-CHECK:Bay Docket · 2027 £ °\r\n"),
            "{unfolded}"
        );
        assert!(
            !unfolded.contains(['\u{0}', '\u{85}', '\u{7f}']),
            "{unfolded}"
        );
        for line in unfolded.lines() {
            assert!(!line.starts_with("ATTENDEE"), "{line}");
        }
        assert!(unfolded.contains("SUMMARY:x@example.org\\nATTENDEE:mailto:evil@example.com\r\n"));
    }

    #[test]
    fn values_are_formatted_in_basic_form() {
        let l: LocalDateTime = "2026-03-23T16:00".parse().unwrap();
        assert_eq!(local(l), "20260323T160000");
        let i: Instant = "2026-03-23T08:00:00Z".parse().unwrap();
        assert_eq!(utc(i), "20260323T080000Z");
        let mut w = Writer::new();
        w.begin("X");
        w.param("CN", "Chan, Tai Man");
        w.value("");
        w.more_date("2026-04-07".parse().unwrap());
        w.end();
        assert_eq!(w.take(), "X;CN=\"Chan, Tai Man\":20260407\r\n");
    }
}
