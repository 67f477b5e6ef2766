import { describe, expect, it } from 'vitest';
import { konczyce } from './pb-results.fixture.js';
import { pbResultsOf } from './pb-results-of.js';
import { pbResultsToJSON, type PbResultsJSON } from './pb-results-json.js';
import { readPbResults } from './read-pb-results.js';

function document(rule: 'equal-shares' | 'greedy' = 'equal-shares'): PbResultsJSON {
  const computed = pbResultsOf(konczyce(), { rule, utility: 'cost', completion: 'none' });
  if (!computed.ok) throw new Error('not computed');
  return pbResultsToJSON(computed.value);
}

describe('readPbResults', () => {
  it('reads back exactly what pbResultsToJSON wrote', () => {
    const doc = document();
    const read = readPbResults(JSON.parse(JSON.stringify(doc)), 'en');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(pbResultsToJSON(read.value)).toEqual(doc);
    expect(read.value.explanation?.perVoterBudget.toString()).toBe('155000/289');
    expect(read.value.ballots).toBeNull();
  });

  it('refuses something that is not a results document', () => {
    const read = readPbResults({ selected: ['P0013'] }, 'zh-CN');
    expect(read.ok ? [] : read.issues).toEqual([
      {
        where: 'format',
        message: '应为 "qingyuan-pb-results"：这不是参与式预算结果文档',
      },
    ]);
  });

  it('names each wrong field by its place', () => {
    const doc = document() as unknown as Record<string, unknown> & {
      projects: { id: string; votes: unknown }[];
      rule: { rule: string };
    };
    doc.version = 2;
    doc.projects[1]!.id = doc.projects[0]!.id;
    doc.projects[2]!.votes = -1;
    doc.rule.rule = 'borda';
    const read = readPbResults(doc, 'en');
    const issues = read.ok ? [] : read.issues.map((i) => `${i.where}: ${i.message}`);
    expect(issues.slice(0, 4)).toEqual([
      'version: only version 1 is understood',
      'projects[2].votes: expected a whole number of at least 0',
      'projects[1].id: project "P0006" is listed twice',
      'rule.rule: expected one of greedy, equal-shares, phragmen, got "borda"',
    ]);
    // P0013 no longer is a project of the document (its row now says P0006), nor is P0042
    // (its row was refused): every place that names them says so.
    expect(issues).toContain(
      'outcome.selected[0]: project "P0013" is not in the document\'s projects',
    );
    expect(issues).toContain(
      'explanation.unfunded[1].project: project "P0042" is not in the document\'s projects',
    );
  });

  it('asks for the explanation of an Equal Shares outcome, and needs none for greedy', () => {
    const doc = document() as Partial<PbResultsJSON>;
    delete doc.explanation;
    const read = readPbResults(doc, 'en');
    expect(read.ok ? [] : read.issues.map((i) => i.where)).toEqual(['explanation']);
    expect(readPbResults(document('greedy'), 'en').ok).toBe(true);
  });
});
