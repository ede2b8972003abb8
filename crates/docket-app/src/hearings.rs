//! Hearing use cases: book (one hearing or a weekly series) with every participant's local time and
//! the checks, move, cancel, list in a display zone, review after a tz database change, find free
//! slots, and manage the rooms and venues they are held in.

use crate::dto::{
    HearingCheckDto, HearingDto, HearingFindingDto, HearingInputDto, MoveHearingDto, OccurrenceDto,
    ParticipantInputDto, ParticipantTimeDto, SlotDto, SlotQueryDto, SlotsDto,
};
use crate::error::Expected;
use crate::error::{AppError, ConflictReason, Entity, FieldProblemReason};
use crate::{App, explain};
use docket_domain::deadline::{HolidayCalendar, Jurisdiction, WeatherEvent};
use docket_domain::hearing::{
    DerivedStart, Hearing, HearingKind, HearingStatus, Place, Venue, VenueKind,
};
use docket_domain::id::{HearingId, Id, NeutralId};
use docket_domain::schedule::series::Weekly;
use docket_domain::schedule::slots::{self, Infeasible, Outcome, Relaxation, Request, Who};
use docket_domain::schedule::{
    Busy, Context, Finding, Hours, Participant, ParticipantKind, Proposed, Severity, check,
    shoulder, venue_jurisdiction,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{Disambiguation, Instant, LocalDateTime, Zone, ZonedWallTime};
use docket_store::StoreError;
use docket_store::repo;
use docket_store::repo::hearings::Details;

/// Unavailability by participant key: (key, period, reason).
type Away = Vec<(String, Busy, String)>;

const TRAVEL_KEY: &str = "travel_buffer_minutes";
const DEFAULT_TRAVEL: i64 = 90;

fn field(field: &str, reason: FieldProblemReason) -> AppError {
    AppError::field(field, reason)
}

/// The longest weekly series one booking makes: two years.
pub const MAX_WEEKS: u32 = 104;

fn how(choose: Option<&str>) -> Result<Disambiguation, AppError> {
    match choose.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(Disambiguation::Reject),
        Some("earlier") => Ok(Disambiguation::Earlier),
        Some("later") => Ok(Disambiguation::Later),
        Some(_) => Err(AppError::malformed("choose", Expected::EarlierOrLater)),
    }
}

fn minutes(f: &str, m: i64) -> Result<u32, AppError> {
    if (5..=24 * 60).contains(&m) {
        u32::try_from(m).map_err(|_| field(f, FieldProblemReason::OutOfRange { min: 5, max: 1440 }))
    } else {
        Err(field(
            f,
            FieldProblemReason::OutOfRange { min: 5, max: 1440 },
        ))
    }
}

/// A retired room takes no bookings (and no hearing of it moves).
fn refuse_retired(venue: &Venue) -> Result<(), AppError> {
    match venue.retired_on {
        Some(since) => Err(field(
            "venue",
            FieldProblemReason::Retired {
                since: since.to_string(),
            },
        )),
        None => Ok(()),
    }
}

fn time_dto(p: &Participant, start: Instant, mins: u32, hearing_zone: Zone) -> ParticipantTimeDto {
    let local = start.local_in(p.zone);
    let end = start.plus_seconds(i64::from(mins) * 60).local_in(p.zone);
    let same_day = local.date() == end.date() || end.minute_of_day() == 0;
    ParticipantTimeDto {
        name: (&p.name).into(),
        kind: p.kind.into(),
        zone: p.zone.name().to_owned(),
        local: local.to_iso(),
        local_end: end.to_iso(),
        offset: p.zone.offset_at(start).to_string(),
        outside_hours: !(same_day && p.hours.contains(local, mins)),
        shoulder: p.zone != hearing_zone && shoulder(start, hearing_zone, p.zone).is_some(),
    }
}

impl App {
    /// A venue a hearing can be booked in: one that exists and is not retired.
    fn bookable_venue(&self, code: &str) -> Result<Venue, AppError> {
        let venue = self
            .store
            .read(|c| repo::venues::by_code(c, code))?
            .ok_or_else(|| field("venue", FieldProblemReason::UnknownReference))?;
        refuse_retired(&venue)?;
        Ok(venue)
    }

    /// The hearing's zone: a room's own zone, or the one chosen for an online hearing.
    fn hearing_zone(venue: &Venue, zone: Option<&str>) -> Result<Zone, AppError> {
        match (venue.kind, zone.map(str::trim).filter(|z| !z.is_empty())) {
            (VenueKind::Online, Some(z)) => crate::error::parse_zone("zone", z),
            (_, Some(z)) => {
                let zone = crate::error::parse_zone("zone", z)?;
                if zone.name() == venue.zone.name() {
                    Ok(zone)
                } else {
                    Err(AppError::malformed("zone", Expected::RoomZone))
                }
            }
            (_, None) => Ok(venue.zone),
        }
    }

    /// Resolves typed participants: roster neutrals bring their name, zone and unavailability.
    pub(crate) fn participants(
        &self,
        input: &[ParticipantInputDto],
    ) -> Result<(Vec<Participant>, Away), AppError> {
        let mut out: Vec<Participant> = Vec::new();
        let mut away = Vec::new();
        for (i, p) in input.iter().enumerate() {
            let f = format!("participants[{i}]");
            let kind = ParticipantKind::parse(p.kind.trim())
                .ok_or_else(|| AppError::malformed(&f, Expected::ParticipantKind))?;
            let hours = match p.hours.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
                None => Hours::ACCEPTABLE,
                Some(h) => {
                    Hours::parse(h).ok_or_else(|| AppError::malformed(&f, Expected::Hours))?
                }
            };
            let zone_of = |default: Option<Zone>| -> Result<Zone, AppError> {
                match p.zone.as_deref().map(str::trim).filter(|z| !z.is_empty()) {
                    Some(z) => crate::error::parse_zone(&f, z),
                    None => default.ok_or_else(|| field(&f, FieldProblemReason::Required)),
                }
            };
            let reference = p.ref_id.as_deref().map(str::trim).filter(|s| !s.is_empty());
            let participant = match (kind, reference) {
                (ParticipantKind::Neutral, Some(id)) => {
                    let nid: NeutralId = id
                        .parse()
                        .map_err(|_| field(&f, FieldProblemReason::UnknownReference))?;
                    let n = self
                        .store
                        .read(|c| repo::neutrals::get(c, nid))?
                        .ok_or_else(|| field(&f, FieldProblemReason::UnknownReference))?;
                    let key = format!("neutral:{}", n.id);
                    away.extend(self.neutral_away(&n, &key)?);
                    Participant {
                        kind,
                        key,
                        name: n.name.clone(),
                        zone: zone_of(Some(n.home_zone))?,
                        hours,
                    }
                }
                (ParticipantKind::Party | ParticipantKind::Counsel, Some(id)) => {
                    let unknown = || field(&f, FieldProblemReason::UnknownReference);
                    let found = if kind == ParticipantKind::Party {
                        let pid = id.parse().map_err(|_| unknown())?;
                        self.store
                            .read(|c| repo::parties::get_party(c, pid))?
                            .map(|p| (format!("party:{}", p.id), p.name))
                    } else {
                        let cid = id.parse().map_err(|_| unknown())?;
                        self.store
                            .read(|c| repo::parties::get_counsel(c, cid))?
                            .map(|c| (format!("counsel:{}", c.id), c.name))
                    };
                    let (key, name) = found.ok_or_else(unknown)?;
                    Participant {
                        kind,
                        key,
                        name,
                        zone: zone_of(None)?,
                        hours,
                    }
                }
                (_, _) => {
                    let name = p
                        .name
                        .as_deref()
                        .map(str::trim)
                        .filter(|n| !n.is_empty())
                        .ok_or_else(|| field(&f, FieldProblemReason::Required))?;
                    Participant {
                        kind,
                        key: format!("person:{}", docket_domain::roster::search::fold(name)),
                        name: Bilingual::new(name, ""),
                        zone: zone_of(None)?,
                        hours,
                    }
                }
            };
            if out.iter().any(|o| o.key == participant.key) {
                return Err(field(&f, FieldProblemReason::Duplicate));
            }
            out.push(participant);
        }
        Ok((out, away))
    }

    fn travel_buffer(&self) -> Result<i64, AppError> {
        Ok(self
            .store
            .read(|c| repo::settings::get(c, TRAVEL_KEY))?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_TRAVEL))
    }

    fn calendars_and_weather(&self) -> Result<(Vec<HolidayCalendar>, Vec<WeatherEvent>), AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                vec![
                    repo::holidays::calendar(c, Jurisdiction::HongKong)?,
                    repo::holidays::calendar(c, Jurisdiction::Mainland)?,
                ],
                repo::holidays::weather(c)?
                    .into_iter()
                    .map(|(_, e, _)| e)
                    .collect(),
            ))
        })?)
    }

    fn check_one(
        &self,
        proposed: &Proposed,
        away: &[(String, Busy, String)],
        calendars: &[HolidayCalendar],
        weather: &[WeatherEvent],
        buffer: i64,
    ) -> Result<Vec<Finding>, AppError> {
        let keys: Vec<String> = proposed
            .participants
            .iter()
            .map(|p| p.key.clone())
            .collect();
        let nearby = self.store.read(|c| {
            repo::hearings::nearby(
                c,
                proposed.venue,
                &keys,
                proposed.start,
                proposed.end(),
                buffer * 60,
            )
        })?;
        let ctx = Context {
            nearby: &nearby,
            calendars,
            weather,
            unavailable: away,
            travel_buffer_minutes: buffer,
        };
        check(proposed, &ctx).map_err(|e| AppError::time("start", e))
    }

    fn finding_dtos(&self, findings: &[Finding]) -> Vec<HearingFindingDto> {
        let l = self.locale();
        findings
            .iter()
            .map(|f| HearingFindingDto {
                code: f.into(),
                severity: f.severity().into(),
                text: explain::hearing_finding(l, f),
            })
            .collect()
    }

    /// Checks a hearing (or weekly series) and, with `save` and no blocking finding, books it.
    pub fn schedule_hearing(
        &mut self,
        input: &HearingInputDto,
    ) -> Result<HearingCheckDto, AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let kind = HearingKind::parse(input.kind.trim())
            .ok_or_else(|| AppError::malformed("kind", Expected::HearingKind))?;
        let venue = self.bookable_venue(&input.venue_code)?;
        let zone = Self::hearing_zone(&venue, input.zone.as_deref())?;
        let mins = minutes("minutes", input.minutes)?;
        let local: LocalDateTime = input
            .start
            .trim()
            .parse()
            .map_err(|_| AppError::malformed("start", Expected::LocalDateTime))?;
        if !docket_domain::validation::is_supported(local.date()) {
            return Err(AppError::malformed("start", Expected::SupportedDate));
        }
        let disambiguation = how(input.choose.as_deref())?;
        let status = match input
            .status
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => HearingStatus::Tentative,
            Some(s) => HearingStatus::parse(s)
                .ok_or_else(|| AppError::malformed("status", Expected::HearingStatus))?,
        };
        let (participants, away) = self.participants(&input.participants)?;
        // A series longer than two years is refused, never cut short without a word.
        let weeks = input.weeks.unwrap_or(1);
        if !(1..=MAX_WEEKS).contains(&weeks) {
            return Err(field(
                "weeks",
                FieldProblemReason::OutOfRange {
                    min: 1,
                    max: i64::from(MAX_WEEKS),
                },
            ));
        }
        let occurrences = Weekly {
            first: ZonedWallTime::new(local, zone),
            count: weeks,
            exceptions: vec![],
            moved: vec![],
        }
        .occurrences()
        .map_err(|e| AppError::time("start", e))?;
        let (calendars, weather) = self.calendars_and_weather()?;
        let buffer = self.travel_buffer()?;
        let mut checked = Vec::new();
        for wall in &occurrences {
            let derived = DerivedStart::derive(wall, disambiguation)
                .map_err(|e| AppError::time("start", e))?;
            let proposed = Proposed {
                id: None,
                start: derived.utc,
                minutes: mins,
                zone,
                venue: venue.id,
                place: venue.place(),
                venue_hours: venue.hours,
                participants: participants.clone(),
            };
            let findings = self.check_one(&proposed, &away, &calendars, &weather, buffer)?;
            checked.push((*wall, derived, findings));
        }
        let Some((first_wall, first, first_findings)) = checked.first().cloned() else {
            return Err(AppError::malformed("weeks", Expected::Weeks));
        };
        let blocking = checked
            .iter()
            .flat_map(|(_, _, f)| f)
            .filter(|f| f.severity() == Severity::Block)
            .count();
        let mut saved = Vec::new();
        if input.save {
            if blocking > 0 {
                return Err(AppError::Conflict {
                    reason: ConflictReason::HearingBlocked {
                        blocking: u32::try_from(blocking).unwrap_or(u32::MAX),
                    },
                });
            }
            let series_id =
                (weeks > 1).then(|| Id::<'S'>::from_uuid(self.ids.next_uuid()).to_string());
            let details = Details {
                language: input.language.trim().to_owned(),
                interpretation: input.interpretation.trim().to_owned(),
                link: input.link.clone().filter(|s| !s.trim().is_empty()),
                series_id,
                review: None,
            };
            let mut hearings = Vec::new();
            for (wall, derived, _) in &checked {
                let id = HearingId::from_uuid(self.ids.next_uuid());
                hearings.push(Hearing {
                    id,
                    case_id: case.id,
                    kind,
                    venue_id: venue.id,
                    start: *wall,
                    duration_minutes: mins,
                    derived: derived.clone(),
                    status,
                    ical_uid: format!("{id}@bay-docket"),
                    sequence: 0,
                });
            }
            let now = self.clock.now();
            self.store.write(|tx| -> Result<(), StoreError> {
                for h in &hearings {
                    repo::hearings::insert_full(tx, h, &details, &participants, now)?;
                }
                repo::workflow::audit(
                    tx,
                    "case",
                    &case.id.to_string(),
                    "hearing_booked",
                    None,
                    Some(&format!(
                        "{} {} {}",
                        kind.as_str(),
                        first_wall.local.to_iso(),
                        zone.name()
                    )),
                    now,
                )
            })?;
            saved = hearings.iter().map(|h| h.id.to_string()).collect();
        }
        Ok(HearingCheckDto {
            starts_local: first_wall.local.to_iso(),
            ends_local: first
                .utc
                .plus_seconds(i64::from(mins) * 60)
                .local_in(zone)
                .to_iso(),
            zone: zone.name().to_owned(),
            starts_utc: first.utc.to_rfc3339(),
            participants: participants
                .iter()
                .map(|p| time_dto(p, first.utc, mins, zone))
                .collect(),
            occurrences: if weeks > 1 {
                checked
                    .iter()
                    .map(|(w, _, f)| OccurrenceDto {
                        starts_local: w.local.to_iso(),
                        findings: self.finding_dtos(f),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            findings: self.finding_dtos(&first_findings),
            blocking: u32::try_from(blocking).unwrap_or(u32::MAX),
            saved,
        })
    }

    fn venue_of(&self, h: &Hearing) -> Result<Venue, AppError> {
        self.store
            .read(repo::venues::list)?
            .into_iter()
            .find(|v| v.id == h.venue_id)
            .ok_or_else(|| AppError::Internal {
                detail: format!("hearing {} has no venue", h.id),
            })
    }

    fn hearing(&self, id: &str) -> Result<Hearing, AppError> {
        let hid: HearingId = id
            .trim()
            .parse()
            .map_err(|_| field("id", FieldProblemReason::UnknownReference))?;
        self.store
            .read(repo::hearings::list)?
            .into_iter()
            .find(|h| h.id == hid)
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Hearing,
                key: id.trim().to_owned(),
            })
    }

    pub(crate) fn stored_participants(&self, id: HearingId) -> Result<Vec<Participant>, AppError> {
        Ok(self
            .store
            .read(|c| repo::hearings::participants(c, Some(id)))?
            .remove(&id)
            .unwrap_or_default())
    }

    /// A roster neutral's imported busy time and unavailability periods, under `key`.
    fn neutral_away(
        &self,
        n: &docket_domain::roster::Neutral,
        key: &str,
    ) -> Result<Away, AppError> {
        let mut away: Away = self
            .store
            .read(|c| repo::busy::of_neutral(c, n.id))?
            .into_iter()
            .map(|(busy, summary)| (key.to_owned(), busy, summary))
            .collect();
        for u in &n.unavailability {
            let (a, b) = u.instants();
            away.push((
                key.to_owned(),
                Busy {
                    start: a.unix_seconds(),
                    end: b.unix_seconds(),
                },
                u.reason.clone(),
            ));
        }
        Ok(away)
    }

    fn away_of(&self, people: &[Participant]) -> Result<Away, AppError> {
        let mut away = Vec::new();
        for p in people {
            let Some(id) = p
                .key
                .strip_prefix("neutral:")
                .and_then(|s| s.parse::<NeutralId>().ok())
            else {
                continue;
            };
            if let Some(n) = self.store.read(|c| repo::neutrals::get(c, id))? {
                away.extend(self.neutral_away(&n, &p.key)?);
            }
        }
        Ok(away)
    }

    /// The checks for an existing hearing as it stands.
    pub fn hearing_conflicts(&self, id: &str) -> Result<HearingCheckDto, AppError> {
        let h = self.hearing(id)?;
        self.recheck(&h, None)
    }

    fn recheck(&self, h: &Hearing, saved: Option<String>) -> Result<HearingCheckDto, AppError> {
        let people = self.stored_participants(h.id)?;
        self.recheck_with(h, people, saved)
    }

    /// The checks for a hearing with these participants (a correction's, before it is saved).
    pub(crate) fn recheck_with(
        &self,
        h: &Hearing,
        people: Vec<Participant>,
        saved: Option<String>,
    ) -> Result<HearingCheckDto, AppError> {
        let venue = self.venue_of(h)?;
        let away = self.away_of(&people)?;
        let (calendars, weather) = self.calendars_and_weather()?;
        let proposed = Proposed {
            id: Some(h.id),
            start: h.derived.utc,
            minutes: h.duration_minutes,
            zone: h.start.zone,
            venue: venue.id,
            place: venue.place(),
            venue_hours: venue.hours,
            participants: people.clone(),
        };
        let findings = self.check_one(
            &proposed,
            &away,
            &calendars,
            &weather,
            self.travel_buffer()?,
        )?;
        let blocking = findings
            .iter()
            .filter(|f| f.severity() == Severity::Block)
            .count();
        Ok(HearingCheckDto {
            starts_local: h.start.local.to_iso(),
            ends_local: h.ends_utc().local_in(h.start.zone).to_iso(),
            zone: h.start.zone.name().to_owned(),
            starts_utc: h.derived.utc.to_rfc3339(),
            participants: people
                .iter()
                .map(|p| time_dto(p, h.derived.utc, h.duration_minutes, h.start.zone))
                .collect(),
            occurrences: Vec::new(),
            findings: self.finding_dtos(&findings),
            blocking: u32::try_from(blocking).unwrap_or(u32::MAX),
            saved: saved.into_iter().collect(),
        })
    }

    /// Moves a hearing: checked first; saved with `save` when nothing blocks (its iCalendar sequence rises).
    pub fn move_hearing(&mut self, input: &MoveHearingDto) -> Result<HearingCheckDto, AppError> {
        let mut h = self.hearing(&input.id)?;
        let old_venue = self.venue_of(&h)?;
        refuse_retired(&old_venue)?;
        let venue = match input
            .venue_code
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty() && !c.eq_ignore_ascii_case(&old_venue.code))
        {
            Some(code) => Some(self.bookable_venue(code)?),
            None => None,
        };
        let local: LocalDateTime = input
            .start
            .trim()
            .parse()
            .map_err(|_| AppError::malformed("start", Expected::LocalDateTime))?;
        if !docket_domain::validation::is_supported(local.date()) {
            return Err(AppError::malformed("start", Expected::SupportedDate));
        }
        let zone = match input
            .zone
            .as_deref()
            .map(str::trim)
            .filter(|z| !z.is_empty())
        {
            Some(z) => crate::error::parse_zone("zone", z)?,
            None => h.start.zone,
        };
        if let Some(m) = input.minutes {
            h.duration_minutes = minutes("minutes", m)?;
        }
        let wall = ZonedWallTime::new(local, zone);
        h.derived = DerivedStart::derive(&wall, how(input.choose.as_deref())?)
            .map_err(|e| AppError::time("start", e))?;
        h.start = wall;
        if let Some(v) = &venue {
            h.venue_id = v.id;
            // A room keeps hearings in its own zone: the same instant, read there.
            if v.kind == VenueKind::Room && v.zone != h.start.zone {
                let there = ZonedWallTime::new(h.derived.utc.local_in(v.zone), v.zone);
                h.derived = DerivedStart::derive(&there, Disambiguation::Earlier)
                    .map_err(|e| AppError::time("start", e))?;
                h.start = there;
            }
        }
        let preview = self.recheck(&h, None)?;
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
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::hearings::reschedule(tx, &h, now)?;
            if let Some(v) = &venue {
                repo::hearings::update_details(tx, &h, now)?;
                repo::workflow::audit(
                    tx,
                    "case",
                    &h.case_id.to_string(),
                    "hearing_edited",
                    Some(&format!("room: {}", old_venue.code)),
                    Some(&format!("room: {}", v.code)),
                    now,
                )?;
            }
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_moved",
                None,
                Some(&format!(
                    "{} {}",
                    h.start.local.to_iso(),
                    h.start.zone.name()
                )),
                now,
            )
        })?;
        self.recheck(&h, Some(h.id.to_string()))
    }

    /// Cancels a hearing (kept, marked cancelled, sequence raised so calendars learn of it).
    pub fn cancel_hearing(&mut self, id: &str) -> Result<HearingDto, AppError> {
        self.set_hearing_status(id, "cancelled")
    }

    /// Confirms, postpones or cancels a hearing (the iCalendar sequence rises with each change).
    pub fn set_hearing_status(&mut self, id: &str, status: &str) -> Result<HearingDto, AppError> {
        let h = self.hearing(id)?;
        let status = HearingStatus::parse(status.trim())
            .ok_or_else(|| AppError::malformed("status", Expected::HearingStatus))?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::hearings::set_status(tx, h.id, status, now)?;
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_status",
                Some(h.status.as_str()),
                Some(status.as_str()),
                now,
            )
        })?;
        self.hearings_between(None, None, None)?
            .into_iter()
            .find(|d| d.id == h.id.to_string())
            .ok_or_else(|| AppError::Internal {
                detail: "hearing just changed".to_owned(),
            })
    }
}

mod edit;
mod list;
mod slot_finder;
mod tz_review;
mod venues;
mod zones;

#[cfg(test)]
mod tests;
