import { expect } from 'vitest';

type WithHeadingLevel = HTMLElement & {
  headingLevel: number;
  readonly updateComplete: Promise<boolean>;
};

/** The levels of the headings in an element's shadow root, in document order. */
function levels(el: HTMLElement): number[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
    Number(h.localName[1]),
  );
}

/**
 * Checks the `heading-level` contract `<qy-project-status>` set: by default the element's first
 * heading is an `<h2>`; `heading-level="3"` moves every heading one level down (kept within
 * h2–h6), `9` makes them all `<h6>`, and a value that is not a whole number counts as 2. Call
 * it on an element showing its sections (so there are headings below the first), or with
 * `{ sections: false }` for an element with one heading.
 *
 * @example
 * await expectHeadingLevels(await board('p-li'));
 */
export async function expectHeadingLevels(
  el: WithHeadingLevel,
  options: { sections?: boolean } = {},
): Promise<void> {
  const byDefault = levels(el);
  expect(byDefault[0], 'the first heading is an h2 by default').toBe(2);
  if (options.sections !== false) {
    expect(byDefault.length, 'headings below the first').toBeGreaterThan(1);
  }
  el.setAttribute('heading-level', '3');
  await el.updateComplete;
  expect(el.headingLevel).toBe(3);
  expect(levels(el)).toEqual(byDefault.map((level) => Math.min(6, level + 1)));
  el.headingLevel = 9;
  await el.updateComplete;
  expect(levels(el)).toEqual(byDefault.map(() => 6));
  el.setAttribute('heading-level', 'x');
  await el.updateComplete;
  expect(levels(el)).toEqual(byDefault);
}
