//! Keeping the holiday calendars: import a year from the official list, add or correct one day,
//! record a closure day. Every change is one transaction and is kept in the calendar's history.

use crate::dto::HolidayImportDto;
use crate::holiday_import::{self, ImportedDay};
use crate::{App, AppError, FieldProblemReason, Locale};
use docket_domain::deadline::{CalendarEntry, ClosureDay, EntryKind, Jurisdiction};
use docket_domain::text::Bilingual;
use docket_domain::time::CivilDate;
use docket_store::repo;
use std::collections::{BTreeMap, BTreeSet};

/// English names of the Mainland holidays as the State Council notices name them.
fn mainland_english(zh: &str) -> Option<&'static str> {
    let base = zh
        .trim_start_matches("上班(补")
        .trim_end_matches(')')
        .trim_end_matches("假期");
    Some(match base {
        "元旦" => "New Year's Day",
        "春节" => "Spring Festival",
        "清明节" => "Qingming Festival",
        "劳动节" => "Labour Day",
        "端午节" => "Dragon Boat Festival",
        "中秋节" => "Mid-Autumn Festival",
        "国庆节" => "National Day",
        "国庆节、中秋节" => "National Day and Mid-Autumn Festival",
        _ => return None,
    })
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

fn jurisdiction(calendar: &str) -> Result<Jurisdiction, AppError> {
    Jurisdiction::parse(calendar).ok_or_else(|| {
        AppError::field(
            "calendar",
            FieldProblemReason::Malformed {
                expected: "calendar".to_owned(),
            },
        )
    })
}

impl App {
    /// Imports the days in `bytes` (JSON or .ics) into a calendar. Every year the file covers is
    /// replaced by the file's days; days identical to what is stored are left alone, so importing the
    /// same file twice changes nothing. A bad entry refuses the whole file.
    pub fn import_holidays(
        &mut self,
        calendar: &str,
        bytes: &[u8],
        source: &str,
    ) -> Result<HolidayImportDto, AppError> {
        let j = jurisdiction(calendar)?;
        let days = holiday_import::read(bytes).map_err(|p| AppError::ImportRefused {
            line: p.line,
            detail: p.detail,
        })?;
        if let Some(d) = days
            .iter()
            .find(|d| j == Jurisdiction::HongKong && d.kind == EntryKind::MakeUpWorkday)
        {
            return Err(AppError::ImportRefused {
                line: 0,
                detail: format!(
                    "{} is a make-up working day, which the Hong Kong calendar does not have",
                    d.date
                ),
            });
        }
        let current = self.store.read(|c| repo::holidays::calendar(c, j))?;
        let years: BTreeSet<i32> = days.iter().map(|d| d.date.year()).collect();
        let mut wanted: BTreeMap<CivilDate, CalendarEntry> = BTreeMap::new();
        for ImportedDay { date, kind, name } in days {
            let existing = current.official_entry(date);
            let (en, zh) = if has_cjk(&name) {
                let en = match (j, mainland_english(&name)) {
                    (Jurisdiction::Mainland, Some(en)) => en.to_owned(),
                    _ => existing.map_or_else(|| name.clone(), |e| e.name.en.clone()),
                };
                let zh = match kind {
                    // A make-up day is named after its holiday: 上班(补春节假期) → 春节.
                    EntryKind::MakeUpWorkday => name
                        .trim_start_matches("上班(补")
                        .trim_end_matches(')')
                        .trim_end_matches("假期")
                        .to_owned(),
                    EntryKind::DayOff => name.trim_end_matches("假期").to_owned(),
                };
                (en, zh)
            } else {
                (
                    name.clone(),
                    existing.map_or_else(|| name.clone(), |e| e.name.zh.clone()),
                )
            };
            wanted.insert(
                date,
                CalendarEntry {
                    date,
                    kind,
                    name: Bilingual::new(en, zh),
                    source: source.to_owned(),
                },
            );
        }
        let now = self.clock.now();
        let (mut added, mut corrected, mut removed, mut unchanged) = (0u32, 0u32, 0u32, 0u32);
        let reason = format!("Imported from {source}");
        self.store.write(|tx| -> Result<(), AppError> {
            for year in &years {
                repo::holidays::put_year(tx, j, *year, source)?;
                for old in current.official_entries_in(*year) {
                    if !wanted.contains_key(&old.date) {
                        repo::holidays::remove_entry(tx, j, old.date, &reason, now)?;
                        removed += 1;
                    }
                }
            }
            for entry in wanted.values() {
                match current.official_entry(entry.date) {
                    Some(old) if old.kind == entry.kind && old.name == entry.name => unchanged += 1,
                    Some(_) => {
                        repo::holidays::put_entry(tx, j, entry, &reason, now)?;
                        corrected += 1;
                    }
                    None => {
                        repo::holidays::put_entry(tx, j, entry, &reason, now)?;
                        added += 1;
                    }
                }
            }
            Ok(())
        })?;
        Ok(HolidayImportDto {
            calendar: j.into(),
            years: years.into_iter().collect(),
            added,
            corrected,
            removed,
            unchanged,
        })
    }

    /// Adds or corrects one day of a year the calendar already has data for.
    #[allow(clippy::too_many_arguments)]
    pub fn set_holiday(
        &mut self,
        calendar: &str,
        date: &str,
        kind: &str,
        name_en: &str,
        name_zh: &str,
        reason: &str,
    ) -> Result<(), AppError> {
        let j = jurisdiction(calendar)?;
        let date: CivilDate = date.parse().map_err(|e| AppError::time("date", e))?;
        let kind = match (EntryKind::parse(kind), j) {
            (Some(EntryKind::MakeUpWorkday), Jurisdiction::HongKong) | (None, _) => {
                return Err(AppError::field(
                    "kind",
                    FieldProblemReason::Malformed {
                        expected: "holiday_kind".to_owned(),
                    },
                ));
            }
            (Some(k), _) => k,
        };
        if name_en.trim().is_empty() && name_zh.trim().is_empty() {
            return Err(AppError::field("name_en", FieldProblemReason::Required));
        }
        if reason.trim().is_empty() {
            return Err(AppError::field("reason", FieldProblemReason::Required));
        }
        if self
            .store
            .read(|c| repo::holidays::year_source(c, j, date.year()))?
            .is_none()
        {
            return Err(AppError::NoHolidayData {
                calendar: j.into(),
                year: date.year(),
            });
        }
        let entry = CalendarEntry {
            date,
            kind,
            name: Bilingual::new(name_en.trim(), name_zh.trim()),
            source: format!("Clerk: {}", reason.trim()),
        };
        let now = self.clock.now();
        self.store
            .write(|tx| repo::holidays::put_entry(tx, j, &entry, reason.trim(), now))?;
        Ok(())
    }

    /// Which official lists are loaded and which the clerk should load: the current year's when it
    /// is missing, and from 1 October next year's too (today from the injected clock, in Hong Kong).
    pub fn holiday_status(&self) -> Result<crate::dto::HolidayStatusDto, AppError> {
        let today = self
            .clock
            .now()
            .date_in(docket_domain::time::Zone::hong_kong());
        let l = self.locale();
        let mut years = vec![today.year()];
        if today.month() >= 10 {
            years.push(today.year() + 1);
        }
        let mut calendars = Vec::new();
        let mut missing = Vec::new();
        for j in Jurisdiction::ALL {
            let cal = self.store.read(|c| repo::holidays::calendar(c, j))?;
            for year in &years {
                if !cal.years().any(|y| y == *year) {
                    missing.push(crate::dto::MissingListDto {
                        calendar: j.into(),
                        year: *year,
                        message: missing_list_text(l, j, *year, cal.is_estimated(*year)),
                    });
                }
            }
            calendars.push(crate::dto::CalendarYearsDto {
                calendar: j.into(),
                official_years: cal.years().collect(),
                estimated_years: cal.estimated_years().collect(),
            });
        }
        Ok(crate::dto::HolidayStatusDto {
            today: today.to_string(),
            calendars,
            missing,
        })
    }

    /// Records a day a Hong Kong court office or the centre was closed.
    pub fn add_closure_day(
        &mut self,
        date: &str,
        name_en: &str,
        name_zh: &str,
    ) -> Result<(), AppError> {
        let date: CivilDate = date.parse().map_err(|e| AppError::time("date", e))?;
        if name_en.trim().is_empty() && name_zh.trim().is_empty() {
            return Err(AppError::field("name_en", FieldProblemReason::Required));
        }
        let closure = ClosureDay {
            date,
            name: Bilingual::new(name_en.trim(), name_zh.trim()),
        };
        let now = self.clock.now();
        self.store
            .write(|tx| repo::holidays::add_closure(tx, &closure, now))?;
        Ok(())
    }
}

/// "The Hong Kong general holidays for 2027 are not loaded…", with where to get the list and how to
/// load it, in the clerk's language.
fn missing_list_text(l: Locale, j: Jurisdiction, year: i32, estimated: bool) -> String {
    let effect = match (l, estimated) {
        (Locale::En, true) => format!("deadlines into {year} are estimated until it is loaded."),
        (Locale::En, false) => {
            format!("deadlines into {year} cannot be computed until it is loaded.")
        }
        (Locale::ZhHans, true) => format!("载入前，{year}年的期限均为估算。"),
        (Locale::ZhHans, false) => format!("载入前，无法计算{year}年的期限。"),
        (Locale::ZhHant, true) => format!("載入前，{year}年的期限均為估算。"),
        (Locale::ZhHant, false) => format!("載入前，無法計算{year}年的期限。"),
    };
    match (j, l) {
        (Jurisdiction::HongKong, Locale::En) => format!(
            "The Hong Kong general holidays for {year} are not loaded: {effect} Download the {year} general holidays from 1823 (www.1823.gov.hk, as JSON or iCalendar) and load the file under “Import a holiday list” on the Deadlines screen, or run: docket holidays import --calendar HK --file FILE"
        ),
        (Jurisdiction::HongKong, Locale::ZhHans) => format!(
            "尚未载入香港{year}年公众假期：{effect}请从1823（www.1823.gov.hk）下载{year}年公众假期表（JSON或iCalendar格式），在“期限”页面的“导入假期表”载入，或执行：docket holidays import --calendar HK --file 文件"
        ),
        (Jurisdiction::HongKong, Locale::ZhHant) => format!(
            "尚未載入香港{year}年公眾假期：{effect}請從1823（www.1823.gov.hk）下載{year}年公眾假期表（JSON或iCalendar格式），在「期限」頁面的「匯入假期表」載入，或執行：docket holidays import --calendar HK --file 檔案"
        ),
        (Jurisdiction::Mainland, Locale::En) => format!(
            "The State Council's {year} holiday notice is not loaded: {effect} When the notice is published (gov.cn, usually in November), save its days off and make-up working days as JSON and load the file under “Import a holiday list” on the Deadlines screen, or run: docket holidays import --calendar CN --file FILE"
        ),
        (Jurisdiction::Mainland, Locale::ZhHans) => format!(
            "尚未载入国务院{year}年放假通知：{effect}通知发布后（中国政府网，通常在11月），请将其中的放假日和调休上班日存为JSON，在“期限”页面的“导入假期表”载入，或执行：docket holidays import --calendar CN --file 文件"
        ),
        (Jurisdiction::Mainland, Locale::ZhHant) => format!(
            "尚未載入國務院{year}年放假通知：{effect}通知發布後（中國政府網，通常在11月），請將其中的放假日和調休上班日存為JSON，在「期限」頁面的「匯入假期表」載入，或執行：docket holidays import --calendar CN --file 檔案"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::{CalendarDto, DeadlineInputDto};
    use crate::{FixedClock, SequentialIds};
    use std::sync::Arc;

    fn app() -> App {
        let now = "2026-11-24T02:00:00Z".parse().unwrap();
        App::in_memory(
            Arc::new(FixedClock(now)),
            Arc::new(SequentialIds::default()),
        )
        .unwrap()
    }

    const CN_2027: &str = r#"{"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-03", "isOffDay": true}]}"#;

    #[test]
    fn importing_a_new_year_lets_deadlines_reach_it_and_twice_changes_nothing() {
        let mut app = app();
        let input = DeadlineInputDto {
            rule: "prc-civil-procedure".into(),
            trigger: "2026-12-20".into(),
            days: Some(12),
            ..Default::default()
        };
        // Before the notice: an estimate (New Year's Day by law, then the weekend).
        let estimate = app.compute_deadline(&input).unwrap();
        assert_eq!(estimate.due, "2027-01-04");
        assert!(estimate.estimated);
        assert!(app.list_holidays("CN", 2027).unwrap().estimated);
        let first = app
            .import_holidays("CN", CN_2027.as_bytes(), "test notice")
            .unwrap();
        assert_eq!((first.added, first.unchanged), (3, 0));
        // 20 Dec + 12 = Fri 1 Jan 2027, a day off; Sat 2 and Sun 3 too → Mon 4 Jan.
        let official = app.compute_deadline(&input).unwrap();
        assert_eq!(official.due, "2027-01-04");
        assert!(!official.estimated && official.estimate.is_none());
        let again = app
            .import_holidays("CN", CN_2027.as_bytes(), "test notice")
            .unwrap();
        assert_eq!(
            (again.added, again.corrected, again.removed, again.unchanged),
            (0, 0, 0, 3)
        );
        let y = app.list_holidays("CN", 2027).unwrap();
        assert_eq!(y.entries[0].name.en, "New Year's Day");
        // The official list replaces the estimate entirely: three days, none of the festival days.
        assert!(!y.estimated);
        assert_eq!(y.entries.len(), 3);
    }

    fn app_on(now: &str) -> App {
        App::in_memory(
            Arc::new(FixedClock(now.parse().unwrap())),
            Arc::new(SequentialIds::default()),
        )
        .unwrap()
    }

    #[test]
    fn from_october_the_clerk_is_told_which_of_next_years_lists_are_missing() {
        // 30 September in Hong Kong: nothing to say yet.
        let app = app_on("2026-09-30T15:59:00Z");
        assert!(app.holiday_status().unwrap().missing.is_empty());
        // 1 October in Hong Kong (still 30 September in UTC): both 2027 lists are missing.
        let mut app = app_on("2026-09-30T16:00:00Z");
        let s = app.holiday_status().unwrap();
        assert_eq!(s.today, "2026-10-01");
        let missing: Vec<(CalendarDto, i32)> =
            s.missing.iter().map(|m| (m.calendar, m.year)).collect();
        assert_eq!(missing, [(CalendarDto::HK, 2027), (CalendarDto::CN, 2027)]);
        assert!(
            s.missing[0].message.contains("1823"),
            "{}",
            s.missing[0].message
        );
        assert!(
            s.missing[1]
                .message
                .contains("docket holidays import --calendar CN"),
            "{}",
            s.missing[1].message
        );
        assert_eq!(s.calendars[0].official_years, [2024, 2025, 2026]);
        assert_eq!(s.calendars[0].estimated_years[0], 2027);
        app.set_language("zh-Hant").unwrap();
        let s = app.holiday_status().unwrap();
        assert!(
            s.missing[0]
                .message
                .starts_with("尚未載入香港2027年公眾假期"),
            "{}",
            s.missing[0].message
        );
        assert!(s.missing[1].message.contains("國務院2027年放假通知"));
        // Loading the Mainland notice leaves only Hong Kong's list to ask for.
        app.import_holidays("CN", CN_2027.as_bytes(), "notice")
            .unwrap();
        let s = app.holiday_status().unwrap();
        assert_eq!(s.missing.len(), 1);
        assert_eq!(s.missing[0].calendar, CalendarDto::HK);
    }

    #[test]
    fn a_bad_line_refuses_the_whole_file() {
        let mut app = app();
        let bad = b"[\n {\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n {\"date\": \"2027-13-01\", \"name\": \"X\"}\n]";
        let err = app.import_holidays("HK", bad, "bad file").unwrap_err();
        assert!(
            matches!(err, AppError::ImportRefused { line: 3, .. }),
            "{err:?}"
        );
        assert!(
            app.list_holidays("HK", 2027).unwrap().estimated,
            "nothing was imported"
        );
    }

    #[test]
    fn a_single_day_cannot_make_a_year_look_complete() {
        let mut app = app();
        let err = app
            .set_holiday(
                "HK",
                "2027-01-01",
                "day_off",
                "The first day of January",
                "一月一日",
                "Gazette",
            )
            .unwrap_err();
        assert!(matches!(err, AppError::NoHolidayData { year: 2027, .. }));
        app.set_holiday(
            "HK",
            "2026-12-24",
            "day_off",
            "Christmas Eve (special)",
            "平安夜（特別）",
            "Gazette notice",
        )
        .unwrap();
        assert!(!app.is_working_day("HK", "2026-12-24").unwrap().working);
    }
}
