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
    crate::script::name(l, b)
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

/// A ranking reason as a sentence.
pub fn reason(l: Locale, r: &Reason) -> String {
    match r {
        Reason::Language { level, .. } => match l {
            Locale::En => format!(
                "Speaks the language of the proceedings ({})",
                level_label(l, *level)
            ),
            Locale::ZhHans => format!("通晓程序语言（{}）", level_label(l, *level)),
            Locale::ZhHant => format!("通曉程序語言（{}）", level_label(l, *level)),
        },
        Reason::Panel { panel, .. } => match l {
            Locale::En => format!("On the {}", panel_label(l, *panel)),
            _ => format!(
                "{}{}",
                l.pick("", "在册：", "在冊："),
                panel_label(l, *panel)
            ),
        },
        Reason::Capacity { open, max, .. } => match (l, max) {
            (Locale::En, Some(m)) => format!("{open} of {m} appointments in use"),
            (Locale::En, None) => format!("{open} open appointments, no stated maximum"),
            (Locale::ZhHans, Some(m)) => format!("在办 {open} 宗（上限 {m} 宗）"),
            (Locale::ZhHans, None) => format!("在办 {open} 宗，未设上限"),
            (Locale::ZhHant, Some(m)) => format!("在辦 {open} 宗（上限 {m} 宗）"),
            (Locale::ZhHant, None) => format!("在辦 {open} 宗，未設上限"),
        },
        Reason::Disclosures { count, .. } => match l {
            Locale::En => format!("{count} finding(s) to disclose"),
            Locale::ZhHans => format!("{count} 项须披露事项"),
            Locale::ZhHant => format!("{count} 項須披露事項"),
        },
        Reason::Blocked { count, .. } => match l {
            Locale::En => format!("{count} unresolved blocking finding(s)"),
            Locale::ZhHans => format!("{count} 项未解决的阻却事项"),
            Locale::ZhHant => format!("{count} 項未解決的阻卻事項"),
        },
    }
}

mod hearings;
pub use hearings::{
    hearing_finding, never_meet, no_free_time, person_hours, relax_end, relax_start, relax_zone,
    try_later, venue_hours,
};
