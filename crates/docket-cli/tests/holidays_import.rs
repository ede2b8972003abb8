//! `docket holidays import` and `docket ics import --holidays` with hostile files: each refusal is
//! the sentence a clerk reads (exit code 2) and the database file holds exactly the rows it held
//! before; `--preview` writes nothing; a far year waits for `--yes`.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
mod common;
use common::{docket, dump, json, ok, stderr, stdout};

struct Centre {
    _dir: tempfile::TempDir,
    db: PathBuf,
    files: PathBuf,
}

fn centre() -> Centre {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("centre.sqlite3");
    ok(docket(&db, &["init"]));
    let files = dir.path().join("files");
    std::fs::create_dir(&files).unwrap();
    Centre {
        _dir: dir,
        db,
        files,
    }
}

impl Centre {
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.files.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }

    /// Runs a command that must be refused with exit code 2, checks that no row changed, and returns
    /// its message.
    fn refused(&self, args: &[&str]) -> String {
        let before = dump(&self.db);
        assert!(before.iter().any(|r| r.starts_with("holiday_entries: ")));
        let o = docket(&self.db, args);
        assert_eq!(o.status.code(), Some(2), "{}{}", stdout(&o), stderr(&o));
        assert_eq!(dump(&self.db), before, "{}", stderr(&o));
        stderr(&o)
    }

    /// Runs a command that must succeed without changing a row, and returns what it printed.
    fn preview(&self, args: &[&str]) -> String {
        let before = dump(&self.db);
        let printed = ok(docket(&self.db, args));
        assert_eq!(dump(&self.db), before, "a preview writes nothing");
        printed
    }
}

/// `docket holidays import --calendar CALENDAR --file FILE EXTRA…`.
fn import<'a>(calendar: &'a str, file: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let args = ["holidays", "import", "--calendar", calendar, "--file", file];
    [&args[..], extra].concat()
}

/// The same in Simplified Chinese.
fn in_chinese<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [&["--lang", "zh-Hans"][..], args].concat()
}

const STRAY: &str = r#"{"year": 2027, "days": [
    {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
    {"name": "国庆节", "date": "2026-10-01", "isOffDay": false}]}"#;

#[test]
fn a_stray_date_is_refused_with_its_line_and_national_day_stays_a_day_off() {
    let c = centre();
    let f = c.file("cn_2027.json", STRAY.as_bytes());
    let e = c.refused(&import("CN", &f, &[]));
    assert!(
        e.contains("Line 3 of the holiday list cannot be imported: 2026-10-01 is not in 2027"),
        "{e}"
    );
    let e = c.refused(&import("CN", &f, &["--preview"]));
    assert!(e.contains("Line 3"), "{e}");
    let o = ok(docket(
        &c.db,
        &[
            "holidays",
            "is-working",
            "--calendar",
            "CN",
            "--date",
            "2026-10-01",
            "--json",
        ],
    ));
    assert!(o.contains("\"working\": false"), "{o}");
    // In the clerk's language too.
    let e = c.refused(&in_chinese(&import("CN", &f, &[])));
    assert!(
        e.contains("假期列表第 3 行无法导入：2026-10-01 不在文件所声明的 2027 年内"),
        "{e}"
    );
}

#[test]
fn disagreeing_entries_for_one_date_are_refused() {
    let c = centre();
    let f = c.file(
        "clash.json",
        b"[\n{\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n{\"date\": \"2027-01-01\", \"name\": \"Founders Day\"}\n]",
    );
    let e = c.refused(&import("HK", &f, &[]));
    assert!(
        e.contains("Line 3") && e.contains("2027-01-01 is listed again, differently from line 2"),
        "{e}"
    );
}

#[test]
fn a_far_year_waits_for_yes_and_the_preview_says_so() {
    let c = centre();
    let f = c.file(
        "cn_2072.json",
        r#"{"year": 2072, "days": [{"name": "元旦", "date": "2072-01-01", "isOffDay": true}]}"#
            .as_bytes(),
    );
    let e = c.refused(&import("CN", &f, &[]));
    assert!(
        e.contains("would replace 2072 in the Mainland calendar"),
        "{e}"
    );
    let p = c.preview(&import("CN", &f, &["--preview"]));
    assert!(
        p.contains("adds 2072 to the Mainland calendar") && p.contains("--yes"),
        "{p}"
    );
    let o = ok(docket(&c.db, &import("CN", &f, &["--yes"])));
    assert!(o.contains("Mainland 2072: 1 added"), "{o}");
}

#[test]
fn a_year_out_of_range_is_a_field_error() {
    let c = centre();
    let f = c.file(
        "hk.json",
        br#"[{"date": "2027-01-01", "name": "New Year"}]"#,
    );
    let e = c.refused(&import("HK", &f, &["--year", "99999"]));
    assert!(e.contains("Year must be between 1900 and 2200."), "{e}");
    let f = c.file(
        "cn.json",
        r#"{"year": 1066, "days": [{"name": "元旦", "date": "1066-01-01", "isOffDay": true}]}"#
            .as_bytes(),
    );
    let e = c.refused(&import("CN", &f, &[]));
    assert!(e.contains("Year must be between 1900 and 2200."), "{e}");
}

#[test]
fn an_ics_feed_with_a_byte_order_mark_imports_its_all_day_events_and_reports_a_meeting() {
    let c = centre();
    let mut ics = b"\xEF\xBB\xBF".to_vec();
    ics.extend_from_slice(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270208\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Case conference\r\nDTSTART:20270210T020000Z\r\nDTEND:20270210T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .as_bytes(),
    );
    let f = c.file("cn.ics", &ics);
    let p = c.preview(&["ics", "import", &f, "--holidays", "CN", "--preview"]);
    assert!(
        p.contains("Skipped: line 7 “Case conference” has a time of day"),
        "{p}"
    );
    assert!(p.contains("2 to add, 0 to change, 0 to remove"), "{p}");
    let j = json(docket(
        &c.db,
        &[
            "ics",
            "import",
            &f,
            "--holidays",
            "CN",
            "--preview",
            "--json",
        ],
    ));
    assert_eq!(j["year"], 2027);
    assert_eq!(j["changes"][0]["change"], "added");
    assert_eq!(j["changes"][0]["after"]["name"]["zh"], "春节");
    assert_eq!(j["skipped"][0]["reason"], "timed");
    let o = ok(docket(&c.db, &["ics", "import", &f, "--holidays", "CN"]));
    assert!(o.contains("2 added") && o.contains("1 skipped"), "{o}");
}

#[test]
fn a_long_event_and_an_oversized_file_are_refused() {
    let c = centre();
    let f = c.file(
        "long.ics",
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Summer\nDTSTART;VALUE=DATE:20270701\nDTEND;VALUE=DATE:20270901\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    let e = c.refused(&["ics", "import", &f, "--holidays", "HK"]);
    assert!(e.contains("Line 2") && e.contains("lasts 62 days"), "{e}");
    let f = c.file("big.json", &vec![b' '; 2 * 1024 * 1024]);
    let e = c.refused(&import("HK", &f, &[]));
    assert!(
        e.contains("the file is 2048 KB; a holiday list is at most 1024 KB"),
        "{e}"
    );
}

#[test]
fn the_preview_shows_old_and_new_in_the_clerks_language() {
    let c = centre();
    let f = c.file(
        "cn_2026.json",
        r#"{"year": 2026, "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true}]}"#
            .as_bytes(),
    );
    let p = c.preview(&in_chinese(&import("CN", &f, &["--preview"])));
    assert!(
        p.contains("预览（未写入）：导入将取代内地日历的 2026 年。"),
        "{p}"
    );
    // National Day's days would go: each is listed with what it is now.
    assert!(
        p.contains("删除") && p.contains("2026-10-01") && p.contains("休假 国庆节"),
        "{p}"
    );
}
