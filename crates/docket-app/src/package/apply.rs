//! Applying a checked package: people matched to this roster (or added), rows compared with the
//! last package's digests, rooms found by code, and everything written in one transaction. The
//! same code runs for a preview, on a copy of the database in memory and without document bytes.

use super::linked::HearingRow;
use super::records::Problem;
use super::{Checked, check, digest_of, digests, field_diffs, label, refused_at, unreadable};
use crate::dto::{
    PackageConflictDto, PackageKindDto, PackageRecordKind, PackageReportDto, PackageResolutionDto,
};
use crate::error::PackageRefusal;
use crate::{App, AppError, FieldProblemReason};
use docket_domain::hearing::{DerivedStart, Hearing, HearingKind, HearingStatus};
use docket_domain::schedule::{Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{Disambiguation, LocalDateTime, Zone, ZonedWallTime};
use docket_store::StoreError;
use docket_store::repo;
use docket_store::repo::hearings::Details;
use docket_store::repo::package::linked::Stamps;
use docket_store::repo::package::{GROUPED, KEYED, LATER};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn count<'a>(
    kinds: &'a mut BTreeMap<&'static str, PackageKindDto>,
    table: &'static str,
) -> &'a mut PackageKindDto {
    kinds.entry(table).or_insert_with(|| PackageKindDto {
        kind: PackageRecordKind::of_table(table).unwrap_or(PackageRecordKind::Case),
        added: 0,
        matched: 0,
        updated: 0,
        unchanged: 0,
        kept: 0,
    })
}

/// A hearing row as the domain and the store take it, in the room `venue` here.
fn hearing(
    row: &Map<String, Value>,
    venue: docket_domain::id::VenueId,
) -> Result<(Hearing, Details, Vec<Participant>, Stamps), String> {
    let h: HearingRow =
        serde_json::from_value(Value::Object(row.clone())).map_err(|e| e.to_string())?;
    let bad = |f: &str| format!("hearing {} › {f}", h.id);
    let local: LocalDateTime = h.starts_local.parse().map_err(|_| bad("starts_local"))?;
    let zone: Zone = h.zone.parse().map_err(|_| bad("zone"))?;
    let start = ZonedWallTime::new(local, zone);
    let derived = DerivedStart::derive(&start, Disambiguation::Compatible)
        .map_err(|_| bad("starts_local"))?;
    let mut participants = Vec::new();
    for p in &h.participants {
        participants.push(Participant {
            kind: ParticipantKind::parse(&p.kind).ok_or_else(|| bad("participants"))?,
            key: p.key.clone(),
            name: Bilingual::new(p.name_en.trim(), p.name_zh.trim()),
            zone: p.zone.parse().map_err(|_| bad("participants"))?,
            hours: Hours {
                from: u32::try_from(p.hours_from).map_err(|_| bad("participants"))?,
                until: u32::try_from(p.hours_until).map_err(|_| bad("participants"))?,
            },
        });
    }
    let out = Hearing {
        id: h.id.parse().map_err(|_| bad("id"))?,
        case_id: h.case_id.parse().map_err(|_| bad("case_id"))?,
        kind: HearingKind::parse(&h.kind).ok_or_else(|| bad("kind"))?,
        venue_id: venue,
        start,
        duration_minutes: u32::try_from(h.duration_minutes).map_err(|_| bad("duration_minutes"))?,
        derived,
        status: HearingStatus::parse(&h.status).ok_or_else(|| bad("status"))?,
        ical_uid: h.ical_uid.clone(),
        sequence: u32::try_from(h.sequence).map_err(|_| bad("sequence"))?,
    };
    let details = Details {
        language: h.language.clone(),
        interpretation: h.interpretation.clone(),
        link: h.link.clone(),
        series_id: h.series_id.clone(),
        review: None,
    };
    let stamps = Stamps {
        created_at: h.created_at.clone(),
        updated_at: h.updated_at.clone(),
        removed_at: h.removed_at.clone(),
    };
    Ok((out, details, participants, stamps))
}

impl App {
    /// Checks and applies a package (`documents`: copy its document bytes into the store; a
    /// preview on a copy of the database does not).
    pub(super) fn import_with(
        &mut self,
        path: &Path,
        resolutions: &[PackageResolutionDto],
        documents: bool,
    ) -> Result<PackageReportDto, AppError> {
        let Checked {
            manifest,
            mut content,
            blobs,
            people,
            present,
        } = check(path)?;
        let case_id = manifest.case_id.clone();
        // A different case under the same reference is not this case.
        if let Some(local) = self
            .store
            .read(|c| repo::cases::by_reference(c, &manifest.reference))?
            && local.id.to_string() != case_id
        {
            return Err(AppError::field("reference", FieldProblemReason::Duplicate));
        }
        // The people, found on this roster or added; the rows then name the ids here.
        let matched = self.store.read(|c| super::people::matches(c, &people))?;
        super::people::remap(&mut content.tables, &matched.ids);
        // A table a first-format package does not carry is left as it is here.
        let carried = |t: &str| !LATER.contains(&t) || present.contains(t);
        // A record that exists here under another case is that case's, not the package's; so is
        // a hearing whose calendar UID another hearing here has.
        let foreign = self.store.read(|c| -> Result<_, StoreError> {
            for t in KEYED {
                for (i, row) in content.tables.get(t).into_iter().flatten().enumerate() {
                    let key = row.get("id").and_then(Value::as_str).unwrap_or_default();
                    if let Some(owner) = repo::package::owner(c, t, key)?
                        && owner != case_id
                    {
                        return Ok(Some(Problem {
                            reason: PackageRefusal::OtherCase,
                            at: format!("{t} #{} › id", i + 1),
                            detail: key.to_owned(),
                        }));
                    }
                }
            }
            for (i, row) in content
                .tables
                .get("hearings")
                .into_iter()
                .flatten()
                .enumerate()
            {
                let key = row.get("id").and_then(Value::as_str).unwrap_or_default();
                let uid = row
                    .get("ical_uid")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                if let Some(other) = repo::package::linked::hearing_by_uid(c, uid)?
                    && other != key
                {
                    return Ok(Some(Problem {
                        reason: PackageRefusal::OtherCase,
                        at: format!("hearings #{} › ical_uid", i + 1),
                        detail: uid.to_owned(),
                    }));
                }
            }
            Ok(None)
        })?;
        if let Some(p) = foreign {
            return Err(refused_at(path, p));
        }
        let (local, base) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                super::Content::from(repo::package::read(c, &case_id)?),
                repo::prep::package_base(c, &case_id)?,
            ))
        })?;
        let take = |entity: &str, key: &str| -> Option<&str> {
            resolutions
                .iter()
                .find(|r| r.entity == entity && r.key == key)
                .map(|r| r.take.as_str())
        };
        let mut report = PackageReportDto {
            reference: manifest.reference.clone(),
            applied: false,
            added: 0,
            updated: 0,
            unchanged: 0,
            kept: 0,
            documents: 0,
            conflicts: Vec::new(),
            preview: false,
            kinds: Vec::new(),
            people: matched.report.clone(),
            findings: Vec::new(),
        };
        let mut kinds: BTreeMap<&'static str, PackageKindDto> = BTreeMap::new();
        // (table, row) to write, and groups to replace.
        let mut writes: Vec<(&str, &Map<String, Value>)> = Vec::new();
        let mut groups: Vec<&str> = Vec::new();
        for t in KEYED.into_iter().filter(|t| carried(t)) {
            let here: HashMap<&str, &Map<String, Value>> = local
                .tables
                .get(t)
                .into_iter()
                .flatten()
                .map(|r| (r.get("id").and_then(Value::as_str).unwrap_or_default(), r))
                .collect();
            for row in content.tables.get(t).into_iter().flatten() {
                let key = row.get("id").and_then(Value::as_str).unwrap_or_default();
                let theirs = digest_of(row);
                match here.get(key) {
                    None => {
                        report.added += 1;
                        count(&mut kinds, t).added += 1;
                        writes.push((t, row));
                    }
                    Some(mine_row) => {
                        let mine = digest_of(mine_row);
                        let b = base.get(&(t.to_owned(), key.to_owned()));
                        if mine == theirs {
                            report.unchanged += 1;
                            count(&mut kinds, t).unchanged += 1;
                        } else if b == Some(&mine) || take(t, key) == Some("theirs") {
                            report.updated += 1;
                            count(&mut kinds, t).updated += 1;
                            writes.push((t, row));
                        } else if b == Some(&theirs) || take(t, key) == Some("mine") {
                            report.kept += 1;
                            count(&mut kinds, t).kept += 1;
                        } else {
                            report.conflicts.push(PackageConflictDto {
                                entity: t.to_owned(),
                                key: key.to_owned(),
                                label: label(t, Some(row)),
                                fields: field_diffs(mine_row, row),
                            });
                        }
                    }
                }
            }
        }
        for t in GROUPED.into_iter().filter(|t| carried(t)) {
            let theirs_rows = content.tables.get(t).cloned().unwrap_or_default();
            let mine_rows = local.tables.get(t).cloned().unwrap_or_default();
            let (theirs, mine) = (digest_of(&theirs_rows), digest_of(&mine_rows));
            let b = base.get(&(t.to_owned(), "all".to_owned()));
            let n = u32::try_from(theirs_rows.len()).unwrap_or(u32::MAX);
            if theirs == mine {
                count(&mut kinds, t).unchanged += n;
                continue;
            }
            if mine_rows.is_empty() || b == Some(&mine) || take(t, "all") == Some("theirs") {
                groups.push(t);
                if mine_rows.is_empty() {
                    count(&mut kinds, t).added += n;
                } else {
                    count(&mut kinds, t).updated += n;
                }
            } else if b == Some(&theirs) || take(t, "all") == Some("mine") {
                report.kept += 1;
                count(&mut kinds, t).kept += 1;
            } else {
                report.conflicts.push(PackageConflictDto {
                    entity: t.to_owned(),
                    key: "all".to_owned(),
                    label: label(t, None),
                    fields: vec![(
                        "rows".to_owned(),
                        mine_rows.len().to_string(),
                        theirs_rows.len().to_string(),
                    )],
                });
            }
        }
        for p in &matched.report {
            let t = match p.kind {
                PackageRecordKind::Neutral => "neutrals",
                PackageRecordKind::Party => "parties",
                PackageRecordKind::Firm => "firms",
                _ => "counsel",
            };
            let k = kinds.entry(t).or_insert_with(|| PackageKindDto {
                kind: p.kind,
                added: 0,
                matched: 0,
                updated: 0,
                unchanged: 0,
                kept: 0,
            });
            if p.matched_by.is_some() {
                k.matched += 1;
            } else {
                k.added += 1;
            }
        }
        report.kinds = kinds.into_values().collect();
        if !report.conflicts.is_empty() {
            return Ok(report);
        }
        // Each hearing written goes into the room here with its code, or the one the clerk chose
        // for that code; a code this centre lacks is refused, never put online silently.
        let mut hearings = Vec::new();
        for (i, row) in writes
            .iter()
            .filter(|(t, _)| *t == "hearings")
            .map(|(_, r)| r)
            .enumerate()
        {
            let code = row
                .get("venue_code")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let chosen = take("venue", code).unwrap_or(code);
            let venue = self.store.read(|c| repo::venues::by_code(c, chosen))?;
            let Some(venue) = venue else {
                let n = content
                    .tables
                    .get("hearings")
                    .into_iter()
                    .flatten()
                    .position(|r| std::ptr::eq(r, *row))
                    .unwrap_or(i);
                return Err(refused_at(
                    path,
                    Problem {
                        reason: PackageRefusal::UnknownRoom,
                        at: format!("hearings #{} › venue_code", n + 1),
                        detail: code.to_owned(),
                    },
                ));
            };
            let h = hearing(row, venue.id).map_err(|d| AppError::Internal { detail: d })?;
            hearings.push(h);
        }
        // The documents' bytes go into the store first, streamed from the archive and checked
        // against the digest they are named by (content-addressed, so bytes already there are
        // shared). Bytes this import added are removed again if the transaction below fails.
        let needed: std::collections::BTreeSet<String> = content
            .tables
            .get("documents")
            .into_iter()
            .flatten()
            .filter_map(|r| r.get("sha256").and_then(Value::as_str).map(str::to_owned))
            .filter(|h| blobs.contains(h))
            .collect();
        let mut fresh = Vec::new();
        if documents && !needed.is_empty() {
            let store = self.doc_store()?;
            fresh = needed.iter().filter(|h| !store.has(h)).cloned().collect();
            report.documents = crate::formats::archive::copy_documents(path, "blobs/", &store)
                .map_err(|e| match e {
                    crate::formats::archive::ScanError::Write(e) => {
                        crate::files::write_failed(store.root(), &e)
                    }
                    other => unreadable(path, other),
                })?;
        } else {
            report.documents = u32::try_from(needed.len()).unwrap_or(u32::MAX);
        }
        let package_base = digests(&content);
        let now = self.clock.now();
        let add = &matched.add;
        let written = self.store.write(|tx| -> Result<(), AppError> {
            for n in &add.neutrals {
                repo::neutrals::insert(tx, n, now)?;
                repo::prep::index(tx, &crate::search::neutral_entry(n))?;
            }
            for p in &add.parties {
                repo::parties::insert_party(tx, p, now)?;
                repo::prep::index(tx, &crate::search::party_entry(p))?;
            }
            for f in &add.firms {
                repo::parties::insert_firm(tx, f)?;
            }
            for c in &add.counsel {
                repo::parties::insert_counsel(tx, c)?;
            }
            for (t, row) in &writes {
                if *t != "hearings" {
                    repo::package::upsert(tx, t, row)?;
                }
            }
            for (h, details, participants, stamps) in &hearings {
                repo::package::linked::put_hearing(tx, h, details, participants, stamps, now)?;
            }
            for t in &groups {
                let rows = content.tables.get(*t).cloned().unwrap_or_default();
                repo::package::replace_group(tx, t, &case_id, &rows)?;
            }
            // The audit trail is the union of both sides.
            for row in &content.audit {
                repo::package::merge_audit(tx, row)?;
            }
            repo::prep::set_package_base(tx, &case_id, &package_base)?;
            repo::workflow::audit(
                tx,
                "case",
                &case_id,
                "package_imported",
                None,
                Some(&format!(
                    "{} (exported {})",
                    path.display(),
                    manifest.exported_at
                )),
                now,
            )?;
            // The search index follows the imported records, in the same transaction.
            if let Some(case) = repo::cases::by_reference(tx, &manifest.reference)? {
                crate::search::reindex_in(tx, &case)?;
            }
            Ok(())
        });
        if let Err(e) = written {
            if let Ok(store) = self.doc_store() {
                for h in &fresh {
                    let _ = std::fs::remove_file(store.path_of(h));
                }
            }
            return Err(e);
        }
        report.applied = true;
        Ok(report)
    }
}
