import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoRole } from '../src/api/demo-roles.js';
import { demoRoutes } from '../src/demo-routes.js';
import { launchChromium } from './chromium.js';
import { startDemo, type RunningDemo } from './demo-server.js';

// axe (WCAG 2.0–2.2 A and AA, shadow roots included) on every screen of the demo's menu as
// the seeded round shows it, on a 360 px phone in both languages, and on the screens whose
// forms depend on the acting role as each role that writes there. Any moment's page must pass,
// loading states included, so each screen is checked once its title is there and again after
// the box has answered.
const dataDir = mkdtempSync(join(tmpdir(), 'qy-a11y-e2e-'));
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let demo: RunningDemo;
let browser: Browser;

/** The menu's screens, in the order of the cycle: every screen the demo lists. */
const screens = demoRoutes.map((route) => route.id);

/** The screens whose forms differ by role, with the roles that write on them. */
const roleScreens: { screen: string; roles: DemoRole[] }[] = [
  { screen: 'funding', roles: ['service-center', 'supervisor'] },
  { screen: 'execution', roles: ['organizer', 'team-member', 'resident'] },
  { screen: 'closing', roles: ['service-center', 'auditor', 'supervisor', 'resident'] },
];

beforeAll(async () => {
  demo = await startDemo(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A 360 px page of the demo in `locale`, acting as `role`. */
async function phone(locale: 'en' | 'zh-CN', role: DemoRole = 'organizer'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(
    ([l, r]) => {
      localStorage.setItem('qy-demo-locale', l);
      localStorage.setItem('qy-demo-role', r);
    },
    [locale, role] as const,
  );
  return context.newPage();
}

/** axe's violations on the whole page, one readable line each (with up to three targets). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
  });
}

/** Opens `screen` in the page and checks it when its title is there and once it has settled. */
async function expectScreenClean(page: Page, screen: string, path = screen): Promise<void> {
  await page.evaluate((s) => (location.hash = `#/${s}`), path);
  await page.locator(`demo-${screen}-screen #screen-title`).waitFor();
  expect(await violations(page), `${screen}, while loading`).toEqual([]);
  // The box's answers are in once nothing says it is loading any more.
  await expect
    .poll(() => page.locator('[aria-busy="true"], [part="status"]').count(), { timeout: 15_000 })
    .toBe(0);
  expect(await violations(page), `${screen}, loaded`).toEqual([]);
}

describe.each(['zh-CN', 'en'] as const)(
  'every screen of the demo passes axe at 360 px (%s)',
  (locale) => {
    it('the screens of the menu, as the organizer', async () => {
      const page = await phone(locale);
      await page.goto(demo.url);
      await page.locator('demo-open-space-screen #screen-title').waitFor();
      for (const screen of screens) await expectScreenClean(page, screen);
      // An attendee's ballot, as a resident reaches it from the meeting screen.
      await expectScreenClean(page, 'vote', 'vote/v01');
      await page.context().close();
    });

    it('the screens that change with the acting role, as each role that writes there', async () => {
      for (const { screen, roles } of roleScreens) {
        for (const role of roles) {
          const page = await phone(locale, role);
          await page.goto(`${demo.url}#/${screen}`);
          await expectScreenClean(page, screen);
          await page.context().close();
        }
      }
      // one phone per screen and role, each checked twice: 55-60 s on a busy 2-core machine
    }, 180_000);
  },
);
