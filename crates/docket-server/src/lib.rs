//! The centre server on PostgreSQL: the schema, the clerks' role and the rules that must hold across
//! clerks, installed once by the centre's administrator (`docket server init`), and the first
//! operations on it — adding a clerk's login and booking a hearing, where PostgreSQL itself refuses a
//! room or a neutral taken at an overlapping time and the refusal names the hearing that won.
//!
//! There is no server process of Bay Docket's own: the app talks to PostgreSQL directly (ADR 0029).
//! This build connects only on this machine (a loopback address or a Unix socket); connections to
//! another host need TLS with full verification, which is the next step.

mod booking;
mod migrate;

pub use booking::{NewHearing, book_hearing, live_overlaps};
pub use migrate::{SCHEMA_VERSION, init};

use postgres::{Client, NoTls};

/// What went wrong with the centre server, in terms the command line turns into sentences.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The URL is not a PostgreSQL URL this build accepts.
    #[error("not a usable server address: {0}")]
    Address(String),
    /// The server is not on this machine and this build has no TLS yet.
    #[error(
        "the server at {0} is not on this machine; connections to another host need TLS, which this build does not have yet"
    )]
    RemoteWithoutTls(String),
    /// The room is taken at an overlapping time by another live hearing.
    #[error("the room is taken by hearing {hearing} ({case_reference})")]
    RoomTaken {
        hearing: String,
        case_reference: String,
    },
    /// A neutral sits in another live hearing at an overlapping time.
    #[error("the neutral sits in hearing {hearing} ({case_reference}) at that time")]
    NeutralBusy {
        hearing: String,
        case_reference: String,
    },
    /// A login name that PostgreSQL would have to quote, or that is reserved.
    #[error("not a usable login name: {0}")]
    LoginName(String),
    /// The server refused the statement (permissions, constraints, a lost connection).
    #[error("the server refused: {0}")]
    Postgres(#[from] postgres::Error),
}

/// Whether `host` names this machine: a loopback address, `localhost`, or a Unix socket directory.
fn is_local(host: &str) -> bool {
    host.starts_with('/')
        || host == "localhost"
        || host == "::1"
        || host == "[::1]"
        || host.starts_with("127.")
}

/// Connects to the server at `url` (`postgres://login@127.0.0.1:5432/centre`), on this machine only.
pub fn connect(url: &str) -> Result<Client, ServerError> {
    let config: postgres::Config = url
        .parse()
        .map_err(|e: postgres::Error| ServerError::Address(e.to_string()))?;
    for host in config.get_hosts() {
        let name = match host {
            postgres::config::Host::Tcp(h) => h.clone(),
            postgres::config::Host::Unix(p) => p.to_string_lossy().into_owned(),
        };
        if !is_local(&name) {
            return Err(ServerError::RemoteWithoutTls(name));
        }
    }
    Ok(config.connect(NoTls)?)
}

/// Creates (or updates the password of) a clerk's login, a member of `bay_docket_clerk`: it can read
/// and write the application's data and nothing else. Run by the administrator.
pub fn add_clerk(admin: &mut Client, login: &str, password: &str) -> Result<(), ServerError> {
    check_login(login)?;
    // The login is checked to letters, digits and underscores; the password travels as a
    // literal PostgreSQL quotes itself.
    let quoted: String = admin
        .query_one("SELECT quote_literal($1::text)", &[&password])?
        .get(0);
    let exists: bool = admin
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&login],
        )?
        .get(0);
    let verb = if exists { "ALTER" } else { "CREATE" };
    admin.batch_execute(&format!(
        "{verb} ROLE {login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {quoted};
         GRANT bay_docket_clerk TO {login};"
    ))?;
    Ok(())
}

/// The schema version installed on the server (0 before `init`), readable by every clerk.
pub fn schema_version(client: &mut Client) -> Result<i32, ServerError> {
    let installed: bool = client
        .query_one(
            "SELECT to_regprocedure('docket.schema_version()') IS NOT NULL",
            &[],
        )?
        .get(0);
    if !installed {
        return Ok(0);
    }
    Ok(client
        .query_one("SELECT docket.schema_version()", &[])?
        .get(0))
}

/// Refuses a login name PostgreSQL would have to quote, or a reserved one.
pub fn check_login(login: &str) -> Result<(), ServerError> {
    let ok = !login.is_empty()
        && login.len() <= 63
        && login
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !login.starts_with("pg_")
        && login != "bay_docket_clerk";
    if ok {
        Ok(())
    } else {
        Err(ServerError::LoginName(login.to_owned()))
    }
}
