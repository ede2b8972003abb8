//! Plain-text tables for the terminal, aligned by display width so Chinese names line up.

use docket_app::Locale;
use docket_app::dto::{
    AppointmentDto, BilingualDto, CandidateDto, CaseDeadlineDto, CaseDto, ConflictReportDto,
    ConflictRuleDto, CounselDto, FeeCapDto, FindingDto, HearingDto, HearingSeverityDto,
    HolidayYearDto, NeutralDetailDto, NeutralDto, PartyDetailDto, PartyDto, TimeLimitDto,
};
use docket_app::i18n::words;
use unicode_width::UnicodeWidthStr;

pub fn print(headers: &[&str], rows: &[Vec<String>]) {
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
        crate::output::emit(out.trim_end());
    };
    line(headers.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}

/// A name with its other form beside it, the Chinese in the reader's script.
fn name(l: Locale, b: &BilingualDto) -> String {
    let (en, zh) = (b.en.as_str(), b.zh_in(l));
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
                name(l, &n.name),
                words::roles_label(l, n.roles).to_owned(),
                n.nationalities.join(","),
                n.languages
                    .iter()
                    .map(|x| format!("{}:{}", x.tag, words::level_label(l, x.level)))
                    .collect::<Vec<_>>()
                    .join(","),
                n.panels
                    .iter()
                    .filter(|p| p.active)
                    .map(|p| docket_app::panel_label(l, p.panel.into()))
                    .collect::<Vec<_>>()
                    .join(","),
                n.home_zone.clone(),
                n.id.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Name", "姓名", "姓名"),
            l.pick("Roles", "角色", "角色"),
            l.pick("Nationality", "国籍", "國籍"),
            l.pick("Languages", "语言", "語言"),
            l.pick("Panels", "名册", "名冊"),
            l.pick("Home zone", "所在时区", "所在時區"),
            "ID",
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
                words::model_label(l, c.model).to_owned(),
                c.stage_label.clone(),
                c.hearings.to_string(),
                c.title.shown(l).to_owned(),
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
                h.display_start.replace('T', " "),
                format!("{} (UTC{})", h.display_zone, h.display_offset),
                format!("{}′", h.duration_minutes),
                h.case_reference.clone(),
                words::hearing_kind_label(l, h.kind).to_owned(),
                words::hearing_status_label(l, h.status).to_owned(),
                h.venue.code.clone(),
                h.participants.len().to_string(),
                h.review.clone().map(|_| "!".to_owned()).unwrap_or_default(),
                h.id.clone(),
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
            l.pick("People", "人数", "人數"),
            l.pick("Review", "复核", "覆核"),
            "ID",
        ],
        &rows,
    );
}

/// Hearings a newer tz database moved: each with its old and new hours side by side.
pub fn tz_reviews(l: Locale, list: &[docket_app::dto::TzReviewDto]) {
    if list.is_empty() {
        crate::output::emit(l.pick(
            "No hearing needs review: every future hearing was computed with the rules in force.",
            "没有需要复核的庭审：所有未来庭审都按现行时区规则计算。",
            "沒有需要覆核的聆訊：所有未來聆訊都按現行時區規則計算。",
        ));
        return;
    }
    for r in list {
        crate::output::emit(&format!(
            "{}  {}  {} {}  [{}]",
            r.case_reference,
            r.starts_local.replace('T', " "),
            r.zone,
            if r.instant_moved {
                format!("{} → {}", r.old_utc, r.new_utc)
            } else {
                String::new()
            },
            r.hearing_id
        ));
        crate::output::emit(&format!("  {}", r.summary));
        let rows: Vec<Vec<String>> = r
            .participants
            .iter()
            .map(|p| {
                vec![
                    p.name.shown(l).to_owned(),
                    p.zone.clone(),
                    p.old_local
                        .as_deref()
                        .map(|o| {
                            format!(
                                "{} ({})",
                                o.replace('T', " "),
                                p.old_offset.clone().unwrap_or_default()
                            )
                        })
                        .unwrap_or_else(|| "—".to_owned()),
                    format!("{} ({})", p.new_local.replace('T', " "), p.new_offset),
                    if p.moved {
                        "!".to_owned()
                    } else {
                        String::new()
                    },
                ]
            })
            .collect();
        print(
            &[
                l.pick("Participant", "参与者", "參與者"),
                l.pick("Zone", "时区", "時區"),
                l.pick("Before", "之前", "之前"),
                l.pick("Now", "现在", "現在"),
                l.pick("Moved", "有变", "有變"),
            ],
            &rows,
        );
    }
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
                term(l, &e.name),
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
    if let Some(note) = &y.estimate_note {
        crate::output::emit(&format!("~ {note}"));
    }
    crate::output::emit(&format!(
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
                words::deadline_status_label(l, d.status).to_owned(),
                d.case_reference.clone(),
                term(l, &d.name),
                format!(
                    "{}{}{}{}",
                    d.rule.version,
                    if d.override_reason.is_some() {
                        " *"
                    } else {
                        ""
                    },
                    if d.provisional.is_some() { " ?" } else { "" },
                    if d.estimated { " ~" } else { "" }
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
    // "~": each distinct estimate once, in words.
    let mut notes: Vec<&str> = list
        .iter()
        .filter_map(|d| d.estimate.as_ref().map(|e| e.note.as_str()))
        .collect();
    notes.sort_unstable();
    notes.dedup();
    for note in notes {
        crate::output::emit(&format!("~ {note}"));
    }
}

/// "Hong Kong: official 2024–2026; estimated 2027–2035".
pub fn calendar_years(l: Locale, c: &docket_app::dto::CalendarYearsDto) -> String {
    let span = |years: &[i32]| match (years.first(), years.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => l.pick("none", "无", "無").to_owned(),
    };
    let name = match c.calendar {
        docket_app::dto::CalendarDto::HK => l.pick("Hong Kong holidays", "香港假期", "香港假期"),
        docket_app::dto::CalendarDto::CN => l.pick("Mainland holidays", "内地假期", "內地假期"),
    };
    format!(
        "{name}: {} {}; {} {}",
        l.pick("official", "官方", "官方"),
        span(&c.official_years),
        l.pick("estimated", "估算", "估算"),
        span(&c.estimated_years)
    )
}

pub fn holiday_status(l: Locale, s: &docket_app::dto::HolidayStatusDto) {
    for c in &s.calendars {
        crate::output::emit(&calendar_years(l, c));
    }
    if s.missing.is_empty() {
        crate::output::emit(l.pick(
            "Every official list needed now is loaded.",
            "目前所需的官方假期表均已载入。",
            "目前所需的官方假期表均已載入。",
        ));
    }
    for m in &s.missing {
        crate::output::emit(&format!("! {}", m.message));
    }
}

pub fn limits(l: Locale, list: &[TimeLimitDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|t| {
            vec![
                t.institution.to_string(),
                docket_app::stage_label(l, t.trigger_stage.into()).to_owned(),
                term(l, &t.name),
                match (t.days, t.months) {
                    (Some(d), _) => format!("{d}{}", l.pick(" d", " 日", " 日")),
                    (_, Some(m)) => format!("{m}{}", l.pick(" m", " 个月", " 個月")),
                    _ => String::new(),
                },
                words::rule_kind_label(l, t.rule_set).to_owned(),
                format!(
                    "{}..{}",
                    t.effective_from,
                    t.effective_to.clone().unwrap_or_default()
                ),
                words::verification_label(l, t.verification).to_owned(),
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

pub fn neutral_detail(l: Locale, d: &NeutralDetailDto) {
    let n = &d.neutral;
    crate::output::emit(&format!("{}  {}", name(l, &n.name), n.titles));
    let row = |label: &str, value: String| crate::output::emit(&format!("  {label}: {value}"));
    row(
        l.pick("Roles", "角色", "角色"),
        words::roles_label(l, n.roles).to_owned(),
    );
    row(
        l.pick("Nationalities", "国籍", "國籍"),
        n.nationalities.join(", "),
    );
    row(
        l.pick("Languages", "语言", "語言"),
        n.languages
            .iter()
            .map(|x| format!("{} ({})", x.tag, words::level_label(l, x.level)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    row(
        l.pick("Admissions", "执业资格", "執業資格"),
        n.admissions.join("; "),
    );
    for p in &n.panels {
        row(
            l.pick("Panel", "名册", "名冊"),
            format!(
                "{} {} – {}",
                docket_app::panel_label(l, p.panel.into()),
                p.from,
                p.until.clone().unwrap_or_default()
            ),
        );
    }
    row(
        l.pick("Home zone", "所在时区", "所在時區"),
        n.home_zone.clone(),
    );
    if let Some(r) = &n.rate {
        row(
            l.pick("Hourly rate", "小时费率", "小時費率"),
            r.display.clone(),
        );
    }
    row(
        l.pick("Open appointments", "在办委任", "在辦委任"),
        match n.max_concurrent {
            Some(m) => format!("{} / {m}", n.open_appointments),
            None => n.open_appointments.to_string(),
        },
    );
    for u in &n.unavailability {
        row(
            l.pick("Unavailable", "不可用", "不可用"),
            format!("{} – {} {} {}", u.from, u.until, u.zone, u.reason),
        );
    }
    if !d.appointments.is_empty() {
        crate::output::emit(l.pick("Appointments:", "委任记录：", "委任記錄："));
        appointments(l, &d.appointments);
    }
    for k in &d.connections {
        crate::output::emit(&format!(
            "  {} {} {} {}",
            k.kind,
            name(l, &k.party.name),
            k.from.clone().unwrap_or_default(),
            k.until.clone().unwrap_or_default()
        ));
    }
}

pub fn appointments(l: Locale, list: &[AppointmentDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            vec![
                a.case_reference.clone(),
                name(l, &a.neutral_name),
                a.role_label.clone(),
                a.party
                    .as_ref()
                    .map(|p| name(l, p))
                    .unwrap_or_else(|| a.appointed_by.to_string()),
                a.nominated_on.clone(),
                a.ended_on.clone().unwrap_or_default(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Case", "案件", "案件"),
            l.pick("Neutral", "人选", "人選"),
            l.pick("Role", "角色", "角色"),
            l.pick("Nominated by", "指定方", "指定方"),
            l.pick("Nominated", "提名日期", "提名日期"),
            l.pick("Ended", "结束", "結束"),
        ],
        &rows,
    );
}

pub fn parties(l: Locale, list: &[PartyDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|p| {
            vec![
                name(l, &p.name),
                p.kind.to_string(),
                p.nationality.clone(),
                p.group.clone().unwrap_or_default(),
                p.id.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Party", "当事人", "當事人"),
            l.pick("Kind", "类型", "類型"),
            l.pick("Nationality", "国籍", "國籍"),
            l.pick("Group", "集团", "集團"),
            "ID",
        ],
        &rows,
    );
}

pub fn party_detail(l: Locale, d: &PartyDetailDto) {
    crate::output::emit(&format!(
        "{}  {} {}",
        name(l, &d.party.name),
        d.party.nationality,
        d.party.group.clone().unwrap_or_default()
    ));
    for c in &d.cases {
        crate::output::emit(&format!("  {} ({})", c.reference, c.side));
    }
    if !d.appointments.is_empty() {
        appointments(l, &d.appointments);
    }
}

pub fn counsel(l: Locale, list: &[CounselDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            vec![
                name(l, &c.name),
                c.firm
                    .as_ref()
                    .map(|f| name(l, &f.name))
                    .unwrap_or_default(),
                c.id.clone(),
            ]
        })
        .collect();
    print(
        &[
            l.pick("Counsel", "代理人", "代理人"),
            l.pick("Firm", "律所", "律所"),
            "ID",
        ],
        &rows,
    );
}

fn finding_line(l: Locale, f: &FindingDto) {
    let severity = match f.severity.as_str() {
        "block" => l.pick("BLOCK", "阻却", "阻卻"),
        "disclose" => l.pick("DISCLOSE", "须披露", "須披露"),
        _ => l.pick("note", "备注", "備註"),
    };
    crate::output::emit(&format!(
        "[{severity}] {} ({}) — {}",
        f.rule_name, f.status, f.explanation
    ));
    crate::output::emit(&format!("    {} · {} · {}", f.rule, f.subject, f.source));
    for r in &f.records {
        crate::output::emit(&format!(
            "    {} {} {} {}",
            r.recorded_on, r.kind, r.recorded_by, r.note
        ));
    }
}

pub fn conflict_report(l: Locale, r: &ConflictReportDto) {
    crate::output::emit(&format!(
        "{} · {} · {} · {}",
        r.case_reference,
        name(l, &r.neutral_name),
        r.role_label,
        r.on
    ));
    if r.findings.is_empty() {
        crate::output::emit(l.pick("No findings.", "未发现冲突。", "未發現衝突。"));
    }
    for f in &r.findings {
        finding_line(l, f);
    }
    crate::output::emit(&match l {
        Locale::En => format!("{} blocking, {} to disclose", r.blocking, r.to_disclose),
        Locale::ZhHans => format!("阻却 {} 项，须披露 {} 项", r.blocking, r.to_disclose),
        Locale::ZhHant => format!("阻卻 {} 項，須披露 {} 項", r.blocking, r.to_disclose),
    });
    match &r.appointment {
        Some(a) => crate::output::emit(&format!(
            "{} {}",
            l.pick("Appointed:", "已委任：", "已委任："),
            a.id
        )),
        None => crate::output::emit(l.pick(
            "Nothing recorded (add --confirm to appoint).",
            "未记录（加 --confirm 以委任）。",
            "未記錄（加 --confirm 以委任）。",
        )),
    }
}

pub fn candidates(l: Locale, list: &[CandidateDto]) {
    for (i, c) in list.iter().enumerate() {
        crate::output::emit(&format!(
            "{:>2}. {}  {} {}",
            i + 1,
            name(l, &c.neutral.name),
            c.score,
            l.pick("points", "分", "分")
        ));
        for r in &c.reasons {
            crate::output::emit(&format!("      {:+} {}", r.points, r.text));
        }
        for f in c.findings.iter().filter(|f| !f.resolved) {
            crate::output::emit(&format!("      ! {}: {}", f.rule_name, f.explanation));
        }
    }
}

pub fn conflict_rules(l: Locale, rules: &[ConflictRuleDto], caps: &[FeeCapDto]) {
    let now = |f: bool| if f { "*" } else { "" };
    // A star marks the version in force today where the list holds others (the history).
    let history = rules.iter().any(|r| !r.in_force);
    let rows: Vec<Vec<String>> = rules
        .iter()
        .map(|r| {
            vec![
                format!("{}{}", now(history && r.in_force), r.name),
                r.severity.to_string(),
                r.lookback_years.to_string(),
                r.threshold.to_string(),
                r.effective_from.clone(),
                words::verification_label(l, r.verification).to_owned(),
                r.source.clone(),
            ]
        })
        .collect();
    if !rules.is_empty() {
        print(
            &[
                l.pick("Rule", "规则", "規則"),
                l.pick("Severity", "严重程度", "嚴重程度"),
                l.pick("Years", "回溯年数", "回溯年數"),
                l.pick("Threshold", "阈值", "閾值"),
                l.pick("From", "生效日", "生效日"),
                l.pick("Checked", "核实", "核實"),
                l.pick("Source", "来源", "來源"),
            ],
            &rows,
        );
        crate::output::emit("");
    }
    for c in caps {
        crate::output::emit(&format!(
            "{}{} {} {} ({}) {}",
            now(c.in_force),
            c.institution,
            c.effective_from,
            c.cap.display,
            c.verification,
            c.source
        ));
    }
}

pub fn hearing_check(l: Locale, c: &docket_app::dto::HearingCheckDto) {
    crate::output::emit(&format!(
        "{} – {} {}  ({} UTC)",
        c.starts_local.replace('T', " "),
        &c.ends_local[11..],
        c.zone,
        c.starts_utc
    ));
    for p in &c.participants {
        let mut flags = String::new();
        if p.outside_hours {
            flags.push_str(l.pick("  outside hours", "  超出可用时间", "  超出可用時間"));
        }
        if p.shoulder {
            flags.push_str(l.pick("  clock-change week", "  夏令时调整周", "  夏令時調整週"));
        }
        crate::output::emit(&format!(
            "  {}  {} {} (UTC{}){flags}",
            name(l, &p.name),
            p.local.replace('T', " "),
            p.zone,
            p.offset
        ));
    }
    for o in &c.occurrences {
        let codes: Vec<&str> = o.findings.iter().map(|f| f.code.as_str()).collect();
        crate::output::emit(&format!(
            "  · {} {}",
            o.starts_local.replace('T', " "),
            codes.join(", ")
        ));
    }
    for f in &c.findings {
        let tag = if f.severity == HearingSeverityDto::Block {
            l.pick("BLOCK", "阻却", "阻卻")
        } else {
            l.pick("warn", "提示", "提示")
        };
        crate::output::emit(&format!("[{tag}] {}", f.text));
    }
    if c.saved.is_empty() {
        crate::output::emit(l.pick(
            "Not booked (checked only).",
            "仅检查，未预订。",
            "僅檢查，未預訂。",
        ));
    } else {
        crate::output::emit(&format!(
            "{} {}",
            l.pick("Booked:", "已预订：", "已預訂："),
            c.saved.join(" ")
        ));
    }
}

pub fn slots(l: Locale, s: &docket_app::dto::SlotsDto) {
    for (i, slot) in s.slots.iter().enumerate() {
        let mut line = format!(
            "{:>2}. {} {}",
            i + 1,
            slot.starts_local.replace('T', " "),
            s.zone
        );
        for p in &slot.participants {
            line.push_str(&format!(" · {} {}", name(l, &p.name), &p.local[11..]));
        }
        if slot.shoulder {
            line.push_str(l.pick(
                "  (clock-change week)",
                "  （夏令时调整周）",
                "  （夏令時調整週）",
            ));
        }
        crate::output::emit(&line);
    }
    for r in &s.reasons {
        crate::output::emit(&format!("✗ {r}"));
    }
    for r in &s.suggestions {
        crate::output::emit(&format!("→ {r}"));
    }
}

/// A term (holiday, time limit, deadline) in the clerk's language and script.
pub fn term(l: Locale, b: &BilingualDto) -> String {
    b.shown(l).to_owned()
}
