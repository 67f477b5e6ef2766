import { parseDocument, ReviewMeetingSchema } from '@qingyuan/core';
import { pilotMeeting } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import {
  nextReviewMeetingId,
  reviewMeetingFor,
  reviewMeetingTitle,
  waitingForReview,
  type AgendaProject,
} from './review-agenda.js';

const binhe: AgendaProject = {
  id: 'binhe-dongli-189',
  title: { 'zh-CN': '189 商户居民协会', en: '189 merchants–residents association' },
  community: 'binhe-dongli',
  requested: { amount: 500_000, currency: 'CNY' },
};
const agenda = [...pilotMeeting.projects, binhe];

describe('waitingForReview', () => {
  it('keeps the accepted applications no meeting reviews yet, in the agenda’s order', () => {
    const projects = [
      ...pilotMeeting.projects.map((p) => ({ id: p.id, status: 'in-review' })),
      { id: 'binhe-dongli-189', status: 'submitted' },
    ];
    expect(waitingForReview(agenda, projects)).toEqual([binhe]);
  });

  it('leaves out projects approved, rejected or further on', () => {
    const projects = agenda.map((p, i) => ({ id: p.id, status: i % 2 ? 'approved' : 'rejected' }));
    expect(waitingForReview(agenda, projects)).toEqual([]);
  });
});

describe('nextReviewMeetingId', () => {
  it('numbers the round’s next meeting after the ones it has', () => {
    expect(nextReviewMeetingId('r', ['r'])).toBe('r-review-2');
    expect(nextReviewMeetingId('r', ['r', 'r-review-2'])).toBe('r-review-3');
  });

  it('skips an id the round already holds', () => {
    expect(nextReviewMeetingId('r', ['r-review-2'])).toBe('r-review-3');
  });
});

describe('reviewMeetingFor', () => {
  it('makes a meeting core accepts: the model’s criteria, weights and attendees, the agenda as its projects', () => {
    const model = {
      ...pilotMeeting,
      criteria: pilotMeeting.criteria.map((c, i) => ({ ...c, weight: [0.5, 0.25, 0.25][i]! })),
    };
    const meeting = reviewMeetingFor(model, 'r-review-2', reviewMeetingTitle(2), [binhe]);
    expect(parseDocument(ReviewMeetingSchema, meeting).ok).toBe(true);
    expect(meeting.id).toBe('r-review-2');
    expect(meeting.projects).toEqual([binhe]);
    expect(meeting.criteria.map((c) => c.weight)).toEqual([0.5, 0.25, 0.25]);
    expect(meeting.voters).toEqual(pilotMeeting.voters);
    expect(meeting.recusal).toBe('own-community');
    expect(meeting.title).toEqual(reviewMeetingTitle(2));
    // Changing the new meeting leaves the model alone.
    meeting.criteria[0]!.weight = 0.9;
    meeting.projects[0]!.community = 'x';
    expect(model.criteria[0]!.weight).toBe(0.5);
    expect(binhe.community).toBe('binhe-dongli');
  });

  it('names the communities of its projects and attendees, the model’s names first', () => {
    const model = { ...pilotMeeting, communities: [{ id: 'jinhuali', name: '金华里社区' }] };
    const meeting = reviewMeetingFor(model, 'r-review-2', reviewMeetingTitle(2), [binhe]);
    const names = Object.fromEntries(meeting.communities!.map((c) => [c.id, c.name]));
    expect(names['binhe-dongli']).toEqual({ 'zh-CN': '滨河东里', en: 'Binhe Dongli' });
    expect(names['jinhuali']).toBe('金华里社区');
    expect(Object.keys(names)).toEqual([
      'binhe-dongli',
      'jinhuali',
      'yuhuayuan',
      'jinhuiyuan-erli',
      'xinghuayuan',
    ]);
  });

  it('says in both languages that the meeting is made up for the demo', () => {
    expect(reviewMeetingTitle(2)['zh-CN']).toContain('演示虚构');
    expect(reviewMeetingTitle(2).en).toContain('made up for the demo');
  });
});
