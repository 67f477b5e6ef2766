import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from './chromium.js';
import { ensureStaticBuild } from './static-build.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { argsReachElement } from './story-args-check.js';
import { checkStory } from './story-check.js';
import { readStoryIndex, storyUrl } from './story-index.js';

// Every story of the static build, in the default zh-CN light theme and again in English on the
// dark theme, must render without console errors and pass axe, and its element must hold its
// args (Controls drive every story); every docs page must render without errors and pass axe.
const appDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = ensureStaticBuild(appDir);
const entries = readStoryIndex(staticDir);
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const variants = [
  { name: 'zh-CN, light', globals: '' },
  { name: 'en, dark', globals: 'locale:en;theme:dark' },
];

// Stories tagged `box` read from a ballot box at this address; none runs during the test, so
// they show why they cannot load, and their failed requests are expected.
const storyBox = 'http://127.0.0.1:8787';
const boxTitles = new Set(entries.filter((e) => e.tags.includes('box')).map((e) => e.title));

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

it('the build holds the guides', () => {
  expect(entries.filter((e) => e.type === 'docs').map((e) => e.title)).toEqual(
    expect.arrayContaining(['Introduction', 'Guides/Getting started', 'Guides/Scoring rule']),
  );
});

const stories = entries.filter((e) => e.type === 'story');

// Stories are independent (a fresh browser context each), so a few run at once.
describe.concurrent.each(stories)('story $title / $name', (entry) => {
  // The timeout is a cap, not a speed requirement: axe over a 1,000-row story takes a while.
  it.for(variants)(
    'renders cleanly and passes axe ($name)',
    { timeout: 600_000 },
    async ({ globals }, { expect }) => {
      const url = storyUrl(server.url, entry, globals);
      const tag = entry.title.split('/').at(-1)!;
      const problems = await checkStory(browser, url, {
        axeSource,
        root: '#storybook-root',
        inspect: argsReachElement(tag),
        unreachable: entry.tags.includes('box') ? storyBox : undefined,
      });
      expect(problems, problems.map((p) => `${p.kind}: ${p.message}`).join('\n')).toEqual([]);
    },
  );
});

it.skipIf(stories.length === 0)('the toolbar globals reach the story root', async () => {
  const url = new URL(storyUrl(server.url, stories[0]!));
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url.href);
    const root = page.locator('#storybook-root .qy-story-root');
    await expect.poll(() => root.getAttribute('lang')).toBe('zh-CN');
    expect(await root.getAttribute('class')).toContain('qy-theme-light');
    await page.goto(storyUrl(server.url, stories[0]!, 'locale:en;theme:dark'));
    await expect.poll(() => root.getAttribute('lang')).toBe('en');
    expect(await root.getAttribute('class')).toContain('qy-theme-dark');
  } finally {
    await context.close();
  }
});

describe.each(entries.filter((e) => e.type === 'docs'))('docs $title', (entry) => {
  // A docs page renders every story of its component (the ranking table's 1,000 rows too).
  it('renders cleanly and passes axe', { timeout: 300_000 }, async () => {
    const problems = await checkStory(browser, storyUrl(server.url, entry), {
      axeSource,
      root: '#storybook-docs',
      unreachable: boxTitles.has(entry.title) ? storyBox : undefined,
    });
    expect(problems, problems.map((p) => `${p.kind}: ${p.message}`).join('\n')).toEqual([]);
  });
});

it('the scoring guide shows the worked example as tallied by core', async () => {
  const entry = entries.find((e) => e.title === 'Guides/Scoring rule');
  expect(entry).toBeDefined();
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(storyUrl(server.url, entry!));
    const rows = page.locator('#worked-example-tally tbody tr');
    await rows.first().waitFor();
    const ranking = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-project'),
        tr.querySelector('[data-total]')?.textContent,
      ]),
    );
    // The totals worked out by hand in the guide's text.
    expect(ranking).toEqual([
      ['jinhuali-home', '2.8'],
      ['xinghuayuan-children', '2.7'],
      ['yuhuayuan-culture', '2.4'],
    ]);
  } finally {
    await context.close();
  }
});
