//! The small words of the history's sentences: dates and times as the clerk reads them, quoted
//! values, names in the clerk's script, stages, sides, kinds and statuses.

use super::*;

/// A civil date in a sentence, with its weekday: `3 Dec 2026 (Thu)`, `2026年12月3日（星期四）`.
pub(super) fn date(l: Locale, d: CivilDate) -> String {
    l.date_weekday(d)
}

pub(super) fn local_time(l: Locale, t: LocalDateTime) -> String {
    format!("{} {}", l.date(t.date()), t.hh_mm())
}

/// A date as written in a value (`2026-03-08`), in words; anything else as it is.
pub(crate) fn date_text(l: Locale, s: &str) -> String {
    s.parse::<CivilDate>()
        .map_or_else(|_| s.to_owned(), |d| date(l, d))
}

/// A wall time as written in a value (`2026-12-03T10:00`) and its zone, in words.
pub(super) fn wall_text(l: Locale, local: &str, zone: &str) -> String {
    let time = local
        .parse::<LocalDateTime>()
        .map_or_else(|_| local.to_owned(), |t| local_time(l, t));
    let place = match zone {
        "Asia/Hong_Kong" => l.pick("Hong Kong time", "香港时间", "香港時間").to_owned(),
        "Asia/Shanghai" => l.pick("Beijing time", "北京时间", "北京時間").to_owned(),
        other => {
            let city = other.rsplit('/').next().unwrap_or(other).replace('_', " ");
            say!(l, "{city} time", "{city}时间", "{city}時間")
        }
    };
    say!(l, "{time} {place}", "{place}{time}", "{place}{time}")
}

/// Quoted: “…” in English and Simplified Chinese, 「…」 in Traditional (Hong Kong).
pub(super) fn q(l: Locale, s: &str) -> String {
    match l {
        Locale::ZhHant => format!("「{s}」"),
        Locale::En | Locale::ZhHans => format!("“{s}”"),
    }
}

/// A name or term, Chinese first in a Chinese interface, in the reader's script.
pub(super) fn name(l: Locale, b: &Bilingual) -> String {
    crate::script::name(l, b)
}

/// A term (a time limit, a checklist line): the same rule as names.
pub(super) fn term(l: Locale, b: &Bilingual) -> String {
    name(l, b)
}

/// An English label inside an English sentence starts in lower case ("as sole arbitrator").
pub(super) fn lower(l: Locale, label: &str) -> String {
    match (l, label.chars().next()) {
        (Locale::En, Some(first)) => first.to_lowercase().chain(label.chars().skip(1)).collect(),
        _ => label.to_owned(),
    }
}

pub(super) fn stage_text(l: Locale, code: &str) -> String {
    Stage::parse(code).map_or_else(
        || l.pick("another stage", "另一阶段", "另一階段").to_owned(),
        |s| stage_label(l, s).to_owned(),
    )
}

pub(super) fn side_text(l: Locale, s: Side) -> &'static str {
    match s {
        Side::Claimant => l.pick("claimant", "申请人", "申請人"),
        Side::Respondent => l.pick("respondent", "被申请人", "被申請人"),
    }
}

pub(super) fn kind_text(l: Locale, k: HearingKind) -> &'static str {
    match k {
        HearingKind::ProceduralConference => {
            l.pick("a procedural conference", "程序会议", "程序會議")
        }
        HearingKind::EvidentiaryHearing => l.pick("an evidentiary hearing", "证据听证", "證據聆訊"),
        HearingKind::MediationSession => l.pick("a mediation session", "调解会议", "調解會議"),
        HearingKind::AwardDelivery => l.pick("the delivery of the award", "宣读裁决", "宣讀裁決"),
        HearingKind::Other => l.pick("a hearing", "庭审", "聆訊"),
    }
}

pub(super) fn hearing_status_text(l: Locale, s: HearingStatus) -> &'static str {
    match s {
        HearingStatus::Tentative => l.pick("tentative", "暂定", "暫定"),
        HearingStatus::Confirmed => l.pick("confirmed", "已确认", "已確認"),
        HearingStatus::Postponed => l.pick("postponed", "已延期", "已延期"),
        HearingStatus::Cancelled => l.pick("cancelled", "已取消", "已取消"),
    }
}

pub(super) fn item_status_text(l: Locale, s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::Open => l.pick("open", "待办", "待辦"),
        ItemStatus::Done => l.pick("done", "已完成", "已完成"),
        ItemStatus::NotApplicable => l.pick("not applicable", "不适用", "不適用"),
    }
}

/// `code rest`: a code, and what follows it.
pub(super) fn code_and(value: Option<&str>) -> Option<(&str, &str)> {
    value?.split_once(' ')
}

/// `date (reason)`: a date, and the reason given in brackets.
pub(super) fn date_and_reason(rest: &str) -> (&str, &str) {
    match rest.split_once(' ') {
        Some((d, reason)) => (
            d,
            reason
                .trim()
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .unwrap_or(reason),
        ),
        None => (rest, ""),
    }
}

/// The file name of a path as a value wrote it.
pub(super) fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// A checklist line's state as written: `status owner due` (owner and due may be empty).
pub(super) fn item_state(value: Option<&str>) -> Option<(ItemStatus, &str, &str)> {
    let (status, rest) = value?.split_once(' ')?;
    let (owner, due) = rest.rsplit_once(' ')?;
    Some((ItemStatus::parse(status)?, owner.trim(), due.trim()))
}

/// `instant` (RFC 3339) as the clerk reads it in `zone`: `3 Dec 2026 14:05`, `2026年12月3日 14:05`.
pub(crate) fn when(l: Locale, zone: Zone, instant: &str) -> String {
    match instant.parse::<Instant>() {
        Ok(at) => local_time(l, at.local_in(zone)),
        Err(_) => instant.to_owned(),
    }
}

/// The kind of a hearing as a name on its own: `Procedural conference`, `程序会议`.
pub(super) fn kind_name(l: Locale, k: HearingKind) -> String {
    let text = kind_text(l, k);
    let bare = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| text.strip_prefix(a))
        .unwrap_or(text);
    let mut chars = bare.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A removed hearing as the "Recently removed" list names it: its kind and when it was set for.
pub(crate) fn hearing_label(l: Locale, kind: HearingKind, local: &str, zone: &str) -> String {
    let (kind, at) = (kind_name(l, kind), wall_text(l, local, zone));
    say!(l, "{kind}, {at}", "{kind}，{at}", "{kind}，{at}")
}

/// `what` changed from one value to another, each quoted, or "none" where `blank` says there was none.
pub(super) fn from_to(
    l: Locale,
    what: &str,
    from: &str,
    to: &str,
    blank: impl Fn(&str) -> bool,
) -> String {
    let shown = |v: &str| {
        if blank(v) {
            l.pick("none", "无", "無").to_owned()
        } else {
            q(l, v)
        }
    };
    let (from, to) = (shown(from), shown(to));
    say!(
        l,
        "{what} from {from} to {to}",
        "{what}由{from}改为{to}",
        "{what}由{from}改為{to}"
    )
}

/// The `field: value` lines that differ between two lists of (field, value), as (old, new): what an
/// audit entry records for a correction, and what [`changed_fields`] reads back.
pub(crate) fn changes(before: &[(&str, String)], after: &[(&str, String)]) -> (String, String) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    for ((field, a), (_, b)) in before.iter().zip(after) {
        if a != b {
            old.push(format!("{field}: {a}"));
            new.push(format!("{field}: {b}"));
        }
    }
    (old.join("\n"), new.join("\n"))
}

/// The `field: value` lines of an edit's old and new values, each change put in words by `say`
/// (field, before, after); a field only one side names reads as empty on the other.
pub(super) fn changed_fields(
    old: Option<&str>,
    new: Option<&str>,
    mut say: impl FnMut(&str, &str, &str) -> String,
) -> Vec<String> {
    let lines = |v: Option<&str>| -> Vec<(String, String)> {
        v.unwrap_or_default()
            .lines()
            .filter_map(|line| line.split_once(": "))
            .map(|(f, v)| (f.to_owned(), v.to_owned()))
            .collect()
    };
    let (before, after) = (lines(old), lines(new));
    after
        .iter()
        .map(|(field, to)| {
            let from = before
                .iter()
                .find(|(f, _)| f == field)
                .map_or("", |(_, v)| v.as_str());
            say(field, from, to)
        })
        .collect()
}
