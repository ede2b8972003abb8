//! The hearing list a calendar shows: hearings starting in a range of display-zone dates (only those
//! near the range are read), each with its case reference, venue, details and participants, and its
//! times also in the display zone.

use crate::App;
use crate::dto::{BilingualDto, HearingDto, ParticipantDto};
use crate::error::AppError;
use docket_domain::time::CivilDate;
use docket_store::StoreError;
use docket_store::repo;
use std::collections::HashMap;

impl App {
    /// Every hearing in start order, with its case reference and venue.
    pub fn list_hearings(&self) -> Result<Vec<HearingDto>, AppError> {
        self.hearings_between(None, None, None)
    }

    /// Hearings starting between two dates (display-zone dates, inclusive), with their times also in
    /// `display_zone` (each hearing's own zone when none is given).
    pub fn hearings_between(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        display_zone: Option<&str>,
    ) -> Result<Vec<HearingDto>, AppError> {
        let display = match display_zone.map(str::trim).filter(|z| !z.is_empty()) {
            Some(z) => Some(crate::error::parse_zone("display_zone", z)?),
            None => None,
        };
        let date = |f: &str, v: Option<&str>| -> Result<Option<CivilDate>, AppError> {
            v.map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| crate::input_date(f, s))
                .transpose()
        };
        let (from, to) = (date("from", from)?, date("to", to)?);
        // A range reads only the hearings starting near it (a day either side covers every zone's
        // offset); the exact display-zone dates are kept below.
        let near = match (from, to) {
            (Some(f), Some(t)) => Some((
                format!("{}T00:00:00Z", f.add_days(-1).unwrap_or(f)),
                format!("{}T00:00:00Z", t.add_days(2).unwrap_or(t)),
            )),
            _ => None,
        };
        let (cases, venues, hearings, details, people) =
            self.store.read(|c| -> Result<_, StoreError> {
                use repo::hearings as h;
                let rows = match &near {
                    Some((a, b)) => (
                        h::list_lenient_between(c, a, b)?,
                        h::details_between(c, a, b)?,
                        h::participants_between(c, a, b)?,
                    ),
                    None => (
                        h::list_lenient(c)?,
                        h::details(c, None)?,
                        h::participants(c, None)?,
                    ),
                };
                let (cases, venues) = (repo::cases::labels(c)?, repo::venues::list(c)?);
                Ok((cases, venues, rows.0, rows.1, rows.2))
            })?;
        // A stored hearing that does not read (a value an older version stored) is left out and
        // logged: the calendar views need a readable time to place a row, and the rest still shows.
        let (hearings, unreadable) = hearings;
        for (id, e) in &unreadable {
            eprintln!("bay-docket: hearing {id} cannot be read and is not listed: {e}");
        }
        let refs: HashMap<_, _> = cases.iter().map(|c| (c.id, c.reference.as_str())).collect();
        let rooms: HashMap<_, _> = venues.iter().map(|v| (v.id, v)).collect();
        let mut out = Vec::new();
        for h in &hearings {
            let zone = display.unwrap_or(h.start.zone);
            let day = h.derived.utc.date_in(zone);
            if from.is_some_and(|f| day < f) || to.is_some_and(|t| day > t) {
                continue;
            }
            let Some(venue) = rooms.get(&h.venue_id) else {
                eprintln!(
                    "bay-docket: hearing {} has no venue {}; not listed",
                    h.id, h.venue_id
                );
                continue;
            };
            let mut dto =
                HearingDto::new(h, refs.get(&h.case_id).copied().unwrap_or_default(), venue);
            if let Some(d) = details.get(&h.id) {
                dto.language = d.language.clone();
                dto.interpretation = d.interpretation.clone();
                dto.link = d.link.clone();
                dto.series_id = d.series_id.clone();
                dto.review = d.review.clone();
            }
            dto.participants = people
                .get(&h.id)
                .map(|list| {
                    list.iter()
                        .map(|p| ParticipantDto {
                            kind: p.kind.into(),
                            key: p.key.clone(),
                            name: BilingualDto::from(&p.name),
                            zone: p.zone.name().to_owned(),
                            hours: p.hours.display(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            dto.display_start = h.derived.utc.local_in(zone).to_iso();
            dto.display_end = h.ends_utc().local_in(zone).to_iso();
            dto.display_zone = zone.name().to_owned();
            dto.display_offset = zone.offset_at(h.derived.utc).to_string();
            out.push(dto);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
