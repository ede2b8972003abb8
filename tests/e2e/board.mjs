// The room board in the real window: an empty hour selected in a room opens the booking form with
// that room and start, and a hearing dragged to another room and hour is checked by Rust, confirmed
// and read back through the command line. Driven with WebDriver pointer actions (press, move,
// release), which EventCalendar's pointer-based interaction receives as a clerk's mouse.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { $id, assert, choose, fill, screenshot, textOf, waitForText } from './fields.mjs';

/** On the demo centre, in English, with the calendar screen open. */
export async function roomBoard(browser, db) {
  // The board places every hearing in one zone: the clerk's (Hong Kong) when none is chosen.
  assert(await choose(browser, 'display-zone', ''), 'the default display zone is not offered');
  await (await $id(browser, 'view-roomColumns')).click();
  await (await $id(browser, 'board-roomColumns')).waitForExist({ timeout: 10000 });
  await waitForText(browser, 'board-zone', 'Asia/Hong_Kong');
  // A working day at least two days ahead, so nothing is booked in the past or on a day off.
  const next = await browser.$('button[aria-label="Next"]');
  await next.click();
  await next.click();
  for (let i = 0; i < 7; i++) {
    const day = await textOf(browser, 'calendar-range');
    const off = await browser.$('[data-testid="board-roomColumns"] .ec-bg-event.board-off').isExisting();
    if (!/^(Sat|Sun)/.test(day) && !off) break;
    await next.click();
  }
  await screenshot(browser, '10b-room-board.png');
  // Free (room, hour) spots, read from the board's layout: a physical room's column at an hour
  // where no hearing is drawn. `locate` scrolls one into view and gives its window coordinates (the
  // hour's top and bottom), checking again that nothing is drawn there.
  const locate = (code, hh) =>
    browser.execute(
      (code, hh) => {
        const board = document.querySelector('[data-testid="board-roomColumns"]');
        const heads = [...board.querySelectorAll('.ec-header .ec-col-head')];
        const cells = [...board.querySelectorAll('.ec-body .ec-day')];
        const c = heads.findIndex((h) => h.textContent.split(' · ').pop().trim() === code);
        const label = (h) => board.querySelector(`.ec-body .ec-sidebar time[datetime$="T${h}:00:00"]`);
        const slot = label(hh)?.parentElement;
        const after = label(String(Number(hh) + 1).padStart(2, '0'));
        if (c < 0 || !cells[c] || !slot || !after) return null;
        slot.scrollIntoView({ block: 'center', inline: 'nearest' });
        cells[c].scrollIntoView({ block: 'nearest', inline: 'center' });
        const col = cells[c].getBoundingClientRect();
        // An hour's line is where its label is centred (a label may sit across its line), so the hour
        // runs from the centre of its label to the centre of the next one.
        const centre = (el) => {
          const r = el.getBoundingClientRect();
          return (r.top + r.bottom) / 2;
        };
        const x = Math.round(col.left + col.width / 2);
        const [top, bottom] = [Math.round(centre(label(hh)) + 4), Math.round(centre(after) - 6)];
        const hit = [...document.elementsFromPoint(x, top), ...document.elementsFromPoint(x, bottom)];
        if (hit.some((e) => e.closest('.ec-event'))) return null;
        return { code, hh, x, top, bottom };
      },
      code,
      hh,
    );
  const freeSpots = async () => {
    const codes = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="board-roomColumns"] .ec-header .ec-col-head')]
        .map((h) => h.textContent.split(' · ').pop().trim())
        .filter((c) => c && c !== 'ONLINE'),
    );
    const spots = [];
    for (const hh of ['10', '11', '14', '15']) {
      for (const code of codes) if (await locate(code, hh)) spots.push({ code, hh });
    }
    return spots;
  };
  const drag = (from, to) =>
    browser
      .action('pointer', { parameters: { pointerType: 'mouse' } })
      .move({ x: from.x, y: from.y, origin: 'viewport' })
      .down({ button: 0 })
      .move({ x: from.x, y: from.y + 8, origin: 'viewport', duration: 100 })
      .move({ x: to.x, y: to.y, origin: 'viewport', duration: 300 })
      .up({ button: 0 })
      .perform();

  // Selecting an empty hour in a room opens the booking form with that room and start.
  const spots = await freeSpots();
  assert(spots.length >= 2, `no free hour on the room board: ${JSON.stringify(spots)}`);
  const slot = await locate(spots[0].code, spots[0].hh);
  assert(slot, `${spots[0].code} at ${spots[0].hh}:00 is no longer free`);
  await drag({ x: slot.x, y: slot.top }, { x: slot.x, y: slot.bottom });
  await (await $id(browser, 'booking-form')).waitForExist({ timeout: 10000 });
  const venue = await (await $id(browser, 'book-venue')).getValue();
  const start = await (await $id(browser, 'book-start')).getValue();
  assert(venue === slot.code, `the form's room is ${venue}, not ${slot.code}`);
  assert(start.endsWith(`T${slot.hh}:00`), `the form's start is ${start}, not ${slot.hh}:00`);
  const reference = await (await $id(browser, 'book-case')).getValue();
  await (await $id(browser, 'book-check')).click();
  await (await $id(browser, 'booking-check')).waitForExist({ timeout: 10000 });
  assert(await (await $id(browser, 'book-save')).isEnabled(), await textOf(browser, 'booking-check'));
  await (await $id(browser, 'book-save')).click();
  await waitForText(browser, 'notice', 'Hearing booked');

  // The new hearing is dragged to another room at another free hour: the checks show, the clerk
  // confirms, and the command line reads the new room and time back.
  const booked = await browser.$(`//*[@data-testid="board-roomColumns"]//*[@data-testid="board-event" and contains(., "${reference}") and contains(., "${slot.hh}:00–")]`);
  await booked.waitForExist({ timeout: 10000 });
  const target = (await freeSpots()).find((s) => s.code !== slot.code && s.hh !== slot.hh);
  assert(target, 'no second free room and hour on the board');
  // The target hour is scrolled into view first, then the hearing, whose top is grabbed; the target
  // is read again in case the hearing's scrolling moved it.
  const again = await locate(target.code, target.hh);
  assert(again, 'the target hour is out of reach');
  const grab = await browser.execute((el) => {
    const r = el.closest('.ec-event').getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + 6) };
  }, booked);
  const view = await browser.execute(() => [window.innerWidth, window.innerHeight]);
  assert(grab.x > 0 && grab.x < view[0] && grab.y > 0 && grab.y < view[1], 'the hearing is off screen');
  await drag(grab, { x: again.x, y: again.top + 2 });
  await (await $id(browser, 'board-move-preview')).waitForExist({ timeout: 10000 });
  await screenshot(browser, '10c-room-board-move.png');
  assert(await (await $id(browser, 'board-move-save')).isEnabled(), await textOf(browser, 'board-move'));
  await (await $id(browser, 'board-move-save')).click();
  await waitForText(browser, 'notice', `${reference} was moved`);
  const cli = resolve('../../target/debug/docket');
  const listed = () => {
    const r = spawnSync(cli, ['--db', db, 'hearings', 'list', '--json'], { encoding: 'utf8' });
    assert(r.status === 0, r.stderr);
    return JSON.parse(r.stdout).filter(
      (h) => h.caseReference === reference && h.venue.code === target.code && h.startsLocal.endsWith(`T${target.hh}:00`),
    );
  };
  const moved = listed();
  assert(moved.length === 1, `the command line does not list ${reference} in ${target.code} at ${target.hh}:00`);

  // Its lower edge dragged up half an hour (one slot), which frees time and so cannot collide:
  // 30 minutes, checked, confirmed, read back.
  const edge = await browser.$(`//*[@data-testid="board-roomColumns"]//*[@data-testid="board-event" and @data-hearing="${moved[0].id}"]`);
  await edge.waitForExist({ timeout: 10000 });
  const handle = await browser.execute((el) => {
    const event = el.closest('.ec-event');
    event.scrollIntoView({ block: 'center', inline: 'center' });
    const r = event.querySelector('.ec-resizer:not(.ec-start)').getBoundingClientRect();
    const slot = document.querySelector('[data-testid="board-roomColumns"] .ec-body .ec-sidebar .ec-slot:not(.ec-hidden)');
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2), half: slot.getBoundingClientRect().height / 2 };
  }, edge);
  await drag(handle, { x: handle.x, y: Math.round(handle.y - handle.half) });
  await waitForText(browser, 'board-move', '30 minutes');
  await (await $id(browser, 'board-move-preview')).waitForExist({ timeout: 10000 });
  assert(await (await $id(browser, 'board-move-save')).isEnabled(), await textOf(browser, 'board-move'));
  await (await $id(browser, 'board-move-save')).click();
  await browser.waitUntil(async () => listed()[0]?.durationMinutes === 30, {
    timeout: 10000,
    timeoutMsg: `the command line does not list ${reference} as 30 minutes long`,
  });

  // Undo puts the last move back, checked again: an hour long once more.
  await (await $id(browser, 'board-undo')).click();
  await waitForText(browser, 'notice', 'is back where it was');
  await browser.waitUntil(async () => listed()[0]?.durationMinutes === 60, {
    timeout: 10000,
    timeoutMsg: `undo did not give ${reference} its hour back`,
  });
  await (await $id(browser, 'view-agenda')).click();
}

/**
 * The Hong Kong 16:00 hearing with a Berlin arbitrator, in the week after Europe's clocks changed,
 * drawn on the rooms' day in Berlin time: at 10:00 on the board, while the event still reads its own
 * 16:00 Hong Kong.
 */
export async function berlinOnBoard(browser) {
  await (await $id(browser, 'view-roomColumns')).click();
  await (await $id(browser, 'board-roomColumns')).waitForExist({ timeout: 10000 });
  await fill(browser, 'calendar-date', '2027-03-30');
  await waitForText(browser, 'calendar-range', '30 Mar 2027');
  await waitForText(browser, 'board-zone', 'Europe/Berlin');
  const event = await browser.$('//*[@data-testid="board-roomColumns"]//*[@data-testid="board-event" and contains(., "16:00–17:00 Asia/Hong_Kong")]');
  await event.waitForExist({ timeout: 10000 });
  const hour = await browser.execute((el) => {
    const box = el.closest('.ec-event');
    box.scrollIntoView({ block: 'center' });
    const top = box.getBoundingClientRect().top;
    const slots = [...document.querySelectorAll('[data-testid="board-roomColumns"] .ec-body .ec-sidebar time')];
    let best = null;
    for (const t of slots) {
      const d = Math.abs(t.parentElement.getBoundingClientRect().top - top);
      if (!best || d < best.d) best = { d, at: t.getAttribute('datetime').slice(11, 16) };
    }
    return best?.at;
  }, event);
  assert(hour === '10:00', `the Hong Kong 16:00 hearing is drawn at ${hour} Berlin time, not 10:00`);
  await screenshot(browser, '10a-room-board-berlin.png');
}
