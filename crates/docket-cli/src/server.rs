//! `docket server init | add-clerk | check`: the centre server on PostgreSQL, run by the centre's
//! administrator (ADR 0029). These commands need no local database; they talk to the server only.

use clap::Subcommand;
use docket_app::Locale;
use docket_server::{
    SCHEMA_VERSION, ServerError, add_clerk, check_login, connect, init, live_overlaps,
    schema_version,
};
use std::io::BufRead;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Install or upgrade the schema, the clerks' role and the server-side rules (run once, as the
    /// server's administrator; running it again applies only what is new).
    Init {
        /// postgres://admin@127.0.0.1:5432/centre (the password from PGPASSWORD or the URL).
        #[arg(long)]
        url: String,
    },
    /// Create a clerk's login (or change its password): it reads and writes the centre's data and
    /// nothing else. The password is read from BAY_DOCKET_CLERK_PASSWORD, else from standard input.
    AddClerk {
        /// Lower-case letters, digits and underscores (chan_mei).
        login: String,
        #[arg(long)]
        url: String,
    },
    /// Connect and report the schema version and whether the booking rules hold.
    Check {
        #[arg(long)]
        url: String,
    },
}

/// A server error as a sentence in the clerk's language, and its exit code (2 for a refusal).
fn say(l: Locale, e: &ServerError) -> (String, u8) {
    match e {
        ServerError::Address(why) => (
            match l {
                Locale::En => format!("That is not a PostgreSQL address Bay Docket can use: {why}"),
                Locale::ZhHans => format!("这不是 Bay Docket 可用的 PostgreSQL 地址：{why}"),
                Locale::ZhHant => format!("這不是 Bay Docket 可用的 PostgreSQL 地址：{why}"),
            },
            2,
        ),
        ServerError::RemoteWithoutTls(host) => (
            match l {
                Locale::En => format!(
                    "The server {host} is not on this computer. This version connects only to a server on this computer; connections to another host need TLS, which comes next."
                ),
                Locale::ZhHans => format!(
                    "服务器 {host} 不在本机。此版本只连接本机的服务器；连接其他主机需要 TLS，将于下一步提供。"
                ),
                Locale::ZhHant => format!(
                    "伺服器 {host} 不在本機。此版本只連接本機的伺服器；連接其他主機需要 TLS，將於下一步提供。"
                ),
            },
            2,
        ),
        ServerError::LoginName(name) => (
            match l {
                Locale::En => format!(
                    "“{name}” cannot be a clerk's login: use lower-case letters, digits and underscores (chan_mei)."
                ),
                Locale::ZhHans => format!(
                    "“{name}”不能作为书记的登录名：请用小写字母、数字和下划线（chan_mei）。"
                ),
                Locale::ZhHant => format!(
                    "「{name}」不能作為書記的登入名稱：請用小寫字母、數字和底線（chan_mei）。"
                ),
            },
            2,
        ),
        ServerError::RoomTaken {
            hearing,
            case_reference,
        }
        | ServerError::NeutralBusy {
            hearing,
            case_reference,
        } => (
            match l {
                Locale::En => {
                    format!("Refused: hearing {hearing} of {case_reference} holds that time.")
                }
                Locale::ZhHans => {
                    format!("已拒绝：{case_reference} 的聆讯 {hearing} 已占用该时段。")
                }
                Locale::ZhHant => {
                    format!("已拒絕：{case_reference} 的聆訊 {hearing} 已佔用該時段。")
                }
            },
            2,
        ),
        ServerError::Postgres(e) => (
            match l {
                Locale::En => format!("The server refused or could not be reached: {e}"),
                Locale::ZhHans => format!("服务器拒绝或无法连接：{e}"),
                Locale::ZhHant => format!("伺服器拒絕或無法連接：{e}"),
            },
            1,
        ),
    }
}

fn password() -> Result<String, std::io::Error> {
    if let Ok(p) = std::env::var("BAY_DOCKET_CLERK_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Runs one `docket server` command; prints the outcome and returns the exit code.
pub fn run(l: Locale, command: ServerCommand) -> ExitCode {
    let outcome = (|| -> Result<String, ServerError> {
        match command {
            ServerCommand::Init { url } => {
                let mut c = connect(&url)?;
                let applied = init(&mut c)?;
                Ok(if applied.is_empty() {
                    l.pick(
                        "The centre server's schema is current; nothing was changed.",
                        "中心服务器的结构已是最新；未作更改。",
                        "中心伺服器的結構已是最新；未作更改。",
                    )
                    .to_owned()
                } else {
                    match l {
                        Locale::En => {
                            format!("Installed on the centre server: {}.", applied.join(", "))
                        }
                        Locale::ZhHans => format!("已安装到中心服务器：{}。", applied.join("、")),
                        Locale::ZhHant => format!("已安裝到中心伺服器：{}。", applied.join("、")),
                    }
                })
            }
            ServerCommand::AddClerk { login, url } => {
                check_login(&login)?;
                let mut c = connect(&url)?;
                let pw = password().map_err(|e| ServerError::Address(e.to_string()))?;
                if pw.is_empty() {
                    return Err(ServerError::Address(
                        l.pick("an empty password", "密码为空", "密碼為空")
                            .to_owned(),
                    ));
                }
                add_clerk(&mut c, &login, &pw)?;
                Ok(match l {
                    Locale::En => format!("{login} can now sign in to the centre server."),
                    Locale::ZhHans => format!("{login} 现可登录中心服务器。"),
                    Locale::ZhHant => format!("{login} 現可登入中心伺服器。"),
                })
            }
            ServerCommand::Check { url } => {
                let mut c = connect(&url)?;
                let v = schema_version(&mut c)?;
                let overlaps = if v > 0 { live_overlaps(&mut c)? } else { 0 };
                Ok(match l {
                    Locale::En => format!(
                        "Schema version {v} (this build installs {SCHEMA_VERSION}); overlapping live hearings: {overlaps}."
                    ),
                    Locale::ZhHans => format!(
                        "结构版本 {v}（此版本安装 {SCHEMA_VERSION}）；时间重叠的有效聆讯：{overlaps}。"
                    ),
                    Locale::ZhHant => format!(
                        "結構版本 {v}（此版本安裝 {SCHEMA_VERSION}）；時間重疊的有效聆訊：{overlaps}。"
                    ),
                })
            }
        }
    })();
    match outcome {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let (sentence, code) = say(l, &e);
            eprintln!("docket: {sentence}");
            ExitCode::from(code)
        }
    }
}
