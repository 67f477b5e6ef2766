import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
import { meetingWithBallotsArb } from './tally-arbitraries.fixture.js';
import { tally } from './weighted-tally.js';

const ids = (result: ReturnType<typeof tally>) => result.ranking.map((row) => row.project);

describe('tally: hand-worked pilot meeting (approval, sum, own-community recusal)', () => {
  const result = tally(pilotMeeting, pilotBallots);

  it('ranks the four pilot projects by their weighted totals', () => {
    // jinhuali: 4×0.4 + 2×0.3 + 2×0.3 = 2.8 (v01's own-community marks ignored)
    // xinghuayuan: 3×0.4 + 2×0.3 + 2×0.3 = 2.4; yuhuayuan: 1×0.4 + 2×0.3 + 1×0.3 = 1.3
    // jinhuiyuan: 1×0.3 = 0.3
    expect(
      result.ranking.map(({ project, rank, total, tied }) => ({ project, rank, total, tied })),
    ).toEqual([
      { project: 'jinhuali-home', rank: 1, total: 2.8, tied: false },
      { project: 'xinghuayuan-children', rank: 2, total: 2.4, tied: false },
      { project: 'yuhuayuan-culture', rank: 3, total: 1.3, tied: false },
      { project: 'jinhuiyuan-efamily', rank: 4, total: 0.3, tied: false },
    ]);
    expect(result.counted).toBe(5);
    expect(result.rejected).toEqual([]);
  });

  it('gives each criterion its score and weighted score, as numbers and exactly', () => {
    const top = result.ranking[0]!;
    expect(top.criteria).toEqual({
      'public-benefit': { score: 4, weighted: 1.6 },
      feasibility: { score: 2, weighted: 0.6 },
      sustainability: { score: 2, weighted: 0.6 },
    });
    expect(top.exact.total).toBe('14/5');
    // recusal: v01 (jinhuali) does not count towards jinhuali's denominator
    expect(top.exact.criteria['public-benefit']).toEqual({
      score: '4',
      weighted: '8/5',
      sum: '4',
      ballots: '4',
    });
  });

  it('without recusal counts the own-community marks too', () => {
    const none = tally({ ...pilotMeeting, recusal: 'none' }, pilotBallots);
    expect(none.ranking[0]!.exact.total).toBe('19/5'); // 2.8 + 0.4 + 0.3 + 0.3
  });

  it('takes the mean over the ballots that could mark the project (approval)', () => {
    const mean = tally({ ...pilotMeeting, aggregate: 'mean' }, pilotBallots);
    // each project: 4 ballots could mark it (5 counted, 1 recused)
    expect(mean.ranking[0]!.project).toBe('jinhuali-home');
    expect(mean.ranking[0]!.exact.total).toBe('7/10'); // (4×0.4 + 2×0.3 + 2×0.3) / 4
    expect(mean.ranking[0]!.criteria['feasibility']).toEqual({ score: 0.5, weighted: 0.15 });
  });

  it('weighs ballots by voter group when the meeting lists group weights', () => {
    const weighted = tally({ ...pilotMeeting, groupWeights: { expert: 2 } }, pilotBallots);
    // e01 counts twice: xinghuayuan 4×0.4 + 3×0.3 + 3×0.3 = 3.4 > jinhuali 5×0.4 + 0.6 + 0.6 = 3.2
    expect(ids(weighted).slice(0, 2)).toEqual(['xinghuayuan-children', 'jinhuali-home']);
    expect(weighted.ranking[0]!.exact.total).toBe('17/5');
    expect(weighted.ranking[1]!.exact.total).toBe('16/5');
  });
});

describe('tally: score voting', () => {
  const meeting: ReviewMeeting = {
    id: 's',
    criteria: [
      { id: 'x', name: 'X', weight: 2 },
      { id: 'y', name: 'Y', weight: 1 },
    ],
    method: { type: 'score', min: 1, max: 5 },
    aggregate: 'mean',
    recusal: 'none',
    projects: ['a', 'b'].map((id) => ({
      id,
      title: id,
      community: 'c',
      requested: { amount: 100, currency: 'CNY' },
    })),
    voters: [{ id: 'v1' }, { id: 'v2' }, { id: 'v3' }],
  };
  const ballots = [
    { voter: 'v1', marks: { a: { x: 5, y: 3 }, b: { x: 4 } } },
    { voter: 'v2', marks: { a: { x: 3 }, b: { x: 4, y: 5 } } },
    { voter: 'v3', marks: { a: { y: 1 } } },
  ];

  it('treats a missing score as an abstention in the mean', () => {
    // a: x (5+3)/2 = 4, y (3+1)/2 = 2 → 2×4 + 2 = 10; b: x 8/2 = 4, y 5/1 = 5 → 13
    const result = tally(meeting, ballots);
    expect(result.ranking.map((r) => [r.project, r.total])).toEqual([
      ['b', 13],
      ['a', 10],
    ]);
    expect(result.ranking[0]!.exact.criteria['y']).toMatchObject({ sum: '5', ballots: '1' });
  });

  it('sums the scores with "sum"', () => {
    const result = tally({ ...meeting, aggregate: 'sum' }, ballots);
    expect(result.ranking.map((r) => [r.project, r.total])).toEqual([
      ['b', 21],
      ['a', 20],
    ]);
  });

  it('scores 0 when nobody marked a pair in a mean', () => {
    const result = tally(meeting, [{ voter: 'v1', marks: { a: { x: 2 } } }]);
    expect(result.ranking.find((r) => r.project === 'b')!.criteria['x']).toEqual({
      score: 0,
      weighted: 0,
    });
  });
});

describe('tally: exact ties and the tie-break chain', () => {
  const base = (weights: number[], amounts = [100, 100]): ReviewMeeting => ({
    id: 't',
    criteria: weights.map((weight, c) => ({ id: `c${c}`, name: `C${c}`, weight })),
    method: { type: 'approval' },
    aggregate: 'sum',
    recusal: 'none',
    projects: ['a', 'b'].map((id, i) => ({
      id,
      title: id,
      community: 'x',
      requested: { amount: amounts[i]!, currency: 'CNY' },
    })),
    voters: [{ id: 'v1' }],
  });

  it('sees 0.1 + 0.2 and 0.3 as equal totals (floats would not) and breaks by weight order', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const result = tally(base([0.1, 0.2, 0.3]), [
      { voter: 'v1', marks: { a: { c0: true, c1: true }, b: { c2: true } } },
    ]);
    // equal totals; the heaviest criterion c2 (0.3) decides: b ahead of a
    expect(result.ranking.map((r) => [r.project, r.rank, r.tied])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
    ]);
    expect(result.ranking[0]!.exact.total).toBe(result.ranking[1]!.exact.total);
  });

  it('takes equal weights in listed order', () => {
    const result = tally(base([0.5, 0.5]), [
      { voter: 'v1', marks: { a: { c1: true }, b: { c0: true } } },
    ]);
    expect(ids(result)).toEqual(['b', 'a']);
  });

  it('then prefers the smaller requested amount', () => {
    const result = tally(base([1], [200, 100]), [{ voter: 'v1', marks: {} }]);
    expect(ids(result)).toEqual(['b', 'a']);
  });

  it('then the project id in code-point order', () => {
    const result = tally(base([1]), []);
    expect(ids(result)).toEqual(['a', 'b']);
    expect(result.ranking.every((r) => r.tied)).toBe(true);
  });
});

describe('tally: rejected ballots', () => {
  const score: ReviewMeeting = { ...pilotMeeting, method: { type: 'score', min: 1, max: 5 } };
  const rules = (result: ReturnType<typeof tally>) =>
    result.rejected.map((r) => r.reasons.map((reason) => reason.rule));

  it('rejects a ballot that is not a ballot', () => {
    const result = tally(pilotMeeting, [null, { voter: 'v01' }, { voter: 3, marks: {} }]);
    expect(rules(result)).toEqual([['malformed'], ['malformed'], ['malformed']]);
    expect(result.rejected.map((r) => r.voter)).toEqual([null, 'v01', null]);
    expect(result.rejected[1]!.reasons[0]!.message).toBe('marks: Required value is missing');
    expect(result.counted).toBe(0);
  });

  it('rejects an unknown voter, project and criterion, with every reason at once', () => {
    const result = tally(pilotMeeting, [
      { voter: 'v99', marks: { nowhere: {}, 'jinhuali-home': { beauty: true } } },
    ]);
    expect(result.rejected[0]!.reasons.map((r) => [r.rule, r.path])).toEqual([
      ['unknown-voter', ['voter']],
      ['unknown-project', ['marks', 'nowhere']],
      ['unknown-criterion', ['marks', 'jinhuali-home', 'beauty']],
    ]);
    expect(result.rejected[0]!.reasons[0]!.text).toEqual({
      en: 'voter: unknown voter "v99"',
      'zh-CN': 'voter: 未知投票人"v99"',
    });
  });

  it('rejects a mark of the wrong type for approval and for score voting', () => {
    const approval = tally(pilotMeeting, [
      { voter: 'v02', marks: { 'jinhuali-home': { feasibility: 1 } } },
      { voter: 'v03', marks: { 'jinhuali-home': { feasibility: 'yes' } } },
    ]);
    expect(rules(approval)).toEqual([['wrong-mark-type'], ['wrong-mark-type']]);
    expect(approval.rejected[0]!.reasons[0]!.message).toBe(
      'marks["jinhuali-home"].feasibility: expected true or false, got 1',
    );
    const scored = tally(score, [
      { voter: 'v02', marks: { 'jinhuali-home': { feasibility: true, sustainability: 2.5 } } },
    ]);
    expect(rules(scored)).toEqual([['wrong-mark-type', 'wrong-mark-type']]);
  });

  it('rejects a score out of range', () => {
    const result = tally(score, [
      { voter: 'v02', marks: { 'jinhuali-home': { feasibility: 0, sustainability: 6 } } },
    ]);
    expect(rules(result)).toEqual([['out-of-range', 'out-of-range']]);
    expect(result.rejected[0]!.reasons[1]!.text['zh-CN']).toBe(
      'marks["jinhuali-home"].sustainability: 应为 1 至 5 的整数,实为 6',
    );
  });

  it('counts the last valid ballot of a voter and rejects the earlier ones as superseded', () => {
    const first = { voter: 'v02', marks: { 'jinhuali-home': { feasibility: true } } };
    const invalid = { voter: 'v02', marks: { 'jinhuali-home': { feasibility: 7 } } };
    const last = { voter: 'v02', marks: { 'jinhuali-home': { sustainability: true } } };
    const result = tally(pilotMeeting, [first, last, invalid]);
    expect(result.counted).toBe(1);
    expect(result.rejected.map((r) => [r.index, r.voter, r.reasons[0]!.rule])).toEqual([
      [0, 'v02', 'superseded'],
      [2, 'v02', 'wrong-mark-type'],
    ]);
    expect(result.rejected[0]!.reasons[0]!.message).toBe(
      'superseded by the later ballot #2 of the same voter',
    );
    const top = result.ranking.find((r) => r.project === 'jinhuali-home')!;
    expect(top.criteria['sustainability']!.score).toBe(1);
    expect(top.criteria['feasibility']!.score).toBe(0);
  });

  it('does not read inherited properties as marks', () => {
    const meeting: ReviewMeeting = {
      ...pilotMeeting,
      projects: [{ ...pilotMeeting.projects[0]!, id: 'constructor' }],
    };
    const result = tally(meeting, [{ voter: 'v02', marks: {} }]);
    expect(result.ranking[0]!.total).toBe(0);
  });
});

describe('tally: properties', () => {
  const exactRanking = (result: ReturnType<typeof tally>) =>
    result.ranking.map((r) => ({ project: r.project, rank: r.rank, tied: r.tied, exact: r.exact }));

  it('does not depend on the order of ballots of different voters', () => {
    fc.assert(
      fc.property(
        meetingWithBallotsArb.chain(({ meeting, ballots }) =>
          fc.shuffledSubarray(ballots, { minLength: ballots.length }).map((shuffled) => ({
            meeting,
            ballots,
            shuffled,
          })),
        ),
        ({ meeting, ballots, shuffled }) => {
          const a = tally(meeting, ballots);
          const b = tally(meeting, shuffled);
          expect(exactRanking(b)).toEqual(exactRanking(a));
          expect(b.counted).toBe(a.counted);
        },
      ),
    );
  });

  it('does not depend on the order of the projects in the meeting', () => {
    fc.assert(
      fc.property(
        meetingWithBallotsArb.chain(({ meeting, ballots }) =>
          fc
            .shuffledSubarray([...meeting.projects], { minLength: meeting.projects.length })
            .map((projects) => ({ meeting, ballots, projects })),
        ),
        ({ meeting, ballots, projects }) => {
          const a = tally(meeting, ballots);
          const b = tally({ ...meeting, projects }, ballots);
          expect(exactRanking(b)).toEqual(exactRanking(a));
        },
      ),
    );
  });

  it('changes no rank when every weight is multiplied by the same factor', () => {
    fc.assert(
      fc.property(
        meetingWithBallotsArb,
        fc.integer({ min: 2, max: 12 }),
        ({ meeting, ballots }, k) => {
          const scaled: ReviewMeeting = {
            ...meeting,
            criteria: meeting.criteria.map((c) => ({
              ...c,
              weight: Number(Rational.parse(c.weight).mul(Rational.of(k, 4)).toDecimal(20)),
            })),
          };
          const a = tally(meeting, ballots);
          const b = tally(scaled, ballots);
          expect(b.ranking.map((r) => [r.project, r.rank, r.tied])).toEqual(
            a.ranking.map((r) => [r.project, r.rank, r.tied]),
          );
        },
      ),
    );
  });

  it('never lowers a project by adding an approval to it', () => {
    fc.assert(
      fc.property(
        meetingWithBallotsArb.filter(
          ({ meeting, ballots }) => meeting.method.type === 'approval' && ballots.length > 0,
        ),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        ({ meeting, ballots }, bi, pi, ci) => {
          const ballot = ballots[bi % ballots.length]!;
          const project = meeting.projects[pi % meeting.projects.length]!;
          const criterion = meeting.criteria[ci % meeting.criteria.length]!;
          const more = ballots.map((b) =>
            b === ballot
              ? {
                  ...b,
                  marks: {
                    ...b.marks,
                    [project.id]: { ...b.marks[project.id], [criterion.id]: true },
                  },
                }
              : b,
          );
          const rankOf = (result: ReturnType<typeof tally>) =>
            result.ranking.find((r) => r.project === project.id)!.rank;
          expect(rankOf(tally(meeting, more))).toBeLessThanOrEqual(rankOf(tally(meeting, ballots)));
        },
      ),
    );
  });
});
