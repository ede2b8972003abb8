//! The sentences of corrections, removals, retirements and restorations of roster records and
//! documents (`party_edited`, `document_removed`, `retired`…), kept apart from the case-workflow
//! sentences in `history.rs`.

use super::*;

/// The sentence of `row` when it is one of these actions; `None` for any other.
pub(super) fn sentence(l: Locale, who: &str, row: &AuditRow) -> Option<String> {
    let old = row.old_value.as_deref();
    let new = row.new_value.as_deref();
    let name = || new.filter(|n| !n.is_empty()).map(|n| q(l, n));
    let edited = |what_en: &str, what_hans: &str, what_hant: &str| {
        let changes = changed_fields(old, new, |field, from, to| {
            let what = match field {
                "name_en" => l.pick("the English name", "英文名称", "英文名稱"),
                "name_zh" => l.pick("the Chinese name", "中文名称", "中文名稱"),
                "kind" => l.pick("the kind", "类别", "類別"),
                "nationality" => l.pick("the nationality", "国籍", "國籍"),
                "group" => l.pick("the corporate group", "企业集团", "企業集團"),
                "country" => l.pick("the country", "国家或地区", "國家或地區"),
                "firm" => l.pick("the firm", "律师事务所", "律師事務所"),
                "email" => l.pick("the e-mail", "电邮", "電郵"),
                "title" => l.pick("the title", "标题", "標題"),
                "pages" => l.pick("the page count", "页数", "頁數"),
                "tags" => l.pick("the tags", "标签", "標籤"),
                "roles" => l.pick("the roles", "角色", "角色"),
                "titles" => l.pick("the titles", "头衔", "頭銜"),
                "date_of_birth" => l.pick("the date of birth", "出生日期", "出生日期"),
                "nationalities" => l.pick("the nationalities", "国籍", "國籍"),
                "languages" => l.pick("the languages", "语言", "語言"),
                "admissions" => l.pick("the admissions", "执业资格", "執業資格"),
                "panels" => l.pick("the panels", "名册", "名冊"),
                "home_zone" => l.pick("the home time zone", "所在时区", "所在時區"),
                "phone" => l.pick("the phone", "电话", "電話"),
                "rate" => l.pick("the rate", "收费", "收費"),
                "max_concurrent" => l.pick("the maximum caseload", "案件上限", "案件上限"),
                "unavailability" => l.pick("the unavailability", "不可出席时段", "不可出席時段"),
                "notes" => l.pick("the notes", "备注", "備註"),
                _ => l.pick("a detail", "一项资料", "一項資料"),
            };
            from_to(l, what, from, to, str::is_empty)
        });
        let changes = changes.join(l.pick("; ", "；", "；"));
        let what = l.pick(what_en, what_hans, what_hant);
        say!(
            l,
            "{who} corrected {what}: {changes}",
            "{who}更正了{what}：{changes}",
            "{who}更正了{what}：{changes}"
        )
    };
    Some(match row.action.as_str() {
        "party_edited" => edited("a party", "当事人", "當事人"),
        "neutral_edited" => edited("the profile", "资料", "資料"),
        "firm_edited" => edited("a law firm", "律师事务所", "律師事務所"),
        "counsel_edited" => edited("counsel", "代理律师", "代理律師"),
        "document_edited" => edited("a document", "文件", "文件"),
        "document_removed" => match name() {
            Some(n) => say!(
                l,
                "{who} removed the document {n}",
                "{who}移除了文件{n}",
                "{who}移除了文件{n}"
            ),
            None => say!(
                l,
                "{who} removed a document",
                "{who}移除了一份文件",
                "{who}移除了一份文件"
            ),
        },
        "document_restored" => match name() {
            Some(n) => say!(
                l,
                "{who} restored the document {n}",
                "{who}恢复了文件{n}",
                "{who}恢復了文件{n}"
            ),
            None => say!(
                l,
                "{who} restored a document",
                "{who}恢复了一份文件",
                "{who}恢復了一份文件"
            ),
        },
        "removed" => match name() {
            Some(n) => say!(l, "{who} removed {n}", "{who}移除了{n}", "{who}移除了{n}"),
            None => say!(
                l,
                "{who} removed a record",
                "{who}移除了一项记录",
                "{who}移除了一項記錄"
            ),
        },
        "retired" => match name() {
            Some(n) => say!(
                l,
                "{who} retired {n} (others depend on the record)",
                "{who}停用了{n}（有其他记录依赖此记录）",
                "{who}停用了{n}（有其他記錄依賴此記錄）"
            ),
            None => say!(
                l,
                "{who} retired a record",
                "{who}停用了一项记录",
                "{who}停用了一項記錄"
            ),
        },
        "restored" => match name() {
            Some(n) => say!(l, "{who} restored {n}", "{who}恢复了{n}", "{who}恢復了{n}"),
            None => say!(
                l,
                "{who} restored a record",
                "{who}恢复了一项记录",
                "{who}恢復了一項記錄"
            ),
        },
        _ => return None,
    })
}
