//! The cells of a neutral's row as the form's fields: list cells (`;`-separated), panel terms
//! (`panel:from:until`), and a stored profile back as a draft, so a sheet without a column keeps
//! what is stored and an exported roster imports back unchanged.

use super::import::Headings;
use crate::{FieldProblem, FieldProblemReason};
use docket_domain::roster::{Neutral, NeutralDraft, PanelDraft, UnavailabilityDraft, search};

/// A list cell: items separated by `;` (or new lines), blanks dropped.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) fn optional(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_owned())
}

/// A profile as the form would show it filled in, so that a sheet without a column keeps what is
/// stored.
pub(crate) fn draft_of(n: &Neutral) -> NeutralDraft {
    NeutralDraft {
        name_en: n.name.en.clone(),
        name_zh: n.name.zh.clone(),
        roles: n.roles.as_str().to_owned(),
        titles: n.titles.clone(),
        date_of_birth: n.date_of_birth.map(|d| d.to_string()),
        nationalities: n.nationalities.clone(),
        languages: n
            .languages
            .iter()
            .map(|l| format!("{}:{}", l.tag, l.level.as_str()))
            .collect(),
        admissions: n.admissions.clone(),
        panels: n
            .panels
            .iter()
            .map(|p| PanelDraft {
                panel: p.panel.as_str().to_owned(),
                from: p.from.to_string(),
                until: p.until.map(|d| d.to_string()),
            })
            .collect(),
        home_zone: n.home_zone.name().to_owned(),
        email: n.email.clone(),
        phone: n.phone.clone(),
        rate_amount: n
            .rate
            .as_ref()
            .map(|m| format!("{}.{:02}", m.amount_minor / 100, m.amount_minor % 100)),
        rate_currency: n.rate.as_ref().map(|m| m.currency.clone()),
        max_concurrent: n.max_concurrent.map(i64::from),
        unavailability: n
            .unavailability
            .iter()
            .map(|u| UnavailabilityDraft {
                from: u.from.to_iso(),
                until: u.until.to_iso(),
                zone: u.zone.name().to_owned(),
                reason: u.reason.clone(),
            })
            .collect(),
        notes: n.notes.clone(),
    }
}

/// `panel:from:until` items.
fn panels(cell: &str) -> Vec<PanelDraft> {
    list(cell)
        .iter()
        .map(|item| {
            let mut parts = item.splitn(3, ':').map(str::trim);
            PanelDraft {
                panel: parts.next().unwrap_or_default().to_owned(),
                from: parts.next().unwrap_or_default().to_owned(),
                until: parts.next().filter(|s| !s.is_empty()).map(str::to_owned),
            }
        })
        .collect()
}

/// Fills `d` from the row's cells (columns the file lacks are left as they are).
pub(crate) fn fill_neutral(
    h: &Headings,
    row: &[String],
    d: &mut NeutralDraft,
) -> Result<(), FieldProblem> {
    let text = |key: &str, target: &mut String| {
        if let Some(v) = h.get(row, key) {
            v.clone_into(target);
        }
    };
    text("name_en", &mut d.name_en);
    text("name_zh", &mut d.name_zh);
    text("roles", &mut d.roles);
    text("titles", &mut d.titles);
    text("notes", &mut d.notes);
    if let Some(v) = h.get(row, "roles") {
        d.roles = v.to_ascii_lowercase();
    }
    if let Some(v) = h.get(row, "home_zone") {
        d.home_zone = if v.is_empty() {
            "Asia/Hong_Kong".to_owned()
        } else {
            v.to_owned()
        };
    }
    let opt = |key: &str, target: &mut Option<String>| {
        if let Some(v) = h.get(row, key) {
            *target = optional(v);
        }
    };
    opt("date_of_birth", &mut d.date_of_birth);
    opt("email", &mut d.email);
    opt("phone", &mut d.phone);
    opt("rate_amount", &mut d.rate_amount);
    opt("rate_currency", &mut d.rate_currency);
    if let Some(v) = h.get(row, "nationality") {
        d.nationalities = list(v);
    }
    if let Some(v) = h.get(row, "languages") {
        d.languages = list(v);
    }
    if let Some(v) = h.get(row, "admissions") {
        d.admissions = list(v);
    }
    if let Some(v) = h.get(row, "panels") {
        d.panels = panels(v);
    }
    if let Some(v) = h.get(row, "max_concurrent") {
        d.max_concurrent = if v.is_empty() {
            None
        } else {
            Some(v.parse::<i64>().map_err(|_| {
                FieldProblem::new(
                    "max_concurrent",
                    FieldProblemReason::OutOfRange { min: 1, max: 200 },
                )
            })?)
        };
    }
    Ok(())
}

/// A party's, firm's or counsel's name key: the English name folded, else the Chinese one.
pub(crate) fn name_key(en: &str, zh: &str) -> String {
    if en.trim().is_empty() {
        search::fold(zh)
    } else {
        search::fold(en)
    }
}
