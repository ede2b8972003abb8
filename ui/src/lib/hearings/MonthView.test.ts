import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import MonthView from './MonthView.svelte';
import { applyLocale } from '../i18n/i18n.svelte';
import type { HearingDto } from '../ipc';

function hearing(i: number): HearingDto {
  const day = String((i % 28) + 1).padStart(2, '0');
  const hour = String(8 + (i % 10)).padStart(2, '0');
  const local = `2026-12-${day}T${hour}:00`;
  return {
    id: `h${i}`,
    caseId: 'c',
    caseReference: `HKIAC-A26${String(i).padStart(4, '0')}`,
    kind: 'procedural_conference',
    venue: {
      id: 'v',
      code: 'HK-ES-A',
      name: { en: 'Room A', zh: 'A 室' },
      kind: 'room',
      site: 'hong_kong',
      zone: 'Asia/Hong_Kong',
      capacity: 40,
      facilities: [],
      opens: '09:00',
      closes: '18:00',
      retiredOn: null,
      builtIn: false,
    },
    startsLocal: local,
    endsLocal: local,
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
    displayEnd: local,
    displayZone: 'Asia/Hong_Kong',
    displayOffset: '+08:00',
  };
}

describe('the month view', () => {
  it('shows a busy month of 5,000 hearings as four per day and a count of the rest', () => {
    applyLocale('en');
    const hearings = Array.from({ length: 5000 }, (_, i) => hearing(i));
    const started = performance.now();
    render(MonthView, { first: '2026-12-01', hearings, offDays: { '2026-12-25': ['HK'] }, onPick: () => {} });
    const took = performance.now() - started;
    console.log(`month view with 5,000 hearings rendered in ${took.toFixed(0)} ms (jsdom)`);
    expect(screen.getAllByRole('button').length).toBe(28 * 4);
    expect(screen.getAllByText(/^\+\d+$/).length).toBe(28);
    expect(screen.getAllByText('HK').length).toBe(1);
  });
});

import { droppedStart, shiftLocal } from './dates';

describe('dropping a hearing on the week grid', () => {
  it('moves its own wall time by the same shift as the display time', () => {
    expect(shiftLocal('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15');
    // Shown in Berlin at 09:00 on the 8th; held at 16:00 in Hong Kong. Dropped at 10:30 on the 9th.
    const h = { displayStart: '2026-12-08T09:00', startsLocal: '2026-12-08T16:00' };
    expect(droppedStart(h, '2026-12-09', 10 * 60 + 30)).toBe('2026-12-09T17:30');
  });
});
