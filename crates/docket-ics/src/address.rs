//! E-mail addresses as they may appear in a mail header and in a CAL-ADDRESS (`mailto:`): an
//! RFC 5322 addr-spec in dot-atom form (UTF-8 allowed, RFC 6531), nothing else — no display name,
//! no quoted local part, no comments, and never a CR, LF or other control character.

/// The most octets an address may have (RFC 5321's path limit less the angle brackets).
pub const MAX_ADDRESS_OCTETS: usize = 254;

/// `true` for a character allowed in a dot-atom's atom (RFC 5322 `atext`, plus any non-ASCII
/// character that is neither a control nor a space, RFC 6532).
fn atext(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!#$%&'*+-/=?^_`{|}~".contains(c)
        || (!c.is_ascii() && !c.is_control() && !c.is_whitespace())
}

/// `true` for a character allowed in a domain label.
fn label_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '-'
        || (!c.is_ascii() && !c.is_control() && !c.is_whitespace())
}

/// The address, trimmed of surrounding spaces, when `s` is one plain address (`local@domain`);
/// `None` otherwise. Whatever is accepted is safe in a header line and after `mailto:`.
pub fn parse(s: &str) -> Option<&str> {
    let s = s.trim_matches(' ');
    if s.is_empty() || s.len() > MAX_ADDRESS_OCTETS {
        return None;
    }
    let (local, domain) = s.rsplit_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(atext));
    let domain_ok = !domain.is_empty()
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(label_char)
        });
    (local_ok && domain_ok).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_addresses_are_accepted() {
        for a in [
            "registry@bay-docket.invalid",
            "k.vogel+hearings@example.de",
            "陈大文@例子.中国",
            "o'brien@example.ie",
            " clerk@example.org ",
        ] {
            assert_eq!(parse(a), Some(a.trim()), "{a}");
        }
    }

    #[test]
    fn header_and_line_injection_and_other_forms_are_refused() {
        for a in [
            "clerk@example.org\r\nBcc: victim@example.com",
            "clerk@example.org\nX: y",
            "clerk@example.org\r",
            "clerk\u{0}@example.org",
            "clerk@exam\u{85}ple.org",
            "Clerk <clerk@example.org>",
            "clerk@example.org, other@example.org",
            "\"clerk\"@example.org",
            "clerk@@example.org",
            "@example.org",
            "clerk@",
            "clerk@-example.org",
            "clerk@example..org",
            ".clerk@example.org",
            "clerk@example.org;x=y",
            "clerk@example.org:",
            "cl erk@example.org",
            "clerk\t@example.org",
            "",
            "@",
        ] {
            assert_eq!(parse(a), None, "{a:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(parse(&long), None);
    }
}
