import { auditTotals, type FinancialAudit } from '../domain/financial-audit.js';
import { formatMoney } from '../money/format-money.js';
import type { Violation } from '../validation/violation.js';
import { grantCeiling } from './money-rules.js';
import type { ProjectState } from './project-state.js';
import {
  message,
  personName,
  projectCheck,
  sameProjectCheck,
  type ProjectCheck,
} from './project-rule.js';

/** What a {@link leadCheck} asks, in both languages. */
export const leadDescription = (zh: string, en: string) =>
  message(`执行小组恰好有一名${zh}`, `The execution team has exactly one ${en}`);

function leadCheck(id: string, role: 'overall-lead' | 'finance-lead', zh: string, en: string) {
  return projectCheck(id, ['execution-started'], ({ state }) => {
    const count = (state.team?.members ?? []).filter((member) => member.role === role).length;
    if (count === 1) return [];
    return [
      {
        rule: id,
        message:
          count === 0
            ? message(
                `执行小组需要一名${zh}`,
                `The execution team needs ${/^[aeiou]/.test(en) ? 'an' : 'a'} ${en}`,
              )
            : message(
                `执行小组只能有一名${zh}，现有 ${count} 名`,
                `The execution team has ${count} ${en}s; it needs exactly one`,
              ),
        path: ['team', 'members'],
      },
    ];
  });
}

function withinGrant(
  audit: FinancialAudit | undefined,
  state: ProjectState,
  path: (string | number)[],
): Violation[] {
  const granted = state.granted;
  if (!audit || !granted) return [];
  const totals = auditTotals(audit);
  if (!totals || totals.currency !== granted.currency) {
    return [
      {
        rule: 'spending.within-grant',
        message: message(
          `审计金额的货币与资助（${granted.currency}）不一致`,
          `The audit's amounts are not all in the grant's currency (${granted.currency})`,
        ),
        path,
      },
    ];
  }
  const ceiling = grantCeiling(state)!;
  if (totals.actual <= BigInt(ceiling.amount)) return [];
  const actual = formatMoney({ amount: totals.actual, currency: totals.currency });
  return [
    {
      rule: 'spending.within-grant',
      message:
        ceiling === granted
          ? message(
              `实际支出 ${actual} 超过资助金额 ${formatMoney(granted)}，需要项目监审组的批准记录`,
              `Actual spending of ${actual} exceeds the grant of ${formatMoney(granted)}: it needs a supervision-group approval on record`,
            )
          : message(
              `实际支出 ${actual} 超过项目监审组批准的上限 ${formatMoney(ceiling)}`,
              `Actual spending of ${actual} exceeds the ceiling of ${formatMoney(ceiling)} approved by the supervision group`,
            ),
      path,
    },
  ];
}

/**
 * The checks of {@link executionStepRules} (`project-step-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const executionStepChecks: readonly ProjectCheck[] = [
  sameProjectCheck(
    'team.same-project',
    'execution team',
    '执行小组',
    ['team-formed', 'team-updated'],
    (e) => e.payload.team.project,
  ),
  leadCheck('team.overall-lead', 'overall-lead', '总负责人', 'overall lead'),
  leadCheck('team.finance-lead', 'finance-lead', '财务负责人', 'finance lead'),
  projectCheck('team.contracts-signed', ['execution-started'], ({ state: { team }, context }) =>
    (team?.members ?? []).flatMap((member, index) =>
      member.contract.signed
        ? []
        : [
            {
              rule: 'team.contracts-signed',
              message: message(
                `成员 ${personName(context, member.participant, { team })['zh-CN']} 尚未签署职责合同`,
                `Member ${personName(context, member.participant, { team }).en} has not signed the responsibility contract`,
              ),
              path: ['team', 'members', index, 'contract', 'signed'],
            },
          ],
    ),
  ),
  sameProjectCheck(
    'report.same-project',
    'execution report',
    '执行报告',
    ['report-submitted'],
    (e) => e.payload.report.project,
  ),
];

/**
 * The checks of {@link closingStepRules} (`project-step-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const closingStepChecks: readonly ProjectCheck[] = [
  sameProjectCheck(
    'audit.same-project',
    'financial audit',
    '财务审计表',
    ['audit-recorded'],
    (e) => e.payload.audit.project,
  ),
  projectCheck('spending.within-grant', ['audit-recorded', 'closed'], ({ state, event }) =>
    event.type === 'audit-recorded'
      ? withinGrant(event.payload.audit, state, ['payload', 'audit', 'lines'])
      : withinGrant(state.audit, state, ['audit', 'lines']),
  ),
  sameProjectCheck(
    'evaluation.same-project',
    'evaluation report',
    '评估报告',
    ['evaluation-recorded'],
    (e) => e.payload.evaluation.project,
  ),
  projectCheck('closing.financial-audit', ['closed'], ({ state }) =>
    state.audit
      ? []
      : [
          {
            rule: 'closing.financial-audit',
            message: message('结项前需要财务审计表', 'Closing needs a financial audit on record'),
            path: ['audit'],
          },
        ],
  ),
  projectCheck('closing.evaluation-report', ['closed'], ({ state }) =>
    state.evaluation
      ? []
      : [
          {
            rule: 'closing.evaluation-report',
            message: message('结项前需要评估报告', 'Closing needs an evaluation report on record'),
            path: ['evaluation'],
          },
        ],
  ),
];
