import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pbSheetFromPabulib } from './pb-sheet.js';

const fixture = readFileSync(
  new URL('../../core/test/fixtures/pabulib/poland_zabrze_2021_konczyce.pb', import.meta.url),
  'utf8',
);

describe('pbSheetFromPabulib', () => {
  it('reads the budget, the ballot rules and every project of a real Pabulib file', () => {
    const read = pbSheetFromPabulib(fixture, 'en');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const sheet = read.sheet as {
      budget: unknown;
      rules: { format: string };
      projects: { id: string; cost: unknown }[];
    };
    expect(sheet.budget).toEqual(Number(read.instance.meta.budget));
    expect(sheet.projects.map((p) => p.id)).toEqual(read.instance.projects.map((p) => p.id));
    expect(sheet.rules.format).toMatch(/approval|knapsack|cumulative|ordinal/);
  });

  it('takes names, categories and currency from the file', () => {
    const text =
      'META\nkey;value\ndescription;Small park fund\nbudget;100\nvote_type;approval\ncurrency;cny\nmax_length;2\n' +
      'PROJECTS\nproject_id;cost;name;category\n1;60;Benches;parks,elderly\n2;40;Lamps;\n' +
      'VOTES\nvoter_id;vote\nv1;1\n';
    const read = pbSheetFromPabulib(text, 'en');
    expect(read.ok && read.sheet).toEqual({
      title: 'Small park fund',
      currency: 'CNY',
      rules: { format: 'approval', maxLength: 2 },
      budget: 100,
      projects: [
        { id: '1', cost: 60, categories: ['parks', 'elderly'], title: 'Benches' },
        { id: '2', cost: 40, title: 'Lamps' },
      ],
    });
  });

  it('names each problem of a broken file with its line, in Chinese when asked', () => {
    const read = pbSheetFromPabulib('META\nkey;value\nbudget;abc\n', 'zh-CN');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });
});
