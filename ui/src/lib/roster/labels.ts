// Words for the codes Rust sends as typed unions (roles, panels, levels, statuses): one record per
// code type, exhaustive, so a code without words, or a word for a code that no longer exists, is a
// type error. The records' order is the order option lists show. See ADR 0020.
import { t } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/catalogue';
import type { AppointedByDto } from '../ipc/bindings/AppointedByDto';
import type { AppointmentRoleDto } from '../ipc/bindings/AppointmentRoleDto';
import type { ConnectionKindDto } from '../ipc/bindings/ConnectionKindDto';
import type { FindingStatusDto } from '../ipc/bindings/FindingStatusDto';
import type { HearingKindDto } from '../ipc/bindings/HearingKindDto';
import type { HearingSeverityDto } from '../ipc/bindings/HearingSeverityDto';
import type { HearingStatusDto } from '../ipc/bindings/HearingStatusDto';
import type { LanguageLevelDto } from '../ipc/bindings/LanguageLevelDto';
import type { PanelDto } from '../ipc/bindings/PanelDto';
import type { ParticipantKindDto } from '../ipc/bindings/ParticipantKindDto';
import type { PartyKindDto } from '../ipc/bindings/PartyKindDto';
import type { RecordKindDto } from '../ipc/bindings/RecordKindDto';
import type { SeverityDto } from '../ipc/bindings/SeverityDto';
import type { SideDto } from '../ipc/bindings/SideDto';

/** The codes of an exhaustive record, in the record's order. */
function codes<C extends string>(words: Record<C, MessageKey>): C[] {
  return Object.keys(words) as C[];
}

const roleWords: Record<AppointmentRoleDto, MessageKey> = {
  sole_arbitrator: 'role.sole_arbitrator',
  presiding_arbitrator: 'role.presiding_arbitrator',
  co_arbitrator: 'role.co_arbitrator',
  emergency_arbitrator: 'role.emergency_arbitrator',
  mediator: 'role.mediator',
};
export const appointmentRoles = codes(roleWords);
export const roleLabel = (code: AppointmentRoleDto): string => t(roleWords[code]);

const appointedByWords: Record<AppointedByDto, MessageKey> = {
  institution: 'appoint.by.institution',
  parties: 'appoint.by.parties',
  co_arbitrators: 'appoint.by.co_arbitrators',
  party: 'appoint.by.party',
};
export const appointers = codes(appointedByWords);
export const appointedByLabel = (code: AppointedByDto): string => t(appointedByWords[code]);

const panelWords: Record<PanelDto, MessageKey> = {
  hkiac_panel: 'panel.hkiac_panel',
  hkiac_list: 'panel.hkiac_list',
  scia_arbitrators: 'panel.scia_arbitrators',
  hkmaal: 'panel.hkmaal',
  scia_mediators: 'panel.scia_mediators',
  hkiac_mediators: 'panel.hkiac_mediators',
};
export const panels = codes(panelWords);
export const panelLabel = (code: PanelDto): string => t(panelWords[code]);

const levelWords: Record<LanguageLevelDto, MessageKey> = {
  native: 'level.native',
  fluent: 'level.fluent',
  working: 'level.working',
  basic: 'level.basic',
};
export const levelLabel = (code: LanguageLevelDto): string => t(levelWords[code]);
export const levels = codes(levelWords);

const sideWords: Record<SideDto, MessageKey> = {
  claimant: 'side.claimant',
  respondent: 'side.respondent',
};
export const sides = codes(sideWords);
export const sideLabel = (code: SideDto): string => t(sideWords[code]);

const partyKindWords: Record<PartyKindDto, MessageKey> = {
  company: 'party.kind.company',
  individual: 'party.kind.individual',
  state: 'party.kind.state',
};
export const partyKinds = codes(partyKindWords);
export const partyKindLabel = (code: PartyKindDto): string => t(partyKindWords[code]);

const connectionWords: Record<ConnectionKindDto, MessageKey> = {
  counsel: 'connection.counsel',
  officer: 'connection.officer',
  shareholder: 'connection.shareholder',
  personal: 'connection.personal',
  other: 'connection.other',
};
export const connectionKinds = codes(connectionWords);
export const connectionLabel = (code: ConnectionKindDto): string => t(connectionWords[code]);

const severityWords: Record<SeverityDto, MessageKey> = {
  block: 'severity.block',
  disclose: 'severity.disclose',
  note: 'severity.note',
};
export const severityLabel = (code: SeverityDto): string => t(severityWords[code]);

/** A scheduling finding reads like a conflict finding: blocking, or one to look at. */
const hearingSeverityWords: Record<HearingSeverityDto, MessageKey> = {
  block: 'severity.block',
  warn: 'severity.disclose',
};
export const hearingSeverityLabel = (code: HearingSeverityDto): string => t(hearingSeverityWords[code]);

const findingStatusWords: Record<FindingStatusDto, MessageKey> = {
  open: 'status.open',
  disclosed: 'status.disclosed',
  objected: 'status.objected',
  waived: 'status.waived',
  note: 'status.note',
};
export const findingStatusLabel = (code: FindingStatusDto): string => t(findingStatusWords[code]);

const recordKindWords: Record<RecordKindDto, MessageKey> = {
  disclosure: 'finding.kind.disclosure',
  objection: 'finding.kind.objection',
  waiver: 'finding.kind.waiver',
};
export const recordKinds = codes(recordKindWords);
export const recordKindLabel = (code: RecordKindDto): string => t(recordKindWords[code]);

const participantWords: Record<ParticipantKindDto, MessageKey> = {
  neutral: 'participant.neutral',
  party: 'participant.party',
  counsel: 'participant.counsel',
  interpreter: 'participant.interpreter',
  other: 'participant.other',
};
export const participantLabel = (code: ParticipantKindDto): string => t(participantWords[code]);

const hearingKindWords: Record<HearingKindDto, MessageKey> = {
  procedural_conference: 'kind.procedural_conference',
  evidentiary_hearing: 'kind.evidentiary_hearing',
  mediation_session: 'kind.mediation_session',
  award_delivery: 'kind.award_delivery',
  other: 'kind.other',
};
export const hearingKinds = codes(hearingKindWords);
export const hearingKindLabel = (code: HearingKindDto): string => t(hearingKindWords[code]);

const hearingStatusWords: Record<HearingStatusDto, MessageKey> = {
  tentative: 'hearingStatus.tentative',
  confirmed: 'hearingStatus.confirmed',
  postponed: 'hearingStatus.postponed',
  cancelled: 'hearingStatus.cancelled',
};
export const hearingStatuses = codes(hearingStatusWords);
export const hearingStatusLabel = (code: HearingStatusDto): string => t(hearingStatusWords[code]);

// Language tags are an open set (a neutral may speak any language): these are the ones offered as
// filters and named in the interface; any other tag is shown as it is.
const languageWords = new Map<string, MessageKey>([
  ['en', 'lang.en'],
  ['zh', 'lang.zh'],
  ['yue', 'lang.yue'],
  ['cmn', 'lang.cmn'],
  ['pt', 'lang.pt'],
  ['de', 'lang.de'],
  ['fr', 'lang.fr'],
]);
export const spokenLanguages = [...languageWords.keys()];
export function languageLabel(tag: string): string {
  const key = languageWords.get(tag);
  return key === undefined ? tag : t(key);
}

