import { isRecused, ReviewMeetingSchema } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { castMarks, isRecusedFrom, markProgress } from './ballot-marks.js';

/** A meeting with every kind of recusal: own community, applicant, team member, declared conflict. */
const meeting = ReviewMeetingSchema.parse({
  id: 'm',
  criteria: [{ id: 'c', name: { en: 'Benefit' }, weight: 1 }],
  method: { type: 'approval' },
  recusal: 'own-community',
  projects: [
    {
      id: 'p1',
      title: { en: 'One' },
      community: 'north',
      requested: { amount: 100, currency: 'CNY' },
    },
    {
      id: 'p2',
      title: { en: 'Two' },
      community: 'south',
      requested: { amount: 100, currency: 'CNY' },
      applicants: ['person-a'],
      team: ['v3'],
    },
    {
      id: 'p3',
      title: { en: 'Three' },
      community: 'east',
      requested: { amount: 100, currency: 'CNY' },
    },
  ],
  voters: [
    { id: 'v1', community: 'north' },
    { id: 'v2', participant: 'person-a' },
    { id: 'v3' },
    { id: 'v4', conflicts: [{ project: 'p3' }] },
    { id: 'v5', community: 'west' },
  ],
});

describe('isRecusedFrom', () => {
  it('agrees with core’s isRecused for every voter (known, unknown, none) and project', () => {
    for (const voter of ['v1', 'v2', 'v3', 'v4', 'v5', 'nobody', '']) {
      for (const project of meeting.projects) {
        expect(isRecusedFrom(meeting, voter, project), `${voter} on ${project.id}`).toBe(
          isRecused(meeting, voter, project.id),
        );
      }
    }
    // Each kind recuses exactly its voter.
    expect(meeting.projects.map((project) => isRecusedFrom(meeting, 'v1', project))).toEqual([
      true,
      false,
      false,
    ]);
    expect(isRecusedFrom(meeting, 'v2', meeting.projects[1]!)).toBe(true);
    expect(isRecusedFrom(meeting, 'v3', meeting.projects[1]!)).toBe(true);
    expect(isRecusedFrom(meeting, 'v4', meeting.projects[2]!)).toBe(true);
  });

  it('leaves a recused project out of the cast marks and the progress', () => {
    expect(Object.keys(castMarks(meeting, 'v2', {}))).toEqual(['p1', 'p3']);
    expect(markProgress(meeting, 'v4', { p1: { c: true } })).toEqual({
      total: 2,
      done: 2,
      approvals: 1,
    });
  });
});
