//! Exits: close a case (withdrawn, settled — in arbitration optionally as a consent award —,
//! terminated, dismissed), suspend and resume it, and undo the latest exit. Each asks for a date and
//! a reason, is checked by the domain against its model's exits at its stage, names the clerk in the
//! audit trail, and stops the deadlines it ends (which stay listed as no longer running); undo, by the
//! clerk who made it while nothing later depends on it, puts the case and its deadlines back.

use super::insert_deadlines;
use crate::dto::{CaseDetailDto, CaseExitDto, ExitInputDto, ExitKindDto};
use crate::error::ExitRefusal;
use crate::{App, AppError};
use docket_domain::case::Case;
use docket_domain::workflow;
use docket_domain::workflow::exits::{
    self, CaseAt, ExitKind, RecordedExit, RunningDeadline, check_exit, check_undo,
};
use docket_store::StoreError;
use docket_store::repo;
use docket_store::repo::cases::exits::{ExitRow, NewExit};

/// What the case page needs to offer exits: the exit that stands, the exits allowed now, and
/// whether a settlement may be a consent award.
pub(crate) struct ExitState {
    pub standing: Option<CaseExitDto>,
    pub allowed: Vec<ExitKindDto>,
    pub consent_award: bool,
}

fn refused(e: exits::ExitRefusal) -> AppError {
    AppError::ExitRefused(ExitRefusal::from(e))
}

/// The case as the exit checks see it: its latest event is its stage's date or its last standing
/// exit's, whichever is later.
fn case_at(case: &Case, standing: &[ExitRow]) -> CaseAt {
    let since = standing
        .iter()
        .map(|e| e.date)
        .chain([case.stage_date])
        .max()
        .unwrap_or(case.stage_date);
    CaseAt {
        model: case.model,
        status: case.status,
        stage: case.stage,
        since,
    }
}

impl App {
    /// The exit state of a case, for its page.
    pub(crate) fn exit_state(&self, case: &Case) -> Result<ExitState, AppError> {
        let (standing, last_event, clerk) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::cases::exits::standing(c, case.id)?,
                repo::cases::exits::last_event(c, case.id)?,
                repo::settings::get(c, repo::settings::CLERK_NAME)?,
            ))
        })?;
        let at = case_at(case, &standing);
        let latest = standing.last().map(|e| {
            let recorded = recorded(e, last_event);
            let rule = exits::exit_rule(case.model, e.kind, e.stage_before);
            CaseExitDto {
                kind: e.kind.into(),
                date: e.date.to_string(),
                reason: e.reason.clone(),
                consent_award: e.consent_award,
                clerk: e.clerk.clone(),
                can_undo: check_undo(Some(&recorded), clerk.as_deref()).is_ok(),
                verification: rule.map(|r| r.verification.into()),
                source: rule.map(|r| r.source.to_owned()),
            }
        });
        Ok(ExitState {
            standing: latest,
            allowed: exits::exits_allowed(&at)
                .into_iter()
                .map(Into::into)
                .collect(),
            consent_award: exits::consent_award_allowed(&at),
        })
    }

    /// Records an exit on a date, with a reason: closes, suspends or resumes the case, or (a
    /// settlement in arbitration with `consent_award`) records the award on agreed terms, which
    /// starts the award's windows. The deadlines it ends stay listed as no longer running.
    pub fn record_exit(
        &mut self,
        reference: &str,
        input: &ExitInputDto,
    ) -> Result<CaseDetailDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let date = crate::input_date("date", &input.date)?;
        let kind = ExitKind::from(input.kind);
        let reason = input.reason.trim();
        let (standing, stored, ended, limits) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::cases::exits::standing(c, case.id)?,
                repo::workflow::deadlines(c, Some(case.id))?,
                repo::cases::exits::ended(c, Some(case.id))?,
                repo::workflow::time_limits(c)?,
            ))
        })?;
        let effect = check_exit(&case_at(&case, &standing), kind, date, input.consent_award)
            .map_err(refused)?;
        // A resumption ends the latest suspension.
        let resumes = (kind == ExitKind::Resumed)
            .then(|| {
                standing
                    .iter()
                    .rev()
                    .find(|e| e.kind == ExitKind::Suspended)
                    .map(|e| e.id)
            })
            .flatten();
        if kind == ExitKind::Resumed && resumes.is_none() {
            return Err(refused(exits::ExitRefusal::NotSuspended));
        }
        let ends: Vec<&str> = stored
            .iter()
            .filter(|d| !ended.contains_key(&d.id))
            .filter(|d| {
                let fulfilled_by = limits
                    .iter()
                    .find(|l| {
                        l.code == d.limit_code
                            && l.institution
                                == workflow::institution_at(case.model, d.trigger_stage)
                    })
                    .and_then(|l| l.satisfied_by);
                exits::ends_deadline(
                    kind,
                    date,
                    &RunningDeadline {
                        due: d.effective_due(),
                        obligation: fulfilled_by.is_some(),
                        met: fulfilled_by
                            .is_some_and(|s| workflow::reached(case.model, case.stage, s)),
                    },
                )
            })
            .map(|d| d.id.as_str())
            .collect();
        let award = match effect.to_stage {
            Some(stage) => Some((stage, self.stage_deadlines(&case, stage, date, &limits)?)),
            None => None,
        };
        let now = self.clock.now();
        let id = case.id.to_string();
        self.store.write(|tx| -> Result<(), AppError> {
            let exit = repo::cases::exits::insert(
                tx,
                &NewExit {
                    case_id: case.id,
                    kind,
                    consent_award: input.consent_award,
                    date,
                    reason,
                    status_before: case.status,
                    stage_before: case.stage,
                    stage_date_before: case.stage_date,
                    resumes,
                },
                now,
            )?;
            repo::cases::exits::end_deadlines(tx, exit, &ends)?;
            if let Some((stage, created)) = &award {
                repo::cases::set_stage(tx, case.id, *stage, date, reason, now)?;
                insert_deadlines(tx, created, now)?;
                for d in created {
                    repo::cases::exits::mark_created(tx, exit, &d.id)?;
                }
                repo::cases::exits::set_last_event(tx, exit, case.id)?;
            }
            repo::cases::exits::set_status(tx, case.id, effect.status, now)?;
            let award_note = if input.consent_award {
                " consent_award"
            } else {
                ""
            };
            repo::workflow::audit(
                tx,
                "case",
                &id,
                "case_exit",
                Some(&format!("{} {}", case.status.as_str(), case.stage.code())),
                Some(&format!("{} {date}{award_note} {reason}", kind.code())),
                now,
            )?;
            Ok(())
        })?;
        self.case_detail(&case.reference)
    }

    /// Takes back the case's latest exit, if the clerk now using Bay Docket made it and nothing
    /// recorded later depends on it: the case's status and stage, and its deadlines, are as before.
    pub fn undo_exit(&mut self, reference: &str) -> Result<CaseDetailDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let (latest, last_event, clerk) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::cases::exits::latest(c, case.id)?,
                repo::cases::exits::last_event(c, case.id)?,
                repo::settings::get(c, repo::settings::CLERK_NAME)?,
            ))
        })?;
        let recorded_exit = latest.as_ref().map(|e| recorded(e, last_event));
        check_undo(recorded_exit.as_ref(), clerk.as_deref()).map_err(refused)?;
        let Some(exit) = latest else {
            return Err(refused(exits::ExitRefusal::NothingToUndo));
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::cases::exits::undo(tx, &exit, now)?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "case_exit_undone",
                Some(&format!("{} {}", exit.kind.code(), exit.date)),
                Some(&format!(
                    "{} {}",
                    exit.status_before.as_str(),
                    exit.stage_before.code()
                )),
                now,
            )?;
            Ok(())
        })?;
        self.case_detail(&case.reference)
    }
}

/// An exit as the undo check sees it: followed when the case has an event recorded after it.
fn recorded(e: &ExitRow, last_event: i64) -> RecordedExit {
    RecordedExit {
        kind: e.kind,
        clerk: e.clerk.clone(),
        followed: last_event > e.last_event,
    }
}

#[cfg(test)]
mod tests;
