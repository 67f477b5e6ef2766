import { evaluationChecks } from './evaluation-rules.js';
import {
  sameProjectDescription,
  message,
  withDescriptions,
  type ProjectRule,
} from './project-rule.js';

// What each rule of `evaluation-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of evaluation: stage (milestone) evaluations during execution and the final one
 * before closing (`evaluation.stage`); every indicator measured is one of the application's
 * as amended by approved scope changes, with its target and unit (so a target is restated only
 * through a change, `evaluation.indicators-from-application`); the final evaluation measures
 * every indicator (`evaluation.covers-indicators`).
 *
 * @example
 * evaluationRules.map((rule) => rule.id);
 */
export const evaluationRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  evaluationChecks,
  () => ({
    'evaluation.same-project': sameProjectDescription('evaluation report', '评估报告'),
    'evaluation.stage': message(
      '阶段评估在执行期间记录，终期评估在审计之后记录',
      'Stage evaluations are recorded during execution, the final one after the audit',
    ),
    'evaluation.indicators-from-application': message(
      '评估的指标是申请书（含已批准变更）的指标，目标与单位不变',
      'The evaluation measures the application’s indicators (as amended), with their targets and units',
    ),
    'evaluation.covers-indicators': message(
      '终期评估衡量申请书（含已批准变更）的每一项指标',
      'The final evaluation measures every indicator of the (amended) application',
    ),
  }),
);
