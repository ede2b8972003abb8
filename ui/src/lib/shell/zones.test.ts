import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ZoneSelect from './ZoneSelect.svelte';
import { loadZones, searchZones, zoneLabel, zones } from './zones.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { TimeZoneDto } from '../ipc';

const list: TimeZoneDto[] = [
  { id: 'America/Sao_Paulo', countries: ['BR'], offset: '-03:00', offsetSeconds: -10800 },
  { id: 'America/Toronto', countries: ['CA', 'BS'], offset: '-05:00', offsetSeconds: -18000 },
  { id: 'America/Vancouver', countries: ['CA'], offset: '-08:00', offsetSeconds: -28800 },
  { id: 'Asia/Hong_Kong', countries: ['HK'], offset: '+08:00', offsetSeconds: 28800 },
  { id: 'Asia/Shanghai', countries: ['CN'], offset: '+08:00', offsetSeconds: 28800 },
  { id: 'Asia/Singapore', countries: ['SG', 'AQ', 'MY'], offset: '+08:00', offsetSeconds: 28800 },
  { id: 'Europe/Berlin', countries: ['DE', 'DK', 'NO', 'SE', 'SJ'], offset: '+01:00', offsetSeconds: 3600 },
  { id: 'UTC', countries: [], offset: '+00:00', offsetSeconds: 0 },
];

const ids = (query: string) => searchZones(list, query).map((z) => z.id);

beforeAll(async () => {
  mockCommands({ time_zones: () => list });
  await loadZones();
});

afterEach(() => applyLocale('en'));

describe('the time-zone search', () => {
  it.each(['Vancouver', 'vancouver', '溫哥華', '温哥华', 'america/vancouver'])('finds Vancouver by %s', (q) => {
    expect(ids(q)).toContain('America/Vancouver');
  });

  it('finds every zone of a country by its name in any script', () => {
    expect(ids('加拿大')).toEqual(expect.arrayContaining(['America/Vancouver', 'America/Toronto']));
    expect(ids('Canada')).toEqual(expect.arrayContaining(['America/Vancouver', 'America/Toronto']));
    expect(ids('香港')).toEqual(['Asia/Hong_Kong']);
    expect(ids('德國')).toEqual(['Europe/Berlin']);
    expect(ids('丹麦')).toEqual(['Europe/Berlin']);
    expect(ids('巴西')).toEqual(['America/Sao_Paulo']);
    expect(ids('São Paulo')).toEqual(['America/Sao_Paulo']);
  });

  it('searches all three languages whatever the interface language', () => {
    applyLocale('zh-Hant');
    expect(ids('温哥华')).toContain('America/Vancouver');
    applyLocale('zh-Hans');
    expect(ids('溫哥華')).toContain('America/Vancouver');
    expect(ids('Singapore')).toEqual(['Asia/Singapore']);
  });

  it('puts a city that starts with the words first, and finds nothing for nonsense', () => {
    expect(ids('S')[0]).toBe('America/Sao_Paulo');
    expect(ids('zzz')).toEqual([]);
  });

  it('names a zone in the interface language, with a true minus sign', () => {
    const vancouver = list[2]!;
    expect(zoneLabel(vancouver).line).toBe('Vancouver · Canada · UTC−08:00');
    applyLocale('zh-Hans');
    expect(zoneLabel(vancouver).line).toBe('温哥华 · 加拿大 · UTC−08:00');
    applyLocale('zh-Hant');
    expect(zoneLabel(vancouver).line).toBe('溫哥華 · 加拿大 · UTC−08:00');
    expect(zoneLabel(list[7]!).line).toBe('UTC · UTC+00:00');
    expect(zones().length).toBe(list.length);
  });
});

describe('the time-zone picker', () => {
  it('is a labelled combobox that chooses with the arrow keys and Enter', async () => {
    const { component } = render(ZoneSelect, { props: { value: 'Asia/Hong_Kong', label: 'Home zone', testid: 'z' } });
    const input = screen.getByRole('combobox', { name: 'Home zone' }) as HTMLInputElement;
    expect(input.value).toBe('Hong Kong · Hong Kong SAR China · UTC+08:00');
    await fireEvent.input(input, { target: { value: '加拿大' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.dataset.zone)).toEqual(['America/Toronto', 'America/Vancouver']);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(input.dataset.zone).toBe('America/Vancouver'));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.value).toBe('Vancouver · Canada · UTC−08:00');
    void component;
  });

  it('takes an IANA id typed in full, and a blank when the field is optional', async () => {
    render(ZoneSelect, { props: { value: '', testid: 'z2', optional: true, label: 'Zone' } });
    const input = screen.getByTestId('z2') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'Europe/Berlin' } });
    expect(input.dataset.zone).toBe('Europe/Berlin');
    await fireEvent.input(input, { target: { value: '' } });
    expect(input.dataset.zone).toBe('');
    await fireEvent.input(input, { target: { value: 'nowhere' } });
    expect(screen.getByText('No time zone matches “nowhere”.')).toBeTruthy();
  });
});
