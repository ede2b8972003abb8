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
