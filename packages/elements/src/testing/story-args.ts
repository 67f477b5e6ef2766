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
 * Applies args to an element: a name with a dash is an attribute (`true` sets it empty, `false`,
 * `null` or `undefined` removes it), a name starting with `--` is a CSS custom property on the
 * element's style, any other name is a property. Functions (Storybook's event actions), parts
 * (`::part(x)`) and read-only properties (getters such as `value`) are skipped.
 *
 * @example
 * applyArgs(document.createElement('qy-weight-editor'), { locked: true, meeting });
 */
export function applyArgs(element: HTMLElement, args: ElementArgs): HTMLElement {
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function' || name.startsWith(':')) continue;
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
    main.append(applyArgs(document.createElement(tag), args));
    return main;
  };
}

/**
 * A story decorator that renders the story 360 px wide, the narrowest phone the elements support
 * (the story may return a node or a Lit template).
 *
 * @example
 * export const NarrowPhone = { args: { meeting }, decorators: [narrow] };
 */
export function narrow(story: () => unknown): TemplateResult {
  return html`<div style="width:360px">${story()}</div>`;
}
