import { describe, expect, it } from 'vitest';
import { pilotMeeting } from '../examples/index.js';
import { toJSONSchema } from '../schemas/registry.js';
import { tallyColumns } from '../scoring/tally-columns.js';
import { TallyResultSchema } from '../scoring/tally-result.js';
import { tally } from '../scoring/weighted-tally.js';
import { InvalidInputError } from '../validation/invalid-input-error.js';
import { parseDocument } from '../validation/parse-document.js';
import { MeetingEventSchema } from '../workflow/meeting-lifecycle.js';
import { MAX_SCORE_MAGNITUDE, MAX_WEIGHT, ReviewMeetingSchema } from './review-meeting.js';

/** A score meeting at every bound: weights and group weights at MAX_WEIGHT, marks at ±2^31−1. */
const atBounds = {
  ...pilotMeeting,
  recusal: 'none' as const,
  criteria: pilotMeeting.criteria.map((criterion) => ({ ...criterion, weight: MAX_WEIGHT })),
  method: { type: 'score' as const, min: -MAX_SCORE_MAGNITUDE, max: MAX_SCORE_MAGNITUDE },
  voters: Array.from({ length: 50 }, (_, i) => ({ id: `v${i}`, group: 'expert' })),
  groupWeights: { expert: MAX_WEIGHT },
};

const ballots = atBounds.voters.map((voter, i) => ({
  voter: voter.id,
  marks: Object.fromEntries(
    atBounds.projects.map((project, p) => [
      project.id,
      Object.fromEntries(
        atBounds.criteria.map((criterion) => [
          criterion.id,
          // The last project gets the lowest marks, the others the highest.
          p === atBounds.projects.length - 1 ? -MAX_SCORE_MAGNITUDE : MAX_SCORE_MAGNITUDE - (i % 2),
        ]),
      ),
    ]),
  ),
}));

describe('bounds that keep every published figure finite', () => {
  it('a meeting at the bounds tallies to a result that passes TallyResultSchema after JSON', () => {
    for (const aggregate of ['sum', 'mean'] as const) {
      const result = tally({ ...atBounds, aggregate }, ballots);
      const published: unknown = JSON.parse(JSON.stringify(result));
      expect(TallyResultSchema.safeParse(published).success).toBe(true);
      for (const row of result.ranking) {
        expect(Number.isFinite(row.total)).toBe(true);
        for (const score of Object.values(row.criteria)) {
          expect(Number.isFinite(score.score) && Number.isFinite(score.weighted)).toBe(true);
        }
      }
      expect(result.ranking.at(-1)!.total).toBeLessThan(0);
    }
  });

  it('the columnar path at the bounds publishes finite figures too', () => {
    const P = atBounds.projects.length;
    const C = atBounds.criteria.length;
    const marks = Int32Array.from({ length: 50 * P * C }, () => MAX_SCORE_MAGNITUDE);
    const result = tallyColumns(atBounds, {
      voter: Int32Array.from({ length: 50 }, (_, i) => i),
      marks,
    });
    expect(TallyResultSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  it.each([
    [
      'a weight of 1e308',
      { criteria: [{ ...pilotMeeting.criteria[0]!, weight: 1e308 }] },
      ['criteria', 0, 'weight'],
    ],
    [
      'a weight just above the bound',
      { criteria: [{ ...pilotMeeting.criteria[0]!, weight: MAX_WEIGHT + 1 }] },
      ['criteria', 0, 'weight'],
    ],
    ['a group weight of 1e308', { groupWeights: { expert: 1e308 } }, ['groupWeights', 'expert']],
    [
      'a score scale up to 2^53 − 1',
      { method: { type: 'score', min: 0, max: Number.MAX_SAFE_INTEGER } },
      ['method', 'max'],
    ],
    [
      'a score scale down to −2^53 + 1',
      { method: { type: 'score', min: -Number.MAX_SAFE_INTEGER, max: 5 } },
      ['method', 'min'],
    ],
  ])('refuses %s with its path, in parseDocument and in tally', (_, change, path) => {
    const meeting = { ...pilotMeeting, ...change };
    const parsed = parseDocument(ReviewMeetingSchema, meeting, { locale: 'zh-CN' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([path]);
    expect(() => tally(meeting as never, [])).toThrow(InvalidInputError);
  });

  it('a weights-set event cannot bring a weight beyond the bound either', () => {
    const event = (weight: number) => ({
      type: 'weights-set',
      at: '2008-03-20T14:00:00+08:00',
      by: 'p-host',
      payload: { weights: { 'public-benefit': weight } },
    });
    expect(parseDocument(MeetingEventSchema, event(MAX_WEIGHT)).ok).toBe(true);
    const refused = parseDocument(MeetingEventSchema, event(1e308));
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.path)).toEqual([
      ['payload', 'weights', 'public-benefit'],
    ]);
  });

  it('the JSON Schema states the bounds', () => {
    const text = JSON.stringify(toJSONSchema('ReviewMeeting'));
    expect(text).toContain('"maximum":1000000');
    expect(text).toContain('"maximum":2147483647');
    expect(text).toContain('"minimum":-2147483647');
    expect(text).toContain('at most 1000000 (10^6)');
  });
});
