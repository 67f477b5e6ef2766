import type { FundingDecision } from '../domain/funding-decision.js';
import { formatMoney } from '../money/format-money.js';
import { fundingBodyKinds, notMemberOf } from '../round/body-membership.js';
import { requestedOf } from '../round/requested-of.js';
import { roundProjects } from '../round/round.js';
import { checkSummarySheet } from '../round/results-summary-sheet.js';
import { messagePair as m } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import { checkDecisionOpinions } from './decision-opinions.js';
import { checkFundingDecision } from './funding-rules.js';
import type { RuleInput } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import { type ProjectCheck } from './project-rule.js';
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

function decisionCheck(
  id: string,
  on: ('approved' | 'rejected')[],
  check: (input: Input, decision: FundingDecision) => Violation[],
): ProjectCheck {
  return {
    id,
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
 * The checks of {@link decisionRules} (`decision-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const decisionChecks: readonly ProjectCheck[] = [
  {
    id: 'decision.named',
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
  decisionCheck('decision.same-meeting', ['approved', 'rejected'], ({ state }, decision) =>
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
  decisionCheck('decision.recorded-after', ['approved', 'rejected'], ({ event }, decision) =>
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
  decisionCheck('decision.meeting-published', ['approved', 'rejected'], ({ context }, decision) => {
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
  }),
  decisionCheck(
    'decision.project-listed',
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
  decisionCheck('approval.grant-matches', ['approved'], ({ state, event }, decision) => {
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
  }),
  {
    id: 'approval.within-request',
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
  decisionCheck('rejection.not-granted', ['rejected'], ({ state }, decision) => {
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
  }),
  {
    id: 'decision.by-funding-body',
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
  decisionCheck('decision.opinions', ['approved', 'rejected'], ({ context }, decision) => {
    const result = checkDecisionOpinions(decision, context.participants);
    return result.ok ? [] : result.violations.map((v) => ({ ...v, path: ['decision', ...v.path] }));
  }),
  decisionCheck('decision.funding-rules', ['approved', 'rejected'], ({ context }, decision) => {
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
  }),
  decisionCheck(
    'decision.summary-signed-off',
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
