import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { pilotMeeting } from './pilot-meeting.fixture.js';
import { isRecused, recusal, recusalCommunity } from './recusal.js';
import { meetingArb } from './tally-arbitraries.fixture.js';
import { tallyColumns } from './tally-columns.js';
import { tally } from './weighted-tally.js';

describe('recusal (own-community rule)', () => {
  it('recuses a voter from a project of their own community, naming it', () => {
    expect(recusal(pilotMeeting, 'v01', 'jinhuali-home')).toEqual({
      rule: 'own-community',
      community: 'jinhuali',
    });
    expect(isRecused(pilotMeeting, 'v01', 'jinhuali-home')).toBe(true);
  });

  it('does not recuse from another community, a voter without community, or unknown ids', () => {
    expect(recusal(pilotMeeting, 'v01', 'yuhuayuan-culture')).toBeUndefined();
    expect(isRecused(pilotMeeting, 'e01', 'jinhuali-home')).toBe(false);
    expect(isRecused(pilotMeeting, 'nobody', 'jinhuali-home')).toBe(false);
    expect(isRecused(pilotMeeting, 'v01', 'no-such-project')).toBe(false);
  });

  it('recuses nobody when the meeting has no recusal rule', () => {
    const none: ReviewMeeting = { ...pilotMeeting, recusal: 'none' };
    expect(isRecused(none, 'v01', 'jinhuali-home')).toBe(false);
    expect(recusalCommunity(none, { community: 'jinhuali' })).toBeUndefined();
    expect(recusalCommunity(pilotMeeting, { community: 'jinhuali' })).toBe('jinhuali');
    expect(recusalCommunity(pilotMeeting, {})).toBeUndefined();
    expect(recusalCommunity(pilotMeeting, undefined)).toBeUndefined();
  });

  it('is exactly what both tally paths ignore: a full ballot scores 0 where recused', () => {
    fc.assert(
      fc.property(
        meetingArb.chain((meeting) =>
          fc.tuple(fc.constant(meeting), fc.nat(meeting.voters.length - 1)),
        ),
        ([meeting, v]) => {
          const voter = meeting.voters[v]!;
          const top = meeting.method.type === 'approval' ? true : meeting.method.max;
          const marks = Object.fromEntries(
            meeting.projects.map((project) => [
              project.id,
              Object.fromEntries(meeting.criteria.map((criterion) => [criterion.id, top])),
            ]),
          );
          const P = meeting.projects.length;
          const C = meeting.criteria.length;
          const columns = {
            voter: Int32Array.from([v]),
            marks: new Int32Array(P * C).fill(top === true ? 1 : top),
          };
          for (const result of [
            tally(meeting, [{ voter: voter.id, marks }]),
            tallyColumns(meeting, columns),
          ]) {
            for (const row of result.ranking) {
              expect(row.total === 0).toBe(isRecused(meeting, voter.id, row.project));
            }
          }
        },
      ),
    );
  });
});
