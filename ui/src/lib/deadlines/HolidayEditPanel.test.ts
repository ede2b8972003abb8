import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import HolidayEditPanel from './HolidayEditPanel.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import { deadlinesData } from './deadlines-data';
import type { CalendarEditDto, ClosureDayDto, MovedDeadlineDto } from '../ipc';

const moved: MovedDeadlineDto = {
  deadlineId: 'd-1',
  caseReference: 'HKIAC-A26057',
  name: { en: 'Apply to set aside the award', zh: '申請撤銷裁決', zhHans: '申请撤销裁决' },
  before: '2026-11-27',
  after: '2026-11-30',
};

async function fill(testId: string, value: string) {
  await fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

describe('the holiday and closure day panel', () => {
  it('previews the deadlines a holiday moves, saves it and undoes it', async () => {
    applyLocale('en');
    const edits: CalendarEditDto[] = [];
    const undo: CalendarEditDto = { kind: 'removeHoliday', calendar: 'HK', date: '2026-11-27', reason: 'Undo: Gazette' };
    mockCommands({
      closure_days: () => [],
      preview_calendar_edit: (args) => {
        edits.push(args.edit as CalendarEditDto);
        return { before: null, after: null, moved: [moved] };
      },
      edit_calendar: (args) => {
        edits.push(args.edit as CalendarEditDto);
        return { moved: [moved], undo };
      },
    });
    render(HolidayEditPanel);
    await fill('holiday-edit-date', '2026-11-27');
    await fill('holiday-edit-name-en', 'Special holiday');
    await fill('holiday-edit-reason', 'Gazette');
    await fireEvent.click(screen.getByTestId('holiday-edit-preview'));
    const moves = await screen.findByTestId('holiday-edit-moves');
    expect(moves.textContent).toContain('This change moves 1 deadline(s):');
    expect(moves.textContent).toContain('HKIAC-A26057');
    expect(moves.textContent).toContain('27 Nov 2026 → 30 Nov 2026');
    const version = deadlinesData.version;
    await fireEvent.click(screen.getByTestId('holiday-edit-save'));
    expect((await screen.findByTestId('holiday-edit-message')).textContent).toContain('Saved. 1 deadline(s) moved.');
    expect(deadlinesData.version).toBe(version + 1);
    expect(edits[1]).toEqual({ kind: 'setHoliday', calendar: 'HK', date: '2026-11-27', working: false, nameEn: 'Special holiday', nameZh: '', reason: 'Gazette' });
    await fireEvent.click(screen.getByTestId('holiday-edit-undo'));
    await waitFor(() => expect(screen.getByTestId('holiday-edit-message').textContent).toContain('Undone'));
    expect(edits[2]).toEqual(undo);
  });

  it('shows a refusal beside its field in Simplified Chinese and removes a closure day', async () => {
    applyLocale('zh-Hans');
    let closures: ClosureDayDto[] = [
      { date: '2026-12-24', weekday: 4, name: { en: 'Centre closed', zh: '中心休息', zhHans: '中心休息' } },
    ];
    const removed: CalendarEditDto[] = [];
    mockCommands({
      closure_days: () => closures,
      preview_calendar_edit: () => {
        throw {
          kind: 'validation',
          detail: { fields: [{ field: 'reason', reason: { code: 'required' } }] },
          message: '请更正：原因：必须填写。',
          fields: [{ field: 'reason', message: '原因：必须填写。' }],
        };
      },
      edit_calendar: (args) => {
        removed.push(args.edit as CalendarEditDto);
        closures = [];
        return { moved: [], undo: { kind: 'addClosure', date: '2026-12-24', nameEn: 'Centre closed', nameZh: '中心休息' } };
      },
    });
    render(HolidayEditPanel);
    await fireEvent.change(screen.getByTestId('holiday-edit-kind'), { target: { value: 'removeHoliday' } });
    await fill('holiday-edit-date', '2026-10-01');
    await fireEvent.click(screen.getByTestId('holiday-edit-preview'));
    await screen.findByText('原因：必须填写。');
    expect(screen.queryByTestId('holiday-edit-save')).toBeNull();

    await fireEvent.click(await screen.findByTestId('closure-remove-2026-12-24'));
    expect((await screen.findByTestId('holiday-edit-message')).textContent).toContain('已保存。0 个期限已变动。');
    expect(removed[0]).toEqual({ kind: 'removeClosure', date: '2026-12-24' });
    await waitFor(() => expect(screen.getByText('尚未记录休息日。')).toBeTruthy());
    expect(screen.getByTestId('holiday-edit-undo')).toBeTruthy();
  });
});
