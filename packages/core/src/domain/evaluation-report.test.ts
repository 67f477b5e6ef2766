import { describe, expect, it } from 'vitest';
import { indicatorAttainment } from './evaluation-report.js';
import { evaluation } from './pilot-2007.fixture.js';

describe('indicatorAttainment', () => {
  it('says whether each target was met and by how much', () => {
    const report = {
      ...evaluation,
      indicators: [
        ...evaluation.indicators,
        { indicator: 'i-kids', unit: '名', target: 40, reached: 30 },
        { indicator: 'i-zero', unit: '次', target: 0, reached: 0 },
      ],
    };
    expect(indicatorAttainment(report)).toEqual([
      { indicator: 'i-visits', met: true, share: 1.2 },
      { indicator: 'i-children', met: false, share: 0.9 },
      { indicator: 'i-kids', met: false, share: 0.75 },
      { indicator: 'i-zero', met: true, share: 1 },
    ]);
  });
});
