import type { FundingDecision } from '../domain/funding-decision.js';
import { formatMoney } from '../money/format-money.js';
import { fundingBodyKinds, notMemberOf } from '../round/body-membership.js';
import { requestedOf } from '../round/requested-of.js';
import { roundProjects } from '../round/round.js';
import { checkSummarySheet } from '../round/results-summary-sheet.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import { checkDecisionOpinions } from './decision-opinions.js';
import { checkFundingDecision } from './funding-rules.js';
import type { RuleInput } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import type { ProjectRule } from './project-rule.js';
import { meetingOf, roundOfMeeting } from './review-rules.js';
type Input = RuleInput<ProjectState, ProjectEvent, ProjectContext>;
const published = ['results-published', 'funding-decided'];

/**
 * The funding decision an `approved` or `rejected` event names, found among the context's
 * `decisions` or the meetings' recorded decisions.
 *
 * @example
 * decisionOf(context, 'fd-2008')?.grants.length; // 3
 */
export function decisionOf(context: ProjectContext, id: string): FundingDecision | undefined {
  return (
    context.decisions?.find((decision) => decision.id === id) ??
    context.meetings?.find((record) => record.funding?.id === id)?.funding
  );
}

function namedDecision({ event, context }: Input): FundingDecision | undefined {
  if (event.type !== 'approved' && event.type !== 'rejected') return undefined;
  const id = event.payload?.decision;
  return id === undefined ? undefined : decisionOf(context, id);
}

function decisionRule(
  id: string,
  description: LocalizedMessage,
  on: ('approved' | 'rejected')[],
  check: (input: Input, decision: FundingDecision) => Violation[],
): ProjectRule {
  return {
    id,
    description,
    on,
    check: (input) => {
      const decision = namedDecision(input);
      return decision && input.state.application ? check(input, decision) : [];
    },
  };
}

const grantOf = (decision: FundingDecision, project: string) =>
  decision.grants.find((grant) => grant.project === project && grant.amount.amount > 0);

/**
 * The rules of `approved` and `rejected`: either is only the consequence of a funding decision
 * (`decision.named`), recorded once it is made (`decision.recorded-after`), for the meeting that
 * reviewed the project (`decision.same-meeting`), once
 * its results are published (`decision.meeting-published`), with the project listed in it and
 * in its round (`decision.project-listed`); the grant is the decision's (`approval.grant-matches`,
 * `rejection.not-granted`) and never above the request (`approval.within-request`); whoever
 * records it and whoever decided are members of the street office or service center
 * (`decision.by-funding-body`); the decision weighs the opinions of street leaders and experts
 * (`decision.opinions`), keeps the funding rules — departures from the ranking with who and why
 * (`decision.funding-rules`) — and comes after a supervision-group member signed off the
 * meeting's results summary sheet (`decision.summary-signed-off`).
 *
 * @example
 * decisionRules.filter((rule) => rule.on.includes('rejected')).map((rule) => rule.id);
 */
export const decisionRules: readonly ProjectRule[] = [
  {
    id: 'decision.named',
    description: m(
      '批准或不批准都依据一份已有的资助决定',
      'Approval or rejection follows an existing funding decision',
    ),
    on: ['approved', 'rejected'],
    check: ({ event, context }) => {
      if (event.type !== 'approved' && event.type !== 'rejected') return [];
      const id = event.payload?.decision;
      if (id !== undefined && decisionOf(context, id)) return [];
      return [
        {
          rule: 'decision.named',
          message:
            id === undefined
              ? m('没有指明依据的资助决定', 'No funding decision is named')
              : m(`没有资助决定“${id}”`, `There is no funding decision “${id}”`),
          path: ['payload', 'decision'],
        },
      ];
    },
  },
  decisionRule(
    'decision.same-meeting',
    m(
      '资助决定针对评审本项目的评审会',
      'The decision is for the meeting that reviewed the project',
    ),
    ['approved', 'rejected'],
    ({ state }, decision) =>
      decision.meeting === state.meeting
        ? []
        : [
            {
              rule: 'decision.same-meeting',
              message: m(
                `资助决定针对评审会“${decision.meeting}”，本项目在“${state.meeting ?? '—'}”评审`,
                `The decision is for meeting “${decision.meeting}”; the project was reviewed at “${state.meeting ?? '—'}”`,
              ),
              path: ['payload', 'decision'],
            },
          ],
  ),
  decisionRule(
    'decision.recorded-after',
    m(
      '批准或不批准在资助决定作出之后记录',
      'Approval or rejection is recorded once the decision is made',
    ),
    ['approved', 'rejected'],
    ({ event }, decision) =>
      Date.parse(event.at) >= Date.parse(decision.decidedAt)
        ? []
        : [
            {
              rule: 'decision.recorded-after',
              message: m(
                `记录时间 ${event.at} 早于资助决定“${decision.id}”作出的时间（${decision.decidedAt}）`,
                `Recorded at ${event.at}, before decision “${decision.id}” was made (${decision.decidedAt})`,
              ),
              path: ['at'],
            },
          ],
  ),
  decisionRule(
    'decision.meeting-published',
    m(
      '资助决定在评审结果公布之后作出',
      'The decision comes after the meeting’s results are published',
    ),
    ['approved', 'rejected'],
    ({ context }, decision) => {
      const record = meetingOf(context, decision.meeting);
      if (record && published.includes(record.status)) return [];
      return [
        {
          rule: 'decision.meeting-published',
          message: record
            ? m(
                `评审会“${decision.meeting}”的结果尚未公布`,
                `The results of meeting “${decision.meeting}” are not published`,
              )
            : m(
                `没有评审会“${decision.meeting}”`,
                `There is no review meeting “${decision.meeting}”`,
              ),
          path: ['payload', 'decision'],
        },
      ];
    },
  ),
  decisionRule(
    'decision.project-listed',
    m(
      '项目在该评审会的议程上，也在评审会所属轮次中',
      'The project is on the meeting’s agenda and in the meeting’s round',
    ),
    ['approved', 'rejected'],
    ({ state, context }, decision) => {
      const meeting = meetingOf(context, decision.meeting)?.meeting;
      if (!meeting) return [];
      const project = state.application!.id;
      const round = roundOfMeeting(context, meeting.id);
      const message = !meeting.projects.some((p) => p.id === project)
        ? m(
            `评审会“${meeting.id}”的议程上没有项目 ${project}`,
            `Meeting “${meeting.id}” does not list ${project}`,
          )
        : !round || !roundProjects(round).includes(project)
          ? m(
              `项目 ${project} 不在评审会“${meeting.id}”所属的轮次中`,
              `${project} is not in the round of meeting “${meeting.id}”`,
            )
          : undefined;
      return message
        ? [{ rule: 'decision.project-listed', message, path: ['payload', 'decision'] }]
        : [];
    },
  ),
  decisionRule(
    'approval.grant-matches',
    m(
      '批准的资助金额就是资助决定给本项目的金额',
      'The grant is the amount the decision gives the project',
    ),
    ['approved'],
    ({ state, event }, decision) => {
      if (event.type !== 'approved') return [];
      const grant = grantOf(decision, state.application!.id);
      if (
        grant &&
        grant.amount.amount === event.payload.granted.amount &&
        grant.amount.currency === event.payload.granted.currency
      )
        return [];
      return [
        {
          rule: 'approval.grant-matches',
          message: grant
            ? m(
                `资助决定给项目 ${state.application!.id} ${formatMoney(grant.amount)}，记录的是 ${formatMoney(event.payload.granted)}`,
                `The decision grants ${state.application!.id} ${formatMoney(grant.amount)}, not ${formatMoney(event.payload.granted)}`,
              )
            : m(
                `资助决定“${decision.id}”没有资助项目 ${state.application!.id}`,
                `Decision “${decision.id}” grants nothing to ${state.application!.id}`,
              ),
          path: ['payload', 'granted'],
        },
      ];
    },
  ),
  {
    id: 'approval.within-request',
    description: m('资助金额不超过申请金额', 'The grant is never above the request'),
    on: ['approved'],
    check: ({ state, event }) => {
      if (event.type !== 'approved' || !state.application) return [];
      const requested = requestedOf(state.application);
      const granted = event.payload.granted;
      if (granted.currency === requested.currency && granted.amount <= requested.amount) return [];
      return [
        {
          rule: 'approval.within-request',
          message:
            granted.currency !== requested.currency
              ? m(
                  `资助使用 ${granted.currency}，申请使用 ${requested.currency}`,
                  `The grant is in ${granted.currency}, the request in ${requested.currency}`,
                )
              : m(
                  `资助金额 ${formatMoney(granted)} 超过申请的 ${formatMoney(requested)}`,
                  `The grant of ${formatMoney(granted)} is above the request of ${formatMoney(requested)}`,
                ),
          path: ['payload', 'granted'],
        },
      ];
    },
  },
  decisionRule(
    'rejection.not-granted',
    m('不批准的项目在资助决定中没有获得资助', 'A rejected project got no grant in the decision'),
    ['rejected'],
    ({ state }, decision) => {
      const grant = grantOf(decision, state.application!.id);
      return grant
        ? [
            {
              rule: 'rejection.not-granted',
              message: m(
                `资助决定给项目 ${state.application!.id} ${formatMoney(grant.amount)}，不能记为不批准`,
                `The decision grants ${state.application!.id} ${formatMoney(grant.amount)}; it cannot be rejected`,
              ),
              path: ['payload', 'decision'],
            },
          ]
        : [];
    },
  ),
  {
    id: 'decision.by-funding-body',
    description: m(
      '资助决定由出资方（街道办事处或社区服务中心）的成员作出和记录',
      'The decision is made and recorded by members of the funding body (street office or service center)',
    ),
    on: ['approved', 'rejected'],
    check: (input) => {
      const { event, context } = input;
      const out: Violation[] = [];
      const recorder = notMemberOf(context.bodies, fundingBodyKinds, event.by);
      if (recorder) out.push({ rule: 'decision.by-funding-body', message: recorder, path: ['by'] });
      const decision = namedDecision(input);
      decision?.decidedBy.forEach((by, index) => {
        const message = notMemberOf(context.bodies, fundingBodyKinds, by);
        if (message)
          out.push({
            rule: 'decision.by-funding-body',
            message,
            path: ['decision', 'decidedBy', index],
          });
      });
      return out;
    },
  },
  decisionRule(
    'decision.opinions',
    m(
      '资助决定记录了街道领导和与会专家的意见',
      'The decision records the opinions of street leaders and experts',
    ),
    ['approved', 'rejected'],
    ({ context }, decision) => {
      const result = checkDecisionOpinions(decision, context.participants);
      return result.ok
        ? []
        : result.violations.map((v) => ({ ...v, path: ['decision', ...v.path] }));
    },
  ),
  decisionRule(
    'decision.funding-rules',
    m(
      '资助决定遵守资助规则：同一货币、不超过资金池和申请额，偏离排名处记录由谁决定及理由',
      'The decision keeps the funding rules: one currency, within fund and requests, every departure from the ranking with who and why',
    ),
    ['approved', 'rejected'],
    ({ context }, decision) => {
      const record = meetingOf(context, decision.meeting);
      if (!record?.meeting) return [];
      const requested = Object.fromEntries(record.meeting.projects.map((p) => [p.id, p.requested]));
      const result = checkFundingDecision(decision, record.ranking ?? [], { requested });
      return result.ok
        ? []
        : result.violations.map((v) => ({
            rule: 'decision.funding-rules',
            message: v.message,
            path: ['decision', ...v.path],
          }));
    },
  ),
  decisionRule(
    'decision.summary-signed-off',
    m(
      '资助决定之前，项目监审组成员已签字确认评选结果汇总表',
      'Before the decision, a supervision-group member signed off the results summary sheet',
    ),
    ['approved', 'rejected'],
    ({ context }, decision) => {
      const sheet = context.summarySheets?.find((s) => s.meeting === decision.meeting);
      if (!sheet)
        return [
          {
            rule: 'decision.summary-signed-off',
            message: m(
              `没有评审会“${decision.meeting}”的评选结果汇总表`,
              `There is no results summary sheet of meeting “${decision.meeting}”`,
            ),
            path: ['summarySheet'],
          },
        ];
      const ranking = meetingOf(context, decision.meeting)?.ranking;
      const result = checkSummarySheet(sheet, {
        bodies: context.bodies,
        ranking,
        before: decision.decidedAt,
      });
      return result.ok
        ? []
        : result.violations.map((v) => ({
            rule: 'decision.summary-signed-off',
            message: v.message,
            path: ['summarySheet', ...v.path],
          }));
    },
  ),
];
