import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import CalendarScreen from './CalendarScreen.svelte';
import { applyLocale } from '../i18n/i18n.svelte';
import { mockCommands } from '../ipc/testing';
import type { HearingDto, VenueDto } from '../ipc';

beforeAll(() => {
  class Quiet {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= Quiet;
  g.IntersectionObserver ??= Quiet;
});

const room: VenueDto = {
  id: 'v1',
  code: 'HK-ES-A',
  name: { en: 'Room A', zh: 'A 室' },
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

function hearing(displayZone: string, displayStart: string): HearingDto {
  return {
    id: 'h1',
    caseId: 'c',
    caseReference: 'HKIAC-A26001',
    kind: 'procedural_conference',
    venue: room,
    startsLocal: '2027-03-30T16:00',
    endsLocal: '2027-03-30T17:00',
    zone: 'Asia/Hong_Kong',
    durationMinutes: 60,
    startsUtc: '2027-03-30T08:00:00Z',
    utcOffset: '+08:00',
    tzdbVersion: '2025b',
    status: 'confirmed',
    icalUid: 'h1@bay-docket',
    sequence: 0,
    participants: [],
    language: '',
    interpretation: '',
    link: null,
    seriesId: null,
    review: null,
    displayStart,
    displayEnd: `${displayStart.slice(0, 11)}${String(Number(displayStart.slice(11, 13)) + 1).padStart(2, '0')}:00`,
    displayZone,
    displayOffset: displayZone === 'Europe/Berlin' ? '+02:00' : '+08:00',
  };
}

describe('the calendar screen', () => {
  it('asks Rust for the visible days in one zone, and draws the rooms side by side', async () => {
    applyLocale('en');
    const asked: Record<string, unknown>[] = [];
    mockCommands({
      list_hearings: (a) => {
        asked.push(a);
        return a.displayZone === 'Europe/Berlin'
          ? [hearing('Europe/Berlin', '2027-03-30T10:00')]
          : [hearing((a.displayZone as string) ?? 'Asia/Hong_Kong', '2027-03-30T16:00')];
      },
      list_venues: () => [room],
      tz_reviews: () => [],
      calendar_month: () => {
        throw new Error('no holiday data in this test');
      },
      zone_clock: (a) => ({ zone: a.toZone, hours: ['16:00'] }),
    });
    render(CalendarScreen);
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    // The agenda lists everything, in each hearing's own zone.
    expect(asked[0]).toMatchObject({ from: null, to: null, displayZone: null });

    await fireEvent.click(screen.getByTestId('view-roomColumns'));
    await fireEvent.change(screen.getByTestId('calendar-date'), { target: { value: '2027-03-30' } });
    await waitFor(() =>
      expect(asked.at(-1)).toMatchObject({ from: '2027-03-29', to: '2027-03-31', displayZone: 'Asia/Hong_Kong' }),
    );
    const board = await screen.findByTestId('board-roomColumns');
    await waitFor(() => expect(board.querySelector('[data-testid="board-event"]')).not.toBeNull());
    expect(board.textContent).toContain('16:00–17:00 Asia/Hong_Kong');

    // Another display zone: the same range asked for in Berlin.
    const zone = screen.getByTestId('display-zone') as HTMLSelectElement;
    await fireEvent.change(zone, { target: { value: 'Europe/Berlin' } });
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ from: '2027-03-29', displayZone: 'Europe/Berlin' }));
    expect(screen.getByTestId('board-zone').textContent).toContain('Europe/Berlin');
  });
});
