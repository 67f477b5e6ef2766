import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import { applicationChecks } from './application-rules.js';
import { auditChecks } from './audit-rules.js';
import { decisionChecks } from './decision-rules.js';
import { evaluationChecks } from './evaluation-rules.js';
import { initialProjectState } from './initial-project-state.js';
import type { Lifecycle } from './lifecycle.js';
import { moneyChecks } from './money-rules.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectCheck } from './project-rule.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import type { ProjectStatus } from './project-statuses.js';
import { closingStepChecks, executionStepChecks } from './project-step-rules.js';
import { reportChecks } from './report-rules.js';
import { reviewChecks } from './review-rules.js';
import { scopeChangeChecks } from './scope-change-rules.js';
import { teamChecks } from './team-rules.js';

/**
 * The events of a project's exceptional turns: a termination (proposed, answered, declined or
 * decided) and its refund, a carry-over into a later round, and spending approved beyond the
 * grant. Their rules are part of `projectLifecycle` only, not of `projectCommonLifecycle`.
 *
 * @example
 * history.some((event) => (projectExceptionalEvents as readonly string[]).includes(event.type));
 */
export const projectExceptionalEvents = [
  'carried-over',
  'spending-approved',
  'termination-proposed',
  'termination-answered',
  'termination-declined',
  'terminated',
  'refund-recorded',
] as const satisfies readonly ProjectEvent['type'][];

/** The type of an event of a project's exceptional turns. */
export type ProjectExceptionalEvent = (typeof projectExceptionalEvents)[number];

/** An event of a project's common course: any event but the exceptional ones. */
export type ProjectCommonEvent = Exclude<ProjectEvent, { type: ProjectExceptionalEvent }>;

const labels: Record<ProjectStatus, LocalizedMessage> = {
  draft: m('草稿', 'draft'),
  submitted: m('已提交', 'submitted'),
  'in-review': m('评审中', 'in review'),
  approved: m('已批准', 'approved'),
  rejected: m('未获批准', 'rejected'),
  'team-formed': m('已组建执行小组', 'team formed'),
  'in-execution': m('执行中', 'in execution'),
  reporting: m('报告中', 'reporting'),
  audited: m('已审计', 'audited'),
  evaluated: m('已评估', 'evaluated'),
  closed: m('已结项', 'closed'),
  terminated: m('已终止', 'terminated'),
};

/** What each project event does, as an action: how a refusal for the wrong status names it. */
const events: Record<ProjectCommonEvent['type'], LocalizedMessage> = {
  'application-saved': m('保存项目申请书', 'save the application'),
  submitted: m('提交申请', 'submit the application'),
  'review-started': m('开始评审', 'start the review'),
  approved: m('批准项目', 'approve the project'),
  rejected: m('作出不予批准的决定', 'reject the project'),
  'team-formed': m('组建执行小组', 'form the execution team'),
  'team-updated': m('调整执行小组', 'change the execution team'),
  'contract-signed': m('签署职责合同', 'sign a responsibility contract'),
  'execution-started': m('开始执行', 'start the execution'),
  'change-requested': m('提出变更', 'request a change to the project'),
  'change-decided': m('对变更作出决定', 'decide on a change to the project'),
  disbursed: m('拨付资金', 'pay out funds'),
  'expense-recorded': m('记录支出', 'record an expense'),
  'stage-evaluated': m('记录阶段评估', 'record a stage evaluation'),
  'report-submitted': m('提交执行报告', 'submit the execution report'),
  'audit-recorded': m('记录财务审计', 'record the financial audit'),
  'evaluation-recorded': m('记录评估报告', 'record the evaluation report'),
  closed: m('结项', 'close the project'),
};

/**
 * How an accepted common event changes a project's state (`projectLifecycle` adds the
 * exceptional ones).
 *
 * @example
 * reduceCommonEvent(initialProjectState, { type: 'submitted', at, by }).status; // 'submitted'
 */
export function reduceCommonEvent(state: ProjectState, event: ProjectCommonEvent): ProjectState {
  const next = { ...state, lastAt: event.at };
  switch (event.type) {
    case 'application-saved':
      return { ...next, application: event.payload.application };
    case 'submitted':
      return { ...next, status: 'submitted' };
    case 'review-started':
      return { ...next, status: 'in-review', meeting: event.payload.meeting };
    case 'approved':
      return {
        ...next,
        status: 'approved',
        granted: event.payload.granted,
        decision: event.payload.decision,
      };
    case 'rejected':
      return { ...next, status: 'rejected', decision: event.payload?.decision };
    case 'team-formed':
      return { ...next, status: 'team-formed', team: event.payload.team };
    case 'team-updated':
      return { ...next, team: event.payload.team };
    case 'contract-signed':
      return state.team
        ? {
            ...next,
            team: {
              ...state.team,
              members: state.team.members.map((member) =>
                member.participant === event.payload.member
                  ? {
                      ...member,
                      contract: {
                        ...member.contract,
                        signed: true,
                        signedAt: event.payload.signedAt,
                      },
                    }
                  : member,
              ),
            },
          }
        : next;
    case 'execution-started':
      return { ...next, status: 'in-execution' };
    case 'change-requested':
      return {
        ...next,
        changes: [
          ...state.changes,
          { change: event.payload.change, requestedBy: event.by, status: 'pending' },
        ],
      };
    case 'change-decided':
      return decideChange(next, event.payload.decision.change, event.payload.decision.approved, {
        by: event.by,
        at: event.at,
      });
    case 'disbursed':
      return { ...next, disbursements: [...state.disbursements, event.payload.disbursement] };
    case 'expense-recorded':
      return { ...next, expenses: [...state.expenses, event.payload.expense] };
    case 'stage-evaluated':
      return {
        ...next,
        stageEvaluations: [...state.stageEvaluations, event.payload.evaluation],
      };
    case 'report-submitted':
      return { ...next, status: 'reporting', reports: [...state.reports, event.payload.report] };
    case 'audit-recorded':
      return { ...next, status: 'audited', audit: event.payload.audit };
    case 'evaluation-recorded':
      return { ...next, status: 'evaluated', evaluation: event.payload.evaluation };
    case 'closed':
      return { ...next, status: 'closed' };
  }
}

/** Records the decision on a scope change; an approved one amends the application, keeping the old version. */
function decideChange(
  state: ProjectState,
  id: string,
  approved: boolean,
  decided: { by: string; at: string },
): ProjectState {
  const record = state.changes.find((candidate) => candidate.change.id === id);
  const changes = state.changes.map((candidate) =>
    candidate === record
      ? {
          ...candidate,
          status: approved ? ('approved' as const) : ('rejected' as const),
          decidedBy: decided.by,
          decidedAt: decided.at,
        }
      : candidate,
  );
  if (!approved || !record || !state.application) return { ...state, changes };
  const { plan, indicators, budget } = record.change;
  return {
    ...state,
    changes,
    applicationVersions: [...state.applicationVersions, state.application],
    application: {
      ...state.application,
      ...(plan ? { plan } : {}),
      ...(indicators ? { indicators } : {}),
      ...(budget ? { budget } : {}),
    },
  };
}

/**
 * {@link projectCommonLifecycle} with its rules as checks only, without their descriptions:
 * `applyEvent`, `replay` and `missingForNext` give with it exactly what they give with
 * `projectCommonLifecycle` (the same checks, in the same order, with the same violations). For
 * a reader of histories that never shows what a rule asks (`<qy-project-status>` shows it only
 * for what the next step misses, and loads those descriptions then), so it need not load every
 * rule's description.
 *
 * @example
 * replay(projectCommonChecks, history as ProjectCommonEvent[], context).ok;
 */
export const projectCommonChecks: Lifecycle<
  ProjectStatus,
  ProjectState,
  ProjectCommonEvent,
  ProjectContext,
  ProjectCheck
> = {
  name: 'project',
  statuses: labels,
  events,
  initial: initialProjectState,
  transitions: {
    'application-saved': { from: ['draft'], to: 'same' },
    submitted: { from: ['draft'], to: 'submitted' },
    'review-started': { from: ['submitted'], to: 'in-review' },
    approved: { from: ['in-review'], to: 'approved' },
    rejected: { from: ['in-review'], to: 'rejected' },
    'team-formed': { from: ['approved'], to: 'team-formed' },
    'team-updated': { from: ['team-formed'], to: 'same' },
    'contract-signed': { from: ['team-formed'], to: 'same' },
    'execution-started': { from: ['team-formed'], to: 'in-execution' },
    'change-requested': { from: ['team-formed', 'in-execution'], to: 'same' },
    'change-decided': { from: ['team-formed', 'in-execution'], to: 'same' },
    disbursed: { from: ['approved', 'team-formed', 'in-execution', 'reporting'], to: 'same' },
    'expense-recorded': { from: ['in-execution', 'reporting'], to: 'same' },
    'stage-evaluated': { from: ['in-execution', 'reporting'], to: 'same' },
    'report-submitted': { from: ['in-execution'], to: 'reporting' },
    'audit-recorded': { from: ['reporting'], to: 'audited' },
    'evaluation-recorded': { from: ['audited'], to: 'evaluated' },
    closed: { from: ['evaluated'], to: 'closed' },
  },
  rules: [
    ...applicationChecks,
    ...reviewChecks,
    ...decisionChecks,
    ...executionStepChecks,
    ...closingStepChecks,
    ...teamChecks,
    ...scopeChangeChecks,
    ...moneyChecks,
    ...reportChecks,
    ...auditChecks,
    ...evaluationChecks,
  ],
  reduce: reduceCommonEvent,
  next: {
    draft: 'submitted',
    submitted: 'review-started',
    'in-review': 'approved',
    approved: 'team-formed',
    'team-formed': 'execution-started',
    'in-execution': 'report-submitted',
    reporting: 'audit-recorded',
    audited: 'evaluation-recorded',
    evaluated: 'closed',
  },
  documentFor: {
    'review-started': m('需要指定评审会', 'A review meeting must be named'),
    approved: m(
      '需要评审会的资助决定（FundingDecision）',
      'A funding decision of the review meeting is needed (FundingDecision)',
    ),
    'team-formed': m(
      '需要执行小组名单（执行小组）',
      'An execution team must be named (ExecutionTeam)',
    ),
    'report-submitted': m('需要执行报告表', 'An execution report is needed (ExecutionReport)'),
    'audit-recorded': m('需要财务审计表', 'A financial audit is needed (FinancialAudit)'),
    'evaluation-recorded': m('需要评估报告', 'An evaluation report is needed (EvaluationReport)'),
  },
  draftNext: (state, context) => {
    const at = state.lastAt ?? '1970-01-01T00:00:00Z';
    const by = 'next-step';
    const drafts = context.drafts ?? {};
    switch (state.status) {
      case 'in-review': {
        // The approval the meeting's funding decision gives, recorded by whoever decided it.
        const project = state.application?.id;
        const decision = [
          ...(context.decisions ?? []),
          ...(context.meetings ?? []).flatMap((record) => (record.funding ? [record.funding] : [])),
        ].find((candidate) => candidate.meeting === state.meeting);
        const grant = decision?.grants.find((g) => g.project === project && g.amount.amount > 0);
        if (!decision || !grant) return undefined;
        const when = Date.parse(decision.decidedAt) > Date.parse(at) ? decision.decidedAt : at;
        return {
          type: 'approved',
          at: when,
          by: decision.decidedBy[0] ?? by,
          payload: { granted: grant.amount, decision: decision.id },
        };
      }
      case 'approved':
        // The overall lead records the team (only their own contract may be marked signed).
        return drafts.team
          ? {
              type: 'team-formed',
              at,
              by:
                drafts.team.members.find((member) => member.role === 'overall-lead')?.participant ??
                by,
              payload: { team: drafts.team },
            }
          : undefined;
      case 'in-execution':
        return drafts.report
          ? { type: 'report-submitted', at, by, payload: { report: drafts.report } }
          : undefined;
      case 'reporting':
        return drafts.audit
          ? { type: 'audit-recorded', at, by, payload: { audit: drafts.audit } }
          : undefined;
      case 'audited':
        return drafts.evaluation
          ? { type: 'evaluation-recorded', at, by, payload: { evaluation: drafts.evaluation } }
          : undefined;
      default:
        return undefined;
    }
  },
};
