import { scopeChangeChecks } from './scope-change-rules.js';
import {
  sameProjectDescription,
  message,
  withDescriptions,
  type ProjectRule,
} from './project-rule.js';

// What each rule of `scope-change-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of a scope change 项目变更: the team requests it for its own project
 * (`change.same-project`, `change.requested-by-team`), it amends something and its budget adds
 * up within the grant (`change.amends`, `change.budget-adds-up`), and only a member of the
 * supervision group decides it, once (`change.decided-by-supervision-group`,
 * `change.pending`). An approved change becomes the current application; the earlier one is
 * kept in `applicationVersions`.
 *
 * @example
 * scopeChangeRules.map((rule) => rule.id);
 */
export const scopeChangeRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  scopeChangeChecks,
  () => ({
    'change.same-project': sameProjectDescription('scope change', '变更申请'),
    'change.requested-by-team': message(
      '变更由执行小组成员提出',
      'A scope change is requested by a member of the execution team',
    ),
    'change.amends': message(
      '变更至少修改计划、指标或预算之一，且标识不与已有变更重复',
      'A scope change amends the plan, the indicators or the budget, under an id of its own',
    ),
    'change.budget-adds-up': message(
      '变更后的预算条目相加等于总额，且总额不超过资助金额',
      'An amended budget adds up to its total, which stays within the grant',
    ),
    'change.decided-by-supervision-group': message(
      '变更由项目监审组决定，并由其成员记录',
      'A scope change is decided by the supervision group and recorded by one of its members',
    ),
    'change.pending': message(
      '只能对尚未决定的变更申请作出决定',
      'Only a scope change still awaiting its decision can be decided',
    ),
  }),
);
