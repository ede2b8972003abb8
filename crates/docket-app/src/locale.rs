//! The clerk's language: English, Simplified Chinese or Traditional Chinese (Hong Kong), by its tag.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::ZhHans, Locale::ZhHant];

    /// The BCP 47 tag: `en`, `zh-Hans`, `zh-Hant`.
    pub fn tag(&self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
        }
    }

    /// Reads a tag or a POSIX locale name: `zh-Hans`, `zh_CN.UTF-8` and `zh-SG` are Simplified;
    /// `zh-Hant`, `zh_TW`, `zh_HK` and `zh-MO` are Traditional; other `en*` are English.
    pub fn parse(s: &str) -> Option<Locale> {
        let t = s.trim().replace('_', "-").to_ascii_lowercase();
        let t = t.split('.').next().unwrap_or_default();
        if t == "en" || t.starts_with("en-") {
            Some(Locale::En)
        } else if t.starts_with("zh-hant")
            || t.starts_with("zh-tw")
            || t.starts_with("zh-hk")
            || t.starts_with("zh-mo")
        {
            Some(Locale::ZhHant)
        } else if t == "zh" || t.starts_with("zh-") {
            Some(Locale::ZhHans)
        } else {
            None
        }
    }

    /// Whether names should be shown in Chinese script first.
    pub fn prefers_chinese(&self) -> bool {
        !matches!(self, Locale::En)
    }

    /// Picks the text for this locale from a triple (English, Simplified, Traditional).
    pub fn pick<'a>(&self, en: &'a str, hans: &'a str, hant: &'a str) -> &'a str {
        match self {
            Locale::En => en,
            Locale::ZhHans => hans,
            Locale::ZhHant => hant,
        }
    }
}
