//! Parties to disputes, law firms and counsel: records of their own, linked to cases.

use super::country_codes;
use crate::id::{ConnectionId, CounselId, FirmId, NeutralId, PartyId};
use crate::text::Bilingual;
use crate::time::CivilDate;
use crate::validation::{Collector, Expected, FieldError, FieldReason};

/// What kind of person a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyKind {
    Company,
    Individual,
    /// A state or state-owned entity.
    State,
}

impl PartyKind {
    pub const ALL: [PartyKind; 3] = [Self::Company, Self::Individual, Self::State];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Individual => "individual",
            Self::State => "state",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A party: a company (nationality = place of incorporation), an individual or a state entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: PartyId,
    pub name: Bilingual,
    pub kind: PartyKind,
    /// ISO 3166-1 alpha-2: nationality, or place of incorporation for a company.
    pub nationality: String,
    /// The corporate group the party belongs to: affiliates "bear the identity" of a party.
    pub group: Option<String>,
}

impl Party {
    /// The key under which appointments by this party and its affiliates are counted together.
    pub fn group_key(&self) -> String {
        match &self.group {
            Some(g) => format!("group:{}", g.trim().to_lowercase()),
            None => format!("party:{}", self.id),
        }
    }
}

/// A law firm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawFirm {
    pub id: FirmId,
    pub name: Bilingual,
    pub country: String,
}

/// A lawyer who acts for parties, usually at a firm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counsel {
    pub id: CounselId,
    pub name: Bilingual,
    pub firm_id: Option<FirmId>,
    pub email: Option<String>,
}

/// Which side of a case a party is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Claimant,
    Respondent,
}

impl Side {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Claimant => "claimant",
            Self::Respondent => "respondent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "claimant" => Some(Self::Claimant),
            "respondent" => Some(Self::Respondent),
            _ => None,
        }
    }
}

/// A party's place in one case, with the counsel acting for it there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseParty {
    pub party_id: PartyId,
    pub side: Side,
    pub counsel_id: Option<CounselId>,
}

/// How a neutral is or was connected to a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionKind {
    /// Acted as counsel for, or advised, the party.
    Counsel,
    /// Employed by, or a director or officer of, the party.
    Officer,
    /// Holds shares or another financial interest in the party.
    Shareholder,
    /// A close family or personal relationship with the party or its managers.
    Personal,
    Other,
}

impl ConnectionKind {
    pub const ALL: [ConnectionKind; 5] = [
        Self::Counsel,
        Self::Officer,
        Self::Shareholder,
        Self::Personal,
        Self::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Counsel => "counsel",
            Self::Officer => "officer",
            Self::Shareholder => "shareholder",
            Self::Personal => "personal",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A recorded link between a neutral and a party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub id: ConnectionId,
    pub neutral_id: NeutralId,
    pub party_id: PartyId,
    pub kind: ConnectionKind,
    pub from: Option<CivilDate>,
    /// When the link ended; `None` while it continues.
    pub until: Option<CivilDate>,
    pub note: String,
}

/// A party as typed.
#[derive(Debug, Clone, Default)]
pub struct PartyDraft {
    pub name_en: String,
    pub name_zh: String,
    pub kind: String,
    pub nationality: String,
    pub group: Option<String>,
}

/// Checks the bilingual name pair shared by parties, firms and counsel.
pub fn names(c: &mut Collector, en: &str, zh: &str) -> Bilingual {
    let (en, zh) = (en.trim(), zh.trim());
    if en.is_empty() && zh.is_empty() {
        c.push("name_en", FieldReason::Required);
    }
    for (field, value) in [("name_en", en), ("name_zh", zh)] {
        if value.chars().count() > 160 {
            c.push(field, FieldReason::TooLong { max: 160 });
        }
    }
    Bilingual::new(en, zh)
}

impl PartyDraft {
    pub fn validate(&self, id: PartyId) -> Result<Party, Vec<FieldError>> {
        let mut c = Collector::new();
        let name = names(&mut c, &self.name_en, &self.name_zh);
        let kind = PartyKind::parse(self.kind.trim());
        if kind.is_none() {
            c.push(
                "kind",
                FieldReason::Malformed {
                    expected: Expected::PartyKind,
                },
            );
        }
        let nationality = country_codes(
            &mut c,
            "nationality",
            std::slice::from_ref(&self.nationality),
        );
        if nationality.is_empty() {
            c.push("nationality", FieldReason::Required);
        }
        let group = c.optional_text("group", self.group.as_deref(), 120);
        let Some(kind) = kind else {
            return Err(c.finish(()).err().unwrap_or_default());
        };
        c.finish(Party {
            id,
            name,
            kind,
            nationality: nationality.into_iter().next().unwrap_or_default(),
            group,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_needs_a_name_a_kind_and_a_country() {
        let d = PartyDraft {
            name_en: "Pearl River Logistics Ltd".into(),
            kind: "company".into(),
            nationality: "hk".into(),
            group: Some("Pearl River Group".into()),
            ..PartyDraft::default()
        };
        let p = d.validate(PartyId::for_testing(1)).unwrap();
        assert_eq!(p.nationality, "HK");
        assert_eq!(p.group_key(), "group:pearl river group");
        let errors = PartyDraft::default()
            .validate(PartyId::for_testing(2))
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name_en", "kind", "nationality"]);
    }
}
