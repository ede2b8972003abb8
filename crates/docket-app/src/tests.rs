//! Use-case tests over an in-memory database with a fixed clock and sequential identifiers.

use super::*;

use crate::testing::app;

#[test]
fn an_empty_database_offers_the_demo_until_declined() {
    let mut app = app();
    assert!(app.overview().unwrap().offer_demo);
    assert!(!app.dismiss_demo_offer().unwrap().offer_demo);
}

#[test]
fn the_demo_loads_once_and_lists_everywhere() {
    let mut app = app();
    let summary = app.load_demo().unwrap();
    assert_eq!(
        (summary.neutrals, summary.cases, summary.hearings),
        (40, 22, 60)
    );
    let o = app.overview().unwrap();
    assert!(!o.offer_demo);
    assert_eq!(app.list_neutrals(&Default::default()).unwrap().len(), 40);
    let cases = app.list_cases().unwrap();
    assert_eq!(cases.len(), 22);
    assert_eq!(cases.iter().map(|c| c.hearings).sum::<u32>(), 60);
    let hearings = app.list_hearings().unwrap();
    assert_eq!(hearings.len(), 60);
    assert!(
        hearings
            .windows(2)
            .all(|w| w[0].starts_utc <= w[1].starts_utc)
    );
    // A second load is refused and changes nothing.
    assert_eq!(
        app.load_demo().unwrap_err(),
        AppError::Conflict {
            reason: ConflictReason::DatabaseNotEmpty
        }
    );
    assert_eq!(app.list_cases().unwrap().len(), 22);
}

#[test]
fn the_roster_is_searchable_in_either_script() {
    let mut app = app();
    app.load_demo().unwrap();
    let by_en = app
        .list_neutrals(&crate::dto::NeutralQueryDto {
            text: Some("chan ka".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_en.len(), 1);
    assert_eq!(by_en[0].name.zh, "陳嘉榮");
    let by_zh = app
        .list_neutrals(&crate::dto::NeutralQueryDto {
            text: Some("张伟".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_zh[0].name.en, "Zhang Wei");
}

#[test]
fn the_language_is_remembered_and_errors_speak_it() {
    let mut app = app();
    assert_eq!(app.settings().unwrap().language, None);
    app.set_language("zh-Hant").unwrap();
    assert_eq!(app.locale(), Locale::ZhHant);
    let err = app
        .create_neutral(crate::dto::NeutralInputDto {
            name_en: "Test".into(),
            roles: "both".into(),
            home_zone: "Hong Kong".into(),
            ..Default::default()
        })
        .unwrap_err();
    let payload = app.localize(err);
    let json = serde_json::to_value(&payload).unwrap();
    assert_eq!(json["kind"], "validation");
    assert_eq!(json["detail"]["fields"][0]["field"], "home_zone");
    assert_eq!(json["fields"][0]["message"], payload.fields[0].message);
    assert!(
        payload
            .message
            .contains("所在時區：「Hong Kong」不是時區資料庫"),
        "{}",
        payload.message
    );
}

#[test]
fn an_unknown_language_is_refused_by_name() {
    let mut app = app();
    let err = app.set_language("klingon").unwrap_err();
    let payload = ErrorPayloadView::of(&app, err);
    assert_eq!(payload.0, "validation");
    assert!(payload.1.contains("Interface language"), "{}", payload.1);
}

struct ErrorPayloadView(String, String);

impl ErrorPayloadView {
    fn of(app: &App, e: AppError) -> Self {
        let p = app.localize(e);
        let json = serde_json::to_value(&p).unwrap();
        Self(json["kind"].as_str().unwrap().to_owned(), p.message)
    }
}

#[test]
fn a_new_neutral_is_stored_with_a_checked_zone() {
    let mut app = app();
    let n = app
        .create_neutral(crate::dto::NeutralInputDto {
            name_en: "Katharina Vogel".into(),
            name_zh: "卡塔琳娜·福格尔".into(),
            roles: "arbitrator".into(),
            nationalities: vec!["de".into()],
            languages: vec!["de".into(), "en".into()],
            home_zone: "Europe/Berlin".into(),
            email: None,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(n.neutral.nationalities, vec!["DE"]);
    assert_eq!(app.list_neutrals(&Default::default()).unwrap().len(), 1);
}

#[test]
fn info_names_the_product_and_its_build() {
    let app = app();
    let info = app.info();
    assert_eq!(info.product, "Bay Docket");
    assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
    // Nothing chose other rules in this process: the bundled copy, no older than 2026f.
    assert_eq!(info.tzdb_version, docket_domain::time::tzdb_version());
    assert_eq!(info.tzdb_source, crate::dto::TzSourceDto::Bundled);
    assert!(
        info.tzdb_version.as_str() >= "2026f",
        "{}",
        info.tzdb_version
    );
    assert!(info.db_path.is_none());
}
