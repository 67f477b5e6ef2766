import { ReviewMeetingSchema, tally, weightSensitivity } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { pilotBallots, pilotFund, pilotMeeting } from '../data/pilot-2007.js';
import { epsilonText, sensitivityOf, sensitivityRows } from './sensitivity-rows.js';

const meeting = ReviewMeetingSchema.parse(pilotMeeting);
const result = tally(meeting, pilotBallots);

describe('sensitivity rows', () => {
  it('are core’s weightSensitivity of the tally, one row per pair of neighbours', () => {
    const report = sensitivityOf(meeting, result, pilotFund)!;
    expect(report).toEqual(weightSensitivity(meeting, result, { fund: pilotFund }));
    const rows = sensitivityRows(report, meeting, 'zh-CN');
    expect(rows).toHaveLength(meeting.projects.length - 1);
    expect(rows.map((r) => r.id)).toEqual(
      result.ranking.slice(1).map((below, i) => `${result.ranking[i]!.project}|${below.project}`),
    );
    expect(rows[0]!.label.startsWith('1. ')).toBe(true);
  });

  it('make the bar the weight change that swaps the pair, and give the weights at the tie', () => {
    const report = sensitivityOf(meeting, result, pilotFund)!;
    const rows = sensitivityRows(report, meeting, 'en');
    expect(report.pairs.some((pair) => pair.thresholdNumber !== null)).toBe(true);
    report.pairs.forEach((pair, i) => {
      const row = rows[i]!;
      if (pair.thresholdNumber === null) {
        expect(row.values).toEqual([0]);
        expect(row.texts[0]).toMatch(/never|separate/);
        expect(row.tie).toBe('');
      } else {
        expect(row.values).toEqual([pair.thresholdNumber]);
        expect(row.texts[0]).toBe(epsilonText(pair.thresholdNumber, 'en'));
        // The weights at the tie, as shares of their sum, add up to 100 % (give or take rounding).
        const shares = [...row.tie.matchAll(/(\d+(?:\.\d)?)%/g)].map((m) => Number(m[1]));
        expect(shares).toHaveLength(meeting.criteria.length);
        expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.2);
      }
    });
  });

  it('say the size of a change as a signed percentage', () => {
    expect(epsilonText(0.125, 'en')).toBe('±12.5%');
    expect(epsilonText(1 / 9, 'zh-CN')).toBe('±11.1%');
  });

  it('are not computed from a result without exact scores', () => {
    const stripped = {
      counted: result.counted,
      ranking: result.ranking.map(({ exact: _exact, ...row }) => row),
    } as unknown as typeof result;
    expect(sensitivityOf(meeting, stripped, pilotFund)).toBeUndefined();
  });
});
