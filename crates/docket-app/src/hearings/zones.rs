//! The time zones a clerk can choose in every zone field: the canonical zones of the tz database in
//! force, with the countries each serves and its offset now (ADR 0023). The screens name them in
//! the clerk's language.

use crate::dto::TimeZoneDto;
use crate::{App, tzdata};
use docket_domain::time::{rules, zone_list};

impl App {
    /// Every canonical zone the rules in force know, sorted by IANA name.
    pub fn time_zones(&self) -> Vec<TimeZoneDto> {
        let (zone1970, zone_tab) = tzdata::zone_tables();
        let now = self.clock.now();
        zone_list(rules::current(), &zone1970, &zone_tab)
            .into_iter()
            .map(|l| {
                let offset = l.zone.offset_at(now);
                TimeZoneDto {
                    id: l.zone.name().to_owned(),
                    countries: l.countries,
                    offset: offset.to_string(),
                    offset_seconds: offset.seconds(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::app;

    #[test]
    fn every_zone_once_sorted_with_its_countries() {
        let zones = app().time_zones();
        let countries = |id: &str| {
            zones
                .iter()
                .find(|z| z.id == id)
                .map(|z| z.countries.clone())
                .unwrap_or_else(|| panic!("{id} is missing"))
        };
        assert_eq!(countries("Asia/Hong_Kong"), ["HK"]);
        assert_eq!(countries("America/Vancouver"), ["CA"]);
        assert!(countries("Europe/Berlin").contains(&"DE".to_owned()));
        assert_eq!(countries("America/Sao_Paulo"), ["BR"]);
        assert!(countries("Asia/Singapore").contains(&"SG".to_owned()));
        assert!(countries("UTC").is_empty());
        assert!(zones.len() > 250, "{} zones", zones.len());
        assert!(
            zones.windows(2).all(|w| w[0].id < w[1].id),
            "sorted, no duplicates"
        );
        let hk = zones.iter().find(|z| z.id == "Asia/Hong_Kong");
        assert_eq!(
            hk.map(|z| (z.offset.as_str(), z.offset_seconds)),
            Some(("+08:00", 28_800))
        );
        // Links are not listed: their canonical zone is.
        assert!(
            zones
                .iter()
                .all(|z| z.id != "Asia/Kuala_Lumpur" && z.id != "US/Pacific")
        );
    }
}
