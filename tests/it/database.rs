//! The database file: where it is created, who can read it, and that it survives a restart.

use docket_app::{App, FixedClock, Locale, SequentialIds};
use std::sync::Arc;

fn open(path: &std::path::Path) -> App {
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    App::open(
        path,
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap()
}

#[test]
fn data_and_language_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("centre/docket.sqlite3");
    {
        let mut app = open(&path);
        app.set_language("zh-Hans").unwrap();
        app.load_demo().unwrap();
    }
    let app = open(&path);
    assert_eq!(app.locale(), Locale::ZhHans);
    assert_eq!(app.list_cases().unwrap().len(), 22);
    assert_eq!(app.list_hearings().unwrap().len(), 60);
    assert_eq!(app.info().db_path.as_deref(), path.to_str());
    assert!(!app.overview().unwrap().offer_demo);
}

#[cfg(unix)]
#[test]
fn only_the_owner_can_read_the_database_and_its_journal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("docket.sqlite3");
    let mut app = open(&path);
    app.load_demo().unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let p = dir.path().join(format!("docket.sqlite3{suffix}"));
        if p.exists() {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is {:o}", p.display(), mode);
        }
    }
}

#[test]
fn an_unusable_path_is_a_clear_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be.
    let path = dir.path().join("taken");
    std::fs::create_dir(&path).unwrap();
    let now = "2026-11-24T02:00:00Z".parse().unwrap();
    let err = App::open(
        &path,
        Arc::new(FixedClock(now)),
        Arc::new(SequentialIds::default()),
    )
    .unwrap_err();
    let payload = docket_app::dto::ErrorPayload::new(Locale::ZhHant, err);
    let json = serde_json::to_value(&payload).unwrap();
    assert_eq!(json["kind"], "databaseUnavailable");
    assert!(
        payload.message.starts_with("無法開啟資料庫"),
        "{}",
        payload.message
    );
}
