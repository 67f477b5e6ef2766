import type { ServerResponse } from 'node:http';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import {
  BallotBoxRepository,
  createApp,
  openDatabase,
  type BallotBoxDatabase,
} from '@qingyuan/server';
import type { Plugin } from 'vite';
import { readBody } from '../../scripts/request-body.mjs';
import { testOperatorKey } from './testing/ballot-box.js';

/**
 * What `/__box/__control` sets: how the network between an element and the ballot box behaves.
 * It applies to requests with an `Idempotency-Key` (the elements' deliveries) only, so a test
 * can still look at the box while its element is "offline".
 */
interface BoxControl {
  /** Drop the request before the ballot box sees it (the device is offline). */
  down: boolean;
  /** Let the ballot box handle the request, then drop the answer (lost on the way back). */
  loseAnswers: boolean;
}

/**
 * The real ballot box (`@qingyuan/server`'s `createApp` on an in-memory SQLite database) inside
 * the Vitest dev server, so the browser tests vote through `<qy-ballot>` into the same code
 * that runs in production:
 *
 * - `/__box/*` is the ballot box's API with the prefix taken off (`POST /__box/meetings`, …);
 *   meetings and collections are created with `testOperatorKey` (`testing/ballot-box.ts`),
 *   same origin as the test page (pages still send `Origin` on a POST, so meetings and
 *   collections need the page's origin in `corsOrigins`, as in production).
 * - `POST /__box/__control` with `{ "down": bool, "loseAnswers": bool }` simulates the
 *   network for requests carrying an `Idempotency-Key` (what the elements send): `down` drops
 *   them before the box sees them; `loseAnswers` lets the box commit and then drops the answer. `GET /__box/__control` returns `{ ...control, attempts }` where
 *   `attempts` counts the requests the box handled.
 *
 * A request reaches the box as in production: `@hono/node-server`'s request listener turns the
 * Node request into a fetch `Request` and writes the box's `Response` back (event streams as
 * they come, cancelled when the page closes them).
 */
export function ballotBoxEndpoint(): Plugin {
  const control: BoxControl = { down: false, loseAnswers: false };
  let attempts = 0;
  let store: BallotBoxDatabase | undefined;
  let app: ReturnType<typeof createApp> | undefined;

  const sendJson = (res: ServerResponse, status: number, data: unknown): void => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(data));
  };

  /** The ballot box, opened on first use. */
  async function ballotBox(): Promise<ReturnType<typeof createApp>> {
    if (app === undefined) {
      store = await openDatabase({ file: ':memory:' });
      const repository = new BallotBoxRepository(store);
      // Tests create their meetings and collections with this operator key.
      await repository.ensureOperator(testOperatorKey);
      // One test page is one address: per-address limits would only measure the test suite.
      app = createApp({ repository, perAddress: false });
    }
    return app;
  }

  /** Hands a Node request to the ballot box behind the simulated network, and its answer back. */
  const forward = getRequestListener(
    async (request, env) => {
      const { incoming } = env as HttpBindings;
      const delivery = request.headers.has('idempotency-key');
      if (delivery && control.down) {
        await request.arrayBuffer();
        incoming.socket.destroy();
        return RESPONSE_ALREADY_SENT;
      }
      const box = await ballotBox();
      attempts++;
      const answer = await box.fetch(request, env);
      // An event stream is passed on as it comes; any other answer may be lost on the way back.
      if (answer.headers.get('content-type')?.startsWith('text/event-stream')) return answer;
      if (delivery && control.loseAnswers) {
        await answer.arrayBuffer();
        incoming.socket.destroy();
        return RESPONSE_ALREADY_SENT;
      }
      return answer;
    },
    {
      // The Vite server shares this process: leave its global Request and Response alone.
      overrideGlobalObjects: false,
      errorHandler: (error) =>
        Response.json({ error: 'test-box', message: String(error) }, { status: 500 }),
    },
  );

  return {
    name: 'qingyuan-ballot-box-endpoint',
    configureServer(server) {
      server.httpServer?.once('close', () => void store?.close());
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        if (url === '/__box/__control') {
          if (req.method === 'POST') {
            Object.assign(control, JSON.parse(await readBody(req)) as BoxControl);
          }
          return sendJson(res, 200, { ...control, attempts });
        }
        if (url.startsWith('/__box/')) {
          // The box's own paths: the prefix comes off before the request reaches it.
          req.url = url.slice('/__box'.length);
          return forward(req, res);
        }
        next();
      });
    },
  };
}
