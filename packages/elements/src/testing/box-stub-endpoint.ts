import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { readBody } from '../../../../scripts/request-body.mjs';

/** One meeting the stub box holds: its document, and its results (null: hidden). */
interface StubMeeting {
  meeting: unknown;
  status: string;
  results: { ranking: unknown[]; counted: number; rejected: unknown[] } | null;
}

/**
 * A stub of the Qingyuan ballot box's read side for the browser tests, served by the Vitest
 * dev server under `/__boxstub/`, with the shapes of `packages/server/openapi.yaml`:
 *
 * - `GET /meetings/:id` → `{ id, status, liveResults, corsOrigins, meeting, turnout }`, or 404
 *   `{ error: 'not-found', message }`.
 * - `GET /meetings/:id/results` → `{ meeting, status, turnout, ranking, counted, rejected }`, or
 *   403 `{ error: 'results-hidden', message }` (message in the `Accept-Language` language).
 * - `GET /meetings/:id/events` → a Server-Sent Events stream; `POST /__boxstub/push` with
 *   `{ meeting, event, data }` sends one event to every open stream of that meeting.
 * - `POST /collections/:id/items` stores `{ document }` once per `Idempotency-Key` (201, then
 *   200) → `{ collection, seq, receivedAt }`; 404 for a collection not set up.
 * - `POST /__boxstub/control` with `{ reset?, meetings?: { [id]: StubMeeting },
 *   collections?: string[] }` sets the box up; `GET /__boxstub/state` → `{ items, streams,
 *   requests }` (`requests`: paths asked for, in order).
 */
export function boxStubEndpoint(): Plugin {
  let meetings = new Map<string, StubMeeting>();
  let collections = new Set<string>();
  let items: { collection: string; key: string; document: unknown }[] = [];
  let requests: string[] = [];
  const streams = new Map<string, Set<ServerResponse>>();

  const send = (res: ServerResponse, status: number, data: unknown): void => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(data));
  };
  const zh = (req: IncomingMessage) => (req.headers['accept-language'] ?? '').startsWith('zh');
  const turnout = { codes: 10, voted: 3, submissions: 3 };

  return {
    name: 'qingyuan-box-stub-endpoint',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        if (!url.startsWith('/__boxstub/')) return next();
        const path = url.slice('/__boxstub'.length).split('?')[0]!;
        if (path === '/control' && req.method === 'POST') {
          const control = JSON.parse(await readBody(req)) as {
            reset?: boolean;
            meetings?: Record<string, StubMeeting>;
            collections?: string[];
          };
          if (control.reset) {
            meetings = new Map();
            collections = new Set();
            items = [];
            requests = [];
            for (const set of streams.values()) for (const stream of set) stream.end();
            streams.clear();
          }
          for (const [id, meeting] of Object.entries(control.meetings ?? {})) {
            meetings.set(id, meeting);
          }
          for (const id of control.collections ?? []) collections.add(id);
          return send(res, 200, { ok: true });
        }
        if (path === '/push' && req.method === 'POST') {
          const { meeting, event, data } = JSON.parse(await readBody(req)) as {
            meeting: string;
            event: string;
            data: unknown;
          };
          const open = streams.get(meeting) ?? new Set();
          for (const stream of open)
            stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
          return send(res, 200, { sent: open.size });
        }
        if (path === '/state') {
          return send(res, 200, {
            items,
            requests,
            streams: Object.fromEntries([...streams].map(([id, set]) => [id, set.size])),
          });
        }
        requests.push(`${req.method} ${path}`);
        const meetingPath = /^\/meetings\/([^/]+)(\/results|\/events)?$/.exec(path);
        if (meetingPath && req.method === 'GET') {
          const id = decodeURIComponent(meetingPath[1]!);
          const stored = meetings.get(id);
          if (!stored) {
            return send(res, 404, {
              error: 'not-found',
              message: zh(req) ? '没有这个评审会' : 'No such meeting',
            });
          }
          if (meetingPath[2] === '/events') {
            res.statusCode = 200;
            res.setHeader('Content-Type', 'text/event-stream');
            res.setHeader('Cache-Control', 'no-cache');
            res.write(': open\n\n');
            const set = streams.get(id) ?? new Set();
            set.add(res);
            streams.set(id, set);
            req.on('close', () => set.delete(res));
            return;
          }
          if (meetingPath[2] === '/results') {
            if (stored.results === null) {
              return send(res, 403, {
                error: 'results-hidden',
                message: zh(req)
                  ? '结果在组织者公布前不公开'
                  : 'Results are hidden until the organizer publishes them',
              });
            }
            return send(res, 200, {
              meeting: id,
              status: stored.status,
              turnout,
              ...stored.results,
            });
          }
          return send(res, 200, {
            id,
            status: stored.status,
            liveResults: true,
            corsOrigins: [],
            meeting: stored.meeting,
            turnout,
          });
        }
        const itemsPath = /^\/collections\/([^/]+)\/items$/.exec(path);
        if (itemsPath && req.method === 'POST') {
          const id = decodeURIComponent(itemsPath[1]!);
          const body = JSON.parse(await readBody(req)) as { document?: unknown };
          if (!collections.has(id)) {
            return send(res, 404, {
              error: 'not-found',
              message: zh(req) ? '没有这个收集表' : 'No such collection',
            });
          }
          const key = String(req.headers['idempotency-key'] ?? '');
          const seen = items.findIndex((item) => item.key === key && item.collection === id);
          if (seen < 0) items.push({ collection: id, key, document: body.document });
          return send(res, seen < 0 ? 201 : 200, {
            collection: id,
            seq: seen < 0 ? items.length : seen + 1,
            receivedAt: new Date().toISOString(),
          });
        }
        return send(res, 404, { error: 'not-found', message: 'No such route' });
      });
    },
  };
}
