//! The conflict rules and fee caps as settings: the versions in force on a date (what a check
//! reads), every version with its source, and the clerk's changes, each a new version from a date,
//! checked by the domain's drafts and audited in the same transaction with the clerk's name.

use super::*;
use crate::dto::{ConflictRuleInputDto, FeeCapInputDto};
use docket_domain::conflict::{FeeCapDraft, RuleDraft, RuleVersion, cap_in_force};
use docket_domain::workflow::Institution;

/// A version as the audit trail keeps it: `disclose, 3 years, threshold 2, from 1900-01-01 (source)`.
fn rule_text(v: &RuleVersion) -> String {
    format!(
        "{}, {} years, threshold {}, from {} ({}; {})",
        v.params.severity.as_str(),
        v.params.lookback_years,
        v.params.threshold,
        v.effective_from,
        v.params.source,
        v.params.verification.as_str()
    )
}

/// A cap as the audit trail keeps it: `HKD 7,500.00 from 2026-01-01 (source)`.
fn cap_text(c: &FeeCap) -> String {
    format!(
        "{} from {} ({}; {})",
        c.cap.display(),
        c.effective_from,
        c.source,
        c.verification.as_str()
    )
}

impl App {
    /// The conflict policy in force on `on` (a proposal's or nomination's date) and every fee cap
    /// (a cap is chosen later by the case's filing date).
    pub(crate) fn policy_and_caps(&self, on: CivilDate) -> Result<(Policy, Vec<FeeCap>), AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                Policy::in_force(&repo::appointments::rules(c)?, on),
                repo::appointments::fee_caps(c)?,
            ))
        })?)
    }

    fn rule_dto(&self, v: &RuleVersion, in_force: bool) -> ConflictRuleDto {
        let r = &v.params;
        ConflictRuleDto {
            rule: r.rule.into(),
            name: explain::rule_name(self.locale(), r.rule).to_owned(),
            severity: r.severity.into(),
            lookback_years: r.lookback_years,
            threshold: r.threshold,
            source: r.source.clone(),
            verification: r.verification.into(),
            effective_from: v.effective_from.to_string(),
            in_force,
        }
    }

    /// Every version of every rule in force from some date, and whether it is the one in force
    /// today. Each rule's versions come newest first, in the order of the rules.
    fn rule_versions(&self) -> Result<Vec<(RuleVersion, bool)>, AppError> {
        let versions = self.store.read(repo::appointments::rules)?;
        let today = self.today();
        let mut out = Vec::with_capacity(versions.len());
        for rule in Rule::ALL {
            let mut mine: Vec<&RuleVersion> =
                versions.iter().filter(|v| v.params.rule == rule).collect();
            mine.sort_by_key(|v| std::cmp::Reverse(v.effective_from));
            let current = mine.iter().position(|v| v.effective_from <= today);
            for (i, v) in mine.into_iter().enumerate() {
                out.push(((*v).clone(), Some(i) == current));
            }
        }
        Ok(out)
    }

    /// The conflict rules' parameters in force today, with their sources and effective dates (a
    /// rule never changed shows its built-in parameters, in force from 1900-01-01).
    pub fn conflict_rules(&self) -> Result<Vec<ConflictRuleDto>, AppError> {
        let versions = self.store.read(repo::appointments::rules)?;
        let today = self.today();
        let policy = Policy::in_force(&versions, today);
        let earliest = CivilDate::new(docket_domain::validation::MIN_YEAR, 1, 1)
            .map_err(|e| AppError::time("effective_from", e))?;
        Ok(policy
            .rules()
            .iter()
            .map(|p| {
                let from = versions
                    .iter()
                    .filter(|v| v.params.rule == p.rule && v.effective_from <= today)
                    .map(|v| v.effective_from)
                    .max()
                    .unwrap_or(earliest);
                self.rule_dto(
                    &RuleVersion {
                        params: p.clone(),
                        effective_from: from,
                    },
                    true,
                )
            })
            .collect())
    }

    /// Every version of every conflict rule (past, in force and future), newest first per rule.
    pub fn conflict_rule_versions(&self) -> Result<Vec<ConflictRuleDto>, AppError> {
        Ok(self
            .rule_versions()?
            .iter()
            .map(|(v, in_force)| self.rule_dto(v, *in_force))
            .collect())
    }

    /// Adds a version of a conflict rule in force from a date (a version already starting that day
    /// is corrected). Checks from that date on read it; checks dated before keep the earlier
    /// version. The audit entry keeps the version it follows and the new one, with the clerk's name.
    pub fn set_conflict_rule(
        &mut self,
        input: &ConflictRuleInputDto,
    ) -> Result<ConflictRuleDto, AppError> {
        let version = RuleDraft {
            rule: input.rule.clone(),
            severity: input.severity.clone(),
            lookback_years: input.lookback_years,
            threshold: input.threshold,
            effective_from: input.effective_from.clone(),
            source: input.source.clone(),
            verification: input.verification.clone(),
        }
        .validate()
        .map_err(AppError::validation)?;
        let versions = self.store.read(repo::appointments::rules)?;
        let rule = version.params.rule;
        let before = versions
            .iter()
            .filter(|v| v.params.rule == rule && v.effective_from <= version.effective_from)
            .max_by_key(|v| v.effective_from);
        let action = match before {
            Some(b) if b.effective_from == version.effective_from => "version_corrected",
            _ => "new_version",
        };
        let old = before.map(rule_text);
        let new = rule_text(&version);
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), AppError> {
            repo::appointments::add_rule_version(tx, &version, now)?;
            repo::workflow::audit(
                tx,
                "conflict_rule",
                rule.as_str(),
                action,
                old.as_deref(),
                Some(&new),
                now,
            )?;
            Ok(())
        })?;
        let in_force = self
            .rule_versions()?
            .into_iter()
            .any(|(v, f)| f && v == version);
        Ok(self.rule_dto(&version, in_force))
    }

    fn cap_dto(c: &FeeCap, in_force: bool) -> FeeCapDto {
        FeeCapDto {
            institution: c.institution.into(),
            cap: MoneyDto::from(&c.cap),
            effective_from: c.effective_from.to_string(),
            source: c.source.clone(),
            verification: c.verification.into(),
            in_force,
        }
    }

    /// The institutions' hourly-rate caps by effective date (every version), each saying whether
    /// it is the one in force today.
    pub fn fee_caps(&self) -> Result<Vec<FeeCapDto>, AppError> {
        let caps = self.store.read(repo::appointments::fee_caps)?;
        let today = self.today();
        Ok(caps
            .iter()
            .map(|c| {
                let current = cap_in_force(&caps, c.institution, today) == Some(c);
                Self::cap_dto(c, current)
            })
            .collect())
    }

    /// Adds an institution's cap in force from a date (a cap already starting that day is
    /// corrected); cases filed from that date are checked against it. Audited with the clerk's name.
    pub fn set_fee_cap(&mut self, input: &FeeCapInputDto) -> Result<FeeCapDto, AppError> {
        let cap = FeeCapDraft {
            institution: input.institution.clone(),
            currency: input.currency.clone(),
            amount: input.amount.clone(),
            effective_from: input.effective_from.clone(),
            source: input.source.clone(),
            verification: input.verification.clone(),
        }
        .validate()
        .map_err(AppError::validation)?;
        let caps = self.store.read(repo::appointments::fee_caps)?;
        let before = cap_in_force(&caps, cap.institution, cap.effective_from);
        let action = match before {
            Some(b) if b.effective_from == cap.effective_from => "version_corrected",
            _ => "new_version",
        };
        let old = before.map(cap_text);
        let new = cap_text(&cap);
        let now = self.clock.now();
        let institution: Institution = cap.institution;
        self.store.write(|tx| -> Result<(), AppError> {
            repo::appointments::set_fee_cap(tx, &cap)?;
            repo::workflow::audit(
                tx,
                "fee_cap",
                institution.code(),
                action,
                old.as_deref(),
                Some(&new),
                now,
            )?;
            Ok(())
        })?;
        let caps = self.store.read(repo::appointments::fee_caps)?;
        let current = cap_in_force(&caps, cap.institution, self.today()) == Some(&cap);
        Ok(Self::cap_dto(&cap, current))
    }
}

#[cfg(test)]
mod tests;
