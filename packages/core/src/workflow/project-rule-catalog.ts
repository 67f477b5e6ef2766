import { describeLifecycleRules, type RuleDescription } from './describe-lifecycle-rules.js';
import { fundingRules } from './funding-rules.js';
import { projectLifecycle } from './project-lifecycle.js';

/**
 * The entries of the `rules` catalog a project's violations can name: the project lifecycle's
 * rules, then the funding rules (`funding.*`, guarded by the meeting lifecycle) whose violations
 * the approval rules pass on when they check the meeting's funding decision. Each entry is the
 * one `rules` holds for its id, so a page that explains a project's next step can look its
 * rules up without loading the meeting lifecycle and the other rules of the toolkit.
 *
 * @example
 * projectRuleCatalog.find((rule) => rule.id === 'funding.within-fund')?.description.en;
 * // 'The sum granted never exceeds the fund'
 */
export const projectRuleCatalog: readonly RuleDescription[] = [
  ...describeLifecycleRules(projectLifecycle, 'project'),
  ...(Object.keys(fundingRules) as (keyof typeof fundingRules)[]).map((id): RuleDescription => ({
    id,
    scope: 'meeting',
    description: fundingRules[id],
    on: ['funding-decided'],
  })),
];
