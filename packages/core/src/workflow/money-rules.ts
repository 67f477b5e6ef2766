import type { FundingSource } from '../domain/funding-source.js';
import { formatMoney } from '../money/format-money.js';
import type { Money } from '../money/money.js';
import type { Violation } from '../validation/violation.js';
import type { ProjectState } from './project-state.js';
import {
  hasRole,
  message,
  personName,
  projectCheck,
  sameProjectCheck,
  type ProjectCheck,
} from './project-rule.js';

/**
 * The lines money may be booked on, from the current (amended) budget: each grant line and
 * each co-funding or income line, with its source.
 *
 * @example
 * budgetLineSources(state).get('b-shelves'); // 'grant'
 */
export function budgetLineSources(state: ProjectState): Map<string, FundingSource> {
  const budget = state.application?.budget;
  return new Map<string, FundingSource>([
    ...(budget?.lines ?? []).map((line) => [line.id, 'grant'] as const),
    ...(budget?.contributions ?? []).map((line) => [line.id, line.source] as const),
  ]);
}

/**
 * How much may be spent from the grant: the grant, or the highest ceiling the supervision
 * group approved in the grant's currency.
 *
 * @example
 * grantCeiling(state); // { amount: 1000000, currency: 'CNY' }
 */
export function grantCeiling(state: ProjectState): Money | undefined {
  const granted = state.granted;
  if (!granted) return undefined;
  return state.spendingApprovals
    .map((approval) => approval.ceiling)
    .filter((ceiling) => ceiling.currency === granted.currency)
    .reduce((max, ceiling) => (ceiling.amount > max.amount ? ceiling : max), granted);
}

/**
 * What the ledger spent from the grant so far, in minor units of the grant's currency.
 *
 * @example
 * grantSpent(state); // 980000n
 */
export function grantSpent(state: ProjectState): bigint {
  return state.expenses
    .filter((expense) => (expense.source ?? 'grant') === 'grant')
    .reduce((total, expense) => total + BigInt(expense.amount.amount), 0n);
}

/**
 * What was disbursed so far, in minor units.
 *
 * @example
 * disbursedTotal(state); // 600000n after a first tranche of 6,000 yuan
 */
export function disbursedTotal(state: ProjectState): bigint {
  return state.disbursements.reduce(
    (total, disbursement) => total + BigInt(disbursement.amount.amount),
    0n,
  );
}

const currencyViolation = (rule: string, money: Money, granted: Money, path: string[]) =>
  money.currency === granted.currency
    ? []
    : [
        {
          rule,
          message: message(
            `金额使用 ${money.currency}，资助使用 ${granted.currency}`,
            `The amount is in ${money.currency}, the grant in ${granted.currency}`,
          ),
          path,
        },
      ];

/**
 * The checks of {@link moneyRules} (`money-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const moneyChecks: readonly ProjectCheck[] = [
  sameProjectCheck(
    'disbursement.same-project',
    'disbursement',
    '拨款',
    ['disbursed'],
    (e) => e.payload.disbursement.project,
  ),
  projectCheck('disbursement.by-funder', ['disbursed'], ({ event, context }) =>
    hasRole(context, event.by, 'street-office') || hasRole(context, event.by, 'service-center')
      ? []
      : [
          {
            rule: 'disbursement.by-funder',
            message: message(
              `${personName(context, event.by)['zh-CN']} 不是街道办事处或社区服务中心的人员，不能记录拨款`,
              `${personName(context, event.by).en} is not with the street office or the service center and cannot record a disbursement`,
            ),
            path: ['by'],
          },
        ],
  ),
  projectCheck('disbursement.within-grant', ['disbursed'], ({ state, event }) => {
    const granted = state.granted;
    const payment = event.payload.disbursement;
    if (!granted) return [];
    const violations: Violation[] = currencyViolation(
      'disbursement.within-grant',
      payment.amount,
      granted,
      ['payload', 'disbursement', 'amount', 'currency'],
    );
    const total = disbursedTotal(state) + BigInt(payment.amount.amount);
    if (violations.length === 0 && total > BigInt(granted.amount)) {
      const sum = formatMoney({ amount: total, currency: granted.currency });
      violations.push({
        rule: 'disbursement.within-grant',
        message: message(
          `拨款合计 ${sum} 超过资助金额 ${formatMoney(granted)}`,
          `Disbursements would add up to ${sum}, more than the grant of ${formatMoney(granted)}`,
        ),
        path: ['payload', 'disbursement', 'amount'],
      });
    }
    const expected = state.disbursements.length + 1;
    if (payment.tranche !== expected) {
      violations.push({
        rule: 'disbursement.within-grant',
        message: message(
          `这一笔应是第 ${expected} 期拨款，而不是第 ${payment.tranche} 期`,
          `This is tranche ${expected}, not ${payment.tranche}`,
        ),
        path: ['payload', 'disbursement', 'tranche'],
      });
    }
    return violations;
  }),
  sameProjectCheck(
    'expense.same-project',
    'expense',
    '支出',
    ['expense-recorded'],
    (e) => e.payload.expense.project,
  ),
  projectCheck('expense.receipt', ['expense-recorded'], ({ event }) =>
    event.payload.expense.receipt
      ? []
      : [
          {
            rule: 'expense.receipt',
            message: message(
              `支出 ${event.payload.expense.id} 没有收据或发票`,
              `Expense ${event.payload.expense.id} has no receipt`,
            ),
            path: ['payload', 'expense', 'receipt'],
          },
        ],
  ),
  projectCheck('expense.budget-line', ['expense-recorded'], ({ state, event }) => {
    const expense = event.payload.expense;
    const source = budgetLineSources(state).get(expense.line);
    if (source === undefined) {
      return [
        {
          rule: 'expense.budget-line',
          message: message(
            `预算中没有条目 ${expense.line}`,
            `The budget has no line ${expense.line}`,
          ),
          path: ['payload', 'expense', 'line'],
        },
      ];
    }
    const claimed = expense.source ?? 'grant';
    return claimed === source
      ? []
      : [
          {
            rule: 'expense.budget-line',
            message: message(
              `条目 ${expense.line} 的资金来源是 ${source}，不是 ${claimed}`,
              `Line ${expense.line} is funded by ${source}, not ${claimed}`,
            ),
            path: ['payload', 'expense', 'source'],
          },
        ];
  }),
  projectCheck('expense.within-grant', ['expense-recorded'], ({ state, event }) => {
    const expense = event.payload.expense;
    const ceiling = grantCeiling(state);
    if (!ceiling || (expense.source ?? 'grant') !== 'grant') return [];
    const wrongCurrency = currencyViolation('expense.within-grant', expense.amount, ceiling, [
      'payload',
      'expense',
      'amount',
      'currency',
    ]);
    if (wrongCurrency.length > 0) return wrongCurrency;
    const total = grantSpent(state) + BigInt(expense.amount.amount);
    if (total <= BigInt(ceiling.amount)) return [];
    const sum = formatMoney({ amount: total, currency: ceiling.currency });
    return [
      {
        rule: 'expense.within-grant',
        message:
          ceiling === state.granted
            ? message(
                `资助资金支出合计 ${sum}，超过资助金额 ${formatMoney(ceiling)}，需要项目监审组的批准`,
                `Grant spending would reach ${sum}, beyond the grant of ${formatMoney(ceiling)}: it needs the supervision group's approval`,
              )
            : message(
                `资助资金支出合计 ${sum}，超过项目监审组批准的上限 ${formatMoney(ceiling)}`,
                `Grant spending would reach ${sum}, beyond the ceiling of ${formatMoney(ceiling)} the supervision group approved`,
              ),
        path: ['payload', 'expense', 'amount'],
      },
    ];
  }),
];
