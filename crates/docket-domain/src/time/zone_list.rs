//! The zones a clerk can choose: the canonical zones of the tz database's tables (`zone1970.tab`,
//! else `zone.tab`), each with the ISO 3166 countries it serves, kept only when the rules given
//! know the zone. The tables are text handed in by the caller (the domain does no I/O).

use super::Zone;
use super::rules::{TzRules, is_plausible_name};
use std::collections::BTreeMap;

/// A zone with the ISO 3166-1 alpha-2 countries it serves, the principal one first (empty for
/// `UTC`).
#[derive(Debug, Clone)]
pub struct ZoneListing {
    pub zone: Zone,
    pub countries: Vec<String>,
}

/// The rows of a tz table: `CC[,CC…]<TAB>coordinates<TAB>zone[<TAB>comment]`; comments, blank lines
/// and rows that do not read are skipped.
fn rows(tab: &str) -> impl Iterator<Item = (Vec<&str>, &str)> {
    tab.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let mut cols = l.split('\t');
        let codes = cols.next()?;
        let _coordinates = cols.next()?;
        let zone = cols.next()?.trim();
        let codes: Vec<&str> = codes
            .split(',')
            .map(str::trim)
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        (!codes.is_empty() && is_plausible_name(zone)).then_some((codes, zone))
    })
}

/// The canonical zones of `zone1970` (or of `zone_tab` when `zone1970` has no rows) that `rules`
/// knows, sorted by name, each once, with its countries (those of `zone1970`, then any more that
/// `zone_tab` gives the same zone); `UTC` is added at the end of the alphabet.
pub fn zone_list(rules: &TzRules, zone1970: &str, zone_tab: &str) -> Vec<ZoneListing> {
    let mut by_name: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let primary = if rows(zone1970).next().is_some() {
        zone1970
    } else {
        zone_tab
    };
    for (codes, zone) in rows(primary) {
        add(by_name.entry(zone).or_default(), &codes);
    }
    for (codes, zone) in rows(zone_tab) {
        if let Some(countries) = by_name.get_mut(zone) {
            add(countries, &codes);
        }
    }
    by_name.entry("UTC").or_default();
    by_name
        .into_iter()
        .filter_map(|(name, countries)| {
            let zone = rules.zone(name).ok()?;
            (zone.name() == name).then_some(ZoneListing { zone, countries })
        })
        .collect()
}

fn add(countries: &mut Vec<String>, codes: &[&str]) {
    for code in codes {
        if !countries.iter().any(|c| c == code) {
            countries.push((*code).to_owned());
        }
    }
}
