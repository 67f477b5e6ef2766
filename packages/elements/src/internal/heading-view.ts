import { html, nothing, type TemplateResult } from 'lit';

/** What a heading carries besides its text: an id (for `aria-labelledby`), a class, a tab stop. */
export interface HeadingOptions {
  readonly id?: string | undefined;
  readonly className?: string | undefined;
  /** `-1` for a heading the element moves the focus to. */
  readonly tabindex?: number | undefined;
}

/**
 * The level (2–6) of a heading `depth` levels below an element's `heading-level` (2–6; anything
 * else counts as 2): what {@link renderHeading} draws.
 *
 * @example
 * headingLevelOf(3, 1); // 4
 * headingLevelOf(Number.NaN, 1); // 3
 */
export function headingLevelOf(level: number, depth: number): number {
  return Math.min(6, Math.max(2, Number.isInteger(level) ? level : 2) + depth);
}

/**
 * A real `<hN>` for an element's `heading-level` (2–6; anything else counts as 2) plus `depth`
 * (0 for the element's own heading, 1 for its sections, …), kept within h2–h6, so an element
 * fits the outline of the host page it sits in. `<qy-project-status>` set the pattern.
 *
 * @example
 * renderHeading(this.headingLevel, 0, this.t('title'), { id: 'heading', className: 'title' }); // <h2 …> by default
 * renderHeading(3, 1, t('opinions'), { id: 'opinions-title' }); // <h4 id="opinions-title">
 */
export function renderHeading(
  level: number,
  depth: number,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const id = options.id ?? nothing;
  const cls = options.className ?? nothing;
  const tab = options.tabindex ?? nothing;
  // One template per level rather than lit's static-html (`<${unsafeStatic(tag)}>`), which
  // every page would load for its headings alone.
  switch (headingLevelOf(level, depth)) {
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tab}>${content}</h6>`;
  }
}
