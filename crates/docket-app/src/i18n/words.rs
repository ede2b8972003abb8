//! Words for the codes a clerk would otherwise read where no UI is — the command line's tables and
//! the exported spreadsheets: models, case statuses, procedures, verification marks, hearing kinds
//! and statuses, deadline statuses, roles, language levels and rule sets (the same words as the UI's
//! catalogue). `--json` keeps the codes.

use super::Locale;
use crate::codes::{
    CaseModelDto, CaseStatusDto, HearingKindDto, HearingStatusDto, LanguageLevelDto,
    NeutralRolesDto, ProcedureDto, RuleKindDto, VerificationDto,
};
use crate::dto::DeadlineStatusDto;

pub fn model_label(l: Locale, m: CaseModelDto) -> &'static str {
    match m {
        CaseModelDto::SciaArbitration => l.pick(
            "SCIA arbitration (Shenzhen)",
            "深国仲仲裁（深圳）",
            "深國仲仲裁（深圳）",
        ),
        CaseModelDto::HkiacArbitration => l.pick(
            "HKIAC arbitration (Hong Kong)",
            "香港国际仲裁中心仲裁（香港）",
            "香港國際仲裁中心仲裁（香港）",
        ),
        CaseModelDto::SzMediationHkArbitration => l.pick(
            "Shenzhen mediation + Hong Kong arbitration",
            "深圳调解 + 香港仲裁",
            "深圳調解 + 香港仲裁",
        ),
        CaseModelDto::HkMediationSzArbitration => l.pick(
            "Hong Kong mediation + Shenzhen arbitration",
            "香港调解 + 深圳仲裁",
            "香港調解 + 深圳仲裁",
        ),
        CaseModelDto::HkMediation => l.pick(
            "Mediation only (Hong Kong)",
            "仅调解（香港）",
            "僅調解（香港）",
        ),
        CaseModelDto::SzMediation => l.pick(
            "Mediation only (Shenzhen)",
            "仅调解（深圳）",
            "僅調解（深圳）",
        ),
    }
}

pub fn case_status_label(l: Locale, s: CaseStatusDto) -> &'static str {
    match s {
        CaseStatusDto::Open => l.pick("Open", "进行中", "進行中"),
        CaseStatusDto::Suspended => l.pick("Suspended", "已中止", "已中止"),
        CaseStatusDto::Closed => l.pick("Closed", "已结案", "已結案"),
    }
}

pub fn procedure_label(l: Locale, p: ProcedureDto) -> &'static str {
    match p {
        ProcedureDto::Ordinary => l.pick("Ordinary procedure", "普通程序", "普通程序"),
        ProcedureDto::Expedited => l.pick("Expedited procedure", "快速程序", "快速程序"),
    }
}

/// A verification mark, short enough for a table's column.
pub fn verification_label(l: Locale, v: VerificationDto) -> &'static str {
    match v {
        VerificationDto::Verified => l.pick("Verified", "已核对", "已核對"),
        VerificationDto::Secondary => l.pick("Secondary source", "二手来源", "二手來源"),
        VerificationDto::Unverified => l.pick("Unverified", "未经核实", "未經核實"),
    }
}

pub fn hearing_kind_label(l: Locale, k: HearingKindDto) -> &'static str {
    match k {
        HearingKindDto::ProceduralConference => {
            l.pick("Procedural conference", "程序会议", "程序會議")
        }
        HearingKindDto::EvidentiaryHearing => l.pick("Evidentiary hearing", "证据听证", "證據聆訊"),
        HearingKindDto::MediationSession => l.pick("Mediation session", "调解会议", "調解會議"),
        HearingKindDto::AwardDelivery => l.pick("Award delivery", "宣读裁决", "宣讀裁決"),
        HearingKindDto::Other => l.pick("Other", "其他", "其他"),
    }
}

pub fn hearing_status_label(l: Locale, s: HearingStatusDto) -> &'static str {
    match s {
        HearingStatusDto::Tentative => l.pick("Tentative", "暂定", "暫定"),
        HearingStatusDto::Confirmed => l.pick("Confirmed", "已确认", "已確認"),
        HearingStatusDto::Postponed => l.pick("Postponed", "已延期", "已延期"),
        HearingStatusDto::Cancelled => l.pick("Cancelled", "已取消", "已取消"),
    }
}

pub fn deadline_status_label(l: Locale, s: DeadlineStatusDto) -> &'static str {
    match s {
        DeadlineStatusDto::Overdue => l.pick("Overdue", "已逾期", "已逾期"),
        DeadlineStatusDto::DueThisWeek => l.pick("Due this week", "本周到期", "本週到期"),
        DeadlineStatusDto::Later => l.pick("Later", "稍后到期", "稍後到期"),
        DeadlineStatusDto::Met => l.pick("Met", "已完成", "已完成"),
        DeadlineStatusDto::Expired => l.pick("Window closed", "期间已过", "期間已過"),
        DeadlineStatusDto::Stopped => l.pick("No longer running", "已不再计算", "已不再計算"),
    }
}

pub fn roles_label(l: Locale, r: NeutralRolesDto) -> &'static str {
    match r {
        NeutralRolesDto::Mediator => l.pick("Mediator", "调解员", "調解員"),
        NeutralRolesDto::Arbitrator => l.pick("Arbitrator", "仲裁员", "仲裁員"),
        NeutralRolesDto::Both => {
            l.pick("Mediator & arbitrator", "调解员及仲裁员", "調解員及仲裁員")
        }
    }
}

pub fn level_label(l: Locale, v: LanguageLevelDto) -> &'static str {
    match v {
        LanguageLevelDto::Native => l.pick("native", "母语", "母語"),
        LanguageLevelDto::Fluent => l.pick("fluent", "流利", "流利"),
        LanguageLevelDto::Working => l.pick("working", "工作语言", "工作語言"),
        LanguageLevelDto::Basic => l.pick("basic", "基础", "基礎"),
    }
}

/// The rule set a period is counted by.
pub fn rule_kind_label(l: Locale, r: RuleKindDto) -> &'static str {
    match r {
        RuleKindDto::HkOrdinance => l.pick("Hong Kong ordinance", "香港条例期间", "香港條例期間"),
        RuleKindDto::HkCourtOffice => {
            l.pick("Hong Kong court office", "香港法院办事处", "香港法院辦事處")
        }
        RuleKindDto::PrcCivilProcedure => l.pick(
            "Mainland civil procedure",
            "内地民事诉讼期间",
            "內地民事訴訟期間",
        ),
        RuleKindDto::Hkiac => l.pick(
            "HKIAC rules",
            "香港国际仲裁中心规则",
            "香港國際仲裁中心規則",
        ),
        RuleKindDto::Scia => l.pick("SCIA rules", "深国仲规则", "深國仲規則"),
    }
}
