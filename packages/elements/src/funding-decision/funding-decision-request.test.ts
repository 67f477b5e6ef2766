import type { FundingDecision } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { fundingDecisionRequest, fundingDecisionsAddress } from './funding-decision-request.js';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });
const reason = { 'zh-CN': '专家建议先做一期', en: 'Experts advised a first phase' };

const decision: FundingDecision = {
  id: 'fd',
  meeting: 'm',
  fund: yuan(25000),
  decidedBy: ['p-center'],
  decidedAt: '2007-10-09T10:00:00+08:00',
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
    expect(request).toEqual({
      id: 'fd',
      meeting: 'm',
      decidedBy: ['p-center'],
      decidedAt: '2007-10-09T10:00:00+08:00',
      mode: 'skip',
      partial: false,
      overrides: [{ project: 'a', granted: 500000, by: 'p-center', reason }],
      opinions: decision.opinions,
    });
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

  it('asks the box to allocate the way the element did, and leaves out an empty opinion list', () => {
    const request = fundingDecisionRequest({ ...decision, opinions: [] }, new Map(), {
      mode: 'strict',
      partial: true,
    });
    expect(request).toMatchObject({ mode: 'strict', partial: true, overrides: [] });
    expect('opinions' in request).toBe(false);
  });
});

describe('fundingDecisionsAddress', () => {
  it('is the round’s funding-decisions route of the box, ids escaped', () => {
    expect(fundingDecisionsAddress('https://box.example/', 'org-7K2Q', 'qingyuan 2007')).toBe(
      'https://box.example/organizations/org-7K2Q/rounds/qingyuan%202007/funding-decisions',
    );
    expect(fundingDecisionsAddress('/api', 'default', 'r1')).toBe(
      '/api/organizations/default/rounds/r1/funding-decisions',
    );
  });

  it('is empty until the box, the organisation and the round are all given', () => {
    expect(fundingDecisionsAddress('', 'default', 'r1')).toBe('');
    expect(fundingDecisionsAddress('/api', '', 'r1')).toBe('');
    expect(fundingDecisionsAddress('/api', 'default', ' ')).toBe('');
  });
});
