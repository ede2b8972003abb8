//! `docket hearings | slots | ics`: booking, moving and listing hearings, the slot finder, and calendar
//! files in and out.

use crate::output::render;
use crate::roster::neutral_id;
use crate::table;
use clap::{Args, Subcommand};
use docket_app::dto::{
    HearingEditDto, HearingInputDto, IcsExportDto, MoveHearingDto, ParticipantInputDto,
    SlotQueryDto,
};
use docket_app::{App, AppError, Locale};

#[derive(Debug, Args)]
pub struct ParticipantArgs {
    /// A roster neutral (id or unique name); repeat.
    #[arg(long = "neutral")]
    pub neutrals: Vec<String>,
    /// Another participant NAME@ZONE[@HH:MM-HH:MM], e.g. "Ana Lima@America/Sao_Paulo"; repeat.
    #[arg(long = "participant")]
    pub others: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum HearingsCommand {
    /// Future hearings that a newer tz database moved (checked first): old and new hours side by
    /// side. With --id and --keep, decide one: keep its wall time or keep its instant.
    Review {
        #[arg(long)]
        id: Option<String>,
        /// `wall-time` (the usual answer) or `instant`.
        #[arg(long, value_enum, requires = "id")]
        keep: Option<Keep>,
        #[arg(long)]
        json: bool,
    },
    /// List hearings (optionally between two dates, shown in another zone).
    List {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Show times in this IANA zone (default: each hearing's own zone).
        #[arg(long)]
        display_zone: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check and book a hearing; a time in a DST gap or fold is refused unless --earlier/--later.
    Add {
        #[arg(long = "case")]
        case: String,
        /// Local wall time YYYY-MM-DDTHH:MM in the hearing's zone.
        #[arg(long)]
        start: String,
        /// The hearing's zone (online hearings; rooms use their own).
        #[arg(long)]
        zone: Option<String>,
        #[arg(long, default_value_t = 60)]
        minutes: i64,
        /// Room or venue code (default ONLINE).
        #[arg(long, default_value = "ONLINE")]
        room: String,
        #[arg(long, default_value = "procedural_conference")]
        kind: String,
        #[command(flatten)]
        people: ParticipantArgs,
        /// Repeat weekly for this many weeks.
        #[arg(long)]
        weeks: Option<u32>,
        #[arg(long)]
        earlier: bool,
        #[arg(long)]
        later: bool,
        /// Only check; do not book.
        #[arg(long)]
        check: bool,
        #[arg(long)]
        json: bool,
    },
    /// Move a hearing to a new local time (checked first).
    Move {
        id: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        minutes: Option<i64>,
        #[arg(long)]
        earlier: bool,
        #[arg(long)]
        later: bool,
        #[arg(long)]
        check: bool,
        #[arg(long)]
        json: bool,
    },
    /// Cancel a hearing.
    Cancel { id: String },
    /// Correct a hearing's room, kind, length, language, interpretation or participants: the checks
    /// run again; saved only with --save and when nothing blocks.
    Edit {
        id: String,
        /// The venue code, e.g. HK-ES-A.
        #[arg(long)]
        room: Option<String>,
        /// procedural_conference, evidentiary_hearing, mediation_session, award_delivery or other.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        minutes: Option<i64>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        interpretation: Option<String>,
        /// Replace everyone taking part with these (neutrals and others); leave both out to keep them.
        #[command(flatten)]
        who: ParticipantArgs,
        #[arg(long)]
        save: bool,
        #[arg(long)]
        json: bool,
    },
    /// Remove a hearing: it leaves every list, calendar and check (undo with `docket hearings
    /// restore`).
    Remove { id: String },
    /// Bring a removed hearing back as it was, with its checks as they stand now.
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// The checks for a booked hearing.
    Conflicts {
        #[arg(long)]
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SlotsCommand {
    /// The earliest free slots, or why none can exist.
    Find {
        #[command(flatten)]
        people: ParticipantArgs,
        #[arg(long, default_value_t = 60)]
        minutes: i64,
        /// The hearing zone (or use --room).
        #[arg(long)]
        zone: Option<String>,
        #[arg(long)]
        room: Option<String>,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[arg(long, default_value_t = 10)]
        count: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IcsCommand {
    /// Import a calendar: a neutral's busy time (--busy-for) or a holiday list (--holidays HK|CN).
    Import {
        file: std::path::PathBuf,
        /// The neutral (id or unique name) whose calendar this is.
        #[arg(long)]
        busy_for: Option<String>,
        /// HK or CN: the file is a holiday list.
        #[arg(long)]
        holidays: Option<String>,
        /// The zone to read times written without one in (required when the file has any).
        #[arg(long)]
        floating_zone: Option<String>,
        /// With --holidays: the year to import from a feed that covers several.
        #[arg(long)]
        year: Option<i32>,
        /// With --holidays: show what would change; write nothing.
        #[arg(long)]
        preview: bool,
        /// With --holidays: confirm a year more than two years from this one.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Read a calendar file and report what it holds and what could not be read.
    Check {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Export hearings (and deadlines) as an .ics file (or an .eml invitation).
    Export {
        /// Where to write the file.
        #[arg(long)]
        out: std::path::PathBuf,
        #[arg(long = "case")]
        case: Option<String>,
        /// A neutral's schedule (id or unique name).
        #[arg(long)]
        neutral: Option<String>,
        /// A room's bookings (venue code).
        #[arg(long)]
        room: Option<String>,
        /// Everything (the default).
        #[arg(long)]
        all: bool,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// en, zh-Hans, zh-Hant or both.
        #[arg(long)]
        lang: Option<String>,
        /// Include the cases' deadlines as all-day events.
        #[arg(long)]
        deadlines: bool,
        /// file (default), publish, request or cancel.
        #[arg(long)]
        method: Option<String>,
        /// The organizer's e-mail address for invitations.
        #[arg(long)]
        organizer: Option<String>,
        /// Also write the invitation as an .eml next to the file (request or cancel).
        #[arg(long)]
        eml: bool,
        #[arg(long)]
        json: bool,
    },
}

/// What to keep when a newer tz database moved a hearing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Keep {
    WallTime,
    Instant,
}

fn people(app: &App, args: &ParticipantArgs) -> Result<Vec<ParticipantInputDto>, AppError> {
    let mut out = Vec::new();
    for n in &args.neutrals {
        out.push(ParticipantInputDto {
            kind: "neutral".into(),
            ref_id: Some(neutral_id(app, n)?),
            ..ParticipantInputDto::default()
        });
    }
    for p in &args.others {
        let mut parts = p.split('@');
        out.push(ParticipantInputDto {
            kind: "other".into(),
            name: parts.next().map(str::to_owned),
            zone: parts.next().map(str::to_owned),
            hours: parts.next().map(str::to_owned),
            ..ParticipantInputDto::default()
        });
    }
    Ok(out)
}

fn choose(earlier: bool, later: bool) -> Option<String> {
    match (earlier, later) {
        (true, _) => Some("earlier".into()),
        (_, true) => Some("later".into()),
        _ => None,
    }
}

pub fn hearings(app: &mut App, l: Locale, command: HearingsCommand) -> Result<(), AppError> {
    match command {
        HearingsCommand::Review { id, keep, json } => {
            let list = match (id, keep) {
                (Some(id), Some(keep)) => app.decide_tz_review(
                    &id,
                    match keep {
                        Keep::WallTime => docket_app::dto::TzKeepDto::WallTime,
                        Keep::Instant => docket_app::dto::TzKeepDto::Instant,
                    },
                )?,
                _ => {
                    app.review_time_zones()?;
                    app.tz_reviews()?
                }
            };
            render(json, &list, |list| table::tz_reviews(l, list))
        }
        HearingsCommand::List {
            from,
            to,
            display_zone,
            json,
        } => {
            let list =
                app.hearings_between(from.as_deref(), to.as_deref(), display_zone.as_deref())?;
            render(json, &list, |list| table::hearings(l, list))
        }
        HearingsCommand::Add {
            case,
            start,
            zone,
            minutes,
            room,
            kind,
            people: who,
            weeks,
            earlier,
            later,
            check,
            json,
        } => {
            let input = HearingInputDto {
                case_reference: case,
                kind,
                venue_code: room,
                start,
                zone,
                minutes,
                participants: people(app, &who)?,
                choose: choose(earlier, later),
                weeks,
                save: !check,
                ..HearingInputDto::default()
            };
            let c = app.schedule_hearing(&input)?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        HearingsCommand::Move {
            id,
            start,
            minutes,
            earlier,
            later,
            check,
            json,
        } => {
            let c = app.move_hearing(&MoveHearingDto {
                id,
                start,
                zone: None,
                minutes,
                choose: choose(earlier, later),
                venue_code: None,
                save: !check,
            })?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        HearingsCommand::Cancel { id } => {
            let h = app.cancel_hearing(&id)?;
            crate::output::emit(&format!("{} {}", h.id, h.starts_local));
            Ok(())
        }
        HearingsCommand::Edit {
            id,
            room,
            kind,
            minutes,
            language,
            interpretation,
            who,
            save,
            json,
        } => {
            let participants = if who.neutrals.is_empty() && who.others.is_empty() {
                None
            } else {
                Some(people(app, &who)?)
            };
            let c = app.update_hearing(&HearingEditDto {
                id,
                venue_code: room,
                kind,
                minutes,
                language,
                interpretation,
                participants,
                save,
            })?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        HearingsCommand::Remove { id } => {
            app.remove_hearing(&id)?;
            crate::output::emit(&match l {
                Locale::En => format!(
                    "Removed the hearing. Undo with: docket hearings restore {}",
                    id.trim()
                ),
                Locale::ZhHans => {
                    format!("已删除庭审。撤销：docket hearings restore {}", id.trim())
                }
                Locale::ZhHant => {
                    format!("已刪除聆訊。復原：docket hearings restore {}", id.trim())
                }
            });
            Ok(())
        }
        HearingsCommand::Restore { id, json } => {
            let c = app.restore_hearing(&id)?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        HearingsCommand::Conflicts { id, json } => {
            let c = app.hearing_conflicts(&id)?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
    }
}

pub fn slots(app: &mut App, l: Locale, command: SlotsCommand) -> Result<(), AppError> {
    match command {
        SlotsCommand::Find {
            people: who,
            minutes,
            zone,
            room,
            from,
            to,
            count,
            json,
        } => {
            let s = app.find_slots(&SlotQueryDto {
                participants: people(app, &who)?,
                minutes,
                zone,
                venue_code: room,
                from,
                to,
                window: None,
                count: Some(count),
            })?;
            render(json, &s, |s| table::slots(l, s))
        }
    }
}

pub fn ics(app: &mut App, l: Locale, command: IcsCommand) -> Result<(), AppError> {
    match command {
        IcsCommand::Import {
            file,
            busy_for,
            holidays,
            floating_zone,
            year,
            preview,
            yes,
            json,
        } => {
            if let (None, Some(cal)) = (&busy_for, &holidays) {
                return crate::holidays::import(
                    app,
                    l,
                    crate::holidays::ImportRequest {
                        calendar: cal,
                        file: &file,
                        year,
                        preview,
                        yes,
                        json,
                    },
                );
            }
            let bytes = std::fs::read(&file).map_err(|e| AppError::FileUnreadable {
                path: file.display().to_string(),
                reason: e.to_string(),
            })?;
            let source = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match (busy_for, holidays) {
                (Some(n), _) => {
                    let id = neutral_id(app, &n)?;
                    let r = app.import_busy(&id, &bytes, &source, floating_zone.as_deref())?;
                    render(json, &r, |r| {
                        crate::output::emit(&format!(
                            "{}: +{} {}, {} {}, {} {}, {} {}",
                            r.neutral.en,
                            r.added,
                            l.pick("busy periods", "个忙碌时段", "個忙碌時段"),
                            r.unchanged,
                            l.pick("unchanged", "个未变", "個未變"),
                            r.floating,
                            l.pick(
                                "without a zone (read in their home zone)",
                                "无时区（按所在时区读取）",
                                "無時區（按所在時區讀取）"
                            ),
                            r.skipped,
                            l.pick("free or cancelled", "空闲或已取消", "空閒或已取消"),
                        ));
                        for q in &r.quarantined {
                            crate::output::emit(&format!("! {q}"));
                        }
                    })
                }
                // A holiday list was imported above, before the file was read here.
                (None, Some(_)) => Ok(()),
                (None, None) => Err(AppError::field(
                    "busy_for",
                    docket_app::FieldProblemReason::Required,
                )),
            }
        }
        IcsCommand::Check { file, json } => {
            let bytes = std::fs::read(&file).map_err(|e| AppError::FileUnreadable {
                path: file.display().to_string(),
                reason: e.to_string(),
            })?;
            let c = app.check_ics(&bytes);
            render(json, &c, |c| {
                crate::output::emit(&format!(
                    "{} {}, {} {}",
                    c.events,
                    l.pick("events", "个事件", "個事件"),
                    c.timezones.len(),
                    l.pick("time zones", "个时区", "個時區")
                ));
                for z in &c.timezones {
                    crate::output::emit(&format!("  TZID {z}"));
                }
                for p in &c.problems {
                    crate::output::emit(&format!("! {p}"));
                }
            })
        }
        IcsCommand::Export {
            out,
            case,
            neutral,
            room,
            all: _,
            from,
            to,
            lang,
            deadlines,
            method,
            organizer,
            eml,
            json,
        } => {
            let (scope, key) = match (case, neutral, room) {
                (Some(c), _, _) => ("case", Some(c)),
                (_, Some(n), _) => ("neutral", Some(neutral_id(app, &n)?)),
                (_, _, Some(r)) => ("room", Some(r)),
                _ => ("all", None),
            };
            let f = app.save_ics_as(
                &IcsExportDto {
                    scope: scope.to_owned(),
                    key,
                    from,
                    to,
                    lang,
                    deadlines,
                    method,
                    organizer,
                },
                &out,
                eml,
            )?;
            if json {
                crate::output::print_json(&serde_json::json!({
                    "file": out.display().to_string(),
                    "email_file": f.email_file,
                    "bytes": f.bytes,
                    "hearings": f.hearings,
                    "series": f.series,
                    "deadlines": f.deadlines,
                    "zones": f.zones,
                    "problems": f.problems,
                }))
            } else {
                crate::output::emit(&format!(
                    "{} {}: {} {}, {} {}, {} {}",
                    l.pick("Wrote", "已写入", "已寫入"),
                    out.display(),
                    f.hearings,
                    l.pick("hearings", "场庭审", "場聆訊"),
                    f.series,
                    l.pick("series", "个系列", "個系列"),
                    f.deadlines,
                    l.pick("deadlines", "个期限", "個期限"),
                ));
                if let Some(mail) = &f.email_file {
                    crate::output::emit(&format!(
                        "{} {mail}",
                        l.pick("Invitation e-mail:", "邀请邮件：", "邀請電郵：")
                    ));
                }
                for p in &f.problems {
                    crate::output::emit(&format!("! {p}"));
                }
                Ok(())
            }
        }
    }
}
