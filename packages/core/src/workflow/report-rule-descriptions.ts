import { reportChecks } from './report-rules.js';
import { message, withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `report-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rule of the execution report across documents: it reports on the plan's activities as
 * amended by approved scope changes, each of them (a dropped one as `cancelled`) and nothing
 * the plan never had (`report.activities-from-plan`).
 *
 * @example
 * reportRules.map((rule) => rule.id); // ['report.activities-from-plan']
 */
export const reportRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  reportChecks,
  () => ({
    'report.activities-from-plan': message(
      '执行报告逐项报告（变更后）计划中的活动，不报告计划外的活动',
      'The execution report covers the activities of the (amended) plan, each of them and no other',
    ),
  }),
);
