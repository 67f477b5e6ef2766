import type { Violation } from '../validation/violation.js';
import type { DotVote } from './dot-vote.js';
import type { OpenSpaceRuleId } from './open-space-rules.js';
import type { OpenSpaceSession } from './open-space-session.js';

/** The rules adding or taking back dots can break. */
export type DotRule = Extract<
  OpenSpaceRuleId,
  | 'open-space.dot-budget'
  | 'open-space.dots-per-idea'
  | 'open-space.known-participant'
  | 'open-space.known-idea'
  | 'open-space.positive-dots'
  | 'open-space.not-hidden'
>;

/** The outcome of adding or taking back dots: the updated session, or every broken rule. */
export type DotChange =
  | { readonly ok: true; readonly session: OpenSpaceSession }
  | { readonly ok: false; readonly violations: readonly Violation<DotRule>[] };

/**
 * The dots a participant has used, in all (`idea` omitted) or on one idea.
 *
 * @example
 * dotsUsed(session.votes, 'p-wang'); // 4
 * dotsUsed(session.votes, 'p-wang', 'i-supermarket'); // 2
 */
export function dotsUsed(votes: readonly DotVote[], participant: string, idea?: string): number {
  let used = 0;
  for (const vote of votes) {
    if (vote.participant === participant && (idea === undefined || vote.idea === idea))
      used += vote.dots;
  }
  return used;
}

/**
 * How many more dots a participant may put on an idea (or anywhere, `idea` omitted): the
 * smaller of what is left of their budget and what is left under the per-idea limit; never
 * negative. What a board shows as "dots left".
 *
 * @example
 * dotsLeft(session, 'p-wang'); // 1 (5 dots, 4 used)
 * dotsLeft(session, 'p-wang', 'i-supermarket'); // 0 (2 already, at most 2 per idea)
 */
export function dotsLeft(session: OpenSpaceSession, participant: string, idea?: string): number {
  const budget = session.dots.perParticipant - dotsUsed(session.votes, participant);
  const left =
    idea === undefined
      ? budget
      : Math.min(budget, session.dots.perIdea - dotsUsed(session.votes, participant, idea));
  return Math.max(0, left);
}

/** Whether an idea of the session has been hidden by an organizer. */
function isHidden(session: OpenSpaceSession, idea: string): boolean {
  return (session.hidden ?? []).some((item) => item.kind === 'idea' && item.id === idea);
}

/**
 * Every dot-limit violation of a list of votes: a participant over `perParticipant` in all
 * (`open-space.dot-budget`, at the participant's last vote) or over `perIdea` on one idea
 * (`open-space.dots-per-idea`, at their last vote on it). Several entries of one participant
 * for one idea are summed.
 *
 * @example
 * checkDotLimits({ perParticipant: 3, perIdea: 2 }, [{ participant: 'p-wang', idea: 'i1', dots: 3 }]);
 * // [{ rule: 'open-space.dots-per-idea', path: ['votes', 0, 'dots'], … }]
 */
export function checkDotLimits(
  limits: OpenSpaceSession['dots'],
  votes: readonly DotVote[],
): Violation<'open-space.dot-budget' | 'open-space.dots-per-idea'>[] {
  const totals = new Map<string, { dots: number; last: number }>();
  const perIdea = new Map<
    string,
    { dots: number; last: number; participant: string; idea: string }
  >();
  votes.forEach((vote, index) => {
    const total = totals.get(vote.participant) ?? { dots: 0, last: index };
    totals.set(vote.participant, { dots: total.dots + vote.dots, last: index });
    const key = JSON.stringify([vote.participant, vote.idea]);
    const onIdea = perIdea.get(key) ?? {
      participant: vote.participant,
      idea: vote.idea,
      dots: 0,
      last: index,
    };
    perIdea.set(key, { ...onIdea, dots: onIdea.dots + vote.dots, last: index });
  });
  const violations: Violation<'open-space.dot-budget' | 'open-space.dots-per-idea'>[] = [];
  for (const [participant, { dots, last }] of totals) {
    if (dots > limits.perParticipant)
      violations.push({
        rule: 'open-space.dot-budget',
        message: {
          'zh-CN': `参与者 "${participant}" 用了 ${dots} 个点，每人只有 ${limits.perParticipant} 个`,
          en: `Participant "${participant}" used ${dots} dots; each participant has ${limits.perParticipant}`,
        },
        path: ['votes', last, 'dots'],
      });
  }
  for (const { participant, idea, dots, last } of perIdea.values()) {
    if (dots > limits.perIdea)
      violations.push({
        rule: 'open-space.dots-per-idea',
        message: {
          'zh-CN': `参与者 "${participant}" 在点子 "${idea}" 上放了 ${dots} 个点，每个点子最多 ${limits.perIdea} 个`,
          en: `Participant "${participant}" put ${dots} dots on idea "${idea}"; at most ${limits.perIdea} per idea`,
        },
        path: ['votes', last, 'dots'],
      });
  }
  return violations.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
}

function changeViolations(
  session: OpenSpaceSession,
  participant: string,
  idea: string,
  dots: number,
): Violation<DotRule>[] {
  const violations: Violation<DotRule>[] = [];
  if (!Number.isInteger(dots) || dots < 1)
    violations.push({
      rule: 'open-space.positive-dots',
      message: {
        'zh-CN': `点数应为正整数，而不是 ${String(dots)}`,
        en: `Expected a positive whole number of dots, not ${String(dots)}`,
      },
      path: ['dots'],
    });
  if (!session.participants.some((p) => p.id === participant))
    violations.push({
      rule: 'open-space.known-participant',
      message: {
        'zh-CN': `"${participant}" 不是本次会议的参与者`,
        en: `"${participant}" is not a participant of the session`,
      },
      path: ['participant'],
    });
  if (!session.ideas.some((i) => i.id === idea))
    violations.push({
      rule: 'open-space.known-idea',
      message: {
        'zh-CN': `本次会议没有点子 "${idea}"`,
        en: `The session has no idea "${idea}"`,
      },
      path: ['idea'],
    });
  return violations;
}

/**
 * Adds a participant's dots to an idea, if the session's rules allow it: the participant and
 * idea exist, the idea is not hidden, the count is a positive whole number, and neither the
 * participant's budget nor the per-idea limit is exceeded. Returns the new session (the
 * participant's entry for the idea grows, or a new entry is appended) or every violation;
 * the session passed in is never changed.
 *
 * @example
 * const result = addDots(session, { participant: 'p-wang', idea: 'i-supermarket', dots: 1 });
 * if (result.ok) session = result.session;
 * else result.violations.map((v) => v.message['zh-CN']); // ['参与者 "p-wang" 用了 6 个点，…']
 */
export function addDots(session: OpenSpaceSession, vote: DotVote): DotChange {
  const { participant, idea, dots } = vote;
  const violations = changeViolations(session, participant, idea, dots);
  if (isHidden(session, idea))
    violations.push({
      rule: 'open-space.not-hidden',
      message: {
        'zh-CN': `点子 "${idea}" 已被隐藏，不能再投点`,
        en: `Idea "${idea}" is hidden; it takes no more dots`,
      },
      path: ['idea'],
    });
  if (violations.length === 0) {
    const used = dotsUsed(session.votes, participant);
    const onIdea = dotsUsed(session.votes, participant, idea);
    if (used + dots > session.dots.perParticipant)
      violations.push({
        rule: 'open-space.dot-budget',
        message: {
          'zh-CN': `参与者 "${participant}" 还剩 ${session.dots.perParticipant - used} 个点，不能再加 ${dots} 个`,
          en: `Participant "${participant}" has ${session.dots.perParticipant - used} dots left, not ${dots}`,
        },
        path: ['dots'],
      });
    if (onIdea + dots > session.dots.perIdea)
      violations.push({
        rule: 'open-space.dots-per-idea',
        message: {
          'zh-CN': `参与者 "${participant}" 在点子 "${idea}" 上已有 ${onIdea} 个点，每个点子最多 ${session.dots.perIdea} 个`,
          en: `Participant "${participant}" already has ${onIdea} dots on idea "${idea}"; at most ${session.dots.perIdea} per idea`,
        },
        path: ['dots'],
      });
  }
  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    session: { ...session, votes: merge(session.votes, participant, idea, dots) },
  };
}

/**
 * Takes back up to `dots` of a participant's dots from an idea (a participant changes their
 * mind while the wall is open). Taking back more than were put there takes back all of them;
 * none there is a no-op. Allowed on a hidden idea, so its dots can return to their owner.
 *
 * @example
 * const result = removeDots(session, { participant: 'p-wang', idea: 'i-supermarket', dots: 1 });
 */
export function removeDots(session: OpenSpaceSession, vote: DotVote): DotChange {
  const { participant, idea, dots } = vote;
  const violations = changeViolations(session, participant, idea, dots);
  if (violations.length > 0) return { ok: false, violations };
  const current = dotsUsed(session.votes, participant, idea);
  return {
    ok: true,
    session: {
      ...session,
      votes: merge(session.votes, participant, idea, -Math.min(dots, current)),
    },
  };
}

/** The votes with the participant's dots on the idea in one entry changed by `delta`. */
function merge(
  votes: readonly DotVote[],
  participant: string,
  idea: string,
  delta: number,
): DotVote[] {
  const total = dotsUsed(votes, participant, idea) + delta;
  const others = votes.filter((v) => v.participant !== participant || v.idea !== idea);
  const at = votes.findIndex((v) => v.participant === participant && v.idea === idea);
  if (total <= 0) return others;
  const entry: DotVote = { participant, idea, dots: total };
  if (at === -1) return [...others, entry];
  return [...others.slice(0, at), entry, ...others.slice(at)];
}
