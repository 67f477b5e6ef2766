import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cssTokens } from '../.storybook/css-tokens.js';
import { launchChromium } from './chromium.js';
import { ensureStaticBuild } from './static-build.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { readStoryIndex, storyUrl, type StoryEntry } from './story-index.js';

// What a designer sees in Storybook: tables in the guides, a docs page per element with its
// public API only, stories driven by args, toolbars that reach every story, a tokens page.
const appDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = ensureStaticBuild(appDir);
const entries = readStoryIndex(staticDir);
const screenshots = process.env['STORYBOOK_SCREENSHOTS'];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(staticDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function entry(title: string, name: string): StoryEntry {
  const found = entries.find((e) => e.title === title && e.name === name);
  if (!found) throw new Error(`no entry ${title} / ${name}`);
  return found;
}

async function withPage<T>(url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await use(page);
  } finally {
    await context.close();
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  if (screenshots)
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

it('the theming guide renders its token table as a table, not as `|` text', async () => {
  await withPage(storyUrl(server.url, entry('Guides/Theming', 'Docs')), async (page) => {
    const table = page.locator('#storybook-docs table').first();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#storybook-docs').innerText()).not.toMatch(/\|\s*-{3,}\s*\|/);
  });
});

it('each element has a docs page listing its public API and none of its private members', async () => {
  const docs = entry('Components/qy-weight-editor', 'Docs');
  await withPage(storyUrl(server.url, docs), async (page) => {
    const table = page.locator('#storybook-docs table.docblock-argstable').first();
    await table.waitFor();
    const text = await table.innerText();
    for (const name of ['meeting', 'src', 'locked', 'qy-weights-change', '--qy-weight-bar-color']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('::part(status)');
    const rows = await table
      .locator('tbody tr td:first-child')
      .evaluateAll((tds) => tds.map((td) => td.textContent?.trim().split(/\s/)[0]));
    for (const hidden of ['percents', 'initial', 'doc', 'localeController', 'catalogs', 'lock']) {
      expect(rows).not.toContain(hidden);
    }
    expect(text).not.toContain('DocumentController');
    // A read-only property is documented but offers no control (setting it would throw).
    const value = table.locator('tbody tr', {
      has: page.locator('td:first-child', { hasText: /^value$/ }),
    });
    expect(await value.count()).toBe(1);
    expect(await value.getByRole('button').count()).toBe(0);
    const locked = table.locator('tbody tr', {
      has: page.locator('td:first-child', { hasText: /^locked$/ }),
    });
    expect(await locked.locator('input, button').count()).toBeGreaterThan(0);
    await shoot(page, 'docs-weight-editor');
  });
  expect(entries.filter((e) => e.type === 'docs' && e.title.startsWith('Components/'))).toEqual(
    expect.arrayContaining([expect.objectContaining({ title: 'Components/qy-project-status' })]),
  );
});

it('args drive the story: an arg in the URL changes the rendered element', async () => {
  const story = entry('Components/qy-weight-editor', 'Default');
  const locked = (args: string) =>
    withPage(`${storyUrl(server.url, story)}&args=${args}`, async (page) => {
      const editor = page.locator('#storybook-root qy-weight-editor');
      await editor.waitFor();
      await page.waitForTimeout(300);
      return editor.evaluate((e) => e.hasAttribute('locked'));
    });
  expect(await locked('locked:!false')).toBe(false);
  expect(await locked('locked:!true')).toBe(true);
  const status = entry('Components/qy-project-status', 'Team Formed');
  const text = (args: string) =>
    withPage(`${storyUrl(server.url, status)}&args=${args}&globals=locale:en`, async (page) => {
      const element = page.locator('#storybook-root qy-project-status');
      await element.waitFor();
      await page.waitForTimeout(300);
      return element.evaluate((e) => e.shadowRoot?.textContent ?? '');
    });
  expect(await text('status:approved')).not.toEqual(await text('status:team-formed'));
});

it('the locale toolbar reaches a story that does not handle locale itself', async () => {
  const story = entry('Components/qy-project-status', 'Team Formed');
  const render = (locale: string) =>
    withPage(
      storyUrl(server.url, story).replace('globals=', `globals=locale:${locale};`),
      async (page) => {
        const element = page.locator('#storybook-root qy-project-status');
        await element.waitFor();
        await page.waitForTimeout(300);
        await shoot(page, `story-project-status-${locale}`);
        return element.evaluate((e) => e.shadowRoot?.textContent ?? '');
      },
    );
  const zh = await render('zh-CN');
  const en = await render('en');
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(en).toMatch(/[A-Za-z]{3}/);
});

it('the tokens page lists every --qy-* token of the styles with its default and a sample', async () => {
  const src = fileURLToPath(new URL('../../../packages/elements/src/', import.meta.url));
  const texts = [readFileSync(join(src, 'internal/shared-styles.ts'), 'utf8')];
  for (const dir of readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(src, dir.name)).filter((f) => f.endsWith('.styles.ts'))) {
      texts.push(readFileSync(join(src, dir.name, file), 'utf8'));
    }
  }
  const expected = cssTokens(texts);
  await withPage(storyUrl(server.url, entry('Design tokens', 'Docs')), async (page) => {
    const rows = page.locator('#design-tokens tbody tr');
    await rows.first().waitFor();
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.getAttribute('data-token'),
        default: tr.querySelectorAll('td')[1]?.textContent,
        swatch: (() => {
          const s = tr.querySelector<HTMLElement>('[data-swatch]');
          return s ? getComputedStyle(s).backgroundColor : null;
        })(),
      })),
    );
    expect(listed.map((t) => [t.name, t.default])).toEqual(
      expected.map((t) => [t.name, t.default]),
    );
    const accent = listed.find((t) => t.name === '--qy-color-accent');
    expect(accent?.swatch).toBe('rgb(180, 35, 24)');
    await shoot(page, 'tokens');
  });
});
