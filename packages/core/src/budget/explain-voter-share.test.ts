import { describe, expect, it } from 'vitest';
import { build } from '../../test/fixtures/pabulib/arbitrary-election.js';
import { Rational } from '../math/rational.js';
import { explainEqualShares } from './equal-shares-explanation.js';
import { explainVoterShare } from './explain-voter-share.js';

const election = build({
  budget: Rational.of(100),
  projects: [
    { id: 'a', cost: Rational.of(60) },
    { id: 'b', cost: Rational.of(50) },
    { id: 'c', cost: Rational.of(12) },
    { id: 'd', cost: Rational.of(20) },
    { id: 'nobody', cost: Rational.of(5) },
  ],
  ballots: [['a'], ['a', 'c', 'd'], ['a'], ['b'], ['b', 'c']],
});
const x = explainEqualShares(election);

describe('explainVoterShare', () => {
  it('finds what one ballot paid for, whatever the order of its projects', () => {
    const { share, text } = explainVoterShare(x, ['d', 'c', 'a'])!;
    // c was bought in round 2 when this ballot's share was spent: it is listed, paying 0.
    expect(share.paid.map((p) => [p.project, p.amount.toString()])).toEqual([
      ['a', '20'],
      ['c', '0'],
    ]);
    expect(share.left.toString()).toBe('0');
    expect(text.en).toBe(
      'This ballot (a, c, d; cast by 1 voter) started with a share of 20. It paid 20 for project a (round 1). Spent 20, left 0.',
    );
    expect(text['zh-CN']).toContain('项目 a（第 1 轮）20');
    expect(explainVoterShare(x, ['nobody'])).toBeNull();
    expect(explainVoterShare(x, ['b'])!.text.en).toContain('It paid for nothing');
  });
});
