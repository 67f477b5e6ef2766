import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { darkTheme } from './story-themes.js';
import { expectNoAxeViolations } from './axe.js';
import { settle } from './fixture.js';
import type { ElementArgs } from './story-args.js';

/** What a story's functions receive from Storybook, as far as the stories here read it. */
interface StoryContext {
  args: ElementArgs;
  globals: Record<string, unknown>;
  canvasElement: HTMLElement;
}

/** A story or a stories file's default export, in the parts the stories here use. */
export interface StoryParts {
  args?: ElementArgs;
  globals?: Record<string, unknown>;
  render?: (args: ElementArgs, context: StoryContext) => unknown;
  decorators?: ((story: () => unknown, context: StoryContext) => unknown)[];
  loaders?: ((context: StoryContext) => unknown)[];
  play?: (context: StoryContext) => unknown;
}

/** A stories file as imported (`import * as stories from './x.stories.js'`). */
export type StoriesModule = { default: StoryParts } & Record<string, unknown>;

/** A story mounted in the document, ready to inspect. */
export interface MountedStory {
  /** The story root (carries `lang`, and the dark theme's custom properties when asked). */
  root: HTMLElement;
  /** The args the story rendered with: its file's args, then its own. */
  args: ElementArgs;
  /** Removes the story from the document. */
  remove(): void;
}

/**
 * Mounts one story as Storybook's preview does: the default export's args under the story's, the
 * loaders, the story's `render` (or its file's), its decorators then its file's, inside a root
 * that carries the locale (`zh-CN` unless the story or `globals` say `en`) and the theme, and
 * then the story's `play`.
 *
 * @example
 * const { root, remove } = await mountStory(stories, 'PilotEnglish');
 */
export async function mountStory(
  module: StoriesModule,
  name: string,
  globals: Record<string, unknown> = {},
): Promise<MountedStory> {
  const meta = module.default;
  const story = module[name] as StoryParts | undefined;
  if (!story) throw new Error(`no story ${name}`);
  const draw = story.render ?? meta.render;
  if (!draw) throw new Error(`story ${name} has no render, nor has its file's default export`);
  const args = { ...meta.args, ...story.args };
  const allGlobals = { locale: 'zh-CN', theme: 'light', ...globals, ...story.globals };
  const root = document.createElement('div');
  root.lang = String(allGlobals['locale']);
  if (allGlobals['theme'] === 'dark') root.setAttribute('style', darkTheme);
  document.body.append(root);
  const context: StoryContext = { args, globals: allGlobals, canvasElement: root };
  for (const load of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) await load(context);
  let storyFn = (): unknown => draw(args, context);
  for (const decorate of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = () => decorate(inner, context);
  }
  render(storyFn(), root);
  await settle(root);
  await story.play?.(context);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settle(root);
  return { root, args, remove: () => root.remove() };
}

/** The args a story hands its element (no actions, parts or CSS properties) that it must show. */
function expectArgsOnElement(element: HTMLElement, args: ElementArgs): void {
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function' || name.startsWith(':') || name.startsWith('--')) continue;
    if (name.includes('-')) {
      const expected =
        value === false || value == null ? null : value === true ? '' : String(value);
      expect(element.getAttribute(name), `attribute ${name}`).toBe(expected);
    } else {
      expect((element as unknown as Record<string, unknown>)[name], `property ${name}`).toEqual(
        value,
      );
    }
  }
}

/**
 * Declares one test per story of a stories file (every state of the element): the story renders
 * `tag` with its args, the element shows something, `check` (if given) holds, and axe finds no
 * violation, after the story's `play`. Each story starts from an empty localStorage.
 *
 * @example
 * import * as stories from './needs-report.stories.js';
 * describeStories('qy-needs-report', stories);
 */
export function describeStories(
  tag: string,
  module: StoriesModule,
  check?: (element: HTMLElement, story: StoryParts) => void | Promise<void>,
): void {
  let mounted: MountedStory | undefined;
  afterEach(() => {
    mounted?.remove();
    mounted = undefined;
  });
  const names = Object.keys(module).filter((name) => name !== 'default');
  describe(`<${tag}> stories`, () => {
    it('are there', () => expect(names.length).toBeGreaterThan(0));
    it.each(names)('%s renders its args and is axe clean', async (name) => {
      localStorage.clear();
      mounted = await mountStory(module, name);
      const element = mounted.root.querySelector<HTMLElement>(tag);
      expect(element, `${name} renders <${tag}>`).not.toBeNull();
      expect(element!.shadowRoot?.textContent?.trim()).toBeTruthy();
      expectArgsOnElement(element!, mounted.args);
      await check?.(element!, module[name] as StoryParts);
      await expectNoAxeViolations(mounted.root);
    });
  });
}
