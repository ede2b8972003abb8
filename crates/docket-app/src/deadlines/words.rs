//! A deadline's explanation in words: each step, the day it skipped or rolled over and why (a
//! holiday, a weekend, a gale or black-rain warning, a make-up working day), in the clerk's language.

use super::*;

fn weekday(l: Locale, d: CivilDate) -> &'static str {
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
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
    match l {
        Locale::En => EN[i],
        Locale::ZhHans | Locale::ZhHant => ZH[i],
    }
}

/// A holiday's or a closure's name in the clerk's language (Simplified script in the Simplified UI).
fn name(l: Locale, b: &docket_domain::text::Bilingual) -> String {
    let shown = b.display(l.prefers_chinese());
    match l {
        Locale::ZhHans => docket_domain::text::simplified(shown),
        _ => shown.to_owned(),
    }
}

/// "a Hong Kong general holiday: the day following Easter Monday", in the clerk's language.
fn reason_text(l: Locale, r: &OffReason) -> String {
    match r {
        OffReason::Sunday => l
            .pick(
                "a Sunday (a Hong Kong general holiday)",
                "星期日（香港公众假期）",
                "星期日（香港公眾假期）",
            )
            .to_owned(),
        OffReason::Saturday => l
            .pick(
                "a Saturday, when the office is closed",
                "星期六，办事处不办公",
                "星期六，辦事處不辦公",
            )
            .to_owned(),
        OffReason::Weekend => l
            .pick(
                "a Mainland rest day (weekend)",
                "内地休息日（周末）",
                "內地休息日（週末）",
            )
            .to_owned(),
        OffReason::Holiday {
            jurisdiction: Jurisdiction::HongKong,
            name: n,
            estimated,
        } => match (l, estimated) {
            (Locale::En, false) => format!("a Hong Kong general holiday: {}", name(l, n)),
            (Locale::En, true) => format!(
                "a Hong Kong general holiday by the Cap 149 rules (estimated): {}",
                name(l, n)
            ),
            (Locale::ZhHans, false) => format!("香港公众假期：{}", name(l, n)),
            (Locale::ZhHans, true) => format!("按第149章规则推算的香港公众假期：{}", name(l, n)),
            (Locale::ZhHant, false) => format!("香港公眾假期：{}", name(l, n)),
            (Locale::ZhHant, true) => format!("按第149章規則推算的香港公眾假期：{}", name(l, n)),
        },
        OffReason::Holiday {
            jurisdiction: Jurisdiction::Mainland,
            name: n,
            estimated,
        } => match (l, estimated) {
            (Locale::En, false) => format!("a Mainland statutory day off: {}", name(l, n)),
            (Locale::En, true) => format!(
                "a Mainland festival day fixed by law (estimated): {}",
                name(l, n)
            ),
            (Locale::ZhHans, false) => format!("内地法定休假日：{}", name(l, n)),
            (Locale::ZhHans, true) => format!("内地法定节日（估算）：{}", name(l, n)),
            (Locale::ZhHant, false) => format!("內地法定休假日：{}", name(l, n)),
            (Locale::ZhHant, true) => format!("內地法定節日（估算）：{}", name(l, n)),
        },
        OffReason::Weather { kind } => match kind {
            WeatherKind::Signal8 => l
                .pick(
                    "a gale warning day (Tropical Cyclone Signal No. 8 or above)",
                    "烈风警告日（八号或以上热带气旋警告信号）",
                    "烈風警告日（八號或以上熱帶氣旋警告信號）",
                )
                .to_owned(),
            WeatherKind::BlackRain => l
                .pick(
                    "a black rainstorm warning day",
                    "黑色暴雨警告日",
                    "黑色暴雨警告日",
                )
                .to_owned(),
            WeatherKind::ExtremeConditions => l
                .pick("a day of extreme conditions", "极端情况日", "極端情況日")
                .to_owned(),
        },
        OffReason::Closure { name: n } => match l {
            Locale::En => format!("a closure day of the office: {}", name(l, n)),
            Locale::ZhHans => format!("办事处休息日：{}", name(l, n)),
            Locale::ZhHant => format!("辦事處休息日：{}", name(l, n)),
        },
    }
}

/// Why a day is or is not a working day.
pub(crate) fn status_text(l: Locale, d: CivilDate, status: &DayStatus) -> String {
    match status {
        DayStatus::Working { make_up: Some(h) } => make_up_text(l, d, h),
        DayStatus::Working { make_up: None } => match l {
            Locale::En => format!("{d} ({}) is a working day.", weekday(l, d)),
            Locale::ZhHans | Locale::ZhHant => format!("{d}（{}）是工作日。", weekday(l, d)),
        },
        DayStatus::Off(reason) => match l {
            Locale::En => format!("{d} is {}.", reason_text(l, reason)),
            Locale::ZhHans | Locale::ZhHant => format!("{d} 是{}。", reason_text(l, reason)),
        },
    }
}

fn make_up_text(l: Locale, d: CivilDate, holiday: &docket_domain::text::Bilingual) -> String {
    match l {
        Locale::En => format!(
            "{d} is a {} but a Mainland make-up working day ({}), so it is a working day.",
            weekday(l, d),
            name(l, holiday)
        ),
        Locale::ZhHans => format!(
            "{d} 虽是{}，但为内地调休上班日（{}），属工作日。",
            weekday(l, d),
            name(l, holiday)
        ),
        Locale::ZhHant => format!(
            "{d} 雖是{}，但為內地調休上班日（{}），屬工作日。",
            weekday(l, d),
            name(l, holiday)
        ),
    }
}

fn period_text(l: Locale, p: Period) -> String {
    match (p, l) {
        (Period::Days(n), Locale::En) => format!("{n} day{}", if n == 1 { "" } else { "s" }),
        (Period::Days(n), _) => format!("{n} 日"),
        (Period::Months(n), Locale::En) => format!("{n} month{}", if n == 1 { "" } else { "s" }),
        (Period::Months(n), Locale::ZhHans) => format!("{n} 个月"),
        (Period::Months(n), Locale::ZhHant) => format!("{n} 個月"),
    }
}

pub(crate) fn step_dto(l: Locale, s: &Step) -> StepDto {
    let (kind, date, text) = match s {
        Step::Trigger { date } => (
            StepKindDto::Trigger,
            *date,
            match l {
                Locale::En => format!(
                    "Trigger: {date} ({}); this day is not counted.",
                    weekday(l, *date)
                ),
                Locale::ZhHans => format!("起算日：{date}（{}），当日不计入。", weekday(l, *date)),
                Locale::ZhHant => format!("起算日：{date}（{}），當日不計入。", weekday(l, *date)),
            },
        ),
        Step::Counted {
            first,
            period,
            raw_end,
        } => (
            StepKindDto::Counted,
            *raw_end,
            match l {
                Locale::En => format!(
                    "Counting {} from {first} ends on {raw_end} ({}).",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
                Locale::ZhHans => format!(
                    "自 {first} 起计算 {}，期间届满日为 {raw_end}（{}）。",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
                Locale::ZhHant => format!(
                    "自 {first} 起計算 {}，期間屆滿日為 {raw_end}（{}）。",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
            },
        ),
        Step::MonthEnd { wanted_day, date } => (
            StepKindDto::MonthEnd,
            *date,
            match l {
                Locale::En => format!(
                    "That month has no day {wanted_day}, so the period ends on its last day, {date}."
                ),
                Locale::ZhHans => {
                    format!("该月没有 {wanted_day} 日，期间以该月最后一日 {date} 为届满日。")
                }
                Locale::ZhHant => {
                    format!("該月沒有 {wanted_day} 日，期間以該月最後一日 {date} 為屆滿日。")
                }
            },
        ),
        Step::Skipped { date, reason } => (
            StepKindDto::Skipped,
            *date,
            match l {
                Locale::En => format!(
                    "{date} is not counted (a period of 6 days or less): it is {}.",
                    reason_text(l, reason)
                ),
                Locale::ZhHans => format!(
                    "{date} 不计入（六日或以下的期间）：{}。",
                    reason_text(l, reason)
                ),
                Locale::ZhHant => format!(
                    "{date} 不計入（六日或以下的期間）：{}。",
                    reason_text(l, reason)
                ),
            },
        ),
        Step::MakeUpWorkday { date, holiday } => (
            StepKindDto::MakeUpWorkday,
            *date,
            make_up_text(l, *date, holiday),
        ),
        Step::Rolled { date, reason } => (
            StepKindDto::Rolled,
            *date,
            match l {
                Locale::En => format!(
                    "{date} is {}: the deadline moves to the next day.",
                    reason_text(l, reason)
                ),
                Locale::ZhHans => {
                    format!("{date} 是{}，期限顺延至下一日。", reason_text(l, reason))
                }
                Locale::ZhHant => {
                    format!("{date} 是{}，期限順延至下一日。", reason_text(l, reason))
                }
            },
        ),
        Step::Due { date } => (
            StepKindDto::Due,
            *date,
            match l {
                Locale::En => format!("Due: {date} ({}).", weekday(l, *date)),
                Locale::ZhHans => format!("期限届满日：{date}（{}）。", weekday(l, *date)),
                Locale::ZhHant => format!("期限屆滿日：{date}（{}）。", weekday(l, *date)),
            },
        ),
    };
    StepDto {
        kind,
        date: date.to_string(),
        text,
    }
}
