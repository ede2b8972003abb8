//! Choosing the tz database at start-up: the operating system's zoneinfo directory when it is newer
//! than the copy bundled into the binary, else the bundled copy (ADR 0017). The domain does no I/O;
//! this module reads the files and hands them to [`docket_domain::time::rules`].
//!
//! `BAY_DOCKET_TZDIR=PATH` pins a zoneinfo directory whatever its version (tests use it to reopen a
//! database with an older one); an unreadable pinned directory falls back to the normal choice.

use docket_domain::time::TzSource;
use docket_domain::time::rules::{self, TzRules, ZoneFiles};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The operating system's zoneinfo directory.
pub const SYSTEM_ZONEINFO: &str = "/usr/share/zoneinfo";
/// The environment variable that pins a zoneinfo directory.
pub const TZDIR_ENV: &str = "BAY_DOCKET_TZDIR";

/// A zoneinfo directory on disk.
#[derive(Debug, Clone)]
pub struct ZoneinfoDir {
    dir: PathBuf,
}

impl ZoneFiles for ZoneinfoDir {
    fn tzif(&self, name: &str) -> Option<Vec<u8>> {
        // The name was checked by `rules::is_plausible_name` (no `..`, no leading `/`, no
        // `posix/`); check again here, where it becomes a path.
        if !rules::is_plausible_name(name) {
            return None;
        }
        let path = self.dir.join(name);
        let meta = std::fs::metadata(&path).ok()?;
        if !meta.is_file() || meta.len() > 256 * 1024 {
            return None;
        }
        std::fs::read(path).ok()
    }
}

/// The version a zoneinfo directory declares in the first line of its `tzdata.zi`
/// (`# version 2026f`), if it has one.
pub fn dir_version(dir: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = [0u8; 64];
    let mut f = std::fs::File::open(dir.join("tzdata.zi")).ok()?;
    let n = f.read(&mut head).ok()?;
    let text = std::str::from_utf8(head.get(..n)?).ok()?;
    let version = text
        .lines()
        .next()?
        .strip_prefix("# version ")?
        .trim()
        .to_owned();
    rules::compare_versions(&version, &version).map(|_| version)
}

/// The rules of a zoneinfo directory, if it declares a version.
pub fn dir_rules(dir: &Path) -> Option<TzRules> {
    let version = dir_version(dir)?;
    Some(TzRules::from_files(
        &version,
        Box::new(ZoneinfoDir {
            dir: dir.to_path_buf(),
        }),
    ))
}

/// What start-up found and chose.
#[derive(Debug, Clone)]
pub struct TzChoice {
    pub version: &'static str,
    pub source: TzSource,
    pub bundled_version: &'static str,
    /// The operating system's version, when it has a readable `tzdata.zi`.
    pub system_version: Option<String>,
    /// The directory in use when the rules come from one.
    pub dir: Option<PathBuf>,
}

static CHOICE: OnceLock<TzChoice> = OnceLock::new();
static SYSTEM: OnceLock<Option<&'static TzRules>> = OnceLock::new();

/// Chooses and installs the rules in force, once per process (later calls return the first
/// choice). Binaries call it before opening a database.
pub fn init() -> &'static TzChoice {
    CHOICE.get_or_init(|| {
        let system_dir = Path::new(SYSTEM_ZONEINFO);
        let system_version = dir_version(system_dir);
        let pinned = std::env::var_os(TZDIR_ENV)
            .map(PathBuf::from)
            .and_then(|dir| dir_rules(&dir).map(|r| (dir, r)));
        let (rules, dir) = match pinned {
            Some((dir, r)) => (r, Some(dir)),
            None => {
                let r = rules::newer(dir_rules(system_dir));
                let dir = (r.source() == TzSource::System).then(|| system_dir.to_path_buf());
                (r, dir)
            }
        };
        let installed = rules::install(rules);
        // The system's rules stay at hand to show what a hearing computed with them looked like.
        let _ = SYSTEM.set(if installed.source() == TzSource::System {
            Some(installed)
        } else {
            dir_rules(system_dir).map(|r| &*Box::leak(Box::new(r)))
        });
        TzChoice {
            version: installed.version(),
            source: installed.source(),
            bundled_version: rules::bundled_version(),
            system_version,
            dir,
        }
    })
}

/// What is in force now (without choosing, for processes that never called [`init`]: the bundled
/// copy, or whatever a test installed).
pub fn in_force() -> TzChoice {
    match CHOICE.get() {
        Some(c) if c.version == rules::current().version() => c.clone(),
        _ => {
            let r = rules::current();
            TzChoice {
                version: r.version(),
                source: r.source(),
                bundled_version: rules::bundled_version(),
                system_version: None,
                dir: None,
            }
        }
    }
}

/// A database of version `version` this process can read (the rules in force, the bundled copy or
/// the system's), to recompute what a hearing stored under that version showed.
pub fn rules_of_version(version: &str) -> Option<&'static TzRules> {
    let current = rules::current();
    [
        Some(current),
        Some(rules::bundled()),
        SYSTEM.get().copied().flatten(),
    ]
    .into_iter()
    .flatten()
    .find(|r| r.version() == version)
}

/// The copies of the tz tables this build carries (public domain, from the IANA tz database), for
/// rules that come from no directory with tables of its own (the bundled copy has none).
const ZONE1970_TAB: &str = include_str!("../data/zone1970.tab");
const ZONE_TAB: &str = include_str!("../data/zone.tab");

/// A table larger than this is not a tz table.
const MAX_TABLE_BYTES: u64 = 512 * 1024;

/// The tables of the database in use, `(zone1970.tab, zone.tab)`: the zoneinfo directory's own when
/// the rules come from one that has them, else the copies in this build.
pub fn zone_tables() -> (String, String) {
    let dir = in_force().dir;
    let read = |name: &str, fallback: &str| {
        dir.as_deref()
            .and_then(|d| read_table(&d.join(name)))
            .unwrap_or_else(|| fallback.to_owned())
    };
    // Both from the same place when the directory has `zone.tab`: its countries match its zones.
    match dir.as_deref().and_then(|d| read_table(&d.join("zone.tab"))) {
        Some(zone_tab) => (read("zone1970.tab", ""), zone_tab),
        None => (ZONE1970_TAB.to_owned(), ZONE_TAB.to_owned()),
    }
}

fn read_table(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_TABLE_BYTES {
        return None;
    }
    std::fs::read_to_string(path).ok()
}
