//! Conflict findings, ranking reasons and roster labels in the clerk's language.

use crate::i18n::Locale;
use docket_domain::conflict::rank::Reason;
use docket_domain::conflict::{Facts, Rule};
use docket_domain::roster::appointment::AppointmentRole;
use docket_domain::roster::party::ConnectionKind;
use docket_domain::roster::{LanguageLevel, Panel};
use docket_domain::text::Bilingual;
use docket_domain::workflow::Institution;

fn name(l: Locale, b: &Bilingual) -> String {
    b.display(l.prefers_chinese()).to_owned()
}

fn names(l: Locale, list: &[Bilingual]) -> String {
    let sep = l.pick(", ", "、", "、");
    list.iter()
        .map(|b| name(l, b))
        .collect::<Vec<_>>()
        .join(sep)
}

pub fn role_label(l: Locale, r: AppointmentRole) -> &'static str {
    match r {
        AppointmentRole::SoleArbitrator => l.pick("Sole arbitrator", "独任仲裁员", "獨任仲裁員"),
        AppointmentRole::PresidingArbitrator => {
            l.pick("Presiding arbitrator", "首席仲裁员", "首席仲裁員")
        }
        AppointmentRole::CoArbitrator => l.pick("Co-arbitrator", "边裁", "邊裁"),
        AppointmentRole::EmergencyArbitrator => {
            l.pick("Emergency arbitrator", "紧急仲裁员", "緊急仲裁員")
        }
        AppointmentRole::Mediator => l.pick("Mediator", "调解员", "調解員"),
    }
}

pub fn rule_name(l: Locale, r: Rule) -> &'static str {
    match r {
        Rule::PartyRepeat => l.pick(
            "Repeat appointments by a party",
            "同一当事人多次指定",
            "同一當事人多次指定",
        ),
        Rule::CounselRepeat => l.pick(
            "Repeat appointments by counsel or firm",
            "同一代理人或律所多次指定",
            "同一代理人或律所多次指定",
        ),
        Rule::PartyConnection => l.pick(
            "Connection with a party",
            "与当事人的关联",
            "與當事人的關聯",
        ),
        Rule::RelatedCase => l.pick("Related case", "关联案件", "關聯案件"),
        Rule::Nationality => l.pick(
            "Nationality of sole or presiding arbitrator",
            "独任或首席仲裁员国籍",
            "獨任或首席仲裁員國籍",
        ),
        Rule::MediatorAsArbitrator => l.pick(
            "Mediator acting as arbitrator",
            "调解员转任仲裁员",
            "調解員轉任仲裁員",
        ),
        Rule::Capacity => l.pick("Capacity", "办案量", "辦案量"),
        Rule::Language => l.pick("Language of the proceedings", "程序语言", "程序語言"),
        Rule::PanelTerm => l.pick("Panel term", "名册任期", "名冊任期"),
        Rule::FeeCap => l.pick("Hourly-rate cap", "小时费率上限", "小時費率上限"),
    }
}

pub fn panel_label(l: Locale, p: Panel) -> &'static str {
    match p {
        Panel::SciaArbitrators => l.pick(
            "SCIA Panel of Arbitrators",
            "深国仲仲裁员名册",
            "深國仲仲裁員名冊",
        ),
        Panel::HkiacPanel => l.pick(
            "HKIAC Panel of Arbitrators",
            "HKIAC 仲裁员名册",
            "HKIAC 仲裁員名冊",
        ),
        Panel::HkiacList => l.pick(
            "HKIAC List of Arbitrators",
            "HKIAC 仲裁员名单",
            "HKIAC 仲裁員名單",
        ),
        Panel::SciaMediators => l.pick("SCIA Mediation Center", "深国仲调解中心", "深國仲調解中心"),
        Panel::Hkmaal => l.pick(
            "HKMAAL accredited mediators",
            "香港调解资历评审协会认可调解员",
            "香港調解資歷評審協會認可調解員",
        ),
        Panel::HkiacMediators => l.pick(
            "HKIAC Panel of Mediators",
            "HKIAC 调解员名册",
            "HKIAC 調解員名冊",
        ),
    }
}

/// "acted as counsel for X" in the clerk's language.
fn connection_phrase(l: Locale, k: ConnectionKind, party: &str) -> String {
    match (k, l) {
        (ConnectionKind::Counsel, Locale::En) => format!("acted as counsel for {party}"),
        (ConnectionKind::Counsel, Locale::ZhHans) => format!("曾担任{party}的代理人"),
        (ConnectionKind::Counsel, Locale::ZhHant) => format!("曾擔任{party}的代理人"),
        (ConnectionKind::Officer, Locale::En) => format!("was an officer or employee of {party}"),
        (ConnectionKind::Officer, Locale::ZhHans) => format!("曾任职于{party}"),
        (ConnectionKind::Officer, Locale::ZhHant) => format!("曾任職於{party}"),
        (ConnectionKind::Shareholder, Locale::En) => {
            format!("holds a financial interest in {party}")
        }
        (ConnectionKind::Shareholder, Locale::ZhHans) => format!("持有{party}的权益"),
        (ConnectionKind::Shareholder, Locale::ZhHant) => format!("持有{party}的權益"),
        (ConnectionKind::Personal, Locale::En) => format!("has a close relationship with {party}"),
        (ConnectionKind::Personal, Locale::ZhHans) => format!("与{party}有密切关系"),
        (ConnectionKind::Personal, Locale::ZhHant) => format!("與{party}有密切關係"),
        (ConnectionKind::Other, Locale::En) => format!("is connected to {party}"),
        (ConnectionKind::Other, Locale::ZhHans) => format!("与{party}有关联"),
        (ConnectionKind::Other, Locale::ZhHant) => format!("與{party}有關聯"),
    }
}

fn level_label(l: Locale, v: LanguageLevel) -> &'static str {
    match v {
        LanguageLevel::Native => l.pick("native", "母语", "母語"),
        LanguageLevel::Fluent => l.pick("fluent", "流利", "流利"),
        LanguageLevel::Working => l.pick("working", "工作语言", "工作語言"),
        LanguageLevel::Basic => l.pick("basic", "基础", "基礎"),
    }
}

fn language_label(l: Locale, tag: &str) -> String {
    let s = match tag {
        "en" => l.pick("English", "英语", "英語"),
        "zh" => l.pick("Chinese", "中文", "中文"),
        "cmn" => l.pick("Putonghua", "普通话", "普通話"),
        "yue" => l.pick("Cantonese", "粤语", "粵語"),
        "pt" => l.pick("Portuguese", "葡萄牙语", "葡萄牙語"),
        "de" => l.pick("German", "德语", "德語"),
        "fr" => l.pick("French", "法语", "法語"),
        "es" => l.pick("Spanish", "西班牙语", "西班牙語"),
        "ja" => l.pick("Japanese", "日语", "日語"),
        other => return other.to_owned(),
    };
    s.to_owned()
}

fn institution(l: Locale, i: Institution) -> &'static str {
    match i {
        Institution::Hkiac => l.pick("Hong Kong (HKIAC)", "香港（HKIAC）", "香港（HKIAC）"),
        Institution::Scia => l.pick("Shenzhen (SCIA)", "深圳（深国仲）", "深圳（深國仲）"),
    }
}

/// The plain explanation of a finding.
pub fn explain(l: Locale, facts: &Facts) -> String {
    match facts {
        Facts::PartyRepeat {
            party,
            count,
            since,
            cases,
        } => match l {
            Locale::En => format!(
                "{} (or an affiliate) has appointed this neutral {count} times since {since}: {}.",
                name(l, party),
                cases.join(", ")
            ),
            Locale::ZhHans => format!(
                "{}（或其关联方）自 {since} 起已指定该人选 {count} 次：{}。",
                name(l, party),
                cases.join("、")
            ),
            Locale::ZhHant => format!(
                "{}（或其關聯方）自 {since} 起已指定該人選 {count} 次：{}。",
                name(l, party),
                cases.join("、")
            ),
        },
        Facts::CounselRepeat {
            who,
            firm,
            count,
            since,
            cases,
        } => {
            let what = if *firm {
                l.pick("The firm", "律所", "律所")
            } else {
                l.pick("Counsel", "代理人", "代理人")
            };
            match l {
                Locale::En => format!(
                    "{what} {} has nominated this neutral {count} times since {since}: {}.",
                    name(l, who),
                    cases.join(", ")
                ),
                Locale::ZhHans => format!(
                    "{what}{}自 {since} 起已提名该人选 {count} 次：{}。",
                    name(l, who),
                    cases.join("、")
                ),
                Locale::ZhHant => format!(
                    "{what}{}自 {since} 起已提名該人選 {count} 次：{}。",
                    name(l, who),
                    cases.join("、")
                ),
            }
        }
        Facts::PartyConnection {
            party,
            kind,
            until,
            note,
        } => {
            let when = match (l, until) {
                (Locale::En, Some(u)) => format!(" until {u}"),
                (_, Some(u)) => format!("（至 {u}）"),
                (Locale::En, None) => " and still does".to_owned(),
                (Locale::ZhHans, None) => "（仍在持续）".to_owned(),
                (Locale::ZhHant, None) => "（仍在持續）".to_owned(),
            };
            let note = if note.is_empty() {
                String::new()
            } else {
                format!(" — {note}")
            };
            let phrase = connection_phrase(l, *kind, &name(l, party));
            match l {
                Locale::En => format!("The neutral {phrase}{when}.{note}"),
                Locale::ZhHans => format!("该人选{phrase}{when}。{note}"),
                Locale::ZhHant => format!("該人選{phrase}{when}。{note}"),
            }
        }
        Facts::RelatedCase {
            case_reference,
            role,
        } => match l {
            Locale::En => format!(
                "Sits or sat as {} in the related case {case_reference}, which involves the same party.",
                role_label(l, *role).to_lowercase()
            ),
            Locale::ZhHans => format!(
                "在涉及同一当事人的关联案件 {case_reference} 中担任{}。",
                role_label(l, *role)
            ),
            Locale::ZhHant => format!(
                "在涉及同一當事人的關聯案件 {case_reference} 中擔任{}。",
                role_label(l, *role)
            ),
        },
        Facts::Nationality { shared, parties } => match l {
            Locale::En => format!(
                "The parties have different nationalities and the neutral shares {} with {}. A sole or presiding arbitrator needs the written agreement of all parties.",
                shared.join(", "),
                names(l, parties)
            ),
            Locale::ZhHans => format!(
                "当事人国籍不同，该人选与{}同为 {} 国籍。独任或首席仲裁员须经全体当事人书面同意。",
                names(l, parties),
                shared.join("、")
            ),
            Locale::ZhHant => format!(
                "當事人國籍不同，該人選與{}同為 {} 國籍。獨任或首席仲裁員須經全體當事人書面同意。",
                names(l, parties),
                shared.join("、")
            ),
        },
        Facts::MediatorAsArbitrator {
            mediated_on,
            hong_kong_seat,
        } => match (l, hong_kong_seat) {
            (Locale::En, true) => format!(
                "The neutral was appointed mediator in this dispute on {mediated_on}. In Hong Kong, a mediator may act as arbitrator only with the written consent of all parties."
            ),
            (Locale::En, false) => format!(
                "The neutral was appointed mediator in this dispute on {mediated_on}. Disclose this to the parties before the arbitration."
            ),
            (Locale::ZhHans, true) => format!(
                "该人选已于 {mediated_on} 担任本争议的调解员。在香港，调解员须经全体当事人书面同意方可担任仲裁员。"
            ),
            (Locale::ZhHans, false) => {
                format!("该人选已于 {mediated_on} 担任本争议的调解员，仲裁前应向当事人披露。")
            }
            (Locale::ZhHant, true) => format!(
                "該人選已於 {mediated_on} 擔任本爭議的調解員。在香港，調解員須經全體當事人書面同意方可擔任仲裁員。"
            ),
            (Locale::ZhHant, false) => {
                format!("該人選已於 {mediated_on} 擔任本爭議的調解員，仲裁前應向當事人披露。")
            }
        },
        Facts::Capacity { open, max } => match l {
            Locale::En => {
                format!("Already holds {open} open appointments; their stated maximum is {max}.")
            }
            Locale::ZhHans => format!("已有 {open} 宗在办委任，其自定上限为 {max} 宗。"),
            Locale::ZhHant => format!("已有 {open} 宗在辦委任，其自定上限為 {max} 宗。"),
        },
        Facts::Language {
            case_language,
            spoken,
        } => {
            let spoken: Vec<String> = spoken
                .iter()
                .map(|s| {
                    format!(
                        "{} ({})",
                        language_label(l, &s.tag),
                        level_label(l, s.level)
                    )
                })
                .collect();
            let sep = l.pick(", ", "、", "、");
            match l {
                Locale::En => format!(
                    "The proceedings are in {}; the neutral speaks {}.",
                    language_label(l, case_language),
                    spoken.join(sep)
                ),
                Locale::ZhHans => format!(
                    "程序语言为{}，该人选的语言为：{}。",
                    language_label(l, case_language),
                    spoken.join(sep)
                ),
                Locale::ZhHant => format!(
                    "程序語言為{}，該人選的語言為：{}。",
                    language_label(l, case_language),
                    spoken.join(sep)
                ),
            }
        }
        Facts::PanelTerm {
            panel,
            institution: i,
            ended_on,
        } => match (panel, ended_on) {
            (None, _) => match l {
                Locale::En => format!(
                    "Not on a panel or list for appointments in {}.",
                    institution(l, *i)
                ),
                Locale::ZhHans => format!("不在{}的名册或名单上。", institution(l, *i)),
                Locale::ZhHant => format!("不在{}的名冊或名單上。", institution(l, *i)),
            },
            (Some(p), Some(end)) => match l {
                Locale::En => format!("The term on the {} ended on {end}.", panel_label(l, *p)),
                Locale::ZhHans => format!("{}任期已于 {end} 届满。", panel_label(l, *p)),
                Locale::ZhHant => format!("{}任期已於 {end} 屆滿。", panel_label(l, *p)),
            },
            (Some(p), None) => match l {
                Locale::En => format!(
                    "The term on the {} has not started on the appointment date.",
                    panel_label(l, *p)
                ),
                Locale::ZhHans => format!("委任日期时{}任期尚未开始。", panel_label(l, *p)),
                Locale::ZhHant => format!("委任日期時{}任期尚未開始。", panel_label(l, *p)),
            },
        },
        Facts::FeeCap {
            rate,
            cap,
            cap_from,
        } => match l {
            Locale::En => format!(
                "The rate {} is above the cap of {} in force for cases filed from {cap_from}. It needs the parties' agreement and the institution's approval.",
                rate.display(),
                cap.display()
            ),
            Locale::ZhHans => format!(
                "费率 {} 高于自 {cap_from} 起立案案件适用的上限 {}，须经当事人同意及机构批准。",
                rate.display(),
                cap.display()
            ),
            Locale::ZhHant => format!(
                "費率 {} 高於自 {cap_from} 起立案案件適用的上限 {}，須經當事人同意及機構批准。",
                rate.display(),
                cap.display()
            ),
        },
        Facts::FeeCurrency { rate, cap } => match l {
            Locale::En => format!(
                "The rate {} is not in {}, the currency of the cap ({}): agree the rate in {} before appointing.",
                rate.display(),
                cap.currency,
                cap.display(),
                cap.currency
            ),
            Locale::ZhHans => format!(
                "费率 {} 并非上限所用币种 {}（{}），委任前请以 {} 约定费率。",
                rate.display(),
                cap.currency,
                cap.display(),
                cap.currency
            ),
            Locale::ZhHant => format!(
                "費率 {} 並非上限所用幣種 {}（{}），委任前請以 {} 約定費率。",
                rate.display(),
                cap.currency,
                cap.display(),
                cap.currency
            ),
        },
    }
}

/// A ranking reason: its code and the sentence.
pub fn reason(l: Locale, r: &Reason) -> (&'static str, String) {
    match r {
        Reason::Language { level, .. } => (
            "language",
            match l {
                Locale::En => format!(
                    "Speaks the language of the proceedings ({})",
                    level_label(l, *level)
                ),
                Locale::ZhHans => format!("通晓程序语言（{}）", level_label(l, *level)),
                Locale::ZhHant => format!("通曉程序語言（{}）", level_label(l, *level)),
            },
        ),
        Reason::Panel { panel, .. } => (
            "panel",
            match l {
                Locale::En => format!("On the {}", panel_label(l, *panel)),
                _ => format!(
                    "{}{}",
                    l.pick("", "在册：", "在冊："),
                    panel_label(l, *panel)
                ),
            },
        ),
        Reason::Capacity { open, max, .. } => (
            "capacity",
            match (l, max) {
                (Locale::En, Some(m)) => format!("{open} of {m} appointments in use"),
                (Locale::En, None) => format!("{open} open appointments, no stated maximum"),
                (Locale::ZhHans, Some(m)) => format!("在办 {open} 宗（上限 {m} 宗）"),
                (Locale::ZhHans, None) => format!("在办 {open} 宗，未设上限"),
                (Locale::ZhHant, Some(m)) => format!("在辦 {open} 宗（上限 {m} 宗）"),
                (Locale::ZhHant, None) => format!("在辦 {open} 宗，未設上限"),
            },
        ),
        Reason::Disclosures { count, .. } => (
            "disclosures",
            match l {
                Locale::En => format!("{count} finding(s) to disclose"),
                Locale::ZhHans => format!("{count} 项须披露事项"),
                Locale::ZhHant => format!("{count} 項須披露事項"),
            },
        ),
        Reason::Blocked { count, .. } => (
            "blocked",
            match l {
                Locale::En => format!("{count} unresolved blocking finding(s)"),
                Locale::ZhHans => format!("{count} 项未解决的阻却事项"),
                Locale::ZhHant => format!("{count} 項未解決的阻卻事項"),
            },
        ),
    }
}

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
        } => match l {
            Locale::En => format!(
                "The room is open {} ({}); this hearing runs {}–{}.",
                hours.display(),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm()
            ),
            Locale::ZhHans => format!(
                "房间开放时间为 {}（{}），此庭审时间为 {}–{}。",
                hours.display(),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm()
            ),
            Locale::ZhHant => format!(
                "房間開放時間為 {}（{}），此聆訊時間為 {}–{}。",
                hours.display(),
                zone_place(l, *zone),
                local_text(*local_start),
                local_end.hh_mm()
            ),
        },
        F::Unavailable { who, reason } => match l {
            Locale::En => format!(
                "{} is unavailable then{}.",
                name(l, who),
                if reason.is_empty() {
                    String::new()
                } else {
                    format!(": {reason}")
                }
            ),
            Locale::ZhHans => format!(
                "{}届时不可出席{}。",
                name(l, who),
                if reason.is_empty() {
                    String::new()
                } else {
                    format!("：{reason}")
                }
            ),
            Locale::ZhHant => format!(
                "{}屆時不可出席{}。",
                name(l, who),
                if reason.is_empty() {
                    String::new()
                } else {
                    format!("：{reason}")
                }
            ),
        },
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
