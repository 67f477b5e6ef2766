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
      variances: [
        { line: 'b-shelves', variance: -20000n },
        { line: 'b-toys', variance: 10000n },
      ],
    });
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
