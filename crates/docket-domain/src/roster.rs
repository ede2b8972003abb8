//! The roster: mediators and arbitrators ("neutrals") with bilingual names and a home time zone.

use crate::id::NeutralId;
use crate::text::Bilingual;
use crate::time::Zone;
use crate::validation::{Collector, FieldError, FieldReason};

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
}

/// A mediator or arbitrator on the centre's roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neutral {
    pub id: NeutralId,
    pub name: Bilingual,
    pub roles: NeutralRoles,
    /// ISO 3166-1 alpha-2 codes, in the order the clerk gave them.
    pub nationalities: Vec<String>,
    /// Languages spoken, as BCP 47 tags (`en`, `yue`, `cmn`, `pt`, ...).
    pub languages: Vec<String>,
    pub home_zone: Zone,
    pub email: Option<String>,
}

/// A neutral as typed by a clerk, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct NeutralDraft {
    pub name_en: String,
    pub name_zh: String,
    pub roles: String,
    pub nationalities: Vec<String>,
    pub languages: Vec<String>,
    pub home_zone: String,
    pub email: Option<String>,
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
            c.push("roles", FieldReason::Malformed { expected: "roles" });
        }
        let zone = self.home_zone.parse::<Zone>().ok();
        if zone.is_none() {
            c.push("home_zone", FieldReason::UnknownZone);
        }
        let nationalities: Vec<String> = self
            .nationalities
            .iter()
            .map(|n| n.trim().to_ascii_uppercase())
            .filter(|n| !n.is_empty())
            .collect();
        if nationalities
            .iter()
            .any(|n| n.len() != 2 || !n.chars().all(|ch| ch.is_ascii_alphabetic()))
        {
            c.push(
                "nationalities",
                FieldReason::Malformed {
                    expected: "country_codes",
                },
            );
        }
        let email = c.optional_text("email", self.email.as_deref(), 200);
        if email.as_deref().is_some_and(|e| !e.contains('@')) {
            c.push(
                "email",
                FieldReason::Malformed {
                    expected: "email_address",
                },
            );
        }
        let (Some(roles), Some(home_zone)) = (roles, zone) else {
            return Err(c.finish(()).err().unwrap_or_default());
        };
        c.finish(Neutral {
            id,
            name: Bilingual::new(en, zh),
            roles,
            nationalities,
            languages: self
                .languages
                .iter()
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty())
                .collect(),
            home_zone,
            email,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> NeutralDraft {
        NeutralDraft {
            name_en: "Chan Tai Man".into(),
            name_zh: "陳大文".into(),
            roles: "both".into(),
            nationalities: vec!["hk".into()],
            languages: vec!["yue".into(), "en".into()],
            home_zone: "Asia/Hong_Kong".into(),
            email: None,
        }
    }

    #[test]
    fn a_complete_draft_becomes_a_neutral() {
        let n = draft().validate(NeutralId::for_testing(1)).unwrap();
        assert_eq!(n.name.display(true), "陳大文");
        assert_eq!(n.nationalities, vec!["HK"]);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let d = NeutralDraft {
            name_en: " ".into(),
            name_zh: String::new(),
            roles: "judge".into(),
            home_zone: "Hong Kong".into(),
            email: Some("nobody".into()),
            ..draft()
        };
        let errors = d.validate(NeutralId::for_testing(1)).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name_en", "roles", "home_zone", "email"]);
    }
}
