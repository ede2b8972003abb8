//! `docket neutrals | parties | appoint | conflicts | fees`: the roster, the conflict checks, and the
//! conflict rules and fee caps as settings (`rules.rs`).

mod args;
mod rules;

pub use args::{AppointCommand, ConflictsCommand, NeutralsCommand, PartiesCommand};
pub use rules::{FeesCommand, fees};

use crate::output::{print_json, render};
use crate::table;
use args::{NeutralFields, ProposalArgs};
use docket_app::dto::{
    AppointmentDatesDto, CasePartyInputDto, ConflictRecordInputDto, ConflictReportDto,
    ConnectionInputDto, CounselInputDto, FindNeutralDto, FirmInputDto, NeutralDto, NeutralInputDto,
    NeutralQueryDto, PanelInputDto, PartyInputDto, ProposalDto, RemovedKindDto,
    UnavailabilityInputDto,
};
use docket_app::{App, AppError, Entity, Locale};

/// A neutral's id from an id or a name that finds exactly one neutral.
pub(crate) fn neutral_id(app: &App, s: &str) -> Result<String, AppError> {
    one_id(s, Entity::Neutral, || {
        let found = app.list_neutrals(&NeutralQueryDto {
            text: Some(s.to_owned()),
            ..NeutralQueryDto::default()
        })?;
        Ok(found.into_iter().map(|n| n.id).collect())
    })
}

/// A party's id from an id or a name that finds exactly one party.
fn party_id(app: &App, s: &str) -> Result<String, AppError> {
    one_id(s, Entity::Party, || {
        Ok(app
            .list_parties(Some(s))?
            .into_iter()
            .map(|p| p.id)
            .collect())
    })
}

/// `s` itself when it looks like an id; otherwise the one id that `find` returns for it.
fn one_id(
    s: &str,
    entity: Entity,
    find: impl FnOnce() -> Result<Vec<String>, AppError>,
) -> Result<String, AppError> {
    if s.trim().len() == 36 && s.contains('-') {
        return Ok(s.trim().to_owned());
    }
    match find()?.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(AppError::NotFound {
            entity,
            key: s.to_owned(),
        }),
    }
}

fn to_input(n: &NeutralDto) -> NeutralInputDto {
    NeutralInputDto {
        name_en: n.name.en.clone(),
        name_zh: n.name.zh.clone(),
        roles: format!("{:?}", n.roles).to_lowercase(),
        titles: n.titles.clone(),
        date_of_birth: n.date_of_birth.clone(),
        nationalities: n.nationalities.clone(),
        languages: n
            .languages
            .iter()
            .map(|l| format!("{}:{}", l.tag, l.level))
            .collect(),
        admissions: n.admissions.clone(),
        panels: n
            .panels
            .iter()
            .map(|p| PanelInputDto {
                panel: p.panel.to_string(),
                from: p.from.clone(),
                until: p.until.clone(),
            })
            .collect(),
        home_zone: n.home_zone.clone(),
        email: n.email.clone(),
        phone: n.phone.clone(),
        rate_amount: n
            .rate
            .as_ref()
            .map(|r| format!("{}", r.amount_minor as f64 / 100.0)),
        rate_currency: n.rate.as_ref().map(|r| r.currency.clone()),
        max_concurrent: n.max_concurrent.map(i64::from),
        unavailability: n
            .unavailability
            .iter()
            .map(|u| UnavailabilityInputDto {
                from: u.from.clone(),
                until: u.until.clone(),
                zone: u.zone.clone(),
                reason: u.reason.clone(),
            })
            .collect(),
        notes: n.notes.clone(),
    }
}

/// Applies the flags given over `base`.
fn apply(mut base: NeutralInputDto, f: NeutralFields) -> NeutralInputDto {
    let set = |slot: &mut String, v: Option<String>| {
        if let Some(v) = v {
            *slot = v;
        }
    };
    set(&mut base.name_en, f.name_en);
    set(&mut base.name_zh, f.name_zh);
    set(&mut base.roles, f.roles);
    set(&mut base.titles, f.titles);
    set(&mut base.home_zone, f.zone);
    set(&mut base.notes, f.notes);
    if f.dob.is_some() {
        base.date_of_birth = f.dob;
    }
    if f.email.is_some() {
        base.email = f.email;
    }
    if f.phone.is_some() {
        base.phone = f.phone;
    }
    if f.rate.is_some() {
        base.rate_amount = f.rate;
    }
    if f.rate_currency.is_some() {
        base.rate_currency = f.rate_currency;
    }
    if f.max_cases.is_some() {
        base.max_concurrent = f.max_cases;
    }
    if !f.nationality.is_empty() {
        base.nationalities = f.nationality;
    }
    if !f.language.is_empty() {
        base.languages = f.language;
    }
    if !f.admission.is_empty() {
        base.admissions = f.admission;
    }
    if !f.panel.is_empty() {
        base.panels = f
            .panel
            .iter()
            .map(|p| {
                let mut parts = p.splitn(3, ':');
                PanelInputDto {
                    panel: parts.next().unwrap_or_default().to_owned(),
                    from: parts.next().unwrap_or_default().to_owned(),
                    until: parts.next().map(str::to_owned),
                }
            })
            .collect();
    }
    if !f.unavailable.is_empty() {
        base.unavailability = f
            .unavailable
            .iter()
            .map(|u| {
                let (from, until) = u.split_once('/').unwrap_or((u, ""));
                UnavailabilityInputDto {
                    from: from.to_owned(),
                    until: until.to_owned(),
                    ..UnavailabilityInputDto::default()
                }
            })
            .collect();
    }
    base
}

pub fn neutrals(app: &mut App, l: Locale, command: NeutralsCommand) -> Result<(), AppError> {
    match command {
        NeutralsCommand::List {
            json,
            query,
            role,
            language,
            panel,
            nationality,
        } => {
            let list = app.list_neutrals(&NeutralQueryDto {
                text: query,
                role,
                language,
                panel,
                nationality,
            })?;
            render(json, &list, |list| table::neutrals(l, list))
        }
        NeutralsCommand::Add(fields) => {
            let json = fields.json;
            let base = NeutralInputDto {
                roles: "both".into(),
                ..NeutralInputDto::default()
            };
            let n = app.create_neutral(apply(base, fields))?;
            if json {
                print_json(&n)
            } else {
                crate::output::emit(&n.neutral.id);
                Ok(())
            }
        }
        NeutralsCommand::Show { neutral, json } => {
            let d = app.neutral_detail(&neutral_id(app, &neutral)?)?;
            render(json, &d, |d| table::neutral_detail(l, d))
        }
        NeutralsCommand::Remove { neutral, json } => {
            let id = neutral_id(app, &neutral)?;
            crate::removal::remove(app, l, RemovedKindDto::Neutral, &id, json)
        }
        NeutralsCommand::Restore { id, json } => {
            crate::removal::restore(app, l, RemovedKindDto::Neutral, &id, json)
        }
        NeutralsCommand::Edit { neutral, fields } => {
            let id = neutral_id(app, &neutral)?;
            let current = app.neutral_detail(&id)?;
            let json = fields.json;
            let d = app.update_neutral(&id, apply(to_input(&current.neutral), fields))?;
            render(json, &d, |d| table::neutral_detail(l, d))
        }
    }
}

pub fn parties(app: &mut App, l: Locale, command: PartiesCommand) -> Result<(), AppError> {
    match command {
        PartiesCommand::Edit {
            party,
            name_en,
            name_zh,
            kind,
            nationality,
            group,
            json,
        } => {
            let id = party_id(app, &party)?;
            let p = app.party_detail(&id)?.party;
            let edited = app.update_party(
                &id,
                PartyInputDto {
                    name_en: name_en.unwrap_or(p.name.en),
                    name_zh: name_zh.unwrap_or(p.name.zh),
                    kind: kind.unwrap_or_else(|| p.kind.to_string()),
                    nationality: nationality.unwrap_or(p.nationality),
                    group: group.or(p.group),
                },
            )?;
            render(json, &edited, |e| {
                out!(
                    "{} {}",
                    l.pick("Corrected:", "已更正：", "已更正："),
                    e.party.name.en
                );
                for r in &e.findings {
                    table::conflict_report(l, r);
                }
            })
        }
        PartiesCommand::EditFirm {
            id,
            name_en,
            name_zh,
            country,
        } => {
            let f = app
                .list_firms()?
                .into_iter()
                .find(|f| f.id == id.trim())
                .ok_or_else(|| AppError::NotFound {
                    entity: Entity::Firm,
                    key: id.trim().to_owned(),
                })?;
            let f = app.update_firm(
                &id,
                FirmInputDto {
                    name_en: name_en.unwrap_or(f.name.en),
                    name_zh: name_zh.unwrap_or(f.name.zh),
                    country: country.unwrap_or(f.country),
                },
            )?;
            out!(
                "{} {}",
                l.pick("Corrected:", "已更正：", "已更正："),
                f.name.en
            );
            Ok(())
        }
        PartiesCommand::EditCounsel {
            id,
            name_en,
            name_zh,
            firm,
            email,
        } => {
            let c = app
                .list_counsel()?
                .into_iter()
                .find(|c| c.id == id.trim())
                .ok_or_else(|| AppError::NotFound {
                    entity: Entity::Counsel,
                    key: id.trim().to_owned(),
                })?;
            let c = app.update_counsel(
                &id,
                CounselInputDto {
                    name_en: name_en.unwrap_or(c.name.en),
                    name_zh: name_zh.unwrap_or(c.name.zh),
                    firm_id: firm.or(c.firm.map(|f| f.id)),
                    email: email.or(c.email),
                },
            )?;
            out!(
                "{} {}",
                l.pick("Corrected:", "已更正：", "已更正："),
                c.name.en
            );
            Ok(())
        }
        PartiesCommand::Remove { id, what, json } => {
            crate::removal::remove(app, l, what.into(), &id, json)
        }
        PartiesCommand::Restore { id, what, json } => {
            crate::removal::restore(app, l, what.into(), &id, json)
        }
        PartiesCommand::Add {
            name_en,
            name_zh,
            kind,
            nationality,
            group,
            json,
        } => {
            let p = app.create_party(PartyInputDto {
                name_en: name_en.unwrap_or_default(),
                name_zh: name_zh.unwrap_or_default(),
                kind,
                nationality,
                group,
            })?;
            if json {
                print_json(&p)
            } else {
                crate::output::emit(&p.id);
                Ok(())
            }
        }
        PartiesCommand::List { query, json } => {
            let list = app.list_parties(query.as_deref())?;
            render(json, &list, |list| table::parties(l, list))
        }
        PartiesCommand::Show { party, json } => {
            let d = app.party_detail(&party_id(app, &party)?)?;
            render(json, &d, |d| table::party_detail(l, d))
        }
        PartiesCommand::AddFirm {
            name_en,
            name_zh,
            country,
        } => {
            let f = app.create_firm(FirmInputDto {
                name_en: name_en.unwrap_or_default(),
                name_zh: name_zh.unwrap_or_default(),
                country,
            })?;
            crate::output::emit(&f.id);
            Ok(())
        }
        PartiesCommand::AddCounsel {
            name_en,
            name_zh,
            firm,
            email,
        } => {
            let c = app.create_counsel(CounselInputDto {
                name_en: name_en.unwrap_or_default(),
                name_zh: name_zh.unwrap_or_default(),
                firm_id: firm,
                email,
            })?;
            crate::output::emit(&c.id);
            Ok(())
        }
        PartiesCommand::Counsel { json } => {
            let list = app.list_counsel()?;
            render(json, &list, |list| table::counsel(l, list))
        }
        PartiesCommand::Join {
            case,
            party,
            side,
            counsel,
        } => {
            let list = app.set_case_party(CasePartyInputDto {
                case_reference: case,
                party_id: party_id(app, &party)?,
                side,
                counsel_id: counsel,
            })?;
            for p in list {
                crate::output::emit(&format!("{}  {}", p.side, p.party.name.en));
            }
            Ok(())
        }
        PartiesCommand::Connect {
            neutral,
            party,
            kind,
            from,
            until,
            note,
        } => {
            let k = app.add_connection(ConnectionInputDto {
                neutral_id: neutral_id(app, &neutral)?,
                party_id: party_id(app, &party)?,
                kind,
                from,
                until,
                note,
            })?;
            crate::output::emit(&k.id);
            Ok(())
        }
    }
}

fn proposal(app: &App, p: ProposalArgs) -> Result<(ProposalDto, bool), AppError> {
    Ok((
        ProposalDto {
            case_reference: p.case,
            neutral_id: neutral_id(app, &p.neutral)?,
            role: p.role,
            on: p.on,
            rate_amount: p.rate,
            rate_currency: p.rate_currency,
            ..ProposalDto::default()
        },
        p.json,
    ))
}

fn report(l: Locale, json: bool, r: &ConflictReportDto) -> Result<(), AppError> {
    render(json, r, |r| table::conflict_report(l, r))
}

pub fn appoint(app: &mut App, l: Locale, command: AppointCommand) -> Result<(), AppError> {
    match command {
        AppointCommand::Propose {
            proposal: p,
            by,
            party,
            counsel,
            confirm,
        } => {
            let (mut dto, json) = proposal(app, p)?;
            dto.appointed_by = by;
            dto.party_id = match party {
                Some(p) => Some(party_id(app, &p)?),
                None => None,
            };
            dto.counsel_id = counsel;
            dto.confirm = confirm;
            let r = app.propose_appointment(&dto)?;
            report(l, json, &r)
        }
        AppointCommand::Dates {
            appointment,
            confirmed,
            ended,
        } => {
            let a = app.set_appointment_dates(&AppointmentDatesDto {
                appointment_id: appointment,
                confirmed_on: confirmed,
                ended_on: ended,
            })?;
            crate::output::emit(&format!(
                "{} {} {}",
                a.case_reference,
                a.confirmed_on.unwrap_or_default(),
                a.ended_on.unwrap_or_default()
            ));
            Ok(())
        }
    }
}

pub fn conflicts(app: &mut App, l: Locale, command: ConflictsCommand) -> Result<(), AppError> {
    match command {
        ConflictsCommand::Check(p) => {
            let (dto, json) = proposal(app, p)?;
            let r = app.check_conflicts(&dto)?;
            report(l, json, &r)
        }
        ConflictsCommand::Record {
            case,
            neutral,
            role,
            rule,
            subject,
            kind,
            by,
            on,
            note,
        } => {
            let r = app.record_conflict(&ConflictRecordInputDto {
                case_reference: case,
                neutral_id: neutral_id(app, &neutral)?,
                role,
                rule,
                subject,
                kind,
                recorded_on: on.unwrap_or_default(),
                recorded_by: by,
                note,
            })?;
            report(l, false, &r)
        }
        ConflictsCommand::Find {
            case,
            role,
            language,
            panel,
            jurisdiction,
            from,
            until,
            include_blocked,
            limit,
            json,
        } => {
            let list = app.find_neutrals(&FindNeutralDto {
                case_reference: case,
                role,
                on: None,
                language,
                panel,
                jurisdiction,
                available_from: from,
                available_until: until,
                include_blocked,
                limit: Some(limit),
            })?;
            render(json, &list, |list| table::candidates(l, list))
        }
        ConflictsCommand::Hearing { id, json } => {
            let c = app.hearing_conflicts(&id)?;
            render(json, &c, |c| table::hearing_check(l, c))
        }
        ConflictsCommand::Rules { command, json } => rules::rules(app, l, command, json),
    }
}
