/**
 * Colour-contrast checks computed in the browser, shadow roots included: what axe leaves as
 * "incomplete" (text over a gradient, in a scroll region, …) is measured here instead. Colours
 * come from `getComputedStyle`; a text's background is found by walking up the composed tree
 * (through shadow roots to their hosts) and compositing every translucent `background-color`
 * until an opaque one is reached. Background images are not painted (the ranking table's
 * scroll-shadow gradient only shows at an edge that has more content scrolled under it).
 */

/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** One place where the contrast is below what WCAG 2.2 AA asks. */
export interface ContrastShortfall {
  /** What was measured: text, a control's border, a focus outline. */
  kind: 'text' | 'boundary' | 'focus';
  /** A readable path to the element (`qy-ballot > fieldset.project > legend`). */
  where: string;
  /** The text (first 40 characters) or the control. */
  what: string;
  ratio: number;
  required: number;
  foreground: string;
  background: string;
}

/** Parses a computed `rgb()`/`rgba()` colour (Chromium serializes computed colours so). */
export function parseColor(value: string): Rgba {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) throw new Error(`cannot read colour "${value}"`);
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return { r, g, b, a };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

function css({ r, g, b }: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** The element's parent in the composed tree (a shadow root's host, a slotted node's slot). */
export function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`: its own and its ancestors' background colours composited
 * (the page's canvas is white), and the product of the opacities on the way (which fade the
 * text painted inside them as well).
 */
export function effectiveBackground(el: Element): { color: Rgba; opacity: number } {
  const layers: Rgba[] = [];
  let opacity = 1;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    const color = parseColor(style.backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
    opacity *= Number(style.opacity);
  }
  let color: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) color = over(layer, color);
  return { color, opacity };
}

/** Whether the element or an ancestor hides it from sight (display, visibility, clipping). */
function hidden(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return true;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    const box = node.getBoundingClientRect();
    if (style.overflow === 'hidden' && (box.width <= 1 || box.height <= 1)) return true;
  }
  return false;
}

/** Text of disabled controls is exempt (WCAG 1.4.3): a disabled control or its label. */
function inDisabledControl(el: Element): boolean {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.matches('button, input, select, textarea') && node.matches(':disabled')) return true;
    if (node instanceof HTMLLabelElement && node.control?.matches(':disabled')) return true;
    if (node.localName.startsWith('qy-')) break;
  }
  return false;
}

function describe(el: Element): string {
  const path: string[] = [];
  for (let node: Element | null = el; node && path.length < 5; node = composedParent(node)) {
    const classes = [...node.classList].slice(0, 2).map((c) => `.${c}`);
    const part = node.getAttribute('part');
    path.unshift(`${node.localName}${classes.join('')}${part ? `[part=${part}]` : ''}`);
    if (node.localName.startsWith('qy-')) break;
  }
  return path.join(' > ');
}

/** Large text per WCAG: 18 pt (24 px), or 14 pt (18.66 px) bold. */
function isLarge(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Every element under `root`, shadow trees included, in tree order. */
export function* composedElements(root: Element): Generator<Element> {
  yield root;
  if (root.shadowRoot) for (const child of root.shadowRoot.children) yield* composedElements(child);
  for (const child of root.children) yield* composedElements(child);
}

function textShortfall(el: Element, text: string): ContrastShortfall | undefined {
  const style = getComputedStyle(el);
  const { color: background, opacity } = effectiveBackground(el);
  const fg = parseColor(style.color);
  const foreground = over({ ...fg, a: fg.a * opacity }, background);
  const ratio = contrastRatio(foreground, background);
  const required = isLarge(style) ? 3 : 4.5;
  if (ratio >= required) return undefined;
  return {
    kind: 'text',
    where: describe(el),
    what: text.trim().replace(/\s+/g, ' ').slice(0, 40),
    ratio: Math.round(ratio * 100) / 100,
    required,
    foreground: css(foreground),
    background: css(background),
  };
}

/**
 * Every visible text under `root` (shadow roots walked, disabled controls exempt, input values
 * and the chosen option of a select included) whose contrast with its effective background is
 * below 4.5:1, or 3:1 for large text.
 */
export function textContrastShortfalls(root: Element): ContrastShortfall[] {
  const found: ContrastShortfall[] = [];
  for (const el of composedElements(root)) {
    if (el.matches('script, style, template, option, optgroup')) continue;
    if (hidden(el) || inDisabledControl(el)) continue;
    let text = '';
    if (el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden'].includes(el.type)) {
      text = el.value;
    } else if (el instanceof HTMLSelectElement) {
      text = el.selectedOptions[0]?.textContent ?? '';
    } else if (el instanceof HTMLTextAreaElement) {
      text = el.value;
    } else {
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
      }
    }
    if (text.trim() === '') continue;
    const shortfall = textShortfall(el, text);
    if (shortfall) found.push(shortfall);
  }
  return found;
}

/**
 * Every visible, enabled text field, select and text area under `root` whose border (what
 * shows where the field is) is below 3:1 against the background around it (WCAG 1.4.11).
 */
export function boundaryShortfalls(root: Element): ContrastShortfall[] {
  const found: ContrastShortfall[] = [];
  for (const el of composedElements(root)) {
    if (!el.matches('input:not([type=checkbox], [type=radio], [type=hidden]), select, textarea'))
      continue;
    if (hidden(el) || el.matches(':disabled')) continue;
    const style = getComputedStyle(el);
    const around = effectiveBackground(composedParent(el)!).color;
    const border = over(parseColor(style.borderTopColor), around);
    const fill = over(parseColor(style.backgroundColor), around);
    const ratio = Math.max(
      parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none'
        ? contrastRatio(border, around)
        : 1,
      contrastRatio(fill, around),
    );
    if (ratio >= 3) continue;
    found.push({
      kind: 'boundary',
      where: describe(el),
      what: el.id || el.localName,
      ratio: Math.round(ratio * 100) / 100,
      required: 3,
      foreground: css(border),
      background: css(around),
    });
  }
  return found;
}

/**
 * The focus indicator of the element that has focus now (its own outline or, for a control
 * inside a styled label, the label's): an outline at least 2 px wide whose colour has 3:1
 * against the background around it. Returns the shortfall, or undefined when it is fine.
 */
export function focusShortfall(focused: Element): ContrastShortfall | undefined {
  const candidates = [focused, focused.closest('label')].filter((e): e is Element => e !== null);
  const ringed = candidates.find((e) => {
    const style = getComputedStyle(e);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  if (!ringed) {
    return {
      kind: 'focus',
      where: describe(focused),
      what: `no outline on #${focused.id} (${focused.getAttribute('type') ?? ''})`,
      ratio: 0,
      required: 3,
      foreground: 'none',
      background: '',
    };
  }
  const style = getComputedStyle(ringed);
  const around = effectiveBackground(composedParent(ringed)!).color;
  const ring = over(parseColor(style.outlineColor), around);
  const ratio = contrastRatio(ring, around);
  if (ratio >= 3) return undefined;
  return {
    kind: 'focus',
    where: describe(ringed),
    what: ringed.textContent?.trim().slice(0, 40) ?? '',
    ratio: Math.round(ratio * 100) / 100,
    required: 3,
    foreground: css(ring),
    background: css(around),
  };
}

/** A readable list of shortfalls for an assertion message. */
export function formatShortfalls(list: readonly ContrastShortfall[]): string {
  return list
    .map(
      (s) =>
        `${s.kind} ${s.ratio}:1 < ${s.required}:1 at ${s.where} “${s.what}” (${s.foreground} on ${s.background})`,
    )
    .join('\n');
}
