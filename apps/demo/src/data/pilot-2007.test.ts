import { describe, expect, it } from 'vitest';
import { BallotListSchema, ReviewMeetingSchema } from '@qingyuan/core';
import { pilotBallots, pilotMeeting } from './pilot-2007.js';

describe('demo data', () => {
  it('is a valid review meeting', () => {
    expect(ReviewMeetingSchema.safeParse(pilotMeeting).error).toBeUndefined();
  });

  it('has valid ballots that only mark projects and criteria of the meeting', () => {
    const ballots = BallotListSchema.parse(pilotBallots);
    const projects = new Set(pilotMeeting.projects.map((p) => p.id));
    const criteria = new Set(pilotMeeting.criteria.map((c) => c.id));
    for (const ballot of ballots) {
      for (const [project, marks] of Object.entries(ballot.marks)) {
        expect(projects).toContain(project);
        for (const criterion of Object.keys(marks)) expect(criteria).toContain(criterion);
      }
    }
  });
});
