import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cssTokens } from '../.storybook/css-tokens.js';

const src = fileURLToPath(new URL('../../../packages/elements/src/', import.meta.url));

describe('cssTokens', () => {
  it('reads tokens and defaults, nested parentheses and private aliases included', () => {
    const tokens = cssTokens([
      `:host { --_accent: var(--qy-color-accent, #b42318);
        font-family: var(--qy-font-family, system-ui, 'PingFang SC', sans-serif); }`,
      `.bar { background: var(--qy-weight-bar-color, var(--_accent)); }`,
    ]);
    expect(tokens).toEqual([
      { name: '--qy-color-accent', default: '#b42318', sample: 'color' },
      { name: '--qy-font-family', default: "system-ui, 'PingFang SC', sans-serif", sample: 'text' },
      {
        name: '--qy-weight-bar-color',
        default: 'var(--qy-color-accent, #b42318)',
        sample: 'color',
      },
    ]);
  });

  it('finds every token of the shared styles and the component styles', () => {
    const texts = [readFileSync(join(src, 'base/shared-styles.ts'), 'utf8')];
    for (const dir of readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(src, dir.name)).filter((f) => f.endsWith('.styles.ts'))) {
        texts.push(readFileSync(join(src, dir.name, file), 'utf8'));
      }
    }
    const names = cssTokens(texts).map((t) => t.name);
    const mentioned = new Set(texts.join('\n').match(/var\(--qy-[\w-]+,/g));
    expect(names.sort()).toEqual([...mentioned].map((m) => m.slice(4, -1)).sort());
    expect(names).toEqual(
      expect.arrayContaining(['--qy-color-accent', '--qy-radius', '--qy-focus-ring', '--qy-space']),
    );
  });
});
