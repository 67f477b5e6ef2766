import { compareCodePoints } from '../text/code-point-order.js';
import type { OpenSpaceIdea } from './open-space-idea.js';
import type { OpenSpaceSession } from './open-space-session.js';

/** An idea with its dots and its place in the ranking. */
export interface RankedIdea {
  readonly idea: OpenSpaceIdea;
  /** All dots on the idea. */
  readonly dots: number;
  /** How many participants put at least one dot on it. */
  readonly voters: number;
  /** 1 for the most dots; ideas with exactly as many dots share a rank (1, 1, 3). */
  readonly rank: number;
  /** The other ideas with exactly as many dots, by id; empty when there is no tie. */
  readonly tiedWith: readonly string[];
}

/**
 * The visible ideas of a session ranked by dots, most first. Ideas with the same number of
 * dots are an exact tie: they share a rank and each names the others in `tiedWith`. No
 * tie-break is applied — a dot vote only shows what residents care about, and a tie is stated,
 * not decided; within a tie ideas are listed by id in code-point order (`compareCodePoints`), so
 * every platform shows the same order.
 * Hidden ideas are left out (their dots stay on record in `session.votes`).
 *
 * @example
 * rankIdeas(session).map((r) => [r.idea.id, r.dots, r.rank]);
 * // [['i-supermarket', 5, 1], ['i-kids', 3, 2], ['i-hall', 3, 2], …]
 */
export function rankIdeas(session: OpenSpaceSession): RankedIdea[] {
  const hidden = new Set(
    (session.hidden ?? []).filter((item) => item.kind === 'idea').map((item) => item.id),
  );
  const dots = new Map<string, number>();
  const voters = new Map<string, Set<string>>();
  for (const vote of session.votes) {
    dots.set(vote.idea, (dots.get(vote.idea) ?? 0) + vote.dots);
    const set = voters.get(vote.idea) ?? new Set<string>();
    set.add(vote.participant);
    voters.set(vote.idea, set);
  }
  const scored = session.ideas
    .filter((idea) => !hidden.has(idea.id))
    .map((idea) => ({ idea, dots: dots.get(idea.id) ?? 0, voters: voters.get(idea.id)?.size ?? 0 }))
    .sort((a, b) => b.dots - a.dots || compareCodePoints(a.idea.id, b.idea.id));
  return scored.map((entry) => ({
    ...entry,
    rank: 1 + scored.filter((other) => other.dots > entry.dots).length,
    tiedWith: scored
      .filter((other) => other.dots === entry.dots && other.idea.id !== entry.idea.id)
      .map((other) => other.idea.id),
  }));
}
