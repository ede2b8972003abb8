//! Appointments and conflict checks: the facts a check reads for a case, the report in the clerk's
//! language, proposing and confirming an appointment, recording disclosures, objections and waivers.

use super::*;

impl App {
    pub(crate) fn case_context(&self, case: &Case) -> Result<CaseContext, AppError> {
        let ctx = self.store.read(|c| -> Result<_, StoreError> {
            let roles = repo::parties::case_parties(c, case.id)?;
            let firms = repo::parties::list_firms(c)?;
            let all_counsel = repo::parties::list_counsel(c)?;
            let mut parties = Vec::new();
            for role in roles {
                let Some(party) = repo::parties::get_party(c, role.party_id)? else {
                    continue;
                };
                let counsel = role
                    .counsel_id
                    .and_then(|id| all_counsel.iter().find(|x| x.id == id))
                    .map(|x| CounselFacts {
                        id: x.id,
                        name: x.name.clone(),
                        firm: x
                            .firm_id
                            .and_then(|f| firms.iter().find(|ff| ff.id == f))
                            .map(|f| (f.id, f.name.clone())),
                    });
                parties.push(PartyInCase {
                    party,
                    role,
                    counsel,
                });
            }
            let mut related = Vec::new();
            let linked = repo::parties::related_cases(c, case.id)?;
            for (id, reference) in repo::cases::references(c, &linked)? {
                let mut keys = BTreeSet::new();
                for cp in repo::parties::case_parties(c, id)? {
                    if let Some(p) = repo::parties::get_party(c, cp.party_id)? {
                        keys.insert(p.group_key());
                    }
                }
                related.push(RelatedCaseFacts {
                    id,
                    reference,
                    party_keys: keys,
                });
            }
            let groups: Vec<String> = parties
                .iter()
                .filter_map(|p| p.party.group.clone())
                .collect();
            let mut party_ids: Vec<PartyId> = parties.iter().map(|p| p.party.id).collect();
            party_ids.extend(
                repo::parties::parties_in_groups(c, &groups)?
                    .iter()
                    .map(|p| p.id),
            );
            party_ids.sort();
            party_ids.dedup();
            let counsel_ids = parties
                .iter()
                .filter_map(|p| p.counsel.as_ref().map(|c| c.id))
                .collect();
            let firm_ids = parties
                .iter()
                .filter_map(|p| {
                    p.counsel
                        .as_ref()
                        .and_then(|c| c.firm.as_ref().map(|f| f.0))
                })
                .collect();
            Ok(CaseContext {
                facts: CaseFacts {
                    id: case.id,
                    reference: case.reference.clone(),
                    model: case.model,
                    filed_on: case.filed_on,
                    language: case.language.clone(),
                    parties,
                    related,
                },
                party_ids,
                counsel_ids,
                firm_ids,
            })
        })?;
        Ok(ctx)
    }

    /// Each neutral's history as far as this case is concerned (one neutral, or all).
    pub(crate) fn histories(
        &self,
        ctx: &CaseContext,
        neutral: Option<NeutralId>,
    ) -> Result<HashMap<NeutralId, History>, AppError> {
        let mut cases = vec![ctx.facts.id];
        cases.extend(ctx.facts.related.iter().map(|r| r.id));
        let (appointments, open, connections, records, parties) =
            self.store.read(|c| -> Result<_, StoreError> {
                let connections = match neutral {
                    Some(n) => repo::parties::connections(c, Some(n), &[])?
                        .into_iter()
                        .filter(|k| ctx.party_ids.contains(&k.party_id))
                        .collect(),
                    None => repo::parties::connections(c, None, &ctx.party_ids)?,
                };
                let mut parties = HashMap::new();
                for k in &connections {
                    if let Some(p) = repo::parties::get_party(c, k.party_id)? {
                        parties.insert(k.party_id, p);
                    }
                }
                Ok((
                    repo::appointments::relevant(
                        c,
                        neutral,
                        &ctx.party_ids,
                        &ctx.counsel_ids,
                        &ctx.firm_ids,
                        &cases,
                    )?,
                    repo::appointments::open_counts(c, neutral)?,
                    connections,
                    repo::appointments::records(c, ctx.facts.id, neutral)?,
                    parties,
                ))
            })?;
        let mut out: HashMap<NeutralId, History> = HashMap::new();
        for a in appointments {
            out.entry(a.appointment.neutral_id)
                .or_default()
                .appointments
                .push(a);
        }
        for (id, n) in open {
            out.entry(id).or_default().open_appointments = n;
        }
        for k in connections {
            let Some(p) = parties.get(&k.party_id) else {
                continue;
            };
            out.entry(k.neutral_id)
                .or_default()
                .connections
                .push(ConnectionFacts {
                    party_name: p.name.clone(),
                    party_key: p.group_key(),
                    connection: k,
                });
        }
        for r in records {
            out.entry(r.neutral_id).or_default().records.push(r);
        }
        Ok(out)
    }

    pub(crate) fn finding_dto(&self, l: Locale, f: &Finding) -> FindingDto {
        FindingDto {
            rule: f.rule.into(),
            rule_name: explain::rule_name(l, f.rule).to_owned(),
            severity: f.severity.into(),
            subject: f.subject.clone(),
            status: f.status.into(),
            waivable: f.waivable,
            resolved: f.resolved(),
            explanation: explain::explain(l, &f.facts),
            source: f.source.clone(),
            records: f
                .records
                .iter()
                .map(|r| ConflictRecordDto {
                    id: r.id.to_string(),
                    kind: r.kind.into(),
                    recorded_on: r.recorded_on.to_string(),
                    recorded_by: r.recorded_by.clone(),
                    note: r.note.clone(),
                })
                .collect(),
        }
    }

    /// Parses the proposal's rate: it must be in the currency of the cap that applies, if any.
    fn proposal_rate(
        &self,
        input: &ProposalDto,
        caps: &[FeeCap],
        facts: &CaseFacts,
        role: AppointmentRole,
    ) -> Result<Option<Money>, AppError> {
        let amount = given(input.rate_amount.as_deref());
        let Some(amount) = amount else {
            return Ok(None);
        };
        let amount_minor = parse_amount(amount)
            .filter(|a| *a > 0)
            .ok_or_else(|| AppError::malformed("rate_amount", Expected::Amount))?;
        let currency = input
            .rate_currency
            .as_deref()
            .map(|c| c.trim().to_ascii_uppercase())
            .unwrap_or_default();
        if !CURRENCIES.contains(&currency.as_str()) {
            return Err(AppError::malformed("rate_currency", Expected::Currency));
        }
        if let Some(cap) =
            docket_domain::conflict::cap_in_force(caps, facts.institution_for(role), facts.filed_on)
            && role.is_arbitrator()
            && cap.cap.currency != currency
        {
            return Err(AppError::field(
                "rate_currency",
                FieldProblemReason::WrongCurrency {
                    expected: cap.cap.currency.clone(),
                },
            ));
        }
        Ok(Some(Money {
            amount_minor,
            currency,
        }))
    }

    fn report(
        &self,
        input: &ProposalDto,
    ) -> Result<(ConflictReportDto, Case, Neutral, Proposal, Vec<Finding>), AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let neutral = self.neutral(&input.neutral_id)?;
        let role = parse_role(&input.role)?;
        if !neutral.roles.can_act_as(role) {
            return Err(AppError::field(
                "role",
                FieldProblemReason::Malformed {
                    expected: if role == AppointmentRole::Mediator {
                        Expected::NeutralIsNotMediator
                    } else {
                        Expected::NeutralIsNotArbitrator
                    },
                },
            ));
        }
        let on = date_field("on", input.on.as_deref())?.unwrap_or_else(|| self.today());
        let (policy, caps) = self.policy_and_caps(on)?;
        let ctx = self.case_context(&case)?;
        let rate = self.proposal_rate(input, &caps, &ctx.facts, role)?;
        let proposal = Proposal { role, on, rate };
        let histories = self.histories(&ctx, Some(neutral.id))?;
        let history = histories.get(&neutral.id).cloned().unwrap_or_default();
        let findings = check(&policy, &caps, &ctx.facts, &neutral, &proposal, &history);
        let l = self.locale();
        let count = |pred: &dyn Fn(&Finding) -> bool| {
            u32::try_from(findings.iter().filter(|f| pred(f)).count()).unwrap_or(u32::MAX)
        };
        let report = ConflictReportDto {
            case_reference: case.reference.clone(),
            neutral_id: neutral.id.to_string(),
            neutral_name: (&neutral.name).into(),
            role: role.into(),
            role_label: explain::role_label(l, role).to_owned(),
            on: on.to_string(),
            findings: findings.iter().map(|f| self.finding_dto(l, f)).collect(),
            blocking: count(&|f| f.blocks()),
            to_disclose: count(&|f| f.severity == Severity::Disclose && !f.resolved()),
            appointment: None,
        };
        Ok((report, case, neutral, proposal, findings))
    }

    /// The conflict report for appointing a neutral in a case; nothing is recorded.
    pub fn check_conflicts(&self, input: &ProposalDto) -> Result<ConflictReportDto, AppError> {
        Ok(self.report(input)?.0)
    }

    /// Checks a proposed appointment and, with `confirm`, records it (refused while a blocking
    /// finding is unresolved).
    pub fn propose_appointment(
        &mut self,
        input: &ProposalDto,
    ) -> Result<ConflictReportDto, AppError> {
        let (mut report, case, neutral, proposal, _) = self.report(input)?;
        if !input.confirm {
            return Ok(report);
        }
        if report.blocking > 0 {
            return Err(AppError::Conflict {
                reason: ConflictReason::AppointmentBlocked {
                    blocking: report.blocking,
                },
            });
        }
        let appointed_by = match given(input.appointed_by.as_deref()) {
            None => AppointedBy::Institution,
            Some(s) => AppointedBy::parse(s)
                .ok_or_else(|| AppError::malformed("appointed_by", Expected::AppointedBy))?,
        };
        let party_id = optional_id::<'P'>("party", input.party_id.as_deref())?;
        if appointed_by == AppointedBy::Party && party_id.is_none() {
            return Err(AppError::field("party", FieldProblemReason::Required));
        }
        let counsel_id = optional_id::<'L'>("counsel", input.counsel_id.as_deref())?;
        let counsel = match counsel_id {
            Some(id) => Some(
                self.store
                    .read(|c| repo::parties::get_counsel(c, id))?
                    .ok_or_else(|| {
                        AppError::field("counsel", FieldProblemReason::UnknownReference)
                    })?,
            ),
            None => None,
        };
        if let Some(p) = party_id
            && self
                .store
                .read(|c| repo::parties::get_party(c, p))?
                .is_none()
        {
            return Err(AppError::field(
                "party",
                FieldProblemReason::UnknownReference,
            ));
        }
        let appointment = Appointment {
            id: AppointmentId::from_uuid(self.ids.next_uuid()),
            case_id: case.id,
            neutral_id: neutral.id,
            role: proposal.role,
            appointed_by,
            party_id,
            counsel_id,
            firm_id: counsel.and_then(|c| c.firm_id),
            nominated_on: proposal.on,
            confirmed_on: None,
            ended_on: None,
            rate: proposal.rate.clone(),
        };
        let now = self.clock.now();
        self.store
            .write(|tx: &Transaction<'_>| -> Result<(), StoreError> {
                repo::appointments::insert(tx, &appointment, now)?;
                repo::workflow::audit(
                    tx,
                    "case",
                    &case.id.to_string(),
                    "appointment",
                    None,
                    Some(&format!("{} {}", proposal.role.as_str(), neutral.name.en)),
                    now,
                )
            })?;
        let names: HashMap<NeutralId, BilingualDto> =
            [(neutral.id, BilingualDto::from(&neutral.name))]
                .into_iter()
                .collect();
        let stored = self
            .store
            .read(|c| repo::appointments::get(c, appointment.id))?
            .into_iter()
            .collect::<Vec<_>>();
        report.appointment = self.appointment_dtos(self.locale(), &stored, &names)?.pop();
        Ok(report)
    }

    /// Records a disclosure, objection or waiver against a finding and returns the report again.
    pub fn record_conflict(
        &mut self,
        input: &ConflictRecordInputDto,
    ) -> Result<ConflictReportDto, AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let neutral = self.neutral(&input.neutral_id)?;
        let mut c = Collector::new();
        let rule = Rule::parse(input.rule.trim());
        if rule.is_none() {
            c.push(
                "rule",
                FieldReason::Malformed {
                    expected: DomainExpected::ConflictRule,
                },
            );
        }
        let kind = RecordKind::parse(input.kind.trim());
        if kind.is_none() {
            c.push(
                "kind",
                FieldReason::Malformed {
                    expected: DomainExpected::RecordKind,
                },
            );
        }
        let subject = c.text("subject", &input.subject, 200);
        let recorded_on = match input.recorded_on.trim() {
            "" => Some(self.today()),
            s => optional_date(&mut c, "recorded_on", Some(s)),
        };
        let recorded_by = c.text("recorded_by", &input.recorded_by, 120);
        let note = c
            .optional_text("note", Some(&input.note), 2000)
            .unwrap_or_default();
        c.finish(()).map_err(AppError::validation)?;
        let (Some(rule), Some(kind), Some(recorded_on)) = (rule, kind, recorded_on) else {
            return Err(AppError::Internal {
                detail: "validated record fields".to_owned(),
            });
        };
        let record = ConflictRecord {
            id: Id::from_uuid(self.ids.next_uuid()),
            case_id: case.id,
            neutral_id: neutral.id,
            rule,
            subject,
            kind,
            recorded_on,
            recorded_by,
            note,
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::appointments::insert_record(tx, &record, now)?;
            crate::clerk::adopt_signature(tx, &record.recorded_by)
        })?;
        self.check_conflicts(&ProposalDto {
            case_reference: case.reference,
            neutral_id: neutral.id.to_string(),
            role: input.role.clone(),
            ..ProposalDto::default()
        })
    }

    /// The clerk's name, or the first name used to sign a conflict record (the form's default).
    pub fn last_clerk_name(&self) -> Result<Option<String>, AppError> {
        self.clerk_name()
    }

    /// Sets when an appointment was confirmed and when it ended.
    pub fn set_appointment_dates(
        &mut self,
        input: &AppointmentDatesDto,
    ) -> Result<AppointmentDto, AppError> {
        let id: AppointmentId = parse_id("appointment", &input.appointment_id)?;
        let confirmed = date_field("confirmed_on", input.confirmed_on.as_deref())?;
        let ended = date_field("ended_on", input.ended_on.as_deref())?;
        let current = self
            .store
            .read(|c| repo::appointments::get(c, id))?
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Appointment,
                key: input.appointment_id.clone(),
            })?;
        for (field, d) in [("confirmed_on", confirmed), ("ended_on", ended)] {
            if d.is_some_and(|d| d < current.appointment.nominated_on) {
                return Err(AppError::malformed(field, Expected::AfterNomination));
            }
        }
        self.store
            .write(|tx| repo::appointments::set_dates(tx, id, confirmed, ended))?;
        let neutral = self.neutral(&current.appointment.neutral_id.to_string())?;
        let names: HashMap<NeutralId, BilingualDto> =
            [(neutral.id, BilingualDto::from(&neutral.name))]
                .into_iter()
                .collect();
        let stored: Vec<_> = self
            .store
            .read(|c| repo::appointments::get(c, id))?
            .into_iter()
            .collect();
        self.appointment_dtos(self.locale(), &stored, &names)?
            .pop()
            .ok_or_else(|| AppError::Internal {
                detail: "appointment just updated".to_owned(),
            })
    }

    pub(crate) fn case_appointment_dtos(
        &self,
        case: CaseId,
    ) -> Result<Vec<AppointmentDto>, AppError> {
        let (appointments, neutrals) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::appointments::of_case(c, case)?,
                repo::neutrals::list(c)?,
            ))
        })?;
        let names: HashMap<NeutralId, BilingualDto> = neutrals
            .iter()
            .map(|n| (n.id, BilingualDto::from(&n.name)))
            .collect();
        self.appointment_dtos(self.locale(), &appointments, &names)
    }

    pub(crate) fn related_references(&self, case: CaseId) -> Result<Vec<String>, AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            let related = repo::parties::related_cases(c, case)?;
            Ok(repo::cases::references(c, &related)?
                .into_iter()
                .map(|(_, r)| r)
                .collect())
        })?)
    }

    pub(crate) fn appointment_dtos(
        &self,
        l: Locale,
        list: &[docket_domain::conflict::PastAppointment],
        names: &HashMap<NeutralId, BilingualDto>,
    ) -> Result<Vec<AppointmentDto>, AppError> {
        let (parties, counsel) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_parties(c)?,
                repo::parties::list_counsel(c)?,
            ))
        })?;
        Ok(list
            .iter()
            .map(|p| {
                let a = &p.appointment;
                AppointmentDto {
                    id: a.id.to_string(),
                    case_reference: p.case_reference.clone(),
                    neutral_id: a.neutral_id.to_string(),
                    neutral_name: names.get(&a.neutral_id).cloned().unwrap_or_default(),
                    role: a.role.into(),
                    role_label: explain::role_label(l, a.role).to_owned(),
                    appointed_by: a.appointed_by.into(),
                    party: a.party_id.and_then(|id| {
                        parties
                            .iter()
                            .find(|(x, _)| x.id == id)
                            .map(|(x, _)| (&x.name).into())
                    }),
                    counsel: a.counsel_id.and_then(|id| {
                        counsel
                            .iter()
                            .find(|x| x.id == id)
                            .map(|x| (&x.name).into())
                    }),
                    nominated_on: a.nominated_on.to_string(),
                    confirmed_on: a.confirmed_on.map(|d| d.to_string()),
                    ended_on: a.ended_on.map(|d| d.to_string()),
                    rate: a.rate.as_ref().map(MoneyDto::from),
                }
            })
            .collect())
    }
}
