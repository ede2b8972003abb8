//! `docket holidays`: the holiday calendars (status, a year's days, one day set or removed by hand,
//! closure days added or removed — each with `--preview` of the deadlines it moves — working days). Its import, also behind `docket ics import --holidays`, reads a holiday list (bounded
//! in size), shows what it would add, change and remove (`--preview`), or imports it (`--yes` for a
//! year far from this one).

use crate::output::render;
use crate::table;
use clap::Subcommand;
use docket_app::dto::{
    CalendarDto, CalendarEditDto, HolidayChangeKindDto, HolidayDayDto, HolidayImportPreviewDto,
    HolidaySkipDto, MovedDeadlineDto,
};
use docket_app::{App, AppError, Expected, HolidayProblem, Locale, MAX_HOLIDAY_FILE_BYTES};
use std::io::Read;
use std::path::Path;

#[derive(Debug, Subcommand)]
pub enum HolidaysCommand {
    /// Which official lists are loaded, which years are estimated, and (from 1 October) which of
    /// next year's lists to load and how.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// List a year's days off (and, for CN, make-up working days); a year without official data is
    /// listed as estimated from the law.
    List {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        json: bool,
    },
    /// Import one year's list (the Mainland notice or the Hong Kong feed as JSON, or an .ics feed):
    /// the year's days become the file's. Every date must be in that year (the notice's `year`, else
    /// --year, else the only year the file covers). A bad line refuses the whole file.
    Import {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "FILE")]
        file: std::path::PathBuf,
        /// The year to import from a feed that covers several (e.g. the 1823 feed).
        #[arg(long)]
        year: Option<i32>,
        /// Show what would be added, changed and removed; write nothing.
        #[arg(long)]
        preview: bool,
        /// Confirm a year more than two years from this one.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Add or correct one day of a year that has data.
    Set {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// day_off, or make_up_workday (Mainland only).
        #[arg(long, default_value = "day_off")]
        kind: String,
        #[arg(long, default_value = "")]
        name_en: String,
        #[arg(long, default_value = "")]
        name_zh: String,
        /// Why (e.g. the gazette notice); kept in the calendar's history.
        #[arg(long)]
        reason: String,
        /// Show which deadlines it would move; write nothing.
        #[arg(long)]
        preview: bool,
    },
    /// Take a listed day off a calendar (re-add it with `set`).
    Remove {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// Why; kept in the calendar's history.
        #[arg(long)]
        reason: String,
        /// Show which deadlines it would move; write nothing.
        #[arg(long)]
        preview: bool,
    },
    /// Record a day a Hong Kong court office or the centre was closed.
    Closure {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long, default_value = "")]
        name_en: String,
        #[arg(long, default_value = "")]
        name_zh: String,
        /// Show which deadlines it would move; write nothing.
        #[arg(long)]
        preview: bool,
    },
    /// Take a closure day off the list (re-add it with `closure`).
    ClosureRemove {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// Show which deadlines it would move; write nothing.
        #[arg(long)]
        preview: bool,
    },
    /// The closure days.
    Closures {
        #[arg(long)]
        json: bool,
    },
    /// Say whether a date is a working day, and why.
    IsWorking {
        #[arg(long, value_name = "HK|CN")]
        calendar: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        json: bool,
    },
}

/// Runs `docket holidays …`.
pub fn holidays(app: &mut App, l: Locale, command: HolidaysCommand) -> Result<(), AppError> {
    match command {
        HolidaysCommand::Status { json } => {
            let status = app.holiday_status()?;
            render(json, &status, |s| table::holiday_status(l, s))?;
        }
        HolidaysCommand::List {
            calendar,
            year,
            json,
        } => {
            let y = app.list_holidays(&calendar, year)?;
            render(json, &y, |y| table::holidays(l, y))?;
        }
        HolidaysCommand::Import {
            calendar,
            file,
            year,
            preview,
            yes,
            json,
        } => import(
            app,
            l,
            ImportRequest {
                calendar: &calendar,
                file: &file,
                year,
                preview,
                yes,
                json,
            },
        )?,
        HolidaysCommand::Set {
            calendar,
            date,
            kind,
            name_en,
            name_zh,
            reason,
            preview,
        } => {
            if preview {
                let working = match kind.trim() {
                    "day_off" => false,
                    "make_up_workday" => true,
                    _ => return Err(AppError::malformed("kind", Expected::HolidayKind)),
                };
                let edit = CalendarEditDto::SetHoliday {
                    calendar: calendar_dto(&calendar)?,
                    date: date.clone(),
                    working,
                    name_en,
                    name_zh,
                    reason,
                };
                return edit_or_preview(app, l, &edit, true);
            }
            let done = app.set_holiday(&calendar, &date, &kind, &name_en, &name_zh, &reason)?;
            out!("{}", app.is_working_day(&calendar, &date)?.explanation);
            moved(l, &done.moved);
        }
        HolidaysCommand::Remove {
            calendar,
            date,
            reason,
            preview,
        } => {
            let edit = CalendarEditDto::RemoveHoliday {
                calendar: calendar_dto(&calendar)?,
                date,
                reason,
            };
            edit_or_preview(app, l, &edit, preview)?;
        }
        HolidaysCommand::Closure {
            date,
            name_en,
            name_zh,
            preview,
        } => {
            let edit = CalendarEditDto::AddClosure {
                date,
                name_en,
                name_zh,
            };
            edit_or_preview(app, l, &edit, preview)?;
        }
        HolidaysCommand::ClosureRemove { date, preview } => {
            edit_or_preview(app, l, &CalendarEditDto::RemoveClosure { date }, preview)?;
        }
        HolidaysCommand::Closures { json } => {
            let days = app.closure_days()?;
            render(json, &days, |days| {
                for d in days {
                    out!("{} {} / {}", d.date, d.name.en, d.name.zh);
                }
            })?;
        }
        HolidaysCommand::IsWorking {
            calendar,
            date,
            json,
        } => {
            let d = app.is_working_day(&calendar, &date)?;
            render(json, &d, |d| out!("{}", d.explanation))?;
        }
    }
    Ok(())
}

fn calendar_dto(calendar: &str) -> Result<CalendarDto, AppError> {
    match calendar.trim() {
        "HK" | "hk" => Ok(CalendarDto::HK),
        "CN" | "cn" => Ok(CalendarDto::CN),
        _ => Err(AppError::malformed("calendar", Expected::Calendar)),
    }
}

/// Prints the deadlines a change moves (or would move).
fn moved(l: Locale, moved: &[MovedDeadlineDto]) {
    if moved.is_empty() {
        out!(
            "{}",
            l.pick(
                "No running deadline moves.",
                "没有进行中的期限因此变动。",
                "沒有進行中的期限因此變動。"
            )
        );
    }
    for m in moved {
        out!(
            "{} {}: {} -> {}",
            m.case_reference,
            m.name.en,
            m.before.as_deref().unwrap_or("?"),
            m.after.as_deref().unwrap_or("?")
        );
    }
}

/// Shows what a change to a calendar or the closure days would move, or makes it.
fn edit_or_preview(
    app: &mut App,
    l: Locale,
    edit: &CalendarEditDto,
    preview: bool,
) -> Result<(), AppError> {
    if preview {
        moved(l, &app.preview_calendar_edit(edit)?.moved);
    } else {
        moved(l, &app.edit_calendar(edit)?.moved);
    }
    Ok(())
}

/// What the clerk asked for.
pub struct ImportRequest<'a> {
    pub calendar: &'a str,
    pub file: &'a Path,
    pub year: Option<i32>,
    pub preview: bool,
    pub yes: bool,
    pub json: bool,
}

/// The file's bytes, refusing a file larger than a holiday list can be before reading it.
fn read_bounded(file: &Path) -> Result<Vec<u8>, AppError> {
    let unreadable = |e: std::io::Error| AppError::FileUnreadable {
        path: file.display().to_string(),
        reason: e.to_string(),
    };
    let f = std::fs::File::open(file).map_err(unreadable)?;
    let limit = u64::try_from(MAX_HOLIDAY_FILE_BYTES).unwrap_or(u64::MAX);
    let size = f.metadata().map_err(unreadable)?.len();
    if size > limit {
        return Err(AppError::HolidayImportRefused {
            line: 0,
            problem: HolidayProblem::FileTooLarge {
                size_kb: size.div_ceil(1024),
                max_kb: limit / 1024,
            },
        });
    }
    let mut bytes = Vec::new();
    // One byte more than the limit, so a file that grew since is still refused by the import.
    f.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok(bytes)
}

pub fn import(app: &mut App, l: Locale, r: ImportRequest<'_>) -> Result<(), AppError> {
    let bytes = read_bounded(r.file)?;
    let source = r
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if r.preview {
        let p = app.preview_holiday_import(r.calendar, &bytes, r.year)?;
        return crate::output::render(r.json, &p, |p| print_preview(l, p));
    }
    let done = app.import_holidays(r.calendar, &bytes, &source, r.year, r.yes)?;
    crate::output::render(r.json, &done, |d| {
        crate::output::emit(&match l {
            Locale::En => format!(
                "{} {}: {} added, {} corrected, {} removed, {} unchanged, {} skipped.",
                calendar(l, d.calendar),
                d.year,
                d.added,
                d.corrected,
                d.removed,
                d.unchanged,
                d.skipped
            ),
            _ => format!(
                "{} {}：{} {}、{} {}、{} {}、{} {}、{} {}。",
                calendar(l, d.calendar),
                d.year,
                l.pick("", "新增", "新增"),
                d.added,
                l.pick("", "更正", "更正"),
                d.corrected,
                l.pick("", "删除", "刪除"),
                d.removed,
                l.pick("", "未变", "未變"),
                d.unchanged,
                l.pick("", "略过", "略過"),
                d.skipped
            ),
        });
    })
}

fn calendar(l: Locale, c: docket_app::dto::CalendarDto) -> &'static str {
    match c {
        docket_app::dto::CalendarDto::HK => l.pick("Hong Kong", "香港日历", "香港日曆"),
        docket_app::dto::CalendarDto::CN => l.pick("Mainland", "内地日历", "內地日曆"),
    }
}

fn day(l: Locale, d: Option<&HolidayDayDto>) -> String {
    match d {
        None => "—".to_owned(),
        Some(d) => format!(
            "{} {}",
            if d.working {
                l.pick("make-up working day", "调休上班", "調休上班")
            } else {
                l.pick("day off", "休假", "休假")
            },
            both(l, &d.name)
        ),
    }
}

/// Both names, so a change to either shows (a clerk-facing preview, not a list).
fn both(l: Locale, name: &docket_app::dto::BilingualDto) -> String {
    let first = table::term(l, name);
    let other = if l.prefers_chinese() {
        name.en.clone()
    } else {
        table::term(Locale::ZhHant, name)
    };
    if other.is_empty() || other == first {
        first
    } else {
        format!("{first} / {other}")
    }
}

/// A hint after the refusal, for the two questions the command line answers with a flag.
pub fn hint(l: Locale, e: &AppError) -> Option<&'static str> {
    Some(match e {
        AppError::HolidayImportRefused {
            problem: HolidayProblem::SeveralYears { .. },
            ..
        } => l.pick(
            "Choose the year with --year YYYY.",
            "请用 --year YYYY 选择年份。",
            "請用 --year YYYY 選擇年份。",
        ),
        AppError::HolidayYearUnconfirmed { .. } => l.pick(
            "See the changes with --preview; confirm with --yes.",
            "可用 --preview 查看变更；用 --yes 确认。",
            "可用 --preview 查看變更；用 --yes 確認。",
        ),
        _ => return None,
    })
}

fn print_preview(l: Locale, p: &HolidayImportPreviewDto) {
    let cal = calendar(l, p.calendar);
    crate::output::emit(&match (l, p.replaces) {
        (Locale::En, true) => format!(
            "Preview (nothing written): the import replaces {} in the {cal} calendar.",
            p.year
        ),
        (Locale::En, false) => format!(
            "Preview (nothing written): the import adds {} to the {cal} calendar.",
            p.year
        ),
        (Locale::ZhHans, true) => format!("预览（未写入）：导入将取代{cal}的 {} 年。", p.year),
        (Locale::ZhHans, false) => format!("预览（未写入）：导入将为{cal}加入 {} 年。", p.year),
        (Locale::ZhHant, true) => format!("預覽（未寫入）：匯入將取代{cal}的 {} 年。", p.year),
        (Locale::ZhHant, false) => format!("預覽（未寫入）：匯入將為{cal}加入 {} 年。", p.year),
    });
    let rows: Vec<Vec<String>> = p
        .changes
        .iter()
        .map(|c| {
            vec![
                match c.change {
                    HolidayChangeKindDto::Added => l.pick("add", "新增", "新增"),
                    HolidayChangeKindDto::Changed => l.pick("change", "更改", "更改"),
                    HolidayChangeKindDto::Removed => l.pick("remove", "删除", "刪除"),
                }
                .to_owned(),
                c.date.clone(),
                day(l, c.before.as_ref()),
                day(l, c.after.as_ref()),
            ]
        })
        .collect();
    if !rows.is_empty() {
        table::print(
            &[
                l.pick("Change", "变更", "變更"),
                l.pick("Date", "日期", "日期"),
                l.pick("Now", "现为", "現為"),
                l.pick("After the import", "导入后", "匯入後"),
            ],
            &rows,
        );
    }
    let count = |k| p.changes.iter().filter(|c| c.change == k).count();
    crate::output::emit(&match l {
        Locale::En => format!(
            "{} to add, {} to change, {} to remove, {} unchanged.",
            count(HolidayChangeKindDto::Added),
            count(HolidayChangeKindDto::Changed),
            count(HolidayChangeKindDto::Removed),
            p.unchanged
        ),
        _ => format!(
            "{} {}、{} {}、{} {}、{} {}。",
            l.pick("", "新增", "新增"),
            count(HolidayChangeKindDto::Added),
            l.pick("", "更改", "更改"),
            count(HolidayChangeKindDto::Changed),
            l.pick("", "删除", "刪除"),
            count(HolidayChangeKindDto::Removed),
            l.pick("", "未变", "未變"),
            p.unchanged
        ),
    });
    for s in &p.skipped {
        let why = match s.reason {
            HolidaySkipDto::Timed => l.pick(
                "has a time of day, so it is not a day off",
                "有具体时间，不是休假日",
                "有具體時間，不是休假日",
            ),
            HolidaySkipDto::Repeating => l.pick(
                "repeats; only single events are read",
                "重复事件，只读取单次事件",
                "重複事件，只讀取單次事件",
            ),
            HolidaySkipDto::Cancelled => l.pick("is cancelled", "已取消", "已取消"),
        };
        crate::output::emit(&match l {
            Locale::En => format!("Skipped: line {} “{}” {why}.", s.line, s.summary),
            Locale::ZhHans => format!("略过：第 {} 行“{}”{why}。", s.line, s.summary),
            Locale::ZhHant => format!("略過：第 {} 行「{}」{why}。", s.line, s.summary),
        });
    }
    for o in &p.other_years {
        crate::output::emit(&match l {
            Locale::En => format!(
                "Left out: {} days of {} (only {} is imported).",
                o.days, o.year, p.year
            ),
            Locale::ZhHans => format!(
                "未导入：{} 年的 {} 天（只导入 {} 年）。",
                o.year, o.days, p.year
            ),
            Locale::ZhHant => format!(
                "未匯入：{} 年的 {} 天（只匯入 {} 年）。",
                o.year, o.days, p.year
            ),
        });
    }
    if p.needs_confirmation {
        crate::output::emit(&match l {
            Locale::En => format!(
                "{} is more than two years from this year ({}): check the year, then import with --yes.",
                p.year, p.this_year
            ),
            Locale::ZhHans => format!(
                "{} 年距今年（{} 年）超过两年：请核对年份，再加 --yes 导入。",
                p.year, p.this_year
            ),
            Locale::ZhHant => format!(
                "{} 年距今年（{} 年）超過兩年：請核對年份，再加 --yes 匯入。",
                p.year, p.this_year
            ),
        });
    }
}
