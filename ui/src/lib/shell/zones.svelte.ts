// Time zones as the clerk reads them: the canonical zones of the tz rules Rust has in force (ids,
// countries, offset now), named by the platform's ICU in the clerk's language, and searchable in
// English, Simplified and Traditional Chinese at once, whatever the interface language (ADR 0023).
import { commands, type Locale, type TimeZoneDto } from '../ipc';
import { locale, t } from '../i18n/i18n.svelte';

let list = $state<TimeZoneDto[]>([]);
let loading: Promise<void> | null = null;

/** Asks Rust for the zones once (again after a failure). */
export function loadZones(): Promise<void> {
  loading ??= commands.timeZones().then(
    (zones) => {
      list = zones;
      warmUp();
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** The zones of the rules in force, sorted by IANA name (empty until Rust answers). */
export function zones(): TimeZoneDto[] {
  void loadZones();
  return list;
}

const LOCALES: Locale[] = ['en', 'zh-Hans', 'zh-Hant'];
// The tags ICU is asked with. Its Traditional Chinese data names many zones only by an
// abbreviation ("PT"); its Hong Kong Cantonese data, also Traditional, names the city (溫哥華時間).
const zoneTags: Record<Locale, string[]> = {
  en: ['en-GB'],
  'zh-Hans': ['zh-Hans-CN'],
  'zh-Hant': ['zh-Hant-HK', 'yue-Hant-HK'],
};
const regionTags: Record<Locale, string> = { en: 'en', 'zh-Hans': 'zh-Hans-CN', 'zh-Hant': 'zh-Hant-HK' };

// Plain caches, not state: what ICU calls a zone never changes within a session.
const regionNames: Partial<Record<Locale, Intl.DisplayNames | null>> = {};
const zoneNames: Record<string, string> = {};

function regionName(loc: Locale, code: string): string {
  if (!(loc in regionNames)) {
    try {
      regionNames[loc] = new Intl.DisplayNames([regionTags[loc]], { type: 'region' });
    } catch {
      regionNames[loc] = null;
    }
  }
  try {
    return regionNames[loc]?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** ICU's name of `zone` in `tag`, in one style (`''` when the platform has none). */
function zoneName(tag: string, zone: string, style: 'longGeneric' | 'shortGeneric'): string {
  const key = `${tag} ${style} ${zone}`;
  let name = zoneNames[key];
  if (name === undefined) {
    try {
      name =
        new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: style })
          .formatToParts(0)
          .find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      name = '';
    }
    zoneNames[key] = name;
  }
  return name;
}

/** The city of a zone id: its last segment, `_` read as a space (`America/Sao_Paulo` → `Sao Paulo`). */
export function cityOfId(id: string): string {
  return (id.split('/').pop() ?? id).replace(/_/g, ' ');
}

/** The city of `zone` in `loc`: ICU's location name when it names a place other than the country
 *  (温哥华时间 → 温哥华), else the city of the id. */
function cityIn(loc: Locale, zone: TimeZoneDto): string {
  if (loc !== 'en') {
    const countries = zone.countries.map((c) => regionName(loc, c));
    for (const tag of zoneTags[loc]) {
      const m = /^(.+?)(时间|時間)$/.exec(zoneName(tag, zone.id, 'shortGeneric'));
      const place = m?.[1];
      if (place && !/[A-Za-z0-9+]/.test(place) && !countries.includes(place)) return place;
    }
  }
  return cityOfId(zone.id);
}

/** The offset as the clerk reads it, `UTC+08:00`, `UTC−08:00` (a true minus sign). */
export function offsetLabel(offset: string): string {
  return t('zone.offset', { offset: offset.replace('-', '\u2212') });
}

export type ZoneLabel = { city: string; country: string; name: string; line: string };

/** "Vancouver · Canada · UTC−08:00" in the interface language, with ICU's generic name beside it. */
export function zoneLabel(zone: TimeZoneDto): ZoneLabel {
  const loc = locale();
  const city = cityIn(loc, zone);
  const first = zone.countries[0];
  const country = first ? regionName(loc, first) : '';
  const name = zoneName(zoneTags[loc][0] ?? 'en', zone.id, 'longGeneric');
  const line = [city, country, offsetLabel(zone.offset)].filter(Boolean).join(' · ');
  return { city, country, name, line };
}

const haystacks: Record<string, string> = {};

/** Everything a clerk might type for `zone`, in all three languages, lower-cased. */
export function searchText(zone: TimeZoneDto): string {
  let text = haystacks[zone.id];
  if (text === undefined) {
    const parts = [zone.id, cityOfId(zone.id)];
    for (const loc of LOCALES) {
      parts.push(cityIn(loc, zone));
      for (const tag of zoneTags[loc]) {
        parts.push(zoneName(tag, zone.id, 'longGeneric'), zoneName(tag, zone.id, 'shortGeneric'));
      }
      for (const c of zone.countries) parts.push(regionName(loc, c));
    }
    parts.push(...zone.countries);
    text = parts.join('\n').toLowerCase();
    haystacks[zone.id] = text;
  }
  return text;
}

/** The zones whose names, in any of the three languages, or id contain every word of `query`;
 *  those whose city starts with it first, then by city in the interface language. */
export function searchZones(all: TimeZoneDto[], query: string): TimeZoneDto[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(regionTags[locale()]);
  const q = words.join(' ');
  const found = all
    .filter((z) => words.every((w) => searchText(z).includes(w)))
    .map((z) => {
      const city = zoneLabel(z).city;
      const starts = q !== '' && LOCALES.some((l) => cityIn(l, z).toLowerCase().startsWith(q));
      return { z, city, starts };
    });
  found.sort((a, b) => Number(b.starts) - Number(a.starts) || collator.compare(a.city, b.city));
  return found.map((f) => f.z);
}

/** Computes every zone's search text a few zones at a time, so the first keystroke is quick. */
function warmUp(): void {
  if (typeof setTimeout === 'undefined') return;
  let i = 0;
  const step = () => {
    const end = Math.min(i + 16, list.length);
    for (; i < end; i++) {
      const z = list[i];
      if (z) searchText(z);
    }
    if (i < list.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}
