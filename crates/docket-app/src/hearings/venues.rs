//! Rooms and venues as the clerk manages them: list (retired ones on request), add, edit and retire.
//! Every change is checked by the domain's one constructor and written to the audit log with the
//! venue as it was and as it became.

use crate::App;
use crate::dto::{VenueDto, VenueInputDto};
use crate::error::{AppError, ConflictReason, Entity, Expected};
use docket_domain::hearing::{Venue, VenueDraft};
use docket_domain::id::VenueId;
use docket_store::StoreError;
use docket_store::repo;

fn draft(input: &VenueInputDto) -> VenueDraft {
    VenueDraft {
        code: input.code.clone(),
        name_en: input.name_en.clone(),
        name_zh: input.name_zh.clone(),
        kind: input.kind.clone(),
        site: input.site.clone(),
        zone: input.zone.clone(),
        capacity: input.capacity,
        facilities: input.facilities.clone(),
        opens: input.opens.clone(),
        closes: input.closes.clone(),
    }
}

/// What the audit log keeps of a venue: every field, in one line.
fn summary(v: &Venue) -> String {
    format!(
        "{} {} {} {} {} {} [{}] {}{}",
        v.code,
        v.kind.as_str(),
        v.site.as_str(),
        v.zone.name(),
        v.capacity,
        v.name.en,
        v.facilities.to_codes(),
        v.hours.map(|h| h.display()).unwrap_or_default(),
        v.retired_on
            .map(|d| format!(" retired {d}"))
            .unwrap_or_default(),
    )
}

impl App {
    /// The rooms and the online venue, by code: those still in use, or with `include_retired` all.
    pub fn list_venues(&self, include_retired: bool) -> Result<Vec<VenueDto>, AppError> {
        Ok(self
            .store
            .read(repo::venues::list)?
            .iter()
            .filter(|v| include_retired || !v.is_retired())
            .map(VenueDto::from)
            .collect())
    }

    /// A venue by its code (ignoring case), retired or not.
    pub(crate) fn venue(&self, code: &str) -> Result<Venue, AppError> {
        self.store
            .read(|c| repo::venues::by_code(c, code))?
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Venue,
                key: code.trim().to_owned(),
            })
    }

    /// Adds a room (or another online venue).
    pub fn create_venue(&mut self, input: &VenueInputDto) -> Result<VenueDto, AppError> {
        let existing = self.store.read(repo::venues::list)?;
        let venue = draft(input)
            .validate(VenueId::from_uuid(self.ids.next_uuid()), None, &existing)
            .map_err(AppError::validation)?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::venues::insert(tx, &venue)?;
            repo::workflow::audit(
                tx,
                "venue",
                &venue.id.to_string(),
                "venue_created",
                None,
                Some(&summary(&venue)),
                now,
            )
        })?;
        Ok(VenueDto::from(&venue))
    }

    /// Replaces what the clerk typed about a venue. Its code does not change (scripts, exports and
    /// the booking form know a venue by it), nor does its retirement.
    pub fn update_venue(
        &mut self,
        code: &str,
        input: &VenueInputDto,
    ) -> Result<VenueDto, AppError> {
        let current = self.venue(code)?;
        let typed = input.code.trim();
        if !typed.is_empty() && !typed.eq_ignore_ascii_case(&current.code) {
            return Err(AppError::malformed("code", Expected::VenueCodeFixed));
        }
        let existing = self.store.read(repo::venues::list)?;
        let mut d = draft(input);
        d.code = current.code.clone();
        let venue = d
            .validate(current.id, current.retired_on, &existing)
            .map_err(AppError::validation)?;
        if venue == current {
            return Ok(VenueDto::from(&venue));
        }
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::venues::update(tx, &venue)?;
            repo::workflow::audit(
                tx,
                "venue",
                &venue.id.to_string(),
                "venue_edited",
                Some(&summary(&current)),
                Some(&summary(&venue)),
                now,
            )
        })?;
        Ok(VenueDto::from(&venue))
    }

    /// Retires a room from today (in its zone): it keeps its past hearings and leaves the booking
    /// lists. Refused while hearings are still to be held in it.
    pub fn retire_venue(&mut self, code: &str) -> Result<VenueDto, AppError> {
        let mut venue = self.venue(code)?;
        if venue.is_retired() {
            return Ok(VenueDto::from(&venue));
        }
        let now = self.clock.now();
        let ahead = self
            .store
            .read(|c| repo::venues::hearings_from(c, venue.id, now))?;
        if ahead > 0 {
            return Err(AppError::Conflict {
                reason: ConflictReason::VenueInUse {
                    hearings: u32::try_from(ahead).unwrap_or(u32::MAX),
                },
            });
        }
        let today = now.date_in(venue.zone);
        venue.retired_on = Some(today);
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::venues::update(tx, &venue)?;
            repo::workflow::audit(
                tx,
                "venue",
                &venue.id.to_string(),
                "venue_retired",
                None,
                Some(&today.to_string()),
                now,
            )
        })?;
        Ok(VenueDto::from(&venue))
    }
}

#[cfg(test)]
mod tests;
