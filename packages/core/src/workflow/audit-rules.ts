import { formatMoney } from '../money/format-money.js';
import type { Violation } from '../validation/violation.js';
import { budgetLineSources } from './money-rules.js';
import {
  hasRole,
  inSupervisionGroup,
  message,
  onTeam,
  personName,
  projectCheck,
  type ProjectCheck,
} from './project-rule.js';

/**
 * The checks of {@link auditRules} (`audit-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const auditChecks: readonly ProjectCheck[] = [
  projectCheck('audit.granted', ['audit-recorded'], ({ state, event }) => {
    const granted = state.granted;
    const stated = event.payload.audit.granted;
    if (!granted || (stated.amount === granted.amount && stated.currency === granted.currency))
      return [];
    return [
      {
        rule: 'audit.granted',
        message: message(
          `审计表写明资助 ${formatMoney(stated)}，批准的资助是 ${formatMoney(granted)}`,
          `The audit states a grant of ${formatMoney(stated)}; the approved grant is ${formatMoney(granted)}`,
        ),
        path: ['payload', 'audit', 'granted'],
      },
    ];
  }),
  projectCheck('audit.budget-lines', ['audit-recorded'], ({ state, event }) => {
    const budget = state.application?.budget;
    if (!budget) return [];
    const sources = budgetLineSources(state);
    const amounts = new Map(
      [...budget.lines, ...(budget.contributions ?? [])].map((line) => [line.id, line.amount]),
    );
    const lines = event.payload.audit.lines;
    const violations: Violation[] = lines.flatMap((line, index): Violation[] => {
      const path = ['payload', 'audit', 'lines', index];
      const source = sources.get(line.line);
      if (source === undefined) {
        return [
          {
            rule: 'audit.budget-lines',
            message: message(
              `审计条目 ${line.line} 不在预算中`,
              `Audit line ${line.line} is not a line of the budget`,
            ),
            path: [...path, 'line'],
          },
        ];
      }
      const found: Violation[] = [];
      if ((line.source ?? 'grant') !== source) {
        found.push({
          rule: 'audit.budget-lines',
          message: message(
            `审计条目 ${line.line} 的来源应为 ${source}`,
            `Audit line ${line.line} is funded by ${source}`,
          ),
          path: [...path, 'source'],
        });
      }
      const planned = amounts.get(line.line)!;
      if (line.budgeted.amount !== planned.amount || line.budgeted.currency !== planned.currency) {
        found.push({
          rule: 'audit.budget-lines',
          message: message(
            `审计条目 ${line.line} 的预算为 ${formatMoney(line.budgeted)}，预算书中是 ${formatMoney(planned)}`,
            `Audit line ${line.line} budgets ${formatMoney(line.budgeted)}; the budget says ${formatMoney(planned)}`,
          ),
          path: [...path, 'budgeted'],
        });
      }
      return found;
    });
    const audited = new Set(lines.map((line) => line.line));
    for (const line of budget.lines) {
      if (!audited.has(line.id)) {
        violations.push({
          rule: 'audit.budget-lines',
          message: message(
            `预算条目 ${line.id} 没有审计`,
            `Budget line ${line.id} is missing from the audit`,
          ),
          path: ['payload', 'audit', 'lines'],
        });
      }
    }
    return violations;
  }),
  projectCheck('audit.matches-ledger', ['audit-recorded'], ({ state, event }) => {
    if (state.expenses.length === 0) return [];
    const ledger = new Map<string, bigint>();
    for (const expense of state.expenses) {
      ledger.set(expense.line, (ledger.get(expense.line) ?? 0n) + BigInt(expense.amount.amount));
    }
    return event.payload.audit.lines.flatMap((line, index) => {
      const booked = ledger.get(line.line) ?? 0n;
      if (booked === BigInt(line.actual.amount)) return [];
      const sum = formatMoney({ amount: booked, currency: line.actual.currency });
      return [
        {
          rule: 'audit.matches-ledger',
          message: message(
            `审计条目 ${line.line} 的实际支出 ${formatMoney(line.actual)} 与支出台账合计 ${sum} 不符`,
            `Audit line ${line.line} shows ${formatMoney(line.actual)} spent; the expense ledger shows ${sum}`,
          ),
          path: ['payload', 'audit', 'lines', index, 'actual'],
        },
      ];
    });
  }),
  projectCheck('audit.independent', ['audit-recorded'], ({ state, event, context }) =>
    event.payload.audit.auditedBy.flatMap((auditor, index): Violation[] => {
      const path = ['payload', 'audit', 'auditedBy', index];
      const who = personName(context, auditor, state);
      if (onTeam(state, auditor)) {
        return [
          {
            rule: 'audit.independent',
            message: message(
              `${who['zh-CN']} 是执行小组成员，不能审计本项目`,
              `${who.en} is on the execution team and cannot audit the project`,
            ),
            path,
          },
        ];
      }
      return inSupervisionGroup(context, auditor) || hasRole(context, auditor, 'service-center')
        ? []
        : [
            {
              rule: 'audit.independent',
              message: message(
                `${who['zh-CN']} 既不是项目监审组成员，也不是社区服务中心人员`,
                `${who.en} is neither in the supervision group nor with the service center`,
              ),
              path,
            },
          ];
    }),
  ),
];
