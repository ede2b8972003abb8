//! The named, versioned rule sets: how each counts a period and which days close it.

use super::calendar::{DayStatus, Jurisdiction, OffReason, WarningWindow, warning_on};
use super::{DeadlineContext, DeadlineError};
use crate::text::Bilingual;
use crate::time::CivilDate;
use std::sync::LazyLock;

/// Never used: every kind has at least one version (kept so lookups need no panic path).
static FALLBACK: LazyLock<RuleSet> = LazyLock::new(|| RuleSet {
    kind: RuleKind::HkOrdinance,
    version: "none",
    effective_from: CivilDate::MIN,
    title: Bilingual::new("", ""),
    source: "",
    verification: Verification::Unverified,
    short_period_days: 0,
    warning_window: WarningWindow::default(),
    closed_saturdays: false,
});

/// The rule sets the engine knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// Cap 1 s.71(1): any Hong Kong Ordinance.
    HkOrdinance,
    /// Cap 1 s.71(1A): an act to be done at a Hong Kong court office.
    HkCourtOffice,
    /// CPL Art 85 and Civil Code Arts 201–203.
    PrcCivilProcedure,
    /// HKIAC Administered Arbitration Rules (2018 and 2024).
    Hkiac,
    /// SCIA Arbitration Rules.
    Scia,
}

impl RuleKind {
    pub const ALL: [RuleKind; 5] = [
        RuleKind::HkOrdinance,
        RuleKind::HkCourtOffice,
        RuleKind::PrcCivilProcedure,
        RuleKind::Hkiac,
        RuleKind::Scia,
    ];

    /// The name used on the command line and in storage.
    pub fn code(&self) -> &'static str {
        match self {
            RuleKind::HkOrdinance => "hk-ordinance",
            RuleKind::HkCourtOffice => "hk-court-office",
            RuleKind::PrcCivilProcedure => "prc-civil-procedure",
            RuleKind::Hkiac => "hkiac",
            RuleKind::Scia => "scia",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim())
    }
}

/// How far the rule's text has been checked against an official source (the rules brief's tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Read in the official text.
    Verified,
    /// Stated by a secondary source only.
    Secondary,
    /// Not verified.
    Unverified,
}

impl Verification {
    pub fn as_str(&self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::Secondary => "secondary",
            Verification::Unverified => "unverified",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Verified, Self::Secondary, Self::Unverified]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// One version of a rule set: what it is called, since when it applies, where it comes from, and its
/// parameters that the sources leave open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    pub kind: RuleKind,
    pub version: &'static str,
    pub effective_from: CivilDate,
    pub title: Bilingual,
    pub source: &'static str,
    pub verification: Verification,
    /// Cap 1 s.71(1)(d): periods of at most this many days skip excluded days (0: never).
    pub short_period_days: u32,
    /// The part of a day during which a warning makes it a gale or black-rain warning day.
    pub warning_window: WarningWindow,
    /// Whether the court office is closed on Saturdays (the five-day week; unverified).
    pub closed_saturdays: bool,
}

/// Every version of every rule set, built once.
static ALL_VERSIONS: LazyLock<Vec<(RuleKind, Vec<RuleSet>)>> = LazyLock::new(|| {
    RuleKind::ALL
        .iter()
        .map(|k| (*k, RuleSet::build(*k)))
        .collect()
});

impl RuleSet {
    /// The version of `kind` in force on `date` (the earliest version if `date` precedes all).
    pub fn in_force(kind: RuleKind, date: CivilDate) -> &'static RuleSet {
        let versions = Self::versions(kind);
        versions
            .iter()
            .rev()
            .find(|v| v.effective_from <= date)
            .or_else(|| versions.first())
            .unwrap_or(&FALLBACK)
    }

    /// Every known version of `kind`, oldest first.
    pub fn versions(kind: RuleKind) -> &'static [RuleSet] {
        ALL_VERSIONS
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    fn build(kind: RuleKind) -> Vec<RuleSet> {
        let d = |y, m, day| CivilDate::new(y, m, day).unwrap_or(CivilDate::MIN);
        let base = |version, effective_from, title: Bilingual, source, verification| RuleSet {
            kind,
            version,
            effective_from,
            title,
            source,
            verification,
            short_period_days: 0,
            warning_window: WarningWindow::default(),
            closed_saturdays: false,
        };
        match kind {
            RuleKind::HkOrdinance => vec![RuleSet {
                short_period_days: 6,
                ..base(
                    "cap1-s71-2017",
                    d(2017, 2, 15),
                    Bilingual::new(
                        "Hong Kong Ordinance periods (Cap 1 s.71)",
                        "香港條例期限（第1章第71條）",
                    ),
                    "Interpretation and General Clauses Ordinance (Cap 1) s.71(1), version of 15 Feb 2017",
                    Verification::Verified,
                )
            }],
            RuleKind::HkCourtOffice => vec![RuleSet {
                closed_saturdays: true,
                ..base(
                    "cap1-s71-1a-2017",
                    d(2017, 2, 15),
                    Bilingual::new(
                        "Hong Kong court office closure days (Cap 1 s.71(1A))",
                        "香港法院辦事處休息日（第1章第71(1A)條）",
                    ),
                    "Cap 1 s.71(1A); District Court Rules O.64 r.1; Saturday closure unverified",
                    Verification::Unverified,
                )
            }],
            RuleKind::PrcCivilProcedure => vec![base(
                "cpl2023-art85",
                d(2024, 1, 1),
                Bilingual::new(
                    "Mainland civil procedure periods (CPL Art 85; Civil Code Arts 201–203)",
                    "内地民事诉讼期间（民事诉讼法第85条；民法典第201–203条）",
                ),
                "Civil Procedure Law (2023) Art 85; Civil Code Arts 201–203; make-up working days as working days per SPC guidance (inference)",
                Verification::Unverified,
            )],
            RuleKind::Hkiac => vec![
                base(
                    "hkiac-2018",
                    d(2018, 11, 1),
                    Bilingual::new(
                        "HKIAC Administered Arbitration Rules 2018",
                        "香港國際仲裁中心機構仲裁規則（2018）",
                    ),
                    "HKIAC 2018 Rules Art 3 (period computation; wording unverified)",
                    Verification::Unverified,
                ),
                base(
                    "hkiac-2024",
                    d(2024, 6, 1),
                    Bilingual::new(
                        "HKIAC Administered Arbitration Rules 2024",
                        "香港國際仲裁中心機構仲裁規則（2024）",
                    ),
                    "HKIAC 2024 Rules Art 3 (period computation; wording unverified)",
                    Verification::Unverified,
                ),
            ],
            RuleKind::Scia => vec![
                base(
                    "scia-2022",
                    d(2022, 2, 21),
                    Bilingual::new(
                        "SCIA Arbitration Rules 2022",
                        "深圳国际仲裁院仲裁规则（2022）",
                    ),
                    "SCIA Rules 2022 (period counting assumed as PRC civil procedure; unverified)",
                    Verification::Unverified,
                ),
                base(
                    "scia-2022-am2024",
                    d(2024, 10, 1),
                    Bilingual::new(
                        "SCIA Arbitration Rules 2022, as amended from 1 Oct 2024",
                        "深圳国际仲裁院仲裁规则（2022，2024年10月1日修订）",
                    ),
                    "SCIA amendment of Arts 56 and 61 (scia.com.cn newsdetail 3631); period counting unverified",
                    Verification::Unverified,
                ),
            ],
        }
    }

    /// Whether a period of `days` skips excluded days entirely (Cap 1 s.71(1)(d)).
    pub fn skips_short_periods(&self, days: u32) -> bool {
        days <= self.short_period_days
    }
}

/// Why `date` closes a period under `rule`, or `None` if time can end on it.
pub(super) fn closed(
    rule: &RuleSet,
    receipt: Option<Jurisdiction>,
    ctx: &DeadlineContext<'_>,
    date: CivilDate,
) -> Result<Option<OffReason>, DeadlineError> {
    let weather = || -> Result<Option<OffReason>, DeadlineError> {
        Ok(warning_on(date, ctx.weather, rule.warning_window)?
            .map(|kind| OffReason::Weather { kind }))
    };
    let off = |status: DayStatus| match status {
        DayStatus::Off(reason) => Some(reason),
        DayStatus::Working { .. } => None,
    };
    Ok(match rule.kind {
        RuleKind::HkOrdinance => match off(ctx.hong_kong.status(date)?) {
            Some(r) => Some(r),
            None => weather()?,
        },
        RuleKind::HkCourtOffice => {
            if let Some(r) = off(ctx.hong_kong.status(date)?) {
                Some(r)
            } else if rule.closed_saturdays && date.iso_weekday() == 6 {
                Some(OffReason::Saturday)
            } else if let Some(c) = ctx.closures.iter().find(|c| c.date == date) {
                Some(OffReason::Closure {
                    name: c.name.clone(),
                })
            } else {
                weather()?
            }
        }
        RuleKind::PrcCivilProcedure | RuleKind::Scia => off(ctx.mainland.status(date)?),
        RuleKind::Hkiac => match receipt.unwrap_or(Jurisdiction::HongKong) {
            Jurisdiction::Mainland => off(ctx.mainland.status(date)?),
            Jurisdiction::HongKong => match off(ctx.hong_kong.status(date)?) {
                Some(r) => Some(r),
                // A Saturday is not a business day at a Hong Kong place of receipt.
                None if date.iso_weekday() == 6 => Some(OffReason::Saturday),
                None => None,
            },
        },
    })
}

/// The calendars `rule` reads (for the HKIAC rules, the place of receipt's).
pub(super) fn calendars(rule: &RuleSet, receipt: Option<Jurisdiction>) -> Vec<Jurisdiction> {
    match rule.kind {
        RuleKind::HkOrdinance | RuleKind::HkCourtOffice => vec![Jurisdiction::HongKong],
        RuleKind::PrcCivilProcedure | RuleKind::Scia => vec![Jurisdiction::Mainland],
        RuleKind::Hkiac => vec![receipt.unwrap_or(Jurisdiction::HongKong)],
    }
}

/// The holiday whose make-up working day `date` is, when the rule counts on the Mainland calendar.
pub(super) fn make_up_day(
    rule: &RuleSet,
    receipt: Option<Jurisdiction>,
    ctx: &DeadlineContext<'_>,
    date: CivilDate,
) -> Result<Option<Bilingual>, DeadlineError> {
    let mainland = match rule.kind {
        RuleKind::PrcCivilProcedure | RuleKind::Scia => true,
        RuleKind::Hkiac => receipt == Some(Jurisdiction::Mainland),
        RuleKind::HkOrdinance | RuleKind::HkCourtOffice => false,
    };
    if !mainland {
        return Ok(None);
    }
    Ok(match ctx.mainland.status(date)? {
        DayStatus::Working { make_up } if date.is_weekend() => make_up,
        _ => None,
    })
}
