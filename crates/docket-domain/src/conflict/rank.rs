//! Find a neutral: filter the roster for a case and a role, run the conflict check on each
//! candidate, and rank what is left, with the reasons for each score.

use super::{CaseFacts, FeeCap, Finding, History, Policy, Proposal, Severity, check};
use crate::roster::{LanguageLevel, Neutral, Panel};
use crate::time::Instant;

/// What the clerk is looking for.
#[derive(Debug, Clone, Default)]
pub struct Criteria {
    /// Only neutrals who can conduct proceedings in this language (besides the case's own).
    pub language: Option<String>,
    /// Only members of this panel on the appointment date.
    pub panel: Option<Panel>,
    /// Only neutrals admitted in a jurisdiction containing this text ("Hong Kong").
    pub jurisdiction: Option<String>,
    /// Only neutrals with no unavailability in `[from, until)`.
    pub available: Option<(Instant, Instant)>,
    /// Keep neutrals with an unresolved blocking finding (shown last, marked).
    pub include_blocked: bool,
}

/// Why a candidate scored what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Level in the language of the proceedings.
    Language { level: LanguageLevel, points: i32 },
    /// An active membership of a panel serving this appointment.
    Panel { panel: Panel, points: i32 },
    /// Room under the neutral's own limit, or no limit.
    Capacity {
        open: u32,
        max: Option<u32>,
        points: i32,
    },
    /// Findings to disclose before appointing.
    Disclosures { count: u32, points: i32 },
    /// Unresolved blocking findings (only when blocked candidates are included).
    Blocked { count: u32, points: i32 },
}

impl Reason {
    pub fn points(&self) -> i32 {
        match self {
            Self::Language { points, .. }
            | Self::Panel { points, .. }
            | Self::Capacity { points, .. }
            | Self::Disclosures { points, .. }
            | Self::Blocked { points, .. } => *points,
        }
    }
}

/// One ranked candidate.
#[derive(Debug, Clone)]
pub struct Candidate<'n> {
    pub neutral: &'n Neutral,
    pub score: i32,
    pub reasons: Vec<Reason>,
    pub findings: Vec<Finding>,
}

/// Filters and ranks `neutrals` for `proposal` in `case`; `history` gives each neutral's history
/// (missing means none). Best first; ties by English name.
pub fn rank<'n, F>(
    policy: &Policy,
    caps: &[FeeCap],
    case: &CaseFacts,
    proposal: &Proposal,
    criteria: &Criteria,
    neutrals: &'n [Neutral],
    history: F,
) -> Vec<Candidate<'n>>
where
    F: Fn(&Neutral) -> Option<&'n History>,
{
    let empty = History::default();
    let institution = case.institution_for(proposal.role);
    let jurisdiction = criteria
        .jurisdiction
        .as_deref()
        .map(str::to_lowercase)
        .filter(|j| !j.is_empty());
    let mut out: Vec<Candidate<'n>> = Vec::new();
    for n in neutrals {
        if !n.roles.can_act_as(proposal.role) {
            continue;
        }
        if let Some(lang) = &criteria.language
            && n.level_in(lang).is_none()
        {
            continue;
        }
        if let Some(panel) = criteria.panel
            && !n
                .panels
                .iter()
                .any(|m| m.panel == panel && m.active_on(proposal.on))
        {
            continue;
        }
        if let Some(j) = &jurisdiction
            && !n.admissions.iter().any(|a| a.to_lowercase().contains(j))
        {
            continue;
        }
        if let Some((from, until)) = criteria.available
            && n.unavailable_during(from, until).is_some()
        {
            continue;
        }
        let h = history(n).unwrap_or(&empty);
        let findings = check(policy, caps, case, n, proposal, h);
        let blocked = findings.iter().filter(|f| f.blocks()).count();
        if blocked > 0 && !criteria.include_blocked {
            continue;
        }
        let mut reasons = Vec::new();
        if let Some(level) = n.level_in(&case.language) {
            let points = match level {
                LanguageLevel::Native => 30,
                LanguageLevel::Fluent => 20,
                LanguageLevel::Working => 10,
                LanguageLevel::Basic => 0,
            };
            reasons.push(Reason::Language { level, points });
        }
        if let Some(m) = n
            .panels
            .iter()
            .find(|m| m.panel.covers(proposal.role, institution) && m.active_on(proposal.on))
        {
            reasons.push(Reason::Panel {
                panel: m.panel,
                points: 20,
            });
        }
        let open = h.open_appointments;
        let capacity_points = match n.max_concurrent {
            Some(max) if open >= max => 0,
            Some(max) => 10 - i32::try_from((open * 10) / max.max(1)).unwrap_or(10),
            None => 10 - i32::try_from(open.min(10)).unwrap_or(10),
        };
        reasons.push(Reason::Capacity {
            open,
            max: n.max_concurrent,
            points: capacity_points,
        });
        let disclose = findings
            .iter()
            .filter(|f| f.severity == Severity::Disclose && !f.resolved())
            .count();
        if disclose > 0 {
            let count = u32::try_from(disclose).unwrap_or(u32::MAX);
            reasons.push(Reason::Disclosures {
                count,
                points: -15 * i32::try_from(count).unwrap_or(1000),
            });
        }
        if blocked > 0 {
            let count = u32::try_from(blocked).unwrap_or(u32::MAX);
            reasons.push(Reason::Blocked {
                count,
                points: -100 * i32::try_from(count).unwrap_or(1000),
            });
        }
        let score = reasons.iter().map(Reason::points).sum();
        out.push(Candidate {
            neutral: n,
            score,
            reasons,
            findings,
        });
    }
    out.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.neutral.name.en.cmp(&b.neutral.name.en))
    });
    out
}
