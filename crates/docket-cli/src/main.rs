//! `docket`: Bay Docket's command line. Parses arguments, opens the database, runs one use case, and
//! prints a table (or the same DTO JSON the desktop UI receives, with `--json`).

/// Writes one line to stdout; a closed pipe (`docket ... | head`) is not an error.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::emit(&format!($($arg)*))
    };
}

mod args;
mod hearings;
mod holidays;
mod prep;
mod roster;
mod settings;
mod table;
mod venues;

use args::{
    CasesCommand, Cli, Command, DeadlineCommand, DemoCommand, HolidaysCommand, LimitsCommand,
    WeatherCommand,
};
use clap::Parser;
use docket_app::dto::{
    CaseDetailDto, DeadlineInputDto, NewCaseDto, TimeLimitInputDto, WeatherInputDto,
};
use docket_app::{App, AppError, Locale, RandomIds, SystemClock};
use serde::Serialize;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let requested = cli.lang.as_deref().and_then(Locale::parse);
    let db = match docket_app::paths::resolve_db_path(cli.db.clone()) {
        Ok(p) => p,
        Err(e) => return fail(requested.unwrap_or_else(env_locale), e),
    };
    docket_app::tzdata::init();
    let mut app = match App::open(&db, Arc::new(SystemClock), Arc::new(RandomIds)) {
        Ok(app) => app,
        Err(e) => return fail(requested.unwrap_or_else(env_locale), e),
    };
    let locale = requested
        .or_else(|| app.saved_locale().ok().flatten())
        .unwrap_or_else(env_locale);
    app.use_locale_for_session(locale);
    // A fault inside the app ends the command with a sentence in the clerk's language, not a Rust
    // panic message; the details go to stderr for the log, as for an internal error.
    std::panic::set_hook(Box::new(|info| eprintln!("docket: {info}")));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run(&mut app, locale, cli.command)
    }));
    match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => fail(locale, e),
        Err(_) => fail(
            locale,
            AppError::Interrupted {
                detail: "the command panicked".to_owned(),
            },
        ),
    }
}

fn run(app: &mut App, l: Locale, command: Command) -> Result<(), AppError> {
    match command {
        Command::Init => {
            let info = app.info();
            let o = app.overview()?;
            out!(
                "{} {}",
                l.pick("Database ready:", "数据库已就绪：", "資料庫已就緒："),
                info.db_path.unwrap_or_default()
            );
            out!(
                "{} {} · {} {} · {} {}",
                o.neutrals,
                l.pick("neutrals", "名调解员/仲裁员", "名調解員/仲裁員"),
                o.cases,
                l.pick("cases", "宗案件", "宗案件"),
                o.hearings,
                l.pick("hearings", "场庭审", "場聆訊")
            );
        }
        Command::Info { json } => {
            let info = app.info();
            if json {
                print_json(&info)?;
            } else {
                out!("{} {}", info.product, info.version);
                let tz = docket_app::tzdata::in_force();
                out!(
                    "tz database  {} ({})",
                    info.tzdb_version,
                    match info.tzdb_source {
                        docket_app::dto::TzSourceDto::System =>
                            l.pick("from the operating system", "来自操作系统", "來自作業系統"),
                        docket_app::dto::TzSourceDto::Bundled => {
                            l.pick("bundled with the app", "随应用附带", "隨應用程式附帶")
                        }
                    }
                );
                out!(
                    "             {} {} · {} {}",
                    l.pick("bundled", "内置", "內置"),
                    tz.bundled_version,
                    l.pick("system", "系统", "系統"),
                    tz.system_version.as_deref().unwrap_or("—")
                );
                out!("SQLite       {}", info.sqlite_version);
                out!("schema       {}", info.schema_version);
                out!("database     {}", info.db_path.unwrap_or_default());
                let status = app.holiday_status()?;
                for c in &status.calendars {
                    out!("{}", table::calendar_years(l, c));
                }
                for m in &status.missing {
                    out!("! {}", m.message);
                }
            }
        }
        Command::Language { tag } => match tag {
            Some(tag) => {
                let s = app.set_language(&tag)?;
                out!("{}", s.language.map(|l| l.tag()).unwrap_or("en"));
            }
            None => out!("{}", app.locale().tag()),
        },
        Command::Demo {
            command: DemoCommand::Load,
        } => {
            let s = app.load_demo()?;
            out!(
                "{} {} / {} / {} / {}",
                l.pick(
                    "Demo data loaded (neutrals / cases / venues / hearings):",
                    "示例数据已载入（调解员与仲裁员 / 案件 / 场地 / 庭审）：",
                    "示範資料已載入（調解員與仲裁員 / 案件 / 場地 / 聆訊）：",
                ),
                s.neutrals,
                s.cases,
                s.venues,
                s.hearings
            );
        }
        Command::Neutrals { command } => roster::neutrals(app, l, command)?,
        Command::Parties { command } => roster::parties(app, l, command)?,
        Command::Appoint { command } => roster::appoint(app, l, command)?,
        Command::Conflicts { command } => roster::conflicts(app, l, command)?,
        Command::Cases { command } => match command {
            CasesCommand::List { json } => {
                let list = app.list_cases()?;
                render(json, &list, |list| table::cases(l, list))?;
            }
            CasesCommand::Add {
                reference,
                title_en,
                title_zh,
                model,
                filed_on,
                language,
                amount,
                currency,
                yes,
                json,
            } => {
                let c = app.create_case(&NewCaseDto {
                    reference,
                    title_en,
                    title_zh,
                    model,
                    filed_on,
                    language,
                    amount,
                    currency,
                    confirm: yes,
                })?;
                render(json, &c, |c| {
                    out!("{} · {} · {}", c.reference, c.stage_label, c.procedure)
                })?;
            }
            CasesCommand::Show { reference, json } => {
                let d = app.case_detail(&reference)?;
                render(json, &d, |d| show_case(l, d))?;
            }
            CasesCommand::Redate {
                reference,
                stage,
                on,
                reason,
                preview,
                json,
            } => {
                let r = app.change_event_date(&reference, &stage, &on, &reason, !preview)?;
                render(json, &r, |r| {
                    out!(
                        "{}: {} → {}{}",
                        r.stage_label,
                        r.old_date,
                        r.new_date,
                        if r.saved { "" } else { " (preview)" }
                    );
                    for c in &r.changes {
                        let name = table::term(l, &c.name);
                        out!("  {name}: {} → {}", c.old_due, c.new_due);
                    }
                })?;
            }
            CasesCommand::Advance {
                reference,
                to,
                on,
                note,
                json,
            } => {
                let d = app.advance_case(&reference, &to, &on, &note)?;
                render(json, &d, |d| show_case(l, d))?;
            }
        },
        Command::Limits { command } => match command {
            LimitsCommand::List { json } => {
                let limits = app.time_limits()?;
                render(json, &limits, |limits| table::limits(l, limits))?;
            }
            LimitsCommand::Set {
                institution,
                code,
                days,
                months,
                from,
                verification,
                source,
                json,
            } => {
                let t = app.set_time_limit(&TimeLimitInputDto {
                    institution,
                    code,
                    days,
                    months,
                    effective_from: from,
                    verification,
                    source,
                })?;
                render(json, &t, |t| {
                    let period = match (t.days, t.months) {
                        (Some(d), _) => format!("{d} d"),
                        (_, Some(mo)) => format!("{mo} m"),
                        _ => String::new(),
                    };
                    out!(
                        "{} {} {period} from {} [{}]",
                        t.institution,
                        t.code,
                        t.effective_from,
                        t.verification
                    )
                })?;
            }
        },
        Command::Deadline { command } => match command {
            DeadlineCommand::Compute {
                rule,
                from,
                days,
                months,
                receipt,
                json,
            } => {
                let d = app.compute_deadline(&DeadlineInputDto {
                    rule,
                    trigger: from,
                    days,
                    months,
                    receipt,
                })?;
                if json {
                    print_json(&d)?;
                } else {
                    out!(
                        "{} {}  ({} · {})",
                        l.pick("Due", "期限届满日", "期限屆滿日"),
                        d.due,
                        d.rule.code,
                        d.rule.version
                    );
                    for (i, s) in d.steps.iter().enumerate() {
                        out!("  {}. {}", i + 1, s.text);
                    }
                    if let Some(e) = &d.estimate {
                        out!("  ~ {}", e.note);
                    }
                    out!(
                        "  {}: {} ({})",
                        l.pick("Rule", "规则", "規則"),
                        d.rule.source,
                        d.rule.verification
                    );
                }
            }
            DeadlineCommand::List { json } => {
                let list = app.list_case_deadlines()?;
                render(json, &list, |list| table::deadlines(l, list))?;
            }
            DeadlineCommand::Override {
                id,
                date,
                reason,
                json,
            } => {
                let d = app.override_deadline(&id, &date, &reason)?;
                if json {
                    print_json(&d)?;
                } else {
                    out!(
                        "{} {} → {} ({})",
                        d.case_reference,
                        d.computed_due,
                        d.due,
                        reason
                    );
                }
            }
            DeadlineCommand::Rules { json } => {
                let rules = app.rule_sets();
                if json {
                    print_json(&rules)?;
                } else {
                    for r in rules {
                        let title = if l.prefers_chinese() {
                            &r.title.zh
                        } else {
                            &r.title.en
                        };
                        out!(
                            "{:<20} {:<18} {} {}  [{}]",
                            r.code,
                            r.version,
                            r.effective_from,
                            title,
                            r.verification
                        );
                    }
                }
            }
        },
        Command::Holidays { command } => match command {
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
            } => holidays::import(
                app,
                l,
                holidays::ImportRequest {
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
            } => {
                app.set_holiday(&calendar, &date, &kind, &name_en, &name_zh, &reason)?;
                out!("{}", app.is_working_day(&calendar, &date)?.explanation);
            }
            HolidaysCommand::Closure {
                date,
                name_en,
                name_zh,
            } => {
                app.add_closure_day(&date, &name_en, &name_zh)?;
                out!("{date}");
            }
            HolidaysCommand::IsWorking {
                calendar,
                date,
                json,
            } => {
                let d = app.is_working_day(&calendar, &date)?;
                render(json, &d, |d| out!("{}", d.explanation))?;
            }
        },
        Command::Weather { command } => match command {
            WeatherCommand::Add {
                kind,
                from,
                to,
                note,
                yes,
                json,
            } => {
                let w = app.add_weather(&WeatherInputDto {
                    kind,
                    start: from,
                    end: to,
                    note,
                    confirm: yes,
                })?;
                if json {
                    print_json(&w)?;
                } else {
                    out!(
                        "{} {} → {} (Hong Kong)",
                        w.kind,
                        w.starts_hk.replace('T', " "),
                        w.ends_hk.replace('T', " ")
                    );
                }
            }
            WeatherCommand::List { json } => {
                let list = app.list_weather()?;
                if json {
                    print_json(&list)?;
                } else {
                    for w in list {
                        out!(
                            "{:<20} {} → {}  {}",
                            w.kind,
                            w.starts_hk.replace('T', " "),
                            w.ends_hk.replace('T', " "),
                            w.note
                        );
                    }
                }
            }
        },
        Command::Venues { command } => venues::venues(app, l, command)?,
        Command::Hearings { command } => hearings::hearings(app, l, command)?,
        Command::Slots { command } => hearings::slots(app, l, command)?,
        Command::Ics { command } => hearings::ics(app, l, command)?,
        Command::Backup { command } => settings::backup(app, l, command)?,
        Command::Prep { command } => prep::prep(app, l, command)?,
        Command::Docs { command } => prep::docs(app, command)?,
        Command::Bundle { command } => prep::bundle(app, command)?,
        Command::Notes { command } => prep::notes(app, command)?,
        Command::Search { text, json } => prep::search(app, &text, json)?,
        Command::Package { command } => prep::package(app, command)?,
    }
    Ok(())
}

/// A case's stages, deadlines (with their explanations) and audit trail, for the terminal.
fn show_case(l: Locale, d: &CaseDetailDto) {
    let c = &d.case;
    out!(
        "{}  {}",
        c.reference,
        if l.prefers_chinese() {
            &c.title.zh
        } else {
            &c.title.en
        }
    );
    out!(
        "{} {} · {} · {}{}",
        d.institution,
        c.filed_on,
        c.stage_label,
        d.procedure,
        d.amount
            .as_ref()
            .map(|a| format!(" · {} {a}", d.currency.clone().unwrap_or_default()))
            .unwrap_or_default()
    );
    if let Some(r) = &d.rules {
        out!(
            "{}: {} ({} {}; {})",
            l.pick("Rules", "规则", "規則"),
            table::term(l, &r.name),
            l.pick("in force from", "施行日期", "施行日期"),
            r.effective_from,
            r.verification
        );
    }
    out!("");
    for s in &d.stages {
        let mark = match s.state {
            docket_app::dto::StageStateDto::Done => "✓",
            docket_app::dto::StageStateDto::Current => "▶",
            docket_app::dto::StageStateDto::Upcoming => "·",
        };
        out!(
            "  {mark} {:<12} {}",
            s.date.clone().unwrap_or_default(),
            s.label
        );
    }
    if let Some(next) = &d.next_stage {
        out!(
            "  {}: docket cases advance {} --to {next} --on YYYY-MM-DD",
            l.pick("next", "下一步", "下一步"),
            c.reference
        );
    }
    for dl in &d.deadlines {
        out!("");
        let name = table::term(l, &dl.name);
        out!("  {}  {name}  [{}]", dl.due, dl.rule.version);
        if let Some(reason) = &dl.override_reason {
            out!(
                "    {} {} → {} ({reason})",
                l.pick("overridden:", "已人工调整：", "已人工調整："),
                dl.computed_due,
                dl.due
            );
        }
        if let Some(changed) = &dl.recomputed_due {
            out!(
                "    {} {changed}",
                l.pick(
                    "calendars changed; now computes to",
                    "日历已变更，现计算为",
                    "日曆已變更，現計算為"
                )
            );
        }
        if let Some(p) = &dl.provisional {
            out!("    {p}");
        }
        if let Some(e) = &dl.estimate {
            out!("    ~ {}", e.note);
        }
        for s in dl.steps.iter() {
            out!("    - {}", s.text);
        }
    }
}

/// Prints `value` as JSON, or as `human` shows it.
pub(crate) fn render<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce(&T),
) -> Result<(), AppError> {
    if json {
        print_json(value)
    } else {
        human(value);
        Ok(())
    }
}

pub(crate) fn print_json<T: Serialize>(value: &T) -> Result<(), AppError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| AppError::Internal {
        detail: e.to_string(),
    })?;
    out!("{text}");
    Ok(())
}

/// Writes a line to stdout and exits quietly if the reader has gone away.
pub(crate) fn emit(line: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{line}").is_err() {
        std::process::exit(0);
    }
}

/// Prints the error in the clerk's language on stderr and chooses the exit code: 2 for refused
/// input, 1 for everything else.
fn fail(locale: Locale, e: AppError) -> ExitCode {
    if let AppError::Internal { detail } | AppError::DatabaseUnavailable { reason: detail, .. } = &e
    {
        eprintln!("docket: {detail}");
    }
    let payload = docket_app::dto::ErrorPayload::new(locale, e);
    let prefix = locale.pick("error", "错误", "錯誤");
    eprintln!("{prefix}: {}", payload.message);
    if let Some(hint) = holidays::hint(locale, &payload.error) {
        eprintln!("{hint}");
    }
    if let AppError::Unconfirmed { .. } = payload.error {
        eprintln!(
            "{}",
            locale.pick(
                "To keep the value, run the command again with --yes.",
                "如确需保留，请加 --yes 重新运行该命令。",
                "如確需保留，請加 --yes 重新執行該命令。",
            )
        );
    }
    match payload.error {
        AppError::Validation { .. }
        | AppError::NonexistentLocalTime { .. }
        | AppError::AmbiguousLocalTime { .. }
        | AppError::Conflict { .. }
        | AppError::NotFound { .. }
        | AppError::NoHolidayData { .. }
        | AppError::MoveRefused { .. }
        | AppError::ImportRefused { .. }
        | AppError::HolidayImportRefused { .. }
        | AppError::HolidayYearUnconfirmed { .. }
        | AppError::Unconfirmed { .. }
        | AppError::PackageRefused { .. }
        | AppError::BackupRefused { .. }
        | AppError::ExportRefused { .. }
        | AppError::FileUnreadable { .. } => ExitCode::from(2),
        _ => ExitCode::from(1),
    }
}

/// The language of the environment (`BAY_DOCKET_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`).
fn env_locale() -> Locale {
    ["BAY_DOCKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find_map(|v| Locale::parse(&v))
        .unwrap_or_default()
}
