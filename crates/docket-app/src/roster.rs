//! Roster use cases: neutral profiles, parties, counsel and firms, appointments, conflict checks and
//! "find a neutral".

use crate::dto::{
    AppointmentDatesDto, AppointmentDto, BilingualDto, CandidateDto, CasePartyDto,
    CasePartyInputDto, ConflictRecordDto, ConflictRecordInputDto, ConflictReportDto,
    ConflictRuleDto, ConnectionDto, ConnectionInputDto, CounselDto, CounselInputDto, FeeCapDto,
    FindNeutralDto, FindingDto, FirmDto, FirmInputDto, MoneyDto, NeutralDetailDto, NeutralDto,
    NeutralInputDto, NeutralQueryDto, PartyCaseDto, PartyDetailDto, PartyDto, PartyInputDto,
    ProposalDto, RankReasonDto,
};
use crate::error::Expected;
use crate::error::{AppError, ConflictReason, Entity, FieldProblemReason};
use crate::explain;
use crate::{App, i18n::Locale};
use docket_domain::case::Case;
use docket_domain::conflict::rank::{Criteria, rank};
use docket_domain::conflict::{
    CaseFacts, ConflictRecord, ConnectionFacts, CounselFacts, FeeCap, Finding, History,
    PartyInCase, Policy, Proposal, RecordKind, RelatedCaseFacts, Rule, Severity, check,
};
use docket_domain::id::{
    AppointmentId, CaseId, ConnectionId, CounselId, FirmId, Id, NeutralId, PartyId,
};
use docket_domain::roster::appointment::{AppointedBy, Appointment, AppointmentRole};
use docket_domain::roster::party::{
    CaseParty, Connection, ConnectionKind, Counsel, LawFirm, PartyDraft, Side, names,
};
use docket_domain::roster::{
    CURRENCIES, Money, Neutral, NeutralDraft, Panel, PanelDraft, UnavailabilityDraft,
    country_codes, optional_date, parse_amount, search,
};
use docket_domain::time::{CivilDate, Disambiguation, LocalDateTime, Zone, ZonedWallTime};
use docket_domain::validation::Expected as DomainExpected;
use docket_domain::validation::{Collector, FieldReason};
use docket_store::repo;
use docket_store::repo::removal::Record;
use docket_store::{StoreError, Transaction};
use std::collections::{BTreeSet, HashMap};

fn parse_id<const K: char>(field: &str, s: &str) -> Result<Id<K>, AppError> {
    s.parse::<Id<K>>()
        .map_err(|_| AppError::field(field, FieldProblemReason::UnknownReference))
}

/// An optional text field, trimmed; `None` when it is missing or blank.
fn given(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// An optional id field: `None` when it is missing or blank, else the id it names.
fn optional_id<const K: char>(field: &str, s: Option<&str>) -> Result<Option<Id<K>>, AppError> {
    given(s).map(|s| parse_id(field, s)).transpose()
}

fn parse_role(s: &str) -> Result<AppointmentRole, AppError> {
    AppointmentRole::parse(s.trim())
        .ok_or_else(|| AppError::malformed("role", Expected::AppointmentRole))
}

fn date_field(field: &str, s: Option<&str>) -> Result<Option<CivilDate>, AppError> {
    let mut c = Collector::new();
    let d = optional_date(&mut c, field, s);
    c.finish(d).map_err(AppError::validation)
}

fn draft(input: NeutralInputDto) -> NeutralDraft {
    NeutralDraft {
        name_en: input.name_en,
        name_zh: input.name_zh,
        roles: input.roles,
        titles: input.titles,
        date_of_birth: input.date_of_birth,
        nationalities: input.nationalities,
        languages: input.languages,
        admissions: input.admissions,
        panels: input
            .panels
            .into_iter()
            .map(|p| PanelDraft {
                panel: p.panel,
                from: p.from,
                until: p.until,
            })
            .collect(),
        home_zone: input.home_zone,
        email: input.email,
        phone: input.phone,
        rate_amount: input.rate_amount,
        rate_currency: input.rate_currency,
        max_concurrent: input.max_concurrent,
        unavailability: input
            .unavailability
            .into_iter()
            .map(|u| UnavailabilityDraft {
                from: u.from,
                until: u.until,
                zone: u.zone,
                reason: u.reason,
            })
            .collect(),
        notes: input.notes,
    }
}

/// The neutrals a new or edited profile must not repeat: by e-mail (any case), and by name (either
/// script, folded) with the same date of birth. Built once for a list, so an import of thousands of
/// rows checks each in constant time, with the same rule as the form.
#[derive(Debug, Default)]
pub(crate) struct DuplicateIndex {
    emails: HashMap<String, NeutralId>,
    names: HashMap<(String, CivilDate), NeutralId>,
}

impl DuplicateIndex {
    pub(crate) fn new(existing: &[Neutral]) -> Self {
        let mut index = Self::default();
        for n in existing {
            index.add(n);
        }
        index
    }

    /// Counts `n` as on the roster from now on.
    pub(crate) fn add(&mut self, n: &Neutral) {
        if let Some(e) = &n.email {
            self.emails.insert(e.to_lowercase(), n.id);
        }
        if let Some(d) = n.date_of_birth {
            for name in [&n.name.en, &n.name.zh] {
                if !name.is_empty() {
                    self.names.insert((search::fold(name), d), n.id);
                }
            }
        }
    }

    /// Refuses a neutral who is already on the roster: same e-mail, or same name and date of birth.
    pub(crate) fn refuse(&self, n: &Neutral) -> Result<(), AppError> {
        let other = |id: Option<&NeutralId>| id.is_some_and(|id| *id != n.id);
        if let Some(e) = &n.email
            && other(self.emails.get(&e.to_lowercase()))
        {
            return Err(AppError::field("email", FieldProblemReason::Duplicate));
        }
        if let Some(d) = n.date_of_birth {
            for name in [&n.name.en, &n.name.zh] {
                if !name.is_empty() && other(self.names.get(&(search::fold(name), d))) {
                    return Err(AppError::field(
                        "date_of_birth",
                        FieldProblemReason::Duplicate,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Everything needed to check one case.
pub(crate) struct CaseContext {
    facts: CaseFacts,
    /// The case's parties and the parties of the same groups.
    party_ids: Vec<PartyId>,
    counsel_ids: Vec<CounselId>,
    firm_ids: Vec<FirmId>,
}

impl App {
    /// The ISO 3166-1 country codes a nationality or a firm's country may take (the screens put them
    /// into words in the clerk's language).
    pub fn country_codes(&self) -> Vec<String> {
        docket_domain::codes::COUNTRIES
            .iter()
            .map(|c| (*c).to_owned())
            .collect()
    }

    /// A profile as typed, checked as every front end checks it (the form, an import): the
    /// domain's `NeutralDraft::validate`, a birth date not in the future, and no duplicate in
    /// `roster`.
    pub(crate) fn checked_neutral(
        &self,
        draft: NeutralDraft,
        id: NeutralId,
        roster: &DuplicateIndex,
    ) -> Result<Neutral, AppError> {
        let neutral = draft.validate(id).map_err(AppError::validation)?;
        self.refuse_future_birth(&neutral)?;
        roster.refuse(&neutral)?;
        Ok(neutral)
    }

    /// The checked profile, against the neutrals it could repeat.
    fn checked_against_roster(
        &self,
        draft: NeutralDraft,
        id: NeutralId,
    ) -> Result<Neutral, AppError> {
        let candidate = draft.clone().validate(id).map_err(AppError::validation)?;
        let existing = self.store.read(|c| {
            repo::neutrals::possible_duplicates(
                c,
                candidate.email.as_deref(),
                candidate.date_of_birth,
            )
        })?;
        self.checked_neutral(draft, id, &DuplicateIndex::new(&existing))
    }

    /// A date of birth is in 1900–this year (the domain checks the 1900–2200 range; only the app
    /// knows today).
    fn refuse_future_birth(&self, n: &Neutral) -> Result<(), AppError> {
        let this_year = self.today().year();
        match n.date_of_birth {
            Some(d) if d.year() > this_year => Err(AppError::field(
                "date_of_birth",
                FieldProblemReason::OutOfRange {
                    min: i64::from(docket_domain::validation::MIN_YEAR),
                    max: i64::from(this_year),
                },
            )),
            _ => Ok(()),
        }
    }

    pub(crate) fn today(&self) -> CivilDate {
        self.clock.now().date_in(Zone::hong_kong())
    }

    fn neutral(&self, id: &str) -> Result<Neutral, AppError> {
        let nid: NeutralId = parse_id("neutral", id)?;
        self.store
            .read(|c| repo::neutrals::get(c, nid))?
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Neutral,
                key: id.trim().to_owned(),
            })
    }

    /// The roster, filtered by text in either script (Simplified or Traditional) and by role,
    /// language, panel and nationality.
    pub fn list_neutrals(&self, query: &NeutralQueryDto) -> Result<Vec<NeutralDto>, AppError> {
        let today = self.today();
        let (all, keys, open, gone) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::neutrals::list(c)?,
                repo::neutrals::search_keys(c)?,
                repo::appointments::open_counts(c, None)?,
                repo::removal::inactive(c, Record::Neutral, true)?,
            ))
        })?;
        let text = query.text.as_deref().map(search::fold).unwrap_or_default();
        let role = query
            .role
            .as_deref()
            .filter(|r| !r.is_empty())
            .map(|r| match r {
                "mediator" => AppointmentRole::Mediator,
                _ => AppointmentRole::CoArbitrator,
            });
        let panel = query.panel.as_deref().and_then(Panel::parse);
        let language = query.language.as_deref().filter(|l| !l.is_empty());
        let nationality = query
            .nationality
            .as_deref()
            .map(|n| n.trim().to_ascii_uppercase())
            .filter(|n| !n.is_empty());
        Ok(all
            .iter()
            .filter(|n| !gone.contains(&n.id.to_string()))
            .filter(|n| search::matches(keys.get(&n.id).map_or("", String::as_str), &text))
            .filter(|n| role.is_none_or(|r| n.roles.can_act_as(r)))
            .filter(|n| {
                panel.is_none_or(|p| n.panels.iter().any(|m| m.panel == p && m.active_on(today)))
            })
            .filter(|n| language.is_none_or(|l| n.level_in(l).is_some()))
            .filter(|n| {
                nationality
                    .as_ref()
                    .is_none_or(|c| n.nationalities.contains(c))
            })
            .map(|n| NeutralDto::new(n, today, open.get(&n.id).copied().unwrap_or(0)))
            .collect())
    }

    /// A neutral's profile, appointment history and connections.
    pub fn neutral_detail(&self, id: &str) -> Result<NeutralDetailDto, AppError> {
        let n = self.neutral(id)?;
        let l = self.locale();
        let today = self.today();
        let (appointments, open, connections) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::appointments::of_neutral(c, n.id)?,
                repo::appointments::open_counts(c, Some(n.id))?,
                repo::parties::connections(c, Some(n.id), &[])?,
            ))
        })?;
        let names: HashMap<NeutralId, BilingualDto> =
            [(n.id, BilingualDto::from(&n.name))].into_iter().collect();
        Ok(NeutralDetailDto {
            neutral: NeutralDto::new(&n, today, open.get(&n.id).copied().unwrap_or(0)),
            appointments: self.appointment_dtos(l, &appointments, &names)?,
            connections: self.connection_dtos(&connections)?,
            history: self.record_history("neutral", &n.id.to_string())?,
            findings: Vec::new(),
        })
    }

    /// Adds a mediator or arbitrator to the roster.
    pub fn create_neutral(&mut self, input: NeutralInputDto) -> Result<NeutralDetailDto, AppError> {
        let neutral =
            self.checked_against_roster(draft(input), NeutralId::from_uuid(self.ids.next_uuid()))?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::neutrals::insert(tx, &neutral, now)?;
            repo::prep::index(tx, &crate::search::neutral_entry(&neutral))
        })?;
        self.neutral_detail(&neutral.id.to_string())
    }

    /// Replaces a neutral's profile with what the clerk typed.
    pub fn update_neutral(
        &mut self,
        id: &str,
        input: NeutralInputDto,
    ) -> Result<NeutralDetailDto, AppError> {
        let current = self.neutral(id)?;
        let neutral = self.checked_against_roster(draft(input), current.id)?;
        let now = self.clock.now();
        let (old, new) = edit::changes(
            &edit::neutral_fields(&current),
            &edit::neutral_fields(&neutral),
        );
        if !old.is_empty() {
            self.store.write(|tx| -> Result<(), StoreError> {
                repo::neutrals::update(tx, &neutral, now)?;
                repo::prep::index(tx, &crate::search::neutral_entry(&neutral))?;
                repo::workflow::audit(
                    tx,
                    "neutral",
                    &neutral.id.to_string(),
                    "neutral_edited",
                    Some(&old),
                    Some(&new),
                    now,
                )
            })?;
        }
        let mut detail = self.neutral_detail(id)?;
        // A changed nationality, language or panel is what the conflict checks read: the findings
        // as they stand now in the cases the neutral sits in.
        let mut cases: Vec<String> = detail
            .appointments
            .iter()
            .filter(|a| a.ended_on.is_none())
            .map(|a| a.case_reference.clone())
            .collect();
        cases.sort();
        cases.dedup();
        for reference in &cases {
            detail.findings.extend(
                self.standing_findings(reference)?
                    .into_iter()
                    .filter(|r| r.neutral_id == detail.neutral.id),
            );
        }
        Ok(detail)
    }

    /// Ranks the roster for a seat in a case: filters, conflict checks, and the reasons for each score.
    pub fn find_neutrals(&self, input: &FindNeutralDto) -> Result<Vec<CandidateDto>, AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let role = parse_role(&input.role)?;
        let on = date_field("on", input.on.as_deref())?.unwrap_or_else(|| self.today());
        let panel = match given(input.panel.as_deref()) {
            None => None,
            Some(p) => {
                Some(Panel::parse(p).ok_or_else(|| AppError::malformed("panel", Expected::Panel))?)
            }
        };
        let available = match (
            given(input.available_from.as_deref()),
            given(input.available_until.as_deref()),
        ) {
            (Some(from), Some(until)) => {
                let at = |field: &str, s: &str, end: bool| -> Result<_, AppError> {
                    let local = s
                        .parse::<LocalDateTime>()
                        .ok()
                        .or_else(|| {
                            s.parse::<CivilDate>()
                                .ok()
                                .and_then(|d| d.at(0, 0).ok())
                                .and_then(|l| {
                                    if end {
                                        l.plus_minutes(24 * 60).ok()
                                    } else {
                                        Some(l)
                                    }
                                })
                        })
                        .ok_or_else(|| AppError::malformed(field, Expected::LocalDateTime))?;
                    ZonedWallTime::new(local, Zone::hong_kong())
                        .resolve(Disambiguation::Compatible)
                        .map(|r| r.instant)
                        .map_err(|e| AppError::time(field, e))
                };
                Some((
                    at("available_from", from, false)?,
                    at("available_until", until, true)?,
                ))
            }
            _ => None,
        };
        let criteria = Criteria {
            language: input.language.clone().filter(|s| !s.trim().is_empty()),
            panel,
            jurisdiction: input.jurisdiction.clone(),
            available,
            include_blocked: input.include_blocked,
        };
        let (policy, caps) = self.policy_and_caps(on)?;
        let ctx = self.case_context(&case)?;
        let histories = self.histories(&ctx, None)?;
        // Retired and removed neutrals are not candidates.
        let neutrals = self.store.read(|c| -> Result<_, StoreError> {
            let gone = repo::removal::inactive(c, Record::Neutral, true)?;
            let mut all = repo::neutrals::list(c)?;
            all.retain(|n| !gone.contains(&n.id.to_string()));
            Ok(all)
        })?;
        let proposal = Proposal {
            role,
            on,
            rate: None,
        };
        let ranked = rank(
            &policy,
            &caps,
            &ctx.facts,
            &proposal,
            &criteria,
            &neutrals,
            |n| histories.get(&n.id),
        );
        let l = self.locale();
        let today = self.today();
        Ok(ranked
            .iter()
            .take(input.limit.unwrap_or(50) as usize)
            .map(|c| CandidateDto {
                neutral: NeutralDto::new(
                    c.neutral,
                    today,
                    histories
                        .get(&c.neutral.id)
                        .map_or(0, |h| h.open_appointments),
                ),
                score: c.score,
                reasons: c
                    .reasons
                    .iter()
                    .map(|r| RankReasonDto {
                        code: r.into(),
                        points: r.points(),
                        text: explain::reason(l, r),
                    })
                    .collect(),
                findings: c.findings.iter().map(|f| self.finding_dto(l, f)).collect(),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests;

mod appointments;
mod edit;
mod parties;
pub(crate) use parties::{checked_firm, checked_party};
mod removal;
mod rules;
