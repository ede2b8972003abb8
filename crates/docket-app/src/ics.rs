//! iCalendar files: export (in [`export`]), import of neutrals' busy calendars, and a check of what
//! a file holds before it is imported.

use crate::App;
use crate::error::{AppError, FieldProblemReason};

mod export;

impl App {
    /// Imports a neutral's own calendar as busy time (recurrences expanded from 30 days ago to two
    /// years ahead) in one transaction. Malformed events are quarantined and reported with their
    /// line — among them an end before the start, a negative or zero duration, a rule repeating
    /// more often than daily, and whatever passes the reader's and expander's limits; re-importing
    /// the same file changes nothing.
    ///
    /// Times written without a zone ("floating") are read in `floating_zone`, which the clerk
    /// confirms; a file with floating times and no confirmed zone is refused, naming the field.
    pub fn import_busy(
        &mut self,
        neutral_id: &str,
        bytes: &[u8],
        source: &str,
        floating_zone: Option<&str>,
    ) -> Result<crate::dto::BusyImportDto, AppError> {
        let nid: docket_domain::id::NeutralId = neutral_id
            .trim()
            .parse()
            .map_err(|_| AppError::field("neutral", FieldProblemReason::UnknownReference))?;
        let neutral = self
            .store
            .read(|c| docket_store::repo::neutrals::get(c, nid))?
            .ok_or_else(|| AppError::field("neutral", FieldProblemReason::UnknownReference))?;
        let floating_zone = match floating_zone.map(str::trim).filter(|z| !z.is_empty()) {
            Some(z) => Some(crate::error::parse_zone("floating_zone", z)?),
            None => None,
        };
        let now = self.clock.now();
        let from = now.plus_seconds(-30 * 86_400);
        let until = now.plus_seconds(2 * 366 * 86_400);
        let (calendars, problems) = docket_ics::read::parse(bytes);
        if floating_zone.is_none() && calendars.iter().map(floating_events).sum::<usize>() > 0 {
            return Err(AppError::field(
                "floating_zone",
                FieldProblemReason::Required,
            ));
        }
        let zone_for_floating = floating_zone.unwrap_or(neutral.home_zone);
        let mut quarantined: Vec<String> = problems
            .iter()
            .map(|p| format!("line {}: {}", p.line, p.what))
            .collect();
        let mut list = Vec::new();
        let (mut floating, mut skipped) = (0u32, 0u32);
        for cal in &calendars {
            let (occ, problems) = docket_ics::expand::expand(cal, from, until, zone_for_floating);
            quarantined.extend(
                problems
                    .iter()
                    .map(|p| format!("line {}: {}", p.line, p.what)),
            );
            // A zero-length event marks no time busy: quarantined once per event, with its line.
            let mut empty: Vec<usize> = Vec::new();
            for o in occ {
                if o.transparent {
                    skipped += 1;
                    continue;
                }
                if o.end <= o.start {
                    if !empty.contains(&o.line) {
                        empty.push(o.line);
                        quarantined.push(format!(
                            "line {}: the event {} ends when it starts (zero duration): no busy time",
                            o.line, o.uid
                        ));
                    }
                    continue;
                }
                if o.floating {
                    floating += 1;
                }
                list.push(docket_store::repo::busy::BusyTime {
                    uid: o.uid,
                    start: o.start,
                    end: o.end,
                    summary: o.summary,
                    floating: o.floating,
                });
            }
        }
        if calendars.is_empty() {
            return Err(AppError::ImportRefused {
                line: 1,
                detail: quarantined
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "no calendar in the file".to_owned()),
            });
        }
        let (added, unchanged) = self
            .store
            .write(|tx| docket_store::repo::busy::replace(tx, nid, source, &list, now))?;
        Ok(crate::dto::BusyImportDto {
            neutral: (&neutral.name).into(),
            added,
            unchanged,
            floating,
            skipped,
            quarantined,
        })
    }

    /// Reads a calendar file and reports what it holds and what could not be read (never panics).
    pub fn check_ics(&self, bytes: &[u8]) -> crate::dto::IcsCheckDto {
        let (calendars, problems) = docket_ics::read::parse(bytes);
        let events = calendars
            .iter()
            .map(|c| c.components("VEVENT").count())
            .sum::<usize>();
        let mut timezones: Vec<String> = calendars
            .iter()
            .flat_map(|c| c.components("VTIMEZONE"))
            .filter_map(|z| {
                z.property("TZID")
                    .map(|p| docket_ics::read::unescape(&p.value))
            })
            .collect();
        timezones.sort();
        timezones.dedup();
        crate::dto::IcsCheckDto {
            calendars: u32::try_from(calendars.len()).unwrap_or(u32::MAX),
            events: u32::try_from(events).unwrap_or(u32::MAX),
            floating: u32::try_from(calendars.iter().map(floating_events).sum::<usize>())
                .unwrap_or(u32::MAX),
            timezones,
            problems: problems
                .iter()
                .map(|p| format!("line {}: {}", p.line, p.what))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests;

/// Events whose start is a floating time: a date-time with neither a TZID nor a trailing `Z`.
fn floating_events(cal: &docket_ics::read::Component) -> usize {
    cal.components("VEVENT")
        .filter(|e| {
            e.property("DTSTART").is_some_and(|p| {
                p.param("TZID").is_none()
                    && p.param("VALUE") != Some("DATE")
                    && p.value.contains('T')
                    && !p.value.ends_with('Z')
            })
        })
        .count()
}
