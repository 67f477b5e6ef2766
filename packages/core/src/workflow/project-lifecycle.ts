import { localize } from '../text/localized-text.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import { carryOverRules } from './carry-over-rules.js';
import { applicationRules } from './application-rule-descriptions.js';
import { auditRules } from './audit-rule-descriptions.js';
import { closingStepRules } from './project-step-rule-descriptions.js';
import { decisionRules } from './decision-rule-descriptions.js';
import { evaluationRules } from './evaluation-rule-descriptions.js';
import { executionStepRules } from './project-step-rule-descriptions.js';
import { moneyRules } from './money-rule-descriptions.js';
import { reportRules } from './report-rule-descriptions.js';
import { reviewRules } from './review-rule-descriptions.js';
import { scopeChangeRules } from './scope-change-rule-descriptions.js';
import { teamRules } from './team-rule-descriptions.js';
import type { Lifecycle, LifecycleRule, Transition } from './lifecycle.js';
import {
  personName,
  projectRule,
  sameProjectRule,
  supervisionGroup,
  supervisionViolations,
} from './project-rule.js';
import { terminationRules, type TerminationProposalRecord } from './termination-workflow.js';
import {
  projectCommonLifecycle,
  reduceCommonEvent,
  type ProjectCommonEvent,
  type ProjectExceptionalEvent,
} from './project-common-lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import { activeProjectStatuses, type ProjectStatus } from './project-statuses.js';

/**
 * The named rules of the project lifecycle (besides `project.event-allowed` and
 * `project.chronological`): what submitting, starting execution, spending, closing and
 * terminating require.
 */
export const projectRules: readonly LifecycleRule<ProjectState, ProjectEvent, ProjectContext>[] = [
  ...applicationRules,
  ...reviewRules,
  ...decisionRules,
  ...carryOverRules,
  ...executionStepRules,
  projectRule(
    'spending.approved-by-supervision-group',
    m(
      '超出资助的支出由项目监审组成员代表监审组批准',
      'Spending above the grant is approved by a member of the supervision and audit group',
    ),
    ['spending-approved'],
    ({ state, event, context }) =>
      supervisionViolations(
        'spending.approved-by-supervision-group',
        context,
        event.payload.body,
        event.by,
        ['payload', 'body'],
        state,
      ),
  ),
  ...closingStepRules,
  projectRule(
    'termination.reason',
    m('终止项目需写明理由', 'A termination states its reason'),
    ['terminated'],
    ({ event }) =>
      localize(event.payload.termination.reason, 'en').trim() === ''
        ? [
            {
              rule: 'termination.reason',
              message: m('终止项目需要写明理由', 'A termination needs a reason'),
              path: ['payload', 'termination', 'reason'],
            },
          ]
        : [],
  ),
  projectRule(
    'termination.supervision-decision',
    m(
      '终止项目须由项目监审组决定，并由其成员记录',
      'A termination is decided by the supervision and audit group and recorded by one of its members',
    ),
    ['terminated'],
    ({ state, event, context }) => {
      const decision = event.payload.termination.decision;
      const body = supervisionGroup(context, decision.body);
      if (!body) {
        return [
          {
            rule: 'termination.supervision-decision',
            message: m(
              `终止决定须由项目监审组作出，“${decision.body}”不是项目监审组`,
              `A termination must be decided by the supervision and audit group; “${decision.body}” is not one`,
            ),
            path: ['payload', 'termination', 'decision', 'body'],
          },
        ];
      }
      if (body.members.some((member) => member.participant === event.by)) return [];
      const who = personName(context, event.by, state);
      return [
        {
          rule: 'termination.supervision-decision',
          message: m(
            `${who['zh-CN']} 不是${localize(body.name, 'zh-CN')}的成员，不能记录终止决定`,
            `${who.en} is not a member of ${localize(body.name, 'en')} and cannot record its decision`,
          ),
          path: ['by'],
        },
      ];
    },
  ),
  sameProjectRule(
    'termination.same-project',
    'termination',
    '终止决定',
    ['terminated'],
    (e) => e.payload.termination.project,
  ),
  ...teamRules,
  ...scopeChangeRules,
  ...moneyRules,
  ...reportRules,
  ...auditRules,
  ...evaluationRules,
  ...terminationRules,
];

/** What each exceptional event does, as an action (the common ones: `projectCommonLifecycle`). */
const exceptionalEvents: Record<ProjectExceptionalEvent, LocalizedMessage> = {
  'carried-over': m('将项目转入较晚的轮次', 'carry the project over to a later round'),
  'spending-approved': m('批准超出资助的支出', 'approve spending beyond the grant'),
  'termination-proposed': m('提议终止项目', 'propose terminating the project'),
  'termination-answered': m('答复终止提议', 'answer the termination proposal'),
  'termination-declined': m('决定不终止项目', 'decide not to terminate the project'),
  terminated: m('终止项目', 'terminate the project'),
  'refund-recorded': m('记录退款', 'record the refund'),
};

const exceptionalTransitions: Record<ProjectExceptionalEvent, Transition<ProjectStatus>> = {
  'carried-over': { from: ['submitted', 'rejected'], to: 'submitted' },
  'spending-approved': { from: ['in-execution', 'reporting'], to: 'same' },
  'termination-proposed': { from: activeProjectStatuses, to: 'same' },
  'termination-answered': { from: activeProjectStatuses, to: 'same' },
  'termination-declined': { from: activeProjectStatuses, to: 'same' },
  terminated: { from: activeProjectStatuses, to: 'terminated' },
  'refund-recorded': { from: ['terminated'], to: 'same' },
};

/** The event types in the order of the cycle: the order of the lifecycle's tables. */
const eventOrder: readonly ProjectEvent['type'][] = [
  'application-saved',
  'submitted',
  'review-started',
  'approved',
  'rejected',
  'carried-over',
  'team-formed',
  'team-updated',
  'contract-signed',
  'execution-started',
  'change-requested',
  'change-decided',
  'disbursed',
  'expense-recorded',
  'stage-evaluated',
  'report-submitted',
  'spending-approved',
  'audit-recorded',
  'evaluation-recorded',
  'closed',
  'termination-proposed',
  'termination-answered',
  'termination-declined',
  'terminated',
  'refund-recorded',
];

/** The entries of a common and an exceptional table, as one table in {@link eventOrder}. */
function inEventOrder<V>(
  common: Readonly<Record<ProjectCommonEvent['type'], V>>,
  exceptional: Readonly<Record<ProjectExceptionalEvent, V>>,
): Record<ProjectEvent['type'], V> {
  const all: Readonly<Record<string, V>> = { ...common, ...exceptional };
  return Object.fromEntries(eventOrder.map((type) => [type, all[type]!])) as Record<
    ProjectEvent['type'],
    V
  >;
}

/** How an accepted event changes a project's state: the common events as in the common lifecycle. */
function reduce(state: ProjectState, event: ProjectEvent): ProjectState {
  const next = { ...state, lastAt: event.at };
  switch (event.type) {
    case 'carried-over':
      return {
        ...next,
        status: 'submitted',
        round: event.payload.to,
        meeting: undefined,
        decision: undefined,
      };
    case 'spending-approved':
      return {
        ...next,
        spendingApprovals: [
          ...state.spendingApprovals,
          { body: event.payload.body, by: event.by, at: event.at, ceiling: event.payload.ceiling },
        ],
      };
    case 'termination-proposed':
      return {
        ...next,
        terminationProposals: [
          ...state.terminationProposals,
          { proposal: event.payload.proposal, by: event.by, at: event.at, outcome: 'open' },
        ],
      };
    case 'termination-answered':
      return {
        ...next,
        terminationProposals: state.terminationProposals.map((record) =>
          record.outcome === 'open'
            ? {
                ...record,
                response: { text: event.payload.response.text, by: event.by, at: event.at },
              }
            : record,
        ),
      };
    case 'termination-declined':
      return { ...next, terminationProposals: closeProposal(state, 'declined') };
    case 'terminated':
      return {
        ...next,
        status: 'terminated',
        termination: event.payload.termination,
        terminationProposals: closeProposal(state, 'terminated'),
      };
    case 'refund-recorded':
      return { ...next, refund: event.payload.refund };
    default:
      return reduceCommonEvent(state, event);
  }
}

function closeProposal(
  state: ProjectState,
  outcome: 'declined' | 'terminated',
): TerminationProposalRecord[] {
  return state.terminationProposals.map((record) =>
    record.outcome === 'open' ? { ...record, outcome } : record,
  );
}

/**
 * The project lifecycle as data: draft → submitted → in-review → approved | rejected →
 * team-formed → in-execution → reporting → audited → evaluated → closed, terminated from any
 * active status, and carried over from submitted or rejected into a later round (submitted
 * again, same history); the transition table, the named rules, and the usual next step. Use it
 * with `applyEvent`, `replay` and `missingForNext`. It is `projectCommonLifecycle` with the
 * exceptional events (`projectExceptionalEvents`) and their rules.
 *
 * @example
 * const context = { bodies, rounds, meetings, vettings, summarySheets, participants };
 * const result = replay(projectLifecycle, history, context);
 * if (result.ok) result.state.status; // 'in-execution'
 * missingForNext(projectLifecycle, result.state, context).missing;
 */
export const projectLifecycle: Lifecycle<
  ProjectStatus,
  ProjectState,
  ProjectEvent,
  ProjectContext
> = {
  ...projectCommonLifecycle,
  events: inEventOrder(projectCommonLifecycle.events, exceptionalEvents),
  transitions: inEventOrder(projectCommonLifecycle.transitions, exceptionalTransitions),
  rules: projectRules,
  reduce,
};
