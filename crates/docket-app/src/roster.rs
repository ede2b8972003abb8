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
use docket_store::{StoreError, Transaction};
use std::collections::{BTreeSet, HashMap};

fn parse_id<const K: char>(field: &str, s: &str) -> Result<Id<K>, AppError> {
    s.parse::<Id<K>>()
        .map_err(|_| AppError::field(field, FieldProblemReason::UnknownReference))
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

/// Refuses a neutral who is already on the roster: same e-mail, or same name and date of birth.
fn refuse_duplicate(existing: &[Neutral], n: &Neutral) -> Result<(), AppError> {
    for other in existing.iter().filter(|o| o.id != n.id) {
        if let (Some(a), Some(b)) = (&other.email, &n.email)
            && a.eq_ignore_ascii_case(b)
        {
            return Err(AppError::field("email", FieldProblemReason::Duplicate));
        }
        let same_name = (!n.name.en.is_empty()
            && search::fold(&other.name.en) == search::fold(&n.name.en))
            || (!n.name.zh.is_empty() && search::fold(&other.name.zh) == search::fold(&n.name.zh));
        if same_name && n.date_of_birth.is_some() && other.date_of_birth == n.date_of_birth {
            return Err(AppError::field(
                "date_of_birth",
                FieldProblemReason::Duplicate,
            ));
        }
    }
    Ok(())
}

/// Everything needed to check one case.
struct CaseContext {
    facts: CaseFacts,
    /// The case's parties and the parties of the same groups.
    party_ids: Vec<PartyId>,
    counsel_ids: Vec<CounselId>,
    firm_ids: Vec<FirmId>,
}

impl App {
    fn refuse_duplicate(&self, n: &Neutral) -> Result<(), AppError> {
        let candidates = self.store.read(|c| {
            repo::neutrals::possible_duplicates(c, n.email.as_deref(), n.date_of_birth)
        })?;
        refuse_duplicate(&candidates, n)
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
        let (all, keys, open) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::neutrals::list(c)?,
                repo::neutrals::search_keys(c)?,
                repo::appointments::open_counts(c, None)?,
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
        })
    }

    /// Adds a mediator or arbitrator to the roster.
    pub fn create_neutral(&mut self, input: NeutralInputDto) -> Result<NeutralDetailDto, AppError> {
        let neutral = draft(input)
            .validate(NeutralId::from_uuid(self.ids.next_uuid()))
            .map_err(AppError::validation)?;
        self.refuse_future_birth(&neutral)?;
        self.refuse_duplicate(&neutral)?;
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
        let neutral = draft(input)
            .validate(current.id)
            .map_err(AppError::validation)?;
        self.refuse_future_birth(&neutral)?;
        self.refuse_duplicate(&neutral)?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::neutrals::update(tx, &neutral, now)?;
            repo::prep::index(tx, &crate::search::neutral_entry(&neutral))?;
            repo::workflow::audit(
                tx,
                "neutral",
                &neutral.id.to_string(),
                "profile_edited",
                None,
                Some(&neutral.name.en),
                now,
            )
        })?;
        self.neutral_detail(id)
    }

    /// Parties whose name (either script) contains `text`.
    pub fn list_parties(&self, text: Option<&str>) -> Result<Vec<PartyDto>, AppError> {
        let q = text.map(search::fold).unwrap_or_default();
        let all = self.store.read(repo::parties::list_parties)?;
        Ok(all
            .iter()
            .filter(|(_, key)| search::matches(key, &q))
            .map(|(p, _)| PartyDto::from(p))
            .collect())
    }

    pub fn create_party(&mut self, input: PartyInputDto) -> Result<PartyDto, AppError> {
        let party = PartyDraft {
            name_en: input.name_en,
            name_zh: input.name_zh,
            kind: input.kind,
            nationality: input.nationality,
            group: input.group,
        }
        .validate(PartyId::from_uuid(self.ids.next_uuid()))
        .map_err(AppError::validation)?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::parties::insert_party(tx, &party, now)?;
            repo::prep::index(tx, &crate::search::party_entry(&party))
        })?;
        Ok(PartyDto::from(&party))
    }

    /// A party with its cases, the appointments it or its group made, and connected neutrals.
    pub fn party_detail(&self, id: &str) -> Result<PartyDetailDto, AppError> {
        let pid: PartyId = parse_id("party", id)?;
        let l = self.locale();
        let (party, cases, appointments, connections, neutrals) =
            self.store.read(|c| -> Result<_, StoreError> {
                let party = repo::parties::get_party(c, pid)?;
                let mut ids = vec![pid];
                if let Some(g) = party.as_ref().and_then(|p| p.group.clone()) {
                    ids.extend(
                        repo::parties::parties_in_groups(c, &[g])?
                            .iter()
                            .map(|p| p.id),
                    );
                }
                ids.sort();
                ids.dedup();
                let mut appointments = Vec::new();
                for p in &ids {
                    appointments.extend(repo::appointments::by_party(c, *p)?);
                }
                appointments.sort_by_key(|a| std::cmp::Reverse(a.appointment.nominated_on));
                Ok((
                    party,
                    repo::parties::cases_of_party(c, pid)?,
                    appointments,
                    repo::parties::connections(c, None, &[pid])?,
                    repo::neutrals::list(c)?,
                ))
            })?;
        let party = party.ok_or_else(|| AppError::NotFound {
            entity: Entity::Party,
            key: id.trim().to_owned(),
        })?;
        let names: HashMap<NeutralId, BilingualDto> = neutrals
            .iter()
            .map(|n| (n.id, BilingualDto::from(&n.name)))
            .collect();
        Ok(PartyDetailDto {
            party: PartyDto::from(&party),
            cases: cases
                .into_iter()
                .map(|(_, reference, side)| PartyCaseDto {
                    reference,
                    side: side.into(),
                })
                .collect(),
            appointments: self.appointment_dtos(l, &appointments, &names)?,
            connections: self.connection_dtos(&connections)?,
        })
    }

    pub fn list_firms(&self) -> Result<Vec<FirmDto>, AppError> {
        Ok(self
            .store
            .read(repo::parties::list_firms)?
            .iter()
            .map(FirmDto::from)
            .collect())
    }

    pub fn create_firm(&mut self, input: FirmInputDto) -> Result<FirmDto, AppError> {
        let mut c = Collector::new();
        let name = names(&mut c, &input.name_en, &input.name_zh);
        let country = country_codes(&mut c, "country", &[input.country]);
        if country.is_empty() {
            c.push("country", FieldReason::Required);
        }
        let firm = c
            .finish(LawFirm {
                id: FirmId::from_uuid(self.ids.next_uuid()),
                name,
                country: country.into_iter().next().unwrap_or_default(),
            })
            .map_err(AppError::validation)?;
        self.store
            .write(|tx| repo::parties::insert_firm(tx, &firm))?;
        Ok(FirmDto::from(&firm))
    }

    pub fn list_counsel(&self) -> Result<Vec<CounselDto>, AppError> {
        let (counsel, firms) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_counsel(c)?,
                repo::parties::list_firms(c)?,
            ))
        })?;
        Ok(counsel
            .iter()
            .map(|c| CounselDto::new(c, firms.iter().find(|f| Some(f.id) == c.firm_id)))
            .collect())
    }

    pub fn create_counsel(&mut self, input: CounselInputDto) -> Result<CounselDto, AppError> {
        let mut c = Collector::new();
        let name = names(&mut c, &input.name_en, &input.name_zh);
        let email = c.optional_text("email", input.email.as_deref(), 200);
        let firm_id = match input
            .firm_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(f) => {
                let firm = f.parse::<FirmId>().ok();
                let known = self.store.read(|conn| -> Result<bool, StoreError> {
                    Ok(match firm {
                        Some(id) => repo::parties::get_firm(conn, id)?.is_some(),
                        None => false,
                    })
                })?;
                if !known {
                    c.push("firm_id", FieldReason::UnknownReference);
                }
                firm
            }
        };
        let counsel = c
            .finish(Counsel {
                id: CounselId::from_uuid(self.ids.next_uuid()),
                name,
                firm_id,
                email,
            })
            .map_err(AppError::validation)?;
        self.store
            .write(|tx| repo::parties::insert_counsel(tx, &counsel))?;
        let firm = match firm_id {
            Some(f) => self.store.read(|c| repo::parties::get_firm(c, f))?,
            None => None,
        };
        Ok(CounselDto::new(&counsel, firm.as_ref()))
    }

    /// Puts a party in a case on a side, with its counsel.
    pub fn set_case_party(
        &mut self,
        input: CasePartyInputDto,
    ) -> Result<Vec<CasePartyDto>, AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let party_id: PartyId = parse_id("party", &input.party_id)?;
        let side = Side::parse(input.side.trim())
            .ok_or_else(|| AppError::malformed("side", Expected::Side))?;
        let counsel_id = match input
            .counsel_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(c) => Some(parse_id::<'L'>("counsel", c)?),
            None => None,
        };
        let (party, counsel) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::get_party(c, party_id)?,
                match counsel_id {
                    Some(id) => repo::parties::get_counsel(c, id)?,
                    None => None,
                },
            ))
        })?;
        if party.is_none() {
            return Err(AppError::field(
                "party",
                FieldProblemReason::UnknownReference,
            ));
        }
        if counsel_id.is_some() && counsel.is_none() {
            return Err(AppError::field(
                "counsel",
                FieldProblemReason::UnknownReference,
            ));
        }
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::parties::set_case_party(
                tx,
                case.id,
                &CaseParty {
                    party_id,
                    side,
                    counsel_id,
                },
            )?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "party_added",
                None,
                Some(&format!("{} {}", side.as_str(), party_id)),
                now,
            )
        })?;
        self.case_party_dtos(case.id)
    }

    /// Links two cases as related.
    pub fn link_cases(&mut self, a: &str, b: &str) -> Result<Vec<String>, AppError> {
        let first = self.case_by_reference(a)?;
        let second = self.case_by_reference(b)?;
        if first.id == second.id {
            return Err(AppError::malformed("related", Expected::AnotherCase));
        }
        self.store
            .write(|tx| repo::parties::link_cases(tx, first.id, second.id))?;
        self.related_references(first.id)
    }

    /// Records a connection between a neutral and a party.
    pub fn add_connection(&mut self, input: ConnectionInputDto) -> Result<ConnectionDto, AppError> {
        let neutral = self.neutral(&input.neutral_id)?;
        let party_id: PartyId = parse_id("party", &input.party_id)?;
        if self
            .store
            .read(|c| repo::parties::get_party(c, party_id))?
            .is_none()
        {
            return Err(AppError::field(
                "party",
                FieldProblemReason::UnknownReference,
            ));
        }
        let mut c = Collector::new();
        let kind = ConnectionKind::parse(input.kind.trim());
        if kind.is_none() {
            c.push(
                "kind",
                FieldReason::Malformed {
                    expected: DomainExpected::ConnectionKind,
                },
            );
        }
        let from = optional_date(&mut c, "from", input.from.as_deref());
        let until = optional_date(&mut c, "until", input.until.as_deref());
        if let (Some(f), Some(u)) = (from, until)
            && u < f
        {
            c.push(
                "until",
                FieldReason::Malformed {
                    expected: DomainExpected::TermEndAfterStart,
                },
            );
        }
        let note = c
            .optional_text("note", Some(&input.note), 500)
            .unwrap_or_default();
        let connection = c
            .finish(kind.map(|kind| Connection {
                id: ConnectionId::from_uuid(self.ids.next_uuid()),
                neutral_id: neutral.id,
                party_id,
                kind,
                from,
                until,
                note,
            }))
            .map_err(AppError::validation)?
            .ok_or_else(|| AppError::Internal {
                detail: "connection kind".to_owned(),
            })?;
        self.store
            .write(|tx| repo::parties::insert_connection(tx, &connection))?;
        self.connection_dtos(std::slice::from_ref(&connection))?
            .pop()
            .ok_or_else(|| AppError::Internal {
                detail: "connection just written".to_owned(),
            })
    }

    fn case_context(&self, case: &Case) -> Result<CaseContext, AppError> {
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
    fn histories(
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

    fn policy_and_caps(&self) -> Result<(Policy, Vec<FeeCap>), AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                Policy::from_rows(repo::appointments::rules(c)?),
                repo::appointments::fee_caps(c)?,
            ))
        })?)
    }

    fn finding_dto(&self, l: Locale, f: &Finding) -> FindingDto {
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
        let amount = input
            .rate_amount
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
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
        let (policy, caps) = self.policy_and_caps()?;
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
        let appointed_by = match input
            .appointed_by
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => AppointedBy::Institution,
            Some(s) => AppointedBy::parse(s)
                .ok_or_else(|| AppError::malformed("appointed_by", Expected::AppointedBy))?,
        };
        let party_id = match input
            .party_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(p) => Some(parse_id::<'P'>("party", p)?),
            None => None,
        };
        if appointed_by == AppointedBy::Party && party_id.is_none() {
            return Err(AppError::field("party", FieldProblemReason::Required));
        }
        let counsel_id = match input
            .counsel_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(c) => Some(parse_id::<'L'>("counsel", c)?),
            None => None,
        };
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

    /// Ranks the roster for a seat in a case: filters, conflict checks, and the reasons for each score.
    pub fn find_neutrals(&self, input: &FindNeutralDto) -> Result<Vec<CandidateDto>, AppError> {
        let case = self.case_by_reference(&input.case_reference)?;
        let role = parse_role(&input.role)?;
        let on = date_field("on", input.on.as_deref())?.unwrap_or_else(|| self.today());
        let panel = match input
            .panel
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(p) => {
                Some(Panel::parse(p).ok_or_else(|| AppError::malformed("panel", Expected::Panel))?)
            }
        };
        let available = match (
            input
                .available_from
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty()),
            input
                .available_until
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty()),
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
        let (policy, caps) = self.policy_and_caps()?;
        let ctx = self.case_context(&case)?;
        let histories = self.histories(&ctx, None)?;
        let neutrals = self.store.read(repo::neutrals::list)?;
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

    /// The conflict rules' parameters, with their sources.
    pub fn conflict_rules(&self) -> Result<Vec<ConflictRuleDto>, AppError> {
        let (policy, _) = self.policy_and_caps()?;
        let l = self.locale();
        Ok(policy
            .rules()
            .iter()
            .map(|r| ConflictRuleDto {
                rule: r.rule.into(),
                name: explain::rule_name(l, r.rule).to_owned(),
                severity: r.severity.into(),
                lookback_years: r.lookback_years,
                threshold: r.threshold,
                source: r.source.clone(),
                verification: r.verification.into(),
            })
            .collect())
    }

    /// The institutions' hourly-rate caps by effective date.
    pub fn fee_caps(&self) -> Result<Vec<FeeCapDto>, AppError> {
        let (_, caps) = self.policy_and_caps()?;
        Ok(caps
            .iter()
            .map(|c| FeeCapDto {
                institution: c.institution.into(),
                cap: MoneyDto::from(&c.cap),
                effective_from: c.effective_from.to_string(),
                source: c.source.clone(),
                verification: c.verification.into(),
            })
            .collect())
    }

    pub(crate) fn case_party_dtos(&self, case: CaseId) -> Result<Vec<CasePartyDto>, AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            let firms = repo::parties::list_firms(c)?;
            let counsel = repo::parties::list_counsel(c)?;
            let mut out = Vec::new();
            for cp in repo::parties::case_parties(c, case)? {
                let Some(p) = repo::parties::get_party(c, cp.party_id)? else {
                    continue;
                };
                let lawyer = cp
                    .counsel_id
                    .and_then(|id| counsel.iter().find(|x| x.id == id));
                out.push(CasePartyDto {
                    party: PartyDto::from(&p),
                    side: cp.side.into(),
                    counsel: lawyer.map(|x| {
                        CounselDto::new(x, firms.iter().find(|f| Some(f.id) == x.firm_id))
                    }),
                });
            }
            Ok(out)
        })?)
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

    fn appointment_dtos(
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
                    neutral_name: names.get(&a.neutral_id).cloned().unwrap_or(BilingualDto {
                        en: String::new(),
                        zh: String::new(),
                        zh_hans: None,
                    }),
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

    fn connection_dtos(&self, list: &[Connection]) -> Result<Vec<ConnectionDto>, AppError> {
        let mut out = Vec::new();
        for k in list {
            let (party, neutral) = self.store.read(|c| -> Result<_, StoreError> {
                Ok((
                    repo::parties::get_party(c, k.party_id)?,
                    repo::neutrals::get(c, k.neutral_id)?,
                ))
            })?;
            let (Some(party), Some(neutral)) = (party, neutral) else {
                continue;
            };
            out.push(ConnectionDto {
                id: k.id.to_string(),
                neutral_id: k.neutral_id.to_string(),
                neutral_name: (&neutral.name).into(),
                party: PartyDto::from(&party),
                kind: k.kind.into(),
                from: k.from.map(|d| d.to_string()),
                until: k.until.map(|d| d.to_string()),
                note: k.note.clone(),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
