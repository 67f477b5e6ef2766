import { chromium } from 'playwright';
import { preview } from 'vite';
const dir = '/work/wt-storybook/apps/storybook/storybook-static';
const s = await preview({ configFile: false, logLevel: 'silent', root: dir, build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0 } });
const base = s.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-dev-shm-usage'] });
const ids = process.argv.slice(2);
for (const id of ids) for (const width of [360, 1280]) for (const locale of ['zh-CN', 'en']) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  page.on('console', m => { if (m.type()==='error') console.log(id, 'CONSOLE', m.text().slice(0,200)); });
  page.on('pageerror', e => console.log(id, 'PAGEERROR', e.message));
  await page.goto(`${base}iframe.html?id=${id}&viewMode=${id.endsWith("--docs") ? "docs" : "story"}&globals=locale:${locale};a11y.manual:!true`);
  await page.waitForTimeout(2500);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) console.log(id, width, locale, 'HORIZONTAL OVERFLOW', overflow);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const seg = width === 360 ? 1300 : 1000;
  for (let y = 0, i = 0; y < h && i < 3; y += seg, i++)
    await page.screenshot({ path: `/tmp/sbx/${id.replace('components-','')}-${width}-${locale}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(seg, h - y) } });
  await ctx.close();
}
await browser.close(); await s.close();
