import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema, type Money } from '../money/money.js';
import { LocalizedTextSchema, localize } from '../text/localized-text.js';
import { ApplicationSchema, type Application } from '../domain/application.js';
import { CalendarDateSchema, TimestampSchema } from '../domain/calendar.js';
import { DisbursementSchema, type Disbursement } from '../domain/disbursement.js';
import { ExpenseSchema, type Expense } from '../domain/expense.js';
import type { Participant } from '../domain/participant.js';
import { RefundSchema, type Refund } from '../domain/refund.js';
import {
  ScopeChangeDecisionSchema,
  ScopeChangeSchema,
  type ScopeChange,
} from '../domain/scope-change.js';
import {
  TerminationDeclinedSchema,
  TerminationProposalSchema,
  TerminationResponseSchema,
} from '../domain/termination-proposal.js';
import { ExecutionTeamSchema, type ExecutionTeam } from '../domain/execution-team.js';
import { ExecutionReportSchema, type ExecutionReport } from '../domain/execution-report.js';
import {
  auditTotals,
  FinancialAuditSchema,
  type FinancialAudit,
} from '../domain/financial-audit.js';
import { EvaluationReportSchema, type EvaluationReport } from '../domain/evaluation-report.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import type { ResultsSummarySheet } from '../round/results-summary-sheet.js';
import type { Round } from '../round/round.js';
import type { Vetting } from '../round/vetting.js';
import { formatMoney } from '../money/format-money.js';
import { TerminationSchema, type Termination } from '../domain/termination.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import { carryOverRules } from './carry-over-rules.js';
import { decisionRules } from './decision-rules.js';
import type { Lifecycle, LifecycleRule } from './lifecycle.js';
import { auditRules } from './audit-rules.js';
import { evaluationRules } from './evaluation-rules.js';
import { moneyRules } from './money-rules.js';
import { personName } from './project-rule.js';
import { reportRules } from './report-rules.js';
import { scopeChangeRules } from './scope-change-rules.js';
import { teamRules } from './team-rules.js';
import { terminationRules, type TerminationProposalRecord } from './termination-workflow.js';
import type { MeetingState } from './meeting-lifecycle.js';
import { reviewRules } from './review-rules.js';
import { applicationRules } from './application-rules.js';
import { initialProjectState } from './initial-project-state.js';

/** The statuses of a project, in the order of the cycle. */
export const projectStatuses = [
  'draft',
  'submitted',
  'in-review',
  'approved',
  'rejected',
  'team-formed',
  'in-execution',
  'reporting',
  'audited',
  'evaluated',
  'closed',
  'terminated',
] as const;

/** A project status. */
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * The statuses of a project's ordinary course, in order, from draft to closed: every status
 * but the two that end a project early (`rejected` at review, `terminated` on the way). A
 * step list or progress bar shows these, and where a project left them.
 *
 * @example
 * projectMainPath.indexOf('in-execution'); // 5
 * projectMainPath.at(-1); // 'closed'
 * projectMainPath.includes('rejected'); // false
 */
export const projectMainPath: readonly ProjectStatus[] = projectStatuses.filter(
  (status) => status !== 'rejected' && status !== 'terminated',
);

/** Statuses from which a project can be terminated (started, not yet ended). */
export const activeProjectStatuses = [
  'submitted',
  'in-review',
  'approved',
  'team-formed',
  'in-execution',
  'reporting',
  'audited',
  'evaluated',
] as const satisfies readonly ProjectStatus[];

const base = {
  at: TimestampSchema,
  by: IdSchema,
  reason: z.optional(LocalizedTextSchema),
};
const bare = <T extends string>(type: T) => z.object({ type: z.literal(type), ...base });
const carrying = <T extends string, P extends z.core.$ZodShape>(type: T, payload: P) =>
  z.object({ type: z.literal(type), ...base, payload: z.object(payload) });

/**
 * One event in a project's append-only history: `type`, when (`at`), who (`by`, a
 * participant id), optionally why (`reason`), and the documents it records (`payload`).
 *
 * @example
 * ProjectEventSchema.parse({ type: 'submitted', at: '2008-03-01T09:00:00+08:00', by: 'p-li' });
 */
export const ProjectEventSchema = z
  .discriminatedUnion('type', [
    carrying('application-saved', { application: ApplicationSchema }),
    bare('submitted'),
    carrying('review-started', { meeting: IdSchema }),
    carrying('approved', { granted: MoneySchema, decision: z.optional(IdSchema) }),
    z.object({
      type: z.literal('rejected'),
      ...base,
      payload: z.optional(z.object({ decision: z.optional(IdSchema) })),
    }),
    carrying('carried-over', { from: IdSchema, to: IdSchema }),
    carrying('team-formed', { team: ExecutionTeamSchema }),
    carrying('team-updated', { team: ExecutionTeamSchema }),
    carrying('contract-signed', { member: IdSchema, signedAt: CalendarDateSchema }),
    bare('execution-started'),
    carrying('change-requested', { change: ScopeChangeSchema }),
    carrying('change-decided', { decision: ScopeChangeDecisionSchema }),
    carrying('disbursed', { disbursement: DisbursementSchema }),
    carrying('expense-recorded', { expense: ExpenseSchema }),
    carrying('stage-evaluated', { evaluation: EvaluationReportSchema }),
    carrying('report-submitted', { report: ExecutionReportSchema }),
    carrying('spending-approved', { body: IdSchema, ceiling: MoneySchema }),
    carrying('audit-recorded', { audit: FinancialAuditSchema }),
    carrying('evaluation-recorded', { evaluation: EvaluationReportSchema }),
    bare('closed'),
    carrying('termination-proposed', { proposal: TerminationProposalSchema }),
    carrying('termination-answered', { response: TerminationResponseSchema }),
    carrying('termination-declined', { decision: TerminationDeclinedSchema }),
    carrying('terminated', { termination: TerminationSchema }),
    carrying('refund-recorded', { refund: RefundSchema }),
  ])
  .register(z.globalRegistry, { id: 'ProjectEvent' });

/** One event of a project's history. */
export type ProjectEvent = z.infer<typeof ProjectEventSchema>;

/**
 * A `project-history.json` document: a project's events in the order they happened.
 *
 * @example
 * ProjectHistorySchema.parse([{ type: 'application-saved', at: '…', by: 'p-li', payload: { application } }]);
 */
export const ProjectHistorySchema = z.array(ProjectEventSchema).register(z.globalRegistry, {
  id: 'ProjectHistory',
  description: 'A project’s append-only event history.',
});

/** A spending approval of the supervision group on record. */
export interface SpendingApproval {
  readonly body: string;
  readonly by: string;
  readonly at: string;
  readonly ceiling: Money;
}

/** A scope change on record: requested, then approved or rejected by the supervision group. */
export interface ScopeChangeRecord {
  readonly change: ScopeChange;
  readonly requestedBy: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly decidedBy?: string | undefined;
  readonly decidedAt?: string | undefined;
}

/** The state of a project, derived from its history. */
export interface ProjectState {
  readonly status: ProjectStatus;
  readonly lastAt?: string | undefined;
  /** The current application: as submitted, then as amended by each approved scope change. */
  readonly application?: Application | undefined;
  /** The earlier versions of the application, oldest first (one per approved scope change). */
  readonly applicationVersions: readonly Application[];
  readonly changes: readonly ScopeChangeRecord[];
  readonly disbursements: readonly Disbursement[];
  /** The expense ledger, in the order recorded. */
  readonly expenses: readonly Expense[];
  readonly stageEvaluations: readonly EvaluationReport[];
  readonly terminationProposals: readonly TerminationProposalRecord[];
  readonly refund?: Refund | undefined;
  readonly meeting?: string | undefined;
  /** The round the project was last carried into (`carried-over`), if it was. */
  readonly round?: string | undefined;
  /** The funding decision the approval or rejection followed. */
  readonly decision?: string | undefined;
  readonly granted?: Money | undefined;
  readonly team?: ExecutionTeam | undefined;
  readonly reports: readonly ExecutionReport[];
  readonly spendingApprovals: readonly SpendingApproval[];
  readonly audit?: FinancialAudit | undefined;
  readonly evaluation?: EvaluationReport | undefined;
  readonly termination?: Termination | undefined;
}

/**
 * A review meeting as the project rules see it: its document, status, published ranking and
 * recorded funding decision — a `MeetingState` from replaying its history fits.
 */
export type MeetingRecord = Pick<MeetingState, 'status' | 'meeting' | 'ranking' | 'funding'>;

/**
 * What a platform tells the project rules: the governance bodies (who may vet, decide, sign off,
 * approve spending, terminate) and the round's documents the submission, review and funding
 * rules read — the rounds, the review meetings with their states, the funding decisions, the
 * vettings, the results summary sheets and the participants (for the opinions' authors).
 * A missing list counts as empty: an approval with no decision on record is refused.
 */
export interface ProjectContext {
  readonly bodies: readonly GovernanceBody[];
  readonly rounds?: readonly Round[];
  readonly meetings?: readonly MeetingRecord[];
  readonly decisions?: readonly FundingDecision[];
  readonly vettings?: readonly Vetting[];
  readonly summarySheets?: readonly ResultsSummarySheet[];
  /**
   * The participant records: the opinions' authors for the submission rules, and (their roles
   * tell residents, the service center and the street office apart) for the execution-phase rules.
   */
  readonly participants?: readonly Participant[];
  /** Whether the execution team needs a resident among its members (居民自治); on unless `false`. */
  readonly requireResident?: boolean;
  /** Documents prepared for the next step, so `missingForNext` can check them before they are recorded. */
  readonly drafts?: {
    readonly team?: ExecutionTeam;
    readonly report?: ExecutionReport;
    readonly audit?: FinancialAudit;
    readonly evaluation?: EvaluationReport;
  };
}

function rule(
  id: string,
  description: LocalizedMessage,
  on: ProjectEvent['type'][],
  check: LifecycleRule<ProjectState, ProjectEvent, ProjectContext>['check'],
): LifecycleRule<ProjectState, ProjectEvent, ProjectContext> {
  return { id, description, on, check };
}

function supervisionBody(context: ProjectContext, id: string): GovernanceBody | undefined {
  return context.bodies.find((body) => body.id === id && body.kind === 'supervision-group');
}

function teamOf(state: ProjectState, event: ProjectEvent): ExecutionTeam | undefined {
  return event.type === 'team-formed' || event.type === 'team-updated'
    ? event.payload.team
    : state.team;
}

function leadRule(id: string, role: 'overall-lead' | 'finance-lead', zh: string, en: string) {
  return rule(
    id,
    m(`执行小组恰好有一名${zh}`, `The execution team has exactly one ${en}`),
    ['execution-started'],
    ({ state }) => {
      const members = state.team?.members ?? [];
      const count = members.filter((member) => member.role === role).length;
      if (count === 1) return [];
      return [
        {
          rule: id,
          message:
            count === 0
              ? m(
                  `执行小组需要一名${zh}`,
                  `The execution team needs ${/^[aeiou]/.test(en) ? 'an' : 'a'} ${en}`,
                )
              : m(
                  `执行小组只能有一名${zh}，现有 ${count} 名`,
                  `The execution team has ${count} ${en}s; it needs exactly one`,
                ),
          path: ['team', 'members'],
        },
      ];
    },
  );
}

function documentRule(
  id: string,
  kind: string,
  zh: string,
  events: ProjectEvent['type'][],
  project: (event: ProjectEvent) => string | undefined,
) {
  return rule(
    id,
    m(`${zh}属于本项目`, `The ${kind} belongs to this project`),
    events,
    ({ state, event: e }) => {
      const documentProject = project(e);
      const expected = state.application?.id;
      if (documentProject === undefined || expected === undefined || documentProject === expected)
        return [];
      return [
        {
          rule: id,
          message: m(
            `${zh}属于项目 ${documentProject}，不是本项目 ${expected}`,
            `The ${kind} is for project ${documentProject}, not ${expected}`,
          ),
          path: ['payload'],
        },
      ];
    },
  );
}

/** The spending ceiling: the grant, or the highest ceiling the supervision group approved. */
function spendingCeiling(state: ProjectState): Money | undefined {
  const ceilings = [
    state.granted,
    ...state.spendingApprovals.map((approval) => approval.ceiling),
  ].filter(
    (money): money is Money => money !== undefined && money.currency === state.granted?.currency,
  );
  return ceilings.reduce<Money | undefined>(
    (max, money) => (max === undefined || money.amount > max.amount ? money : max),
    undefined,
  );
}

function withinGrant(
  id: string,
  audit: FinancialAudit | undefined,
  state: ProjectState,
  path: (string | number)[],
): Violation[] {
  if (!audit || !state.granted) return [];
  const totals = auditTotals(audit);
  if (!totals || totals.currency !== state.granted.currency) {
    return [
      {
        rule: id,
        message: m(
          `审计金额的货币与资助（${state.granted.currency}）不一致`,
          `The audit's amounts are not all in the grant's currency (${state.granted.currency})`,
        ),
        path,
      },
    ];
  }
  const ceiling = spendingCeiling(state)!;
  if (totals.actual <= BigInt(ceiling.amount)) return [];
  const actual = formatMoney({ amount: totals.actual, currency: totals.currency });
  return [
    {
      rule: id,
      message:
        ceiling === state.granted
          ? m(
              `实际支出 ${actual} 超过资助金额 ${formatMoney(state.granted)}，需要项目监审组的批准记录`,
              `Actual spending of ${actual} exceeds the grant of ${formatMoney(state.granted)}: it needs a supervision-group approval on record`,
            )
          : m(
              `实际支出 ${actual} 超过项目监审组批准的上限 ${formatMoney(ceiling)}`,
              `Actual spending of ${actual} exceeds the ceiling of ${formatMoney(ceiling)} approved by the supervision group`,
            ),
      path,
    },
  ];
}

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
  documentRule(
    'team.same-project',
    'execution team',
    '执行小组',
    ['team-formed', 'team-updated'],
    (e) =>
      e.type === 'team-formed' || e.type === 'team-updated' ? e.payload.team.project : undefined,
  ),
  leadRule('team.overall-lead', 'overall-lead', '总负责人', 'overall lead'),
  leadRule('team.finance-lead', 'finance-lead', '财务负责人', 'finance lead'),
  rule(
    'team.contracts-signed',
    m(
      '执行小组每位成员都已签署职责合同',
      'Every member of the execution team has signed a responsibility contract',
    ),
    ['execution-started'],
    ({ state, event, context }) => {
      const team = teamOf(state, event);
      return (team?.members ?? []).flatMap((member, index) =>
        member.contract.signed
          ? []
          : [
              {
                rule: 'team.contracts-signed',
                message: m(
                  `成员 ${personName(context, member.participant, { team })['zh-CN']} 尚未签署职责合同`,
                  `Member ${personName(context, member.participant, { team }).en} has not signed the responsibility contract`,
                ),
                path: ['team', 'members', index, 'contract', 'signed'],
              },
            ],
      );
    },
  ),
  documentRule('report.same-project', 'execution report', '执行报告', ['report-submitted'], (e) =>
    e.type === 'report-submitted' ? e.payload.report.project : undefined,
  ),
  rule(
    'spending.approved-by-supervision-group',
    m(
      '超出资助的支出由项目监审组成员代表监审组批准',
      'Spending above the grant is approved by a member of the supervision and audit group',
    ),
    ['spending-approved'],
    ({ state, event, context }) => {
      if (event.type !== 'spending-approved') return [];
      const body = supervisionBody(context, event.payload.body);
      if (!body) {
        return [
          {
            rule: 'spending.approved-by-supervision-group',
            message: m(
              `“${event.payload.body}”不是项目监审组`,
              `“${event.payload.body}” is not a supervision and audit group`,
            ),
            path: ['payload', 'body'],
          },
        ];
      }
      return body.members.some((member) => member.participant === event.by)
        ? []
        : [
            {
              rule: 'spending.approved-by-supervision-group',
              message: m(
                `${personName(context, event.by, state)['zh-CN']} 不是${localize(body.name, 'zh-CN')}的成员`,
                `${personName(context, event.by, state).en} is not a member of ${localize(body.name, 'en')}`,
              ),
              path: ['by'],
            },
          ];
    },
  ),
  documentRule('audit.same-project', 'financial audit', '财务审计表', ['audit-recorded'], (e) =>
    e.type === 'audit-recorded' ? e.payload.audit.project : undefined,
  ),
  rule(
    'spending.within-grant',
    m(
      '实际支出不超过资助金额，超出部分需有项目监审组的批准记录',
      'Actual spending stays within the grant unless the supervision group approved more',
    ),
    ['audit-recorded', 'closed'],
    ({ state, event }) =>
      event.type === 'audit-recorded'
        ? withinGrant('spending.within-grant', event.payload.audit, state, [
            'payload',
            'audit',
            'lines',
          ])
        : withinGrant('spending.within-grant', state.audit, state, ['audit', 'lines']),
  ),
  documentRule(
    'evaluation.same-project',
    'evaluation report',
    '评估报告',
    ['evaluation-recorded'],
    (e) => (e.type === 'evaluation-recorded' ? e.payload.evaluation.project : undefined),
  ),
  rule(
    'closing.financial-audit',
    m('结项前已有财务审计表', 'A financial audit is on record before closing'),
    ['closed'],
    ({ state }) =>
      state.audit
        ? []
        : [
            {
              rule: 'closing.financial-audit',
              message: m('结项前需要财务审计表', 'Closing needs a financial audit on record'),
              path: ['audit'],
            },
          ],
  ),
  rule(
    'closing.evaluation-report',
    m('结项前已有评估报告', 'An evaluation report is on record before closing'),
    ['closed'],
    ({ state }) =>
      state.evaluation
        ? []
        : [
            {
              rule: 'closing.evaluation-report',
              message: m('结项前需要评估报告', 'Closing needs an evaluation report on record'),
              path: ['evaluation'],
            },
          ],
  ),
  rule(
    'termination.reason',
    m('终止项目需写明理由', 'A termination states its reason'),
    ['terminated'],
    ({ event }) =>
      event.type === 'terminated' && localize(event.payload.termination.reason, 'en').trim() === ''
        ? [
            {
              rule: 'termination.reason',
              message: m('终止项目需要写明理由', 'A termination needs a reason'),
              path: ['payload', 'termination', 'reason'],
            },
          ]
        : [],
  ),
  rule(
    'termination.supervision-decision',
    m(
      '终止项目须由项目监审组决定，并由其成员记录',
      'A termination is decided by the supervision and audit group and recorded by one of its members',
    ),
    ['terminated'],
    ({ state, event, context }) => {
      if (event.type !== 'terminated') return [];
      const decision = event.payload.termination.decision;
      const body = supervisionBody(context, decision.body);
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
      return body.members.some((member) => member.participant === event.by)
        ? []
        : [
            {
              rule: 'termination.supervision-decision',
              message: m(
                `${personName(context, event.by, state)['zh-CN']} 不是${localize(body.name, 'zh-CN')}的成员，不能记录终止决定`,
                `${personName(context, event.by, state).en} is not a member of ${localize(body.name, 'en')} and cannot record its decision`,
              ),
              path: ['by'],
            },
          ];
    },
  ),
  documentRule('termination.same-project', 'termination', '终止决定', ['terminated'], (e) =>
    e.type === 'terminated' ? e.payload.termination.project : undefined,
  ),
  ...teamRules,
  ...scopeChangeRules,
  ...moneyRules,
  ...reportRules,
  ...auditRules,
  ...evaluationRules,
  ...terminationRules,
];

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
const events: Record<ProjectEvent['type'], LocalizedMessage> = {
  'application-saved': m('保存项目申请书', 'save the application'),
  submitted: m('提交申请', 'submit the application'),
  'review-started': m('开始评审', 'start the review'),
  approved: m('批准项目', 'approve the project'),
  rejected: m('作出不予批准的决定', 'reject the project'),
  'carried-over': m('将项目转入较晚的轮次', 'carry the project over to a later round'),
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
  'spending-approved': m('批准超出资助的支出', 'approve spending beyond the grant'),
  'audit-recorded': m('记录财务审计', 'record the financial audit'),
  'evaluation-recorded': m('记录评估报告', 'record the evaluation report'),
  closed: m('结项', 'close the project'),
  'termination-proposed': m('提议终止项目', 'propose terminating the project'),
  'termination-answered': m('答复终止提议', 'answer the termination proposal'),
  'termination-declined': m('决定不终止项目', 'decide not to terminate the project'),
  terminated: m('终止项目', 'terminate the project'),
  'refund-recorded': m('记录退款', 'record the refund'),
};

function reduce(state: ProjectState, event: ProjectEvent): ProjectState {
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
    case 'carried-over':
      return {
        ...next,
        status: 'submitted',
        round: event.payload.to,
        meeting: undefined,
        decision: undefined,
      };
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
    case 'spending-approved':
      return {
        ...next,
        spendingApprovals: [
          ...state.spendingApprovals,
          { body: event.payload.body, by: event.by, at: event.at, ceiling: event.payload.ceiling },
        ],
      };
    case 'audit-recorded':
      return { ...next, status: 'audited', audit: event.payload.audit };
    case 'evaluation-recorded':
      return { ...next, status: 'evaluated', evaluation: event.payload.evaluation };
    case 'closed':
      return { ...next, status: 'closed' };
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
 * The project lifecycle as data: draft → submitted → in-review → approved | rejected →
 * team-formed → in-execution → reporting → audited → evaluated → closed, terminated from any
 * active status, and carried over from submitted or rejected into a later round (submitted
 * again, same history); the transition table, the named rules, and the usual next step. Use it
 * with `applyEvent`, `replay` and `missingForNext`.
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
    'carried-over': { from: ['submitted', 'rejected'], to: 'submitted' },
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
    'spending-approved': { from: ['in-execution', 'reporting'], to: 'same' },
    'audit-recorded': { from: ['reporting'], to: 'audited' },
    'evaluation-recorded': { from: ['audited'], to: 'evaluated' },
    closed: { from: ['evaluated'], to: 'closed' },
    'termination-proposed': { from: activeProjectStatuses, to: 'same' },
    'termination-answered': { from: activeProjectStatuses, to: 'same' },
    'termination-declined': { from: activeProjectStatuses, to: 'same' },
    terminated: { from: activeProjectStatuses, to: 'terminated' },
    'refund-recorded': { from: ['terminated'], to: 'same' },
  },
  rules: projectRules,
  reduce,
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
