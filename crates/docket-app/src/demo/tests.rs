//! The demo centre: its promised shape, valid input throughout, and the same centre every time for a
//! date.

use super::*;
use crate::clock::SequentialIds;

/// The online venue as a fresh database has it.
pub(crate) fn online() -> Venue {
    Venue {
        id: Id::for_testing(999),
        code: ONLINE_CODE.into(),
        name: Bilingual::new("Online (video conference)", "網上（視像會議）"),
        kind: VenueKind::Online,
        site: Site::HongKong,
        zone: Zone::hong_kong(),
        capacity: 300,
        facilities: Facilities::default(),
        hours: None,
        retired_on: None,
    }
}

#[test]
fn the_demo_centre_has_the_promised_shape() {
    let today: CivilDate = "2026-11-24".parse().unwrap();
    let d = build(today, &SequentialIds::default(), &online()).unwrap();
    assert_eq!(d.neutrals.len(), 40);
    assert_eq!(d.cases.len(), 22);
    assert_eq!(d.hearings.len(), 60);
    for model in CaseModel::WITH_ARBITRATION {
        assert_eq!(d.cases.iter().filter(|c| c.model == model).count(), 5);
    }
    assert_eq!(
        d.cases
            .iter()
            .filter(|c| c.model.is_mediation_only())
            .count(),
        2
    );
    let zones: std::collections::BTreeSet<&str> =
        d.neutrals.iter().map(|n| n.home_zone.name()).collect();
    for z in [
        "Europe/Berlin",
        "America/Sao_Paulo",
        "America/New_York",
        "Asia/Singapore",
    ] {
        assert!(zones.contains(z), "{z} missing");
    }
    let kinds: std::collections::BTreeSet<String> = d
        .hearings
        .iter()
        .filter_map(|h| d.venues.iter().find(|v| v.id == h.venue_id))
        .map(|v| format!("{:?}", v.place()))
        .collect();
    assert_eq!(kinds.len(), 3, "Shenzhen, Hong Kong and online: {kinds:?}");
    assert!(
        d.hearings
            .iter()
            .all(|h| !h.start.local.date().is_weekend())
    );
    assert!(d.hearings.iter().any(|h| h.start.local.date() > today));
    assert!(d.hearings.iter().any(|h| h.start.local.date() < today));
}

#[test]
fn the_demo_passes_the_input_checks() {
    let today: CivilDate = "2026-11-24".parse().unwrap();
    let d = build(today, &SequentialIds::default(), &online()).unwrap();
    for c in &d.cases {
        assert_eq!(
            docket_domain::case::check_reference(&c.reference).as_deref(),
            Ok(c.reference.as_str())
        );
        assert!(docket_domain::validation::is_supported(c.filed_on));
        assert!(
            docket_domain::codes::is_language_tag(&c.language),
            "{}",
            c.language
        );
        assert!(today.days_until(c.filed_on) <= 366 && c.filed_on.year() >= 1990);
    }
    for n in &d.neutrals {
        for c in &n.nationalities {
            assert!(docket_domain::codes::is_country(c), "{c}");
        }
        for l in &n.languages {
            assert!(docket_domain::codes::is_language_tag(&l.tag), "{}", l.tag);
        }
        if let Some(b) = n.date_of_birth {
            assert!((1900..=today.year()).contains(&b.year()));
        }
    }
    for p in &d.roster.parties {
        assert!(
            docket_domain::codes::is_country(&p.nationality),
            "{}",
            p.nationality
        );
    }
}

#[test]
fn the_demo_is_the_same_every_time_for_a_date() {
    let today: CivilDate = "2026-11-24".parse().unwrap();
    let a = build(today, &SequentialIds::default(), &online()).unwrap();
    let b = build(today, &SequentialIds::default(), &online()).unwrap();
    assert_eq!(a.hearings, b.hearings);
    assert_eq!(a.cases, b.cases);
}
