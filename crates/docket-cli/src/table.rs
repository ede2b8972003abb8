//! Plain-text tables for the terminal, aligned by display width so Chinese names line up.

use docket_app::Locale;
use docket_app::dto::{
    CaseDeadlineDto, CaseDto, HearingDto, HolidayYearDto, NeutralDto, TimeLimitDto,
};
use unicode_width::UnicodeWidthStr;

fn print(headers: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            out.push_str(cell);
            if i + 1 < cells.len() {
                out.push_str(&" ".repeat(w - cell.width() + 2));
            }
        }
        crate::emit(out.trim_end());
    };
    line(headers.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}

fn name(l: Locale, en: &str, zh: &str) -> String {
    match (l.prefers_chinese(), en.is_empty(), zh.is_empty()) {
        (_, _, true) => en.to_owned(),
        (_, true, _) => zh.to_owned(),
        (true, _, _) => format!("{zh} ({en})"),
        (false, _, _) => format!("{en} ({zh})"),
    }
}

pub fn neutrals(l: Locale, list: &[NeutralDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|n| {
            vec![
                name(l, &n.name.en, &n.name.zh),
                format!("{:?}", n.roles).to_lowercase(),
                n.nationalities.join(","),
                n.languages.join(","),
                n.home_zone.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Name", "姓名", "姓名"),
            l.pick("Roles", "角色", "角色"),
            l.pick("Nationality", "国籍", "國籍"),
            l.pick("Languages", "语言", "語言"),
            l.pick("Home zone", "所在时区", "所在時區"),
        ],
        &rows,
    );
}

pub fn cases(l: Locale, list: &[CaseDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            vec![
                c.reference.clone(),
                c.filed_on.clone(),
                serde_name(&c.model),
                c.stage_label.clone(),
                c.hearings.to_string(),
                if l.prefers_chinese() {
                    c.title.zh.clone()
                } else {
                    c.title.en.clone()
                },
            ]
        })
        .collect();
    print(
        &[
            l.pick("Reference", "案号", "案號"),
            l.pick("Filed", "立案日期", "立案日期"),
            l.pick("Model", "模式", "模式"),
            l.pick("Stage", "阶段", "階段"),
            l.pick("Hearings", "庭审", "聆訊"),
            l.pick("Title", "案名", "案名"),
        ],
        &rows,
    );
}

pub fn hearings(l: Locale, list: &[HearingDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|h| {
            vec![
                h.starts_local.replace('T', " "),
                format!("{} (UTC{})", h.zone, h.utc_offset),
                format!("{}′", h.duration_minutes),
                h.case_reference.clone(),
                serde_name(&h.kind),
                serde_name(&h.status),
                h.venue.code.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Starts (local)", "开始（当地）", "開始（當地）"),
            l.pick("Zone", "时区", "時區"),
            l.pick("Length", "时长", "時長"),
            l.pick("Case", "案件", "案件"),
            l.pick("Kind", "类型", "類型"),
            l.pick("Status", "状态", "狀態"),
            l.pick("Venue", "场地", "場地"),
        ],
        &rows,
    );
}

/// The snake_case name a DTO enum serializes to.
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub fn holidays(l: Locale, y: &HolidayYearDto) {
    const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
    let rows: Vec<Vec<String>> = y
        .entries
        .iter()
        .map(|e| {
            let i = usize::try_from(e.weekday.saturating_sub(1))
                .unwrap_or(0)
                .min(6);
            vec![
                e.date.clone(),
                if l.prefers_chinese() { ZH[i] } else { EN[i] }.to_owned(),
                if e.working {
                    l.pick("make-up working day", "调休上班", "調休上班")
                } else {
                    l.pick("day off", "休假", "休假")
                }
                .to_owned(),
                if l.prefers_chinese() {
                    e.name.zh.clone()
                } else {
                    e.name.en.clone()
                },
            ]
        })
        .collect();
    print(
        &[
            l.pick("Date", "日期", "日期"),
            l.pick("Day", "星期", "星期"),
            l.pick("Kind", "类型", "類型"),
            l.pick("Name", "名称", "名稱"),
        ],
        &rows,
    );
    crate::emit(&format!(
        "{}: {}",
        l.pick("Source", "来源", "來源"),
        y.source
    ));
}

pub fn deadlines(l: Locale, list: &[CaseDeadlineDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|d| {
            vec![
                d.due.clone(),
                serde_name(&d.status),
                d.case_reference.clone(),
                if l.prefers_chinese() {
                    d.name.zh.clone()
                } else {
                    d.name.en.clone()
                },
                format!(
                    "{}{}{}",
                    d.rule.version,
                    if d.override_reason.is_some() {
                        " *"
                    } else {
                        ""
                    },
                    if d.provisional.is_some() { " ?" } else { "" }
                ),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Due", "届满日", "屆滿日"),
            l.pick("Status", "状态", "狀態"),
            l.pick("Case", "案件", "案件"),
            l.pick("Deadline", "期限", "期限"),
            l.pick("Rule", "规则", "規則"),
        ],
        &rows,
    );
}

pub fn limits(l: Locale, list: &[TimeLimitDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|t| {
            vec![
                t.institution.clone(),
                t.trigger_stage.clone(),
                if l.prefers_chinese() {
                    t.name.zh.clone()
                } else {
                    t.name.en.clone()
                },
                match (t.days, t.months) {
                    (Some(d), _) => format!("{d} d"),
                    (_, Some(m)) => format!("{m} m"),
                    _ => String::new(),
                },
                t.rule_set.clone(),
                format!(
                    "{}..{}",
                    t.effective_from,
                    t.effective_to.clone().unwrap_or_default()
                ),
                t.verification.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Institution", "机构", "機構"),
            l.pick("Starts at", "起算阶段", "起算階段"),
            l.pick("Limit", "期限", "期限"),
            l.pick("Period", "期间", "期間"),
            l.pick("Counted by", "计算规则", "計算規則"),
            l.pick("In force", "施行期间", "施行期間"),
            l.pick("Checked", "核实", "核實"),
        ],
        &rows,
    );
}
