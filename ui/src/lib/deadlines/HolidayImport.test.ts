import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import HolidayImport from './HolidayImport.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { HolidayImportDto, HolidayImportPreviewDto } from '../ipc';

const preview: HolidayImportPreviewDto = {
  calendar: 'CN',
  year: 2072,
  declared: true,
  replaces: true,
  changes: [
    {
      date: '2072-01-01',
      weekday: 5,
      change: 'changed',
      before: { working: false, name: { en: "New Year's Day", zh: '元旦' } },
      after: { working: true, name: { en: 'Make-up day', zh: '上班' } },
    },
    { date: '2072-01-02', weekday: 6, change: 'removed', before: { working: false, name: { en: 'X', zh: '某日' } }, after: null },
  ],
  unchanged: 3,
  skipped: [{ line: 7, summary: 'Case conference', reason: 'timed' }],
  otherYears: [],
  needsConfirmation: true,
  thisYear: 2026,
};

const done: HolidayImportDto = { calendar: 'CN', year: 2072, added: 0, corrected: 1, removed: 1, unchanged: 3, skipped: 1 };

function pick(input: HTMLElement) {
  const file = new File(['{"year": 2072, "days": []}'], 'cn_2072.json', { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode('{}').buffer });
  return fireEvent.change(input, { target: { files: [file] } });
}

describe('the holiday import', () => {
  it('previews every change and writes only on confirm, after a far year is acknowledged', async () => {
    applyLocale('en');
    let imported: Record<string, unknown> | null = null;
    const calls = mockCommands({
      preview_holiday_import: () => preview,
      import_holidays: (args) => {
        imported = args;
        return done;
      },
    });
    render(HolidayImport);
    await pick(screen.getByTestId('import-file'));
    const shown = await screen.findByTestId('import-preview');
    expect(shown.textContent).toContain('cn_2072.json replaces 2072 in the Mainland calendar');
    expect(screen.getByTestId('import-changes').textContent).toContain('Day off · New Year');
    expect(screen.getByTestId('import-changes').textContent).toContain('Make-up working day · Make-up day');
    expect(screen.getByTestId('import-skipped').textContent).toContain('line 7 “Case conference” has a time of day');
    expect(calls).toEqual(['preview_holiday_import']);
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('import-far-year').querySelector('input')!);
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toContain('Mainland 2072: 0 added, 1 corrected, 1 removed'));
    expect(imported).toMatchObject({ calendar: 'CN', name: 'cn_2072.json', year: null, confirm: true });
  });

  it('speaks the clerk’s language and cancels without writing', async () => {
    applyLocale('zh-Hant');
    const calls = mockCommands({ preview_holiday_import: () => ({ ...preview, needsConfirmation: false }) });
    render(HolidayImport);
    await pick(screen.getByTestId('import-file'));
    expect((await screen.findByTestId('import-preview')).textContent).toContain('將取代內地日曆的 2072 年');
    expect(screen.getByTestId('import-confirm').textContent).toContain('匯入 2072 年');
    await fireEvent.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(calls).toEqual(['preview_holiday_import']);
    applyLocale('en');
  });
});
