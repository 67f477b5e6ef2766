/** One `--qy-*` design token as the elements' styles declare it. */
export interface CssToken {
  /** The custom property, e.g. `--qy-color-accent`. */
  name: string;
  /** Its fallback where the styles read it, e.g. `#b42318` (may name another token). */
  default: string;
  /** What kind of sample shows it: a colour swatch, a radius, a space, a focus ring, or text. */
  sample: 'color' | 'radius' | 'space' | 'size' | 'focus' | 'text';
}

/** `var(--qy-name, fallback)` → [name, fallback], fallbacks with nested parentheses included. */
function tokenReads(cssText: string): [string, string][] {
  const reads: [string, string][] = [];
  const start = /var\(\s*(--qy-[\w-]+)\s*,/g;
  for (let match = start.exec(cssText); match; match = start.exec(cssText)) {
    let depth = 1;
    let i = start.lastIndex;
    for (; i < cssText.length && depth > 0; i++) {
      if (cssText[i] === '(') depth++;
      else if (cssText[i] === ')') depth--;
    }
    reads.push([match[1]!, cssText.slice(start.lastIndex, i - 1).trim()]);
  }
  return reads;
}

function sampleOf(name: string): CssToken['sample'] {
  if (name.includes('color') || name.includes('background')) return 'color';
  if (name.includes('radius')) return 'radius';
  if (name.includes('focus')) return 'focus';
  if (name.includes('space')) return 'space';
  if (/size|width/.test(name)) return 'size';
  return 'text';
}

/**
 * Every `--qy-*` token the given style sheets read, with its default, in first-seen order. A
 * default that reads a private alias (`var(--_accent)`, declared as
 * `--_accent: var(--qy-color-accent, #b42318)`) is written out as the public token it stands for.
 *
 * @example
 * cssTokens([':host { --_fg: var(--qy-color-text, #1f2328); }']);
 * // [{ name: '--qy-color-text', default: '#1f2328', sample: 'color' }]
 */
export function cssTokens(cssTexts: readonly string[]): CssToken[] {
  const all = cssTexts.join('\n');
  const aliases = new Map<string, string>();
  const alias = /(--_[\w-]+)\s*:\s*var\(\s*(--qy-[\w-]+)\s*,/g;
  for (let match = alias.exec(all); match; match = alias.exec(all)) {
    aliases.set(match[1]!, match[2]!);
  }
  const tokens = new Map<string, CssToken>();
  for (const [name, fallback] of tokenReads(all)) {
    if (tokens.has(name)) continue;
    tokens.set(name, { name, default: fallback, sample: sampleOf(name) });
  }
  for (const token of tokens.values()) {
    token.default = token.default.replace(/var\(\s*(--_[\w-]+)\s*\)/g, (text, name: string) => {
      const target = aliases.get(name);
      return target ? `var(${target}, ${tokens.get(target)?.default ?? ''})` : text;
    });
  }
  return [...tokens.values()];
}
