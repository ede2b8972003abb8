//! The `neutrals` table, with each neutral's panel terms and unavailability periods.

use super::rows::{all, each, from_str, opt_parsed, opt_text, optional, parsed, text};
use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::id::NeutralId;
use docket_domain::roster::{
    LanguageSkill, Money, Neutral, NeutralRoles, Panel, PanelMembership, Unavailability, search,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use rusqlite::types::Value;
use rusqlite::{Connection, Row, Transaction, params, params_from_iter};
use std::collections::HashMap;

const T: &str = "neutrals";

const COLUMNS: &str =
    "id, name_en, name_zh, roles, nationalities, languages, home_zone, email, titles,
     date_of_birth, admissions, phone, rate_minor, rate_currency, max_concurrent, notes";

fn lines(items: &[String]) -> String {
    items.join("\n")
}

fn split_lines(value: &str) -> Vec<String> {
    value
        .split('\n')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The values of a neutral's row, `?1`–`?18` in the statements below (`?18` is the time stamp).
fn values(n: &Neutral, now: Instant) -> Vec<Value> {
    let text = |s: &str| Value::Text(s.to_owned());
    let opt = |s: Option<String>| s.map_or(Value::Null, Value::Text);
    vec![
        text(&n.id.to_string()),
        text(&n.name.en),
        text(&n.name.zh),
        text(n.roles.as_str()),
        text(&n.nationalities.join(",")),
        text(&languages(n)),
        text(n.home_zone.name()),
        opt(n.email.clone()),
        text(&n.titles),
        opt(n.date_of_birth.map(|d| d.to_string())),
        text(&lines(&n.admissions)),
        opt(n.phone.clone()),
        n.rate
            .as_ref()
            .map_or(Value::Null, |r| Value::Integer(r.amount_minor)),
        opt(n.rate.as_ref().map(|r| r.currency.clone())),
        n.max_concurrent
            .map_or(Value::Null, |m| Value::Integer(i64::from(m))),
        text(&n.notes),
        text(&search::key(&n.name)),
        text(&stamp(now)),
    ]
}

pub fn insert(tx: &Transaction<'_>, n: &Neutral, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO neutrals (id, name_en, name_zh, roles, nationalities, languages, home_zone, email,
                               titles, date_of_birth, admissions, phone, rate_minor, rate_currency,
                               max_concurrent, notes, search_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
        params_from_iter(values(n, now)),
    )?;
    write_children(tx, n)
}

/// Replaces a neutral's profile, panel terms and unavailability.
pub fn update(tx: &Transaction<'_>, n: &Neutral, now: Instant) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE neutrals SET name_en = ?2, name_zh = ?3, roles = ?4, nationalities = ?5, languages = ?6,
                home_zone = ?7, email = ?8, titles = ?9, date_of_birth = ?10, admissions = ?11, phone = ?12,
                rate_minor = ?13, rate_currency = ?14, max_concurrent = ?15, notes = ?16, search_key = ?17,
                updated_at = ?18
         WHERE id = ?1",
        params_from_iter(values(n, now)),
    )?;
    let id = n.id.to_string();
    tx.execute("DELETE FROM neutral_panels WHERE neutral_id = ?1", [&id])?;
    tx.execute(
        "DELETE FROM neutral_unavailability WHERE neutral_id = ?1",
        [&id],
    )?;
    write_children(tx, n)
}

fn languages(n: &Neutral) -> String {
    n.languages
        .iter()
        .map(LanguageSkill::code)
        .collect::<Vec<_>>()
        .join(",")
}

fn write_children(tx: &Transaction<'_>, n: &Neutral) -> Result<(), StoreError> {
    let id = n.id.to_string();
    for p in &n.panels {
        tx.execute(
            "INSERT INTO neutral_panels (neutral_id, panel, from_date, until_date) VALUES (?1, ?2, ?3, ?4)",
            params![id, p.panel.as_str(), p.from.to_string(), p.until.map(|d| d.to_string())],
        )?;
    }
    for u in &n.unavailability {
        tx.execute(
            "INSERT INTO neutral_unavailability (neutral_id, starts_local, ends_local, zone, reason)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, u.from.to_iso(), u.until.to_iso(), u.zone.name(), u.reason],
        )?;
    }
    Ok(())
}

fn from_row(r: &Row<'_>) -> Result<Neutral, StoreError> {
    Ok(Neutral {
        id: parsed(r, 0, T, "id", from_str::<NeutralId>)?,
        name: Bilingual::new(text(r, 1)?, text(r, 2)?),
        roles: parsed(r, 3, T, "roles", NeutralRoles::parse)?,
        titles: text(r, 8)?,
        date_of_birth: opt_parsed(r, 9, T, "date_of_birth", from_str)?,
        nationalities: super::split_list(&text(r, 4)?),
        languages: super::split_list(&text(r, 5)?)
            .iter()
            .map(|l| parse_col(T, "languages", l, LanguageSkill::parse))
            .collect::<Result<_, _>>()?,
        admissions: split_lines(&text(r, 10)?),
        panels: Vec::new(),
        home_zone: parsed(r, 6, T, "home_zone", from_str)?,
        email: opt_text(r, 7)?,
        phone: opt_text(r, 11)?,
        rate: match (r.get(12)?, opt_text(r, 13)?) {
            (Some(amount_minor), Some(currency)) => Some(Money {
                amount_minor,
                currency,
            }),
            _ => None,
        },
        max_concurrent: r.get(14)?,
        unavailability: Vec::new(),
        notes: text(r, 15)?,
    })
}

/// Every neutral with panels and unavailability, ordered by English name then Chinese name.
pub fn list(conn: &Connection) -> Result<Vec<Neutral>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM neutrals ORDER BY name_en COLLATE NOCASE, name_zh");
    let mut out = all(&mut conn.prepare(&sql)?, [], from_row)?;
    attach_children(conn, &mut out, None)?;
    Ok(out)
}

/// One neutral by id.
pub fn get(conn: &Connection, id: NeutralId) -> Result<Option<Neutral>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM neutrals WHERE id = ?1");
    let Some(n) = optional(&mut conn.prepare(&sql)?, [id.to_string()], from_row)? else {
        return Ok(None);
    };
    let mut v = vec![n];
    attach_children(conn, &mut v, Some(id))?;
    Ok(v.pop())
}

/// Neutrals who might be the same person as a new profile: same e-mail (any case) or same date of
/// birth. The caller compares names.
pub fn possible_duplicates(
    conn: &Connection,
    email: Option<&str>,
    date_of_birth: Option<CivilDate>,
) -> Result<Vec<Neutral>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM neutrals
         WHERE (?1 <> '' AND lower(email) = lower(?1)) OR (?2 <> '' AND date_of_birth = ?2)"
    );
    let args = params![
        email.unwrap_or_default(),
        date_of_birth.map(|d| d.to_string()).unwrap_or_default()
    ];
    all(&mut conn.prepare(&sql)?, args, from_row)
}

/// The stored search keys (English and Chinese names folded), by neutral.
pub fn search_keys(conn: &Connection) -> Result<HashMap<NeutralId, String>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, search_key, name_en, name_zh FROM neutrals")?;
    let mut out = HashMap::new();
    each(&mut stmt, [], |r| {
        let id = parsed(r, 0, T, "id", from_str::<NeutralId>)?;
        let key = text(r, 1)?;
        // Rows written before search keys existed get theirs computed here.
        let key = if key.is_empty() {
            search::key(&Bilingual::new(text(r, 2)?, text(r, 3)?))
        } else {
            key
        };
        out.insert(id, key);
        Ok(())
    })?;
    Ok(out)
}

fn attach_children(
    conn: &Connection,
    neutrals: &mut [Neutral],
    only: Option<NeutralId>,
) -> Result<(), StoreError> {
    let filter = only.map(|id| id.to_string()).unwrap_or_default();
    let index: HashMap<String, usize> = neutrals
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.to_string(), i))
        .collect();
    let mut stmt = conn.prepare(
        "SELECT neutral_id, panel, from_date, until_date FROM neutral_panels
         WHERE ?1 = '' OR neutral_id = ?1 ORDER BY from_date",
    )?;
    let t = "neutral_panels";
    each(&mut stmt, [&filter], |r| {
        let Some(&i) = index.get(&text(r, 0)?) else {
            return Ok(());
        };
        neutrals[i].panels.push(PanelMembership {
            panel: parsed(r, 1, t, "panel", Panel::parse)?,
            from: parsed(r, 2, t, "from_date", from_str)?,
            until: opt_parsed(r, 3, t, "until_date", from_str)?,
        });
        Ok(())
    })?;
    let mut stmt = conn.prepare(
        "SELECT neutral_id, starts_local, ends_local, zone, reason FROM neutral_unavailability
         WHERE ?1 = '' OR neutral_id = ?1 ORDER BY starts_local",
    )?;
    let t = "neutral_unavailability";
    each(&mut stmt, [&filter], |r| {
        let Some(&i) = index.get(&text(r, 0)?) else {
            return Ok(());
        };
        neutrals[i].unavailability.push(Unavailability {
            from: parsed(r, 1, t, "starts_local", from_str)?,
            until: parsed(r, 2, t, "ends_local", from_str)?,
            zone: parsed(r, 3, t, "zone", from_str)?,
            reason: text(r, 4)?,
        });
        Ok(())
    })
}
