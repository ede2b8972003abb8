//! Bay Docket's use cases: a Tauri-free API over the domain and the store, shared by the command line
//! and the desktop shell.
//!
//! [`App`] owns the [`docket_store::Store`], an injected [`Clock`] and [`IdGenerator`], and the clerk's
//! [`Locale`]. Its methods take and return the DTOs in [`dto`]; failures are [`AppError`], which
//! [`dto::ErrorPayload`] pairs with a sentence in the clerk's language. [`bindings`] exports the DTOs to
//! TypeScript for the UI.

/// Three forms of one sentence, each a `format!` string over the variables in scope (used by the
/// modules declared below).
macro_rules! say {
    ($l:expr, $en:literal, $hans:literal, $hant:literal $(,)?) => {
        match $l {
            $crate::Locale::En => format!($en),
            $crate::Locale::ZhHans => format!($hans),
            $crate::Locale::ZhHant => format!($hant),
        }
    };
}

mod backup;
pub mod bindings;
mod cases;
mod clerk;
pub mod clock;
mod codes;
mod deadlines;
pub mod demo;
pub mod docstore;
pub mod dto;
mod error;
mod explain;
mod files;
mod formats;
mod hearings;
mod history;
mod holiday_import;
mod holidays;
pub mod i18n;
mod ics;
mod locale;
pub mod package;
pub mod paths;

mod prep;
mod roster;
pub mod script;
mod search;
pub mod sheets;
pub mod tzdata;

pub use clerk::MAX_CLERK_NAME;
pub use clock::{Clock, FixedClock, IdGenerator, RandomIds, SequentialIds, SystemClock};
pub use error::{
    AppError, BackupRefusal, ConflictReason, Entity, ExitRefusal, Expected, FieldProblem,
    FieldProblemReason, HolidayProblem, MoveRefusal, PackageRefusal, UnconfirmedReason,
};
pub use explain::{panel_label, role_label};
pub use files::safe_file_stem;
pub use holiday_import::MAX_FILE_BYTES as MAX_HOLIDAY_FILE_BYTES;
pub use i18n::{Locale, exit_label, stage_label};
pub use prep::DocumentSource;

use docket_domain::time::Zone;
use docket_store::repo::{self, Table};
use docket_store::{Store, StoreError};
use dto::{AppInfoDto, CaseDto, DemoSummaryDto, OverviewDto, SettingsDto};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The product name shown in the window title, the About box and `--version`.
pub const PRODUCT: &str = "Bay Docket";
/// The product version (the workspace's release version).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const LANGUAGE_KEY: &str = "language";
pub(crate) const DEMO_DISMISSED_KEY: &str = "demo_offer_dismissed";

/// The application: one open database plus the injected clock and ID source.
pub struct App {
    store: Store,
    clock: Arc<dyn Clock>,
    ids: Arc<dyn IdGenerator>,
    /// A language chosen for this session only (the command line's `--lang`), over the saved one.
    session_locale: Option<Locale>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl App {
    /// Opens (creating and migrating if needed) the database at `path`.
    pub fn open(
        path: &Path,
        clock: Arc<dyn Clock>,
        ids: Arc<dyn IdGenerator>,
    ) -> Result<Self, AppError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::files::clean_leftovers(dir);
        }
        let store = Store::open(path).map_err(|e| AppError::DatabaseUnavailable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Ok(Self {
            store,
            clock,
            ids,
            session_locale: None,
        })
    }

    /// Opens the database at `path` only if there is one: a command that reads or changes records
    /// never creates a new, empty centre because a path was mistyped ([`AppError::NoDatabase`]).
    pub fn open_existing(
        path: &Path,
        clock: Arc<dyn Clock>,
        ids: Arc<dyn IdGenerator>,
    ) -> Result<Self, AppError> {
        if !path.exists() {
            return Err(AppError::NoDatabase {
                path: path.display().to_string(),
            });
        }
        Self::open(path, clock, ids)
    }

    /// A fresh in-memory database (tests, previews).
    pub fn in_memory(clock: Arc<dyn Clock>, ids: Arc<dyn IdGenerator>) -> Result<Self, AppError> {
        Ok(Self {
            store: Store::open_in_memory()?,
            clock,
            ids,
            session_locale: None,
        })
    }

    fn db_path(&self) -> Option<String> {
        self.store.path().map(|p| p.display().to_string())
    }

    /// The product, version and build facts for the About box and `docket info`.
    pub fn info(&self) -> AppInfoDto {
        AppInfoDto {
            product: PRODUCT.to_owned(),
            version: VERSION.to_owned(),
            tzdb_version: tzdata::in_force().version.to_owned(),
            tzdb_source: match tzdata::in_force().source {
                docket_domain::time::TzSource::Bundled => dto::TzSourceDto::Bundled,
                docket_domain::time::TzSource::System => dto::TzSourceDto::System,
            },
            sqlite_version: docket_store::sqlite_version().to_owned(),
            schema_version: u32::try_from(docket_store::schema_version()).unwrap_or(u32::MAX),
            db_path: self.db_path(),
        }
    }

    /// The language the clerk chose, if any.
    pub fn saved_locale(&self) -> Result<Option<Locale>, AppError> {
        let value = self.store.read(|c| repo::settings::get(c, LANGUAGE_KEY))?;
        Ok(value.as_deref().and_then(Locale::parse))
    }

    /// The language to speak: this session's choice, else the saved choice, else English.
    pub fn locale(&self) -> Locale {
        self.session_locale
            .or_else(|| self.saved_locale().ok().flatten())
            .unwrap_or_default()
    }

    /// Speaks `locale` for the rest of this session without saving it (the command line's `--lang`).
    pub fn use_locale_for_session(&mut self, locale: Locale) {
        self.session_locale = Some(locale);
    }

    pub fn settings(&self) -> Result<SettingsDto, AppError> {
        let dismissed = self
            .store
            .read(|c| repo::settings::get(c, DEMO_DISMISSED_KEY))?;
        Ok(SettingsDto {
            language: self.saved_locale()?,
            db_path: self.db_path(),
            demo_offer_dismissed: dismissed.as_deref() == Some("true"),
            clerk_name: self.clerk_name()?,
        })
    }

    /// Remembers the interface language.
    pub fn set_language(&mut self, tag: &str) -> Result<SettingsDto, AppError> {
        let locale =
            Locale::parse(tag).ok_or_else(|| AppError::malformed("language", Expected::Locale))?;
        self.store
            .write(|tx| repo::settings::set(tx, LANGUAGE_KEY, locale.tag()))?;
        self.settings()
    }

    /// Counts of what is stored, and whether to offer the demo data.
    pub fn overview(&self) -> Result<OverviewDto, AppError> {
        let settings = self.settings()?;
        let (neutrals, cases, hearings, venues, added_venues, demo) =
            self.store.read(|c| -> Result<_, StoreError> {
                Ok((
                    repo::count(c, Table::Neutrals)?,
                    repo::count(c, Table::Cases)?,
                    repo::count(c, Table::Hearings)?,
                    repo::count(c, Table::Venues)?,
                    repo::venues::count_added(c)?,
                    repo::removal::demo_count(c)?,
                ))
            })?;
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        // The online venue every database has does not make it any less empty.
        let empty = neutrals + cases + hearings + added_venues == 0;
        Ok(OverviewDto {
            neutrals: n(neutrals),
            cases: n(cases),
            hearings: n(hearings),
            venues: n(venues),
            rooms: n(added_venues),
            offer_demo: empty && !settings.demo_offer_dismissed,
            has_demo: demo > 0,
        })
    }

    /// The clerk declined the demo data: stop offering it.
    pub fn dismiss_demo_offer(&mut self) -> Result<OverviewDto, AppError> {
        self.store
            .write(|tx| repo::settings::set(tx, DEMO_DISMISSED_KEY, "true"))?;
        self.overview()
    }

    /// Loads the demo centre into an empty database, in one transaction.
    pub fn load_demo(&mut self) -> Result<DemoSummaryDto, AppError> {
        let (overview, added_venues, online) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                [Table::Neutrals, Table::Cases, Table::Hearings]
                    .into_iter()
                    .map(|t| repo::count(c, t))
                    .sum::<Result<u64, _>>()?,
                repo::venues::count_added(c)?,
                repo::venues::by_code(c, docket_domain::hearing::ONLINE_CODE)?,
            ))
        })?;
        if overview + added_venues > 0 {
            return Err(AppError::Conflict {
                reason: ConflictReason::DatabaseNotEmpty,
            });
        }
        let online = online.ok_or_else(|| AppError::Internal {
            detail: "the database has no online venue".to_owned(),
        })?;
        let now = self.clock.now();
        let today = now.date_in(Zone::hong_kong());
        let mut data =
            demo::build(today, self.ids.as_ref(), &online).map_err(|e| AppError::Internal {
                detail: format!("demo data: {e}"),
            })?;
        let (limits, thresholds) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::workflow::time_limits(c)?,
                repo::workflow::thresholds(c)?,
            ))
        })?;
        for c in data
            .cases
            .iter_mut()
            .filter(|c| !c.model.is_mediation_only())
        {
            c.procedure = docket_domain::workflow::procedure_for(
                &thresholds,
                docket_domain::workflow::arbitration_institution(c.model),
                c.filed_on,
                c.amount_minor,
                c.currency.as_deref().unwrap_or(""),
            )
            .0;
        }
        // Older cases have gone further: up to six stages, at realistic intervals, never past today.
        let mut moves = Vec::new();
        let mut opening = Vec::new();
        for (i, c) in data.cases.iter().enumerate() {
            opening.extend(self.opening_deadlines(c, &limits)?);
            moves.extend(self.plan_demo_moves(c, (data.cases.len() - i) % 7, today, &limits)?);
        }
        self.store.write(|tx| -> Result<(), AppError> {
            use repo::removal::{DemoRow, mark_demo};
            for n in &data.neutrals {
                repo::neutrals::insert(tx, n, now)?;
                mark_demo(tx, DemoRow::Neutral, &n.id.to_string())?;
            }
            for v in data.venues.iter().filter(|v| v.id != online.id) {
                repo::venues::insert(tx, v)?;
                mark_demo(tx, DemoRow::Venue, &v.id.to_string())?;
            }
            for c in &data.cases {
                repo::cases::insert(tx, c, now)?;
                mark_demo(tx, DemoRow::Case, &c.id.to_string())?;
            }
            cases::insert_deadlines(tx, &opening, now)?;
            for (h, people) in data.hearings.iter().zip(&data.participants) {
                let details = repo::hearings::Details::default();
                repo::hearings::insert_full(tx, h, &details, people, now)?;
            }
            let r = &data.roster;
            for p in &r.parties {
                repo::parties::insert_party(tx, p, now)?;
                mark_demo(tx, DemoRow::Party, &p.id.to_string())?;
            }
            for f in &r.firms {
                repo::parties::insert_firm(tx, f)?;
                mark_demo(tx, DemoRow::Firm, &f.id.to_string())?;
            }
            for c in &r.counsel {
                repo::parties::insert_counsel(tx, c)?;
                mark_demo(tx, DemoRow::Counsel, &c.id.to_string())?;
            }
            for (case, cp) in &r.case_parties {
                repo::parties::set_case_party(tx, *case, cp)?;
            }
            for (a, b) in &r.links {
                repo::parties::link_cases(tx, *a, *b)?;
            }
            for k in &r.connections {
                repo::parties::insert_connection(tx, k)?;
            }
            for a in &r.appointments {
                repo::appointments::insert(tx, a, now)?;
            }
            for m in &moves {
                cases::apply_move(tx, m, now)?;
            }
            Ok(())
        })?;
        self.reindex_search()?;
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Ok(DemoSummaryDto {
            neutrals: n(data.neutrals.len()),
            cases: n(data.cases.len()),
            venues: n(data.venues.len()),
            hearings: n(data.hearings.len()),
        })
    }

    /// Every case, newest first, with its number of hearings and its next deadline.
    pub fn list_cases(&self) -> Result<Vec<CaseDto>, AppError> {
        let ((cases, unreadable), per_case) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::cases::list_lenient(c)?,
                repo::hearings::counts_by_case(c)?,
            ))
        })?;
        // The earliest deadline of each case that is still running or overdue (list is by due date).
        let mut next: HashMap<String, (String, dto::DeadlineStatusDto)> = HashMap::new();
        for d in self.list_case_deadlines()? {
            if matches!(
                d.status,
                dto::DeadlineStatusDto::Met
                    | dto::DeadlineStatusDto::Expired
                    | dto::DeadlineStatusDto::Stopped
            ) {
                continue;
            }
            next.entry(d.case_reference.clone())
                .or_insert((d.due.clone(), d.status));
        }
        let l = self.locale();
        Ok(cases
            .iter()
            .map(|c| {
                let mut dto = CaseDto::new(
                    c,
                    per_case.get(&c.id).copied().unwrap_or(0),
                    stage_label(l, c.stage),
                );
                if let Some((due, status)) = next.get(&c.reference) {
                    dto.next_deadline = Some(due.clone());
                    dto.next_deadline_status = Some(*status);
                }
                dto
            })
            .chain(unreadable.iter().map(|u| self.unreadable_case_dto(u)))
            .collect())
    }

    /// A case row that does not read back (a value an older version stored): what could be read,
    /// and what is wrong. Its model, stage and status are not known and shown as the defaults.
    fn unreadable_case_dto(&self, u: &repo::cases::UnreadableCase) -> dto::CaseDto {
        eprintln!("bay-docket: unreadable case {}: {}", u.id, u.error);
        let l = self.locale();
        let placeholder = docket_domain::case::Case {
            id: docket_domain::id::CaseId::from_uuid(uuid::Uuid::nil()),
            reference: u.reference.clone(),
            title: u.title.clone(),
            model: docket_domain::case::CaseModel::HkiacArbitration,
            status: docket_domain::case::CaseStatus::Open,
            filed_on: self
                .clock
                .now()
                .date_in(docket_domain::time::Zone::hong_kong()),
            language: String::new(),
            stage: docket_domain::workflow::Stage::ArbitrationFiled,
            stage_date: self
                .clock
                .now()
                .date_in(docket_domain::time::Zone::hong_kong()),
            amount_minor: None,
            currency: None,
            procedure: docket_domain::workflow::Procedure::Ordinary,
        };
        let mut dto = dto::CaseDto::new(&placeholder, 0, "");
        dto.id = u.id.clone();
        dto.filed_on = u.filed_on.clone();
        dto.stage = None;
        dto.institution = None;
        dto.problem = Some(i18n::unreadable_record(l, &u.error));
        dto
    }

    /// Pairs an error with its sentence in the current language.
    pub fn localize(&self, error: AppError) -> dto::ErrorPayload {
        dto::ErrorPayload::new(self.locale(), error)
    }
}

/// A date a clerk or a file gives: `YYYY-MM-DD` within 1900–2200 (the domain's supported range), or
/// a field error naming `field`.
pub(crate) fn input_date(field: &str, s: &str) -> Result<docket_domain::time::CivilDate, AppError> {
    docket_domain::validation::supported_date(s).map_err(|reason| {
        AppError::validation(vec![docket_domain::validation::FieldError::new(
            field, reason,
        )])
    })
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
