import type { Page } from 'playwright';
import type { StoryProblem } from './story-check.js';

/**
 * Checks, on a rendered story, that its args reached its element: the first `tag` under
 * `#storybook-root` holds every arg as Storybook's preview holds it — an arg with a dash as the
 * attribute (`true` as present and empty, `false` as absent), any other as the property (the
 * same value, or equal JSON). Event actions, parts and CSS custom properties are left out. A
 * story whose `render` ignores its args (a fixed template) fails here.
 *
 * @example
 * await checkStory(browser, url, { axeSource, root, inspect: argsReachElement('qy-ballot') });
 */
export function argsReachElement(tag: string): (page: Page) => Promise<StoryProblem[]> {
  return async (page) => {
    const mismatches = await page.evaluate((tag) => {
      const preview = (
        window as unknown as {
          __STORYBOOK_PREVIEW__?: {
            currentRender?: { id: string };
            storyStoreValue?: { args: { get(id: string): Record<string, unknown> } };
          };
        }
      ).__STORYBOOK_PREVIEW__;
      const id = preview?.currentRender?.id;
      const args = id ? preview?.storyStoreValue?.args.get(id) : undefined;
      if (!args) return ['the preview holds no args for this story'];
      const element = document.querySelector(`#storybook-root ${tag}`);
      if (!element) return [`no <${tag}> in the story root`];
      const out: string[] = [];
      for (const [name, value] of Object.entries(args)) {
        if (typeof value === 'function' || name.startsWith(':') || name.startsWith('--')) continue;
        if (name.includes('-')) {
          const expected =
            value === false || value === null || value === undefined
              ? null
              : value === true
                ? ''
                : String(value);
          const actual = element.getAttribute(name);
          if (actual !== expected) out.push(`attribute ${name} is ${actual}, arg ${expected}`);
        } else {
          const actual = (element as unknown as Record<string, unknown>)[name];
          if (actual !== value && JSON.stringify(actual) !== JSON.stringify(value)) {
            out.push(`property ${name} does not hold its arg`);
          }
        }
      }
      return out;
    }, tag);
    return mismatches.map((message) => ({ kind: 'args' as const, message }));
  };
}
