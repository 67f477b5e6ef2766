import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { parsePabulib } from '../pabulib/parse-pabulib.js';
import { pabulibVoteStore } from '../pabulib/pabulib-vote-store.js';
import { approvalElection, approvalElectionFromPabulib } from './approval-election.js';

describe('approvalElection', () => {
  it('groups equal ballots and counts approvals', () => {
    const result = approvalElection({
      budget: '10.5',
      projects: [
        { id: 'b', cost: 3 },
        { id: 'a', cost: '1/3' },
      ],
      ballots: [['a', 'b'], ['b', 'a'], ['a'], []],
    });
    if (!result.ok) throw new Error('expected an election');
    const e = result.value;
    expect(e.budget.equals(Rational.of(21, 2))).toBe(true);
    expect(e.costs[1]!.toString()).toBe('1/3');
    expect(e.voterCount).toBe(4);
    expect([...e.approvals]).toEqual([2, 3]);
    expect(e.ballots.map((b) => [...b])).toEqual([[0, 1], [1], []]);
    expect([...e.ballotWeights]).toEqual([2, 1, 1]);
    expect([...e.idRank]).toEqual([1, 0]);
  });

  it('reports every problem with its path', () => {
    const result = approvalElection({
      budget: -1,
      projects: [
        { id: 'a', cost: 'x' },
        { id: 'a', cost: 1 },
      ],
      ballots: [['a', 'a'], ['zz']],
    });
    expect(result).toEqual({
      ok: false,
      violations: [
        expect.objectContaining({
          rule: 'budget.number',
          message: expect.objectContaining({ en: 'the budget (-1) is not a non-negative number' }),
          path: ['budget'],
        }),
        expect.objectContaining({
          rule: 'budget.number',
          message: expect.objectContaining({
            en: 'the cost of project a (x) is not a non-negative number',
          }),
          path: ['projects', 0, 'cost'],
        }),
        expect.objectContaining({
          rule: 'budget.duplicate-project',
          message: expect.objectContaining({ en: 'project a is listed twice' }),
          path: ['projects', 1, 'id'],
        }),
        expect.objectContaining({
          rule: 'budget.repeated-project',
          message: expect.objectContaining({ en: 'ballot 1 approves project a twice' }),
          path: ['ballots', 0],
        }),
        expect.objectContaining({
          rule: 'budget.unknown-project',
          message: expect.objectContaining({
            en: 'ballot 2 approves project "zz", which is not in the election',
          }),
          path: ['ballots', 1, 0],
        }),
      ],
    });
    expect(!result.ok && result.violations[1]!.message).toEqual({
      en: 'the cost of project a (x) is not a non-negative number',
      'zh-CN': '项目 a 的费用（x）不是非负数',
    });
  });

  it('refuses Pabulib files that are not approval ballots', () => {
    const parsed = parsePabulib(
      'META\nkey;value\nbudget;5\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;2\nVOTES\nvoter_id;vote\nv;1\n',
    );
    if (!parsed.ok) throw new Error('expected a file');
    const result = approvalElectionFromPabulib(parsed.value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.violations[0]!.message.en).toBe(
      'the allocation rules read approval ballots; this file has vote_type ordinal',
    );
    // With the parse result, the refusal names the line of META vote_type, in both languages.
    const withLine = approvalElectionFromPabulib(parsed.value, parsed);
    expect(!withLine.ok && withLine.violations[0]).toMatchObject({
      line: 4,
      message: {
        en: 'line 4: the allocation rules read approval ballots; this file has vote_type ordinal',
        'zh-CN': '第 4 行：分配规则读取赞成票（approval）；此文件的 vote_type 为 ordinal',
      },
    });
  });

  it("builds the same election from the parser's columns as from the vote objects, on every fixture", () => {
    for (const [name, text] of Object.entries(pbFiles)) {
      const parsed = parsePabulib(text);
      if (!parsed.ok) throw new Error(name);
      expect(pabulibVoteStore(parsed.value), name).not.toBeNull();
      const fromColumns = approvalElectionFromPabulib(parsed.value);
      const fromObjects = approvalElection({
        budget: parsed.value.budget,
        projects: parsed.value.projects,
        ballots: parsed.value.votes.map((v) => v.projects),
      });
      expect(fromColumns, name).toEqual(fromObjects);
    }
  });

  it('reads the vote objects when they were changed after parsing', () => {
    const parsed = parsePabulib(
      'META\nkey;value\nbudget;5\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;2\n2;3\nVOTES\nvoter_id;vote\nv;1\n',
    );
    if (!parsed.ok) throw new Error('expected a file');
    parsed.value.votes.push({ voterId: 'w', projects: ['2', '1'], extra: {} });
    const result = approvalElectionFromPabulib(parsed.value);
    expect(result.ok && result.value.voterCount).toBe(2);
    expect(result.ok && [...result.value.approvals]).toEqual([2, 1]);
    parsed.value.votes.push({ voterId: 'x', projects: ['3'], extra: {} });
    expect(approvalElectionFromPabulib(parsed.value)).toMatchObject({
      ok: false,
      violations: [{ rule: 'budget.unknown-project', path: ['ballots', 2, 0] }],
    });
  });
});
