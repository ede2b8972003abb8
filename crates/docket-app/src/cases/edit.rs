//! Correcting a case after filing (titles, amount and currency, language) and removing a case with
//! undo, plus the "Recently removed" list of cases and hearings.
//!
//! Removing is soft: the case keeps its row and everything hanging off it, marked with the time it
//! was removed. A removed case leaves the case list, search (its own, its documents' and its notes'
//! entries), the deadline list and the conflict checks; its hearings stay as they are but stop
//! counting everywhere (lists, calendar exports, the booking checks) because those join on the case
//! not being removed. Restoring clears the mark and puts the search entries back, so the case and
//! its hearings come back whole. Its reference stays taken meanwhile.

use crate::dto::{CaseDetailDto, CaseEditDto, RemovedDto, RemovedKindDto};
use crate::error::{AppError, Entity};
use crate::history::{display_zone, when};
use crate::{App, FieldProblem};
use docket_domain::case::Case;
use docket_domain::text::Bilingual;
use docket_store::StoreError;
use docket_store::repo;

/// `12500000.50 HKD`, or `none`, as the audit trail records an amount.
fn amount_value(amount: Option<i64>, currency: Option<&str>) -> String {
    match amount {
        Some(a) => format!(
            "{}.{:02} {}",
            a / 100,
            a % 100,
            currency.unwrap_or_default()
        )
        .trim_end()
        .to_owned(),
        None => "none".to_owned(),
    }
}

/// A case's correctable details as `field: value` pairs, for the audit trail.
fn case_fields(c: &Case) -> [(&'static str, String); 4] {
    [
        ("title_en", c.title.en.clone()),
        ("title_zh", c.title.zh.clone()),
        (
            "amount",
            amount_value(c.amount_minor, c.currency.as_deref()),
        ),
        ("language", c.language.clone()),
    ]
}

/// The fields that differ between `before` and `after`, as `field: value` lines (old, new).
pub(crate) fn case_changes(before: &Case, after: &Case) -> (String, String) {
    crate::history::changes(&case_fields(before), &case_fields(after))
}

/// The case with the clerk's corrections (fields left `None` keep what is stored), checked as
/// opening a case checks them; the reference, model, filing date and procedure stay. The form and
/// an import correct a case through this.
pub(crate) fn corrected(before: &Case, edit: &CaseEditDto) -> Result<Case, AppError> {
    let amount_text = before
        .amount_minor
        .map(|a| format!("{}.{:02}", a / 100, a % 100));
    let mut problems: Vec<FieldProblem> = Vec::new();
    let (title_en, title_zh) = crate::cases::checked_titles(
        edit.title_en.as_deref().unwrap_or(&before.title.en),
        edit.title_zh.as_deref().unwrap_or(&before.title.zh),
        &mut problems,
    );
    let (amount, currency, language) = crate::cases::checked_terms(
        edit.amount.as_deref().or(amount_text.as_deref()),
        edit.currency.as_deref().or(before.currency.as_deref()),
        edit.language.as_deref().unwrap_or(&before.language),
        &mut problems,
    );
    if !problems.is_empty() {
        return Err(AppError::Validation { fields: problems });
    }
    Ok(Case {
        title: Bilingual::new(title_en, title_zh),
        // A cleared amount takes its currency with it.
        currency: amount.and(currency),
        amount_minor: amount,
        language,
        ..before.clone()
    })
}

/// Writes a corrected case with its search entry and a `case_edited` audit entry recording each
/// changed field before and after; nothing changed, nothing written.
pub(crate) fn write_corrected_case(
    tx: &docket_store::Transaction<'_>,
    before: &Case,
    after: &Case,
    now: docket_domain::time::Instant,
) -> Result<(), StoreError> {
    let (old, new) = case_changes(before, after);
    if old.is_empty() {
        return Ok(());
    }
    repo::cases::update_details(tx, after, now)?;
    repo::prep::index(tx, &crate::search::case_entry(after))?;
    repo::workflow::audit(
        tx,
        "case",
        &after.id.to_string(),
        "case_edited",
        Some(&old),
        Some(&new),
        now,
    )
}

impl App {
    /// Corrects a case's titles, amount and currency, and language, checked as opening a case checks
    /// them; the reference, model, filing date and procedure (chosen at filing) stay. The audit
    /// entry `case_edited` records each changed field before and after. Nothing changed, nothing
    /// recorded.
    pub fn update_case(
        &mut self,
        reference: &str,
        edit: &CaseEditDto,
    ) -> Result<CaseDetailDto, AppError> {
        let before = self.case_by_reference(reference)?;
        let after = corrected(&before, edit)?;
        let now = self.clock.now();
        self.store
            .write(|tx| write_corrected_case(tx, &before, &after, now))?;
        self.case_detail(&after.reference)
    }

    /// Removes a case (undo with [`App::restore_case`]): see the module's comment for what leaves
    /// with it.
    pub fn remove_case(&mut self, reference: &str) -> Result<(), AppError> {
        let case = self.case_by_reference(reference)?;
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::cases::set_removed(tx, case.id, Some(now))?;
            repo::prep::unindex_case(tx, &case.reference)?;
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "case_removed",
                None,
                Some(&case.reference),
                now,
            )
        })?;
        Ok(())
    }

    /// Brings a removed case back whole, with its hearings, deadlines and search entries.
    pub fn restore_case(&mut self, reference: &str) -> Result<CaseDetailDto, AppError> {
        let not_removed = || AppError::NotFound {
            entity: Entity::Case,
            key: reference.trim().to_owned(),
        };
        let Some((case, Some(_))) = self
            .store
            .read(|c| repo::cases::by_reference_any(c, reference))?
        else {
            return Err(not_removed());
        };
        let now = self.clock.now();
        self.store.write(|tx| -> Result<(), StoreError> {
            repo::cases::set_removed(tx, case.id, None)?;
            for e in crate::search::case_entries(tx, &case)? {
                repo::prep::index(tx, &e)?;
            }
            repo::workflow::audit(
                tx,
                "case",
                &case.id.to_string(),
                "case_restored",
                None,
                Some(&case.reference),
                now,
            )
        })?;
        self.case_detail(&case.reference)
    }

    /// Removed cases, hearings, roster records and documents (and retired roster records), most
    /// recently first, for the "Recently removed" list.
    pub fn recently_removed(&self) -> Result<Vec<RemovedDto>, AppError> {
        let l = self.locale();
        let (cases, hearings) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((repo::cases::removed(c)?, repo::hearings::removed(c)?))
        })?;
        let mut out: Vec<RemovedDto> = cases
            .into_iter()
            .map(|c| RemovedDto {
                kind: RemovedKindDto::Case,
                key: c.reference.clone(),
                label: crate::script::name(l, &c.title),
                case_reference: c.reference,
                removed_at: c.removed_at.to_rfc3339(),
                when: when(l, display_zone(), &c.removed_at.to_rfc3339()),
                retired: false,
            })
            .collect();
        out.extend(hearings.into_iter().map(|h| RemovedDto {
            kind: RemovedKindDto::Hearing,
            key: h.id.to_string(),
            label: crate::history::hearing_label(l, h.kind, &h.starts_local.to_iso(), &h.zone),
            case_reference: h.case_reference,
            removed_at: h.removed_at.to_rfc3339(),
            when: when(l, display_zone(), &h.removed_at.to_rfc3339()),
            retired: false,
        }));
        out.extend(self.removed_records()?);
        // RFC 3339 UTC stamps of one form sort as text.
        out.sort_by(|a, b| b.removed_at.cmp(&a.removed_at));
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
