//! When the tz database in force is not the one a future hearing was computed with: recompute its
//! instant and every participant's hours, flag what moved (old and new side by side), and let the
//! clerk keep the wall time or keep the instant. Nothing moves silently.

use super::field;
use crate::dto::{
    TzKeepDto, TzReviewDto, TzReviewParticipantDto, TzSourceDto, TzStatusDto, ZoneClockDto,
};
use crate::error::Expected;
use crate::error::{AppError, Entity, FieldProblemReason};
use crate::{App, Locale, tzdata};
use docket_domain::hearing::{DerivedStart, Hearing, HearingStatus};
use docket_domain::id::HearingId;
use docket_domain::time::{
    CivilDate, Disambiguation, Instant, LocalDateTime, TzSource, Zone, ZonedWallTime, tzdb_version,
};
use docket_store::StoreError;
use docket_store::repo;
use docket_store::repo::hearings::{TzReview, TzReviewParticipant};
use std::collections::HashMap;

impl App {
    /// The rules in force, where they come from, and how many hearings wait for review.
    pub fn tz_status(&self) -> Result<TzStatusDto, AppError> {
        let choice = tzdata::in_force();
        let reviews = self
            .store
            .read(|c| repo::hearings::tz_reviews(c, None))?
            .len();
        Ok(TzStatusDto {
            version: choice.version.to_owned(),
            source: match choice.source {
                TzSource::Bundled => TzSourceDto::Bundled,
                TzSource::System => TzSourceDto::System,
            },
            bundled_version: choice.bundled_version.to_owned(),
            system_version: choice.system_version,
            reviews: u32::try_from(reviews).unwrap_or(u32::MAX),
        })
    }

    /// The wall clock in `to_zone` at each whole hour `first_hour..last_hour` of `date` in
    /// `from_zone` (an hour that does not exist there is read as the clocks read it after the gap).
    pub fn zone_clock(
        &self,
        date: &str,
        from_zone: &str,
        to_zone: &str,
        first_hour: u32,
        last_hour: u32,
    ) -> Result<ZoneClockDto, AppError> {
        let date: CivilDate = date
            .trim()
            .parse()
            .map_err(|_| AppError::malformed("date", Expected::Date))?;
        let zone = |f: &str, z: &str| -> Result<Zone, AppError> { crate::error::parse_zone(f, z) };
        let (from, to) = (zone("from_zone", from_zone)?, zone("to_zone", to_zone)?);
        if first_hour > 24 || last_hour > 24 || first_hour > last_hour {
            return Err(field(
                "hours",
                FieldProblemReason::OutOfRange { min: 0, max: 24 },
            ));
        }
        let mut hours = Vec::new();
        for hour in first_hour..last_hour {
            let local = date.at(hour, 0).map_err(|e| AppError::time("date", e))?;
            let at = ZonedWallTime::new(local, from)
                .resolve(Disambiguation::Compatible)
                .map_err(|e| AppError::time("date", e))?
                .instant;
            let there = at.local_in(to);
            let shift = date.days_until(there.date());
            hours.push(match shift {
                0 => there.hh_mm(),
                d if d > 0 => format!("{} +{d}", there.hh_mm()),
                d => format!("{} {d}", there.hh_mm()),
            });
        }
        Ok(ZoneClockDto {
            zone: to.name().to_owned(),
            hours,
        })
    }

    /// Re-derives every future hearing computed with another tz database (or whose zone the rules
    /// in force no longer know). A hearing whose instant or whose participants' hours moved is
    /// flagged for review; one where nothing moved is stamped with the new version. Returns how many
    /// were flagged.
    pub fn review_time_zones(&mut self) -> Result<u32, AppError> {
        let now = self.clock.now();
        let version = tzdb_version();
        let (hearings, people, readings) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::hearings::list(c)?,
                repo::hearings::participants(c, None)?,
                repo::hearings::local_starts(c)?,
            ))
        })?;
        let mut flagged = Vec::new();
        let mut restamped = Vec::new();
        for h in hearings.iter().filter(|h| {
            h.derived.utc > now
                && h.status != HearingStatus::Cancelled
                && (h.derived.tzdb_version != version || h.start.zone.is_lost())
        }) {
            let empty = Vec::new();
            let list = people.get(&h.id).unwrap_or(&empty);
            match recheck(h, list, &readings, version) {
                Recheck::Unchanged(fresh) => restamped.push(fresh),
                Recheck::Moved(review) => flagged.push(review),
            }
        }
        if !flagged.is_empty() || !restamped.is_empty() {
            self.store.write(|tx| -> Result<(), StoreError> {
                for h in &restamped {
                    repo::hearings::restamp(tx, h)?;
                }
                for r in &flagged {
                    repo::hearings::save_tz_review(tx, r, now)?;
                    repo::hearings::flag(tx, r.hearing_id, &english_summary(r))?;
                }
                Ok(())
            })?;
        }
        Ok(u32::try_from(flagged.len()).unwrap_or(u32::MAX))
    }

    /// The hearings waiting for a decision after a change of tz database, in the clerk's language.
    pub fn tz_reviews(&self) -> Result<Vec<TzReviewDto>, AppError> {
        let (reviews, hearings, cases) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::hearings::tz_reviews(c, None)?,
                repo::hearings::list(c)?,
                repo::cases::labels(c)?,
            ))
        })?;
        let by_id: HashMap<HearingId, &Hearing> = hearings.iter().map(|h| (h.id, h)).collect();
        let refs: HashMap<_, _> = cases.iter().map(|c| (c.id, c.reference.as_str())).collect();
        let locale = self.locale();
        Ok(reviews
            .iter()
            .filter_map(|r| {
                let h = by_id.get(&r.hearing_id)?;
                Some(review_dto(
                    r,
                    h,
                    refs.get(&h.case_id).copied().unwrap_or_default(),
                    locale,
                ))
            })
            .collect())
    }

    /// Decides a review: keep the wall time (the instant follows the rules in force) or keep the
    /// instant (the wall time in the hearing's zone changes). Either way the iCalendar sequence
    /// rises when the instant or the wall time changed, and the decision is in the case history.
    pub fn decide_tz_review(
        &mut self,
        hearing_id: &str,
        keep: TzKeepDto,
    ) -> Result<Vec<TzReviewDto>, AppError> {
        let mut h = self.hearing(hearing_id)?;
        let id = h.id;
        let review = self
            .store
            .read(|c| repo::hearings::tz_reviews(c, Some(id)))?
            .into_iter()
            .next()
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Hearing,
                key: hearing_id.trim().to_owned(),
            })?;
        // The zone as the rules in force know it (a lost zone cannot be kept as a wall time).
        let zone = crate::error::parse_zone("zone", h.start.zone.name())?;
        let wall = match keep {
            TzKeepDto::WallTime => ZonedWallTime::new(h.start.local, zone),
            TzKeepDto::Instant => ZonedWallTime::new(review.old_utc.local_in(zone), zone),
        };
        let derived = DerivedStart::derive(&wall, Disambiguation::Compatible)
            .map_err(|e| AppError::time("start", e))?;
        let changed = derived.utc != h.derived.utc || wall.local != h.start.local;
        h.start = wall;
        h.derived = derived;
        let now = self.clock.now();
        let what = match keep {
            TzKeepDto::WallTime => "wall_time",
            TzKeepDto::Instant => "instant",
        };
        self.store.write(|tx| -> Result<(), StoreError> {
            if changed {
                repo::hearings::reschedule(tx, &h, now)?;
            } else {
                repo::hearings::restamp(tx, &h)?;
                repo::hearings::clear_tz_review(tx, h.id)?;
            }
            repo::workflow::audit(
                tx,
                "case",
                &h.case_id.to_string(),
                "hearing_tz_reviewed",
                Some(&format!("{} {}", review.old_version, review.old_utc)),
                Some(&format!(
                    "{} {}: keep {what}, {} {}",
                    review.new_version,
                    h.derived.utc,
                    h.start.local.to_iso(),
                    h.start.zone.name()
                )),
                now,
            )
        })?;
        self.tz_reviews()
    }
}

enum Recheck {
    /// Nothing anyone sees moved: the hearing with its start derived by the rules in force.
    Unchanged(Hearing),
    Moved(TzReview),
}

fn recheck(
    h: &Hearing,
    people: &[docket_domain::schedule::Participant],
    readings: &HashMap<(HearingId, String), LocalDateTime>,
    version: &str,
) -> Recheck {
    let current_zone = h.start.zone.name().parse::<Zone>().ok();
    let fresh = current_zone.and_then(|zone| {
        DerivedStart::derive(
            &ZonedWallTime::new(h.start.local, zone),
            Disambiguation::Compatible,
        )
        .ok()
    });
    // The rules the hearing was computed with, when this process can read them.
    let old_rules = tzdata::rules_of_version(&h.derived.tzdb_version);
    let new_utc = fresh.as_ref().map_or(h.derived.utc, |f| f.utc);
    let mut participants = Vec::new();
    let mut someone_moved = false;
    for p in people {
        let old_local = readings.get(&(h.id, p.key.clone())).copied().or_else(|| {
            let z = old_rules?.zone(p.zone.name()).ok()?;
            Some(h.derived.utc.local_in(z))
        });
        let new_local = new_utc.local_in(p.zone);
        let moved = old_local.is_some_and(|o| o != new_local) || p.zone.is_lost();
        someone_moved |= moved;
        participants.push(TzReviewParticipant {
            key: p.key.clone(),
            name: p.name.clone(),
            zone: p.zone.name().to_owned(),
            old_local,
            new_local,
        });
    }
    match fresh {
        Some(f) if f.utc == h.derived.utc && !someone_moved => {
            let mut h = h.clone();
            h.start.zone = current_zone.unwrap_or(h.start.zone);
            h.derived = f;
            Recheck::Unchanged(h)
        }
        _ => Recheck::Moved(TzReview {
            hearing_id: h.id,
            old_version: h.derived.tzdb_version.clone(),
            new_version: version.to_owned(),
            old_utc: h.derived.utc,
            new_utc,
            zone_lost: fresh.is_none(),
            participants,
        }),
    }
}

fn english_summary(r: &TzReview) -> String {
    summary(r, Locale::En, "")
}

/// "tz database 2025b → 2026f: Dana Reyes (America/Vancouver) 17:00 → 18:00".
fn summary(r: &TzReview, locale: Locale, zone: &str) -> String {
    let moved: Vec<String> = r
        .participants
        .iter()
        .filter(|p| p.old_local.is_some_and(|o| o != p.new_local))
        .map(|p| {
            let name = match locale {
                Locale::En => p.name.en.as_str(),
                _ if !p.name.zh.is_empty() => p.name.zh.as_str(),
                _ => p.name.en.as_str(),
            };
            format!(
                "{name} ({}) {} → {}",
                p.zone,
                p.old_local
                    .map_or_else(String::new, |o| short(o, p.new_local)),
                short(p.new_local, p.new_local)
            )
        })
        .collect();
    let (v_old, v_new) = (&r.old_version, &r.new_version);
    let sep = if locale == Locale::En { "; " } else { "；" };
    let people = moved.join(sep);
    match locale {
        Locale::En => {
            let mut s = format!("Time-zone rules changed ({v_old} → {v_new})");
            if r.zone_lost {
                s.push_str(&format!(
                    ": the zone {zone} is not in tz database {v_new}; choose the zone again"
                ));
            } else if r.old_utc != r.new_utc {
                s.push_str(": the hearing now starts at a different moment");
            }
            if !people.is_empty() {
                s.push_str(&format!(": local hours moved for {people}"));
            }
            s
        }
        Locale::ZhHans => {
            let mut s = format!("时区规则已更新（{v_old} → {v_new}）");
            if r.zone_lost {
                s.push_str(&format!(
                    "：时区 {zone} 已不在时区数据库 {v_new} 中，请重新选择时区"
                ));
            } else if r.old_utc != r.new_utc {
                s.push_str("：庭审的开始时刻已改变");
            }
            if !people.is_empty() {
                s.push_str(&format!("：以下参与者的当地时间有变：{people}"));
            }
            s
        }
        Locale::ZhHant => {
            let mut s = format!("時區規則已更新（{v_old} → {v_new}）");
            if r.zone_lost {
                s.push_str(&format!(
                    "：時區 {zone} 已不在時區資料庫 {v_new} 中，請重新選擇時區"
                ));
            } else if r.old_utc != r.new_utc {
                s.push_str("：聆訊的開始時刻已改變");
            }
            if !people.is_empty() {
                s.push_str(&format!("：以下參與者的當地時間有變：{people}"));
            }
            s
        }
    }
}

/// `18:00`, or `2026-12-09 18:00` when the day differs from `other`'s.
fn short(t: LocalDateTime, other: LocalDateTime) -> String {
    if t.date() == other.date() {
        t.hh_mm()
    } else {
        format!("{} {}", t.date(), t.hh_mm())
    }
}

fn review_dto(r: &TzReview, h: &Hearing, case_reference: &str, locale: Locale) -> TzReviewDto {
    let zone = h.start.zone.name().parse::<Zone>().unwrap_or(h.start.zone);
    let offset = |at: Instant, zone: &str| -> Option<String> {
        zone.parse::<Zone>()
            .ok()
            .map(|z| z.offset_at(at).to_string())
    };
    TzReviewDto {
        hearing_id: h.id.to_string(),
        case_reference: case_reference.to_owned(),
        starts_local: h.start.local.to_iso(),
        zone: h.start.zone.name().to_owned(),
        old_version: r.old_version.clone(),
        new_version: r.new_version.clone(),
        old_utc: r.old_utc.to_rfc3339(),
        new_utc: r.new_utc.to_rfc3339(),
        instant_keeps_local: r.old_utc.local_in(zone).to_iso(),
        instant_moved: r.old_utc != r.new_utc,
        zone_lost: r.zone_lost,
        participants: r
            .participants
            .iter()
            .map(|p| TzReviewParticipantDto {
                name: (&p.name).into(),
                zone: p.zone.clone(),
                old_local: p.old_local.map(|l| l.to_iso()),
                // The old offset is what the old reading implies.
                old_offset: p.old_local.map(|l| {
                    let secs = l.assume_utc().unix_seconds() - r.old_utc.unix_seconds();
                    docket_domain::time::UtcOffset(i32::try_from(secs).unwrap_or(0)).to_string()
                }),
                new_local: p.new_local.to_iso(),
                new_offset: offset(r.new_utc, &p.zone).unwrap_or_default(),
                moved: p.old_local.is_some_and(|o| o != p.new_local),
            })
            .collect(),
        summary: summary(r, locale, h.start.zone.name()),
    }
}
