import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import App from './App.svelte';
import { shell } from './lib/shell/app-state.svelte';
import { applyLocale } from './lib/i18n/i18n.svelte';
import { mockCommands } from './lib/ipc/testing';
import type { CaseDto, Locale, OverviewDto, SettingsDto } from './lib/ipc';

const info = {
  product: 'Bay Docket',
  version: '0.1.0',
  tzdbVersion: '2025b',
  sqliteVersion: '3.50.0',
  schemaVersion: 1,
  dbPath: '/home/clerk/.local/share/bay-docket/docket.sqlite3',
};

const sampleCase: CaseDto = {
  id: 'c1',
  reference: 'HKIAC-A26017',
  title: { en: 'Pearl River Shipping Ltd v Qianhai Logistics Co., Ltd.', zh: '珠江航运有限公司 诉 前海物流有限公司' },
  model: 'hkiac_arbitration',
  crossBorder: false,
  status: 'open',
  filedOn: '2026-03-08',
  language: 'en',
  hearings: 3,
  stage: 'notice_served',
  stageLabel: 'Notice received by respondent',
  procedure: 'ordinary',
  institution: 'HKIAC',
  nextDeadline: '2026-04-08',
  nextDeadlineStatus: 'later',
  problem: null,
};

/** A fake backend: an empty database that can load the demo, remembering the language. */
function backend(saved: Locale | null) {
  let language = saved;
  let clerkName: string | null = null;
  let loaded = false;
  const overview = (): OverviewDto => ({
    neutrals: loaded ? 40 : 0,
    cases: loaded ? 20 : 0,
    hearings: loaded ? 60 : 0,
    venues: loaded ? 7 : 0,
    rooms: loaded ? 6 : 0,
    hasDemo: false,
    offerDemo: !loaded,
  });
  const settings = (): SettingsDto => ({ language, dbPath: info.dbPath, demoOfferDismissed: false, clerkName });
  const calls = mockCommands({
    get_settings: () => settings(),
    set_language: (args) => {
      language = args.language as Locale;
      return settings();
    },
    set_clerk_name: (args) => {
      const name = String(args.name).trim();
      if (name.includes('\u0007')) {
        throw {
          kind: 'validation',
          detail: { fields: [{ field: 'clerk_name', reason: { code: 'malformed', expected: 'one_line' } }] },
          message: 'Your name is not valid (expected one line of text, without control characters).',
          fields: [{ field: 'clerk_name', message: 'Your name is not valid (expected one line of text, without control characters).' }],
        };
      }
      clerkName = name;
      return settings();
    },
    get_overview: () => overview(),
    app_info: () => info,
    ui_ready: () => 120,
    load_demo: () => {
      loaded = true;
      return { neutrals: 40, cases: 20, venues: 7, hearings: 60 };
    },
    list_cases: () => (loaded ? [sampleCase] : []),
    list_neutrals: () => [],
    list_hearings: () => [],
    list_venues: () => [],
    list_backups: () => [],
    list_case_deadlines: () => [],
    list_weather: () => [],
    time_limits: () => [],
    conflict_rules: () => [],
    fee_caps: () => [],
    list_parties: () => [],
    list_counsel: () => [],
    rule_sets: () => [],
    calendar_month: (args) => ({ calendar: args.calendar, year: 2026, month: 11, days: [] }),
    holiday_status: () => ({ today: '2026-11-24', calendars: [], missing: [] }),
  });
  return { calls, language: () => language, clerkName: () => clerkName };
}

function reset() {
  shell.screen = 'cases';
  shell.ready = false;
  shell.error = null;
  shell.notice = null;
  shell.overview = null;
  applyLocale('en');
}

describe('the app shell', () => {
  it('offers demo data on an empty database and shows the cases once loaded', async () => {
    reset();
    backend('en');
    render(App);
    expect(await screen.findByTestId('demo-offer')).toBeTruthy();
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No cases yet');
    await fireEvent.click(screen.getByTestId('demo-load'));
    expect(await screen.findByText('HKIAC-A26017')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('demo-offer')).toBeNull());
    expect(screen.getByTestId('notice').textContent).toContain('40 mediators and arbitrators');
  });

  it('asks the clerk their name at first start and keeps it before loading the demo', async () => {
    reset();
    const be = backend('en');
    render(App);
    const field = await screen.findByTestId('demo-clerk-name');
    await fireEvent.input(field, { target: { value: 'Chan\u0007Mei' } });
    await fireEvent.click(screen.getByTestId('demo-load'));
    expect((await screen.findByTestId('demo-clerk-name-error')).textContent).toContain('Your name is not valid');
    expect(be.calls).not.toContain('load_demo');
    await fireEvent.input(field, { target: { value: '  Chan Mei ' } });
    await fireEvent.click(screen.getByTestId('demo-load'));
    expect(await screen.findByText('HKIAC-A26017')).toBeTruthy();
    expect(be.clerkName()).toBe('Chan Mei');
    expect(be.calls.indexOf('set_clerk_name')).toBeLessThan(be.calls.indexOf('load_demo'));
    await fireEvent.click(screen.getByTestId('nav-settings'));
    expect(((await screen.findByTestId('clerk-name')) as HTMLInputElement).value).toBe('Chan Mei');
  });

  it('starts empty without a name when none is typed', async () => {
    reset();
    const be = backend('en');
    render(App);
    await fireEvent.click(await screen.findByTestId('demo-skip'));
    expect(be.calls).toContain('dismiss_demo_offer');
    expect(be.calls).not.toContain('set_clerk_name');
  });

  it('switches every label to Traditional Chinese and remembers the choice', async () => {
    reset();
    const be = backend('en');
    render(App);
    await screen.findByTestId('demo-offer');
    expect(screen.getByTestId('nav-roster').textContent).toContain('Roster');
    await fireEvent.change(screen.getByTestId('language'), { target: { value: 'zh-Hant' } });
    await waitFor(() => expect(screen.getByTestId('nav-roster').textContent).toContain('名冊'));
    expect(screen.getByTestId('nav-settings').textContent).toContain('設定');
    expect(screen.getByTestId('demo-load').textContent).toContain('載入示範資料');
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(be.language()).toBe('zh-Hant');
  });

  it('keeps a confirmation in step with the language', async () => {
    reset();
    backend('en');
    render(App);
    await fireEvent.click(await screen.findByTestId('demo-load'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('40 mediators and arbitrators'));
    await fireEvent.change(screen.getByTestId('language'), { target: { value: 'zh-Hans' } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('示例数据已载入：40 名调解员和仲裁员'));
  });

  it('starts in the system language on first start and saves it', async () => {
    reset();
    const be = backend(null);
    Object.defineProperty(navigator, 'languages', { value: ['zh-CN', 'en'], configurable: true });
    render(App);
    await waitFor(() => expect(screen.getByTestId('nav-settings').textContent).toContain('设置'));
    expect(screen.getByTestId('nav-roster').textContent).toContain('名册');
    expect(be.language()).toBe('zh-Hans');
  });

  it('navigates between the five sections', async () => {
    reset();
    backend('en');
    render(App);
    await screen.findByTestId('demo-offer');
    for (const [id, title] of [
      ['nav-roster', 'Roster'],
      ['nav-calendar', 'Calendar'],
      ['nav-deadlines', 'Deadlines'],
      ['nav-settings', 'Settings'],
      ['nav-cases', 'Cases'],
    ] as const) {
      await fireEvent.click(screen.getByTestId(id));
      await waitFor(() => expect(screen.getByTestId('screen-title').textContent).toBe(title));
    }
  });

  it('keeps the clerk’s name from Settings and confirms it in their language', async () => {
    reset();
    const be = backend('zh-Hant');
    render(App);
    await screen.findByTestId('demo-offer');
    await fireEvent.click(screen.getByTestId('nav-settings'));
    await fireEvent.input(await screen.findByTestId('clerk-name'), { target: { value: '陳美' } });
    await fireEvent.click(screen.getByTestId('clerk-name-save'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('此後的修改將記為陳美所作'));
    expect(be.clerkName()).toBe('陳美');
  });

  it('shows where the database lives in Settings', async () => {
    reset();
    backend('en');
    render(App);
    await screen.findByTestId('demo-offer');
    await fireEvent.click(screen.getByTestId('nav-settings'));
    expect((await screen.findByTestId('db-path')).textContent).toBe(info.dbPath);
  });
});
