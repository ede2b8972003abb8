//! Correcting a hearing (its room, kind, length, language, interpretation and participants), checked like a
//! booking with the preview-then-save flow, and removing a hearing with undo.
//!
//! Removing is soft: the row stays with the time it was removed, and the lists, calendar exports
//! and booking checks leave it out (as they leave out every hearing of a removed case). Restoring
//! brings it back as it was and returns its checks as they stand now, so a room taken meanwhile
//! shows as a finding.

use super::{field, minutes};
use crate::App;
use crate::dto::{HearingCheckDto, HearingEditDto};
use crate::error::{AppError, ConflictReason, Entity, Expected, FieldProblemReason};
use docket_domain::hearing::{DerivedStart, Hearing, HearingKind, VenueKind};
use docket_domain::id::HearingId;
use docket_domain::time::{Disambiguation, ZonedWallTime};
use docket_store::StoreError;
use docket_store::repo;

/// A field the clerk filled in, trimmed.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The booking summary the audit trail records for a hearing: `kind local zone`.
fn summary(h: &Hearing) -> String {
    format!(
        "{} {} {}",
        h.kind.as_str(),
        h.start.local.to_iso(),
        h.start.zone.name()
    )
}

impl App {
    /// Corrects a hearing's room (by venue code), kind, length, language or interpretation. The
    /// start instant stays (a room in another zone re-expresses it there). The booking checks run
    /// again (double booking, travel buffer, holidays, opening hours; a retired room is refused);
    /// without `save` this is a preview, with `save` it is saved when nothing blocks, raising the
    /// iCalendar sequence and recording `hearing_edited` with each changed field before and after.
    pub fn update_hearing(&mut self, input: &HearingEditDto) -> Result<HearingCheckDto, AppError> {
        let before = self.hearing(&input.id)?;
        let old_venue = self.venue_of(&before)?;
        let mut h = before.clone();
        let venue = match given(&input.venue_code) {
            Some(code) if !code.eq_ignore_ascii_case(&old_venue.code) => {
                self.bookable_venue(code)?
            }
            _ => old_venue.clone(),
        };
        if let Some(k) = given(&input.kind) {
            h.kind = HearingKind::parse(k)
                .ok_or_else(|| AppError::malformed("kind", Expected::HearingKind))?;
        }
        if let Some(m) = input.minutes {
            h.duration_minutes = minutes("minutes", m)?;
        }
        h.venue_id = venue.id;
        let rezoned = venue.kind == VenueKind::Room && venue.zone != h.start.zone;
        if rezoned {
            let wall = ZonedWallTime::new(h.derived.utc.local_in(venue.zone), venue.zone);
            h.derived = DerivedStart::derive(&wall, Disambiguation::Earlier)
                .map_err(|e| AppError::time("start", e))?;
            h.start = wall;
        }
        let details = self
            .store
            .read(|c| repo::hearings::details(c, Some(h.id)))?
            .remove(&h.id)
            .unwrap_or_default();
        let language =
            given(&input.language).map_or_else(|| details.language.clone(), str::to_owned);
        let interpretation = input
            .interpretation
            .as_deref()
            .map_or_else(|| details.interpretation.clone(), |s| s.trim().to_owned());
        let before_people = self.stored_participants(h.id)?;
        let people = match &input.participants {
            Some(list) => self.participants(list)?.0,
            None => before_people.clone(),
        };
        let preview = self.recheck_with(&h, people.clone(), None)?;
        if !input.save {
            return Ok(preview);
        }
        if preview.blocking > 0 {
            return Err(AppError::Conflict {
                reason: ConflictReason::HearingBlocked {
                    blocking: preview.blocking,
                },
            });
        }
        let names = |ps: &[docket_domain::schedule::Participant]| {
            ps.iter()
                .map(|p| p.name.display(false).to_owned())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (old, new) = crate::history::changes(
            &[
                ("room", old_venue.code.clone()),
                ("kind", before.kind.as_str().to_owned()),
                ("minutes", before.duration_minutes.to_string()),
                ("language", details.language.clone()),
                ("interpretation", details.interpretation.clone()),
                ("participants", names(&before_people)),
            ],
            &[
                ("room", venue.code.clone()),
                ("kind", h.kind.as_str().to_owned()),
                ("minutes", h.duration_minutes.to_string()),
                ("language", language.clone()),
                ("interpretation", interpretation.clone()),
                ("participants", names(&people)),
            ],
        );
        if old.is_empty() {
            return self.recheck(&h, Some(h.id.to_string()));
        }
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            if rezoned {
                repo::hearings::reschedule(tx, &h, now)?;
            }
            repo::hearings::update_details(tx, &h, now)?;
            repo::hearings::set_language(tx, h.id, &language, &interpretation)?;
            repo::hearings::set_participants(tx, &h, &people)?;
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_edited",
                Some(&old),
                Some(&new),
                now,
            )
        })?;
        self.recheck(&h, Some(h.id.to_string()))
    }

    /// Removes a hearing (undo with [`App::restore_hearing`]).
    pub fn remove_hearing(&mut self, id: &str) -> Result<(), AppError> {
        let h = self.hearing(id)?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::hearings::set_removed(tx, h.id, Some(now))?;
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_removed",
                None,
                Some(&summary(&h)),
                now,
            )
        })?;
        Ok(())
    }

    /// Brings a removed hearing back as it was, with its checks as they stand now. (A hearing of a
    /// removed case comes back with the case.)
    pub fn restore_hearing(&mut self, id: &str) -> Result<HearingCheckDto, AppError> {
        let not_removed = || AppError::NotFound {
            entity: Entity::Hearing,
            key: id.trim().to_owned(),
        };
        let hid: HearingId = id
            .trim()
            .parse()
            .map_err(|_| field("id", FieldProblemReason::UnknownReference))?;
        let Some((h, Some(_))) = self.store.read(|c| repo::hearings::get_any(c, hid))? else {
            return Err(not_removed());
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::hearings::set_removed(tx, h.id, None)?;
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_restored",
                None,
                Some(&summary(&h)),
                now,
            )
        })?;
        self.recheck(&h, Some(h.id.to_string()))
    }
}

#[cfg(test)]
mod tests;
