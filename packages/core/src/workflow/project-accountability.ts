import type { Expense, Receipt } from '../domain/expense.js';
import type { TeamRole } from '../domain/team-role.js';
import type { TerminationProposer } from '../domain/termination-proposal.js';
import type { Money } from '../money/money.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectState } from './project-state.js';
import type { ProjectStatus } from './project-statuses.js';
import type { PublicProjectView } from './public-project-view.js';

/** One budget line of the grant beside what the grant paid on it. */
export interface AccountabilityLine {
  readonly line: string;
  readonly item: LocalizedText;
  readonly budget: Money;
  readonly spent: Money;
}

/** One indicator: its target and what the latest evaluation measured (`null`: not yet). */
export interface AccountabilityIndicator {
  readonly id: string;
  readonly description: LocalizedText;
  readonly unit: LocalizedText;
  readonly target: number;
  readonly reached: number | null;
  readonly measuredBy: 'final' | 'stage' | null;
}

/** An expense line paid from the grant; its receipt only where the source publishes it. */
export interface AccountabilityExpense {
  readonly id: string;
  readonly line: string;
  readonly item: LocalizedText;
  readonly amount: Money;
  readonly paidOn: string;
  readonly receipt?: Receipt | undefined;
  /**
   * Paid beyond the grant (grant spending passed it with this line), which the lifecycle accepts
   * only under the supervision group's approval of a higher ceiling.
   */
  readonly beyondGrant: boolean;
}

/** A scope change: what it asked and why, who asked, and the supervision group's answer. */
export interface AccountabilityChange {
  readonly id: string;
  readonly reason: LocalizedText;
  /** What the change replaces: the plan, the indicators and/or the budget. */
  readonly amends: readonly ('plan' | 'indicators' | 'budget')[];
  /** Who asked (a participant id); absent where the source gives roles only (a public view). */
  readonly requestedBy?: string | undefined;
  /** The asker's role on the execution team; `null` when they are no longer on it. */
  readonly requestedByRole: TeamRole | null;
  readonly requestedAt: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  /** The supervision group member who recorded the decision; absent in a public view. */
  readonly decidedBy?: string | undefined;
  readonly decidedAt?: string | undefined;
  /** The decision's own reason and reference, when it gave them. */
  readonly decisionReason?: LocalizedText | undefined;
  readonly reference?: string | undefined;
}

/** A termination proposal: who proposed it and why, the team's answer, how it ended. */
export interface AccountabilityProposal {
  readonly id: string;
  readonly proposer: TerminationProposer;
  /** Who proposed it (a participant id); absent in a public view, which gives the role only. */
  readonly by?: string | undefined;
  readonly at: string;
  readonly reason: LocalizedText;
  readonly respondBy: string;
  readonly response?:
    | { readonly by?: string | undefined; readonly at: string; readonly text: LocalizedText }
    | undefined;
  readonly outcome: 'open' | 'declined' | 'terminated';
  /** Why the supervision group declined it, and when. */
  readonly declined?: { readonly at: string; readonly reason: LocalizedText } | undefined;
}

/** The termination workflow of a project, step by step. */
export interface AccountabilityTermination {
  readonly proposals: readonly AccountabilityProposal[];
  readonly decision?:
    | {
        readonly body: string;
        readonly decidedAt: string;
        readonly reason: LocalizedText;
        readonly reference?: string | undefined;
      }
    | undefined;
  readonly refund?:
    | { readonly amount: Money; readonly paidOn: string; readonly reference?: string | undefined }
    | undefined;
}

/**
 * What the public may follow of a funded project: its status; the grant, what was disbursed,
 * what the grant paid and what remains of it (negative: spent beyond the grant), per budget line;
 * the indicators against their targets; and, where the source publishes them (`null` where it
 * does not: the public view of a box older than them), the expense lines, the scope changes and
 * the termination steps. A history names who acted; a public view gives roles only.
 */
export interface ProjectAccountability {
  readonly status: ProjectStatus;
  readonly granted: Money;
  readonly disbursed: Money;
  readonly spent: Money;
  readonly remaining: Money;
  readonly lines: readonly AccountabilityLine[];
  readonly indicators: readonly AccountabilityIndicator[];
  /** The grant's expense lines in the order recorded (co-funding and income ones apart). */
  readonly expenses: readonly AccountabilityExpense[] | null;
  readonly changes: readonly AccountabilityChange[] | null;
  /** `undefined` when nothing was ever proposed; `null` when the source does not say. */
  readonly termination: AccountabilityTermination | null | undefined;
}

const fromGrant = (expense: Expense) => (expense.source ?? 'grant') === 'grant';

/**
 * A funded project's accountability from its state (core's `replay` or `applyEvent` of its
 * history) and, for the supervision group's reasons the state does not keep (a scope change
 * refused, a termination declined), the history itself. `undefined` before the grant.
 *
 * @example
 * const state = replay(projectLifecycle, history, context).state;
 * projectAccountability(state, history)?.remaining; // { amount: 35000, currency: 'CNY' }
 */
export function projectAccountability(
  state: ProjectState,
  history: readonly ProjectEvent[] = [],
): ProjectAccountability | undefined {
  const granted = state.granted;
  const application = state.application;
  if (granted === undefined || application === undefined) return undefined;
  const currency = granted.currency;
  const sum = (amounts: readonly Money[]): Money => ({
    amount: amounts.filter((a) => a.currency === currency).reduce((n, a) => n + a.amount, 0),
    currency,
  });
  const grantExpenses = state.expenses.filter(fromGrant);
  const spent = sum(grantExpenses.map((e) => e.amount));
  let running = 0;
  const expenses = grantExpenses.map((expense): AccountabilityExpense => {
    if (expense.amount.currency === currency) running += expense.amount.amount;
    return { ...expense, beyondGrant: running > granted.amount };
  });
  const teamRole = (participant: string) =>
    state.team?.members.find((m) => m.participant === participant)?.role ?? null;
  const evaluation = state.evaluation ?? state.stageEvaluations.at(-1);
  const final = state.evaluation !== undefined;
  const decisions = history.flatMap((e) => (e.type === 'change-decided' ? [e.payload] : []));
  const declines = history.flatMap((e) => (e.type === 'termination-declined' ? [e] : []));
  const proposals = state.terminationProposals.map((record): AccountabilityProposal => {
    const declined = declines.find((e) => e.payload.decision.proposal === record.proposal.id);
    return {
      id: record.proposal.id,
      proposer: record.proposal.proposer,
      by: record.by,
      at: record.at,
      reason: record.proposal.reason,
      respondBy: record.proposal.respondBy,
      response: record.response,
      outcome: record.outcome,
      ...(declined
        ? { declined: { at: declined.at, reason: declined.payload.decision.reason } }
        : {}),
    };
  });
  const termination = state.termination;
  return {
    status: state.status,
    granted,
    disbursed: sum(state.disbursements.map((d) => d.amount)),
    spent,
    remaining: { amount: granted.amount - spent.amount, currency },
    lines: application.budget.lines.map((line) => ({
      line: line.id,
      item: line.item,
      budget: line.amount,
      spent: sum(grantExpenses.filter((e) => e.line === line.id).map((e) => e.amount)),
    })),
    indicators: application.indicators.map((indicator) => {
      const result = evaluation?.indicators.find((r) => r.indicator === indicator.id);
      return {
        id: indicator.id,
        description: indicator.description,
        unit: indicator.unit,
        target: indicator.target,
        reached: result?.reached ?? null,
        measuredBy: result === undefined ? null : final ? 'final' : 'stage',
      };
    }),
    expenses,
    changes: state.changes.map((record) => {
      const decision = decisions.find((d) => d.decision.change === record.change.id)?.decision;
      return {
        id: record.change.id,
        reason: record.change.reason,
        amends: (['plan', 'indicators', 'budget'] as const).filter(
          (part) => record.change[part] !== undefined,
        ),
        requestedBy: record.requestedBy,
        requestedByRole: teamRole(record.requestedBy),
        requestedAt: record.change.requestedAt,
        status: record.status,
        decidedBy: record.decidedBy,
        decidedAt: record.decidedAt,
        decisionReason: decision?.reason,
        reference: decision?.reference,
      };
    }),
    termination:
      proposals.length === 0 && termination === undefined
        ? undefined
        : {
            proposals,
            decision: termination && {
              body: termination.decision.body,
              decidedAt: termination.decision.decidedAt,
              reason: termination.reason,
              reference: termination.decision.reference,
            },
            refund: state.refund && {
              amount: state.refund.amount,
              paidOn: state.refund.paidOn,
              reference: state.refund.reference,
            },
          },
  };
}

/**
 * The accountability a ballot box's public view of a project gives (`PublicProjectViewSchema`,
 * already parsed): the money, the lines, the indicators, the expense lines, the scope changes
 * and the termination steps, with roles where a history names people; the last three `null`
 * when the view leaves them out (a box older than them). `undefined` without a grant.
 *
 * @example
 * accountabilityOfPublicView(PublicProjectViewSchema.parse(body))?.spent;
 */
export function accountabilityOfPublicView(
  view: PublicProjectView,
): ProjectAccountability | undefined {
  const granted = view.grant;
  if (granted === null) return undefined;
  return {
    status: view.status,
    granted,
    disbursed: view.disbursed,
    spent: view.spent,
    remaining: { amount: granted.amount - view.spent.amount, currency: granted.currency },
    lines: view.lines,
    indicators: view.indicators,
    expenses: view.expenses ?? null,
    // roles only: the asker's team role; the decision is the supervision group's, named by the
    // view (its `decidedBy` is that role, not a participant to name)
    changes:
      view.changes?.map((change) => ({
        id: change.id,
        reason: change.reason,
        amends: change.amends,
        requestedByRole: change.requestedBy,
        requestedAt: change.requestedAt,
        status: change.status,
        decidedAt: change.decidedAt,
        decisionReason: change.decisionReason,
        reference: change.reference,
      })) ?? null,
    // `null` in the view: nothing proposed (`undefined` here); absent: not said (`null` here)
    termination: view.termination === undefined ? null : (view.termination ?? undefined),
  };
}
