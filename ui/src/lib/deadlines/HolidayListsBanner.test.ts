import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import HolidayListsBanner from './HolidayListsBanner.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { HolidayStatusDto } from '../ipc';

const calendars: HolidayStatusDto['calendars'] = [
  { calendar: 'HK', officialYears: [2024, 2025, 2026], estimatedYears: [2027, 2028] },
  { calendar: 'CN', officialYears: [2024, 2025, 2026], estimatedYears: [2027, 2028] },
];

describe('the missing holiday lists banner', () => {
  it('from October, names each of next year’s missing lists and how to load it', async () => {
    applyLocale('zh-Hant');
    mockCommands({
      holiday_status: () => ({
        today: '2026-12-03',
        calendars,
        missing: [
          {
            calendar: 'HK',
            year: 2027,
            message: '尚未載入香港2027年公眾假期：載入前，2027年的期限均為估算。請從1823（www.1823.gov.hk）下載2027年公眾假期表',
          },
          { calendar: 'CN', year: 2027, message: '尚未載入國務院2027年放假通知：載入前，2027年的期限均為估算。' },
        ],
      }),
    });
    render(HolidayListsBanner);
    const banner = await screen.findByTestId('holiday-lists-banner');
    expect(banner.textContent).toContain('需載入的官方假期表');
    expect(screen.getByTestId('missing-HK-2027').textContent).toContain('1823');
    expect(screen.getByTestId('missing-CN-2027').textContent).toContain('國務院2027年放假通知');
  });

  it('stays away when every list needed now is loaded', async () => {
    applyLocale('en');
    const calls = mockCommands({ holiday_status: () => ({ today: '2026-09-30', calendars, missing: [] }) });
    render(HolidayListsBanner);
    await waitFor(() => expect(calls).toContain('holiday_status'));
    expect(screen.queryByTestId('holiday-lists-banner')).toBeNull();
  });
});
