import type { CssToken } from './css-tokens.js';

type Item = { name?: string; privacy?: string; static?: boolean; kind?: string } & Record<
  string,
  unknown
>;

/** True for a member a page author may use: not private/protected/static, not `_x`/`#x`. */
function isPublic(item: Item): boolean {
  const name = item.name ?? '';
  return (
    item.privacy !== 'private' &&
    item.privacy !== 'protected' &&
    !item.static &&
    !name.startsWith('_') &&
    !name.startsWith('#')
  );
}

/** A default short enough to be a value; longer ones are source text, not documentation. */
function shortDefault(item: Item): Item {
  const value = item['default'];
  if (typeof value === 'string' && (value.length > 40 || value.includes('\n'))) {
    const { default: _dropped, ...rest } = item;
    return rest;
  }
  return item;
}

/**
 * The custom-elements manifest as the per-component docs pages and Controls show it: public
 * members only (no private/protected/static members, no `_`/`#` names, no methods, no defaults
 * that are source text), every CSS custom property with its default from the styles, and
 * parts named as a page author writes them (`::part(status)`).
 *
 * @example
 * setCustomElementsManifest(publicManifest(manifest, cssTokens([sharedStyles.cssText])));
 */
export function publicManifest(manifest: unknown, tokens: readonly CssToken[] = []): unknown {
  const defaults = new Map(tokens.map((t) => [t.name, t.default]));
  const copy = structuredClone(manifest) as { modules?: { declarations?: Item[] }[] };
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration['tagName']) continue;
      const members = (declaration['members'] as Item[] | undefined) ?? [];
      declaration['members'] = members
        .filter((m) => isPublic(m) && m.kind === 'field')
        .map(shortDefault)
        .map((m) =>
          m['readonly'] ? { ...m, description: `Read-only. ${String(m['description'] ?? '')}` } : m,
        );
      const attributes = (declaration['attributes'] as Item[] | undefined) ?? [];
      declaration['attributes'] = attributes.filter(isPublic).map(shortDefault);
      const css = (declaration['cssProperties'] as Item[] | undefined) ?? [];
      // `::part(status)` rather than `status`: Storybook keys every row by name, so a part named
      // like a property (qy-project-status has both) would hide the property's row and control.
      const parts = (declaration['cssParts'] as Item[] | undefined) ?? [];
      declaration['cssParts'] = parts.map((p) => ({ ...p, name: `::part(${p.name ?? ''})` }));
      declaration['cssProperties'] = css.map((p) =>
        p['default'] === undefined && defaults.has(p.name ?? '')
          ? { ...p, default: defaults.get(p.name ?? '') }
          : p,
      );
    }
  }
  return copy;
}

/**
 * The names of `tag`'s read-only properties (getters such as `value`) in a manifest: their
 * Controls are switched off, since setting them would throw.
 *
 * @example
 * readOnlyProperties(manifest, 'qy-weight-editor'); // Set { 'value', 'total', … }
 */
export function readOnlyProperties(manifest: unknown, tag: string): Set<string> {
  const modules = (manifest as { modules?: { declarations?: Item[] }[] }).modules ?? [];
  const declaration = modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d['tagName'] === tag);
  const members = (declaration?.['members'] as Item[] | undefined) ?? [];
  return new Set(members.filter((m) => m['readonly']).map((m) => m.name ?? ''));
}
