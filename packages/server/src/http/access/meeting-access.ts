import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { MeetingRecord } from '../../storage/records.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { resultsArePublic } from '../meeting-view.js';
import { bearerToken } from './bearer-token.js';
import { requireResourceOrganizer, type OrganizerRefusals } from './resource-organizer.js';

/**
 * Who may do what with a meeting: its organizer (by the bearer token they were given at
 * creation, or by the operator key or an `organizer` credential of the organisation that owns
 * it) and the readers of its results. Each check either gives the meeting or throws the
 * localized `401`/`403`/`404` answer as an `HTTPException`, which the app's `onError` sends.
 * The middlewares put the meeting on the context (`c.var.meeting`) for the route after them.
 */

/** Context variables set by {@link organizerOnly} and {@link resultsReaders}. */
export interface MeetingEnv extends BallotBoxEnv {
  Variables: BallotBoxEnv['Variables'] & { meeting: MeetingRecord };
}

const notFoundMeeting = { en: 'No such meeting', 'zh-CN': '没有这个评审会' };

/** What a request that is not the meeting's organizer's is told: `401` without a token, `403` with another. */
const meetingRefusals: OrganizerRefusals = {
  unauthorized: {
    en: 'This needs the meeting’s organizer token (Authorization: Bearer …)',
    'zh-CN': '此操作需要评审会组织者令牌（Authorization: Bearer …）',
  },
  forbidden: {
    en: 'This token does not give access to this meeting',
    'zh-CN': '此令牌无权操作这个评审会',
  },
};

/**
 * The meeting with this id; throws the `404 not-found` answer when there is none.
 *
 * @example
 * const record = await existingMeeting(c, c.req.param('id'));
 */
export async function existingMeeting<E extends BallotBoxEnv>(
  c: Context<E>,
  id: string,
): Promise<MeetingRecord> {
  const record = await c.var.repository.getMeeting(id);
  if (record === undefined) throw meetingNotFound(c);
  return record;
}

/**
 * The `404 not-found` answer for a meeting that does not exist, to throw.
 *
 * @example
 * if (outcome === undefined) throw meetingNotFound(c);
 */
export function meetingNotFound(c: Context) {
  return httpProblem(c, 404, 'not-found', notFoundMeeting);
}

/**
 * The meeting, when the request carries its organizer token (or the operator key or an
 * organizer credential of its organisation); else throws `404` (no such
 * meeting), `401` (no token) or `403` (another token).
 *
 * @example
 * const current = await organizerMeeting(c, 'qingyuan-2007');
 */
export async function organizerMeeting<E extends BallotBoxEnv>(
  c: Context<E>,
  id: string,
): Promise<MeetingRecord> {
  const record = await existingMeeting(c, id);
  await requireResourceOrganizer(
    c,
    {
      organization: record.organization,
      hasOrganizerToken: (token) => c.var.repository.isOrganizer(id, token),
    },
    meetingRefusals,
  );
  return record;
}

/**
 * The meeting when its results are public, or when the request carries its organizer token;
 * else throws `403 results-hidden` (or the organizer check's answer for a wrong token).
 *
 * @example
 * const record = await meetingWithResults(c, 'qingyuan-2007');
 */
export async function meetingWithResults<E extends BallotBoxEnv>(
  c: Context<E>,
  id: string,
): Promise<MeetingRecord> {
  const record = await existingMeeting(c, id);
  if (resultsArePublic(record)) return record;
  if (bearerToken(c) !== undefined) return organizerMeeting(c, id);
  throw httpProblem(c, 403, 'results-hidden', {
    en: 'Results are hidden until the organizer publishes them',
    'zh-CN': '结果在组织者公布前不公开',
  });
}

/**
 * Route middleware: only the meeting's organizer passes (`:id` of the path); the meeting is
 * `c.var.meeting` after it.
 *
 * @example
 * meetings.patch('/:id', organizerOnly, (c) => c.json({ id: c.var.meeting.id }));
 */
export const organizerOnly = createMiddleware<MeetingEnv>(async (c, next) => {
  c.set('meeting', await organizerMeeting(c, c.req.param('id') ?? ''));
  await next();
});

/**
 * Route middleware: passes when the meeting's results are public or the request is its
 * organizer's; the meeting is `c.var.meeting` after it.
 *
 * @example
 * meetings.get('/:id/results', resultsReaders, (c) => c.json({ status: c.var.meeting.status }));
 */
export const resultsReaders = createMiddleware<MeetingEnv>(async (c, next) => {
  c.set('meeting', await meetingWithResults(c, c.req.param('id') ?? ''));
  await next();
});
