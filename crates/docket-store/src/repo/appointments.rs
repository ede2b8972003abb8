//! Appointments, conflict records, the conflict rules' versions (each in force from a date) and the
//! institutions' fee caps.

use super::rows::{all, each, from_str, opt_parsed, opt_text, parsed, text};
use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::conflict::{
    ConflictRecord, FeeCap, PastAppointment, RecordKind, Rule, RuleParams, RuleVersion, Severity,
};
use docket_domain::deadline::Verification;
use docket_domain::id::{AppointmentId, CaseId, CounselId, FirmId, NeutralId, PartyId};
use docket_domain::roster::Money;
use docket_domain::roster::appointment::{AppointedBy, Appointment, AppointmentRole};
use docket_domain::time::{CivilDate, Instant};
use docket_domain::workflow::Institution;
use rusqlite::{Connection, Row, Transaction, params};
use std::collections::HashMap;

const T: &str = "appointments";

pub fn insert(tx: &Transaction<'_>, a: &Appointment, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO appointments (id, case_id, neutral_id, role, appointed_by, party_id, counsel_id, firm_id,
                                   nominated_on, confirmed_on, ended_on, rate_minor, rate_currency, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            a.id.to_string(),
            a.case_id.to_string(),
            a.neutral_id.to_string(),
            a.role.as_str(),
            a.appointed_by.as_str(),
            a.party_id.map(|x| x.to_string()),
            a.counsel_id.map(|x| x.to_string()),
            a.firm_id.map(|x| x.to_string()),
            a.nominated_on.to_string(),
            a.confirmed_on.map(|d| d.to_string()),
            a.ended_on.map(|d| d.to_string()),
            a.rate.as_ref().map(|r| r.amount_minor),
            a.rate.as_ref().map(|r| r.currency.clone()),
            stamp(now),
        ],
    )?;
    Ok(())
}

/// Sets the confirmation and end dates of an appointment.
pub fn set_dates(
    tx: &Transaction<'_>,
    id: AppointmentId,
    confirmed_on: Option<CivilDate>,
    ended_on: Option<CivilDate>,
) -> Result<bool, StoreError> {
    let n = tx.execute(
        "UPDATE appointments SET confirmed_on = ?2, ended_on = ?3 WHERE id = ?1",
        params![
            id.to_string(),
            confirmed_on.map(|d| d.to_string()),
            ended_on.map(|d| d.to_string())
        ],
    )?;
    Ok(n == 1)
}

const SELECT: &str =
    "SELECT a.id, a.case_id, a.neutral_id, a.role, a.appointed_by, a.party_id, a.counsel_id,
        a.firm_id, a.nominated_on, a.confirmed_on, a.ended_on, a.rate_minor, a.rate_currency,
        c.reference, p.group_name
    FROM appointments a JOIN cases c ON c.id = a.case_id LEFT JOIN parties p ON p.id = a.party_id";

/// A column the schema requires, read as a domain value: NULL is a bad (empty) value.
fn required<V>(
    r: &Row<'_>,
    i: usize,
    column: &'static str,
    parse: impl FnOnce(&str) -> Option<V>,
) -> Result<V, StoreError> {
    let value = opt_text(r, i)?.ok_or(StoreError::Corrupt {
        table: T,
        column,
        value: String::new(),
    })?;
    parse_col(T, column, &value, parse)
}

fn row(r: &Row<'_>) -> Result<PastAppointment, StoreError> {
    let party_id: Option<PartyId> = opt_parsed(r, 5, T, "party_id", from_str)?;
    let group = opt_text(r, 14)?;
    let party_key =
        party_id.map(
            |p| match group.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
                Some(g) => format!("group:{}", g.to_lowercase()),
                None => format!("party:{p}"),
            },
        );
    Ok(PastAppointment {
        appointment: Appointment {
            id: required(r, 0, "id", from_str)?,
            case_id: required(r, 1, "case_id", from_str)?,
            neutral_id: required(r, 2, "neutral_id", from_str)?,
            role: required(r, 3, "role", AppointmentRole::parse)?,
            appointed_by: required(r, 4, "appointed_by", AppointedBy::parse)?,
            party_id,
            counsel_id: opt_parsed::<CounselId>(r, 6, T, "counsel_id", from_str)?,
            firm_id: opt_parsed::<FirmId>(r, 7, T, "firm_id", from_str)?,
            nominated_on: required(r, 8, "nominated_on", from_str)?,
            confirmed_on: opt_parsed(r, 9, T, "confirmed_on", from_str)?,
            ended_on: opt_parsed(r, 10, T, "ended_on", from_str)?,
            rate: match (r.get(11)?, opt_text(r, 12)?) {
                (Some(amount_minor), Some(currency)) => Some(Money {
                    amount_minor,
                    currency,
                }),
                _ => None,
            },
        },
        case_reference: text(r, 13)?,
        party_key,
    })
}

fn collect(
    conn: &Connection,
    sql: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<PastAppointment>, StoreError> {
    all(&mut conn.prepare(sql)?, args, row)
}

/// The appointments in a case, by nomination date.
pub fn of_case(conn: &Connection, case: CaseId) -> Result<Vec<PastAppointment>, StoreError> {
    collect(
        conn,
        &format!("{SELECT} WHERE a.case_id = ?1 ORDER BY a.nominated_on, a.rowid"),
        [case.to_string()],
    )
}

/// A neutral's appointments, newest first.
pub fn of_neutral(
    conn: &Connection,
    neutral: NeutralId,
) -> Result<Vec<PastAppointment>, StoreError> {
    collect(
        conn,
        &format!(
            "{SELECT} WHERE a.neutral_id = ?1 AND c.removed_at IS NULL ORDER BY a.nominated_on DESC"
        ),
        [neutral.to_string()],
    )
}

/// Appointments nominated by a party, newest first.
pub fn by_party(conn: &Connection, party: PartyId) -> Result<Vec<PastAppointment>, StoreError> {
    collect(
        conn,
        &format!(
            "{SELECT} WHERE a.party_id = ?1 AND c.removed_at IS NULL ORDER BY a.nominated_on DESC"
        ),
        [party.to_string()],
    )
}

/// One appointment by id.
pub fn get(conn: &Connection, id: AppointmentId) -> Result<Option<PastAppointment>, StoreError> {
    Ok(collect(conn, &format!("{SELECT} WHERE a.id = ?1"), [id.to_string()])?.pop())
}

/// What the conflict check needs to look at: appointments nominated by any of `parties`, `counsel`
/// or `firms`, or made in any of `cases` (the case itself and its related cases); for one neutral or
/// (with `None`) for all. Appointments in removed cases do not count.
pub fn relevant(
    conn: &Connection,
    neutral: Option<NeutralId>,
    parties: &[PartyId],
    counsel: &[CounselId],
    firms: &[FirmId],
    cases: &[CaseId],
) -> Result<Vec<PastAppointment>, StoreError> {
    fn json<I: ToString>(v: &[I]) -> String {
        serde_json::to_string(&v.iter().map(ToString::to_string).collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".to_owned())
    }
    let sql = format!(
        "{SELECT} WHERE a.id IN (
            SELECT id FROM appointments WHERE party_id IN (SELECT value FROM json_each(?1))
            UNION SELECT id FROM appointments WHERE counsel_id IN (SELECT value FROM json_each(?2))
            UNION SELECT id FROM appointments WHERE firm_id IN (SELECT value FROM json_each(?3))
            UNION SELECT id FROM appointments WHERE case_id IN (SELECT value FROM json_each(?4)))
          AND (?5 = '' OR a.neutral_id = ?5) AND c.removed_at IS NULL"
    );
    collect(
        conn,
        &sql,
        params![
            json(parties),
            json(counsel),
            json(firms),
            json(cases),
            neutral.map(|n| n.to_string()).unwrap_or_default()
        ],
    )
}

/// How many appointments each neutral holds (nominated and not yet ended), for one neutral or all.
/// An appointment counts until its end date is recorded; closing a case is recorded that way.
pub fn open_counts(
    conn: &Connection,
    neutral: Option<NeutralId>,
) -> Result<HashMap<NeutralId, u32>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT neutral_id, COUNT(*) FROM appointments INDEXED BY appointments_open
         WHERE ended_on IS NULL AND (?1 = '' OR neutral_id = ?1)
           AND case_id NOT IN (SELECT id FROM cases INDEXED BY cases_removed
                               WHERE removed_at IS NOT NULL)
         GROUP BY neutral_id",
    )?;
    let filter = neutral.map(|n| n.to_string()).unwrap_or_default();
    let mut out = HashMap::new();
    each(&mut stmt, [filter], |r| {
        out.insert(parsed(r, 0, T, "neutral_id", from_str)?, r.get(1)?);
        Ok(())
    })?;
    Ok(out)
}

pub fn insert_record(
    tx: &Transaction<'_>,
    r: &ConflictRecord,
    now: Instant,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO conflict_records (id, case_id, neutral_id, rule, subject, kind, recorded_on, recorded_by,
                                       note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            r.id.to_string(),
            r.case_id.to_string(),
            r.neutral_id.to_string(),
            r.rule.as_str(),
            r.subject,
            r.kind.as_str(),
            r.recorded_on.to_string(),
            r.recorded_by,
            r.note,
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Records in a case (for one neutral, or all), oldest first.
pub fn records(
    conn: &Connection,
    case: CaseId,
    neutral: Option<NeutralId>,
) -> Result<Vec<ConflictRecord>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, case_id, neutral_id, rule, subject, kind, recorded_on, recorded_by, note
         FROM conflict_records WHERE case_id = ?1 AND (?2 = '' OR neutral_id = ?2)
         ORDER BY recorded_on, created_at",
    )?;
    let filter = neutral.map(|n| n.to_string()).unwrap_or_default();
    let t = "conflict_records";
    all(&mut stmt, params![case.to_string(), filter], |r| {
        Ok(ConflictRecord {
            id: parsed(r, 0, t, "id", from_str)?,
            case_id: parsed(r, 1, t, "case_id", from_str)?,
            neutral_id: parsed(r, 2, t, "neutral_id", from_str)?,
            rule: parsed(r, 3, t, "rule", Rule::parse)?,
            subject: text(r, 4)?,
            kind: parsed(r, 5, t, "kind", RecordKind::parse)?,
            recorded_on: parsed(r, 6, t, "recorded_on", from_str)?,
            recorded_by: text(r, 7)?,
            note: text(r, 8)?,
        })
    })
}

/// Every version of every conflict rule, by rule and then oldest first.
pub fn rules(conn: &Connection) -> Result<Vec<RuleVersion>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT rule, severity, lookback_years, threshold, source, verification, effective_from
         FROM conflict_rules ORDER BY rule, effective_from",
    )?;
    let t = "conflict_rules";
    all(&mut stmt, [], |r| {
        Ok(RuleVersion {
            params: RuleParams {
                rule: parsed(r, 0, t, "rule", Rule::parse)?,
                severity: parsed(r, 1, t, "severity", Severity::parse)?,
                lookback_years: r.get(2)?,
                threshold: r.get(3)?,
                source: text(r, 4)?,
                verification: parsed(r, 5, t, "verification", Verification::parse)?,
            },
            effective_from: parsed(r, 6, t, "effective_from", from_str)?,
        })
    })
}

/// Adds the version of a rule in force from `v.effective_from`; a version already starting that
/// day is replaced (a correction). Earlier versions stay as they were.
pub fn add_rule_version(
    tx: &Transaction<'_>,
    v: &RuleVersion,
    now: Instant,
) -> Result<(), StoreError> {
    let p = &v.params;
    tx.execute(
        "INSERT INTO conflict_rules (rule, effective_from, severity, lookback_years, threshold, source,
                                     verification, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (rule, effective_from) DO UPDATE SET severity = excluded.severity,
             lookback_years = excluded.lookback_years, threshold = excluded.threshold,
             source = excluded.source, verification = excluded.verification,
             updated_at = excluded.updated_at",
        params![
            p.rule.as_str(),
            v.effective_from.to_string(),
            p.severity.as_str(),
            p.lookback_years,
            p.threshold,
            p.source,
            p.verification.as_str(),
            stamp(now)
        ],
    )?;
    Ok(())
}

/// Every fee cap, oldest first.
pub fn fee_caps(conn: &Connection) -> Result<Vec<FeeCap>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT institution, currency, amount_minor, effective_from, source, verification FROM fee_caps
         ORDER BY institution, effective_from",
    )?;
    let t = "fee_caps";
    all(&mut stmt, [], |r| {
        Ok(FeeCap {
            institution: parsed(r, 0, t, "institution", Institution::parse)?,
            cap: Money {
                amount_minor: r.get(2)?,
                currency: text(r, 1)?,
            },
            effective_from: parsed(r, 3, t, "effective_from", from_str)?,
            source: text(r, 4)?,
            verification: parsed(r, 5, t, "verification", Verification::parse)?,
        })
    })
}

/// Adds (or replaces) the cap in force from a date.
pub fn set_fee_cap(tx: &Transaction<'_>, c: &FeeCap) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO fee_caps (institution, currency, amount_minor, effective_from, source, verification)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (institution, effective_from) DO UPDATE SET currency = excluded.currency,
             amount_minor = excluded.amount_minor, source = excluded.source, verification = excluded.verification",
        params![
            c.institution.code(),
            c.cap.currency,
            c.cap.amount_minor,
            c.effective_from.to_string(),
            c.source,
            c.verification.as_str()
        ],
    )?;
    Ok(())
}
