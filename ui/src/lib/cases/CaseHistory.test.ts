import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import CaseHistory from './CaseHistory.svelte';
import { applyLocale } from '../i18n/i18n.svelte';
import type { AuditDto } from '../ipc';

const party = '0193a5b0-0000-7000-8000-000000000001';

const entries: AuditDto[] = [
  {
    sentence: 'Someone opened the case, filed on 8 Mar 2026',
    when: '3 Dec 2026 14:05',
    clerk: null,
    action: 'created',
    oldValue: null,
    newValue: 'HKIAC-A26017 · hkiac_arbitration · 2026-03-08 · ordinary',
    at: '2026-12-03T06:05:00Z',
  },
  {
    sentence: 'Chan Mei added Kowloon Textiles Ltd as claimant',
    when: '3 Dec 2026 14:07',
    clerk: 'Chan Mei',
    action: 'party_added',
    oldValue: null,
    newValue: `claimant ${party}`,
    at: '2026-12-03T06:07:00Z',
  },
];

describe('the case history', () => {
  it('shows who did what and when, never the stored codes or ids', () => {
    applyLocale('en');
    render(CaseHistory, { entries });
    const list = screen.getByTestId('case-history');
    const rows = [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(rows).toEqual([
      '3 Dec 2026 14:05Someone opened the case, filed on 8 Mar 2026',
      '3 Dec 2026 14:07Chan Mei added Kowloon Textiles Ltd as claimant',
    ]);
    const text = list.textContent ?? '';
    for (const raw of [party, 'party_added', 'created', 'hkiac_arbitration', '06:05:00Z']) {
      expect(text).not.toContain(raw);
    }
  });

  it('says so when nothing is recorded, in the clerk’s language', () => {
    applyLocale('zh-Hant');
    render(CaseHistory, { entries: [] });
    expect(screen.getByText('尚無記錄。')).toBeTruthy();
    expect(screen.queryByTestId('case-history')).toBeNull();
  });
});
