//! `docket remove KIND KEY`, `docket restore KIND KEY` and `docket removed`: removing any record with
//! undo (a roster record others depend on is retired instead, and the answer says why), and the list
//! of what was removed or retired with the command that brings each back. The areas' own `remove`
//! and `restore` commands come here too.

use crate::output::render;
use docket_app::dto::{RemovalDto, RemovedKindDto};
use docket_app::{App, AppError, Locale};

/// A kind of record, as the command line names it.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    Case,
    Hearing,
    Neutral,
    Party,
    Counsel,
    Firm,
    Document,
}

impl From<Kind> for RemovedKindDto {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Case => Self::Case,
            Kind::Hearing => Self::Hearing,
            Kind::Neutral => Self::Neutral,
            Kind::Party => Self::Party,
            Kind::Counsel => Self::Counsel,
            Kind::Firm => Self::Firm,
            Kind::Document => Self::Document,
        }
    }
}

/// Removes (or retires) a record and prints what happened and how to undo it.
pub fn remove(
    app: &mut App,
    l: Locale,
    kind: RemovedKindDto,
    key: &str,
    json: bool,
) -> Result<(), AppError> {
    let r = app.remove_record(kind, key)?;
    say(l, &r, json)
}

/// Brings a removed or retired record back.
pub fn restore(
    app: &mut App,
    l: Locale,
    kind: RemovedKindDto,
    key: &str,
    json: bool,
) -> Result<(), AppError> {
    let r = app.restore_record(kind, key)?;
    say(l, &r, json)
}

fn say(l: Locale, r: &RemovalDto, json: bool) -> Result<(), AppError> {
    render(json, r, |r| {
        out!("{}", r.message);
        if r.outcome != docket_app::dto::RemovalOutcomeDto::Restored {
            out!(
                "{} docket restore {} {}",
                l.pick("Undo with:", "撤销：", "撤銷："),
                r.kind,
                r.key
            );
        }
    })
}

/// Runs `docket removed`: everything removed or retired, most recently first.
pub fn removed(app: &App, l: Locale, json: bool) -> Result<(), AppError> {
    let list = app.recently_removed()?;
    render(json, &list, |list| {
        if list.is_empty() {
            out!(
                "{}",
                l.pick(
                    "Nothing removed.",
                    "没有已移除的记录。",
                    "沒有已移除的記錄。"
                )
            );
        }
        for r in list {
            let what = match r.kind {
                RemovedKindDto::Case => l.pick("case", "案件", "案件"),
                RemovedKindDto::Hearing => l.pick("hearing", "聆讯", "聆訊"),
                RemovedKindDto::Neutral => l.pick("neutral", "调解员或仲裁员", "調解員或仲裁員"),
                RemovedKindDto::Party => l.pick("party", "当事人", "當事人"),
                RemovedKindDto::Counsel => l.pick("counsel", "代理律师", "代理律師"),
                RemovedKindDto::Firm => l.pick("law firm", "律师事务所", "律師事務所"),
                RemovedKindDto::Document => l.pick("document", "文件", "文件"),
            };
            let retired = if r.retired {
                l.pick(" (retired)", "（已停用）", "（已停用）")
            } else {
                ""
            };
            out!(
                "{}  {what}{retired}  {}  {}  (docket restore {} {})",
                r.when,
                r.case_reference,
                r.label,
                r.kind,
                r.key
            );
        }
    })
}
