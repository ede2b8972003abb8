//! A name or title in English and Chinese as it crosses the boundary: as held, and in each reader's
//! script.

use crate::locale::Locale;
use serde::Serialize;
use ts_rs::TS;

/// A text in English and Chinese: `zh` as it is held (forms edit it), and the Chinese in each
/// reader's script for display (ADR 0028).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct BilingualDto {
    pub en: String,
    pub zh: String,
    /// The Chinese in Simplified script, shown in the Simplified Chinese interface.
    #[serde(rename = "zhHans", skip_serializing_if = "Option::is_none")]
    #[ts(optional, rename = "zhHans")]
    pub zh_hans: Option<String>,
    /// The Chinese in Hong Kong Traditional script, shown in the Traditional Chinese interface.
    #[serde(rename = "zhHant", skip_serializing_if = "Option::is_none")]
    #[ts(optional, rename = "zhHant")]
    pub zh_hant: Option<String>,
}

impl BilingualDto {
    /// A term (a holiday, a time limit, a venue): the same as any name.
    pub fn term(b: &docket_domain::text::Bilingual) -> Self {
        Self::from(b)
    }

    /// The Chinese form in the script of `l` (as held for English).
    pub fn zh_in(&self, l: Locale) -> &str {
        let converted = match l {
            Locale::En => None,
            Locale::ZhHans => self.zh_hans.as_deref(),
            Locale::ZhHant => self.zh_hant.as_deref(),
        };
        converted.unwrap_or(&self.zh)
    }

    /// What a reader of `l` sees first: the Chinese in their script in a Chinese interface when one
    /// exists, else the English (or whichever exists).
    pub fn shown(&self, l: Locale) -> &str {
        let zh = self.zh_in(l);
        match (l.prefers_chinese(), zh.is_empty(), self.en.is_empty()) {
            (true, false, _) | (false, false, true) => zh,
            _ => &self.en,
        }
    }
}

impl From<&docket_domain::text::Bilingual> for BilingualDto {
    fn from(b: &docket_domain::text::Bilingual) -> Self {
        let (zh_hans, zh_hant) = if b.zh.is_empty() {
            (None, None)
        } else {
            (
                Some(crate::script::hans(&b.zh)),
                Some(crate::script::hant(&b.zh)),
            )
        };
        Self {
            en: b.en.clone(),
            zh: b.zh.clone(),
            zh_hans,
            zh_hant,
        }
    }
}
