import { describe, expect, it } from 'vitest';
import { catalogues, locales } from './catalogue';
import { applyLocale, displayName, formatDate, formatMonth, localeFromSystem, t } from './i18n.svelte';

describe('the message catalogue', () => {
  it('has every key in every language, and no empty text', () => {
    const keys = Object.keys(catalogues.en).sort();
    for (const l of locales) {
      expect(Object.keys(catalogues[l]).sort()).toEqual(keys);
      for (const text of Object.values(catalogues[l])) expect(text.trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(catalogues.en)) {
      for (const l of locales) {
        expect(placeholders(catalogues[l][key as keyof typeof catalogues.en]), `${l} ${key}`).toEqual(
          placeholders(text),
        );
      }
    }
  });

  it('fills placeholders in the current language', () => {
    applyLocale('zh-Hant');
    expect(t('about.version', { version: '0.1.0' })).toBe('版本 0.1.0');
    applyLocale('en');
    expect(t('about.version', { version: '0.1.0' })).toBe('Version 0.1.0');
  });
});

describe('first-start language', () => {
  it('follows the system, telling Hong Kong and Taiwan from the Mainland', () => {
    expect(localeFromSystem(['zh-HK', 'en'])).toBe('zh-Hant');
    expect(localeFromSystem(['zh-TW'])).toBe('zh-Hant');
    expect(localeFromSystem(['zh-CN'])).toBe('zh-Hans');
    expect(localeFromSystem(['fr-FR', 'en-GB'])).toBe('en');
    expect(localeFromSystem([])).toBe('en');
  });
});

describe('formatting', () => {
  it('shows a civil date without shifting it through a time zone', () => {
    applyLocale('en');
    expect(formatDate('2026-04-07')).toBe('7 Apr 2026');
    applyLocale('zh-Hans');
    expect(formatDate('2026-04-07')).toBe('2026年4月7日');
  });

  it('puts the Chinese name first in Chinese', () => {
    applyLocale('zh-Hans');
    expect(displayName({ en: 'Zhang Wei', zh: '张伟' })).toEqual({ primary: '张伟', secondary: 'Zhang Wei' });
    applyLocale('en');
    expect(displayName({ en: 'Zhang Wei', zh: '张伟' })).toEqual({ primary: 'Zhang Wei', secondary: '张伟' });
  });

  it('shows a term held in Traditional script in Simplified in the Simplified interface', () => {
    const term = { en: 'Easter Monday', zh: '復活節星期一', zhHans: '复活节星期一' };
    applyLocale('zh-Hans');
    expect(displayName(term).primary).toBe('复活节星期一');
    applyLocale('zh-Hant');
    expect(displayName(term).primary).toBe('復活節星期一');
    applyLocale('en');
  });

  it('shows a name held in Simplified script in Hong Kong Traditional in the Traditional interface', () => {
    const term = { en: 'Spring Festival', zh: '春节', zhHans: '春节', zhHant: '春節' };
    applyLocale('zh-Hant');
    expect(displayName(term).primary).toBe('春節');
    applyLocale('zh-Hans');
    expect(displayName(term).primary).toBe('春节');
    applyLocale('en');
  });

  it('shows a title held in one language in the other interface', () => {
    applyLocale('zh-Hant');
    expect(displayName({ en: 'Acme v. Beta', zh: '' }).primary).toBe('Acme v. Beta');
    applyLocale('en');
    expect(displayName({ en: '', zh: '华南贸易', zhHant: '華南貿易' }).primary).toBe('华南贸易');
  });

  it('writes a month title as each language does', () => {
    applyLocale('en');
    expect(formatMonth('2026-12')).toBe('December 2026');
    applyLocale('zh-Hans');
    expect(formatMonth('2026-12-01')).toBe('2026年12月');
    applyLocale('zh-Hant');
    expect(formatMonth('2026-12')).toBe('2026年12月');
    applyLocale('en');
  });
});
