//! `docket hearings | slots | ics`: booking, moving and listing hearings, the slot finder, and calendar
//! files in and out.

use crate::args::{HearingsCommand, IcsCommand, ParticipantArgs, SlotsCommand};
use crate::output::render;
use crate::roster::neutral_id;
use crate::table;
use docket_app::dto::{
    HearingInputDto, IcsExportDto, MoveHearingDto, ParticipantInputDto, SlotQueryDto,
};
use docket_app::{App, AppError, Locale};

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
                        crate::args::Keep::WallTime => docket_app::dto::TzKeepDto::WallTime,
                        crate::args::Keep::Instant => docket_app::dto::TzKeepDto::Instant,
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
                save: !check,
            })?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        HearingsCommand::Cancel { id } => {
            let h = app.cancel_hearing(&id)?;
            crate::output::emit(&format!("{} {}", h.id, h.starts_local));
            Ok(())
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
