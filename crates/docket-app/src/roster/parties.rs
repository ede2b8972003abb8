//! Parties, counsel and law firms: creating and listing them, a party's side in a case, the
//! connections between people that the conflict checks read, and cases linked as related.

use super::*;

impl App {
    /// Parties whose name (either script) contains `text`.
    pub fn list_parties(&self, text: Option<&str>) -> Result<Vec<PartyDto>, AppError> {
        let q = text.map(search::fold).unwrap_or_default();
        let (all, gone) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_parties(c)?,
                repo::removal::inactive(c, Record::Party, true)?,
            ))
        })?;
        Ok(all
            .iter()
            .filter(|(p, _)| !gone.contains(&p.id.to_string()))
            .filter(|(_, key)| search::matches(key, &q))
            .map(|(p, _)| PartyDto::from(p))
            .collect())
    }

    pub fn create_party(&mut self, input: PartyInputDto) -> Result<PartyDto, AppError> {
        let party = checked_party(input, PartyId::from_uuid(self.ids.next_uuid()))?;
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
            history: self.record_history("party", &pid.to_string())?,
        })
    }

    /// The law firms to pick from (not removed or retired).
    pub fn list_firms(&self) -> Result<Vec<FirmDto>, AppError> {
        let (firms, gone) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_firms(c)?,
                repo::removal::inactive(c, Record::Firm, true)?,
            ))
        })?;
        Ok(firms
            .iter()
            .filter(|f| !gone.contains(&f.id.to_string()))
            .map(FirmDto::from)
            .collect())
    }

    pub fn create_firm(&mut self, input: FirmInputDto) -> Result<FirmDto, AppError> {
        let firm = checked_firm(input, FirmId::from_uuid(self.ids.next_uuid()))?;
        self.store
            .write(|tx| repo::parties::insert_firm(tx, &firm))?;
        Ok(FirmDto::from(&firm))
    }

    pub fn list_counsel(&self) -> Result<Vec<CounselDto>, AppError> {
        let (counsel, firms, gone) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_counsel(c)?,
                repo::parties::list_firms(c)?,
                repo::removal::inactive(c, Record::Counsel, true)?,
            ))
        })?;
        Ok(counsel
            .iter()
            .filter(|c| !gone.contains(&c.id.to_string()))
            .map(|c| CounselDto::new(c, firms.iter().find(|f| Some(f.id) == c.firm_id)))
            .collect())
    }

    pub fn create_counsel(&mut self, input: CounselInputDto) -> Result<CounselDto, AppError> {
        let counsel = self.checked_counsel(input, CounselId::from_uuid(self.ids.next_uuid()))?;
        self.store
            .write(|tx| repo::parties::insert_counsel(tx, &counsel))?;
        self.counsel_dto(&counsel)
    }

    /// A counsel with its firm, as lists show it.
    pub(crate) fn counsel_dto(&self, counsel: &Counsel) -> Result<CounselDto, AppError> {
        let firm = match counsel.firm_id {
            Some(f) => self.store.read(|c| repo::parties::get_firm(c, f))?,
            None => None,
        };
        Ok(CounselDto::new(counsel, firm.as_ref()))
    }

    /// A counsel as typed, checked as the form checks it; a firm must be one on record.
    pub(crate) fn checked_counsel(
        &self,
        input: CounselInputDto,
        id: CounselId,
    ) -> Result<Counsel, AppError> {
        let mut c = Collector::new();
        let name = names(&mut c, &input.name_en, &input.name_zh);
        let email = c.optional_text("email", input.email.as_deref(), 200);
        let firm_id = match given(input.firm_id.as_deref()) {
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
        c.finish(Counsel {
            id,
            name,
            firm_id,
            email,
        })
        .map_err(AppError::validation)
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
        let counsel_id = optional_id::<'L'>("counsel", input.counsel_id.as_deref())?;
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

    pub(crate) fn connection_dtos(
        &self,
        list: &[Connection],
    ) -> Result<Vec<ConnectionDto>, AppError> {
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

/// A party as typed, checked as the form checks it.
pub(crate) fn checked_party(
    input: PartyInputDto,
    id: PartyId,
) -> Result<docket_domain::roster::party::Party, AppError> {
    PartyDraft {
        name_en: input.name_en,
        name_zh: input.name_zh,
        kind: input.kind,
        nationality: input.nationality,
        group: input.group,
    }
    .validate(id)
    .map_err(AppError::validation)
}

/// A law firm as typed, checked as the form checks it.
pub(crate) fn checked_firm(input: FirmInputDto, id: FirmId) -> Result<LawFirm, AppError> {
    let mut c = Collector::new();
    let name = names(&mut c, &input.name_en, &input.name_zh);
    let country = country_codes(&mut c, "country", &[input.country]);
    if country.is_empty() {
        c.push("country", FieldReason::Required);
    }
    c.finish(LawFirm {
        id,
        name,
        country: country.into_iter().next().unwrap_or_default(),
    })
    .map_err(AppError::validation)
}
