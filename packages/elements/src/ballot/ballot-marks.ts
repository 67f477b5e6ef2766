import {
  recusalReason,
  type Mark,
  type MeetingProject,
  type RecusalReason,
  type ReviewMeeting,
} from '@qingyuan/core';

/** The voter's marks as they stand: project id → criterion id → mark. */
export type Marks = Readonly<Record<string, Readonly<Record<string, Mark>>>>;

/**
 * Why the voter `voterId` sits out `project` of the (already validated) meeting, or
 * `undefined`: core's `recusalReason`, the whole rule, as core's `isRecused` applies it (an
 * unknown or empty voter sits out nothing), without validating the meeting again on every call.
 *
 * @example
 * recusalFrom(meeting, 'v01', meeting.projects[0]); // { rule: 'applicant', participant: 'v01' }
 */
export function recusalFrom(
  meeting: ReviewMeeting,
  voterId: string,
  project: MeetingProject,
): RecusalReason | undefined {
  const voter = meeting.voters.find((item) => item.id === voterId);
  return voter === undefined ? undefined : recusalReason(meeting, voter, project);
}

/**
 * Whether the voter `voterId` sits out `project` (see {@link recusalFrom}).
 *
 * @example
 * isRecusedFrom(meeting, 'v01', meeting.projects[0]); // true when v01 applied for it
 */
export function isRecusedFrom(
  meeting: ReviewMeeting,
  voterId: string,
  project: MeetingProject,
): boolean {
  return recusalFrom(meeting, voterId, project) !== undefined;
}

/**
 * The marks of the ballot as it is cast: every project the voter may vote on, every
 * criterion with a mark (an unticked approval counts as `false`; an unmarked score is left
 * out), recused projects left out.
 *
 * @example
 * castMarks(meeting, 'v01', { p1: { impact: true } }); // { p1: { impact: true, need: false }, … }
 */
export function castMarks(meeting: ReviewMeeting, voter: string, marks: Marks): Marks {
  const approval = meeting.method.type === 'approval';
  const cast: Record<string, Record<string, Mark>> = {};
  for (const project of meeting.projects) {
    if (isRecusedFrom(meeting, voter, project)) continue;
    const row: Record<string, Mark> = {};
    for (const criterion of meeting.criteria) {
      const mark = marks[project.id]?.[criterion.id] ?? (approval ? false : undefined);
      if (mark !== undefined) row[criterion.id] = mark;
    }
    if (Object.keys(row).length > 0) cast[project.id] = row;
  }
  return cast;
}

/**
 * How many (project, criterion) pairs the voter marks and how many are done (with approval
 * voting every pair is done: not ticked means no).
 *
 * @example
 * markProgress(meeting, 'v01', {}); // { total: 9, done: 0 } for a score meeting
 */
export function markProgress(
  meeting: ReviewMeeting,
  voter: string,
  marks: Marks,
): { total: number; done: number; approvals: number } {
  const approval = meeting.method.type === 'approval';
  let total = 0;
  let done = 0;
  let approvals = 0;
  for (const project of meeting.projects) {
    if (isRecusedFrom(meeting, voter, project)) continue;
    for (const criterion of meeting.criteria) {
      const mark = marks[project.id]?.[criterion.id];
      total++;
      if (approval || mark !== undefined) done++;
      if (mark === true) approvals++;
    }
  }
  return { total, done, approvals };
}

/**
 * The marks with one mark set (a new object: Lit sees the change).
 *
 * @example
 * withMark({}, 'p1', 'impact', 4); // { p1: { impact: 4 } }
 */
export function withMark(marks: Marks, projectId: string, criterionId: string, mark: Mark): Marks {
  return { ...marks, [projectId]: { ...marks[projectId], [criterionId]: mark } };
}

/**
 * The marks of a saved ballot (the form state the browser restores, JSON) that still fit the
 * meeting: projects and criteria that exist, marks of the meeting's kind (a boolean for
 * approval, an integer on the scale for score voting). The rest is dropped; `undefined` when
 * the text is not a saved ballot at all.
 *
 * @example
 * restoredMarks(meeting, '{"voter":"v01","marks":{"p1":{"impact":true}}}'); // { p1: { impact: true } }
 */
export function restoredMarks(meeting: ReviewMeeting, saved: string): Marks | undefined {
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !isRecord(data['marks'])) return undefined;
  const savedMarks = data['marks'];
  const method = meeting.method;
  const fits = (mark: unknown): mark is Mark =>
    method.type === 'approval'
      ? typeof mark === 'boolean'
      : Number.isInteger(mark) && (mark as number) >= method.min && (mark as number) <= method.max;
  const marks: Record<string, Record<string, Mark>> = {};
  for (const project of meeting.projects) {
    const row = savedMarks[project.id];
    if (!isRecord(row)) continue;
    const kept: Record<string, Mark> = {};
    for (const criterion of meeting.criteria) {
      const mark = row[criterion.id];
      if (fits(mark)) kept[criterion.id] = mark;
    }
    if (Object.keys(kept).length > 0) marks[project.id] = kept;
  }
  return marks;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
