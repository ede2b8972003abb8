//! Changing one day of a holiday calendar or of the closure days by hand: add, correct or remove a
//! listed day (with a reason, kept in `holiday_changes` with what it was and what it became), add or
//! remove a closure day. Each change can be previewed first (which running case deadlines it would
//! move, computed on the calendars as they are and as they would be), is audited with the clerk's
//! name, and comes back with the change that undoes it.

use super::day_dto;
use crate::deadlines::DeadlineData;
use crate::dto::{
    BilingualDto, CalendarDto, CalendarEditDoneDto, CalendarEditDto, CalendarEditPreviewDto,
    ClosureDayDto, HolidayDayDto, MovedDeadlineDto,
};
use crate::error::Expected;
use crate::{App, AppError, FieldProblemReason};
use docket_domain::deadline::{
    self, CalendarEntry, ClosureDay, DeadlineRequest, EntryKind, HolidayCalendar, Jurisdiction,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Zone};
use docket_store::StoreError;
use docket_store::repo;

/// What a planned change writes.
enum Write {
    Put(Jurisdiction, CalendarEntry, String),
    Remove(Jurisdiction, CivilDate, String),
    AddClosure(ClosureDay),
    RemoveClosure(CivilDate),
}

/// A change worked out but not written: the data as it would be, what it writes, its undo and its
/// audit entry.
struct Plan {
    after: DeadlineData,
    before_day: Option<HolidayDayDto>,
    after_day: Option<HolidayDayDto>,
    write: Write,
    undo: CalendarEditDto,
    /// entity id, action, old, new.
    audit: (String, &'static str, Option<String>, Option<String>),
}

fn jurisdiction(c: CalendarDto) -> Jurisdiction {
    match c {
        CalendarDto::HK => Jurisdiction::HongKong,
        CalendarDto::CN => Jurisdiction::Mainland,
    }
}

fn required(field: &str, value: &str) -> Result<(), AppError> {
    if value.trim().is_empty() {
        Err(AppError::field(field, FieldProblemReason::Required))
    } else {
        Ok(())
    }
}

fn names(en: &str, zh: &str) -> Result<Bilingual, AppError> {
    if en.trim().is_empty() && zh.trim().is_empty() {
        return Err(AppError::field("name_en", FieldProblemReason::Required));
    }
    Ok(Bilingual::new(en.trim(), zh.trim()))
}

/// A listed day as the audit trail keeps it.
fn entry_text(e: &CalendarEntry) -> String {
    serde_json::json!({
        "kind": e.kind.as_str(),
        "name_en": e.name.en,
        "name_zh": e.name.zh,
        "source": e.source,
    })
    .to_string()
}

fn closure_text(c: &ClosureDay) -> String {
    serde_json::json!({ "name_en": c.name.en, "name_zh": c.name.zh }).to_string()
}

fn closure_day_dto(c: &ClosureDay) -> HolidayDayDto {
    HolidayDayDto {
        working: false,
        name: BilingualDto::term(&c.name),
    }
}

/// The undo's reason: the reason of the change it undoes, marked as an undo.
fn undo_reason(reason: &str) -> String {
    format!("Undo: {}", reason.trim())
}

impl App {
    /// The closure days, earliest first.
    pub fn closure_days(&self) -> Result<Vec<ClosureDayDto>, AppError> {
        Ok(self
            .store
            .read(repo::holidays::closures)?
            .iter()
            .map(|c| ClosureDayDto {
                date: c.date.to_string(),
                weekday: c.date.iso_weekday(),
                name: BilingualDto::term(&c.name),
            })
            .collect())
    }

    fn plan_calendar_edit(
        &self,
        edit: &CalendarEditDto,
        before: &DeadlineData,
    ) -> Result<Plan, AppError> {
        let mut after = DeadlineData {
            hong_kong: before.hong_kong.clone(),
            mainland: before.mainland.clone(),
            weather: before.weather.clone(),
            closures: before.closures.clone(),
        };
        let calendar_of = |j: Jurisdiction| match j {
            Jurisdiction::HongKong => &before.hong_kong,
            Jurisdiction::Mainland => &before.mainland,
        };
        let set_calendar = |after: &mut DeadlineData, cal: HolidayCalendar| {
            if cal.jurisdiction == Jurisdiction::HongKong {
                after.hong_kong = cal;
            } else {
                after.mainland = cal;
            }
        };
        match edit {
            CalendarEditDto::SetHoliday {
                calendar,
                date,
                working,
                name_en,
                name_zh,
                reason,
            } => {
                let j = jurisdiction(*calendar);
                let date: CivilDate = crate::input_date("date", date)?;
                if *working && j == Jurisdiction::HongKong {
                    return Err(AppError::malformed("kind", Expected::HolidayKind));
                }
                let name = names(name_en, name_zh)?;
                required("reason", reason)?;
                let cal = calendar_of(j);
                if !cal.years().any(|y| y == date.year()) {
                    return Err(AppError::NoHolidayData {
                        calendar: *calendar,
                        year: date.year(),
                    });
                }
                let entry = CalendarEntry {
                    date,
                    kind: if *working {
                        EntryKind::MakeUpWorkday
                    } else {
                        EntryKind::DayOff
                    },
                    name,
                    source: format!("Clerk: {}", reason.trim()),
                };
                let existing = cal.official_entry(date).cloned();
                set_calendar(&mut after, cal.with_entry(entry.clone()));
                let undo = match &existing {
                    Some(e) => CalendarEditDto::SetHoliday {
                        calendar: *calendar,
                        date: date.to_string(),
                        working: e.kind == EntryKind::MakeUpWorkday,
                        name_en: e.name.en.clone(),
                        name_zh: e.name.zh.clone(),
                        reason: undo_reason(reason),
                    },
                    None => CalendarEditDto::RemoveHoliday {
                        calendar: *calendar,
                        date: date.to_string(),
                        reason: undo_reason(reason),
                    },
                };
                Ok(Plan {
                    after,
                    before_day: existing.as_ref().map(day_dto),
                    after_day: Some(day_dto(&entry)),
                    audit: (
                        format!("{} {date}", j.code()),
                        if existing.is_some() {
                            "holiday_corrected"
                        } else {
                            "holiday_added"
                        },
                        existing.as_ref().map(entry_text),
                        Some(entry_text(&entry)),
                    ),
                    write: Write::Put(j, entry, reason.trim().to_owned()),
                    undo,
                })
            }
            CalendarEditDto::RemoveHoliday {
                calendar,
                date,
                reason,
            } => {
                let j = jurisdiction(*calendar);
                let date: CivilDate = crate::input_date("date", date)?;
                required("reason", reason)?;
                let cal = calendar_of(j);
                let Some(existing) = cal.official_entry(date).cloned() else {
                    return Err(AppError::field(
                        "date",
                        FieldProblemReason::UnknownReference,
                    ));
                };
                set_calendar(&mut after, cal.without_entry(date));
                Ok(Plan {
                    after,
                    before_day: Some(day_dto(&existing)),
                    after_day: None,
                    audit: (
                        format!("{} {date}", j.code()),
                        "holiday_removed",
                        Some(entry_text(&existing)),
                        None,
                    ),
                    write: Write::Remove(j, date, reason.trim().to_owned()),
                    undo: CalendarEditDto::SetHoliday {
                        calendar: *calendar,
                        date: date.to_string(),
                        working: existing.kind == EntryKind::MakeUpWorkday,
                        name_en: existing.name.en,
                        name_zh: existing.name.zh,
                        reason: undo_reason(reason),
                    },
                })
            }
            CalendarEditDto::AddClosure {
                date,
                name_en,
                name_zh,
            } => {
                let date: CivilDate = crate::input_date("date", date)?;
                let name = names(name_en, name_zh)?;
                if before.closures.iter().any(|c| c.date == date) {
                    return Err(AppError::field("date", FieldProblemReason::Duplicate));
                }
                let closure = ClosureDay { date, name };
                after.closures.push(closure.clone());
                Ok(Plan {
                    after,
                    before_day: None,
                    after_day: Some(closure_day_dto(&closure)),
                    audit: (
                        format!("closure {date}"),
                        "closure_added",
                        None,
                        Some(closure_text(&closure)),
                    ),
                    write: Write::AddClosure(closure),
                    undo: CalendarEditDto::RemoveClosure {
                        date: date.to_string(),
                    },
                })
            }
            CalendarEditDto::RemoveClosure { date } => {
                let date: CivilDate = crate::input_date("date", date)?;
                let Some(existing) = before.closures.iter().find(|c| c.date == date).cloned()
                else {
                    return Err(AppError::field(
                        "date",
                        FieldProblemReason::UnknownReference,
                    ));
                };
                after.closures.retain(|c| c.date != date);
                Ok(Plan {
                    after,
                    before_day: Some(closure_day_dto(&existing)),
                    after_day: None,
                    audit: (
                        format!("closure {date}"),
                        "closure_removed",
                        Some(closure_text(&existing)),
                        None,
                    ),
                    write: Write::RemoveClosure(date),
                    undo: CalendarEditDto::AddClosure {
                        date: date.to_string(),
                        name_en: existing.name.en,
                        name_zh: existing.name.zh,
                    },
                })
            }
        }
    }

    /// The running case deadlines (of cases not removed, not ended by an exit, not overridden)
    /// whose date differs between the two sets of calendars; those due before today on both are
    /// left out.
    fn moved_deadlines(
        &self,
        before: &DeadlineData,
        after: &DeadlineData,
    ) -> Result<Vec<MovedDeadlineDto>, AppError> {
        let (stored, labels, ended) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::workflow::deadlines(c, None)?,
                repo::cases::labels(c)?,
                repo::cases::exits::ended(c, None)?,
            ))
        })?;
        let today = self.clock.now().date_in(Zone::hong_kong());
        let (b, a) = (before.context(), after.context());
        let mut out: Vec<(Option<CivilDate>, MovedDeadlineDto)> = Vec::new();
        for d in &stored {
            let Some(label) = labels.iter().find(|l| l.id == d.case_id) else {
                continue;
            };
            if d.override_due.is_some() || ended.contains_key(&d.id) {
                continue;
            }
            let req = DeadlineRequest {
                rule: d.rule,
                trigger: d.trigger_date,
                period: d.period,
                receipt: d.receipt,
            };
            let was = deadline::compute(&req, &b).ok().map(|c| c.due);
            let will = deadline::compute(&req, &a).ok().map(|c| c.due);
            if was == will || (was.is_some_and(|w| w < today) && will.is_some_and(|w| w < today)) {
                continue;
            }
            out.push((
                was.or(will),
                MovedDeadlineDto {
                    deadline_id: d.id.clone(),
                    case_reference: label.reference.clone(),
                    name: BilingualDto::term(&d.name),
                    before: was.map(|x| x.to_string()),
                    after: will.map(|x| x.to_string()),
                },
            ));
        }
        out.sort_by(|x, y| {
            x.0.cmp(&y.0)
                .then(x.1.case_reference.cmp(&y.1.case_reference))
        });
        Ok(out.into_iter().map(|(_, m)| m).collect())
    }

    /// What a change to a holiday calendar or the closure days would do: the day before and after,
    /// and the running deadlines it would move. Nothing is written.
    pub fn preview_calendar_edit(
        &self,
        edit: &CalendarEditDto,
    ) -> Result<CalendarEditPreviewDto, AppError> {
        let before = self.deadline_data()?;
        let plan = self.plan_calendar_edit(edit, &before)?;
        Ok(CalendarEditPreviewDto {
            moved: self.moved_deadlines(&before, &plan.after)?,
            before: plan.before_day,
            after: plan.after_day,
        })
    }

    /// Makes a change to a holiday calendar or the closure days in one transaction, with its audit
    /// entry (the clerk's name, the day before and after); calendar days also keep their change in
    /// the calendar's history. Returns the deadlines it moved and the change that undoes it.
    pub fn edit_calendar(
        &mut self,
        edit: &CalendarEditDto,
    ) -> Result<CalendarEditDoneDto, AppError> {
        let before = self.deadline_data()?;
        let plan = self.plan_calendar_edit(edit, &before)?;
        let moved = self.moved_deadlines(&before, &plan.after)?;
        let now = self.clock.now();
        let (entity_id, action, old, new) = &plan.audit;
        self.store.write(|tx| -> Result<(), AppError> {
            match &plan.write {
                Write::Put(j, entry, reason) => {
                    repo::holidays::put_entry(tx, *j, entry, reason, now)?;
                }
                Write::Remove(j, date, reason) => {
                    repo::holidays::remove_entry(tx, *j, *date, reason, now)?;
                }
                Write::AddClosure(c) => repo::holidays::add_closure(tx, c, now)?,
                Write::RemoveClosure(date) => repo::holidays::remove_closure(tx, *date)?,
            }
            repo::workflow::audit(
                tx,
                "holiday_calendar",
                entity_id,
                action,
                old.as_deref(),
                new.as_deref(),
                now,
            )?;
            Ok(())
        })?;
        Ok(CalendarEditDoneDto {
            moved,
            undo: plan.undo,
        })
    }
}

#[cfg(test)]
mod tests;
