import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { readBody } from '../../../../scripts/request-body.mjs';

/**
 * A local stub ballot box for the browser tests, served by the Vitest dev server:
 *
 * - `POST /__stub/ballots` stores a ballot once per `Idempotency-Key` (201 the first time,
 *   200 with the stored copy on a repeat); when "down" it drops the connection (the browser
 *   sees a network error, as when offline); when "refusing" it answers 422; when "losing answers"
 *   it stores the ballot and then drops the connection instead of answering (the answer is lost
 *   on the way back: the page sees a network error although the server has the ballot).
 * - `GET /__stub/state` returns `{ attempts, answered, stored: [{ key, body, authorization }] }`
 *   (`authorization`: the `Authorization` header the stored copy came with, '' for none): `attempts`
 *   counts every request (Chromium itself may repeat a POST whose connection was dropped),
 *   `answered` those that got an answer.
 * - `POST /__stub/control` with `{ "down": bool, "refuse": bool, "loseAnswers": bool,
 *   "reset": bool, "refusal": { "status": number, "body": any } }` (`refusal`: what a refused
 *   delivery answers; default 422 `{ "error": "voter already voted" }`). `loseAnswers` lasts until it is switched off (not "once": Chromium may
 *   itself resend a POST whose connection was dropped, which would take the one lost answer).
 */
export function stubEndpoint(): Plugin {
  let attempts = 0;
  let answered = 0;
  let down = false;
  let refuse = false;
  /** What a refusal answers: the status and the JSON body (default: a bare 422). */
  let refusal: { status: number; body: unknown } = {
    status: 422,
    body: { error: 'voter already voted' },
  };
  let loseAnswers = false;
  const stored = new Map<string, string>();
  const authorizations = new Map<string, string>();

  const send = (res: ServerResponse, status: number, data: unknown): void => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(data));
  };

  return {
    name: 'qingyuan-stub-endpoint',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        if (url === '/__stub/state')
          return send(res, 200, {
            attempts,
            answered,
            stored: [...stored].map(([key, body]) => ({
              key,
              body,
              authorization: authorizations.get(key) ?? '',
            })),
          });
        if (url === '/__stub/control' && req.method === 'POST') {
          const control = JSON.parse(await readBody(req)) as Record<string, boolean> & {
            refusal?: { status: number; body: unknown };
          };
          if (control['reset']) {
            refusal = { status: 422, body: { error: 'voter already voted' } };
            attempts = 0;
            answered = 0;
            stored.clear();
            authorizations.clear();
            loseAnswers = false;
          }
          down = control['down'] ?? down;
          refuse = control['refuse'] ?? refuse;
          refusal = control.refusal ?? refusal;
          loseAnswers = control['loseAnswers'] ?? loseAnswers;
          return send(res, 200, { down, refuse, loseAnswers });
        }
        if (url === '/__stub/ballots' && req.method === 'POST') {
          const body = await readBody(req);
          attempts++;
          if (down) {
            req.socket.destroy();
            return;
          }
          if (refuse) {
            answered++;
            return send(res, refusal.status, refusal.body);
          }
          const key = req.headers['idempotency-key'];
          if (typeof key !== 'string' || key === '') {
            answered++;
            return send(res, 400, { error: 'no key' });
          }
          const fresh = !stored.has(key);
          if (fresh) {
            stored.set(key, body);
            authorizations.set(key, req.headers['authorization'] ?? '');
          }
          if (loseAnswers) {
            // Stored (now or before), but the answer never reaches the page.
            req.socket.destroy();
            return;
          }
          answered++;
          return send(res, fresh ? 201 : 200, JSON.parse(stored.get(key)!));
        }
        next();
      });
    },
  };
}
