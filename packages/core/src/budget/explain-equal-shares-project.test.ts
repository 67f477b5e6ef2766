import { describe, expect, it } from 'vitest';
import { build } from '../../test/fixtures/pabulib/arbitrary-election.js';
import { fixtureElection } from '../../test/fixtures/pabulib/fixtures.js';
import { Rational } from '../math/rational.js';
import { explainEqualShares } from './equal-shares-explanation.js';
import { explainEqualSharesProject } from './explain-equal-shares-project.js';

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

describe('explainEqualSharesProject', () => {
  it('tells how a funded project was paid for, in both languages', () => {
    const story = explainEqualSharesProject(x, 'c')!;
    expect(story.status).toBe('funded');
    expect(story.text.en).toContain('funded in round 2');
    expect(story.text.en).toContain('1 of them paid the full share of 12');
    expect(story.text.en).toContain('1 paid all they had left');
    expect(story.text.en).toContain('effective vote count: 1.');
    expect(story.text['zh-CN']).toContain('第 2 轮获得资助');
    expect(story.text['zh-CN']).toContain('有效票数：1');
  });

  it('tells why a project lost: money left, shortfall, supporters needed, the round it lost', () => {
    const b = explainEqualSharesProject(x, 'b')!;
    expect(b.status).toBe('unfunded');
    expect(b.text.en).toContain('still held 28 when the rule stopped, 22 short of its cost');
    expect(b.text.en).toContain('2 more supporters with a full share of 20');
    expect(b.text.en).toContain('could never pay for it together');
    expect(b.text.en).toContain('would not fit in the 28');
    expect(b.text['zh-CN']).toContain('还差 22');
    const d = explainEqualSharesProject(x, 'd')!;
    expect(d.text.en).toContain(
      'could last pay for it in round 1, which project a won at a price per unit of utility of ≈0.333333 against its 1',
    );
    expect(d.text.en).toContain('would fit in the 28');
    expect(d.text['zh-CN']).toContain('第 1 轮');
    expect(explainEqualSharesProject(x, 'nobody')!.text.en).toContain('nobody approved it');
  });

  it('says when the greedy completion bought a project', () => {
    const withGreedy = explainEqualShares(election, { completion: 'greedy' });
    const d = explainEqualSharesProject(withGreedy, 'd')!;
    expect(d.status).toBe('completion');
    expect(d.text.en).toContain('bought by the greedy completion');
    expect(d.text['zh-CN']).toContain('贪心补全');
  });

  it('returns null for an unknown project', () => {
    expect(explainEqualSharesProject(x, 'zz')).toBeNull();
  });

  it('explains a real election', () => {
    const real = explainEqualShares(fixtureElection('poland_gdynia_2020_grabowek-large.pb'));
    expect(explainEqualSharesProject(real, '3')!.status).toBe('funded');
    const lost = explainEqualSharesProject(real, '2')!;
    expect(lost.status).toBe('unfunded');
    expect(lost.text.en).toMatch(/It would have needed \d+ more supporters/);
  });
});
