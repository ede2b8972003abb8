//! iCalendar export: hearings (weekly series as one RRULE with EXDATEs and RECURRENCE-ID overrides)
//! and optionally case deadlines as all-day events, for the centre, a case, a neutral or a room, in
//! English, Chinese or both; as a file, a feed or an invitation e-mail.

use crate::App;
use crate::dto::{IcsExportDto, IcsFileDto};
use crate::error::{AppError, FieldProblemReason};
use crate::i18n::Locale;
use docket_domain::time::{CivilDate, LocalDateTime, Zone};
use docket_ics::model::{Attendee, Calendar, Event, Method, When, email};
use std::collections::BTreeMap;

fn bad(field: &str, expected: &str) -> AppError {
    AppError::field(
        field,
        FieldProblemReason::Malformed {
            expected: expected.to_owned(),
        },
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    One(Locale),
    Both,
}

fn pick(lang: Lang, en: &str, zh: &str) -> String {
    match lang {
        Lang::One(Locale::En) => en.to_owned(),
        Lang::One(_) => {
            if zh.is_empty() {
                en.to_owned()
            } else {
                zh.to_owned()
            }
        }
        Lang::Both if zh.is_empty() || zh == en => en.to_owned(),
        Lang::Both => format!("{en} / {zh}"),
    }
}

fn kind_label(lang: Lang, kind: &str) -> String {
    let (en, hans, hant) = match kind {
        "procedural_conference" => ("Procedural conference", "程序会议", "程序會議"),
        "evidentiary_hearing" => ("Evidentiary hearing", "开庭审理", "證據聆訊"),
        "mediation_session" => ("Mediation session", "调解会议", "調解會議"),
        "award_delivery" => ("Award delivery", "宣布裁决", "頒布裁決"),
        _ => ("Hearing", "庭审", "聆訊"),
    };
    match lang {
        Lang::One(Locale::En) => en.to_owned(),
        Lang::One(Locale::ZhHans) => hans.to_owned(),
        Lang::One(Locale::ZhHant) => hant.to_owned(),
        Lang::Both => format!("{en} / {hant}"),
    }
}

impl App {
    /// Writes the iCalendar file for a scope and range.
    pub fn export_ics(&self, q: &IcsExportDto) -> Result<IcsFileDto, AppError> {
        let lang = match q.lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Lang::One(self.locale()),
            Some("both") => Lang::Both,
            Some(tag) => Lang::One(Locale::parse(tag).ok_or_else(|| bad("lang", "locale"))?),
        };
        let method = match q.method.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None | Some("file") => Method::None,
            Some("publish") => Method::Publish,
            Some("request") => Method::Request,
            Some("cancel") => Method::Cancel,
            Some(_) => return Err(bad("method", "ics_method")),
        };
        let key = q
            .key
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned();
        let scope = q.scope.trim();
        if !matches!(scope, "all" | "" | "case" | "neutral" | "room") {
            return Err(bad("scope", "ics_scope"));
        }
        if matches!(scope, "case" | "neutral" | "room") && key.is_empty() {
            return Err(AppError::field("key", FieldProblemReason::Required));
        }
        if scope == "case" {
            self.case_by_reference(&key)?;
        }
        let date = |f: &str, v: Option<&str>| -> Result<Option<CivilDate>, AppError> {
            v.map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<CivilDate>().map_err(|_| bad(f, "date")))
                .transpose()
        };
        let (from, to) = (
            date("from", q.from.as_deref())?,
            date("to", q.to.as_deref())?,
        );
        // The stored records, read once; each exported hearing borrows from them (no UI DTOs).
        let (cases, venues, all, details, people) =
            self.store
                .read(|c| -> Result<_, docket_store::StoreError> {
                    use docket_store::repo;
                    Ok((
                        repo::cases::labels(c)?,
                        repo::venues::list(c)?,
                        repo::hearings::list(c)?,
                        repo::hearings::details(c, None)?,
                        repo::hearings::participants(c, None)?,
                    ))
                })?;
        let refs: std::collections::HashMap<_, _> =
            cases.iter().map(|c| (c.id, c.reference.as_str())).collect();
        let rooms: std::collections::HashMap<_, _> = venues.iter().map(|v| (v.id, v)).collect();
        let neutral_key = format!("neutral:{key}");
        let mut hearings: Vec<Sitting<'_>> = Vec::new();
        for h in &all {
            let day = h.derived.utc.date_in(h.start.zone);
            if from.is_some_and(|f| day < f) || to.is_some_and(|t| day > t) {
                continue;
            }
            let venue = rooms.get(&h.venue_id).ok_or_else(|| AppError::Internal {
                detail: format!("hearing {} has no venue {}", h.id, h.venue_id),
            })?;
            let d = details.get(&h.id);
            let sitting = Sitting {
                h,
                case_reference: refs.get(&h.case_id).copied().unwrap_or_default(),
                venue,
                link: d.and_then(|d| d.link.as_deref()),
                series_id: d.and_then(|d| d.series_id.as_deref()),
                people: people.get(&h.id).map(Vec::as_slice).unwrap_or_default(),
            };
            let keep = match scope {
                "case" => sitting.case_reference == key,
                "neutral" => sitting.people.iter().any(|p| p.key == neutral_key),
                "room" => sitting.venue.code.eq_ignore_ascii_case(&key),
                _ => true,
            };
            if keep {
                hearings.push(sitting);
            }
        }
        let neutrals = self.store.read(docket_store::repo::neutrals::list)?;
        let email_of = |key: &str| -> Option<String> {
            key.strip_prefix("neutral:")
                .and_then(|id| neutrals.iter().find(|n| n.id.to_string() == id))
                .and_then(|n| n.email.clone())
        };
        let event_of = |s: &Sitting<'_>| -> Result<Event, AppError> {
            let h = s.h;
            let zone = h.start.zone;
            let start = h.start.local;
            let end = h.ends_utc().local_in(zone);
            let starts_local = start.to_iso();
            let venue = pick(lang, &s.venue.name.en, &s.venue.name.zh);
            let people: Vec<String> = s
                .people
                .iter()
                .map(|p| format!("{} ({})", pick(lang, &p.name.en, &p.name.zh), p.zone.name()))
                .collect();
            let kind = h.kind.as_str();
            let description = format!(
                "{} · {}\n{}\n{}",
                s.case_reference,
                kind_label(lang, kind),
                people.join("\n"),
                match lang {
                    Lang::One(Locale::En) => format!(
                        "Held at {} {} time; your calendar shows it in your own zone.",
                        starts_local.replace('T', " "),
                        zone.name()
                    ),
                    Lang::One(Locale::ZhHans) => format!(
                        "按 {} 时间 {} 举行；日历会按您所在时区显示。",
                        zone.name(),
                        starts_local.replace('T', " ")
                    ),
                    _ => format!(
                        "按 {} 時間 {} 舉行；日曆會按您所在時區顯示。Held at {} {} time.",
                        zone.name(),
                        starts_local.replace('T', " "),
                        starts_local.replace('T', " "),
                        zone.name()
                    ),
                }
            );

            Ok(Event {
                uid: h.ical_uid.clone(),
                sequence: h.sequence,
                start: When::Zoned(start, zone),
                end: When::Zoned(end, zone),
                summary: format!("{} · {}", kind_label(lang, kind), s.case_reference),
                description,
                location: venue,
                status: Some(match h.status {
                    docket_domain::hearing::HearingStatus::Confirmed => "CONFIRMED",
                    docket_domain::hearing::HearingStatus::Cancelled => "CANCELLED",
                    _ => "TENTATIVE",
                }),
                conference: s.link.map(str::to_owned),
                attendees: s
                    .people
                    .iter()
                    .map(|p| Attendee {
                        name: pick(lang, &p.name.en, &p.name.zh),
                        email: email_of(&p.key),
                        key: p.key.clone(),
                    })
                    .collect(),
                rrule: None,
                exdates: Vec::new(),
                recurrence_id: None,
                categories: vec![s.case_reference.to_owned()],
            })
        };
        let mut events = Vec::new();
        let mut series: BTreeMap<String, Vec<&Sitting<'_>>> = BTreeMap::new();
        for h in &hearings {
            match h.series_id {
                Some(s) => series.entry(s.to_owned()).or_default().push(h),
                None => {
                    let mut e = event_of(h)?;
                    if method == Method::Cancel {
                        e.status = Some("CANCELLED");
                        e.sequence += 1;
                    }
                    events.push(e);
                }
            }
        }
        let series_count = u32::try_from(series.len()).unwrap_or(u32::MAX);
        for (id, mut list) in series {
            list.sort_by_key(|s| s.h.derived.utc);
            events.extend(self.series_events(&id, &list, &event_of, method)?);
        }
        let mut deadlines = 0u32;
        if q.deadlines && matches!(scope, "all" | "" | "case") {
            for d in self.list_case_deadlines()? {
                if scope == "case" && d.case_reference != key {
                    continue;
                }
                let due: CivilDate = d.due.parse().map_err(|_| bad("due", "date"))?;
                if q.from
                    .as_deref()
                    .and_then(|f| f.parse::<CivilDate>().ok())
                    .is_some_and(|f| due < f)
                    || q.to
                        .as_deref()
                        .and_then(|t| t.parse::<CivilDate>().ok())
                        .is_some_and(|t| due > t)
                {
                    continue;
                }
                let next = due.add_days(1).map_err(|e| AppError::time("due", e))?;
                let name = pick(lang, &d.name.en, &d.name.zh);
                events.push(Event {
                    uid: format!("deadline-{}@bay-docket", d.id),
                    sequence: 0,
                    start: When::Date(due),
                    end: When::Date(next),
                    summary: match lang {
                        Lang::One(Locale::En) => format!("Deadline: {name} · {}", d.case_reference),
                        Lang::Both => format!("Deadline / 期限: {name} · {}", d.case_reference),
                        _ => format!("期限：{name} · {}", d.case_reference),
                    },
                    description: d
                        .steps
                        .iter()
                        .map(|s| s.text.clone())
                        .collect::<Vec<_>>()
                        .join("\n"),
                    location: String::new(),
                    status: None,
                    conference: None,
                    attendees: Vec::new(),
                    rrule: None,
                    exdates: Vec::new(),
                    recurrence_id: None,
                    categories: vec![d.case_reference.clone()],
                });
                deadlines += 1;
            }
        }
        let now = self.clock.now();
        let organizer = q
            .organizer
            .clone()
            .filter(|o| o.contains('@'))
            .unwrap_or_else(|| "registry@bay-docket.invalid".to_owned());
        let name = match scope {
            "case" => format!("Bay Docket · {key}"),
            "room" => format!("Bay Docket · {key}"),
            "neutral" => format!(
                "Bay Docket · {}",
                neutrals
                    .iter()
                    .find(|n| n.id.to_string() == key)
                    .map(|n| pick(lang, &n.name.en, &n.name.zh))
                    .unwrap_or_default()
            ),
            _ => "Bay Docket".to_owned(),
        };
        let cal = Calendar {
            name: name.clone(),
            method,
            organizer: Some(("Bay Docket".to_owned(), organizer.clone())),
            dtstamp: now,
            events,
        };
        let text = cal.to_ics();
        let problems = docket_ics::lint::lint(text.as_bytes())
            .into_iter()
            .map(|p| format!("line {}: {}", p.line, p.what))
            .collect();
        let zones: Vec<String> = {
            let mut z: Vec<String> = hearings
                .iter()
                .map(|h| h.h.start.zone.name().to_owned())
                .collect();
            z.sort();
            z.dedup();
            z
        };
        let email = matches!(method, Method::Request | Method::Cancel).then(|| {
            let to: Vec<String> = hearings
                .iter()
                .flat_map(|h| h.people.iter().filter_map(|p| email_of(&p.key)))
                .collect();
            email(&organizer, &to, &name, &name, &text, method)
        });
        let slug: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .to_lowercase();
        Ok(IcsFileDto {
            file_name: format!(
                "{}.ics",
                if slug.is_empty() {
                    "bay-docket".to_owned()
                } else {
                    slug
                }
            ),
            text,
            hearings: u32::try_from(hearings.len()).unwrap_or(u32::MAX),
            series: series_count,
            deadlines,
            zones,
            problems,
            email,
        })
    }

    /// Imports a neutral's own calendar as busy time (recurrences expanded from 30 days ago to two
    /// years ahead) in one transaction. Malformed events are quarantined and reported; re-importing
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
        let floating_zone =
            match floating_zone.map(str::trim).filter(|z| !z.is_empty()) {
                Some(z) => Some(z.parse::<Zone>().map_err(|_| {
                    AppError::field("floating_zone", FieldProblemReason::UnknownZone)
                })?),
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
            for o in occ {
                if o.transparent {
                    skipped += 1;
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

    /// Exports and writes the file (and the .eml for an invitation) into `dir`; returns the file's
    /// path in `file_name`.
    pub fn save_ics(
        &self,
        q: &IcsExportDto,
        dir: &std::path::Path,
    ) -> Result<IcsFileDto, AppError> {
        let mut f = self.export_ics(q)?;
        let unreadable = |p: &std::path::Path, e: std::io::Error| AppError::FileUnreadable {
            path: p.display().to_string(),
            reason: e.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(|e| unreadable(dir, e))?;
        let path = dir.join(&f.file_name);
        std::fs::write(&path, &f.text).map_err(|e| unreadable(&path, e))?;
        if let Some(mail) = &f.email {
            let eml = path.with_extension("eml");
            std::fs::write(&eml, mail).map_err(|e| unreadable(&eml, e))?;
        }
        f.file_name = path.display().to_string();
        Ok(f)
    }

    /// A weekly series: one master with RRULE and EXDATEs, and an override per moved occurrence.
    fn series_events(
        &self,
        id: &str,
        list: &[&Sitting<'_>],
        event_of: &dyn Fn(&Sitting<'_>) -> Result<Event, AppError>,
        method: Method,
    ) -> Result<Vec<Event>, AppError> {
        let Some(first) = list.first() else {
            return Ok(Vec::new());
        };
        let first_local = first.h.start.local;
        let minute = first_local.minute_of_day();
        let first_date = first_local.date();
        let slot = |l: LocalDateTime| -> i64 {
            (first_date.days_until(l.date()) as f64 / 7.0).round() as i64
        };
        let grid = |k: i64| -> Result<LocalDateTime, AppError> {
            first_date
                .add_days(7 * k)
                .and_then(|d| d.at(minute / 60, minute % 60))
                .map_err(|e| AppError::time("start", e))
        };
        let last = list
            .iter()
            .map(|h| slot(h.h.start.local))
            .collect::<Vec<_>>();
        let count = last.iter().copied().max().unwrap_or(0);
        let sequence = list.iter().map(|h| h.h.sequence).max().unwrap_or(0)
            + u32::from(method == Method::Cancel);
        let uid = format!("series-{id}@bay-docket");
        let mut master = event_of(first)?;
        master.uid = uid.clone();
        master.sequence = sequence;
        let zone = match master.start {
            When::Zoned(_, z) => z,
            When::Date(_) => Zone::HONG_KONG,
        };
        let duration = i64::from(first.h.duration_minutes);
        master.start = When::Zoned(grid(0)?, zone);
        master.end = When::Zoned(
            grid(0)?
                .plus_minutes(duration)
                .map_err(|e| AppError::time("start", e))?,
            zone,
        );
        let until = docket_domain::time::ZonedWallTime::new(grid(count)?, zone)
            .resolve(docket_domain::time::Disambiguation::Compatible)
            .map_err(|e| AppError::time("start", e))?
            .instant
            // A day after the last occurrence (before the next would be): every client keeps the
            // last one, whichever offset it compares UNTIL in.
            .plus_seconds(24 * 3600);
        master.rrule = Some(format!(
            "FREQ=WEEKLY;UNTIL={}",
            docket_ics::write::utc(until)
        ));
        if method == Method::Cancel {
            master.status = Some("CANCELLED");
        }
        let mut overrides = Vec::new();
        for k in 0..=count {
            let on_grid = grid(k)?;
            let here: Vec<&&Sitting<'_>> =
                list.iter().filter(|h| slot(h.h.start.local) == k).collect();
            match here.first() {
                None => master.exdates.push(on_grid),
                Some(h)
                    if h.h.status == docket_domain::hearing::HearingStatus::Cancelled
                        && method != Method::Cancel =>
                {
                    master.exdates.push(on_grid)
                }
                Some(h) => {
                    let local = h.h.start.local;
                    if local != on_grid || h.h.duration_minutes != first.h.duration_minutes {
                        let mut e = event_of(h)?;
                        e.uid = uid.clone();
                        e.sequence = sequence;
                        e.recurrence_id = Some(on_grid);
                        if method == Method::Cancel {
                            e.status = Some("CANCELLED");
                        }
                        overrides.push(e);
                    }
                }
            }
        }
        let mut out = vec![master];
        out.extend(overrides);
        Ok(out)
    }
}

#[cfg(test)]
mod tests;

/// One hearing as the export reads it: borrowed from the stored records, no UI strings.
struct Sitting<'a> {
    h: &'a docket_domain::hearing::Hearing,
    case_reference: &'a str,
    venue: &'a docket_domain::hearing::Venue,
    link: Option<&'a str>,
    series_id: Option<&'a str>,
    people: &'a [docket_domain::schedule::Participant],
}

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
