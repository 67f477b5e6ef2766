import { messagePair as m } from '../locale/localized-message.js';
import { applicationChecks } from './application-rules.js';
import { withDescriptions, type ProjectRule } from './project-rule.js';
import { submissionRules } from './submission-rule-descriptions.js';

// What each rule of `application-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * Every project rule on the `submitted` event, in the project lifecycle's order: an
 * application is saved, has a measurable indicator and a budget that adds up
 * (`application.present`, `application.has-indicator`, `application.budget-adds-up`), then
 * {@link submissionRules}. The project lifecycle's rules begin with these.
 *
 * @example
 * applicationRules.map((rule) => rule.id).slice(0, 3);
 * // ['application.present', 'application.has-indicator', 'application.budget-adds-up']
 */
export const applicationRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  applicationChecks,
  () => ({
    ...Object.fromEntries(submissionRules.map((rule) => [rule.id, rule.description])),
    'application.present': m(
      '提交前已保存项目申请书',
      'An application is saved before it is submitted',
    ),
    'application.has-indicator': m(
      '申请书至少有一项可衡量的指标',
      'The application has at least one measurable indicator',
    ),
    'application.budget-adds-up': m(
      '预算至少有一个条目，各条目与总额货币相同且相加等于总额',
      'The budget has lines in the currency of its total that add up to the total',
    ),
  }),
);
