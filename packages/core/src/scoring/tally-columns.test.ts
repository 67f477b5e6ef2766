import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
import { ballotArb, meetingArb } from './tally-arbitraries.fixture.js';
import { tallyColumns, type BallotColumns } from './tally-columns.js';
import { InvalidInputError } from '../validation/invalid-input-error.js';
import { tally } from './weighted-tally.js';

type PlainBallot = {
  voter: string;
  marks: Record<string, Record<string, boolean | number | undefined>>;
};

/** The same ballots as columns (test helper; ids must be known to the meeting). */
function toColumns(meeting: ReviewMeeting, ballots: readonly PlainBallot[]): BallotColumns {
  const P = meeting.projects.length;
  const C = meeting.criteria.length;
  const approval = meeting.method.type === 'approval';
  const marks = approval
    ? new Uint8Array(ballots.length * P * C)
    : new Int32Array(ballots.length * P * C);
  const present = new Uint8Array(ballots.length * P * C);
  ballots.forEach((ballot, b) =>
    meeting.projects.forEach((project, p) =>
      meeting.criteria.forEach((criterion, c) => {
        const mark = ballot.marks[project.id]?.[criterion.id];
        if (mark === undefined) return;
        marks[b * P * C + p * C + c] = typeof mark === 'boolean' ? Number(mark) : mark;
        present[b * P * C + p * C + c] = 1;
      }),
    ),
  );
  const voter = Int32Array.from(ballots, (b) => meeting.voters.findIndex((v) => v.id === b.voter));
  return approval ? { voter, marks } : { voter, marks, present };
}

/** Meetings with ballots from repeated voters, some with a bad mark. */
const casesArb = meetingArb.chain((meeting) =>
  fc
    .array(
      fc
        .tuple(fc.nat(meeting.voters.length - 1), fc.boolean(), fc.nat(), fc.nat())
        .chain(([v, corrupt, p, c]) =>
          ballotArb(meeting, meeting.voters[v]!.id).map((ballot): PlainBallot => {
            if (!corrupt) return ballot;
            const project = meeting.projects[p % meeting.projects.length]!.id;
            const criterion = meeting.criteria[c % meeting.criteria.length]!.id;
            const bad = meeting.method.type === 'approval' ? 2 : c % 2 === 0 ? 0 : 9;
            return {
              ...ballot,
              marks: { ...ballot.marks, [project]: { ...ballot.marks[project], [criterion]: bad } },
            };
          }),
        ),
      { maxLength: 12 },
    )
    .map((ballots) => ({ meeting, ballots })),
);

describe('tallyColumns', () => {
  it('gives the pilot meeting the same result as the object path', () => {
    const result = tallyColumns(pilotMeeting, toColumns(pilotMeeting, pilotBallots));
    expect(result).toEqual(tally(pilotMeeting, pilotBallots));
    expect(result.ranking[0]!.exact.total).toBe('14/5');
  });

  it('gives the same result as the object path on any valid or invalid ballots', () => {
    fc.assert(
      fc.property(casesArb, ({ meeting, ballots }) => {
        expect(tallyColumns(meeting, toColumns(meeting, ballots))).toEqual(tally(meeting, ballots));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects an unknown voter index and a bad approval mark with their reasons', () => {
    const P = pilotMeeting.projects.length;
    const C = pilotMeeting.criteria.length;
    const marks = new Uint8Array(2 * P * C);
    marks[P * C + 1] = 3;
    const result = tallyColumns(pilotMeeting, { voter: Int32Array.from([42, 0]), marks });
    expect(result.counted).toBe(0);
    expect(result.rejected).toEqual([
      { voter: null, index: 0, reasons: [expect.objectContaining({ rule: 'unknown-voter' })] },
      {
        voter: 'v01',
        index: 1,
        reasons: [
          expect.objectContaining({
            rule: 'wrong-mark-type',
            message: 'marks["jinhuali-home"].feasibility: expected true or false, got 3',
          }),
        ],
      },
    ]);
  });

  it('keeps sums exact beyond 2^53 by flushing into BigInt', () => {
    const meeting: ReviewMeeting = {
      ...pilotMeeting,
      recusal: 'none',
      method: { type: 'score', min: 0, max: 2 ** 31 - 1 },
      projects: pilotMeeting.projects.slice(0, 1),
      criteria: pilotMeeting.criteria.slice(0, 1),
      voters: Array.from({ length: 3 }, (_, i) => ({ id: `v${i}` })),
    };
    const marks = Int32Array.from([2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1]);
    const result = tallyColumns(meeting, { voter: Int32Array.from([0, 1, 2]), marks });
    expect(result.ranking[0]!.exact.criteria['public-benefit']!.sum).toBe(
      String(3 * (2 ** 31 - 1)),
    );
  });

  it('refuses columns of the wrong length (a programming error)', () => {
    expect(() =>
      tallyColumns(pilotMeeting, { voter: Int32Array.from([0]), marks: new Uint8Array(3) }),
    ).toThrow(InvalidInputError);
  });
});
