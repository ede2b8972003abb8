// Labels for codes that arrive from Rust as strings (roles, panels, levels, statuses).
import { t } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/catalogue';

/** The catalogue text for `prefix.code`, or the code itself when the catalogue has no entry. */
export function label(prefix: string, code: string): string {
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === undefined ? code : text;
}

export const appointmentRoles = [
  'sole_arbitrator',
  'presiding_arbitrator',
  'co_arbitrator',
  'emergency_arbitrator',
  'mediator',
] as const;

export const panels = [
  'hkiac_panel',
  'hkiac_list',
  'scia_arbitrators',
  'hkmaal',
  'scia_mediators',
  'hkiac_mediators',
] as const;

export const spokenLanguages = ['en', 'zh', 'yue', 'cmn', 'pt', 'de', 'fr'] as const;
