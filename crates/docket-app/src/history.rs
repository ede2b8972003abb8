//! A record's history in words: each audit entry as a sentence in the clerk's language that names
//! who made the change (the clerk's name the entry recorded), with the records it refers to by name
//! (parties, neutrals, deadlines, checklist items, documents) and its time in the display zone. An
//! action this version does not know, or a value it cannot read, still reads as a plain sentence,
//! never as a code.

use crate::App;
use crate::dto::AuditDto;
use crate::error::AppError;
use crate::explain::role_label;
use crate::i18n::{Locale, stage_label};
use docket_domain::hearing::{HearingKind, HearingStatus};
use docket_domain::id::{CaseId, PartyId};
use docket_domain::prep::ItemStatus;
use docket_domain::roster::appointment::AppointmentRole;
use docket_domain::roster::party::Side;
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant, LocalDateTime, Zone};
use docket_domain::workflow::Stage;
use docket_store::repo::{self, workflow::AuditRow};
use docket_store::{Connection, StoreError};
use std::collections::{HashMap, HashSet};

/// The zone history times are shown in: the centre's own, Hong Kong (Shenzhen keeps the same clock).
pub(crate) fn display_zone() -> Zone {
    Zone::hong_kong()
}

impl App {
    /// A case's audit trail as the clerk reads it, in their language and the display zone.
    pub(crate) fn case_history(
        &self,
        case: CaseId,
        rows: Vec<AuditRow>,
    ) -> Result<Vec<AuditDto>, AppError> {
        let names = self.store.read(|c| Names::for_case(c, case, &rows))?;
        Ok(entries(self.locale(), display_zone(), &names, rows))
    }
}

impl App {
    /// A roster record's audit trail (`entity` is `neutral`, `party`…), newest first, in words.
    pub(crate) fn record_history(&self, entity: &str, id: &str) -> Result<Vec<AuditDto>, AppError> {
        let mut rows = self
            .store
            .read(|c| repo::workflow::audit_trail(c, entity, id))?;
        rows.reverse();
        Ok(entries(
            self.locale(),
            display_zone(),
            &Names::default(),
            rows,
        ))
    }
}

/// The trail as the clerk reads it: who did what, and when in `zone`.
pub(crate) fn entries(l: Locale, zone: Zone, names: &Names, rows: Vec<AuditRow>) -> Vec<AuditDto> {
    rows.into_iter()
        .map(|row| AuditDto {
            sentence: sentence(l, names, &row),
            when: when(l, zone, &row.at),
            action: row.action,
            old_value: row.old_value,
            new_value: row.new_value,
            at: row.at,
            clerk: row.clerk,
        })
        .collect()
}

/// What one audit entry says, with the clerk who made the change as its subject.
pub(crate) fn sentence(l: Locale, names: &Names, row: &AuditRow) -> String {
    let who = row
        .clerk
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map_or_else(
            || l.pick("Someone", "有人", "有人").to_owned(),
            str::to_owned,
        );
    if let Some(s) = exits::sentence(l, &who, row) {
        return s;
    }
    let old = row.old_value.as_deref();
    let new = row.new_value.as_deref();
    let none = l.pick("none", "无", "無");
    let limit = |code: &str| {
        names.limits.get(code).map_or_else(
            || l.pick("a deadline", "一项期限", "一項期限").to_owned(),
            |b| q(l, &term(l, b)),
        )
    };
    if let Some(code) = row.action.strip_prefix("checklist:") {
        let item = names.items.get(code).map_or_else(
            || {
                l.pick("a checklist item", "一个清单项目", "一個清單項目")
                    .to_owned()
            },
            |b| q(l, &term(l, b)),
        );
        let (Some(before), Some(after)) = (item_state(old), item_state(new)) else {
            return say!(
                l,
                "{who} updated {item}",
                "{who}更新了{item}",
                "{who}更新了{item}"
            );
        };
        let mut changes = Vec::new();
        if before.0 != after.0 {
            let (from, to) = (
                q(l, item_status_text(l, before.0)),
                q(l, item_status_text(l, after.0)),
            );
            changes.push(say!(
                l,
                "status from {from} to {to}",
                "状态由{from}改为{to}",
                "狀態由{from}改為{to}"
            ));
        }
        if before.1 != after.1 {
            let or_none = |s: &str| {
                if s.is_empty() {
                    none.to_owned()
                } else {
                    q(l, s)
                }
            };
            let (from, to) = (or_none(before.1), or_none(after.1));
            changes.push(say!(
                l,
                "owner from {from} to {to}",
                "负责人由{from}改为{to}",
                "負責人由{from}改為{to}"
            ));
        }
        if before.2 != after.2 {
            let or_none = |s: &str| {
                if s.is_empty() {
                    none.to_owned()
                } else {
                    date_text(l, s)
                }
            };
            let (from, to) = (or_none(before.2), or_none(after.2));
            changes.push(say!(
                l,
                "due date from {from} to {to}",
                "期限由{from}改为{to}",
                "期限由{from}改為{to}"
            ));
        }
        if changes.is_empty() {
            return say!(
                l,
                "{who} updated {item}",
                "{who}更新了{item}",
                "{who}更新了{item}"
            );
        }
        let changes = changes.join(l.pick(", ", "；", "；"));
        return say!(
            l,
            "{who} changed the checklist item {item}: {changes}",
            "{who}修改了清单项目{item}：{changes}",
            "{who}修改了清單項目{item}：{changes}"
        );
    }
    match row.action.as_str() {
        "created" => {
            let filed = new
                .and_then(|v| v.split(" · ").nth(2))
                .map(|d| date_text(l, d.trim()));
            match filed {
                Some(on) => say!(
                    l,
                    "{who} opened the case, filed on {on}",
                    "{who}开立了案件，提交日期为{on}",
                    "{who}開立了案件，提交日期為{on}"
                ),
                None => say!(
                    l,
                    "{who} opened the case",
                    "{who}开立了案件",
                    "{who}開立了案件"
                ),
            }
        }
        "stage" => match (code_and(old), code_and(new)) {
            (Some((from, _)), Some((to, on))) => {
                let (from, to, on) = (
                    q(l, &stage_text(l, from)),
                    q(l, &stage_text(l, to)),
                    date_text(l, on),
                );
                say!(
                    l,
                    "{who} moved the case from {from} to {to}, on {on}",
                    "{who}将案件由{from}推进至{to}，日期为{on}",
                    "{who}將案件由{from}推進至{to}，日期為{on}"
                )
            }
            _ => say!(
                l,
                "{who} moved the case to another stage",
                "{who}将案件推进至另一阶段",
                "{who}將案件推進至另一階段"
            ),
        },
        "event_redated" => match (code_and(old), code_and(new)) {
            (Some((stage, from)), Some((_, rest))) => {
                let (to, reason) = date_and_reason(rest);
                let (stage, from, to) = (
                    q(l, &stage_text(l, stage)),
                    date_text(l, from),
                    date_text(l, to),
                );
                say!(
                    l,
                    "{who} changed the date of {stage} from {from} to {to} (reason: {reason})",
                    "{who}将{stage}的日期由{from}改为{to}（理由：{reason}）",
                    "{who}將{stage}的日期由{from}改為{to}（理由：{reason}）"
                )
            }
            _ => say!(
                l,
                "{who} changed the date of a stage",
                "{who}修改了一个阶段的日期",
                "{who}修改了一個階段的日期"
            ),
        },
        "deadline_created" => match code_and(new) {
            Some((code, due)) => {
                let (name, due) = (limit(code), date_text(l, due));
                say!(
                    l,
                    "{who} added the deadline {name}, due {due}",
                    "{who}新增了期限{name}，届满日为{due}",
                    "{who}新增了期限{name}，屆滿日為{due}"
                )
            }
            None => say!(
                l,
                "{who} added a deadline",
                "{who}新增了一项期限",
                "{who}新增了一項期限"
            ),
        },
        "deadline_overridden" => match (code_and(old), code_and(new)) {
            (Some((code, from)), Some((_, rest))) => {
                let (to, reason) = date_and_reason(rest);
                let (name, from, to) = (limit(code), date_text(l, from), date_text(l, to));
                say!(
                    l,
                    "{who} changed the deadline {name} from {from} to {to} (reason: {reason})",
                    "{who}将期限{name}由{from}改为{to}（理由：{reason}）",
                    "{who}將期限{name}由{from}改為{to}（理由：{reason}）"
                )
            }
            _ => say!(
                l,
                "{who} changed the date of a deadline",
                "{who}修改了一项期限的日期",
                "{who}修改了一項期限的日期"
            ),
        },
        "party_added" => {
            let (side, party) = code_and(new).map_or((None, None), |(side, id)| {
                (Side::parse(side), names.parties.get(id))
            });
            let party = party.map_or_else(
                || l.pick("a party", "一名当事人", "一名當事人").to_owned(),
                |b| name(l, b),
            );
            match side {
                Some(side) => {
                    let side = side_text(l, side);
                    say!(
                        l,
                        "{who} added {party} as {side}",
                        "{who}将{party}列为{side}",
                        "{who}將{party}列為{side}"
                    )
                }
                None => say!(
                    l,
                    "{who} added {party} to the case",
                    "{who}将{party}加入案件",
                    "{who}將{party}加入案件"
                ),
            }
        }
        "appointment" => match code_and(new) {
            Some((role, recorded)) => {
                let neutral = names
                    .neutrals
                    .get(recorded)
                    .map_or_else(|| recorded.to_owned(), |b| name(l, b));
                match AppointmentRole::parse(role) {
                    Some(role) => {
                        let role = lower(l, role_label(l, role));
                        say!(
                            l,
                            "{who} appointed {neutral} as {role}",
                            "{who}指定{neutral}为{role}",
                            "{who}指定{neutral}為{role}"
                        )
                    }
                    None => say!(
                        l,
                        "{who} appointed {neutral}",
                        "{who}指定了{neutral}",
                        "{who}指定了{neutral}"
                    ),
                }
            }
            None => say!(
                l,
                "{who} appointed a neutral",
                "{who}指定了一名调解员或仲裁员",
                "{who}指定了一名調解員或仲裁員"
            ),
        },
        "case_edited" => {
            let changes = changed_fields(old, new, |field, from, to| {
                let what = match field {
                    "title_en" => l.pick("the title", "名称", "名稱"),
                    "title_zh" => l.pick("the Chinese title", "中文名称", "中文名稱"),
                    "amount" => l.pick("the amount in dispute", "争议金额", "爭議金額"),
                    "language" => l.pick("the language", "语言", "語言"),
                    _ => l.pick("a detail", "一项资料", "一項資料"),
                };
                from_to(l, what, from, to, |v| v.is_empty() || v == "none")
            });
            let changes = changes.join(l.pick("; ", "；", "；"));
            say!(
                l,
                "{who} changed {changes}",
                "{who}修改了案件：{changes}",
                "{who}修改了案件：{changes}"
            )
        }
        "case_removed" => say!(
            l,
            "{who} removed the case",
            "{who}删除了案件",
            "{who}刪除了案件"
        ),
        "case_restored" => say!(
            l,
            "{who} restored the case",
            "{who}恢复了案件",
            "{who}恢復了案件"
        ),
        "hearing_edited" => {
            let changes = changed_fields(old, new, |field, from, to| {
                let shown = |v: &str| {
                    if v.is_empty() {
                        none.to_owned()
                    } else {
                        q(l, v)
                    }
                };
                match field {
                    "kind" => {
                        let k = |v: &str| {
                            HearingKind::parse(v)
                                .map_or_else(|| shown(v), |k| q(l, &kind_name(l, k)))
                        };
                        let (from, to) = (k(from), k(to));
                        say!(
                            l,
                            "kind from {from} to {to}",
                            "类型由{from}改为{to}",
                            "類型由{from}改為{to}"
                        )
                    }
                    "minutes" => say!(
                        l,
                        "length from {from} to {to} minutes",
                        "时长由{from}分钟改为{to}分钟",
                        "時長由{from}分鐘改為{to}分鐘"
                    ),
                    "room" => {
                        let room = |v: &str| {
                            names
                                .rooms
                                .get(v)
                                .map_or_else(|| shown(v), |b| q(l, &name(l, b)))
                        };
                        let (from, to) = (room(from), room(to));
                        say!(
                            l,
                            "room from {from} to {to}",
                            "房间由{from}改为{to}",
                            "房間由{from}改為{to}"
                        )
                    }
                    _ => {
                        let what = match field {
                            "language" => l.pick("language", "语言", "語言"),
                            "interpretation" => l.pick("interpretation", "传译", "傳譯"),
                            "participants" => l.pick("participants", "参与者", "參與者"),
                            _ => l.pick("a detail", "一项资料", "一項資料"),
                        };
                        from_to(l, what, from, to, str::is_empty)
                    }
                }
            });
            let changes = changes.join(l.pick(", ", "；", "；"));
            say!(
                l,
                "{who} changed a hearing: {changes}",
                "{who}修改了一场庭审：{changes}",
                "{who}修改了一場聆訊：{changes}"
            )
        }
        "hearing_removed" | "hearing_restored" => {
            let mut parts = new.unwrap_or_default().splitn(3, ' ');
            let (kind, local, zone) = (parts.next(), parts.next(), parts.next());
            let kind = kind
                .and_then(HearingKind::parse)
                .map_or_else(|| l.pick("a hearing", "庭审", "聆訊"), |k| kind_text(l, k));
            let at = match (local, zone) {
                (Some(local), Some(zone)) => wall_text(l, local, zone),
                _ => String::new(),
            };
            match (row.action.as_str(), at.is_empty()) {
                ("hearing_removed", false) => say!(
                    l,
                    "{who} removed {kind} for {at}",
                    "{who}删除了{kind}（{at}）",
                    "{who}刪除了{kind}（{at}）"
                ),
                ("hearing_removed", true) => say!(
                    l,
                    "{who} removed {kind}",
                    "{who}删除了{kind}",
                    "{who}刪除了{kind}"
                ),
                (_, false) => say!(
                    l,
                    "{who} restored {kind} for {at}",
                    "{who}恢复了{kind}（{at}）",
                    "{who}恢復了{kind}（{at}）"
                ),
                (_, true) => say!(
                    l,
                    "{who} restored {kind}",
                    "{who}恢复了{kind}",
                    "{who}恢復了{kind}"
                ),
            }
        }
        "hearing_booked" => {
            let mut parts = new.unwrap_or_default().splitn(3, ' ');
            let (kind, local, zone) = (parts.next(), parts.next(), parts.next());
            let kind = kind
                .and_then(HearingKind::parse)
                .map_or_else(|| l.pick("a hearing", "庭审", "聆訊"), |k| kind_text(l, k));
            match (local, zone) {
                (Some(local), Some(zone)) => {
                    let at = wall_text(l, local, zone);
                    say!(
                        l,
                        "{who} booked {kind} for {at}",
                        "{who}安排了{kind}，时间为{at}",
                        "{who}安排了{kind}，時間為{at}"
                    )
                }
                _ => say!(
                    l,
                    "{who} booked {kind}",
                    "{who}安排了{kind}",
                    "{who}安排了{kind}"
                ),
            }
        }
        "hearing_moved" => match new.and_then(|v| v.split_once(' ')) {
            Some((local, zone)) => {
                let at = wall_text(l, local, zone);
                say!(
                    l,
                    "{who} moved a hearing to {at}",
                    "{who}将一场庭审改至{at}",
                    "{who}將一場聆訊改至{at}"
                )
            }
            None => say!(
                l,
                "{who} moved a hearing",
                "{who}更改了一场庭审的时间",
                "{who}更改了一場聆訊的時間"
            ),
        },
        "hearing_status" => match (
            old.and_then(HearingStatus::parse),
            new.and_then(HearingStatus::parse),
        ) {
            (Some(from), Some(to)) => {
                let (from, to) = (
                    q(l, hearing_status_text(l, from)),
                    q(l, hearing_status_text(l, to)),
                );
                say!(
                    l,
                    "{who} changed a hearing from {from} to {to}",
                    "{who}将一场庭审的状态由{from}改为{to}",
                    "{who}將一場聆訊的狀態由{from}改為{to}"
                )
            }
            _ => say!(
                l,
                "{who} changed the status of a hearing",
                "{who}更改了一场庭审的状态",
                "{who}更改了一場聆訊的狀態"
            ),
        },
        "hearing_tz_reviewed" => {
            let kept = new.and_then(|v| v.split_once(": keep ")).map(|(_, k)| k);
            let (keep, at) = match kept.and_then(|k| k.split_once(", ")) {
                Some((keep, rest)) => (keep, rest.split_once(' ')),
                None => ("", None),
            };
            let kept = match keep {
                "wall_time" => l.pick("kept its local time", "保留其当地时间", "保留其當地時間"),
                "instant" => l.pick(
                    "kept its moment in time",
                    "保留其绝对时刻",
                    "保留其絕對時刻",
                ),
                _ => l.pick("decided its time", "确定了其时间", "確定了其時間"),
            };
            match at {
                Some((local, zone)) => {
                    let at = wall_text(l, local, zone);
                    say!(
                        l,
                        "{who} reviewed a hearing after the time-zone rules changed and {kept}: {at}",
                        "{who}在时区规则变更后复核了一场庭审，{kept}：{at}",
                        "{who}在時區規則變更後覆核了一場聆訊，{kept}：{at}"
                    )
                }
                None => say!(
                    l,
                    "{who} reviewed a hearing after the time-zone rules changed and {kept}",
                    "{who}在时区规则变更后复核了一场庭审，{kept}",
                    "{who}在時區規則變更後覆核了一場聆訊，{kept}"
                ),
            }
        }
        "package_exported" => {
            let file = file_name(new.unwrap_or_default());
            say!(
                l,
                "{who} exported the case as a package ({file})",
                "{who}将案件导出为案件包（{file}）",
                "{who}將案件匯出為案件包（{file}）"
            )
        }
        "package_imported" => {
            let (path, exported) = new
                .and_then(|v| v.rsplit_once(" (exported "))
                .map_or((new.unwrap_or_default(), None), |(p, e)| {
                    (p, e.strip_suffix(')'))
                });
            let file = file_name(path);
            match exported {
                Some(e) => {
                    let on = when(l, display_zone(), e);
                    say!(
                        l,
                        "{who} imported the case from a package ({file}, exported {on})",
                        "{who}从案件包导入了案件（{file}，导出于{on}）",
                        "{who}從案件包匯入了案件（{file}，匯出於{on}）"
                    )
                }
                None => say!(
                    l,
                    "{who} imported the case from a package ({file})",
                    "{who}从案件包导入了案件（{file}）",
                    "{who}從案件包匯入了案件（{file}）"
                ),
            }
        }
        "checklist_generated" => match new.and_then(|v| v.split_once(' ')) {
            Some((n, _)) => say!(
                l,
                "{who} drew up the preparation checklist ({n} items)",
                "{who}生成了准备清单（{n}项）",
                "{who}生成了準備清單（{n}項）"
            ),
            None => say!(
                l,
                "{who} drew up the preparation checklist",
                "{who}生成了准备清单",
                "{who}生成了準備清單"
            ),
        },
        "document_added" => {
            let (title, version) = match new.and_then(|v| v.rsplit_once(" v")) {
                Some((t, v)) if v.parse::<u32>().is_ok() => (t, Some(v)),
                _ => (new.unwrap_or_default(), None),
            };
            let title = q(l, title);
            match (old, version) {
                (Some(_), Some(v)) => say!(
                    l,
                    "{who} added version {v} of the document {title}",
                    "{who}新增了文件{title}的第{v}版",
                    "{who}新增了文件{title}的第{v}版"
                ),
                _ => say!(
                    l,
                    "{who} added the document {title}",
                    "{who}新增了文件{title}",
                    "{who}新增了文件{title}"
                ),
            }
        }
        "document_confidential" => match new.and_then(|v| v.rsplit_once(": ")) {
            Some((title, "true")) => {
                let title = q(l, title);
                say!(
                    l,
                    "{who} marked the document {title} as a confidential mediation communication",
                    "{who}将文件{title}标记为保密的调解通讯",
                    "{who}將文件{title}標記為保密的調解通訊"
                )
            }
            Some((title, _)) => {
                let title = q(l, title);
                say!(
                    l,
                    "{who} marked the document {title} as not confidential",
                    "{who}将文件{title}标记为非保密",
                    "{who}將文件{title}標記為非保密"
                )
            }
            None => say!(
                l,
                "{who} changed whether a document is confidential",
                "{who}更改了一份文件的保密标记",
                "{who}更改了一份文件的保密標記"
            ),
        },
        "bundle_ordered" => match new.and_then(|v| v.split_once(' ')) {
            Some((n, _)) => say!(
                l,
                "{who} arranged the hearing bundle ({n} documents)",
                "{who}编排了庭审文件册（{n}份文件）",
                "{who}編排了聆訊文件冊（{n}份文件）"
            ),
            None => say!(
                l,
                "{who} arranged the hearing bundle",
                "{who}编排了庭审文件册",
                "{who}編排了聆訊文件冊"
            ),
        },
        "note_added" => {
            if new.is_some_and(|id| names.confidential_notes.contains(id)) {
                say!(
                    l,
                    "{who} added a confidential note",
                    "{who}新增了一则保密笔记",
                    "{who}新增了一則保密筆記"
                )
            } else {
                say!(
                    l,
                    "{who} added a note",
                    "{who}新增了一则笔记",
                    "{who}新增了一則筆記"
                )
            }
        }
        "profile_edited" => match new.filter(|n| !n.is_empty()) {
            Some(neutral) => say!(
                l,
                "{who} edited the profile of {neutral}",
                "{who}编辑了{neutral}的资料",
                "{who}編輯了{neutral}的資料"
            ),
            None => say!(
                l,
                "{who} edited a profile",
                "{who}编辑了一份资料",
                "{who}編輯了一份資料"
            ),
        },
        "new_version" => {
            let from = new
                .and_then(|v| v.split_once(" from "))
                .and_then(|(_, rest)| rest.split(' ').next())
                .map(|d| date_text(l, d));
            match from {
                Some(from) => say!(
                    l,
                    "{who} added a new version of a time limit, in force from {from}",
                    "{who}新增了时限的新版本，自{from}起适用",
                    "{who}新增了時限的新版本，自{from}起適用"
                ),
                None => say!(
                    l,
                    "{who} added a new version of a time limit",
                    "{who}新增了时限的新版本",
                    "{who}新增了時限的新版本"
                ),
            }
        }
        "line_set" => match new.and_then(|v| v.splitn(3, ' ').nth(2)) {
            Some(title) => {
                let title = q(l, title);
                say!(
                    l,
                    "{who} set the checklist template line {title}",
                    "{who}设置了清单模板项目{title}",
                    "{who}設定了清單範本項目{title}"
                )
            }
            None => say!(
                l,
                "{who} changed a checklist template",
                "{who}修改了清单模板",
                "{who}修改了清單範本"
            ),
        },
        _ => match records::sentence(l, &who, row) {
            Some(s) => s,
            None => say!(
                l,
                "{who} made a change",
                "{who}作出了修改",
                "{who}作出了修改"
            ),
        },
    }
}

#[cfg(test)]
mod tests;

mod exits;
mod records;
mod words;
use words::*;
mod names;
pub(crate) use names::Names;
pub(crate) use words::{changes, date_text, hearing_label, when};
