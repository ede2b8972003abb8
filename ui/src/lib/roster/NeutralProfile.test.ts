import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import NeutralProfile from './NeutralProfile.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale, t } from '../i18n/i18n.svelte';
import { shell, type Notice } from '../shell/app-state.svelte';
import { rosterData } from './roster-data';
import type { NeutralDetailDto, NeutralDto } from '../ipc';

const ana: NeutralDto = {
  id: 'n-1',
  name: { en: 'Ana Souza', zh: '' },
  roles: 'arbitrator',
  titles: 'SC',
  dateOfBirth: null,
  nationalities: [],
  languages: [],
  admissions: [],
  panels: [],
  homeZone: 'Asia/Hong_Kong',
  email: null,
  phone: null,
  rate: null,
  maxConcurrent: null,
  openAppointments: 0,
  unavailability: [],
  notes: '',
};

const detail: NeutralDetailDto = {
  neutral: ana,
  appointments: [],
  connections: [],
  findings: [],
  history: [
    {
      sentence: 'Chan Mei changed the e-mail address of Ana Souza',
      when: '3 Dec 2026 14:07',
      clerk: 'Chan Mei',
      action: 'neutral_edited',
      oldValue: null,
      newValue: null,
      at: '2026-12-03T06:07:00Z',
    },
  ],
};

const retired =
  'Ana Souza was retired rather than removed: 4 case(s) name them (HKIAC-A26017, …). They stay on those cases.';

describe('a neutral’s profile', () => {
  it('shows the profile’s history, and says in Rust’s words whether removing retired them', async () => {
    applyLocale('en');
    shell.notice = null;
    const calls = mockCommands({
      neutral_detail: () => detail,
      remove_record: (args) => {
        expect(args).toEqual({ kind: 'neutral', key: 'n-1' });
        return { kind: 'neutral', key: 'n-1', outcome: 'retired', cases: ['HKIAC-A26017'], message: retired };
      },
    });
    const onBack = vi.fn();
    render(NeutralProfile, { id: 'n-1', onEdit: () => {}, onBack });
    const history = await screen.findByTestId('neutral-history');
    expect(history.textContent).toBe('3 Dec 2026 14:07Chan Mei changed the e-mail address of Ana Souza');
    expect(history.textContent).not.toContain('neutral_edited');

    await fireEvent.click(screen.getByTestId('neutral-remove'));
    expect(screen.getByTestId('neutral-remove-question').textContent).toContain('Remove Ana Souza from the roster?');
    expect(calls).not.toContain('remove_record');

    const version = rosterData.version;
    await fireEvent.click(screen.getByTestId('neutral-remove-confirm'));
    await waitFor(() => expect(onBack).toHaveBeenCalled());
    expect(shell.notice).toEqual({ key: 'records.answer', params: { message: retired } });
    // What the banner shows: the sentence exactly as Rust wrote it.
    const shown = (n: Notice | null) => (n ? t(n.key, n.params) : null);
    expect(shown(shell.notice)).toBe(retired);
    expect(rosterData.version).toBeGreaterThan(version);
    shell.notice = null;
  });

  it('says when nothing is recorded yet', async () => {
    applyLocale('zh-Hant');
    mockCommands({ neutral_detail: () => ({ ...detail, history: [] }) });
    render(NeutralProfile, { id: 'n-1', onEdit: () => {}, onBack: () => {} });
    await screen.findByText('尚無記錄。');
    expect(screen.getByText('變更記錄')).toBeTruthy();
    expect(screen.getByTestId('neutral-remove').textContent).toBe('從名冊中移除');
    applyLocale('en');
  });
});
