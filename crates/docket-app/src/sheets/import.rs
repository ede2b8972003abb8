//! Importing a sheet: the headings matched to columns, each row checked by the constructors the
//! forms use (`App::checked_neutral`, `checked_party`, `checked_firm`, `App::checked_counsel`,
//! `App::validate_new_case`, `cases::edit::corrected`), matched by its stable key, and planned as a
//! create, an update or nothing. The preview reports the plan; the commit writes it in one
//! transaction, and only when no row has a problem.

use super::cells::{draft_of, fill_neutral, name_key, optional};
use super::columns::{self, Column};
use super::read::{self, Grid};
use super::{Problem, What};
use crate::dto::{
    CaseEditDto, CounselInputDto, FirmInputDto, ImportReportDto, NewCaseDto, PartyInputDto,
    RowActionDto, SheetKindDto, SheetRowDto,
};
use crate::roster::{DuplicateIndex, checked_firm, checked_party};
use crate::{App, AppError, FieldProblem, FieldProblemReason};
use docket_domain::case::{Case, CaseModel};
use docket_domain::id::{CounselId, FirmId, NeutralId, PartyId};
use docket_domain::roster::party::{Counsel, LawFirm, Party};
use docket_domain::roster::{Neutral, NeutralDraft, search};
use docket_domain::workflow::CaseDeadline;
use docket_store::{StoreError, repo};
use std::collections::HashMap;

/// One write the commit will make.
#[derive(Debug)]
pub(crate) enum Op {
    Neutral {
        neutral: Box<Neutral>,
        /// Whether the neutral is already on the roster.
        update: bool,
    },
    Party {
        party: Party,
        before: Option<Party>,
    },
    Firm(LawFirm),
    Counsel {
        counsel: Counsel,
        new: bool,
    },
    Case {
        case: Case,
        before: Option<Case>,
        opening: Vec<CaseDeadline>,
    },
}

/// What an import would do.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub rows: Vec<SheetRowDto>,
    pub ops: Vec<Op>,
    pub problems: Vec<Problem>,
}

/// The file's headings matched to the sheet's columns.
pub(crate) struct Headings {
    /// For each column of the sheet, its index in the file.
    at: HashMap<&'static str, usize>,
}

impl Headings {
    /// The cell of column `key` in `row`: `None` when the file has no such column (an update
    /// keeps what is stored), `Some("")` when the cell is blank.
    pub(crate) fn get<'a>(&self, row: &'a [String], key: &str) -> Option<&'a str> {
        self.at
            .get(key)
            .map(|i| row.get(*i).map_or("", |s| s.trim()))
    }

    fn problem(&self, row: u32, key: &'static str, what: What) -> Problem {
        Problem {
            row,
            column: Some((key, self.at.get(key).copied())),
            what,
        }
    }

    /// Each refused field of `e` as a problem at its column (`prefix` names the counsel's or
    /// firm's columns of a party row).
    fn refused(&self, kind: SheetKindDto, row: u32, prefix: &str, e: AppError) -> Vec<Problem> {
        match e {
            AppError::Validation { fields } => fields
                .into_iter()
                .map(|f| {
                    let name = format!("{prefix}{}", columns::column_of_field(&f.field));
                    let key = columns::columns(kind)
                        .iter()
                        .find(|c| c.key == name)
                        .map(|c| c.key);
                    Problem {
                        row,
                        column: key.map(|k| (k, self.at.get(k).copied())),
                        what: What::Field(FieldProblem {
                            field: columns::column_of_field(&f.field).to_owned(),
                            reason: f.reason,
                        }),
                    }
                })
                .collect(),
            other => vec![Problem {
                row,
                column: None,
                what: What::Refused(other),
            }],
        }
    }
}

/// Matches the first row's headings; unknown, repeated and missing key columns are problems.
fn headings(kind: SheetKindDto, grid: &Grid) -> Result<Headings, Vec<Problem>> {
    let cols = columns::columns(kind);
    let mut at = HashMap::new();
    let mut problems = Vec::new();
    let (row, cells) = match grid.rows.first() {
        Some((row, cells)) => (*row, cells),
        None => return Err(vec![Problem::file(read::FileProblem::NoHeadings)]),
    };
    for (i, heading) in cells.iter().enumerate() {
        if heading.trim().is_empty() {
            continue;
        }
        match columns::find(kind, heading) {
            None => problems.push(Problem {
                row,
                column: None,
                what: What::UnknownHeading(heading.trim().chars().take(80).collect()),
            }),
            Some(c) => {
                let key = cols.get(c).map_or("", |c: &Column| c.key);
                if at.insert(key, i).is_some() {
                    problems.push(Problem {
                        row,
                        column: Some((key, Some(i))),
                        what: What::RepeatedHeading,
                    });
                }
            }
        }
    }
    let required: &[&'static str] = match kind {
        SheetKindDto::Neutrals => &["email"],
        SheetKindDto::Parties => &["nationality"],
        SheetKindDto::Cases => &["reference", "model", "filed_on"],
    };
    for key in required {
        if !at.contains_key(key) {
            problems.push(Problem {
                row,
                column: Some((key, None)),
                what: What::MissingColumn,
            });
        }
    }
    if kind == SheetKindDto::Parties && !at.contains_key("name_en") && !at.contains_key("name_zh") {
        problems.push(Problem {
            row,
            column: Some(("name_en", None)),
            what: What::MissingColumn,
        });
    }
    if problems.is_empty() {
        Ok(Headings { at })
    } else {
        Err(problems)
    }
}

impl App {
    /// Reads `bytes` and plans the import of a `kind` sheet.
    pub(crate) fn plan_import(&self, kind: SheetKindDto, bytes: &[u8]) -> Result<Plan, AppError> {
        let grid = match read::read(bytes) {
            Ok(g) => g,
            Err(p) => {
                return Ok(Plan {
                    problems: vec![Problem::file(p)],
                    ..Plan::default()
                });
            }
        };
        let h = match headings(kind, &grid) {
            Ok(h) => h,
            Err(problems) => {
                return Ok(Plan {
                    problems,
                    ..Plan::default()
                });
            }
        };
        let rows = grid.rows.get(1..).unwrap_or_default();
        match kind {
            SheetKindDto::Neutrals => self.plan_neutrals(&h, rows),
            SheetKindDto::Parties => self.plan_parties(&h, rows),
            SheetKindDto::Cases => self.plan_cases(&h, rows),
        }
    }

    fn plan_neutrals(&self, h: &Headings, rows: &[(u32, Vec<String>)]) -> Result<Plan, AppError> {
        const KIND: SheetKindDto = SheetKindDto::Neutrals;
        let existing = self.store.read(repo::neutrals::list)?;
        let mut index = DuplicateIndex::new(&existing);
        let by_email: HashMap<String, &Neutral> = existing
            .iter()
            .filter_map(|n| n.email.as_ref().map(|e| (e.to_lowercase(), n)))
            .collect();
        let mut plan = Plan::default();
        for (row, cells) in rows {
            let email = h.get(cells, "email").unwrap_or_default();
            if email.is_empty() {
                plan.problems.push(h.problem(
                    *row,
                    "email",
                    What::Field(FieldProblem::new("email", FieldProblemReason::Required)),
                ));
                continue;
            }
            let before = by_email.get(&email.to_lowercase()).copied();
            let mut draft = before.map(draft_of).unwrap_or_else(|| NeutralDraft {
                roles: "both".to_owned(),
                home_zone: "Asia/Hong_Kong".to_owned(),
                ..NeutralDraft::default()
            });
            if let Err(f) = fill_neutral(h, cells, &mut draft) {
                plan.problems
                    .push(h.problem(*row, "max_concurrent", What::Field(f)));
                continue;
            }
            let id = before.map_or_else(|| NeutralId::from_uuid(self.ids.next_uuid()), |n| n.id);
            match self.checked_neutral(draft, id, &index) {
                Err(e) => plan.problems.extend(h.refused(KIND, *row, "", e)),
                Ok(neutral) => {
                    index.add(&neutral);
                    let action = match before {
                        None => RowActionDto::Create,
                        Some(b) if *b == neutral => RowActionDto::Unchanged,
                        Some(_) => RowActionDto::Update,
                    };
                    plan.rows.push(SheetRowDto {
                        row: *row,
                        action,
                        key: email.to_lowercase(),
                    });
                    if action != RowActionDto::Unchanged {
                        plan.ops.push(Op::Neutral {
                            neutral: Box::new(neutral),
                            update: before.is_some(),
                        });
                    }
                }
            }
        }
        Ok(plan)
    }

    fn plan_parties(&self, h: &Headings, rows: &[(u32, Vec<String>)]) -> Result<Plan, AppError> {
        const KIND: SheetKindDto = SheetKindDto::Parties;
        let (parties, mut firms, mut counsel) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::parties::list_parties(c)?,
                repo::parties::list_firms(c)?,
                repo::parties::list_counsel(c)?,
            ))
        })?;
        let mut by_key: HashMap<(String, String), Party> = HashMap::new();
        for (p, _) in &parties {
            for name in [&p.name.en, &p.name.zh] {
                if !name.is_empty() {
                    by_key.insert((search::fold(name), p.nationality.clone()), p.clone());
                }
            }
        }
        let mut seen: HashMap<(String, String), u32> = HashMap::new();
        let mut plan = Plan::default();
        for (row, cells) in rows {
            let get = |k: &str| h.get(cells, k).unwrap_or_default().to_owned();
            let nationality = get("nationality").to_ascii_uppercase();
            let key = (
                name_key(&get("name_en"), &get("name_zh")),
                nationality.clone(),
            );
            let before = by_key.get(&key).cloned();
            let input = PartyInputDto {
                name_en: h.get(cells, "name_en").map_or_else(
                    || {
                        before
                            .as_ref()
                            .map(|b| b.name.en.clone())
                            .unwrap_or_default()
                    },
                    str::to_owned,
                ),
                name_zh: h.get(cells, "name_zh").map_or_else(
                    || {
                        before
                            .as_ref()
                            .map(|b| b.name.zh.clone())
                            .unwrap_or_default()
                    },
                    str::to_owned,
                ),
                kind: h.get(cells, "kind").map_or_else(
                    || {
                        before
                            .as_ref()
                            .map_or("company", |b| b.kind.as_str())
                            .to_owned()
                    },
                    str::to_ascii_lowercase,
                ),
                nationality,
                group: match h.get(cells, "group") {
                    Some(g) => optional(g),
                    None => before.as_ref().and_then(|b| b.group.clone()),
                },
            };
            let id = before
                .as_ref()
                .map_or_else(|| PartyId::from_uuid(self.ids.next_uuid()), |b| b.id);
            let party = match checked_party(input, id) {
                Ok(p) => p,
                Err(e) => {
                    plan.problems.extend(h.refused(KIND, *row, "", e));
                    continue;
                }
            };
            if !key.0.is_empty()
                && let Some(first) = seen.insert(key.clone(), *row)
            {
                let _ = first;
                plan.problems.push(h.problem(
                    *row,
                    "name_en",
                    What::Field(FieldProblem::new("name_en", FieldProblemReason::Duplicate)),
                ));
                continue;
            }
            let mut changed = false;
            // The counsel's firm: found by name and country, else created.
            let mut firm_id: Option<FirmId> = None;
            let firm_cells = ["firm_name_en", "firm_name_zh", "firm_country"].map(get);
            if firm_cells.iter().any(|c| !c.is_empty()) {
                let [en, zh, country] = firm_cells;
                let country = country.to_ascii_uppercase();
                let fkey = name_key(&en, &zh);
                if let Some(f) = firms
                    .iter()
                    .find(|f| name_key(&f.name.en, &f.name.zh) == fkey && f.country == country)
                {
                    firm_id = Some(f.id);
                } else {
                    let input = FirmInputDto {
                        name_en: en,
                        name_zh: zh,
                        country,
                    };
                    match checked_firm(input, FirmId::from_uuid(self.ids.next_uuid())) {
                        Ok(f) => {
                            firm_id = Some(f.id);
                            firms.push(f.clone());
                            plan.ops.push(Op::Firm(f));
                            changed = true;
                        }
                        Err(e) => {
                            plan.problems.extend(h.refused(KIND, *row, "firm_", e));
                            continue;
                        }
                    }
                }
            }
            // The counsel: found by e-mail, else by name; created, or moved to the firm given.
            let counsel_cells = ["counsel_name_en", "counsel_name_zh", "counsel_email"].map(get);
            if counsel_cells.iter().any(|c| !c.is_empty()) {
                let [en, zh, email] = counsel_cells;
                let ckey = name_key(&en, &zh);
                let found = counsel.iter().position(|c| {
                    if email.is_empty() {
                        name_key(&c.name.en, &c.name.zh) == ckey
                    } else {
                        c.email
                            .as_deref()
                            .is_some_and(|e| e.eq_ignore_ascii_case(&email))
                    }
                });
                let id = found
                    .and_then(|i| counsel.get(i))
                    .map_or_else(|| CounselId::from_uuid(self.ids.next_uuid()), |c| c.id);
                let input = CounselInputDto {
                    name_en: en,
                    name_zh: zh,
                    firm_id: None,
                    email: optional(&email),
                };
                match self.checked_counsel(input, id) {
                    Err(e) => {
                        plan.problems.extend(h.refused(KIND, *row, "counsel_", e));
                        continue;
                    }
                    Ok(mut c) => match found.and_then(|i| counsel.get_mut(i)) {
                        None => {
                            c.firm_id = firm_id;
                            counsel.push(c.clone());
                            plan.ops.push(Op::Counsel {
                                counsel: c,
                                new: true,
                            });
                            changed = true;
                        }
                        Some(stored) => {
                            c.firm_id = firm_id.or(stored.firm_id);
                            if *stored != c {
                                *stored = c.clone();
                                plan.ops.push(Op::Counsel {
                                    counsel: c,
                                    new: false,
                                });
                                changed = true;
                            }
                        }
                    },
                }
            }
            let action = match &before {
                None => RowActionDto::Create,
                Some(b) if *b == party && !changed => RowActionDto::Unchanged,
                Some(_) => RowActionDto::Update,
            };
            plan.rows.push(SheetRowDto {
                row: *row,
                action,
                key: format!("{} · {}", party.name.display(false), party.nationality),
            });
            if before.as_ref() != Some(&party) {
                plan.ops.push(Op::Party { party, before });
            }
        }
        Ok(plan)
    }

    fn plan_cases(&self, h: &Headings, rows: &[(u32, Vec<String>)]) -> Result<Plan, AppError> {
        const KIND: SheetKindDto = SheetKindDto::Cases;
        let limits = self.store.read(repo::workflow::time_limits)?;
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut plan = Plan::default();
        for (row, cells) in rows {
            let get = |k: &str| h.get(cells, k).map(str::to_owned);
            let reference = get("reference").unwrap_or_default();
            if seen.insert(reference.to_lowercase(), *row).is_some() {
                plan.problems.push(h.problem(
                    *row,
                    "reference",
                    What::Field(FieldProblem::new(
                        "reference",
                        FieldProblemReason::Duplicate,
                    )),
                ));
                continue;
            }
            let before = self
                .store
                .read(|c| repo::cases::by_reference_any(c, &reference))?;
            match before {
                Some((_, Some(_removed))) => {
                    // A removed case keeps its reference until it is restored.
                    plan.problems.push(h.problem(
                        *row,
                        "reference",
                        What::Field(FieldProblem::new(
                            "reference",
                            FieldProblemReason::Duplicate,
                        )),
                    ));
                }
                None => {
                    let input = NewCaseDto {
                        reference: reference.clone(),
                        title_en: get("title_en").unwrap_or_default(),
                        title_zh: get("title_zh").unwrap_or_default(),
                        model: get("model").unwrap_or_default(),
                        filed_on: get("filed_on").unwrap_or_default(),
                        language: get("language").unwrap_or_default(),
                        amount: get("amount"),
                        currency: get("currency"),
                        confirm: false,
                    };
                    let checked = self
                        .validate_new_case(&input)
                        .and_then(|(case, _)| Ok((self.opening_deadlines(&case, &limits)?, case)));
                    match checked {
                        Err(e) => plan.problems.extend(h.refused(KIND, *row, "", e)),
                        Ok((opening, case)) => {
                            plan.rows.push(SheetRowDto {
                                row: *row,
                                action: RowActionDto::Create,
                                key: case.reference.clone(),
                            });
                            plan.ops.push(Op::Case {
                                case,
                                before: None,
                                opening,
                            });
                        }
                    }
                }
                Some((before, None)) => {
                    // What was chosen at filing stays: a different model or date is refused.
                    let mut fixed = Vec::new();
                    if get("model").is_some_and(|m| CaseModel::parse(&m) != Some(before.model)) {
                        fixed.push("model");
                    }
                    if get("filed_on").is_some_and(|d| d != before.filed_on.to_string()) {
                        fixed.push("filed_on");
                    }
                    if !fixed.is_empty() {
                        for key in fixed {
                            plan.problems.push(h.problem(
                                *row,
                                key,
                                What::Field(FieldProblem::malformed(
                                    key,
                                    crate::Expected::SetAtFiling,
                                )),
                            ));
                        }
                        continue;
                    }
                    let edit = CaseEditDto {
                        title_en: get("title_en"),
                        title_zh: get("title_zh"),
                        amount: get("amount"),
                        currency: get("currency"),
                        language: get("language").filter(|l| !l.is_empty()),
                    };
                    match crate::cases::corrected(&before, &edit) {
                        Err(e) => plan.problems.extend(h.refused(KIND, *row, "", e)),
                        Ok(after) => {
                            let same = crate::cases::case_changes(&before, &after).0.is_empty();
                            plan.rows.push(SheetRowDto {
                                row: *row,
                                action: if same {
                                    RowActionDto::Unchanged
                                } else {
                                    RowActionDto::Update
                                },
                                key: after.reference.clone(),
                            });
                            if !same {
                                plan.ops.push(Op::Case {
                                    case: after,
                                    before: Some(before),
                                    opening: Vec::new(),
                                });
                            }
                        }
                    }
                }
            }
        }
        Ok(plan)
    }

    /// What importing the sheet would do, row by row, with every problem; nothing is written.
    pub fn preview_import(
        &self,
        kind: SheetKindDto,
        bytes: &[u8],
    ) -> Result<ImportReportDto, AppError> {
        let plan = self.plan_import(kind, bytes)?;
        Ok(self.sheet_report(kind, &plan, false))
    }

    /// Imports the sheet: every row in one transaction when no row has a problem, else nothing
    /// (`committed` is false and the problems say why).
    pub fn commit_import(
        &mut self,
        kind: SheetKindDto,
        bytes: &[u8],
    ) -> Result<ImportReportDto, AppError> {
        let plan = self.plan_import(kind, bytes)?;
        if !plan.problems.is_empty() {
            return Ok(self.sheet_report(kind, &plan, false));
        }
        if !plan.ops.is_empty() {
            let now = self.clock.now();
            self.store.write(|tx| -> Result<(), AppError> {
                for op in &plan.ops {
                    write_op(tx, op, now)?;
                }
                Ok(())
            })?;
        }
        Ok(self.sheet_report(kind, &plan, true))
    }

    /// Reads a sheet from a file (bounded by the import's size limit).
    pub fn read_sheet_file(&self, path: &std::path::Path) -> Result<Vec<u8>, AppError> {
        let unreadable = |reason: String| AppError::FileUnreadable {
            path: path.display().to_string(),
            reason,
        };
        let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
        read::bounded(file, read::MAX_FILE_BYTES)
            .map_err(|p| unreadable(super::file_message(self.locale(), &p)))
    }

    fn sheet_report(&self, kind: SheetKindDto, plan: &Plan, committed: bool) -> ImportReportDto {
        let count = |a: RowActionDto| {
            u32::try_from(plan.rows.iter().filter(|r| r.action == a).count()).unwrap_or(u32::MAX)
        };
        let l = self.locale();
        ImportReportDto {
            kind,
            created: count(RowActionDto::Create),
            updated: count(RowActionDto::Update),
            unchanged: count(RowActionDto::Unchanged),
            rows: plan.rows.clone(),
            problems: plan.problems.iter().map(|p| p.to_dto(l, kind)).collect(),
            committed,
        }
    }
}

/// One planned write, with its search entry and audit as the form's path writes them.
fn write_op(
    tx: &docket_store::Transaction<'_>,
    op: &Op,
    now: docket_domain::time::Instant,
) -> Result<(), AppError> {
    match op {
        Op::Neutral { neutral, update } => {
            match update {
                false => repo::neutrals::insert(tx, neutral, now)?,
                true => {
                    repo::neutrals::update(tx, neutral, now)?;
                    repo::workflow::audit(
                        tx,
                        "neutral",
                        &neutral.id.to_string(),
                        "profile_edited",
                        None,
                        Some(&neutral.name.en),
                        now,
                    )?;
                }
            }
            repo::prep::index(tx, &crate::search::neutral_entry(neutral))?;
        }
        Op::Party { party, before } => {
            match before {
                None => repo::parties::insert_party(tx, party, now)?,
                Some(b) => {
                    repo::parties::update_party(tx, party, now)?;
                    repo::workflow::audit(
                        tx,
                        "party",
                        &party.id.to_string(),
                        "party_edited",
                        Some(&format!("{} · {}", b.name.display(false), b.nationality)),
                        Some(&format!(
                            "{} · {}",
                            party.name.display(false),
                            party.nationality
                        )),
                        now,
                    )?;
                }
            }
            repo::prep::index(tx, &crate::search::party_entry(party))?;
        }
        Op::Firm(f) => repo::parties::insert_firm(tx, f)?,
        Op::Counsel { counsel, new: true } => repo::parties::insert_counsel(tx, counsel)?,
        Op::Counsel {
            counsel,
            new: false,
        } => repo::parties::update_counsel(tx, counsel)?,
        Op::Case {
            case,
            before: None,
            opening,
        } => crate::cases::write_new_case(tx, case, opening, now)?,
        Op::Case {
            case,
            before: Some(before),
            ..
        } => crate::cases::write_corrected_case(tx, before, case, now)?,
    }
    Ok(())
}
