import { auditChecks } from './audit-rules.js';
import { message, withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `audit-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of the financial audit across documents: its `granted` is the approved grant
 * (`audit.granted`), its lines are the lines of the (amended) budget with their amounts and
 * sources, every grant line audited (`audit.budget-lines`), each line's actual spending is
 * what the expense ledger shows when one is kept (`audit.matches-ledger`), and the auditors
 * are the supervision group or the service center, never a team member (`audit.independent`).
 *
 * @example
 * auditRules.map((rule) => rule.id);
 */
export const auditRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  auditChecks,
  () => ({
    'audit.granted': message(
      '审计表的资助金额等于批准的资助金额',
      'The audit’s granted amount is the approved grant',
    ),
    'audit.budget-lines': message(
      '审计条目就是（变更后）预算的条目：金额、来源一致，资助条目都在',
      'The audit lines are the (amended) budget’s lines, with their amounts and sources, every grant line included',
    ),
    'audit.matches-ledger': message(
      '记有支出台账时，每个审计条目的实际支出等于台账合计',
      'When an expense ledger is kept, each audit line’s actual spending is the ledger’s total for it',
    ),
    'audit.independent': message(
      '审计人是项目监审组成员或社区服务中心人员，不是执行小组成员',
      'The auditors are the supervision group or the service center, never a member of the execution team',
    ),
  }),
);
