// The current interface language (a rune, so every string re-renders when it changes), the `t`
// lookup, and locale-aware formatting of civil dates.
import { catalogues, type MessageKey } from './catalogue';
import type { Locale } from '../ipc';

let current = $state<Locale>('en');

export function locale(): Locale {
  return current;
}

export function applyLocale(next: Locale): void {
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The text for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogues[current][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Chooses the language for a first start from the system's preference. */
export function localeFromSystem(tags: readonly string[]): Locale {
  for (const raw of tags) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh-hant') || /^zh-(tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

const intlTag: Record<Locale, string> = { en: 'en-GB', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK' };

/** A civil date `YYYY-MM-DD` in the current language (no time zone is involved). */
export function formatDate(civil: string, withWeekday = false): string {
  const [y, m, d] = civil.split('-').map(Number);
  if (!y || !m || !d) return civil;
  return new Intl.DateTimeFormat(intlTag[current], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withWeekday ? { weekday: 'short' } : {}),
  }).format(Date.UTC(y, m - 1, d));
}

/** A month `YYYY-MM` (or a date in it) as a title: "December 2026", "2026年12月". */
export function formatMonth(civil: string): string {
  const [y, m] = civil.split('-').map(Number);
  if (!y || !m) return civil;
  return new Intl.DateTimeFormat(intlTag[current], { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

/** A bilingual name as Rust sends it: `zh` as held, and the Chinese in each script (ADR 0028). */
export interface ScriptedName {
  en: string;
  zh: string;
  zhHans?: string;
  zhHant?: string;
}

/** The Chinese of a name in the current interface's script (as held in English). */
export function chineseOf(name: ScriptedName): string {
  if (current === 'zh-Hans') return name.zhHans ?? name.zh;
  if (current === 'zh-Hant') return name.zhHant ?? name.zh;
  return name.zh;
}

/** Bilingual names: Chinese first (in the reader's script) when the interface is in Chinese; a name
 * held in one language only is shown in that language in the other interface. */
export function displayName(name: ScriptedName): {
  primary: string;
  secondary: string;
} {
  const chineseFirst = current !== 'en';
  const zh = chineseOf(name);
  const primary = chineseFirst ? zh || name.en : name.en || zh;
  const secondary = primary === name.en ? zh : name.en;
  return { primary, secondary: secondary === primary ? '' : secondary };
}
