//! Deadlines across cases: the list every screen reads (each with its status and explanation, and
//! those whose stored rule can no longer be read), overriding a date with a reason, and the time limits
//! the clerk edits (each with its effective date).

use super::{estimate_dto, rule_dto, step_dto};
use crate::dto::{BilingualDto, CaseDeadlineDto, DeadlineStatusDto, TimeLimitDto};
use crate::error::Expected;
use crate::i18n::stage_label;
use crate::{App, AppError, Entity, FieldProblem, FieldProblemReason};
use docket_domain::deadline::{self, DeadlineError, DeadlineRequest, Period, RuleSet};
use docket_domain::id::CaseId;
use docket_domain::time::{CivilDate, Zone};
use docket_domain::validation::{self, FieldError};
use docket_domain::workflow::{self, CaseDeadline, Stage, TimeLimit};
use docket_store::StoreError;
use docket_store::repo;

impl App {
    /// Every case deadline, soonest first, with its status today.
    pub fn list_case_deadlines(&self) -> Result<Vec<CaseDeadlineDto>, AppError> {
        let ((stored, unreadable), references) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::workflow::deadlines_lenient(c, None)?,
                repo::cases::labels(c)?,
            ))
        })?;
        // A removed case's deadlines leave the list with it (`labels` leaves removed cases out).
        let shown: std::collections::HashSet<_> = references.iter().map(|r| r.id).collect();
        let stored: Vec<_> = stored
            .into_iter()
            .filter(|d| shown.contains(&d.case_id))
            .collect();
        let unreadable: Vec<_> = unreadable
            .into_iter()
            .filter(|d| d.case_id.is_none_or(|id| shown.contains(&id)))
            .collect();
        // A stored row that does not read shows as a row saying so, never as a failed list.
        let mut out = self.deadline_dtos(&stored, &references)?;
        out.extend(self.unreadable_deadline_dtos(&unreadable, &references));
        Ok(out)
    }

    /// Replaces a deadline's date by hand; the reason is required and stays visible.
    pub fn override_deadline(
        &mut self,
        id: &str,
        date: &str,
        reason: &str,
    ) -> Result<CaseDeadlineDto, AppError> {
        let reason = reason.trim();
        let mut problems = Vec::new();
        let parsed = validation::supported_date(date);
        if let Err(reason) = &parsed {
            problems.push(FieldProblem::from(FieldError::new("date", reason.clone())));
        }
        if reason.is_empty() {
            problems.push(FieldProblem::new("reason", FieldProblemReason::Required));
        }
        let Ok(new_due) = parsed else {
            return Err(AppError::Validation { fields: problems });
        };
        if !problems.is_empty() {
            return Err(AppError::Validation { fields: problems });
        }
        let all = self.store.read(|c| repo::workflow::deadlines(c, None))?;
        let Some(old) = all.into_iter().find(|d| d.id == id) else {
            return Err(AppError::NotFound {
                entity: Entity::Deadline,
                key: id.to_owned(),
            });
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::workflow::set_override(tx, id, Some((new_due, reason)))?;
            repo::workflow::audit(
                tx,
                "case",
                &old.case_id.to_string(),
                "deadline_overridden",
                Some(&format!("{} {}", old.limit_code, old.effective_due())),
                Some(&format!("{} {new_due} ({reason})", old.limit_code)),
                now,
            )?;
            Ok(())
        })?;
        let references = self.store.read(repo::cases::labels)?;
        let updated = self
            .store
            .read(|c| repo::workflow::deadlines(c, Some(old.case_id)))?;
        self.deadline_dtos(&updated, &references)?
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| AppError::Internal {
                detail: format!("deadline {id} vanished"),
            })
    }

    /// Adds a new version of an institution time limit from an effective date; the version in force
    /// before it ends the day before. Name, trigger stage and counting rule carry over.
    pub fn set_time_limit(
        &mut self,
        input: &crate::dto::TimeLimitInputDto,
    ) -> Result<TimeLimitDto, AppError> {
        let mut problems = Vec::new();
        let institution = workflow::Institution::parse(input.institution.trim());
        if institution.is_none() {
            problems.push(FieldProblem::malformed(
                "institution",
                Expected::Institution,
            ));
        }
        let period = crate::deadlines::period_of(input.days, input.months);
        if period.is_none() {
            problems.push(FieldProblem::new(
                "period",
                FieldProblemReason::OutOfRange { min: 1, max: 3650 },
            ));
        }
        let from = validation::supported_date(&input.effective_from);
        if let Err(reason) = &from {
            problems.push(FieldProblem::from(FieldError::new(
                "effective_from",
                reason.clone(),
            )));
        }
        let verification = match input.verification.trim() {
            "verified" => Some(docket_domain::deadline::Verification::Verified),
            "secondary" => Some(docket_domain::deadline::Verification::Secondary),
            "unverified" | "" => Some(docket_domain::deadline::Verification::Unverified),
            _ => None,
        };
        if verification.is_none() {
            problems.push(FieldProblem::malformed(
                "verification",
                Expected::Verification,
            ));
        }
        if input.source.trim().is_empty() {
            problems.push(FieldProblem::new("source", FieldProblemReason::Required));
        }
        let (Some(institution), Some(period), Ok(from), Some(verification)) =
            (institution, period, from, verification)
        else {
            return Err(AppError::Validation { fields: problems });
        };
        if !problems.is_empty() {
            return Err(AppError::Validation { fields: problems });
        }
        let limits = self.store.read(repo::workflow::time_limits)?;
        let Some(base) = limits
            .iter()
            .filter(|l| {
                l.institution == institution
                    && l.code == input.code.trim()
                    && l.effective_from < from
            })
            .max_by_key(|l| l.effective_from)
        else {
            return Err(AppError::NotFound {
                entity: Entity::TimeLimit,
                key: format!("{} {} before {from}", institution.code(), input.code.trim()),
            });
        };
        let limit = TimeLimit {
            period,
            effective_from: from,
            effective_to: None,
            verification,
            source: input.source.trim().to_owned(),
            ..base.clone()
        };
        let now = self.clock.now();
        let old = format!(
            "{} {:?} from {}",
            base.code, base.period, base.effective_from
        );
        let new = format!("{} {:?} from {from} ({})", limit.code, period, limit.source);
        self.store.write(|tx| -> Result<(), AppError> {
            repo::workflow::add_limit_version(tx, &limit)?;
            repo::workflow::audit(
                tx,
                "time_limit",
                &format!("{}:{}", institution.code(), limit.code),
                "new_version",
                Some(&old),
                Some(&new),
                now,
            )?;
            Ok(())
        })?;
        self.time_limits()?
            .into_iter()
            .find(|t| {
                t.institution == institution.into()
                    && t.code == limit.code
                    && t.effective_from == from.to_string()
            })
            .ok_or_else(|| AppError::Internal {
                detail: "the new time limit was not stored".into(),
            })
    }

    /// The institution time limits, every version, as data the clerk can read.
    pub fn time_limits(&self) -> Result<Vec<TimeLimitDto>, AppError> {
        let limits = self.store.read(repo::workflow::time_limits)?;
        Ok(limits
            .iter()
            .map(|t| TimeLimitDto {
                institution: t.institution.into(),
                code: t.code.clone(),
                trigger_stage: t.trigger.into(),
                name: BilingualDto::term(&t.name),
                days: match t.period {
                    Period::Days(d) => Some(d),
                    Period::Months(_) => None,
                },
                months: match t.period {
                    Period::Months(m) => Some(m),
                    Period::Days(_) => None,
                },
                rule_set: t.rule.into(),
                effective_from: t.effective_from.to_string(),
                effective_to: t.effective_to.map(|d| d.to_string()),
                verification: t.verification.into(),
                source: t.source.clone(),
            })
            .collect())
    }

    /// Recomputes each stored deadline on today's calendars: the explanation, and whether the date
    /// has changed since it was created (a holiday or warning recorded since).
    pub(crate) fn deadline_dtos(
        &self,
        stored: &[CaseDeadline],
        cases: &[repo::cases::CaseLabel],
    ) -> Result<Vec<CaseDeadlineDto>, AppError> {
        let (limits, ended) = self.store.read(|c| -> Result<_, StoreError> {
            // Every stopped deadline is read once: a list spans cases, a case page one case.
            let case = match cases {
                [one] => Some(one.id),
                _ => None,
            };
            Ok((
                repo::workflow::time_limits(c)?,
                repo::cases::exits::ended(c, case)?,
            ))
        })?;
        // Which stage fulfils each (institution, limit): looked up once per deadline.
        let satisfied: std::collections::HashMap<_, Option<Stage>> = limits
            .iter()
            .map(|l| ((l.institution, l.code.as_str()), l.satisfied_by))
            .collect();
        let data = self.deadline_data()?;
        let ctx = data.context();
        let l = self.locale();
        let today = self.clock.now().date_in(Zone::hong_kong());
        let by_id: std::collections::HashMap<CaseId, &repo::cases::CaseLabel> =
            cases.iter().map(|c| (c.id, c)).collect();
        let mut out = Vec::with_capacity(stored.len());
        // Many deadlines share a period, trigger date and rule (every answer due from the same day):
        // each distinct computation and its explanation is made once per listing.
        type Explained = (
            (
                std::sync::Arc<Vec<crate::dto::StepDto>>,
                Option<CivilDate>,
                Option<String>,
                crate::dto::RuleSetDto,
                Option<crate::dto::EstimateDto>,
            ),
            Option<String>,
        );
        trait WithProblem: Sized {
            fn with_problem(self, p: String) -> (Self, Option<String>);
            fn fine(self) -> (Self, Option<String>);
        }
        impl<T> WithProblem for T {
            fn with_problem(self, p: String) -> (Self, Option<String>) {
                (self, Some(p))
            }
            fn fine(self) -> (Self, Option<String>) {
                (self, None)
            }
        }
        let mut computed: std::collections::HashMap<
            (
                docket_domain::deadline::RuleKind,
                CivilDate,
                docket_domain::deadline::Period,
                Option<docket_domain::deadline::Jurisdiction>,
            ),
            Explained,
        > = std::collections::HashMap::new();
        let mut terms: std::collections::HashMap<(&str, &str), BilingualDto> =
            std::collections::HashMap::new();
        for d in stored {
            let key = (d.rule, d.trigger_date, d.period, d.receipt);
            let explained = match computed.get(&key) {
                Some(e) => e.clone(),
                None => {
                    let req = DeadlineRequest {
                        rule: d.rule,
                        trigger: d.trigger_date,
                        period: d.period,
                        receipt: d.receipt,
                    };
                    let e: Explained = match deadline::compute(&req, &ctx) {
                        Ok(c) => (
                            std::sync::Arc::new(c.steps.iter().map(|s| step_dto(l, s)).collect()),
                            Some(c.due),
                            None,
                            rule_dto(c.rule),
                            estimate_dto(l, &c.estimated),
                        )
                            .fine(),
                        Err(e @ DeadlineError::NoHolidayData { .. }) => (
                            std::sync::Arc::new(Vec::new()),
                            None,
                            Some(crate::i18n::describe(l, &AppError::from(e))),
                            rule_dto(RuleSet::in_force(d.rule, d.trigger_date)),
                            None,
                        )
                            .fine(),
                        // One deadline that cannot be computed (no open day to roll to, a date
                        // out of range) says so on its own row; the rest of the list still shows.
                        Err(e) => (
                            std::sync::Arc::new(Vec::new()),
                            None,
                            None,
                            rule_dto(RuleSet::in_force(d.rule, d.trigger_date)),
                            None,
                        )
                            .with_problem(crate::i18n::deadline_problem(l, &e)),
                    };
                    computed.insert(key, e.clone());
                    e
                }
            };
            let ((steps, recomputed, provisional, rule, estimate), problem) = explained;
            let due = d.effective_due();
            let case = by_id.get(&d.case_id);
            let fulfilled_by = case.and_then(|c| {
                satisfied
                    .get(&(
                        workflow::institution_at(c.model, d.trigger_stage),
                        d.limit_code.as_str(),
                    ))
                    .copied()
                    .flatten()
            });
            let stopped = ended.get(&d.id);
            let status = match (fulfilled_by, case) {
                (Some(stage), Some(c)) if workflow::reached(c.model, c.stage, stage) => {
                    DeadlineStatusDto::Met
                }
                _ if stopped.is_some() => DeadlineStatusDto::Stopped,
                (None, _) if due < today => DeadlineStatusDto::Expired,
                _ if due < today => DeadlineStatusDto::Overdue,
                _ if today.days_until(due) <= 7 => DeadlineStatusDto::DueThisWeek,
                _ => DeadlineStatusDto::Later,
            };
            let name = terms
                .entry((d.name.en.as_str(), d.name.zh.as_str()))
                .or_insert_with(|| BilingualDto::term(&d.name))
                .clone();
            out.push(CaseDeadlineDto {
                id: d.id.clone(),
                case_reference: case.map(|c| c.reference.clone()).unwrap_or_default(),
                code: d.limit_code.clone(),
                name,
                trigger_stage_label: stage_label(l, d.trigger_stage).to_owned(),
                trigger_date: d.trigger_date.to_string(),
                due: due.to_string(),
                computed_due: d.due.to_string(),
                recomputed_due: recomputed.filter(|r| *r != d.due).map(|r| r.to_string()),
                override_reason: d.override_due.as_ref().map(|(_, r)| r.clone()),
                provisional,
                problem,
                status,
                ended: stopped.map(|e| crate::dto::DeadlineEndDto {
                    kind: e.kind.into(),
                    date: e.date.to_string(),
                    consent_award: e.consent_award,
                    note: crate::i18n::deadline_stopped(
                        l,
                        e.kind.into(),
                        e.consent_award,
                        &e.date.to_string(),
                    ),
                }),
                rule,
                steps,
                estimated: estimate.is_some(),
                estimate,
            });
        }
        Ok(out)
    }

    /// Rows for stored deadlines that do not read back: each says what is wrong.
    pub(crate) fn unreadable_deadline_dtos(
        &self,
        unreadable: &[repo::workflow::UnreadableDeadline],
        cases: &[repo::cases::CaseLabel],
    ) -> Vec<CaseDeadlineDto> {
        let l = self.locale();
        unreadable
            .iter()
            .map(|u| {
                eprintln!("bay-docket: unreadable deadline {}: {}", u.id, u.error);
                CaseDeadlineDto {
                    id: u.id.clone(),
                    case_reference: cases
                        .iter()
                        .find(|c| Some(c.id) == u.case_id)
                        .map(|c| c.reference.clone())
                        .unwrap_or_default(),
                    code: u.limit_code.clone(),
                    name: BilingualDto::term(&u.name),
                    trigger_stage_label: String::new(),
                    trigger_date: String::new(),
                    due: u.due.clone(),
                    computed_due: u.due.clone(),
                    recomputed_due: None,
                    override_reason: None,
                    provisional: None,
                    problem: Some(crate::i18n::unreadable_record(l, &u.error)),
                    status: DeadlineStatusDto::Later,
                    ended: None,
                    rule: rule_dto(RuleSet::in_force(
                        docket_domain::deadline::RuleKind::HkOrdinance,
                        self.today(),
                    )),
                    steps: std::sync::Arc::new(Vec::new()),
                    estimated: false,
                    estimate: None,
                }
            })
            .collect()
    }
}
