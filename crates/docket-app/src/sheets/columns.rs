//! The columns of each spreadsheet: a stable machine key, its heading in the three languages, what
//! it takes (the instructions) and an example. The importer matches a heading by any of these.

use crate::dto::SheetKindDto;
use crate::i18n::Locale;
use docket_domain::roster::search;

/// One column of a spreadsheet.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// The machine key scripts write (`name_en`).
    pub key: &'static str,
    /// Headings: English, Simplified, Traditional.
    pub label: [&'static str; 3],
    /// What the column takes: English, Simplified, Traditional.
    pub help: [&'static str; 3],
    pub example: &'static str,
    /// The stable key an import matches on (or part of it).
    pub key_part: bool,
}

const fn col(
    key: &'static str,
    label: [&'static str; 3],
    help: [&'static str; 3],
    example: &'static str,
) -> Column {
    Column {
        key,
        label,
        help,
        example,
        key_part: false,
    }
}

const fn keyed(mut c: Column) -> Column {
    c.key_part = true;
    c
}

impl Column {
    pub fn heading(&self, l: Locale) -> &'static str {
        l.pick(self.label[0], self.label[1], self.label[2])
    }

    pub fn help(&self, l: Locale) -> &'static str {
        l.pick(self.help[0], self.help[1], self.help[2])
    }
}

const NAME_EN: Column = col(
    "name_en",
    ["English name", "英文名称", "英文名稱"],
    [
        "Name in Latin script; this or the Chinese name is required.",
        "拉丁字母名称；与中文名称至少填一项。",
        "拉丁字母名稱；與中文名稱至少填一項。",
    ],
    "Chan Tai Man",
);
const NAME_ZH: Column = col(
    "name_zh",
    ["Chinese name", "中文名称", "中文名稱"],
    [
        "Name in Chinese characters (Simplified or Traditional).",
        "中文名称（简体或繁体）。",
        "中文名稱（簡體或繁體）。",
    ],
    "陳大文",
);

const NEUTRALS: &[Column] = &[
    NAME_EN,
    NAME_ZH,
    col(
        "roles",
        ["Roles", "角色", "角色"],
        [
            "mediator, arbitrator or both.",
            "mediator（调解员）、arbitrator（仲裁员）或 both（两者）。",
            "mediator（調解員）、arbitrator（仲裁員）或 both（兩者）。",
        ],
        "both",
    ),
    col(
        "titles",
        ["Titles", "头衔", "頭銜"],
        ["Titles and post-nominals.", "头衔及称号。", "頭銜及稱號。"],
        "SC, FCIArb",
    ),
    col(
        "date_of_birth",
        ["Date of birth", "出生日期", "出生日期"],
        [
            "YYYY-MM-DD, optional.",
            "YYYY-MM-DD，可不填。",
            "YYYY-MM-DD，可不填。",
        ],
        "1968-04-12",
    ),
    col(
        "nationality",
        ["Nationality", "国籍", "國籍"],
        [
            "ISO country codes separated by ;",
            "ISO 国家代码，多个以 ; 分隔。",
            "ISO 國家代碼，多個以 ; 分隔。",
        ],
        "HK;GB",
    ),
    col(
        "languages",
        ["Languages", "语言", "語言"],
        [
            "tag:level separated by ; (level basic, working, fluent or native).",
            "语言代码:水平，多个以 ; 分隔（basic、working、fluent 或 native）。",
            "語言代碼:水平，多個以 ; 分隔（basic、working、fluent 或 native）。",
        ],
        "yue:native;en:fluent;cmn:working",
    ),
    col(
        "admissions",
        ["Admissions", "执业资格", "執業資格"],
        [
            "Bars and professional admissions separated by ;",
            "执业资格，多个以 ; 分隔。",
            "執業資格，多個以 ; 分隔。",
        ],
        "Hong Kong Bar",
    ),
    col(
        "panels",
        ["Panels", "名册", "名冊"],
        [
            "panel:from:until separated by ; (until may be left out).",
            "名册:起始日期:截止日期，多个以 ; 分隔（截止日期可省略）。",
            "名冊:起始日期:截止日期，多個以 ; 分隔（截止日期可省略）。",
        ],
        "hkiac_panel:2024-01-01:2026-12-31",
    ),
    col(
        "home_zone",
        ["Home time zone", "所在时区", "所在時區"],
        [
            "IANA time zone; empty means Asia/Hong_Kong.",
            "IANA 时区；留空即 Asia/Hong_Kong。",
            "IANA 時區；留空即 Asia/Hong_Kong。",
        ],
        "Asia/Hong_Kong",
    ),
    keyed(col(
        "email",
        ["E-mail", "电子邮箱", "電子郵箱"],
        [
            "Required: the key that finds the neutral again on the next import.",
            "必填：再次导入时据此找到同一人选。",
            "必填：再次匯入時據此找到同一人選。",
        ],
        "chan@example.hk",
    )),
    col(
        "phone",
        ["Phone", "电话", "電話"],
        ["Optional.", "可不填。", "可不填。"],
        "+852 2525 2381",
    ),
    col(
        "rate_amount",
        ["Hourly rate", "小时费率", "小時費率"],
        [
            "An amount such as 7500 or 7,500.00.",
            "金额，如 7500 或 7,500.00。",
            "金額，如 7500 或 7,500.00。",
        ],
        "7500",
    ),
    col(
        "rate_currency",
        ["Rate currency", "费率币种", "費率幣種"],
        [
            "ISO currency code (HKD, CNY, USD…).",
            "ISO 币种代码（HKD、CNY、USD 等）。",
            "ISO 幣種代碼（HKD、CNY、USD 等）。",
        ],
        "HKD",
    ),
    col(
        "max_concurrent",
        ["Maximum caseload", "同时办案上限", "同時辦案上限"],
        [
            "Whole number of open cases at once, optional.",
            "同时在办案件数上限（整数），可不填。",
            "同時在辦案件數上限（整數），可不填。",
        ],
        "6",
    ),
    col(
        "notes",
        ["Notes", "备注", "備註"],
        ["Free text.", "自由文字。", "自由文字。"],
        "",
    ),
];

const PARTIES: &[Column] = &[
    keyed(NAME_EN),
    keyed(NAME_ZH),
    col(
        "kind",
        ["Kind", "类型", "類型"],
        [
            "company, individual or state.",
            "company（公司）、individual（个人）或 state（国家机构）。",
            "company（公司）、individual（個人）或 state（國家機構）。",
        ],
        "company",
    ),
    keyed(col(
        "nationality",
        ["Nationality", "国籍或注册地", "國籍或註冊地"],
        [
            "ISO country code: nationality, or place of incorporation.",
            "ISO 国家代码：国籍或注册地。",
            "ISO 國家代碼：國籍或註冊地。",
        ],
        "HK",
    )),
    col(
        "group",
        ["Corporate group", "所属集团", "所屬集團"],
        ["Optional.", "可不填。", "可不填。"],
        "Harbour Holdings",
    ),
    col(
        "counsel_name_en",
        ["Counsel (English)", "代理人（英文）", "代理人（英文）"],
        [
            "The party's lawyer, optional; found again by e-mail or name.",
            "当事人的代理律师，可不填；按邮箱或姓名匹配。",
            "當事人的代理律師，可不填；按電郵或姓名匹配。",
        ],
        "Wong Ka Yan",
    ),
    col(
        "counsel_name_zh",
        ["Counsel (Chinese)", "代理人（中文）", "代理人（中文）"],
        ["Optional.", "可不填。", "可不填。"],
        "黃嘉欣",
    ),
    col(
        "counsel_email",
        ["Counsel e-mail", "代理人邮箱", "代理人電郵"],
        ["Optional.", "可不填。", "可不填。"],
        "kywong@example.hk",
    ),
    col(
        "firm_name_en",
        ["Law firm (English)", "律所（英文）", "律所（英文）"],
        [
            "The counsel's firm, optional; found again by name and country.",
            "代理人所在律所，可不填；按名称及国家匹配。",
            "代理人所在律所，可不填；按名稱及國家匹配。",
        ],
        "Harbour Chambers",
    ),
    col(
        "firm_name_zh",
        ["Law firm (Chinese)", "律所（中文）", "律所（中文）"],
        ["Optional.", "可不填。", "可不填。"],
        "海港律師行",
    ),
    col(
        "firm_country",
        ["Law firm country", "律所国家或地区", "律所國家或地區"],
        [
            "ISO country code; required with a firm.",
            "ISO 国家代码；填写律所时必填。",
            "ISO 國家代碼；填寫律所時必填。",
        ],
        "HK",
    ),
];

const CASES: &[Column] = &[
    keyed(col(
        "reference",
        ["Case reference", "案号", "案號"],
        [
            "Required: the key that finds the case again.",
            "必填：再次导入时据此找到同一案件。",
            "必填：再次匯入時據此找到同一案件。",
        ],
        "HKIAC-A26101",
    )),
    col(
        "title_en",
        ["Title (English)", "案件名称（英文）", "案件名稱（英文）"],
        [
            "This or the Chinese title is required.",
            "与中文名称至少填一项。",
            "與中文名稱至少填一項。",
        ],
        "Harbour Holdings v Pearl Logistics",
    ),
    col(
        "title_zh",
        ["Title (Chinese)", "案件名称（中文）", "案件名稱（中文）"],
        ["Optional.", "可不填。", "可不填。"],
        "海港控股 訴 珍珠物流",
    ),
    col(
        "model",
        ["Workflow model", "案件模式", "案件模式"],
        [
            "scia_arbitration, hkiac_arbitration, sz_mediation_hk_arbitration, hk_mediation_sz_arbitration, hk_mediation or sz_mediation; cannot change later.",
            "scia_arbitration、hkiac_arbitration、sz_mediation_hk_arbitration、hk_mediation_sz_arbitration、hk_mediation 或 sz_mediation；立案后不可更改。",
            "scia_arbitration、hkiac_arbitration、sz_mediation_hk_arbitration、hk_mediation_sz_arbitration、hk_mediation 或 sz_mediation；立案後不可更改。",
        ],
        "hkiac_arbitration",
    ),
    col(
        "filed_on",
        ["Filing date", "立案日期", "立案日期"],
        [
            "YYYY-MM-DD; cannot change later.",
            "YYYY-MM-DD；立案后不可更改。",
            "YYYY-MM-DD；立案後不可更改。",
        ],
        "2026-03-02",
    ),
    col(
        "language",
        ["Language of the proceedings", "程序语言", "程序語言"],
        [
            "Language tag; empty means en.",
            "语言代码；留空即 en。",
            "語言代碼；留空即 en。",
        ],
        "en",
    ),
    col(
        "amount",
        ["Amount in dispute", "争议金额", "爭議金額"],
        [
            "An amount such as 42,000,000.00, optional.",
            "金额，如 42,000,000.00，可不填。",
            "金額，如 42,000,000.00，可不填。",
        ],
        "42000000",
    ),
    col(
        "currency",
        ["Currency", "币种", "幣種"],
        [
            "ISO currency code; required with an amount.",
            "ISO 币种代码；填写金额时必填。",
            "ISO 幣種代碼；填寫金額時必填。",
        ],
        "HKD",
    ),
];

/// The columns of a sheet to import, in template order.
pub(crate) fn columns(kind: SheetKindDto) -> &'static [Column] {
    match kind {
        SheetKindDto::Neutrals => NEUTRALS,
        SheetKindDto::Parties => PARTIES,
        SheetKindDto::Cases => CASES,
    }
}

/// How a heading is compared: folded (case, spaces, script) and without `*` marks.
fn fold(s: &str) -> String {
    search::fold(s.trim().trim_end_matches('*').trim())
}

/// The column a heading names, by machine key or by its heading in any of the three languages.
pub(crate) fn find(kind: SheetKindDto, heading: &str) -> Option<usize> {
    let h = fold(heading);
    if h.is_empty() {
        return None;
    }
    columns(kind)
        .iter()
        .position(|c| fold(c.key) == h || c.label.iter().any(|l| fold(l) == h))
}

/// The column a refused field belongs to: `panels[2]` is `panels`, `nationalities` is
/// `nationality`, `case_language` is `language`.
pub(crate) fn column_of_field(field: &str) -> &str {
    let base = field.split(['[', '.']).next().unwrap_or(field);
    match base {
        "nationalities" => "nationality",
        "case_language" => "language",
        other => other,
    }
}

/// A spreadsheet column letter: 0 is `A`, 26 is `AA`.
pub(crate) fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_match_in_every_language_and_by_key() {
        for kind in [
            SheetKindDto::Neutrals,
            SheetKindDto::Parties,
            SheetKindDto::Cases,
        ] {
            for (i, c) in columns(kind).iter().enumerate() {
                assert_eq!(find(kind, c.key), Some(i), "{}", c.key);
                for l in Locale::ALL {
                    assert_eq!(find(kind, c.heading(l)), Some(i), "{} {l:?}", c.key);
                }
            }
        }
        assert_eq!(find(SheetKindDto::Neutrals, "  E-MAIL * "), Some(10));
        assert_eq!(find(SheetKindDto::Neutrals, "fax"), None);
    }

    #[test]
    fn letters() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(51), "AZ");
    }
}
