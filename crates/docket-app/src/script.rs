//! Chinese text in the reader's script: a name or term held in one script only (a Mainland holiday,
//! an SCIA time limit or checklist line in Simplified; an HKIAC rules title or a Hong Kong holiday in
//! Traditional; a person's or company's name as they write it) is shown in Hong Kong Traditional
//! (OpenCC's `s2hk`) in 繁體中文 and in Simplified (OpenCC's `t2s`) in 简体中文. The converters are
//! built once from the dictionaries compiled into the binary; nothing is read at run time (ADR 0028).
//! Also the check the tests share: characters of the other script, and codes, in a text a clerk reads.

use crate::locale::Locale;
use docket_domain::text::Bilingual;
use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use std::sync::LazyLock;

static TO_HANT: LazyLock<Option<OpenCC>> =
    LazyLock::new(|| OpenCC::from_config(BuiltinConfig::S2hk).ok());
static TO_HANS: LazyLock<Option<OpenCC>> =
    LazyLock::new(|| OpenCC::from_config(BuiltinConfig::T2s).ok());
static S2T: LazyLock<Option<OpenCC>> =
    LazyLock::new(|| OpenCC::from_config(BuiltinConfig::S2t).ok());

fn through(converter: &LazyLock<Option<OpenCC>>, text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    match converter.as_ref() {
        Some(c) => c.convert(text),
        None => text.to_owned(),
    }
}

/// Chinese text in Hong Kong Traditional script.
pub fn hant(text: &str) -> String {
    through(&TO_HANT, text)
}

/// Chinese text in Simplified script.
pub fn hans(text: &str) -> String {
    through(&TO_HANS, text)
}

/// Chinese text in the script of `l` (English leaves it as written).
pub fn chinese(l: Locale, text: &str) -> String {
    match l {
        Locale::En => text.to_owned(),
        Locale::ZhHans => hans(text),
        Locale::ZhHant => hant(text),
    }
}

/// A name or term as the reader of `l` sees it: the Chinese form, in their script, in a Chinese
/// interface when one exists, otherwise the English form (or whichever exists).
pub fn name(l: Locale, b: &Bilingual) -> String {
    let shown = b.display(l.prefers_chinese());
    if l.prefers_chinese() && !b.zh.is_empty() {
        chinese(l, shown)
    } else {
        shown.to_owned()
    }
}

/// Characters a reader of `l` would not write: in Traditional, those OpenCC's `s2t` changes (found
/// only in Simplified); in Simplified, those its `t2s` changes (found only in Traditional). The few
/// characters both scripts write in this project's words (准 in 准許, 里 in 里斯本) are allowed by [`BOTH_SCRIPTS`].
pub fn wrong_script(l: Locale, text: &str) -> Vec<char> {
    let converter = match l {
        Locale::En => return Vec::new(),
        Locale::ZhHant => &S2T,
        Locale::ZhHans => &TO_HANS,
    };
    let mut wrong: Vec<char> = text
        .chars()
        .filter(|c| !c.is_ascii() && !BOTH_SCRIPTS.contains(c))
        .filter(|c| {
            let one = c.to_string();
            through(converter, &one) != one
        })
        .collect();
    wrong.sort_unstable();
    wrong.dedup();
    wrong
}

/// Characters written the same way in both scripts in the words this project uses, though OpenCC's
/// single-character tables map them (its phrase tables keep them in context): 准 (permit, 准許; 準
/// is "standard") and 里 (a distance or a sound, 公里, 里斯本; 裏 is "inside").
pub const BOTH_SCRIPTS: &[char] = &['准', '里'];

/// snake_case codes (`award_received`, `due_this_week`) in a text a clerk reads; placeholders in
/// braces (`{case_ref}`) are not text.
pub fn codes_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        let parts: Vec<&str> = word.split('_').collect();
        if parts.len() > 1
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
        {
            out.push(word.clone());
        }
        word.clear();
    };
    for c in text.chars() {
        match c {
            '{' => {
                flush(&mut word);
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && (c.is_ascii_alphanumeric() || c == '_') => word.push(c),
            _ => flush(&mut word),
        }
    }
    flush(&mut word);
    out
}

#[cfg(test)]
mod tests;
