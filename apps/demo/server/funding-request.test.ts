import type { FundingDecision } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { fundingDecisionRequest } from './funding-request.js';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });
const reason = { 'zh-CN': '专家建议先做一期', en: 'Experts advised a first phase' };

const decision: FundingDecision = {
  id: 'fd',
  meeting: 'm',
  fund: yuan(25000),
  decidedBy: ['p-center'],
  decidedAt: '2007-04-20T10:00:00+08:00',
  grants: [
    { project: 'a', amount: yuan(5000) },
    { project: 'c', amount: yuan(5000) },
  ],
  departures: [
    { project: 'a', by: 'p-center', reason },
    { project: 'b', by: 'p-center', reason },
  ],
  opinions: [{ by: 'p-expert', text: reason }],
};

describe('fundingDecisionRequest', () => {
  it('sends a changed grant as an override and leaves out the rule’s own departures', () => {
    // The rule gave a 10,000, skipped b (0) and gave c 5,000: only a was changed by a person.
    const request = fundingDecisionRequest(
      decision,
      new Map([
        ['a', 1000000],
        ['b', 0],
        ['c', 500000],
      ]),
    );
    expect(request.overrides).toEqual([{ project: 'a', granted: 500000, by: 'p-center', reason }]);
    expect(request).toMatchObject({ id: 'fd', meeting: 'm', decidedBy: ['p-center'] });
    expect(request.opinions).toEqual(decision.opinions);
  });

  it('sends a project the decision funds against the rule with its grant, and one it drops with 0', () => {
    const request = fundingDecisionRequest(
      decision,
      new Map([
        ['a', 500000],
        ['b', 800000],
      ]),
    );
    expect(request.overrides).toEqual([{ project: 'b', granted: 0, by: 'p-center', reason }]);
  });
});
