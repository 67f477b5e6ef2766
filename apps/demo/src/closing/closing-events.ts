import {
  disbursedTotal,
  grantSpent,
  type EvaluationReport,
  type FinancialAudit,
  type LocalizedText,
  type Money,
  type ProjectEvent,
  type ProjectState,
} from '@qingyuan/core';

/** Who posts, when, for which project: what every step's event carries besides its document. */
export interface StepMeta {
  project: string;
  /** The participant id of the person recording the step. */
  by: string;
  /** When, as an ISO timestamp. */
  at: string;
}

/** The body of the supervision group that decides scope changes, spending and terminations. */
export const supervisionBody = 'qingyuan-supervision';

const day = (at: string) => at.slice(0, 10);
const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/**
 * A sum in yuan as a person types it (`1500`, `1,500.50`, `1 500`) as money in fen; undefined
 * when it is not a positive amount with at most two decimals.
 *
 * @example
 * yuanAmount('1,500.5'); // { amount: 150050, currency: 'CNY' }
 */
export function yuanAmount(text: string): Money | undefined {
  const clean = text.replace(/[\s,，]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return undefined;
  const [whole, fraction = ''] = clean.split('.');
  const amount = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return amount > 0 && Number.isSafeInteger(amount) ? { amount, currency: 'CNY' } : undefined;
}

/** The grant not paid out yet (fen). */
export function undisbursed(state: ProjectState): number {
  return Math.max(0, Number(BigInt(state.granted?.amount ?? 0) - disbursedTotal(state)));
}

/** The money paid out and not spent (fen): what a terminated project returns. */
export function unspent(state: ProjectState): number {
  return Math.max(0, Number(disbursedTotal(state) - grantSpent(state)));
}

/**
 * The next tranche of the grant paid to the project (the service center's `disbursed`).
 *
 * @example
 * disbursement(state, { project, by: 'p-center', at }, yuanAmount('4000')!);
 */
export function disbursement(state: ProjectState, meta: StepMeta, amount: Money): ProjectEvent {
  const tranche = state.disbursements.length + 1;
  return {
    type: 'disbursed',
    at: meta.at,
    by: meta.by,
    payload: {
      disbursement: {
        id: `d-${meta.project}-${tranche}`,
        project: meta.project,
        tranche,
        amount,
        paidOn: day(meta.at),
      },
    },
  };
}

/**
 * An entry of the expense ledger on a budget line, with its receipt (the team's `expense-recorded`).
 *
 * @example
 * expense(state, meta, { line: 'b-materials', item: '画纸', amount, receipt: 'No.001' });
 */
export function expense(
  state: ProjectState,
  meta: StepMeta,
  entry: { line: string; item: string; amount: Money; receipt: string },
): ProjectEvent {
  return {
    type: 'expense-recorded',
    at: meta.at,
    by: meta.by,
    payload: {
      expense: {
        id: `x-${meta.project}-${state.expenses.length + 1}`,
        project: meta.project,
        line: entry.line,
        item: same(entry.item),
        amount: entry.amount,
        paidOn: day(meta.at),
        receipt: { number: entry.receipt },
      },
    },
  };
}

/**
 * A scope change that moves `amount` from one budget line to another, the total unchanged
 * (the team's `change-requested`); undefined when the lines are not the budget's or the first
 * holds less than `amount`.
 *
 * @example
 * budgetShift(state, meta, { from: 'b-props', to: 'b-materials', amount, reason: '多买画材' });
 */
export function budgetShift(
  state: ProjectState,
  meta: StepMeta,
  change: { from: string; to: string; amount: Money; reason: string },
): ProjectEvent | undefined {
  const budget = state.application?.budget;
  const from = budget?.lines.find((l) => l.id === change.from);
  const to = budget?.lines.find((l) => l.id === change.to);
  if (!budget || !from || !to || from === to || from.amount.amount < change.amount.amount) {
    return undefined;
  }
  const lines = budget.lines.map((l) => {
    const by =
      l.id === change.from ? -change.amount.amount : l.id === change.to ? change.amount.amount : 0;
    return by === 0 ? l : { ...l, amount: { ...l.amount, amount: l.amount.amount + by } };
  });
  return {
    type: 'change-requested',
    at: meta.at,
    by: meta.by,
    payload: {
      change: {
        id: `sc-${meta.project}-${state.changes.length + 1}`,
        project: meta.project,
        reason: same(change.reason),
        budget: { ...budget, lines },
        requestedAt: meta.at,
      },
    },
  };
}

/**
 * The supervision group's decision on the scope change waiting for one (`change-decided`).
 *
 * @example
 * changeDecision(state, meta, true);
 */
export function changeDecision(
  state: ProjectState,
  meta: StepMeta,
  approved: boolean,
): ProjectEvent | undefined {
  const pending = state.changes.find((c) => c.status === 'pending');
  if (!pending) return undefined;
  return {
    type: 'change-decided',
    at: meta.at,
    by: meta.by,
    payload: { decision: { change: pending.change.id, body: supervisionBody, approved } },
  };
}

/**
 * An evaluation against every indicator of the (amended) application: `reached` by indicator
 * id (a missing one counts 0). A milestone for a stage evaluation (`stage-evaluated`), the final
 * one for the closing (`evaluation-recorded`).
 *
 * @example
 * evaluation(state, meta, 'final', { 'i-children': 25 }, '孩子们自己设计了活动');
 */
export function evaluation(
  state: ProjectState,
  meta: StepMeta,
  stage: 'milestone' | 'final',
  reached: Readonly<Record<string, number>>,
  summary: string,
): ProjectEvent {
  const report: EvaluationReport = {
    id: `ev-${meta.project}-${stage === 'final' ? 'final' : state.stageEvaluations.length + 1}`,
    project: meta.project,
    stage,
    indicators: (state.application?.indicators ?? []).map((i) => ({
      indicator: i.id,
      unit: i.unit,
      target: i.target,
      reached: reached[i.id] ?? 0,
    })),
    summary: same(summary),
    evaluatedBy: [meta.by],
    evaluatedAt: meta.at,
  };
  return stage === 'final'
    ? { type: 'evaluation-recorded', at: meta.at, by: meta.by, payload: { evaluation: report } }
    : { type: 'stage-evaluated', at: meta.at, by: meta.by, payload: { evaluation: report } };
}

/**
 * The financial audit as the ledger gives it: every line of the (amended) budget with what
 * was budgeted and what the expense ledger shows spent on it (core's `audit.matches-ledger`).
 *
 * @example
 * auditFromLedger(state, meta, 'compliant');
 */
export function auditFromLedger(
  state: ProjectState,
  meta: StepMeta,
  conclusion: FinancialAudit['conclusion'],
  remarks?: string,
): FinancialAudit {
  const budget = state.application?.budget;
  const granted = state.granted ?? budget?.total ?? { amount: 0, currency: 'CNY' };
  const spentOn = (line: string) =>
    state.expenses.filter((x) => x.line === line).reduce((total, x) => total + x.amount.amount, 0);
  return {
    id: `fa-${meta.project}`,
    project: meta.project,
    granted,
    lines: [
      ...(budget?.lines ?? []).map((l) => ({
        line: l.id,
        item: l.item,
        budgeted: l.amount,
        actual: { amount: spentOn(l.id), currency: l.amount.currency },
      })),
      ...(budget?.contributions ?? []).map((l) => ({
        line: l.id,
        source: l.source,
        item: l.item,
        budgeted: l.amount,
        actual: { amount: spentOn(l.id), currency: l.amount.currency },
      })),
    ],
    auditedBy: [meta.by],
    auditedAt: meta.at,
    conclusion,
    ...(remarks ? { remarks: same(remarks) } : {}),
  };
}

/**
 * The supervision group approving grant spending up to `ceiling`, above the grant
 * (`spending-approved`): core refuses an expense beyond the grant until one is recorded.
 *
 * @example
 * spendingApproval(meta, yuanAmount('9000')!);
 */
export function spendingApproval(meta: StepMeta, ceiling: Money): ProjectEvent {
  return {
    type: 'spending-approved',
    at: meta.at,
    by: meta.by,
    payload: { body: supervisionBody, ceiling },
  };
}

/** The open termination proposal's id, if one is open. */
function openProposal(state: ProjectState): string | undefined {
  return state.terminationProposals.find((p) => p.outcome === 'open')?.proposal.id;
}

/**
 * The proposal to terminate the project, with its reason and the date the team answers by
 * (`termination-proposed`); `proposer` is the body the proposing role speaks for.
 *
 * @example
 * terminationProposal(state, meta, 'service-center', '志愿者都已离开', '2026-12-21');
 */
export function terminationProposal(
  state: ProjectState,
  meta: StepMeta,
  proposer: 'supervision-group' | 'service-center',
  reason: string,
  respondBy: string,
): ProjectEvent {
  return {
    type: 'termination-proposed',
    at: meta.at,
    by: meta.by,
    payload: {
      proposal: {
        id: `tp-${meta.project}-${state.terminationProposals.length + 1}`,
        project: meta.project,
        proposer,
        reason: same(reason),
        respondBy,
      },
    },
  };
}

/**
 * The team's answer to the open termination proposal (`termination-answered`).
 *
 * @example
 * terminationAnswer(state, meta, '同意终止');
 */
export function terminationAnswer(
  state: ProjectState,
  meta: StepMeta,
  text: string,
): ProjectEvent | undefined {
  const proposal = openProposal(state);
  if (!proposal) return undefined;
  return {
    type: 'termination-answered',
    at: meta.at,
    by: meta.by,
    payload: { response: { proposal, text: same(text) } },
  };
}

/**
 * The supervision group's decision on the open proposal: the project terminated
 * (`terminated`, the refund due being the unspent money) or not (`termination-declined`).
 *
 * @example
 * terminationDecision(state, meta, true, '执行小组无力继续', '监审〔2026〕1号');
 */
export function terminationDecision(
  state: ProjectState,
  meta: StepMeta,
  terminate: boolean,
  reason: string,
  reference?: string,
): ProjectEvent | undefined {
  const proposal = openProposal(state);
  if (!proposal) return undefined;
  if (!terminate) {
    return {
      type: 'termination-declined',
      at: meta.at,
      by: meta.by,
      payload: { decision: { proposal, body: supervisionBody, reason: same(reason) } },
    };
  }
  const refund = unspent(state);
  return {
    type: 'terminated',
    at: meta.at,
    by: meta.by,
    payload: {
      termination: {
        id: `term-${meta.project}`,
        project: meta.project,
        proposal,
        reason: same(reason),
        decision: {
          body: supervisionBody,
          decidedAt: meta.at,
          ...(reference ? { reference } : {}),
        },
        ...(refund > 0
          ? { refund: { amount: refund, currency: state.granted?.currency ?? 'CNY' } }
          : {}),
      },
    },
  };
}

/**
 * The unspent money paid back to the fund (`refund-recorded`).
 *
 * @example
 * refund(state, meta, '退〔2026〕1号');
 */
export function refund(state: ProjectState, meta: StepMeta, reference?: string): ProjectEvent {
  return {
    type: 'refund-recorded',
    at: meta.at,
    by: meta.by,
    payload: {
      refund: {
        id: `r-${meta.project}`,
        project: meta.project,
        amount: { amount: unspent(state), currency: state.granted?.currency ?? 'CNY' },
        paidOn: day(meta.at),
        ...(reference ? { reference } : {}),
      },
    },
  };
}
