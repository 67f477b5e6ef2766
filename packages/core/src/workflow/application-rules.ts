import { moneyTotal } from '../money/money-total.js';
import { formatMoney } from '../money/format-money.js';
import { messagePair as m } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import { initialProjectState } from './initial-project-state.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import { type ProjectCheck } from './project-rule.js';
import { submissionChecks } from './submission-rules.js';

function applicationCheck(
  id: string,
  on: ProjectCheck['on'],
  check: ProjectCheck['check'],
): ProjectCheck {
  return { id, on, check };
}

/**
 * The checks of {@link applicationRules} (`application-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const applicationChecks: readonly ProjectCheck[] = [
  applicationCheck('application.present', ['submitted'], ({ state }) =>
    state.application
      ? []
      : [
          {
            rule: 'application.present',
            message: m('尚未保存项目申请书', 'No application has been saved yet'),
            path: ['application'],
          },
        ],
  ),
  applicationCheck('application.has-indicator', ['submitted'], ({ state }) =>
    state.application && state.application.indicators.length === 0
      ? [
          {
            rule: 'application.has-indicator',
            message: m(
              '申请书至少需要一项指标（可衡量的目标及单位）',
              'The application needs at least one indicator (a measurable target with its unit)',
            ),
            path: ['application', 'indicators'],
          },
        ]
      : [],
  ),
  applicationCheck('application.budget-adds-up', ['submitted'], ({ state }) => {
    const budget = state.application?.budget;
    if (!budget) return [];
    const path = ['application', 'budget'];
    if (budget.lines.length === 0) {
      return [
        {
          rule: 'application.budget-adds-up',
          message: m('预算没有任何条目', 'The budget has no lines'),
          path: [...path, 'lines'],
        },
      ];
    }
    const total = moneyTotal(
      budget.lines.map((line) => line.amount),
      budget.total.currency,
    );
    if (!total.ok) {
      return [
        {
          rule: 'application.budget-adds-up',
          message: m(
            `预算条目使用 ${total.actual}，总额使用 ${total.expected}`,
            `A budget line is in ${total.actual}, the total in ${total.expected}`,
          ),
          path: [...path, 'lines', total.index, 'amount', 'currency'],
        },
      ];
    }
    if (total.minorUnits === BigInt(budget.total.amount)) return [];
    const sum = formatMoney({ amount: total.minorUnits, currency: total.currency });
    return [
      {
        rule: 'application.budget-adds-up',
        message: m(
          `预算条目合计 ${sum}，与总额 ${formatMoney(budget.total)} 不符`,
          `The budget lines add up to ${sum}, not the total of ${formatMoney(budget.total)}`,
        ),
        path: [...path, 'total'],
      },
    ];
  }),
  ...submissionChecks,
];

/**
 * What a draft application still lacks before it can be submitted: the violations of
 * {@link applicationRules}, the same `missingForNext(projectLifecycle, state, context).missing`
 * gives for a draft holding this application, without loading the other rules of the project
 * lifecycle (a form that checks an application needs only these).
 *
 * @example
 * missingForSubmission({ ...application, indicators: [] }).map((violation) => violation.rule);
 * // ['application.has-indicator']
 */
export function missingForSubmission(
  application: ProjectState['application'],
  context: ProjectContext = { bodies: [] },
): Violation[] {
  const state: ProjectState = { ...initialProjectState, application };
  const event = { type: 'submitted', at: '1970-01-01T00:00:00Z', by: 'next-step' } as const;
  return applicationChecks.flatMap((rule) => rule.check({ state, event, context }));
}
