//! Bilingual text: a value with an English and a Chinese form, and the rule for which one to show.

/// A name or title that exists in English and in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    pub en: String,
    pub zh: String,
}

impl Bilingual {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The Chinese form when `prefer_chinese` and one exists, otherwise the English form (or whichever
    /// exists).
    pub fn display(&self, prefer_chinese: bool) -> &str {
        match (prefer_chinese, self.zh.is_empty(), self.en.is_empty()) {
            (true, false, _) | (false, false, true) => &self.zh,
            _ => &self.en,
        }
    }
}

/// The same Chinese text in Simplified script. For terms (holiday and time-limit names) that the data
/// holds in Traditional script; people's and companies' names are shown as they are written.
pub fn simplified(text: &str) -> String {
    simplet2s::convert(text)
}
