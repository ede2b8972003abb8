//! Removing with undo for every kind of record, one entry point for all: cases and hearings (see
//! `cases/edit.rs` and `hearings/edit.rs`), neutrals, parties, counsel, law firms and documents. A
//! roster record that others depend on — a neutral with appointments, a party or counsel named in a
//! case, a firm with counsel — is retired instead: it stays on the cases that name it, leaves the
//! lists the clerk picks from, and the answer says why. Restoring brings either back. Taking out the
//! demo removes exactly the rows the demo added.

use crate::dto::{DemoRemovalDto, RemovalDto, RemovalOutcomeDto, RemovedDto, RemovedKindDto};
use crate::error::{AppError, Entity};
use crate::history::{date_text, display_zone, when};
use crate::i18n::Locale;
use crate::search::{document_entry, neutral_entry, party_entry};
use crate::{App, DEMO_DISMISSED_KEY};
use docket_domain::id::{CaseId, NeutralId, PartyId};
use docket_store::repo::removal::{Dependents, Record, Standing};
use docket_store::repo::{self, prep::SearchEntry};
use docket_store::{Connection, StoreError, Transaction};

/// The store's record for a kind removed here (cases and hearings have their own columns).
fn record(kind: RemovedKindDto) -> Option<Record> {
    match kind {
        RemovedKindDto::Case | RemovedKindDto::Hearing => None,
        RemovedKindDto::Neutral => Some(Record::Neutral),
        RemovedKindDto::Party => Some(Record::Party),
        RemovedKindDto::Counsel => Some(Record::Counsel),
        RemovedKindDto::Firm => Some(Record::Firm),
        RemovedKindDto::Document => Some(Record::Document),
    }
}

fn kind_of(record: Record) -> RemovedKindDto {
    match record {
        Record::Neutral => RemovedKindDto::Neutral,
        Record::Party => RemovedKindDto::Party,
        Record::Counsel => RemovedKindDto::Counsel,
        Record::Firm => RemovedKindDto::Firm,
        Record::Document => RemovedKindDto::Document,
    }
}

fn entity(kind: RemovedKindDto) -> Entity {
    match kind {
        RemovedKindDto::Case => Entity::Case,
        RemovedKindDto::Hearing => Entity::Hearing,
        RemovedKindDto::Neutral => Entity::Neutral,
        RemovedKindDto::Party => Entity::Party,
        RemovedKindDto::Counsel => Entity::Counsel,
        RemovedKindDto::Firm => Entity::Firm,
        RemovedKindDto::Document => Entity::Document,
    }
}

/// The audit trail a record's changes go to: a document's to its case, the others' to their own.
fn audit_entity(record: Record) -> &'static str {
    match record {
        Record::Neutral => "neutral",
        Record::Party => "party",
        Record::Counsel => "counsel",
        Record::Firm => "firm",
        Record::Document => "case",
    }
}

/// The record's search entry, rebuilt from the row (none for counsel and firms, which search does
/// not list).
fn entry(
    conn: &Connection,
    record: Record,
    id: &str,
    case_id: Option<&str>,
) -> Result<Option<SearchEntry>, StoreError> {
    Ok(match record {
        Record::Neutral => match id.parse::<NeutralId>() {
            Ok(nid) => repo::neutrals::get(conn, nid)?.map(|n| neutral_entry(&n)),
            Err(_) => None,
        },
        Record::Party => match id.parse::<PartyId>() {
            Ok(pid) => repo::parties::get_party(conn, pid)?.map(|p| party_entry(&p)),
            Err(_) => None,
        },
        Record::Document => {
            let case = case_id.and_then(|c| c.parse::<CaseId>().ok());
            match (case, repo::prep::document(conn, id)?) {
                (Some(case), Some(row)) => repo::cases::references(conn, &[case])?
                    .into_iter()
                    .next()
                    .map(|(_, reference)| document_entry(&reference, &row.document)),
                _ => None,
            }
        }
        Record::Counsel | Record::Firm => None,
    })
}

/// Why a record was retired rather than removed, in the clerk's language.
fn retired_because(l: Locale, name: &str, d: &Dependents) -> String {
    let cases = d.cases.len();
    let list = d
        .cases
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let more = if cases > 3 { "…" } else { "" };
    if cases > 0 {
        match l {
            Locale::En => format!(
                "{name} was retired rather than removed: {cases} case(s) name them ({list}{more}). They stay on those cases and leave the lists you pick from; Settings → Recently removed brings them back."
            ),
            Locale::ZhHans => format!(
                "{name}已停用而非移除：有 {cases} 宗案件载有此记录（{list}{more}）。此记录仍保留在这些案件中，但不再出现在可选列表；可在“设置 → 最近移除”恢复。"
            ),
            Locale::ZhHant => format!(
                "{name}已停用而非移除：有 {cases} 宗案件載有此記錄（{list}{more}）。此記錄仍保留在這些案件中，但不再出現在可選列表；可在「設定 → 最近移除」恢復。"
            ),
        }
    } else {
        let others = d.counsel + d.other;
        match l {
            Locale::En => format!(
                "{name} was retired rather than removed: {others} other record(s) refer to it (counsel at the firm, hearings or connections). It leaves the lists you pick from; Settings → Recently removed brings it back."
            ),
            Locale::ZhHans => format!(
                "{name}已停用而非移除：另有 {others} 项记录引用它（该律所的律师、聆讯或关联）。它不再出现在可选列表；可在“设置 → 最近移除”恢复。"
            ),
            Locale::ZhHant => format!(
                "{name}已停用而非移除：另有 {others} 項記錄引用它（該律所的律師、聆訊或關聯）。它不再出現在可選列表；可在「設定 → 最近移除」恢復。"
            ),
        }
    }
}

impl App {
    /// Removes a record of any kind (a case by its reference, anything else by its id), or retires
    /// a roster record others depend on, and says which it did and why.
    pub fn remove_record(
        &mut self,
        kind: RemovedKindDto,
        key: &str,
    ) -> Result<RemovalDto, AppError> {
        let l = self.locale();
        let Some(record) = record(kind) else {
            let label = match kind {
                RemovedKindDto::Case => {
                    let case = self.case_by_reference(key)?;
                    self.remove_case(key)?;
                    crate::script::name(l, &case.title)
                }
                _ => {
                    self.remove_hearing(key)?;
                    l.pick("The hearing", "该聆讯", "該聆訊").to_owned()
                }
            };
            return Ok(self.removal(kind, key, RemovalOutcomeDto::Removed, Vec::new(), &label));
        };
        let id = key.trim();
        let not_found = || AppError::NotFound {
            entity: entity(kind),
            key: id.to_owned(),
        };
        let (standing, described, dependents) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::removal::standing(c, record, id)?,
                repo::removal::describe(c, record, id)?,
                repo::removal::dependents(c, record, id)?,
            ))
        })?;
        let (Some(Standing::Active), Some((name, case_id))) = (standing, described) else {
            return Err(not_found());
        };
        let label = crate::script::name(l, &name);
        let now = self.clock.now();
        let retire = record.retires() && !dependents.is_empty();
        let standing = if retire {
            Standing::Retired(self.today())
        } else {
            Standing::Removed(now)
        };
        let (entity_id, action) = match (record, retire) {
            (Record::Document, _) => (case_id.clone().unwrap_or_default(), "document_removed"),
            (_, true) => (id.to_owned(), "retired"),
            (_, false) => (id.to_owned(), "removed"),
        };
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::removal::set_standing(tx, record, id, standing)?;
            if !retire {
                repo::prep::unindex(tx, search_kind(record), id)?;
            }
            repo::workflow::audit(
                tx,
                audit_entity(record),
                &entity_id,
                action,
                None,
                Some(name.display(false)),
                now,
            )
        })?;
        if retire {
            let message = retired_because(l, &label, &dependents);
            return Ok(RemovalDto {
                kind,
                key: id.to_owned(),
                outcome: RemovalOutcomeDto::Retired,
                cases: dependents.cases,
                message,
            });
        }
        Ok(self.removal(kind, id, RemovalOutcomeDto::Removed, Vec::new(), &label))
    }

    /// Brings back a removed or retired record of any kind, whole.
    pub fn restore_record(
        &mut self,
        kind: RemovedKindDto,
        key: &str,
    ) -> Result<RemovalDto, AppError> {
        let l = self.locale();
        let Some(record) = record(kind) else {
            let label = match kind {
                RemovedKindDto::Case => self.restore_case(key)?.case.reference,
                _ => {
                    self.restore_hearing(key)?;
                    l.pick("The hearing", "该聆讯", "該聆訊").to_owned()
                }
            };
            return Ok(self.removal(kind, key, RemovalOutcomeDto::Restored, Vec::new(), &label));
        };
        let id = key.trim();
        let (standing, described) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::removal::standing(c, record, id)?,
                repo::removal::describe(c, record, id)?,
            ))
        })?;
        let (Some(Standing::Removed(_) | Standing::Retired(_)), Some((name, case_id))) =
            (standing, described)
        else {
            return Err(AppError::NotFound {
                entity: entity(kind),
                key: id.to_owned(),
            });
        };
        let now = self.clock.now();
        let (entity_id, action) = match record {
            Record::Document => (case_id.clone().unwrap_or_default(), "document_restored"),
            _ => (id.to_owned(), "restored"),
        };
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::removal::set_standing(tx, record, id, Standing::Active)?;
            if let Some(e) = entry(tx, record, id, case_id.as_deref())? {
                repo::prep::index(tx, &e)?;
            }
            repo::workflow::audit(
                tx,
                audit_entity(record),
                &entity_id,
                action,
                None,
                Some(name.display(false)),
                now,
            )
        })?;
        let label = crate::script::name(l, &name);
        Ok(self.removal(kind, id, RemovalOutcomeDto::Restored, Vec::new(), &label))
    }

    fn removal(
        &self,
        kind: RemovedKindDto,
        key: &str,
        outcome: RemovalOutcomeDto,
        cases: Vec<String>,
        label: &str,
    ) -> RemovalDto {
        let l = self.locale();
        let message = match (outcome, l) {
            (RemovalOutcomeDto::Restored, Locale::En) => format!("{label} is back."),
            (RemovalOutcomeDto::Restored, Locale::ZhHans) => format!("已恢复{label}。"),
            (RemovalOutcomeDto::Restored, Locale::ZhHant) => format!("已恢復{label}。"),
            (_, Locale::En) => {
                format!("{label} was removed. Settings → Recently removed brings it back.")
            }
            (_, Locale::ZhHans) => format!("已移除{label}。可在“设置 → 最近移除”恢复。"),
            (_, Locale::ZhHant) => format!("已移除{label}。可在「設定 → 最近移除」恢復。"),
        };
        RemovalDto {
            kind,
            key: key.to_owned(),
            outcome,
            cases,
            message,
        }
    }

    /// Removed and retired roster records and removed documents, for the "Recently removed" list.
    pub(crate) fn removed_records(&self) -> Result<Vec<RemovedDto>, AppError> {
        let l = self.locale();
        let rows = self.store.read(|c| -> Result<_, StoreError> {
            let mut rows = Vec::new();
            for r in Record::ALL {
                rows.extend(repo::removal::listed(c, r)?);
            }
            Ok(rows)
        })?;
        Ok(rows
            .into_iter()
            .map(|r| {
                // A retired record sorts by the day it was retired, and says only the day.
                let (at, when_text) = match (r.removed_at, r.retired_on) {
                    (Some(at), _) => {
                        let at = at.to_rfc3339();
                        (at.clone(), when(l, display_zone(), &at))
                    }
                    (None, Some(on)) => (format!("{on}T00:00:00Z"), date_text(l, &on.to_string())),
                    (None, None) => (String::new(), String::new()),
                };
                RemovedDto {
                    kind: kind_of(r.record),
                    key: r.id,
                    case_reference: r.case_reference.unwrap_or_default(),
                    label: crate::script::name(l, &r.name),
                    retired: r.retired_on.is_some(),
                    when: when_text,
                    removed_at: at,
                }
            })
            .collect())
    }

    /// Takes out exactly the rows the demo added (its cases with everything in them, then its
    /// neutrals, parties, counsel, firms and rooms that none of the clerk's records uses), and stops
    /// offering the demo again.
    pub fn remove_demo(&mut self) -> Result<DemoRemovalDto, AppError> {
        let r = self
            .store
            .write(|tx: &Transaction<'_>| -> Result<_, StoreError> {
                let r = repo::removal::remove_demo(tx)?;
                repo::settings::set(tx, DEMO_DISMISSED_KEY, "true")?;
                Ok(r)
            })?;
        self.reindex_search()?;
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        let l = self.locale();
        let (cases, hearings, neutrals, kept) = (r.cases, r.hearings, r.neutrals, r.kept);
        let rooms = r.venues;
        let mut message = match l {
            Locale::En => format!(
                "The demo is gone: {cases} cases, {hearings} hearings, {neutrals} neutrals and {rooms} rooms removed, with their parties and counsel. Your own records are untouched."
            ),
            Locale::ZhHans => format!(
                "示例数据已移除：{cases} 宗案件、{hearings} 场聆讯、{neutrals} 名调解员或仲裁员及 {rooms} 个房间，连同其当事人和代理律师。您自己的记录不受影响。"
            ),
            Locale::ZhHant => format!(
                "示範資料已移除：{cases} 宗案件、{hearings} 場聆訊、{neutrals} 名調解員或仲裁員及 {rooms} 個房間，連同其當事人和代理律師。您自己的記錄不受影響。"
            ),
        };
        if kept > 0 {
            message.push(' ');
            message.push_str(&match l {
                Locale::En => format!(
                    "{kept} demo record(s) stay because your own cases or hearings use them."
                ),
                Locale::ZhHans => {
                    format!("有 {kept} 项示例记录因您自己的案件或聆讯仍在使用而保留。")
                }
                Locale::ZhHant => {
                    format!("有 {kept} 項示範記錄因您自己的案件或聆訊仍在使用而保留。")
                }
            });
        }
        Ok(DemoRemovalDto {
            cases: n(r.cases),
            hearings: n(r.hearings),
            neutrals: n(r.neutrals),
            venues: n(r.venues),
            parties: n(r.parties),
            counsel: n(r.counsel),
            firms: n(r.firms),
            kept: n(r.kept),
            message,
        })
    }
}

/// The search index's kind for a record (counsel and firms have no entries; removing them from the
/// index is harmless).
fn search_kind(record: Record) -> &'static str {
    match record {
        Record::Neutral => "neutral",
        Record::Party => "party",
        Record::Counsel => "counsel",
        Record::Firm => "firm",
        Record::Document => "document",
    }
}

#[cfg(test)]
mod tests;
