import { sharedStyles } from '../../../packages/elements/src/base/shared-styles.js';

// Every component's own style sheet, read from the sources the elements are built from.
const modules = import.meta.glob<Record<string, unknown>>(
  '../../../packages/elements/src/*/*.styles.ts',
  { eager: true },
);

/**
 * The CSS text of the shared styles and of every component's styles, shared first: the source
 * of truth for the `--qy-*` tokens and their defaults (see css-tokens.ts).
 *
 * @example
 * cssTokens(elementStyleTexts());
 */
export function elementStyleTexts(): string[] {
  const texts = [sharedStyles.cssText];
  for (const module of Object.values(modules)) {
    for (const value of Object.values(module)) {
      const text = (value as { cssText?: unknown } | null)?.cssText;
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts;
}
