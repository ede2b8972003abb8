//! The history's sentences for exits: a case withdrawn, settled (or its settlement recorded as a
//! consent award), terminated, dismissed, suspended or resumed, and an exit undone, each naming the
//! clerk, the date and the reason.

use super::*;
use docket_domain::workflow::exits::ExitKind;

/// The sentence for an exit entry (`case_exit`, `case_exit_undone`), or `None` for other actions.
pub(super) fn sentence(l: Locale, who: &str, row: &AuditRow) -> Option<String> {
    let value = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_owned();
    match row.action.as_str() {
        "case_exit" => {
            let new = value(&row.new_value);
            let mut parts = new.splitn(3, ' ');
            let kind = ExitKind::parse(parts.next().unwrap_or_default())?;
            let on = date_text(l, parts.next().unwrap_or_default());
            let mut rest = parts.next().unwrap_or_default().trim();
            let consent = rest.starts_with("consent_award");
            if consent {
                rest = rest.trim_start_matches("consent_award").trim();
            }
            let what = if consent {
                say!(
                    l,
                    "{who} recorded the settlement as a consent award on {on}",
                    "{who}记录和解已于{on}作成和解裁决",
                    "{who}記錄和解已於{on}作成和解裁決"
                )
            } else {
                let done = match kind {
                    ExitKind::Withdrawn => l.pick("withdrawn", "撤回", "撤回"),
                    ExitKind::Settled => l.pick("settled", "和解结案", "和解結案"),
                    ExitKind::Terminated => l.pick("terminated", "终止", "終止"),
                    ExitKind::Dismissed => l.pick("dismissed", "驳回", "駁回"),
                    ExitKind::Suspended => l.pick("suspended", "中止", "中止"),
                    ExitKind::Resumed => l.pick("resumed", "恢复", "恢復"),
                };
                say!(
                    l,
                    "{who} recorded the case as {done} on {on}",
                    "{who}记录案件于{on}{done}",
                    "{who}記錄案件於{on}{done}"
                )
            };
            Some(if rest.is_empty() {
                what
            } else {
                let why = q(l, rest);
                say!(l, "{what}: {why}", "{what}：{why}", "{what}：{why}")
            })
        }
        "case_exit_undone" => {
            let old = value(&row.old_value);
            let mut parts = old.splitn(2, ' ');
            let kind = ExitKind::parse(parts.next().unwrap_or_default())?;
            let on = date_text(l, parts.next().unwrap_or_default());
            let what = match kind {
                ExitKind::Withdrawn => l.pick("withdrawal", "撤回", "撤回"),
                ExitKind::Settled => l.pick("settlement", "和解", "和解"),
                ExitKind::Terminated => l.pick("termination", "终止", "終止"),
                ExitKind::Dismissed => l.pick("dismissal", "驳回", "駁回"),
                ExitKind::Suspended => l.pick("suspension", "中止", "中止"),
                ExitKind::Resumed => l.pick("resumption", "恢复", "恢復"),
            };
            Some(say!(
                l,
                "{who} undid the {what} of {on}; the case and its deadlines are as before",
                "{who}撤销了{on}的{what}，案件及其期限已恢复原状",
                "{who}復原了{on}的{what}，案件及其期限已回復原狀"
            ))
        }
        _ => None,
    }
}
