//! Content lines: names, parameters, values; TEXT escaping; folding at 75 octets.

use docket_domain::time::{CivilDate, Instant, LocalDateTime};

/// Escapes a TEXT value: backslash, semicolon, comma and newline.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

/// Appends `s` escaped as TEXT. The characters to escape are ASCII, so runs between them are copied
/// as whole slices.
fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, b) in bytes.iter().enumerate() {
        let replacement = match b {
            b'\\' => "\\\\",
            b';' => "\\;",
            b',' => "\\,",
            b'\n' => "\\n",
            b'\r' => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(replacement);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Quotes a parameter value that contains `:`, `;` or `,` (and drops characters a parameter cannot hold).
pub fn param_value(s: &str) -> String {
    let clean: String = s.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// `20260323T160000` (local, for a TZID-qualified value).
pub fn local(l: LocalDateTime) -> String {
    let iso = l.to_iso();
    let mut out: String = iso.chars().filter(|c| *c != '-' && *c != ':').collect();
    if iso.len() == 16 {
        out.push_str("00");
    }
    out
}

/// `20260323T080000Z`.
pub fn utc(i: Instant) -> String {
    i.to_rfc3339().replace(['-', ':'], "")
}

/// `20260407`.
pub fn date(d: CivilDate) -> String {
    d.to_string().replace('-', "")
}

/// Accumulates folded content lines.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for about `bytes` of output.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            out: String::with_capacity(bytes),
        }
    }

    /// Writes `NAME;PARAM=V:value`, folded. `value` must already be escaped where needed.
    pub fn line(&mut self, name: &str, params: &[(&str, String)], value: &str) {
        let start = self.out.len();
        self.out.push_str(name);
        for (k, v) in params {
            self.out.push(';');
            self.out.push_str(k);
            self.out.push('=');
            self.out.push_str(v);
        }
        self.out.push(':');
        self.out.push_str(value);
        self.end_line(start);
    }

    /// Ends the content line that began at `start`: as it is when it fits in 75 octets, folded
    /// otherwise.
    fn end_line(&mut self, start: usize) {
        if self.out.len() - start <= 75 {
            self.out.push_str("\r\n");
        } else {
            let long = self.out.split_off(start);
            fold_into(&mut self.out, &long);
        }
    }

    /// `BEGIN:…` / `END:…` and other lines written as they are.
    pub fn raw(&mut self, line: &str) {
        fold_into(&mut self.out, line);
    }

    /// A TEXT property.
    pub fn text(&mut self, name: &str, value: &str) {
        let start = self.out.len();
        self.out.push_str(name);
        self.out.push(':');
        escape_into(&mut self.out, value);
        self.end_line(start);
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
        assert_eq!(escape_text("a,b;c\\d\ne:f"), "a\\,b\\;c\\\\d\\ne:f");
        let mut w = Writer::new();
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
    fn values_are_formatted_in_basic_form() {
        let l: LocalDateTime = "2026-03-23T16:00".parse().unwrap();
        assert_eq!(local(l), "20260323T160000");
        let i: Instant = "2026-03-23T08:00:00Z".parse().unwrap();
        assert_eq!(utc(i), "20260323T080000Z");
        assert_eq!(date("2026-04-07".parse().unwrap()), "20260407");
        assert_eq!(param_value("Chan, Tai Man"), "\"Chan, Tai Man\"");
    }
}
