//! The demo centre as the command line and the UI list it.

use docket_app::{App, FixedClock, SequentialIds};
use std::collections::BTreeSet;
use std::sync::Arc;

fn app() -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    let mut app = App::in_memory(
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap();
    app.load_demo().unwrap();
    app
}

#[test]
fn every_workflow_model_is_represented() {
    let cases = app().list_cases().unwrap();
    let json = serde_json::to_value(&cases).unwrap();
    let models: BTreeSet<String> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["model"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        models.into_iter().collect::<Vec<_>>(),
        [
            "hk_mediation",
            "hk_mediation_sz_arbitration",
            "hkiac_arbitration",
            "scia_arbitration",
            "sz_mediation",
            "sz_mediation_hk_arbitration"
        ]
    );
    assert_eq!(cases.iter().filter(|c| c.cross_border).count(), 10);
}

#[test]
fn hearings_carry_wall_time_zone_and_derived_instant() {
    let hearings = app().list_hearings().unwrap();
    for h in &hearings {
        let json = serde_json::to_value(h).unwrap();
        for key in [
            "startsLocal",
            "zone",
            "startsUtc",
            "utcOffset",
            "tzdbVersion",
            "icalUid",
        ] {
            assert!(
                json[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} missing"
            );
        }
    }
    // Shenzhen and Hong Kong rooms are UTC+8 all year: 10:00 local is 02:00 UTC.
    let h = hearings
        .iter()
        .find(|h| h.zone == "Asia/Hong_Kong" && h.starts_local.ends_with("T10:00"))
        .expect("a 10:00 Hong Kong hearing");
    assert!(h.starts_utc.ends_with("T02:00:00Z"), "{}", h.starts_utc);
    assert_eq!(h.utc_offset, "+08:00");
    let venues: BTreeSet<_> = hearings
        .iter()
        .map(|h| format!("{:?} {:?}", h.venue.kind, h.venue.site))
        .collect();
    assert_eq!(venues.len(), 3, "{venues:?}");
}

#[test]
fn the_roster_spans_the_promised_time_zones() {
    let neutrals = app().list_neutrals(&Default::default()).unwrap();
    assert_eq!(neutrals.len(), 40);
    let zones: BTreeSet<_> = neutrals.iter().map(|n| n.home_zone.as_str()).collect();
    for z in [
        "Asia/Hong_Kong",
        "Asia/Shanghai",
        "Europe/Berlin",
        "America/Sao_Paulo",
        "America/New_York",
        "Asia/Singapore",
    ] {
        assert!(zones.contains(z), "{z}");
    }
    assert!(
        neutrals
            .iter()
            .all(|n| !n.name.en.is_empty() && !n.name.zh.is_empty())
    );
}
