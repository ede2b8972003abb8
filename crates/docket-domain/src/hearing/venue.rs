//! Rooms and the online venue as the clerk manages them: code, names in both languages, kind, site
//! and zone, capacity, facilities, opening hours and retirement, with the one constructor
//! ([`VenueDraft::validate`]) that the UI, the command line and imports all go through.

use crate::hours::Hours;
use crate::id::VenueId;
use crate::text::Bilingual;
use crate::time::{CivilDate, Zone};
use crate::validation::{Collector, Expected, FieldError, FieldReason};
use std::collections::BTreeSet;

/// The code of the online venue every database has (inserted by the store's migrations).
pub const ONLINE_CODE: &str = "ONLINE";

/// The longest venue code.
pub const MAX_CODE: usize = 20;

/// The most people a room can hold.
pub const MAX_CAPACITY: i64 = 1000;

/// A room, or the online venue (whose hearings each choose their own zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VenueKind {
    Room,
    Online,
}

impl VenueKind {
    pub const ALL: [VenueKind; 2] = [Self::Room, Self::Online];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Room => "room",
            Self::Online => "online",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }
}

/// Where a venue is: Hong Kong, Shenzhen, or another city (whose zone the venue names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Site {
    HongKong,
    Shenzhen,
    Other,
}

impl Site {
    pub const ALL: [Site; 3] = [Self::HongKong, Self::Shenzhen, Self::Other];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::HongKong => "hong_kong",
            Self::Shenzhen => "shenzhen",
            Self::Other => "other",
        }
    }

    /// `hong_kong`, `shenzhen`, `other`, or the short forms `hk` and `sz`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "hong_kong" | "hk" => Some(Self::HongKong),
            "shenzhen" | "sz" => Some(Self::Shenzhen),
            "other" => Some(Self::Other),
            _ => None,
        }
    }

    /// The zone a room on this site must use (`None`: another city names its own).
    pub fn zone(&self) -> Option<Zone> {
        match self {
            Self::HongKong => Some(Zone::hong_kong()),
            Self::Shenzhen => Some(Zone::shanghai()),
            Self::Other => None,
        }
    }
}

/// Equipment a room has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facility {
    InterpretationBooths,
    Video,
    EvidenceDisplay,
}

impl Facility {
    pub const ALL: [Facility; 3] = [
        Self::InterpretationBooths,
        Self::Video,
        Self::EvidenceDisplay,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::InterpretationBooths => "interpretation_booths",
            Self::Video => "video",
            Self::EvidenceDisplay => "evidence_display",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// The facilities of a venue: a set, each at most once, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facilities(BTreeSet<Facility>);

impl Facilities {
    pub fn contains(&self, f: Facility) -> bool {
        self.0.contains(&f)
    }

    pub fn iter(&self) -> impl Iterator<Item = Facility> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The stored form: codes separated by commas (empty for none).
    pub fn to_codes(&self) -> String {
        self.iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads the stored form; `None` when a code is unknown.
    pub fn from_codes(s: &str) -> Option<Self> {
        s.split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(Facility::parse)
            .collect::<Option<BTreeSet<_>>>()
            .map(Self)
    }
}

impl FromIterator<Facility> for Facilities {
    fn from_iter<I: IntoIterator<Item = Facility>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// A venue as the scheduling checks see it: a room on its site, or online.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Room(Site),
    Online,
}

/// A bookable hearing room, or the online venue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub id: VenueId,
    pub code: String,
    pub name: Bilingual,
    pub kind: VenueKind,
    pub site: Site,
    /// The zone in which hearings in this venue are held (chosen per hearing for online ones).
    pub zone: Zone,
    pub capacity: u32,
    pub facilities: Facilities,
    /// Opening hours, local to the hearing's zone; `None` when none are recorded.
    pub hours: Option<Hours>,
    /// The day from which the venue takes no bookings; it keeps its hearings before that day.
    pub retired_on: Option<CivilDate>,
}

impl Venue {
    pub fn place(&self) -> Place {
        match self.kind {
            VenueKind::Room => Place::Room(self.site),
            VenueKind::Online => Place::Online,
        }
    }

    pub fn is_retired(&self) -> bool {
        self.retired_on.is_some()
    }

    /// Whether this is the online venue every database has.
    pub fn is_built_in(&self) -> bool {
        self.code.eq_ignore_ascii_case(ONLINE_CODE)
    }
}

/// A venue as typed by a clerk (or read from a file), before it is checked.
#[derive(Debug, Clone, Default)]
pub struct VenueDraft {
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    /// `room` or `online`.
    pub kind: String,
    /// `hong_kong`, `shenzhen` or `other` (`hk`, `sz` too).
    pub site: String,
    /// An IANA zone of the rules in force.
    pub zone: String,
    pub capacity: i64,
    /// Facility codes: `interpretation_booths`, `video`, `evidence_display`.
    pub facilities: Vec<String>,
    /// `HH:MM`; both or neither of `opens` and `closes`.
    pub opens: Option<String>,
    pub closes: Option<String>,
}

impl VenueDraft {
    /// Checks every field and returns the venue, or every refused field. `existing` is every stored
    /// venue (a code must be unique, ignoring case; the venue being edited keeps its own).
    pub fn validate(
        &self,
        id: VenueId,
        retired_on: Option<CivilDate>,
        existing: &[Venue],
    ) -> Result<Venue, Vec<FieldError>> {
        let mut c = Collector::new();
        let code = c.text("code", &self.code, MAX_CODE);
        let allowed = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.');
        if !code.is_empty()
            && code.chars().count() <= MAX_CODE
            && (code.starts_with('.') || !code.chars().all(allowed))
        {
            c.push(
                "code",
                FieldReason::Malformed {
                    expected: Expected::VenueCode,
                },
            );
        }
        if !code.is_empty()
            && existing
                .iter()
                .any(|v| v.id != id && v.code.eq_ignore_ascii_case(&code))
        {
            c.push("code", FieldReason::Duplicate);
        }
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
        let kind = VenueKind::parse(&self.kind);
        if kind.is_none() {
            c.push(
                "kind",
                FieldReason::Malformed {
                    expected: Expected::VenueKind,
                },
            );
        }
        let site = Site::parse(&self.site);
        if site.is_none() {
            c.push(
                "site",
                FieldReason::Malformed {
                    expected: Expected::Site,
                },
            );
        }
        let zone = self.zone.trim().parse::<Zone>().ok();
        match (zone, kind, site.and_then(|s| s.zone())) {
            (None, _, _) => c.push(
                "zone",
                FieldReason::UnknownZone {
                    given: self.zone.clone(),
                },
            ),
            // A room in Hong Kong or Shenzhen keeps the zone of its side of the border.
            (Some(z), Some(VenueKind::Room), Some(required)) if z != required => c.push(
                "zone",
                FieldReason::Malformed {
                    expected: Expected::SiteZone,
                },
            ),
            _ => {}
        }
        if !(1..=MAX_CAPACITY).contains(&self.capacity) {
            c.push(
                "capacity",
                FieldReason::OutOfRange {
                    min: 1,
                    max: MAX_CAPACITY,
                },
            );
        }
        let mut facilities = BTreeSet::new();
        for f in self.facilities.iter().filter(|f| !f.trim().is_empty()) {
            match Facility::parse(f) {
                Some(f) => {
                    facilities.insert(f);
                }
                None => c.push(
                    "facilities",
                    FieldReason::Malformed {
                        expected: Expected::Facility,
                    },
                ),
            }
        }
        let hours = self.hours(&mut c);
        let (Some(kind), Some(site), Some(zone)) = (kind, site, zone) else {
            return Err(c.finish(()).err().unwrap_or_default());
        };
        c.finish(Venue {
            id,
            code,
            name: Bilingual::new(en, zh),
            kind,
            site,
            zone,
            capacity: u32::try_from(self.capacity).unwrap_or(0),
            facilities: Facilities(facilities),
            hours,
            retired_on,
        })
    }

    fn hours(&self, c: &mut Collector) -> Option<Hours> {
        fn given(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        fn read(c: &mut Collector, field: &str, v: &str) -> Option<u32> {
            let m = Hours::minute(v);
            if m.is_none() {
                c.push(
                    field,
                    FieldReason::Malformed {
                        expected: Expected::HhMm,
                    },
                );
            }
            m
        }
        match (given(&self.opens), given(&self.closes)) {
            (None, None) => None,
            (Some(_), None) => {
                c.push("closes", FieldReason::Required);
                None
            }
            (None, Some(_)) => {
                c.push("opens", FieldReason::Required);
                None
            }
            (Some(a), Some(b)) => {
                let (from, until) = (read(c, "opens", a)?, read(c, "closes", b)?);
                let hours = Hours::new(from, until);
                if hours.is_none() {
                    c.push(
                        "closes",
                        FieldReason::Malformed {
                            expected: Expected::ClosesAfterOpens,
                        },
                    );
                }
                hours
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> VenueDraft {
        VenueDraft {
            code: "HK-ES-C".into(),
            name_en: "Hearing Room C".into(),
            name_zh: "C 號聆訊室".into(),
            kind: "room".into(),
            site: "hk".into(),
            zone: "Asia/Hong_Kong".into(),
            capacity: 24,
            facilities: vec![
                "video".into(),
                "interpretation-booths".into(),
                "video".into(),
            ],
            opens: Some("09:00".into()),
            closes: Some("18:00".into()),
        }
    }

    fn refused(d: &VenueDraft, existing: &[Venue]) -> Vec<(String, FieldReason)> {
        d.validate(VenueId::for_testing(1), None, existing)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.reason))
            .collect()
    }

    #[test]
    fn a_room_is_built_from_what_the_clerk_typed() {
        let v = draft()
            .validate(VenueId::for_testing(1), None, &[])
            .unwrap();
        assert_eq!(v.code, "HK-ES-C");
        assert_eq!(v.place(), Place::Room(Site::HongKong));
        assert_eq!(v.facilities.to_codes(), "interpretation_booths,video");
        assert_eq!(v.hours, Some(Hours::OFFICE));
        assert_eq!(
            Facilities::from_codes(&v.facilities.to_codes()),
            Some(v.facilities.clone())
        );
        assert_eq!(Facilities::from_codes("video,sauna"), None);
    }

    #[test]
    fn each_field_is_refused_with_its_reason() {
        let taken = draft()
            .validate(VenueId::for_testing(2), None, &[])
            .unwrap();
        let dup = VenueDraft {
            code: "hk-es-c".into(),
            ..draft()
        };
        assert_eq!(
            refused(&dup, std::slice::from_ref(&taken)),
            [("code".to_owned(), FieldReason::Duplicate)]
        );
        // The venue being edited keeps its own code.
        assert!(
            draft()
                .validate(taken.id, None, std::slice::from_ref(&taken))
                .is_ok()
        );
        let bad = VenueDraft {
            code: " ".into(),
            name_en: String::new(),
            name_zh: String::new(),
            kind: "hall".into(),
            site: "macau".into(),
            zone: "Asia/Hong_Kongg".into(),
            capacity: 0,
            facilities: vec!["sauna".into()],
            opens: Some("18:00".into()),
            closes: Some("09:00".into()),
        };
        let fields: Vec<String> = refused(&bad, &[]).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                "code",
                "name_en",
                "kind",
                "site",
                "zone",
                "capacity",
                "facilities",
                "closes"
            ]
        );
        let wrong_zone = VenueDraft {
            site: "shenzhen".into(),
            ..draft()
        };
        assert_eq!(
            refused(&wrong_zone, &[]),
            [(
                "zone".to_owned(),
                FieldReason::Malformed {
                    expected: Expected::SiteZone
                }
            )]
        );
        let half = VenueDraft {
            closes: None,
            ..draft()
        };
        assert_eq!(
            refused(&half, &[]),
            [("closes".to_owned(), FieldReason::Required)]
        );
        let big = VenueDraft {
            capacity: 1001,
            code: "A B".into(),
            ..draft()
        };
        assert_eq!(refused(&big, &[]).len(), 2);
    }

    #[test]
    fn a_room_in_another_city_and_the_online_venue_name_their_own_zone() {
        let london = VenueDraft {
            code: "LDN-1".into(),
            site: "other".into(),
            zone: "Europe/London".into(),
            opens: None,
            closes: None,
            ..draft()
        };
        let v = london.validate(VenueId::for_testing(3), None, &[]).unwrap();
        assert_eq!(v.place(), Place::Room(Site::Other));
        assert_eq!(v.hours, None);
        let online = VenueDraft {
            code: "VC-2".into(),
            kind: "online".into(),
            zone: "Europe/Berlin".into(),
            ..draft()
        };
        assert_eq!(
            online
                .validate(VenueId::for_testing(4), None, &[])
                .unwrap()
                .place(),
            Place::Online
        );
    }
}
