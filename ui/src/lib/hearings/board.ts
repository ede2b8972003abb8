// What the calendar board (EventCalendar, ADR 0027) is fed: hearings as events at their display-zone
// wall time from Rust, rooms as resources, days off as background events, the range to ask Rust
// for, and wall-time conversions read from Rust's `zone_clock` (never from the WebView's Intl data).
import { commands, type HearingDto, type VenueDto } from '../ipc';
import { addDays, mondayOf, monthStart, shiftLocal } from './dates';

/** The views drawn by the board; the agenda is a list of our own. */
export type BoardView = 'day' | 'week' | 'month' | 'roomsDay' | 'roomsWeek' | 'roomColumns' | 'neutrals';
export const boardViews: BoardView[] = ['day', 'week', 'month', 'roomsDay', 'roomsWeek', 'roomColumns', 'neutrals'];

/** EventCalendar's name for each of our views. */
export const ecView: Record<BoardView, string> = {
  day: 'timeGridDay',
  week: 'timeGridWeek',
  month: 'dayGridMonth',
  roomsDay: 'resourceTimelineDay',
  roomsWeek: 'resourceTimelineWeek',
  roomColumns: 'resourceTimeGridDay',
  neutrals: 'resourceTimelineWeek',
};

/** The views with a week of narrow hour slots: hearings drawn compactly, moved but not resized. */
export function isWeekOfRows(view: BoardView): boolean {
  return view === 'roomsWeek' || view === 'neutrals';
}

/** The zone every grid is drawn in when the clerk has chosen "each hearing's own zone". */
export const clerkZone = 'Asia/Hong_Kong';

/** The days a view shows (inclusive display-zone dates). */
export function visibleDays(view: BoardView, anchor: string): { from: string; to: string } {
  if (view === 'week' || isWeekOfRows(view)) {
    const from = mondayOf(anchor);
    return { from, to: addDays(from, 6) };
  }
  if (view === 'month') {
    const from = mondayOf(monthStart(anchor));
    return { from, to: addDays(from, 41) };
  }
  return { from: anchor, to: anchor };
}

/** What to ask Rust for: the visible days and one day either side, so a hearing that starts the
 * evening before and runs past midnight is drawn too. */
export function requestRange(view: BoardView, anchor: string): { from: string; to: string } {
  const { from, to } = visibleDays(view, anchor);
  return { from: addDays(from, -1), to: addDays(to, 1) };
}

export type EventInput = {
  id: string;
  start: string;
  end: string;
  title: string;
  resourceIds?: string[];
  allDay?: boolean;
  display?: 'auto' | 'background';
  editable?: boolean;
  classNames?: string[];
  extendedProps: { hearing?: HearingDto; off?: string[] };
};

/** A hearing as an event: placed at its display-zone wall time as Rust computed it, in its room's
 * row (or, on the neutrals' board, in the row of each neutral sitting). */
export function hearingEvent(h: HearingDto, rows: 'rooms' | 'neutrals' = 'rooms'): EventInput {
  const neutrals = h.participants.filter((p) => p.kind === 'neutral').map((p) => p.key);
  return {
    id: h.id,
    start: h.displayStart,
    end: h.displayEnd,
    title: h.caseReference,
    resourceIds: rows === 'rooms' ? [h.venue.code] : neutrals,
    editable: h.status !== 'cancelled',
    classNames: [`hstatus-${h.status}`],
    extendedProps: { hearing: h },
  };
}

/** Days off (holidays of either side, closure days) as all-day background events on every room. */
export function offDayEvents(offDays: Record<string, string[]>, resourceIds: string[]): EventInput[] {
  return Object.entries(offDays).map(([date, tags]) => ({
    id: `off-${date}`,
    start: date,
    end: addDays(date, 1),
    title: tags.join(' '),
    allDay: true,
    display: 'background',
    resourceIds,
    classNames: ['board-off'],
    extendedProps: { off: tags },
  }));
}

export type ResourceInput = { id: string; title: string; extendedProps: { venue: VenueDto } };

export function roomResources(venues: VenueDto[], name: (v: VenueDto) => string): ResourceInput[] {
  return venues.map((v) => ({ id: v.code, title: name(v), extendedProps: { venue: v } }));
}

  /** What the clerk did on the board, with EventCalendar's way to undo it on the screen. */
export type BoardChange = {
  hearing: HearingDto;
  /** The new start in the display zone, when the time moved. */
  shownStart: string | null;
  /** The new room's code, when the room changed. */
  venueCode: string | null;
  /** The new length, when it was resized. */
  minutes: number | null;
  revert: () => void;
};

/** The neutrals sitting in these hearings, by name, as rows. */
export function neutralResources(
  hearings: HearingDto[],
  name: (n: HearingDto['participants'][number]) => string,
): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const h of hearings) for (const p of h.participants) if (p.kind === 'neutral') seen.set(p.key, name(p));
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

/** Minutes of an EventCalendar duration (days and seconds; the board never moves by months). */
export function durationMinutes(d: { days: number; seconds: number }): number {
  return d.days * 1440 + Math.round(d.seconds / 60);
}

/** A local `YYYY-MM-DDTHH:MM` from EventCalendar's ISO string (`YYYY-MM-DDTHH:MM:SS`); a whole day
 * selected (the month view) is read as 09:00. */
export function wallOf(iso: string, allDay = false): string {
  return allDay || iso.length < 16 ? `${iso.slice(0, 10)}T09:00` : iso.slice(0, 16);
}

/** Reads one of `zone_clock`'s labels: `HH:MM`, with ` +1` or ` -1` when it falls on another day. */
export function readClock(label: string): { minute: number; days: number } {
  const [time = '00:00', shift] = label.split(' ');
  return { minute: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)), days: Number(shift ?? 0) };
}

/**
 * A wall time in `from` read as the same instant in `to`, through Rust's `zone_clock` (the tz rules
 * in force): the whole hour is converted there and the minutes carried over.
 */
export async function convertWall(local: string, from: string, to: string): Promise<string> {
  if (from === to) return local;
  const hour = Number(local.slice(11, 13));
  const clock = await commands.zoneClock(local.slice(0, 10), from, to, hour, hour + 1);
  const { minute, days } = readClock(clock.hours[0] ?? '00:00');
  const base = `${addDays(local.slice(0, 10), days)}T00:00`;
  return shiftLocal(base, minute + Number(local.slice(14, 16)));
}

/** The zone's offset now (`+08:00`), for EventCalendar's now-indicator, read from Rust's clock. */
export async function offsetNow(zone: string, now = new Date()): Promise<string> {
  const date = now.toISOString().slice(0, 10);
  const hour = now.getUTCHours();
  const clock = await commands.zoneClock(date, 'UTC', zone, hour, hour + 1);
  const { minute, days } = readClock(clock.hours[0] ?? '00:00');
  const offset = days * 1440 + minute - hour * 60;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** EventCalendar's `locale` for the clerk's language (its day and month names). */
export const ecLocale = { en: 'en-GB', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK' } as const;
