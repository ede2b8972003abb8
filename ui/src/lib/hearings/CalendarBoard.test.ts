import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import BoardMove from './BoardMove.svelte';
import { tick } from 'svelte';
import CalendarBoard from './CalendarBoard.svelte';
import { applyLocale } from '../i18n/i18n.svelte';
import type { HearingDto, VenueDto } from '../ipc';
import { mockCommands } from '../ipc/testing';
import { convertWall, hearingEvent, offsetNow, readClock, requestRange, visibleDays } from './board';
import { shiftLocal } from './dates';

// jsdom has no layout observers (EventCalendar only needs them to exist) and no `innerText`, through
// which EventCalendar writes its labels.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, v: string) {
      this.textContent = v;
    },
  });
  class Quiet {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= Quiet;
  g.IntersectionObserver ??= Quiet;
});

function room(i: number): VenueDto {
  const code = `HK-R${String(i).padStart(2, '0')}`;
  return {
    id: `v${i}`,
    code,
    name: { en: `Room ${i}`, zh: `${i} 室` },
    kind: 'room',
    site: 'hong_kong',
    zone: 'Asia/Hong_Kong',
    capacity: 20,
    facilities: [],
    opens: '09:00',
    closes: '18:00',
    retiredOn: null,
    builtIn: false,
  };
}

function hearing(i: number, rooms: VenueDto[]): HearingDto {
  const day = String(7 + (i % 7)).padStart(2, '0');
  const hour = String(8 + (i % 10)).padStart(2, '0');
  const local = `2026-12-${day}T${hour}:${i % 2 ? '30' : '00'}`;
  const venue = rooms[i % rooms.length] as VenueDto;
  return {
    id: `h${i}`,
    caseId: 'c',
    caseReference: `HKIAC-A26${String(i).padStart(4, '0')}`,
    kind: 'procedural_conference',
    venue,
    startsLocal: local,
    endsLocal: shiftLocal(local, 60),
    zone: 'Asia/Hong_Kong',
    durationMinutes: 60,
    startsUtc: '2026-12-01T00:00:00Z',
    utcOffset: '+08:00',
    tzdbVersion: '2025b',
    status: i % 3 === 0 ? 'confirmed' : 'tentative',
    icalUid: `h${i}@bay-docket`,
    sequence: 0,
    participants: [],
    language: '',
    interpretation: '',
    link: null,
    seriesId: null,
    review: null,
    displayStart: local,
    displayEnd: shiftLocal(local, 60),
    displayZone: 'Asia/Hong_Kong',
    displayOffset: '+08:00',
  };
}

const noop = () => {};

describe('the room board', () => {
  it('draws a week of 2,000 hearings across 40 rooms', async () => {
    applyLocale('en');
    const rooms = Array.from({ length: 40 }, (_, i) => room(i));
    const hearings = Array.from({ length: 2000 }, (_, i) => hearing(i, rooms));
    const started = performance.now();
    const { container } = render(CalendarBoard, {
      view: 'roomsWeek',
      date: '2026-12-09',
      zoneOffset: '+08:00',
      hearings,
      venues: rooms,
      offDays: { '2026-12-08': ['HK'] },
      onPick: noop,
      onSelect: noop,
      onChange: noop,
    });
    await tick();
    const took = performance.now() - started;
    const drawn = container.querySelectorAll('[data-testid="board-event"]').length;
    console.log(`room board: 2,000 hearings, 40 rooms, one week drawn in ${took.toFixed(0)} ms (jsdom); ${drawn} events in the DOM`);
    expect(container.querySelector('[data-testid="board-roomsWeek"]')).not.toBeNull();
    expect(container.textContent).toContain('Room 39 · HK-R39');
    expect(drawn).toBe(2000);
  }, 120_000);

  it('shows a hearing with its own wall time and zone, and the buttons in the clerk’s language', async () => {
    applyLocale('zh-Hant');
    const rooms = [room(1), room(2)];
    const h = { ...hearing(3, rooms), zone: 'Europe/Berlin', startsLocal: '2026-12-09T03:00', endsLocal: '2026-12-09T04:00' };
    const { container } = render(CalendarBoard, {
      view: 'roomColumns',
      date: h.displayStart.slice(0, 10),
      zoneOffset: '+08:00',
      hearings: [h],
      venues: rooms,
      offDays: {},
      onPick: noop,
      onSelect: noop,
      onChange: noop,
    });
    await tick();
    const event = container.querySelector('[data-testid="board-event"]');
    expect(event?.textContent).toContain('03:00–04:00 Europe/Berlin');
    expect(event?.textContent).toContain(h.caseReference);
    expect(container.textContent).toContain('2 室 · HK-R02');
    applyLocale('en');
  });

  it('names the days in the clerk’s language (EventCalendar’s `locale`)', async () => {
    applyLocale('zh-Hans');
    const { container } = render(CalendarBoard, {
      view: 'week',
      date: '2026-12-09',
      zoneOffset: '+08:00',
      hearings: [],
      venues: [],
      offDays: {},
      onPick: noop,
      onSelect: noop,
      onChange: noop,
    });
    await tick();
    expect(container.querySelector('[data-testid="week-view"] .ec-col-head')?.textContent ?? '').toMatch(/周一|星期一/);
    applyLocale('en');
  });
});

describe('the neutrals\' board', () => {
  it('draws a hearing in the row of each neutral sitting in it', async () => {
    applyLocale('en');
    const rooms = [room(1)];
    const sitting = (key: string, en: string) => ({ kind: 'neutral' as const, key, name: { en, zh: en }, zone: 'Asia/Hong_Kong', hours: '08:00-20:00' });
    const h = { ...hearing(0, rooms), participants: [sitting('n1', 'Chan Ka-wing'), sitting('n2', 'Katharina Vogel')] };
    const { container } = render(CalendarBoard, {
      view: 'neutrals',
      date: h.displayStart.slice(0, 10),
      zoneOffset: '+08:00',
      hearings: [h],
      venues: rooms,
      offDays: {},
      onPick: noop,
      onSelect: noop,
      onChange: noop,
    });
    await tick();
    expect(container.textContent).toContain('Chan Ka-wing');
    expect(container.textContent).toContain('Katharina Vogel');
    expect(container.querySelectorAll('[data-testid="board-event"]').length).toBe(2);
  });
});

describe('what the board is fed', () => {
  it('asks Rust for the visible days and one either side', () => {
    expect(visibleDays('roomsWeek', '2026-12-09')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(requestRange('roomsDay', '2026-12-09')).toEqual({ from: '2026-12-08', to: '2026-12-10' });
    expect(requestRange('month', '2026-12-15')).toEqual({ from: '2026-11-29', to: '2027-01-11' });
  });

  it('places a hearing at its display-zone time in its room', () => {
    const h = hearing(0, [room(5)]);
    const e = hearingEvent({ ...h, displayStart: '2026-12-07T09:00', displayEnd: '2026-12-07T10:00' });
    expect(e).toMatchObject({ start: '2026-12-07T09:00', end: '2026-12-07T10:00', resourceIds: ['HK-R05'] });
  });

  it('reads wall times in another zone through Rust’s clock', async () => {
    expect(readClock('01:00 +1')).toEqual({ minute: 60, days: 1 });
    expect(readClock('23:00 -1')).toEqual({ minute: 23 * 60, days: -1 });
    // Berlin 09:00 on 30 March 2027 is 15:00 in Hong Kong (summer time began on the 28th).
    mockCommands({ zone_clock: () => ({ zone: 'Asia/Hong_Kong', hours: ['15:00'] }) });
    expect(await convertWall('2027-03-30T09:45', 'Europe/Berlin', 'Asia/Hong_Kong')).toBe('2027-03-30T15:45');
    mockCommands({ zone_clock: () => ({ zone: 'Asia/Hong_Kong', hours: ['07:00 +1'] }) });
    expect(await convertWall('2026-12-09T23:15', 'Europe/Berlin', 'Asia/Hong_Kong')).toBe('2026-12-10T07:15');
    mockCommands({ zone_clock: () => ({ zone: 'America/New_York', hours: ['21:00 -1'] }) });
    expect(await offsetNow('America/New_York', new Date('2026-12-09T02:10:00Z'))).toBe('-05:00');
  });

  it('moves a wall time by minutes across midnight', () => {
    expect(shiftLocal('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15');
  });
});

describe('a hearing moved on the board', () => {
  const check = (blocking: number) => ({
    startsLocal: '2026-12-08T14:00',
    endsLocal: '2026-12-08T15:00',
    zone: 'Asia/Hong_Kong',
    startsUtc: '2026-12-08T06:00:00Z',
    participants: [],
    occurrences: [],
    findings: blocking ? [{ code: 'room_double_booked', severity: 'block', text: 'Room 2 is booked then.' }] : [],
    blocking,
    saved: [],
  });

  it('is checked by Rust in its new room and hour, and saved when the clerk confirms', async () => {
    applyLocale('en');
    const rooms = [room(1), room(2)];
    const sent: Record<string, unknown>[] = [];
    mockCommands({
      move_hearing: (a) => {
        const input = a.input as Record<string, unknown>;
        sent.push(input);
        return check(0);
      },
    });
    let reverted = 0;
    const change = {
      hearing: hearing(0, rooms),
      shownStart: '2026-12-07T14:00',
      venueCode: 'HK-R02',
      minutes: null,
      revert: () => reverted++,
    };
    let before: HearingDto | null = null;
    render(BoardMove, { change, displayZone: 'Asia/Hong_Kong', venues: rooms, onClose: noop, onSaved: (h) => (before = h) });
    const save = await screen.findByTestId('board-move-save');
    expect(sent[0]).toMatchObject({ start: '2026-12-07T14:00', venueCode: 'HK-R02', save: false });
    await fireEvent.click(save);
    await waitFor(() => expect(sent[1]).toMatchObject({ venueCode: 'HK-R02', save: true }));
    expect(reverted).toBe(0);
    // The hearing as it was, for the screen's undo.
    await waitFor(() => expect(before).toMatchObject({ id: 'h0', venue: { code: 'HK-R01' } }));
  });

  it('goes back at once when a finding blocks, and says why', async () => {
    applyLocale('en');
    const rooms = [room(1), room(2)];
    mockCommands({ update_hearing: () => check(1) });
    let reverted = 0;
    const change = { hearing: hearing(0, rooms), shownStart: null, venueCode: 'HK-R02', minutes: null, revert: () => reverted++ };
    render(BoardMove, { change, displayZone: 'Asia/Hong_Kong', venues: rooms, onClose: noop });
    await screen.findByTestId('board-move-refused');
    expect(screen.getByTestId('board-move-preview').textContent).toContain('Room 2 is booked then.');
    expect(screen.queryByTestId('board-move-save')).toBeNull();
    expect(reverted).toBe(1);
  });
});
