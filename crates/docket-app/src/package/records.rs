//! What `case.json` may hold: one typed record per table (a field this build does not know is
//! refused), every value checked with the domain's own parsers (dates, instants, stages, enums,
//! jurisdictions, identifiers, digests), and every row belonging to the package's case. A package is
//! a request: nothing here trusts a key, a table or a value because the file says so.

use crate::error::PackageRefusal;
use docket_domain::case::{CaseModel, CaseStatus};
use docket_domain::deadline::Jurisdiction;
use docket_domain::deadline::RuleKind;
use docket_domain::id::CaseId;
use docket_domain::prep::ItemStatus;
use docket_domain::time::Instant;
use docket_domain::workflow::{Procedure, Stage};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Why `case.json` was refused, and where: `at` is `line L, column C` for text that is not JSON, or
/// `table #row › field` (rows counted from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// `UnknownField`, `InvalidValue`, `OtherCase` or `NotADigest`.
    pub reason: PackageRefusal,
    pub at: String,
    pub detail: String,
}

pub(crate) fn problem(reason: PackageRefusal, at: String, detail: impl Into<String>) -> Problem {
    Problem {
        reason,
        at,
        detail: detail.into(),
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CaseRow {
    pub id: String,
    pub reference: String,
    pub title_en: String,
    pub title_zh: String,
    pub model: String,
    pub status: String,
    pub filed_on: String,
    pub language: String,
    pub created_at: String,
    pub updated_at: String,
    pub stage: String,
    pub stage_date: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub procedure: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DeadlineRow {
    pub id: String,
    pub case_id: String,
    pub limit_code: String,
    pub name_en: String,
    pub name_zh: String,
    pub trigger_stage: String,
    pub trigger_date: String,
    pub days: Option<i64>,
    pub months: Option<i64>,
    pub rule_set: String,
    pub receipt: Option<String>,
    pub due: String,
    pub rule_version: String,
    pub override_due: Option<String>,
    pub override_reason: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChecklistRow {
    pub id: String,
    pub case_id: String,
    pub code: String,
    pub position: i64,
    pub title_en: String,
    pub title_zh: String,
    pub owner: String,
    pub due: Option<String>,
    pub deadline_code: Option<String>,
    pub status: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentRow {
    pub id: String,
    pub case_id: String,
    pub title: String,
    pub kind: String,
    pub sha256: Option<String>,
    pub size: Option<i64>,
    pub media_type: String,
    pub file_name: String,
    pub location: String,
    pub pages: i64,
    pub tags: String,
    pub confidential: i64,
    pub replaces: Option<String>,
    pub version: i64,
    pub superseded: i64,
    pub added_by: String,
    pub added_at: String,
    pub updated_at: String,
    /// When it was removed, only when it was (an unmarked document reads as it always did, so
    /// the digests of earlier packages still match).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoteRow {
    pub id: String,
    pub case_id: String,
    pub body: String,
    pub confidential: i64,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventRow {
    pub case_id: String,
    pub stage: String,
    pub event_date: String,
    pub note: String,
    pub recorded_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BundleRow {
    pub case_id: String,
    pub position: i64,
    pub tab: String,
    pub document_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AuditRow {
    pub entity: String,
    pub entity_id: String,
    pub action: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub at: String,
    /// Who made the change (absent in packages from before names were recorded).
    pub clerk: Option<String>,
}

/// `case.json`, read and checked: the typed records, and the same records as column → value maps
/// (the keys are the field names above) for the digests and the store.
#[derive(Debug, Default)]
pub(crate) struct Records {
    pub cases: Vec<CaseRow>,
    pub documents: Vec<DocumentRow>,
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
    pub audit: Vec<Map<String, Value>>,
    /// The people the package names (none in a package of the first format).
    pub people: super::linked::People,
    /// The case's parties, appointments, conflict records and hearings, typed.
    pub linked: super::linked::Linked,
    /// The tables the package carries (a first-format package lacks the later ones).
    pub present: BTreeSet<String>,
}

pub(crate) use crate::docstore::is_digest;

/// The field of a row whose value does not fit the record: the first key that, put alone into an
/// otherwise default record, still does not deserialize.
fn culprit<T: DeserializeOwned + Serialize + Default>(row: &Map<String, Value>) -> Option<String> {
    let Ok(Value::Object(base)) = serde_json::to_value(T::default()) else {
        return None;
    };
    row.iter()
        .find(|(k, v)| {
            let mut probe = base.clone();
            probe.insert((*k).clone(), (*v).clone());
            serde_json::from_value::<T>(Value::Object(probe)).is_err()
        })
        .map(|(k, _)| k.clone())
}

/// Reads one list of rows into records of `T`: at most [`super::linked::MAX_ROWS`] rows, no key
/// the record does not have (`optional` names the keys it writes only when set).
pub(crate) fn typed<T: DeserializeOwned + Serialize + Default>(
    table: &str,
    tables: &mut Map<String, Value>,
    optional: &[&str],
) -> Result<Vec<(String, T)>, Problem> {
    let rows = match tables.remove(table) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(rows)) => rows,
        Some(other) => {
            return Err(problem(
                PackageRefusal::InvalidValue,
                table.to_owned(),
                format!("a list of rows, not {other}"),
            ));
        }
    };
    if rows.len() > super::linked::MAX_ROWS {
        return Err(problem(
            PackageRefusal::InvalidValue,
            table.to_owned(),
            format!("{} rows (at most {})", rows.len(), super::linked::MAX_ROWS),
        ));
    }
    let Ok(Value::Object(mut known)) = serde_json::to_value(T::default()) else {
        return Err(problem(
            PackageRefusal::InvalidValue,
            table.to_owned(),
            "no record type",
        ));
    };
    for k in optional {
        known.insert((*k).to_owned(), Value::Null);
    }
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let here = format!("{table} #{}", i + 1);
        let Value::Object(map) = row else {
            return Err(problem(
                PackageRefusal::InvalidValue,
                here,
                "a row is not an object",
            ));
        };
        if let Some(k) = map.keys().find(|k| !known.contains_key(*k)) {
            return Err(problem(
                PackageRefusal::UnknownField,
                format!("{here} › {k}"),
                k.clone(),
            ));
        }
        let value = serde_json::from_value::<T>(Value::Object(map.clone())).map_err(|e| {
            let at = match culprit::<T>(&map) {
                Some(field) => format!("{here} › {field}"),
                None => here.clone(),
            };
            problem(PackageRefusal::InvalidValue, at, e.to_string())
        })?;
        out.push((here, value));
    }
    Ok(out)
}

/// Checks one field with a domain parser.
pub(crate) fn check(at: &str, field: &str, value: &str, ok: bool) -> Result<(), Problem> {
    if ok {
        Ok(())
    } else {
        Err(problem(
            PackageRefusal::InvalidValue,
            format!("{at} › {field}"),
            value.to_owned(),
        ))
    }
}

/// A date the clerk could have typed: well-formed and within the supported range (1900–2200).
pub(crate) fn date(at: &str, field: &str, v: &str) -> Result<(), Problem> {
    check(
        at,
        field,
        v,
        docket_domain::validation::supported_date(v).is_ok(),
    )
}

pub(crate) fn instant(at: &str, field: &str, v: &str) -> Result<(), Problem> {
    check(at, field, v, v.parse::<Instant>().is_ok())
}

pub(crate) fn uuid(at: &str, field: &str, v: &str) -> Result<(), Problem> {
    check(
        at,
        field,
        v,
        uuid::Uuid::parse_str(v).is_ok() && v.len() == 36,
    )
}

fn flag(at: &str, field: &str, v: i64) -> Result<(), Problem> {
    check(at, field, &v.to_string(), v == 0 || v == 1)
}

pub(crate) fn same_case(at: &str, case_id: &str, v: &str) -> Result<(), Problem> {
    if v == case_id {
        Ok(())
    } else {
        Err(problem(
            PackageRefusal::OtherCase,
            format!("{at} › case_id"),
            v.to_owned(),
        ))
    }
}

fn to_map(v: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Reads `case.json` for the case `case_id` (`reference`), as the manifest names it.
pub(crate) fn read(bytes: &[u8], case_id: &str, reference: &str) -> Result<Records, Problem> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        problem(
            PackageRefusal::InvalidValue,
            format!("line {}, column {}", e.line(), e.column()),
            e.to_string(),
        )
    })?;
    let Value::Object(mut root) = root else {
        return Err(problem(
            PackageRefusal::InvalidValue,
            "line 1, column 1".into(),
            "not an object",
        ));
    };
    if let Some(k) = root
        .keys()
        .find(|k| !["tables", "audit", "roster"].contains(&k.as_str()))
    {
        return Err(problem(PackageRefusal::UnknownField, k.clone(), k.clone()));
    }
    let mut tables = match root.remove("tables") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(t)) => t,
        Some(_) => {
            return Err(problem(
                PackageRefusal::InvalidValue,
                "tables".into(),
                "not an object",
            ));
        }
    };
    check(
        "package",
        "case_id",
        case_id,
        case_id.parse::<CaseId>().is_ok(),
    )?;
    let present: BTreeSet<String> = tables.keys().cloned().collect();
    let people = super::linked::people(root.remove("roster"))?;
    let linked = super::linked::read(&mut tables, case_id, &people)?;
    let cases = typed::<CaseRow>("cases", &mut tables, &[])?;
    let deadlines = typed::<DeadlineRow>("case_deadlines", &mut tables, &[])?;
    let checklist = typed::<ChecklistRow>("checklist_items", &mut tables, &[])?;
    let documents = typed::<DocumentRow>("documents", &mut tables, &["removed_at"])?;
    let notes = typed::<NoteRow>("notes", &mut tables, &[])?;
    let events = typed::<EventRow>("case_events", &mut tables, &[])?;
    let bundle = typed::<BundleRow>("bundle_entries", &mut tables, &[])?;
    if let Some(k) = tables.keys().next() {
        return Err(problem(
            PackageRefusal::UnknownField,
            format!("tables › {k}"),
            k.clone(),
        ));
    }
    let mut audit_root = Map::new();
    if let Some(a) = root.remove("audit") {
        audit_root.insert("audit".into(), a);
    }
    let audit = typed::<AuditRow>("audit", &mut audit_root, &[])?;

    // The case itself: exactly one row, the one the manifest names.
    if cases.len() != 1 {
        return Err(problem(
            PackageRefusal::OtherCase,
            "cases".into(),
            format!("{} case rows", cases.len()),
        ));
    }
    let mut model = None;
    for (at, c) in &cases {
        if c.id != case_id {
            return Err(problem(
                PackageRefusal::OtherCase,
                format!("{at} › id"),
                c.id.clone(),
            ));
        }
        if c.reference != reference {
            return Err(problem(
                PackageRefusal::OtherCase,
                format!("{at} › reference"),
                c.reference.clone(),
            ));
        }
        check(
            at,
            "reference",
            &c.reference,
            docket_domain::case::check_reference(&c.reference).is_ok(),
        )?;
        check(at, "title_en", &c.title_en, !c.title_en.trim().is_empty())?;
        let m = CaseModel::parse(&c.model);
        check(at, "model", &c.model, m.is_some())?;
        model = m;
        check(
            at,
            "status",
            &c.status,
            CaseStatus::parse(&c.status).is_some(),
        )?;
        date(at, "filed_on", &c.filed_on)?;
        instant(at, "created_at", &c.created_at)?;
        instant(at, "updated_at", &c.updated_at)?;
        let in_model = Stage::parse(&c.stage)
            .is_some_and(|s| m.is_some_and(|m| docket_domain::workflow::in_model(m, s)));
        check(at, "stage", &c.stage, in_model)?;
        date(at, "stage_date", &c.stage_date)?;
        if let Some(a) = c.amount_minor {
            check(at, "amount_minor", &a.to_string(), a >= 0)?;
        }
        check(
            at,
            "procedure",
            &c.procedure,
            Procedure::parse(&c.procedure).is_some(),
        )?;
    }
    let stage_ok = |s: &str| {
        Stage::parse(s)
            .is_some_and(|s| model.is_some_and(|m| docket_domain::workflow::in_model(m, s)))
    };
    for (at, d) in &deadlines {
        uuid(at, "id", &d.id)?;
        same_case(at, case_id, &d.case_id)?;
        check(
            at,
            "trigger_stage",
            &d.trigger_stage,
            stage_ok(&d.trigger_stage),
        )?;
        date(at, "trigger_date", &d.trigger_date)?;
        date(at, "due", &d.due)?;
        let one = d.days.is_some() != d.months.is_some()
            && d.days.unwrap_or(0) >= 0
            && d.months.unwrap_or(0) >= 0;
        check(at, "days", &format!("{:?}/{:?}", d.days, d.months), one)?;
        check(
            at,
            "rule_set",
            &d.rule_set,
            RuleKind::parse(&d.rule_set).is_some(),
        )?;
        if let Some(r) = &d.receipt {
            check(at, "receipt", r, Jurisdiction::parse(r).is_some())?;
        }
        if let Some(o) = &d.override_due {
            date(at, "override_due", o)?;
        }
        check(
            at,
            "override_reason",
            d.override_reason.as_deref().unwrap_or(""),
            d.override_due.is_some() == d.override_reason.is_some(),
        )?;
        instant(at, "created_at", &d.created_at)?;
    }
    for (at, c) in &checklist {
        uuid(at, "id", &c.id)?;
        same_case(at, case_id, &c.case_id)?;
        check(at, "code", &c.code, !c.code.trim().is_empty())?;
        check(
            at,
            "status",
            &c.status,
            ItemStatus::parse(&c.status).is_some(),
        )?;
        if let Some(d) = &c.due {
            date(at, "due", d)?;
        }
        instant(at, "updated_at", &c.updated_at)?;
    }
    let doc_ids: BTreeSet<&str> = documents.iter().map(|(_, d)| d.id.as_str()).collect();
    for (at, d) in &documents {
        uuid(at, "id", &d.id)?;
        same_case(at, case_id, &d.case_id)?;
        check(at, "title", &d.title, !d.title.trim().is_empty())?;
        match (d.kind.as_str(), &d.sha256) {
            ("file", Some(h)) => {
                if !is_digest(h) {
                    return Err(problem(
                        PackageRefusal::NotADigest,
                        format!("{at} › sha256"),
                        h.clone(),
                    ));
                }
            }
            ("paper", None) => {}
            ("file" | "paper", _) => {
                check(at, "sha256", d.sha256.as_deref().unwrap_or(""), false)?;
            }
            (other, _) => check(at, "kind", other, false)?,
        }
        if let Some(s) = d.size {
            check(at, "size", &s.to_string(), s >= 0)?;
        }
        check(at, "pages", &d.pages.to_string(), d.pages > 0)?;
        check(at, "version", &d.version.to_string(), d.version > 0)?;
        flag(at, "confidential", d.confidential)?;
        flag(at, "superseded", d.superseded)?;
        if let Some(r) = &d.replaces
            && !doc_ids.contains(r.as_str())
        {
            return Err(problem(
                PackageRefusal::OtherCase,
                format!("{at} › replaces"),
                r.clone(),
            ));
        }
        instant(at, "added_at", &d.added_at)?;
        instant(at, "updated_at", &d.updated_at)?;
        if let Some(r) = &d.removed_at {
            instant(at, "removed_at", r)?;
        }
    }
    for (at, n) in &notes {
        uuid(at, "id", &n.id)?;
        same_case(at, case_id, &n.case_id)?;
        check(at, "body", &n.body, !n.body.is_empty())?;
        flag(at, "confidential", n.confidential)?;
        instant(at, "created_at", &n.created_at)?;
        instant(at, "updated_at", &n.updated_at)?;
    }
    for (at, e) in &events {
        same_case(at, case_id, &e.case_id)?;
        check(at, "stage", &e.stage, stage_ok(&e.stage))?;
        date(at, "event_date", &e.event_date)?;
        instant(at, "recorded_at", &e.recorded_at)?;
    }
    let mut positions = BTreeSet::new();
    for (at, b) in &bundle {
        same_case(at, case_id, &b.case_id)?;
        check(
            at,
            "position",
            &b.position.to_string(),
            b.position >= 0 && positions.insert(b.position),
        )?;
        if !doc_ids.contains(b.document_id.as_str()) {
            return Err(problem(
                PackageRefusal::OtherCase,
                format!("{at} › document_id"),
                b.document_id.clone(),
            ));
        }
    }
    for (at, a) in &audit {
        check(at, "entity", &a.entity, a.entity == "case")?;
        if a.entity_id != case_id {
            return Err(problem(
                PackageRefusal::OtherCase,
                format!("{at} › entity_id"),
                a.entity_id.clone(),
            ));
        }
        check(at, "action", &a.action, !a.action.trim().is_empty())?;
        instant(at, "at", &a.at)?;
        if let Some(clerk) = &a.clerk {
            check(
                at,
                "clerk",
                clerk,
                crate::clerk::check_name(clerk).is_ok_and(|c| c == *clerk),
            )?;
        }
    }

    let mut out = Records::default();
    fn maps<T: Serialize>(rows: &[(String, T)]) -> Vec<Map<String, Value>> {
        rows.iter().map(|(_, r)| to_map(r)).collect()
    }
    out.tables.insert("cases".into(), maps(&cases));
    out.tables.insert("case_deadlines".into(), maps(&deadlines));
    out.tables
        .insert("checklist_items".into(), maps(&checklist));
    out.tables.insert("documents".into(), maps(&documents));
    out.tables.insert("notes".into(), maps(&notes));
    out.tables.insert("case_events".into(), maps(&events));
    out.tables.insert("bundle_entries".into(), maps(&bundle));
    out.tables
        .insert("case_parties".into(), maps(&linked.case_parties));
    out.tables
        .insert("appointments".into(), maps(&linked.appointments));
    out.tables
        .insert("conflict_records".into(), maps(&linked.records));
    out.tables.insert("hearings".into(), maps(&linked.hearings));
    out.audit = maps(&audit);
    out.people = people;
    out.linked = linked;
    out.present = present;
    out.cases = cases.into_iter().map(|(_, c)| c).collect();
    out.documents = documents.into_iter().map(|(_, d)| d).collect();
    Ok(out)
}
