import { describe, expect, it } from 'vitest';
import { ReviewMeetingSchema } from './review-meeting.js';

const meeting = {
  id: 'qingyuan-2008',
  criteria: [
    { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
    { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
    { id: 'sustainability', name: { 'zh-CN': '可持续性', en: 'Sustainability' }, weight: 0.3 },
  ],
  method: { type: 'approval' },
  aggregate: 'sum',
  recusal: 'own-community',
  projects: [
    {
      id: 'jinhuali-home',
      title: '新居民之家',
      community: 'jinhuali',
      requested: { amount: 1000000, currency: 'CNY' },
    },
  ],
  voters: [{ id: 'v01', community: 'yuhuayuan', group: 'resident' }],
};

describe('ReviewMeetingSchema', () => {
  it('accepts the interchange example', () => {
    expect(ReviewMeetingSchema.parse(meeting)).toEqual(meeting);
  });

  it('defaults aggregate to sum and recusal to none', () => {
    const { aggregate: _a, recusal: _r, ...bare } = meeting;
    const parsed = ReviewMeetingSchema.parse(bare);
    expect(parsed.aggregate).toBe('sum');
    expect(parsed.recusal).toBe('none');
  });

  it('rejects a float amount instead of rounding it', () => {
    const bad = structuredClone(meeting);
    bad.projects[0]!.requested.amount = 10000.5;
    const result = ReviewMeetingSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['projects', 0, 'requested', 'amount']);
  });

  it('names a duplicate criterion id and where it is', () => {
    const bad = structuredClone(meeting);
    bad.criteria[2]!.id = 'feasibility';
    const result = ReviewMeetingSchema.safeParse(bad);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['criteria', 2, 'id'],
        message: expect.stringContaining('feasibility'),
      }),
    ]);
  });

  it('rejects a score method whose min is not below max', () => {
    const bad = { ...meeting, method: { type: 'score', min: 5, max: 1 } };
    expect(ReviewMeetingSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['method', 'max']);
  });

  it('rejects a zero weight', () => {
    const bad = structuredClone(meeting);
    bad.criteria[0]!.weight = 0;
    expect(ReviewMeetingSchema.safeParse(bad).success).toBe(false);
  });
});
