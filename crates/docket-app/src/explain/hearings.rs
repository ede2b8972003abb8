//! Hearing findings and the slot finder in words: double bookings, travel between Shenzhen and Hong
//! Kong, holidays, participants' working hours in their own zones, and how to widen a search.

use super::*;

fn hhmm(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

fn zone_place(l: Locale, zone: docket_domain::time::Zone) -> String {
    let name = zone.name();
    let s = match name {
        "Asia/Hong_Kong" => l.pick("Hong Kong", "香港", "香港"),
        "Asia/Shanghai" => l.pick("Shenzhen", "深圳", "深圳"),
        "Europe/Berlin" => l.pick("Berlin", "柏林", "柏林"),
        "Europe/London" => l.pick("London", "伦敦", "倫敦"),
        "America/New_York" => l.pick("New York", "纽约", "紐約"),
        "America/Sao_Paulo" => l.pick("São Paulo", "圣保罗", "聖保羅"),
        "Asia/Singapore" => l.pick("Singapore", "新加坡", "新加坡"),
        "Asia/Tokyo" => l.pick("Tokyo", "东京", "東京"),
        _ => return name.to_owned(),
    };
    s.to_owned()
}

fn local_text(local: docket_domain::time::LocalDateTime) -> String {
    local.to_iso().replace('T', " ")
}

fn instant_text(seconds: i64, zone: docket_domain::time::Zone) -> String {
    docket_domain::time::Instant::from_unix_seconds(seconds)
        .map(|i| local_text(i.local_in(zone)))
        .unwrap_or_default()
}

/// A scheduling finding as a sentence.
pub fn hearing_finding(l: Locale, f: &docket_domain::schedule::Finding) -> String {
    use docket_domain::schedule::{Finding as F, Session};
    let hk = docket_domain::time::Zone::hong_kong();
    match f {
        F::PersonDoubleBooked {
            who,
            other,
            other_start,
        } => match l {
            Locale::En => format!(
                "{} is already in {other} from {} (Hong Kong time).",
                name(l, who),
                instant_text(*other_start, hk)
            ),
            Locale::ZhHans => format!(
                "{}已安排参加 {other}（香港时间 {} 开始）。",
                name(l, who),
                instant_text(*other_start, hk)
            ),
            Locale::ZhHant => format!(
                "{}已安排出席 {other}（香港時間 {} 開始）。",
                name(l, who),
                instant_text(*other_start, hk)
            ),
        },
        F::RoomDoubleBooked { other, other_start } => match l {
            Locale::En => format!(
                "The room is booked for {other} from {} (Hong Kong time).",
                instant_text(*other_start, hk)
            ),
            Locale::ZhHans => format!(
                "该房间已被 {other} 预订（香港时间 {} 开始）。",
                instant_text(*other_start, hk)
            ),
            Locale::ZhHant => format!(
                "該房間已被 {other} 預訂（香港時間 {} 開始）。",
                instant_text(*other_start, hk)
            ),
        },
        F::TravelTooTight {
            who,
            other,
            minutes_between,
            needed,
        } => match l {
            Locale::En => format!(
                "{} has {minutes_between} min between this and {other} on the other side of the border; {needed} min are needed to cross.",
                name(l, who)
            ),
            Locale::ZhHans => format!(
                "{}在本场与 {other}（另一边境）之间只有 {minutes_between} 分钟，过境需要 {needed} 分钟。",
                name(l, who)
            ),
            Locale::ZhHant => format!(
                "{}在本場與 {other}（另一邊境）之間只有 {minutes_between} 分鐘，過境需要 {needed} 分鐘。",
                name(l, who)
            ),
        },
        F::Holiday {
            jurisdiction,
            name: holiday,
            date,
        } => {
            let side = match jurisdiction {
                docket_domain::deadline::Jurisdiction::HongKong => l.pick(
                    "a Hong Kong general holiday",
                    "香港公众假期",
                    "香港公眾假期",
                ),
                docket_domain::deadline::Jurisdiction::Mainland => {
                    l.pick("a Mainland day off", "内地休息日", "內地休息日")
                }
            };
            let what = holiday.as_ref().map(|h| name(l, h)).unwrap_or_default();
            match l {
                Locale::En => format!(
                    "{date} is {side}{}.",
                    if what.is_empty() {
                        String::new()
                    } else {
                        format!(" ({what})")
                    }
                ),
                _ => format!(
                    "{date} 为{side}{}。",
                    if what.is_empty() {
                        String::new()
                    } else {
                        format!("（{what}）")
                    }
                ),
            }
        }
        F::NoHolidayData { jurisdiction, year } => match l {
            Locale::En => format!(
                "No {} holiday data for {year}: import it to check this date.",
                jurisdiction.code()
            ),
            Locale::ZhHans => format!(
                "尚无 {year} 年 {} 假期数据，请先导入。",
                jurisdiction.code()
            ),
            Locale::ZhHant => format!(
                "尚無 {year} 年 {} 假期資料，請先匯入。",
                jurisdiction.code()
            ),
        },
        F::Weather { kind, session } => {
            let warning = match kind {
                docket_domain::deadline::WeatherKind::Signal8 => {
                    l.pick("Signal No. 8", "八号风球", "八號風球")
                }
                docket_domain::deadline::WeatherKind::BlackRain => {
                    l.pick("a black rainstorm warning", "黑色暴雨警告", "黑色暴雨警告")
                }
                docket_domain::deadline::WeatherKind::ExtremeConditions => {
                    l.pick("extreme conditions", "极端情况", "極端情況")
                }
            };
            match (l, session) {
                (Locale::En, Session::Morning) => {
                    format!("{warning} was in force at 06:00: morning hearings are adjourned.")
                }
                (Locale::En, Session::Afternoon) => format!(
                    "{warning} was still in force at 11:00: afternoon hearings are adjourned."
                ),
                (Locale::ZhHans, Session::Morning) => {
                    format!("早上 6 时{warning}生效：上午聆讯押后。")
                }
                (Locale::ZhHans, Session::Afternoon) => {
                    format!("上午 11 时{warning}仍然生效：下午聆讯押后。")
                }
                (Locale::ZhHant, Session::Morning) => {
                    format!("早上 6 時{warning}生效：上午聆訊押後。")
                }
                (Locale::ZhHant, Session::Afternoon) => {
                    format!("上午 11 時{warning}仍然生效：下午聆訊押後。")
                }
            }
        }
        F::OutsideHours {
            who,
            zone,
            local_start,
            local_end,
            hours,
        } => match l {
            Locale::En => format!(
                "For {} in {} this is {}–{}, outside {}.",
                name(l, who),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm(),
                hours.display()
            ),
            Locale::ZhHans => format!(
                "{}（{}）当地时间为 {}–{}，超出 {}。",
                name(l, who),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm(),
                hours.display()
            ),
            Locale::ZhHant => format!(
                "{}（{}）當地時間為 {}–{}，超出 {}。",
                name(l, who),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm(),
                hours.display()
            ),
        },
        F::OutsideVenueHours {
            zone,
            local_start,
            local_end,
            hours,
        } => {
            let (open, place) = (hours.display(), zone_place(l, *zone));
            let (from, until) = (local_text(*local_start), local_end.hh_mm());
            match l {
                Locale::En => {
                    format!("The room is open {open} ({place}); this hearing runs {from}–{until}.")
                }
                Locale::ZhHans => {
                    format!("房间开放时间为 {open}（{place}），此庭审时间为 {from}–{until}。")
                }
                Locale::ZhHant => {
                    format!("房間開放時間為 {open}（{place}），此聆訊時間為 {from}–{until}。")
                }
            }
        }
        F::Unavailable { who, reason } => {
            let who = name(l, who);
            let why = |sep: &str| {
                if reason.is_empty() {
                    String::new()
                } else {
                    format!("{sep}{reason}")
                }
            };
            match l {
                Locale::En => format!("{who} is unavailable then{}.", why(": ")),
                Locale::ZhHans => format!("{who}届时不可出席{}。", why("：")),
                Locale::ZhHant => format!("{who}屆時不可出席{}。", why("：")),
            }
        }
        F::Shoulder {
            who,
            zone,
            local_start,
            usual,
        } => match l {
            Locale::En => format!(
                "Clock-change week: for {} in {} this is {} — the same hearing time a week away is {}.",
                name(l, who),
                zone_place(l, *zone),
                local_start.hh_mm(),
                usual.hh_mm()
            ),
            Locale::ZhHans => format!(
                "夏令时调整周：{}（{}）当地时间为 {}，相隔一周的同一时间则为 {}。",
                name(l, who),
                zone_place(l, *zone),
                local_start.hh_mm(),
                usual.hh_mm()
            ),
            Locale::ZhHant => format!(
                "夏令時調整週：{}（{}）當地時間為 {}，相隔一週的同一時間則為 {}。",
                name(l, who),
                zone_place(l, *zone),
                local_start.hh_mm(),
                usual.hh_mm()
            ),
        },
    }
}

pub fn venue_hours(
    l: Locale,
    zone: docket_domain::time::Zone,
    hours: docket_domain::schedule::Hours,
) -> String {
    match l {
        Locale::En => format!("the venue in {} ({})", zone_place(l, zone), hours.display()),
        _ => format!("{}场地（{}）", zone_place(l, zone), hours.display()),
    }
}

pub fn person_hours(l: Locale, p: &docket_domain::schedule::Participant) -> String {
    match l {
        Locale::En => format!(
            "{} in {} ({})",
            name(l, &p.name),
            zone_place(l, p.zone),
            p.hours.display()
        ),
        _ => format!(
            "{}（{}，{}）",
            name(l, &p.name),
            zone_place(l, p.zone),
            p.hours.display()
        ),
    }
}

pub fn never_meet(l: Locale, a: &str, b: &str, minutes: u32) -> String {
    match l {
        Locale::En => format!("The hours of {a} and {b} never share {minutes} minutes."),
        Locale::ZhHans => format!("{a}与{b}的可用时间从不重叠 {minutes} 分钟。"),
        Locale::ZhHant => format!("{a}與{b}的可用時間從不重疊 {minutes} 分鐘。"),
    }
}

pub fn relax_start(l: Locale, who: &str, from: u32) -> String {
    match l {
        Locale::En => format!(
            "Ask {who} to accept a start from {} their time.",
            hhmm(from)
        ),
        Locale::ZhHans => format!("请{who}接受当地时间 {} 起开始。", hhmm(from)),
        Locale::ZhHant => format!("請{who}接受當地時間 {} 起開始。", hhmm(from)),
    }
}

pub fn relax_end(l: Locale, who: &str, until: u32) -> String {
    match l {
        Locale::En => format!(
            "Ask {who} to accept an end until {} their time.",
            hhmm(until)
        ),
        Locale::ZhHans => format!("请{who}接受当地时间 {} 前结束。", hhmm(until)),
        Locale::ZhHant => format!("請{who}接受當地時間 {} 前結束。", hhmm(until)),
    }
}

pub fn relax_zone(l: Locale, zone: docket_domain::time::Zone) -> String {
    match l {
        Locale::En => format!(
            "Hold it online on {} time ({}).",
            zone_place(l, zone),
            zone.name()
        ),
        Locale::ZhHans => format!(
            "改为按{}时间（{}）在线进行。",
            zone_place(l, zone),
            zone.name()
        ),
        Locale::ZhHant => format!(
            "改為按{}時間（{}）在線進行。",
            zone_place(l, zone),
            zone.name()
        ),
    }
}

pub fn no_free_time(
    l: Locale,
    from: docket_domain::time::CivilDate,
    to: docket_domain::time::CivilDate,
) -> String {
    match l {
        Locale::En => format!(
            "Everyone's hours fit, but hearings, unavailability, the room or holidays leave no common time from {from} to {to}."
        ),
        Locale::ZhHans => format!(
            "各方时间可以配合，但 {from} 至 {to} 期间因已排聆讯、不可用时间、房间或假期而没有共同空档。"
        ),
        Locale::ZhHant => format!(
            "各方時間可以配合，但 {from} 至 {to} 期間因已排聆訊、不可用時間、房間或假期而沒有共同空檔。"
        ),
    }
}

pub fn try_later(l: Locale) -> String {
    l.pick(
        "Search a longer or later range, or a shorter hearing.",
        "请搜索更长或更晚的期间，或缩短聆讯时长。",
        "請搜尋更長或更晚的期間，或縮短聆訊時長。",
    )
    .to_owned()
}
