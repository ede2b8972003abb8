// The typed commands the UI may call. Each name matches a #[tauri::command] in src-tauri and an
// entry in src-tauri/capabilities/default.json.
import { invoke } from '@tauri-apps/api/core';
import { toIpcError } from './errors';
import type { AppInfoDto } from './bindings/AppInfoDto';
import type { CalendarMonthDto } from './bindings/CalendarMonthDto';
import type { CaseDeadlineDto } from './bindings/CaseDeadlineDto';
import type { CaseDetailDto } from './bindings/CaseDetailDto';
import type { CaseDto } from './bindings/CaseDto';
import type { DeadlineDto } from './bindings/DeadlineDto';
import type { EventChangeDto } from './bindings/EventChangeDto';
import type { DeadlineInputDto } from './bindings/DeadlineInputDto';
import type { DemoSummaryDto } from './bindings/DemoSummaryDto';
import type { HearingDto } from './bindings/HearingDto';
import type { Locale } from './bindings/Locale';
import type { NeutralDto } from './bindings/NeutralDto';
import type { NewCaseDto } from './bindings/NewCaseDto';
import type { OverviewDto } from './bindings/OverviewDto';
import type { RuleSetDto } from './bindings/RuleSetDto';
import type { HolidayImportDto } from './bindings/HolidayImportDto';
import type { WeatherEventDto } from './bindings/WeatherEventDto';
import type { TimeLimitDto } from './bindings/TimeLimitDto';
import type { TimeLimitInputDto } from './bindings/TimeLimitInputDto';
import type { WeatherInputDto } from './bindings/WeatherInputDto';
import type { SettingsDto } from './bindings/SettingsDto';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toIpcError(raw);
  }
}

export const commands = {
  appInfo: () => call<AppInfoDto>('app_info'),
  uiReady: () => call<number>('ui_ready'),
  getSettings: () => call<SettingsDto>('get_settings'),
  setLanguage: (language: Locale) => call<SettingsDto>('set_language', { language }),
  getOverview: () => call<OverviewDto>('get_overview'),
  loadDemo: () => call<DemoSummaryDto>('load_demo'),
  dismissDemoOffer: () => call<OverviewDto>('dismiss_demo_offer'),
  listNeutrals: (query?: string) => call<NeutralDto[]>('list_neutrals', { query: query ?? null }),
  listCases: () => call<CaseDto[]>('list_cases'),
  listHearings: () => call<HearingDto[]>('list_hearings'),
  createCase: (input: NewCaseDto) => call<CaseDto>('create_case', { input }),
  caseDetail: (reference: string) => call<CaseDetailDto>('case_detail', { reference }),
  advanceCase: (reference: string, stage: string, date: string, note = '') =>
    call<CaseDetailDto>('advance_case', { reference, stage, date, note }),
  changeEventDate: (reference: string, stage: string, date: string, reason: string, save: boolean) =>
    call<EventChangeDto>('change_event_date', { reference, stage, date, reason, save }),
  listCaseDeadlines: () => call<CaseDeadlineDto[]>('list_case_deadlines'),
  overrideDeadline: (id: string, date: string, reason: string) =>
    call<CaseDeadlineDto>('override_deadline', { id, date, reason }),
  addWeather: (input: WeatherInputDto) => call<WeatherEventDto>('add_weather', { input }),
  listWeather: () => call<WeatherEventDto[]>('list_weather'),
  importHolidays: (calendar: 'HK' | 'CN', bytes: Uint8Array, name: string) =>
    call<HolidayImportDto>('import_holidays', { calendar, bytes: Array.from(bytes), name }),
  timeLimits: () => call<TimeLimitDto[]>('time_limits'),
  setTimeLimit: (input: TimeLimitInputDto) => call<TimeLimitDto>('set_time_limit', { input }),
  ruleSets: () => call<RuleSetDto[]>('rule_sets'),
  computeDeadline: (input: DeadlineInputDto) => call<DeadlineDto>('compute_deadline', { input }),
  calendarMonth: (calendar: 'HK' | 'CN', year: number, month: number) =>
    call<CalendarMonthDto>('calendar_month', { calendar, year, month }),
};

export type Commands = typeof commands;
