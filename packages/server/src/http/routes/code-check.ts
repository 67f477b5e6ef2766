import { Hono } from 'hono';
import type { BallotBoxEnv } from '../app-env.js';
import { validate } from '../error-responses.js';
import { limitPerCode } from '../middleware/rate-limit-per-code.js';
import { existingMeeting } from '../access/meeting-access.js';
import { readJson } from '../request-json.js';
import { OwnBallotRequestSchema } from '../request-schemas.js';

/**
 * What `POST /meetings/:id/codes/check` answers about one voting code of one meeting, and
 * nothing else: `valid` (it may vote), `already-used` (it has cast a ballot; casting again
 * replaces it), `not-valid` (the meeting has no such code).
 */
export type CodeCheckResult = 'valid' | 'already-used' | 'not-valid';

/**
 * The voting-code check, mounted at `/meetings`: `POST /:id/codes/check` with `{ code }`
 * answers `200 { result }` ({@link CodeCheckResult}) so that `<qy-ballot>` can tell a voter
 * that a typed code is wrong *before* they mark a ballot. It says nothing about any other
 * code (no count, no ids, no voter), answers in constant time per code (the stored hash is
 * compared as the ballot route compares it), and spends the same tokens as the ballot routes:
 * the per-address limit of the whole app and the per-code limit of that code, so guessing
 * codes is no cheaper here than by casting ballots (and a code carries 128 random bits).
 *
 * @example
 * app.route('/meetings', codeCheckRoutes());
 * // POST /meetings/m1/codes/check {"code":"K7Q2-…"} → 200 {"result":"valid"}
 */
export function codeCheckRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/:id/codes/check', async (c) => {
    const id = c.req.param('id');
    const body = validate(c, OwnBallotRequestSchema, await readJson(c));
    limitPerCode(c, id, body.code, {
      en: 'Too many checks of this code; try again shortly',
      'zh-CN': '此投票码核对过于频繁，请稍后再试',
    });
    await existingMeeting(c, id);
    const found = await c.var.repository.ballotOfCode(id, body.code);
    const result: CodeCheckResult = !found.found
      ? 'not-valid'
      : found.ballot === undefined
        ? 'valid'
        : 'already-used';
    return c.json({ result });
  });

  return routes;
}
