import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DeadlineCalculator from './DeadlineCalculator.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { DeadlineDto, DeadlineInputDto, RuleSetDto } from '../ipc';

const hkiac: RuleSetDto = {
  code: 'hkiac',
  version: 'hkiac-2024',
  effectiveFrom: '2024-06-01',
  title: { en: 'HKIAC Administered Arbitration Rules 2024', zh: '香港國際仲裁中心機構仲裁規則（2024）' },
  source: 'HKIAC 2024 Rules Art 3',
  verification: 'unverified',
};

const answer: DeadlineDto = {
  due: '2026-04-08',
  dueWeekday: 3,
  rule: hkiac,
  steps: [
    { kind: 'trigger', date: '2026-03-08', text: 'Trigger: 2026-03-08 (Sunday); this day is not counted.' },
    { kind: 'counted', date: '2026-04-07', text: 'Counting 30 days from 2026-03-09 ends on 2026-04-07 (Tuesday).' },
    {
      kind: 'rolled',
      date: '2026-04-07',
      text: '2026-04-07 is a Hong Kong general holiday: The day following Easter Monday: the deadline moves to the next day.',
    },
    { kind: 'due', date: '2026-04-08', text: 'Due: 2026-04-08 (Wednesday).' },
  ],
  estimated: false,
  estimate: null,
};

const hongKong2027 =
  'Estimated: the Hong Kong 2027 general holidays have not been gazetted in our data; they are worked out from the General Holidays Ordinance (Cap 149) rules. Import the 1823 list for 2027 to confirm.';

/** The calculator's own default (HKIAC, today 3 Dec 2026, 30 days): into 2027, an estimate. */
const intoEstimatedYear: DeadlineDto = {
  due: '2027-01-04',
  dueWeekday: 1,
  rule: hkiac,
  steps: [
    { kind: 'trigger', date: '2026-12-03', text: 'Trigger: 2026-12-03 (Thursday); this day is not counted.' },
    { kind: 'counted', date: '2027-01-02', text: 'Counting 30 days from 2026-12-04 ends on 2027-01-02 (Saturday).' },
    { kind: 'rolled', date: '2027-01-02', text: '2027-01-02 is a Saturday, when the office is closed: the deadline moves to the next day.' },
    { kind: 'rolled', date: '2027-01-03', text: '2027-01-03 is a Sunday (a Hong Kong general holiday): the deadline moves to the next day.' },
    { kind: 'due', date: '2027-01-04', text: 'Due: 2027-01-04 (Monday).' },
  ],
  estimated: true,
  estimate: { years: [{ calendar: 'HK', year: 2027 }], note: hongKong2027 },
};

describe('the deadline calculator', () => {
  it('shows the due date, the rule version and every step of the explanation', async () => {
    applyLocale('en');
    let sent: DeadlineInputDto | null = null;
    mockCommands({
      rule_sets: () => [hkiac],
      compute_deadline: (args) => {
        sent = args.input as DeadlineInputDto;
        return answer;
      },
    });
    render(DeadlineCalculator);
    await fireEvent.input(screen.getByTestId('calc-trigger'), { target: { value: '2026-03-08' } });
    await fireEvent.click(screen.getByTestId('calc-compute'));
    expect((await screen.findByTestId('calc-due')).textContent).toBe('2026-04-08');
    expect(screen.getByTestId('calc-steps').textContent).toContain('The day following Easter Monday');
    expect(screen.getByTestId('calc-result').textContent).toContain('Unverified — check before relying on it');
    expect(sent).toEqual({ rule: 'hkiac', trigger: '2026-03-08', days: 30, months: null, receipt: 'HK' });
  });

  it('says in words when the date is an estimate, and not otherwise', async () => {
    applyLocale('en');
    let reply = intoEstimatedYear;
    mockCommands({ rule_sets: () => [hkiac], compute_deadline: () => reply });
    render(DeadlineCalculator);
    await fireEvent.input(screen.getByTestId('calc-trigger'), { target: { value: '2026-12-03' } });
    await fireEvent.click(screen.getByTestId('calc-compute'));
    expect((await screen.findByTestId('calc-due')).textContent).toBe('2027-01-04');
    expect(screen.getByTestId('calc-estimate').textContent).toBe(hongKong2027);
    expect(screen.getByTestId('calc-result').textContent).toContain('Estimate');
    reply = answer;
    await fireEvent.click(screen.getByTestId('calc-compute'));
    await waitFor(() => expect(screen.getByTestId('calc-due').textContent).toBe('2026-04-08'));
    expect(screen.queryByTestId('calc-estimate')).toBeNull();
  });

  it('shows a refused field next to the field, in the clerk’s words', async () => {
    applyLocale('en');
    mockCommands({
      rule_sets: () => [hkiac],
      compute_deadline: () => {
        throw {
          kind: 'validation',
          detail: { fields: [{ field: 'period', reason: { code: 'outOfRange', min: 1, max: 3650 } }] },
          message: 'Please correct the following: Period must be between 1 and 3650.',
          fields: [{ field: 'period', message: 'Period must be between 1 and 3650.' }],
        };
      },
    });
    render(DeadlineCalculator);
    await fireEvent.input(screen.getByTestId('calc-amount'), { target: { value: '-3' } });
    await fireEvent.click(screen.getByTestId('calc-compute'));
    await waitFor(() =>
      expect(screen.getByTestId('calc-period-error').textContent).toBe('Period must be between 1 and 3650.'),
    );
    expect(screen.queryByTestId('calc-result')).toBeNull();
  });
});
