import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../../../scripts/static-imports.mjs';
import * as core from '../index.js';
import * as pabulibEntry from './pabulib.js';

describe('@qingyuan/core/pabulib', () => {
  it("exports only the root's own values (the same classes and functions)", () => {
    const names = Object.keys(pabulibEntry);
    expect(names.length).toBeGreaterThan(10);
    const entry = pabulibEntry as Record<string, unknown>;
    const root = core as Record<string, unknown>;
    expect(names.filter((name) => entry[name] !== root[name])).toEqual([]);
  });

  it('loads no zod: its static imports reach only core files that import no package', () => {
    const { files, packages } = staticImports(
      fileURLToPath(new URL('./pabulib.ts', import.meta.url)),
    );
    expect([...packages]).toEqual([]);
    expect(files.size).toBeGreaterThan(10);
  });

  it('reads a .pb file and runs a rule on it', () => {
    const parsed = pabulibEntry.parsePabulib(
      'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;60\n2;50\n' +
        'VOTES\nvoter_id;vote\nv1;1\nv2;1,2\n',
    );
    if (!parsed.ok) throw new Error(parsed.violations[0]!.message.en);
    const election = pabulibEntry.approvalElectionFromPabulib(parsed.value);
    if (!election.ok) throw new Error('not an election');
    expect(pabulibEntry.greedy(election.value).selected).toEqual(['1']);
    expect(pabulibEntry.equalShares(election.value).selected).toEqual(['1']);
    expect(pabulibEntry.sequentialPhragmen(election.value).selected).toEqual(['1']);
  });
});
