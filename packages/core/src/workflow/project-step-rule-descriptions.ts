import { closingStepChecks, executionStepChecks, leadDescription } from './project-step-rules.js';
import {
  sameProjectDescription,
  message,
  withDescriptions,
  type ProjectRule,
} from './project-rule.js';

// What each rule of `project-step-rules.ts` asks, in both languages: apart from the checks, so a bundle that
// only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * {@link closingStepChecks} with each rule's description: these rules in `projectLifecycle` and
 * `projectRuleCatalog`.
 *
 * @example
 * closingStepRules.map((rule) => rule.description.en);
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
 * {@link executionStepChecks} with each rule's description: these rules in `projectLifecycle`
 * and `projectRuleCatalog`.
 *
 * @example
 * executionStepRules.map((rule) => rule.description.en);
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
