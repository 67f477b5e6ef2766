import { carryOverViolations } from '../round/carry-over.js';
import { messagePair as m } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import type { ProjectRule } from './project-rule.js';

/**
 * The rule of `carried-over` (`carry-over.rounds`): a project still waiting (submitted) or not
 * funded (rejected) in one round goes on, with the same history, in a later round of the same
 * subdistrict that lists it in `carriedOver` — from the round it was last in.
 *
 * @example
 * carryOverRules[0]!.id; // 'carry-over.rounds'
 */
export const carryOverRules: readonly ProjectRule[] = [
  {
    id: 'carry-over.rounds',
    description: m(
      '项目转入同一街道较晚的轮次，该轮次登记了它',
      'A project is carried into a later round of the same subdistrict that lists it',
    ),
    on: ['carried-over'],
    check: ({ state, event, context }) => {
      if (event.type !== 'carried-over' || !state.application) return [];
      const project = state.application.id;
      const find = (id: string) => context.rounds?.find((round) => round.id === id);
      const from = find(event.payload.from);
      const to = find(event.payload.to);
      const out: Violation[] = [];
      for (const [key, id, round] of [
        ['from', event.payload.from, from],
        ['to', event.payload.to, to],
      ] as const) {
        if (!round)
          out.push({
            rule: 'carry-over.rounds',
            message: m(`没有轮次“${id}”`, `There is no round “${id}”`),
            path: ['payload', key],
          });
      }
      if (!from || !to) return out;
      // The round the project is in now: the one it was carried into, the one of the meeting
      // that reviewed it, or the one that lists its application.
      const current =
        state.round ??
        (state.meeting !== undefined
          ? context.rounds?.find((round) => round.meetings.includes(state.meeting!))?.id
          : undefined) ??
        context.rounds?.find((round) => round.applications.includes(project))?.id;
      if (current !== undefined && current !== from.id) {
        out.push({
          rule: 'carry-over.rounds',
          message: m(
            `项目目前在轮次 ${current}，不是 ${from.id}`,
            `The project is in round ${current}, not ${from.id}`,
          ),
          path: ['payload', 'from'],
        });
      }
      out.push(
        ...carryOverViolations(project, from, to).map((v) => ({
          ...v,
          path: ['payload', ...v.path],
        })),
      );
      if (!(to.carriedOver ?? []).some((c) => c.project === project && c.from === from.id)) {
        out.push({
          rule: 'carry-over.rounds',
          message: m(
            `轮次 ${to.id} 没有登记从 ${from.id} 转入的项目 ${project}`,
            `Round ${to.id} does not list ${project} as carried over from ${from.id}`,
          ),
          path: ['payload', 'to'],
        });
      }
      return out;
    },
  },
];
