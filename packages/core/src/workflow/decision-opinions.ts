import type { FundingDecision } from '../domain/funding-decision.js';
import type { Participant } from '../domain/participant.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import { toRuleCheck, type RuleCheck } from '../validation/violation.js';

/**
 * Core's rule `decision.opinions` on its own: a funding decision records the opinions of street
 * leaders and experts. Without any opinion it is broken; with the `participants` known, one
 * opinion must come from a street leader (role `street-office`) and one from an expert (role
 * `expert`). Without them the givers' roles are unknown and any recorded opinion counts. Paths
 * are into the decision (`['opinions']`). The project rule of `approved` and `rejected` runs this
 * on the decision it names; a form can run it before it posts one.
 *
 * @example
 * const result = checkDecisionOpinions(decision, participants);
 * if (!result.ok) result.violations.map((v) => v.message.en);
 * // ['The decision records no expert’s opinion']
 */
export function checkDecisionOpinions(
  decision: FundingDecision,
  participants?: readonly Participant[],
): RuleCheck<'decision.opinions'> {
  const opinions = decision.opinions ?? [];
  /** Each role whose opinion is wanted, and what is said when none of it is recorded. */
  const wanted = [
    [
      'street-office',
      m('资助决定没有记录街道领导的意见', 'The decision records no street leader’s opinion'),
    ],
    ['expert', m('资助决定没有记录与会专家的意见', 'The decision records no expert’s opinion')],
  ] as const;
  const missing: LocalizedMessage[] =
    opinions.length === 0
      ? [
          m(
            `资助决定“${decision.id}”没有记录街道领导和与会专家的意见`,
            `Decision “${decision.id}” records no opinion of street leaders and experts`,
          ),
        ]
      : participants
        ? wanted
            .filter(
              ([role]) =>
                !opinions.some((o) =>
                  participants.find((p) => p.id === o.by)?.roles.includes(role),
                ),
            )
            .map(([, message]) => message)
        : [];
  return toRuleCheck(
    missing.map((message) => ({ rule: 'decision.opinions', message, path: ['opinions'] })),
  );
}
