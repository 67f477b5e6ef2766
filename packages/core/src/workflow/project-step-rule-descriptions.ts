import { closingStepChecks, executionStepChecks, leadDescription } from './project-step-rules.js';
import {
  sameProjectDescription,
  message,
  withDescriptions,
  type ProjectRule,
} from './project-rule.js';

// What each rule of `project-step-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules the project lifecycle sets on the audit, the final evaluation and closing: both
 * documents are this project's (`audit.same-project`, `evaluation.same-project`), actual
 * spending stays within the grant or the ceiling the supervision group approved
 * (`spending.within-grant`), and closing needs both on record (`closing.financial-audit`,
 * `closing.evaluation-report`). Part of `projectRules`, in its order.
 *
 * @example
 * closingStepRules.filter((rule) => rule.on.includes('closed')).map((rule) => rule.id);
 * // ['spending.within-grant', 'closing.financial-audit', 'closing.evaluation-report']
 */
export const closingStepRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  closingStepChecks,
  () => ({
    'audit.same-project': sameProjectDescription('financial audit', '财务审计表'),
    'spending.within-grant': message(
      '实际支出不超过资助金额，超出部分需有项目监审组的批准记录',
      'Actual spending stays within the grant unless the supervision group approved more',
    ),
    'evaluation.same-project': sameProjectDescription('evaluation report', '评估报告'),
    'closing.financial-audit': message(
      '结项前已有财务审计表',
      'A financial audit is on record before closing',
    ),
    'closing.evaluation-report': message(
      '结项前已有评估报告',
      'An evaluation report is on record before closing',
    ),
  }),
);

/**
 * The rules the project lifecycle sets on forming the team and starting execution, and on the
 * execution report: the team and the report are this project's (`team.same-project`,
 * `report.same-project`), the team has exactly one overall lead and one finance lead
 * (`team.overall-lead`, `team.finance-lead`) and every member signed a responsibility contract
 * (`team.contracts-signed`). Part of `projectRules`, in its order.
 *
 * @example
 * executionStepRules.map((rule) => rule.id)[1]; // 'team.overall-lead'
 */
export const executionStepRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  executionStepChecks,
  () => ({
    'team.same-project': sameProjectDescription('execution team', '执行小组'),
    'team.overall-lead': leadDescription('总负责人', 'overall lead'),
    'team.finance-lead': leadDescription('财务负责人', 'finance lead'),
    'team.contracts-signed': message(
      '执行小组每位成员都已签署职责合同',
      'Every member of the execution team has signed a responsibility contract',
    ),
    'report.same-project': sameProjectDescription('execution report', '执行报告'),
  }),
);
