import { ReviewMeetingSchema } from '@qingyuan/core';
import { pilotMeeting } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import { reviewMeetingDraft } from './review-meeting-draft.js';

describe('reviewMeetingDraft', () => {
  it('makes a meeting core accepts, with the agenda as its projects and weights adding to 1', () => {
    const draft = reviewMeetingDraft(
      'round-review',
      { 'zh-CN': '2007 年轮次', en: 'Round 2007' },
      pilotMeeting.projects,
    );
    const parsed = ReviewMeetingSchema.safeParse(draft);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(draft.projects.map((p) => p.id)).toEqual(pilotMeeting.projects.map((p) => p.id));
    expect(draft.criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1);
    expect(draft.title).toEqual({ 'zh-CN': '2007 年轮次评审会', en: 'Round 2007: review meeting' });
  });

  it('leaves the title out when the round has none, and does not share the agenda objects', () => {
    const [first] = pilotMeeting.projects;
    const draft = reviewMeetingDraft('r', undefined, [first!]);
    expect('title' in draft).toBe(false);
    expect(draft.projects[0]).toEqual(first);
    expect(draft.projects[0]).not.toBe(first);
  });
});
