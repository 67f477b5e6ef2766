import { describe, expect, it } from 'vitest';
import { funding, ranking, yuan } from '../domain/pilot-2007.fixture.js';
import { checkFundingDecision } from './funding-rules.js';

describe('checkFundingDecision', () => {
  it('accepts grants that follow the ranking within the fund', () => {
    expect(checkFundingDecision(funding, ranking)).toEqual({ ok: true });
  });

  it('funding.within-fund: the sum granted never exceeds the fund', () => {
    const result = checkFundingDecision({ ...funding, fund: yuan(25000) }, ranking);
    expect(result).toEqual({
      ok: false,
      violations: [
        {
          rule: 'funding.within-fund',
          message: {
            'zh-CN': '资助总额 30,000.00 CNY 超过资金池 25,000.00 CNY',
            en: 'The grants add up to 30,000.00 CNY, more than the fund of 25,000.00 CNY',
          },
          path: ['grants'],
        },
      ],
    });
  });

  it('funding.single-currency: a grant in another currency', () => {
    const decision = structuredClone(funding);
    decision.grants[2]!.amount.currency = 'USD';
    const result = checkFundingDecision(decision, ranking);
    expect(result.ok || result.violations).toEqual([
      expect.objectContaining({
        rule: 'funding.single-currency',
        path: ['grants', 2, 'amount', 'currency'],
        message: {
          'zh-CN': '项目 yuhuayuan-culture 的资助使用 USD，资金池是 CNY',
          en: 'The grant to yuhuayuan-culture is in USD, the fund in CNY',
        },
      }),
    ]);
  });

  it('funding.departures-recorded: passing over a better-ranked project needs who and why', () => {
    const decision = {
      ...funding,
      grants: [funding.grants[0]!, funding.grants[2]!],
    };
    const result = checkFundingDecision(decision, ranking);
    expect(result.ok || result.violations).toEqual([
      {
        rule: 'funding.departures-recorded',
        message: {
          'zh-CN':
            '排名第 2 的项目 xinghuayuan-kids 未获资助，而排名第 3 的 yuhuayuan-culture 获资助：需记录由谁决定及理由',
          en: 'xinghuayuan-kids (rank 2) is not funded while yuhuayuan-culture (rank 3) is: record who decided and why',
        },
        path: ['departures'],
      },
    ]);
    const recorded = {
      ...decision,
      departures: [
        { project: 'xinghuayuan-kids', by: 'p-street-leader', reason: '已获区教委资助' },
      ],
    };
    expect(checkFundingDecision(recorded, ranking)).toEqual({ ok: true });
  });

  it('a departure with a blank reason does not count as recorded', () => {
    const decision = {
      ...funding,
      grants: [funding.grants[0]!, funding.grants[2]!],
      departures: [{ project: 'xinghuayuan-kids', by: 'p-street-leader', reason: ' ' }],
    };
    expect(checkFundingDecision(decision, ranking).ok).toBe(false);
  });

  it('funding an unranked project is a departure; ties are not', () => {
    const unranked = {
      ...funding,
      grants: [...funding.grants, { project: 'binhe-189', amount: yuan(0.01) }],
    };
    const result = checkFundingDecision({ ...unranked, fund: yuan(50000) }, ranking);
    expect(result.ok || result.violations.map((v) => v.message.en)).toEqual([
      'binhe-189 is funded without being ranked: record who decided and why',
    ]);
    const tied = [
      { project: 'a', rank: 1 },
      { project: 'b', rank: 1 },
    ];
    const decision = { ...funding, grants: [{ project: 'b', amount: yuan(100) }] };
    expect(checkFundingDecision(decision, tied)).toEqual({ ok: true });
  });

  it('funding.within-request: a grant above what the project asked for', () => {
    const result = checkFundingDecision(funding, ranking, {
      requested: { 'yuhuayuan-culture': yuan(10000) },
    });
    expect(result.ok || result.violations.map((v) => [v.rule, v.message['zh-CN']])).toEqual([
      [
        'funding.within-request',
        '项目 yuhuayuan-culture 获资助 11,000.00 CNY，超过申请的 10,000.00 CNY',
      ],
    ]);
  });
});
