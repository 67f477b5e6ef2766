import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOpenSpaceSession } from './check-open-space-session.js';
import { addDots, checkDotLimits, dotsLeft, dotsUsed, removeDots } from './dot-budget.js';
import type { OpenSpaceSession } from './open-space-session.js';
import { smallSession } from './session.fixture.js';

const participants = ['p-1', 'p-2', 'p-3'];
const ideas = ['i-1', 'i-2', 'i-3'];

function apply(session: OpenSpaceSession, vote: Parameters<typeof addDots>[1]): OpenSpaceSession {
  const result = addDots(session, vote);
  if (!result.ok) throw new Error(result.violations.map((v) => v.message.en).join('; '));
  return result.session;
}

describe('addDots', () => {
  it('adds dots and merges them into the participant’s entry for the idea', () => {
    let session = smallSession();
    session = apply(session, { participant: 'p-1', idea: 'i-1', dots: 1 });
    session = apply(session, { participant: 'p-2', idea: 'i-1', dots: 1 });
    session = apply(session, { participant: 'p-1', idea: 'i-1', dots: 1 });
    expect(session.votes).toEqual([
      { participant: 'p-1', idea: 'i-1', dots: 2 },
      { participant: 'p-2', idea: 'i-1', dots: 1 },
    ]);
    expect(dotsLeft(session, 'p-1')).toBe(3);
    expect(dotsLeft(session, 'p-1', 'i-1')).toBe(0);
    expect(dotsLeft(session, 'p-1', 'i-2')).toBe(2);
  });

  it('refuses a third dot on one idea and a sixth dot in all, saying how many are left', () => {
    let session = smallSession();
    session = apply(session, { participant: 'p-1', idea: 'i-1', dots: 2 });
    const onIdea = addDots(session, { participant: 'p-1', idea: 'i-1', dots: 1 });
    expect(onIdea.ok).toBe(false);
    if (!onIdea.ok) {
      expect(onIdea.violations.map((v) => v.rule)).toEqual(['open-space.dots-per-idea']);
      expect(onIdea.violations[0]!.message['zh-CN']).toContain('最多 2 个');
    }
    session = apply(session, { participant: 'p-1', idea: 'i-2', dots: 2 });
    const overBudget = addDots(session, { participant: 'p-1', idea: 'i-3', dots: 2 });
    expect(overBudget.ok).toBe(false);
    if (!overBudget.ok) {
      expect(overBudget.violations.map((v) => v.rule)).toEqual(['open-space.dot-budget']);
      expect(overBudget.violations[0]!.message.en).toBe('Participant "p-1" has 1 dots left, not 2');
    }
    expect(addDots(session, { participant: 'p-1', idea: 'i-3', dots: 1 }).ok).toBe(true);
  });

  it('reports every problem of a bad request at once', () => {
    const session = smallSession();
    const result = addDots(session, { participant: 'p-x', idea: 'i-x', dots: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.violations.map((v) => [v.rule, v.path.join('.')])).toEqual([
        ['open-space.positive-dots', 'dots'],
        ['open-space.known-participant', 'participant'],
        ['open-space.known-idea', 'idea'],
      ]);
  });

  it('refuses dots on a hidden idea', () => {
    const session: OpenSpaceSession = {
      ...smallSession(),
      hidden: [
        { kind: 'idea', id: 'i-2', by: 'p-org', at: '2007-04-21T10:00:00Z', reason: '广告' },
      ],
    };
    const result = addDots(session, { participant: 'p-1', idea: 'i-2', dots: 1 });
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'open-space.not-hidden',
    ]);
  });

  it('never changes the session passed in', () => {
    const session = smallSession();
    apply(session, { participant: 'p-1', idea: 'i-1', dots: 1 });
    expect(session.votes).toEqual([]);
  });
});

describe('removeDots', () => {
  it('takes back dots, at most those there, and drops an emptied entry', () => {
    let session = apply(smallSession(), { participant: 'p-1', idea: 'i-1', dots: 2 });
    const one = removeDots(session, { participant: 'p-1', idea: 'i-1', dots: 1 });
    expect(one.ok && one.session.votes).toEqual([{ participant: 'p-1', idea: 'i-1', dots: 1 }]);
    if (one.ok) session = one.session;
    const all = removeDots(session, { participant: 'p-1', idea: 'i-1', dots: 5 });
    expect(all.ok && all.session.votes).toEqual([]);
  });
});

describe('checkDotLimits', () => {
  it('sums several entries of one participant and reports both limits', () => {
    const violations = checkDotLimits({ perParticipant: 3, perIdea: 2 }, [
      { participant: 'p-1', idea: 'i-1', dots: 2 },
      { participant: 'p-1', idea: 'i-2', dots: 1 },
      { participant: 'p-1', idea: 'i-1', dots: 1 },
    ]);
    expect(violations.map((v) => [v.rule, v.path.join('.')])).toEqual([
      ['open-space.dot-budget', 'votes.2.dots'],
      ['open-space.dots-per-idea', 'votes.2.dots'],
    ]);
  });
});

const limits = fc.record({
  perParticipant: fc.integer({ min: 1, max: 7 }),
  perIdea: fc.integer({ min: 1, max: 4 }),
});
const attempt = fc.record({
  participant: fc.constantFrom(...participants),
  idea: fc.constantFrom(...ideas),
  dots: fc.integer({ min: 1, max: 4 }),
});

describe('dot votes (property)', () => {
  it('any accepted sequence of dots respects both limits, and a dot is refused exactly when it would break one', () => {
    fc.assert(
      fc.property(limits, fc.array(attempt, { maxLength: 40 }), (dots, attempts) => {
        let session = smallSession(dots);
        for (const vote of attempts) {
          const used = dotsUsed(session.votes, vote.participant);
          const onIdea = dotsUsed(session.votes, vote.participant, vote.idea);
          const allowed =
            used + vote.dots <= dots.perParticipant && onIdea + vote.dots <= dots.perIdea;
          const result = addDots(session, vote);
          expect(result.ok).toBe(allowed);
          if (result.ok) session = result.session;
        }
        expect(checkOpenSpaceSession(session)).toEqual({ ok: true });
        for (const p of participants) {
          expect(dotsUsed(session.votes, p)).toBeLessThanOrEqual(dots.perParticipant);
          for (const i of ideas)
            expect(dotsUsed(session.votes, p, i)).toBeLessThanOrEqual(dots.perIdea);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('random extra dots beyond what is left are refused by addDots and flagged by the session check', () => {
    fc.assert(
      fc.property(
        limits,
        fc.array(attempt, { maxLength: 30 }),
        attempt,
        fc.integer({ min: 1, max: 5 }),
        (dots, attempts, extra, surplus) => {
          let session = smallSession(dots);
          for (const vote of attempts) {
            const result = addDots(session, vote);
            if (result.ok) session = result.session;
          }
          const left = dotsLeft(session, extra.participant, extra.idea);
          const tooMany = { ...extra, dots: left + surplus };
          expect(addDots(session, tooMany).ok).toBe(false);
          const forced = { ...session, votes: [...session.votes, tooMany] };
          const check = checkOpenSpaceSession(forced);
          expect(check.ok).toBe(false);
          if (!check.ok)
            for (const v of check.violations)
              expect(['open-space.dot-budget', 'open-space.dots-per-idea']).toContain(v.rule);
          if (left > 0) expect(addDots(session, { ...extra, dots: left }).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
