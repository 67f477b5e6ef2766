import { it } from 'vitest';
import { launchChromium } from './chromium.js';

const base = 'http://127.0.0.1:5181/';
it('scratch', async () => {
  const browser = await launchChromium();
  for (const locale of ['zh-CN', 'en']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    await context.addInitScript((l) => localStorage.setItem('qy-demo-locale', l), locale);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await page.goto(`${base}#/closing`);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/qy-shots/closing-${locale}.png`, fullPage: true });
    await context.close();
  }
  await browser.close();
}, 120_000);
