//! The clerk's language: English, Simplified Chinese or Traditional Chinese (Hong Kong), by its tag;
//! and dates as each language writes them in a sentence (`3 Dec 2026 (Thu)`, `2026年12月3日（星期四）`).

use docket_domain::time::CivilDate;
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

    /// A civil date as this language writes it in a sentence: `3 Dec 2026`, `2026年12月3日`.
    pub fn date(&self, d: CivilDate) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (y, m, day) = (d.year(), d.month(), d.day());
        match self {
            Locale::En => {
                let month = usize::try_from(m)
                    .ok()
                    .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
                    .copied()
                    .unwrap_or_default();
                format!("{day} {month} {y}")
            }
            Locale::ZhHans | Locale::ZhHant => format!("{y}年{m}月{day}日"),
        }
    }

    /// The weekday's short name: `Thu`, `星期四`.
    pub fn weekday_short(&self, d: CivilDate) -> &'static str {
        const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        self.weekday_from(d, &EN)
    }

    /// The weekday's full name: `Thursday`, `星期四`.
    pub fn weekday_long(&self, d: CivilDate) -> &'static str {
        const EN: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        self.weekday_from(d, &EN)
    }

    /// The weekday from `en` in English, and 星期一…星期日 in Chinese.
    fn weekday_from(&self, d: CivilDate, en: &[&'static str; 7]) -> &'static str {
        const ZH: [&str; 7] = [
            "星期一",
            "星期二",
            "星期三",
            "星期四",
            "星期五",
            "星期六",
            "星期日",
        ];
        let i = usize::try_from(d.iso_weekday().saturating_sub(1))
            .unwrap_or(0)
            .min(6);
        match self {
            Locale::En => en[i],
            Locale::ZhHans | Locale::ZhHant => ZH[i],
        }
    }

    /// A civil date with its weekday: `3 Dec 2026 (Thu)`, `2026年12月3日（星期四）`.
    pub fn date_weekday(&self, d: CivilDate) -> String {
        let (date, wd) = (self.date(d), self.weekday_short(d));
        match self {
            Locale::En => format!("{date} ({wd})"),
            Locale::ZhHans | Locale::ZhHant => format!("{date}（{wd}）"),
        }
    }
}
