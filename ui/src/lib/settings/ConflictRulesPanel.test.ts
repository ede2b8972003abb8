import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ConflictRulesPanel from './ConflictRulesPanel.svelte';
import FeeCapsPanel from './FeeCapsPanel.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { ConflictRuleDto, ConflictRuleInputDto, FeeCapDto, FeeCapInputDto } from '../ipc';

const partyRepeat: ConflictRuleDto = {
  rule: 'party_repeat',
  name: 'Appointed repeatedly by the same party',
  severity: 'disclose',
  lookbackYears: 3,
  threshold: 2,
  source: 'IBA Guidelines 2024, Orange List 3.1.3',
  verification: 'unverified',
  effectiveFrom: '1900-01-01',
  inForce: true,
};

const outOfBounds = {
  kind: 'validation',
  detail: { fields: [{ field: 'lookback_years', reason: { code: 'outOfRange', min: 0, max: 20 } }] },
  message: 'Please correct the following: Look-back: must be from 0 to 20.',
  fields: [{ field: 'lookback_years', message: 'Look-back: must be from 0 to 20.' }],
};

async function fill(testId: string, value: string) {
  await fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

describe('the conflict rules panel', () => {
  it('saves a new version from a date, shows a refusal beside the field, and lists the history', async () => {
    applyLocale('en');
    const sent: ConflictRuleInputDto[] = [];
    let versions = [partyRepeat];
    mockCommands({
      conflict_rules: () => [partyRepeat],
      conflict_rule_versions: () => versions,
      set_conflict_rule: (args) => {
        const input = args.input as ConflictRuleInputDto;
        sent.push(input);
        if (input.lookbackYears > 20) throw outOfBounds;
        const saved = { ...partyRepeat, severity: 'block' as const, effectiveFrom: input.effectiveFrom, inForce: false };
        versions = [saved, partyRepeat];
        return saved;
      },
    });
    render(ConflictRulesPanel);
    await fireEvent.click(await screen.findByTestId('rule-edit-party_repeat'));
    await fireEvent.change(screen.getByTestId('rule-severity'), { target: { value: 'block' } });
    await fill('rule-lookback', '25');
    await fill('rule-from', '2027-01-01');
    await fill('rule-source', 'Centre memo 2026/7');
    await fireEvent.click(screen.getByTestId('rule-save'));
    expect((await screen.findByTestId('rule-refusal')).textContent).toContain('Not saved');
    await screen.findByText('Look-back: must be from 0 to 20.');

    await fill('rule-lookback', '5');
    await fireEvent.click(screen.getByTestId('rule-save'));
    const message = await screen.findByTestId('rules-message');
    expect(message.textContent).toContain('Appointed repeatedly by the same party');
    expect(message.textContent).toContain('1 Jan 2027');
    expect(sent[1]).toMatchObject({ rule: 'party_repeat', severity: 'block', lookbackYears: 5, threshold: 2, effectiveFrom: '2027-01-01', source: 'Centre memo 2026/7' });
    await waitFor(() => expect(screen.getByTestId('rule-history').textContent).toContain('1 Jan 2027'));
  });
});

describe('the fee caps panel', () => {
  it('adds a cap from a date and marks the one in force', async () => {
    applyLocale('zh-Hant');
    const hkiac: FeeCapDto = {
      institution: 'HKIAC',
      cap: { amountMinor: 750000, currency: 'HKD', display: 'HKD 7,500.00' },
      effectiveFrom: '2026-01-01',
      source: 'HKIAC announcement',
      verification: 'secondary',
      inForce: true,
    };
    let caps = [hkiac];
    const sent: FeeCapInputDto[] = [];
    mockCommands({
      fee_caps: () => caps,
      set_fee_cap: (args) => {
        const input = args.input as FeeCapInputDto;
        sent.push(input);
        const added = { ...hkiac, institution: 'SCIA' as const, cap: { amountMinor: 500000, currency: 'CNY', display: 'CNY 5,000.00' }, effectiveFrom: input.effectiveFrom, inForce: false };
        caps = [hkiac, added];
        return added;
      },
    });
    render(FeeCapsPanel);
    await waitFor(() => expect(screen.getByTestId('caps-table').textContent).toContain('現行'));
    await fireEvent.change(screen.getByTestId('cap-institution'), { target: { value: 'SCIA' } });
    await fireEvent.change(screen.getByTestId('cap-currency'), { target: { value: 'CNY' } });
    await fill('cap-amount', '5000');
    await fill('cap-from', '2027-03-01');
    await fill('cap-source', 'SCIA schedule');
    await fireEvent.click(screen.getByTestId('cap-save'));
    expect((await screen.findByTestId('caps-message')).textContent).toContain('SCIA：自');
    expect(sent[0]).toEqual({ institution: 'SCIA', currency: 'CNY', amount: '5000', effectiveFrom: '2027-03-01', source: 'SCIA schedule', verification: 'unverified' });
    await waitFor(() => expect(screen.getByTestId('caps-table').textContent).toContain('CNY 5,000.00'));
  });
});
