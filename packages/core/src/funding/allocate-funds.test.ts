import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pilotBallots, pilotMeeting } from '../scoring/pilot-meeting.fixture.js';
import { tally } from '../scoring/weighted-tally.js';
import { allocateFunds, fundingCandidates, type FundingCandidate } from './allocate-funds.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const candidates = (...amounts: number[]): FundingCandidate[] =>
  amounts.map((amount, i) => ({ project: `p${i}`, requested: cny(amount) }));
const outcome = (result: ReturnType<typeof allocateFunds>) =>
  result.ok ? result.allocation.grants.map((g) => [g.granted, g.status]) : result.violations;

describe('allocateFunds', () => {
  it('funds in rank order and skips projects that no longer fit', () => {
    const result = allocateFunds(candidates(600, 500, 300, 200), cny(1000));
    expect(outcome(result)).toEqual([
      [600, 'funded'],
      [0, 'skipped'],
      [300, 'funded'],
      [0, 'skipped'],
    ]);
    expect(result.ok && result.allocation.remaining).toBe(100);
  });

  it('stops at the first that does not fit in strict mode', () => {
    const result = allocateFunds(candidates(600, 500, 300), cny(1000), { mode: 'strict' });
    expect(outcome(result)).toEqual([
      [600, 'funded'],
      [0, 'skipped'],
      [0, 'not-reached'],
    ]);
  });

  it('grants the remainder partially only when asked', () => {
    expect(outcome(allocateFunds(candidates(600, 500, 300), cny(1000), { partial: true }))).toEqual(
      [
        [600, 'funded'],
        [400, 'partial'],
        [0, 'skipped'],
      ],
    );
  });

  it('funds the pilot ranking from a 20,000-yuan fund', () => {
    const result = tally(pilotMeeting, pilotBallots);
    const allocation = allocateFunds(fundingCandidates(pilotMeeting, result), cny(2000000));
    // jinhuali 10,000 + xinghuayuan 5,000; yuhuayuan 8,000 no longer fits; jinhuiyuan 6,000 does not either
    expect(
      allocation.ok && allocation.allocation.grants.map((g) => [g.project, g.granted]),
    ).toEqual([
      ['jinhuali-home', 1000000],
      ['xinghuayuan-children', 500000],
      ['yuhuayuan-culture', 0],
      ['jinhuiyuan-efamily', 0],
    ]);
  });

  it('reports a currency mismatch and a bad fund as violations', () => {
    const result = allocateFunds(
      [{ project: 'a', requested: { amount: 1, currency: 'EUR' } }],
      cny(10.5),
    );
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'fund-amount',
      'currency-mismatch',
    ]);
  });

  it('never grants more than the fund nor more than a request', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5000), { maxLength: 12 }),
        fc.nat(20000),
        fc.constantFrom('skip' as const, 'strict' as const),
        fc.boolean(),
        (amounts, fund, mode, partial) => {
          const result = allocateFunds(candidates(...amounts), cny(fund), { mode, partial });
          if (!result.ok) throw new Error('unexpected violation');
          const { grants, granted, remaining } = result.allocation;
          expect(grants.reduce((sum, g) => sum + g.granted, 0)).toBe(granted);
          expect(granted).toBeLessThanOrEqual(fund);
          expect(granted + remaining).toBe(fund);
          for (const g of grants) expect(g.granted).toBeLessThanOrEqual(g.requested);
          // skip mode without partial grants: every skipped project really did not fit
          if (mode === 'skip' && !partial) {
            let left = fund;
            for (const g of grants) {
              if (g.status === 'funded') left -= g.granted;
              else expect(g.requested).toBeGreaterThan(left);
            }
          }
        },
      ),
    );
  });
});
