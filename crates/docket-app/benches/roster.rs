//! Benchmark: the conflict check for one proposed appointment, and "find a neutral" (filter, check
//! and rank the whole roster), on a centre with 5,000 neutrals and 50,000 past appointments.
//!
//! Run with `cargo bench -p docket-app --bench roster`.

// Benchmark code: a failed unwrap is a failed benchmark set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use docket_app::dto::{FindNeutralDto, ProposalDto};
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::id::Id;
use docket_domain::roster::appointment::{AppointedBy, Appointment, AppointmentRole};
use docket_domain::roster::party::{CaseParty, Counsel, LawFirm, Party, PartyKind, Side};
use docket_domain::roster::{
    LanguageLevel, LanguageSkill, Money, Neutral, NeutralRoles, Panel, PanelMembership,
};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Zone};
use docket_store::{Store, StoreError, repo};
use std::hint::black_box;

const NEUTRALS: usize = 5_000;
const APPOINTMENTS: usize = 50_000;
const CASES: usize = 5_000;
const PARTIES: usize = 2_000;

/// A small deterministic generator, so every run measures the same centre.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn id<const K: char>(n: usize, kind: u128) -> Id<K> {
    Id::for_testing((kind << 64) | n as u128)
}

fn build(path: &std::path::Path) -> (String, String) {
    let mut store = Store::open(path).unwrap();
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut rng = Lcg(2026);
    let countries = ["HK", "CN", "GB", "US", "SG", "DE", "BR", "AU", "FR", "JP"];
    let langs = ["en", "yue", "cmn", "pt", "de", "fr"];
    let zones = [
        "Asia/Hong_Kong",
        "Asia/Shanghai",
        "Europe/London",
        "America/New_York",
        "Asia/Singapore",
    ];
    let day = |rng: &mut Lcg| {
        let start: CivilDate = "2021-01-01".parse().unwrap();
        start.add_days(rng.next(2_150) as i64).unwrap()
    };
    store
        .write(|tx| -> Result<(), StoreError> {
            for f in 0..20 {
                repo::parties::insert_firm(
                    tx,
                    &LawFirm {
                        id: id(f, 1),
                        name: Bilingual::new(format!("Firm {f}"), ""),
                        country: "HK".into(),
                    },
                )?;
            }
            for c in 0..100 {
                repo::parties::insert_counsel(
                    tx,
                    &Counsel {
                        id: id(c, 2),
                        name: Bilingual::new(format!("Counsel {c}"), ""),
                        firm_id: Some(id(c % 20, 1)),
                        email: None,
                    },
                )?;
            }
            for p in 0..PARTIES {
                repo::parties::insert_party(
                    tx,
                    &Party {
                        id: id(p, 3),
                        name: Bilingual::new(
                            format!("Party {p} Ltd"),
                            format!("当事人{p}有限公司"),
                        ),
                        kind: PartyKind::Company,
                        nationality: countries[p % countries.len()].into(),
                        group: (p % 4 == 0).then(|| format!("Group {}", p % 300)),
                    },
                    now,
                )?;
            }
            for n in 0..NEUTRALS {
                let neutral = Neutral {
                    id: id(n, 4),
                    name: Bilingual::new(format!("Neutral {n}"), format!("仲裁员{n}")),
                    roles: [
                        NeutralRoles::Arbitrator,
                        NeutralRoles::Both,
                        NeutralRoles::Mediator,
                    ][n % 3],
                    titles: String::new(),
                    date_of_birth: None,
                    nationalities: vec![countries[rng.next(countries.len())].into()],
                    languages: vec![
                        LanguageSkill {
                            tag: "en".into(),
                            level: LanguageLevel::Fluent,
                        },
                        LanguageSkill {
                            tag: langs[rng.next(langs.len())].into(),
                            level: LanguageLevel::Native,
                        },
                    ],
                    admissions: vec!["Hong Kong".into()],
                    panels: vec![PanelMembership {
                        panel: [Panel::HkiacPanel, Panel::HkiacList, Panel::SciaArbitrators][n % 3],
                        from: "2019-01-01".parse().unwrap(),
                        until: (n % 10 == 0).then(|| "2025-12-31".parse().unwrap()),
                    }],
                    home_zone: zones[n % zones.len()].parse::<Zone>().unwrap(),
                    email: Some(format!("neutral{n}@bench.example")),
                    phone: None,
                    rate: Some(Money {
                        amount_minor: 500_000 + (n as i64 % 40) * 10_000,
                        currency: "HKD".into(),
                    }),
                    max_concurrent: Some(5 + (n % 10) as u32),
                    unavailability: vec![],
                    notes: String::new(),
                };
                repo::neutrals::insert(tx, &neutral, now)?;
            }
            for c in 0..CASES {
                let filed = day(&mut rng);
                let case = Case {
                    model: CaseModel::ALL[c % 4],
                    status: if c % 5 == 0 {
                        CaseStatus::Closed
                    } else {
                        CaseStatus::Open
                    },
                    ..common::open_case(
                        id(c, 5),
                        format!("BENCH-{c:05}"),
                        Bilingual::new(format!("Case {c}"), ""),
                        filed,
                    )
                };
                repo::cases::insert(tx, &case, now)?;
                for (k, side) in [Side::Claimant, Side::Respondent].into_iter().enumerate() {
                    repo::parties::set_case_party(
                        tx,
                        case.id,
                        &CaseParty {
                            party_id: id((c * 2 + k) % PARTIES, 3),
                            side,
                            counsel_id: Some(id((c * 2 + k) % 100, 2)),
                        },
                    )?;
                }
            }
            for a in 0..APPOINTMENTS {
                let c = rng.next(CASES);
                let by_party = a % 2 == 0;
                let party = (c * 2 + rng.next(2)) % PARTIES;
                let counsel = party % 100;
                repo::appointments::insert(
                    tx,
                    &Appointment {
                        id: id(a, 6),
                        case_id: id(c, 5),
                        neutral_id: id(rng.next(NEUTRALS), 4),
                        role: AppointmentRole::CoArbitrator,
                        appointed_by: if by_party {
                            AppointedBy::Party
                        } else {
                            AppointedBy::Institution
                        },
                        party_id: by_party.then(|| id(party, 3)),
                        counsel_id: by_party.then(|| id(counsel, 2)),
                        firm_id: by_party.then(|| id(counsel % 20, 1)),
                        nominated_on: day(&mut rng),
                        confirmed_on: None,
                        ended_on: (a % 3 == 0).then(|| "2025-06-30".parse().unwrap()),
                        rate: None,
                    },
                    now,
                )?;
            }
            Ok(())
        })
        .unwrap();
    // The case under check: HKIAC (model 1), with parties of two nationalities.
    ("BENCH-00001".to_owned(), id::<'N'>(16, 4).to_string())
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    // ROSTER_BENCH_DB=PATH keeps the generated centre for inspection.
    let path = std::env::var_os("ROSTER_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("bench.sqlite3"));
    let _ = std::fs::remove_file(&path);
    let (case, neutral) = build(&path);
    let app = common::open_app(&path);
    let proposal = ProposalDto {
        case_reference: case.clone(),
        neutral_id: neutral,
        role: "co_arbitrator".into(),
        ..ProposalDto::default()
    };
    let report = app.check_conflicts(&proposal).unwrap();
    let find = FindNeutralDto {
        case_reference: case,
        role: "sole_arbitrator".into(),
        ..FindNeutralDto::default()
    };
    let ranked = app.find_neutrals(&find).unwrap();
    eprintln!(
        "{NEUTRALS} neutrals, {APPOINTMENTS} appointments: {} findings for one proposal; {} candidates ranked",
        report.findings.len(),
        ranked.len()
    );
    let mut group = c.benchmark_group("roster");
    group.sample_size(20);
    group.bench_function("conflict check for one proposed appointment", |b| {
        b.iter(|| black_box(app.check_conflicts(&proposal).unwrap()))
    });
    group.bench_function("find a neutral: check and rank 5,000 neutrals", |b| {
        b.iter(|| black_box(app.find_neutrals(&find).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
