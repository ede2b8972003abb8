//! Case use cases: open a case, move it forward stage by stage (creating its deadlines), show its
//! timeline, list deadlines across cases, and override a date with a reason.

use crate::deadlines::due_or_raw_end;
use crate::dto::{
    BilingualDto, CaseDetailDto, CaseDto, CasePreviewDto, NewCaseDto, RulesEditionDto, StageDto,
    StageStateDto, ThresholdDto,
};
use crate::error::{Expected, MoveRefusal};
use crate::i18n::stage_label;
use crate::{App, AppError, Entity, FieldProblem, FieldProblemReason};
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::deadline::DeadlineRequest;
use docket_domain::id::CaseId;
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Instant};
use docket_domain::validation::{self, FieldError};
use docket_domain::workflow::{
    self, CaseDeadline, Stage, TimeLimit, WorkflowError, arbitration_institution,
};
use docket_store::StoreError;
use docket_store::Transaction;
use docket_store::repo;

/// A stage code from the clerk, or a field error naming `stage`.
fn parse_stage(s: &str) -> Result<Stage, AppError> {
    Stage::parse(s).ok_or_else(|| AppError::malformed("stage", Expected::Stage))
}

/// Parses a decimal amount such as `12,500,000.50` into minor units.
fn parse_amount(s: &str) -> Option<i64> {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_'))
        .collect();
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(frac)
}

/// The titles of a case, checked as opening a case (and correcting one) checks them: at least one.
pub(crate) fn checked_titles(
    title_en: &str,
    title_zh: &str,
    problems: &mut Vec<FieldProblem>,
) -> (String, String) {
    let (title_en, title_zh) = (title_en.trim().to_owned(), title_zh.trim().to_owned());
    if title_en.is_empty() && title_zh.is_empty() {
        problems.push(FieldProblem::new("title_en", FieldProblemReason::Required));
    }
    (title_en, title_zh)
}

/// The amount in dispute (minor units), its currency and the case's language, checked as opening a
/// case (and correcting one) checks them, adding a problem per field that is wrong.
pub(crate) fn checked_terms(
    amount: Option<&str>,
    currency: Option<&str>,
    language: &str,
    problems: &mut Vec<FieldProblem>,
) -> (Option<i64>, Option<String>, String) {
    let amount = match amount.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => match parse_amount(s) {
            Some(a) => Some(a),
            None => {
                problems.push(FieldProblem::malformed("amount", Expected::Amount));
                None
            }
        },
    };
    let currency = currency
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty());
    if currency
        .as_deref()
        .is_some_and(|c| c.len() != 3 || !c.chars().all(|x| x.is_ascii_alphabetic()))
    {
        problems.push(FieldProblem::malformed("currency", Expected::Currency));
    }
    if amount.is_some() && currency.is_none() {
        problems.push(FieldProblem::new("currency", FieldProblemReason::Required));
    }
    let language = match language.trim() {
        "" => "en".to_owned(),
        l => l.to_owned(),
    };
    if !docket_domain::codes::is_language_tag(&language) {
        problems.push(FieldProblem::malformed(
            "case_language",
            Expected::LanguageTag,
        ));
    }
    (amount, currency, language)
}

impl App {
    pub(crate) fn case_by_reference(&self, reference: &str) -> Result<Case, AppError> {
        self.store
            .read(|c| repo::cases::by_reference(c, reference))?
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Case,
                key: reference.trim().to_owned(),
            })
    }

    /// Opens a case at the first stage of its workflow.
    pub fn create_case(&mut self, input: &NewCaseDto) -> Result<CaseDto, AppError> {
        let (case, _) = self.validate_new_case(input)?;
        // The first stage can start periods of its own (the reply to a request for mediation).
        let limits = self.store.read(repo::workflow::time_limits)?;
        let opening = self.opening_deadlines(&case, &limits)?;
        let now = self.clock.now();
        self.store
            .write(|tx| write_new_case(tx, &case, &opening, now))?;
        Ok(CaseDto::new(
            &case,
            0,
            stage_label(self.locale(), case.stage),
        ))
    }

    /// What opening this case would do, without saving anything: the rules edition and procedure its
    /// filing date and amount select, its stages, and the deadlines its first stage starts.
    pub fn preview_case(&self, input: &NewCaseDto) -> Result<CasePreviewDto, AppError> {
        let (case, threshold) = self.validate_new_case(input)?;
        let l = self.locale();
        let (limits, editions) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::workflow::time_limits(c)?,
                repo::workflow::rules_editions(c)?,
            ))
        })?;
        let opening = self.opening_deadlines(&case, &limits)?;
        let label = repo::cases::CaseLabel {
            id: case.id,
            reference: case.reference.clone(),
            model: case.model,
            stage: case.stage,
        };
        Ok(CasePreviewDto {
            institution: arbitration_institution(case.model).into(),
            rules: workflow::rules_for(&editions, case.model, case.filed_on).map(edition_dto),
            procedure: case.procedure.into(),
            threshold: threshold.map(|t| ThresholdDto {
                institution: t.institution.into(),
                currency: t.currency.clone(),
                max: format!("{}.{:02}", t.max_minor / 100, t.max_minor % 100),
                effective_from: t.effective_from.to_string(),
                verification: t.verification.into(),
                source: t.source.clone(),
            }),
            stages: workflow::stages(case.model)
                .iter()
                .map(|s| stage_label(l, *s).to_owned())
                .collect(),
            deadlines: self.deadline_dtos(&opening, std::slice::from_ref(&label))?,
        })
    }

    /// Checks a new case and builds it (not yet saved), with the expedited threshold that decided its
    /// procedure.
    pub(crate) fn validate_new_case(
        &self,
        input: &NewCaseDto,
    ) -> Result<(Case, Option<workflow::Threshold>), AppError> {
        let mut problems = Vec::new();
        // A safe character set, checked in the domain: the reference names exported files.
        let reference = match docket_domain::case::check_reference(&input.reference) {
            Ok(r) => r,
            Err(reason) => {
                problems.push(FieldProblem::from(FieldError::new("reference", reason)));
                String::new()
            }
        };
        let (title_en, title_zh) = checked_titles(&input.title_en, &input.title_zh, &mut problems);
        let model = CaseModel::parse(&input.model);
        if model.is_none() {
            problems.push(FieldProblem::malformed("model", Expected::CaseModel));
        }
        let filed_on = validation::supported_date(&input.filed_on);
        if let Err(reason) = &filed_on {
            problems.push(FieldProblem::from(FieldError::new(
                "filed_on",
                reason.clone(),
            )));
        }
        let (amount, currency, language) = checked_terms(
            input.amount.as_deref(),
            input.currency.as_deref(),
            &input.language,
            &mut problems,
        );
        if !reference.is_empty()
            && self
                .store
                .read(|c| repo::cases::by_reference_any(c, &reference))?
                .is_some()
        {
            problems.push(FieldProblem::new(
                "reference",
                FieldProblemReason::Duplicate,
            ));
        }
        let (Some(model), Ok(filed_on)) = (model, filed_on) else {
            return Err(AppError::Validation { fields: problems });
        };
        if !problems.is_empty() {
            return Err(AppError::Validation { fields: problems });
        }
        if !input.confirm {
            self.confirm_filing_date(filed_on)?;
        }
        let thresholds = self.store.read(repo::workflow::thresholds)?;
        // A mediation has no expedited procedure: the thresholds are the arbitration rules'.
        let (procedure, threshold) = if model.is_mediation_only() {
            (workflow::Procedure::Ordinary, None)
        } else {
            workflow::procedure_for(
                &thresholds,
                arbitration_institution(model),
                filed_on,
                amount,
                currency.as_deref().unwrap_or(""),
            )
        };
        let threshold = threshold.cloned();
        let first = workflow::stages(model)
            .first()
            .copied()
            .unwrap_or(Stage::ArbitrationFiled);
        let case = Case {
            id: CaseId::from_uuid(self.ids.next_uuid()),
            reference,
            title: Bilingual::new(title_en, title_zh),
            model,
            status: CaseStatus::Open,
            filed_on,
            language,
            stage: first,
            stage_date: filed_on,
            amount_minor: amount,
            currency,
            procedure,
        };
        Ok((case, threshold))
    }

    /// A filing date more than a year after today or before 1990 is asked about first: it is far
    /// more often a typing slip than a real case.
    fn confirm_filing_date(&self, filed_on: CivilDate) -> Result<(), AppError> {
        let today = self.today();
        let reason = if filed_on.year() < 1990 {
            Some(crate::UnconfirmedReason::LongAgo)
        } else if today.days_until(filed_on) > 366 {
            Some(crate::UnconfirmedReason::FarFuture)
        } else {
            None
        };
        match reason {
            None => Ok(()),
            Some(reason) => Err(AppError::Unconfirmed {
                field: "filed_on".to_owned(),
                value: filed_on.to_string(),
                reason,
            }),
        }
    }

    /// Moves a case to the next stage on `date`, creating the deadlines that stage triggers.
    pub fn advance_case(
        &mut self,
        reference: &str,
        stage: &str,
        date: &str,
        note: &str,
    ) -> Result<CaseDetailDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let to = parse_stage(stage)?;
        let date = crate::input_date("date", date)?;
        if case.status != CaseStatus::Open {
            return Err(AppError::MoveRefused(MoveRefusal::NotOpen {
                status: case.status.into(),
            }));
        }
        let visited = self.visited(case.id)?;
        workflow::check_move(case.model, &visited, case.stage_date, to, date)
            .map_err(|e| self.refused(e))?;
        let limits = self.store.read(repo::workflow::time_limits)?;
        let now = self.clock.now();
        let created = self.deadlines_for(&case, to, date, &limits)?;
        self.store.write(|tx| -> Result<(), AppError> {
            record_move(tx, &case, to, date, note, &created, now)
        })?;
        self.case_detail(&case.reference)
    }

    /// The stages a case has entered, oldest first.
    pub(crate) fn visited(&self, case: CaseId) -> Result<Vec<Stage>, AppError> {
        let events = self.store.read(|c| repo::cases::events(c, case))?;
        Ok(events.into_iter().map(|(s, _, _)| s).collect())
    }

    fn refused(&self, e: WorkflowError) -> AppError {
        AppError::MoveRefused(match e {
            WorkflowError::NotInModel { to } => MoveRefusal::NotInWorkflow {
                requested: to.into(),
            },
            WorkflowError::OutOfOrder {
                current,
                expected,
                to,
            } => MoveRefusal::OutOfOrder {
                current: current.into(),
                expected: expected.map(Into::into),
                requested: to.into(),
            },
            WorkflowError::BeforePrevious { date, previous } => MoveRefusal::BeforePreviousEvent {
                date: date.to_string(),
                previous: previous.to_string(),
                previous_stage: None,
            },
        })
    }

    /// The deadlines `stage` on `date` starts for `case` (the same computation as a move).
    pub(crate) fn stage_deadlines(
        &self,
        case: &Case,
        stage: Stage,
        date: CivilDate,
        limits: &[TimeLimit],
    ) -> Result<Vec<CaseDeadline>, AppError> {
        self.deadlines_for(case, stage, date, limits)
    }

    /// Computes the deadlines that `stage` on `date` triggers for `case`. A period ending in a year
    /// without holiday data is kept at its raw end, to be recomputed when the data arrives.
    fn deadlines_for(
        &self,
        case: &Case,
        stage: Stage,
        date: CivilDate,
        limits: &[TimeLimit],
    ) -> Result<Vec<CaseDeadline>, AppError> {
        let data = self.deadline_data()?;
        let ctx = data.context();
        let mut out = Vec::new();
        for limit in workflow::limits_triggered(limits, case.model, stage, date) {
            let req = DeadlineRequest {
                rule: limit.rule,
                trigger: date,
                period: limit.period,
                receipt: limit.receipt,
            };
            let (due, version) = due_or_raw_end(&req, &ctx)?;
            out.push(CaseDeadline {
                id: self.ids.next_uuid().to_string(),
                case_id: case.id,
                limit_code: limit.code.clone(),
                name: limit.name.clone(),
                trigger_stage: stage,
                trigger_date: date,
                period: limit.period,
                rule: limit.rule,
                receipt: limit.receipt,
                due,
                rule_version: version.to_owned(),
                override_due: None,
            });
        }
        Ok(out)
    }

    /// Changes the date of an event the case has recorded, recomputing the deadlines it started. With
    /// `save == false` nothing is written: the result shows how each deadline would move.
    pub fn change_event_date(
        &mut self,
        reference: &str,
        stage: &str,
        date: &str,
        reason: &str,
        save: bool,
    ) -> Result<crate::dto::EventChangeDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let stage = parse_stage(stage)?;
        let new_date = crate::input_date("date", date)?;
        let events = self.store.read(|c| repo::cases::events(c, case.id))?;
        let Some(index) = events.iter().rposition(|(s, _, _)| *s == stage) else {
            return Err(AppError::NotFound {
                entity: Entity::Case,
                key: format!("{} {}", case.reference, stage.code()),
            });
        };
        let old_date = events[index].1;
        // The new date must keep the events in order.
        if let Some((prev_stage, prev, _)) = index
            .checked_sub(1)
            .and_then(|i| events.get(i))
            .filter(|(_, prev, _)| new_date < *prev)
        {
            return Err(AppError::MoveRefused(MoveRefusal::BeforePreviousEvent {
                date: new_date.to_string(),
                previous: prev.to_string(),
                previous_stage: Some((*prev_stage).into()),
            }));
        }
        if let Some((next_stage, next, _)) = events
            .get(index + 1)
            .filter(|(_, next, _)| new_date > *next)
        {
            return Err(AppError::MoveRefused(MoveRefusal::AfterNextEvent {
                date: new_date.to_string(),
                next: next.to_string(),
                next_stage: (*next_stage).into(),
            }));
        }
        if save && reason.trim().is_empty() {
            return Err(AppError::field("reason", FieldProblemReason::Required));
        }
        let data = self.deadline_data()?;
        let ctx = data.context();
        let stored = self
            .store
            .read(|c| repo::workflow::deadlines(c, Some(case.id)))?;
        let mut changes = Vec::new();
        let mut updates = Vec::new();
        for d in stored
            .iter()
            .filter(|d| d.trigger_stage == stage && d.trigger_date == old_date)
        {
            let req = DeadlineRequest {
                rule: d.rule,
                trigger: new_date,
                period: d.period,
                receipt: d.receipt,
            };
            let (due, version) = due_or_raw_end(&req, &ctx)?;
            changes.push(crate::dto::DeadlineChangeDto {
                code: d.limit_code.clone(),
                name: BilingualDto::term(&d.name),
                old_due: d.due.to_string(),
                new_due: due.to_string(),
                override_reason: d.override_due.as_ref().map(|(_, r)| r.clone()),
            });
            updates.push((d.id.clone(), due, version));
        }
        if save {
            let now = self.clock.now();
            let id = case.id.to_string();
            self.store.write(|tx| -> Result<(), AppError> {
                repo::cases::redate_event(tx, case.id, stage, new_date, now)?;
                for (deadline_id, due, version) in &updates {
                    repo::workflow::retrigger(tx, deadline_id, new_date, *due, version)?;
                }
                repo::workflow::audit(
                    tx,
                    "case",
                    &id,
                    "event_redated",
                    Some(&format!("{} {old_date}", stage.code())),
                    Some(&format!("{} {new_date} ({})", stage.code(), reason.trim())),
                    now,
                )?;
                Ok(())
            })?;
        }
        Ok(crate::dto::EventChangeDto {
            stage: stage.into(),
            stage_label: stage_label(self.locale(), stage).to_owned(),
            old_date: old_date.to_string(),
            new_date: new_date.to_string(),
            changes,
            saved: save,
        })
    }

    /// A case with its timeline, deadlines and audit trail.
    pub fn case_detail(&self, reference: &str) -> Result<CaseDetailDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let l = self.locale();
        let (events, stored, audit, hearings) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::cases::events(c, case.id)?,
                repo::workflow::deadlines_lenient(c, Some(case.id))?,
                repo::workflow::audit_trail(c, "case", &case.id.to_string())?,
                repo::hearings::count_for_case(c, case.id)?,
            ))
        })?;
        let visited: Vec<Stage> = events.iter().map(|(s, _, _)| *s).collect();
        let route = workflow::route(case.model, &visited);
        let position = route.iter().position(|s| *s == case.stage).unwrap_or(0);
        let stages = route
            .iter()
            .enumerate()
            .map(|(i, s)| StageDto {
                code: (*s).into(),
                label: stage_label(l, *s).to_owned(),
                date: events
                    .iter()
                    .rev()
                    .find(|(st, _, _)| st == s)
                    .map(|(_, d, _)| d.to_string()),
                state: match i.cmp(&position) {
                    std::cmp::Ordering::Less => StageStateDto::Done,
                    std::cmp::Ordering::Equal => StageStateDto::Current,
                    std::cmp::Ordering::Greater => StageStateDto::Upcoming,
                },
            })
            .collect();
        // A closed or suspended case records no move until it is reopened or resumed.
        let next_stages = if case.status == CaseStatus::Open {
            workflow::next_stages(case.model, &visited)
        } else {
            Vec::new()
        };
        let next = next_stages.first().copied();
        let label = repo::cases::CaseLabel {
            id: case.id,
            reference: case.reference.clone(),
            model: case.model,
            stage: case.stage,
        };
        let (stored, unreadable) = stored;
        let mut deadlines = self.deadline_dtos(&stored, std::slice::from_ref(&label))?;
        deadlines.extend(self.unreadable_deadline_dtos(&unreadable, std::slice::from_ref(&label)));
        let editions = self.store.read(repo::workflow::rules_editions)?;
        let exits = self.exit_state(&case)?;
        Ok(CaseDetailDto {
            case: CaseDto::new(&case, hearings, stage_label(l, case.stage)),
            institution: arbitration_institution(case.model).into(),
            rules: workflow::rules_for(&editions, case.model, case.filed_on).map(edition_dto),
            procedure: case.procedure.into(),
            amount: case
                .amount_minor
                .map(|a| format!("{}.{:02}", a / 100, a % 100)),
            currency: case.currency.clone(),
            stages,
            next_stage: next.map(Into::into),
            next_stage_label: next.map(|s| stage_label(l, s).to_owned()),
            other_next_stages: next_stages
                .iter()
                .skip(1)
                .map(|s| crate::dto::StageChoiceDto {
                    code: (*s).into(),
                    label: stage_label(l, *s).to_owned(),
                })
                .collect(),
            exit: exits.standing,
            exits: exits.allowed,
            consent_award_allowed: exits.consent_award,
            deadlines,
            audit: self.case_history(case.id, audit)?,
            parties: self.case_party_dtos(case.id)?,
            appointments: self.case_appointment_dtos(case.id)?,
            related: self.related_references(case.id)?,
        })
    }
}

/// Writes a move and its deadlines in one transaction, with the audit rows.
fn record_move(
    tx: &Transaction<'_>,
    case: &Case,
    to: Stage,
    date: CivilDate,
    note: &str,
    created: &[CaseDeadline],
    now: Instant,
) -> Result<(), AppError> {
    repo::cases::set_stage(tx, case.id, to, date, note, now)?;
    let id = case.id.to_string();
    repo::workflow::audit(
        tx,
        "case",
        &id,
        "stage",
        Some(&format!("{} {}", case.stage.code(), case.stage_date)),
        Some(&format!("{} {date}", to.code())),
        now,
    )?;
    insert_deadlines(tx, created, now)
}

/// Stores deadlines a case's stage created, each with its audit row.
/// Writes a case just opened, with the deadlines its first stage starts, its search entry and its
/// `created` audit entry (the form and an import write a new case through this).
pub(crate) fn write_new_case(
    tx: &Transaction<'_>,
    case: &Case,
    opening: &[CaseDeadline],
    now: Instant,
) -> Result<(), AppError> {
    repo::cases::insert(tx, case, now)?;
    insert_deadlines(tx, opening, now)?;
    repo::prep::index(tx, &crate::search::case_entry(case))?;
    let summary = format!(
        "{} · {} · {} · {}",
        case.reference,
        case.model.as_str(),
        case.filed_on,
        case.procedure.as_str()
    );
    repo::workflow::audit(
        tx,
        "case",
        &case.id.to_string(),
        "created",
        None,
        Some(&summary),
        now,
    )?;
    Ok(())
}

pub(crate) fn insert_deadlines(
    tx: &Transaction<'_>,
    created: &[CaseDeadline],
    now: Instant,
) -> Result<(), AppError> {
    for d in created {
        repo::workflow::insert_deadline(tx, d, now)?;
        repo::workflow::audit(
            tx,
            "case",
            &d.case_id.to_string(),
            "deadline_created",
            None,
            Some(&format!("{} {}", d.limit_code, d.due)),
            now,
        )?;
    }
    Ok(())
}

/// One planned move of the demo data: the case as it was, where it goes, when, and what it creates.
pub(crate) type PlannedMove = (Case, Stage, CivilDate, Vec<CaseDeadline>);

impl App {
    /// The deadlines a case's first stage starts on its filing date.
    pub(crate) fn opening_deadlines(
        &self,
        case: &Case,
        limits: &[TimeLimit],
    ) -> Result<Vec<CaseDeadline>, AppError> {
        self.deadlines_for(case, case.stage, case.stage_date, limits)
    }

    /// Plans the moves that bring a demo case forward `steps` stages after its filing, never past
    /// `today` and never to Closed.
    pub(crate) fn plan_demo_moves(
        &self,
        case: &Case,
        steps: usize,
        today: CivilDate,
        limits: &[TimeLimit],
    ) -> Result<Vec<PlannedMove>, AppError> {
        let mut c = case.clone();
        let mut out = Vec::new();
        for k in 0..steps {
            let gap = 9 + i64::try_from((k * 7 + c.reference.len()) % 13).unwrap_or(0);
            let date = c
                .stage_date
                .add_days(gap)
                .map_err(|e| AppError::time("date", e))?;
            let Some(to) = workflow::next_stage(c.model, c.stage) else {
                break;
            };
            if date > today || to == Stage::Closed {
                break;
            }
            let created = self.deadlines_for(&c, to, date, limits)?;
            out.push((c.clone(), to, date, created));
            c.stage = to;
            c.stage_date = date;
        }
        Ok(out)
    }
}

/// Writes a planned move (demo data) inside the caller's transaction.
pub(crate) fn apply_move(
    tx: &Transaction<'_>,
    planned: &PlannedMove,
    now: Instant,
) -> Result<(), AppError> {
    let (before, to, date, created) = planned;
    record_move(tx, before, *to, *date, "", created, now)
}

mod edit;
pub(crate) use edit::{case_changes, corrected, write_corrected_case};
mod exits;

#[cfg(test)]
mod tests;

fn edition_dto(e: &workflow::RulesEdition) -> RulesEditionDto {
    RulesEditionDto {
        institution: e.institution.into(),
        code: e.code.clone(),
        name: BilingualDto::term(&e.name),
        effective_from: e.effective_from.to_string(),
        verification: e.verification.into(),
        source: e.source.clone(),
    }
}
