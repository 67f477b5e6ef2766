import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFunds, type FundAllocation } from './allocate-funds.js';
import { applyOverrides, FundingOverrideSchema } from './funding-override.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
function allocate(fund: number, ...amounts: number[]): FundAllocation {
  const result = allocateFunds(
    amounts.map((amount, i) => ({ project: `p${i}`, requested: cny(amount) })),
    cny(fund),
  );
  if (!result.ok) throw new Error('unexpected');
  return result.allocation;
}

describe('applyOverrides', () => {
  const allocation = allocate(1000, 600, 500, 300); // p0 600, p2 300, 100 left

  it('records who decided and why, and shows the difference from the rule', () => {
    const result = applyOverrides(allocation, [
      { project: 'p2', granted: 0, by: 'p-street-leader', reason: { 'zh-CN': '已由区里资助' } },
      { project: 'p1', granted: 400, by: 'p-experts', reason: 'smaller first phase' },
    ]);
    expect(result.ok && result.differences).toEqual([
      {
        project: 'p1',
        rule: 0,
        final: 400,
        change: 400,
        by: 'p-experts',
        reason: 'smaller first phase',
      },
      {
        project: 'p2',
        rule: 300,
        final: 0,
        change: -300,
        by: 'p-street-leader',
        reason: { 'zh-CN': '已由区里资助' },
      },
    ]);
    expect(result.ok && result.grants.map((g) => [g.granted, g.status])).toEqual([
      [600, 'funded'],
      [400, 'partial'],
      [0, 'skipped'],
    ]);
    expect(result.ok && result.remaining).toBe(0);
  });

  it('refuses overrides that break the rules, with every violation', () => {
    const result = applyOverrides(allocation, [
      { project: 'nope', granted: 1, by: 'x', reason: 'r' },
      { project: 'p1', granted: 501, by: 'x', reason: 'r' },
      { project: 'p1', granted: 500, by: 'x', reason: 'r' },
    ]);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'unknown-project',
      'above-request',
      'duplicate-override',
      'over-fund',
    ]);
    const aboveRequest = result.ok ? undefined : result.violations[1];
    expect(aboveRequest?.message).toEqual({
      'zh-CN': '项目“p1”的资助额 501 超过了申请额 500',
      en: 'The grant of 501 for "p1" is above its request of 500',
    });
  });

  it('validates an override document: a departure record with a whole amount', () => {
    const bad = FundingOverrideSchema.safeParse({
      project: 'p1',
      granted: 1.5,
      by: '街道领导',
      reason: 'r',
    });
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'by',
      'granted',
    ]);
    const good = { project: 'p1', granted: 150, by: 'p-center', reason: { en: 'first phase' } };
    expect(FundingOverrideSchema.parse(good)).toEqual(good);
  });

  it('never lets the grants exceed the fund', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 6 }),
        fc.nat(3000),
        fc.array(fc.tuple(fc.nat(10), fc.nat(900)), { maxLength: 6 }),
        (amounts, fund, changes) => {
          const base = allocate(fund, ...amounts);
          const overrides = changes.map(([p, granted]) => ({
            project: `p${p % amounts.length}`,
            granted: Math.min(granted, amounts[p % amounts.length]!),
            by: 'x',
            reason: 'r',
          }));
          const result = applyOverrides(base, overrides);
          if (result.ok) {
            expect(result.granted).toBeLessThanOrEqual(fund);
            expect(result.grants.reduce((s, g) => s + g.granted, 0)).toBe(result.granted);
          } else {
            expect(result.violations.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
