import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { argsReachElement } from './story-args-check.js';
import { checkStory } from './story-check.js';
import { serveStatic, type StaticServer } from './static-server.js';

// The smoke test is only as good as its checker: these pages imitate stories that are clean,
// log errors, break accessibility, throw while rendering, or never render.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(fileURLToPath(new URL('./fixtures', import.meta.url)));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const check = (page: string, renderTimeout?: number) =>
  checkStory(browser, new URL(page, server.url).href, {
    axeSource,
    root: '#storybook-root',
    ...(renderTimeout ? { renderTimeout } : {}),
  });

describe('checkStory', () => {
  it('finds nothing wrong with a clean story', async () => {
    expect(await check('clean.html')).toEqual([]);
  });

  it('reports console errors, uncaught errors and axe violations', async () => {
    const problems = await check('broken.html');
    const kinds = problems.map((p) => p.kind);
    expect(kinds).toContain('console-error');
    expect(kinds).toContain('page-error');
    expect(problems.find((p) => p.kind === 'axe')?.message).toMatch(/^button-name:/);
    expect(problems.find((p) => p.kind === 'console-error')?.message).toMatch(
      /the ballot failed to load/,
    );
  });

  it('reports a story that throws while rendering', async () => {
    expect(await check('throws.html')).toEqual([
      { kind: 'render-error', message: expect.stringMatching(/storyThrewException.*exploded/) },
    ]);
  });

  it('reports a story whose element does not hold its args', async () => {
    const inspect = argsReachElement('x-element');
    const run = (page: string) =>
      checkStory(browser, new URL(page, server.url).href, {
        axeSource,
        root: '#storybook-root',
        inspect,
      });
    expect(await run('args.html')).toEqual([]);
    expect((await run('args.html?ignore')).map((p) => p.message)).toEqual([
      'property fund does not hold its arg',
      'attribute per-page is null, arg 3',
      'property locked does not hold its arg',
      'property meeting does not hold its arg',
    ]);
  });

  it('lets a story fail to reach the box it is told about, and nothing else', async () => {
    const problems = await checkStory(browser, new URL('unreachable.html', server.url).href, {
      axeSource,
      root: '#storybook-root',
      unreachable: 'http://127.0.0.1:9',
    });
    expect(problems.map((p) => p.kind)).toEqual(['console-error']);
    expect(problems[0]!.message).toContain('http://127.0.0.1:8/elsewhere');
  });

  it('reports a story that never renders', async () => {
    expect(await check('silent.html', 300)).toEqual([
      { kind: 'not-rendered', message: expect.stringMatching(/no render/) },
    ]);
  });
});
