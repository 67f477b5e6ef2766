import { moneyChecks } from './money-rules.js';
import {
  sameProjectDescription,
  message,
  withDescriptions,
  type ProjectRule,
} from './project-rule.js';

// What each rule of `money-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of money during execution: tranches of the grant (`disbursement.*`) and the
 * expense ledger (`expense.*`): every expense has a receipt, is booked on a line of the
 * (amended) budget with that line's source, and grant spending stays within the grant unless
 * the supervision group approved a higher ceiling.
 *
 * @example
 * moneyRules.map((rule) => rule.id);
 */
export const moneyRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  moneyChecks,
  () => ({
    'disbursement.same-project': sameProjectDescription('disbursement', '拨款'),
    'disbursement.by-funder': message(
      '拨款由街道办事处或社区服务中心记录',
      'A disbursement is recorded by the street office or the service center',
    ),
    'disbursement.within-grant': message(
      '各期拨款合计不超过资助金额，期数依次递增',
      'The tranches add up to no more than the grant and are numbered in order',
    ),
    'expense.same-project': sameProjectDescription('expense', '支出'),
    'expense.receipt': message('每笔支出都有收据或发票', 'Every expense has a receipt'),
    'expense.budget-line': message(
      '支出记在（变更后）预算的条目上，来源与该条目一致',
      'An expense is booked on a line of the (amended) budget, from that line’s source',
    ),
    'expense.within-grant': message(
      '资助资金的支出不超过资助金额，超出须有项目监审组的批准',
      'Spending from the grant stays within it unless the supervision group approved more',
    ),
  }),
);
