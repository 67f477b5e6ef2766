import { html, type TemplateResult } from 'lit';

/**
 * The story args of an element: attribute names (`fund-fen`, `locked`), property names
 * (`meeting`, `history`) and CSS custom properties (`--qy-color-accent`) as Storybook's Controls
 * list them from the custom-elements manifest.
 */
export type ElementArgs = Record<string, unknown>;

/** True when `name` is a getter without a setter on the element's prototype chain. */
function isReadOnly(element: HTMLElement, name: string): boolean {
  for (let o: object | null = element; o; o = Object.getPrototypeOf(o) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return descriptor.get !== undefined && descriptor.set === undefined;
  }
  return false;
}

/**
 * The event an `on…` arg listens to: Storybook names the action of a manifest event in camel
 * case (`qy-ballot-cast` → `onQyBallotCast`); the elements' events are all kebab case.
 */
function eventOfArg(name: string): string | undefined {
  if (!/^on[A-Z]/.test(name)) return undefined;
  return name.slice(2).replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
}

/**
 * Applies args to an element: a name with a dash is an attribute (`true` sets it empty, `false`,
 * `null` or `undefined` removes it), a name starting with `--` is a CSS custom property on the
 * element's style, any other name is a property. A function under an `on…` name (Storybook's
 * action for a manifest event, `onQyBallotCast`) listens to that event, so the Actions panel
 * logs what the element dispatches. Other functions, parts (`::part(x)`) and read-only
 * properties (getters such as `value`) are skipped.
 *
 * @example
 * applyArgs(document.createElement('qy-weight-editor'), { locked: true, meeting });
 */
export function applyArgs(element: HTMLElement, args: ElementArgs): HTMLElement {
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function') {
      const event = eventOfArg(name);
      if (event) element.addEventListener(event, value as EventListener);
      continue;
    }
    if (name.startsWith(':')) continue;
    if (name.startsWith('--')) {
      if (value === undefined || value === null || value === '') element.style.removeProperty(name);
      else element.style.setProperty(name, String(value));
    } else if (name.includes('-')) {
      if (value === undefined || value === null || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    } else if (!isReadOnly(element, name)) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  return element;
}

/**
 * Creates `tag` with the story's args applied, for a story that renders it inside more content
 * (a host form, a note above it):
 *
 * @example
 * render: (args) => html`<main><form>${elementFromArgs('qy-work-record', args)}</form></main>`,
 */
export function elementFromArgs(tag: string, args: ElementArgs): HTMLElement {
  return applyArgs(document.createElement(tag), args);
}

/**
 * A Storybook `render` function that creates `tag` from the story's args, inside `<main>`, so
 * Controls (and the URL's `args=`) drive the element. Put it on a stories file's default export
 * and each story is just its args:
 *
 * @example
 * export default { title: 'Components/qy-weight-editor', component: 'qy-weight-editor',
 *   render: renderFromArgs('qy-weight-editor') };
 * export const Locked = { args: { meeting, locked: true } };
 */
export function renderFromArgs(tag: string): (args: ElementArgs) => HTMLElement {
  return (args) => {
    const main = document.createElement('main');
    main.append(elementFromArgs(tag, args));
    return main;
  };
}

/**
 * A story decorator that renders the story 360 px wide (or the canvas width, if narrower), the
 * narrowest phone the elements support
 * (the story may return a node or a Lit template).
 *
 * @example
 * export const NarrowPhone = { args: { meeting }, decorators: [narrow] };
 */
export function narrow(story: () => unknown): TemplateResult {
  return html`<div style="width:360px;max-width:100%">${story()}</div>`;
}

/** What a story's `render` reads of Storybook's context: the toolbar's globals. */
export interface StoryContext {
  globals: Record<string, unknown>;
}

/**
 * A story's own text (a note above the element, a button of the host page) in the toolbar's
 * locale, so a story reads in one language throughout.
 *
 * @example
 * render: (args, { globals }) => html`<p>${storyText(globals, { en: 'Note', 'zh-CN': '说明' })}</p>`,
 */
export function storyText(
  globals: Record<string, unknown>,
  text: { en: string; 'zh-CN': string },
): string {
  return globals['locale'] === 'en' ? text.en : text['zh-CN'];
}
