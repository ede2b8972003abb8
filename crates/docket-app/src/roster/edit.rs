//! Correcting parties, counsel, law firms and documents after they were created: checked as
//! creating them checks, audited with each changed field before and after, and nothing recorded
//! when nothing changed. A party's corrected nationality or group changes what the conflict checks
//! read, so the answer carries the findings they make now for every case the party is in.

use super::parties::{checked_firm, checked_party};
use crate::App;
use crate::dto::{
    ConflictReportDto, CounselDto, CounselInputDto, DocumentEditDto, FirmDto, FirmInputDto,
    PartyEditedDto, PartyInputDto, PrepDto, ProposalDto,
};
use crate::error::{AppError, Entity};
use docket_domain::id::{CounselId, FirmId, PartyId};
use docket_domain::text::Bilingual;
use docket_domain::validation::{Collector, FieldReason};
use docket_store::StoreError;
use docket_store::repo;

pub(crate) use crate::history::changes;

/// A neutral's profile as `field: value` pairs, for the audit trail (lists on one line).
pub(crate) fn neutral_fields(n: &docket_domain::roster::Neutral) -> Vec<(&'static str, String)> {
    let one_line = |s: &str| s.replace('\n', "; ");
    let [en, zh] = names(&n.name);
    vec![
        en,
        zh,
        ("roles", n.roles.as_str().to_owned()),
        ("titles", n.titles.clone()),
        (
            "date_of_birth",
            n.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("nationalities", n.nationalities.join(", ")),
        (
            "languages",
            n.languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("admissions", n.admissions.join("; ")),
        (
            "panels",
            n.panels
                .iter()
                .map(|p| {
                    let until = p.until.map(|u| u.to_string()).unwrap_or_default();
                    format!("{} {}–{until}", p.panel.as_str(), p.from)
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        ("home_zone", n.home_zone.name().to_owned()),
        ("email", n.email.clone().unwrap_or_default()),
        ("phone", n.phone.clone().unwrap_or_default()),
        (
            "rate",
            n.rate.as_ref().map(|r| r.display()).unwrap_or_default(),
        ),
        (
            "max_concurrent",
            n.max_concurrent.map(|m| m.to_string()).unwrap_or_default(),
        ),
        (
            "unavailability",
            n.unavailability
                .iter()
                .map(|u| format!("{}–{} {}", u.from.to_iso(), u.until.to_iso(), u.zone.name()))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        ("notes", one_line(&n.notes)),
    ]
}

fn names(n: &Bilingual) -> [(&'static str, String); 2] {
    [("name_en", n.en.clone()), ("name_zh", n.zh.clone())]
}

impl App {
    fn audit_edit(
        &mut self,
        entity: &str,
        id: &str,
        action: &str,
        (old, new): (String, String),
        write: impl FnOnce(&docket_store::Transaction<'_>) -> Result<(), StoreError>,
    ) -> Result<bool, AppError> {
        if old.is_empty() {
            return Ok(false);
        }
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            write(tx)?;
            repo::workflow::audit(tx, entity, id, action, Some(&old), Some(&new), now)
        })?;
        Ok(true)
    }

    /// Corrects a party; the answer has the conflict findings as they stand now in each of its
    /// cases (a changed nationality or group is what they read).
    pub fn update_party(
        &mut self,
        id: &str,
        input: PartyInputDto,
    ) -> Result<PartyEditedDto, AppError> {
        let pid: PartyId = id.trim().parse().map_err(|_| AppError::NotFound {
            entity: Entity::Party,
            key: id.trim().to_owned(),
        })?;
        let before = self
            .store
            .read(|c| repo::parties::get_party(c, pid))?
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Party,
                key: id.trim().to_owned(),
            })?;
        let after = checked_party(input, pid)?;
        let fields = |p: &docket_domain::roster::party::Party| {
            let [en, zh] = names(&p.name);
            vec![
                en,
                zh,
                ("kind", p.kind.as_str().to_owned()),
                ("nationality", p.nationality.clone()),
                ("group", p.group.clone().unwrap_or_default()),
            ]
        };
        let now = self.clock.now();
        let diff = changes(&fields(&before), &fields(&after));
        self.audit_edit("party", &pid.to_string(), "party_edited", diff, |tx| {
            repo::parties::update_party(tx, &after, now)?;
            repo::prep::index(tx, &crate::search::party_entry(&after))
        })?;
        let detail = self.party_detail(&pid.to_string())?;
        let mut findings = Vec::new();
        for case in &detail.cases {
            findings.extend(self.standing_findings(&case.reference)?);
        }
        Ok(PartyEditedDto {
            party: detail.party,
            findings,
        })
    }

    /// The conflict reports of a case's current appointments, as the checks read the records now;
    /// only those with something to act on (a blocking finding or one to disclose).
    pub(crate) fn standing_findings(
        &self,
        reference: &str,
    ) -> Result<Vec<ConflictReportDto>, AppError> {
        let case = self.case_by_reference(reference)?;
        let appointments = self
            .store
            .read(|c| repo::appointments::of_case(c, case.id))?;
        let mut out = Vec::new();
        for a in appointments
            .iter()
            .map(|p| &p.appointment)
            .filter(|a| a.ended_on.is_none())
        {
            let report = self.check_conflicts(&ProposalDto {
                case_reference: case.reference.clone(),
                neutral_id: a.neutral_id.to_string(),
                role: a.role.as_str().to_owned(),
                on: Some(a.nominated_on.to_string()),
                ..ProposalDto::default()
            })?;
            if report.blocking + report.to_disclose > 0 {
                out.push(report);
            }
        }
        Ok(out)
    }

    /// Corrects a law firm's names and country.
    pub fn update_firm(&mut self, id: &str, input: FirmInputDto) -> Result<FirmDto, AppError> {
        let not_found = || AppError::NotFound {
            entity: Entity::Firm,
            key: id.trim().to_owned(),
        };
        let fid: FirmId = id.trim().parse().map_err(|_| not_found())?;
        let before = self
            .store
            .read(|c| repo::parties::get_firm(c, fid))?
            .ok_or_else(not_found)?;
        let after = checked_firm(input, fid)?;
        let fields = |f: &docket_domain::roster::party::LawFirm| {
            let [en, zh] = names(&f.name);
            vec![en, zh, ("country", f.country.clone())]
        };
        let diff = changes(&fields(&before), &fields(&after));
        self.audit_edit("firm", &fid.to_string(), "firm_edited", diff, |tx| {
            repo::parties::update_firm(tx, &after)
        })?;
        Ok(FirmDto::from(&after))
    }

    /// Corrects a counsel's names, firm and e-mail.
    pub fn update_counsel(
        &mut self,
        id: &str,
        input: CounselInputDto,
    ) -> Result<CounselDto, AppError> {
        let not_found = || AppError::NotFound {
            entity: Entity::Counsel,
            key: id.trim().to_owned(),
        };
        let cid: CounselId = id.trim().parse().map_err(|_| not_found())?;
        let before = self
            .store
            .read(|c| repo::parties::get_counsel(c, cid))?
            .ok_or_else(not_found)?;
        let after = self.checked_counsel(input, cid)?;
        let fields = |c: &docket_domain::roster::party::Counsel| {
            let [en, zh] = names(&c.name);
            vec![
                en,
                zh,
                ("firm", c.firm_id.map(|f| f.to_string()).unwrap_or_default()),
                ("email", c.email.clone().unwrap_or_default()),
            ]
        };
        let diff = changes(&fields(&before), &fields(&after));
        self.audit_edit("counsel", &cid.to_string(), "counsel_edited", diff, |tx| {
            repo::parties::update_counsel(tx, &after)
        })?;
        self.counsel_dto(&after)
    }

    /// Corrects a document's title, page count and tags (its file and version stay).
    pub fn update_document(
        &mut self,
        reference: &str,
        id: &str,
        edit: &DocumentEditDto,
    ) -> Result<PrepDto, AppError> {
        let case = self.case_by_reference(reference)?;
        let row = self
            .store
            .read(|c| repo::prep::document(c, id.trim()))?
            .filter(|r| r.case_id == case.id.to_string())
            .ok_or_else(|| AppError::NotFound {
                entity: Entity::Document,
                key: id.trim().to_owned(),
            })?;
        let mut c = Collector::new();
        let before = row.document.clone();
        let mut doc = before.clone();
        if let Some(title) = &edit.title {
            match c.optional_text("title", Some(title), 300) {
                Some(t) => doc.title = t,
                None => c.push("title", FieldReason::Required),
            }
        }
        if let Some(pages) = edit.pages {
            doc.pages = pages;
        }
        if let Some(tags) = &edit.tags {
            doc.tags = tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
        }
        let doc = c.finish(doc).map_err(AppError::validation)?;
        let fields = |d: &docket_domain::prep::Document| {
            vec![
                ("title", d.title.clone()),
                ("pages", d.pages.to_string()),
                ("tags", d.tags.join(", ")),
            ]
        };
        let diff = changes(&fields(&before), &fields(&doc));
        let now = self.clock.now();
        let (case_id, reference) = (case.id, case.reference.clone());
        self.audit_edit(
            "case",
            &case_id.to_string(),
            "document_edited",
            diff,
            |tx| {
                repo::prep::put_document(tx, case_id, &doc, &row.added_at, now)?;
                repo::prep::index(tx, &crate::search::document_entry(&reference, &doc))
            },
        )?;
        self.prep(&case.reference)
    }
}
