//! `docket backup`: backups of the database and its documents, and restoring one.

use crate::output::render;
use clap::Subcommand;
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Load 40 neutrals, 22 cases and 60 hearings into an empty database.
    Load,
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
