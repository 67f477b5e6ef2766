import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotSchema } from '../meeting/ballot.js';
import { checkBallot, isBallotShape } from './ballot-check.js';
import { pilotMeeting } from './pilot-meeting.fixture.js';

const voters = fc.constantFrom(
  'v01',
  'a',
  'a'.repeat(128),
  'a'.repeat(129),
  '-a',
  'a b',
  '居民',
  '',
  'x:y.z_1-2',
);
const marks = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(1.5, -0, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, '1', null),
);
const nearBallot = fc.record(
  {
    voter: fc.oneof(voters, fc.anything()),
    marks: fc.oneof(
      fc.dictionary(fc.string(), fc.dictionary(fc.string(), marks)),
      fc.dictionary(fc.string(), fc.oneof(fc.anything(), fc.array(marks))),
      fc.anything(),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('isBallotShape', () => {
  it('accepts exactly what BallotSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(nearBallot, fc.anything()), (input) => {
        expect(isBallotShape(input)).toBe(BallotSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkBallot', () => {
  it('accepts a ballot of the meeting', () => {
    const check = checkBallot(pilotMeeting, {
      voter: 'v01',
      marks: { 'jinhuali-home': { feasibility: true } },
    });
    expect(check.ok).toBe(true);
  });

  it('reports a structural problem in both languages', () => {
    const check = checkBallot(pilotMeeting, { voter: 'v01', marks: [] });
    expect(check).toMatchObject({
      ok: false,
      voter: 'v01',
      reasons: [{ rule: 'malformed', path: ['marks'] }],
    });
    if (check.ok) return;
    expect(check.reasons[0]!.text['zh-CN']).toMatch(/^marks: /);
    expect(check.reasons[0]!.text['zh-CN']).not.toBe(check.reasons[0]!.text.en);
  });
});
