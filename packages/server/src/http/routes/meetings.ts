import { Hono, type Context } from 'hono';
import { ReviewMeetingSchema, toPointer, type ReviewMeeting } from '@qingyuan/core';
import { agendaHash } from '../../audit/agenda-hash.js';
import { contentHash } from '../../audit/content-hash.js';
import { lifecycleEntry, lifecycleKinds, publishedEntry } from '../../audit/lifecycle-entries.js';
import { publishCommitment } from '../../audit/publish-commitment.js';
import {
  checkMeetingEvent,
  meetingActions,
  organizerEvent,
} from '../../meeting/meeting-transition.js';
import { existingMeeting, meetingNotFound, organizerOnly } from '../access/meeting-access.js';
import { requestOperator } from '../access/request-credential.js';
import type { BallotBoxEnv } from '../app-env.js';
import { conflict, httpProblem, validate } from '../error-responses.js';
import { publicMeeting } from '../meeting-view.js';
import { publicTally } from '../published-results.js';
import { readJson } from '../request-json.js';
import { CreateMeetingRequestSchema, UpdateMeetingRequestSchema } from '../request-schemas.js';

/**
 * Meetings and their lifecycle, mounted at `/meetings`: `POST /` creates one for the
 * organisation of the request's operator key (the organizer token is answered once), `GET /:id` shows it with its turnout, `PATCH /:id` changes the
 * agenda or settings, and `POST /:id/lock-weights|open|close|publish` takes a lifecycle step.
 *
 * @example
 * app.route('/meetings', meetingRoutes());
 */
export function meetingRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/', async (c) => {
    const repo = c.var.repository;
    const operator = await requestOperator(c, 'meeting');
    const body = validate(c, CreateMeetingRequestSchema, await readJson(c));
    const meeting = validate(c, ReviewMeetingSchema, body.meeting, ['meeting']);
    const created = await repo.createMeeting(meeting, {
      organization: operator.organization,
      liveResults: body.liveResults,
      corsOrigins: body.corsOrigins,
    });
    if (!created.ok) {
      return conflict(c, [
        {
          rule: 'ballot-box.unique-meeting-id',
          message: {
            en: `A meeting with id “${meeting.id}” already exists`,
            'zh-CN': `已有编号为“${meeting.id}”的评审会`,
          },
          path: ['meeting', 'id'],
        },
      ]);
    }
    // The organizer token is shown once: no cache may keep the answer that carries it.
    c.header('Cache-Control', 'no-store');
    return c.json(
      { ...publicMeeting(created.record), organizerToken: created.organizerToken },
      201,
    );
  });

  routes.get('/:id', async (c) => {
    const record = await existingMeeting(c, c.req.param('id'));
    return c.json({ ...publicMeeting(record), turnout: await c.var.repository.turnout(record.id) });
  });

  routes.patch('/:id', organizerOnly, async (c) => {
    const repo = c.var.repository;
    const id = c.var.meeting.id;
    const body = validate(c, UpdateMeetingRequestSchema, await readJson(c));
    let document: ReviewMeeting | undefined;
    if (body.meeting !== undefined) {
      document = validate(c, ReviewMeetingSchema, body.meeting, ['meeting']);
      if (document.id !== id) {
        throw invalidField(c, ['meeting', 'id'], `The meeting id must stay "${id}"`);
      }
    }
    const codes = (await repo.turnout(id)).codes;
    const outcome = await repo.changeMeeting(id, (record) => {
      const saved =
        document === undefined
          ? undefined
          : organizerEvent(record.state, { type: 'agenda-saved', payload: { meeting: document } });
      if (saved !== undefined) {
        const checked = checkMeetingEvent(record.state, saved, { codes });
        if (!checked.ok) return { ok: false, violations: [...checked.violations] };
      }
      return {
        ok: true,
        change: {
          ...(saved !== undefined ? { events: [saved] } : {}),
          ...(body.liveResults !== undefined ? { liveResults: body.liveResults } : {}),
          ...(body.corsOrigins !== undefined ? { corsOrigins: body.corsOrigins } : {}),
          log: {
            kind: 'meeting.updated',
            data: {
              ...(document !== undefined
                ? { document: contentHash(document), agenda: agendaHash(document) }
                : {}),
              ...(body.liveResults !== undefined ? { liveResults: body.liveResults } : {}),
              ...(body.corsOrigins !== undefined ? { corsOrigins: body.corsOrigins } : {}),
            },
          },
        },
      };
    });
    if (outcome === undefined) throw meetingNotFound(c);
    if (!outcome.ok) return conflict(c, outcome.violations);
    c.var.box.announce(id);
    return c.json(publicMeeting(outcome.record));
  });

  for (const [action, type] of Object.entries(meetingActions)) {
    routes.post(`/:id/${action}`, organizerOnly, async (c) => {
      const id = c.var.meeting.id;
      const outcome = await c.var.repository.changeMeeting(id, async (record, locked) => {
        // Read under the meeting's lock: no ballot, code or step can commit in between, so a
        // publish that follows a close tallies every ballot the close let in.
        const turnout = await locked.turnout();
        const shown =
          type === 'results-published' && record.status === 'voting-closed'
            ? publicTally(
                record.document,
                await locked.codeVoters(),
                await locked.ballots({ countedOnly: true }),
              )
            : undefined;
        const published = shown?.tally;
        const event = organizerEvent(
          record.state,
          type === 'results-published'
            ? {
                type,
                payload: {
                  ranking: (published?.ranking ?? []).map(({ project, rank }) => ({
                    project,
                    rank,
                  })),
                },
              }
            : { type },
        );
        const checked = checkMeetingEvent(record.state, event, { codes: turnout.codes });
        if (!checked.ok) return { ok: false, violations: [...checked.violations] };
        return {
          ok: true,
          change: {
            events: [event],
            log: {
              kind: lifecycleKinds[type],
              data:
                shown !== undefined
                  ? publishedEntry(
                      shown.tally,
                      publishCommitment(locked.log, shown.tally, shown.meeting),
                    )
                  : lifecycleEntry(record, type),
            },
          },
        };
      });
      if (outcome === undefined) throw meetingNotFound(c);
      if (!outcome.ok) return conflict(c, outcome.violations);
      c.var.box.announce(id);
      return c.json(publicMeeting(outcome.record));
    });
  }

  return routes;
}

/** The `400 invalid-request` answer for one field of the request, to throw. */
function invalidField(c: Context, path: (string | number)[], message: string) {
  return httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request is not valid', 'zh-CN': '请求不符合要求' },
    {
      problems: [
        {
          path,
          pointer: toPointer(path),
          message,
          code: 'invalid',
        },
      ],
    },
  );
}
