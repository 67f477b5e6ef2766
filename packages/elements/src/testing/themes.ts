import { server } from 'vitest/browser';

/** The embed example page whose dark theme the contrast tests check (relative to the package). */
export const EMBED_EXAMPLE = '../../docs/embed-example.html';

/**
 * The declarations of the `.dark` rule in the `<style>` of `docs/embed-example.html`, as an
 * inline style text (`--qy-color-text: #e6edf3; …`), read from the file itself so the tests
 * check the theme that page really ships.
 *
 * @example
 * html`<div style=${await embedExampleDarkTheme()}><qy-ballot …></qy-ballot></div>`;
 */
export async function embedExampleDarkTheme(): Promise<string> {
  const page = await server.commands.readFile(EMBED_EXAMPLE);
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
  const rule = /(?:^|\s)\.dark\s*\{([^}]*)\}/.exec(style)?.[1];
  if (rule === undefined) throw new Error(`no .dark rule in the <style> of ${EMBED_EXAMPLE}`);
  return rule.replace(/\s+/g, ' ').trim();
}
