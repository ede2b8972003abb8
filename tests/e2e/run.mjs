// End-to-end flows against the real, built Bay Docket binary. Starts tauri-driver (which starts
// WebKitWebDriver), drives the window like a clerk would, saves screenshots to ./artifacts/, and
// prints `e2e: N passed, N failed`. Needs an X display (run under xvfb-run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { remote } from 'webdriverio';
import {
  $id,
  assert,
  choose,
  chooseLanguage,
  chooseZone,
  fill,
  screenshot,
  textOf,
  waitForPort,
  waitForText,
} from './fields.mjs';
import { berlinOnBoard, roomBoard } from './board.mjs';

const app = process.env.BAY_DOCKET_APP ?? resolve('../../target/debug/bay-docket');
const driverBin = process.env.TAURI_DRIVER ?? 'tauri-driver';
const artifacts = resolve('artifacts');
mkdirSync(artifacts, { recursive: true });
const home = mkdtempSync(join(tmpdir(), 'bay-docket-e2e-'));
const db = join(home, 'centre', 'docket.sqlite3');

// Never hang CI: the whole run has five minutes.
const watchdog = setTimeout(() => {
  console.log('e2e: watchdog fired after 300 s');
  console.log('e2e: 0 passed, 1 failed');
  driver.kill('SIGKILL');
  process.exit(1);
}, 300_000);
watchdog.unref();

const driver = spawn(driverBin, ['--port', '4444', '--native-port', '4445'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
await waitForPort(4444, 15000);

/** Opens the app on the test database; each session is a fresh start of the process. */
async function launch(database = db) {
  // WebKitWebDriver sometimes drops the first session request while it starts: try three times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect(database);
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`    (session request failed, retrying: ${e.message.split('\n')[0]})`);
      await sleep(2000);
    }
  }
}

async function connect(database = db) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: 4444,
    logLevel: 'error',
    connectionRetryTimeout: 30_000,
    connectionRetryCount: 0,
    capabilities: { 'tauri:options': { application: app, args: ['--db', database] } },
  });
  await browser.setTimeout({ implicit: 0 });
  return browser;
}


const results = [];
async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${e instanceof Error ? e.message : e}`);
  }
}

let browser;
try {
  const t0 = Date.now();
  browser = await launch();
  await (await $id(browser, 'nav-cases')).waitForExist({ timeout: 20000 });
  console.log(`app window ready in ${Date.now() - t0} ms (session start to first element)`);

  await test('a path with no database is a question: nothing is created until the clerk agrees', async () => {
    await waitForText(browser, 'new-database-path', db);
    assert(!existsSync(db), `${db} was created before the clerk agreed`);
    await screenshot(browser, '00-new-database.png');
    await (await $id(browser, 'create-database')).click();
    await (await $id(browser, 'demo-offer')).waitForDisplayed({ timeout: 10000 });
    assert(existsSync(db), `${db} was not created`);
  });

  await test('first start offers the demo data and names the product', async () => {
    await (await $id(browser, 'demo-offer')).waitForDisplayed({ timeout: 10000 });
    assert((await browser.getTitle()) === 'Bay Docket', `window title is ${await browser.getTitle()}`);
    await waitForText(browser, 'empty-state', 'No cases yet');
    await screenshot(browser, '01-first-start.png');
  });

  await test('loading the demo fills cases, roster and calendar', async () => {
    await (await $id(browser, 'demo-load')).click();
    await waitForText(browser, 'notice', '40 mediators and arbitrators');
    const caseRows = await browser.$$('[data-testid="cases-table"] tbody tr');
    assert(caseRows.length === 22, `expected 22 cases, saw ${caseRows.length}`);
    assert(!(await (await $id(browser, 'demo-offer')).isExisting()), 'demo offer still shown');
    await screenshot(browser, '02-cases.png');

    await (await $id(browser, 'nav-roster')).click();
    await waitForText(browser, 'screen-title', 'Roster');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="roster-table"] tbody tr')).length === 40, {
      timeout: 10000,
      timeoutMsg: 'roster never showed 40 people',
    });
    // Simplified characters find the Traditional name (陈嘉荣 → 陳嘉榮).
    await (await $id(browser, 'roster-search')).setValue('陈嘉荣');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="roster-table"] tbody tr')).length === 1, {
      timeout: 10000,
      timeoutMsg: 'searching 陈嘉荣 did not narrow the roster to one person',
    });
    assert((await textOf(browser, 'roster-table')).includes('Chan Ka-wing'), 'Chan Ka-wing not found by 陈嘉荣');
    await screenshot(browser, '03-roster.png');
    await browser.execute((el) => {
      el.value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, await $id(browser, 'roster-search'));
    const tan = await browser.$('//*[@data-testid="roster-table"]//tr[contains(., "Tan Wei Ming")]');
    await tan.waitForExist({ timeout: 10000 });
    await tan.scrollIntoView();
    await (await tan.$('button')).click();
    await waitForText(browser, 'neutral-appointments', 'Co-arbitrator');
    await screenshot(browser, '03b-profile.png');

    await (await $id(browser, 'nav-calendar')).click();
    await waitForText(browser, 'screen-title', 'Calendar');
    await (await $id(browser, 'agenda')).waitForExist({ timeout: 10000 });
    assert((await textOf(browser, 'agenda')).includes('UTC+08:00'), 'agenda shows no UTC offsets');
    await screenshot(browser, '04-calendar.png');
  });

  await test('a deadline is computed with the reason for every roll-forward', async () => {
    await (await $id(browser, 'nav-deadlines')).click();
    await waitForText(browser, 'screen-title', 'Deadlines');
    const trigger = await $id(browser, 'calc-trigger');
    await trigger.waitForExist({ timeout: 10000 });
    await fill(browser, 'calc-trigger', '2026-03-08');
    await waitForText(browser, 'calc-trigger-spelled', '8 Mar 2026');
    await (await $id(browser, 'calc-compute')).click();
    await waitForText(browser, 'calc-due', '2026-04-08');
    const steps = await textOf(browser, 'calc-steps');
    assert(steps.includes('7 Apr 2026 (Tue) is a Hong Kong general holiday: The day following Easter Monday'), steps);
    await (await $id(browser, 'cal-HK')).waitForExist({ timeout: 10000 });
    await screenshot(browser, '05-deadlines.png');
  });

  await test('a proposed sole arbitrator shows the nationality finding until the parties waive it', async () => {
    await (await $id(browser, 'nav-cases')).click();
    const row = await browser.$('//*[@data-testid="cases-table"]//tr[contains(., "Harbourfront")]');
    await row.waitForExist({ timeout: 10000 });
    await (await row.$('button')).click();
    await (await $id(browser, 'case-tribunal')).waitForExist({ timeout: 10000 });
    assert(await choose(browser, 'appoint-neutral', 'Chan Ka-wing'), 'Chan Ka-wing is not offered');
    await (await $id(browser, 'appoint-check')).click();
    await waitForText(browser, 'conflict-report', 'shares HK');
    assert(!(await (await $id(browser, 'appoint-confirm')).isEnabled()), 'confirm is enabled despite a block');
    await screenshot(browser, '07-conflicts.png');
    await (await $id(browser, 'record-open')).click();
    await (await $id(browser, 'record-by')).setValue('Wong Siu Ling');
    await (await $id(browser, 'record-save')).click();
    await waitForText(browser, 'conflict-report', 'Wong Siu Ling');
    await browser.waitUntil(async () => (await $id(browser, 'appoint-confirm')).isEnabled(), {
      timeout: 10000,
      timeoutMsg: 'the waiver did not lift the block',
    });
    await (await $id(browser, 'appoint-confirm')).click();
    await waitForText(browser, 'case-appointments', 'Chan Ka-wing');
  });

  await test('a hearing with a Berlin arbitrator in a clock-change week warns, and shows in Berlin time', async () => {
    await (await $id(browser, 'nav-calendar')).click();
    await (await $id(browser, 'book-open')).click();
    await (await $id(browser, 'booking-form')).waitForExist({ timeout: 10000 });
    await fill(browser, 'book-start', '2027-03-30T16:00');
    assert(await choose(browser, 'book-neutral', 'Katharina Vogel'), 'Katharina Vogel is not offered');
    await (await $id(browser, 'book-add-neutral')).click();
    await (await $id(browser, 'book-check')).click();
    await waitForText(browser, 'booking-check', 'clock-change week');
    const times = await textOf(browser, 'booking-check');
    assert(times.includes('2027-03-30 10:00') && times.includes('Europe/Berlin'), times);
    await screenshot(browser, '08-booking.png');
    await (await $id(browser, 'book-save')).click();
    await waitForText(browser, 'notice', 'Hearing booked');
    assert(await choose(browser, 'display-zone', 'Europe/Berlin'), 'Europe/Berlin is not offered');
    await waitForText(browser, 'agenda', 'Europe/Berlin · UTC+02:00');
    const agenda = await textOf(browser, 'agenda');
    assert(agenda.includes('10:00–11:00'), agenda);
    await screenshot(browser, '09-calendar-berlin.png');
    await berlinOnBoard(browser);
    await (await $id(browser, 'view-week')).click();
    await (await $id(browser, 'week-view')).waitForExist({ timeout: 10000 });
    await screenshot(browser, '10-week.png');
    await (await $id(browser, 'view-agenda')).click();
  });

  await test('on the room board an empty slot is booked, and a hearing dragged to another room and hour is checked, saved and read back', () => roomBoard(browser, db));

  await test('a neutral\'s schedule is saved as an invitation .ics with its e-mail', async () => {
    await (await $id(browser, 'export-open')).click();
    await (await $id(browser, 'ics-scope')).waitForExist({ timeout: 10000 });
    assert(await choose(browser, 'ics-scope', 'neutral'), 'no neutral scope');
    await (await $id(browser, 'ics-neutral')).waitForExist({ timeout: 10000 });
    assert(await choose(browser, 'ics-neutral', 'Katharina Vogel'), 'Katharina Vogel is not offered');
    assert(await choose(browser, 'ics-method', 'request'), 'no invitation method');
    await (await $id(browser, 'ics-save')).click();
    await waitForText(browser, 'ics-saved', 'hearings');
    const saved = await textOf(browser, 'ics-saved');
    const path = /Saved (.+\.ics):/.exec(saved)?.[1];
    assert(path && existsSync(path), `no calendar file in “${saved}”`);
    const mail = await textOf(browser, 'ics-saved-email');
    await screenshot(browser, '10c-export.png');
    const ics = readFileSync(path, 'utf8');
    const unfolded = ics.replaceAll('\r\n ', '');
    rmSync(path);
    rmSync(path.replace(/\.ics$/, '.eml'), { force: true });
    assert(mail.includes('.eml'), mail);
    assert(ics.includes('METHOD:REQUEST\r\n') && ics.endsWith('END:VCALENDAR\r\n'), 'not an invitation');
    assert(unfolded.includes('CN=Katharina Vogel'), 'Katharina Vogel is not invited');
    assert(unfolded.includes('2027-03-30'.replaceAll('-', '') + 'T'), 'the hearing booked above is missing');
  });

  await test('a Hong Kong mediation → Shenzhen arbitration case is opened, advanced and shows its deadlines', async () => {
    await (await $id(browser, 'nav-cases')).click();
    await (await $id(browser, 'case-new')).click();
    // The wizard: the workflow (Hong Kong mediation → Shenzhen arbitration is the first choice),
    // the details, then a review of what the filing date selects before anything is saved.
    await (await $id(browser, 'case-model-hk_mediation_sz_arbitration')).click();
    await screenshot(browser, '05a-new-case-model.png');
    await (await $id(browser, 'case-wizard-next')).click();
    await (await $id(browser, 'case-reference')).setValue('HKM-SZA-2026-E2E');
    await (await $id(browser, 'case-title-en')).setValue('Kowloon Textiles Ltd v Futian Trading Co.');
    await (await $id(browser, 'case-title-zh')).setValue('九龍紡織有限公司 訴 福田貿易有限公司');
    await fill(browser, 'case-filed-on', '2026-01-05');
    await (await $id(browser, 'case-wizard-next')).click();
    await waitForText(browser, 'case-review-rules', 'SCIA Arbitration Rules 2022, as amended 2024');
    await waitForText(browser, 'case-review', 'Reply to the request for mediation');
    await screenshot(browser, '05b-new-case-review.png');
    await (await $id(browser, 'case-create')).click();
    await waitForText(browser, 'case-title', 'HKM-SZA-2026-E2E');
    for (const [date, next] of [
      ['2026-01-20', 'Arbitration filed'],
      ['2026-01-26', 'Tribunal constituted'],
      ['2026-02-02', 'Award received'],
      ['2026-03-10', 'Enforcement'],
    ]) {
      await fill(browser, 'case-event-date', date);
      await (await $id(browser, 'case-advance')).click();
      await waitForText(browser, 'case-next', next);
    }
    const deadlines = await textOf(browser, 'case-deadlines');
    assert(deadlines.includes('Apply to set aside the award (3 months)'), deadlines);
    assert(deadlines.includes('2026-06-10'), deadlines);
    // The challenge window ended in the Spring Festival break: the explanation says so.
    const challenge = await $id(browser, 'deadline-challenge');
    await (await challenge.$('summary')).click();
    const why = await challenge.getText();
    assert(why.includes('Mainland statutory day off: Spring Festival') && why.includes('2026-02-24'), why);
    await screenshot(browser, '06-case.png');

    // The award was in fact received on 12 March: preview, then save; the set-aside date follows.
    await (await $id(browser, 'redate-award_received')).click();
    await fill(browser, 'redate-date', '2026-03-12');
    await (await $id(browser, 'redate-preview')).click();
    await waitForText(browser, 'redate-changes', '2026-06-10 → 2026-06-12');
    await (await $id(browser, 'redate-reason')).setValue('Date stamp on the courier receipt');
    await (await $id(browser, 'redate-save')).click();
    await waitForText(browser, 'case-deadlines', '2026-06-12');
  });

  /** Opens a case through the wizard at its first stage. */
  async function openCaseWith(model, reference, filedOn) {
    await (await $id(browser, 'nav-cases')).click();
    await (await $id(browser, 'case-new')).click();
    await (await $id(browser, `case-model-${model}`)).click();
    await (await $id(browser, 'case-wizard-next')).click();
    await (await $id(browser, 'case-reference')).setValue(reference);
    await (await $id(browser, 'case-title-en')).setValue('Lantau Energy Ltd v Guangming Holdings');
    await (await $id(browser, 'case-title-zh')).setValue('大嶼山能源有限公司 訴 光明控股');
    await fill(browser, 'case-filed-on', filedOn);
    await (await $id(browser, 'case-wizard-next')).click();
    await (await $id(browser, 'case-review')).waitForExist({ timeout: 10000 });
    await (await $id(browser, 'case-create')).waitForClickable({ timeout: 10000 });
    await (await $id(browser, 'case-create')).click();
    await waitForText(browser, 'case-title', reference);
  }

  await test('a Shenzhen mediation that fails goes on to a Hong Kong arbitration', async () => {
    await openCaseWith('sz_mediation_hk_arbitration', 'SZM-HKA-2026-E2E', '2026-01-05');
    // Two ways on from the mediation: settled (the default) or failed.
    await waitForText(browser, 'case-next', 'Settlement agreement signed');
    await (await $id(browser, 'case-next-mediation_failed')).click();
    await waitForText(browser, 'case-next', 'Mediation ended without settlement');
    await fill(browser, 'case-event-date', '2026-01-20');
    await (await $id(browser, 'case-advance')).click();
    await waitForText(browser, 'case-next', 'Arbitration filed');
    for (const [date, next] of [
      ['2026-01-22', 'Notice received by respondent'],
      ['2026-01-26', 'Answer filed'],
    ]) {
      await fill(browser, 'case-event-date', date);
      await (await $id(browser, 'case-advance')).click();
      await waitForText(browser, 'case-next', next);
    }
    const stages = await textOf(browser, 'case-stages');
    assert(stages.includes('Mediation ended without settlement'), stages);
    assert(!stages.includes('Settlement agreement signed'), stages);
    // The arbitration is HKIAC's: the answer is due 30 days after the notice was received.
    await waitForText(browser, 'case-deadlines', 'Answer to the Notice of Arbitration');
    await screenshot(browser, '06b-mediation-failed.png');
  });

  await test('a withdrawn case keeps its deadlines, shown as no longer running, and the clerk can undo it', async () => {
    await openCaseWith('hkiac_arbitration', 'HKIAC-2026-E2E-W', '2026-01-05');
    await fill(browser, 'case-event-date', '2026-01-08');
    await (await $id(browser, 'case-advance')).click();
    await waitForText(browser, 'case-deadlines', 'Answer to the Notice of Arbitration');
    await waitForText(browser, 'case-status', 'Open');

    await (await $id(browser, 'case-exit-open')).click();
    // Only what HKIAC allows before a tribunal: no dismissal yet.
    assert(await (await $id(browser, 'case-exit-kind-withdrawn')).isExisting(), 'no withdrawal offered');
    assert(!(await (await $id(browser, 'case-exit-kind-dismissed')).isExisting()), 'dismissal offered before a tribunal');
    await (await $id(browser, 'case-exit-kind-withdrawn')).click();
    await fill(browser, 'case-exit-date', '2026-01-20');
    await (await $id(browser, 'case-exit-reason')).setValue('Claimant withdrew by letter');
    await (await $id(browser, 'case-exit-record')).click();
    await waitForText(browser, 'case-exit-question', 'withdrawn');
    await (await $id(browser, 'case-exit-confirm')).click();
    await waitForText(browser, 'notice', 'HKIAC-2026-E2E-W: recorded as withdrawn');
    await waitForText(browser, 'case-status', 'Closed: withdrawn');
    await waitForText(browser, 'deadline-stopped-answer', 'No longer running: case withdrawn on');
    assert(!(await (await $id(browser, 'case-advance')).isExisting()), 'a closed case still offers the next stage');
    await screenshot(browser, '06c-withdrawn.png');

    // Across cases too: listed, not deleted.
    await (await $id(browser, 'nav-deadlines')).click();
    await waitForText(browser, 'case-deadlines-panel', 'No longer running');
    const panel = await textOf(browser, 'case-deadlines-panel');
    assert(panel.includes('HKIAC-2026-E2E-W'), panel);

    // Undo: the case and its deadline are as before.
    await (await $id(browser, 'nav-cases')).click();
    const row = await browser.$('//*[@data-testid="cases-table"]//tr[contains(., "HKIAC-2026-E2E-W")]');
    await row.waitForExist({ timeout: 10000 });
    await row.scrollIntoView();
    await (await row.$('button')).click();
    await (await $id(browser, 'case-exit-undo')).click();
    await waitForText(browser, 'notice', 'was undone');
    await waitForText(browser, 'case-status', 'Open');
    assert(!(await (await $id(browser, 'deadline-stopped-answer')).isExisting()), 'the answer still shows as stopped');
  });

  await test('every screen switches to Traditional Chinese', async () => {
    // A native <select> popup would block WebDriver on a display with no window manager, so the
    // choice is made the way the popup makes it: set the value and fire `change`.
    // Back on the first case's page, which the check below reads.
    await (await $id(browser, 'nav-cases')).click();
    const first = await browser.$('//*[@data-testid="cases-table"]//tr[contains(., "HKM-SZA-2026-E2E")]');
    await first.waitForExist({ timeout: 10000 });
    await first.scrollIntoView();
    await (await first.$('button')).click();
    await waitForText(browser, 'case-title', 'HKM-SZA-2026-E2E');
    await chooseLanguage(browser, 'zh-Hant');
    await waitForText(browser, 'nav-roster', '名冊');
    // The case page follows the language, down to each step of an explanation.
    await waitForText(browser, 'case-next', '記錄下一事件：申請執行');
    await waitForText(browser, 'case-deadlines', '內地法定休假日：春節');
    for (const [nav, title] of [
      ['nav-cases', '案件'],
      ['nav-calendar', '日程'],
      ['nav-settings', '設定'],
    ]) {
      await (await $id(browser, nav)).click();
      await waitForText(browser, 'screen-title', title);
    }
    assert((await textOf(browser, 'db-path')) === db, 'Settings does not show the database path');
    await screenshot(browser, '07-settings-zh-hant.png');
  });

  await test('a panel arrives as a spreadsheet with Chinese headings: previewed, then imported all at once', async () => {
    const sheet = join(home, 'panel.csv');
    writeFileSync(
      sheet,
      '英文名稱,中文名稱,角色,所在時區,國籍,電子郵箱,語言\n' +
        'Ho Ka Yan,何嘉欣,arbitrator,Asia/Hong_Kong,HK,ho.kayan@example.com,yue:native;en:fluent\n' +
        'Li Wen,李文,mediator,Asia/Shanghai,CN,li.wen@example.com,cmn:native\n',
    );
    await (await $id(browser, 'nav-roster')).click();
    await (await $id(browser, 'tab-sheets')).click();
    await (await $id(browser, 'sheet-file')).setValue(sheet);
    await waitForText(browser, 'sheet-counts', '新建 2');
    await screenshot(browser, '07b-sheet-preview.png');
    await (await $id(browser, 'sheet-commit')).click();
    await (await $id(browser, 'tab-neutrals')).click();
    await waitForText(browser, 'roster-table', '何嘉欣');
    // The settings that change with a date, and the demo that can be taken out again.
    await (await $id(browser, 'nav-settings')).click();
    await (await $id(browser, 'fee-caps')).scrollIntoView();
    await screenshot(browser, '07c-settings-caps.png');
    await (await $id(browser, 'demo-panel')).scrollIntoView();
    await screenshot(browser, '07d-settings-demo.png');
  });

  await test('the About box names the product and its version', async () => {
    await (await $id(browser, 'about-open')).click();
    await waitForText(browser, 'about-version', 'Bay Docket');
    assert((await textOf(browser, 'about-version')).includes('0.1.0'), 'no version in About');
    await screenshot(browser, '08-about.png');
  });

  let packagePath = '';
  await test('a document is attached, bundled, indexed and the case packaged', async () => {
    await (await $id(browser, 'about-close')).click();
    // Search finds the case; its hit opens the case page.
    await (await $id(browser, 'search-input')).setValue('HKM-SZA-2026-E2E');
    await waitForText(browser, 'search-results', 'HKM-SZA-2026-E2E');
    await screenshot(browser, '10b-search.png');
    await (await browser.$('[data-testid="search-results"] button')).click();
    await waitForText(browser, 'case-title', 'HKM-SZA-2026-E2E');
    const file = join(home, 'Statement of Claim.pdf');
    writeFileSync(file, '%PDF-1.7 statement of claim');
    await (await $id(browser, 'prep-checklist')).waitForExist({ timeout: 10000 });
    await (await $id(browser, 'doc-file')).setValue(file);
    await (await $id(browser, 'doc-title')).setValue('Statement of claim 申索陳述書');
    await (await $id(browser, 'doc-pages')).setValue('12');
    await (await $id(browser, 'doc-add')).click();
    await waitForText(browser, 'prep-documents', 'Statement of claim 申索陳述書');
    await (await $id(browser, 'bundle-add-Statement of claim 申索陳述書')).click();
    await (await $id(browser, 'bundle-save')).click();
    await waitForText(browser, 'prep-bundle', '1–12');
    // A Hong Kong mediation's documents are confidential (Cap 620): the index leaves on a ground.
    assert(await choose(browser, 'prep-ground', 'consent'), 'no consent ground');
    await (await $id(browser, 'bundle-export-html')).click();
    await waitForText(browser, 'prep-exported', 'bundle-index.html');
    const indexPath = (await textOf(browser, 'prep-exported')).replace(/^[^/]*/, '');
    assert(readFileSync(indexPath, 'utf8').includes('Statement of claim 申索陳述書'), `index at ${indexPath}`);
    await screenshot(browser, '11-preparation.png');
    await (await $id(browser, 'package-export')).click();
    await waitForText(browser, 'prep-exported', '.bdpkg');
    packagePath = (await textOf(browser, 'prep-exported')).replace(/^[^/]*/, '');
    assert(existsSync(packagePath), `no package at ${packagePath}`);
  });

  await browser.deleteSession();
  browser = undefined;
  await sleep(1500);

  await test('the package opens the same case in a fresh database', async () => {
    assert(packagePath, 'no package was exported');
    browser = await launch(join(home, 'fresh', 'docket.sqlite3'));
    try {
      await (await $id(browser, 'create-database')).click();
      await (await $id(browser, 'demo-skip')).click();
      await (await $id(browser, 'nav-cases')).click();
      await (await $id(browser, 'package-file')).setValue(packagePath);
      // The preview comes first; only Import writes.
      await (await $id(browser, 'package-confirm')).click();
      await waitForText(browser, 'cases-table', 'HKM-SZA-2026-E2E');
      await (await browser.$('[data-testid="cases-table"] tbody tr button')).click();
      await waitForText(browser, 'prep-documents', 'Statement of claim 申索陳述書');
      await screenshot(browser, '12-imported.png');
      await (await $id(browser, 'nav-settings')).click();
      await (await $id(browser, 'checklist-templates')).scrollIntoView();
      await screenshot(browser, '13-checklist-templates.png');
    } finally {
      await browser.deleteSession();
      browser = undefined;
      await sleep(1500);
    }
  });

  await test('a centre set up from nothing in 繁體中文: rooms, neutrals, a case, an online and a room hearing, and who did it', async () => {
    browser = await launch(join(home, 'setup', 'docket.sqlite3'));
    try {
      await (await $id(browser, 'create-database')).click();
      // The new centre has started (and chosen its first language) before the clerk picks another.
      await (await $id(browser, 'demo-offer')).waitForDisplayed({ timeout: 10000 });
      await chooseLanguage(browser, 'zh-Hant');
      await waitForText(browser, 'nav-roster', '名冊');
      await (await $id(browser, 'demo-clerk-name')).setValue('陳美');
      await (await $id(browser, 'demo-skip')).click();
      // An empty centre is guided: rooms, neutrals, the first case.
      await waitForText(browser, 'setup-guide', '新增聆訊室');
      await screenshot(browser, '14b-setup-guide.png');

      // Two rooms, one on each side of the border.
      await (await $id(browser, 'nav-settings')).click();
      for (const [code, en, zh, site] of [
        ['HK-38A', 'Hearing Room 38A', '38A 聆訊室', 'hong_kong'],
        ['SZ-QH-3', 'Qianhai Room 3', '前海三號室', 'shenzhen'],
      ]) {
        const form = await $id(browser, 'venue-form');
        await form.waitForExist({ timeout: 10000 });
        await form.scrollIntoView();
        await (await $id(browser, 'venue-code')).setValue(code);
        await (await $id(browser, 'venue-name-en')).setValue(en);
        await (await $id(browser, 'venue-name-zh')).setValue(zh);
        assert(await choose(browser, 'venue-site', site), `no site ${site}`);
        await (await $id(browser, 'venue-save')).click();
        await waitForText(browser, 'venues-list', code);
      }
      const rooms = await textOf(browser, 'venues-list');
      assert(rooms.includes('38A 聆訊室') && rooms.includes('前海三號室') && rooms.includes('網上'), rooms);
      await screenshot(browser, '15-setup-rooms.png');

      // Three neutrals, typed in through the form.
      await (await $id(browser, 'nav-roster')).click();
      for (const [en, zh, zone] of [
        ['Lam Wai Man', '林偉文', 'Asia/Hong_Kong'],
        ['Zhou Jing', '周靜', 'Asia/Shanghai'],
        ['Dana Reyes', '', 'America/Vancouver'],
      ]) {
        await (await $id(browser, 'roster-add')).click();
        await (await $id(browser, 'neutral-form')).waitForExist({ timeout: 10000 });
        await (await $id(browser, 'neutral-name-en')).setValue(en);
        if (zh) await (await $id(browser, 'neutral-name-zh')).setValue(zh);
        await chooseZone(browser, 'neutral-zone', zone);
        if (en === 'Lam Wai Man') {
          // A nationality is picked by its name in the clerk's language.
          assert(await choose(browser, 'neutral-nationality', 'HK'), 'Hong Kong is not offered');
          const nationality = await browser.execute(
            (el) => el.options[el.selectedIndex]?.text ?? '',
            await $id(browser, 'neutral-nationality'),
          );
          assert(nationality.includes('香港'), `the nationality reads “${nationality}”`);
          await (await $id(browser, 'neutral-add-nationality')).click();
          // Languages are picked with their level, never typed as codes.
          for (const [i, lang, level] of [[0, 'yue', 'native'], [1, 'en', 'fluent']]) {
            await (await $id(browser, 'neutral-add-language')).click();
            assert(await choose(browser, `neutral-language-${i}`, lang), `no language ${lang}`);
            assert(await choose(browser, `neutral-level-${i}`, level), `no level ${level}`);
          }
        }
        await (await $id(browser, 'neutral-save')).click();
        await waitForText(browser, 'neutral-profile', en);
        if (en === 'Lam Wai Man') {
          const profile = await textOf(browser, 'neutral-profile');
          assert(profile.includes('粵語') && profile.includes('英語'), profile);
          await screenshot(browser, '15b-setup-neutral.png');
        }
        await (await $id(browser, 'neutral-back')).click();
        await waitForText(browser, 'roster-table', en);
      }

      // A case, through the wizard.
      await (await $id(browser, 'nav-cases')).click();
      await (await $id(browser, 'case-new')).click();
      await (await $id(browser, 'case-model-hk_mediation_sz_arbitration')).click();
      await (await $id(browser, 'case-wizard-next')).click();
      await (await $id(browser, 'case-reference')).setValue('HKM-SZA-2026-SETUP');
      await (await $id(browser, 'case-title-en')).setValue('Harbour Glass Ltd v Nanshan Facades Co.');
      await (await $id(browser, 'case-title-zh')).setValue('海港玻璃有限公司 訴 南山幕牆有限公司');
      await fill(browser, 'case-filed-on', '2026-11-02');
      await (await $id(browser, 'case-wizard-next')).click();
      await (await $id(browser, 'case-review')).waitForExist({ timeout: 10000 });
      await (await $id(browser, 'case-create')).click();
      await waitForText(browser, 'case-title', 'HKM-SZA-2026-SETUP');
      await browser.waitUntil(async () => !(await (await $id(browser, 'setup-guide')).isExisting()), {
        timeout: 10000,
        timeoutMsg: 'the setup guide stayed after rooms, neutrals and a case were added',
      });

      // The claimant, its law firm and counsel, created on the roster's Parties & counsel tab, then
      // put in the case with its counsel.
      await (await $id(browser, 'nav-roster')).click();
      await (await $id(browser, 'tab-parties')).click();
      await (await $id(browser, 'party-add')).click();
      await (await $id(browser, 'party-name-en')).setValue('Harbour Glass Ltd');
      await (await $id(browser, 'party-name-zh')).setValue('海港玻璃有限公司');
      assert(await choose(browser, 'party-nationality', 'HK'), 'Hong Kong is not offered');
      await (await $id(browser, 'party-save')).click();
      await waitForText(browser, 'party-detail', '海港玻璃有限公司');
      await (await $id(browser, 'party-back')).click();
      await waitForText(browser, 'party-table', '海港玻璃有限公司');
      await (await $id(browser, 'firm-name-en')).setValue('Lee & Partners');
      await (await $id(browser, 'firm-name-zh')).setValue('李氏律師行');
      await (await $id(browser, 'firm-save')).click();
      await waitForText(browser, 'notice', '李氏律師行');
      assert(await choose(browser, 'counsel-firm', '李氏律師行'), 'the new firm is not offered');
      await (await $id(browser, 'counsel-name-en')).setValue('Ada Lee');
      await (await $id(browser, 'counsel-name-zh')).setValue('李雅');
      await (await $id(browser, 'counsel-email')).setValue('ada.lee@example.com');
      await (await $id(browser, 'counsel-save')).click();
      await waitForText(browser, 'counsel-table', '李雅');
      await screenshot(browser, '15c-setup-counsel.png');
      await (await $id(browser, 'nav-cases')).click();
      const opened = await browser.$('//*[@data-testid="cases-table"]//tr[contains(., "HKM-SZA-2026-SETUP")]');
      await opened.waitForExist({ timeout: 10000 });
      await (await opened.$('button')).click();
      await (await $id(browser, 'case-tribunal')).waitForExist({ timeout: 10000 });
      assert(await choose(browser, 'tribunal-party', '海港玻璃有限公司'), 'the claimant is not offered');
      assert(await choose(browser, 'tribunal-side', 'claimant'), 'no claimant side');
      assert(await choose(browser, 'tribunal-counsel', '李雅'), 'the counsel is not offered');
      await (await $id(browser, 'tribunal-add-party')).click();
      await waitForText(browser, 'case-tribunal', '李雅');

      // An online hearing with a Vancouver participant, then one in the Hong Kong room.
      for (const [venue, start, zone] of [
        ['ONLINE', '2027-01-12T09:00', 'Asia/Hong_Kong'],
        ['HK-38A', '2027-01-19T10:00', ''],
      ]) {
        await (await $id(browser, 'nav-calendar')).click();
        await (await $id(browser, 'book-open')).click();
        await (await $id(browser, 'booking-form')).waitForExist({ timeout: 10000 });
        assert(await choose(browser, 'book-case', 'HKM-SZA-2026-SETUP'), 'the new case is not offered');
        assert(await choose(browser, 'book-venue', venue), `room ${venue} is not offered`);
        if (zone) await chooseZone(browser, 'book-zone', zone);
        await fill(browser, 'book-start', start);
        assert(await choose(browser, 'book-neutral', 'Dana Reyes'), 'Dana Reyes is not offered');
        await (await $id(browser, 'book-add-neutral')).click();
        await (await $id(browser, 'book-check')).click();
        await (await $id(browser, 'booking-check')).waitForExist({ timeout: 10000 });
        await (await $id(browser, 'book-save')).click();
        await waitForText(browser, 'notice', '已預約聆訊');
      }
      await screenshot(browser, '16-setup-hearings.png');

      // A hearing booked by mistake is removed, then restored from Settings → Recently removed.
      const booked = await browser.$('//*[@data-testid="agenda"]//div[contains(@class, "hearing") and contains(., "HKM-SZA-2026-SETUP")]');
      await booked.waitForExist({ timeout: 10000 });
      await booked.click();
      await (await $id(browser, 'hearing-remove')).click();
      await waitForText(browser, 'notice', '已移除該聆訊');
      await (await $id(browser, 'nav-settings')).click();
      await waitForText(browser, 'removed-list', 'HKM-SZA-2026-SETUP');
      await (await $id(browser, 'recently-removed')).scrollIntoView();
      await screenshot(browser, '16b-setup-removed.png');
      await (await $id(browser, 'removed-restore')).click();
      await waitForText(browser, 'notice', '已還原');

      // The room hearing moves to the Shenzhen room: checked again, then saved.
      await (await $id(browser, 'nav-calendar')).click();
      const inRoom = await browser.$('//*[@data-testid="agenda"]//div[contains(@class, "hearing") and contains(., "38A")]');
      await inRoom.waitForExist({ timeout: 10000 });
      await inRoom.click();
      assert(await choose(browser, 'hearing-room', 'SZ-QH-3'), 'the Shenzhen room is not offered');
      await (await $id(browser, 'hearing-room-check')).click();
      await (await $id(browser, 'hearing-room-preview')).waitForExist({ timeout: 10000 });
      await (await $id(browser, 'hearing-room-save')).click();
      await waitForText(browser, 'notice', '聆訊已改在新房間');

      // A hearing's length and language were wrong: corrected, checked again, then saved.
      const again = await browser.$('//*[@data-testid="agenda"]//div[contains(@class, "hearing") and contains(., "HKM-SZA-2026-SETUP")]');
      await again.waitForExist({ timeout: 10000 });
      await again.click();
      await (await $id(browser, 'hearing-correct')).click();
      await fill(browser, 'hearing-correct-minutes', '90');
      await fill(browser, 'hearing-correct-language', '廣東話');
      await (await $id(browser, 'hearing-correct-check')).click();
      await (await $id(browser, 'hearing-correct-preview')).waitForExist({ timeout: 10000 });
      await screenshot(browser, '16c-setup-hearing-correct.png');
      await (await $id(browser, 'hearing-correct-save')).click();
      await waitForText(browser, 'notice', '聆訊資料已更正');

      // The case's history says who did it, in words.
      await (await $id(browser, 'nav-cases')).click();
      const row = await browser.$('//*[@data-testid="cases-table"]//tr[contains(., "HKM-SZA-2026-SETUP")]');
      await row.waitForExist({ timeout: 10000 });
      await (await row.$('button')).click();
      // The title was mistyped: corrected on the case page, and the history says from what to what.
      await (await $id(browser, 'case-edit')).click();
      await (await $id(browser, 'case-edit-title-en')).setValue('Harbour Glass Limited v Nanshan Facades Co.');
      await (await $id(browser, 'case-edit-save')).click();
      await waitForText(browser, 'notice', 'HKM-SZA-2026-SETUP');
      await waitForText(browser, 'case-history', 'Harbour Glass Limited');
      await waitForText(browser, 'case-history', '陳美');
      const history = await textOf(browser, 'case-history');
      assert(!/[0-9a-f]{8}-[0-9a-f]{4}-/.test(history), `an id on screen: ${history}`);
      await (await $id(browser, 'case-history')).scrollIntoView();
      await screenshot(browser, '17-setup-history.png');

      // The claimant's corporate group was missed: corrected on its page (the conflict checks run
      // again), and removing it retires it instead, because the case names it; Settings restores it.
      await (await $id(browser, 'nav-roster')).click();
      await (await $id(browser, 'tab-parties')).click();
      const party = await browser.$('//*[@data-testid="party-table"]//tr[contains(., "海港玻璃有限公司")]');
      await party.waitForDisplayed({ timeout: 10000 });
      await party.scrollIntoView();
      await (await party.$('.primary-name')).click();
      await (await $id(browser, 'party-edit')).click();
      await fill(browser, 'party-group', 'Harbour Group');
      await (await $id(browser, 'party-save')).click();
      await waitForText(browser, 'notice', '更正已儲存');
      await (await $id(browser, 'party-findings')).waitForExist({ timeout: 10000 });
      await waitForText(browser, 'party-history', '陳美');
      await (await $id(browser, 'party-remove')).click();
      await (await $id(browser, 'party-remove-confirm')).click();
      await waitForText(browser, 'notice', '已停用而非移除');
      await waitForText(browser, 'notice', 'HKM-SZA-2026-SETUP');
      await screenshot(browser, '18-setup-party-retired.png');
      await (await $id(browser, 'nav-settings')).click();
      await waitForText(browser, 'removed-list', '已停用');
      await (await $id(browser, 'recently-removed')).scrollIntoView();
      await screenshot(browser, '18b-setup-retired-listed.png');
      await (await $id(browser, 'removed-restore')).click();
      await waitForText(browser, 'notice', '已還原');
    } finally {
      await browser.deleteSession();
      browser = undefined;
      await sleep(1500);
    }
  });

  await test('hearings booked under older time-zone rules are listed for review, old and new hours side by side', async () => {
    // A centre whose database was written under tz database 2025b (before British Columbia and
    // Morocco changed their clocks in 2026), prepared with the command line pinned to those rules.
    const cli = resolve('../../target/debug/docket');
    const old = join(home, 'old-rules', 'docket.sqlite3');
    const env = { ...process.env, BAY_DOCKET_TZDIR: resolve('../fixtures/tzdb-2025b') };
    const run = (...args) => {
      const r = spawnSync(cli, ['--db', old, ...args], { env, encoding: 'utf8' });
      assert(r.status === 0, `docket ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    run('init');
    run('demo', 'load');
    run('language', 'en');
    run('hearings', 'add', '--case', 'HKIAC-A26017', '--room', 'ONLINE', '--zone', 'Asia/Hong_Kong',
      '--start', '2030-12-10T09:00', '--minutes', '60',
      '--participant', 'Dana Reyes@America/Vancouver', '--participant', 'Omar Idrissi@Africa/Casablanca');
    browser = await launch(old);
    try {
      await (await $id(browser, 'nav-calendar')).click();
      await waitForText(browser, 'tz-review-banner', 'time-zone rules changed');
      await (await $id(browser, 'tz-review-open')).click();
      await waitForText(browser, 'tz-review-list', 'Dana Reyes');
      // The Vancouver participant's row: 17:00 (UTC-08:00) before, 18:00 (UTC-07:00) now.
      const dana = await browser.execute(
        () => [...document.querySelectorAll('[data-testid="tz-review-participant"]')]
          .map((r) => r.textContent ?? '')
          .find((t) => t.includes('Dana Reyes')) ?? '',
      );
      assert(dana.includes('17:00') && dana.includes('18:00'), `Vancouver row: ${dana}`);
      assert(dana.includes('UTC-08:00') && dana.includes('UTC-07:00'), `Vancouver offsets: ${dana}`);
      await screenshot(browser, '14-tz-review.png');
      await (await $id(browser, 'tz-keep-wall')).click();
      await waitForText(browser, 'tz-review-done', 'Saved');
      assert(!(await (await $id(browser, 'tz-review-banner')).isExisting()), 'review still listed after the decision');
      await (await $id(browser, 'nav-settings')).click();
      await waitForText(browser, 'tz-status', 'Every hour is computed with tz database');
    } finally {
      await browser.deleteSession();
      browser = undefined;
      await sleep(1500);
    }
  });

  await test('a restart remembers the language and keeps the data', async () => {
    browser = await launch();
    await waitForText(browser, 'nav-roster', '名冊');
    await waitForText(browser, 'screen-title', '案件');
    const caseRows = await browser.$$('[data-testid="cases-table"] tbody tr');
    assert(caseRows.length === 25, `expected 25 cases after restart, saw ${caseRows.length}`);
    assert(!(await (await $id(browser, 'demo-offer')).isExisting()), 'demo offered again after restart');
    await screenshot(browser, '09-restart.png');
  });
} catch (e) {
  results.push({ name: 'start the app', ok: false });
  console.log(`  ✗ start the app\n      ${e instanceof Error ? e.stack : e}`);
} finally {
  if (browser) await browser.deleteSession().catch(() => undefined);
  driver.kill();
  rmSync(home, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots in ${artifacts}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
