//! The checker behind [`check`](super::check): each rule of the policy applied to one proposal's
//! facts, in order, each finding with its reason.

use super::*;

pub(super) struct Checker<'a> {
    pub(super) policy: &'a Policy,
    pub(super) history: &'a History,
    pub(super) findings: Vec<Finding>,
}

impl Checker<'_> {
    fn push(&mut self, rule: Rule, subject: String, facts: Facts, waivable: bool) {
        self.push_with(rule, None, subject, facts, waivable);
    }

    fn push_with(
        &mut self,
        rule: Rule,
        severity: Option<Severity>,
        subject: String,
        facts: Facts,
        waivable: bool,
    ) {
        let Some(params) = self.policy.get(rule) else {
            return;
        };
        let severity = severity.unwrap_or(params.severity);
        let mut records: Vec<ConflictRecord> = self
            .history
            .records
            .iter()
            .filter(|r| r.rule == rule && r.subject == subject)
            .cloned()
            .collect();
        records.sort_by_key(|r| r.recorded_on);
        let status = if severity == Severity::Note {
            Status::Note
        } else {
            match records.last().map(|r| r.kind) {
                None => Status::Open,
                Some(RecordKind::Waiver) if waivable => Status::Waived,
                Some(RecordKind::Waiver) => Status::Open,
                Some(RecordKind::Disclosure) => Status::Disclosed,
                Some(RecordKind::Objection) => Status::Objected,
            }
        };
        self.findings.push(Finding {
            rule,
            severity,
            subject,
            facts,
            waivable,
            status,
            records,
            source: params.source.clone(),
        });
    }

    /// The first day of `rule`'s look-back window ending on `on` (inclusive: an appointment exactly
    /// N years before counts).
    fn since(&self, rule: Rule, on: CivilDate) -> CivilDate {
        let years = self.policy.get(rule).map_or(0, |p| p.lookback_years);
        on.years_before(years).unwrap_or(CivilDate::MIN)
    }

    fn threshold(&self, rule: Rule) -> u32 {
        self.policy
            .get(rule)
            .map_or(u32::MAX, |p| p.threshold.max(1))
    }

    fn in_window<'h>(
        &'h self,
        case: &'h CaseFacts,
        since: CivilDate,
        on: CivilDate,
    ) -> impl Iterator<Item = &'h PastAppointment> + 'h {
        self.history.appointments.iter().filter(move |a| {
            let d = a.appointment.nominated_on;
            a.appointment.case_id != case.id && since <= d && d <= on
        })
    }

    pub(super) fn repeats(&mut self, case: &CaseFacts, p: &Proposal) {
        // 3.1.3: by party (counted per group of affiliates).
        let since = self.since(Rule::PartyRepeat, p.on);
        let mut groups: BTreeMap<String, &Party> = BTreeMap::new();
        for pc in &case.parties {
            groups.entry(pc.party.group_key()).or_insert(&pc.party);
        }
        let mut found = Vec::new();
        for (key, party) in &groups {
            let cases: Vec<String> = self
                .in_window(case, since, p.on)
                .filter(|a| a.party_key.as_deref() == Some(key.as_str()))
                .map(|a| a.case_reference.clone())
                .collect();
            if u32::try_from(cases.len()).unwrap_or(u32::MAX) >= self.threshold(Rule::PartyRepeat) {
                found.push((key.clone(), (*party).clone(), cases));
            }
        }
        for (key, party, cases) in found {
            let count = u32::try_from(cases.len()).unwrap_or(u32::MAX);
            self.push(
                Rule::PartyRepeat,
                key,
                Facts::PartyRepeat {
                    party: party.name.clone(),
                    count,
                    since,
                    cases,
                },
                true,
            );
        }

        // 3.3.8: by counsel, and by firm.
        let since = self.since(Rule::CounselRepeat, p.on);
        let mut counsel: BTreeMap<String, (Bilingual, bool)> = BTreeMap::new();
        for c in case.parties.iter().filter_map(|pc| pc.counsel.as_ref()) {
            counsel.insert(format!("counsel:{}", c.id), (c.name.clone(), false));
            if let Some((firm, name)) = &c.firm {
                counsel.insert(format!("firm:{firm}"), (name.clone(), true));
            }
        }
        let mut found = Vec::new();
        for (key, (name, firm)) in &counsel {
            let cases: Vec<String> = self
                .in_window(case, since, p.on)
                .filter(|a| {
                    let ap = &a.appointment;
                    if *firm {
                        ap.firm_id.is_some_and(|f| *key == format!("firm:{f}"))
                    } else {
                        ap.counsel_id
                            .is_some_and(|c| *key == format!("counsel:{c}"))
                    }
                })
                .map(|a| a.case_reference.clone())
                .collect();
            if u32::try_from(cases.len()).unwrap_or(u32::MAX) >= self.threshold(Rule::CounselRepeat)
            {
                found.push((key.clone(), name.clone(), *firm, cases));
            }
        }
        for (key, who, firm, cases) in found {
            let count = u32::try_from(cases.len()).unwrap_or(u32::MAX);
            self.push(
                Rule::CounselRepeat,
                key,
                Facts::CounselRepeat {
                    who,
                    firm,
                    count,
                    since,
                    cases,
                },
                true,
            );
        }
    }

    pub(super) fn connections(&mut self, case: &CaseFacts, p: &Proposal) {
        let since = self.since(Rule::PartyConnection, p.on);
        let keys: BTreeSet<String> = case.parties.iter().map(|pc| pc.party.group_key()).collect();
        let mut found = Vec::new();
        for c in &self.history.connections {
            if !keys.contains(&c.party_key) {
                continue;
            }
            let conn = &c.connection;
            let current = conn.until.is_none_or(|u| u >= p.on);
            let recent = conn.until.is_none_or(|u| u >= since);
            let (severity, waivable) = match (conn.kind, current, recent) {
                // Non-waivable red list: the neutral represents, runs or owns part of the party.
                (
                    ConnectionKind::Counsel | ConnectionKind::Officer | ConnectionKind::Shareholder,
                    true,
                    _,
                ) => (None, false),
                (_, _, true) => (None, true),
                // A link that ended before the look-back: for the file only.
                (_, _, false) => (Some(Severity::Note), true),
            };
            found.push((
                format!("connection:{}", conn.id),
                severity,
                Facts::PartyConnection {
                    party: c.party_name.clone(),
                    kind: conn.kind,
                    until: conn.until,
                    note: conn.note.clone(),
                },
                waivable,
            ));
        }
        for (subject, severity, facts, waivable) in found {
            self.push_with(Rule::PartyConnection, severity, subject, facts, waivable);
        }
    }

    pub(super) fn related(&mut self, case: &CaseFacts, p: &Proposal) {
        let since = self.since(Rule::RelatedCase, p.on);
        let keys: BTreeSet<String> = case.parties.iter().map(|pc| pc.party.group_key()).collect();
        let mut found = Vec::new();
        for related in &case.related {
            if related.party_keys.is_disjoint(&keys) {
                continue;
            }
            for a in &self.history.appointments {
                let ap = &a.appointment;
                if ap.case_id == related.id && ap.ended_on.is_none_or(|e| e >= since) {
                    found.push((
                        format!("case:{}", related.id),
                        Facts::RelatedCase {
                            case_reference: related.reference.clone(),
                            role: ap.role,
                        },
                    ));
                    break;
                }
            }
        }
        for (subject, facts) in found {
            self.push(Rule::RelatedCase, subject, facts, true);
        }
    }

    pub(super) fn nationality(&mut self, case: &CaseFacts, neutral: &Neutral, p: &Proposal) {
        if !p.role.chairs_tribunal() || case.institution_for(p.role) != Institution::Hkiac {
            return;
        }
        let nationalities: BTreeSet<&str> = case
            .parties
            .iter()
            .map(|pc| pc.party.nationality.as_str())
            .collect();
        if nationalities.len() < 2 {
            return;
        }
        let shared: Vec<String> = neutral
            .nationalities
            .iter()
            .filter(|n| nationalities.contains(n.as_str()))
            .cloned()
            .collect();
        if shared.is_empty() {
            return;
        }
        let parties = case
            .parties
            .iter()
            .filter(|pc| shared.contains(&pc.party.nationality))
            .map(|pc| pc.party.name.clone())
            .collect();
        self.push(
            Rule::Nationality,
            "nationality".to_owned(),
            Facts::Nationality { shared, parties },
            true,
        );
    }

    pub(super) fn mediator(&mut self, case: &CaseFacts, p: &Proposal) {
        if !p.role.is_arbitrator() {
            return;
        }
        let mediated = self.history.appointments.iter().find(|a| {
            a.appointment.case_id == case.id && a.appointment.role == AppointmentRole::Mediator
        });
        let Some(m) = mediated else {
            return;
        };
        let hong_kong_seat = arbitration_institution(case.model) == Institution::Hkiac;
        let severity = (!hong_kong_seat).then_some(Severity::Disclose);
        self.push_with(
            Rule::MediatorAsArbitrator,
            severity,
            format!("case:{}", case.id),
            Facts::MediatorAsArbitrator {
                mediated_on: m.appointment.nominated_on,
                hong_kong_seat,
            },
            true,
        );
    }

    pub(super) fn capacity(&mut self, neutral: &Neutral) {
        let Some(max) = neutral.max_concurrent else {
            return;
        };
        let open = self.history.open_appointments;
        if open >= max {
            self.push(
                Rule::Capacity,
                "capacity".to_owned(),
                Facts::Capacity { open, max },
                true,
            );
        }
    }

    pub(super) fn language(&mut self, case: &CaseFacts, neutral: &Neutral) {
        if neutral.level_in(&case.language).is_none() {
            self.push(
                Rule::Language,
                "language".to_owned(),
                Facts::Language {
                    case_language: case.language.clone(),
                    spoken: neutral.languages.clone(),
                },
                true,
            );
        }
    }

    pub(super) fn panel(&mut self, case: &CaseFacts, neutral: &Neutral, p: &Proposal) {
        let institution = case.institution_for(p.role);
        let terms: Vec<_> = neutral
            .panels
            .iter()
            .filter(|m| m.panel.covers(p.role, institution))
            .collect();
        if terms.iter().any(|m| m.active_on(p.on)) {
            return;
        }
        let last = terms.iter().max_by_key(|m| m.until);
        match last {
            None => self.push_with(
                Rule::PanelTerm,
                Some(Severity::Note),
                format!("panel:{}", institution.code()),
                Facts::PanelTerm {
                    panel: None,
                    institution,
                    ended_on: None,
                },
                true,
            ),
            Some(m) => {
                // A term that starts after the appointment date has not begun: same finding.
                let facts = Facts::PanelTerm {
                    panel: Some(m.panel),
                    institution,
                    ended_on: m.until,
                };
                self.push(
                    Rule::PanelTerm,
                    format!("panel:{}", m.panel.as_str()),
                    facts,
                    true,
                );
            }
        }
    }

    pub(super) fn fees(
        &mut self,
        caps: &[FeeCap],
        case: &CaseFacts,
        neutral: &Neutral,
        p: &Proposal,
    ) {
        if !p.role.is_arbitrator() {
            return;
        }
        let Some(rate) = p.rate.as_ref().or(neutral.rate.as_ref()) else {
            return;
        };
        let Some(cap) = cap_in_force(caps, case.institution_for(p.role), case.filed_on) else {
            return;
        };
        if rate.currency != cap.cap.currency {
            self.push_with(
                Rule::FeeCap,
                Some(Severity::Disclose),
                "rate".to_owned(),
                Facts::FeeCurrency {
                    rate: rate.clone(),
                    cap: cap.cap.clone(),
                },
                true,
            );
        } else if rate.amount_minor > cap.cap.amount_minor {
            self.push(
                Rule::FeeCap,
                "rate".to_owned(),
                Facts::FeeCap {
                    rate: rate.clone(),
                    cap: cap.cap.clone(),
                    cap_from: cap.effective_from,
                },
                true,
            );
        }
    }
}
