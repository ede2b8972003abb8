//! Name search that finds a person whichever script the clerk types: English, Simplified or
//! Traditional Chinese (陳 and 陈 match), ignoring case, spaces and hyphens.

use crate::text::Bilingual;

/// The search form of a text: lower case, Traditional characters folded to Simplified, without
/// spaces, hyphens, dots and commas.
pub fn fold(text: &str) -> String {
    let simplified = simplet2s::convert(text);
    simplified
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | ',' | '\u{3000}' | '·'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The stored search key of a bilingual name (both forms, folded, separated by a newline).
pub fn key(name: &Bilingual) -> String {
    format!("{}\n{}", fold(&name.en), fold(&name.zh))
}

/// Whether a folded key contains a folded query.
pub fn matches(key: &str, folded_query: &str) -> bool {
    folded_query.is_empty() || key.contains(folded_query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_script_and_either_form_finds_the_name() {
        let k = key(&Bilingual::new("Chan Ka-wing", "陳嘉榮"));
        for q in [
            "chan",
            "ka wing",
            "KA-WING",
            "陳嘉榮",
            "陈嘉荣",
            "嘉荣",
            "陳",
        ] {
            assert!(matches(&k, &fold(q)), "{q} should match");
        }
        assert!(!matches(&k, &fold("黃")));
    }
}
