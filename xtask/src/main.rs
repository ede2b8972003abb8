//! `cargo xtask`: Bay Docket's automation. `run` sets up a fresh machine and launches the app; `test`
//! sets up and runs every test layer, printing how long each phase took; `codegen` regenerates the
//! TypeScript bindings and the table of commands; `tidy` checks the architecture's invariants.

mod commands;
mod pg;
mod phases;
mod setup;
mod tidy;

use anyhow::{Context, Result, bail};
use phases::Phases;
use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str = "\
cargo xtask <command>

  run [--release] [-- APP-ARGS]   install what is missing, build the UI and the app, open the window
  test                            install what is missing, then run every test layer
  e2e                             only the WebDriver end-to-end tests (after `test` or `run`)
  codegen [--check]               regenerate (or check) the TypeScript bindings of the DTOs and, from the
                                  shell's #[tauri::command] functions, the command table, capability
                                  file and the UI's typed commands (`--commands`: only those, no build)
  tidy                            check the architecture's invariants
  setup                           install the Debian and npm packages the build and tests need";

fn main() {
    if let Err(e) = real_main() {
        eprintln!("xtask: {e:#}");
        std::process::exit(1);
    }
}

fn real_main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root()?;
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("run") => run(&root, &args[1..]),
        Some("test") => test(&root),
        Some("e2e") => {
            let mut p = Phases::new();
            let bin = build_app(&root, &mut p, false)?;
            e2e(&root, &mut p, &bin)?;
            p.finish()
        }
        Some("codegen") if args.get(1).map(String::as_str) == Some("--commands") => {
            commands::write_or_check(&root, false).map(|_| ())
        }
        Some("codegen") => codegen(args.get(1).map(String::as_str) == Some("--check")),
        Some("tidy") => tidy::check(&root),
        Some("setup") => {
            let mut p = Phases::new();
            setup::all(&root, &mut p, setup::Need::Test)?;
            p.finish()
        }
        _ => {
            println!("{USAGE}");
            Ok(())
        }
    }
}

fn workspace_root() -> Result<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map(Path::to_path_buf)
        .context("xtask must live one level below the workspace root")
}

/// Runs a command in `dir`, failing with its name if it fails.
pub fn sh(dir: &Path, program: &str, args: &[&str]) -> Result<()> {
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .with_context(|| format!("cannot start {program}"))?;
    if !status.success() {
        bail!("`{program} {}` failed ({status})", args.join(" "));
    }
    Ok(())
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn build_ui(root: &Path, p: &mut Phases) -> Result<()> {
    p.run("build the UI (vite)", || {
        sh(&root.join("ui"), "npm", &["run", "--silent", "build"])
    })
}

fn build_app(root: &Path, p: &mut Phases, release: bool) -> Result<PathBuf> {
    build_ui(root, p)?;
    let mut args = vec!["build", "-p", "bay-docket"];
    if release {
        args.push("--release");
    }
    p.run("build the desktop app (cargo)", || {
        sh(root, &cargo(), &args)
    })?;
    let bin = root
        .join("target")
        .join(if release { "release" } else { "debug" })
        .join("bay-docket");
    Ok(bin)
}

fn run(root: &Path, args: &[String]) -> Result<()> {
    let release = args.iter().any(|a| a == "--release");
    let app_args: Vec<&String> = args.iter().skip_while(|a| *a != "--").skip(1).collect();
    let mut p = Phases::new();
    let headless =
        std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none();
    setup::all(
        root,
        &mut p,
        if headless {
            setup::Need::RunHeadless
        } else {
            setup::Need::Run
        },
    )?;
    let bin = build_app(root, &mut p, release)?;
    p.summary();
    println!("Launching {} …", bin.display());
    let mut cmd = if headless {
        println!("No display found: the window opens on a virtual X server (xvfb-run).");
        let mut c = Command::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x800x24"]).arg(&bin);
        c
    } else {
        Command::new(&bin)
    };
    let status = cmd
        .args(app_args)
        .status()
        .context("cannot launch Bay Docket")?;
    if !status.success() {
        bail!("Bay Docket exited with {status}");
    }
    Ok(())
}

fn test(root: &Path) -> Result<()> {
    let mut p = Phases::new();
    setup::all(root, &mut p, setup::Need::Test)?;
    build_ui(root, &mut p)?;
    p.run("rustfmt --check", || {
        sh(root, &cargo(), &["fmt", "--all", "--check"])
    })?;
    p.run("tidy (architecture invariants)", || tidy::check(root))?;
    p.run("clippy -D warnings", || {
        sh(
            root,
            &cargo(),
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    // One build of every target with the workspace's unified features: the tests and the end-to-end
    // run then share its artifacts (building `-p bay-docket` alone would resolve features differently
    // and compile the dependencies a second time).
    p.run("build the workspace and the desktop app (cargo)", || {
        sh(root, &cargo(), &["build", "--workspace", "--all-targets"])
    })?;
    // The centre-server tests need a PostgreSQL cluster: a throwaway one, started here and stopped
    // when the tests end (they skip with a notice when there is none).
    let cluster = pg::Cluster::start_or_notice(root);
    let pg_url = cluster.as_ref().map(|c| c.url.clone()).unwrap_or_default();
    p.run_counted("Rust unit and integration tests", || {
        phases::counted_env(
            root,
            &cargo(),
            &["test", "--workspace"],
            &[("BAY_DOCKET_TEST_PG", pg_url.as_str())],
        )
    })?;
    drop(cluster);
    let ui = root.join("ui");
    p.run("UI type check (svelte-check, tsc)", || {
        sh(&ui, "npm", &["run", "--silent", "check"])
    })?;
    p.run("UI lint (eslint)", || {
        sh(&ui, "npm", &["run", "--silent", "lint"])
    })?;
    p.run_counted("UI unit tests (vitest)", || {
        phases::counted(&ui, "npm", &["test", "--silent"])
    })?;
    p.run_counted(
        "iCalendar interop (python icalendar, khal, ical.js, libical)",
        || {
            let out = root.join("target/interop");
            let out_s = out.to_string_lossy().into_owned();
            sh(
                root,
                &cargo(),
                &[
                    "run",
                    "-q",
                    "-p",
                    "docket-ics",
                    "--example",
                    "scenario",
                    "--",
                    &out_s,
                ],
            )?;
            // Debian's interpreter: the engines are Debian packages, whatever python is first on PATH.
            // The real-world fixtures beside the checkout (skipped with a notice when absent).
            let fixtures = root
                .join("../shared/fixtures/ics")
                .to_string_lossy()
                .into_owned();
            let expand = root
                .join("target/debug/examples/expand")
                .to_string_lossy()
                .into_owned();
            // python icalendar 7 with the current `tzdata` from PyPI (resolving TZIDs by name).
            let engine = setup::interop_venv(root)?;
            let engine = engine.to_string_lossy().into_owned();
            phases::counted_env(
                root,
                "/usr/bin/python3",
                &["tests/interop/engines.py", &out_s, &fixtures, &expand],
                &[("DOCKET_PY_ENGINE", engine.as_str())],
            )
        },
    )?;
    // The estimated holiday years against python-holidays (ADR 0018); skipped with a notice when
    // python or the package index is unavailable.
    p.run_counted("holiday estimates (python-holidays)", || {
        phases::counted(root, "sh", &["tests/oracle/run.sh"])
    })?;
    e2e(root, &mut p, &root.join("target/debug/bay-docket"))?;
    p.finish()
}

fn e2e(root: &Path, p: &mut Phases, bin: &Path) -> Result<()> {
    let driver = setup::tauri_driver(root)?;
    let dir = root.join("tests/e2e");
    let bin = bin.to_string_lossy().into_owned();
    let driver = driver.to_string_lossy().into_owned();
    p.run_counted("end-to-end (WebDriver, Xvfb)", || {
        phases::counted_env(
            &dir,
            "xvfb-run",
            &["-a", "-s", "-screen 0 1280x800x24", "node", "run.mjs"],
            &[
                ("BAY_DOCKET_APP", bin.as_str()),
                ("TAURI_DRIVER", driver.as_str()),
                ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
            ],
        )
    })
}

fn codegen(check: bool) -> Result<()> {
    let root = workspace_root()?;
    let mut cmd = Command::new(cargo());
    cmd.args(["test", "-q", "-p", "docket-app", "--lib", "bindings::"])
        .current_dir(&root);
    if !check {
        cmd.env("UPDATE_BINDINGS", "1");
    }
    let status = cmd.status()?;
    if !status.success() {
        bail!(
            "TypeScript bindings are stale: run `cargo xtask codegen` and commit ui/src/lib/ipc/bindings"
        );
    }
    let stale = commands::write_or_check(&root, check)?;
    if !stale.is_empty() {
        bail!(
            "generated files are stale: {}; run `cargo xtask codegen` and commit them",
            stale.join(", ")
        );
    }
    println!(
        "{}",
        if check {
            "bindings and the command table are up to date"
        } else {
            "bindings and the command table written"
        }
    );
    Ok(())
}
