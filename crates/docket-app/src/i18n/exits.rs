//! Exits in the clerk's language: each exit's name, why one was refused, and the line a stopped
//! deadline carries (`No longer running: case withdrawn on 2026-03-10`).

use super::{Locale, stage_label};
use crate::codes::ExitKindDto;
use crate::error::ExitRefusal;

/// An exit's name, as a past participle the sentences use (`withdrawn`, `suspended`).
pub fn exit_label(l: Locale, k: ExitKindDto) -> &'static str {
    match k {
        ExitKindDto::Withdrawn => l.pick("withdrawn", "撤回", "撤回"),
        ExitKindDto::Settled => l.pick("settled", "和解", "和解"),
        ExitKindDto::Terminated => l.pick("terminated", "终止", "終止"),
        ExitKindDto::Dismissed => l.pick("dismissed", "驳回", "駁回"),
        ExitKindDto::Suspended => l.pick("suspended", "中止", "中止"),
        ExitKindDto::Resumed => l.pick("resumed", "恢复", "恢復"),
    }
}

/// The line a deadline stopped by an exit carries, in the clerk's language.
pub fn deadline_stopped(l: Locale, k: ExitKindDto, consent_award: bool, date: &str) -> String {
    if consent_award {
        return match l {
            Locale::En => {
                format!("No longer running: settlement recorded as a consent award on {date}")
            }
            Locale::ZhHans => format!("已不再计算：和解已于 {date} 作成和解裁决"),
            Locale::ZhHant => format!("已不再計算：和解已於 {date} 作成和解裁決"),
        };
    }
    let what = exit_label(l, k);
    match l {
        Locale::En => format!("No longer running: case {what} on {date}"),
        Locale::ZhHans => format!("已不再计算：案件已于 {date} {what}"),
        Locale::ZhHant => format!("已不再計算：案件已於 {date} {what}"),
    }
}

/// Why an exit (or its undo) was refused, as a sentence.
pub(super) fn exit_refusal(l: Locale, r: &ExitRefusal) -> String {
    match r {
        ExitRefusal::AlreadyClosed => l
            .pick(
                "The case is already closed. Undo its closing first to record anything else.",
                "案件已经结案。如需记录其他事项，请先撤销结案。",
                "案件已經結案。如需記錄其他事項，請先復原結案。",
            )
            .to_owned(),
        ExitRefusal::AlreadySuspended => l
            .pick(
                "The case is already suspended.",
                "案件已经中止。",
                "案件已經中止。",
            )
            .to_owned(),
        ExitRefusal::NotSuspended => l
            .pick(
                "The case is not suspended, so it cannot resume.",
                "案件并未中止，无法恢复。",
                "案件並未中止，無法恢復。",
            )
            .to_owned(),
        ExitRefusal::NotInModel { exit } => {
            let what = exit_label(l, *exit);
            match l {
                Locale::En => format!("A case of this kind is never {what}."),
                Locale::ZhHans => format!("此类案件没有“{what}”这一结果。"),
                Locale::ZhHant => format!("此類案件沒有「{what}」這一結果。"),
            }
        }
        ExitRefusal::NotAtStage { exit, stage } => {
            let (what, stage) = (exit_label(l, *exit), stage_label(l, (*stage).into()));
            match l {
                Locale::En => format!("The case cannot be {what} at the stage “{stage}”."),
                Locale::ZhHans => format!("案件处于“{stage}”阶段，不能{what}。"),
                Locale::ZhHant => format!("案件處於「{stage}」階段，不能{what}。"),
            }
        }
        ExitRefusal::NoConsentAward { stage } => {
            let stage = stage_label(l, (*stage).into());
            match l {
                Locale::En => format!(
                    "A consent award records a settlement reached during an arbitration; it is not available at “{stage}”."
                ),
                Locale::ZhHans => {
                    format!("和解裁决只适用于仲裁程序中达成的和解，“{stage}”阶段不适用。")
                }
                Locale::ZhHant => {
                    format!("和解裁決只適用於仲裁程序中達成的和解，「{stage}」階段不適用。")
                }
            }
        }
        ExitRefusal::BeforePrevious { date, previous } => match l {
            Locale::En => format!("The date {date} is before the case’s last event ({previous})."),
            Locale::ZhHans => format!("日期 {date} 早于案件的上一事件（{previous}）。"),
            Locale::ZhHant => format!("日期 {date} 早於案件的上一事件（{previous}）。"),
        },
        ExitRefusal::NothingToUndo => l
            .pick(
                "The case has no closing or suspension to undo.",
                "案件没有可撤销的结案或中止。",
                "案件沒有可復原的結案或中止。",
            )
            .to_owned(),
        ExitRefusal::NotYours { by: Some(by) } => match l {
            Locale::En => format!("{by} recorded this; only {by} can undo it."),
            Locale::ZhHans => format!("此项由{by}记录，只有{by}可以撤销。"),
            Locale::ZhHant => format!("此項由{by}記錄，只有{by}可以復原。"),
        },
        ExitRefusal::NotYours { by: None } => l
            .pick(
                "This was recorded before a clerk’s name was set; clear your name in Settings to undo it.",
                "此项记录时尚未设定办案人员姓名；如需撤销，请先在设置中清除您的姓名。",
                "此項記錄時尚未設定辦案人員姓名；如需復原，請先在設定中清除您的姓名。",
            )
            .to_owned(),
        ExitRefusal::LaterEvent => l
            .pick(
                "Something was recorded after it that depends on it. Undo that first.",
                "之后已有依赖此项的记录，请先撤销该记录。",
                "之後已有依賴此項的記錄，請先復原該記錄。",
            )
            .to_owned(),
    }
}
