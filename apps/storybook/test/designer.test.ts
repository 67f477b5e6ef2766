import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cssTokens } from '../.storybook/css-tokens.js';
import { launchChromium, newContext } from './chromium.js';
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
  const context = await newContext(browser, { viewport: { width: 1000, height: 900 } });
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
  const texts = [readFileSync(join(src, 'base/shared-styles.ts'), 'utf8')];
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

/** Emits on the preview's channel what the manager emits when a designer uses Controls or a toolbar. */
async function emit(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ([event, payload]) => {
      const channel = (
        window as unknown as {
          __STORYBOOK_ADDONS_CHANNEL__: { emit(name: string, value: unknown): void };
        }
      ).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit(event as string, payload);
    },
    [event, payload] as const,
  );
}

/** The tag of a component story's id (`components-qy-ballot--empty` → `qy-ballot`). */
function tagOf(id: string): string {
  return id.split('--')[0]!.replace(/^components-/, '');
}

/** The text of the story's element, shadow root included, once the story has rendered. */
async function elementText(page: Page, tag: string): Promise<string> {
  const element = page.locator(`#storybook-root ${tag}`).first();
  await element.waitFor({ state: 'attached' });
  return element.evaluate((e) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

// For each element, one story and one arg a designer would change in Controls, with a new value
// that changes what the element shows.
const controlChanges: [story: string, arg: string, value: unknown][] = [
  ['components-qy-application-form--filled-english', 'application', { id: 'x' }],
  ['components-qy-ballot--approval-english', 'meeting', { id: 'x' }],
  ['components-qy-closing-report--public-view-english', 'mode', 'write'],
  ['components-qy-execution-team--every-signed', 'project-name', 'Riverside garden'],
  ['components-qy-funding-decision--pilot-english', 'fund', { amount: 1_000_000, currency: 'CNY' }],
  ['components-qy-idea-board--organizer', 'participant', 'p-wang'],
  ['components-qy-needs-report--report-without-survey', 'report', { survey: 1 }],
  ['components-qy-needs-survey--english', 'survey', { id: 'x', questions: [] }],
  ['components-qy-pb-ballot--approval-english', 'district', 'north'],
  ['components-qy-pb-results--greedy', 'rule', 'phragmen'],
  ['components-qy-project-status--team-formed', 'status', 'approved'],
  ['components-qy-ranking-table--with-fund-english', 'fund', 500_000],
  ['components-qy-weight-editor--default', 'locked', true],
  ['components-qy-work-record--with-the-team-english', 'people', []],
];

it('the Controls table below names one change for every component', () => {
  const tags = new Set(
    entries.filter((e) => e.title.startsWith('Components/')).map((e) => e.title.split('/')[1]),
  );
  expect(new Set(controlChanges.map(([id]) => tagOf(id)))).toEqual(tags);
  expect(new Set(unpinned.map(tagOf))).toEqual(tags);
});

it.each(controlChanges)(
  'a change in Controls re-renders the element (%s: %s)',
  { timeout: 120_000 },
  async (id, arg, value) => {
    const tag = tagOf(id);
    await withPage(storyUrl(server.url, { id, type: 'story' }), async (page) => {
      const before = await elementText(page, tag);
      await emit(page, 'updateStoryArgs', { storyId: id, updatedArgs: { [arg]: value } });
      await expect
        .poll(() => elementText(page, tag), { message: `${id}: ${arg} changed nothing` })
        .not.toBe(before);
      const held = await page
        .locator(`#storybook-root ${tag}`)
        .evaluate(
          (e, arg) =>
            arg.includes('-')
              ? e.getAttribute(arg)
              : JSON.stringify((e as unknown as Record<string, unknown>)[arg]),
          arg,
        );
      expect(held, id).toBe(arg.includes('-') ? String(value) : JSON.stringify(value));
    });
  },
);

// For each element, a story that does not pin its locale or theme.
const unpinned = [
  'components-qy-application-form--long-text',
  'components-qy-ballot--score-voting',
  'components-qy-closing-report--nothing-recorded-yet',
  'components-qy-execution-team--every-signed',
  'components-qy-funding-decision--with-a-recorded-change',
  'components-qy-idea-board--organizer',
  'components-qy-needs-report--responses-not-counted',
  'components-qy-needs-survey--sections',
  'components-qy-pb-ballot--knapsack-with-district',
  'components-qy-pb-results--what-my-share-bought',
  'components-qy-project-status--approved',
  'components-qy-ranking-table--tied-results',
  'components-qy-weight-editor--default',
  'components-qy-work-record--disabled',
];

it.each(unpinned)(
  'switching the locale and theme toolbars re-renders the element in place (%s)',
  { timeout: 120_000 },
  async (id) => {
    const tag = tagOf(id);
    await withPage(storyUrl(server.url, { id, type: 'story' }), async (page) => {
      const zh = await elementText(page, tag);
      expect(zh, id).toMatch(/[\u4e00-\u9fff]/);
      const background = () =>
        page
          .locator('#storybook-root .qy-story-root')
          .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(await background()).toBe('rgb(255, 255, 255)');
      await emit(page, 'updateGlobals', { globals: { locale: 'en', theme: 'dark' } });
      await expect
        .poll(() => elementText(page, tag), { message: `${id} stayed Chinese` })
        .not.toBe(zh);
      const en = await elementText(page, tag);
      // Chinese left in English is data (a name), not the element's own words: far less of it.
      const cjk = (text: string) => text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      expect(cjk(en), id).toBeLessThan(cjk(zh) / 2);
      const lang = await page
        .locator(`#storybook-root ${tag}`)
        .evaluate((e) => e.closest('[lang]')?.getAttribute('lang'));
      expect(lang).toBe('en');
      expect(await background()).toBe('rgb(13, 17, 23)');
      await shoot(page, `toolbar-${tag}-en-dark`);
    });
  },
);
