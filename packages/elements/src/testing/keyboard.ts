import { userEvent } from 'vitest/browser';

/**
 * Per-test limit for a test that types a whole form key by key: every key is a round trip
 * between the page and Playwright, several times slower while other processes hold both cores
 * (the default 30 s was missed on a loaded 2-core machine). A limit against hangs, not a speed
 * assertion (CONTRIBUTING.md, "Tests on a busy machine").
 */
export const typingTimeout = 120_000;

/** The element that has the focus inside `host`'s shadow root (following nested shadow roots). */
export function activeIn(host: Element): HTMLElement | null {
  let active = host.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * A short name for a focused control, as a test reads it: `aria-label`, else the text of its
 * first `<label>`, else its own text, with white space folded.
 */
export function controlName(el: HTMLElement | null): string {
  if (!el) return '(nothing)';
  const labelled =
    el.getAttribute('aria-label') ??
    ('labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : undefined) ??
    el.textContent;
  return (labelled ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * Presses Tab (or Shift+Tab) until the control named `label` inside `host` has the focus, at most
 * `max` times, and returns the name of every stop on the way (the last one is `label`). Throws
 * with the stops when it never gets there, so a test also sees a broken focus order.
 *
 * @example
 * expect(await tabUntil(form, 'Submit')).toEqual(['Title', 'Amount', 'Submit']);
 */
export async function tabUntil(
  host: Element,
  label: string,
  options: { shift?: boolean; max?: number; name?: (el: HTMLElement | null) => string } = {},
): Promise<string[]> {
  const name = options.name ?? controlName;
  const stops: string[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    await userEvent.tab({ shift: options.shift ?? false });
    stops.push(name(activeIn(host)));
    if (stops.at(-1) === label) return stops;
  }
  throw new Error(`Tab never reached “${label}” in <${host.localName}>: ${stops.join(' → ')}`);
}
