import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import RemovedPanel from './RemovedPanel.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import { shell } from '../shell/app-state.svelte';
import type { RemovedDto } from '../ipc';

const doc: RemovedDto = {
  kind: 'document',
  key: 'doc-1',
  caseReference: 'HKIAC-A26017',
  label: 'Statement of claim',
  retired: false,
  removedAt: '2026-12-03T06:10:00Z',
  when: '3 Dec 2026 14:10',
};

const ana: RemovedDto = {
  kind: 'neutral',
  key: 'n-1',
  caseReference: '',
  label: 'Ana Souza',
  retired: true,
  removedAt: '2026-12-03T06:05:00Z',
  when: '3 Dec 2026 14:05',
};

describe('recently removed', () => {
  it('names each kind of record, marks the retired, and restores through restore_record', async () => {
    applyLocale('en');
    shell.notice = null;
    let removed = [doc, ana];
    const restored: unknown[] = [];
    mockCommands({
      recently_removed: () => removed,
      restore_record: (args) => {
        restored.push(args);
        removed = removed.filter((r) => r.key !== args.key);
        return { kind: args.kind, key: args.key, outcome: 'restored', cases: [], message: 'Statement of claim is back.' };
      },
    });
    render(RemovedPanel);
    await waitFor(() => expect(screen.getAllByTestId('removed-row')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('removed-row').map((r) => r.textContent ?? '');
    expect(first).toContain('Document: Statement of claim');
    expect(first).not.toContain('retired');
    expect(second).toContain('Mediator or arbitrator: Ana Souza');
    expect(second).toContain('retired');

    await fireEvent.click(screen.getAllByTestId('removed-restore')[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('removed-row')).toHaveLength(1));
    expect(restored).toEqual([{ kind: 'document', key: 'doc-1' }]);
    expect(shell.notice).toEqual({ key: 'removed.restored', params: { what: 'Statement of claim' } });
    shell.notice = null;
  });
});
