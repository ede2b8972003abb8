//! The roster: mediators and arbitrators ("neutrals") with bilingual names, languages, panel
//! memberships, fees, capacity and unavailability; parties, counsel and law firms; appointments.

pub mod appointment;
pub mod party;
pub mod search;

use crate::id::NeutralId;
use crate::text::Bilingual;
use crate::time::{CivilDate, Disambiguation, Instant, LocalDateTime, Zone, ZonedWallTime};
use crate::validation::{Collector, Expected, FieldError, FieldReason};
use crate::workflow::Institution;
use appointment::AppointmentRole;

/// What a neutral may be appointed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeutralRoles {
    Mediator,
    Arbitrator,
    Both,
}

impl NeutralRoles {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Mediator => "mediator",
            Self::Arbitrator => "arbitrator",
            Self::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "mediator" => Some(Self::Mediator),
            "arbitrator" => Some(Self::Arbitrator),
            "both" => Some(Self::Both),
            _ => None,
        }
    }

    /// Whether a neutral with these roles can take an appointment in `role`.
    pub fn can_act_as(&self, role: AppointmentRole) -> bool {
        match self {
            Self::Both => true,
            Self::Mediator => role == AppointmentRole::Mediator,
            Self::Arbitrator => role != AppointmentRole::Mediator,
        }
    }
}

/// How well a neutral speaks a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LanguageLevel {
    /// Can follow a hearing with support; not enough to conduct one.
    Basic,
    /// Can conduct proceedings in the language.
    Working,
    Fluent,
    Native,
}

impl LanguageLevel {
    pub const ALL: [LanguageLevel; 4] = [Self::Native, Self::Fluent, Self::Working, Self::Basic];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Basic => "basic",
            Self::Working => "working",
            Self::Fluent => "fluent",
            Self::Native => "native",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// A language a neutral speaks (BCP 47 tag: `en`, `yue` Cantonese, `cmn` Putonghua, `pt`...) and how well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageSkill {
    pub tag: String,
    pub level: LanguageLevel,
}

impl LanguageSkill {
    /// `en:native`; a bare tag (`en`) means a working level.
    pub fn parse(s: &str) -> Option<Self> {
        let (tag, level) = match s.trim().split_once(':') {
            Some((tag, level)) => (tag.trim(), LanguageLevel::parse(level.trim())?),
            None => (s.trim(), LanguageLevel::Working),
        };
        let ok = (2..=8).contains(&tag.len())
            && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        ok.then(|| Self {
            tag: tag.to_ascii_lowercase(),
            level,
        })
    }

    /// The stored and typed form, `tag:level`.
    pub fn code(&self) -> String {
        format!("{}:{}", self.tag, self.level.as_str())
    }

    /// Whether this skill lets the neutral conduct proceedings in `case_language` (`zh` is met by
    /// Putonghua, Cantonese or written Chinese).
    pub fn serves(&self, case_language: &str) -> bool {
        if self.level < LanguageLevel::Working {
            return false;
        }
        let tag = self.tag.as_str();
        match case_language {
            "zh" => matches!(tag, "zh" | "cmn" | "yue") || tag.starts_with("zh-"),
            other => tag == other || tag.split('-').next() == Some(other),
        }
    }
}

/// Currencies a rate or an amount may be given in (ISO 4217).
pub const CURRENCIES: [&str; 11] = [
    "HKD", "CNY", "USD", "EUR", "GBP", "SGD", "MOP", "BRL", "JPY", "AUD", "CHF",
];

/// An amount of money in minor units (cents, fen) and its ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    pub amount_minor: i64,
    pub currency: String,
}

impl Money {
    /// `HKD 7,500.00`.
    pub fn display(&self) -> String {
        let major = self.amount_minor / 100;
        let minor = (self.amount_minor % 100).abs();
        let digits = major.abs().to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if major < 0 { "-" } else { "" };
        format!("{} {sign}{grouped}.{minor:02}", self.currency)
    }
}

/// Parses `7500`, `7,500.00` or `7500.5` into minor units.
pub fn parse_amount(s: &str) -> Option<i64> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    let (major, minor) = match t.split_once('.') {
        Some((a, b)) if !b.is_empty() && b.len() <= 2 => (a, b),
        Some(_) => return None,
        None => (t.as_str(), "0"),
    };
    if major.is_empty() || !major.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !minor.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let minor = if minor.len() == 1 {
        minor.parse::<i64>().ok()? * 10
    } else {
        minor.parse::<i64>().ok()?
    };
    major
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(minor)
}

/// A panel or list a neutral can belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Panel {
    /// SCIA Panel of Arbitrators.
    SciaArbitrators,
    /// HKIAC Panel of Arbitrators.
    HkiacPanel,
    /// HKIAC List of Arbitrators.
    HkiacList,
    /// SCIA Mediation Center mediators.
    SciaMediators,
    /// Hong Kong Mediation Accreditation Association Ltd (HKMAAL) accredited mediators.
    Hkmaal,
    /// HKIAC Panel of Mediators.
    HkiacMediators,
}

impl Panel {
    pub const ALL: [Panel; 6] = [
        Self::SciaArbitrators,
        Self::HkiacPanel,
        Self::HkiacList,
        Self::SciaMediators,
        Self::Hkmaal,
        Self::HkiacMediators,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::SciaArbitrators => "scia_arbitrators",
            Self::HkiacPanel => "hkiac_panel",
            Self::HkiacList => "hkiac_list",
            Self::SciaMediators => "scia_mediators",
            Self::Hkmaal => "hkmaal",
            Self::HkiacMediators => "hkiac_mediators",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The side of the border whose appointments the panel serves.
    pub fn institution(&self) -> Institution {
        match self {
            Self::SciaArbitrators | Self::SciaMediators => Institution::Scia,
            Self::HkiacPanel | Self::HkiacList | Self::Hkmaal | Self::HkiacMediators => {
                Institution::Hkiac
            }
        }
    }

    /// Whether the panel lists mediators (otherwise arbitrators).
    pub fn is_mediation(&self) -> bool {
        matches!(
            self,
            Self::SciaMediators | Self::Hkmaal | Self::HkiacMediators
        )
    }

    /// Whether membership qualifies a neutral for `role` on `institution`'s side.
    pub fn covers(&self, role: AppointmentRole, institution: Institution) -> bool {
        self.institution() == institution
            && self.is_mediation() == (role == AppointmentRole::Mediator)
    }
}

/// A term on a panel: from a date, until a date (inclusive) or open-ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelMembership {
    pub panel: Panel,
    pub from: CivilDate,
    pub until: Option<CivilDate>,
}

impl PanelMembership {
    pub fn active_on(&self, date: CivilDate) -> bool {
        self.from <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// A period when a neutral cannot sit, as wall times in a zone (usually their home zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailability {
    pub from: LocalDateTime,
    pub until: LocalDateTime,
    pub zone: Zone,
    pub reason: String,
}

impl Unavailability {
    /// The period as instants (a wall time in a gap or fold is read the RFC 5545 way: the period is
    /// a blocking window, not a booking, so the most inclusive reading is safe).
    pub fn instants(&self) -> (Instant, Instant) {
        let at = |l: LocalDateTime| {
            ZonedWallTime::new(l, self.zone)
                .resolve(Disambiguation::Compatible)
                .map(|r| r.instant)
        };
        match (at(self.from), at(self.until)) {
            (Ok(a), Ok(b)) => (a, b),
            // Compatible resolution cannot fail for representable times; fall back to UTC readings.
            _ => (self.from.assume_utc(), self.until.assume_utc()),
        }
    }

    /// Whether the period overlaps `[from, until)`.
    pub fn overlaps(&self, from: Instant, until: Instant) -> bool {
        let (a, b) = self.instants();
        a < until && from < b
    }
}

/// A mediator or arbitrator on the centre's roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neutral {
    pub id: NeutralId,
    pub name: Bilingual,
    pub roles: NeutralRoles,
    /// Honorifics and post-nominals, e.g. "SC, FCIArb".
    pub titles: String,
    pub date_of_birth: Option<CivilDate>,
    /// ISO 3166-1 alpha-2 codes, in the order the clerk gave them.
    pub nationalities: Vec<String>,
    pub languages: Vec<LanguageSkill>,
    /// Where the neutral is admitted to practise (free text per jurisdiction: "Hong Kong", "England and Wales").
    pub admissions: Vec<String>,
    pub panels: Vec<PanelMembership>,
    pub home_zone: Zone,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Hourly rate the neutral charges.
    pub rate: Option<Money>,
    /// How many open appointments the neutral accepts at once.
    pub max_concurrent: Option<u32>,
    pub unavailability: Vec<Unavailability>,
    pub notes: String,
}

impl Neutral {
    /// The best level at which the neutral can conduct proceedings in `case_language`.
    pub fn level_in(&self, case_language: &str) -> Option<LanguageLevel> {
        self.languages
            .iter()
            .filter(|l| l.serves(case_language))
            .map(|l| l.level)
            .max()
    }

    /// Whether any unavailability period overlaps `[from, until)`.
    pub fn unavailable_during(&self, from: Instant, until: Instant) -> Option<&Unavailability> {
        self.unavailability.iter().find(|u| u.overlaps(from, until))
    }
}

/// A panel term as typed.
#[derive(Debug, Clone, Default)]
pub struct PanelDraft {
    pub panel: String,
    pub from: String,
    pub until: Option<String>,
}

/// An unavailability period as typed.
#[derive(Debug, Clone, Default)]
pub struct UnavailabilityDraft {
    pub from: String,
    pub until: String,
    pub zone: String,
    pub reason: String,
}

/// A neutral as typed by a clerk, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct NeutralDraft {
    pub name_en: String,
    pub name_zh: String,
    pub roles: String,
    pub titles: String,
    pub date_of_birth: Option<String>,
    pub nationalities: Vec<String>,
    /// `tag` or `tag:level`.
    pub languages: Vec<String>,
    pub admissions: Vec<String>,
    pub panels: Vec<PanelDraft>,
    pub home_zone: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub rate_amount: Option<String>,
    pub rate_currency: Option<String>,
    pub max_concurrent: Option<i64>,
    pub unavailability: Vec<UnavailabilityDraft>,
    pub notes: String,
}

/// Checks a list of two-letter country codes; `field` names it in errors.
pub fn country_codes(c: &mut Collector, field: &str, codes: &[String]) -> Vec<String> {
    let out: Vec<String> = codes
        .iter()
        .map(|n| n.trim().to_ascii_uppercase())
        .filter(|n| !n.is_empty())
        .collect();
    // ISO 3166-1 alpha-2, from the committed table (`ZZ`, `XX`, `UK` are not countries).
    if out.iter().any(|n| !crate::codes::is_country(n)) {
        c.push(
            field,
            FieldReason::Malformed {
                expected: Expected::CountryCodes,
            },
        );
    }
    out
}

/// Checks an optional `YYYY-MM-DD` date in the supported range (1900–2200).
pub fn optional_date(c: &mut Collector, field: &str, value: Option<&str>) -> Option<CivilDate> {
    let v = value.map(str::trim).filter(|v| !v.is_empty())?;
    c.date(field, v)
}

impl NeutralDraft {
    /// Checks every field and builds the neutral, or lists every refused field.
    pub fn validate(&self, id: NeutralId) -> Result<Neutral, Vec<FieldError>> {
        let mut c = Collector::new();
        let en = self.name_en.trim();
        let zh = self.name_zh.trim();
        if en.is_empty() && zh.is_empty() {
            c.push("name_en", FieldReason::Required);
        }
        for (field, value) in [("name_en", en), ("name_zh", zh)] {
            if value.chars().count() > 120 {
                c.push(field, FieldReason::TooLong { max: 120 });
            }
        }
        let roles = NeutralRoles::parse(self.roles.trim());
        if roles.is_none() {
            c.push(
                "roles",
                FieldReason::Malformed {
                    expected: Expected::Roles,
                },
            );
        }
        let titles = c
            .optional_text("titles", Some(&self.titles), 120)
            .unwrap_or_default();
        let date_of_birth = optional_date(&mut c, "date_of_birth", self.date_of_birth.as_deref());
        let nationalities = country_codes(&mut c, "nationalities", &self.nationalities);
        let mut languages: Vec<LanguageSkill> = Vec::new();
        for l in self.languages.iter().filter(|l| !l.trim().is_empty()) {
            match LanguageSkill::parse(l) {
                // A well-formed BCP 47 tag with an ISO 639 language (`xx-INVALID-!!` is not).
                Some(skill) if !crate::codes::is_language_tag(&skill.tag) => c.push(
                    "languages",
                    FieldReason::Malformed {
                        expected: Expected::LanguageLevels,
                    },
                ),
                Some(skill) if !languages.iter().any(|s| s.tag == skill.tag) => {
                    languages.push(skill)
                }
                Some(_) => c.push("languages", FieldReason::Duplicate),
                None => c.push(
                    "languages",
                    FieldReason::Malformed {
                        expected: Expected::LanguageLevels,
                    },
                ),
            }
        }
        let admissions: Vec<String> = self
            .admissions
            .iter()
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        if admissions.iter().any(|a| a.chars().count() > 80) {
            c.push("admissions", FieldReason::TooLong { max: 80 });
        }
        let panels = self.panels(&mut c);
        let zone = self.home_zone.parse::<Zone>().ok();
        if zone.is_none() {
            c.push(
                "home_zone",
                FieldReason::UnknownZone {
                    given: self.home_zone.clone(),
                },
            );
        }
        let email = c.optional_text("email", self.email.as_deref(), 200);
        if email
            .as_deref()
            .is_some_and(|e| !e.contains('@') || e.contains(char::is_whitespace))
        {
            c.push(
                "email",
                FieldReason::Malformed {
                    expected: Expected::EmailAddress,
                },
            );
        }
        let phone = c.optional_text("phone", self.phone.as_deref(), 40);
        let rate = self.rate(&mut c);
        let max_concurrent = match self.max_concurrent {
            None => None,
            Some(n @ 1..=200) => u32::try_from(n).ok(),
            Some(_) => {
                c.push(
                    "max_concurrent",
                    FieldReason::OutOfRange { min: 1, max: 200 },
                );
                None
            }
        };
        let unavailability = self.unavailability(&mut c, zone);
        let notes = c
            .optional_text("notes", Some(&self.notes), 4000)
            .unwrap_or_default();
        let (Some(roles), Some(home_zone)) = (roles, zone) else {
            return Err(c.finish(()).err().unwrap_or_default());
        };
        c.finish(Neutral {
            id,
            name: Bilingual::new(en, zh),
            roles,
            titles,
            date_of_birth,
            nationalities,
            languages,
            admissions,
            panels,
            home_zone,
            email,
            phone,
            rate,
            max_concurrent,
            unavailability,
            notes,
        })
    }

    fn panels(&self, c: &mut Collector) -> Vec<PanelMembership> {
        let mut out = Vec::new();
        for (i, p) in self.panels.iter().enumerate() {
            let field = format!("panels[{i}]");
            let panel = Panel::parse(p.panel.trim());
            if panel.is_none() {
                c.push(
                    &field,
                    FieldReason::Malformed {
                        expected: Expected::Panel,
                    },
                );
            }
            let from = c.date(&field, &p.from);
            let until = optional_date(c, &field, p.until.as_deref());
            if let (Some(f), Some(u)) = (from, until)
                && u < f
            {
                c.push(
                    &field,
                    FieldReason::Malformed {
                        expected: Expected::TermEndAfterStart,
                    },
                );
            }
            if let (Some(panel), Some(from)) = (panel, from) {
                out.push(PanelMembership { panel, from, until });
            }
        }
        out
    }

    fn rate(&self, c: &mut Collector) -> Option<Money> {
        let amount = self
            .rate_amount
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let currency = self
            .rate_currency
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty());
        match (amount, currency) {
            (None, None) => None,
            (None, Some(_)) => {
                c.push("rate_amount", FieldReason::Required);
                None
            }
            (Some(_), None) => {
                c.push("rate_currency", FieldReason::Required);
                None
            }
            (Some(a), Some(cur)) => {
                let amount = parse_amount(a).filter(|v| *v > 0);
                if amount.is_none() {
                    c.push(
                        "rate_amount",
                        FieldReason::Malformed {
                            expected: Expected::Amount,
                        },
                    );
                }
                if !CURRENCIES.contains(&cur.as_str()) {
                    c.push(
                        "rate_currency",
                        FieldReason::Malformed {
                            expected: Expected::Currency,
                        },
                    );
                    return None;
                }
                amount.map(|amount_minor| Money {
                    amount_minor,
                    currency: cur,
                })
            }
        }
    }

    fn unavailability(&self, c: &mut Collector, home: Option<Zone>) -> Vec<Unavailability> {
        let mut out: Vec<Unavailability> = Vec::new();
        for (i, u) in self.unavailability.iter().enumerate() {
            let field = format!("unavailability[{i}]");
            let zone = if u.zone.trim().is_empty() {
                home
            } else {
                let z = u.zone.parse::<Zone>().ok();
                if z.is_none() {
                    c.push(
                        &field,
                        FieldReason::UnknownZone {
                            given: u.zone.clone(),
                        },
                    );
                }
                z
            };
            let read = |s: &str| -> Option<LocalDateTime> {
                let s = s.trim();
                s.parse::<LocalDateTime>()
                    .ok()
                    .or_else(|| s.parse::<CivilDate>().ok().and_then(|d| d.at(0, 0).ok()))
            };
            let from = read(&u.from);
            let until = read(&u.until).map(|l| {
                // A bare end date means "through that day".
                if u.until.trim().len() == 10 {
                    l.plus_minutes(24 * 60).unwrap_or(l)
                } else {
                    l
                }
            });
            if from.is_none() || until.is_none() {
                c.push(
                    &field,
                    FieldReason::Malformed {
                        expected: Expected::LocalDateTime,
                    },
                );
            }
            let reason = c
                .optional_text(&field, Some(&u.reason), 200)
                .unwrap_or_default();
            let (Some(from), Some(until), Some(zone)) = (from, until, zone) else {
                continue;
            };
            if !crate::validation::is_supported(from.date())
                || !crate::validation::is_supported(until.date())
            {
                c.push(
                    &field,
                    FieldReason::Malformed {
                        expected: Expected::SupportedDate,
                    },
                );
                continue;
            }
            if until <= from {
                c.push(
                    &field,
                    FieldReason::Malformed {
                        expected: Expected::AfterStart,
                    },
                );
                continue;
            }
            let period = Unavailability {
                from,
                until,
                zone,
                reason,
            };
            let (a, b) = period.instants();
            if out.iter().any(|o| o.overlaps(a, b)) {
                c.push(&field, FieldReason::Overlaps);
                continue;
            }
            out.push(period);
        }
        out.sort_by_key(|u| u.instants().0);
        out
    }
}

#[cfg(test)]
mod tests;
