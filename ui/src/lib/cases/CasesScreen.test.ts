import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import CasesScreen from './CasesScreen.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { CaseDto } from '../ipc';
import { hearingsData } from '../hearings/hearings-data';
import { deadlinesData } from '../deadlines/deadlines-data';
import { settingsData } from '../settings/settings-data';

function c(reference: string, model: CaseDto['model'], next: CaseDto['nextDeadlineStatus']): CaseDto {
  return {
    id: reference,
    reference,
    title: { en: `${reference} title`, zh: '' },
    model,
    crossBorder: false,
    status: 'open',
    filedOn: '2026-11-02',
    language: 'en',
    hearings: 0,
    stage: 'mediation_requested',
    stageLabel: 'Mediation requested',
    procedure: 'ordinary',
    institution: 'HKIAC',
    nextDeadline: next ? '2026-11-30' : null,
    nextDeadlineStatus: next,
  } as CaseDto;
}

describe('the case list', () => {
  it('filters by the next running deadline and shows the mediation-only models', async () => {
    applyLocale('en');
    mockCommands({
      list_cases: () => [
        c('HKM-1', 'hk_mediation', 'overdue'),
        c('SZM-2', 'sz_mediation', null),
        c('HKIAC-3', 'hkiac_arbitration', 'later'),
      ],
    });
    render(CasesScreen);
    await screen.findByText('HKM-1');
    expect(screen.getByTestId('cases-table').textContent).toContain('Mediation only (Hong Kong)');
    await fireEvent.change(screen.getByTestId('case-filter-next'), { target: { value: 'overdue' } });
    await waitFor(() => expect(screen.queryByText('HKIAC-3')).toBeNull());
    expect(screen.getByText('HKM-1')).toBeTruthy();
    await fireEvent.change(screen.getByTestId('case-filter-next'), { target: { value: 'none' } });
    await waitFor(() => expect(screen.queryByText('HKM-1')).toBeNull());
    expect(screen.getByText('SZM-2')).toBeTruthy();
  });

  it('loads again when hearings or deadlines change (it shows both), not for a change of settings', async () => {
    applyLocale('en');
    let hearings = 0;
    const calls = mockCommands({ list_cases: () => [{ ...c('HKIAC-3', 'hkiac_arbitration', 'later'), hearings }] });
    render(CasesScreen);
    await screen.findByText('HKIAC-3');
    const count = () => screen.getByText('HKIAC-3').closest('tr')?.querySelector('td.num')?.textContent;
    expect(count()).toBe('0');
    const loads = () => calls.filter((name) => name === 'list_cases').length;
    expect(loads()).toBe(1);
    settingsData.changed();
    await new Promise((r) => setTimeout(r, 0));
    expect(loads()).toBe(1);
    hearings = 2;
    hearingsData.changed();
    await waitFor(() => expect(loads()).toBe(2));
    await waitFor(() => expect(count()).toBe('2'));
    deadlinesData.changed();
    await waitFor(() => expect(loads()).toBe(3));
  });
});
