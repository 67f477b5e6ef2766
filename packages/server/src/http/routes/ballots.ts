import { Hono } from 'hono';
import type { BallotBoxEnv } from '../app-env.js';
import { conflict, errorResponse, validate, violationProblems } from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import { castRules } from '../../meeting/cast-rules.js';
import { limitPerCode } from '../middleware/rate-limit-per-code.js';
import { existingMeeting, meetingNotFound } from '../access/meeting-access.js';
import { readJson } from '../request-json.js';
import {
  CastBallotRequestSchema,
  OwnBallotRequestSchema,
  isCastBallotRequest,
} from '../request-schemas.js';

const invalidCode = {
  en: 'This voting code is not valid for this meeting',
  'zh-CN': '此投票码对本评审会无效',
};

/**
 * Ballots, mounted at `/meetings`: `POST /:id/ballots` casts (or replaces) a code's ballot and
 * answers its receipt; `POST /:id/ballots/mine` shows a code its own last ballot. Both are
 * limited per voting code.
 *
 * @example
 * app.route('/meetings', ballotRoutes());
 */
export function ballotRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/:id/ballots', async (c) => {
    const id = c.req.param('id');
    const raw = await readJson(c);
    // The plain check passes every well-formed ballot; the schema runs only to say what is wrong.
    const body = isCastBallotRequest(raw) ? raw : validate(c, CastBallotRequestSchema, raw);
    const idempotencyKey = idempotencyKeyOf(c);
    limitPerCode(c, id, body.code, {
      en: 'Too many ballots with this code; try again shortly',
      'zh-CN': '此投票码提交过于频繁，请稍后再试',
    });
    const outcome = await c.var.repository.castBallot(
      id,
      { code: body.code, marks: body.marks, idempotencyKey },
      castRules,
    );
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'invalid-ballot':
          return errorResponse(
            c,
            400,
            'invalid-ballot',
            { en: 'The ballot does not fit this meeting', 'zh-CN': '选票与本评审会不符' },
            { problems: violationProblems(c, outcome.violations) },
          );
        case 'unknown-meeting':
          throw meetingNotFound(c);
        case 'unknown-code':
          return errorResponse(c, 401, 'invalid-code', invalidCode);
        case 'idempotency-key-reused':
          return idempotencyKeyReused(c, {
            en: 'This Idempotency-Key was already used with a different ballot',
            'zh-CN': '此 Idempotency-Key 已用于另一张选票',
          });
        case 'rules':
          return conflict(c, outcome.violations);
      }
    }
    if (!outcome.replayed) c.var.box.announce(id);
    return c.json(
      {
        meeting: id,
        code: outcome.code,
        seq: outcome.seq,
        replaced: outcome.seq > 1,
        receipt: outcome.receipt,
        logSeq: outcome.logSeq,
        castAt: outcome.castAt,
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  routes.post('/:id/ballots/mine', async (c) => {
    const id = c.req.param('id');
    const body = validate(c, OwnBallotRequestSchema, await readJson(c));
    limitPerCode(c, id, body.code, {
      en: 'Too many requests with this code; try again shortly',
      'zh-CN': '此投票码请求过于频繁，请稍后再试',
    });
    await existingMeeting(c, id);
    const found = await c.var.repository.ballotOfCode(id, body.code);
    if (!found.found) return errorResponse(c, 401, 'invalid-code', invalidCode);
    return c.json({ ballot: found.ballot ?? null });
  });

  return routes;
}
