import { describe, expect, it } from 'vitest';
import { parseDocument } from '../validation/parse-document.js';
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

  describe('communities', () => {
    const named = {
      ...meeting,
      communities: [
        { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
        { id: 'yuhuayuan', name: '郁花园' },
      ],
    };

    it('keeps the names of the communities it refers to', () => {
      expect(ReviewMeetingSchema.parse(named).communities).toEqual(named.communities);
    });

    it('still accepts a meeting without them', () => {
      expect(ReviewMeetingSchema.parse(meeting).communities).toBeUndefined();
    });

    it('refuses a duplicate community id, naming it and where it is, in both languages', () => {
      const bad = { ...named, communities: [...named.communities, { id: 'jinhuali', name: 'x' }] };
      const zh = parseDocument(ReviewMeetingSchema, bad, { locale: 'zh-CN' });
      const en = parseDocument(ReviewMeetingSchema, bad, { locale: 'en' });
      expect(zh.ok || zh.issues.map((issue) => [issue.where, issue.message])).toEqual([
        ['communities[2].id', '社区中的标识 "jinhuali" 重复'],
      ]);
      expect(en.ok || en.issues.map((issue) => [issue.where, issue.message])).toEqual([
        ['communities[2].id', 'Duplicate id "jinhuali" in communities'],
      ]);
    });

    it('refuses a project whose community has no name when the meeting names communities', () => {
      const bad = { ...named, communities: [named.communities[1]!] };
      const zh = parseDocument(ReviewMeetingSchema, bad, { locale: 'zh-CN' });
      const en = parseDocument(ReviewMeetingSchema, bad, { locale: 'en' });
      expect(zh.ok || zh.issues.map((issue) => [issue.where, issue.message])).toEqual([
        ['projects[0].community', '引用了不存在的社区标识 "jinhuali"'],
      ]);
      expect(en.ok || en.issues.map((issue) => [issue.where, issue.message])).toEqual([
        ['projects[0].community', 'Unknown id "jinhuali" (not in communities)'],
      ]);
    });

    it('refuses a community without a valid name or id', () => {
      for (const community of [
        { id: 'jinhuali' },
        { id: 'jinhuali', name: '' },
        { id: 'a b', name: 'x' },
      ]) {
        const result = ReviewMeetingSchema.safeParse({ ...named, communities: [community] });
        expect(result.success, JSON.stringify(community)).toBe(false);
        expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(['communities', 0]);
      }
    });
  });
});
