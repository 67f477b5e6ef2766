import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { projectRuleCatalog } from './project-rule-catalog.js';
import { rules } from './rules.js';

describe('projectRuleCatalog', () => {
  it('holds, for each of its ids, the entry the whole rules catalog finds first', () => {
    for (const entry of projectRuleCatalog) {
      expect(entry).toEqual(rules.find((rule) => rule.id === entry.id));
    }
  });

  it('knows every rule id the project rules write into a violation', () => {
    // The ids written literally as `rule: '…'` in the modules the project lifecycle's rules use.
    const folder = new URL('./', import.meta.url);
    const sources = readdirSync(folder).filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.test.ts') &&
        !['meeting-lifecycle.ts', 'rules.ts'].includes(file),
    );
    const written = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      for (const match of text.matchAll(/rule: ['`]([\w.-]+)['`]/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(20);
    const known = new Set(projectRuleCatalog.map((rule) => rule.id));
    expect([...written].filter((id) => !known.has(id))).toEqual([]);
  });
});
