import { formatMoney } from '../money/format-money.js';
import { requestedOf } from '../round/requested-of.js';
import { roundProjects, type Round } from '../round/round.js';
import { latestVetting } from '../round/vetting.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import type { MeetingRecord, ProjectContext } from './project-state.js';
import { type ProjectCheck } from './project-rule.js';
const meetingPath = ['payload', 'meeting'];

/**
 * The meeting a `review-started` event names, from the context (`meetings`), if it is there.
 *
 * @example
 * meetingOf(context, 'qingyuan-2008')?.status; // 'results-published'
 */
export function meetingOf(context: ProjectContext, id: string): MeetingRecord | undefined {
  return context.meetings?.find((record) => record.meeting?.id === id);
}

/**
 * The round a meeting belongs to (the round listing it in `meetings`), if the context has it.
 *
 * @example
 * roundOfMeeting(context, 'qingyuan-2008')?.year; // 2008
 */
export function roundOfMeeting(context: ProjectContext, meeting: string): Round | undefined {
  return context.rounds?.find((round) => round.meetings.includes(meeting));
}

/**
 * The checks of {@link reviewRules} (`review-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const reviewChecks: readonly ProjectCheck[] = [
  {
    id: 'review.meeting-exists',
    on: ['review-started'],
    check: ({ event, context }) =>
      event.type === 'review-started' && !meetingOf(context, event.payload.meeting)
        ? [
            {
              rule: 'review.meeting-exists',
              message: m(
                `没有评审会“${event.payload.meeting}”`,
                `There is no review meeting “${event.payload.meeting}”`,
              ),
              path: meetingPath,
            },
          ]
        : [],
  },
  {
    id: 'review.meeting-in-round',
    on: ['review-started'],
    check: ({ state, event, context }) => {
      if (event.type !== 'review-started' || !state.application) return [];
      const id = event.payload.meeting;
      if (!meetingOf(context, id)) return [];
      const round = roundOfMeeting(context, id);
      const project = state.application.id;
      let message: LocalizedMessage | undefined;
      if (!round) {
        message = m(
          `评审会“${id}”不属于任何已知轮次`,
          `Review meeting “${id}” belongs to no known round`,
        );
      } else if (state.round !== undefined && round.id !== state.round) {
        message = m(
          `项目已转入轮次 ${state.round}，评审会“${id}”属于轮次 ${round.id}`,
          `The project was carried into round ${state.round}; meeting “${id}” is of round ${round.id}`,
        );
      } else if (!roundProjects(round).includes(project)) {
        message = m(
          `项目 ${project} 不在轮次 ${round.id} 中`,
          `Project ${project} is not in round ${round.id}`,
        );
      }
      return message ? [{ rule: 'review.meeting-in-round', message, path: meetingPath }] : [];
    },
  },
  {
    id: 'review.on-agenda',
    on: ['review-started'],
    check: ({ state, event, context }) => {
      if (event.type !== 'review-started' || !state.application) return [];
      const meeting = meetingOf(context, event.payload.meeting)?.meeting;
      if (!meeting || meeting.projects.some((p) => p.id === state.application!.id)) return [];
      return [
        {
          rule: 'review.on-agenda',
          message: m(
            `评审会“${meeting.id}”的议程上没有项目 ${state.application.id}`,
            `Review meeting “${meeting.id}” does not list ${state.application.id} on its agenda`,
          ),
          path: meetingPath,
        },
      ];
    },
  },
  {
    id: 'review.vetted',
    on: ['review-started'],
    check: ({ state, event, context }) => {
      if (event.type !== 'review-started' || !state.application) return [];
      const round = roundOfMeeting(context, event.payload.meeting);
      if (!meetingOf(context, event.payload.meeting) || !round) return [];
      const vetting = latestVetting(context.vettings ?? [], round.id, state.application.id);
      if (vetting?.outcome === 'accepted' && Date.parse(vetting.at) <= Date.parse(event.at))
        return [];
      const project = state.application.id;
      return [
        {
          rule: 'review.vetted',
          message: !vetting
            ? m(
                `项目 ${project} 尚未经社区服务中心审核`,
                `${project} has not been vetted by the service center`,
              )
            : vetting.outcome === 'returned'
              ? m(
                  `项目 ${project} 已被社区服务中心退回`,
                  `${project} was returned by the service center’s vetting`,
                )
              : m(
                  `项目 ${project} 的审核（${vetting.at}）晚于评审开始`,
                  `${project} was vetted (${vetting.at}) after its review started`,
                ),
          path: meetingPath,
        },
      ];
    },
  },
  {
    id: 'agenda.requested-matches',
    on: ['review-started'],
    check: ({ state, event, context }) => {
      if (event.type !== 'review-started' || !state.application) return [];
      const meeting = meetingOf(context, event.payload.meeting)?.meeting;
      const listed = meeting?.projects.find((p) => p.id === state.application!.id);
      if (!listed) return [];
      const requested = requestedOf(state.application);
      if (
        listed.requested.amount === requested.amount &&
        listed.requested.currency === requested.currency
      )
        return [];
      return [
        {
          rule: 'agenda.requested-matches',
          message: m(
            `议程上项目 ${listed.id} 申请 ${formatMoney(listed.requested)}，申请书预算总额是 ${formatMoney(requested)}`,
            `The agenda lists ${listed.id} as requesting ${formatMoney(listed.requested)}; its application’s budget total is ${formatMoney(requested)}`,
          ),
          path: meetingPath,
        },
      ] satisfies Violation[];
    },
  },
];
