//! A throwaway PostgreSQL cluster for the centre-server tests: `initdb` in a fresh directory (under
//! `target/pg`, or under the system's temporary directory when it runs as the `postgres` system user,
//! who may not reach into the checkout), started on a free loopback port with a private socket
//! directory, stopped and removed when the tests end. PostgreSQL refuses to run as root, so the test
//! command runs it as `postgres` when it is root itself.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    data: PathBuf,
    as_postgres: bool,
    /// The administrator's URL (`postgres://postgres@127.0.0.1:PORT/postgres`).
    pub url: String,
}

/// The directory of the newest installed server's programs, if any.
fn server_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| {
            let e = e.ok()?;
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, b)| b)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?.port())
}

impl Cluster {
    fn run(&self, program: &str, args: &[&str]) -> Result<()> {
        let exe = self.bin.join(program);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        let out = cmd
            .args(args)
            .output()
            .with_context(|| format!("cannot run {program}"))?;
        if !out.status.success() {
            bail!(
                "{program} failed: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }

    /// Starts a fresh cluster, or says why there is none (no PostgreSQL installed).
    pub fn start(root: &Path) -> Result<Option<Cluster>> {
        let Some(bin) = server_bin() else {
            println!(
                "NOTICE: no PostgreSQL server is installed; the centre-server tests are skipped."
            );
            return Ok(None);
        };
        let as_postgres = is_root();
        let dir = if as_postgres {
            std::env::temp_dir().join(format!("bay-docket-pg-{}", std::process::id()))
        } else {
            root.join("target/pg")
        };
        if dir.exists() {
            std::fs::remove_dir_all(&dir).ok();
        }
        let data = dir.join("data");
        let sock = dir.join("sock");
        std::fs::create_dir_all(&sock)?;
        // Over TCP every login needs its password (the clerks' tests depend on it); the socket in the
        // private directory is trusted for the administrator's own tools.
        let pwfile = dir.join("pwfile");
        std::fs::write(&pwfile, "throwaway\n")?;
        if as_postgres {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)
                .status()?;
            if !status.success() {
                bail!("cannot hand {} to the postgres user", dir.display());
            }
        }
        let port = free_port()?;
        let c = Cluster {
            bin,
            dir: dir.clone(),
            data: data.clone(),
            as_postgres,
            url: format!("postgres://postgres:throwaway@127.0.0.1:{port}/postgres"),
        };
        let d = data.to_string_lossy().into_owned();
        let pw = format!("--pwfile={}", pwfile.display());
        c.run(
            "initdb",
            &[
                "-D",
                &d,
                "-U",
                "postgres",
                &pw,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )?;
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            sock.display()
        );
        let log = dir.join("server.log").to_string_lossy().into_owned();
        c.run(
            "pg_ctl",
            &["-D", &d, "-o", &opts, "-l", &log, "-w", "start"],
        )?;
        Ok(Some(c))
    }

    pub fn stop(&self) {
        let d = self.data.to_string_lossy().into_owned();
        let _ = self.run("pg_ctl", &["-D", &d, "-m", "fast", "-w", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }

    /// Starts a cluster, or — when PostgreSQL is missing or will not start here — says so plainly and
    /// lets the tests skip, rather than stopping the whole test command.
    pub fn start_or_notice(root: &Path) -> Option<Cluster> {
        match Cluster::start(root) {
            Ok(c) => c,
            Err(e) => {
                println!(
                    "NOTICE: the throwaway PostgreSQL cluster did not start ({e:#}); the centre-server tests are skipped."
                );
                None
            }
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}
