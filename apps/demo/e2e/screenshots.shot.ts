import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from './chromium.js';

// Screenshots of every screen at 1280 px and 360 px in both languages, for a person to look at:
// `npx vitest run -c vitest.screenshots.config.ts` with the demo running at QY_DEMO_URL
// (default http://127.0.0.1:5173/). Not part of `npm test`.
const base = process.env.QY_DEMO_URL ?? 'http://127.0.0.1:5173/';
const out = process.env.QY_SHOTS ?? join(process.cwd(), 'screenshots');
const screens = (
  process.env.QY_SCREENS ?? 'survey,report,applications,meeting,funding,execution,closing,audit'
).split(',');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('takes the screenshots', async () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem('qy-demo-locale', l), locale);
      const page = await context.newPage();
      for (const screen of screens) {
        await page.goto(`${base}#/${screen}`);
        await page.waitForTimeout(1500);
        const name = `${screen}-${locale}-${width}`;
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
        // Long pages also in slices a person can read at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < height && width < 1000; y += 1200, i++) {
          await page.screenshot({
            path: join(out, `${name}-part${i}.png`),
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(1200, height - y) },
          });
        }
      }
      await context.close();
    }
  }
}, 300_000);
