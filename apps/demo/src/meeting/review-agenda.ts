import type { LocalizedText, MeetingProject, ReviewMeeting } from '@qingyuan/core';
import { communityNames } from '../data/pilot-2007.js';
import { meetingCommunities } from './meeting-communities.js';

/** A project of the round's agenda, as `GET …/rounds/:round/agenda` answers it. */
export type AgendaProject = MeetingProject;

/** The round's agenda as the ballot box answers it (core's `agendaFromVetted`). */
export interface RoundAgenda {
  projects: AgendaProject[];
  returned: { application: string; reasons: LocalizedText[] }[];
  notVetted: string[];
}

/**
 * The projects of the round's agenda no review meeting has taken up yet: accepted by the
 * service center, and still `submitted` in the round (a project a meeting reviews is
 * `in-review`, and core's lifecycle refuses to start its review twice).
 *
 * @example
 * waitingForReview(agenda.projects, round.projects).map((p) => p.id); // ['binhe-dongli-189']
 */
export function waitingForReview(
  agenda: readonly AgendaProject[],
  projects: readonly { id: string; status: string }[],
): AgendaProject[] {
  const status = new Map(projects.map((p) => [p.id, p.status]));
  return agenda.filter((project) => (status.get(project.id) ?? 'submitted') === 'submitted');
}

/**
 * The id of the round's next review meeting: `<round>-review-<n>`, `n` counting the meetings
 * the round already has (the seeded pilot meeting is the first), skipping an id already taken.
 *
 * @example
 * nextReviewMeetingId('qingyuan-2007-ab12cd', ['qingyuan-2007-ab12cd']); // 'qingyuan-2007-ab12cd-review-2'
 */
export function nextReviewMeetingId(round: string, meetings: readonly string[]): string {
  let n = meetings.length + 1;
  while (meetings.includes(`${round}-review-${n}`)) n++;
  return `${round}-review-${n}`;
}

/**
 * The title of the round's `n`-th review meeting, in both languages (the demo's own invention:
 * the case study records one selection meeting for the 2007 pilots, at the end of September).
 *
 * @example
 * reviewMeetingTitle(2).en; // 'Qingyuan Subdistrict review meeting 2007, session 2 (made up for the demo)'
 */
export function reviewMeetingTitle(n: number): { 'zh-CN': string; en: string } {
  return {
    'zh-CN': `2007 年清源街道第 ${n} 场项目评审会（演示虚构）`,
    en: `Qingyuan Subdistrict review meeting 2007, session ${n} (made up for the demo)`,
  };
}

/**
 * A new review meeting of the round for `projects` (the waiting agenda): the criteria, their
 * weights, the voting method, aggregation, recusal and attendees of `model` (the round's
 * existing meeting), under a new id and title, with the names of the communities its projects
 * and attendees belong to (`model`'s names first, then the demo's). The weights stay editable until the meeting
 * locks them; the box checks the document like any meeting file.
 *
 * @example
 * reviewMeetingFor(pilot, 'qingyuan-2007-review-2', reviewMeetingTitle(2), waiting).projects; // waiting
 */
export function reviewMeetingFor(
  model: ReviewMeeting,
  id: string,
  title: { 'zh-CN': string; en: string },
  projects: readonly AgendaProject[],
): ReviewMeeting {
  const names = {
    ...communityNames,
    ...Object.fromEntries((model.communities ?? []).map((c) => [c.id, c.name])),
  };
  const agenda = projects.map((project) => ({ ...project }));
  const voters = model.voters.map((voter) => ({ ...voter }));
  return {
    id,
    title,
    criteria: model.criteria.map((criterion) => ({ ...criterion })),
    method: model.method,
    aggregate: model.aggregate,
    recusal: model.recusal,
    projects: agenda,
    voters,
    communities: meetingCommunities({ projects: agenda, voters }, names),
    ...(model.groupWeights ? { groupWeights: { ...model.groupWeights } } : {}),
    ...(model.tieBreak ? { tieBreak: model.tieBreak } : {}),
  };
}
