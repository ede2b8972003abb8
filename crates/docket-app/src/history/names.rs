//! The names a case's history refers to by id or code (parties, neutrals, time limits, checklist
//! items, confidential notes), read once for the whole trail.

use super::*;

/// The names a case's history refers to by id or code, read once for the whole trail.
#[derive(Debug, Default)]
pub(crate) struct Names {
    pub(super) parties: HashMap<String, Bilingual>,
    /// Neutrals appointed in the case, by the English name the entry recorded.
    pub(super) neutrals: HashMap<String, Bilingual>,
    /// Time limits (terms, Chinese in Traditional script) by code.
    pub(super) limits: HashMap<String, Bilingual>,
    /// Checklist items (terms) by code.
    pub(super) items: HashMap<String, Bilingual>,
    pub(super) confidential_notes: HashSet<String>,
    /// Rooms by code, for edits that moved a hearing.
    pub(super) rooms: HashMap<String, Bilingual>,
}

impl Names {
    /// Reads the names a case's `rows` need.
    pub(crate) fn for_case(
        conn: &Connection,
        case: CaseId,
        rows: &[AuditRow],
    ) -> Result<Self, StoreError> {
        let mut names = Names::default();
        for row in rows.iter().filter(|r| r.action == "party_added") {
            let Some((_, id)) = row.new_value.as_deref().and_then(|v| v.split_once(' ')) else {
                continue;
            };
            if names.parties.contains_key(id) {
                continue;
            }
            if let Some(party) = id
                .parse::<PartyId>()
                .ok()
                .map(|p| repo::parties::get_party(conn, p))
                .transpose()?
                .flatten()
            {
                names.parties.insert(id.to_owned(), party.name);
            }
        }
        if rows.iter().any(|r| r.action == "appointment") {
            for past in repo::appointments::of_case(conn, case)? {
                if let Some(n) = repo::neutrals::get(conn, past.appointment.neutral_id)? {
                    names.neutrals.insert(n.name.en.clone(), n.name);
                }
            }
        }
        if rows.iter().any(|r| r.action.starts_with("deadline_")) {
            let (deadlines, unreadable) = repo::workflow::deadlines_lenient(conn, Some(case))?;
            for d in deadlines {
                names.limits.insert(d.limit_code, d.name);
            }
            for d in unreadable {
                names.limits.entry(d.limit_code).or_insert(d.name);
            }
        }
        if rows.iter().any(|r| r.action.starts_with("checklist:")) {
            for item in repo::prep::checklist(conn, case)? {
                names.items.insert(item.code, item.title);
            }
        }
        if rows.iter().any(|r| r.action == "note_added") {
            names.confidential_notes = repo::prep::notes(conn, case)?
                .into_iter()
                .filter(|n| n.confidential)
                .map(|n| n.id)
                .collect();
        }
        if rows.iter().any(|r| r.action == "hearing_edited") {
            names.rooms = repo::venues::list(conn)?
                .into_iter()
                .map(|v| (v.code, v.name))
                .collect();
        }
        Ok(names)
    }
}
