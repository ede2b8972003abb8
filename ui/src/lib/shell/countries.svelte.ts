// Countries and regions as the clerk reads them: the ISO 3166 codes Rust accepts, named in the
// clerk's language by the platform's own data (Intl.DisplayNames), sorted by that name.
import { commands } from '../ipc';
import { locale } from '../i18n/i18n.svelte';

let codes = $state<string[]>([]);
let loading: Promise<void> | null = null;

function load(): void {
  loading ??= commands.countryCodes().then(
    (list) => {
      codes = list;
    },
    () => {
      loading = null;
    },
  );
}

const tags: Record<string, string> = { en: 'en', 'zh-Hans': 'zh-Hans-CN', 'zh-Hant': 'zh-Hant-HK' };

// One name table per language, made once (a list of 249 countries would otherwise make 249).
// A plain cache, not state: the names of a language never change.
const displayNames: Record<string, Intl.DisplayNames | null> = {};

function namesIn(tag: string): Intl.DisplayNames | null {
  if (!(tag in displayNames)) {
    try {
      displayNames[tag] = new Intl.DisplayNames([tag], { type: 'region' });
    } catch {
      displayNames[tag] = null;
    }
  }
  return displayNames[tag] ?? null;
}

/** The name of a country or region in the clerk's language (the code itself if the platform has none). */
export function countryName(code: string): string {
  try {
    return namesIn(tags[locale()] ?? 'en')?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every country code with its name, in the order of the names. */
export function countries(): { code: string; name: string }[] {
  load();
  const collator = new Intl.Collator(tags[locale()] ?? 'en');
  return codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
}
