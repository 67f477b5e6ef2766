/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumExists,
  chromiumLaunchOptions,
  chromiumNotFoundMessage,
} from '../../../scripts/chromium.mjs';
import { startServer, type RunningServer } from '@qingyuan/server';
import {
  pilotApplications,
  pilotBodies,
  pilotOpenSpaceSession,
  pilotParticipants,
  pilotRound,
} from '@qingyuan/core/examples';
import { approvalMarks, pilotMeetingFile } from './pilot-meeting-file.js';

// The organizer console end to end, keyboard only, against a real ballot box: sign in with the
// operator key, create a meeting from a file, see a lifecycle refusal in words, agree and lock
// the weights, issue codes, open voting, one ballot through the API, turnout 1 and the live
// ranking (also on the projector view), close, publish, export, verify the export. Screenshots
// at 360 and 1280 px in zh-CN and en go to reports/console/. Then a round (created from its
// file, applications vetted, the agenda, the review meeting created and linked) and a PB
// election (from a .pb file to its explained results and exports), each checked against the
// box's own documents.
const work = mkdtempSync(join(tmpdir(), 'qy-console-e2e-'));
const shots = fileURLToPath(new URL('../reports/console/', import.meta.url));
const meetingId = 'console-e2e-2007';
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught errors of the page (a CSP refusal shows here). */
const pageErrors: string[] = [];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

beforeAll(async () => {
  if (!chromiumExists()) throw new Error(chromiumNotFoundMessage());
  // The console as `npm run build` makes it (dist/), served by the box as `qingyuan serve` does.
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
  server = await startServer({
    consoleRoot: fileURLToPath(new URL('../dist/', import.meta.url)),
    database: { file: join(work, 'box.db') },
    port: 0,
    perAddress: false,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(shots, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Focuses what `selector` finds (as Tab would reach it) and presses `key` there. */
async function press(selector: string, key = 'Enter', options: { hasText?: string } = {}) {
  const target = page.locator(selector, options).first();
  await target.focus();
  await page.keyboard.press(key);
}

/** Focuses a field, selects what it holds and types `text` over it, all from the keyboard. */
async function type(selector: string, text: string) {
  await page.locator(selector).first().focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * axe-core (WCAG 2.0–2.2 A and AA) over the page, shadow roots included; evaluated through the
 * DevTools protocol, so the console's CSP (scripts from the box only) stays on.
 */
async function axeViolations(): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

async function screenshot(name: string, width: number) {
  await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
  await page.waitForTimeout(300);
  // Nothing wider than the window: a phone never scrolls sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  if (overflow > 0) {
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > innerWidth + 1)
            out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}-${Math.round(r.right)}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out.slice(0, 15);
    });
    console.log(name, width, wide);
  }
  expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
}

describe('the organizer console', () => {
  it('runs a meeting from sign-in to a verified export, keyboard only', async () => {
    const operatorKey = server.operatorKey!;
    expect(operatorKey).toMatch(/^qyk_/);
    await page.goto(`${server.url}/console/`);
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Sign in');
    await screenshot('sign-in-en', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Sign in: paste the key, Enter.
    await type('#token', operatorKey);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#meetings-title').textContent()).toBe('Meetings');
    expect(page.url()).not.toContain(operatorKey);
    const kept = await page.evaluate(() => sessionStorage.getItem('qy-console-credential'));
    expect(kept).toContain(operatorKey);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(operatorKey);

    // A file that is not a meeting: every problem listed, with its place.
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'bad', criteria: [] }));
    await page.locator('#file').setInputFiles(bad);
    await expect.poll(() => page.locator('#document').inputValue()).toContain('"bad"');
    await press('button[type=submit]', 'Enter', { hasText: 'Create meeting' });
    const refusal = page.locator('[role=alert]');
    await expect.poll(() => refusal.textContent()).toContain('/meeting/criteria');
    const problems = await refusal.locator('li').allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(4); // criteria, method, projects, voters
    expect(problems.join('\n')).toContain('/meeting/projects');

    // Create from the meeting file.
    const file = join(work, 'meeting.json');
    writeFileSync(file, JSON.stringify(pilotMeetingFile(meetingId), null, 2));
    await page.locator('#file').setInputFiles(file);
    await expect.poll(() => page.locator('#document').inputValue()).toContain(meetingId);
    await press('button[type=submit]', 'Enter', { hasText: 'Create meeting' });
    await expect
      .poll(() => page.locator('.ok').first().textContent())
      .toContain(`Meeting “${meetingId}” created.`);
    expect(await page.locator('.token').textContent()).toMatch(/^qyo_/);
    await press('a', 'Enter', { hasText: 'Open' });
    await expect.poll(() => page.locator('#status').textContent()).toBe('draft');

    // Opening a draft is refused in words: what to do first, no event names, no bare status.
    await press('button', 'Enter', { hasText: 'Open voting' });
    const said = (await page.locator('[role=alert]').first().textContent()) ?? '';
    expect(said).toContain('Lock the weights first.');
    expect(said).not.toMatch(/voting-opened|weights-locked|\b409\b/);

    // Agree 50/25/25 and lock.
    await type('#w-public-benefit', '50');
    await type('#w-feasibility', '25');
    await type('#w-sustainability', '25');
    expect(await page.locator('#w-public-benefit').inputValue()).toBe('50');
    await press('button[part=lock-button]');
    await expect.poll(() => page.locator('#status').textContent()).toBe('weights locked');
    // The refusal of the earlier step is gone once a step succeeded.
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const stored = (await (await fetch(`${server.url}/meetings/${meetingId}`)).json()) as {
      meeting: { criteria: { weight: number }[] };
    };
    expect(stored.meeting.criteria.map((c) => c.weight)).toEqual([0.5, 0.25, 0.25]);

    // Three anonymous codes, as a JSON list (the keyboard picks the format).
    await type('#count', '3');
    await page.locator('#format').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#format').inputValue()).toBe('json');
    const downloading = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Issue codes' });
    const sheet = await downloading;
    expect(sheet.suggestedFilename()).toBe(`${meetingId}-codes.json`);
    const codes = JSON.parse(readFileSync((await sheet.path())!, 'utf8')) as {
      codes: { code: string }[];
    };
    expect(codes.codes).toHaveLength(3);

    await press('button', 'Enter', { hasText: 'Open voting' });
    await expect.poll(() => page.locator('#status').textContent()).toBe('voting open');

    // One ballot through the API; the console shows turnout 1 and the live ranking.
    const cast = await fetch(`${server.url}/meetings/${meetingId}/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: codes.codes[0]!.code,
        marks: approvalMarks((project) => project === 'yuhuayuan-culture'),
      }),
    });
    expect(cast.status).toBe(201);
    await expect
      .poll(() => page.locator('#turnout').textContent(), { timeout: 15_000 })
      .toContain('1 of 3 codes voted');
    const table = page.locator('qy-ranking-table');
    await expect
      .poll(() => table.locator('tbody tr').first().textContent(), { timeout: 15_000 })
      .toContain('Cultural Activity Center');
    await screenshot('meeting-open-en', 1280);

    // The projector view: big turnout, the same live ranking.
    await press('a', 'Enter', { hasText: 'Projector view' });
    await expect
      .poll(() => page.locator('#projector-turnout').textContent())
      .toContain('1 / 3 voted');
    await expect
      .poll(() => page.locator('qy-ranking-table tbody tr').first().textContent(), {
        timeout: 15_000,
      })
      .toContain('Cultural Activity Center');
    await screenshot('projector-en', 1280);
    await screenshot('projector-en', 360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('a', 'Enter', { hasText: 'Back to the meeting' });

    await press('button', 'Enter', { hasText: 'Close voting' });
    await expect.poll(() => page.locator('#status').textContent()).toBe('voting closed');
    await press('button', 'Enter', { hasText: 'Publish the results' });
    await expect.poll(() => page.locator('#status').textContent()).toBe('results published');

    // Export, then verify the downloaded file (and a tampered copy) in the browser.
    const exporting = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Download the export' });
    const exported = await exporting;
    expect(exported.suggestedFilename()).toBe(`${meetingId}-export.json`);
    const exportPath = join(work, 'export.json');
    await exported.saveAs(exportPath);
    const bundle = JSON.parse(readFileSync(exportPath, 'utf8')) as {
      ballots: { marks: Record<string, Record<string, boolean>> }[];
    };
    expect(bundle.ballots).toHaveLength(1);
    await page.locator('#verify-file').setInputFiles(exportPath);
    await expect
      .poll(() => page.locator('#verdict').textContent())
      .toContain('Valid: nothing was changed');
    expect(await page.locator('#verdict').textContent()).toContain('1 ballot');

    bundle.ballots[0]!.marks['jinhuali-home']!['public-benefit'] = true;
    const tampered = join(work, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(bundle));
    await page.locator('#verify-file').setInputFiles(tampered);
    await expect.poll(() => page.locator('#verdict').textContent()).toContain('Not valid');

    await press('button', 'Enter', { hasText: 'Check this meeting on the box' });
    await expect
      .poll(() => page.locator('.ok', { hasText: 'The box checked' }).textContent())
      .toContain('Valid');
    await screenshot('meeting-published-en', 1280);
    await screenshot('meeting-published-en', 360);
    expect(await axeViolations()).toEqual([]);

    // The language switch: the same page in Chinese, the elements too.
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#status').textContent()).toBe('结果已公布');
    expect(await page.locator('h1').textContent()).toBe('清源组织者控制台');
    await expect
      .poll(() => page.locator('qy-ranking-table tbody tr').first().textContent())
      .toContain('社区文化活动中心');
    await screenshot('meeting-published-zh', 1280);
    await screenshot('meeting-published-zh', 360);
    await page.locator('qy-ranking-table').screenshot({ path: join(shots, 'ranking-zh-360.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('a', 'Enter', { hasText: '全部评审会' });
    await expect.poll(() => page.locator('#meetings-title').textContent()).toBe('评审会');
    await screenshot('meetings-zh', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('a', 'Enter', { hasText: '2007' });
    await press('a', 'Enter', { hasText: '投影视图' });
    await expect
      .poll(() => page.locator('#projector-turnout').textContent())
      .toContain('已投票 1 / 3');
    await screenshot('projector-zh', 1280);
    await screenshot('projector-zh', 360);
    expect(await axeViolations()).toEqual([]);
    // No script, style or request was refused by the CSP, nothing threw. The browser logs each
    // refusal the test asked for (400 bad file, 409 open a draft, 403 results hidden in draft).
    expect(
      pageErrors.filter((e) => !/^Failed to load resource: .*\b(400|403|409)\b/.test(e)),
    ).toEqual([]);
    expect(pageErrors.join('\n')).not.toMatch(/Content Security Policy/);
  }, 240_000);

  it('speaks the language the browser asks for at first, and forgets the key with the tab', async () => {
    const zh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 780 } });
    try {
      const tab = await zh.newPage();
      await tab.goto(`${server.url}/console/`);
      await expect.poll(() => tab.locator('h2').first().textContent()).toBe('登录');
      expect(await tab.evaluate(() => sessionStorage.getItem('qy-console-credential'))).toBeNull();
      await tab.screenshot({ path: join(shots, 'sign-in-zh-360.png'), fullPage: true });
      // Tab from the top: the skip link, the two languages, then the key field.
      const focused = () =>
        tab.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.id || element?.textContent?.trim() || element?.tagName;
        });
      const order: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) {
        await tab.keyboard.press('Tab');
        order.push(await focused());
      }
      expect(order).toEqual(['跳到主要内容', '中文', 'English', 'token']);
      // A wrong key: the box's refusal in Chinese, not a status number.
      await tab.keyboard.type('qyk_not-a-real-key-000000');
      await tab.keyboard.press('Enter');
      const alert = tab.locator('[role=alert]');
      await expect.poll(() => alert.textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(await alert.textContent()).not.toMatch(/\b401\b/);
    } finally {
      await zh.close();
    }
  }, 60_000);

  /** A fresh English tab signed in with `token` (an organizer credential), keyboard only. */
  async function signedInTab(token: string): Promise<void> {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = await context.newPage();
    pageErrors.length = 0;
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/console/`);
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Sign in');
    await type('#token', token);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#meetings-title').textContent()).toBe('Meetings');
  }

  /** A role credential of the organisation, minted with the operator key. */
  async function mint(role: string): Promise<string> {
    const res = await fetch(`${server.url}/organizations/default/credentials`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.operatorKey!}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ role, labels: [`console e2e ${role}`] }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { credentials: { secret: string }[] }).credentials[0]!.secret;
  }

  async function boxJson<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    expect(res.ok, `${path}: ${res.status} ${await res.clone().text()}`).toBe(true);
    return (await res.json()) as T;
  }

  it('runs a round from its creation to the funding decision, keyboard only', async () => {
    const organizer = await mint('organizer');
    await signedInTab(organizer);
    const at = `/organizations/default/rounds/${pilotRound.id}`;

    await press('nav a', 'Enter', { hasText: 'Rounds' });
    await expect.poll(() => page.locator('#rounds-title').textContent()).toBe('Rounds');
    await expect
      .poll(() => page.locator('qy-console-rounds p').first().textContent())
      .toContain('no rounds yet');

    // Create the pilot round from its file.
    const round = {
      round: { ...pilotRound, applications: [], meetings: [], decisions: [], funded: [] },
      bodies: pilotBodies,
      participants: pilotParticipants,
    };
    const file = join(work, 'round.json');
    writeFileSync(file, JSON.stringify(round, null, 2));
    await page.locator('#round-file').setInputFiles(file);
    await expect.poll(() => page.locator('#round-document').inputValue()).toContain(pilotRound.id);
    await press('button[type=submit]', 'Enter', { hasText: 'Create round' });
    await expect
      .poll(() => page.locator('.ok').first().textContent())
      .toContain(`Round “${pilotRound.id}” created.`);
    // The same file again: the box's refusal, in words, not a status number.
    await press('button[type=submit]', 'Enter', { hasText: 'Create round' });
    const taken = page.locator('qy-console-rounds [role=alert]');
    await expect.poll(() => taken.count()).toBe(1);
    expect(await taken.textContent()).not.toMatch(/\b409\b/);
    await press('a', 'Enter', { hasText: 'Qingyuan community service projects 2007' });
    await expect
      .poll(() => page.locator('#round-title').textContent())
      .toBe('Qingyuan community service projects 2007');
    expect(await page.locator('#round-fund').textContent()).toBe('CN¥30,000.00');

    // The pilots came out of the 2007 Open Space, which the box checks their `origin` against.
    await boxJson('/organizations/default/sessions', server.operatorKey!, {
      method: 'POST',
      body: JSON.stringify({ session: pilotOpenSpaceSession }),
    });
    // The applicants submit (as qy-application-form does); the console lists them.
    for (const application of pilotApplications) {
      await boxJson(`${at}/applications`, organizer, {
        method: 'POST',
        body: JSON.stringify({ application, by: 'p-li' }),
      });
    }
    await press('qy-console-round button', 'Enter', { hasText: 'Refresh' });
    const items = page.locator('ul.applications > li');
    await expect.poll(() => items.count()).toBe(pilotApplications.length);
    expect(await items.locator('.status').allTextContents()).toEqual(
      pilotApplications.map(() => 'submitted'),
    );

    // Vet: returning needs a reason; one returned with it, the others accepted.
    const returned = 'jinhuiyuan-efamily';
    await press(`li[data-application="${returned}"] button`, 'Enter', { hasText: 'Return' });
    await expect
      .poll(() => page.locator('qy-console-round [role=alert]').textContent())
      .toContain('Write the reason');
    await type(`#vet-reason-${returned}`, 'The budget has no line for the trainer');
    await press(`li[data-application="${returned}"] button`, 'Enter', { hasText: 'Return' });
    await expect
      .poll(() => page.locator('qy-console-round .ok').first().textContent())
      .toContain(`${returned}: returned.`);
    for (const { id } of pilotApplications.filter((a) => a.id !== returned)) {
      await press(`li[data-application="${id}"] button`, 'Enter', { hasText: 'Accept' });
      await expect
        .poll(() => page.locator('qy-console-round .ok').first().textContent())
        .toContain(`${id}: accepted.`);
    }
    expect(await page.locator('form.vet').count()).toBe(0);
    expect(await items.locator('.vetting').allTextContents()).toEqual(
      pilotApplications.map((a) => (a.id === returned ? 'vetting: returned' : 'vetting: accepted')),
    );
    const exported = await boxJson<{
      vettings: { application: string; outcome: string; by: string; reasons: unknown[] }[];
    }>(`${at}/export`, organizer);
    expect(exported.vettings.map((v) => [v.application, v.outcome, v.by])).toEqual([
      [returned, 'returned', 'p-center'],
      ...pilotApplications
        .filter((a) => a.id !== returned)
        .map((a) => [a.id, 'accepted', 'p-center']),
    ]);
    expect(exported.vettings[0]!.reasons).toEqual([
      { en: 'The budget has no line for the trainer' },
    ]);

    // The agenda is the box's: the accepted applications, the returned one off it.
    const agenda = await boxJson<{ projects: { id: string }[] }>(`${at}/agenda`, organizer);
    await expect
      .poll(() =>
        page.locator('ol.agenda > li').evaluateAll((els) => els.map((e) => e.dataset.project)),
      )
      .toEqual(agenda.projects.map((p) => p.id));
    expect(agenda.projects.map((p) => p.id)).not.toContain(returned);
    await screenshot('round-vetted-en', 1280);
    await screenshot('round-vetted-en', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The review meeting from the agenda. The box creates a meeting only with the operator key
    // and links it to a round only with an organizer's credential: the organizer's attempt is
    // refused in words; the operator creates it (the link refused); the organizer links it.
    const meeting = `${pilotRound.id}-review`;
    const review = (hasText: string) =>
      page
        .locator('qy-console-round section', { has: page.locator('#agenda-title') })
        .locator('[role=alert], .ok', { hasText });
    expect(await page.locator('#review-id').inputValue()).toBe(meeting);
    await press('button[type=submit]', 'Enter', { hasText: 'Create the review meeting' });
    await expect.poll(() => review('operator key').count()).toBe(1);
    expect(await (await fetch(`${server.url}/meetings/${meeting}`)).status).toBe(404);
    // The operator's key is added beside the organizer's credential: the round stays in view,
    // now read as the operator.
    const who = page.locator('header [role=status]');
    await press('button', 'Enter', { hasText: 'Add a credential' });
    await type('#token', server.operatorKey!);
    await page.keyboard.press('Enter');
    await expect.poll(() => who.textContent()).toBe('Signed in as operator of default');
    await expect.poll(() => page.locator('#review-id').count()).toBe(1);
    await press('button[type=submit]', 'Enter', { hasText: 'Create the review meeting' });
    await expect.poll(() => page.locator('qy-console-round [role=alert]').count()).toBe(1);
    expect(await page.locator('qy-console-round [role=alert]').textContent()).not.toMatch(
      /\b403\b/,
    );
    expect(await (await fetch(`${server.url}/meetings/${meeting}`)).status).toBe(200);
    // Back to the organizer's credential, kept in the tab: no token pasted again.
    expect(
      await page
        .locator('#switch-to option')
        .evaluateAll((options) => options.map((option) => option.textContent?.trim())),
    ).toEqual([`organizer of default (…${organizer.slice(-4)})`]);
    await screenshot('round-two-credentials-en', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('button', 'Enter', { hasText: 'Switch' });
    await expect.poll(() => who.textContent()).toBe('Signed in as organizer of default');
    await expect.poll(() => page.locator('#review-id').count()).toBe(1);
    await press('button[type=submit]', 'Enter', { hasText: 'Create the review meeting' });
    await expect
      .poll(() => page.locator('qy-console-round .ok').first().textContent())
      .toContain(`Review meeting “${meeting}” linked to the round (3 projects in review).`);
    const stored = (await (await fetch(`${server.url}/meetings/${meeting}`)).json()) as {
      meeting: { projects: { id: string }[] };
    };
    expect(stored.meeting.projects.map((p) => p.id)).toEqual(agenda.projects.map((p) => p.id));
    const projects = await boxJson<{ items: { id: string; status: string }[] }>(
      `${at}/projects`,
      organizer,
    );
    for (const project of projects.items) {
      const shown = await page
        .locator(`li[data-application="${project.id}"] .status`)
        .textContent();
      expect(shown).toBe(project.status === 'in-review' ? 'in review' : shown);
    }
    expect(projects.items.filter((p) => p.status === 'in-review')).toHaveLength(3);

    // Every accepted application is in review: nothing is left for another review meeting.
    expect(await page.locator('#review-id').count()).toBe(0);

    // No decision yet; the round log is the box's, entry by entry.
    expect(await page.locator('#decision-title + p').textContent()).toContain(
      'No funding decision yet',
    );
    const log = await boxJson<{ log: { kind: string }[] }>(`${at}/export`, organizer);
    expect(
      await page.locator('ol.log > li').evaluateAll((els) => els.map((e) => e.dataset.kind)),
    ).toEqual(log.log.map((e) => e.kind));

    const downloading = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Download the round export' });
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${pilotRound.id}-round-export.json`);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { log: unknown[] };
    expect(saved.log).toHaveLength(log.log.length);

    // In Chinese, at 360 px.
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#log-title').textContent()).toBe('轮次日志');
    await screenshot('round-reviewed-zh', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('button[lang=en]');

    await press('a', 'Enter', { hasText: meeting });
    await expect.poll(() => page.locator('#status').textContent()).toBe('draft');
    // Signing out of the organizer's credential goes on with the operator's, still on the
    // meeting; signing out of that one too leaves the tab with nothing.
    await press('button', 'Enter', { hasText: 'Sign out' });
    await expect.poll(() => who.textContent()).toBe('Signed in as operator of default');
    await expect.poll(() => page.locator('#status').textContent()).toBe('draft');
    expect(await page.locator('#switch-to').count()).toBe(0);
    await press('button', 'Enter', { hasText: 'Sign out' });
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Sign in');
    expect(await page.evaluate(() => sessionStorage.getItem('qy-console-credential'))).toBeNull();

    // The review meeting runs through the box's API (the meeting test does each step in the
    // console): weights locked, three codes, three ballots, closed and published.
    const operator = server.operatorKey!;
    const act = (step: string, body: unknown = {}) =>
      boxJson<{ codes?: { code: string }[] }>(`/meetings/${meeting}/${step}`, operator, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    await act('lock-weights');
    const { codes } = await act('codes', { count: 3 });
    await act('open');
    const reviewed = stored.meeting.projects.map((p) => p.id);
    for (const [index, entry] of codes!.entries()) {
      const marks = Object.fromEntries(
        reviewed.map((project, rank) => [
          project,
          {
            'public-benefit': rank <= index,
            feasibility: rank === 0,
            sustainability: rank <= 1,
          },
        ]),
      );
      const cast = await fetch(`${server.url}/meetings/${meeting}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: entry.code, marks }),
      });
      expect(cast.status, await cast.clone().text()).toBe(201);
    }
    await act('close');
    await act('publish');

    // A member of the supervision group signs the summary sheet off in the console.
    await type('#token', await mint('supervisor'));
    await page.keyboard.press('Enter');
    await press('nav a', 'Enter', { hasText: 'Rounds' });
    await press('qy-console-rounds a', 'Enter', {
      hasText: 'Qingyuan community service projects 2007',
    });
    const funding = page.locator('qy-console-funding');
    await expect.poll(() => funding.locator('table.sheet tbody tr').count()).toBe(reviewed.length);
    await page.setViewportSize({ width: 360, height: 780 });
    await funding.screenshot({ path: join(shots, 'round-sheet-en-360.png') });
    expect(await axeViolations()).toEqual([]);
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#decision-title').textContent()).toBe('资助决定');
    await funding.screenshot({ path: join(shots, 'round-sheet-zh-360.png') });
    expect(await axeViolations()).toEqual([]);
    await press('button[lang=en]');
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('qy-console-funding button[type=submit]', 'Enter', {
      hasText: 'Sign off the summary sheet',
    });
    await expect
      .poll(() => funding.locator('.ok').first().textContent())
      .toContain(`Summary sheet “${meeting}-sheet” signed off.`);
    const decisionSection = page.locator('section[aria-labelledby=decision-title]');
    await expect.poll(() => decisionSection.innerText()).toContain('1 summary sheet signed off.');

    // The service center decides with <qy-funding-decision>: an opinion, then the decision.
    await press('button', 'Enter', { hasText: 'Add a credential' });
    await type('#token', await mint('service-center'));
    await page.keyboard.press('Enter');
    await expect.poll(() => who.textContent()).toBe('Signed in as service center of default');
    const decision = funding.locator('qy-funding-decision');
    await expect.poll(() => decision.locator('[part="post"]').count()).toBe(1);
    // Core's rule wants a street leader's and an expert's opinion: the box refuses without.
    for (const [name, id, text] of [
      ['Street leader', 'p-street-leader', 'Start with the newcomers’ classes.'],
      ['Expert', 'p-expert', 'Follow up on jobs after the training.'],
    ] as const) {
      await page.locator('qy-funding-decision #opinion-by').focus();
      await page.keyboard.type(name);
      expect(await page.locator('qy-funding-decision #opinion-by').inputValue()).toBe(id);
      await type('qy-funding-decision [name=opinion]', text);
      await press('qy-funding-decision [part="opinion-form"] button[type=submit]');
    }
    await press('qy-funding-decision [part="post"]');
    await expect
      .poll(() => decisionSection.innerText())
      .toContain(`fd-${meeting}, from meeting ${meeting}`);
    const recorded = await boxJson<{ decisions: { id: string; grants: unknown[] }[] }>(
      `${at}/export`,
      organizer,
    );
    expect(recorded.decisions.map((d) => d.id)).toEqual([`fd-${meeting}`]);
    await screenshot('round-decided-en', 360);
    await decisionSection.screenshot({ path: join(shots, 'round-decision-en-360.png') });
    expect(await axeViolations()).toEqual([]);
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#decision-title').textContent()).toBe('资助决定');
    await decisionSection.screenshot({ path: join(shots, 'round-decision-zh-360.png') });
    expect(await axeViolations()).toEqual([]);
    await press('button[lang=en]');
    await page.setViewportSize({ width: 1280, height: 900 });
    // Nothing threw, no CSP refusal; the browser logs each refusal the test asked for (403
    // roles, 404 the review meeting not there yet, 409 the round id taken).
    expect(
      pageErrors.filter((e) => !/^Failed to load resource: .*\b(403|404|409)\b/.test(e)),
    ).toEqual([]);
    await context.close();
  }, 240_000);

  it('runs a PB election from a .pb file to its explained results, keyboard only', async () => {
    const organizer = await mint('organizer');
    await signedInTab(organizer);
    await press('nav a', 'Enter', { hasText: 'PB elections' });
    await expect.poll(() => page.locator('#pb-title').textContent()).toBe('PB elections');

    // A broken file: every problem with its line, nothing sent.
    const broken = join(work, 'broken.pb');
    writeFileSync(broken, 'META\nkey;value\nbudget;abc\n');
    await page.locator('#pb-file').setInputFiles(broken);
    const alert = page.locator('qy-console-pb-elections [role=alert]');
    await expect.poll(() => alert.locator('li').count()).toBeGreaterThan(0);
    expect(await alert.textContent()).toMatch(/line \d+/);

    const pb = join(work, 'riverside-park.pb');
    writeFileSync(
      pb,
      [
        'META',
        'key;value',
        'description;Riverside park fund',
        'num_projects;3',
        'num_votes;1',
        'budget;100',
        'vote_type;approval',
        'currency;CNY',
        'PROJECTS',
        'project_id;cost;name',
        '1;60;Benches',
        '2;40;Lamps',
        '3;30;Trees',
        'VOTES',
        'voter_id;vote',
        'v1;1,2',
        '',
      ].join('\n'),
    );
    await page.locator('#pb-id').fill('');
    await page.locator('#pb-file').setInputFiles(pb);
    await expect.poll(() => page.locator('#pb-sheet').inputValue()).toContain('Benches');
    expect(await page.locator('#pb-id').inputValue()).toBe('riverside-park');
    await press('button[type=submit]', 'Enter', { hasText: 'Create election' });
    await expect
      .poll(() => page.locator('qy-console-pb-elections .ok').textContent())
      .toContain('Election “riverside-park” created.');
    // The box lists it, for this tab and any other.
    await expect
      .poll(() => page.locator('qy-console-pb-elections .meetings li .help').allTextContents())
      .toEqual(['riverside-park']);
    const path = '/organizations/default/pb-elections/riverside-park';
    const created = await boxJson<{ sheet: { projects: { id: string; cost: number }[] } }>(
      path,
      organizer,
    );
    expect(created.sheet.projects.map((p) => [p.id, p.cost])).toEqual([
      ['1', 60],
      ['2', 40],
      ['3', 30],
    ]);
    await press('qy-console-pb-elections a', 'Enter', { hasText: 'Open' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('draft');

    // Three codes, downloaded once.
    await type('#pb-count', '3');
    const downloading = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Issue codes' });
    const sheet = await downloading;
    expect(sheet.suggestedFilename()).toBe('riverside-park-codes.json');
    const codes = (
      JSON.parse(readFileSync((await sheet.path())!, 'utf8')) as { codes: { code: string }[] }
    ).codes;
    expect(codes).toHaveLength(3);
    await expect.poll(() => page.locator('#pb-voters').textContent()).toContain('3 codes issued');

    // Closing a draft is refused in the box's words; then open.
    await press('button', 'Enter', { hasText: 'Close voting' });
    const refused = page.locator('qy-console-pb-election [role=alert]');
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.textContent()).not.toMatch(/\b409\b/);
    await press('button', 'Enter', { hasText: 'Open voting' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting open');

    for (const [i, projects] of [
      ['1', '2'],
      ['1', '3'],
      ['2', '3'],
    ].entries()) {
      const res = await fetch(`${server.url}${path}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: codes[i]!.code, projects }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    await press('button', 'Enter', { hasText: 'Close voting' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting closed');

    // The box's count, list by list, and the rule explained over the box's Pabulib export.
    const results = await boxJson<{ lists: { selected: string[] }[] }>(
      `${path}/results`,
      organizer,
    );
    await expect
      .poll(() => page.locator('#pb-ballots').textContent())
      .toContain('3 ballots counted (3 online, 0 on paper)');
    expect(
      await page
        .locator('ol.pb-selected > li')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.project)),
    ).toEqual(results.lists[0]!.selected);
    expect(await page.locator('ol.pb-selected > li').first().textContent()).toMatch(
      /^(Benches|Lamps|Trees) \(\d\)$/,
    );
    const element = page.locator('qy-pb-results');
    await expect
      .poll(() =>
        element.evaluate(
          (el) =>
            (el as unknown as { value?: { outcome: { selected: string[] } } }).value?.outcome
              .selected,
        ),
      )
      .toEqual(results.lists[0]!.selected);

    const exporting = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Download the Pabulib file' });
    const file = await exporting;
    expect(file.suggestedFilename()).toBe('riverside-park.pb');
    const boxPb = await (await fetch(`${server.url}${path}/export/pabulib`)).text();
    expect(readFileSync((await file.path())!, 'utf8')).toBe(boxPb);
    const logging = page.waitForEvent('download');
    await press('button', 'Enter', { hasText: 'Download the election log' });
    await logging;
    await expect
      .poll(() => page.locator('qy-console-pb-election .ok').last().textContent())
      .toContain('hash chain: intact');
    await screenshot('pb-closed-en', 1280);
    await screenshot('pb-closed-en', 360);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('投票已结束');
    await screenshot('pb-closed-zh', 360);
    expect(await axeViolations()).toEqual([]);
    expect(
      pageErrors.filter((e) => !/^Failed to load resource: .*\b(400|403|409)\b/.test(e)),
    ).toEqual([]);
    await context.close();
  }, 240_000);
  it('takes a hashed census, paper ballots entered twice by two officers with every mismatch, and certifies the count, keyboard only, in both languages', async () => {
    const organizer = await mint('organizer');
    const wang = await mint('officer');
    const zhao = await mint('officer');
    const base = '/organizations/default/pb-elections';
    const path = `${base}/paper-park`;
    await boxJson(base, organizer, {
      method: 'POST',
      body: JSON.stringify({
        id: 'paper-park',
        sheet: {
          title: { en: 'Paper park', 'zh-CN': '纸质选票公园' },
          currency: 'CNY',
          rules: { format: 'knapsack', minLength: 1 },
          budget: 100,
          projects: [
            { id: '1', cost: 60, title: { en: 'Benches', 'zh-CN': '长椅' } },
            { id: '2', cost: 50, title: { en: 'Lamps', 'zh-CN': '路灯' } },
            { id: '3', cost: 30, title: { en: 'Trees', 'zh-CN': '树木' } },
          ],
        },
        rule: { name: 'equal-shares' },
      }),
    });

    // The organizer uploads the census: hashed in the page, only hashes sent.
    await signedInTab(organizer);
    const organizerPage = page;
    await page.goto(`${server.url}/console/#/pb-elections/paper-park`);
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('draft');
    const census = join(work, 'census.txt');
    writeFileSync(census, 'ID-0001\nid-0002\n\nID-0003,Wang Fang\nid-0001\n');
    await page.locator('#pb-census-file').setInputFiles(census);
    await expect.poll(() => page.locator('#pb-census-text').inputValue()).toContain('ID-0003');
    await press('button', 'Enter', { hasText: 'Hash and upload the census' });
    await expect
      .poll(() => page.locator('qy-console-pb-census .ok').textContent())
      .toContain('3 identifiers hashed in this browser and sent: 3 new to the box');
    await expect.poll(() => page.locator('#pb-voters').textContent()).toContain('3 in the census');
    expect(await page.locator('#pb-census-text').inputValue()).toBe('');
    await press('button', 'Enter', { hasText: 'Open voting' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting open');
    // A resident votes with their identifier: the browser's hash is the box's.
    const vote = await fetch(`${server.url}${path}/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: ' id-0002 ', projects: ['1'] }),
    });
    expect(vote.status, await vote.clone().text()).toBe(201);

    // Officer Wang: the first entry of P-1, told which entry it is; a ballot over budget refused.
    await signedInTab(wang);
    await press('nav a', 'Enter', { hasText: 'PB elections' });
    await press('qy-console-pb-elections a', 'Enter', { hasText: 'Paper park' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting open');
    const which = () => page.locator('#pb-paper-which');
    expect(await which().textContent()).toContain('Type the number printed on the paper ballot');
    await type('#pb-paper-number', 'P-1');
    await expect.poll(() => which().getAttribute('data-kind')).toBe('first');
    expect(await which().textContent()).toContain('first entry of paper ballot P-1');
    await press('input[data-project="1"]', ' ');
    await press('button', 'Enter', { hasText: 'Enter this paper ballot' });
    const entry = () => page.locator('qy-console-pb-paper-entry');
    await expect
      .poll(() => entry().locator('.ok').textContent())
      .toContain('Paper ballot P-1 entered: it waits for a second officer’s entry.');
    // The form is empty again, the cursor on the number for the next ballot.
    expect(await page.locator('#pb-paper-number').evaluate((el) => el.matches(':focus'))).toBe(
      true,
    );
    await expect
      .poll(() => page.locator('.pb-recon li[data-number="P-1"]').getAttribute('data-status'))
      .toBe('waiting');
    await type('#pb-paper-number', 'P-2');
    await press('input[data-project="1"]', ' ');
    await press('input[data-project="2"]', ' ');
    await press('button', 'Enter', { hasText: 'Enter this paper ballot' });
    const refusal = entry().locator('[role=alert]');
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await refusal.textContent()).toContain('breaks the rules');
    expect(await refusal.textContent()).not.toMatch(/\b409\b/);

    // Officer Zhao: the second entry of P-1, typed wrong: every mismatch listed.
    await signedInTab(zhao);
    await page.goto(`${server.url}/console/#/pb-elections/paper-park`);
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting open');
    await type('#pb-paper-number', 'P-1');
    await expect.poll(() => which().getAttribute('data-kind')).toBe('second');
    expect(await which().textContent()).toContain('second entry of paper ballot P-1');
    await press('input[data-project="2"]', ' ');
    await press('button', 'Enter', { hasText: 'Enter this paper ballot' });
    await expect
      .poll(() => entry().locator('.ok').textContent())
      .toContain('Paper ballot P-1 entered: the entries differ (projects)');
    const p1 = page.locator('.pb-recon li[data-number="P-1"]');
    await expect.poll(() => p1.getAttribute('data-status')).toBe('mismatched');
    expect(await page.locator('#pb-recon-totals').textContent()).toContain(
      'Paper: 1 ballot entered; 0 match (counted), 1 differ, 0 wait for a second entry.',
    );
    const differs = (await p1.locator('li[data-field="projects"]').textContent())!;
    expect(differs).toMatch(/: 1 · .*\(you\): 2/);
    await screenshot('pb-paper-en', 1280);
    expect(await axeViolations()).toEqual([]);

    // In Chinese, Zhao corrects the entry: the two match, P-1 is counted.
    await press('button[lang=zh-CN]');
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('投票中');
    await type('#pb-paper-number', 'P-1');
    await expect.poll(() => which().textContent()).toContain('您已录入过纸质选票 P-1');
    await press('input[data-project="1"]', ' ');
    await press('button', 'Enter', { hasText: '录入这张纸质选票' });
    await expect
      .poll(() => entry().locator('.ok').textContent())
      .toContain('纸质选票 P-1 已录入：两次录入一致，已计入。');
    await expect.poll(() => page.locator('#pb-recon-matched').textContent()).toContain('P-1');

    // Voting closes; during the count Zhao enters P-3, which waits for a second entry.
    await boxJson(`${path}/close`, organizer, { method: 'POST' });
    await press('button', 'Enter', { hasText: '刷新' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('投票已结束');
    await type('#pb-paper-number', 'P-3');
    await press('input[data-project="3"]', ' ');
    await press('button', 'Enter', { hasText: '录入这张纸质选票' });
    await expect
      .poll(() => entry().locator('.ok').textContent())
      .toContain('纸质选票 P-3 已录入：等待另一名工作人员录入。');
    // A number no paper ballot has, typed by mistake: Zhao withdraws the entry.
    await type('#pb-paper-number', 'P-98');
    await press('input[data-project="2"]', ' ');
    await press('button', 'Enter', { hasText: '录入这张纸质选票' });
    await expect.poll(() => page.locator('.pb-recon li[data-number="P-98"]').count()).toBe(1);
    await press('button[data-withdraw="P-98"]');
    await expect
      .poll(() => page.locator('qy-console-pb-election .ok').allTextContents())
      .toContain('您对纸质选票 P-98 的录入已撤回（投票日志记录了此次撤回）。');
    await expect.poll(() => page.locator('.pb-recon li[data-number="P-98"]').count()).toBe(0);
    expect(await page.locator('button[data-withdraw="P-3"]').count()).toBe(1);
    await screenshot('pb-paper-zh', 360);
    expect(await axeViolations()).toEqual([]);
    const zhaoPage = page;

    // The organizer: provisional results; certifying is refused while P-3 is not reconciled.
    page = organizerPage;
    await press('button', 'Enter', { hasText: 'Refresh' });
    await expect.poll(() => page.locator('#pb-status').textContent()).toBe('voting closed');
    await expect
      .poll(() => page.locator('#pb-standing').getAttribute('data-standing'))
      .toBe('provisional');
    expect(await page.locator('#pb-unreconciled').textContent()).toContain('P-3');
    await press('button', 'Enter', { hasText: 'Certify the count' });
    const certifyRefusal = page.locator('qy-console-pb-election [role=alert]');
    await expect.poll(() => certifyRefusal.count()).toBe(1);
    expect(await certifyRefusal.textContent()).toContain('P-3 (waiting for its second entry)');
    expect(await certifyRefusal.textContent()).not.toMatch(/\b409\b/);
    // Wang's second entry of P-3 (through the box); then the count is certified.
    await boxJson(`${path}/paper-ballots`, wang, {
      method: 'POST',
      body: JSON.stringify({ number: 'P-3', projects: ['3'] }),
    });
    await press('button', 'Enter', { hasText: 'Refresh' });
    await expect.poll(() => page.locator('#pb-unreconciled').count()).toBe(0);
    await press('button', 'Enter', { hasText: 'Certify the count' });
    await expect
      .poll(() => page.locator('#pb-standing').getAttribute('data-standing'))
      .toBe('final');
    expect(await page.locator('#pb-standing').textContent()).toContain(
      'Final outcome: the count was certified on',
    );
    expect(await page.locator('qy-console-pb-paper-entry').count()).toBe(0);
    const results = await boxJson<{ standing: string; ballots: Record<string, number> }>(
      `${path}/results`,
      organizer,
    );
    expect(results).toMatchObject({
      standing: 'final',
      ballots: { total: 3, online: 1, paper: 2 },
    });
    expect(await page.locator('#pb-ballots').textContent()).toContain('(1 online, 2 on paper)');
    await screenshot('pb-certified-en', 1280);
    expect(await axeViolations()).toEqual([]);

    // Zhao's page still shows the form: the box refuses the entry, in Chinese, saying why.
    page = zhaoPage;
    await type('#pb-paper-number', 'P-4');
    await press('input[data-project="3"]', ' ');
    await press('button', 'Enter', { hasText: '录入这张纸质选票' });
    await expect
      .poll(() => entry().locator('[role=alert]').textContent())
      .toMatch(/已于.*认证.*不能再录入或更正纸质选票/);
    expect(pageErrors.filter((e) => !/^Failed to load resource: .*\b(403|409)\b/.test(e))).toEqual(
      [],
    );
    await organizerPage.context().close();
    await context.close();
  }, 240_000);
});
