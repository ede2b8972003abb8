//! Scheduling: who takes part in a hearing and in which zone, the checks a new or moved hearing must
//! pass (double bookings, travel between Shenzhen and Hong Kong, holidays on the venue's side, typhoon
//! and black-rain adjournments, the room's opening hours, acceptable hours, unavailability,
//! daylight-saving "shoulder" weeks),
//! the slot finder, and weekly series.
//!
//! Everything works on instants (Unix seconds) once the hearing's wall time has been resolved in its
//! zone; local hours are always computed from a participant's own zone.

pub mod series;
pub mod slots;

use crate::deadline::{HolidayCalendar, Jurisdiction, WeatherEvent, WeatherKind};
use crate::hearing::{Place, Site};
pub use crate::hours::Hours;
use crate::id::{HearingId, VenueId};
use crate::text::Bilingual;
use crate::time::{CivilDate, Instant, LocalDateTime, TimeError, Zone};

/// What a participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantKind {
    Neutral,
    Party,
    Counsel,
    Interpreter,
    Other,
}

impl ParticipantKind {
    pub const ALL: [ParticipantKind; 5] = [
        Self::Neutral,
        Self::Party,
        Self::Counsel,
        Self::Interpreter,
        Self::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Neutral => "neutral",
            Self::Party => "party",
            Self::Counsel => "counsel",
            Self::Interpreter => "interpreter",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A person taking part in a hearing, in their own zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub kind: ParticipantKind,
    /// `neutral:<id>`, `party:<id>`, `counsel:<id>`, or `person:<name>`: how double bookings are found.
    pub key: String,
    pub name: Bilingual,
    pub zone: Zone,
    /// The hours this person accepts for a hearing in their own zone.
    pub hours: Hours,
}

/// A period during which someone (or a room) is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Busy {
    pub start: i64,
    pub end: i64,
}

impl Busy {
    pub fn overlaps(&self, start: i64, end: i64) -> bool {
        self.start < end && start < self.end
    }
}

/// An existing hearing, as far as the checks need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    pub id: HearingId,
    pub case_reference: String,
    pub venue: VenueId,
    pub place: Place,
    pub start: i64,
    pub end: i64,
    pub participants: Vec<String>,
}

/// A hearing to be booked or moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposed {
    /// Set when an existing hearing is moved (it is not in conflict with itself).
    pub id: Option<HearingId>,
    pub start: Instant,
    pub minutes: u32,
    pub zone: Zone,
    pub venue: VenueId,
    pub place: Place,
    /// The venue's opening hours (local to the hearing's zone), if it has any.
    pub venue_hours: Option<Hours>,
    pub participants: Vec<Participant>,
}

impl Proposed {
    pub fn end(&self) -> Instant {
        self.start.plus_seconds(i64::from(self.minutes) * 60)
    }
}

/// The side of the border whose holidays close a venue: a room's site, or (online, or a room in
/// another city) the side whose zone the hearing is in.
pub fn venue_jurisdiction(place: Place, zone: Zone) -> Option<Jurisdiction> {
    match place {
        Place::Room(Site::HongKong) => Some(Jurisdiction::HongKong),
        Place::Room(Site::Shenzhen) => Some(Jurisdiction::Mainland),
        Place::Room(Site::Other) | Place::Online if zone == Zone::hong_kong() => {
            Some(Jurisdiction::HongKong)
        }
        Place::Room(Site::Other) | Place::Online if zone == Zone::shanghai() => {
            Some(Jurisdiction::Mainland)
        }
        Place::Room(Site::Other) | Place::Online => None,
    }
}

/// What else is known when a hearing is checked.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// Hearings that overlap the proposed one (with the travel buffer around it), any venue.
    pub nearby: &'a [Booked],
    pub calendars: &'a [HolidayCalendar],
    /// Recorded Hong Kong warnings.
    pub weather: &'a [WeatherEvent],
    /// Unavailability and imported busy times, by participant key.
    pub unavailable: &'a [(String, Busy, String)],
    /// Minutes needed between a Shenzhen room and a Hong Kong room for the same person.
    pub travel_buffer_minutes: i64,
}

/// Morning or afternoon, for the Judiciary's adjournment practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Session {
    Morning,
    Afternoon,
}

/// How serious a scheduling finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The hearing cannot go ahead as booked.
    Block,
    /// Someone should look before it is confirmed.
    Warn,
}

/// One reason a hearing time is a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    PersonDoubleBooked {
        who: Bilingual,
        other: String,
        other_start: i64,
    },
    RoomDoubleBooked {
        other: String,
        other_start: i64,
    },
    TravelTooTight {
        who: Bilingual,
        other: String,
        minutes_between: i64,
        needed: i64,
    },
    Holiday {
        jurisdiction: Jurisdiction,
        name: Option<Bilingual>,
        date: CivilDate,
    },
    NoHolidayData {
        jurisdiction: Jurisdiction,
        year: i32,
    },
    Weather {
        kind: WeatherKind,
        session: Session,
    },
    OutsideHours {
        who: Bilingual,
        zone: Zone,
        local_start: LocalDateTime,
        local_end: LocalDateTime,
        hours: Hours,
    },
    Unavailable {
        who: Bilingual,
        reason: String,
    },
    /// A clock change within a week moved this person's hour relative to the hearing.
    Shoulder {
        who: Bilingual,
        zone: Zone,
        local_start: LocalDateTime,
        /// The same hearing time a week earlier (or later), in this person's zone.
        usual: LocalDateTime,
    },
    /// The hearing runs outside the room's opening hours (local to the hearing's zone).
    OutsideVenueHours {
        zone: Zone,
        local_start: LocalDateTime,
        local_end: LocalDateTime,
        hours: Hours,
    },
}

impl Finding {
    pub fn severity(&self) -> Severity {
        match self {
            Finding::PersonDoubleBooked { .. }
            | Finding::RoomDoubleBooked { .. }
            | Finding::Holiday { .. }
            | Finding::Unavailable { .. } => Severity::Block,
            _ => Severity::Warn,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Finding::PersonDoubleBooked { .. } => "person_double_booked",
            Finding::RoomDoubleBooked { .. } => "room_double_booked",
            Finding::TravelTooTight { .. } => "travel_too_tight",
            Finding::Holiday { .. } => "holiday",
            Finding::NoHolidayData { .. } => "no_holiday_data",
            Finding::Weather { .. } => "weather",
            Finding::OutsideHours { .. } => "outside_hours",
            Finding::Unavailable { .. } => "unavailable",
            Finding::Shoulder { .. } => "shoulder_week",
            Finding::OutsideVenueHours { .. } => "outside_venue_hours",
        }
    }
}

/// The local reading one week before and after, if either differs in clock time from `at` as seen
/// from the hearing zone (a clock change in either zone within a week).
pub fn shoulder(at: Instant, hearing_zone: Zone, zone: Zone) -> Option<LocalDateTime> {
    let week = 7 * 24 * 3600;
    let here = at.local_in(zone);
    let hearing_local = at.local_in(hearing_zone);
    for delta in [-week, week] {
        // The same wall time in the hearing zone a week away, seen in the participant's zone.
        let other = at.plus_seconds(delta);
        let shift = i64::from(other.local_in(hearing_zone).minute_of_day())
            - i64::from(hearing_local.minute_of_day());
        let other = other.plus_seconds(-shift * 60);
        let seen = other.local_in(zone);
        if seen.minute_of_day() != here.minute_of_day() {
            return Some(seen);
        }
    }
    None
}

/// Checks a proposed hearing. Findings come blocking first.
pub fn check(p: &Proposed, ctx: &Context<'_>) -> Result<Vec<Finding>, TimeError> {
    let mut out = Vec::new();
    let (start, end) = (p.start.unix_seconds(), p.end().unix_seconds());
    let buffer = ctx.travel_buffer_minutes * 60;
    for b in ctx.nearby.iter().filter(|b| Some(b.id) != p.id) {
        if b.venue == p.venue && b.place != Place::Online && b.overlaps(start, end) {
            out.push(Finding::RoomDoubleBooked {
                other: b.case_reference.clone(),
                other_start: b.start,
            });
        }
        for person in &p.participants {
            if !b.participants.contains(&person.key) {
                continue;
            }
            if b.overlaps(start, end) {
                out.push(Finding::PersonDoubleBooked {
                    who: person.name.clone(),
                    other: b.case_reference.clone(),
                    other_start: b.start,
                });
            } else if crosses_border(b.place, p.place) {
                let gap = if b.end <= start {
                    start - b.end
                } else {
                    b.start - end
                };
                if gap < buffer {
                    out.push(Finding::TravelTooTight {
                        who: person.name.clone(),
                        other: b.case_reference.clone(),
                        minutes_between: gap / 60,
                        needed: ctx.travel_buffer_minutes,
                    });
                }
            }
        }
    }
    let date = p.start.date_in(p.zone);
    if let Some(j) = venue_jurisdiction(p.place, p.zone)
        && let Some(cal) = ctx.calendars.iter().find(|c| c.jurisdiction == j)
    {
        match cal.status(date) {
            Ok(s) if !s.is_working() => out.push(Finding::Holiday {
                jurisdiction: j,
                name: cal.entry(date).map(|e| e.name.clone()),
                date,
            }),
            Ok(_) => {}
            Err(_) => out.push(Finding::NoHolidayData {
                jurisdiction: j,
                year: date.year(),
            }),
        }
    }
    if venue_jurisdiction(p.place, p.zone) == Some(Jurisdiction::HongKong)
        && let Some(f) = weather(p, ctx.weather)?
    {
        out.push(f);
    }
    if let Some(hours) = p.venue_hours {
        let local_start = p.start.local_in(p.zone);
        let local_end = p.end().local_in(p.zone);
        let same_day = local_start.date() == local_end.date() || local_end.minute_of_day() == 0;
        if !(same_day && hours.contains(local_start, p.minutes)) {
            out.push(Finding::OutsideVenueHours {
                zone: p.zone,
                local_start,
                local_end,
                hours,
            });
        }
    }
    for person in &p.participants {
        let local_start = p.start.local_in(person.zone);
        let local_end = p.end().local_in(person.zone);
        let same_day = local_start.date() == local_end.date() || local_end.minute_of_day() == 0;
        if !(same_day && person.hours.contains(local_start, p.minutes)) {
            out.push(Finding::OutsideHours {
                who: person.name.clone(),
                zone: person.zone,
                local_start,
                local_end,
                hours: person.hours,
            });
        }
        for (key, busy, reason) in ctx.unavailable {
            if *key == person.key && busy.overlaps(start, end) {
                out.push(Finding::Unavailable {
                    who: person.name.clone(),
                    reason: reason.clone(),
                });
            }
        }
        if person.zone != p.zone
            && let Some(usual) = shoulder(p.start, p.zone, person.zone)
        {
            out.push(Finding::Shoulder {
                who: person.name.clone(),
                zone: person.zone,
                local_start,
                usual,
            });
        }
    }
    out.sort_by_key(Finding::severity);
    Ok(out)
}

impl Booked {
    fn overlaps(&self, start: i64, end: i64) -> bool {
        self.start < end && start < self.end
    }
}

fn crosses_border(a: Place, b: Place) -> bool {
    matches!(
        (a, b),
        (Place::Room(Site::Shenzhen), Place::Room(Site::HongKong))
            | (Place::Room(Site::HongKong), Place::Room(Site::Shenzhen))
    )
}

/// The Judiciary's practice: a warning in force at 06:00 adjourns the morning, still in force at 11:00
/// the afternoon as well.
fn weather(p: &Proposed, events: &[WeatherEvent]) -> Result<Option<Finding>, TimeError> {
    let date = p.start.date_in(Zone::hong_kong());
    let at = |h: u32| -> Result<Instant, TimeError> {
        crate::time::ZonedWallTime::new(date.at(h, 0)?, Zone::hong_kong())
            .resolve(crate::time::Disambiguation::Compatible)
            .map(|r| r.instant)
    };
    let in_force = |t: Instant| events.iter().find(|e| e.start <= t && t < e.end);
    let afternoon = p.start.local_in(Zone::hong_kong()).minute_of_day() >= 13 * 60;
    let session = if afternoon {
        Session::Afternoon
    } else {
        Session::Morning
    };
    let event = if afternoon {
        in_force(at(11)?)
    } else {
        in_force(at(6)?)
    };
    Ok(event.map(|e| Finding::Weather {
        kind: e.kind,
        session,
    }))
}

#[cfg(test)]
mod tests;
