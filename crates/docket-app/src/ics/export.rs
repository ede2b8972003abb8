//! iCalendar export: hearings (weekly series as one RRULE with EXDATEs and RECURRENCE-ID overrides)
//! and optionally case deadlines as all-day events, for the centre, a case, a neutral or a room, in
//! English, Chinese or both; as a file, a feed or an invitation e-mail.
//!
//! The export streams: hearings are read row by row in start order and each VEVENT is written as it
//! is read, in chunks handed to a second thread that lints them and writes them out. Only the
//! participants (each distinct person once) and the few hearings that belong to a series are held
//! in memory, so a centre's whole calendar costs a few megabytes, not the size of the file.

use crate::App;
use crate::dto::{IcsExportDto, IcsFileDto, IcsSavedDto};
use crate::error::Expected;
use crate::error::{AppError, FieldProblemReason};
use crate::i18n::Locale;
use docket_domain::hearing::{HearingKind, HearingStatus};
use docket_domain::id::{HearingId, VenueId};
use docket_domain::time::{CivilDate, Instant, LocalDateTime, Zone, ZonedWallTime};
use docket_ics::model::{Attendee, Calendar, Event, Method, When, ZoneSpan, email, email_envelope};
use docket_store::repo::hearings::export::{People, Selection, Sitting};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

fn bad(field: &str, expected: Expected) -> AppError {
    AppError::malformed(field, expected)
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

fn kind_label(lang: Lang, kind: HearingKind) -> String {
    let (en, hans, hant) = match kind.as_str() {
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

/// What the clerk asked for, checked before anything is read.
struct Plan {
    lang: Lang,
    method: Method,
    scope: &'static str,
    key: String,
    selection: Selection,
    deadlines: bool,
    organizer: String,
    /// The calendar's name (`NAME`, the e-mail's subject).
    name: String,
}

impl Plan {
    fn file_name(&self) -> String {
        let slug: String = self
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .to_lowercase();
        if slug.is_empty() {
            "bay-docket.ics".to_owned()
        } else {
            format!("{slug}.ics")
        }
    }

    fn is_invitation(&self) -> bool {
        matches!(self.method, Method::Request | Method::Cancel)
    }
}

/// What was written.
struct Written {
    hearings: u32,
    series: u32,
    deadlines: u32,
    zones: Vec<String>,
    problems: Vec<String>,
    /// The invitation's recipients, each once, in the order first met.
    recipients: Vec<String>,
    bytes: u64,
}

/// One participant as every event shows them (worked out once per person, not per hearing).
struct Shown {
    attendee: Attendee,
    /// `Name (Zone)` for the description.
    line: String,
}

/// A hearing of a series, kept until the whole series has been read.
struct Kept {
    id: HearingId,
    case_reference: String,
    kind: HearingKind,
    venue_id: VenueId,
    start: ZonedWallTime,
    utc: Instant,
    duration_minutes: u32,
    status: HearingStatus,
    ical_uid: String,
    sequence: u32,
    link: Option<String>,
}

impl Kept {
    fn of(s: &Sitting<'_>) -> Self {
        Self {
            id: s.id,
            case_reference: s.case_reference.to_owned(),
            kind: s.kind,
            venue_id: s.venue_id,
            start: s.start,
            utc: s.utc,
            duration_minutes: s.duration_minutes,
            status: s.status,
            ical_uid: s.ical_uid.to_owned(),
            sequence: s.sequence,
            link: s.link.map(str::to_owned),
        }
    }

    fn sitting(&self) -> Sitting<'_> {
        Sitting {
            id: self.id,
            case_reference: &self.case_reference,
            kind: self.kind,
            venue_id: self.venue_id,
            start: self.start,
            utc: self.utc,
            duration_minutes: self.duration_minutes,
            status: self.status,
            ical_uid: &self.ical_uid,
            sequence: self.sequence,
            link: self.link.as_deref(),
            series_id: None,
        }
    }
}

/// Everything an event is made from besides its hearing.
struct Context {
    lang: Lang,
    people: People,
    shown: Vec<Shown>,
    venues: HashMap<VenueId, String>,
    kinds: Vec<(HearingKind, String)>,
}

impl Context {
    fn kind(&self, k: HearingKind) -> &str {
        self.kinds
            .iter()
            .find(|(kind, _)| *kind == k)
            .map(|(_, l)| l.as_str())
            .unwrap_or_default()
    }

    /// Fills `e` (reusing its buffers) with the VEVENT of one hearing.
    fn fill(&self, e: &mut Event, s: &Sitting<'_>) -> Result<(), AppError> {
        let lang = self.lang;
        let zone = s.start.zone;
        let start = s.start.local;
        let label = self.kind(s.kind);
        e.uid.clear();
        e.uid.push_str(s.ical_uid);
        e.sequence = s.sequence;
        e.start = When::Zoned(start, zone);
        e.end = When::Zoned(s.ends_utc().local_in(zone), zone);
        e.summary.clear();
        let _ = write!(e.summary, "{label} · {}", s.case_reference);
        let d = &mut e.description;
        d.clear();
        let _ = writeln!(d, "{} · {label}", s.case_reference);
        let positions = self.people.of(s.id);
        for (i, p) in positions.iter().enumerate() {
            if i > 0 {
                d.push('\n');
            }
            if let Some(shown) = self.shown.get(*p as usize) {
                d.push_str(&shown.line);
            }
        }
        d.push('\n');
        let at = Wall(start);
        let z = zone.name();
        let _ = match lang {
            Lang::One(Locale::En) => write!(
                d,
                "Held at {at} {z} time; your calendar shows it in your own zone."
            ),
            Lang::One(Locale::ZhHans) => {
                write!(d, "按 {z} 时间 {at} 举行；日历会按您所在时区显示。")
            }
            _ => write!(
                d,
                "按 {z} 時間 {at} 舉行；日曆會按您所在時區顯示。Held at {at} {z} time."
            ),
        };
        e.location.clear();
        let venue = self
            .venues
            .get(&s.venue_id)
            .ok_or_else(|| AppError::Internal {
                detail: format!("hearing {} has no venue {}", s.id, s.venue_id),
            })?;
        e.location.push_str(venue);
        e.status = Some(match s.status {
            HearingStatus::Confirmed => "CONFIRMED",
            HearingStatus::Cancelled => "CANCELLED",
            _ => "TENTATIVE",
        });
        match (&mut e.conference, s.link) {
            (Some(c), Some(l)) => {
                c.clear();
                c.push_str(l);
            }
            (c, l) => *c = l.map(str::to_owned),
        }
        e.attendees.truncate(positions.len());
        for (i, p) in positions.iter().enumerate() {
            let Some(shown) = self.shown.get(*p as usize) else {
                continue;
            };
            match e.attendees.get_mut(i) {
                Some(a) => a.clone_from(&shown.attendee),
                None => e.attendees.push(shown.attendee.clone()),
            }
        }
        e.rrule = None;
        e.exdates.clear();
        e.recurrence_id = None;
        e.categories.truncate(1);
        match e.categories.first_mut() {
            Some(c) => {
                c.clear();
                c.push_str(s.case_reference);
            }
            None => e.categories.push(s.case_reference.to_owned()),
        }
        Ok(())
    }

    fn event(&self, s: &Sitting<'_>) -> Result<Event, AppError> {
        let mut e = empty_event();
        self.fill(&mut e, s)?;
        Ok(e)
    }
}

/// A wall time as the description shows it: `2026-03-23 16:00`.
struct Wall(LocalDateTime);

impl std::fmt::Display for Wall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = self.0.minute_of_day();
        write!(f, "{} {:02}:{:02}", self.0.date(), m / 60, m % 60)?;
        match self.0.second() {
            0 => Ok(()),
            s => write!(f, ":{s:02}"),
        }
    }
}

fn empty_event() -> Event {
    Event {
        uid: String::new(),
        sequence: 0,
        start: When::Date(CivilDate::MIN),
        end: When::Date(CivilDate::MIN),
        summary: String::new(),
        description: String::new(),
        location: String::new(),
        status: None,
        conference: None,
        attendees: Vec::new(),
        rrule: None,
        exdates: Vec::new(),
        recurrence_id: None,
        categories: Vec::new(),
    }
}

impl App {
    fn plan_ics(&self, q: &IcsExportDto) -> Result<Plan, AppError> {
        let lang = match q.lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Lang::One(self.locale()),
            Some("both") => Lang::Both,
            Some(tag) => {
                Lang::One(Locale::parse(tag).ok_or_else(|| bad("lang", Expected::Locale))?)
            }
        };
        let method = match q.method.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None | Some("file") => Method::None,
            Some("publish") => Method::Publish,
            Some("request") => Method::Request,
            Some("cancel") => Method::Cancel,
            Some(_) => return Err(bad("method", Expected::IcsMethod)),
        };
        let key = q
            .key
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned();
        let scope = match q.scope.trim() {
            "all" | "" => "all",
            "case" => "case",
            "neutral" => "neutral",
            "room" => "room",
            _ => return Err(bad("scope", Expected::IcsScope)),
        };
        if scope != "all" && key.is_empty() {
            return Err(AppError::field("key", FieldProblemReason::Required));
        }
        let date = |f: &str, v: Option<&str>| -> Result<Option<CivilDate>, AppError> {
            v.map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| crate::input_date(f, s))
                .transpose()
        };
        let mut selection = Selection {
            from: date("from", q.from.as_deref())?,
            to: date("to", q.to.as_deref())?,
            ..Selection::default()
        };
        let name = match scope {
            "case" => {
                self.case_by_reference(&key)?;
                selection.case_reference = Some(key.clone());
                format!("Bay Docket · {key}")
            }
            "room" => {
                selection.venue_code = Some(key.clone());
                format!("Bay Docket · {key}")
            }
            "neutral" => {
                selection.participant = Some(format!("neutral:{key}"));
                let neutral = key
                    .parse()
                    .ok()
                    .map(|id| {
                        self.store
                            .read(|c| docket_store::repo::neutrals::get(c, id))
                    })
                    .transpose()?
                    .flatten();
                format!(
                    "Bay Docket · {}",
                    neutral
                        .map(|n| pick(lang, &n.name.en, &n.name.zh))
                        .unwrap_or_default()
                )
            }
            _ => "Bay Docket".to_owned(),
        };
        // The organizer goes into the e-mail's From: header and the ORGANIZER line: it must be one
        // plain address (no CR, LF or other control character, no display name), or the request
        // is refused naming the field. Left empty, the registry's placeholder is used.
        let organizer = match q
            .organizer
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            None => "registry@bay-docket.invalid".to_owned(),
            Some(o) => docket_ics::address::parse(o)
                .ok_or_else(|| AppError::malformed("organizer", Expected::EmailAddress))?
                .to_owned(),
        };
        Ok(Plan {
            lang,
            method,
            scope,
            key,
            selection,
            deadlines: q.deadlines && matches!(scope, "all" | "case"),
            organizer,
            name,
        })
    }

    /// The calendar for a scope and range as text (with the e-mail for an invitation).
    pub fn export_ics(&self, q: &IcsExportDto) -> Result<IcsFileDto, AppError> {
        let plan = self.plan_ics(q)?;
        let mut bytes = Vec::new();
        let w = self.write_ics(&plan, &mut bytes, Path::new(&plan.file_name()))?;
        let text = String::from_utf8(bytes).map_err(|e| AppError::Internal {
            detail: format!("calendar text: {e}"),
        })?;
        let email = plan.is_invitation().then(|| {
            email(
                &plan.organizer,
                &w.recipients,
                &plan.name,
                &plan.name,
                &text,
                plan.method,
            )
        });
        Ok(IcsFileDto {
            file_name: plan.file_name(),
            text,
            hearings: w.hearings,
            series: w.series,
            deadlines: w.deadlines,
            zones: w.zones,
            problems: w.problems,
            email,
        })
    }

    /// Writes the calendar into `dir` under a name made from the scope (and, for an invitation,
    /// the e-mail beside it as `.eml`).
    pub fn save_ics(&self, q: &IcsExportDto, dir: &Path) -> Result<IcsSavedDto, AppError> {
        let plan = self.plan_ics(q)?;
        let path = dir.join(plan.file_name());
        self.save_planned(&plan, &path, true)
    }

    /// Writes the calendar to `path` (and the e-mail beside it when `eml` is set and the export is
    /// an invitation). Each file appears whole or not at all.
    pub fn save_ics_as(
        &self,
        q: &IcsExportDto,
        path: &Path,
        eml: bool,
    ) -> Result<IcsSavedDto, AppError> {
        let plan = self.plan_ics(q)?;
        self.save_planned(&plan, path, eml)
    }

    fn save_planned(&self, plan: &Plan, path: &Path, eml: bool) -> Result<IcsSavedDto, AppError> {
        let mut written = Ok(None);
        let disk = crate::files::write_with(path, |f| {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, f);
            written = self.write_ics(plan, &mut out, path).map(Some);
            match &written {
                Ok(_) => out.flush(),
                // The export failed: the temporary file is dropped, the target left as it was.
                Err(_) => Err(std::io::Error::other("calendar not written")),
            }
        });
        let w = match (written?, disk) {
            (Some(w), Ok(())) => w,
            (_, Err(e)) => return Err(e),
            (None, Ok(())) => {
                return Err(AppError::Internal {
                    detail: "calendar not written".to_owned(),
                });
            }
        };
        let email_file = if eml && plan.is_invitation() {
            let mail = path.with_extension("eml");
            let (head, tail) = email_envelope(
                &plan.organizer,
                &w.recipients,
                &plan.name,
                &plan.name,
                plan.method,
            );
            crate::files::write_with(&mail, |f| {
                f.write_all(head.as_bytes())?;
                std::io::copy(&mut std::fs::File::open(path)?, f)?;
                f.write_all(tail.as_bytes())
            })?;
            Some(mail.display().to_string())
        } else {
            None
        };
        Ok(IcsSavedDto {
            file_name: path.display().to_string(),
            email_file,
            bytes: w.bytes,
            hearings: w.hearings,
            series: w.series,
            deadlines: w.deadlines,
            zones: w.zones,
            problems: w.problems,
        })
    }

    /// Writes the planned calendar into `out`: this thread reads and formats, a second one lints
    /// each chunk and writes it, so the two overlap.
    fn write_ics(
        &self,
        plan: &Plan,
        out: &mut (dyn Write + Send),
        target: &Path,
    ) -> Result<Written, AppError> {
        let (chunks, arrive) = std::sync::mpsc::sync_channel::<String>(4);
        std::thread::scope(|scope| {
            let writer = std::thread::Builder::new()
                .name("ics-writer".to_owned())
                .spawn_scoped(scope, move || {
                    let mut lint = docket_ics::lint::Linter::new();
                    let mut bytes = 0u64;
                    for chunk in arrive {
                        lint.feed(chunk.as_bytes());
                        out.write_all(chunk.as_bytes())?;
                        bytes += chunk.len() as u64;
                    }
                    Ok::<_, std::io::Error>((lint.finish(), bytes))
                })
                .map_err(|e| AppError::Internal {
                    detail: format!("calendar writer: {e}"),
                })?;
            let produced = self.produce_ics(plan, |chunk| {
                chunks.send(chunk).map_err(|_| AppError::Internal {
                    detail: "calendar writer stopped".to_owned(),
                })
            });
            drop(chunks);
            let consumed = writer.join().map_err(|_| AppError::Internal {
                detail: "calendar writer failed".to_owned(),
            })?;
            // A disk error stops the writer first; it is the cause to report.
            let (problems, bytes) = consumed.map_err(|e| crate::files::write_failed(target, &e))?;
            let mut w = produced?;
            w.problems = problems
                .into_iter()
                .map(|p| format!("line {}: {}", p.line, p.what))
                .collect();
            w.bytes = bytes;
            Ok(w)
        })
    }
}

mod produce;
