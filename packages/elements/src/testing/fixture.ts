import { render, type TemplateResult } from 'lit';

/** Something with Lit's `updateComplete`. */
interface Updatable {
  updateComplete: Promise<boolean>;
}

/**
 * Renders a template inside a fresh `<main>` landmark (axe wants one) appended to the body,
 * waits for every Qingyuan element in it to finish rendering, and returns the first element
 * matching `selector` (or the first child).
 *
 * @example
 * const ballot = await fixture<QyBallot>(html`<qy-ballot .meeting=${meeting}></qy-ballot>`);
 */
export async function fixture<E extends Element>(
  template: TemplateResult,
  options: { lang?: string; selector?: string } = {},
): Promise<E> {
  const main = document.createElement('main');
  if (options.lang) main.lang = options.lang;
  document.body.append(main);
  render(template, main);
  await settle(main);
  const found = options.selector ? main.querySelector(options.selector) : main.firstElementChild;
  if (!found) throw new Error(`fixture: nothing matches ${options.selector ?? 'first child'}`);
  return found as E;
}

/** Waits until every custom element under `root` has finished its pending updates. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = [...root.querySelectorAll('*')]
      .filter((el): el is Element & Updatable => 'updateComplete' in el)
      .map((el) => el.updateComplete);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/** Removes every fixture (call in afterEach). */
export function cleanupFixtures(): void {
  for (const main of document.body.querySelectorAll(':scope > main')) main.remove();
}

/** Waits for `predicate` to hold, polling each animation frame (up to ~2 s); throws otherwise. */
export async function until(predicate: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (predicate()) return;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The first element matching `selector` in the element's shadow root; throws when missing. */
export function shadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** Every element matching `selector` in the element's shadow root. */
export function shadowAll<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The text a shadow root shows, with runs of white space folded to one space. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * A blob URL serving `data` as JSON: a `src` that is still fetching right after upgrade, as a
 * document on the network is.
 */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

/**
 * The button in a component's shadow root whose text (trimmed) or `aria-label` is `label`,
 * after the component's pending update; throws naming the label when there is none.
 */
export async function shadowButton(
  host: Element & { updateComplete?: Promise<unknown> },
  label: string,
): Promise<HTMLButtonElement> {
  await host.updateComplete;
  const found = shadowAll<HTMLButtonElement>(host, 'button').find(
    (b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
