import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { publicManifest } from '../.storybook/public-manifest.js';

type Declaration = {
  tagName?: string;
  members?: { name: string; privacy?: string; default?: string }[];
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
};

const manifest = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../packages/elements/custom-elements.json', import.meta.url)),
    'utf8',
  ),
) as { modules: { declarations?: Declaration[] }[] };

function element(m: unknown, tag: string): Declaration {
  const all = (m as typeof manifest).modules.flatMap((x) => x.declarations ?? []);
  return all.find((d) => d.tagName === tag)!;
}

it('keeps public members with their defaults and drops private ones and source text', () => {
  const before = element(manifest, 'qy-weight-editor');
  expect(before.members!.map((m) => m.name)).toContain('doc'); // private, with source as default
  const after = element(
    publicManifest(manifest, [
      { name: '--qy-weight-bar-color', default: '#b42318', sample: 'color' },
    ]),
    'qy-weight-editor',
  );
  const names = after.members!.map((m) => m.name);
  expect(names).toEqual(expect.arrayContaining(['meeting', 'src', 'locked', 'name', 'disabled']));
  for (const hidden of ['doc', 'percents', 'initial', 'catalogs', 'localeController', 'lock']) {
    expect(names).not.toContain(hidden);
  }
  expect(after.members!.find((m) => m.name === 'locked')?.default).toBe('false');
  expect(after.attributes!.map((a) => a.name)).toEqual(
    expect.arrayContaining(['src', 'locked', 'name', 'disabled']),
  );
  expect(after.cssParts!.map((p) => p.name)).toContain('::part(status)');
  expect(after.cssProperties!.find((p) => p.name === '--qy-weight-bar-color')?.default).toBe(
    '#b42318',
  );
});
