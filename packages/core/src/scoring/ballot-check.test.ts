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
  it('refuses a `__proto__` key among the projects or criteria with its path, whatever else is wrong', () => {
    // JSON.parse makes `__proto__` an own key; zod's records drop it, so a ballot whose other
    // marks sent it to the schema would have been accepted with that key silently gone.
    const bodies = [
      ['{"voter":"v01","marks":{"__proto__":{"feasibility":"x"}}}', ['marks', '__proto__']],
      ['{"voter":"v01","marks":{"__proto__":{"feasibility":true}}}', ['marks', '__proto__']],
      [
        '{"voter":"v01","marks":{"jinhuali-home":{"__proto__":"x","feasibility":true}}}',
        ['marks', 'jinhuali-home', '__proto__'],
      ],
      [
        '{"voter":"v01","marks":{"jinhuali-home":{"__proto__":true}}}',
        ['marks', 'jinhuali-home', '__proto__'],
      ],
    ] as const;
    for (const [text, path] of bodies) {
      const check = checkBallot(pilotMeeting, JSON.parse(text));
      expect(check.ok, text).toBe(false);
      if (check.ok) continue;
      const reason = check.reasons.find((r) => r.path.join('/') === path.join('/'));
      expect(reason, text).toMatchObject({
        rule: path.length === 2 ? 'unknown-project' : 'unknown-criterion',
      });
      expect(reason!.text['zh-CN']).toContain('__proto__');
      expect(reason!.text.en).toContain('__proto__');
    }
  });
});
