//! Build script: compiles the Tauri context and makes the capability file the real allow-list of
//! the app's own commands (a command not listed in `capabilities/` cannot be invoked). The names come
//! from the command table that `cargo xtask codegen` writes from the shell's commands.

fn main() -> Result<(), String> {
    println!("cargo:rerun-if-changed=src/commands/table.rs");
    let table = std::fs::read_to_string("src/commands/table.rs")
        .map_err(|e| format!("cannot read src/commands/table.rs: {e}"))?;
    let list = table
        .split_once("pub const NAMES: &[&str] = &[")
        .and_then(|(_, rest)| rest.split_once("];"))
        .map(|(list, _)| list)
        .ok_or("src/commands/table.rs has no NAMES list: run `cargo xtask codegen`")?;
    let names: Vec<&'static str> = list
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|n| &*Box::leak(n.to_owned().into_boxed_str()))
        .collect();
    let names: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    let manifest = tauri_build::AppManifest::new().commands(names);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .map_err(|e| format!("tauri build step failed: {e:#}"))
}
