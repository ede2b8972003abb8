//! The table of IPC commands. The `#[tauri::command]` functions in `src-tauri/src/commands/<area>.rs`
//! are the one place a command is declared (its name, arguments and result); from them this module
//! writes everything else that must name the same set: the shell's handler list and command names
//! (`src-tauri/src/commands/table.rs`, read by `build.rs` and `lib.rs`), the capability file that
//! allows them, the UI's typed `commands` module and the UI's re-export of every DTO type.

use anyhow::{Context, Result, bail};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const COMMANDS_DIR: &str = "src-tauri/src/commands";
const TABLE: &str = "src-tauri/src/commands/table.rs";
const CAPABILITY: &str = "src-tauri/capabilities/default.json";
const TS_COMMANDS: &str = "ui/src/lib/ipc/commands.ts";
const TS_TYPES: &str = "ui/src/lib/ipc/types.ts";
const BINDINGS: &str = "ui/src/lib/ipc/bindings";

/// One IPC command as its shell function declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    pub area: String,
    pub name: String,
    pub doc: String,
    pub args: Vec<(String, Ty)>,
    pub result: Ty,
}

/// The Rust types that may cross the boundary, as far as the UI needs to know them.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    Unit,
    String,
    Bool,
    Number,
    Bytes,
    Option(Box<Ty>),
    Vec(Box<Ty>),
    /// A DTO exported by ts-rs into `ui/src/lib/ipc/bindings/<name>.ts`.
    Dto(String),
}

/// Every generated file: its path under the workspace root and its contents.
pub fn generate(root: &Path) -> Result<Vec<(PathBuf, String)>> {
    let commands = read_commands(&root.join(COMMANDS_DIR))?;
    let bindings = binding_names(&root.join(BINDINGS))?;
    for c in &commands {
        let mut used = Vec::new();
        c.result.dtos(&mut used);
        for (_, t) in &c.args {
            t.dtos(&mut used);
        }
        if let Some(missing) = used.iter().find(|d| !bindings.contains(*d)) {
            bail!(
                "command {} uses {missing}, which has no TypeScript binding: export it in \
                 crates/docket-app/src/bindings.rs",
                c.name
            );
        }
    }
    let capability = std::fs::read_to_string(root.join(CAPABILITY))
        .with_context(|| format!("cannot read {CAPABILITY}"))?;
    Ok(vec![
        (root.join(TABLE), table_rs(&commands)),
        (
            root.join(CAPABILITY),
            capability_json(&capability, &commands)?,
        ),
        (root.join(TS_COMMANDS), commands_ts(&commands)),
        (root.join(TS_TYPES), types_ts(&bindings)),
    ])
}

/// Writes the generated files (or, with `check`, lists the stale ones).
pub fn write_or_check(root: &Path, check: bool) -> Result<Vec<String>> {
    let mut stale = Vec::new();
    for (path, text) in generate(root)? {
        let now = std::fs::read_to_string(&path).unwrap_or_default();
        if now != text {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            if check {
                stale.push(rel);
            } else {
                std::fs::write(&path, text).with_context(|| format!("cannot write {rel}"))?;
                println!("wrote {rel}");
            }
        }
    }
    Ok(stale)
}

fn read_commands(dir: &Path) -> Result<Vec<Command>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| {
            !matches!(
                p.file_stem().and_then(|s| s.to_str()),
                Some("mod" | "table")
            )
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let area = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = std::fs::read_to_string(&f)?;
        let file =
            syn::parse_file(&text).with_context(|| format!("cannot parse {}", f.display()))?;
        for item in file.items {
            let syn::Item::Fn(func) = item else { continue };
            if !func.attrs.iter().any(is_command_attr) {
                continue;
            }
            out.push(command(&area, &func).with_context(|| format!("in {}", f.display()))?);
        }
    }
    let mut seen = BTreeSet::new();
    for c in &out {
        if !seen.insert(c.name.clone()) {
            bail!("command {} is declared twice", c.name);
        }
    }
    Ok(out)
}

fn is_command_attr(a: &syn::Attribute) -> bool {
    let segs: Vec<String> = a
        .path()
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    segs == ["tauri", "command"]
}

fn command(area: &str, func: &syn::ItemFn) -> Result<Command> {
    let name = func.sig.ident.to_string();
    let doc = func
        .attrs
        .iter()
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut args = Vec::new();
    for input in &func.sig.inputs {
        let syn::FnArg::Typed(pt) = input else {
            bail!("command {name} takes self");
        };
        if is_injected(&pt.ty) {
            continue;
        }
        let syn::Pat::Ident(id) = &*pt.pat else {
            bail!("command {name} has an argument that is not a plain name");
        };
        let ty = ty(&pt.ty).with_context(|| format!("argument {} of {name}", id.ident))?;
        args.push((id.ident.to_string(), ty));
    }
    let result = match &func.sig.output {
        syn::ReturnType::Default => Ty::Unit,
        syn::ReturnType::Type(_, t) => match last_segment(t) {
            Some((n, params)) if n == "CmdResult" && params.len() == 1 => {
                ty(params[0]).with_context(|| format!("result of {name}"))?
            }
            _ => ty(t).with_context(|| format!("result of {name}"))?,
        },
    };
    Ok(Command {
        area: area.to_owned(),
        name,
        doc,
        args,
        result,
    })
}

/// Arguments Tauri supplies itself rather than the caller.
fn is_injected(t: &syn::Type) -> bool {
    last_segment(t).is_some_and(|(name, _)| {
        matches!(
            name.as_str(),
            "State" | "AppHandle" | "Window" | "WebviewWindow" | "Webview"
        )
    })
}

/// The last path segment's name and its generic type arguments.
fn last_segment(t: &syn::Type) -> Option<(String, Vec<&syn::Type>)> {
    let syn::Type::Path(p) = t else { return None };
    let seg = p.path.segments.last()?;
    let params = match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| match g {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((seg.ident.to_string(), params))
}

fn ty(t: &syn::Type) -> Result<Ty> {
    if let syn::Type::Tuple(tuple) = t
        && tuple.elems.is_empty()
    {
        return Ok(Ty::Unit);
    }
    let Some((name, params)) = last_segment(t) else {
        bail!("only named types may cross the boundary");
    };
    Ok(match (name.as_str(), params.as_slice()) {
        ("String" | "PathBuf", []) => Ty::String,
        ("bool", []) => Ty::Bool,
        (
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" | "f32"
            | "f64",
            [],
        ) => Ty::Number,
        ("Option", [inner]) => Ty::Option(Box::new(ty(inner)?)),
        ("Vec", [inner]) if last_segment(inner).is_some_and(|(n, _)| n == "u8") => Ty::Bytes,
        ("Vec", [inner]) => Ty::Vec(Box::new(ty(inner)?)),
        (other, []) if other.chars().next().is_some_and(char::is_uppercase) => {
            Ty::Dto(other.to_owned())
        }
        (other, _) => bail!("type {other} cannot cross the boundary"),
    })
}

impl Ty {
    fn ts(&self) -> String {
        match self {
            Ty::Unit => "void".into(),
            Ty::String => "string".into(),
            Ty::Bool => "boolean".into(),
            Ty::Number => "number".into(),
            Ty::Bytes => "Uint8Array".into(),
            Ty::Option(inner) => format!("{} | null", inner.ts()),
            Ty::Vec(inner) => match **inner {
                Ty::Option(_) => format!("({})[]", inner.ts()),
                _ => format!("{}[]", inner.ts()),
            },
            Ty::Dto(name) => name.clone(),
        }
    }

    fn dtos(&self, out: &mut Vec<String>) {
        match self {
            Ty::Option(inner) | Ty::Vec(inner) => inner.dtos(out),
            Ty::Dto(name) => out.push(name.clone()),
            _ => {}
        }
    }
}

fn binding_names(dir: &Path) -> Result<BTreeSet<String>> {
    Ok(std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".ts"))
                .map(str::to_owned)
        })
        .collect())
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for ch in snake.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

const GENERATED: &str = "Generated by `cargo xtask codegen` from the #[tauri::command] functions in \
src-tauri/src/commands/; do not edit.";

fn table_rs(commands: &[Command]) -> String {
    let mut s = format!(
        "//! The table of IPC commands. {GENERATED}\n//! `build.rs` makes each name a permission; \
         `lib.rs` registers the handlers.\n\n/// Every command's name.\n#[allow(dead_code)]\n\
         pub const NAMES: &[&str] = &[\n"
    );
    for c in commands {
        let _ = writeln!(s, "    \"{}\",", c.name);
    }
    s.push_str(
        "];\n\n/// The shell's handler for every command.\nmacro_rules! handlers {\n    () => {\n        \
         tauri::generate_handler![\n",
    );
    for c in commands {
        let _ = writeln!(s, "            crate::commands::{}::{},", c.area, c.name);
    }
    s.push_str("        ]\n    };\n}\npub(crate) use handlers;\n");
    s
}

fn capability_json(current: &str, commands: &[Command]) -> Result<String> {
    let mut cap: serde_json::Value =
        serde_json::from_str(current).with_context(|| format!("{CAPABILITY} is not JSON"))?;
    let perms: Vec<serde_json::Value> = commands
        .iter()
        .map(|c| serde_json::Value::String(format!("allow-{}", c.name.replace('_', "-"))))
        .collect();
    cap.as_object_mut()
        .context("the capability file is not an object")?
        .insert("permissions".into(), serde_json::Value::Array(perms));
    Ok(serde_json::to_string_pretty(&cap)? + "\n")
}

fn commands_ts(commands: &[Command]) -> String {
    let mut dtos = BTreeSet::new();
    for c in commands {
        let mut used = Vec::new();
        c.result.dtos(&mut used);
        for (_, t) in &c.args {
            t.dtos(&mut used);
        }
        dtos.extend(used);
    }
    let mut s = format!(
        "// The typed commands the UI may call, one per #[tauri::command] in the shell.\n// {GENERATED}\n\
         import {{ invoke }} from '@tauri-apps/api/core';\nimport {{ toIpcError }} from './errors';\n"
    );
    for d in &dtos {
        let _ = writeln!(s, "import type {{ {d} }} from './bindings/{d}';");
    }
    s.push_str(
        "\nasync function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {\n  \
         try {\n    return await invoke<T>(command, args);\n  } catch (raw) {\n    throw toIpcError(raw);\n  }\n}\n\n\
         export const commands = {\n",
    );
    for c in commands {
        if !c.doc.is_empty() {
            let _ = writeln!(s, "  /** {} */", c.doc.replace("*/", "* /"));
        }
        // Trailing optional arguments may be left out by the caller.
        let optional_from = c
            .args
            .iter()
            .rposition(|(_, t)| !matches!(t, Ty::Option(_)))
            .map_or(0, |i| i + 1);
        let params: Vec<String> = c
            .args
            .iter()
            .enumerate()
            .map(|(i, (n, t))| {
                let q = if i >= optional_from { "?" } else { "" };
                format!("{}{q}: {}", camel(n), t.ts())
            })
            .collect();
        let values: Vec<String> = c
            .args
            .iter()
            .enumerate()
            .map(|(i, (n, t))| {
                let js = camel(n);
                match t {
                    Ty::Bytes => format!("{js}: Array.from({js})"),
                    Ty::Option(inner) if **inner == Ty::Bytes => {
                        format!("{js}: {js} ? Array.from({js}) : null")
                    }
                    _ if i >= optional_from => format!("{js}: {js} ?? null"),
                    _ => js,
                }
            })
            .collect();
        let call = if values.is_empty() {
            format!("call<{}>('{}')", c.result.ts(), c.name)
        } else {
            format!(
                "call<{}>('{}', {{ {} }})",
                c.result.ts(),
                c.name,
                values.join(", ")
            )
        };
        let _ = writeln!(
            s,
            "  {}: ({}) =>\n    {call},",
            camel(&c.name),
            params.join(", ")
        );
    }
    s.push_str("};\n\nexport type Commands = typeof commands;\n");
    s
}

fn types_ts(bindings: &BTreeSet<String>) -> String {
    let mut s = format!(
        "// Every DTO type of the IPC boundary, re-exported from the bindings ts-rs writes.\n// {}\n",
        GENERATED.replace(
            "the #[tauri::command] functions in src-tauri/src/commands/",
            "ui/src/lib/ipc/bindings/"
        )
    );
    for b in bindings {
        let _ = writeln!(s, "export type {{ {b} }} from './bindings/{b}';");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Vec<Command> {
        let dir = std::env::temp_dir().join(format!("xtask-commands-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("roster.rs"), src).unwrap();
        let out = read_commands(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        out
    }

    #[test]
    fn a_command_is_read_from_its_shell_function() {
        let cmds = parse(
            "/// Lists them.\n#[tauri::command]\npub fn list_neutrals(state: State<'_, AppState>, \
             query: NeutralQueryDto, text: Option<String>) -> CmdResult<Vec<NeutralDto>> { state.with(|app| app.list_neutrals(&query)) }\n\
             fn helper() {}\n",
        );
        assert_eq!(
            cmds,
            vec![Command {
                area: "roster".into(),
                name: "list_neutrals".into(),
                doc: "Lists them.".into(),
                args: vec![
                    ("query".into(), Ty::Dto("NeutralQueryDto".into())),
                    ("text".into(), Ty::Option(Box::new(Ty::String))),
                ],
                result: Ty::Vec(Box::new(Ty::Dto("NeutralDto".into()))),
            }]
        );
    }

    #[test]
    fn the_typescript_passes_bytes_as_arrays_and_lets_trailing_options_go() {
        let cmds = parse(
            "#[tauri::command]\npub fn import_busy(state: State<'_, AppState>, neutral_id: String, \
             bytes: Vec<u8>, floating_zone: Option<String>) -> CmdResult<u64> { state.with(|app| app.import_busy(&neutral_id, &bytes)) }\n",
        );
        let ts = commands_ts(&cmds);
        assert!(
            ts.contains(
                "importBusy: (neutralId: string, bytes: Uint8Array, floatingZone?: string | null) =>\n    \
                 call<number>('import_busy', { neutralId, bytes: Array.from(bytes), floatingZone: floatingZone ?? null }),"
            ),
            "{ts}"
        );
        let table = table_rs(&cmds);
        assert!(table.contains("\"import_busy\","));
        assert!(table.contains("crate::commands::roster::import_busy,"));
    }

    #[test]
    fn a_type_that_cannot_cross_is_refused() {
        let dir = std::env::temp_dir().join(format!("xtask-commands-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("cases.rs"),
            "#[tauri::command]\npub fn f(x: HashMap<String, String>) -> CmdResult<()> { Ok(()) }\n",
        )
        .unwrap();
        let err = read_commands(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            format!("{err:#}").contains("HashMap cannot cross the boundary"),
            "{err:#}"
        );
    }
}
