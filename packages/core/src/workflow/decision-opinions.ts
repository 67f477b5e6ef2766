import type { FundingDecision } from '../domain/funding-decision.js';
import type { Participant } from '../domain/participant.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';

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
  const violation = (message: LocalizedMessage): Violation<'decision.opinions'> => ({
    rule: 'decision.opinions',
    message,
    path: ['opinions'],
  });
  if (opinions.length === 0)
    return toRuleCheck([
      violation(
        m(
          `资助决定“${decision.id}”没有记录街道领导和与会专家的意见`,
          `Decision “${decision.id}” records no opinion of street leaders and experts`,
        ),
      ),
    ]);
  if (!participants) return { ok: true };
  const gave = (role: Participant['roles'][number]) =>
    opinions.some((o) => participants.find((p) => p.id === o.by)?.roles.includes(role));
  const out: Violation<'decision.opinions'>[] = [];
  if (!gave('street-office'))
    out.push(
      violation(
        m('资助决定没有记录街道领导的意见', 'The decision records no street leader’s opinion'),
      ),
    );
  if (!gave('expert'))
    out.push(
      violation(m('资助决定没有记录与会专家的意见', 'The decision records no expert’s opinion')),
    );
  return toRuleCheck(out);
}
