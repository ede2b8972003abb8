//! A deadline's explanation in words: each step, the day it skipped or rolled over and why (a
//! holiday, a weekend, a gale or black-rain warning, a make-up working day), in the clerk's language.

use super::*;

/// A holiday's or a closure's name in the clerk's language and script.
fn name(l: Locale, b: &docket_domain::text::Bilingual) -> String {
    crate::script::name(l, b)
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

/// A day in a sentence: with its weekday, unless the reason already names it (a Sunday, a Saturday,
/// a weekend).
fn day_for(l: Locale, d: CivilDate, reason: &OffReason) -> String {
    match reason {
        OffReason::Sunday | OffReason::Saturday | OffReason::Weekend => l.date(d),
        _ => l.date_weekday(d),
    }
}

/// Why a day is or is not a working day.
pub(crate) fn status_text(l: Locale, d: CivilDate, status: &DayStatus) -> String {
    match status {
        DayStatus::Working { make_up: Some(h) } => make_up_text(l, d, h),
        DayStatus::Working { make_up: None } => {
            let on = l.date_weekday(d);
            say!(
                l,
                "{on} is a working day.",
                "{on}是工作日。",
                "{on}是工作日。"
            )
        }
        DayStatus::Off(reason) => {
            let (on, why) = (day_for(l, d, reason), reason_text(l, reason));
            say!(l, "{on} is {why}.", "{on}是{why}。", "{on}是{why}。")
        }
    }
}

fn make_up_text(l: Locale, d: CivilDate, holiday: &docket_domain::text::Bilingual) -> String {
    let (on, wd, h) = (l.date(d), l.weekday_long(d), name(l, holiday));
    say!(
        l,
        "{on} is a {wd} but a Mainland make-up working day ({h}), so it is a working day.",
        "{on}虽是{wd}，但为内地调休上班日（{h}），属工作日。",
        "{on}雖是{wd}，但為內地調休上班日（{h}），屬工作日。"
    )
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

/// One step of an explanation in words; every date with its weekday (`3 Dec 2026 (Thu)`,
/// `2026年12月3日（星期四）`).
pub(crate) fn step_dto(l: Locale, s: &Step) -> StepDto {
    let (kind, date, text) = match s {
        Step::Trigger { date } => {
            let on = l.date_weekday(*date);
            (
                StepKindDto::Trigger,
                *date,
                say!(
                    l,
                    "Trigger: {on}; this day is not counted.",
                    "起算日：{on}，当日不计入。",
                    "起算日：{on}，當日不計入。"
                ),
            )
        }
        Step::Counted {
            first,
            period,
            raw_end,
        } => {
            let (from, p, end) = (
                l.date_weekday(*first),
                period_text(l, *period),
                l.date_weekday(*raw_end),
            );
            (
                StepKindDto::Counted,
                *raw_end,
                say!(
                    l,
                    "Counting {p} from {from} ends on {end}.",
                    "自{from}起计算 {p}，期间届满日为{end}。",
                    "自{from}起計算 {p}，期間屆滿日為{end}。"
                ),
            )
        }
        Step::MonthEnd { wanted_day, date } => {
            let on = l.date_weekday(*date);
            (
                StepKindDto::MonthEnd,
                *date,
                say!(
                    l,
                    "That month has no day {wanted_day}, so the period ends on its last day, {on}.",
                    "该月没有 {wanted_day} 日，期间以该月最后一日{on}为届满日。",
                    "該月沒有 {wanted_day} 日，期間以該月最後一日{on}為屆滿日。"
                ),
            )
        }
        Step::Skipped { date, reason } => {
            let (on, why) = (day_for(l, *date, reason), reason_text(l, reason));
            (
                StepKindDto::Skipped,
                *date,
                say!(
                    l,
                    "{on} is not counted (a period of 6 days or less): it is {why}.",
                    "{on}不计入（六日或以下的期间）：{why}。",
                    "{on}不計入（六日或以下的期間）：{why}。"
                ),
            )
        }
        Step::MakeUpWorkday { date, holiday } => (
            StepKindDto::MakeUpWorkday,
            *date,
            make_up_text(l, *date, holiday),
        ),
        Step::Rolled { date, reason } => {
            let (on, why) = (day_for(l, *date, reason), reason_text(l, reason));
            (
                StepKindDto::Rolled,
                *date,
                say!(
                    l,
                    "{on} is {why}: the deadline moves to the next day.",
                    "{on}是{why}，期限顺延至下一日。",
                    "{on}是{why}，期限順延至下一日。"
                ),
            )
        }
        Step::Due { date } => {
            let on = l.date_weekday(*date);
            (
                StepKindDto::Due,
                *date,
                say!(l, "Due: {on}.", "期限届满日：{on}。", "期限屆滿日：{on}。"),
            )
        }
    };
    StepDto {
        kind,
        date: date.to_string(),
        text,
    }
}
