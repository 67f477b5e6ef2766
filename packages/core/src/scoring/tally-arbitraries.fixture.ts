// fast-check generators of small random meetings and ballots, shared by the property tests of
// the tally, the columnar path, sensitivity and funding. Not exported from the package.
import fc from 'fast-check';
import type { ReviewMeeting } from '../meeting/review-meeting.js';

const communities = ['jinhuali', 'yuhuayuan', 'xinghuayuan'] as const;

/** Weights such as 0.1 … 1.0 and 2, written as decimals the way a meeting agrees them. */
export const weightArb = fc.constantFrom(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1, 2);

export const meetingArb: fc.Arbitrary<ReviewMeeting> = fc
  .record({
    criteria: fc.array(weightArb, { minLength: 1, maxLength: 3 }),
    projects: fc.array(
      fc.record({
        community: fc.constantFrom(...communities),
        amount: fc.constantFrom(100, 200, 300),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    voters: fc.array(fc.option(fc.constantFrom(...communities), { nil: undefined }), {
      minLength: 1,
      maxLength: 6,
    }),
    score: fc.boolean(),
    aggregate: fc.constantFrom('sum' as const, 'mean' as const),
    recusal: fc.constantFrom('none' as const, 'own-community' as const),
    expertWeight: fc.option(fc.constantFrom(2, 0.5), { nil: undefined }),
    // Conflicts of interest: (voter, project, kind), taken modulo the sizes.
    interests: fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('applicant', 'team', 'declared')),
      { maxLength: 3 },
    ),
  })
  .map((m): ReviewMeeting => {
    const on = (kind: string, p: number) =>
      m.interests
        .filter(([, q, k]) => k === kind && q % m.projects.length === p)
        .map(([v]) => `v${v % m.voters.length}`);
    const declared = (v: number) =>
      m.interests
        .filter(([w, , k]) => k === 'declared' && w % m.voters.length === v)
        .map(([, q]) => ({ project: `p${q % m.projects.length}` }));
    return {
      id: 'm',
      criteria: m.criteria.map((weight, c) => ({ id: `c${c}`, name: `C${c}`, weight })),
      method: m.score ? { type: 'score', min: 1, max: 5 } : { type: 'approval' },
      aggregate: m.aggregate,
      recusal: m.recusal,
      projects: m.projects.map((p, i) => ({
        id: `p${i}`,
        title: `P${i}`,
        community: p.community,
        requested: { amount: p.amount, currency: 'CNY' },
        ...(on('applicant', i).length > 0 ? { applicants: on('applicant', i) } : {}),
        ...(on('team', i).length > 0 ? { team: on('team', i) } : {}),
      })),
      voters: m.voters.map((community, i) => ({
        id: `v${i}`,
        ...(community ? { community } : {}),
        group: i % 2 === 0 ? 'resident' : 'expert',
        ...(declared(i).length > 0 ? { conflicts: declared(i) } : {}),
      })),
      ...(m.expertWeight ? { groupWeights: { expert: m.expertWeight } } : {}),
    };
  });

/** A valid ballot of `voter` for `meeting`: each mark present or missing at random. */
export function ballotArb(meeting: ReviewMeeting, voter: string) {
  const method = meeting.method;
  const mark: fc.Arbitrary<boolean | number | undefined> =
    method.type === 'approval'
      ? fc.option(fc.boolean(), { nil: undefined })
      : fc.option(fc.integer({ min: method.min, max: method.max }), { nil: undefined });
  return fc
    .array(
      fc.array(mark, { minLength: meeting.criteria.length, maxLength: meeting.criteria.length }),
      {
        minLength: meeting.projects.length,
        maxLength: meeting.projects.length,
      },
    )
    .map((rows) => {
      const marks: Record<string, Record<string, boolean | number>> = {};
      rows.forEach((row, p) => {
        const entry: Record<string, boolean | number> = {};
        row.forEach((value, c) => {
          if (value !== undefined) entry[`c${c}`] = value;
        });
        if (Object.keys(entry).length > 0 || p % 2 === 0) marks[`p${p}`] = entry;
      });
      return { voter, marks };
    });
}

/** A meeting with one valid ballot per voter (some voters abstain entirely). */
export const meetingWithBallotsArb = meetingArb.chain((meeting) =>
  fc
    .tuple(
      ...meeting.voters.map((voter) =>
        fc.option(ballotArb(meeting, voter.id), { nil: undefined, freq: 4 }),
      ),
    )
    .map((ballots) => ({
      meeting,
      ballots: ballots.filter((b): b is NonNullable<typeof b> => b !== undefined),
    })),
);
