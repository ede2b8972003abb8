//! Case deadlines, the audit trail, and the institution time limits and thresholds tables.

use super::rows::{all, each, from_str, opt_parsed, opt_text, parsed, text};
use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::deadline::{Jurisdiction, Period, RuleKind, Verification};
use docket_domain::id::CaseId;
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use docket_domain::workflow::{
    CaseDeadline, Institution, RulesEdition, Stage, Threshold, TimeLimit,
};
use rusqlite::{Connection, Transaction, params};

fn verification(s: &str) -> Option<Verification> {
    match s {
        "verified" => Some(Verification::Verified),
        "secondary" => Some(Verification::Secondary),
        "unverified" => Some(Verification::Unverified),
        _ => None,
    }
}

fn period(
    table: &'static str,
    days: Option<u32>,
    months: Option<u32>,
) -> Result<Period, StoreError> {
    match (days, months) {
        (Some(d), None) => Ok(Period::Days(d)),
        (None, Some(m)) => Ok(Period::Months(m)),
        _ => Err(StoreError::Corrupt {
            table,
            column: "days/months",
            value: format!("{days:?}/{months:?}"),
        }),
    }
}

fn split(p: Period) -> (Option<u32>, Option<u32>) {
    match p {
        Period::Days(d) => (Some(d), None),
        Period::Months(m) => (None, Some(m)),
    }
}

/// Every institution time limit, all versions.
pub fn time_limits(conn: &Connection) -> Result<Vec<TimeLimit>, StoreError> {
    const T: &str = "time_limits";
    let mut stmt = conn.prepare(
        "SELECT code, institution, trigger_stage, name_en, name_zh, days, months, rule_set, receipt,
                effective_from, effective_to, verification, source, satisfied_by
         FROM time_limits ORDER BY institution, trigger_stage, code, effective_from",
    )?;
    all(&mut stmt, [], |r| {
        Ok(TimeLimit {
            code: text(r, 0)?,
            institution: parsed(r, 1, T, "institution", Institution::parse)?,
            trigger: parsed(r, 2, T, "trigger_stage", Stage::parse)?,
            name: Bilingual::new(text(r, 3)?, text(r, 4)?),
            period: period(T, r.get(5)?, r.get(6)?)?,
            rule: parsed(r, 7, T, "rule_set", RuleKind::parse)?,
            receipt: opt_parsed(r, 8, T, "receipt", Jurisdiction::parse)?,
            effective_from: parsed(r, 9, T, "effective_from", from_str)?,
            effective_to: opt_parsed(r, 10, T, "effective_to", from_str)?,
            verification: parsed(r, 11, T, "verification", verification)?,
            source: text(r, 12)?,
            satisfied_by: opt_parsed(r, 13, T, "satisfied_by", Stage::parse)?,
        })
    })
}

/// Every edition of the institutions' rules, oldest first.
pub fn rules_editions(conn: &Connection) -> Result<Vec<RulesEdition>, StoreError> {
    const T: &str = "rules_editions";
    let mut stmt = conn.prepare(
        "SELECT institution, kind, code, name_en, name_zh, effective_from, verification, source
         FROM rules_editions ORDER BY institution, kind, effective_from",
    )?;
    all(&mut stmt, [], |r| {
        Ok(RulesEdition {
            institution: parsed(r, 0, T, "institution", Institution::parse)?,
            mediation: text(r, 1)? == "mediation",
            code: text(r, 2)?,
            name: Bilingual::new(text(r, 3)?, text(r, 4)?),
            effective_from: parsed(r, 5, T, "effective_from", from_str)?,
            verification: parsed(r, 6, T, "verification", verification)?,
            source: text(r, 7)?,
        })
    })
}

pub fn thresholds(conn: &Connection) -> Result<Vec<Threshold>, StoreError> {
    const T: &str = "procedure_thresholds";
    let mut stmt = conn.prepare(
        "SELECT institution, currency, max_minor, effective_from, verification, source
         FROM procedure_thresholds ORDER BY institution, effective_from",
    )?;
    all(&mut stmt, [], |r| {
        Ok(Threshold {
            institution: parsed(r, 0, T, "institution", Institution::parse)?,
            currency: text(r, 1)?,
            max_minor: r.get(2)?,
            effective_from: parsed(r, 3, T, "effective_from", from_str)?,
            verification: parsed(r, 4, T, "verification", verification)?,
            source: text(r, 5)?,
        })
    })
}

pub fn insert_deadline(
    tx: &Transaction<'_>,
    d: &CaseDeadline,
    now: Instant,
) -> Result<(), StoreError> {
    let (days, months) = split(d.period);
    tx.execute(
        "INSERT INTO case_deadlines (id, case_id, limit_code, name_en, name_zh, trigger_stage, trigger_date,
                                     days, months, rule_set, receipt, due, rule_version, override_due,
                                     override_reason, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            d.id,
            d.case_id.to_string(),
            d.limit_code,
            d.name.en,
            d.name.zh,
            d.trigger_stage.code(),
            d.trigger_date.to_string(),
            days,
            months,
            d.rule.code(),
            d.receipt.map(|j| j.code()),
            d.due.to_string(),
            d.rule_version,
            d.override_due.as_ref().map(|(o, _)| o.to_string()),
            d.override_due.as_ref().map(|(_, r)| r.clone()),
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Sets (or clears) a clerk's override of a deadline.
pub fn set_override(
    tx: &Transaction<'_>,
    id: &str,
    over: Option<(CivilDate, &str)>,
) -> Result<usize, StoreError> {
    Ok(tx.execute(
        "UPDATE case_deadlines SET override_due = ?2, override_reason = ?3 WHERE id = ?1",
        params![
            id,
            over.map(|(d, _)| d.to_string()),
            over.map(|(_, r)| r.to_owned())
        ],
    )?)
}

/// A stored deadline row that does not read back (a value an older version stored, or a hand
/// edit): what a list shows in its place.
#[derive(Debug)]
pub struct UnreadableDeadline {
    pub id: String,
    /// The case, when its id reads.
    pub case_id: Option<CaseId>,
    pub limit_code: String,
    pub name: Bilingual,
    /// The stored due date as text.
    pub due: String,
    /// Why it does not read (`StoreError::Corrupt`).
    pub error: StoreError,
}

/// Deadlines of one case (or of every case with `None`), by due date; a row that does not read is
/// an error.
pub fn deadlines(conn: &Connection, case: Option<CaseId>) -> Result<Vec<CaseDeadline>, StoreError> {
    let (rows, unreadable) = deadlines_lenient(conn, case)?;
    match unreadable.into_iter().next() {
        Some(u) => Err(u.error),
        None => Ok(rows),
    }
}

/// Like [`deadlines`], but a row that does not read is set aside with its error, so one bad row
/// never takes a whole list down.
pub fn deadlines_lenient(
    conn: &Connection,
    case: Option<CaseId>,
) -> Result<(Vec<CaseDeadline>, Vec<UnreadableDeadline>), StoreError> {
    const T: &str = "case_deadlines";
    let sql = "SELECT id, case_id, limit_code, name_en, name_zh, trigger_stage, trigger_date, days, months,
                      rule_set, receipt, due, rule_version, override_due, override_reason
               FROM case_deadlines WHERE (?1 IS NULL OR case_id = ?1)
               ORDER BY COALESCE(override_due, due), limit_code";
    let mut stmt = conn.prepare(sql)?;
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    // The whole row is read before any of it is parsed: a row that does not parse is set aside with
    // what identifies it, while a row the driver cannot read stops the list.
    each(&mut stmt, [case.map(|c| c.to_string())], |r| {
        let (id, case_id, code) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
        let (en, zh, stage, trigger) = (text(r, 3)?, text(r, 4)?, text(r, 5)?, text(r, 6)?);
        let (days, months) = (r.get(7)?, r.get(8)?);
        let (rule, receipt) = (text(r, 9)?, opt_text(r, 10)?);
        let (due, version) = (text(r, 11)?, text(r, 12)?);
        let (od, or) = (opt_text(r, 13)?, opt_text(r, 14)?);
        let read = || -> Result<CaseDeadline, StoreError> {
            Ok(CaseDeadline {
                id: id.clone(),
                case_id: parse_col(T, "case_id", &case_id, from_str)?,
                limit_code: code.clone(),
                name: Bilingual::new(en.clone(), zh.clone()),
                trigger_stage: parse_col(T, "trigger_stage", &stage, Stage::parse)?,
                trigger_date: parse_col(T, "trigger_date", &trigger, from_str)?,
                period: period(T, days, months)?,
                rule: parse_col(T, "rule_set", &rule, RuleKind::parse)?,
                receipt: match receipt {
                    Some(r) => Some(parse_col(T, "receipt", &r, Jurisdiction::parse)?),
                    None => None,
                },
                due: parse_col(T, "due", &due, from_str)?,
                rule_version: version.clone(),
                override_due: match (&od, &or) {
                    (Some(d), Some(reason)) => {
                        Some((parse_col(T, "override_due", d, from_str)?, reason.clone()))
                    }
                    _ => None,
                },
            })
        };
        match read() {
            Ok(d) => out.push(d),
            Err(error @ StoreError::Corrupt { .. }) => unreadable.push(UnreadableDeadline {
                case_id: case_id.parse().ok(),
                id,
                limit_code: code,
                name: Bilingual::new(en, zh),
                due: od.unwrap_or(due),
                error,
            }),
            Err(other) => return Err(other),
        }
        Ok(())
    })?;
    Ok((out, unreadable))
}

/// Appends to the audit trail. The entry names the clerk as the settings hold their name
/// ([`super::settings::CLERK_NAME`]) in this same transaction, or no one when none is set.
pub fn audit(
    tx: &Transaction<'_>,
    entity: &str,
    entity_id: &str,
    action: &str,
    old: Option<&str>,
    new: Option<&str>,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit_log (entity, entity_id, action, old_value, new_value, at, clerk)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT value FROM settings WHERE key = ?7))",
        params![
            entity,
            entity_id,
            action,
            old,
            new,
            stamp(now),
            super::settings::CLERK_NAME
        ],
    )?;
    Ok(())
}

/// One entry of the audit trail, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub action: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who: the clerk's name when the entry was written, if one was set.
    pub clerk: Option<String>,
}

/// An entity's audit trail, oldest first.
pub fn audit_trail(
    conn: &Connection,
    entity: &str,
    entity_id: &str,
) -> Result<Vec<AuditRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT action, old_value, new_value, at, clerk FROM audit_log
         WHERE entity = ?1 AND entity_id = ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map([entity, entity_id], |r| {
        Ok(AuditRow {
            action: r.get(0)?,
            old_value: r.get(1)?,
            new_value: r.get(2)?,
            at: r.get(3)?,
            clerk: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Adds a new version of a time limit from `limit.effective_from`, closing the version in force the
/// day before. Earlier versions stay as they were: deadlines created under them keep their history.
pub fn add_limit_version(tx: &Transaction<'_>, limit: &TimeLimit) -> Result<(), StoreError> {
    let day_before = limit
        .effective_from
        .add_days(-1)
        .map_err(|_| StoreError::Corrupt {
            table: "time_limits",
            column: "effective_from",
            value: limit.effective_from.to_string(),
        })?;
    tx.execute(
        "UPDATE time_limits SET effective_to = ?3
         WHERE institution = ?1 AND code = ?2 AND effective_from < ?4
           AND (effective_to IS NULL OR effective_to >= ?4)",
        params![
            limit.institution.code(),
            limit.code,
            day_before.to_string(),
            limit.effective_from.to_string()
        ],
    )?;
    let (days, months) = split(limit.period);
    tx.execute(
        "INSERT INTO time_limits (code, institution, trigger_stage, name_en, name_zh, days, months, rule_set,
                                  receipt, effective_from, effective_to, verification, source, satisfied_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL, ?11, ?12, ?13)",
        params![
            limit.code,
            limit.institution.code(),
            limit.trigger.code(),
            limit.name.en,
            limit.name.zh,
            days,
            months,
            limit.rule.code(),
            limit.receipt.map(|j| j.code()),
            limit.effective_from.to_string(),
            limit.verification.as_str(),
            limit.source,
            limit.satisfied_by.map(|s| s.code()),
        ],
    )?;
    Ok(())
}

/// Moves a deadline to a new trigger date and computed due date (an override, if any, stays).
pub fn retrigger(
    tx: &Transaction<'_>,
    id: &str,
    trigger: CivilDate,
    due: CivilDate,
    rule_version: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE case_deadlines SET trigger_date = ?2, due = ?3, rule_version = ?4 WHERE id = ?1",
        params![id, trigger.to_string(), due.to_string(), rule_version],
    )?;
    Ok(())
}
