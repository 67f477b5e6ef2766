import type {
  Application,
  EvaluationReport,
  ExecutionReport,
  FinancialAudit,
  SpendingApproval,
} from '@qingyuan/core';
import { jinhualiApplication, jinhualiExecutionHistory } from '@qingyuan/core/examples';

/** The payload of the first event of `type` in Jinhuali's example history. */
function payloadOf<T>(type: string, key: string): T {
  const event = jinhualiExecutionHistory.find((e) => e.type === type) as
    { payload: Record<string, unknown> } | undefined;
  if (!event) throw new Error(`the example history has no ${type}`);
  return event.payload[key] as T;
}

/** Jinhuali's application as amended by its approved scope change (mending and ironing). */
export function amendedApplication(): Application {
  const change = payloadOf<{
    plan: Application['plan'];
    indicators: Application['indicators'];
    budget: Application['budget'];
  }>('change-requested', 'change');
  return {
    ...jinhualiApplication,
    plan: change.plan,
    indicators: change.indicators,
    budget: change.budget,
  };
}

/**
 * The closing documents of Jinhuali's New Residents' Home from core's example history: the
 * amended application, the execution report, the audit and the final evaluation.
 */
export function jinhualiClosing(): {
  application: Application;
  report: ExecutionReport;
  audit: FinancialAudit;
  evaluation: EvaluationReport;
  approvals: SpendingApproval[];
} {
  return {
    application: amendedApplication(),
    report: payloadOf('report-submitted', 'report'),
    audit: payloadOf('audit-recorded', 'audit'),
    evaluation: [...jinhualiExecutionHistory]
      .reverse()
      .map((e) => (e.type === 'evaluation-recorded' ? e.payload.evaluation : undefined))
      .find((e) => e !== undefined)!,
    approvals: [],
  };
}

/**
 * A fictional variant (said so in stories): the shelves cost 1,000 yuan more than budgeted, so
 * grant spending exceeds the grant by 650 yuan, with the supervision group's approval of a
 * ceiling of 11,000 yuan on record; one indicator is missed.
 */
export function overspentClosing(): ReturnType<typeof jinhualiClosing> {
  const closing = jinhualiClosing();
  return {
    ...closing,
    audit: {
      ...closing.audit,
      lines: closing.audit.lines.map((line) =>
        line.line === 'b-shelves' ? { ...line, actual: { amount: 580000, currency: 'CNY' } } : line,
      ),
      conclusion: 'compliant-with-remarks',
      remarks: {
        'zh-CN': '货架涨价，超支部分已经监审组批准',
        en: 'Shelves cost more; the overspend was approved by the supervision group',
      },
    },
    evaluation: {
      ...closing.evaluation,
      indicators: closing.evaluation.indicators.map((result) =>
        result.indicator === 'i-children' ? { ...result, reached: 15 } : result,
      ),
    },
    approvals: [
      {
        body: 'qingyuan-supervision',
        by: 'p-jiwei',
        at: '2007-11-20T10:00:00+08:00',
        ceiling: { amount: 1100000, currency: 'CNY' },
      },
    ],
  };
}
