import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DataArea, everythingChanged, watch } from './data-area.svelte';

/** An effect watching `areas`, counting its runs; `stop` ends it. */
function screen(...areas: DataArea[]) {
  const seen = { runs: 0 };
  const stop = $effect.root(() => {
    $effect(() => {
      watch(...areas);
      seen.runs += 1;
    });
  });
  flushSync();
  return { seen, stop };
}

describe('data areas', () => {
  it('load a screen again when an area it shows changes, and not for another area', () => {
    const hearings = new DataArea();
    const roster = new DataArea();
    const calendar = screen(hearings);
    expect(calendar.seen.runs).toBe(1);
    roster.changed();
    flushSync();
    expect(calendar.seen.runs).toBe(1);
    hearings.changed();
    flushSync();
    expect(calendar.seen.runs).toBe(2);
    calendar.stop();
  });

  it('load a screen showing several areas once per change of any of them', () => {
    const cases = new DataArea();
    const deadlines = new DataArea();
    const list = screen(cases, deadlines);
    deadlines.changed();
    flushSync();
    cases.changed();
    flushSync();
    expect(list.seen.runs).toBe(3);
    list.stop();
  });

  it('all change at once after demo data, a restore or an imported package', () => {
    const a = new DataArea();
    const b = new DataArea();
    const [first, second] = [screen(a), screen(b)];
    const before = [a.version, b.version];
    everythingChanged();
    flushSync();
    expect([a.version, b.version]).toEqual(before.map((v) => v + 1));
    expect([first.seen.runs, second.seen.runs]).toEqual([2, 2]);
    first.stop();
    second.stop();
  });
});
