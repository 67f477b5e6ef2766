import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
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

describe('recusal for conflicts of interest', () => {
  const withInterests: ReviewMeeting = {
    ...pilotMeeting,
    recusal: 'none',
    projects: pilotMeeting.projects.map((project) =>
      project.id === 'yuhuayuan-culture'
        ? { ...project, applicants: ['p-wang'], team: ['e01'] }
        : project,
    ),
    voters: pilotMeeting.voters.map((voter) =>
      voter.id === 'v02'
        ? { ...voter, participant: 'p-wang' }
        : voter.id === 'v04'
          ? {
              ...voter,
              conflicts: [
                {
                  project: 'jinhuali-home',
                  reason: { 'zh-CN': '家人是志愿者', en: 'A relative volunteers there' },
                },
              ],
            }
          : voter,
    ),
  };

  it('recuses applicants (by participant id), team members and declared conflicts, even under recusal "none"', () => {
    expect(recusal(withInterests, 'v02', 'yuhuayuan-culture')).toEqual({
      rule: 'applicant',
      participant: 'p-wang',
    });
    expect(recusal(withInterests, 'e01', 'yuhuayuan-culture')).toEqual({
      rule: 'team-member',
      participant: 'e01',
    });
    expect(recusal(withInterests, 'v04', 'jinhuali-home')).toMatchObject({
      rule: 'declared-conflict',
      reason: { en: 'A relative volunteers there' },
    });
    expect(recusal(withInterests, 'v04', 'yuhuayuan-culture')).toBeUndefined();
    // own-community still needs the meeting's rule
    expect(recusal(withInterests, 'v01', 'jinhuali-home')).toBeUndefined();
  });

  it('the tally leaves their marks out: the pilot ranking changes only where the meeting says so', () => {
    const before = tally({ ...pilotMeeting, recusal: 'none' }, pilotBallots);
    const after = tally(withInterests, pilotBallots);
    const total = (result: typeof before, id: string) =>
      result.ranking.find((row) => row.project === id)!.exact.total;
    // v04 declared a conflict on jinhuali-home, which it approved on two criteria (0.4 + 0.3).
    expect(total(before, 'jinhuali-home')).toBe('19/5');
    expect(total(after, 'jinhuali-home')).toBe('31/10');
    // v01's own-community marks still count under recusal "none"; nothing else changes.
    for (const id of ['yuhuayuan-culture', 'jinhuiyuan-efamily', 'xinghuayuan-children']) {
      expect(total(after, id)).toBe(total(before, id));
    }
  });

  it('refuses a declared conflict on a project that is not on the agenda, naming the path', () => {
    expect(() =>
      recusal(
        {
          ...pilotMeeting,
          voters: [{ id: 'v01', conflicts: [{ project: 'nope' }] }],
        },
        'v01',
        'jinhuali-home',
      ),
    ).toThrow(/voters\[0\]\.conflicts\[0\]\.project|voters.0.conflicts.0.project/);
  });
});
