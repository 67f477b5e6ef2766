import type { TerminationProposal } from '../domain/termination-proposal.js';
import { formatMoney } from '../money/format-money.js';
import { localize } from '../text/localized-text.js';
import type { Violation } from '../validation/violation.js';
import type { ProjectState } from './project-state.js';
import { disbursedTotal, grantSpent } from './money-rules.js';
import {
  hasRole,
  inSupervisionGroup,
  message,
  personName,
  onTeam,
  projectRule,
  sameProjectRule,
  supervisionViolations,
  type ProjectRule,
} from './project-rule.js';

/** A termination proposal on record, with the team's answer and how it ended. */
export interface TerminationProposalRecord {
  readonly proposal: TerminationProposal;
  readonly by: string;
  readonly at: string;
  readonly response?:
    | { readonly text: TerminationProposal['reason']; readonly by: string; readonly at: string }
    | undefined;
  readonly outcome: 'open' | 'declined' | 'terminated';
}

/**
 * The proposal still awaiting the supervision group's decision, if any.
 *
 * @example
 * openTerminationProposal(state)?.proposal.respondBy; // '2008-09-15'
 */
export function openTerminationProposal(
  state: ProjectState,
): TerminationProposalRecord | undefined {
  return state.terminationProposals.find((record) => record.outcome === 'open');
}

/** The day of an event, as written in its timestamp (`2008-09-16T10:00:00+08:00` → `2008-09-16`). */
const dayOf = (at: string) => at.slice(0, 10);

const proposerLabels = {
  'supervision-group': message('项目监审组成员', 'a member of the supervision group'),
  'service-center': message('社区服务中心人员', 'someone of the service center'),
  'execution-team': message('执行小组成员', 'a member of the execution team'),
} as const;

/**
 * The termination workflow 终止流程, step by step: a proposal with a reason by the supervision
 * group, the service center or the team, with a day to answer by (`termination-proposed`) →
 * the team's answer by that day (`termination-answered`) → the supervision group's decision,
 * to terminate (`terminated`, only once the team was heard or the day has passed) or to go on
 * (`termination-declined`) → the refund of the unspent grant money (`refund-recorded`).
 *
 * @example
 * terminationRules.map((rule) => rule.id);
 */
export const terminationRules: readonly ProjectRule[] = [
  sameProjectRule(
    'termination.proposal-same-project',
    'termination proposal',
    '终止提议',
    ['termination-proposed'],
    (e) => e.payload.proposal.project,
  ),
  projectRule(
    'termination.proposer',
    message(
      '终止由项目监审组、社区服务中心或执行小组提议，提议人属于所写的一方',
      'A termination is proposed by the supervision group, the service center or the team, by one of its own',
    ),
    ['termination-proposed'],
    ({ state, event, context }) => {
      const proposer = event.payload.proposal.proposer;
      const belongs =
        proposer === 'supervision-group'
          ? inSupervisionGroup(context, event.by)
          : proposer === 'service-center'
            ? hasRole(context, event.by, 'service-center')
            : onTeam(state, event.by);
      if (belongs) return [];
      const label = proposerLabels[proposer];
      return [
        {
          rule: 'termination.proposer',
          message: message(
            `${personName(context, event.by, state)['zh-CN']} 不是${label['zh-CN']}，不能以其名义提议终止`,
            `${personName(context, event.by, state).en} is not ${label.en} and cannot propose the termination in its name`,
          ),
          path: ['by'],
        },
      ];
    },
  ),
  projectRule(
    'termination.proposal',
    message(
      '终止提议写明理由和答复期限，同一时间只有一项未决提议',
      'A termination proposal states its reason and a reply deadline; only one is open at a time',
    ),
    ['termination-proposed'],
    ({ state, event }) => {
      const proposal = event.payload.proposal;
      const violations: Violation[] = [];
      if (
        localize(proposal.reason, 'zh-CN').trim() === '' &&
        localize(proposal.reason, 'en').trim() === ''
      ) {
        violations.push({
          rule: 'termination.proposal',
          message: message('终止提议需要写明理由', 'A termination proposal needs a reason'),
          path: ['payload', 'proposal', 'reason'],
        });
      }
      if (proposal.respondBy < dayOf(event.at)) {
        violations.push({
          rule: 'termination.proposal',
          message: message(
            `答复期限 ${proposal.respondBy} 早于提议日期 ${dayOf(event.at)}`,
            `The reply deadline ${proposal.respondBy} is before the proposal's date ${dayOf(event.at)}`,
          ),
          path: ['payload', 'proposal', 'respondBy'],
        });
      }
      const open = openTerminationProposal(state);
      if (open) {
        violations.push({
          rule: 'termination.proposal',
          message: message(
            `终止提议 ${open.proposal.id} 尚未决定`,
            `Termination proposal ${open.proposal.id} is still awaiting its decision`,
          ),
          path: ['payload', 'proposal'],
        });
      } else if (state.terminationProposals.some((r) => r.proposal.id === proposal.id)) {
        violations.push({
          rule: 'termination.proposal',
          message: message(
            `已有标识为 ${proposal.id} 的终止提议`,
            `A termination proposal with the id ${proposal.id} is already on record`,
          ),
          path: ['payload', 'proposal', 'id'],
        });
      }
      return violations;
    },
  ),
  projectRule(
    'termination.answered-by-team',
    message(
      '执行小组成员在答复期限内答复未决的终止提议',
      'A member of the execution team answers the open termination proposal by its deadline',
    ),
    ['termination-answered'],
    ({ state, event, context }) => {
      const id = event.payload.response.proposal;
      const open = openTerminationProposal(state);
      const violations: Violation[] = [];
      if (!onTeam(state, event.by)) {
        violations.push({
          rule: 'termination.answered-by-team',
          message: message(
            `${personName(context, event.by, state)['zh-CN']} 不是执行小组成员，不能代表小组答复`,
            `${personName(context, event.by, state).en} is not on the execution team and cannot answer for it`,
          ),
          path: ['by'],
        });
      }
      if (open?.proposal.id !== id) {
        violations.push({
          rule: 'termination.answered-by-team',
          message: message(
            `没有待答复的终止提议 ${id}`,
            `No termination proposal ${id} is awaiting an answer`,
          ),
          path: ['payload', 'response', 'proposal'],
        });
        return violations;
      }
      if (open.response) {
        violations.push({
          rule: 'termination.answered-by-team',
          message: message(
            `执行小组已经答复过终止提议 ${id}`,
            `The team has already answered termination proposal ${id}`,
          ),
          path: ['payload', 'response'],
        });
      }
      if (dayOf(event.at) > open.proposal.respondBy) {
        violations.push({
          rule: 'termination.answered-by-team',
          message: message(
            `答复期限 ${open.proposal.respondBy} 已过`,
            `The reply deadline ${open.proposal.respondBy} has passed`,
          ),
          path: ['at'],
        });
      }
      return violations;
    },
  ),
  projectRule(
    'termination.decided-by-supervision-group',
    message(
      '是否终止由项目监审组决定，并由其成员记录',
      'Whether to terminate is decided by the supervision group and recorded by one of its members',
    ),
    ['termination-declined'],
    ({ event, context }) =>
      supervisionViolations(
        'termination.decided-by-supervision-group',
        context,
        event.payload.decision.body,
        event.by,
        ['payload', 'decision', 'body'],
      ),
  ),
  projectRule(
    'termination.team-heard',
    message(
      '终止决定回应一项未决提议，且执行小组已答复或答复期限已过',
      'A termination decides an open proposal, after the team answered or its deadline passed',
    ),
    ['terminated', 'termination-declined'],
    ({ state, event }) => {
      const open = openTerminationProposal(state);
      const named =
        event.type === 'terminated'
          ? event.payload.termination.proposal
          : event.payload.decision.proposal;
      const path =
        event.type === 'terminated'
          ? ['payload', 'termination', 'proposal']
          : ['payload', 'decision', 'proposal'];
      if (!open) {
        return [
          {
            rule: 'termination.team-heard',
            message: message(
              '没有未决的终止提议：终止须先经提议（termination-proposed）并听取执行小组的答复',
              'No termination proposal is open: a termination is first proposed (termination-proposed) and the team heard',
            ),
            path,
          },
        ];
      }
      if (named !== undefined && named !== open.proposal.id) {
        return [
          {
            rule: 'termination.team-heard',
            message: message(
              `未决的终止提议是 ${open.proposal.id}，不是 ${named}`,
              `The open termination proposal is ${open.proposal.id}, not ${named}`,
            ),
            path,
          },
        ];
      }
      if (event.type === 'termination-declined') return [];
      const heard =
        open.response !== undefined ||
        open.proposal.proposer === 'execution-team' ||
        dayOf(event.at) > open.proposal.respondBy;
      return heard
        ? []
        : [
            {
              rule: 'termination.team-heard',
              message: message(
                `执行小组尚未答复，答复期限 ${open.proposal.respondBy} 也未过`,
                `The team has not answered and its reply deadline ${open.proposal.respondBy} has not passed`,
              ),
              path: ['at'],
            },
          ];
    },
  ),
  sameProjectRule(
    'termination.refund-same-project',
    'refund',
    '退款',
    ['refund-recorded'],
    (e) => e.payload.refund.project,
  ),
  projectRule(
    'termination.refund-by-funder',
    message(
      '退款由社区服务中心、街道办事处或项目监审组成员记录',
      'A refund is recorded by the service center, the street office or the supervision group',
    ),
    ['refund-recorded'],
    ({ state, event, context }) =>
      hasRole(context, event.by, 'service-center') ||
      hasRole(context, event.by, 'street-office') ||
      inSupervisionGroup(context, event.by)
        ? []
        : [
            {
              rule: 'termination.refund-by-funder',
              message: message(
                `${personName(context, event.by, state)['zh-CN']} 不是社区服务中心、街道办事处或项目监审组的人员，不能记录退款`,
                `${personName(context, event.by, state).en} is not with the service center, the street office or the supervision group and cannot record the refund`,
              ),
              path: ['by'],
            },
          ],
  ),
  projectRule(
    'termination.refund-unspent',
    message(
      '退款等于已拨付而未支出的资助资金，只记录一次',
      'The refund is the disbursed grant money not spent, recorded once',
    ),
    ['refund-recorded'],
    ({ state, event }) => {
      const refund = event.payload.refund;
      const path = ['payload', 'refund', 'amount'];
      if (state.refund) {
        return [
          {
            rule: 'termination.refund-unspent',
            message: message('退款已经记录过了', 'The refund is already on record'),
            path: ['payload', 'refund'],
          },
        ];
      }
      const currency = state.granted?.currency ?? refund.amount.currency;
      const unspent = disbursedTotal(state) - grantSpent(state);
      const due = unspent > 0n ? unspent : 0n;
      if (refund.amount.currency === currency && BigInt(refund.amount.amount) === due) return [];
      return [
        {
          rule: 'termination.refund-unspent',
          message: message(
            `应退回未支出的 ${formatMoney({ amount: due, currency })}（已拨付减去资助资金支出），不是 ${formatMoney(refund.amount)}`,
            `The refund is the unspent ${formatMoney({ amount: due, currency })} (disbursed minus grant spending), not ${formatMoney(refund.amount)}`,
          ),
          path,
        },
      ];
    },
  ),
];
