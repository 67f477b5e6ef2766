import { describe, expect, it } from 'vitest';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { approvalElectionFromPabulib } from '../budget/approval-election.js';
import { equalShares } from '../budget/equal-shares.js';
import { parsePabulib } from './parse-pabulib.js';
import { withSelectedProjects } from './with-selected-projects.js';
import { writePabulib } from './write-pabulib.js';

describe('withSelectedProjects', () => {
  it('writes an outcome into the selected column and keeps the rest of the file', () => {
    const text = pbFiles['poland_gdynia_2020_grabowek-large.pb']!;
    const parsed = parsePabulib(text);
    if (!parsed.ok) throw new Error('fixture');
    const election = approvalElectionFromPabulib(parsed.value);
    if (!election.ok) throw new Error('fixture');
    const selected = equalShares(election.value, { utility: 'cardinality' }).selected;
    expect(selected).toEqual(['5', '3']);
    const again = parsePabulib(writePabulib(withSelectedProjects(parsed.value, selected)));
    if (!again.ok) throw new Error(again.violations[0]!.message.en);
    const marks = Object.fromEntries(again.value.projects.map((p) => [p.id, p.extra.selected]));
    expect(marks).toEqual({ '1': '0', '2': '0', '3': '1', '4': '0', '5': '1', '6': '0', '7': '0' });
    expect(again.value.votes).toEqual(parsed.value.votes);
    expect(again.value.meta).toEqual(parsed.value.meta);
    // The original is untouched.
    expect(parsed.value.projects.find((p) => p.id === '5')!.extra.selected).not.toBe('1');
  });

  it('adds the column when the file has none, and refuses an unknown id', () => {
    const parsed = parsePabulib(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\nx;4\nVOTES\nvoter_id;vote\n1;x\n',
    );
    if (!parsed.ok) throw new Error(parsed.violations[0]!.message.en);
    const out = withSelectedProjects(parsed.value, ['x']);
    expect(out.projectColumns).toEqual(['project_id', 'cost', 'selected']);
    expect(writePabulib(out)).toContain('project_id;cost;selected\nx;4;1\n');
    expect(() => withSelectedProjects(parsed.value, ['y'])).toThrow(RangeError);
  });
});
