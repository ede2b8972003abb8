//! The conflict rules and fee caps as settings the clerk changes: each change is a new version in
//! force from a date, checked here by [`RuleDraft::validate`] and [`FeeCapDraft::validate`] (the
//! bounds the store's constraints also hold), and [`Policy::in_force`] picks, for each rule, the
//! version in force on a date (a proposal's or nomination's date).

use super::{FeeCap, Policy, Rule, RuleParams, Severity};
use crate::deadline::Verification;
use crate::roster::{CURRENCIES, Money, parse_amount};
use crate::time::CivilDate;
use crate::validation::{Collector, Expected, FieldReason};
use crate::workflow::Institution;
use std::ops::RangeInclusive;

/// How many years back a rule may look.
pub const LOOKBACK_YEARS: RangeInclusive<u32> = 0..=20;
/// The counts a rule may be triggered at.
pub const THRESHOLD: RangeInclusive<u32> = 1..=100;
/// The longest source text kept with a version.
pub const SOURCE_MAX: usize = 300;

/// One version of a rule's parameters, in force from `effective_from` until the next version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleVersion {
    pub params: RuleParams,
    pub effective_from: CivilDate,
}

impl Policy {
    /// The parameters in force on `date`: for each rule, its latest version from on or before that
    /// date; a rule with no version yet in force keeps its built-in parameters.
    pub fn in_force(versions: &[RuleVersion], date: CivilDate) -> Self {
        let mut rows: Vec<&RuleVersion> = Vec::new();
        for v in versions.iter().filter(|v| v.effective_from <= date) {
            match rows.iter_mut().find(|r| r.params.rule == v.params.rule) {
                Some(slot) if slot.effective_from < v.effective_from => *slot = v,
                Some(_) => {}
                None => rows.push(v),
            }
        }
        Self::from_rows(rows.into_iter().map(|v| v.params.clone()).collect())
    }
}

/// A verification level as a clerk gives it; empty means unverified.
fn verification(c: &mut Collector, value: &str) -> Option<Verification> {
    let v = value.trim();
    if v.is_empty() {
        return Some(Verification::Unverified);
    }
    let parsed = Verification::parse(v);
    if parsed.is_none() {
        c.push(
            "verification",
            FieldReason::Malformed {
                expected: Expected::Verification,
            },
        );
    }
    parsed
}

/// A number within `range`, or why not.
fn bounded(c: &mut Collector, field: &str, value: i64, range: &RangeInclusive<u32>) -> Option<u32> {
    let n = u32::try_from(value).ok().filter(|n| range.contains(n));
    if n.is_none() {
        c.push(
            field,
            FieldReason::OutOfRange {
                min: i64::from(*range.start()),
                max: i64::from(*range.end()),
            },
        );
    }
    n
}

/// A new version of one conflict rule as the clerk typed it.
#[derive(Debug, Clone, Default)]
pub struct RuleDraft {
    pub rule: String,
    pub severity: String,
    pub lookback_years: i64,
    pub threshold: i64,
    pub effective_from: String,
    pub source: String,
    pub verification: String,
}

impl RuleDraft {
    /// The version, or every refused field: a known rule, `block | disclose | note`, a look-back of
    /// 0–20 years, a threshold of 1–100, a supported date and a source.
    pub fn validate(&self) -> Result<RuleVersion, Vec<crate::validation::FieldError>> {
        let mut c = Collector::new();
        let rule = Rule::parse(self.rule.trim());
        if rule.is_none() {
            c.push(
                "rule",
                FieldReason::Malformed {
                    expected: Expected::ConflictRule,
                },
            );
        }
        let severity = Severity::parse(self.severity.trim());
        if severity.is_none() {
            c.push(
                "severity",
                FieldReason::Malformed {
                    expected: Expected::Severity,
                },
            );
        }
        let lookback = bounded(
            &mut c,
            "lookback_years",
            self.lookback_years,
            &LOOKBACK_YEARS,
        );
        let threshold = bounded(&mut c, "threshold", self.threshold, &THRESHOLD);
        let from = c.date("effective_from", &self.effective_from);
        let source = c.text("source", &self.source, SOURCE_MAX);
        let verification = verification(&mut c, &self.verification);
        match (rule, severity, lookback, threshold, from, verification) {
            (
                Some(rule),
                Some(severity),
                Some(lookback_years),
                Some(threshold),
                Some(from),
                Some(v),
            ) => c.finish(RuleVersion {
                params: RuleParams {
                    rule,
                    severity,
                    lookback_years,
                    threshold,
                    source,
                    verification: v,
                },
                effective_from: from,
            }),
            _ => Err(c.into_errors()),
        }
    }
}

/// A new fee cap as the clerk typed it.
#[derive(Debug, Clone, Default)]
pub struct FeeCapDraft {
    pub institution: String,
    pub currency: String,
    /// In major units: `7500`, `7,500.00`.
    pub amount: String,
    pub effective_from: String,
    pub source: String,
    pub verification: String,
}

impl FeeCapDraft {
    /// The cap, or every refused field: HKIAC or SCIA, a known currency, an amount above zero, a
    /// supported date and a source.
    pub fn validate(&self) -> Result<FeeCap, Vec<crate::validation::FieldError>> {
        let mut c = Collector::new();
        let institution = Institution::parse(self.institution.trim());
        if institution.is_none() {
            c.push(
                "institution",
                FieldReason::Malformed {
                    expected: Expected::Institution,
                },
            );
        }
        let currency = self.currency.trim().to_ascii_uppercase();
        if !CURRENCIES.contains(&currency.as_str()) {
            c.push(
                "currency",
                FieldReason::Malformed {
                    expected: Expected::Currency,
                },
            );
        }
        let amount = parse_amount(&self.amount).filter(|a| *a > 0);
        if amount.is_none() {
            c.push(
                "amount",
                FieldReason::Malformed {
                    expected: Expected::Amount,
                },
            );
        }
        let from = c.date("effective_from", &self.effective_from);
        let source = c.text("source", &self.source, SOURCE_MAX);
        let verification = verification(&mut c, &self.verification);
        match (institution, amount, from, verification) {
            (Some(institution), Some(amount_minor), Some(from), Some(v)) => c.finish(FeeCap {
                institution,
                cap: Money {
                    amount_minor,
                    currency,
                },
                effective_from: from,
                source,
                verification: v,
            }),
            _ => Err(c.into_errors()),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn version(severity: Severity, from: &str) -> RuleVersion {
        let mut params = Policy::builtin().get(Rule::PartyRepeat).unwrap().clone();
        params.severity = severity;
        RuleVersion {
            params,
            effective_from: from.parse().unwrap(),
        }
    }

    #[test]
    fn the_version_in_force_is_the_latest_from_on_or_before_the_date() {
        let versions = [
            version(Severity::Note, "1900-01-01"),
            version(Severity::Block, "2027-01-01"),
            version(Severity::Disclose, "2026-06-01"),
        ];
        let on = |d: &str| {
            Policy::in_force(&versions, d.parse().unwrap())
                .get(Rule::PartyRepeat)
                .unwrap()
                .severity
        };
        assert_eq!(on("2026-05-31"), Severity::Note);
        assert_eq!(on("2026-06-01"), Severity::Disclose);
        assert_eq!(on("2026-12-31"), Severity::Disclose);
        assert_eq!(on("2027-01-01"), Severity::Block);
        // Before any version: the built-in parameters.
        let early = Policy::in_force(&versions[1..], "2026-01-01".parse().unwrap());
        assert_eq!(early, Policy::builtin());
    }

    #[test]
    fn drafts_hold_the_bounds() {
        let draft = |lookback: i64, threshold: i64| RuleDraft {
            rule: "counsel_repeat".into(),
            severity: "note".into(),
            lookback_years: lookback,
            threshold,
            effective_from: "2026-01-01".into(),
            source: "memo".into(),
            verification: String::new(),
        };
        assert!(draft(0, 1).validate().is_ok());
        assert!(draft(20, 100).validate().is_ok());
        let fields: Vec<_> = draft(21, 101)
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["lookback_years", "threshold"]);
        let cap = FeeCapDraft {
            institution: "HKIAC".into(),
            currency: "hkd".into(),
            amount: "0.00".into(),
            effective_from: "2026-01-01".into(),
            source: "s".into(),
            verification: "verified".into(),
        };
        assert_eq!(cap.validate().unwrap_err()[0].field, "amount");
    }
}
