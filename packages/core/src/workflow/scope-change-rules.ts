import { moneyTotal } from '../money/money-total.js';
import { formatMoney } from '../money/format-money.js';
import type { Violation } from '../validation/violation.js';
import {
  message,
  onTeam,
  personName,
  projectCheck,
  sameProjectCheck,
  supervisionViolations,
  type ProjectCheck,
} from './project-rule.js';

/**
 * The checks of {@link scopeChangeRules} (`scope-change-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const scopeChangeChecks: readonly ProjectCheck[] = [
  sameProjectCheck(
    'change.same-project',
    'scope change',
    '变更申请',
    ['change-requested'],
    (e) => e.payload.change.project,
  ),
  projectCheck('change.requested-by-team', ['change-requested'], ({ state, event, context }) =>
    onTeam(state, event.by)
      ? []
      : [
          {
            rule: 'change.requested-by-team',
            message: message(
              `${personName(context, event.by, state)['zh-CN']} 不是执行小组成员，不能提出变更`,
              `${personName(context, event.by, state).en} is not on the execution team and cannot request a scope change`,
            ),
            path: ['by'],
          },
        ],
  ),
  projectCheck('change.amends', ['change-requested'], ({ state, event }) => {
    const change = event.payload.change;
    const violations: Violation[] = [];
    if (!change.plan && !change.indicators && !change.budget) {
      violations.push({
        rule: 'change.amends',
        message: message(
          '变更申请没有修改计划、指标或预算',
          'The scope change amends neither the plan, the indicators nor the budget',
        ),
        path: ['payload', 'change'],
      });
    }
    if (change.plan?.length === 0) {
      violations.push({
        rule: 'change.amends',
        message: message('变更后的计划没有任何活动', 'The amended plan has no activity'),
        path: ['payload', 'change', 'plan'],
      });
    }
    if (change.indicators?.length === 0) {
      violations.push({
        rule: 'change.amends',
        message: message('变更后没有任何指标', 'The amendment leaves no indicator'),
        path: ['payload', 'change', 'indicators'],
      });
    }
    if (state.changes.some((record) => record.change.id === change.id)) {
      violations.push({
        rule: 'change.amends',
        message: message(
          `已有标识为 ${change.id} 的变更申请`,
          `A scope change with the id ${change.id} is already on record`,
        ),
        path: ['payload', 'change', 'id'],
      });
    }
    return violations;
  }),
  projectCheck('change.budget-adds-up', ['change-requested'], ({ state, event }) => {
    const budget = event.payload.change.budget;
    if (!budget) return [];
    const path = ['payload', 'change', 'budget'];
    const total = moneyTotal(
      budget.lines.map((line) => line.amount),
      budget.total.currency,
    );
    const violations: Violation[] = [];
    if (!total.ok) {
      violations.push({
        rule: 'change.budget-adds-up',
        message: message(
          `预算条目使用 ${total.actual}，总额使用 ${total.expected}`,
          `A budget line is in ${total.actual}, the total in ${total.expected}`,
        ),
        path: [...path, 'lines', total.index, 'amount', 'currency'],
      });
    } else if (total.minorUnits !== BigInt(budget.total.amount)) {
      const sum = formatMoney({ amount: total.minorUnits, currency: total.currency });
      violations.push({
        rule: 'change.budget-adds-up',
        message: message(
          `变更后的预算条目合计 ${sum}，与总额 ${formatMoney(budget.total)} 不符`,
          `The amended budget lines add up to ${sum}, not the total of ${formatMoney(budget.total)}`,
        ),
        path: [...path, 'total'],
      });
    }
    const granted = state.granted;
    if (
      granted &&
      (budget.total.currency !== granted.currency || budget.total.amount > granted.amount)
    ) {
      violations.push({
        rule: 'change.budget-adds-up',
        message: message(
          `变更后的预算总额 ${formatMoney(budget.total)} 超出资助金额 ${formatMoney(granted)}`,
          `The amended budget total of ${formatMoney(budget.total)} is beyond the grant of ${formatMoney(granted)}`,
        ),
        path: [...path, 'total'],
      });
    }
    return violations;
  }),
  projectCheck('change.decided-by-supervision-group', ['change-decided'], ({ event, context }) =>
    supervisionViolations(
      'change.decided-by-supervision-group',
      context,
      event.payload.decision.body,
      event.by,
      ['payload', 'decision', 'body'],
    ),
  ),
  projectCheck('change.pending', ['change-decided'], ({ state, event }) => {
    const id = event.payload.decision.change;
    const record = state.changes.find((candidate) => candidate.change.id === id);
    if (record?.status === 'pending') return [];
    return [
      {
        rule: 'change.pending',
        message: record
          ? message(`变更 ${id} 已经决定过了`, `Scope change ${id} has already been decided`)
          : message(`没有标识为 ${id} 的变更申请`, `No scope change ${id} has been requested`),
        path: ['payload', 'decision', 'change'],
      },
    ];
  }),
];
