//! `docket init | info | language | settings | demo | backup`: the database and what it runs on, the
//! saved interface language, the clerk's name, demo data, and backups of the database and its
//! documents (and restoring one).

use crate::output::{print_json, render};
use crate::table;
use clap::Subcommand;
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show or set your name, recorded with every change you make and shown in the case history.
    Clerk {
        /// Your name (one line, up to 80 characters); without it, the name now set is shown.
        name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Load 40 neutrals, 22 cases and 60 hearings into an empty database.
    Load,
    /// Take out exactly what the demo added, leaving the clerk's own records.
    Remove {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Write a verified backup (default: `backups/` beside the database).
    Create {
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Check a backup without changing anything.
    Verify {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Replace the data with a backup (the current data is kept as a `before-restore-` backup).
    Restore {
        file: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The backups beside the database, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
}

/// `docket init`: creates the database (or migrates it) and says where it is and what it holds.
pub fn init(app: &mut App, l: Locale) -> Result<(), AppError> {
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
    Ok(())
}

/// `docket info`: versions (the app, the tz database, SQLite, the schema), the database, and the
/// holiday years loaded.
pub fn info(app: &mut App, l: Locale, json: bool) -> Result<(), AppError> {
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
    Ok(())
}

/// `docket language [TAG]`: shows the interface language, or saves a new one.
pub fn language(app: &mut App, tag: Option<String>) -> Result<(), AppError> {
    match tag {
        Some(tag) => {
            let s = app.set_language(&tag)?;
            out!("{}", s.language.map(|l| l.tag()).unwrap_or("en"));
        }
        None => out!("{}", app.locale().tag()),
    }
    Ok(())
}

/// `docket settings clerk [NAME]`: shows the clerk's name, or keeps a new one.
pub fn settings(app: &mut App, l: Locale, command: SettingsCommand) -> Result<(), AppError> {
    match command {
        SettingsCommand::Clerk { name: Some(name) } => {
            let s = app.set_clerk_name(&name)?;
            out!("{}", s.clerk_name.unwrap_or_default());
        }
        SettingsCommand::Clerk { name: None } => match app.clerk_name()? {
            Some(name) => out!("{name}"),
            None => eprintln!(
                "{}",
                l.pick(
                    "No name is set yet. To set yours: docket settings clerk NAME",
                    "尚未设置姓名。如需设置：docket settings clerk 姓名",
                    "尚未設定姓名。如需設定：docket settings clerk 姓名",
                )
            ),
        },
    }
    Ok(())
}

/// `docket demo load`.
pub fn demo(app: &mut App, l: Locale, command: DemoCommand) -> Result<(), AppError> {
    match command {
        DemoCommand::Remove { json } => {
            let r = app.remove_demo()?;
            crate::output::render(json, &r, |r| {
                out!("{}", r.message);
            })?;
        }
        DemoCommand::Load => {
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
    }
    Ok(())
}

fn backup_line(l: Locale, b: &docket_app::dto::BackupDto) {
    crate::output::emit(&format!(
        "{}  {} {} · {} {} · {} {} · {} {} · {} KB",
        b.path,
        b.neutrals,
        l.pick("neutrals", "名人选", "名人選"),
        b.cases,
        l.pick("cases", "宗案件", "宗案件"),
        b.hearings,
        l.pick("hearings", "场庭审", "場聆訊"),
        b.documents,
        l.pick("documents", "份文件", "份文件"),
        b.bytes / 1024
    ));
}

pub fn backup(app: &mut App, l: Locale, command: BackupCommand) -> Result<(), AppError> {
    match command {
        BackupCommand::Create { dir, json } => {
            let b = app.create_backup(dir.as_deref(), "")?;
            render(json, &b, |b| backup_line(l, b))
        }
        BackupCommand::Verify { file, json } => {
            let b = app.verify_backup(&file)?;
            render(json, &b, |b| backup_line(l, b))
        }
        BackupCommand::Restore { file, json } => {
            let b = app.restore_backup(&file)?;
            render(json, &b, |b| backup_line(l, b))
        }
        BackupCommand::List { json } => {
            let list = app.list_backups()?;
            render(json, &list, |list| {
                for b in list {
                    backup_line(l, b);
                }
            })
        }
    }
}
