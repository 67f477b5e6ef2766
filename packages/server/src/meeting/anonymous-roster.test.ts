import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReviewMeetingSchema, tally } from '@qingyuan/core';
import { approvalMarks, pilotMeetingInput } from '../../test/support/fixtures.js';
import { anonymousCodes, anonymousHistory, anonymousMeeting } from './anonymous-roster.js';
import { tallyBallots } from './meeting-tally.js';

const communities = ['jinhuali', 'yuhuayuan', 'xinghuayuan', undefined] as const;
const groups = ['expert', 'resident', undefined] as const;

describe('anonymousMeeting', () => {
  it('lists named code holders under their code ids with only community and group', () => {
    const meeting = ReviewMeetingSchema.parse({
      ...pilotMeetingInput('m1'),
      voters: [{ id: 'alice', community: 'jinhuali', group: 'expert' }, { id: 'bob' }],
    });
    const codes = [
      { code: 'c-B', voter: 'alice' },
      { code: 'c-A', voter: 'c-A' },
    ];
    const shown = anonymousMeeting(meeting, codes);
    expect(shown.voters).toEqual([{ id: 'c-B', community: 'jinhuali', group: 'expert' }]);
    expect(JSON.stringify(shown)).not.toMatch(/alice|bob/);
    expect(anonymousCodes(codes)).toEqual([
      { code: 'c-B', voter: 'c-B' },
      { code: 'c-A', voter: 'c-A' },
    ]);
    const history = anonymousHistory(
      [
        {
          type: 'agenda-saved',
          at: '2026-01-01T00:00:00.000Z',
          by: 'organizer',
          payload: { meeting },
        },
      ],
      codes,
    );
    expect(JSON.stringify(history)).not.toMatch(/alice|bob/);
  });

  it('tallies exactly as the named roster does (recusal and group weights included)', () => {
    const voter = fc.record({
      community: fc.constantFrom(...communities),
      group: fc.constantFrom(...groups),
      approvals: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      named: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(voter, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (rows, recuse) => {
          const voters = rows.map((row, i) => ({
            id: `voter-${i}`,
            ...(row.community !== undefined ? { community: row.community } : {}),
            ...(row.group !== undefined ? { group: row.group } : {}),
          }));
          const meeting = ReviewMeetingSchema.parse({
            ...pilotMeetingInput('m1'),
            recusal: recuse ? 'own-community' : 'none',
            groupWeights: { expert: 3, resident: 0.5 },
            voters,
          });
          const codes = rows.map((row, i) =>
            row.named
              ? { code: `c-${99 - i}`, voter: `voter-${i}` }
              : { code: `c-${99 - i}`, voter: `c-${99 - i}` },
          );
          const marksOf = (i: number) => {
            let k = 0;
            return approvalMarks(() => rows[i]!.approvals[k++]!);
          };
          // The truth: named voters as themselves, anonymous codes as listed plain voters.
          const named = tally(
            {
              ...meeting,
              voters: [
                ...meeting.voters,
                ...codes.filter((c) => c.code === c.voter).map((c) => ({ id: c.code })),
              ],
            },
            codes.map((c, i) => ({ voter: c.voter, marks: marksOf(i) })),
          );
          const published = tallyBallots(
            anonymousMeeting(meeting, codes),
            anonymousCodes(codes),
            codes.map((c, i) => ({ voter: c.code, marks: marksOf(i) })),
          );
          expect(published.counted).toBe(named.counted);
          expect(published.ranking).toEqual(named.ranking);
        },
      ),
      { numRuns: 60 },
    );
  });
});
