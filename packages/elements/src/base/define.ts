/**
 * Registers a custom element once. Loading a bundle twice (two widgets on one page, each with
 * its own copy) must not break the page: when the tag already holds the same class nothing
 * happens; when it holds another class, a warning names the tag and the first one stays.
 *
 * Only the `src/define/*` entries call it, so they (and `react`, which imports them) are the
 * package's only modules with side effects (package.json `sideEffects`).
 *
 * @example
 * defineElement('qy-ballot', QyBallot);
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(
      `[qingyuan] <${tag}> is already defined by another copy of @qingyuan/elements; ` +
        'keeping the first one. Load the components once per page to avoid surprises.',
    );
  }
}
