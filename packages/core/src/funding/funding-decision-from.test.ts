import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FundingDecisionSchema } from '../domain/funding-decision.js';
import { checkFundingDecision } from '../workflow/funding-rules.js';
import { allocateFunds, type FundAllocation } from './allocate-funds.js';
import { fundingDecisionFrom, type FundingDecisionRecord } from './funding-decision-from.js';
import type { FundingOverride } from './funding-override.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const record: FundingDecisionRecord = {
  id: 'fd-1',
  meeting: 'm-1',
  decidedBy: ['p-center'],
  decidedAt: '2008-04-02T10:00:00+08:00',
};

function allocate(fund: number, amounts: readonly number[], partial = false): FundAllocation {
  const result = allocateFunds(
    amounts.map((amount, i) => ({ project: `p${i}`, requested: cny(amount) })),
    cny(fund),
    { partial },
  );
  if (!result.ok) throw new Error('unexpected');
  return result.allocation;
}

/** The ranking and requests the allocation followed, as `checkFundingDecision` takes them. */
function checkAgainst(allocation: FundAllocation) {
  return {
    ranking: allocation.grants.map((grant) => ({ project: grant.project, rank: grant.rank })),
    requested: Object.fromEntries(
      allocation.grants.map((grant) => [grant.project, cny(grant.requested)]),
    ),
  };
}

describe('fundingDecisionFrom', () => {
  const allocation = allocate(1000, [600, 500, 300]); // p0 600, p1 skipped, p2 300

  it('writes the final grants and records the rule’s skip as a departure', () => {
    const result = fundingDecisionFrom(allocation, [], record);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.decision.grants).toEqual([
      { project: 'p0', amount: cny(600) },
      { project: 'p2', amount: cny(300) },
    ]);
    expect(result.decision.departures.map((d) => [d.project, d.by])).toEqual([['p1', 'p-center']]);
    expect(result.decision.fund).toEqual(cny(1000));
    const { ranking, requested } = checkAgainst(allocation);
    expect(checkFundingDecision(result.decision, ranking, { requested })).toEqual({ ok: true });
  });

  it('records each override with who decided and why, and nothing for an unchanged grant', () => {
    const overrides: FundingOverride[] = [
      { project: 'p2', granted: 0, by: 'p-street', reason: { 'zh-CN': '已由区里资助' } },
      { project: 'p1', granted: 400, by: 'p-experts', reason: 'smaller first phase' },
      { project: 'p0', granted: 600, by: 'p-center', reason: 'as the rule gave' },
    ];
    const result = fundingDecisionFrom(allocation, overrides, record);
    expect(result.ok && result.decision.departures).toEqual([
      { project: 'p1', by: 'p-experts', reason: 'smaller first phase' },
      { project: 'p2', by: 'p-street', reason: { 'zh-CN': '已由区里资助' } },
    ]);
    expect(result.ok && result.decision.grants.map((g) => [g.project, g.amount.amount])).toEqual([
      ['p0', 600],
      ['p1', 400],
    ]);
    expect(result.ok && result.differences.map((d) => d.project)).toEqual(['p1', 'p2']);
  });

  it('records an override that leaves a project at nothing while one below it is funded', () => {
    // The rule funds p0 alone; the overrides move the money to p2 and confirm p1's nothing.
    const result = fundingDecisionFrom(
      allocate(1, [1, 1, 1]),
      [
        { project: 'p2', granted: 1, by: 'p-street', reason: 'most urgent' },
        { project: 'p0', granted: 0, by: 'p-street', reason: 'funded elsewhere' },
        { project: 'p1', granted: 0, by: 'p-experts', reason: 'not ready' },
      ],
      record,
    );
    expect(result.ok && result.decision.departures.map((d) => [d.project, d.by])).toEqual([
      ['p0', 'p-street'],
      ['p1', 'p-experts'],
      ['p2', 'p-street'],
    ]);
  });

  it('refuses overrides that do not apply, with every violation', () => {
    const result = fundingDecisionFrom(
      allocation,
      [{ project: 'p1', granted: 900, by: 'p-center', reason: 'r' }],
      record,
    );
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'above-request',
      'over-fund',
    ]);
  });

  it('always yields a valid document that passes the funding rules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 7 }),
        fc.nat(3000),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(10), fc.nat(900)), { maxLength: 4 }),
        (amounts, fund, partial, changes) => {
          const base = allocate(fund, amounts, partial);
          const seen = new Set<string>();
          const overrides = changes.flatMap(([p, granted]): FundingOverride[] => {
            const project = `p${p % amounts.length}`;
            if (seen.has(project)) return [];
            seen.add(project);
            const amount = Math.min(granted, amounts[p % amounts.length]!);
            return [{ project, granted: amount, by: 'p-center', reason: 'decided' }];
          });
          const result = fundingDecisionFrom(base, overrides, record);
          if (!result.ok) {
            expect(result.violations.map((v) => v.rule)).toEqual(['over-fund']);
            return;
          }
          expect(FundingDecisionSchema.parse(result.decision)).toEqual(result.decision);
          const { ranking, requested } = checkAgainst(base);
          expect(checkFundingDecision(result.decision, ranking, { requested })).toEqual({
            ok: true,
          });
        },
      ),
    );
  });
});
