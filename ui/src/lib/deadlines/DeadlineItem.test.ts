import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import DeadlineItem from './DeadlineItem.svelte';
import { applyLocale } from '../i18n/i18n.svelte';
import type { CaseDeadlineDto } from '../ipc';

const note =
  '按法定節假日估算（週末及《全國年節及紀念日放假辦法》所定節日）；國務院2027年放假通知可能增加調休假日及週末調休上班日，從而改變結果。';

const setAside: CaseDeadlineDto = {
  id: 'd1',
  caseReference: 'HKM-SZA-2026-102',
  code: 'set_aside',
  name: { en: 'Apply to set aside the award (3 months)', zh: '申請撤銷裁決（三個月）' },
  triggerStageLabel: '收到裁決',
  triggerDate: '2026-11-06',
  due: '2027-02-09',
  computedDue: '2027-02-09',
  recomputedDue: null,
  overrideReason: null,
  provisional: null,
  problem: null,
  estimated: true,
  estimate: { years: [{ calendar: 'CN', year: 2027 }], note },
  status: 'later',
  ended: null,
  rule: {
    code: 'prc-civil-procedure',
    version: 'cpl2023-art85',
    effectiveFrom: '2024-01-01',
    title: { en: 'Mainland civil procedure periods', zh: '内地民事诉讼期间' },
    source: 'CPL Art 85',
    verification: 'unverified',
  },
  steps: [],
};

describe('a case deadline', () => {
  it('marks an estimated date and says what could change it', () => {
    applyLocale('zh-Hant');
    render(DeadlineItem, { deadline: setAside });
    expect(screen.getByTestId('deadline-set_aside').textContent).toContain('估算');
    expect(screen.getByTestId('deadline-estimate-set_aside').textContent).toBe(note);
  });

  it('after the official notice is loaded, shows the changed date and no estimate', () => {
    applyLocale('en');
    render(DeadlineItem, {
      deadline: { ...setAside, estimated: false, estimate: null, recomputedDue: '2027-02-15' },
    });
    expect(screen.getByTestId('deadline-changed').textContent).toContain('it now computes to 2027-02-15');
    expect(screen.queryByTestId('deadline-estimate-set_aside')).toBeNull();
  });

  it('a deadline of a withdrawn case says it is no longer running, in each language', () => {
    const ended = { kind: 'withdrawn' as const, date: '2026-11-20', consentAward: false, note: '' };
    applyLocale('en');
    const { unmount } = render(DeadlineItem, { deadline: { ...setAside, status: 'stopped', ended } });
    expect(screen.getByTestId('deadline-stopped-set_aside').textContent?.trim()).toBe(
      'No longer running: case withdrawn on Fri, 20 Nov 2026',
    );
    unmount();
    applyLocale('zh-Hans');
    render(DeadlineItem, { deadline: { ...setAside, status: 'stopped', ended } });
    expect(screen.getByTestId('deadline-stopped-set_aside').textContent).toContain('已不再计算');
  });

  it('a deadline that cannot be computed shows what is wrong on its own row', () => {
    applyLocale('en');
    const problem = 'This deadline cannot be computed: no open day within 366 days of its end.';
    render(DeadlineItem, { deadline: { ...setAside, estimated: false, estimate: null, problem } });
    expect(screen.getByTestId('deadline-problem').textContent).toBe(problem);
  });
});
