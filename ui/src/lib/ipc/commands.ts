// The typed commands the UI may call. Each name matches a #[tauri::command] in src-tauri and an
// entry in src-tauri/capabilities/default.json.
import { invoke } from '@tauri-apps/api/core';
import { toIpcError } from './errors';
import type { AppInfoDto } from './bindings/AppInfoDto';
import type { TzKeepDto } from './bindings/TzKeepDto';
import type { TzReviewDto } from './bindings/TzReviewDto';
import type { TzStatusDto } from './bindings/TzStatusDto';
import type { ZoneClockDto } from './bindings/ZoneClockDto';
import type { CalendarMonthDto } from './bindings/CalendarMonthDto';
import type { CaseDeadlineDto } from './bindings/CaseDeadlineDto';
import type { CaseDetailDto } from './bindings/CaseDetailDto';
import type { CasePreviewDto } from './bindings/CasePreviewDto';
import type { PrepDto } from './bindings/PrepDto';
import type { TemplateItemDto } from './bindings/TemplateItemDto';
import type { TemplateItemInputDto } from './bindings/TemplateItemInputDto';
import type { ChecklistUpdateDto } from './bindings/ChecklistUpdateDto';
import type { NewDocumentDto } from './bindings/NewDocumentDto';
import type { DocumentDto } from './bindings/DocumentDto';
import type { BundleLineDto } from './bindings/BundleLineDto';
import type { DisclosureInputDto } from './bindings/DisclosureInputDto';
import type { ExportedFileDto } from './bindings/ExportedFileDto';
import type { NoteDto } from './bindings/NoteDto';
import type { SearchHitDto } from './bindings/SearchHitDto';
import type { PackageReportDto } from './bindings/PackageReportDto';
import type { PackageResolutionDto } from './bindings/PackageResolutionDto';
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
import type { HolidayStatusDto } from './bindings/HolidayStatusDto';
import type { HolidayImportPreviewDto } from './bindings/HolidayImportPreviewDto';
import type { WeatherEventDto } from './bindings/WeatherEventDto';
import type { TimeLimitDto } from './bindings/TimeLimitDto';
import type { TimeLimitInputDto } from './bindings/TimeLimitInputDto';
import type { WeatherInputDto } from './bindings/WeatherInputDto';
import type { SettingsDto } from './bindings/SettingsDto';
import type { BackupDto } from './bindings/BackupDto';
import type { IcsCheckDto } from './bindings/IcsCheckDto';
import type { BusyImportDto } from './bindings/BusyImportDto';
import type { IcsExportDto } from './bindings/IcsExportDto';
import type { IcsFileDto } from './bindings/IcsFileDto';
import type { IcsSavedDto } from './bindings/IcsSavedDto';
import type { VenueDto } from './bindings/VenueDto';
import type { HearingInputDto } from './bindings/HearingInputDto';
import type { MoveHearingDto } from './bindings/MoveHearingDto';
import type { HearingCheckDto } from './bindings/HearingCheckDto';
import type { SlotQueryDto } from './bindings/SlotQueryDto';
import type { SlotsDto } from './bindings/SlotsDto';
import type { AppointmentDatesDto } from './bindings/AppointmentDatesDto';
import type { AppointmentDto } from './bindings/AppointmentDto';
import type { CandidateDto } from './bindings/CandidateDto';
import type { CasePartyDto } from './bindings/CasePartyDto';
import type { CasePartyInputDto } from './bindings/CasePartyInputDto';
import type { ConflictRecordInputDto } from './bindings/ConflictRecordInputDto';
import type { ConflictReportDto } from './bindings/ConflictReportDto';
import type { ConflictRuleDto } from './bindings/ConflictRuleDto';
import type { ConnectionDto } from './bindings/ConnectionDto';
import type { ConnectionInputDto } from './bindings/ConnectionInputDto';
import type { CounselDto } from './bindings/CounselDto';
import type { CounselInputDto } from './bindings/CounselInputDto';
import type { FeeCapDto } from './bindings/FeeCapDto';
import type { FindNeutralDto } from './bindings/FindNeutralDto';
import type { FirmDto } from './bindings/FirmDto';
import type { FirmInputDto } from './bindings/FirmInputDto';
import type { NeutralDetailDto } from './bindings/NeutralDetailDto';
import type { NeutralInputDto } from './bindings/NeutralInputDto';
import type { NeutralQueryDto } from './bindings/NeutralQueryDto';
import type { PartyDetailDto } from './bindings/PartyDetailDto';
import type { PartyDto } from './bindings/PartyDto';
import type { PartyInputDto } from './bindings/PartyInputDto';
import type { ProposalDto } from './bindings/ProposalDto';

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
  listNeutrals: (query: Partial<NeutralQueryDto> = {}) =>
    call<NeutralDto[]>('list_neutrals', {
      query: { text: null, role: null, language: null, panel: null, nationality: null, ...query },
    }),
  neutralDetail: (id: string) => call<NeutralDetailDto>('neutral_detail', { id }),
  createNeutral: (input: NeutralInputDto) => call<NeutralDetailDto>('create_neutral', { input }),
  updateNeutral: (id: string, input: NeutralInputDto) => call<NeutralDetailDto>('update_neutral', { id, input }),
  listParties: (text?: string) => call<PartyDto[]>('list_parties', { text: text ?? null }),
  createParty: (input: PartyInputDto) => call<PartyDto>('create_party', { input }),
  partyDetail: (id: string) => call<PartyDetailDto>('party_detail', { id }),
  listFirms: () => call<FirmDto[]>('list_firms'),
  createFirm: (input: FirmInputDto) => call<FirmDto>('create_firm', { input }),
  listCounsel: () => call<CounselDto[]>('list_counsel'),
  createCounsel: (input: CounselInputDto) => call<CounselDto>('create_counsel', { input }),
  setCaseParty: (input: CasePartyInputDto) => call<CasePartyDto[]>('set_case_party', { input }),
  addConnection: (input: ConnectionInputDto) => call<ConnectionDto>('add_connection', { input }),
  checkConflicts: (input: ProposalDto) => call<ConflictReportDto>('check_conflicts', { input }),
  proposeAppointment: (input: ProposalDto) => call<ConflictReportDto>('propose_appointment', { input }),
  recordConflict: (input: ConflictRecordInputDto) => call<ConflictReportDto>('record_conflict', { input }),
  setAppointmentDates: (input: AppointmentDatesDto) => call<AppointmentDto>('set_appointment_dates', { input }),
  findNeutrals: (input: FindNeutralDto) => call<CandidateDto[]>('find_neutrals', { input }),
  conflictRules: () => call<ConflictRuleDto[]>('conflict_rules'),
  feeCaps: () => call<FeeCapDto[]>('fee_caps'),
  lastClerkName: () => call<string | null>('last_clerk_name'),
  listCases: () => call<CaseDto[]>('list_cases'),
  listHearings: (from?: string, to?: string, displayZone?: string) =>
    call<HearingDto[]>('list_hearings', { from: from ?? null, to: to ?? null, displayZone: displayZone ?? null }),
  exportIcs: (query: IcsExportDto) => call<IcsFileDto>('export_ics', { query }),
  saveIcs: (query: IcsExportDto) => call<IcsSavedDto>('save_ics', { query }),
  checkIcs: (bytes: Uint8Array) => call<IcsCheckDto>('check_ics', { bytes: Array.from(bytes) }),
  importBusy: (neutralId: string, bytes: Uint8Array, name: string, floatingZone: string | null = null) =>
    call<BusyImportDto>('import_busy', { neutralId, bytes: Array.from(bytes), name, floatingZone }),
  createBackup: () => call<BackupDto>('create_backup'),
  listBackups: () => call<BackupDto[]>('list_backups'),
  restoreBackup: (path: string) => call<BackupDto>('restore_backup', { path }),
  listVenues: () => call<VenueDto[]>('list_venues'),
  scheduleHearing: (input: HearingInputDto) => call<HearingCheckDto>('schedule_hearing', { input }),
  moveHearing: (input: MoveHearingDto) => call<HearingCheckDto>('move_hearing', { input }),
  cancelHearing: (id: string) => call<HearingDto>('cancel_hearing', { id }),
  setHearingStatus: (id: string, status: string) => call<HearingDto>('set_hearing_status', { id, status }),
  hearingConflicts: (id: string) => call<HearingCheckDto>('hearing_conflicts', { id }),
  findSlots: (query: SlotQueryDto) => call<SlotsDto>('find_slots', { query }),
  tzStatus: () => call<TzStatusDto>('tz_status'),
  tzReviews: () => call<TzReviewDto[]>('tz_reviews'),
  decideTzReview: (id: string, keep: TzKeepDto) => call<TzReviewDto[]>('decide_tz_review', { id, keep }),
  zoneClock: (date: string, fromZone: string, toZone: string, firstHour: number, lastHour: number) =>
    call<ZoneClockDto>('zone_clock', { date, fromZone, toZone, firstHour, lastHour }),
  createCase: (input: NewCaseDto) => call<CaseDto>('create_case', { input }),
  previewCase: (input: NewCaseDto) => call<CasePreviewDto>('preview_case', { input }),
  caseDetail: (reference: string) => call<CaseDetailDto>('case_detail', { reference }),
  prepareCase: (reference: string) => call<PrepDto>('prepare_case', { reference }),
  checklistTemplates: () => call<TemplateItemDto[]>('checklist_templates'),
  setChecklistTemplate: (input: TemplateItemInputDto) => call<TemplateItemDto[]>('set_checklist_template', { input }),
  updateChecklistItem: (reference: string, id: string, change: ChecklistUpdateDto) =>
    call<PrepDto>('update_checklist_item', { reference, id, change }),
  addDocument: (reference: string, input: NewDocumentDto, file?: { name: string; bytes: Uint8Array }) =>
    call<DocumentDto>('add_document', {
      reference,
      input,
      name: file?.name ?? '',
      bytes: file ? Array.from(file.bytes) : null,
    }),
  setDocumentConfidential: (reference: string, id: string, confidential: boolean) =>
    call<PrepDto>('set_document_confidential', { reference, id, confidential }),
  setBundle: (reference: string, lines: BundleLineDto[]) => call<PrepDto>('set_bundle', { reference, lines }),
  exportBundle: (reference: string, format: 'html' | 'csv', lang: 'en' | 'zh' | 'both', disclosure: DisclosureInputDto) =>
    call<ExportedFileDto>('export_bundle', { reference, format, lang, disclosure }),
  addNote: (reference: string, body: string, confidential: boolean, author: string) =>
    call<NoteDto>('add_note', { reference, body, confidential, author }),
  search: (text: string) => call<SearchHitDto[]>('search', { text }),
  exportPackage: (reference: string, disclosure: DisclosureInputDto) =>
    call<ExportedFileDto>('export_package', { reference, disclosure }),
  importPackage: (bytes: Uint8Array, resolutions: PackageResolutionDto[] = []) =>
    call<PackageReportDto>('import_package', { bytes: Array.from(bytes), resolutions }),
  advanceCase: (reference: string, stage: string, date: string, note = '') =>
    call<CaseDetailDto>('advance_case', { reference, stage, date, note }),
  changeEventDate: (reference: string, stage: string, date: string, reason: string, save: boolean) =>
    call<EventChangeDto>('change_event_date', { reference, stage, date, reason, save }),
  listCaseDeadlines: () => call<CaseDeadlineDto[]>('list_case_deadlines'),
  overrideDeadline: (id: string, date: string, reason: string) =>
    call<CaseDeadlineDto>('override_deadline', { id, date, reason }),
  addWeather: (input: WeatherInputDto) => call<WeatherEventDto>('add_weather', { input }),
  listWeather: () => call<WeatherEventDto[]>('list_weather'),
  holidayStatus: () => call<HolidayStatusDto>('holiday_status'),
  previewHolidayImport: (calendar: 'HK' | 'CN', bytes: Uint8Array, year: number | null) =>
    call<HolidayImportPreviewDto>('preview_holiday_import', { calendar, bytes: Array.from(bytes), year }),
  importHolidays: (
    calendar: 'HK' | 'CN',
    bytes: Uint8Array,
    name: string,
    year: number | null,
    confirm: boolean,
  ) =>
    call<HolidayImportDto>('import_holidays', {
      calendar,
      bytes: Array.from(bytes),
      name,
      year,
      confirm,
    }),
  timeLimits: () => call<TimeLimitDto[]>('time_limits'),
  setTimeLimit: (input: TimeLimitInputDto) => call<TimeLimitDto>('set_time_limit', { input }),
  ruleSets: () => call<RuleSetDto[]>('rule_sets'),
  computeDeadline: (input: DeadlineInputDto) => call<DeadlineDto>('compute_deadline', { input }),
  calendarMonth: (calendar: 'HK' | 'CN', year: number, month: number) =>
    call<CalendarMonthDto>('calendar_month', { calendar, year, month }),
};

export type Commands = typeof commands;
