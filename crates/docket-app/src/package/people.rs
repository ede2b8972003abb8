//! The people a package names, on both sides: on export, the profiles of every neutral, party,
//! counsel and firm the case's rows refer to; on import, each matched to this roster instead of
//! duplicated — a neutral by e-mail (case-insensitive) or both names and date of birth, a party by
//! both names and nationality, counsel by e-mail or both names, a firm by both names and country;
//! the same id is always the same person — and the case's rows rewritten to the ids here.

use super::linked::{CounselRow, FirmRow, NeutralRow, PartyRow, People, RosterSection};
use crate::dto::{BilingualDto, PackageMatchBy, PackagePersonDto, PackageRecordKind};
use docket_domain::roster::search::fold;
use docket_domain::text::Bilingual;
use docket_store::repo;
use docket_store::{Connection, StoreError};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

type Tables = BTreeMap<String, Vec<Map<String, Value>>>;

fn ids_in(tables: &Tables, table: &str, field: &str, out: &mut BTreeSet<String>) {
    for r in tables.get(table).into_iter().flatten() {
        if let Some(v) = r.get(field).and_then(Value::as_str) {
            out.insert(v.to_owned());
        }
    }
}

/// The participants' keys of every hearing, as `(kind, id)`.
fn participant_ids(tables: &Tables, kind: &str, out: &mut BTreeSet<String>) {
    for h in tables.get("hearings").into_iter().flatten() {
        for p in h
            .get("participants")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some((k, id)) = p
                .get("key")
                .and_then(Value::as_str)
                .and_then(|k| k.split_once(':'))
                && k == kind
            {
                out.insert(id.to_owned());
            }
        }
    }
}

/// The profiles of everyone the case's rows name, read from this roster.
pub(crate) fn section(conn: &Connection, tables: &Tables) -> Result<RosterSection, StoreError> {
    let (mut neutrals, mut parties, mut counsel, mut firms) = (
        BTreeSet::new(),
        BTreeSet::new(),
        BTreeSet::new(),
        BTreeSet::new(),
    );
    ids_in(tables, "appointments", "neutral_id", &mut neutrals);
    ids_in(tables, "conflict_records", "neutral_id", &mut neutrals);
    participant_ids(tables, "neutral", &mut neutrals);
    ids_in(tables, "case_parties", "party_id", &mut parties);
    ids_in(tables, "appointments", "party_id", &mut parties);
    participant_ids(tables, "party", &mut parties);
    ids_in(tables, "case_parties", "counsel_id", &mut counsel);
    ids_in(tables, "appointments", "counsel_id", &mut counsel);
    participant_ids(tables, "counsel", &mut counsel);
    ids_in(tables, "appointments", "firm_id", &mut firms);
    let mut out = RosterSection::default();
    for id in &neutrals {
        if let Some(n) = id
            .parse()
            .ok()
            .map(|id| repo::neutrals::get(conn, id))
            .transpose()?
            .flatten()
        {
            out.neutrals.push(NeutralRow::from(&n));
        }
    }
    for id in &parties {
        if let Some(p) = id
            .parse()
            .ok()
            .map(|id| repo::parties::get_party(conn, id))
            .transpose()?
            .flatten()
        {
            out.parties.push(PartyRow::from(&p));
        }
    }
    for id in &counsel {
        if let Some(c) = id
            .parse()
            .ok()
            .map(|id| repo::parties::get_counsel(conn, id))
            .transpose()?
            .flatten()
        {
            if let Some(f) = c.firm_id {
                firms.insert(f.to_string());
            }
            out.counsel.push(CounselRow::from(&c));
        }
    }
    for id in &firms {
        if let Some(f) = id
            .parse()
            .ok()
            .map(|id| repo::parties::get_firm(conn, id))
            .transpose()?
            .flatten()
        {
            out.firms.push(FirmRow::from(&f));
        }
    }
    Ok(out)
}

/// Where each person of the package is on this roster, and who is new.
#[derive(Debug, Default)]
pub(crate) struct Matches {
    /// Package id → id here, for every person (the new keep their ids).
    pub ids: HashMap<String, String>,
    /// The people to add.
    pub add: People,
    pub report: Vec<PackagePersonDto>,
}

fn same_names(a: &Bilingual, b: &Bilingual) -> bool {
    fold(&a.en) == fold(&b.en) && fold(&a.zh) == fold(&b.zh)
}

fn same_email(a: Option<&String>, b: Option<&String>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.trim().eq_ignore_ascii_case(b.trim()))
}

/// Finds each person of the package on this roster.
pub(crate) fn matches(conn: &Connection, people: &People) -> Result<Matches, StoreError> {
    let here_neutrals = repo::neutrals::list(conn)?;
    let here_parties: Vec<_> = repo::parties::list_parties(conn)?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let here_firms = repo::parties::list_firms(conn)?;
    let here_counsel = repo::parties::list_counsel(conn)?;
    let mut m = Matches::default();
    let note = |m: &mut Matches,
                kind: PackageRecordKind,
                id: String,
                name: &Bilingual,
                found: Option<(String, &Bilingual, PackageMatchBy)>| {
        m.report.push(PackagePersonDto {
            kind,
            name: BilingualDto::from(name),
            matched_by: found.as_ref().map(|f| f.2),
            matched_to: found.as_ref().map(|f| BilingualDto::from(f.1)),
        });
        let here = found.map(|f| f.0).unwrap_or_else(|| id.clone());
        m.ids.insert(id, here);
    };
    for n in &people.neutrals {
        let found = here_neutrals
            .iter()
            .find(|h| h.id == n.id)
            .map(|h| (h, PackageMatchBy::Id))
            .or_else(|| {
                here_neutrals
                    .iter()
                    .find(|h| same_email(h.email.as_ref(), n.email.as_ref()))
                    .map(|h| (h, PackageMatchBy::Email))
            })
            .or_else(|| {
                here_neutrals
                    .iter()
                    .find(|h| {
                        n.date_of_birth.is_some()
                            && h.date_of_birth == n.date_of_birth
                            && same_names(&h.name, &n.name)
                    })
                    .map(|h| (h, PackageMatchBy::NamesAndBirth))
            });
        if found.is_none() {
            m.add.neutrals.push(n.clone());
        }
        let f = found.map(|(h, by)| (h.id.to_string(), &h.name, by));
        note(
            &mut m,
            PackageRecordKind::Neutral,
            n.id.to_string(),
            &n.name,
            f,
        );
    }
    for p in &people.parties {
        let found = here_parties
            .iter()
            .find(|h| h.id == p.id)
            .map(|h| (h, PackageMatchBy::Id))
            .or_else(|| {
                here_parties
                    .iter()
                    .find(|h| h.nationality == p.nationality && same_names(&h.name, &p.name))
                    .map(|h| (h, PackageMatchBy::NamesAndNationality))
            });
        if found.is_none() {
            m.add.parties.push(p.clone());
        }
        let f = found.map(|(h, by)| (h.id.to_string(), &h.name, by));
        note(
            &mut m,
            PackageRecordKind::Party,
            p.id.to_string(),
            &p.name,
            f,
        );
    }
    for x in &people.firms {
        let found = here_firms
            .iter()
            .find(|h| h.id == x.id)
            .map(|h| (h, PackageMatchBy::Id))
            .or_else(|| {
                here_firms
                    .iter()
                    .find(|h| h.country == x.country && same_names(&h.name, &x.name))
                    .map(|h| (h, PackageMatchBy::NamesAndCountry))
            });
        if found.is_none() {
            m.add.firms.push(x.clone());
        }
        let f = found.map(|(h, by)| (h.id.to_string(), &h.name, by));
        note(
            &mut m,
            PackageRecordKind::Firm,
            x.id.to_string(),
            &x.name,
            f,
        );
    }
    for c in &people.counsel {
        let found = here_counsel
            .iter()
            .find(|h| h.id == c.id)
            .map(|h| (h, PackageMatchBy::Id))
            .or_else(|| {
                here_counsel
                    .iter()
                    .find(|h| same_email(h.email.as_ref(), c.email.as_ref()))
                    .map(|h| (h, PackageMatchBy::Email))
            })
            .or_else(|| {
                here_counsel
                    .iter()
                    .find(|h| same_names(&h.name, &c.name))
                    .map(|h| (h, PackageMatchBy::Names))
            });
        if found.is_none() {
            // A new counsel's firm is the firm here it was matched to.
            let mut added = c.clone();
            added.firm_id = c
                .firm_id
                .and_then(|f| m.ids.get(&f.to_string()))
                .and_then(|f| f.parse().ok());
            m.add.counsel.push(added);
        }
        let f = found.map(|(h, by)| (h.id.to_string(), &h.name, by));
        note(
            &mut m,
            PackageRecordKind::Counsel,
            c.id.to_string(),
            &c.name,
            f,
        );
    }
    Ok(m)
}

/// Rewrites the people the case's rows name to the ids here.
pub(crate) fn remap(tables: &mut Tables, ids: &HashMap<String, String>) {
    let swap = |v: Option<&mut Value>| {
        if let Some(Value::String(s)) = v
            && let Some(here) = ids.get(s.as_str())
        {
            *s = here.clone();
        }
    };
    for (table, fields) in [
        ("case_parties", &["party_id", "counsel_id"][..]),
        (
            "appointments",
            &["neutral_id", "party_id", "counsel_id", "firm_id"][..],
        ),
        ("conflict_records", &["neutral_id"][..]),
    ] {
        for r in tables.get_mut(table).into_iter().flatten() {
            for f in fields {
                swap(r.get_mut(*f));
            }
        }
    }
    for h in tables.get_mut("hearings").into_iter().flatten() {
        if let Some(Value::Array(ps)) = h.get_mut("participants") {
            for p in ps.iter_mut() {
                if let Some(Value::String(key)) = p.get_mut("key")
                    && let Some((kind, id)) = key.split_once(':')
                    && kind != "person"
                    && let Some(here) = ids.get(id)
                {
                    *key = format!("{kind}:{here}");
                }
            }
            // The store lists participants by key.
            ps.sort_by(|a, b| {
                let k = |v: &Value| v.get("key").and_then(Value::as_str).map(str::to_owned);
                k(a).cmp(&k(b))
            });
        }
    }
    if let Some(rows) = tables.get_mut("case_parties") {
        rows.sort_by(|a, b| {
            let k = |v: &Map<String, Value>| {
                v.get("party_id").and_then(Value::as_str).map(str::to_owned)
            };
            k(a).cmp(&k(b))
        });
    }
}
