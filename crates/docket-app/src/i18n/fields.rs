//! A refused field in words: the field's name as the form shows it and what was wrong with the value
//! (required, too long, not of the accepted form — which form, by its typed `Expected`).

use super::*;

/// The sentence for one refused field, naming the field in the clerk's language.
pub fn describe_field(l: Locale, f: &FieldProblem) -> String {
    let name = field_label(l, &f.field);
    match &f.reason {
        FieldProblemReason::Required => match l {
            Locale::En => format!("{name} is required."),
            Locale::ZhHans => format!("“{name}”为必填项。"),
            Locale::ZhHant => format!("「{name}」為必填項。"),
        },
        FieldProblemReason::TooLong { max } => match l {
            Locale::En => format!("{name} is longer than {max} characters."),
            Locale::ZhHans => format!("“{name}”超过 {max} 个字符。"),
            Locale::ZhHant => format!("「{name}」超過 {max} 個字元。"),
        },
        FieldProblemReason::Malformed { expected } => match (l, expected_label(l, *expected)) {
            (_, None) => match l {
                Locale::En => format!("{name} is not valid."),
                Locale::ZhHans => format!("“{name}”格式无效。"),
                Locale::ZhHant => format!("「{name}」格式無效。"),
            },
            (_, Some(expected)) => match l {
                Locale::En => format!("{name} is not valid (expected {expected})."),
                Locale::ZhHans => format!("“{name}”格式无效（应为 {expected}）。"),
                Locale::ZhHant => format!("「{name}」格式無效（應為 {expected}）。"),
            },
        },
        FieldProblemReason::UnknownZone { zone, tzdb } if !zone.is_empty() => match l {
            Locale::En => format!(
                "{name}: “{zone}” is not a time zone in tz database {tzdb} (use an IANA name such as Asia/Hong_Kong)."
            ),
            Locale::ZhHans => {
                format!(
                    "{name}：“{zone}”不是时区数据库 {tzdb} 中的时区（请用 IANA 名称，如 Asia/Shanghai）。"
                )
            }
            Locale::ZhHant => {
                format!(
                    "{name}：「{zone}」不是時區資料庫 {tzdb} 中的時區（請用 IANA 名稱，如 Asia/Hong_Kong）。"
                )
            }
        },
        FieldProblemReason::UnknownZone { .. } => match l {
            Locale::En => format!(
                "{name} is not a known time zone (use an IANA name such as Asia/Hong_Kong)."
            ),
            Locale::ZhHans => format!("“{name}”不是已知时区（请用 IANA 名称，如 Asia/Shanghai）。"),
            Locale::ZhHant => {
                format!("「{name}」不是已知時區（請用 IANA 名稱，如 Asia/Hong_Kong）。")
            }
        },
        FieldProblemReason::OutOfRange { min, max } => match l {
            Locale::En => format!("{name} must be between {min} and {max}."),
            Locale::ZhHans => format!("“{name}”必须介于 {min} 与 {max} 之间。"),
            Locale::ZhHant => format!("「{name}」必須介於 {min} 與 {max} 之間。"),
        },
        FieldProblemReason::UnknownReference => match l {
            Locale::En => format!("{name} refers to a record that does not exist."),
            Locale::ZhHans => format!("“{name}”引用的记录不存在。"),
            Locale::ZhHant => format!("「{name}」引用的記錄不存在。"),
        },
        FieldProblemReason::Duplicate => match (f.field.as_str(), l) {
            ("email", Locale::En) => {
                "A neutral with this e-mail is already on the roster.".to_owned()
            }
            ("email", Locale::ZhHans) => "名册上已有使用此电子邮箱的人选。".to_owned(),
            ("email", Locale::ZhHant) => "名冊上已有使用此電子郵箱的人選。".to_owned(),
            ("date_of_birth", Locale::En) => {
                "A neutral with the same name and date of birth is already on the roster."
                    .to_owned()
            }
            ("date_of_birth", Locale::ZhHans) => "名册上已有同名且出生日期相同的人选。".to_owned(),
            ("date_of_birth", Locale::ZhHant) => "名冊上已有同名且出生日期相同的人選。".to_owned(),
            (_, Locale::En) => format!("{name} is already in use."),
            (_, Locale::ZhHans) => format!("“{name}”已被使用。"),
            (_, Locale::ZhHant) => format!("「{name}」已被使用。"),
        },
        FieldProblemReason::Overlaps => match l {
            Locale::En => format!("{name} overlaps another unavailability period."),
            Locale::ZhHans => format!("“{name}”与另一段不可用时间重叠。"),
            Locale::ZhHant => format!("「{name}」與另一段不可用時間重疊。"),
        },
        FieldProblemReason::Retired { since } => match l {
            Locale::En => format!(
                "{name}: this room was retired on {since}. It keeps its past hearings but takes no new bookings; choose another room."
            ),
            Locale::ZhHans => format!(
                "“{name}”：此房间已于 {since} 停用，保留过往庭审，但不再接受新的预订。请另选房间。"
            ),
            Locale::ZhHant => format!(
                "「{name}」：此房間已於 {since} 停用，保留過往聆訊，但不再接受新的預訂。請另選房間。"
            ),
        },
        FieldProblemReason::WrongCurrency { expected } => match l {
            Locale::En => format!(
                "{name} must be {expected}: the institution's rate cap for this case is in {expected}."
            ),
            Locale::ZhHans => {
                format!("“{name}”须为 {expected}：本案适用的机构费率上限以 {expected} 计。")
            }
            Locale::ZhHant => {
                format!("「{name}」須為 {expected}：本案適用的機構費率上限以 {expected} 計。")
            }
        },
    }
}

/// The name of a field as the clerk sees it.
pub fn field_label(l: Locale, field: &str) -> String {
    let (en, hans, hant) = match field {
        "name_en" => ("English name", "英文姓名", "英文姓名"),
        "name_zh" => ("Chinese name", "中文姓名", "中文姓名"),
        "roles" => ("Roles", "角色", "角色"),
        "nationalities" => ("Nationalities", "国籍", "國籍"),
        "languages" => ("Languages", "语言", "語言"),
        "home_zone" => ("Home time zone", "所在时区", "所在時區"),
        "email" => ("E-mail", "电子邮箱", "電子郵箱"),
        "language" => ("Interface language", "界面语言", "介面語言"),
        "start" => ("Start", "开始时间", "開始時間"),
        "zone" => ("Time zone", "时区", "時區"),
        "rule" => ("Rule set", "规则", "規則"),
        "trigger" => ("Trigger date", "起算日", "起算日"),
        "period" => ("Period", "期间", "期間"),
        "receipt" => ("Place of receipt", "收件地", "收件地"),
        "calendar" => ("Calendar", "日历", "日曆"),
        "year" => ("Year", "年份", "年份"),
        "date" => ("Date", "日期", "日期"),
        "kind" => ("Kind", "类型", "類型"),
        "end" => ("End", "结束时间", "結束時間"),
        "reference" => ("Case reference", "案号", "案號"),
        "title_en" => ("Parties (English)", "当事人（英文）", "當事人（英文）"),
        "model" => ("Workflow model", "案件模式", "案件模式"),
        "filed_on" => ("Filing date", "立案日期", "立案日期"),
        "case_language" => ("Language of the proceedings", "程序语言", "程序語言"),
        "amount" => ("Amount in dispute", "争议金额", "爭議金額"),
        "currency" => ("Currency", "币种", "幣種"),
        "stage" => ("Stage", "阶段", "階段"),
        "reason" => ("Reason", "理由", "理由"),
        "institution" => ("Institution", "机构", "機構"),
        "effective_from" => ("In force from", "生效日期", "生效日期"),
        "verification" => ("Verification", "核实情况", "核實情況"),
        "source" => ("Source", "来源", "來源"),
        "titles" => ("Titles", "头衔", "頭銜"),
        "date_of_birth" => ("Date of birth", "出生日期", "出生日期"),
        "admissions" => ("Admissions", "执业资格", "執業資格"),
        "panels" => ("Panel terms", "名册任期", "名冊任期"),
        "phone" => ("Phone", "电话", "電話"),
        "rate_amount" => ("Hourly rate", "小时费率", "小時費率"),
        "rate_currency" => ("Rate currency", "费率币种", "費率幣種"),
        "max_concurrent" => ("Maximum concurrent cases", "同时办案上限", "同時辦案上限"),
        "unavailability" => ("Unavailability", "不可用时间", "不可用時間"),
        "notes" => ("Notes", "备注", "備註"),
        "nationality" => (
            "Nationality or place of incorporation",
            "国籍或注册地",
            "國籍或註冊地",
        ),
        "group" => ("Corporate group", "所属集团", "所屬集團"),
        "country" => ("Country", "国家或地区", "國家或地區"),
        "party" => ("Party", "当事人", "當事人"),
        "counsel" => ("Counsel", "代理人", "代理人"),
        "firm_id" => ("Law firm", "律所", "律所"),
        "side" => ("Side", "当事人地位", "當事人地位"),
        "neutral" => ("Neutral", "人选", "人選"),
        "role" => ("Role", "委任角色", "委任角色"),
        "on" => ("Appointment date", "委任日期", "委任日期"),
        "appointed_by" => ("Appointed by", "指定方", "指定方"),
        "recorded_by" => ("Recorded by", "记录人", "記錄人"),
        "recorded_on" => ("Date recorded", "记录日期", "記錄日期"),
        "subject" => ("Finding", "事项", "事項"),
        "note" => ("Note", "备注", "備註"),
        "from" => ("From", "自", "自"),
        "until" => ("Until", "至", "至"),
        "confirmed_on" => ("Confirmed on", "确认日期", "確認日期"),
        "ended_on" => ("Ended on", "结束日期", "結束日期"),
        "available_from" => ("Available from", "可用起始", "可用起始"),
        "available_until" => ("Available until", "可用截至", "可用截至"),
        "related" => ("Related case", "关联案件", "關聯案件"),
        "appointment" => ("Appointment", "委任", "委任"),
        "venue" => ("Venue", "场地", "場地"),
        "clerk_name" => ("Your name", "您的姓名", "您的姓名"),
        "code" => ("Code", "代码", "代碼"),
        "site" => ("Site", "所在地", "所在地"),
        "capacity" => ("Capacity", "容纳人数", "容納人數"),
        "facilities" => ("Facilities", "设施", "設施"),
        "opens" => ("Opens at", "开放时间", "開放時間"),
        "closes" => ("Closes at", "关闭时间", "關閉時間"),
        "busy_for" => (
            "Neutral (--busy-for) or holiday calendar (--holidays)",
            "人选（--busy-for）或假期日历（--holidays）",
            "人選（--busy-for）或假期日曆（--holidays）",
        ),
        "scope" => ("Export scope", "导出范围", "匯出範圍"),
        "key" => (
            "Case, neutral or room",
            "案件、人选或房间",
            "案件、人選或房間",
        ),
        "method" => ("Calendar method", "日历方式", "日曆方式"),
        "organizer" => ("Organizer e-mail", "组织者电子邮箱", "組織者電郵"),
        "lang" => ("Language", "语言", "語言"),
        "minutes" => ("Duration (minutes)", "时长（分钟）", "時長（分鐘）"),
        "participants" => ("Participant", "参与者", "參與者"),
        "choose" => ("Reading of the time", "时间取值", "時間取值"),
        "status" => ("Status", "状态", "狀態"),
        "weeks" => ("Weeks", "周数", "週數"),
        "window" => ("Venue hours", "场地时间", "場地時間"),
        "display_zone" => ("Display time zone", "显示时区", "顯示時區"),
        "to" => ("Until", "至", "至"),
        other => {
            // List items: `panels[1]` is "Panel terms (row 2)".
            if let Some((base, rest)) = other.split_once('[')
                && let Some(Ok(i)) = rest.strip_suffix(']').map(str::parse::<usize>)
                && base != other
            {
                let row = i + 1;
                let label = field_label(l, base);
                return match l {
                    Locale::En => format!("{label} (row {row})"),
                    _ => format!("{label}（第 {row} 行）"),
                };
            }
            return other.to_owned();
        }
    };
    l.pick(en, hans, hant).to_owned()
}

/// Words for the accepted form of a malformed value, from the key the domain gives.
fn expected_label(l: Locale, expected: Expected) -> Option<&'static str> {
    Some(match expected {
        Expected::Roles => l.pick(
            "mediator, arbitrator or both",
            "调解员、仲裁员或两者",
            "調解員、仲裁員或兩者",
        ),
        Expected::CountryCodes => l.pick(
            "ISO 3166 two-letter country codes such as HK, CN, GB",
            "ISO 3166 两个字母的国家或地区代码，如 CN、HK、GB",
            "ISO 3166 兩個字母的國家或地區代碼，如 HK、CN、GB",
        ),
        Expected::EmailAddress => l.pick("an e-mail address", "电子邮箱地址", "電子郵箱地址"),
        Expected::Date => l.pick(
            "a date such as 2026-03-08",
            "日期，如 2026-03-08",
            "日期，如 2026-03-08",
        ),
        Expected::SupportedDate => l.pick(
            "a date from 1900-01-01 to 2200-12-31",
            "1900-01-01 至 2200-12-31 之间的日期",
            "1900-01-01 至 2200-12-31 之間的日期",
        ),
        Expected::CaseReference => l.pick(
            "up to 40 letters, digits, hyphens, underscores or dots, not starting with a dot, such as SCIA-2026-0142",
            "不超过 40 个字母、数字、连字符、下划线或句点，且不以句点开头，如 SCIA-2026-0142",
            "不超過 40 個字母、數字、連字號、底線或句點，且不以句點開頭，如 SCIA-2026-0142",
        ),
        Expected::LanguageTag => l.pick(
            "a language tag such as en, zh-Hant, yue or pt-BR",
            "语言标签，如 en、zh-Hans、yue、pt-BR",
            "語言標籤，如 en、zh-Hant、yue、pt-BR",
        ),
        Expected::Weeks => l.pick(
            "a number of weeks from 1 to 104",
            "1 至 104 之间的周数",
            "1 至 104 之間的週數",
        ),
        Expected::LocalDateTime => l.pick(
            "a date and time such as 2026-03-08T14:30",
            "日期和时间，如 2026-03-08T14:30",
            "日期和時間，如 2026-03-08T14:30",
        ),
        Expected::Calendar => l.pick("HK or CN", "HK 或 CN", "HK 或 CN"),
        Expected::RuleSet => l.pick(
            "hk-ordinance, hk-court-office, prc-civil-procedure, hkiac or scia",
            "hk-ordinance、hk-court-office、prc-civil-procedure、hkiac 或 scia",
            "hk-ordinance、hk-court-office、prc-civil-procedure、hkiac 或 scia",
        ),
        Expected::DaysOrMonths => l.pick(
            "a number of days or a number of months, not both",
            "日数或月数（二者选一）",
            "日數或月數（二者選一）",
        ),
        Expected::WeatherKind => l.pick(
            "signal8, black_rain or extreme_conditions",
            "signal8、black_rain 或 extreme_conditions",
            "signal8、black_rain 或 extreme_conditions",
        ),
        Expected::Institution => l.pick("HKIAC or SCIA", "HKIAC 或 SCIA", "HKIAC 或 SCIA"),
        Expected::Verification => l.pick(
            "verified, secondary or unverified",
            "verified、secondary 或 unverified",
            "verified、secondary 或 unverified",
        ),
        Expected::HolidayKind => l.pick(
            "day_off (or make_up_workday on the Mainland calendar)",
            "day_off（内地日历也可用 make_up_workday）",
            "day_off（內地日曆也可用 make_up_workday）",
        ),
        Expected::CaseModel => l.pick(
            "one of the four workflow models",
            "四种案件模式之一",
            "四種案件模式之一",
        ),
        Expected::Amount => l.pick(
            "an amount such as 42,000,000.00",
            "金额，如 42,000,000.00",
            "金額，如 42,000,000.00",
        ),
        Expected::Currency => l.pick(
            "a currency code such as HKD or CNY",
            "币种代码，如 CNY 或 HKD",
            "幣種代碼，如 HKD 或 CNY",
        ),
        Expected::Stage => l.pick(
            "a stage of the case's workflow",
            "案件流程中的阶段",
            "案件流程中的階段",
        ),
        Expected::AfterStart => l.pick(
            "a time after the start",
            "晚于开始时间的时间",
            "晚於開始時間的時間",
        ),
        Expected::LanguageLevels => l.pick(
            "languages such as en:native, yue:fluent, cmn:working",
            "语言及程度，如 cmn:native、yue:fluent、en:working",
            "語言及程度，如 yue:native、en:fluent、cmn:working",
        ),
        Expected::Panel => l.pick(
            "scia_arbitrators, hkiac_panel, hkiac_list, scia_mediators, hkmaal or hkiac_mediators",
            "scia_arbitrators、hkiac_panel、hkiac_list、scia_mediators、hkmaal 或 hkiac_mediators",
            "scia_arbitrators、hkiac_panel、hkiac_list、scia_mediators、hkmaal 或 hkiac_mediators",
        ),
        Expected::SheetFile => l.pick(
            "a file name ending in .xlsx or .csv",
            "以 .xlsx 或 .csv 结尾的文件名",
            "以 .xlsx 或 .csv 結尾的檔案名稱",
        ),
        Expected::SetAtFiling => l.pick(
            "the value recorded when the case was opened, which cannot change",
            "立案时记录的值，不可更改",
            "立案時記錄的值，不可更改",
        ),
        Expected::TermEndAfterStart => l.pick(
            "an end date on or after the start date",
            "不早于开始日期的结束日期",
            "不早於開始日期的結束日期",
        ),
        Expected::PartyKind => l.pick(
            "company, individual or state",
            "company、individual 或 state",
            "company、individual 或 state",
        ),
        Expected::Side => l.pick("claimant or respondent", "claimant 或 respondent", "claimant 或 respondent"),
        Expected::ConnectionKind => l.pick(
            "counsel, officer, shareholder, personal or other",
            "counsel、officer、shareholder、personal 或 other",
            "counsel、officer、shareholder、personal 或 other",
        ),
        Expected::AppointmentRole => l.pick(
            "sole_arbitrator, presiding_arbitrator, co_arbitrator, emergency_arbitrator or mediator",
            "sole_arbitrator、presiding_arbitrator、co_arbitrator、emergency_arbitrator 或 mediator",
            "sole_arbitrator、presiding_arbitrator、co_arbitrator、emergency_arbitrator 或 mediator",
        ),
        Expected::AppointedBy => l.pick(
            "party, parties, co_arbitrators or institution",
            "party、parties、co_arbitrators 或 institution",
            "party、parties、co_arbitrators 或 institution",
        ),
        Expected::ConflictRule => l.pick("a conflict rule code", "冲突规则代码", "衝突規則代碼"),
        Expected::Severity => l.pick(
            "block, disclose or note",
            "block（阻止）、disclose（须披露）或 note（备注）",
            "block（阻止）、disclose（須披露）或 note（備註）",
        ),
        Expected::RecordKind => l.pick(
            "disclosure, objection or waiver",
            "disclosure、objection 或 waiver",
            "disclosure、objection 或 waiver",
        ),
        Expected::NeutralIsNotMediator => l.pick(
            "a role this neutral takes (they are not on the roster as a mediator)",
            "该人选可担任的角色（其未登记为调解员）",
            "該人選可擔任的角色（其未登記為調解員）",
        ),
        Expected::NeutralIsNotArbitrator => l.pick(
            "a role this neutral takes (they are not on the roster as an arbitrator)",
            "该人选可担任的角色（其未登记为仲裁员）",
            "該人選可擔任的角色（其未登記為仲裁員）",
        ),
        Expected::AfterNomination => l.pick(
            "a date on or after the nomination",
            "不早于提名日期的日期",
            "不早於提名日期的日期",
        ),
        Expected::AnotherCase => l.pick("a different case", "另一宗案件", "另一宗案件"),
        Expected::IcsMethod => l.pick(
            "file, publish, request or cancel",
            "file、publish、request 或 cancel",
            "file、publish、request 或 cancel",
        ),
        Expected::IcsScope => l.pick(
            "all, case, neutral or room",
            "all、case、neutral 或 room",
            "all、case、neutral 或 room",
        ),
        Expected::EarlierOrLater => l.pick("earlier or later", "earlier 或 later", "earlier 或 later"),
        Expected::VenueCode => l.pick(
            "up to 20 letters, digits, hyphens, underscores or dots, not starting with a dot, such as HK-ES-C",
            "不超过 20 个字母、数字、连字符、下划线或句点，且不以句点开头，如 SZ-QH-3",
            "不超過 20 個字母、數字、連字號、底線或句點，且不以句點開頭，如 HK-ES-C",
        ),
        Expected::VenueCodeFixed => l.pick(
            "the room's own code (a code does not change; add a new room instead)",
            "房间原有的代码（代码不可更改；如需新代码，请新增房间）",
            "房間原有的代碼（代碼不可更改；如需新代碼，請新增房間）",
        ),
        Expected::VenueKind => l.pick(
            "room or online",
            "room（房间）或 online（在线）",
            "room（房間）或 online（網上）",
        ),
        Expected::Site => l.pick(
            "Hong Kong, Shenzhen or another city (hk, sz or other)",
            "香港、深圳或其他城市（hk、sz 或 other）",
            "香港、深圳或其他城市（hk、sz 或 other）",
        ),
        Expected::SiteZone => l.pick(
            "the zone of the site: Asia/Hong_Kong for a Hong Kong room, Asia/Shanghai for a Shenzhen room",
            "所在地的时区：香港房间为 Asia/Hong_Kong，深圳房间为 Asia/Shanghai",
            "所在地的時區：香港房間為 Asia/Hong_Kong，深圳房間為 Asia/Shanghai",
        ),
        Expected::Facility => l.pick(
            "interpretation_booths, video or evidence_display",
            "interpretation_booths、video 或 evidence_display",
            "interpretation_booths、video 或 evidence_display",
        ),
        Expected::HhMm => l.pick(
            "a time such as 09:00 (00:00 to 24:00)",
            "时间，如 09:00（00:00 至 24:00）",
            "時間，如 09:00（00:00 至 24:00）",
        ),
        Expected::ClosesAfterOpens => l.pick(
            "a closing time after the opening time",
            "晚于开放时间的关闭时间",
            "晚於開放時間的關閉時間",
        ),
        Expected::OneLine => l.pick(
            "one line of text, without control characters",
            "单行文字，不含控制字符",
            "單行文字，不含控制字元",
        ),
        Expected::RoomZone => l.pick(
            "the room's own time zone (only online hearings choose a zone)",
            "房间所在时区（只有在线聆讯可另选时区）",
            "房間所在時區（只有在線聆訊可另選時區）",
        ),
        Expected::ParticipantKind => l.pick(
            "neutral, party, counsel, interpreter or other",
            "neutral、party、counsel、interpreter 或 other",
            "neutral、party、counsel、interpreter 或 other",
        ),
        Expected::Hours => l.pick("hours such as 08:00-20:00", "时间段，如 08:00-20:00", "時間段，如 08:00-20:00"),
        Expected::HearingKind => l.pick(
            "procedural_conference, evidentiary_hearing, mediation_session, award_delivery or other",
            "procedural_conference、evidentiary_hearing、mediation_session、award_delivery 或 other",
            "procedural_conference、evidentiary_hearing、mediation_session、award_delivery 或 other",
        ),
        Expected::HearingStatus => l.pick(
            "tentative, confirmed, postponed or cancelled",
            "tentative、confirmed、postponed 或 cancelled",
            "tentative、confirmed、postponed 或 cancelled",
        ),
        Expected::Locale => l.pick(
            "en, zh-Hans or zh-Hant",
            "en、zh-Hans 或 zh-Hant",
            "en、zh-Hans 或 zh-Hant",
        ),
        // Forms the clerk is not told about: the sentence stays at "is not valid".
        Expected::Instant
        | Expected::Code
        | Expected::ChecklistStatus
        | Expected::BundleFormat
        | Expected::BundleEntry
        | Expected::PackageTake
        | Expected::Unspecified => return None,
    })
}
