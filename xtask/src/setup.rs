//! Installs what a fresh Debian or Ubuntu machine lacks: the WebKitGTK/GTK development packages, a
//! virtual X server and WebKitWebDriver for tests, the npm packages, and `tauri-driver`.

use crate::phases::Phases;
use crate::sh;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the caller is about to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Build and open the window on the user's display.
    Run,
    /// Build and open the window on a virtual display (no DISPLAY set).
    RunHeadless,
    /// Build and run every test layer, including WebDriver tests under Xvfb.
    Test,
}

/// Needed to compile the desktop shell (Tauri on WebKitGTK).
const BUILD: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libsoup-3.0-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libxdo-dev",
    "libssl-dev",
    "build-essential",
    "pkg-config",
    "file",
];

/// A virtual display, a font with Chinese glyphs so screenshots show every language, and ImageMagick's
/// `import`, which takes the end-to-end screenshots.
const HEADLESS: &[&str] = &["xvfb", "xauth", "fonts-wqy-microhei", "imagemagick"];

/// The WebDriver server for WebKitGTK (`/usr/bin/WebKitWebDriver`), and the independent iCalendar
/// engines the interop check expands our files with (python icalendar + recurring-ical-events, khal,
/// libical through GObject introspection; ical.js comes from npm), and the PostgreSQL server the
/// centre-server tests start a throwaway cluster of.
const TEST: &[&str] = &[
    "webkit2gtk-driver",
    "python3",
    "python3-gi",
    "python3-icalendar",
    "python3-recurring-ical-events",
    "khal",
    "gir1.2-ical-3.0",
    "postgresql",
];

pub fn all(root: &Path, p: &mut Phases, need: Need) -> Result<()> {
    let mut packages: Vec<&str> = BUILD.to_vec();
    if need != Need::Run {
        packages.extend_from_slice(HEADLESS);
    }
    if need == Need::Test {
        packages.extend_from_slice(TEST);
    }
    p.run("system packages (apt)", || system_packages(&packages))?;
    p.run("npm packages (npm ci)", || {
        npm_ci(&root.join("ui"))?;
        if need == Need::Test {
            npm_ci(&root.join("tests/e2e"))?;
        }
        Ok(())
    })?;
    if need == Need::Test {
        p.run("tauri-driver", || tauri_driver(root).map(|_| ()))?;
    }
    Ok(())
}

fn system_packages(packages: &[&str]) -> Result<()> {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        println!(
            "Not a Debian-family system: make sure these (or your distribution's equivalents) are installed:\n  {}",
            packages.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        println!("all {} Debian packages present", packages.len());
        return Ok(());
    }
    println!("installing: {}", missing.join(" "));
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| -> Result<()> {
        let mut cmd = if root_user {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        let status = cmd
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .context("cannot run apt-get")?;
        if !status.success() {
            bail!("apt-get {} failed ({status})", args.join(" "));
        }
        Ok(())
    };
    apt(&["update", "-qq"])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    apt(&args)
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

/// `npm ci` when `node_modules` is missing or older than the lockfile.
fn npm_ci(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&stamp)) {
        (Ok(l), Ok(s)) => match (l.modified(), s.modified()) {
            (Ok(l), Ok(s)) => s >= l,
            _ => false,
        },
        _ => false,
    };
    if fresh {
        println!("{}: npm packages up to date", dir.display());
        return Ok(());
    }
    sh(
        dir,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
    )
}

/// Finds `tauri-driver` (TAURI_DRIVER, target/tools, PATH) or installs it into target/tools.
pub fn tauri_driver(root: &Path) -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .filter(|p| p.exists())
    {
        return Ok(p);
    }
    let tools = root.join("target/tools");
    let local = tools.join("bin/tauri-driver");
    if local.exists() {
        return Ok(local);
    }
    if let Some(found) = find_in_path("tauri-driver") {
        return Ok(found);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let tools_str = tools.to_string_lossy().into_owned();
    sh(
        root,
        &cargo,
        &[
            "install",
            "tauri-driver",
            "--locked",
            "--version",
            "^2",
            "--root",
            &tools_str,
        ],
    )?;
    Ok(local)
}

/// The first executable called `name` on PATH (without running it: tauri-driver has no `--help`).
fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// The python the interop check expands our files with by IANA name: icalendar 7 and
/// recurring-ical-events from PyPI with the current `tzdata` package (2026f or newer), in a venv
/// under `target/` (made once; the packages are pinned so a run is repeatable).
pub fn interop_venv(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target/interop-venv");
    let python = venv.join("bin/python");
    let ready = Command::new(&python)
        .args([
            "-c",
            "import icalendar, recurring_ical_events, importlib.metadata as m; \
             assert tuple(map(int, m.version('tzdata').split('.')[:2])) >= (2026, 6)",
        ])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if ready {
        return Ok(python);
    }
    let venv_s = venv.to_string_lossy().into_owned();
    sh(root, "python3", &["-m", "venv", &venv_s])?;
    let pip = venv.join("bin/pip").to_string_lossy().into_owned();
    sh(
        root,
        &pip,
        &[
            "install",
            "--quiet",
            "icalendar==7.3.2",
            "recurring-ical-events==3.8.2",
            "tzdata==2026.6",
        ],
    )?;
    Ok(python)
}
