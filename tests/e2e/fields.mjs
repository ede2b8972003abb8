// What a clerk does in a form, for the end-to-end flows: find by test id, read and wait for text,
// choose in a <select>, fill a native date or zone picker, and save a screenshot of the X screen;
// and waiting for the WebDriver server's port.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';

const artifacts = resolve('artifacts');

export const $id = (browser, id) => browser.$(`[data-testid="${id}"]`);
export async function textOf(browser, id) {
  const el = await $id(browser, id);
  await el.waitForExist({ timeout: 10000 });
  return (await el.getText()).trim();
}
export async function waitForText(browser, id, expected) {
  await browser.waitUntil(async () => (await textOf(browser, id)).includes(expected), {
    timeout: 10000,
    timeoutMsg: `[${id}] never showed “${expected}”`,
  });
}
/** Evidence only: the X screen as the clerk sees it (WebKitWebDriver's own screenshots can hang). */
export async function screenshot(browser, name) {
  await browser.execute(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await sleep(300);
  const shot = spawnSync('import', ['-window', 'root', join(artifacts, name)], { timeout: 10_000 });
  if (shot.status !== 0) console.log(`    (no screenshot ${name}: ${shot.error?.message ?? shot.stderr})`);
}

/**
 * Chooses an option of a <select> the way the popup would: the option with this value, else the
 * first whose visible text contains it. Returns false when no option matches.
 */
export async function choose(browser, id, wanted) {
  return browser.execute(
    (el, want) => {
      const options = [...el.options];
      const option = options.find((o) => o.value === want) ?? options.find((o) => o.text.includes(want));
      if (!option) return false;
      el.value = option.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    await $id(browser, id),
    wanted,
  );
}

/**
 * Fills a field the way a picker does, for fields WebDriver cannot type into reliably: a native date
 * or date-time input (its value is the ISO text, `2026-03-08` or `2027-03-30T16:00`, whatever the
 * locale shows), or the time-zone picker (a full IANA id chooses that zone at once). Sets the value,
 * sends the `input` and `change` events the UI listens to, then leaves the field, which closes the
 * picker's list.
 */
export async function fill(browser, id, value) {
  const el = await $id(browser, id);
  await el.waitForExist({ timeout: 10000 });
  await browser.execute(
    (field, text) => {
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.blur();
    },
    el,
    value,
  );
}

/**
 * Chooses a zone in a time-zone picker by its IANA id, again until the picker has taken it (its list
 * of zones arrives from Rust a moment after the form opens).
 */
export async function chooseZone(browser, id, zone) {
  await browser.waitUntil(
    async () => {
      await fill(browser, id, zone);
      return (await (await $id(browser, id)).getAttribute('data-zone')) === zone;
    },
    { timeout: 10000, interval: 250, timeoutMsg: `[${id}] never took the zone ${zone}` },
  );
}

export async function chooseLanguage(browser, tag) {
  assert(await choose(browser, 'language', tag), `no language ${tag}`);
}
export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Resolves once something listens on the loopback `port`, or fails after `timeoutMs`. */
export function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  return new Promise((ok, fail) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        ok();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) fail(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}
