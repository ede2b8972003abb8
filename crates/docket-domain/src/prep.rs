//! Case preparation: the checklist a workflow model calls for, the document register, the hearing
//! bundle's page numbers, and the Mediation Ordinance (Cap 620) rule for exporting mediation material.

use crate::text::Bilingual;
use crate::time::CivilDate;

/// Where a checklist item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    Open,
    Done,
    NotApplicable,
}

impl ItemStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            ItemStatus::Open => "open",
            ItemStatus::Done => "done",
            ItemStatus::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "open" => Some(ItemStatus::Open),
            "done" => Some(ItemStatus::Done),
            "not_applicable" => Some(ItemStatus::NotApplicable),
            _ => None,
        }
    }
}

/// One line of a checklist template (data the clerk can edit), per workflow model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub code: String,
    pub position: i64,
    pub title: Bilingual,
    /// A time limit whose deadline, when the case has one, is the item's due date.
    pub deadline_code: Option<String>,
}

/// One item of a case's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: String,
    pub code: String,
    pub position: i64,
    pub title: Bilingual,
    pub owner: String,
    /// A date the clerk set; when `None`, the linked deadline's date applies.
    pub due: Option<CivilDate>,
    pub deadline_code: Option<String>,
    pub status: ItemStatus,
}

/// The items of `template` the case does not have yet (matched by code), in template order: generating
/// a checklist twice adds nothing, and items the clerk edited are kept.
pub fn missing_items<'a>(
    template: &'a [TemplateItem],
    existing: &[ChecklistItem],
) -> Vec<&'a TemplateItem> {
    let mut out: Vec<&TemplateItem> = template
        .iter()
        .filter(|t| !existing.iter().any(|e| e.code == t.code))
        .collect();
    out.sort_by_key(|t| t.position);
    out
}

/// A document in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub kind: DocumentKind,
    pub pages: u32,
    pub tags: Vec<String>,
    /// A mediation communication under Cap 620 s.8.
    pub confidential: bool,
    /// The version this one replaced, and its version number (1 for the first).
    pub replaces: Option<String>,
    pub version: u32,
    pub superseded: bool,
    pub added_by: String,
}

/// A file in the content-addressed store, or a paper document kept somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentKind {
    File {
        sha256: String,
        size: u64,
        media_type: String,
        file_name: String,
    },
    Paper {
        location: String,
    },
}

/// A note on a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    pub body: String,
    pub confidential: bool,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
}

/// Normalises tags: trimmed, lower case for Latin letters, no empties or duplicates, in input order.
pub fn tags(input: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in input.split([',', '，', '、']) {
        let t = t.trim().to_lowercase();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// One line of a bundle before numbering: the tab it sits under and how many pages it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleLine<'a> {
    pub tab: &'a str,
    pub pages: u32,
}

/// Page ranges of a bundle: pages run on through the whole bundle, starting at 1; each line gets
/// its first and last page.
pub fn paginate(lines: &[BundleLine<'_>]) -> Vec<(u32, u32)> {
    let mut next = 1u32;
    lines
        .iter()
        .map(|l| {
            let first = next;
            let last = first.saturating_add(l.pages.max(1) - 1);
            next = last.saturating_add(1);
            (first, last)
        })
        .collect()
}

/// What the Cap 620 rule says about exporting material of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportDecision {
    /// Nothing confidential is included.
    Clear,
    /// Confidential mediation material is included and a permitted ground is recorded.
    Permitted { items: usize, ground: String },
    /// Confidential mediation material is included and no permitted ground was given.
    Refused { items: usize },
}

/// Decides an export: confidential items may leave only on one of the `permitted` grounds (Cap 620
/// s.8(2)–(3), or leave under s.10).
pub fn decide_export(
    confidential_items: usize,
    ground: Option<&str>,
    permitted: &[String],
) -> ExportDecision {
    if confidential_items == 0 {
        return ExportDecision::Clear;
    }
    match ground
        .map(str::trim)
        .filter(|g| permitted.iter().any(|p| p == g))
    {
        Some(g) => ExportDecision::Permitted {
            items: confidential_items,
            ground: g.to_owned(),
        },
        None => ExportDecision::Refused {
            items: confidential_items,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_run_on_through_the_bundle() {
        let lines = [
            BundleLine { tab: "A", pages: 3 },
            BundleLine { tab: "A", pages: 1 },
            BundleLine {
                tab: "B",
                pages: 12,
            },
        ];
        assert_eq!(paginate(&lines), vec![(1, 3), (4, 4), (5, 16)]);
        assert!(paginate(&[]).is_empty());
    }

    #[test]
    fn confidential_material_needs_a_permitted_ground() {
        let grounds = vec!["consent".to_owned(), "leave".to_owned()];
        assert_eq!(decide_export(0, None, &grounds), ExportDecision::Clear);
        assert_eq!(
            decide_export(2, None, &grounds),
            ExportDecision::Refused { items: 2 }
        );
        assert_eq!(
            decide_export(2, Some("curiosity"), &grounds),
            ExportDecision::Refused { items: 2 }
        );
        assert_eq!(
            decide_export(1, Some(" consent "), &grounds),
            ExportDecision::Permitted {
                items: 1,
                ground: "consent".into()
            }
        );
    }

    #[test]
    fn tags_are_normalised() {
        assert_eq!(
            tags("Witness, exhibits，证据、 witness ,"),
            vec!["witness", "exhibits", "证据"]
        );
    }

    fn item(code: &str) -> ChecklistItem {
        ChecklistItem {
            id: code.into(),
            code: code.into(),
            position: 0,
            title: Bilingual::new(code, ""),
            owner: String::new(),
            due: None,
            deadline_code: None,
            status: ItemStatus::Done,
        }
    }

    #[test]
    fn generating_a_checklist_again_adds_only_what_is_missing() {
        let t = |code: &str, position| TemplateItem {
            code: code.into(),
            position,
            title: Bilingual::new(code, ""),
            deadline_code: None,
        };
        let template = [t("b", 2), t("a", 1), t("c", 3)];
        let missing = missing_items(&template, &[item("b")]);
        assert_eq!(
            missing.iter().map(|m| m.code.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
    }
}
