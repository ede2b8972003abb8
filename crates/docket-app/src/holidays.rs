//! Keeping the holiday calendars: import a year from the official list, add or correct one day,
//! record a closure day. Every change is one transaction and is kept in the calendar's history.

use crate::dto::{
    BilingualDto, HolidayChangeDto, HolidayChangeKindDto, HolidayDayDto, HolidayImportDto,
    HolidayImportPreviewDto, HolidayOtherYearDto, HolidaySkipDto, HolidaySkippedDto,
};
use crate::error::Expected;
use crate::holiday_import::{self, ImportedDay, SkipReason};
use crate::{App, AppError, FieldProblemReason, HolidayProblem, Locale};
use docket_domain::deadline::{CalendarEntry, EntryKind, Jurisdiction};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Zone};
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
    Jurisdiction::parse(calendar).ok_or_else(|| AppError::malformed("calendar", Expected::Calendar))
}

/// The years a calendar can hold (the store's bounds).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;
/// How many years from this year an import may reach without being confirmed.
pub const UNCONFIRMED_YEARS: i32 = 2;

fn year_in_range(year: i64) -> Result<i32, AppError> {
    i32::try_from(year)
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or_else(|| {
            AppError::field(
                "year",
                FieldProblemReason::OutOfRange {
                    min: i64::from(*YEARS.start()),
                    max: i64::from(*YEARS.end()),
                },
            )
        })
}

fn refused(line: u32, problem: HolidayProblem) -> AppError {
    AppError::HolidayImportRefused { line, problem }
}

/// The entry `day` becomes in calendar `j`, named in both languages (a name in Chinese gets the
/// Mainland notice's English name, else the English name already stored for the date).
fn entry_for(
    j: Jurisdiction,
    day: &ImportedDay,
    existing: Option<&CalendarEntry>,
    source: &str,
) -> CalendarEntry {
    let name = &day.name;
    let (en, zh) = if has_cjk(name) {
        let en = match (j, mainland_english(name)) {
            (Jurisdiction::Mainland, Some(en)) => en.to_owned(),
            _ => existing.map_or_else(|| name.clone(), |e| e.name.en.clone()),
        };
        let zh = match day.kind {
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
    CalendarEntry {
        date: day.date,
        kind: day.kind,
        name: Bilingual::new(en, zh),
        source: source.to_owned(),
    }
}

fn day_dto(e: &CalendarEntry) -> HolidayDayDto {
    HolidayDayDto {
        working: e.kind == EntryKind::MakeUpWorkday,
        name: BilingualDto::term(&e.name),
    }
}

/// What importing a file would do to one year of a calendar.
struct Plan {
    jurisdiction: Jurisdiction,
    preview: HolidayImportPreviewDto,
    /// Entries to write (added or changed), and dates to remove.
    put: Vec<CalendarEntry>,
    remove: Vec<CivilDate>,
}

impl App {
    /// Reads a holiday list and works out the one year it replaces and every date that changes.
    ///
    /// The year is the file's own `year` (a Mainland notice), which `chosen` must then equal and
    /// every date must fall in; otherwise `chosen`, or the only year the file covers. A feed without
    /// a year that covers several (the 1823 feed keeps three) needs `chosen`, and its days in other
    /// years are left out and counted.
    fn plan_holiday_import(
        &self,
        calendar: &str,
        bytes: &[u8],
        chosen: Option<i32>,
        source: &str,
    ) -> Result<Plan, AppError> {
        let j = jurisdiction(calendar)?;
        if let Some(y) = chosen {
            year_in_range(i64::from(y))?;
        }
        let file = holiday_import::read(bytes).map_err(|p| refused(p.line, p.problem))?;
        let (year, declared) = match (file.year, chosen) {
            (Some((declared, line)), chosen) => {
                let year = year_in_range(declared)?;
                if let Some(c) = chosen.filter(|c| *c != year) {
                    return Err(refused(
                        line,
                        HolidayProblem::YearDiffers {
                            declared: year,
                            chosen: c,
                        },
                    ));
                }
                if let Some(d) = file.days.iter().find(|d| d.date.year() != year) {
                    return Err(refused(
                        d.line,
                        HolidayProblem::OutsideYear {
                            date: d.date.to_string(),
                            year,
                        },
                    ));
                }
                (year, true)
            }
            (None, Some(c)) => (c, false),
            (None, None) => {
                let years: BTreeSet<i32> = file.days.iter().map(|d| d.date.year()).collect();
                match years.first() {
                    Some(y) if years.len() == 1 => (year_in_range(i64::from(*y))?, false),
                    Some(_) => {
                        return Err(refused(
                            0,
                            HolidayProblem::SeveralYears {
                                years: years.into_iter().collect(),
                            },
                        ));
                    }
                    None => {
                        let this_year = self.clock.now().date_in(Zone::hong_kong()).year();
                        return Err(refused(0, HolidayProblem::NoDays { year: this_year }));
                    }
                }
            }
        };
        let mut other_years: BTreeMap<i32, u32> = BTreeMap::new();
        // Each date once: a repeat must say the same as the first, or the file is refused.
        let mut days: BTreeMap<CivilDate, &ImportedDay> = BTreeMap::new();
        for day in &file.days {
            if day.date.year() != year {
                *other_years.entry(day.date.year()).or_default() += 1;
                continue;
            }
            if j == Jurisdiction::HongKong && day.kind == EntryKind::MakeUpWorkday {
                return Err(refused(
                    day.line,
                    HolidayProblem::MakeUpDayInHongKong {
                        date: day.date.to_string(),
                    },
                ));
            }
            match days.get(&day.date) {
                Some(first) if first.kind != day.kind || first.name != day.name => {
                    return Err(refused(
                        day.line,
                        HolidayProblem::Disagrees {
                            date: day.date.to_string(),
                            other_line: first.line,
                        },
                    ));
                }
                Some(_) => {}
                None => {
                    days.insert(day.date, day);
                }
            }
        }
        if days.is_empty() {
            return Err(refused(0, HolidayProblem::NoDays { year }));
        }
        let current = self.store.read(|c| repo::holidays::calendar(c, j))?;
        let replaces = self
            .store
            .read(|c| repo::holidays::year_source(c, j, year))?
            .is_some();
        let mut changes = Vec::new();
        let (mut put, mut remove, mut unchanged) = (Vec::new(), Vec::new(), 0u32);
        let wanted: BTreeMap<CivilDate, CalendarEntry> = days
            .values()
            .map(|d| {
                (
                    d.date,
                    entry_for(j, d, current.official_entry(d.date), source),
                )
            })
            .collect();
        // Compared with the official list only: an estimated year (ADR 0018) is replaced entirely.
        let old: BTreeMap<CivilDate, &CalendarEntry> = current
            .official_entries_in(year)
            .into_iter()
            .map(|e| (e.date, e))
            .collect();
        let dates: BTreeSet<CivilDate> = wanted.keys().chain(old.keys()).copied().collect();
        for date in dates {
            let (before, after) = (old.get(&date).copied(), wanted.get(&date));
            let change = match (before, after) {
                (Some(b), Some(a)) if b.kind == a.kind && b.name == a.name => {
                    unchanged += 1;
                    continue;
                }
                (Some(_), Some(a)) => {
                    put.push(a.clone());
                    HolidayChangeKindDto::Changed
                }
                (None, Some(a)) => {
                    put.push(a.clone());
                    HolidayChangeKindDto::Added
                }
                (Some(_), None) => {
                    remove.push(date);
                    HolidayChangeKindDto::Removed
                }
                (None, None) => continue,
            };
            changes.push(HolidayChangeDto {
                date: date.to_string(),
                weekday: date.iso_weekday(),
                change,
                before: before.map(day_dto),
                after: after.map(day_dto),
            });
        }
        let this_year = self.clock.now().date_in(Zone::hong_kong()).year();
        let preview = HolidayImportPreviewDto {
            calendar: j.into(),
            year,
            declared,
            replaces,
            changes,
            unchanged,
            skipped: file
                .skipped
                .iter()
                .map(|s| HolidaySkippedDto {
                    line: s.line,
                    summary: s.summary.clone(),
                    reason: match s.reason {
                        SkipReason::Timed => HolidaySkipDto::Timed,
                        SkipReason::Repeating => HolidaySkipDto::Repeating,
                        SkipReason::Cancelled => HolidaySkipDto::Cancelled,
                    },
                })
                .collect(),
            other_years: other_years
                .into_iter()
                .map(|(year, days)| HolidayOtherYearDto { year, days })
                .collect(),
            needs_confirmation: (year - this_year).abs() > UNCONFIRMED_YEARS,
            this_year,
        };
        Ok(Plan {
            jurisdiction: j,
            preview,
            put,
            remove,
        })
    }

    /// What importing `bytes` into a calendar would add, change and remove; nothing is written.
    /// `year` is the clerk's choice for a file that does not declare one.
    pub fn preview_holiday_import(
        &self,
        calendar: &str,
        bytes: &[u8],
        year: Option<i32>,
    ) -> Result<HolidayImportPreviewDto, AppError> {
        Ok(self.plan_holiday_import(calendar, bytes, year, "")?.preview)
    }

    /// Imports the days in `bytes` (JSON or .ics) into one year of a calendar (see
    /// [`App::preview_holiday_import`]): the year's days become the file's, in one transaction, and
    /// every change is kept in the calendar's history. Importing the same file twice changes nothing.
    /// A year more than two years from this year is written only when `confirm` is set; otherwise
    /// the answer is the question [`AppError::HolidayYearUnconfirmed`]. A bad entry refuses the whole
    /// file.
    pub fn import_holidays(
        &mut self,
        calendar: &str,
        bytes: &[u8],
        source: &str,
        year: Option<i32>,
        confirm: bool,
    ) -> Result<HolidayImportDto, AppError> {
        let Plan {
            jurisdiction: j,
            preview,
            put,
            remove,
        } = self.plan_holiday_import(calendar, bytes, year, source)?;
        if preview.needs_confirmation && !confirm {
            return Err(AppError::HolidayYearUnconfirmed {
                calendar: preview.calendar,
                year: preview.year,
                this_year: preview.this_year,
            });
        }
        let now = self.clock.now();
        let reason = format!("Imported from {source}");
        self.store.write(|tx| -> Result<(), AppError> {
            repo::holidays::put_year(tx, j, preview.year, source)?;
            for date in &remove {
                repo::holidays::remove_entry(tx, j, *date, &reason, now)?;
            }
            for entry in &put {
                repo::holidays::put_entry(tx, j, entry, &reason, now)?;
            }
            Ok(())
        })?;
        let count = |k: HolidayChangeKindDto| {
            u32::try_from(preview.changes.iter().filter(|c| c.change == k).count())
                .unwrap_or(u32::MAX)
        };
        Ok(HolidayImportDto {
            calendar: preview.calendar,
            year: preview.year,
            added: count(HolidayChangeKindDto::Added),
            corrected: count(HolidayChangeKindDto::Changed),
            removed: count(HolidayChangeKindDto::Removed),
            unchanged: preview.unchanged,
            skipped: u32::try_from(preview.skipped.len()).unwrap_or(u32::MAX),
        })
    }

    /// Adds or corrects one day of a year the calendar already has data for (see
    /// [`App::edit_calendar`], which audits it).
    pub fn set_holiday(
        &mut self,
        calendar: &str,
        date: &str,
        kind: &str,
        name_en: &str,
        name_zh: &str,
        reason: &str,
    ) -> Result<crate::dto::CalendarEditDoneDto, AppError> {
        let j = jurisdiction(calendar)?;
        let working = match (EntryKind::parse(kind), j) {
            (Some(EntryKind::MakeUpWorkday), Jurisdiction::HongKong) | (None, _) => {
                return Err(AppError::malformed("kind", Expected::HolidayKind));
            }
            (Some(k), _) => k == EntryKind::MakeUpWorkday,
        };
        self.edit_calendar(&crate::dto::CalendarEditDto::SetHoliday {
            calendar: j.into(),
            date: date.to_owned(),
            working,
            name_en: name_en.to_owned(),
            name_zh: name_zh.to_owned(),
            reason: reason.to_owned(),
        })
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

    /// Records a day a Hong Kong court office or the centre was closed (see
    /// [`App::edit_calendar`], which audits it).
    pub fn add_closure_day(
        &mut self,
        date: &str,
        name_en: &str,
        name_zh: &str,
    ) -> Result<crate::dto::CalendarEditDoneDto, AppError> {
        self.edit_calendar(&crate::dto::CalendarEditDto::AddClosure {
            date: date.to_owned(),
            name_en: name_en.to_owned(),
            name_zh: name_zh.to_owned(),
        })
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

mod edit;

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
            .import_holidays("CN", CN_2027.as_bytes(), "test notice", None, false)
            .unwrap();
        assert_eq!((first.added, first.unchanged), (3, 0));
        // 20 Dec + 12 = Fri 1 Jan 2027, a day off; Sat 2 and Sun 3 too → Mon 4 Jan.
        let official = app.compute_deadline(&input).unwrap();
        assert_eq!(official.due, "2027-01-04");
        assert!(!official.estimated && official.estimate.is_none());
        let again = app
            .import_holidays("CN", CN_2027.as_bytes(), "test notice", None, false)
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
        app.import_holidays("CN", CN_2027.as_bytes(), "notice", None, false)
            .unwrap();
        let s = app.holiday_status().unwrap();
        assert_eq!(s.missing.len(), 1);
        assert_eq!(s.missing[0].calendar, CalendarDto::HK);
    }

    #[test]
    fn a_bad_line_refuses_the_whole_file() {
        let mut app = app();
        let bad = b"[\n {\"date\": \"2027-01-01\", \"name\": \"New Year\"},\n {\"date\": \"2027-13-01\", \"name\": \"X\"}\n]";
        let err = app
            .import_holidays("HK", bad, "bad file", None, false)
            .unwrap_err();
        assert!(
            matches!(err, AppError::HolidayImportRefused { line: 3, .. }),
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

#[cfg(test)]
mod import_tests;
