//! The `neutrals` table, with each neutral's panel terms and unavailability periods.

use super::{parse_col, stamp};
use crate::StoreError;
use docket_domain::id::NeutralId;
use docket_domain::roster::{
    LanguageSkill, Money, Neutral, NeutralRoles, Panel, PanelMembership, Unavailability, search,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params, params_from_iter};
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

fn date(column: &'static str, v: Option<String>) -> Result<Option<CivilDate>, StoreError> {
    v.map(|s| parse_col(T, column, &s, |s| s.parse().ok()))
        .transpose()
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Result<Neutral, StoreError>> {
    let id: String = r.get(0)?;
    let roles: String = r.get(3)?;
    let nats: String = r.get(4)?;
    let langs: String = r.get(5)?;
    let zone: String = r.get(6)?;
    let dob: Option<String> = r.get(9)?;
    let admissions: String = r.get(10)?;
    let rate_minor: Option<i64> = r.get(12)?;
    let rate_currency: Option<String> = r.get(13)?;
    let max: Option<u32> = r.get(14)?;
    let name = Bilingual::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?);
    let email: Option<String> = r.get(7)?;
    let titles: String = r.get(8)?;
    let phone: Option<String> = r.get(11)?;
    let notes: String = r.get(15)?;
    Ok((|| {
        Ok(Neutral {
            id: parse_col(T, "id", &id, |s| s.parse::<NeutralId>().ok())?,
            name,
            roles: parse_col(T, "roles", &roles, NeutralRoles::parse)?,
            titles,
            date_of_birth: date("date_of_birth", dob)?,
            nationalities: super::split_list(&nats),
            languages: super::split_list(&langs)
                .iter()
                .map(|l| parse_col(T, "languages", l, LanguageSkill::parse))
                .collect::<Result<_, _>>()?,
            admissions: split_lines(&admissions),
            panels: Vec::new(),
            home_zone: parse_col(T, "home_zone", &zone, |s| s.parse().ok())?,
            email,
            phone,
            rate: match (rate_minor, rate_currency) {
                (Some(amount_minor), Some(currency)) => Some(Money {
                    amount_minor,
                    currency,
                }),
                _ => None,
            },
            max_concurrent: max,
            unavailability: Vec::new(),
            notes,
        })
    })())
}

/// Every neutral with panels and unavailability, ordered by English name then Chinese name.
pub fn list(conn: &Connection) -> Result<Vec<Neutral>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM neutrals ORDER BY name_en COLLATE NOCASE, name_zh");
    let mut stmt = conn.prepare(&sql)?;
    let mut out = Vec::new();
    for row in stmt.query_map([], from_row)? {
        out.push(row??);
    }
    attach_children(conn, &mut out, None)?;
    Ok(out)
}

/// One neutral by id.
pub fn get(conn: &Connection, id: NeutralId) -> Result<Option<Neutral>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM neutrals WHERE id = ?1");
    let Some(n) = conn
        .query_row(&sql, [id.to_string()], from_row)
        .optional()?
        .transpose()?
    else {
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
    let mut stmt = conn.prepare(&sql)?;
    let mut out = Vec::new();
    let args = params![
        email.unwrap_or_default(),
        date_of_birth.map(|d| d.to_string()).unwrap_or_default()
    ];
    for row in stmt.query_map(args, from_row)? {
        out.push(row??);
    }
    Ok(out)
}

/// The stored search keys (English and Chinese names folded), by neutral.
pub fn search_keys(conn: &Connection) -> Result<HashMap<NeutralId, String>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, search_key, name_en, name_zh FROM neutrals")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (id, key, en, zh) = row?;
        let id = parse_col(T, "id", &id, |s| s.parse::<NeutralId>().ok())?;
        // Rows written before search keys existed get theirs computed here.
        let key = if key.is_empty() {
            search::key(&Bilingual::new(en, zh))
        } else {
            key
        };
        out.insert(id, key);
    }
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
    let rows = stmt.query_map([&filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    for row in rows {
        let (id, panel, from, until) = row?;
        let Some(&i) = index.get(&id) else { continue };
        let t = "neutral_panels";
        neutrals[i].panels.push(PanelMembership {
            panel: parse_col(t, "panel", &panel, Panel::parse)?,
            from: parse_col(t, "from_date", &from, |s| s.parse().ok())?,
            until: until
                .map(|u| parse_col(t, "until_date", &u, |s| s.parse().ok()))
                .transpose()?,
        });
    }
    let mut stmt = conn.prepare(
        "SELECT neutral_id, starts_local, ends_local, zone, reason FROM neutral_unavailability
         WHERE ?1 = '' OR neutral_id = ?1 ORDER BY starts_local",
    )?;
    let rows = stmt.query_map([&filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (id, from, until, zone, reason) = row?;
        let Some(&i) = index.get(&id) else { continue };
        let t = "neutral_unavailability";
        neutrals[i].unavailability.push(Unavailability {
            from: parse_col(t, "starts_local", &from, |s| s.parse().ok())?,
            until: parse_col(t, "ends_local", &until, |s| s.parse().ok())?,
            zone: parse_col(t, "zone", &zone, |s| s.parse().ok())?,
            reason,
        });
    }
    Ok(())
}
