import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright';
import { newContext } from './chromium.js';

/** Something wrong with a rendered story: what kind, and a one-line explanation. */
export interface StoryProblem {
  kind: 'console-error' | 'page-error' | 'render-error' | 'not-rendered' | 'axe' | 'args';
  message: string;
}

/** How to check one story. */
export interface StoryCheckOptions {
  /** Source of `axe.min.js`, injected into the page. */
  axeSource: string;
  /** CSS selector of the element axe audits (`#storybook-root` for stories). */
  root: string;
  /** How long to wait for Storybook to report the render, in milliseconds. */
  renderTimeout?: number;
  /** More checks on the rendered, settled page (before axe), e.g. {@link argsReachElement}. */
  inspect?: (page: Page) => Promise<StoryProblem[]>;
  /**
   * An origin the story may fail to reach (a ballot box that is not running): the browser's
   * "Failed to load resource" errors for its URLs are not problems.
   */
  unreachable?: string;
}

// Storybook's preview events that end a render, well or badly.
const doneEvents = ['storyRendered', 'docsRendered'];
const failEvents = [
  'storyErrored',
  'storyThrewException',
  'storyMissing',
  'playFunctionThrewException',
];

/**
 * Runs in the page before Storybook: catches the preview's channel the moment it is created and
 * records the render events on `window.__qyStoryEvents`.
 */
function recordStoryEvents(events: { done: string[]; fail: string[] }): void {
  const w = window as unknown as { __qyStoryEvents: { name: string; detail: string }[] };
  w.__qyStoryEvents = [];
  let channel: unknown;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(name: string, listener: (...args: unknown[]) => void): void }) {
      channel = value;
      for (const name of [...events.done, ...events.fail]) {
        value.on(name, (...args) => {
          const detail = args
            .map((a) => (a instanceof Error ? a.message : JSON.stringify(a)))
            .join(' ');
          w.__qyStoryEvents.push({ name, detail: detail.slice(0, 500) });
        });
      }
    },
  });
}

/**
 * Opens one story (or docs page) in a fresh browser context, waits until Storybook reports it
 * rendered, lets Lit elements finish updating, and runs axe-core (WCAG 2.0–2.2 A and AA) on the
 * story root. Returns every console error, uncaught page error, render failure and axe
 * violation; an empty list means the story is clean.
 *
 * @example
 * const problems = await checkStory(browser, storyUrl(base, entry), { axeSource, root: '#storybook-root' });
 * expect(problems).toEqual([]);
 */
export async function checkStory(
  browser: Browser,
  url: string,
  options: StoryCheckOptions,
): Promise<StoryProblem[]> {
  const context = await newContext(browser);
  const problems: StoryProblem[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        if (options.unreachable && where.startsWith(`${options.unreachable}/`)) return;
        problems.push({
          kind: 'console-error',
          message: `${message.text()}${where ? ` (${where})` : ''}`,
        });
      }
    });
    page.on('pageerror', (error) => problems.push({ kind: 'page-error', message: error.message }));
    await page.addInitScript(recordStoryEvents, { done: doneEvents, fail: failEvents });
    // Storybook's render events are the signal that counts: the page's own load only has to start.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const outcome = await waitForRender(page, options.renderTimeout ?? 60_000);
    if (outcome) {
      problems.push(outcome);
      return problems;
    }
    await settle(page);
    if (options.inspect) problems.push(...(await options.inspect(page)));
    problems.push(...(await runAxe(page, options)));
    return problems;
  } finally {
    await context.close();
  }
}

async function waitForRender(page: Page, timeout: number): Promise<StoryProblem | undefined> {
  try {
    await page.waitForFunction(
      () => (window as unknown as { __qyStoryEvents: unknown[] }).__qyStoryEvents.length > 0,
      undefined,
      { timeout },
    );
  } catch {
    return { kind: 'not-rendered', message: `Storybook reported no render within ${timeout} ms` };
  }
  const events = await page.evaluate(
    () =>
      (window as unknown as { __qyStoryEvents: { name: string; detail: string }[] })
        .__qyStoryEvents,
  );
  const failure = events.find((e) => failEvents.includes(e.name));
  return failure
    ? { kind: 'render-error', message: `${failure.name}: ${failure.detail}` }
    : undefined;
}

/** Waits until every Lit element on the page (shadow roots included) has finished updating. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pending = (root: Document | ShadowRoot): Promise<unknown>[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        ...('updateComplete' in el ? [el.updateComplete as Promise<unknown>] : []),
        ...(el.shadowRoot ? pending(el.shadowRoot) : []),
      ]);
    for (let round = 0; round < 3; round++) await Promise.all(pending(document));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function runAxe(page: Page, options: StoryCheckOptions): Promise<StoryProblem[]> {
  await page.addScriptTag({ content: options.axeSource });
  const violations = await page.evaluate(async (root) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
      }
    ).axe;
    const options: RunOptions = {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    };
    // Storybook's a11y addon runs the same axe after each render; wait for it to finish.
    let result: AxeResults | undefined;
    for (let attempt = 0; result === undefined; attempt++) {
      try {
        result = await axe.run(document.querySelector(root) ?? document, options);
      } catch (error) {
        if (attempt > 200 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, options.root);
  return violations.map((v) => ({
    kind: 'axe' as const,
    message: `${v.id}: ${v.help} — ${v.targets.join(', ')}`,
  }));
}
