import { expect } from 'vitest';

/** What {@link expectFitsNarrow} checks inside the host's shadow root. */
export interface NarrowLayoutCheck {
  /** Controls: at least 44 px high (WCAG 2.5.5), inside the host, their whole text shown. */
  readonly targets: string;
  /** Other text (headings, cells, legends): inside the host, their whole text shown. */
  readonly texts?: string;
  /** Also ask the targets for 44 px of width (small square targets such as score buttons). */
  readonly minWidth?: boolean;
}

/**
 * Checks an element laid out in a narrow container (a 360 px phone): the host does not scroll
 * sideways, and every target and text element in its shadow root (and everything inside them)
 * ends inside the host and shows its whole text (nothing cut off by `overflow`, a fixed width or a fixed height); targets are at
 * least 44 px high.
 *
 * @example
 * expectFitsNarrow(ballot, { targets: 'label.toggle, button, summary', texts: 'legend' });
 */
export function expectFitsNarrow(host: HTMLElement, check: NarrowLayoutCheck): void {
  expect(host.scrollWidth, `<${host.localName}> scrolls sideways`).toBeLessThanOrEqual(
    host.clientWidth,
  );
  const right = host.getBoundingClientRect().right + 0.5;
  const all = (selector: string) => [
    ...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
  ];
  const targets = all(check.targets);
  expect(targets.length, `no ${check.targets} in <${host.localName}>`).toBeGreaterThan(0);
  const describe = (el: HTMLElement) =>
    `${el.localName} “${el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? ''}”`;
  // An element and every element inside it (form fields scroll their own value: left out).
  const withInside = (el: HTMLElement) =>
    [el, ...el.querySelectorAll<HTMLElement>('*')].filter(
      (item) => !['input', 'textarea', 'select'].includes(item.localName),
    );
  const whole = (el: HTMLElement) => withInside(el).forEach(wholeOne);
  const wholeOne = (el: HTMLElement) => {
    const box = el.getBoundingClientRect();
    expect(box.right, `${describe(el)} sticks out`).toBeLessThanOrEqual(right);
    expect(el.scrollWidth, `${describe(el)} cuts its text off`).toBeLessThanOrEqual(el.clientWidth);
    expect(el.scrollHeight, `${describe(el)} cuts its text off`).toBeLessThanOrEqual(
      el.clientHeight + 1,
    );
  };
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    expect(box.height, `${describe(target)} is too low`).toBeGreaterThanOrEqual(44);
    if (check.minWidth) {
      expect(box.width, `${describe(target)} is too narrow`).toBeGreaterThanOrEqual(44);
    }
    whole(target);
  }
  if (check.texts) all(check.texts).forEach(whole);
}
