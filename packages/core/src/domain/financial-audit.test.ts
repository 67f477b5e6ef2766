import { describe, expect, it } from 'vitest';
import { auditTotals } from './financial-audit.js';
import { audit, yuan } from './pilot-2007.fixture.js';

describe('auditTotals', () => {
  it('adds budgeted and actual exactly, with per-line variances', () => {
    expect(auditTotals(audit)).toEqual({
      currency: 'CNY',
      budgeted: 1000000n,
      actual: 990000n,
      overGrant: 0n,
      coFunding: 0n,
      income: 0n,
      variances: [
        { line: 'b-shelves', variance: -20000n },
        { line: 'b-toys', variance: 10000n },
      ],
    });
  });

  it('counts co-funding and income lines apart from the grant', () => {
    const mixed = {
      ...audit,
      lines: [
        ...audit.lines,
        {
          line: 'c-clothes',
          source: 'in-kind' as const,
          budgeted: yuan(2000),
          actual: yuan(2500),
        },
        {
          line: 'c-sales',
          source: 'low-price-sales' as const,
          budgeted: yuan(1500),
          actual: yuan(1200),
        },
      ],
    };
    const totals = auditTotals(mixed)!;
    expect([totals.actual, totals.overGrant, totals.coFunding, totals.income]).toEqual([
      990000n,
      0n,
      250000n,
      120000n,
    ]);
  });

  it('reports spending above the grant', () => {
    const over = { ...audit, granted: yuan(9000) };
    expect(auditTotals(over)?.overGrant).toBe(90000n);
  });

  it('gives up on mixed currencies rather than adding them', () => {
    const mixed = structuredClone(audit);
    mixed.lines[1]!.actual.currency = 'EUR';
    expect(auditTotals(mixed)).toBeUndefined();
  });
});
