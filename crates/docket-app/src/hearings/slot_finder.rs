//! The slot finder: the first free times when every participant is within their own working hours,
//! no one is busy, the room is free and open, and neither side is on holiday — or, when there are
//! none, what to widen.

use super::*;

impl App {
    /// The earliest free slots for everyone, or why none can exist.
    pub fn find_slots(&self, q: &SlotQueryDto) -> Result<SlotsDto, AppError> {
        let venue = match q
            .venue_code
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(code) => Some(self.bookable_venue(code)?),
            None => None,
        };
        let zone = match (
            &venue,
            q.zone.as_deref().map(str::trim).filter(|z| !z.is_empty()),
        ) {
            (Some(v), z) => Self::hearing_zone(v, z)?,
            (None, Some(z)) => crate::error::parse_zone("zone", z)?,
            (None, None) => return Err(field("zone", FieldProblemReason::Required)),
        };
        let mins = minutes("minutes", q.minutes)?;
        let from = crate::input_date("from", &q.from)?;
        let to = crate::input_date("to", &q.to)?;
        if to < from {
            return Err(AppError::malformed("to", Expected::AfterStart));
        }
        if from.days_until(to) > 366 {
            return Err(field(
                "to",
                FieldProblemReason::OutOfRange { min: 0, max: 366 },
            ));
        }
        // The room's own opening hours unless the clerk gives a window.
        let window = match q.window.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
            None => venue
                .as_ref()
                .and_then(|v| v.hours)
                .unwrap_or(Hours::OFFICE),
            Some(w) => {
                Hours::parse(w).ok_or_else(|| AppError::malformed("window", Expected::Hours))?
            }
        };
        let (people, away) = self.participants(&q.participants)?;
        let start = Instant::from_utc(
            from.add_days(-1).map_err(|e| AppError::time("from", e))?,
            0,
            0,
        )
        .map_err(|e| AppError::time("from", e))?;
        let end = Instant::from_utc(to.add_days(2).map_err(|e| AppError::time("to", e))?, 0, 0)
            .map_err(|e| AppError::time("to", e))?;
        let keys: Vec<String> = people.iter().map(|p| p.key.clone()).collect();
        let (mut busy, room) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::hearings::busy(c, &keys, start, end)?,
                match &venue {
                    Some(v) if v.kind != VenueKind::Online => {
                        repo::hearings::room_busy(c, v.id, start, end)?
                    }
                    _ => Vec::new(),
                },
            ))
        })?;
        for (i, p) in people.iter().enumerate() {
            for (key, b, _) in &away {
                if *key == p.key {
                    busy[i].push(*b);
                }
            }
            busy[i].sort();
        }
        let (calendars, _) = self.calendars_and_weather()?;
        let side = venue
            .as_ref()
            .map(Venue::place)
            .and_then(|p| venue_jurisdiction(p, zone))
            .or_else(|| venue_jurisdiction(Place::Online, zone));
        let calendar = side.and_then(|j| calendars.iter().find(|c| c.jurisdiction == j));
        let req = Request {
            zone,
            window,
            minutes: mins,
            from,
            until: to,
            step_minutes: 30,
            participants: &people,
            busy: &busy,
            room: &room,
            calendar,
            count: q.count.unwrap_or(10).clamp(1, 50) as usize,
        };
        let l = self.locale();
        let outcome = slots::find(&req).map_err(|e| AppError::time("from", e))?;
        let mut dto = SlotsDto {
            zone: zone.name().to_owned(),
            slots: Vec::new(),
            reasons: Vec::new(),
            suggestions: Vec::new(),
        };
        match outcome {
            Outcome::Slots(found) => {
                dto.slots = found
                    .iter()
                    .map(|s| SlotDto {
                        starts_local: s.start.local_in(zone).to_iso(),
                        starts_utc: s.start.to_rfc3339(),
                        participants: people
                            .iter()
                            .map(|p| time_dto(p, s.start, mins, zone))
                            .collect(),
                        outside_preferred: u32::try_from(s.outside_preferred.len())
                            .unwrap_or(u32::MAX),
                        shoulder: !s.shoulder.is_empty(),
                    })
                    .collect();
            }
            Outcome::None(Infeasible::Busy) => {
                dto.reasons.push(explain::no_free_time(l, from, to));
                dto.suggestions.push(explain::try_later(l));
            }
            Outcome::None(Infeasible::Hours { conflicts, relax }) => {
                let who = |w: Who| -> String {
                    match w {
                        Who::Venue => explain::venue_hours(l, zone, window),
                        Who::Participant(i) => people
                            .get(i)
                            .map(|p| explain::person_hours(l, p))
                            .unwrap_or_default(),
                    }
                };
                dto.reasons = conflicts
                    .iter()
                    .map(|(a, b)| explain::never_meet(l, &who(*a), &who(*b), mins))
                    .collect();
                dto.suggestions = relax
                    .iter()
                    .map(|r| match r {
                        Relaxation::StartEarlier { who: w, from } => {
                            explain::relax_start(l, &who(*w), *from)
                        }
                        Relaxation::EndLater { who: w, until } => {
                            explain::relax_end(l, &who(*w), *until)
                        }
                        Relaxation::HearingZone { zone } => explain::relax_zone(l, *zone),
                    })
                    .collect();
            }
        }
        Ok(dto)
    }
}
